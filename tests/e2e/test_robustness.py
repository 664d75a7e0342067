"""Bad input never crashes a run: each bad file gets a clear message (exit 2), the rest is linted."""

from __future__ import annotations

import codecs
import os
import random
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from textlint_news import Document, load_linter
from textlint_news.reporters import REPORTERS
from textlint_news.sources import decode

from ..helpers import cli, run_cli

GOOD = "Officials in kyiv said.\n"
GOOD_REPORT = 'good.txt:1:14: error[proper-noun-case] "kyiv" should be written "Kyiv"'


@pytest.fixture
def run(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # no project config is picked up from the checkout
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")

    return cli("--format", "concise", "--jobs", "1")


def test_binary_file_is_an_error_and_the_run_goes_on(run, tmp_path):
    (tmp_path / "image.txt").write_bytes(b"GIF89a\x00\x01\x02")
    result = run("image.txt", "good.txt")
    assert result.exit_code == 2
    assert result.stdout.splitlines() == [
        "image.txt: error: binary file (NUL byte at offset 6); not linted",
        GOOD_REPORT,
        "1 input could not be read (see above).",
        "Found 1 finding (1 error) in 1 file; 1 fixable",
    ]
    assert result.stderr == "textlint-news: image.txt: binary file (NUL byte at offset 6); not linted\n"


def test_invalid_utf8_is_a_finding_at_its_place_and_the_rest_is_linted(run, tmp_path):
    (tmp_path / "latin1.txt").write_bytes("First line.\nCafé in kyiv \xff\xfe.\n".encode("latin-1"))
    result = run("latin1.txt")
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        "latin1.txt:2:4: error[invalid-encoding] byte 0xE9 is not valid utf-8",
        'latin1.txt:2:9: error[proper-noun-case] "kyiv" should be written "Kyiv"',
        "latin1.txt:2:14: error[invalid-encoding] bytes 0xFF 0xFE are not valid utf-8",
        "Found 3 findings (3 errors) in 1 file; 1 fixable",
    ]
    # with the right encoding the same bytes are text
    assert run("--encoding", "latin-1", "latin1.txt").stdout.splitlines()[0] == \
        'latin1.txt:2:9: error[proper-noun-case] "kyiv" should be written "Kyiv"'


def test_invalid_encoding_cannot_be_ignored(run):
    result = run("--ignore", "invalid-encoding", "good.txt")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == ("textlint-news: error: 'invalid-encoding' is built in and always on: "
                             "it reports bytes that are not text in the input's encoding (see "
                             "--encoding)\n")


def test_invalid_bytes_in_the_full_report(run, tmp_path):
    (tmp_path / "latin1.txt").write_bytes("Café\n".encode("latin-1"))
    assert run("--format", "full", "latin1.txt").stdout == (
        "latin1.txt:1:4: error[invalid-encoding] byte 0xE9 is not valid utf-8\n"
        "   | Caf\\udce9\n"
        "   |    ^^^^^^\n"
        "   = suggestion: give the file's real encoding with --encoding, or repair these bytes "
        "at the source\n"
        "\n"
        "Found 1 finding (1 error) in 1 file; 0 fixable\n")


def test_long_runs_of_bad_bytes_are_shortened_in_the_message(run, tmp_path):
    (tmp_path / "bad.txt").write_bytes(b"a " + bytes(range(0x80, 0x8A)))
    assert run("bad.txt").stdout.splitlines()[0] == (
        "bad.txt:1:3: error[invalid-encoding] bytes 0x80 0x81 0x82 0x83 0x84 0x85 0x86 0x87 ... "
        "are not valid utf-8")


def test_unknown_encoding_and_undecodable_utf16(run, tmp_path):
    assert run("--encoding", "klingon", "good.txt").stdout.splitlines()[0] == \
        "good.txt: error: unknown encoding 'klingon'"
    (tmp_path / "odd.txt").write_bytes(codecs.BOM_UTF16_LE + "ab\n".encode("utf-16-le") + b"\x00\xd8A\x00")
    result = run("odd.txt")
    assert result.exit_code == 2
    assert result.stdout.splitlines()[0] == (
        "odd.txt: error: invalid utf-16-le at line 2, byte column 2 (offset 8): illegal UTF-16 "
        "surrogate; use --encoding to choose another encoding")


@pytest.mark.parametrize("bom, codec", [(codecs.BOM_UTF8, "utf-8"),
                                        (codecs.BOM_UTF16_LE, "utf-16-le"),
                                        (codecs.BOM_UTF16_BE, "utf-16-be"),
                                        (codecs.BOM_UTF32_LE, "utf-32-le")])
def test_bom_picks_the_encoding_and_is_remembered(bom, codec):
    doc = decode(bom + "in kyiv\r\n".encode(codec), "f.txt", encoding="latin-1")
    assert (doc.text, doc.has_bom, doc.encoding, doc.newline) == ("in kyiv\n", True, codec, "\r\n")


@pytest.mark.parametrize("bom, codec", [(codecs.BOM_UTF8, "utf-8"),
                                        (codecs.BOM_UTF16_LE, "utf-16-le"),
                                        (codecs.BOM_UTF16_BE, "utf-16-be"),
                                        (codecs.BOM_UTF32_BE, "utf-32-be")])
def test_fix_writes_back_bom_byte_order_and_crlf(run, tmp_path, bom, codec):
    path = tmp_path / "a.txt"
    path.write_bytes(bom + "Caf\u00e9 in kyiv.\r\nSecond  line.\r\n".encode(codec))
    assert run("--fix", "a.txt").exit_code == 0
    assert path.read_bytes() == bom + "Caf\u00e9 in Kyiv.\r\nSecond line.\r\n".encode(codec)


def test_fix_keeps_undecodable_bytes_as_they_were(run, tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"Caf\xe9 in kyiv.\n")
    result = run("--fix", "a.txt")
    assert result.exit_code == 1  # the invalid bytes remain: they are not fixable
    assert path.read_bytes() == b"Caf\xe9 in Kyiv.\n"


def test_diff_shows_undecodable_bytes_as_they_are(run, tmp_path):
    (tmp_path / "a.txt").write_bytes(b"Caf\xe9 in kyiv.\n")
    result = run("--diff", "a.txt")
    assert result.exit_code == 1
    assert result.stdout_bytes == (b"--- a.txt\n+++ a.txt\n@@ -1 +1 @@\n-Caf\xe9 in kyiv.\n"
                                   b"+Caf\xe9 in Kyiv.\n")
    assert (tmp_path / "a.txt").read_bytes() == b"Caf\xe9 in kyiv.\n"


def test_baseline_of_undecodable_bytes_round_trips(run, tmp_path):
    # the message of read-more-prompt quotes the line, broken byte included
    (tmp_path / "a.txt").write_bytes(b"Caf\xe9 &amp; kyiv \xff.\n\nRead more: caf\xe9\n")
    assert run("a.txt", "--write-baseline", "b.json").exit_code == 0
    assert 'caf\\udce9\\" is a navigation prompt' in (tmp_path / "b.json").read_text()
    again = run("a.txt", "--baseline", "b.json")
    assert (again.exit_code, again.stdout.splitlines()[-1]) == (
        0, "All checks passed (1 file checked).")


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_line_endings_give_the_same_positions(run, tmp_path, newline):
    (tmp_path / "nl.txt").write_bytes(f"Title{newline}{newline}Officials in kyiv said.".encode())
    assert run("nl.txt").stdout.splitlines()[0] == \
        'nl.txt:3:14: error[proper-noun-case] "kyiv" should be written "Kyiv"'


def test_empty_files(run, tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "bom.txt").write_bytes(codecs.BOM_UTF8)
    result = run("empty.txt", "bom.txt", "-", input="")
    assert (result.exit_code, result.stdout) == (0, "All checks passed (3 files checked).\n")


def test_symlink_loops_are_not_followed(run, tmp_path):
    (tmp_path / "docs" / "sub").mkdir(parents=True)
    (tmp_path / "docs" / "sub" / "a.txt").write_text(GOOD)
    os.symlink("..", tmp_path / "docs" / "sub" / "up")  # a folder loop
    os.symlink("self.txt", tmp_path / "docs" / "self.txt")  # a file that points to itself
    result = run("docs")
    assert result.exit_code == 2
    assert result.stdout.splitlines() == [
        "docs/self.txt: error: cannot read: Too many levels of symbolic links",
        'docs/sub/a.txt:1:14: error[proper-noun-case] "kyiv" should be written "Kyiv"',
        "1 input could not be read (see above).",
        "Found 1 finding (1 error) in 1 file; 1 fixable",
    ]


def test_outputs_never_overwrite_or_feed_the_inputs(run, tmp_path):
    result = run("good.txt", "--output-file", "./good.txt")
    assert result.exit_code == 2
    assert result.stderr.endswith("Error: good.txt is both an input and an output: it would be "
                                  "overwritten before it is read\n")
    assert (tmp_path / "good.txt").read_text() == GOOD
    (tmp_path / "crawl").mkdir()
    (tmp_path / "crawl" / "day.jsonl").write_text('{"id": "a", "text": "ok"}\n')
    # the --passed file inside the walked folder is written, never read back as input
    walked = run("--jsonl", "crawl", "--passed", "crawl/passed.jsonl")
    assert (walked.exit_code, walked.stdout) == (
        0, "All checks passed (1 record in 1 file checked).\n")
    assert (tmp_path / "crawl" / "passed.jsonl").read_text() == '{"id": "a", "text": "ok"}\n'
    assert run("--jsonl", "crawl/day.jsonl", "--quarantine", "crawl/day.jsonl").exit_code == 2
    assert run("good.txt", "--write-baseline", "good.txt").exit_code == 2
    assert (tmp_path / "good.txt").read_text() == GOOD


def test_fifos_and_devices_in_folders_are_not_read(run, tmp_path):
    (tmp_path / "docs").mkdir()
    os.mkfifo(tmp_path / "docs" / "pipe.txt")  # reading it would wait for a writer forever
    os.symlink("/dev/zero", tmp_path / "docs" / "zero.txt")  # reading it would never end
    (tmp_path / "docs" / "a.txt").write_text(GOOD)
    result = run("docs")
    assert result.exit_code == 2
    assert result.stdout.splitlines() == [
        'docs/a.txt:1:14: error[proper-noun-case] "kyiv" should be written "Kyiv"',
        "docs/pipe.txt: error: not a regular file; not linted",
        "docs/zero.txt: error: not a regular file; not linted",
        "2 inputs could not be read (see above).",
        "Found 1 finding (1 error) in 1 file; 1 fixable",
    ]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file_chmod(run, tmp_path):
    path = tmp_path / "locked.txt"
    path.write_text(GOOD)
    path.chmod(0)
    result = run("locked.txt", "good.txt")
    assert result.exit_code == 2
    assert result.stdout.splitlines()[0] == "locked.txt: error: cannot read: Permission denied"


def test_unreadable_file(run, tmp_path, monkeypatch):
    (tmp_path / "locked.txt").write_text(GOOD)
    open_path = Path.open

    def refuse(self: Path, *args, **kwargs):
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return open_path(self, *args, **kwargs)
    monkeypatch.setattr(Path, "open", refuse)
    result = run("locked.txt", "good.txt")
    assert result.exit_code == 2
    assert result.stdout.splitlines() == [
        "locked.txt: error: cannot read: Permission denied",
        GOOD_REPORT,
        "1 input could not be read (see above).",
        "Found 1 finding (1 error) in 1 file; 1 fixable",
    ]


def test_unlistable_folder_and_unusable_names(run, tmp_path, monkeypatch):
    (tmp_path / "docs" / "locked").mkdir(parents=True)
    (tmp_path / "docs" / "a.txt").write_text(GOOD)
    scandir = os.scandir

    def refuse(path):
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return scandir(path)
    monkeypatch.setattr(os, "scandir", refuse)  # what os.walk meets in a folder chmod 000
    result = run("docs", "n" * 5000)
    assert result.exit_code == 2
    assert result.stdout.splitlines() == [
        'docs/a.txt:1:14: error[proper-noun-case] "kyiv" should be written "Kyiv"',
        "docs/locked: error: cannot read folder: Permission denied",
        f"{'n' * 5000}: error: cannot read: File name too long",
        "2 inputs could not be read (see above).",
        "Found 1 finding (1 error) in 1 file; 1 fixable",
    ]


def test_missing_path(run):
    result = run("nope.txt", "good.txt")
    assert result.exit_code == 2
    assert result.stdout.splitlines() == [
        "nope.txt: error: no such file or folder",
        GOOD_REPORT,
        "1 input could not be read (see above).",
        "Found 1 finding (1 error) in 1 file; 1 fixable",
    ]
    assert result.stderr == "textlint-news: nope.txt: no such file or folder\n"


def test_bad_jsonl_records_are_reported_by_line_and_skipped(run, tmp_path):
    (tmp_path / "crawl.jsonl").write_bytes(
        b'{"id": "a", "text": "Officials in kyiv said."}\n'
        b'{"id": "b", "text": \n'
        b'{"id": "c", "body": "no text field"}\n'
        b'["not", "an", "object"]\n'
        b'{"id": "d", "text": "Caf\xe9"}\n'
        b'{"id": "e", "text": "Talks in kyiv."}\n')
    result = run("--jsonl", "crawl.jsonl")
    assert result.exit_code == 2
    assert result.stdout.splitlines() == [
        'crawl.jsonl:a:1:14: error[proper-noun-case] "kyiv" should be written "Kyiv"',
        "crawl.jsonl: error: line 2: not valid JSON (Expecting value at column 21); record skipped",
        "crawl.jsonl: error: line 3: no text field 'text'; record skipped",
        "crawl.jsonl: error: line 4: not a JSON object; record skipped",
        "crawl.jsonl: error: line 5: invalid UTF-8 at byte column 25; record skipped",
        'crawl.jsonl:e:1:10: error[proper-noun-case] "kyiv" should be written "Kyiv"',
        "4 inputs could not be read (see above).",
        "Found 2 findings (2 errors) in 2 records of 1 file.",
    ]


def test_lone_surrogate_in_a_jsonl_record(run, tmp_path):
    (tmp_path / "r.jsonl").write_text('{"id": "a", "text": "x \\ud800 y"}\n')
    assert run("--format", "full", "--jsonl", "r.jsonl").stdout.splitlines()[:4] == [
        "r.jsonl:a:1:3: error[invalid-encoding] lone surrogate U+D800 is not a character",
        "   | x \\ud800 y",
        "   |   ^^^^^^",
        "   = suggestion: repair the text at the source (half of a UTF-16 pair was lost)"]


@pytest.mark.parametrize("fmt", sorted(REPORTERS))
def test_file_name_that_is_not_utf8(tmp_path, monkeypatch, fmt):
    missing = REPORTERS[fmt].missing_extra()
    if missing:  # a format whose optional dependency is not installed here (html: plotly)
        pytest.skip(missing)
    monkeypatch.chdir(tmp_path)
    name = os.fsdecode(b"na\xffme.txt")
    Path(name).write_text(GOOD)
    result = run_cli("check", "--jobs", "1", "--format", fmt, name)
    assert result.exit_code == 1
    if fmt == "concise":
        assert result.stdout.splitlines()[0] == \
            'na\\udcffme.txt:1:14: error[proper-noun-case] "kyiv" should be written "Kyiv"'


# Inputs on which a rule with a backtracking pattern or a per-match scan of the document goes
# quadratic: each is linted as one long line at two sizes.
ADVERSARIAL = ["a", "A", " ", ".", "a ", "a.", "(", "\u200b", "a b c d e f. ", "x\r",
               "Kyiv said; ", "Kyiv; Kyiv; ", "“The talks ended today in Kyiv,” he said. ",
               "the talks ended today in Kyiv said officials\n", ") ] : ; , ", "\u00c3\u00a9",
               "’s ", "Mr. ", "&amp;", "&eacute;t of "]  # (entities: findings in broken words)


def _growth(make: Callable[[int], str], size: int) -> float:
    """How much longer the default rules take on ``make(4 * size)`` than on ``make(size)``:
    4 when linear, 16 when quadratic. A ratio of two runs in one process, not a time limit,
    timed in this process's CPU seconds so that other processes on a busy machine do not count;
    each side takes the best of two runs so that one hiccup (a collection, a lazy load) cannot
    inflate the ratio: a quadratic rule is slow in both."""
    linter = load_linter()

    def seconds(text: str) -> float:
        # lints repeated until 50 ms of CPU have passed: a kernel may count CPU time in 4 ms
        # jiffies, and one lint of the smaller text can take less than that
        runs, started = 0, time.process_time()
        while (spent := time.process_time() - started) < 0.05 or not runs:
            result = linter.lint(Document.from_string(text, "long.txt"))
            assert result.notices == []  # no rule ran into its time limit
            runs += 1
        return spent / runs

    seconds(make(size))  # warm the compiled patterns and lexicons
    small = min(seconds(make(size)) for _ in range(2))
    return min(seconds(make(4 * size)) for _ in range(2)) / small


@pytest.mark.parametrize("unit", ADVERSARIAL)
def test_no_rule_is_quadratic_on_long_lines(unit):
    assert _growth(lambda n: unit * (n // len(unit)), 25_000) < 9


def test_no_rule_is_quadratic_in_the_number_of_distinct_names():
    # every name capitalised once and lowercased once, each a different made-up word: a rule
    # that searches the text once per candidate name is quadratic here, not on repeats
    def text(count: int) -> str:
        rng = random.Random(1)

        def name() -> str:
            return "".join(rng.choice("bcdfghklmnprstvz") + rng.choice("aeiou") for _ in range(4))

        return " ".join(f"the man {n.capitalize()} met Zork {n} and Qwe {name()} today."
                        for n in (name() for _ in range(count)))

    assert _growth(text, 2000) < 9
