"""The CI gate: ``--max-findings``, ``--write-baseline``/``--baseline`` keyed on content."""

from __future__ import annotations

import json

import pytest

from textlint_news import Document, lint_text
from textlint_news.fingerprint import context, fingerprint, fingerprints

from ..helpers import cli

TEXT = "Officials in kyiv said the the talks failed.\n\nPrices rose &amp; fell.\n"


@pytest.fixture
def run(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")

    return cli("--format", "concise", "--select", "proper-noun-case,repeated-word,html-entity")


def test_fingerprint_is_content_not_line():
    doc = Document.from_string(TEXT, "a.txt")
    moved = Document.from_string("A new first line.\n\n" + TEXT, "a.txt")
    other_path = Document.from_string(TEXT, "b.txt")
    f, g, h = (lint_text(d.text, path=d.path)[0] for d in (doc, moved, other_path))
    assert (f.rule_id, f.line, g.line) == ("proper-noun-case", 1, 3)
    assert context(doc, f) == "Officials in kyiv said the the talks"
    assert fingerprint(doc, f) == fingerprint(moved, g) != fingerprint(other_path, h)


def test_identical_findings_get_occurrence_numbers():
    doc = Document.from_string("said the the talks\nsaid the the talks\n", "a.txt")
    repeated = [f for f in lint_text(doc.text, path="a.txt") if f.rule_id == "repeated-word"]
    prints = fingerprints(doc, repeated)
    assert [p.split(":")[1] for p in prints] == ["0", "1"]
    assert prints[0].split(":")[0] == prints[1].split(":")[0]


def test_max_findings_tolerates_up_to_n(run):
    assert run("a.txt").exit_code == 1
    assert run("--max-findings", "3", "a.txt").exit_code == 0
    assert run("--max-findings", "2", "a.txt").exit_code == 1
    assert run("--fail-on", "error", "--max-findings", "2", "a.txt").exit_code == 0


def test_write_baseline_then_only_new_findings_fail(run, tmp_path):
    written = run("--write-baseline", "baseline.json", "a.txt")
    assert written.exit_code == 0
    assert written.stderr == "Wrote 3 findings to the baseline baseline.json.\n"
    data = json.loads((tmp_path / "baseline.json").read_text(encoding="utf-8"))
    assert data["textlint-news-baseline"] == 1
    assert [(e["path"], e["rule"], e["line"], e["message"]) for e in data["findings"]] == [
        ("a.txt", "proper-noun-case", 1, '"kyiv" should be written "Kyiv"'),
        ("a.txt", "repeated-word", 1, '"the" is repeated'),
        ("a.txt", "html-entity", 3, 'HTML entity "&amp;" was not decoded'),
    ]
    assert all(e["fingerprint"].endswith(":0") for e in data["findings"])

    accepted = run("--baseline", "baseline.json", "a.txt")
    assert (accepted.exit_code, accepted.output) == (
        0, "3 findings accepted by the baseline not shown.\nAll checks passed (1 file checked).\n")

    # a re-scrape moves everything two lines down and brings one new defect
    (tmp_path / "a.txt").write_text("Lead in berlin.\n\n" + TEXT, encoding="utf-8")
    moved = run("--baseline", "baseline.json", "a.txt")
    assert moved.exit_code == 1
    assert moved.output.splitlines() == [
        'a.txt:1:9: error[proper-noun-case] "berlin" should be written "Berlin"',
        "3 findings accepted by the baseline not shown.",
        "Found 1 finding (1 error) in 1 file; 1 fixable",
    ]


def test_stale_entries_are_counted_and_dropped_by_rewriting(run, tmp_path):
    run("--write-baseline", "baseline.json", "a.txt")
    (tmp_path / "a.txt").write_text(TEXT.replace("&amp;", "&"), encoding="utf-8")
    result = run("--baseline", "baseline.json", "a.txt")
    assert result.exit_code == 0
    assert result.output.splitlines() == [
        "2 findings accepted by the baseline not shown.",
        "1 baseline entry no longer matches (drop with --write-baseline).",
        "All checks passed (1 file checked).",
    ]
    run("--write-baseline", "baseline.json", "a.txt")
    assert "no longer" not in run("--baseline", "baseline.json", "a.txt").output


def test_entries_of_files_not_linted_are_not_stale(run, tmp_path):
    (tmp_path / "b.txt").write_text("Rose &amp; fell.\n", encoding="utf-8")
    run("--write-baseline", "baseline.json", "a.txt", "b.txt")
    result = run("--baseline", "baseline.json", "a.txt")
    assert result.output == ("3 findings accepted by the baseline not shown.\n"
                             "All checks passed (1 file checked).\n")


def test_a_repeated_defect_is_new_even_in_the_same_words(run, tmp_path):
    run("--write-baseline", "baseline.json", "a.txt")
    (tmp_path / "a.txt").write_text(TEXT + "\nOfficials in kyiv said the the talks failed.\n",
                                    encoding="utf-8")
    result = run("--baseline", "baseline.json", "a.txt")
    assert result.output.splitlines()[:2] == [
        'a.txt:5:14: error[proper-noun-case] "kyiv" should be written "Kyiv"',
        'a.txt:5:24: warning[repeated-word] "the" is repeated',
    ]


@pytest.mark.parametrize("content, message", [
    ("{not json", "cannot read baseline"),
    ('{"findings": []}', 'not a textlint-news baseline (expected "textlint-news-baseline": 1)'),
    ('{"textlint-news-baseline": 1, "findings": [{"path": "a.txt"}]}', "malformed baseline entry"),
])
def test_broken_baseline_is_a_usage_error(run, tmp_path, content, message):
    (tmp_path / "baseline.json").write_text(content, encoding="utf-8")
    result = run("--baseline", "baseline.json", "a.txt")
    assert result.exit_code == 2
    assert result.stderr.startswith(f"textlint-news: error: baseline.json: {message}")
