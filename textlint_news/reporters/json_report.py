"""``json``: one JSON document with every finding, error and notice, and the summary.

It is written as documents stream past (``JsonArray``): memory does not grow with the findings.

``json-lines`` shares the finding objects (``finding_object``); the fields are listed in the
README.
"""

from __future__ import annotations

import json
import tempfile
from json.encoder import encode_basestring  # the C function where json has one
from typing import Any, Iterator, TextIO

from textlint_news import __version__
from textlint_news.document import Document
from textlint_news.engine import DocumentResult, Notice
from textlint_news.findings import Finding, Severity
from textlint_news.fingerprint import fingerprint_map
from textlint_news.sources import SourceError
from textlint_news.reporters.base import Reporter, Summary
from textlint_news.reporters.terminal import json_safe


def dumps(value: Any, indent: int | None = None) -> str:
    if indent is None:  # compact: json's C encoder
        return json_safe(json.dumps(value, ensure_ascii=False))
    return json_safe(laid_out(value, "", " " * indent))


def laid_out(value: Any, indent: str, step: str = "  ") -> str:
    """``json.dumps(value, ensure_ascii=False, indent=len(step))`` continued after ``indent``,
    byte for byte. json lays out indented text with its pure-Python encoder, a generator per
    level (about 40 us per finding); this writes the same text with one recursive function and
    the C string encoder. Values json would not take raise as json.dumps does."""
    out: list[str] = []
    try:
        _lay_out(value, indent, step, out)
    except _NotPlain:  # a non-string key, a cycle, an unknown type: json's own rules and errors
        text = json.dumps(value, ensure_ascii=False, indent=len(step))
        return text.replace("\n", "\n" + indent) if indent else text
    return "".join(out)


class _NotPlain(Exception):
    pass


_INFINITY = float("inf")


def _lay_out(value: Any, indent: str, step: str, out: list[str], depth: int = 0) -> None:
    is_dict = isinstance(value, dict)
    if not is_dict and (isinstance(value, str) or not isinstance(value, (list, tuple))):
        out.append(_scalar(value))
        return
    if not value:
        out.append("{}" if is_dict else "[]")
        return
    if depth > 100:  # deeper than any report: let json find the cycle
        raise _NotPlain
    inner = indent + step
    separator = ("{\n" if is_dict else "[\n") + inner
    for item in value.items() if is_dict else value:
        if is_dict:
            key, item = item
            if not isinstance(key, str):
                raise _NotPlain
            out.append(separator + encode_basestring(key) + ": ")
        else:
            out.append(separator)
        separator = ",\n" + inner
        kind = type(item)  # the leaves, most of the values, without a call
        if kind is str:
            out.append(encode_basestring(item))
        elif kind is int:
            out.append(int.__repr__(item))
        else:
            _lay_out(item, inner, step, out, depth + 1)
    out.append("\n" + indent + ("}" if is_dict else "]"))


def _scalar(value: Any) -> str:
    # the order of json.encoder's checks: a bool is an int, a str subclass is a str
    if isinstance(value, str):
        return encode_basestring(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, float):
        return ("NaN" if value != value else "Infinity" if value == _INFINITY
                else "-Infinity" if value == -_INFINITY else float.__repr__(value))
    raise _NotPlain


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


class JsonArray:
    """A JSON array written item by item, laid out as ``json.dumps(indent=2)`` lays out the
    value of a member ``depth`` levels deep: a report need not hold its items to print them."""

    def __init__(self, out: TextIO, depth: int) -> None:
        self.out = out
        self.indent = "  " * depth
        self.empty = True

    def add(self, value: Any) -> None:
        item = self.indent + "  "
        self.out.write(("[" if self.empty else ",") + "\n" + item + pretty(value, item))
        self.empty = False

    def close(self) -> None:
        self.out.write("[]" if self.empty else "\n" + self.indent + "]")


def pretty(value: Any, indent: str) -> str:
    """``value`` as ``indent=2`` JSON to be written after ``indent`` (JSON strings hold no raw
    newline, so every newline is the layout's)."""
    return json_safe(laid_out(value, indent))


class Spool:
    """JSON values kept in a temporary file until the end of the run, so that memory does not
    grow with them; read back in the order they were added."""

    def __init__(self) -> None:
        self.file = tempfile.TemporaryFile("w+", encoding="utf-8")

    def add(self, value: Any) -> None:
        self.file.write(json.dumps(value) + "\n")  # ASCII: a lone surrogate comes back intact

    def __iter__(self) -> Iterator[Any]:
        self.file.seek(0)
        for line in self.file:
            yield json.loads(line)

    def close(self) -> None:
        self.file.close()


class JsonReporter(Reporter):
    """Findings are written as they arrive; errors and notices wait in a spool for the end."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.out.write('{\n  "tool": ' + pretty(TOOL, "  ") + ',\n  "findings": ')
        self.findings = JsonArray(self.out, 1)
        self.errors = Spool()
        self.notices = Spool()

    def document(self, result: DocumentResult, findings: list[Finding]) -> None:
        for obj in finding_objects(result, findings) if findings else ():
            self.findings.add(obj)
        for n in result.notices:
            self.notices.add(notice_object(n))

    def error(self, error: SourceError) -> None:
        self.errors.add(error_object(error))

    def finish(self, summary: Summary) -> None:
        self.findings.close()
        for name, spool in (("errors", self.errors), ("notices", self.notices)):
            self.out.write(f',\n  "{name}": ')
            array = JsonArray(self.out, 1)
            for value in spool:
                array.add(value)
            array.close()
            spool.close()
        self.out.write(',\n  "summary": ' + pretty(summary_object(summary), "  ") + "\n}\n")


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
            "baseline_stale": summary.baseline_stale,
            "skipped_by_language": dict(sorted(summary.skipped_languages.items())),
            "unreadable": summary.errors, "sites": summary.site_rows(),
            "days": summary.day_rows()}
