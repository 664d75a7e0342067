"""A gate that tells the truth: an empty run fails, unread inputs are counted, and the large
reports (``json``, ``sarif``) stream and respect GitHub's limits. Issue 13, items 4 and 7."""

from __future__ import annotations

import gzip
import io
import json

import jsonschema
import pytest

from textlint_news import Document, Linter
from textlint_news.reporters import REPORTERS, Summary, sarif
from textlint_news.reporters.json_report import dumps

from ..conftest import DATA
from ..helpers import cli, rules_from_yaml
from ..reporters.test_reporters import PACK as HOUSE_PACK

# the pack of the reporter tests, and a fix latin-1 cannot encode
PACK = HOUSE_PACK + """\
  - id: curly-apostrophe
    kind: pattern
    severity: warning
    message: 'straight apostrophe'
    pattern: "(?<=n)'(?=t)"
    fix: {replacement: '’', safe: true}
"""
# a note, then a warning, then an error: input order is not severity order
TEXT = "Talks ended .\n\nThe the talks.\n\nPrices rose &amp; fell.\n"
SCHEMA = json.loads((DATA / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
EMPTY = "textlint-news: error: nothing was checked; pass --allow-empty if an empty run is fine\n"


@pytest.fixture
def run(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "house.yaml").write_text(PACK, encoding="utf-8")
    (tmp_path / "article.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "empty").mkdir()
    return cli("--no-default-rules", "--rules", "house.yaml", "--jobs", "1")


def sarif_of(text):
    log = json.loads(text)
    jsonschema.Draft4Validator(SCHEMA).validate(log)
    return log


# -- item 4: nothing checked is not a pass ---------------------------------------------------

def test_an_empty_folder_fails_and_says_nothing_was_checked(run):
    result = run("--format", "concise", "empty")
    assert (result.exit_code, result.stdout, result.stderr) == (2, "Nothing was checked.\n", EMPTY)


def test_exit_zero_does_not_turn_an_empty_run_green(run):
    result = run("--format", "concise", "--exit-zero", "empty")
    assert (result.exit_code, result.stdout, result.stderr) == (2, "Nothing was checked.\n", EMPTY)


def test_allow_empty_accepts_an_empty_run(run):
    result = run("--format", "concise", "--allow-empty", "empty")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "Nothing was checked.\n", "")


def test_a_folder_of_jsonl_without_jsonl_fails_and_names_the_flag(run, tmp_path):
    (tmp_path / "crawl").mkdir()
    (tmp_path / "crawl" / "a.jsonl").write_text('{"id": 1, "text": "ok"}\n', encoding="utf-8")
    (tmp_path / "crawl" / "b.jsonl.gz").write_bytes(gzip.compress(b'{"id": 2, "text": "ok"}\n'))
    result = run("--format", "concise", "crawl")
    assert (result.exit_code, result.stdout) == (2, "Nothing was checked.\n")
    assert result.stderr == ("textlint-news: error: nothing was checked (2 JSONL files skipped: "
                             "add --jsonl to lint their records); pass --allow-empty if an "
                             "empty run is fine\n")


def test_jsonl_with_every_record_skipped_is_not_a_pass(run, tmp_path):
    (tmp_path / "crawl.jsonl").write_text('{"id": 1, "text": "ok"}\n', encoding="utf-8")
    result = run("--format", "concise", "--jsonl", "--text-field", "body", "crawl.jsonl")
    assert result.exit_code == 2
    assert result.stdout.splitlines() == [
        "crawl.jsonl: error: line 1: no text field 'body'; record skipped",
        "1 input could not be read (see above).",
        "Nothing was checked.",
    ]
    assert result.stderr.splitlines()[-1] == EMPTY.rstrip("\n")


def test_unread_inputs_are_counted_instead_of_all_checks_passed(run, tmp_path):
    (tmp_path / "clean.txt").write_text("Prices rose.\n", encoding="utf-8")
    result = run("--format", "concise", "clean.txt", "gone.txt", "also-gone.txt")
    assert result.exit_code == 2
    assert result.stdout.splitlines() == [
        "gone.txt: error: no such file or folder",
        "also-gone.txt: error: no such file or folder",
        "2 inputs could not be read (see above).",
        "No findings in the 1 file checked.",
    ]


def test_files_fix_could_not_write_are_counted_as_such(run, tmp_path):
    (tmp_path / "old.txt").write_bytes("It isn't.\n".encode("latin-1"))
    result = run("--format", "concise", "--encoding", "latin-1", "--fix", "old.txt")
    assert result.exit_code == 2
    assert result.stdout.splitlines() == [
        "old.txt: error: not fixed: a fix inserts '’', which latin-1 cannot encode",
        "old.txt:1:7: warning[curly-apostrophe] straight apostrophe",
        "1 file could not be fixed (see above).",
        "Found 1 finding (1 warning) in 1 file; 1 fixable",
    ]
    assert (tmp_path / "old.txt").read_bytes() == b"It isn't.\n"


def test_sarif_of_an_empty_run_is_not_successful(run):
    result = run("--format", "sarif", "empty")
    assert result.exit_code == 2
    (invocation,) = sarif_of(result.stdout)["runs"][0]["invocations"]
    assert invocation == {"executionSuccessful": False, "toolExecutionNotifications": [
        {"level": "error", "message": {"text": "nothing was checked"}}]}


def test_error_messages_cannot_break_the_line_or_issue_commands(run):
    result = run("--config", "x\n::error::boom.yaml", "article.txt")
    assert result.exit_code == 2
    assert result.stderr == (
        "textlint-news: error: x\\n::error::boom.yaml: cannot read config: [Errno 2] No such "
        "file or directory: 'x\\n::error::boom.yaml'\n")


# -- item 7: streamed reports, GitHub's limits, JSONL lines ------------------------------------

def lint_text(text: str = TEXT, path: str = "article.txt"):
    rules = rules_from_yaml(PACK)
    return rules, Linter(rules).lint(Document.from_string(text, path))


def test_json_writes_findings_as_documents_arrive(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    rules, result = lint_text()
    out = io.StringIO()
    reporter = REPORTERS["json"](out, rules=rules)
    reporter.document(result, result.findings)
    written = out.getvalue()
    assert written.count('"rule": ') == 3  # before the end of the run
    reporter.finish(Summary())
    report = json.loads(out.getvalue())
    assert [f["rule"] for f in report["findings"]] == ["space-dot", "doubled-the", "html-amp"]
    # laid out exactly as one json.dumps(indent=2) of the whole document
    assert out.getvalue() == dumps(report, indent=2) + "\n"


def test_sarif_keeps_the_most_severe_results_under_max_results(run, tmp_path):
    result = run("--format", "sarif", "--max-results", "2", "--output-file", "out.sarif",
                 "article.txt")
    assert result.exit_code == 1
    left_out = ("1 result left out (1 note): --max-results 2 keeps the 2 most severe of 3 "
                "(GitHub code scanning refuses more than 25000 results per run)")
    assert result.stderr == f"textlint-news: warning: {left_out}\n"
    text = (tmp_path / "out.sarif").read_text(encoding="utf-8")
    log = sarif_of(text)
    assert text == dumps(log, indent=2) + "\n"
    run_ = log["runs"][0]
    assert [(r["ruleId"], r["level"], r["ruleIndex"]) for r in run_["results"]] == [
        ("doubled-the", "warning", 0), ("html-amp", "error", 1)]
    assert [r["id"] for r in run_["tool"]["driver"]["rules"]] == [
        "doubled-the", "html-amp", "space-dot"]
    assert run_["invocations"] == [{"executionSuccessful": True, "toolExecutionNotifications": [
        {"level": "warning", "message": {"text": left_out}}]}]


def test_sarif_caps_at_githubs_limit_by_default(run, monkeypatch):
    assert sarif.GITHUB_MAX_RESULTS == 25_000  # GitHub code scanning refuses larger runs
    monkeypatch.setattr(sarif, "GITHUB_MAX_RESULTS", 1)  # 25,001 findings would be slow
    result = run("--format", "sarif", "article.txt")
    assert [r["ruleId"] for r in sarif_of(result.stdout)["runs"][0]["results"]] == ["html-amp"]
    assert result.stderr == (
        "textlint-news: warning: 2 results left out (1 warning, 1 note): --max-results 1 keeps "
        "the 1 most severe of 3 (GitHub code scanning refuses more than 1 results per run)\n")


def test_max_results_zero_keeps_everything(run):
    result = run("--format", "sarif", "--max-results", "0", "article.txt")
    assert len(sarif_of(result.stdout)["runs"][0]["results"]) == 3
    assert result.stderr == ""


def test_max_results_belongs_to_sarif(run):
    result = run("--format", "json", "--max-results", "5", "article.txt")
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == (
        "Error: --max-results caps the results of --output-format sarif")


def test_jsonl_findings_point_at_the_records_line(run, tmp_path):
    (tmp_path / "crawl.jsonl").write_text(
        '{"id": "r1", "text": "Fine."}\n\n{"id": "r2", "text": "Prices rose &amp; fell."}\n',
        encoding="utf-8")
    github = run("--jsonl", "--format", "github", "crawl.jsonl")
    assert github.stdout == ("::error file=crawl.jsonl,line=3,title=textlint-news (html-amp)::"
                             'html-amp: undecoded entity "&amp;" (record r2, line 1, column 13)\n')
    (result,) = sarif_of(run("--jsonl", "--format", "sarif", "crawl.jsonl").stdout)[
        "runs"][0]["results"]
    assert result["locations"] == [{"physicalLocation": {
        "artifactLocation": {"uri": "crawl.jsonl", "uriBaseId": "%SRCROOT%"},
        "region": {"startLine": 3}}}]
    assert result["message"] == {
        "text": 'undecoded entity "&amp;" (record r2, line 1, column 13)'}
    gitlab = json.loads(run("--jsonl", "--format", "gitlab", "crawl.jsonl").stdout)
    assert [issue["location"] for issue in gitlab] == [
        {"path": "crawl.jsonl", "lines": {"begin": 3, "end": 3}}]
