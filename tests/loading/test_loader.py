"""Broken rule packs are reported with file, line and column, before any linting."""

from __future__ import annotations

import textwrap

import pytest

from textlint_news.loading.packs import ConfigError, load_pack_text


def error_of(yaml_text: str) -> str:
    with pytest.raises(ConfigError) as info:
        load_pack_text(textwrap.dedent(yaml_text).lstrip("\n"), "rules/casing.yaml")
    return str(info.value)


def test_unknown_field_with_did_you_mean():
    assert error_of("""
        rules:
          - id: r
            kind: pattern
            message: m
            pattern: x
            sevrity: error
        """) == "rules/casing.yaml:6:5: unknown field 'sevrity' in rule 'r' (did you mean 'severity'?)"


def test_bad_regex():
    message = error_of("""
        rules:
          - id: r
            kind: pattern
            message: m
            pattern: '(unclosed'
        """)
    assert message.startswith("rules/casing.yaml:5:5: invalid regular expression in 'pattern': ")


def test_wrong_type_and_bad_choice():
    assert error_of("""
        rules:
          - {id: r, kind: pattern, message: m, pattern: x, scope: 3}
        """) == "rules/casing.yaml:2:52: field 'scope' must be a string, not the number 3"
    assert error_of("""
        rules:
          - {id: r, kind: pattern, message: m, pattern: x, severity: eror}
        """) == ("rules/casing.yaml:2:52: field 'severity' must be one of error, warning, info, "
                 "not 'eror' (did you mean 'error'?)")


def test_unknown_kind_and_missing_field():
    assert error_of("""
        rules:
          - {id: r, kind: patern, message: m}
        """).startswith("rules/casing.yaml:2:13: unknown rule kind 'patern'")
    assert error_of("""
        rules:
          - {id: r, kind: pattern}
        """) == "rules/casing.yaml:2:5: rule 'r' is missing required field 'message'"


def test_duplicate_ids_and_keys():
    assert error_of("""
        rules:
          - {id: r, kind: pattern, message: m, pattern: x}
          - {id: r, kind: pattern, message: m, pattern: y}
        """) == "rules/casing.yaml:3:6: duplicate rule id 'r' (first defined on line 2)"
    assert "duplicate key" in error_of("""
        rules:
          - {id: r, kind: pattern, message: m, pattern: x, pattern: y}
        """)


def test_yaml_syntax_error_and_python_tags():
    assert error_of("rules: [\n  - {id: r\n").startswith("rules/casing.yaml:")
    message = error_of("""
        rules:
          - !!python/object/apply:os.system ['echo hacked']
        """)
    assert message == ("rules/casing.yaml:2:5: YAML tag 'tag:yaml.org,2002:python/object/apply:os.system' "
                       "is not allowed in rule files")


def test_id_must_be_kebab_case():
    assert error_of("""
        rules:
          - {id: My_Rule, kind: pattern, message: m, pattern: x}
        """) == ("rules/casing.yaml:2:6: field 'id': must be kebab-case (lowercase letters, "
                 "digits and dashes)")


def test_minimal_pack_loads_with_defaults():
    pack = load_pack_text("rules: [{id: my-rule, kind: pattern, severity: warning, "
                          "message: hi, pattern: 'x'}]", "mine.yaml")
    (rule,) = pack.rules
    assert (pack.name, rule.id, rule.pack, str(rule.severity)) == ("mine", "my-rule", "mine", "warning")
