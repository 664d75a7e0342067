"""``--passed`` / ``--quarantine``: split a JSONL crawl by the gate instead of blocking it;
``--fixed-output``: the crawl with its fixes applied.

A record passes when it has no finding at or above the ``--fail-on`` severity. Passed records
are written byte for byte as read; quarantined ones get one more field, the ids of the rules
that failed them, spliced in before the closing brace so every other byte stays as it was.
Records that could not be read (not JSON, no text field) are reported as errors and written
to neither file.
"""

from __future__ import annotations

import json
from typing import BinaryIO, Callable

from .document import Document

from .engine import DocumentResult
from .findings import Finding, Severity

QUARANTINE_FIELD = "textlint_news_failed"


class RecordSplitter:
    """Writes each linted record to the passed or the quarantine stream (either may be None)."""

    def __init__(self, passed: BinaryIO | None, quarantine: BinaryIO | None,
                 threshold: Severity | None) -> None:
        self.passed = passed
        self.quarantine = quarantine
        self.threshold = threshold  # None: nothing fails (--fail-on never)

    def add(self, result: DocumentResult, findings: list[Finding]) -> None:
        line = result.document.source_line
        if line is None:
            return
        failed = [] if self.threshold is None else sorted(
            {f.rule_id for f in findings if f.severity >= self.threshold})
        if not failed:
            if self.passed is not None:
                self.passed.write(line + b"\n")
        elif self.quarantine is not None:
            self.quarantine.write(with_field(line, QUARANTINE_FIELD, failed) + b"\n")


class FixedRecords:
    """Writes every linted record to ``out``: as read when no fix changed its text, else as
    ``with_text(record bytes, fixed text)`` makes it (the input format's, e.g.
    ``JsonlFormat.with_text``)."""

    def __init__(self, out: BinaryIO, with_text: Callable[[bytes, str], bytes]) -> None:
        self.out = out
        self.with_text = with_text

    def add(self, doc: Document, fixed_text: str | None) -> None:
        """``fixed_text``: the record's new text (with its BOM, if it had one), or None."""
        line = doc.source_line
        if line is not None:
            self.out.write((line if fixed_text is None else self.with_text(line, fixed_text))
                           + b"\n")


def with_field(line: bytes, name: str, value: object) -> bytes:
    """The JSON object ``line`` with ``"name": value`` added as its last member."""
    body = line.rstrip()
    assert body.endswith(b"}"), "only JSON objects reach the splitter"
    inner = body[:-1]
    separator = b"" if inner.rstrip().endswith(b"{") else b", "
    member = json.dumps({name: value}, ensure_ascii=False)[1:-1].encode("utf-8")
    return inner + separator + member + b"}"
