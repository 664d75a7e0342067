"""The engine's passes over the findings of all rules: a catch-all rule defers to its pack,
by rank; a finding no finding of an ungraded rule of its class corroborates takes its rule's
`uncorroborated` severity."""

from __future__ import annotations

import pytest

from textlint_news import Config, Document, Linter, load_linter
from textlint_news.loading.packs import ConfigError

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


RANKED = """
rules:
  - {id: banner, kind: pattern, message: banner, pattern: '^We use cookies'}
  - {id: notice, kind: pattern, message: notice, pattern: '(?:cookies|Your comment)', defer_to_pack: true}
  - {id: message, kind: pattern, message: message, pattern: '^Your \\w+ is', defer_to_pack: 2}
  - {id: shape, kind: pattern, message: shape, pattern: '^\\w+ \\w+ \\w+', defer_to_pack: 3}
"""


def test_deferring_rules_give_way_by_rank_even_to_a_rule_that_gave_way_itself():
    text = "We use cookies here\nYour comment is awaiting moderation\nYour vote is counted\nRead on now\n"
    assert [(f.rule_id, f.line) for f in lint(RANKED, text)] == [
        ("banner", 1), ("notice", 2), ("message", 3), ("shape", 4)]


def test_a_negative_rank_is_refused():
    with pytest.raises(ConfigError, match="a.yaml:2:52: field 'defer_to_pack': must be true, "
                                          "false or a rank of 1 or more"):
        rules_from_yaml("rules:\n  - {id: a, kind: pattern, message: a, pattern: a, "
                        "defer_to_pack: -1}\n", "a.yaml")


def _boilerplate(text: str) -> list[tuple[str, int, str]]:
    linter = load_linter(Config(select=["boilerplate"]))
    findings = linter.lint(Document.from_string(text, "t.txt")).findings
    return [(f.rule_id, f.line, f.message) for f in findings]


def test_interface_notice_gives_way_to_the_cookie_banner_rule():
    text = ("The council agreed the plan on Monday after a long debate in the hall.\n\n"
            "We use cookies to improve your experience on our site.\n\n"
            "It will take effect next year, officials said after the meeting ended.\n")
    assert _boilerplate(text) == [
        ("consent-notice", 3, '"We use cookies to improve your experience on our site." '
                              'is a cookie or consent notice, not article text')]


def test_interface_message_still_gives_way_to_interface_notice():
    text = ("The council agreed the plan on Monday after a long debate in the hall.\n\n"
            "Your comment is awaiting moderation.\n\n"
            "It will take effect next year, officials said after the meeting ended.\n")
    assert _boilerplate(text) == [
        ("interface-notice", 3, '"Your comment is awaiting moderation." speaks to the reader '
                                'about the site or their device, not about the news '
                                '(your, awaiting moderation)')]


CORROBORATED = """
rules:
  - {id: gap, kind: pattern, message: gap, pattern: '\\bthe of\\b', tags: [residue],
     uncorroborated: info}
  - {id: stop, kind: pattern, message: stop, pattern: ' \\.', severity: error, tags: [residue]}
  - {id: word, kind: pattern, message: word, pattern: '\\bthe the\\b', tags: [other]}
"""


def _graded(text: str) -> list[tuple[str, int, str]]:
    return [(f.rule_id, f.line, f.severity.name) for f in lint(CORROBORATED, text)]


def test_a_finding_no_other_shares_a_tag_with_takes_its_uncorroborated_severity():
    # "the the" is another class: it corroborates nothing
    assert _graded("Most of the of them came.\nAnd the the rest.\n") == [
        ("gap", 1, "INFO"), ("word", 2, "WARNING")]


def test_a_finding_of_an_ungraded_rule_of_the_class_keeps_the_severity():
    assert _graded("Most of the of them came.\nThey left .\n") == [
        ("gap", 1, "WARNING"), ("stop", 2, "ERROR")]


def test_a_finding_of_an_ungraded_rule_at_information_backs_nothing():
    rules = CORROBORATED + """
  - {id: colon, kind: pattern, message: colon, pattern: ' :', severity: info, tags: [residue]}
"""
    # a shape its own rule reports as information is one clean writers use: no evidence
    assert [(f.rule_id, f.line, f.severity.name)
            for f in lint(rules, "Most of the of them came.\nIt works : fine.\n")] == [
        ("gap", 1, "INFO"), ("colon", 2, "INFO")]


def test_graded_findings_do_not_back_each_other():
    # a writer's style repeats one clean shape: repetition is not a second piece of evidence
    assert _graded("Most of the of them came.\nThen the of us.\n") == [
        ("gap", 1, "INFO"), ("gap", 2, "INFO")]


def test_a_rule_corroborated_by_another_class_is_backed_by_that_class_only():
    rules = CORROBORATED + """
  - {id: cap, kind: pattern, message: cap, pattern: '; [A-Z]', tags: [casing],
     uncorroborated: info, corroborated_by: [residue]}
  - {id: name, kind: pattern, message: name, pattern: 'kyiv', tags: [casing]}
"""
    # another casing finding backs nothing; a residue gap anywhere in the document does
    assert [(f.rule_id, f.line, f.severity.name) for f in lint(rules, "Go; Then kyiv.\n")] == [
        ("cap", 1, "INFO"), ("name", 1, "WARNING")]
    assert [(f.rule_id, f.line, f.severity.name)
            for f in lint(rules, "Go; Then.\nThey left .\n")] == [
        ("cap", 1, "WARNING"), ("stop", 2, "ERROR")]


def test_uncorroborated_needs_tags():
    with pytest.raises(ConfigError, match="^a.yaml:2:52: 'uncorroborated' needs 'tags' or "
                                          "'corroborated_by': the tags of the findings that "
                                          "corroborate this rule's$"):
        rules_from_yaml("rules:\n  - {id: a, kind: pattern, message: a, pattern: a, "
                        "uncorroborated: info}\n", "a.yaml")
