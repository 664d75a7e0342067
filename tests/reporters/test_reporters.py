"""Every output format, asserted exactly on a small defective text, SARIF also against its schema.

The rules come from a small pack written here, so tuning the default packs cannot change
these outputs.
"""

from __future__ import annotations

import io
import json
import textwrap
import unicodedata
from pathlib import Path

import jsonschema
import pytest

from textlint_news import Document, Linter
from textlint_news.engine import Notice
from textlint_news.reporters import REPORTERS, Summary
from textlint_news.reporters.terminal import _ONE_CELL_EACH, use_color, width
from textlint_news.sources import SourceError

from ..conftest import DATA
from ..helpers import cli, rules_from_yaml

PACK = """\
pack: house
rules:
  - id: html-amp
    kind: pattern
    severity: error
    message: 'undecoded entity "{match}"'
    description: An HTML entity the extractor did not decode. Decode it.
    pattern: '&amp;'
    fix: {replacement: '&', safe: true}
    tags: [encoding]
  - id: doubled-the
    kind: pattern
    severity: warning
    message: '"{match}" is doubled'
    description: A word twice in a row
    pattern: '(?i)\\bthe the\\b'
    fix: {replacement: 'the', safe: false}
  - id: space-dot
    kind: pattern
    severity: info
    message: 'space before "."'
    pattern: ' \\.'
  - id: escape-sequence
    kind: pattern
    severity: error
    message: 'terminal escape "{match}"'
    pattern: '\\x1b\\[\\d+m|\\x9b'
"""
TEXT = "Officials said the the talks ended .\n\nPrices rose &amp; fell.\n"
SUMMARY = "Found 3 findings (1 error, 1 warning, 1 info) in 1 file; 1 fixable (1 more with --unsafe-fixes)"
SCHEMA = json.loads((DATA / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))


@pytest.fixture
def run(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "house.yaml").write_text(PACK, encoding="utf-8")
    (tmp_path / "article.txt").write_text(TEXT, encoding="utf-8")

    return cli("--no-default-rules", "--rules", "house.yaml")


def finding(rule, severity, line, column, end_column, message, text, fingerprint,
            suggestion=None, fix=None, tags=()):
    return {"rule": rule, "pack": "house", "severity": severity, "path": "article.txt",
            "record_id": None, "line": line, "column": column, "end_line": line,
            "end_column": end_column, "message": message, "text": text,
            "suggestion": suggestion, "fix": fix, "fingerprint": fingerprint, "tags": list(tags)}


FINDINGS = [
    finding("doubled-the", "warning", 1, 16, 23, '"the the" is doubled', "the the",
            "979d4156813d8cee463f5a73ad045d64:0", 'replace "the the" with "the"',
            {"description": 'replace "the the" with "the"', "safe": False,
             "edits": [{"line": 1, "column": 16, "end_line": 1, "end_column": 23,
                        "replacement": "the"}]}),
    finding("space-dot", "info", 1, 35, 37, 'space before "."', " .",
            "9154888d35764800cfcc7202a5ad792a:0"),
    finding("html-amp", "error", 3, 13, 18, 'undecoded entity "&amp;"', "&amp;",
            "e7b19dc1d6c5e4140c7515768fca8a0e:0", 'replace "&amp;" with "&"',
            {"description": 'replace "&amp;" with "&"', "safe": True,
             "edits": [{"line": 3, "column": 13, "end_line": 3, "end_column": 18,
                        "replacement": "&"}]}, tags=["encoding"]),
]


def test_formats_are_registered():
    assert sorted(REPORTERS) == ["concise", "full", "github", "gitlab", "html", "json",
                                "json-lines", "junit", "sarif"]


def test_full(run):
    result = run("article.txt")
    assert result.exit_code == 1
    assert result.output == textwrap.dedent('''\
        article.txt:1:16: warning[doubled-the] "the the" is doubled
           | Officials said the the talks ended .
           |                ^^^^^^^
           = suggestion: replace "the the" with "the" (unsafe fix)

        article.txt:1:35: info[space-dot] space before "."
           | Officials said the the talks ended .
           |                                   ^^

        article.txt:3:13: error[html-amp] undecoded entity "&amp;"
           | Prices rose &amp; fell.
           |             ^^^^^
           = suggestion: replace "&amp;" with "&"

        ''') + SUMMARY + "\n"


def test_concise(run):
    result = run("--format", "concise", "article.txt")
    assert result.output.splitlines() == [
        'article.txt:1:16: warning[doubled-the] "the the" is doubled',
        'article.txt:1:35: info[space-dot] space before "."',
        'article.txt:3:13: error[html-amp] undecoded entity "&amp;"',
        SUMMARY,
    ]


def test_json(run):
    result = run("--output-format", "json", "article.txt")
    assert result.exit_code == 1
    expected = {
        "tool": {"name": "textlint-news", "version": "0.1.0"},
        "findings": FINDINGS,
        "errors": [],
        "notices": [],
        "summary": {"files": 1, "records": 0, "files_with_findings": 1,
                    "records_with_findings": 0, "findings": 3,
                    "by_severity": {"error": 1, "warning": 1, "info": 1},
                    "fixable": 1, "unsafe_fixable": 1, "fixed": 0, "baselined": 0,
                    "baseline_stale": 0, "skipped_by_language": {}, "unreadable": 0,
                    # a file given by name belongs to the folder it is in
                    "sites": [{"site": Path.cwd().name, "documents": 1,
                               "documents_with_findings": 1, "findings": 3,
                               "by_severity": {"error": 1, "warning": 1, "info": 1}}],
                    "days": []},  # a text file has no date
    }
    assert result.stdout == json.dumps(expected, indent=2, ensure_ascii=False) + "\n"


def test_json_lines(run):
    result = run("--format", "json-lines", "article.txt")
    assert result.stdout == "".join(json.dumps(f, ensure_ascii=False) + "\n" for f in FINDINGS)


def test_github(run):
    result = run("--format", "github", "article.txt")
    assert result.stdout.splitlines() == [
        "::warning file=article.txt,line=1,col=16,endLine=1,endColumn=23,"
        'title=textlint-news (doubled-the)::doubled-the: "the the" is doubled',
        "::notice file=article.txt,line=1,col=35,endLine=1,endColumn=37,"
        'title=textlint-news (space-dot)::space-dot: space before "."',
        "::error file=article.txt,line=3,col=13,endLine=3,endColumn=18,"
        'title=textlint-news (html-amp)::html-amp: undecoded entity "&amp;"',
    ]


def test_github_escapes_properties_and_data(run, tmp_path):
    (tmp_path / "a,b:c%.txt").write_text("100% sure &amp; done\n", encoding="utf-8")
    result = run("--format", "github", "a,b:c%.txt")
    assert result.stdout == (
        "::error file=a%2Cb%3Ac%25.txt,line=1,col=11,endLine=1,endColumn=16,"
        "title=textlint-news (html-amp)::html-amp: undecoded entity \"&amp;\"\n")


def test_statistics(run):
    result = run("--statistics", "article.txt")
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        "count  rule         severity  fixable",
        "    1  doubled-the  warning   1 unsafe",
        "    1  html-amp     error     1",
        "    1  space-dot    info      -",
        SUMMARY,
    ]


@pytest.mark.parametrize("fmt", ["full", "concise", "github"])
def test_text_formats_never_write_control_characters(run, tmp_path, fmt):
    (tmp_path / "esc\x1b[2J.txt").write_text("Red \x1b[31malert\x9b text\n", encoding="utf-8")
    out = run("--format", fmt, "esc\x1b[2J.txt").output
    assert "\x1b" not in out and "\x9b" not in out
    assert 'terminal escape "\\x1b[31m"' in out and 'terminal escape "\\x9b"' in out
    assert "esc\\x1b[2J.txt" in out


def test_json_escapes_c1_controls(run, tmp_path):
    (tmp_path / "esc.txt").write_text("Red \x9b text\n", encoding="utf-8")
    out = run("--format", "json-lines", "esc.txt").stdout
    assert "\x9b" not in out
    assert json.loads(out)["text"] == "\x9b" and '"text": "\\u009b"' in out


class Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_colour_only_on_a_terminal_without_no_color(monkeypatch):
    monkeypatch.delenv("NO_COLOR", raising=False)
    assert use_color(Tty()) and not use_color(io.StringIO())
    monkeypatch.setenv("NO_COLOR", "1")
    assert not use_color(Tty())


# -- SARIF ----------------------------------------------------------------------------------

def sarif_rule(rule_id, name, short, text, fix_text, level, tags, markdown=None):
    uri = f"https://github.com/textlint-news/textlint-news/blob/main/docs/rules/{rule_id}.md"
    return {"id": rule_id, "name": name, "shortDescription": {"text": short},
            "fullDescription": {"text": text}, "helpUri": uri,
            "help": {"text": f"{text}\n\n{fix_text}",
                     "markdown": f"{markdown or text}\n\n{fix_text}\n\n"
                                 f"[Rule documentation]({uri})"},
            "defaultConfiguration": {"level": level},
            "properties": {"tags": tags, "pack": "house"}}


def location(line, column, end_column, snippet=None):
    region = {"startLine": line, "startColumn": column, "endLine": line, "endColumn": end_column}
    if snippet is not None:
        region["snippet"] = {"text": snippet}
    return region


ARTIFACT = {"uri": "article.txt", "uriBaseId": "%SRCROOT%"}


def sarif_result(rule_id, index, level, message, region, fingerprint, fix=None):
    result = {"ruleId": rule_id, "ruleIndex": index, "level": level, "message": {"text": message},
              "locations": [{"physicalLocation": {"artifactLocation": ARTIFACT,
                                                  "region": region}}],
              "partialFingerprints": {"textlintNews/v1": fingerprint}}
    if fix is not None:
        description, region, inserted, safe = fix
        result["fixes"] = [{"description": {"text": description},
                            "artifactChanges": [{"artifactLocation": ARTIFACT, "replacements": [
                                {"deletedRegion": region, "insertedContent": {"text": inserted}}]}],
                            "properties": {"safe": safe}}]
    return result


def sarif_of(result):
    log = json.loads(result.stdout)
    jsonschema.Draft4Validator(SCHEMA).validate(log)
    return log


def test_sarif_exact_and_valid(run, tmp_path):
    result = run("--format", "sarif", "article.txt")
    assert result.exit_code == 1
    log = sarif_of(result)
    assert log == {
        "$schema": "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/"
                   "sarif-schema-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "textlint-news", "version": "0.1.0", "semanticVersion": "0.1.0",
                "informationUri": "https://github.com/textlint-news/textlint-news",
                "rules": [
                    sarif_rule("doubled-the", "DoubledThe", "A word twice in a row", "A word twice in a row",
                               "Automatic fix: textlint-news check --fix --unsafe-fixes",
                               "warning", ["house"]),
                    sarif_rule("html-amp", "HtmlAmp", "An HTML entity the extractor did not decode.",
                               "An HTML entity the extractor did not decode. Decode it.",
                               "Automatic fix: textlint-news check --fix", "error",
                               ["house", "encoding"]),
                    sarif_rule("space-dot", "SpaceDot", 'space before "."', 'space before "."',
                               "No automatic fix: correct the text or the extraction.", "note",
                               ["house"], markdown='space before \\"\\.\\"'),
                ]}},
            "invocations": [{"executionSuccessful": True, "toolExecutionNotifications": []}],
            "originalUriBaseIds": {"%SRCROOT%": {"uri": tmp_path.resolve().as_uri() + "/"}},
            "columnKind": "unicodeCodePoints",
            "results": [
                sarif_result("doubled-the", 0, "warning", '"the the" is doubled',
                             location(1, 16, 23, "the the"), "979d4156813d8cee463f5a73ad045d64:0",
                             ('replace "the the" with "the"', location(1, 16, 23), "the", False)),
                sarif_result("space-dot", 2, "note", 'space before "."',
                             location(1, 35, 37, " ."), "9154888d35764800cfcc7202a5ad792a:0"),
                sarif_result("html-amp", 1, "error", 'undecoded entity "&amp;"',
                             location(3, 13, 18, "&amp;"), "e7b19dc1d6c5e4140c7515768fca8a0e:0",
                             ('replace "&amp;" with "&"', location(3, 13, 18), "&", True)),
            ],
        }],
    }


def test_sarif_reports_unreadable_files_and_fails_honestly(run, tmp_path):
    result = run("--format", "sarif", "--output-file", "out.sarif", "article.txt", "gone.txt")
    assert result.exit_code == 2
    log = json.loads((tmp_path / "out.sarif").read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(SCHEMA).validate(log)
    invocation = log["runs"][0]["invocations"][0]
    assert invocation == {"executionSuccessful": False, "toolExecutionNotifications": [
        {"level": "error", "message": {"text": "no such file or folder"},
         "locations": [{"physicalLocation": {"artifactLocation": {
             "uri": "gone.txt", "uriBaseId": "%SRCROOT%"}}}]}]}
    assert len(log["runs"][0]["results"]) == 3


def test_sarif_rule_timeouts_are_notifications(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    rules = rules_from_yaml(PACK)
    result = Linter(rules).lint(Document.from_string(TEXT, "article.txt"))
    result.notices.append(Notice("article.txt", "rule 'space-dot' timed out on this document "
                                                "and was skipped", "space-dot"))
    out = io.StringIO()
    reporter = REPORTERS["sarif"](out, rules=rules)
    reporter.document(result, result.findings)
    reporter.error(SourceError("../elsewhere/b.txt", "binary file (NUL byte at offset 3); not linted"))
    summary = Summary(errors=1)
    reporter.finish(summary)
    log = json.loads(out.getvalue())
    jsonschema.Draft4Validator(SCHEMA).validate(log)
    assert log["runs"][0]["invocations"][0]["toolExecutionNotifications"] == [
        {"level": "warning",
         "message": {"text": "rule 'space-dot' timed out on this document and was skipped"},
         "locations": [{"physicalLocation": {"artifactLocation": ARTIFACT}}],
         "associatedRule": {"id": "space-dot", "index": 2}},
        {"level": "error", "message": {"text": "binary file (NUL byte at offset 3); not linted"},
         "locations": [{"physicalLocation": {"artifactLocation": {
             "uri": (tmp_path.parent / "elsewhere" / "b.txt").resolve().as_uri()}}}]},
    ]


def test_sarif_fingerprints_ignore_line_moves(run, tmp_path):
    first = sarif_of(run("--format", "sarif", "article.txt"))["runs"][0]["results"]
    (tmp_path / "article.txt").write_bytes(
        ("New lead paragraph.\r\n\r\n" + TEXT.replace("\n", "\r\n")).encode("utf-8"))
    moved = sarif_of(run("--format", "sarif", "article.txt"))["runs"][0]["results"]
    assert [r["locations"][0]["physicalLocation"]["region"]["startLine"] for r in moved] == [3, 3, 5]
    assert [r["partialFingerprints"] for r in moved] == [r["partialFingerprints"] for r in first]


def test_records_of_jsonl_inputs_are_located_in_words(run, tmp_path):
    (tmp_path / "crawl.jsonl").write_text('{"id": "r1", "text": "Prices rose &amp; fell."}\n',
                                          encoding="utf-8")
    github = run("--jsonl", "--format", "github", "crawl.jsonl")
    assert github.stdout == ('::error file=crawl.jsonl,line=1,title=textlint-news (html-amp)::html-amp: '
                             'undecoded entity "&amp;" (record r1, line 1, column 13)\n')
    results = sarif_of(run("--jsonl", "--format", "sarif", "crawl.jsonl"))["runs"][0]["results"]
    assert [(r["message"]["text"], r["locations"], r["properties"], "fixes" in r)
            for r in results] == [
        ('undecoded entity "&amp;" (record r1, line 1, column 13)',
         [{"physicalLocation": {"artifactLocation": {"uri": "crawl.jsonl",
                                                     "uriBaseId": "%SRCROOT%"},
                                "region": {"startLine": 1}}}],
         {"recordId": "r1"}, False)]


def test_notices_and_errors_in_github_and_json(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    rules = rules_from_yaml(PACK)
    result = Linter(rules).lint(Document.from_string("Clean text\n", "a.txt"))
    result.notices.append(Notice("a.txt", "rule 'space-dot' timed out on this document "
                                          "and was skipped", "space-dot"))
    outputs = {}
    for fmt in ("github", "json"):
        out = io.StringIO()
        reporter = REPORTERS[fmt](out, rules=rules)
        reporter.document(result, result.findings)
        reporter.error(SourceError("b,c.txt", "cannot read: Permission denied"))
        reporter.finish(Summary(documents=1, errors=1))
        outputs[fmt] = out.getvalue()
    assert outputs["github"] == (
        "::warning file=a.txt::rule 'space-dot' timed out on this document and was skipped\n"
        "::error file=b%2Cc.txt::cannot read: Permission denied\n")
    document = json.loads(outputs["json"])
    assert (document["errors"], document["notices"]) == (
        [{"path": "b,c.txt", "record_id": None, "message": "cannot read: Permission denied"}],
        [{"path": "a.txt", "record_id": None, "rule": "space-dot",
          "message": "rule 'space-dot' timed out on this document and was skipped"}])


def test_caret_width_counts_wide_and_combining_characters():
    assert width("“Kyiv” — said") == 13
    assert width("東京") == 4           # wide: two cells each
    assert width("e\u0301t\u00e9") == 3  # a combining accent takes none


def test_the_one_cell_shortcut_admits_only_one_cell_characters():
    admitted = [chr(c) for c in range(0x2100) if _ONE_CELL_EACH.fullmatch(chr(c))]
    assert len(admitted) > 800
    assert all(not unicodedata.combining(ch) and unicodedata.east_asian_width(ch) not in "WF"
               for ch in admitted)
