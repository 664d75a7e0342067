"""--jobs: the same findings in the same order as one process, bounded read-ahead, corpus rules."""

from __future__ import annotations

from collections import Counter
from typing import Iterator

import pytest

from textlint_news import Document, Finding, Linter
from textlint_news.session import runner
from textlint_news.kinds.base import CorpusRule
from textlint_news.sources import SourceError

from ..conftest import DATA, SEED
from ..helpers import run_cli

TEXTS = [p.read_text(encoding="utf-8") for p in sorted((DATA / "clean").glob("*.txt"))]
TEXTS.append(SEED.read_text(encoding="utf-8"))


@pytest.fixture(autouse=True)
def small_chunks(monkeypatch):
    monkeypatch.setattr(runner, "CHUNK_DOCUMENTS", 3)  # many chunks from few documents


def sources(n: int = 40) -> Iterator:
    for i in range(n):
        if i == 5:
            yield SourceError(f"bad{i}.txt", "cannot read")
        if i == 7:  # a finding whose message depends on more than the text: the encoding
            yield Document.from_string("bad \udcff byte\r\n", "u16.txt", encoding="utf-16")
        yield Document.from_string(TEXTS[i % len(TEXTS)], f"doc{i}.txt")


def flat(outcomes) -> list:
    return [o if isinstance(o, SourceError) else (o.document.path, o.findings, o.notices)
            for o in outcomes]


def test_two_jobs_give_the_same_outcomes_in_input_order(linter):
    serial = flat(runner.run(linter, sources, jobs=1))
    parallel = flat(runner.run(linter, sources, jobs=2))
    assert parallel == serial
    assert [o[0] if isinstance(o, tuple) else o.path for o in parallel][:7] == \
        ["doc0.txt", "doc1.txt", "doc2.txt", "doc3.txt", "doc4.txt", "bad5.txt", "doc5.txt"]
    assert sum(len(o[1]) for o in serial if isinstance(o, tuple)) > 20
    u16 = next(o for o in parallel if isinstance(o, tuple) and o[0] == "u16.txt")
    assert [(f.rule_id, f.message) for f in u16[1]] == \
        [("invalid-encoding", "byte 0xFF is not valid utf-16")]


def test_read_ahead_is_bounded(linter):
    produced = 0

    def counting():
        nonlocal produced
        for source in sources(400):
            produced += 1
            yield source

    # without corpus rules: their pre-pass reads everything once by design
    plain = Linter(r for r in linter.rules if not isinstance(r, CorpusRule))
    outcomes = runner.run(plain, counting, jobs=2)
    next(outcomes)
    in_flight = 2 * runner.CHUNKS_PER_JOB * runner.CHUNK_DOCUMENTS
    assert produced <= in_flight + runner.CHUNK_DOCUMENTS + 1  # not the 401 sources
    assert len(list(outcomes)) == 401  # the rest of 400 documents, an error and u16.txt


class SharedLineRule(CorpusRule):
    """Reports lines that occur in at least two documents of the run."""

    KIND = "shared-line-test"

    def __init__(self) -> None:
        super().__init__({"id": "shared-line", "severity": "warning", "message": "shared line",
                          "description": "", "suggestion": None, "tags": [], "enabled": True,
                          "fix": None, "examples": None}, "test")

    def observe(self, doc: Document) -> set[str]:
        return {line for line in doc.lines if line.strip()}

    def check_corpus(self, doc: Document, counts: Counter, documents: int) -> Iterator[Finding]:
        for n, line in enumerate(doc.lines, 1):
            if line.strip() and counts[line] >= 2:
                start = doc.line_starts[n - 1]
                yield self.finding(doc, start, start + len(line), {"documents": documents})


def test_corpus_rules_see_the_whole_run_with_jobs():
    def corpus():
        for i in range(12):
            footer = "Subscribe to the Daily Gazette" if i in (2, 9) else f"Story {i} ends."
            yield Document.from_string(f"Headline {i}\n{footer}\n", f"d{i}.txt")

    def found(jobs: int):
        return [(o.document.path, f.line) for o in runner.run(Linter([SharedLineRule()]), corpus,
                                                              jobs=jobs) for f in o.findings]

    assert found(1) == [("d2.txt", 2), ("d9.txt", 2)]
    assert found(2) == found(1)


def test_cli_jobs_option_same_output(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for i, text in enumerate(TEXTS * 2):
        (tmp_path / f"{i:03}.txt").write_text(text, encoding="utf-8")

    def check(jobs: str) -> str:
        result = run_cli("check", "--format", "concise", "--jobs", jobs, ".")
        assert result.exit_code == 1
        return result.stdout

    assert check("2") == check("1")


class FakeTerminal:
    def __init__(self, tty: bool) -> None:
        self.tty, self.text = tty, ""

    def isatty(self) -> bool:
        return self.tty

    def write(self, text: str) -> None:
        self.text += text

    def flush(self) -> None:
        pass


def test_progress_bar_only_on_a_watched_terminal():
    from textlint_news.cli import progress

    tty = FakeTerminal(True)
    assert progress.wanted(False, report_to_terminal=False, err=tty)
    assert not progress.wanted(True, report_to_terminal=False, err=tty)  # --quiet
    assert not progress.wanted(False, report_to_terminal=True, err=tty)
    assert not progress.wanted(False, report_to_terminal=False, err=FakeTerminal(False))
    with progress.progress(range(3), True, err=tty) as items:
        assert list(items) == [0, 1, 2]
    assert tty.text.endswith("linting  [####################################]  3/3  documents"
                             "\x1b[?25h\n")
