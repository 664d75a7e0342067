"""JSON Lines input: record ids and positions inside the text field, bad lines, gz, splitting."""

from __future__ import annotations

import gzip
import json

import pytest

from textlint_news.sources.jsonl import with_field

from ..helpers import cli

SELECT = ("--select", "proper-noun-case,repeated-word,html-entity")

CRAWL = (
    '{"id": "a1", "text": "Talks in kyiv ended.\\nThe the end."}\n'
    'not json\n'
    '{"id": 7, "body": "no text here"}\n'
    '{"meta": {"id": "n1"}, "text": "Fine text here."}\n'
    '\n'
    '{"id": "a3", "text": "line one\\r\\nwith &amp; entity"}\n'
)


@pytest.fixture
def run(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)

    return cli("--format", "concise", *SELECT)


@pytest.fixture
def crawl(tmp_path):
    path = tmp_path / "crawl.jsonl"
    path.write_text(CRAWL, encoding="utf-8")
    return path


def test_findings_carry_record_id_and_position_in_text(run, crawl):
    result = run("--jsonl", "crawl.jsonl")
    assert result.stdout.splitlines()[:5] == [
        'crawl.jsonl:a1:1:10: error[proper-noun-case] "kyiv" should be written "Kyiv"',
        'crawl.jsonl:a1:2:1: warning[repeated-word] "The" is repeated',
        "crawl.jsonl: error: line 2: not valid JSON (Expecting value at column 1); record skipped",
        "crawl.jsonl: error: line 3: no text field 'text'; record skipped",
        'crawl.jsonl:a3:2:6: error[html-entity] HTML entity "&amp;" was not decoded',
    ]
    assert "crawl.jsonl: line 2: not valid JSON" in result.stderr
    assert result.exit_code == 2  # unreadable records are input errors; the rest was linted


def test_nested_id_field_and_line_number_when_id_missing(run, crawl):
    result = run("--jsonl", "--id-field", "meta.id", "--text-field", "text", "crawl.jsonl")
    assert result.stdout.splitlines()[0] == \
        'crawl.jsonl:#1:1:10: error[proper-noun-case] "kyiv" should be written "Kyiv"'


def test_nested_text_field(run, tmp_path):
    (tmp_path / "n.jsonl").write_text('{"id": 1, "doc": {"body": "in kyiv"}}\n')
    result = run("--jsonl", "--text-field", "doc.body", "n.jsonl")
    assert result.stdout.splitlines()[0] == \
        'n.jsonl:1:1:4: error[proper-noun-case] "kyiv" should be written "Kyiv"'
    assert result.exit_code == 1


def test_gzip_files_found_in_folders(run, tmp_path):
    (tmp_path / "day").mkdir()
    with gzip.open(tmp_path / "day" / "part-0.jsonl.gz", "wt", encoding="utf-8") as f:
        f.write('{"id": "g", "text": "x\\nthe the"}\n')
    (tmp_path / "day" / "notes.txt").write_text("in kyiv")  # not a record file: skipped
    result = run("--jsonl", "day")
    assert result.stdout.splitlines()[0] == \
        'day/part-0.jsonl.gz:g:2:1: warning[repeated-word] "the" is repeated'
    assert "kyiv" not in result.stdout


def test_stdin_records(run):
    result = run("--jsonl", "--stdin-filename", "feed.jsonl", "-",
                 input='{"id": "s", "text": "in kyiv"}\n')
    assert result.stdout.splitlines()[0] == \
        'feed.jsonl:s:1:4: error[proper-noun-case] "kyiv" should be written "Kyiv"'


def test_invalid_utf8_record(run, tmp_path):
    (tmp_path / "b.jsonl").write_bytes(b'{"id": "ok", "text": "fine"}\n{"text": "\xff"}\n')
    result = run("--jsonl", "b.jsonl")
    assert result.stdout.splitlines()[0] == \
        "b.jsonl: error: line 2: invalid UTF-8 at byte column 11; record skipped"


def test_passed_and_quarantine_split_the_crawl(run, crawl, tmp_path):
    result = run("--jsonl", "--fail-on", "error", "--passed", "ok.jsonl",
                 "--quarantine", "bad.jsonl", "crawl.jsonl")
    assert result.exit_code == 2
    assert (tmp_path / "ok.jsonl").read_bytes() == \
        b'{"meta": {"id": "n1"}, "text": "Fine text here."}\n'
    assert (tmp_path / "bad.jsonl").read_bytes() == (
        b'{"id": "a1", "text": "Talks in kyiv ended.\\nThe the end.", '
        b'"textlint_news_failed": ["proper-noun-case"]}\n'
        b'{"id": "a3", "text": "line one\\r\\nwith &amp; entity", '
        b'"textlint_news_failed": ["html-entity"]}\n')


def test_passed_lines_keep_their_exact_bytes(run, tmp_path):
    line = b'{ "text" :"caf\\u00e9 ok",  "id":1 }'
    (tmp_path / "r.jsonl").write_bytes(line + b"\r\n")
    result = run("--jsonl", "--passed", "ok.jsonl", "r.jsonl")
    assert result.exit_code == 0
    assert (tmp_path / "ok.jsonl").read_bytes() == line + b"\n"


def test_split_needs_jsonl(run, crawl):
    # a .jsonl file named on the command line is records (the format follows the name)
    assert run("--passed", "ok.jsonl", "crawl.jsonl").exit_code == 2  # its bad line
    assert (crawl.parent / "ok.jsonl").read_text(encoding="utf-8").count("\n") == 1
    result = run("--passed", "ok.jsonl", "--input-format", "text", "crawl.jsonl")
    assert result.exit_code == 2
    assert "--passed and --quarantine split JSONL records: add --jsonl" in result.output


def test_with_field_keeps_bytes():
    assert with_field(b'{"a": 1 }', "f", ["x"]) == b'{"a": 1 , "f": ["x"]}'
    assert with_field(b"{}", "f", []) == b'{"f": []}'
    assert json.loads(with_field(b'{"t": "\xc3\xa9"}', "f", ["r"])) == {"t": "é", "f": ["r"]}
