"""How long a rule may spend matching on one document: the limit, and the searches that keep it.

Every regex search a rule kind runs on a document goes through this module, so the limit is
one setting (``LIMIT_SECONDS``) and how it is enforced is decided here alone. Today each search
passes the limit to the ``regex`` module (``timeout=``); a ``Budget`` shares one limit among
many short searches. A search over its limit raises ``TimeoutError``, and the engine skips the
rule on that document with a notice. The engine runs each rule's turn on a document inside
``turn()``: a timer armed there could enforce the limit for the whole turn instead, with the
searches left plain, and nothing outside this module would change.
"""

from __future__ import annotations

import time
from contextlib import contextmanager
from typing import Iterator

import regex

LIMIT_SECONDS = 2.0  # how long one search (or one Budget's searches) may run


@contextmanager
def turn() -> Iterator[None]:
    """One rule's turn on one document (today each search inside keeps its own limit)."""
    yield


def finditer(pattern: regex.Pattern, text: str, pos: int = 0,
             endpos: int | None = None) -> Iterator[regex.Match]:
    return pattern.finditer(text, pos, endpos, timeout=LIMIT_SECONDS)


def match(pattern: regex.Pattern, text: str, pos: int = 0,
          endpos: int | None = None) -> regex.Match | None:
    return pattern.match(text, pos, endpos, timeout=LIMIT_SECONDS)


def findall(pattern: regex.Pattern, text: str) -> list:
    return pattern.findall(text, timeout=LIMIT_SECONDS)


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
            for m in pattern.finditer(text, pos, endpos, timeout=self.left):
                if m.start() > stop:
                    return
                yield m
        finally:
            self.left -= time.perf_counter() - started

    def fullmatch(self, pattern: regex.Pattern, text: str) -> regex.Match | None:
        started = self._start()
        try:
            return pattern.fullmatch(text, timeout=self.left)
        finally:
            self.left -= time.perf_counter() - started

    def _start(self) -> float:
        if self.left <= 0:
            raise TimeoutError("time limit of the rule's searches used up")
        return time.perf_counter()
