"""A new input format is one module plus one registry line: the toy format of
``toy_format.py``, registered by the fixture as that one line, is offered by --input-format,
picked by ``auto`` from its file names, read with its own option, and refused what its spec
says it cannot do, with no other change to the CLI."""

from __future__ import annotations

import pytest

from textlint_news.sources import INPUT_FORMATS, FormatOption, FormatSpec

from ..helpers import run_cli

TOY = FormatSpec("tests.sources.toy_format:ToyFormat", "Toy", ("*.toy",), "*.toy files",
                 options=(FormatOption("separator", "--toy-separator", "Line between records.",
                                       default="%%", show_default=True, metavar="LINE"),),
                 fixable=False, splittable=False)


@pytest.fixture
def toy(tmp_path, monkeypatch):
    monkeypatch.setitem(INPUT_FORMATS, "toy", TOY)  # the one registry line
    monkeypatch.chdir(tmp_path)
    (tmp_path / "day.toy").write_text("Officials in kyiv agreed.\n%%\nFine.\n==\n"
                                      "Mayors in kyiv spoke.\n", encoding="utf-8")
    return tmp_path


def check(*args: str):
    return run_cli("check", "--format", "concise", "-j", "1",
                                     "--select", "proper-noun-case", *args, terminal_width=80)


def test_help_offers_the_toy_format_and_its_option(toy):
    out = run_cli("check", "--help", terminal_width=200).output
    assert "--input-format [auto|text|jsonl|parquet|arrow|wet|toy]" in out
    assert "auto: by name (*.jsonl(.gz), *.parquet, *.arrow or a saved dataset's folder, " \
           "*.warc.wet.gz, *.toy files), the rest text." in out
    crawls = out.split("Crawls (records):")[1]
    assert "--toy-separator LINE" in crawls and "Line between records.  [default: %%]" in crawls


def test_auto_reads_a_toy_file_as_records(toy):
    out = check("day.toy")
    assert out.output.splitlines() == [
        'day.toy:#1:1:14: error[proper-noun-case] "kyiv" should be written "Kyiv"',
        'day.toy:#2:3:11: error[proper-noun-case] "kyiv" should be written "Kyiv"',
        "Found 2 findings (2 errors) in 2 records of 1 file.",
    ]
    assert out.exit_code == 1


def test_the_format_s_own_option_reaches_its_reader(toy):
    out = check("--input-format", "toy", "--toy-separator", "==", "day.toy")
    assert out.output.splitlines()[:2] == [
        'day.toy:#1:1:14: error[proper-noun-case] "kyiv" should be written "Kyiv"',
        'day.toy:#2:1:11: error[proper-noun-case] "kyiv" should be written "Kyiv"',
    ]


def test_what_the_spec_says_it_cannot_do_is_refused(toy):
    fix = check("--fix", "--fixed-output", "out.toy", "day.toy")
    assert fix.exit_code == 2
    assert "--fix cannot write Toy records: lint them without --fix" in fix.output
    split = check("--passed", "ok.toy", "day.toy")
    assert split.exit_code == 2
    assert "--passed and --quarantine cannot write Toy records" in split.output
    field = check("--text-field", "body", "day.toy")
    assert field.exit_code == 2
    assert "Toy records do not take --text-field" in field.output


def test_a_format_without_the_toy_option_refuses_it(toy):
    (toy / "day.jsonl").write_text('{"id": "a", "text": "Fine."}\n', encoding="utf-8")
    out = check("--toy-separator", "==", "day.jsonl")
    assert out.exit_code == 2
    assert "JSONL records do not take --toy-separator" in out.output


def test_text_runs_refuse_the_toy_option(toy):
    (toy / "a.txt").write_text("Fine.\n", encoding="utf-8")
    out = check("--toy-separator", "==", "a.txt")
    assert out.exit_code == 2
    assert "--toy-separator names a field of JSONL records: add --jsonl" in out.output
