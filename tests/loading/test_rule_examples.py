"""Rule examples: every rule of the default packs passes its own, and what a pinned example
(``loading/examples.py``) checks, prints when it does not hold, and refuses when malformed."""

from __future__ import annotations

import pytest

from textlint_news import Config, Document, load_linter
from textlint_news.api import load_rules
from textlint_news.loading.examples import Expected, InvalidExample
from textlint_news.loading.packs import ConfigError
from textlint_news.ruletest import check_examples

from ..conftest import SEED
from ..helpers import rules_from_yaml, run_cli

RULES = load_rules(Config())


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_examples(rule):
    assert len(rule.examples.invalid) >= 1, "every rule ships invalid examples"
    assert len(rule.examples.valid) >= 1, "every rule ships valid examples"
    failures = check_examples(rule)  # pinned line, column, message and output included
    assert [(f.message, *f.details) for f in failures] == []


def test_rule_ids_are_unique_and_packs_are_the_documented_ones():
    ids = [r.id for r in RULES]
    assert len(ids) == len(set(ids))
    assert {r.pack for r in RULES} == {"extraction", "boilerplate", "casing", "translation",
                                       "typography"}


# -- pinned examples: {text, line, column, message, output} and errors: [...] ----------------

def test_every_fixable_rule_and_every_rule_on_the_seed_pins_its_invalid_examples():
    on_seed = {f.rule_id for f in load_linter().lint(
        Document.from_string(SEED.read_text(encoding="utf-8"), str(SEED))).findings}
    assert {"repeated-title", "link-residue-before-punct", "untranslated-word"} <= on_seed
    must = [r for r in RULES if r.fixable or r.id in on_seed]
    assert len(must) >= 30
    unpinned = [(r.id, i + 1) for r in must for i, e in enumerate(r.examples.invalid) if not e.pinned]
    assert unpinned == []
    # and the fixable ones pin the text the fix leaves
    assert [r.id for r in must if r.fixable
            and any(e.output is None for e in r.examples.invalid)] == []


PACK = """\
rules:
  - id: no-foo
    kind: pattern
    message: 'no "{match}"'
    pattern: 'fo+'
    fix: {replacement: bar}
    examples:
      invalid:
        - text: "a foo b"
          line: 1
          column: 3
          message: 'no "foo"'
          output: "a bar b"
        - text: "foo\\nand fooo"
          errors:
            - {line: 1, column: 1, message: 'no "foo"'}
            - {line: 2, column: 5}
          output: "bar\\nand bar"
        - {text: "x foo", output: "x bar"}
        - "plain foo"
      valid: [nothing here]
"""


def run_tests(tmp_path, monkeypatch, pack: str):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "mine.yaml").write_text(pack, encoding="utf-8")
    return run_cli("rules", "test", "mine.yaml")


def test_a_pack_with_pinned_examples_passes(tmp_path, monkeypatch):
    result = run_tests(tmp_path, monkeypatch, PACK)
    assert result.output == "0 failed, 5 passed (1 rules, 5 examples)\n"
    assert result.exit_code == 0


def test_pinned_examples_load_as_written():
    (rule,) = rules_from_yaml(PACK)
    assert rule.examples.invalid[:2] == [
        InvalidExample("a foo b", (Expected(1, 3, 'no "foo"'),), "a bar b"),
        InvalidExample("foo\nand fooo", (Expected(1, 1, 'no "foo"'), Expected(2, 5)), "bar\nand bar")]
    assert rule.examples.invalid[2] == InvalidExample("x foo", (Expected(),), "x bar")
    assert rule.examples.invalid[3] == InvalidExample("plain foo") and not rule.examples.invalid[3].pinned


@pytest.mark.parametrize("change, printed", [
    (("column: 3", "column: 4"),
     ["mine.yaml:9:11: error[rule-example] invalid example 1 of 'no-foo' does not match: 'a foo b'",
      "    finding 1: expected column 4, found 3"]),
    (("line: 1\n", "line: 2\n"),
     ["mine.yaml:9:11: error[rule-example] invalid example 1 of 'no-foo' does not match: 'a foo b'",
      "    finding 1: expected line 2, found 1"]),
    (("""message: 'no "foo"'\n          output""", """message: 'No "foo"'\n          output"""),
     ["mine.yaml:9:11: error[rule-example] invalid example 1 of 'no-foo' does not match: 'a foo b'",
      """    finding 1: expected message 'No "foo"', found 'no "foo"'"""]),
    (('output: "a bar b"', 'output: "a  bar b"'),
     ["mine.yaml:9:11: error[rule-example] invalid example 1 of 'no-foo' does not match: 'a foo b'",
      "    output: expected 'a  bar b'",
      "            found    'a bar b'"]),
    (("- {line: 2, column: 5}", "- {line: 2, column: 6}\n            - {message: 'no \"fo\"'}"),
     ["mine.yaml:14:11: error[rule-example] invalid example 2 of 'no-foo' does not match: 'foo\\nand fooo'",
      "    expected 3 findings, found 2:",
      """      expected: line 1, column 1: no "foo\"""",
      "      expected: line 2, column 6",
      """      expected: no "fo\"""",
      """      found:    line 1, column 1: no "foo\"""",
      """      found:    line 2, column 5: no "fooo\""""]),
    (('"x foo"', '"x"'),
     ["mine.yaml:19:11: error[rule-example] invalid example 3 of 'no-foo' does not match: 'x'",
      "    expected 1 finding, found 0:",
      "      expected: any finding",
      "    output: expected 'x bar'",
      "            found    'x'"]),
])
def test_each_kind_of_mismatch_prints_what_was_expected_and_what_came(
        tmp_path, monkeypatch, change, printed):
    old, new = change
    assert PACK.count(old) == 1
    result = run_tests(tmp_path, monkeypatch, PACK.replace(old, new))
    assert result.output.splitlines() == [*printed, "1 failed, 4 passed (1 rules, 5 examples)"]
    assert result.exit_code == 1


CORPUS = """\
rules:
  - id: edge
    kind: recurring
    message: 'recurs: "{line}"'
    region: tail
    min_documents: 2
    share: 0.5
    fix: {}
    examples:
      invalid:
        - text: "One.\\n\\nSite X\\fTwo.\\n\\nSite X\\fThree."
          errors:
            - {document: 1, line: 3, column: 1}
            - {document: 2, line: 3}
          output: "One.\\fTwo.\\fThree."
      valid: ["One.\\n\\nSite X"]
"""


def test_a_corpus_example_pins_the_document_of_each_finding(tmp_path, monkeypatch):
    assert run_tests(tmp_path, monkeypatch, CORPUS).output == \
        "0 failed, 2 passed (1 rules, 2 examples)\n"
    result = run_tests(tmp_path, monkeypatch, CORPUS.replace("document: 2", "document: 3")
                       .replace('output: "One', 'output: "1'))
    assert result.output.splitlines() == [
        "mine.yaml:11:11: error[rule-example] invalid example 1 of 'edge' does not match: "
        "'One.\\n\\nSite X\\x0cTwo.\\n\\nSite X\\x0cThree.'",
        "    finding 2: expected document 3, found 2",
        "    output: expected '1.\\x0cTwo.\\x0cThree.'",
        "            found    'One.\\x0cTwo.\\x0cThree.'",
        "1 failed, 1 passed (1 rules, 2 examples)"]
    assert result.exit_code == 1


@pytest.mark.parametrize("example, error", [
    ('- {text: "a foo", colum: 3}',
     "test.yaml:9:27: unknown field 'colum' in invalid example 1 (did you mean 'column'?)"),
    ('- {text: "a foo", line: one}', "test.yaml:9:27: field 'line' must be an integer, not the string 'one'"),
    ('- {text: "a foo", column: 0}', "test.yaml:9:27: field 'column': must be 1 or more"),
    ('- {line: 1}', "test.yaml:9:11: invalid example 1 is missing required field 'text'"),
    ("- 3", "test.yaml:9:11: invalid example 1 must be a string or a mapping with 'text', not int"),
    ('- {text: "a foo", line: 1, errors: [{line: 1}]}',
     "test.yaml:9:27: invalid example 1: give 'line' inside each entry of 'errors', not beside it"),
    ('- {text: "a foo", errors: []}',
     "test.yaml:9:27: invalid example 1: 'errors' is empty (an example with no finding belongs in 'valid')"),
    ('- {text: "a foo", errors: [{line: 1, colour: 2}]}',
     "test.yaml:9:46: unknown field 'colour' in error 1 of invalid example 1 (did you mean 'column'?)"),
    ('- {text: "a foo", errors: [3]}',
     "test.yaml:9:27: every entry of 'errors' must be a mapping, not the number 3"),
    ('- {text: "a foo", output: "a bar"}',
     "test.yaml:9:27: invalid example 1 has an 'output' but the rule has no fix"),
])
def test_a_malformed_pinned_example_is_a_located_load_error(example, error):
    pack = """\
        rules:
          - id: no-foo
            kind: pattern
            message: no foo
            pattern: foo
            examples:
              valid: [bar]
              invalid:
                - EXAMPLE
        """.replace("- EXAMPLE", example)
    with pytest.raises(ConfigError) as raised:
        rules_from_yaml(pack)
    assert str(raised.value) == error


def test_a_malformed_example_is_exit_2_on_the_command_line(tmp_path, monkeypatch):
    result = run_tests(tmp_path, monkeypatch, PACK.replace("column: 3", "column: three"))
    assert result.output == ("textlint-news: error: mine.yaml:11:11: field 'column' must be an "
                             "integer, not the string 'three'\n")
    assert result.exit_code == 2
