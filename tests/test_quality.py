"""Regression guard for detection quality: the harness on a fixed subset of aeb-dev meets the
targets (the full run is `python benchmarks/quality.py`, its table is in the README)."""

from __future__ import annotations

import random
import sys

import pytest

from .conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
import quality  # noqa: E402

SUBSET = 24  # the first 24 articles by file name: ~40% of the labels, a few seconds


@pytest.fixture(scope="module")
def report(linter):
    return quality.measure(quality.load_articles(SUBSET), linter)


def test_subset_meets_every_target(report):
    assert report.failures() == []


def test_subset_cases_are_the_labelled_ones(report):
    cases = {row.name: row.cases for row in report.rows}
    assert {k: cases[k] for k in quality.LINK_KINDS} == {
        "before_punct": 68, "line_start": 10, "line_end": 18, "mid": 100}
    assert cases["repeated title"] == SUBSET
    assert cases["site footer (corpus)"] == SUBSET


def test_precision_on_truth_text(report):
    assert report.truth_words > 15_000
    assert report.truth_per_10k <= quality.MAX_PER_10K
    assert max(map(report.rule_share, report.lines_by_rule), default=0) <= quality.MAX_RULE_SHARE


def test_injection_is_deterministic():
    article = quality.load_articles(1)[0]
    for name, (inject, _) in quality.INJECTORS.items():
        made = [inject(article.truth, article.title, random.Random(f"seed:{name}"))
                for _ in range(2)]
        assert made[0] == made[1], name
