"""The input format follows the file names; --input-format forces one; --ignore-field."""

from __future__ import annotations

import json

import pytest

from ..helpers import run_cli


RECORDS = [{"id": "a", "text": "Officials in kyiv agreed.", "skip": ["casing"]},
           {"id": "b", "text": "Envoys in kyiv met.", "skip": "casng, typography"},
           {"id": "c", "text": "Mayors in kyiv spoke."}]


@pytest.fixture
def crawl(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "day.jsonl").write_text("".join(json.dumps(r) + "\n" for r in RECORDS),
                                        encoding="utf-8")
    (tmp_path / "a.txt").write_text("Fine.\n", encoding="utf-8")
    return tmp_path


def check(*args: str, stdin: str | None = None):
    return run_cli("check", "--format", "concise", *args, input=stdin)


def test_a_jsonl_file_named_without_jsonl_is_read_as_records(crawl):
    out = check("day.jsonl")
    assert out.output.splitlines()[:3] == [
        'day.jsonl:a:1:14: error[proper-noun-case] "kyiv" should be written "Kyiv"',
        'day.jsonl:b:1:11: error[proper-noun-case] "kyiv" should be written "Kyiv"',
        'day.jsonl:c:1:11: error[proper-noun-case] "kyiv" should be written "Kyiv"',
    ]


def test_stdin_named_jsonl_is_read_as_records(crawl):
    out = check("--stdin-filename", "day.jsonl", "-",
                stdin=(crawl / "day.jsonl").read_text(encoding="utf-8"))
    assert out.output.splitlines()[0] == \
        'day.jsonl:a:1:14: error[proper-noun-case] "kyiv" should be written "Kyiv"'


def test_fix_on_a_named_jsonl_file_is_refused_not_applied_to_the_json(crawl):
    before = (crawl / "day.jsonl").read_bytes()
    out = check("--fix", "day.jsonl")
    assert out.exit_code == 2 and "--fix does not rewrite JSONL input" in out.output
    assert (crawl / "day.jsonl").read_bytes() == before


def test_jsonl_beside_text_files_is_a_usage_error(crawl):
    out = check("day.jsonl", "a.txt")
    assert out.exit_code == 2
    assert out.output.splitlines()[-1] == (
        "Error: day.jsonl holds JSONL records and other paths do not: lint them in "
        "separate runs, or choose with --input-format")


def test_input_format_text_forces_plain_text(crawl):
    out = check("--input-format", "text", "day.jsonl")
    # one file, not three records; its JSON lines are code to the prose rules
    assert out.output == "All checks passed (1 file checked).\n"


def test_ignore_field_names_rules_a_record_skips(crawl):
    out = check("--ignore-field", "skip", "--ignore", "recurring-edge-line", "day.jsonl")
    assert out.output.splitlines()[:-1] == [
        "day.jsonl:b:1:1: info[unused-suppression] the record's ignore field names 'casng', "
        "which is no rule or pack",
        'day.jsonl:b:1:11: error[proper-noun-case] "kyiv" should be written "Kyiv"',
        'day.jsonl:c:1:11: error[proper-noun-case] "kyiv" should be written "Kyiv"',
    ]
