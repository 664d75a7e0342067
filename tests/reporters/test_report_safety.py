"""Reports that scraped text cannot subvert: GitHub Actions workflow commands in the human
readable reports and ``--diff``, embedded links in SARIF messages; and summaries that say what
was checked (files or records) and what can be fixed.

The runner executes ``##[name]data`` anywhere in a log line and ``::name::data`` at the start of
one (actions/runner, ``ActionCommand.TryParse``/``TryParseV2``); a lone CR ends a line for it.
"""

from __future__ import annotations

import io
import json
import re
import textwrap

import jsonschema
import pytest

from textlint_news.reporters import REPORTERS, Summary
from textlint_news.sources import SourceError

from ..conftest import DATA
from ..helpers import cli

PACK = """\
pack: house
rules:
  - id: html-amp
    kind: pattern
    severity: error
    message: 'undecoded entity "{match}"'
    pattern: '&amp;'
    fix: {replacement: '&', safe: true}
  - id: command
    kind: pattern
    severity: warning
    message: 'command-like "{match}"'
    pattern: '\\S*(?:\\#\\#\\[|::)\\S*'
  - id: link
    kind: pattern
    severity: warning
    message: 'link residue "{match}"'
    pattern: '\\[[^\\]\\n]*\\]\\([^)\\n]*\\)'
    fix: {replacement: '', safe: false}
"""
TEXT = "Officials said ##[error]Fake alarm.\n::warning::Forged too\n"
SCHEMA = json.loads((DATA / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))


@pytest.fixture
def run(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "house.yaml").write_text(PACK, encoding="utf-8")
    return cli("--no-default-rules", "--rules", "house.yaml")


def runner_commands(output: str) -> list[str]:
    """The lines of ``output`` that GitHub's runner would take for workflow commands."""
    lines = re.split(r"\r\n|\r|\n", output)
    return [line for line in lines if "##[" in line or line.lstrip().startswith("::")]


# -- workflow commands in human-readable reports ----------------------------------------------

def test_concise_neutralises_commands_in_paths_and_messages(run, tmp_path):
    (tmp_path / "##[error]a.txt").write_text(TEXT, encoding="utf-8")
    result = run("--format", "concise", "##[error]a.txt")
    assert result.stdout.splitlines()[:2] == [
        '##\\[error]a.txt:1:16: warning[command] command-like "##\\[error]Fake"',
        '##\\[error]a.txt:2:1: warning[command] command-like "::warning::Forged"',
    ]
    assert runner_commands(result.stdout) == []


def test_full_neutralises_commands_and_keeps_the_caret_under_the_span(run, tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    result = run("--select", "command", "a.txt")
    assert result.stdout == textwrap.dedent('''\
        a.txt:1:16: warning[command] command-like "##\\[error]Fake"
           | Officials said ##\\[error]Fake alarm.
           |                ^^^^^^^^^^^^^^

        a.txt:2:1: warning[command] command-like "::warning::Forged"
           | ::warning::Forged too
           | ^^^^^^^^^^^^^^^^^

        Found 2 findings (2 warnings) in 1 file; 0 fixable
        ''')


def test_a_command_split_between_context_and_span_is_still_neutralised(run, tmp_path):
    (tmp_path / "a.txt").write_text("See ##[a](b) now\n", encoding="utf-8")
    result = run("--select", "link", "a.txt")
    assert result.stdout.splitlines()[1:3] == [
        "   | See ##\\[a](b) now",
        "   |       ^^^^^^^",
    ]


def test_stdin_filename_cannot_start_a_line_with_a_command(run):
    result = run("--format", "concise", "--stdin-filename", "::error::x.txt", "-",
                 input="Prices rose &amp; fell.\n")
    assert result.stdout.splitlines()[0] == (
        ':\\:error::x.txt:1:13: error[html-amp] undecoded entity "&amp;"')
    full = run("--stdin-filename", "::error::x.txt", "-", input="Prices rose &amp; fell.\n")
    assert full.stdout.splitlines()[0] == (
        ':\\:error::x.txt:1:13: error[html-amp] undecoded entity "&amp;"')


def test_error_lines_on_stdout_and_stderr_are_neutralised(run):
    result = run("--format", "concise", "##[error]gone.txt")
    assert result.exit_code == 2
    assert result.stdout.splitlines()[0] == "##\\[error]gone.txt: error: no such file or folder"
    assert result.stderr.splitlines() == [
        "textlint-news: ##\\[error]gone.txt: no such file or folder",
        "textlint-news: error: nothing was checked; pass --allow-empty if an empty run is fine"]
    stats = run("--statistics", "##[error]gone.txt")
    assert stats.stdout.splitlines()[0] == "##\\[error]gone.txt: error: no such file or folder"


def test_diff_neutralises_commands_in_lines_and_file_names(run, tmp_path):
    (tmp_path / "##[group]a.txt").write_bytes(
        b"::warning::kept\nPrices ##[error] rose &amp; fell.\nold\r::error::cr\n")
    result = run("--diff", "##[group]a.txt")
    assert result.stdout == (
        "--- ##\\[group]a.txt\n"
        "+++ ##\\[group]a.txt\n"
        "@@ -1,3 +1,3 @@\n"
        " :\\:warning::kept\n"
        "-Prices ##\\[error] rose &amp; fell.\n"
        "+Prices ##\\[error] rose & fell.\n"
        " old\r:\\:error::cr\n")
    assert runner_commands(result.stdout) == []


def test_github_format_is_left_as_github_parses_it(run, tmp_path):
    (tmp_path / "a.txt").write_text("Prices ##[x] rose &amp; fell.\n", encoding="utf-8")
    result = run("--format", "github", "--select", "html-amp", "a.txt")
    assert result.stdout == ("::error file=a.txt,line=1,col=19,endLine=1,endColumn=24,"
                             "title=textlint-news (html-amp)::html-amp: undecoded entity \"&amp;\"\n")


def taken_out(shown: str) -> str:
    """The text before ``neutralise``: one backslash less after each command prefix."""
    return re.sub(r"(##)\\(?=\\*\[)|((?:^|(?<=[\r\n]))[^\S\r\n]*:)\\(?=\\*:)",
                  lambda m: m.group(1) or m.group(2), shown)


@pytest.mark.parametrize("text, shown", [
    ("##[error]x", "##\\[error]x"),
    ("a ###[x] b ##[y]", "a ###\\[x] b ##\\[y]"),
    ("::error::x", ":\\:error::x"),
    ("  ::error::x", "  :\\:error::x"),
    ("a ::error::x", "a ::error::x"),          # not at the start of a line: nothing to run
    ("a\r::error::x", "a\r:\\:error::x"),      # a lone CR starts a line for the runner
    ("##\\[x] and :\\:y", "##\\\\[x] and :\\:y"),  # an escape already there gets one more
    (":\\:y", ":\\\\:y"),
])
def test_neutralise_adds_one_backslash_that_can_be_taken_out(text, shown):
    from textlint_news.reporters.terminal import neutralise
    assert neutralise(text) == shown
    assert taken_out(shown) == text


# -- embedded links in SARIF messages ---------------------------------------------------------

def sarif_of(result):
    log = json.loads(result.stdout)
    jsonschema.Draft4Validator(SCHEMA).validate(log)
    return log


def test_sarif_messages_quoting_a_link_are_not_links(run, tmp_path):
    (tmp_path / "a.txt").write_text("Read [our terms](https://evil.example) today.\n",
                                    encoding="utf-8")
    (tmp_path / "c.jsonl").write_text('{"id": "[r](https://x.example)", "text": "x [a](b)"}\n',
                                      encoding="utf-8")
    log = sarif_of(run("--format", "sarif", "--select", "link", "a.txt"))
    result = log["runs"][0]["results"][0]
    # a rule without a description is described by its first message
    assert log["runs"][0]["tool"]["driver"]["rules"][0]["fullDescription"]["text"] == (
        'link residue "\\[our terms\\]\\(https://evil.example)"')
    assert result["message"]["text"] == 'link residue "\\[our terms\\]\\(https://evil.example)"'
    assert result["fixes"][0]["description"]["text"] == (
        'remove "\\[our terms\\]\\(https://evil.example)"')
    # the snippet is the artifact's text, not a message: as it is
    assert result["locations"][0]["physicalLocation"]["region"]["snippet"]["text"] == (
        "[our terms](https://evil.example)")
    record = sarif_of(run("--jsonl", "--format", "sarif", "--select", "link", "c.jsonl"))
    assert record["runs"][0]["results"][0]["message"]["text"] == (
        'link residue "\\[a\\]\\(b)" (record \\[r\\]\\(https://x.example), line 1, column 3)')


def test_sarif_help_markdown_of_a_rule_without_description_escapes_the_quoted_text(run, tmp_path):
    (tmp_path / "a.txt").write_text("Read [our *terms*](https://evil.example) <b>now</b>.\n",
                                    encoding="utf-8")
    log = sarif_of(run("--format", "sarif", "--select", "link", "a.txt"))
    markdown = log["runs"][0]["tool"]["driver"]["rules"][0]["help"]["markdown"]
    assert markdown.split("\n\n")[0] == (
        'link residue \\"\\[our \\*terms\\*\\]\\(https\\:\\/\\/evil\\.example\\)\\"')


def test_sarif_notifications_escape_links_in_messages(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    out = io.StringIO()
    reporter = REPORTERS["sarif"](out)
    reporter.error(SourceError("a.txt", "cannot read: [x](https://y.example)"))
    reporter.finish(Summary(errors=1))
    log = json.loads(out.getvalue())
    jsonschema.Draft4Validator(SCHEMA).validate(log)
    assert log["runs"][0]["invocations"][0]["toolExecutionNotifications"][0]["message"] == {
        "text": "cannot read: \\[x\\]\\(https://y.example)"}


def unescaped(text: str) -> str:
    return re.sub(r"\\([\\\[\]()])", r"\1", text)


@pytest.mark.parametrize("text, shown", [
    ("[a](b)", "\\[a\\]\\(b)"),
    ("a (b) [c] d", "a (b) \\[c\\] d"),
    ("C:\\Users\\x", "C:\\Users\\x"),          # a backslash before a letter stays single
    ("\\[a]\\(b)", "\\\\\\[a\\]\\\\(b)"),
    ("a\\\\b", "a\\\\\\b"),
])
def test_sarif_plain_text_escapes_are_reversible(text, shown):
    from textlint_news.reporters.sarif import plain_text
    assert plain_text(text) == shown
    assert unescaped(shown) == text
    assert not re.search(r"\[[^\]]*\]\(", shown)  # what viewers take for a link


# -- summaries that say what was checked -------------------------------------------------------

CRAWL = ('{"id": "r1", "text": "Prices rose &amp; fell."}\n'
         '{"id": "r2", "text": "Clean text."}\n'
         '{"id": "r3", "text": "See [terms](https://x.example) &amp; more."}\n')


@pytest.fixture
def crawl(tmp_path):
    (tmp_path / "crawl.jsonl").write_text(CRAWL, encoding="utf-8")
    (tmp_path / "clean.jsonl").write_text('{"id": 1, "text": "Fine."}\n' * 3, encoding="utf-8")
    return tmp_path


def test_records_are_counted_as_records_of_files(run, crawl):
    clean = run("--jsonl", "clean.jsonl")
    assert clean.stdout == "All checks passed (3 records in 1 file checked).\n"
    # records are fixed only into --fixed-output: nothing is offered as fixable here
    found = run("--jsonl", "--format", "concise", "crawl.jsonl", "clean.jsonl")
    assert found.stdout.splitlines()[-1] == (
        "Found 3 findings (2 errors, 1 warning) in 2 records of 1 file.")


def test_json_summary_counts_files_and_records(run, crawl):
    summary = json.loads(run("--jsonl", "--format", "json", "crawl.jsonl", "clean.jsonl").stdout)[
        "summary"]
    assert summary == {"files": 2, "records": 6, "files_with_findings": 1,
                       "records_with_findings": 2, "findings": 3,
                       "by_severity": {"error": 2, "warning": 1, "info": 0},
                       "fixable": 0, "unsafe_fixable": 0, "fixed": 0, "baselined": 0,
                       "baseline_stale": 0, "skipped_by_language": {}, "unreadable": 0,
                       # records without a URL: the site is the folder of their file
                       "sites": [{"site": crawl.name, "documents": 6,
                                  "documents_with_findings": 2, "findings": 3,
                                  "by_severity": {"error": 2, "warning": 1, "info": 0}}],
                       "days": []}  # records without a date field


def test_files_and_records_together(tmp_path, monkeypatch):
    from textlint_news import Document, Linter
    from textlint_news.reporters.base import summary_line

    from ..helpers import rules_from_yaml
    linter = Linter(rules_from_yaml(PACK))
    summary = Summary()
    for doc in (Document.from_string("a &amp; b\n", "a.txt"),
                Document.from_string("clean\n", "b.txt"),
                Document.from_string("c &amp; d\n", "c.jsonl", record_id="r1"),
                Document.from_string("clean\n", "c.jsonl", record_id="r2"),
                Document.from_string("clean\n", "d.jsonl", record_id="r1")):
        result = linter.lint(doc)
        summary.add(result, result.findings)
    assert summary_line(summary) == ("Found 2 findings (2 errors) in 1 file and 1 record of "
                                     "1 file; 1 fixable")
    assert summary_line(Summary(documents=2, records=2, record_files={"c.jsonl"})) == (
        "All checks passed (2 records in 1 file checked).")


def test_statistics_of_records_offer_no_fixes(run, crawl):
    result = run("--jsonl", "--statistics", "crawl.jsonl")
    assert result.stdout.splitlines() == [
        "count  rule      severity  fixable",
        "    2  html-amp  error     -",
        "    1  link      warning   -",
        "Found 3 findings (2 errors, 1 warning) in 2 records of 1 file.",
    ]


def test_statistics_as_json(run, tmp_path):
    (tmp_path / "a.txt").write_text("A &amp; B &amp; C [x](y)\n", encoding="utf-8")
    result = run("--statistics", "--output-format", "json", "a.txt", "gone.txt")
    assert result.exit_code == 2
    document = json.loads(result.stdout)
    assert document["statistics"] == [
        {"rule": "html-amp", "severity": "error", "count": 2, "fixable": 2, "unsafe_fixable": 0},
        {"rule": "link", "severity": "warning", "count": 1, "fixable": 0, "unsafe_fixable": 1},
    ]
    assert document["errors"] == [
        {"path": "gone.txt", "record_id": None, "message": "no such file or folder"}]
    assert document["summary"]["findings"] == 3 and document["summary"]["files"] == 1
    lines = run("--statistics", "--output-format", "json-lines", "a.txt").stdout.splitlines()
    assert [json.loads(line) for line in lines] == document["statistics"]


def test_statistics_show_the_notices_their_summary_points_to(tmp_path, monkeypatch):
    from textlint_news import Document, Linter
    from textlint_news.engine import Notice
    from textlint_news.reporters import StatisticsReporter

    from ..helpers import rules_from_yaml
    result = Linter(rules_from_yaml(PACK)).lint(Document.from_string("clean\n", "a.txt"))
    result.notices.append(Notice("a.txt", "rule 'link' timed out on this document and was "
                                          "skipped", "link"))
    out = io.StringIO()
    reporter = StatisticsReporter(out)
    summary = Summary()
    summary.add(result, result.findings)
    reporter.document(result, result.findings)
    reporter.finish(summary)
    assert out.getvalue().splitlines() == [
        "a.txt: notice: rule 'link' timed out on this document and was skipped",
        "1 notice: some checks did not run (see above).",
        "All checks passed (1 file checked).",
    ]


def test_json_errors_name_the_column_once(run, tmp_path):
    (tmp_path / "bad.jsonl").write_bytes(b'{"id": 1, "text": "a\tb"}\n{"id": 2, "text": "abc\n')
    result = run("--jsonl", "--format", "concise", "bad.jsonl")
    assert result.stdout.splitlines()[:2] == [
        "bad.jsonl: error: line 1: not valid JSON (Invalid control character at column 21); "
        "record skipped",
        "bad.jsonl: error: line 2: not valid JSON (Unterminated string starting at column 19); "
        "record skipped",
    ]
