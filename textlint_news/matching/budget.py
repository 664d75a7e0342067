"""How long a rule may spend matching on one document: the limit, and the searches that keep it.

Every regex search a rule kind runs on a document goes through this module, so the limit is
one setting (``LIMIT_SECONDS``) and how it is enforced is decided here alone. The limit is per
search: one ``match``/``findall``/``finditer`` (a ``finditer`` counts its matching time only,
not the caller's between two matches), or the searches of one ``Budget`` together. A search
over it raises ``TimeoutError``, and the engine skips the rule on that document with a notice.

``timeout=`` made every ``regex`` call 2-4x slower, so in the main thread of a process with
``setitimer`` (Linux, macOS) the engine's ``turn()`` ticks a CPU-time timer (``ITIMER_PROF``:
``timeout=`` counts CPU seconds too, so a busy machine does not cut searches short) and the
searches inside run plain, each under a deadline counted in ticks: ``regex`` checks for
signals while it matches, so a runaway search stops where it is, at most a twentieth of the
limit late. The rule's own Python code, which ``timeout=`` never limited, is not limited now
either: a tick between searches only counts. Elsewhere (other threads: Spark, datatrove, the
library called from a thread; Windows; searches outside a turn, such as ``rules test``) each
search passes its limit to ``regex`` as ``timeout=``.
"""

from __future__ import annotations

import signal
import threading
import time
from contextlib import AbstractContextManager, nullcontext
from types import FrameType, TracebackType
from typing import Callable, Iterator, TypeVar

import regex

# signal's own signal() and getsignal() turn every handler into an enum: 2-3 us a call, most of
# a turn's cost; the functions they wrap take 0.3 us
from _signal import getsignal, signal as set_handler

T = TypeVar("T")

LIMIT_SECONDS = 2.0  # how long one search (or one Budget's searches) may run

_TIMER = hasattr(signal, "setitimer")  # not on Windows
# A timed turn's timer ticks this many times per LIMIT_SECONDS of CPU: a runaway search is
# stopped at most one tick late.
_TICKS_PER_LIMIT = 20


class _Searches(threading.local):
    timed = False  # this thread is inside a timed turn: searches run plain, under a deadline
    tick = 0.0  # CPU seconds between two ticks of the turn's timer
    ticks = 0  # ticks so far
    deadline: float | None = None  # the tick at which the search running now is over


_searches = _Searches()


def turn() -> AbstractContextManager[None]:
    """One rule's turn on one document: a timer that keeps the searches' limit where a signal
    can be received (the main thread, with ``setitimer``), else each search keeps its own."""
    # getsignal() is None for a handler set outside Python: it could not be put back
    if _TIMER and not _searches.timed and threading.current_thread() is threading.main_thread() \
            and getsignal(signal.SIGPROF) is not None:
        return _TimedTurn()
    return nullcontext()  # a thread, Windows, or a turn inside a timed turn


class _TimedTurn:
    """Ticks ``ITIMER_PROF`` during the turn and puts back the handler and the timer it found
    (a profiler's, say), less the CPU time the turn took."""

    __slots__ = ("handler", "timer", "started")

    def __enter__(self) -> None:
        _searches.tick = LIMIT_SECONDS / _TICKS_PER_LIMIT
        self.handler = set_handler(signal.SIGPROF, _tick)
        self.timer = signal.setitimer(signal.ITIMER_PROF, _searches.tick, _searches.tick)
        if self.timer[0]:
            self.started = time.process_time()
        _searches.timed = True

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 traceback: TracebackType | None) -> None:
        _searches.timed = False
        signal.setitimer(signal.ITIMER_PROF, 0)
        # a tick still pending runs here first, with no search running: it only counts
        set_handler(signal.SIGPROF, self.handler)
        delay, interval = self.timer
        if delay:
            spent = time.process_time() - self.started
            signal.setitimer(signal.ITIMER_PROF, max(delay - spent, 1e-6), interval)


def _tick(signum: int, frame: FrameType | None) -> None:
    """Python runs a tick between two bytecodes of the main thread, or inside a regex call
    (regex checks for signals while it matches), so a search past its deadline stops where it
    is. Between searches (the rule's own code, the turn's entry and exit) a tick only counts."""
    _searches.ticks += 1
    deadline = _searches.deadline
    if deadline is not None and _searches.ticks >= deadline:
        raise TimeoutError("regex timed out")


def _search(method: Callable[..., T], left: float, *args: object) -> T:
    """``method(*args)`` of a compiled pattern, allowed ``left`` seconds."""
    state = _searches
    if not state.timed:
        return method(*args, timeout=left)
    # one tick more: the first may come at once, and the search must have had all of ``left``
    state.deadline = state.ticks + left / state.tick + 1
    try:
        return method(*args)
    finally:
        state.deadline = None


def _finditer(pattern: regex.Pattern, text: str, pos: int, endpos: int | None,
              left: float) -> Iterator[regex.Match]:
    if not _searches.timed:
        return pattern.finditer(text, pos, endpos, timeout=left)
    return _steps(pattern.finditer(text, pos, endpos), left / _searches.tick + 1)


def _steps(matches: Iterator[regex.Match], ticks: float) -> Iterator[regex.Match]:
    """``matches`` one by one, the steps allowed ``ticks`` ticks together, as ``timeout=``
    counts: the caller's time between two steps is not the search's."""
    state = _searches
    try:
        while True:
            if ticks <= 0:
                raise TimeoutError("regex timed out")
            started = state.ticks
            state.deadline = started + ticks
            m = next(matches, None)
            state.deadline = None
            if m is None:
                return
            ticks -= state.ticks - started
            yield m
    finally:
        state.deadline = None


def finditer(pattern: regex.Pattern, text: str, pos: int = 0,
             endpos: int | None = None) -> Iterator[regex.Match]:
    return _finditer(pattern, text, pos, endpos, LIMIT_SECONDS)


def match(pattern: regex.Pattern, text: str, pos: int = 0,
          endpos: int | None = None) -> regex.Match | None:
    return _search(pattern.match, LIMIT_SECONDS, text, pos, endpos)


def findall(pattern: regex.Pattern, text: str) -> list:
    return _search(pattern.findall, LIMIT_SECONDS, text)


class Budget:
    """One time limit for many short searches of a rule on one document (its exceptions),
    so a slow pattern costs the limit once per document, not once per match."""

    def __init__(self) -> None:
        self.left = LIMIT_SECONDS

    def finditer(self, pattern: regex.Pattern, text: str, pos: int, endpos: int,
                 stop: int) -> Iterator[regex.Match]:
        """Matches in ``text[pos:endpos]`` that start at or before ``stop``."""
        started = self._start()
        try:
            for m in _finditer(pattern, text, pos, endpos, self.left):
                if m.start() > stop:
                    return
                yield m
        finally:
            self.left -= time.perf_counter() - started

    def fullmatch(self, pattern: regex.Pattern, text: str) -> regex.Match | None:
        started = self._start()
        try:
            return _search(pattern.fullmatch, self.left, text)
        finally:
            self.left -= time.perf_counter() - started

    def _start(self) -> float:
        if self.left <= 0:
            raise TimeoutError("time limit of the rule's searches used up")
        return time.perf_counter()
