"""Hostile records and files: each is that record's or that file's error (exit 2), never a
traceback, never unbounded memory, and the rest of the run is linted and split as usual."""

from __future__ import annotations

import gzip
import io
import struct
import zlib

import pytest

from textlint_news.sources import SourceError, input_format

from ..helpers import cli

SELECT = ("--select", "proper-noun-case")
GOOD = b'{"id": "a", "text": "Talks in kyiv ended."}\n'
CLEAN = b'{"id": "c", "text": "Talks ended."}\n'
KYIV = 'crawl.jsonl:a:1:10: error[proper-noun-case] "kyiv" should be written "Kyiv"'


@pytest.fixture
def run(tmp_path, monkeypatch, pack_cache):
    monkeypatch.chdir(tmp_path)  # no project config is picked up from the checkout
    monkeypatch.setenv("TEXTLINT_NEWS_CACHE_DIR", str(pack_cache))
    return cli("--format", "concise", "--jobs", "1")


def _split(run, tmp_path, name: str, *args: str):
    result = run("--jsonl", *SELECT, "--passed", "passed.jsonl", "--quarantine", "q.jsonl",
                 *args, name)
    return result, (tmp_path / "passed.jsonl").read_bytes(), (tmp_path / "q.jsonl").read_bytes()


@pytest.mark.parametrize("bad, message", [
    (b'{"id": "n", "text": "x", "n": ' + b"9" * 5000 + b"}\n",
     "crawl.jsonl: error: line 2: a number of more than 4300 digits; record skipped"),
    (b'{"id": "d", "text": "x", "n": ' + b"[" * 100_000 + b"]" * 100_000 + b"}\n",
     "crawl.jsonl: error: line 2: nested too deeply; record skipped"),
])
def test_a_record_json_cannot_hold_is_that_records_error(run, tmp_path, bad, message):
    (tmp_path / "crawl.jsonl").write_bytes(CLEAN + bad + GOOD)
    result, passed, quarantined = _split(run, tmp_path, "crawl.jsonl")
    assert result.stdout.splitlines()[:2] == [message, KYIV]
    assert result.exit_code == 2
    assert passed == CLEAN
    assert quarantined == GOOD.replace(b"}\n", b', "textlint_news_failed": ["proper-noun-case"]}\n')


def _gzip_member_with_corrupt_deflate() -> bytes:
    # a gzip header, then a deflate block of the reserved type 3: zlib refuses it
    return b"\x1f\x8b\x08\x00" + struct.pack("<I", 0) + b"\x00\xff" + b"\x07" + b"\0" * 16


def test_corrupt_deflate_stream_is_the_files_error_after_the_records_before_it(run, tmp_path):
    (tmp_path / "crawl.jsonl.gz").write_bytes(gzip.compress(GOOD + CLEAN)
                                              + _gzip_member_with_corrupt_deflate())
    (tmp_path / "next.jsonl").write_bytes(CLEAN)
    result = run("--jsonl", *SELECT, "--passed", "passed.jsonl", "crawl.jsonl.gz", "next.jsonl")
    assert result.stdout.splitlines()[:2] == [
        'crawl.jsonl.gz:a:1:10: error[proper-noun-case] "kyiv" should be written "Kyiv"',
        "crawl.jsonl.gz: error: line 3: cannot read: corrupt gzip data (Error -3 while "
        "decompressing data: invalid block type); rest of the file skipped",
    ]
    assert result.exit_code == 2
    assert (tmp_path / "passed.jsonl").read_bytes() == CLEAN + CLEAN  # next.jsonl was read too
    (tmp_path / "plain.jsonl.gz").write_bytes(CLEAN)
    assert run("--jsonl", "plain.jsonl.gz").stdout.splitlines()[0] == \
        "plain.jsonl.gz: error: cannot read: Not a gzipped file (b'{\"'); file skipped"


def test_a_record_over_max_record_bytes_is_refused_and_reading_goes_on(run, tmp_path):
    big = b'{"id": "big", "text": "' + b"in kyiv " * 200 + b'"}\r\n'
    (tmp_path / "crawl.jsonl").write_bytes(CLEAN + big + GOOD)
    result, passed, _ = _split(run, tmp_path, "crawl.jsonl", "--max-record-bytes", "1000")
    assert result.stdout.splitlines()[:2] == [
        "crawl.jsonl: error: line 2: too large: 1625 bytes, more than --max-record-bytes "
        "1000; record skipped",
        KYIV,
    ]
    assert result.exit_code == 2
    assert passed == CLEAN
    # a record of exactly the limit (its line ending not counted) is read
    exact = len(big.rstrip(b"\r\n"))
    assert run("--jsonl", *SELECT, "--max-record-bytes", str(exact), "crawl.jsonl").stdout \
        .splitlines()[0] == 'crawl.jsonl:big:1:4: error[proper-noun-case] "kyiv" should be ' \
                            'written "Kyiv"'


def test_the_default_record_limit_is_16_mib(run, tmp_path):
    limit = 16 * 1024 * 1024
    body = b'{"text": "' + b"a" * (limit - 12) + b'"}'
    assert len(body) == limit  # read: the limit is inclusive
    (tmp_path / "crawl.jsonl").write_bytes(body + b"\n" + body[:-2] + b'a"}\n' + GOOD)
    result = run("--jsonl", *SELECT, "crawl.jsonl")
    assert result.stdout.splitlines()[:2] == [
        f"crawl.jsonl: error: line 2: too large: {limit + 1} bytes, more than "
        f"--max-record-bytes {limit}; record skipped",
        KYIV,
    ]


class _EndlessLine(io.RawIOBase):
    """A stream whose second line is ``size`` bytes long, served without ever holding it."""

    def __init__(self, size: int) -> None:
        self.lines = iter([CLEAN, *(b"a" * (1 << 20) for _ in range(size >> 20)), b"\n", GOOD])
        self.pending = b""
        self.largest_read = 0

    def readline(self, size: int = -1) -> bytes:
        assert size > 0, "a line must be read in bounded pieces"
        self.largest_read = max(self.largest_read, size)
        self.pending = self.pending or next(self.lines, b"")
        piece, self.pending = self.pending[:size], self.pending[size:]
        return piece


def test_a_gigabyte_line_is_skipped_in_bounded_pieces():
    stream = _EndlessLine(1 << 30)
    jsonl = input_format("jsonl", max_record_bytes=4096)
    sources = list(jsonl.read_stream(stream, "bomb.jsonl"))
    assert [s.record_id if not isinstance(s, SourceError) else s.message for s in sources] == [
        "c",
        f"line 2: too large: {1 << 30} bytes, more than --max-record-bytes 4096; record skipped",
        "a",
    ]
    assert stream.largest_read <= 1 << 20


def test_a_gzip_bomb_line_is_refused_without_inflating_it_into_memory(run, tmp_path):
    bomb = zlib.compressobj(9, zlib.DEFLATED, 31)
    data = bomb.compress(CLEAN) + bomb.compress(b'{"text": "')
    data += b"".join(bomb.compress(b"a " * (1 << 19)) for _ in range(64))  # 64 MiB inflated
    data += bomb.compress(b'"}\n' + GOOD) + bomb.flush()
    (tmp_path / "crawl.jsonl.gz").write_bytes(data)
    result = run("--jsonl", *SELECT, "--max-record-bytes", "65536", "crawl.jsonl.gz")
    assert result.stdout.splitlines()[:2] == [
        f"crawl.jsonl.gz: error: line 2: too large: {(64 << 20) + 12} bytes, more than "
        "--max-record-bytes 65536; record skipped",
        'crawl.jsonl.gz:a:1:10: error[proper-noun-case] "kyiv" should be written "Kyiv"',
    ]


def test_a_text_file_over_the_limit_is_not_linted_unless_the_limit_is_raised(run, tmp_path):
    # sentences, not a run of 200 short lines: that would be a listing, no prose
    (tmp_path / "big.txt").write_text("in kyiv.\n" * 200)
    (tmp_path / "small.txt").write_text("in kyiv.\n")
    result = run(*SELECT, "--max-record-bytes", "1000", "big.txt", "small.txt")
    assert result.stdout.splitlines()[:2] == [
        "big.txt: error: too large: 1800 bytes, more than --max-record-bytes 1000; not linted",
        'small.txt:1:4: error[proper-noun-case] "kyiv" should be written "Kyiv"',
    ]
    assert result.exit_code == 2
    stdin = run(*SELECT, "--max-record-bytes", "1000", "-", input=b"in kyiv.\n" * 200)
    assert stdin.stdout.splitlines()[0] == \
        "-: error: too large: more than --max-record-bytes 1000; not linted"
    # a --fix filter passes on, whole, the text it refused to lint
    fixed = run(*SELECT, "--fix", "--max-record-bytes", "1000", "-", input=b"in kyiv.\n" * 200)
    assert (fixed.exit_code, fixed.stdout) == (2, "in kyiv.\n" * 200)
    unlimited = run(*SELECT, "--max-record-bytes", "0", "big.txt")
    assert unlimited.exit_code == 1
    assert len([line for line in unlimited.stdout.splitlines() if "kyiv" in line]) == 200


def test_a_stream_named_on_the_command_line_is_read_only_up_to_the_limit(run, tmp_path):
    result = run(*SELECT, "--max-record-bytes", "1000", "/dev/zero")
    assert result.stdout.splitlines()[0] == \
        "/dev/zero: error: too large: more than --max-record-bytes 1000; not linted"
    assert result.exit_code == 2


@pytest.mark.parametrize("option", ["--config", "--baseline"])
def test_config_and_baseline_must_be_regular_files(run, tmp_path, option):
    (tmp_path / "a.txt").write_text("Talks ended.\n")
    result = run(option, "/dev/zero", "a.txt")
    assert (result.exit_code, result.stdout) == (2, "")
    what = "config" if option == "--config" else "baseline"
    assert result.stderr == f"textlint-news: error: /dev/zero: cannot read {what}: " \
                            "not a regular file\n"


def test_rule_packs_must_be_regular_files(run, tmp_path):
    (tmp_path / "a.txt").write_text("Talks ended.\n")
    result = run("--rules", "/dev/zero", "a.txt")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == "textlint-news: error: /dev/zero: cannot read rule pack: " \
                            "not a regular file\n"


@pytest.mark.parametrize("name, option, what, limit", [
    (".textlint-news.yaml", "--config", "config", "4 MiB"),
    ("pyproject.toml", "--config", "config", "4 MiB"),
    ("pack.yaml", "--rules", "rule pack", "4 MiB"),
    ("base.json", "--baseline", "baseline", "256 MiB"),
])
def test_settings_files_over_their_size_limit_are_refused(run, tmp_path, name, option, what,
                                                          limit):
    (tmp_path / "a.txt").write_text("Talks ended.\n")
    size = 4 << 20 if what != "baseline" else 256 << 20
    with open(tmp_path / name, "wb") as f:
        f.truncate(size + 1)  # sparse: nothing is written, the size is what counts
    result = run(option, name, "a.txt")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == f"textlint-news: error: {name}: cannot read {what}: " \
                            f"too large: {size + 1} bytes, more than {limit}\n"


def test_deeply_nested_pyproject_is_a_config_error(run, tmp_path):
    (tmp_path / "a.txt").write_text("Talks ended.\n")
    (tmp_path / "pyproject.toml").write_text("[tool.textlint-news]\nselect = "
                                             + "[" * 100_000 + "]" * 100_000 + "\n")
    result = run("a.txt")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == f"textlint-news: error: {tmp_path.resolve() / 'pyproject.toml'}: " \
                            "cannot read config: nested too deeply\n"


@pytest.mark.parametrize("encoding, message", [
    ("rot13", "a.txt: error: 'rot13' is not a text encoding"),
    ("hex", "a.txt: error: 'hex' is not a text encoding"),
    ("undefined", "a.txt: error: cannot decode with 'undefined': undefined encoding"),
    ("idna", "a.txt: error: cannot decode with 'idna': Unsupported error handling "
             "surrogateescape"),
])
def test_encodings_that_do_not_decode_bytes_to_text_are_the_files_error(run, tmp_path,
                                                                        encoding, message):
    (tmp_path / "a.txt").write_text("Talks ended.\n")
    result = run("--encoding", encoding, "a.txt")
    assert result.stdout.splitlines()[0] == message
    assert result.exit_code == 2


def test_scalar_aliases_are_refused_in_rule_packs(run, tmp_path):
    (tmp_path / "a.txt").write_text("Talks ended.\n")
    (tmp_path / "pack.yaml").write_text(
        "rules:\n  - id: r\n    kind: pattern\n    message: &s \"" + "a" * 50_000 + "\"\n"
        "    tokens: [" + ", ".join(["*s"] * 1000) + "]\n")
    result = run("--no-default-rules", "--rules", "pack.yaml", "a.txt")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == "textlint-news: error: pack.yaml:5:14: YAML aliases (*name) are " \
                            "not allowed in rule files; use the pack's defaults to share fields\n"


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_piped_records_are_read_twice_when_a_corpus_rule_needs_it(run, tmp_path, jobs):
    # recurring-edge-line observes every record first: stdin is spooled, then read again
    records = CLEAN * 60 + GOOD + b'{"id": "n", "n": ' + b"9" * 5000 + b"}\n"
    result = run("--jsonl", "--jobs", jobs, "--select", "proper-noun-case,recurring-edge-line",
                 "--stdin-filename", "crawl.jsonl", "-", input=records)
    lines = result.stdout.splitlines()
    assert lines[0] == 'crawl.jsonl:c:1:1: warning[recurring-edge-line] "Talks ended." recurs ' \
                       "at the start or end of 60 of the 61 documents linted together: site " \
                       "furniture"
    assert lines[59:62] == [lines[0], KYIV, "crawl.jsonl: error: line 62: a number of more than "
                                            "4300 digits; record skipped"]
    assert result.exit_code == 2
