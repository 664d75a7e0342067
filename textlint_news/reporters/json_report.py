"""``json``: one JSON document with every finding, error and notice, and the summary.

``json-lines`` shares the finding objects (``finding_object``); the fields are listed in the
README.
"""

from __future__ import annotations

import json
from typing import Any

from .. import __version__
from ..document import Document
from ..engine import DocumentResult, Notice
from ..findings import Finding, Severity
from ..fingerprint import fingerprint_map
from ..sources import SourceError
from .base import Reporter, Summary
from .terminal import json_safe


def dumps(value: Any, indent: int | None = None) -> str:
    return json_safe(json.dumps(value, ensure_ascii=False, indent=indent))


def finding_object(doc: Document, f: Finding, fingerprint: str) -> dict[str, Any]:
    fix = None
    if f.fix is not None:
        edits = []
        for e in f.fix.edits:
            (line, column), (end_line, end_column) = doc.position(e.start), doc.position(e.end)
            edits.append({"line": line, "column": column, "end_line": end_line,
                          "end_column": end_column, "replacement": e.replacement})
        fix = {"description": f.fix.description, "safe": f.fix.safe, "edits": edits}
    return {"rule": f.rule_id, "pack": f.pack, "severity": str(f.severity), "path": f.path,
            "record_id": f.record_id, "line": f.line, "column": f.column,
            "end_line": f.end_line, "end_column": f.end_column, "message": f.message,
            "text": doc.text[f.start:f.end], "suggestion": f.suggestion, "fix": fix,
            "fingerprint": fingerprint, "tags": list(f.tags)}


def finding_objects(result: DocumentResult, findings: list[Finding]) -> list[dict[str, Any]]:
    """Objects for ``findings`` (a subset of ``result.findings``), fingerprinted among all
    findings of the document, so occurrence numbers match the baseline's."""
    fps = fingerprint_map(result)
    return [finding_object(result.document, f, fps[id(f)]) for f in findings]


def notice_object(n: Notice) -> dict[str, Any]:
    return {"path": n.path, "record_id": n.record_id, "rule": n.rule_id, "message": n.message}


class JsonReporter(Reporter):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.findings: list[dict[str, Any]] = []
        self.errors: list[dict[str, Any]] = []
        self.notices: list[dict[str, Any]] = []

    def document(self, result: DocumentResult, findings: list[Finding]) -> None:
        self.findings.extend(finding_objects(result, findings))
        self.notices.extend(notice_object(n) for n in result.notices)

    def error(self, error: SourceError) -> None:
        self.errors.append(error_object(error))

    def finish(self, summary: Summary) -> None:
        document = {
            "tool": TOOL,
            "findings": self.findings,
            "errors": self.errors,
            "notices": self.notices,
            "summary": summary_object(summary),
        }
        self.out.write(dumps(document, indent=2) + "\n")


TOOL = {"name": "textlint-news", "version": __version__}


def error_object(error: SourceError) -> dict[str, Any]:
    return {"path": error.path, "record_id": error.record_id, "message": error.message}


def summary_object(summary: Summary) -> dict[str, Any]:
    counts = {str(s): summary.by_severity[s] for s in
              (Severity.ERROR, Severity.WARNING, Severity.INFO)}
    return {"files": summary.files, "records": summary.records,
            "files_with_findings": summary.files_with_findings,
            "records_with_findings": summary.records_with_findings,
            "findings": summary.total, "by_severity": counts,
            "fixable": summary.fixable, "unsafe_fixable": summary.unsafe_fixable,
            "fixed": summary.fixed, "baselined": summary.baselined,
            "baseline_stale": summary.baseline_stale, "unreadable": summary.errors}
