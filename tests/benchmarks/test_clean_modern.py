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


def test_every_passage_of_the_tune_part_passes():
    # (a title ending in a preposition, Q:/A: lines, nested quotations, recipes, commands,
    # name particles, foreign titles with a bracketed gloss; a German and a Spanish article
    # are skipped as other languages)
    linter = load_linter()
    rows: dict[tuple[str, ...], list[int]] = {}
    by_rule: Counter = Counter()
    for path in sorted((CORPUS / "tune").glob("*.txt")):
        assert tally(linter, path, (("tune",),), rows, by_rule) == [], path.name
    assert rows == {("tune",): [32, 10892, 0, 32, 2]}
    assert by_rule == Counter()
    assert cells(rows[("tune",)]) == "32 | 10892 | 0.00 | 100.0% | 2"


def test_each_part_holds_32_passages_of_200_to_500_words():
    for part in ("tune", "check"):
        texts = [p.read_text(encoding="utf-8") for p in (CORPUS / part).glob("*.txt")]
        assert len(texts) == 32
        assert all(200 <= len(text.split()) <= 500 for text in texts)
