"""Rule documentation: `textlint-news rule ID`, the generated docs/rules pages, SARIF help."""

from __future__ import annotations

import json



from ..conftest import ROOT
from ..helpers import run_cli


def invoke(*args: str):
    return run_cli(*args)


def test_rule_prints_what_why_fix_and_examples_run_through_the_rule():
    out = invoke("rule", "html-entity")
    assert out.exit_code == 0
    lines = out.output.splitlines()
    assert lines[:3] == ["# html-entity", "", "Pack `typography` · kind `pattern` · severity `error`"]
    assert "Fix: safe: applied by `textlint-news check --fix`." in lines
    # an invalid example, the message a user sees, and the text after --fix
    at = lines.index("Johnson &amp; Johnson said on Monday")
    assert lines[at + 3:at + 10] == [
        '- line 1, column 9: HTML entity "&amp;" was not decoded', "", "After `--fix`:", "",
        "```text", "Johnson & Johnson said on Monday", "```"]


def test_a_rule_graded_by_corroboration_names_its_severity_alone():
    lines = invoke("rule", "link-residue-article").output.splitlines()
    assert lines[2] == ("Pack `extraction` · kind `pattern` · severity `warning` (`info` unless "
                        "the document holds a finding tagged `link-residue` at warning or above, "
                        "of a rule without `uncorroborated`)")


def test_an_unsafe_fix_names_the_flag_it_needs_and_a_corpus_example_each_document():
    out = invoke("rule", "recurring-line")
    lines = out.output.splitlines()
    assert "Fix: unsafe: applied by `textlint-news check --fix --unsafe-fixes`." in lines
    at = lines.index("Document 2 after `--fix --unsafe-fixes`:")
    assert lines[at - 2:at + 9] == [
        '- document 2, line 5, column 1: "Most Read" recurs in 3 of the 3 documents of its site '
        'linted together: site furniture', "", "Document 2 after `--fix --unsafe-fixes`:", "",
        "```text", "Vote due", "", "A vote is due in May.", "", "Turnout will be high.", "```"]


def test_unknown_rule_is_exit_2_with_a_did_you_mean():
    out = invoke("rule", "html-entty")
    assert out.exit_code == 2
    assert out.output == ("textlint-news: error: unknown rule 'html-entty'; "
                          "did you mean 'html-entity'?\n")


def test_rule_without_an_id_is_a_usage_error():
    assert invoke("rule").exit_code == 2


def test_docs_pages_are_current():
    # a rule changed without `textlint-news rules docs docs/rules` fails here
    out = invoke("rules", "docs", str(ROOT / "docs" / "rules"), "--check")
    assert out.output == "" and out.exit_code == 0


def test_docs_check_names_a_stale_page(tmp_path):
    assert invoke("rules", "docs", str(tmp_path)).exit_code == 0
    (tmp_path / "html-entity.md").write_text("old\n", encoding="utf-8")
    (tmp_path / "gone-rule.md").write_text("old\n", encoding="utf-8")
    out = invoke("rules", "docs", str(tmp_path), "--check")
    assert out.exit_code == 1
    assert out.output.splitlines() == [
        f"{tmp_path / 'html-entity.md'}: out of date (run: textlint-news rules docs {tmp_path})",
        f"{tmp_path / 'gone-rule.md'}: out of date (run: textlint-news rules docs {tmp_path})"]


def test_sarif_rules_link_their_docs_and_keep_titles_short(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("Johnson &amp; Johnson said.\n", encoding="utf-8")
    log = json.loads(invoke("check", "--format", "sarif", "--select", "ALL", "a.txt").output)
    (rule,) = log["runs"][0]["tool"]["driver"]["rules"]
    assert rule["helpUri"] == ("https://github.com/textlint-news/textlint-news/blob/main/"
                               "docs/rules/html-entity.md")
    assert rule["help"]["markdown"].endswith(f"[Rule documentation]({rule['helpUri']})")
    assert rule["shortDescription"]["text"] == (
        'An HTML character reference ("&amp;", "&#8217;", "&nbsp;") left in the text because '
        "the extractor did not decode it…")
