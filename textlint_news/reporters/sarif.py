"""``sarif``: a SARIF 2.1.0 log that GitHub code scanning accepts.

Paths are relative to ``%SRCROOT%`` (the working directory, given in ``originalUriBaseIds``);
a path outside it is given as an absolute ``file:`` URI. Columns are Unicode code points, as
everywhere in textlint-news, and ``columnKind`` says so. ``partialFingerprints`` come from
``fingerprint.py``, so an alert survives its text moving to another line.

GitHub refuses a run of more than 25,000 results: beyond ``max_results`` (that by default) the
most severe are kept, in input order within a level, and a notification and a line on stderr
say how many of each level were left out. A JSONL record's findings point at the record's line
of the file; their place inside the record's text is in the message.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from pathlib import Path
from typing import Any
from urllib.parse import quote

import click

from textlint_news import __version__
from textlint_news.document import Document
from textlint_news.engine import DocumentResult, Notice
from textlint_news.findings import Finding, Severity
from textlint_news.fingerprint import fingerprint_map
from textlint_news.kinds import Rule
from textlint_news.ruledocs import help_uri
from textlint_news.sources import SourceError
from textlint_news.reporters.base import Reporter, Summary, plural
from textlint_news.reporters.json_report import JsonArray, Spool, dumps

SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
INFORMATION_URI = "https://github.com/textlint-news/textlint-news"
FINGERPRINT_KEY = "textlintNews/v1"
SRCROOT = "%SRCROOT%"
FIRST_SENTENCE = re.compile(r".+?[.!?](?=\s|$)")
SHORT_MAX = 120
LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
LEVELS = ("error", "warning", "note")  # most severe first
GITHUB_MAX_RESULTS = 25_000  # per run; GitHub refuses a larger upload (and shows 5,000)
_NOTIFICATIONS, _RESULTS = "\0notifications\0", "\0results\0"  # stand-ins in the laid-out log
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
    """Results and notifications wait in temporary files (``Spool``), not in memory, until the
    end of the run: only then are the rules (and so each ``ruleIndex``) and the results to
    leave out under ``max_results`` known."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.root = Path.cwd().resolve()
        self.by_id = {r.id: r for r in self.rules}
        self.cap = GITHUB_MAX_RESULTS if self.max_results is None else self.max_results
        self.results = Spool()
        self.by_level: Counter[str] = Counter()
        self.first_finding: dict[str, Finding] = {}  # one per rule: bounded by the rule set
        self.notifications = Spool()
        self.last_artifact: tuple[str, dict[str, Any]] | None = None

    def artifact(self, path: str) -> dict[str, Any]:
        """The artifactLocation of ``path``. Resolving a path costs tens of microseconds, and
        consecutive findings (every record of a JSONL file) share one: the last is kept."""
        if self.last_artifact is None or self.last_artifact[0] != path:
            self.last_artifact = path, self.resolve(path)
        return self.last_artifact[1]

    def resolve(self, path: str) -> dict[str, Any]:
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
        fps = fingerprint_map(result) if findings else {}
        for f in findings:
            self.first_finding.setdefault(f.rule_id, f)
            artifact = self.artifact(f.path)
            physical: dict[str, Any] = {"artifactLocation": artifact}
            message = f.message
            if f.record_id is None:
                physical["region"] = {**self.region(doc, f.start, f.end),
                                      "snippet": {"text": doc.text[f.start:f.end]}}
            else:  # the region is the record's line of the file; the place inside it in words
                if doc.source_lineno is not None:
                    physical["region"] = {"startLine": doc.source_lineno}
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
            self.results.add(entry)
            self.by_level[entry["level"]] += 1
        for n in result.notices:
            self.notifications.add(self.notification("warning", n.path, n.message, n))

    def notification(self, level: str, path: str | None, message: str,
                     notice: Notice | None = None) -> dict[str, Any]:
        entry: dict[str, Any] = {"level": level, "message": {"text": plain_text(message)}}
        if path is not None:
            entry["locations"] = [{"physicalLocation": {"artifactLocation": self.artifact(path)}}]
        if notice is not None and notice.rule_id is not None:
            entry["associatedRule"] = {"id": notice.rule_id}
        return entry

    def error(self, error: SourceError) -> None:
        self.notifications.add(self.notification("error", error.path, error.message))

    def kept(self) -> dict[str, int]:
        """How many results of each level the log keeps: the most severe first, up to the cap."""
        room = self.cap or sum(self.by_level.values())
        kept = {}
        for level in LEVELS:
            kept[level] = min(self.by_level[level], room)
            room -= kept[level]
        return kept

    def finish(self, summary: Summary) -> None:
        used = sorted(self.first_finding)
        index = {rule_id: i for i, rule_id in enumerate(used)}
        kept = self.kept()
        extra = []
        if left := sum(self.by_level.values()) - sum(kept.values()):
            message = self.left_out_message(left, kept)
            click.echo(f"textlint-news: warning: {message}", err=True)
            extra.append(self.notification("warning", None, message))
        if summary.refused_empty:
            extra.append(self.notification("error", None, "nothing was checked"))
        driver = {"name": "textlint-news", "version": __version__,
                  "semanticVersion": __version__, "informationUri": INFORMATION_URI,
                  "rules": [descriptor(r, self.by_id.get(r), self.first_finding[r])
                            for r in used]}
        log = {
            "$schema": SCHEMA,
            "version": "2.1.0",
            "runs": [{
                "tool": {"driver": driver},
                "invocations": [{
                    "executionSuccessful": not summary.errors and not summary.refused_empty,
                    "toolExecutionNotifications": _NOTIFICATIONS}],
                "originalUriBaseIds": {SRCROOT: {"uri": self.root.as_uri().rstrip("/") + "/"}},
                "columnKind": "unicodeCodePoints",
                "results": _RESULTS,
            }],
        }
        # the log laid out by json.dumps, its two arrays written item by item in their place;
        # the last stand-in of each is theirs (a rule described by a message could quote one)
        head, _, tail = dumps(log, indent=2).rpartition(dumps(_RESULTS))
        head, _, middle = head.rpartition(dumps(_NOTIFICATIONS))
        self.out.write(head)
        notifications = JsonArray(self.out, 5)
        for entry in itertools.chain(self.notifications, extra):
            rule = entry.get("associatedRule")
            if rule is not None and rule["id"] in index:
                rule["index"] = index[rule["id"]]
            notifications.add(entry)
        notifications.close()
        self.out.write(middle)
        results = JsonArray(self.out, 3)
        for entry in self.results:
            if kept[entry["level"]]:
                kept[entry["level"]] -= 1
                entry["ruleIndex"] = index[entry["ruleId"]]
                results.add(entry)
        results.close()
        self.out.write(tail + "\n")
        self.results.close()
        self.notifications.close()

    def left_out_message(self, left: int, kept: dict[str, int]) -> str:
        what = ", ".join(plural(self.by_level[level] - kept[level], level) for level in LEVELS
                         if self.by_level[level] > kept[level])
        return (f"{plural(left, 'result')} left out ({what}): --max-results {self.cap} keeps "
                f"the {self.cap} most severe of {sum(self.by_level.values())} (GitHub code "
                f"scanning refuses more than {GITHUB_MAX_RESULTS} results per run)")
