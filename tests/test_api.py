"""The library API: lint_text, a reusable Linter, and a Linter that travels to other processes."""

from __future__ import annotations

import pickle

import textlint_news
from textlint_news import Config, Document, load_linter


def test_lint_text_default_rules():
    findings = textlint_news.lint_text("Officials in kyiv said the the talks failed.\n", path="a.txt")
    assert [(f.rule_id, f.path, f.line, f.column, f.end_column, f.record_id) for f in findings] == [
        ("proper-noun-case", "a.txt", 1, 14, 18, None),
        ("repeated-word", "a.txt", 1, 24, 31, None),
    ]


def test_load_linter_with_config_is_reusable():
    linter = load_linter(Config(select=["proper-noun-case"]))
    assert [r.id for r in linter.rules] == ["proper-noun-case"]
    first = linter.lint(Document.from_string("in kyiv", "x", record_id="r1")).findings
    second = linter.lint(Document.from_string("in brussels", "y", record_id="r2")).findings
    assert [(f.path, f.record_id, f.line, f.column, f.message) for f in first + second] == [
        ("x", "r1", 1, 4, '"kyiv" should be written "Kyiv"'),
        ("y", "r2", 1, 4, '"brussels" should be written "Brussels"'),
    ]


def test_linter_pickles_with_its_rules(linter):
    text = "Officials in kyiv said the the talks failed.\n"
    copy = pickle.loads(pickle.dumps(linter))
    assert [r.id for r in copy.rules] == [r.id for r in linter.rules]
    assert copy.lint_text(text) == linter.lint_text(text)
