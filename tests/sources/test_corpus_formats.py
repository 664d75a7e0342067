"""Formats corpora live in: Parquet, Hugging Face datasets saved to disk (Arrow) and Common
Crawl WET. Findings, --passed/--quarantine in the input's format, bad input, a missing extra,
and the same findings whatever the format the same texts come in (the datatrove step too).
Generated data only."""

from __future__ import annotations

import base64
import datetime
import gzip
import hashlib
import io
import json
import sys

import pytest
from hypothesis import given

from textlint_news.sources import TextFormat, format_of, input_format

from ..e2e.test_properties import TEXTS
from ..helpers import run_cli

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")
pytest.importorskip("fastwarc")
from fastwarc.warc import ArchiveIterator  # noqa: E402

SELECT = ("--select", "proper-noun-case,repeated-word")
ROWS = [{"id": "a", "text": "Officials in kyiv agreed.", "url": "https://a.example/x",
         "date": "2024-05-01"},
        {"id": "b", "text": "Fine text here.", "url": "https://b.example/y",
         "date": "2024-05-02"},
        {"id": "c", "text": "Talks in kyiv ended.\nThe the end.", "url": "https://a.example/z",
         "date": "2024-05-02"}]
FINDINGS = [  # of ROWS, as `concise` prints them after the file name and record id
    ':1:14: error[proper-noun-case] "kyiv" should be written "Kyiv"',
    ':1:10: error[proper-noun-case] "kyiv" should be written "Kyiv"',
    ':2:1: warning[repeated-word] "The" is repeated',
]


def parquet_bytes(rows: list[dict]) -> bytes:
    sink = io.BytesIO()
    pq.write_table(pa.Table.from_pylist(rows), sink, row_group_size=2)  # two row groups
    return sink.getvalue()


def arrow_stream(rows: list[dict]) -> bytes:
    sink = io.BytesIO()
    table = pa.Table.from_pylist(rows)
    with pa.ipc.new_stream(sink, table.schema) as writer:
        writer.write_table(table)
    return sink.getvalue()


def save_dataset(folder, rows: list[dict]) -> None:
    """What datasets.Dataset.save_to_disk writes: two shards, state.json naming them."""
    folder.mkdir()
    names = ["data-00000-of-00002.arrow", "data-00001-of-00002.arrow"]
    for name, part in zip(names, (rows[:2], rows[2:])):
        (folder / name).write_bytes(arrow_stream(part))
    (folder / "state.json").write_text(json.dumps(
        {"_data_files": [{"filename": n} for n in names], "_fingerprint": "0",
         "_format_type": None, "_split": "train"}), encoding="utf-8")
    (folder / "dataset_info.json").write_text("{}", encoding="utf-8")


def wet_record(kind: str, block: bytes, number: int, uri: str | None = None,
               date: str = "2024-05-01T00:00:00Z") -> bytes:
    headers = [f"WARC-Type: {kind}"] + ([f"WARC-Target-URI: {uri}"] if uri else []) + [
        f"WARC-Date: {date}", f"WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-{number:012d}>",
        "Content-Type: text/plain", f"Content-Length: {len(block)}"]
    return ("WARC/1.0\r\n" + "".join(h + "\r\n" for h in headers) + "\r\n").encode() + \
        block + b"\r\n\r\n"


def wet_records(rows: list[dict]) -> list[bytes]:
    """A warcinfo record, then one conversion record per row, as Common Crawl writes them."""
    return [wet_record("warcinfo", b"software: test\r\n", 0)] + [
        wet_record("conversion", r["text"].encode("utf-8"), n, r.get("url"))
        for n, r in enumerate(rows, 1)]


def wet_gz(rows: list[dict]) -> bytes:
    return b"".join(gzip.compress(r, mtime=0) for r in wet_records(rows))


def wet_id(n: int) -> str:
    return f"<urn:uuid:00000000-0000-0000-0000-{n:012d}>"


@pytest.fixture
def corpora(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "day.parquet").write_bytes(parquet_bytes(ROWS))
    save_dataset(tmp_path / "ds", ROWS)
    (tmp_path / "day.warc.wet.gz").write_bytes(wet_gz(ROWS))
    (tmp_path / "day.jsonl").write_text("".join(json.dumps(r) + "\n" for r in ROWS),
                                        encoding="utf-8")
    return tmp_path


def check(*args: str):
    return run_cli("check", "--format", "concise", *SELECT, *args)


@pytest.mark.parametrize("path, where", [
    ("day.parquet", ["day.parquet:a", "day.parquet:c", "day.parquet:c"]),
    ("ds", ["ds/data-00000-of-00002.arrow:a", "ds/data-00001-of-00002.arrow:c",
            "ds/data-00001-of-00002.arrow:c"]),
    ("day.warc.wet.gz", [f"day.warc.wet.gz:{wet_id(1)}", f"day.warc.wet.gz:{wet_id(3)}",
                         f"day.warc.wet.gz:{wet_id(3)}"]),
])
def test_each_format_reports_its_records_findings(corpora, path, where):
    out = check(path)
    assert out.exit_code == 1, out.output
    assert out.output.splitlines() == [w + f for w, f in zip(where, FINDINGS)] + [
        "Found 3 findings (2 errors, 1 warning) in 2 records of "
        + ("2 files." if path == "ds" else "1 file.")]


def test_records_carry_their_url_and_date(corpora):
    parquet = list(input_format("parquet").read_path(corpora / "day.parquet"))
    assert [(d.record_id, d.url, d.date) for d in parquet] == \
        [(r["id"], r["url"], r["date"]) for r in ROWS]
    wet = list(input_format("wet").read_path(corpora / "day.warc.wet.gz"))
    assert [(d.record_id, d.url, d.date) for d in wet] == \
        [(wet_id(n), r["url"], "2024-05-01T00:00:00Z") for n, r in enumerate(ROWS, 1)]


def test_parquet_columns_are_chosen_by_name_and_rows_without_id_are_numbered(corpora):
    rows = [{"body": r["text"]} for r in ROWS]
    (corpora / "body.parquet").write_bytes(parquet_bytes(rows))
    out = check("--text-field", "body", "body.parquet")
    assert [line.split(":", 2)[1] for line in out.output.splitlines()[:-1]] == ["#1", "#3", "#3"]


@pytest.mark.parametrize("name, data, message", [
    ("bad.parquet", b"PAR1 not really", "bad.parquet: error: not a Parquet file ("),
    ("nocol.parquet", None, "nocol.parquet: error: no text column 'text' (columns: id, body); "
                            "file skipped"),
    ("cut.warc.wet.gz", None, "cut.warc.wet.gz: error: record 2: cannot read: Invalid WARC "
                              "header; rest of the file skipped"),
    ("head.warc.wet", None, "head.warc.wet: error: record 1: not a complete WARC record; rest "
                            "of the file skipped"),
    ("cut.warc.wet", None, "cut.warc.wet: error: record 2: ends after 4 of its 25 bytes; rest "
                           "of the file skipped"),
    ("junk.warc.wet", b"hello\n", "junk.warc.wet: error: cannot read: Invalid WARC header; file "
                                  "skipped"),
])
def test_bad_input_is_a_one_line_error_and_exit_2(corpora, name, data, message):
    if name == "nocol.parquet":
        data = parquet_bytes([{"id": "a", "body": "x"}])
    elif name == "head.warc.wet":  # cut inside the first record's headers
        data = wet_records(ROWS)[0][:100]
    elif name == "cut.warc.wet":
        records = wet_records(ROWS)
        data = records[0] + records[1][:records[1].index(b"\r\n\r\n") + 8]
    elif name == "cut.warc.wet.gz":
        whole = wet_gz(ROWS)
        data = whole[:len(gzip.compress(wet_records(ROWS)[0], mtime=0)) + 60]
    (corpora / name).write_bytes(data)
    out = check(name)
    assert out.exit_code == 2
    assert any(line.startswith(message) for line in out.output.splitlines()), out.output


def test_a_null_text_skips_its_row_only(corpora):
    (corpora / "null.parquet").write_bytes(parquet_bytes([*ROWS, {"id": "d", "text": None}]))
    out = check("null.parquet")
    assert out.exit_code == 2
    assert out.stdout.splitlines()[3:] == [
        "null.parquet: error: row 4: null text 'text'; record skipped",
        "1 input could not be read (see above).",
        "Found 3 findings (2 errors, 1 warning) in 2 records of 1 file."]


def test_parquet_passed_and_quarantine_keep_the_schema(corpora):
    out = check("--fail-on", "error", "--passed", "ok.parquet", "--quarantine", "bad.parquet",
                "day.parquet")
    assert out.exit_code == 1
    schema = pq.read_schema(corpora / "day.parquet")
    passed = pq.read_table(corpora / "ok.parquet")
    assert passed.schema.equals(schema) and passed.to_pylist() == [ROWS[1]]
    quarantined = pq.read_table(corpora / "bad.parquet")
    assert quarantined.schema.names == [*schema.names, "textlint_news_failed"]
    assert quarantined.to_pylist() == [{**ROWS[0], "textlint_news_failed": ["proper-noun-case"]},
                                       {**ROWS[2], "textlint_news_failed": ["proper-noun-case"]}]


def test_an_empty_parquet_output_still_has_the_schema(corpora):
    out = check("--quarantine", "bad.parquet", "--fail-on", "never", "day.parquet")
    assert out.exit_code == 0
    empty = pq.read_table(corpora / "bad.parquet")
    assert empty.num_rows == 0 and empty.schema.equals(pq.read_schema(corpora / "day.parquet"))


def test_arrow_passed_and_quarantine_are_arrow_streams(corpora):
    out = check("--fail-on", "warning", "--passed", "ok.arrow", "--quarantine", "bad.arrow", "ds")
    assert out.exit_code == 1
    with pa.ipc.open_stream(pa.OSFile(str(corpora / "ok.arrow"))) as reader:
        assert reader.read_all().to_pylist() == [ROWS[1]]
    with pa.ipc.open_stream(pa.OSFile(str(corpora / "bad.arrow"))) as reader:
        assert reader.read_all().to_pylist() == [
            {**ROWS[0], "textlint_news_failed": ["proper-noun-case"]},
            {**ROWS[2], "textlint_news_failed": ["proper-noun-case", "repeated-word"]}]


def test_wet_passed_records_are_copied_as_read_and_quarantine_adds_a_header(corpora):
    out = check("--passed", "ok.warc.wet.gz", "--quarantine", "bad.warc.wet", "day.warc.wet.gz")
    assert out.exit_code == 1
    records = wet_records(ROWS)
    assert gzip.decompress((corpora / "ok.warc.wet.gz").read_bytes()) == records[2]
    marked = [r.replace(b"\r\n\r\n", b"\r\nTextlint-News-Failed: " + ids + b"\r\n\r\n", 1)
              for r, ids in ((records[1], b"proper-noun-case"),
                             (records[3], b"proper-noun-case, repeated-word"))]
    assert (corpora / "bad.warc.wet").read_bytes() == b"".join(marked)
    # what was written reads back as the same records
    again = check("bad.warc.wet")
    assert again.output.splitlines()[:3] == [f"bad.warc.wet:{wet_id(n)}{f}" for n, f in
                                             zip((1, 3, 3), FINDINGS)]


@pytest.mark.parametrize("path, module, message", [
    ("day.parquet", "pyarrow", "reading Parquet needs pyarrow: pip install "
                               "'textlint-news[parquet]'"),
    ("ds", "pyarrow", "reading Arrow needs pyarrow: pip install 'textlint-news[parquet]'"),
    ("day.warc.wet.gz", "fastwarc", "reading WARC/WET needs fastwarc: pip install "
                                    "'textlint-news[warc]'"),
])
def test_a_missing_extra_is_one_line_and_exit_2(corpora, monkeypatch, path, module, message):
    monkeypatch.setitem(sys.modules, module, None)  # import fails, find_spec says None
    out = check(path)
    assert out.exit_code == 2
    assert out.output == f"textlint-news: error: {message}\n"


def test_auto_reads_formats_by_name_and_refuses_a_mix(corpora):
    assert [format_of(p, d) for p, d in (("a.parquet", False), ("b.warc.wet.gz", False),
                                         ("c.wet.gz", False), ("d.warc.wet", False),
                                         ("e.arrow", False), (str(corpora / "ds"), True),
                                         ("f.txt", False), (str(corpora), True))] == \
        ["parquet", "wet", "wet", "wet", "arrow", "arrow", None, None]
    out = check("day.parquet", "day.warc.wet.gz")
    assert out.exit_code == 2
    assert out.output.splitlines()[-1] == (
        "Error: day.parquet holds Parquet records and other paths do not: lint them in "
        "separate runs, or choose with --input-format")


def test_parquet_from_stdin(corpora):
    data = (corpora / "day.parquet").read_bytes()
    out = run_cli("check", "--format", "concise", *SELECT,
                                    "--stdin-filename", "day.parquet", "-", input=data)
    assert out.output.splitlines()[0] == "day.parquet:a" + FINDINGS[0]


@pytest.fixture(scope="module")
def annotator():
    """The datatrove step, which builds its own linter (the default rules, as ``linter``)."""
    pytest.importorskip("datatrove", reason="needs the datatrove extra")
    from textlint_news.integrations.datatrove import TextlintAnnotator
    return TextlintAnnotator()


@given(TEXTS.filter(lambda t: t.strip() and "\0" not in t))  # a NUL byte makes a file binary
def test_text_jsonl_parquet_wet_and_datatrove_give_the_same_findings(linter, annotator, text):
    """The same text as a text file, a JSONL record, a Parquet row, a WET record and a
    document passing through the datatrove annotator step."""
    from datatrove.data import Document as DatatroveDocument
    row = [{"id": "1", "text": text}]
    (from_text,) = TextFormat().read_data(text.encode("utf-8"), "doc.txt")
    (from_jsonl,) = input_format("jsonl").read_data(json.dumps(row[0]).encode(), "doc.jsonl")
    (from_parquet,) = input_format("parquet").read_data(parquet_bytes(row), "doc.parquet")
    (from_wet,) = input_format("wet").read_data(wet_gz(row), "doc.warc.wet.gz")
    (annotated,) = annotator.run(iter([DatatroveDocument(text=text, id="1")]))
    from_datatrove = [(f["rule"], f["line"], f["column"], f["message"])
                      for f in annotated.metadata["textlint_news"]["findings"]]

    def seen(doc):
        return [(f.rule_id, f.line, f.column, f.message) for f in linter.lint(doc).findings]
    assert seen(from_text) == seen(from_jsonl) == seen(from_parquet) == seen(from_wet) == \
        from_datatrove


def test_a_dataset_dict_folder_reads_each_split(corpora):
    dd = corpora / "dd"
    dd.mkdir()
    save_dataset(dd / "train", ROWS)
    save_dataset(dd / "test", ROWS[:1])
    (dd / "dataset_dict.json").write_text('{"splits": ["train", "test"]}', encoding="utf-8")
    out = check("dd")
    assert [line.split(":", 1)[0] for line in out.output.splitlines()[:-1]] == [
        "dd/test/data-00000-of-00002.arrow", "dd/train/data-00000-of-00002.arrow",
        "dd/train/data-00001-of-00002.arrow", "dd/train/data-00001-of-00002.arrow"]


def test_parquet_columns_for_language_and_ignored_rules(corpora):
    rows = [{**ROWS[0], "lang": "de", "skip": None}, {**ROWS[2], "lang": "en",
                                                      "skip": ["proper-noun-case"]}]
    (corpora / "cols.parquet").write_bytes(parquet_bytes(rows))
    out = check("--lang-field", "lang", "--ignore-field", "skip", "cols.parquet")
    # a: German, so the English casing rule is skipped; c: its record ignores that rule
    assert out.stdout.splitlines()[0] == "cols.parquet:c" + FINDINGS[2]
    assert out.stdout.splitlines()[-1] == "Found 1 finding (1 warning) in 1 record of 1 file."


def test_a_parquet_row_over_the_size_limit_is_skipped(corpora):
    out = check("--max-record-bytes", "20", "day.parquet")
    assert out.stdout.splitlines()[:2] == [
        "day.parquet: error: row 1: too large: 25 bytes, more than --max-record-bytes 20; "
        "record skipped",
        "day.parquet: error: row 3: too large: 33 bytes, more than --max-record-bytes 20; "
        "record skipped"]


def test_rows_that_do_not_fit_the_first_schema_fail_the_output_and_write_nothing(corpora):
    (corpora / "other.parquet").write_bytes(parquet_bytes([{"id": "d", "text": "Fine.",
                                                                 "site": "x"}]))
    (corpora / "both").mkdir()
    for name in ("day.parquet", "other.parquet"):
        (corpora / name).rename(corpora / "both" / name)
    out = check("--input-format", "parquet", "--passed", "ok.parquet", "both")
    assert out.exit_code == 2
    assert any(line.startswith("textlint-news: error: cannot write ok.parquet: a record does not "
                               "fit the schema of the first file's records (")
               for line in out.output.splitlines())
    assert not (corpora / "ok.parquet").exists()


def days(*args: str) -> list[tuple[str, int, int]]:
    summary = json.loads(check("--format", "json", *args).output)["summary"]
    return [(d["day"], d["documents"], d["findings"]) for d in summary["days"]]


def test_days_come_from_a_date_column_or_the_warc_date(corpora):
    assert days("day.parquet") == days("ds") == [("2024-05-01", 1, 1), ("2024-05-02", 2, 2)]
    assert days("day.warc.wet.gz") == [("2024-05-01", 3, 3)]  # wet_record's WARC-Date
    # a timestamp column, chosen by name
    stamps = [{"id": r["id"], "text": r["text"],
               "seen": datetime.datetime(2024, 6, n, 12, tzinfo=datetime.timezone.utc)}
              for n, r in enumerate(ROWS, 1)]
    (corpora / "stamped.parquet").write_bytes(parquet_bytes(stamps))
    assert days("--date-field", "seen", "stamped.parquet") == [
        ("2024-06-01", 1, 1), ("2024-06-02", 1, 0), ("2024-06-03", 1, 2)]


def test_field_options_do_not_apply_to_wet(corpora):
    out = check("--lang-field", "lang", "day.warc.wet.gz")
    assert out.exit_code == 2
    assert out.output.splitlines()[-1] == (
        "Error: WARC/WET records have no named fields: --text-field, --id-field, --url-field, "
        "--date-field, --ignore-field and --lang-field do not apply")


FIXED_A = "Officials in Kyiv agreed."  # proper-noun-case: a safe fix
FIXED_C = "Talks in Kyiv ended.\nThe the end."  # repeated-word's fix is unsafe
UNSAFE_C = "Talks in Kyiv ended.\nThe end."


def read_arrow(path) -> pa.Table:
    with pa.ipc.open_stream(pa.OSFile(str(path))) as reader:
        return reader.read_all()


@pytest.mark.parametrize("source, output, read", [
    ("day.parquet", "fixed.parquet", pq.read_table),
    ("ds", "fixed.arrow", read_arrow),
])
@pytest.mark.parametrize("unsafe", [False, True])
def test_fixed_output_of_parquet_and_arrow_keeps_schema_and_untouched_rows(corpora, source,
                                                                           output, read, unsafe):
    before = {p: p.read_bytes() for p in corpora.rglob("*") if p.is_file()}
    out = check("--fix", *(["--unsafe-fixes"] if unsafe else []), "--fixed-output", output,
                source)
    assert out.exit_code == (0 if unsafe else 1), out.output
    fixed = read(corpora / output)
    assert fixed.schema.equals(read(corpora / "day.parquet" if output.endswith("parquet")
                                    else "ds/data-00000-of-00002.arrow").schema)
    assert fixed.to_pylist() == [{**ROWS[0], "text": FIXED_A}, ROWS[1],
                                 {**ROWS[2], "text": UNSAFE_C if unsafe else FIXED_C}]
    assert {p: p.read_bytes() for p in before} == before  # the input is never modified


def test_fixed_output_keeps_a_binary_text_column_binary(corpora):
    rows = [{"id": r["id"], "text": r["text"].encode()} for r in ROWS]
    (corpora / "bytes.parquet").write_bytes(parquet_bytes(rows))
    out = check("--fix", "--fixed-output", "fixed.parquet", "bytes.parquet")
    assert out.exit_code == 1, out.output
    assert pq.read_table(corpora / "fixed.parquet").to_pylist() == [
        {"id": "a", "text": FIXED_A.encode()}, rows[1], {"id": "c", "text": FIXED_C.encode()}]


def with_digest(record: bytes) -> bytes:
    """``record`` with the sha1 block digest Common Crawl writes (base32) among its headers."""
    head, block = record[:-4].split(b"\r\n\r\n", 1)
    digest = base64.b32encode(hashlib.sha1(block).digest())
    return head + b"\r\nWARC-Block-Digest: sha1:" + digest + b"\r\n\r\n" + block + b"\r\n\r\n"


def test_fixed_wet_records_get_their_new_length_and_digest_and_the_rest_are_copied(corpora):
    records = [with_digest(r) for r in wet_records(ROWS)]
    (corpora / "sha.warc.wet.gz").write_bytes(b"".join(gzip.compress(r) for r in records))
    before = (corpora / "sha.warc.wet.gz").read_bytes()
    out = check("--fix", "--unsafe-fixes", "--fixed-output", "fixed.warc.wet.gz",
                "sha.warc.wet.gz")
    assert out.exit_code == 0, out.output
    assert (corpora / "sha.warc.wet.gz").read_bytes() == before
    data = gzip.decompress((corpora / "fixed.warc.wet.gz").read_bytes())
    # the warcinfo record holds no text: only the conversion records are written
    assert data == b"".join((with_digest(wet_record("conversion", FIXED_A.encode(), 1,
                                                    ROWS[0]["url"])),
                             records[2],  # needs no fix: byte for byte
                             with_digest(wet_record("conversion", UNSAFE_C.encode(), 3,
                                                    ROWS[2]["url"]))))
    assert [r.verify_block_digest() for r in ArchiveIterator(io.BytesIO(data), parse_http=False)
            ] == [True, True, True]


def test_fix_and_diff_of_records_need_a_fixed_output(corpora):
    before = (corpora / "day.parquet").read_bytes()
    out = check("--fix", "day.parquet")
    assert out.exit_code == 2
    assert out.output.splitlines()[-1] == (
        "Error: --fix does not rewrite Parquet input: add --fixed-output FILE to write the "
        "fixed records to a new file")
    out = check("--diff", "day.warc.wet.gz")
    assert out.exit_code == 2
    assert " ".join(out.output.split()).endswith(
        "to see what --fix does to WARC/WET records, write them with --fix --fixed-output FILE")
    assert (corpora / "day.parquet").read_bytes() == before


def test_a_folder_of_parquet_files_linted_as_text_says_how_to_read_them(corpora):
    (corpora / "crawl").mkdir()
    (corpora / "day.parquet").rename(corpora / "crawl" / "day.parquet")
    out = check("crawl")
    assert out.exit_code == 2
    assert "1 Parquet file skipped: add --input-format parquet to lint their records" in out.output


@pytest.mark.parametrize("name", ["crawl.parquet", "crawl.warc.wet.gz"])
def test_records_are_grouped_by_the_host_of_their_url(tmp_path, monkeypatch, name):
    from ..e2e.test_corpus import _body
    monkeypatch.chdir(tmp_path)
    rows = [{"id": str(n), "url": f"https://www.{host}/a/{n}", "text": _body(n, "Most Read")}
            for host, n in (("alpha.example", 1), ("alpha.example", 2), ("beta.example", 3),
                            ("alpha.example", 4))]
    (tmp_path / name).write_bytes(parquet_bytes(rows) if name.endswith("parquet")
                                  else wet_gz(rows))
    out = run_cli("check", name, "--select", "recurring-line",
                                    "--output-format", "concise")
    reported = [line.split(": ")[0] for line in out.output.splitlines() if "[" in line]
    ids = ["1", "2", "4"] if name.endswith("parquet") else [wet_id(n) for n in (1, 2, 4)]
    assert reported == [f"{name}:{i}:5:1" for i in ids]
