"""The engine's passes over the findings of all rules: a catch-all rule defers to its pack."""

from __future__ import annotations

from textlint_news import Config, Document, Linter, load_linter

from .helpers import lint, rules_from_yaml

RULES = """
rules:
  - {id: shape, kind: pattern, message: shape, pattern: '^\\w+ \\w+$', defer_to_pack: true}
  - {id: named, kind: pattern, message: named, pattern: '^Vote now$'}
"""


def test_a_deferring_rule_is_left_out_where_its_pack_reports_the_line():
    text = "Vote now\nRead on\n"
    assert [(f.rule_id, f.line) for f in lint(RULES, text)] == [
        ("named", 1), ("shape", 2)]


def test_a_rule_of_another_pack_does_not_silence_it():
    rules = rules_from_yaml(RULES, "a.yaml")[:1] + rules_from_yaml(RULES, "b.yaml")[1:]
    assert [r.pack for r in rules] == ["a", "b"]
    findings = Linter(rules).lint(Document.from_string("Vote now\n", "t.txt")).findings
    assert [(f.rule_id, f.line) for f in findings] == [("named", 1), ("shape", 1)]


def test_furniture_line_gives_way_to_the_rule_that_names_a_menu():
    text = ("The council agreed the plan on Monday after a long debate.\n\n"
            "* Home\n* World\n* Sport\n* Business\n\n"
            "It will take effect next year, officials said after the meeting.\n")
    linter = load_linter(Config(select=["boilerplate"]))
    findings = linter.lint(Document.from_string(text, "t.txt")).findings
    assert [(f.rule_id, f.line) for f in findings] == [
        ("menu-list", 3), ("menu-list", 4), ("menu-list", 5), ("menu-list", 6)]
