"""Every rule of the default packs passes its own embedded examples."""

from __future__ import annotations

import pytest

from textlint_news import Config
from textlint_news.api import load_rules
from textlint_news.ruletest import check_examples

RULES = load_rules(Config())


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_examples(rule):
    assert len(rule.examples.invalid) >= 1, "every rule ships invalid examples"
    assert len(rule.examples.valid) >= 1, "every rule ships valid examples"
    failures = check_examples(rule)
    assert [f.message for f in failures] == []


def test_rule_ids_are_unique_and_packs_are_the_documented_ones():
    ids = [r.id for r in RULES]
    assert len(ids) == len(set(ids))
    assert {r.pack for r in RULES} == {"extraction", "boilerplate", "casing", "translation",
                                       "typography"}
