"""The time limit of a rule's searches: kept by a timer signal in a turn in the main thread,
by ``timeout=`` elsewhere, with the same meaning (CPU seconds of matching per search)."""

from __future__ import annotations

import signal
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
import regex

from textlint_news import Document, Linter
from textlint_news.matching import budget

from ..helpers import rules_from_yaml

RUNAWAY = regex.compile(r"^(a|aa)+$")  # tries every split of the a's before failing on the b
HOPELESS = "a" * 60 + "b"  # 10**12 splits: the search ends only if something stops it
SLOWISH = "a" * 24 + "b"  # about 15 ms of matching, a third of the short limit below
NOTICE = "rule 'slow' timed out on this document and was skipped"

pytestmark = pytest.mark.skipif(not hasattr(signal, "setitimer"), reason="no timer signals")


@pytest.fixture(autouse=True)
def short_limit(monkeypatch):
    monkeypatch.setattr(budget, "LIMIT_SECONDS", 0.05)


@pytest.fixture(autouse=True)
def no_timer_left():
    yield
    assert signal.getitimer(signal.ITIMER_PROF) == (0.0, 0.0)
    assert signal.getsignal(signal.SIGPROF) == signal.SIG_DFL


class Recording:
    """A compiled pattern that notes the ``timeout=`` of each search."""

    def __init__(self, pattern: regex.Pattern) -> None:
        self.pattern, self.timeouts = pattern, []

    def __getattr__(self, name: str):
        def search(*args, timeout=None):
            self.timeouts.append(timeout)
            return getattr(self.pattern, name)(*args, timeout=timeout)
        return search


def in_thread(work):
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(work).result()


def runaway_turn(pattern) -> float:
    """CPU seconds until the runaway search in a turn is stopped."""
    started = time.process_time()
    with pytest.raises(TimeoutError):
        with budget.turn():
            budget.match(pattern, HOPELESS)
    return time.process_time() - started


def spin(seconds: float) -> None:
    """A rule's own Python code, busy for ``seconds`` of CPU."""
    done = time.process_time() + seconds
    while time.process_time() < done:
        pass


def test_in_the_main_thread_a_timer_stops_a_runaway_search_that_runs_plain():
    pattern = Recording(RUNAWAY)
    assert runaway_turn(pattern) < 1.0  # 20 times the limit: stopped, not finished
    assert pattern.timeouts == [None]


def test_in_a_worker_thread_each_search_keeps_the_limit_itself():
    pattern = Recording(RUNAWAY)
    assert in_thread(lambda: runaway_turn(pattern)) < 1.0
    assert pattern.timeouts == [0.05]


def test_outside_a_turn_a_search_keeps_the_limit_itself():
    pattern = Recording(RUNAWAY)
    with pytest.raises(TimeoutError):
        budget.match(pattern, HOPELESS)
    assert pattern.timeouts == [0.05]


def test_the_rules_own_code_and_the_time_between_matches_are_not_limited():
    # as with timeout=: the limit is the searches' matching time, not the turn's
    ticks = budget._searches.ticks
    with budget.turn():
        spin(0.15)
        found = [m.span() for m in budget.finditer(regex.compile("a+"), "aa b aaa")
                 if spin(0.1) is None]  # the caller busy between two matches
        assert budget.findall(RUNAWAY, "aaaa") == ["a"]
    assert found == [(0, 2), (5, 8)]
    assert budget._searches.ticks - ticks >= 10  # the timer did tick meanwhile


def test_the_matching_time_of_a_finditer_adds_up():
    pattern = regex.compile(r"^(?:a|aa)+b$", regex.MULTILINE)
    # each line fails slowly, no match: 30 slow steps, several limits' worth even where the
    # kernel counts CPU time in 4 ms jiffies (a timer asked to tick every 2.5 ms ticks every 4)
    text = (SLOWISH + "x\n") * 30
    with pytest.raises(TimeoutError):
        with budget.turn():
            list(budget.finditer(pattern, text))


def test_ticks_outside_a_search_never_raise(monkeypatch):
    monkeypatch.setattr(budget, "LIMIT_SECONDS", 0.002)  # a tick every 0.1 ms of CPU asked
    for _ in range(50):
        with budget.turn():
            spin(0.002)
        spin(0.001)


def test_a_turn_that_ends_in_time_or_with_an_error_leaves_no_timer():
    with budget.turn():
        assert signal.getitimer(signal.ITIMER_PROF)[0] > 0
        assert budget.findall(RUNAWAY, "aaaa") == ["a"]
    with pytest.raises(ValueError, match="a bug in a rule"):
        with budget.turn():
            raise ValueError("a bug in a rule")
    runaway_turn(RUNAWAY)
    # no_timer_left checks the timer and the handler after each test


def test_a_turn_puts_back_the_handler_and_timer_it_found():
    fired = []
    previous = signal.signal(signal.SIGPROF, lambda *_: fired.append(True))
    try:
        signal.setitimer(signal.ITIMER_PROF, 30)
        runaway_turn(RUNAWAY)
        delay, _ = signal.getitimer(signal.ITIMER_PROF)
        assert 29 < delay < 30  # still running, the turn's CPU time counted
        assert fired == []
        signal.setitimer(signal.ITIMER_PROF, 0.01)  # due during the next turn
        runaway_turn(RUNAWAY)
        spin(0.05)
        assert fired == [True]  # fired as soon as the turn ended, to its own handler
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


def test_a_turn_inside_a_turn_leaves_the_timer_to_the_outer_one():
    with budget.turn():
        with budget.turn():
            pass
        assert signal.getitimer(signal.ITIMER_PROF)[0] > 0
        with pytest.raises(TimeoutError):
            budget.match(RUNAWAY, HOPELESS)


def test_a_budget_shares_one_limit_among_its_searches_off_the_main_thread():
    pattern = Recording(RUNAWAY)
    shared = budget.Budget()

    def searches() -> None:
        with pytest.raises(TimeoutError):
            list(shared.finditer(pattern, HOPELESS, 0, len(HOPELESS), len(HOPELESS)))
        assert shared.left < 0.005  # the first search used it up
        with pytest.raises(TimeoutError):  # not started, or given what little is left
            shared.fullmatch(pattern, HOPELESS)

    started = time.process_time()
    in_thread(searches)
    assert time.process_time() - started < 1.0
    assert pattern.timeouts[0] == 0.05


def test_in_a_timed_turn_a_budget_searches_plain_and_shares_its_limit():
    pattern = Recording(RUNAWAY)
    shared = budget.Budget()
    with budget.turn():
        assert [m.span() for m in shared.finditer(pattern, "aa", 0, 2, 2)] == [(0, 2)]
        with pytest.raises(TimeoutError):
            for _ in range(20):  # 15 ms each, well within the limit alone
                assert shared.fullmatch(pattern, SLOWISH) is None
    assert set(pattern.timeouts) == {None}


SLOW = """
    pack: t
    rules:
      - id: slow
        kind: pattern
        message: m
        pattern: '^(a|aa)+$'
    """


@pytest.mark.parametrize("where", ["main thread", "worker thread"])
def test_the_engine_skips_a_runaway_rule_with_the_same_notice(where):
    def lint():
        linter = Linter(rules_from_yaml(SLOW), prefilter=False)
        return linter.lint(Document.from_string(HOPELESS + "\n", "a.txt"))

    result = lint() if where == "main thread" else in_thread(lint)
    assert result.findings == []
    assert [(n.path, n.message, n.rule_id) for n in result.notices] == [("a.txt", NOTICE, "slow")]
