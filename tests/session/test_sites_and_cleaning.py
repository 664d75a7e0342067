"""Sites (``Document.site``, ``--statistics site``, the JSON summary's ``sites``), days
(``--date-field``, the summary's ``days``) and cleaned output (``--fix --fixed-output`` on JSONL, ``fix_text``)."""

from __future__ import annotations

import json

import pytest

import textlint_news
from textlint_news import Config
from textlint_news.document.sites import path_site, url_host

from ..helpers import cli

NEEDS_FIX = ('{"id": "a1", "url": "https://www.alpha.example/1", "text": "Talks in kyiv ended '
             '&amp; resumed on Monday.\\n\\nRead more: the full story"}\n')
# odd spacing, an escape and a float written as "1.50": a copy must keep them byte for byte
CLEAN = '{"id":"a2",  "url":"https://alpha.example/2","text":"Caf\\u00e9 owners met.", "n": 1.50}\n'
UNSAFE_ONLY = '{"id": "b1", "site": "Beta News", "text": "The council met on the the same day."}\n'
CRAWL = NEEDS_FIX + CLEAN + UNSAFE_ONLY


@pytest.fixture
def run(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return cli("--jobs", "1")


@pytest.fixture
def crawl(tmp_path):
    (tmp_path / "day.jsonl").write_text(CRAWL, encoding="utf-8")
    return tmp_path / "day.jsonl"


# -- sites ------------------------------------------------------------------------------------

def test_site_of_a_url_is_its_host_without_www():
    assert url_host("https://www.News.Example.org:8080/a?b=1") == "news.example.org"
    assert url_host("example.org/a") is None  # no scheme: no host to trust
    assert url_host("http://[::1") is None  # malformed: no site, not a crash
    assert url_host(None) is None


def test_site_of_a_file_is_the_first_folder_under_the_folder_given(tmp_path):
    crawl = tmp_path / "crawl"
    assert path_site(str(crawl / "alpha" / "2026" / "a.txt"), str(crawl)) == "alpha"
    assert path_site(str(crawl / "a.txt"), str(crawl)) == "crawl"  # no folder under: its own
    assert path_site(str(crawl / "beta" / "b.txt")) == "beta"  # a file named on its own
    assert path_site("-") is None  # stdin without --stdin-filename


def test_statistics_site_counts_documents_and_findings_per_folder(run, tmp_path):
    for name, text in (("alpha/2026/a.txt", "Officials in kyiv met &amp; talked.\n"),
                       ("alpha/b.txt", "Fine text here.\n"), ("beta/c.txt", "Also fine.\n"),
                       ("d.txt", "Talks ended on the the day.\n")):
        (tmp_path / "crawl" / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "crawl" / name).write_text(text, encoding="utf-8")
    result = run("--statistics", "site", "crawl")
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        "documents  with findings  findings  error  warning  info  site",
        "        2              1         2      2        0     0  alpha",
        "        1              1         1      0        1     0  crawl",
        "        1              0         0      0        0     0  beta",
        "Found 3 findings (2 errors, 1 warning) in 2 files; 2 fixable (1 more with "
        "--unsafe-fixes)",
    ]
    # --statistics alone stays per rule, and a path right after it is still a path
    assert run("--statistics", "crawl").output.splitlines()[0] == \
        "count  rule              severity  fixable"


def test_record_sites_come_from_a_site_field_the_url_host_or_the_folder(run, tmp_path):
    (tmp_path / "day").mkdir()
    (tmp_path / "day" / "r.jsonl").write_text(
        CRAWL + '{"id": "c1", "meta": {"link": "https://gamma.example/x"}, "text": "Fine."}\n',
        encoding="utf-8")
    result = run("--statistics=site", "--jsonl", "day")
    assert result.output.splitlines()[:5] == [
        "documents  with findings  findings  error  warning  info  site",
        "        2              1         3      2        1     0  alpha.example",
        "        1              1         1      0        1     0  Beta News",
        "        1              0         0      0        0     0  day",  # no URL: its folder
        "Found 4 findings (2 errors, 2 warnings) in 2 records of 1 file.",
    ]
    nested = run("--statistics", "site", "--url-field", "meta.link", "--jsonl", "day")
    assert nested.output.splitlines()[1:5] == [
        "        2              1         3      2        1     0  day",
        "        1              1         1      0        1     0  Beta News",
        "        1              0         0      0        0     0  gamma.example",
        "Found 4 findings (2 errors, 2 warnings) in 2 records of 1 file.",
    ]


def test_json_summary_and_statistics_count_per_site(run, crawl):
    sites = [{"site": "alpha.example", "documents": 2, "documents_with_findings": 1,
              "findings": 3, "by_severity": {"error": 2, "warning": 1, "info": 0}},
             {"site": "Beta News", "documents": 1, "documents_with_findings": 1, "findings": 1,
              "by_severity": {"error": 0, "warning": 1, "info": 0}}]
    report = json.loads(run("--format", "json", "day.jsonl").output)
    assert report["summary"]["sites"] == sites
    statistics = json.loads(run("--statistics", "site", "--format", "json", "day.jsonl").output)
    assert statistics["statistics"] == sites
    lines = run("--statistics", "site", "--format", "json-lines", "day.jsonl").output
    assert [json.loads(line) for line in lines.splitlines()] == sites


def test_url_field_is_for_records(run, tmp_path):
    (tmp_path / "a.txt").write_text("Fine.\n", encoding="utf-8")
    result = run("--url-field", "link", "a.txt")
    assert result.exit_code == 2
    assert "--url-field names a field of JSONL records: add --jsonl" in result.output


# -- days -------------------------------------------------------------------------------------

def dated(line: str, date: str | None, field: str = "date") -> str:
    """The record ``line`` with ``date`` in ``field`` (a dotted name nests it)."""
    record = json.loads(line)
    if date is not None:
        *parents, name = field.split(".")
        holder = record
        for part in parents:
            holder = holder.setdefault(part, {})
        holder[name] = date
    return json.dumps(record) + "\n"


# ISO 8601 counts the day as written (not moved to UTC); an RSS pubDate (RFC 2822) is read too
DATES = ["2024-05-01T23:30:00-04:00", "Wed, 01 May 2024 08:00:00 GMT", "2024-05-02", None]
DAYS = [{"day": "2024-05-01", "documents": 2, "documents_with_findings": 1, "findings": 3,
         "by_severity": {"error": 2, "warning": 1, "info": 0}},
        {"day": "2024-05-02", "documents": 1, "documents_with_findings": 1, "findings": 1,
         "by_severity": {"error": 0, "warning": 1, "info": 0}}]


@pytest.mark.parametrize("field, args", [("date", ()),
                                         ("meta.published", ("--date-field", "meta.published"))])
def test_json_summary_and_html_report_count_per_day(run, tmp_path, field, args):
    # NEEDS_FIX: 3 findings, CLEAN: none, UNSAFE_ONLY: 1; the last record has no date
    lines = [dated(line, date, field) for line, date in
             zip((NEEDS_FIX, CLEAN, UNSAFE_ONLY, CLEAN), DATES)]
    (tmp_path / "day.jsonl").write_text("".join(lines), encoding="utf-8")
    report = json.loads(run("--format", "json", *args, "day.jsonl").output)
    assert report["summary"]["days"] == DAYS
    pytest.importorskip("plotly")
    run("--format", "html", "--output-file", "report.html", *args, "day.jsonl")
    from ..reporters.test_html_report import report_data
    assert report_data((tmp_path / "report.html").read_text(encoding="utf-8"))["days"] == [
        {k: d[k] for k in ("day", "documents", "findings")} for d in DAYS]


def test_a_date_field_the_records_lack_counts_no_day(run, tmp_path):
    (tmp_path / "day.jsonl").write_text(dated(NEEDS_FIX, "2024-05-01"), encoding="utf-8")
    report = json.loads(run("--format", "json", "--date-field", "published", "day.jsonl").output)
    assert report["summary"]["days"] == []


def test_date_field_is_for_records(run, tmp_path):
    (tmp_path / "a.txt").write_text("Fine.\n", encoding="utf-8")
    result = run("--date-field", "published", "a.txt")
    assert result.exit_code == 2
    assert "--date-field names a field of JSONL records: add --jsonl" in result.output


# -- cleaned output ---------------------------------------------------------------------------

def test_fixed_output_fixes_records_and_copies_the_rest_byte_for_byte(run, crawl, tmp_path):
    result = run("--fix", "--fixed-output", "clean.jsonl", "--format", "concise", "day.jsonl")
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        'day.jsonl:a1:3:1: warning[read-more-prompt] "Read more: the full story" is a '
        'navigation prompt, not article text',
        'day.jsonl:b1:1:20: warning[repeated-word] "the" is repeated',
        "Fixed 2 findings in 1 record.",
        "Found 2 findings (2 warnings) in 2 records of 1 file.",
    ]
    fixed = ('{"id": "a1", "url": "https://www.alpha.example/1", "text": "Talks in Kyiv ended '
             '& resumed on Monday.\\n\\nRead more: the full story"}\n')
    assert (tmp_path / "clean.jsonl").read_bytes() == (fixed + CLEAN + UNSAFE_ONLY).encode()
    assert crawl.read_text(encoding="utf-8") == CRAWL


def test_unsafe_fixes_remove_boilerplate_lines_and_repeats(run, crawl, tmp_path):
    result = run("--fix", "--unsafe-fixes", "--fixed-output", "clean.jsonl", "--show-fixes",
                 "day.jsonl")
    assert result.exit_code == 0
    assert result.output.splitlines()[:2] == ["Fixed 4 findings in 2 records.",
                                              "All checks passed (3 records in 1 file checked)."]
    assert (tmp_path / "clean.jsonl").read_bytes() == (
        '{"id": "a1", "url": "https://www.alpha.example/1", "text": "Talks in Kyiv ended & '
        'resumed on Monday."}\n' + CLEAN
        + '{"id": "b1", "site": "Beta News", "text": "The council met on the same day."}\n'
    ).encode()
    assert crawl.read_text(encoding="utf-8") == CRAWL


def test_fixed_records_keep_nested_fields_ignored_rules_and_escaped_surrogates(run, tmp_path):
    # every pass of the fix keeps the record's --ignore-field: kyiv stays as it is
    (tmp_path / "in.jsonl").write_text(
        '{"body": {"text": "In kyiv &amp;amp; \\udc80 x.", "n": 1}, "skip": "casing"}\n',
        encoding="utf-8")
    result = run("--fix", "--fixed-output", "out.jsonl", "--text-field", "body.text",
                 "--ignore-field", "skip", "--exit-zero", "in.jsonl")
    assert "Fixed 2 findings in 1 record." in result.output
    # a lone surrogate cannot be UTF-8: the record is written with ASCII escapes instead
    assert (tmp_path / "out.jsonl").read_bytes() == \
        b'{"body": {"text": "In kyiv & \\udc80 x.", "n": 1}, "skip": "casing"}\n'


def test_fixed_output_from_stdin_reports_on_stdout(run, tmp_path):
    result = run("--fix", "--fixed-output", "clean.jsonl", "--stdin-filename", "day.jsonl",
                 "--format", "concise", "-", input=CLEAN + NEEDS_FIX)
    assert result.stdout.splitlines()[-1] == "Found 1 finding (1 warning) in 1 record of 1 file."
    assert (tmp_path / "clean.jsonl").read_text(encoding="utf-8").startswith(CLEAN + '{"id": "a1"')


@pytest.mark.parametrize("args, message", [
    (("--fix", "day.jsonl"), "--fix does not rewrite JSONL input: add --fixed-output FILE to "
                             "write the fixed records to a new file"),
    (("--fixed-output", "o.jsonl", "day.jsonl"), "--fixed-output writes what --fix fixes: add "
                                                 "--fix"),
    (("--diff", "day.jsonl"), "--diff shows changes to text files; to see what --fix does to "
                              "JSONL records, write them with --fix --fixed-output FILE"),
    (("--fix", "--fixed-output", "o.jsonl", "a.txt"), "--fixed-output writes fixed records "
                                                      "(JSONL, Parquet, Arrow, WET); text files "
                                                      "are fixed in place with --fix"),
    (("--fix", "--fixed-output", "day.jsonl", "day.jsonl"), "day.jsonl is both an input and an "
                                                            "output"),
])
def test_fixed_output_is_refused_where_it_would_lose_or_misplace_text(run, crawl, tmp_path,
                                                                      args, message):
    (tmp_path / "a.txt").write_text("Fine.\n", encoding="utf-8")
    result = run(*args)
    assert result.exit_code == 2
    assert message in " ".join(result.output.split())
    assert crawl.read_text(encoding="utf-8") == CRAWL
    assert not (tmp_path / "o.jsonl").exists()


def test_fix_text_returns_the_fixed_text_and_what_remains():
    text, remaining = textlint_news.fix_text("Officials in kyiv said the the talks &amp; "
                                             "more failed.\r\n")
    assert text == "Officials in Kyiv said the the talks & more failed.\r\n"  # CRLF kept
    assert [(f.rule_id, f.line, f.column, f.message) for f in remaining] == [
        ("repeated-word", 1, 24, '"the" is repeated')]
    assert textlint_news.fix_text("Officials in kyiv said the the talks.\n", unsafe=True) == \
        ("Officials in Kyiv said the talks.\n", [])
    # a config chooses the rules, as for lint_text
    assert textlint_news.fix_text("In kyiv &amp; here.\n", Config(select=["casing"]))[0] == \
        "In Kyiv &amp; here.\n"
