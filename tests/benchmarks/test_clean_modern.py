"""benchmarks/clean_modern.py: the blind clean-modern passages are linted file by file and
counted as clean_text.py counts them (documents, words, findings, passes)."""

from __future__ import annotations

import sys
from collections import Counter

from textlint_news import load_linter

from ..conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
from clean_modern import CORPUS  # noqa: E402
from clean_text import cells, tally  # noqa: E402


def test_titles_and_interviews_of_the_tune_part_pass():
    # (a title ending in a preposition; Q:/A: lines, a nested quotation, a price in pounds)
    paths = [CORPUS / "tune" / "live-election-night.txt", CORPUS / "tune" / "chef-interview.txt"]
    rows: dict[tuple[str, ...], list[int]] = {}
    by_rule: Counter = Counter()
    for path in paths:
        assert tally(load_linter(), path, (("tune",),), rows, by_rule) == []
    assert rows == {("tune",): [2, 672, 0, 2, 0]}
    assert by_rule == Counter()
    assert cells(rows[("tune",)]) == "2 | 672 | 0.00 | 100.0% | 0"


def test_each_part_holds_a_dozen_passages_of_200_to_500_words():
    for part in ("tune", "check"):
        texts = [p.read_text(encoding="utf-8") for p in (CORPUS / part).glob("*.txt")]
        assert len(texts) == 12
        assert all(200 <= len(text.split()) <= 500 for text in texts)
