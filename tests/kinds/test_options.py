"""Kind options declared once as dataclasses: the schema derived from them, old names, and the
one fix that deletes whole lines."""

from __future__ import annotations

import textwrap
from dataclasses import dataclass

import pytest

from textlint_news import Document
from textlint_news.kinds.boilerplate import BoilerplateRule
from textlint_news.kinds.reporting import line_text_span
from textlint_news.loading.packs import ConfigError, load_pack_text
from textlint_news.loading.schema import Field, SpecError, fields_of, option, validate

from ..helpers import lint, rules_from_yaml


def error_of(yaml_text: str) -> str:
    with pytest.raises(ConfigError) as info:
        load_pack_text(textwrap.dedent(yaml_text).lstrip("\n"), "pack.yaml")
    return str(info.value)


@dataclass(frozen=True, kw_only=True)
class _Toy:
    needed: str = option(required=True)
    level: str = option("low", choices=("low", "high"), help="how loud")
    words: list[str] = option([], aliases=("exceptions",))
    either: list[str] | str | None = option()
    ratio: float = option(0.5)


def test_fields_derive_from_the_dataclass_in_declaration_order():
    fields = fields_of(_Toy)
    assert list(fields) == ["needed", "level", "words", "either", "ratio"]
    assert fields["needed"] == Field((str,), required=True)
    assert fields["level"] == Field((str,), default="low", choices=("low", "high"), help="how loud")
    assert fields["words"] == Field((list,), default=[], items=str, aliases=("exceptions",))
    assert fields["either"] == Field((list, str), items=str)
    assert fields["ratio"] == Field((float,), default=0.5)  # an integer is refused, as before


def test_validation_from_the_dataclass_wrong_type_and_old_name():
    fields = fields_of(_Toy)
    assert validate({"needed": "x", "exceptions": ["a"]}, fields, "toy") == {
        "needed": "x", "level": "low", "words": ["a"], "either": None, "ratio": 0.5}
    with pytest.raises(SpecError, match=r"^field 'ratio' must be a number, not the number 1$"):
        validate({"needed": "x", "ratio": 1}, fields, "toy")
    with pytest.raises(SpecError, match=r"^every entry of 'exceptions' must be a string, not "
                                        r"the number 3$"):
        validate({"needed": "x", "exceptions": [3]}, fields, "toy")


def test_unknown_option_is_located_with_did_you_mean_the_new_name():
    assert error_of("""
        rules:
          - id: r
            kind: capitalization
            message: m
            after: '; '
            allowed_word: [I]
        """) == ("pack.yaml:6:5: unknown field 'allowed_word' in rule 'r' "
                 "(did you mean 'allowed_words'?)")


def test_wrong_type_is_reported_under_the_name_the_rule_uses():
    assert error_of("""
        rules:
          - {id: r, kind: repetition, message: m, allowed_repeats: 3}
        """) == "pack.yaml:2:43: field 'allowed_repeats' must be a list, not the number 3"
    assert error_of("""
        rules:
          - {id: r, kind: repetition, message: m, exceptions: 3}
        """) == "pack.yaml:2:43: field 'exceptions' must be a list, not the number 3"


def test_old_name_is_accepted_and_means_the_new_one():
    text = "He had had enough, she said that that was it."
    for name in ("exceptions", "allowed_repeats"):
        (rule,) = rules_from_yaml(f"rules: [{{id: r, kind: repetition, message: m, {name}: [had]}}]")
        assert rule.options.allowed_repeats == ["had"]
        found = lint(f"rules: [{{id: r, kind: repetition, message: m, {name}: [had]}}]", text)
        assert [(f.line, f.column, f.message) for f in found] == [(1, 29, "m")]


def test_old_and_new_name_together_is_an_error_at_the_old_one():
    assert error_of("""
        rules:
          - id: r
            kind: consistency
            message: m
            allowed_words: [kyiv]
            exceptions: [odesa]
        """) == ("pack.yaml:6:5: field 'exceptions' is the old name of 'allowed_words': "
                 "give only 'allowed_words'")


def test_a_rules_own_value_wins_over_a_pack_default_under_the_other_name():
    (rule,) = rules_from_yaml("""
        defaults: {exceptions: ['x+']}
        rules: [{id: r, kind: pattern, message: m, pattern: 'a+', allowed_matches: ['aa']}]
        """)
    assert rule.options.allowed_matches == ["aa"]


def test_a_kinds_own_error_names_and_locates_the_old_name_the_rule_uses():
    assert error_of("""
        rules:
          - id: r
            kind: pattern
            message: m
            pattern: a
            exceptions: ['(']
        """).startswith("pack.yaml:6:5: invalid regular expression in 'exceptions': ")
    assert error_of("""
        rules:
          - {id: r, kind: pattern, message: m, pattern: a, allowed_matches: ['(']}
        """).startswith("pack.yaml:2:52: invalid regular expression in 'allowed_matches': ")


def test_options_are_typed_attributes_of_the_rule():
    (rule,) = rules_from_yaml("rules: [{id: r, kind: boilerplate, message: m, patterns: [x], "
                              "region: tail}]")
    assert isinstance(rule, BoilerplateRule)
    assert (rule.options.region, rule.region, rule.region_lines) == ("tail", "tail", 3)
    assert rule.options.patterns == ["x"]


@pytest.mark.parametrize("text, first, last, fixed", [
    # a middle line goes with the blank line before it
    ("Title\n\nFooter\n\nBody.\n", 3, 3, "Title\n\nBody.\n"),
    # the first line takes the blank lines after it, as no line comes before
    ("Footer\n\n\nBody.\n", 1, 1, "Body.\n"),
    # two lines at the end
    ("Body.\n\nShare this\nFollow us\n", 3, 4, "Body.\n"),
])
def test_one_whole_lines_fix(text, first, last, fixed):
    (rule,) = rules_from_yaml("rules: [{id: r, kind: pattern, message: m, pattern: x, "
                              "fix: {transform: delete}}]")
    doc = Document.from_string(text, "t.txt")
    start, end = line_text_span(doc, first)[0], line_text_span(doc, last)[1]
    finding = rule.finding(doc, start, end, replacement="", whole_lines=True)
    (edit,) = finding.fix.edits
    assert doc.text[:edit.start] + doc.text[edit.end:] == fixed
    assert finding.fix.description.startswith('remove "')


def test_line_text_span_leaves_out_indentation_and_trailing_blanks():
    doc = Document.from_string("one\n   two words \t\nthree\n", "t.txt")
    start, end = line_text_span(doc, 2)
    assert doc.text[start:end] == "two words"


def test_boilerplate_and_duplicate_fixes_remove_whole_lines_with_the_blank_before():
    text = "Headline here\n\nBody text of the article goes on.\n\nAll rights reserved\n"
    found = lint("""
        rules:
          - {id: bp, kind: boilerplate, message: m, patterns: ['all rights reserved'],
             fix: {safe: true}}
          - {id: dup, kind: duplicate, message: m, min_words: 3, fix: {safe: true}}
        """, text + "\nBody text of the article goes on.\n")
    fixed = {f.rule_id: (f.fix.edits[0].start, f.fix.edits[0].end) for f in found}
    doc = Document.from_string(text, "t.txt")
    assert doc.text[slice(*fixed["bp"])] == "\n\nAll rights reserved"
    assert fixed["dup"][1] == len(text + "\nBody text of the article goes on.")


def test_a_pattern_that_ends_in_a_yaml_blocks_line_break_is_an_error_not_a_silent_miss():
    # "|" keeps the block's last line break; outside verbose mode it would have to match
    assert error_of("""
        rules:
          - id: r
            kind: pattern
            message: m
            pattern: |
              (?x: cats | dogs )
        """) == ("pack.yaml:5:5: 'pattern' ends in a line break (a YAML '|' block keeps it): "
                 "write '|-', or use verbose mode")
    (rule,) = rules_from_yaml("""
        rules:
          - id: r
            kind: pattern
            message: m
            pattern: |
              (?x) cats | dogs
        """)
    assert rule.id == "r"
