"""``junit`` and ``gitlab``: reports for CI systems other than GitHub, checked without the CLI."""

from __future__ import annotations

import io
import json
import xml.etree.ElementTree as ET

from textlint_news import Document, lint_text
from textlint_news.engine import DocumentResult
from textlint_news.reporters import REPORTERS, Summary
from textlint_news.sources import SourceError


def report(fmt: str, texts: dict[str, str], errors=()) -> str:
    out = io.StringIO()
    reporter = REPORTERS[fmt](out)
    for path, text in texts.items():
        doc = Document.from_string(text, path)
        result = DocumentResult(doc, lint_text(text, path=path))
        reporter.document(result, result.findings)
    for error in errors:
        reporter.error(error)
    reporter.finish(Summary())
    return out.getvalue()


TEXTS = {"a.txt": "Talks in kyiv &amp; more.\n", "ok.txt": "Fine text here.\n"}


def test_junit_one_suite_per_document_one_failing_case_per_finding():
    xml = report("junit", {**TEXTS, "c\x1b[31m.txt": "Bad \x1b[31m byte.\n"},
                 [SourceError("gone.txt", "no such file or directory")])
    root = ET.fromstring(xml)  # well-formed, control characters and all
    suites = [(s.get("name"), s.get("tests"), s.get("failures"), s.get("errors"))
              for s in root.iter("testsuite")]
    assert suites == [("a.txt", "2", "2", "0"), ("ok.txt", "1", "0", "0"),
                      ("c\\x1b[31m.txt", "1", "1", "0"), ("gone.txt", "1", "0", "1")]
    failure = root.find("testsuite/testcase/failure")
    assert failure.get("type") == "proper-noun-case"
    assert failure.get("message") == '"kyiv" should be written "Kyiv"'
    assert failure.text == 'a.txt:1:10: error[proper-noun-case] "kyiv" should be written "Kyiv"'
    assert "\x1b" not in xml  # a file name cannot drive the terminal that shows the log


def test_gitlab_code_quality_issues():
    issues = json.loads(report("gitlab", TEXTS))
    assert [(i["check_name"], i["severity"], i["location"], i["description"]) for i in issues] == [
        ("proper-noun-case", "major", {"path": "a.txt", "lines": {"begin": 1, "end": 1}},
         'proper-noun-case: "kyiv" should be written "Kyiv"'),
        ("html-entity", "major", {"path": "a.txt", "lines": {"begin": 1, "end": 1}},
         'html-entity: HTML entity "&amp;" was not decoded'),
    ]
    # GitLab tells issues apart by fingerprint: unique, and stable when the text moves
    assert len({i["fingerprint"] for i in issues}) == 2
    moved = json.loads(report("gitlab", {"a.txt": "\n\n" + TEXTS["a.txt"]}))
    assert [i["fingerprint"] for i in moved] == [i["fingerprint"] for i in issues]


def test_gitlab_without_findings_is_an_empty_array():
    assert report("gitlab", {"ok.txt": "Fine text here.\n"}) == "[]\n"
