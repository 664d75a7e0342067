"""``gitlab``: a GitLab Code Quality report (the ``codequality`` artifact of a CI job).

A JSON array of issues: ``description``, ``check_name`` (the rule id), ``fingerprint`` (the
content fingerprint of baselines and SARIF, so an issue keeps its identity when its text moves),
``severity`` (error -> major, warning -> minor, info -> info) and ``location`` (path and line
range; for a JSONL record, its line of the file, with the record and its position in the
description).
It is written as documents stream past: memory does not grow with the findings.
"""

from __future__ import annotations

from textlint_news.engine import DocumentResult
from textlint_news.findings import Finding, Severity
from textlint_news.fingerprint import fingerprint_map
from textlint_news.reporters.base import Reporter, Summary
from textlint_news.reporters.json_report import dumps

SEVERITY = {Severity.ERROR: "major", Severity.WARNING: "minor", Severity.INFO: "info"}


class GitlabReporter(Reporter):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.separator = "[\n"

    def document(self, result: DocumentResult, findings: list[Finding]) -> None:
        if not findings:
            return
        fps = fingerprint_map(result)
        for f in findings:
            description = f"{f.rule_id}: {f.message}"
            lines = {"begin": f.line, "end": f.end_line}
            if f.record_id is not None:  # positions are inside the record's text
                description += f" (record {f.record_id}, line {f.line}, column {f.column})"
                line = result.document.source_lineno or 1  # the record's line of the file
                lines = {"begin": line, "end": line}
            issue = {"description": description, "check_name": f.rule_id,
                     "fingerprint": fps[id(f)], "severity": SEVERITY[f.severity],
                     "location": {"path": f.path, "lines": lines}}
            self.out.write(self.separator + "  " + dumps(issue))
            self.separator = ",\n"

    def finish(self, summary: Summary) -> None:
        self.out.write("[]\n" if self.separator == "[\n" else "\n]\n")
