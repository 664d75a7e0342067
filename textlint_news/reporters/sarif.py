"""``sarif``: a SARIF 2.1.0 log that GitHub code scanning accepts.

Paths are relative to ``%SRCROOT%`` (the working directory, given in ``originalUriBaseIds``);
a path outside it is given as an absolute ``file:`` URI. Columns are Unicode code points, as
everywhere in textlint-news, and ``columnKind`` says so. ``partialFingerprints`` come from
``fingerprint.py``, so an alert survives its text moving to another line.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from urllib.parse import quote

from .. import __version__
from ..document import Document
from ..engine import DocumentResult, Notice
from ..findings import Finding, Severity
from ..fingerprint import fingerprint_map
from ..kinds import Rule
from ..ruledocs import help_uri
from ..sources import SourceError
from .base import Reporter, Summary
from .json_report import dumps

SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
INFORMATION_URI = "https://github.com/textlint-news/textlint-news"
FINGERPRINT_KEY = "textlintNews/v1"
SRCROOT = "%SRCROOT%"
FIRST_SENTENCE = re.compile(r".+?[.!?](?=\s|$)")
SHORT_MAX = 120
LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
# A plain text message may hold embedded links, "[text](target)" (SARIF 2.1.0, 3.11.6), and
# viewers render them. In text from the input, a backslash goes before:
_LINK_SYNTAX = re.compile(r"""
    [\[\]]                 # each bracket, escaped as 3.11.6 escapes them in link text
  | (?<=\])\(              # a ( right after ], for viewers that ignore the escapes
  | \\(?=[\\\[\]()])      # a backslash that would read as one of these escapes
""", re.VERBOSE)


def plain_text(text: str) -> str:
    """``text`` for a SARIF plain text message: no embedded link can be read in it, and
    dropping the backslash before each of ``\\ [ ] ( )`` gives the text back."""
    return _LINK_SYNTAX.sub(lambda m: "\\" + m.group(), text)


_ASCII_PUNCTUATION = re.compile(r"[!-/:-@\[-`{-~]")


def markdown_text(text: str) -> str:
    """``text`` for a Markdown message, every ASCII punctuation character backslash-escaped
    (CommonMark 2.4), so no markup, link or HTML can be read in it."""
    return _ASCII_PUNCTUATION.sub(lambda m: "\\" + m.group(), text)


def rule_name(rule_id: str) -> str:
    """``link-residue-before-punct`` -> ``LinkResidueBeforePunct`` (SARIF's readable name)."""
    return "".join(part.capitalize() for part in rule_id.split("-"))


def descriptor(rule_id: str, rule: Rule | None, finding: Finding) -> dict[str, Any]:
    """A reportingDescriptor; from the rule when known, else from one of its findings."""
    description = rule.description.strip() if rule else ""
    if description:
        text = markdown = " ".join(description.split())
    else:  # the first message, which quotes the input
        message = " ".join(finding.message.split())
        text, markdown = plain_text(message), markdown_text(message)
    first = FIRST_SENTENCE.match(text)
    short = first.group(0) if first else text
    if len(short) > SHORT_MAX:  # GitHub shows it as a one-line title
        short = short[:SHORT_MAX - 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"
    fixable = rule.fixable if rule else finding.fixable
    safe = rule.fix_safe if rule else bool(finding.fix and finding.fix.safe)
    fix_text = ("Automatic fix: textlint-news check --fix" if fixable and safe else
                "Automatic fix: textlint-news check --fix --unsafe-fixes" if fixable else
                "No automatic fix: correct the text or the extraction.")
    pack = rule.pack if rule else finding.pack
    tags = rule.tags if rule else finding.tags
    return {
        "id": rule_id,
        "name": rule_name(rule_id),
        "shortDescription": {"text": short},
        "fullDescription": {"text": text},
        "helpUri": help_uri(rule_id),
        "help": {"text": f"{text}\n\n{fix_text}",
                 "markdown": f"{markdown}\n\n{fix_text}\n\n[Rule documentation]({help_uri(rule_id)})"},
        "defaultConfiguration": {"level": LEVEL[rule.severity if rule else finding.severity]},
        "properties": {"tags": list(dict.fromkeys([pack, *tags])), "pack": pack},
    }


class SarifReporter(Reporter):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.root = Path.cwd().resolve()
        self.by_id = {r.id: r for r in self.rules}
        self.results: list[dict[str, Any]] = []
        self.first_finding: dict[str, Finding] = {}
        self.notifications: list[dict[str, Any]] = []

    def artifact(self, path: str) -> dict[str, Any]:
        resolved = (self.root / path).resolve()
        try:
            relative = resolved.relative_to(self.root)
        except ValueError:
            return {"uri": resolved.as_uri()}
        # surrogateescape: a file name that is not UTF-8 is percent-encoded byte for byte
        return {"uri": quote(relative.as_posix(), safe="/", errors="surrogateescape"),
                "uriBaseId": SRCROOT}

    def region(self, doc: Document, start: int, end: int) -> dict[str, int]:
        (line, column), (end_line, end_column) = doc.position(start), doc.position(end)
        return {"startLine": line, "startColumn": column, "endLine": end_line,
                "endColumn": end_column}

    def document(self, result: DocumentResult, findings: list[Finding]) -> None:
        doc = result.document
        fps = fingerprint_map(result)
        for f in findings:
            self.first_finding.setdefault(f.rule_id, f)
            artifact = self.artifact(f.path)
            physical: dict[str, Any] = {"artifactLocation": artifact}
            message = f.message
            if f.record_id is None:
                physical["region"] = {**self.region(doc, f.start, f.end),
                                      "snippet": {"text": doc.text[f.start:f.end]}}
            else:  # positions are inside the record's text, not the file: say so in words
                message = f"{f.message} (record {f.record_id}, line {f.line}, column {f.column})"
            entry: dict[str, Any] = {
                "ruleId": f.rule_id,
                "ruleIndex": -1,  # known once every rule used is known, in finish()
                "level": LEVEL[f.severity],
                "message": {"text": plain_text(message)},
                "locations": [{"physicalLocation": physical}],
                "partialFingerprints": {FINGERPRINT_KEY: fps[id(f)]},
            }
            if f.fixable and f.record_id is None:
                replacements = [{"deletedRegion": self.region(doc, e.start, e.end),
                                 "insertedContent": {
                                     "text": e.replacement.replace("\n", doc.newline)}}
                                for e in f.fix.edits]
                entry["fixes"] = [{"description": {"text": plain_text(f.fix.description)},
                                   "artifactChanges": [{"artifactLocation": artifact,
                                                        "replacements": replacements}],
                                   "properties": {"safe": f.fix.safe}}]
            if f.record_id is not None:
                entry["properties"] = {"recordId": f.record_id}
            self.results.append(entry)
        for n in result.notices:
            self.notifications.append(self.notification("warning", n.path, n.message, n))

    def notification(self, level: str, path: str, message: str,
                     notice: Notice | None = None) -> dict[str, Any]:
        entry: dict[str, Any] = {
            "level": level, "message": {"text": plain_text(message)},
            "locations": [{"physicalLocation": {"artifactLocation": self.artifact(path)}}]}
        if notice is not None and notice.rule_id is not None:
            entry["associatedRule"] = {"id": notice.rule_id}
        return entry

    def error(self, error: SourceError) -> None:
        self.notifications.append(self.notification("error", error.path, error.message))

    def finish(self, summary: Summary) -> None:
        used = sorted(self.first_finding)
        index = {rule_id: i for i, rule_id in enumerate(used)}
        for entry in self.results:
            entry["ruleIndex"] = index[entry["ruleId"]]
        for entry in self.notifications:
            rule = entry.get("associatedRule")
            if rule is not None and rule["id"] in index:
                rule["index"] = index[rule["id"]]
        driver = {"name": "textlint-news", "version": __version__,
                  "semanticVersion": __version__, "informationUri": INFORMATION_URI,
                  "rules": [descriptor(r, self.by_id.get(r), self.first_finding[r])
                            for r in used]}
        log = {
            "$schema": SCHEMA,
            "version": "2.1.0",
            "runs": [{
                "tool": {"driver": driver},
                "invocations": [{"executionSuccessful": summary.errors == 0,
                                 "toolExecutionNotifications": self.notifications}],
                "originalUriBaseIds": {SRCROOT: {"uri": self.root.as_uri().rstrip("/") + "/"}},
                "columnKind": "unicodeCodePoints",
                "results": self.results,
            }],
        }
        self.out.write(dumps(log, indent=2) + "\n")
