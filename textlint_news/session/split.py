"""``--passed`` / ``--quarantine``: split a crawl by the gate instead of blocking it;
``--fixed-output``: a JSONL crawl with its fixes applied.

A record passes when it has no finding at or above the ``--fail-on`` severity. Records are
written in the input's format by its ``RecordWriter``: passed ones as read; quarantined ones
with the ids of the rules that failed them added by the format's ``mark_failed`` (a JSONL
field spliced in before the closing brace so every other byte stays as it was, a Parquet or
Arrow column, a WARC header). Records that could not be read (not JSON, no text field) are
reported as errors and written to neither file.
"""

from __future__ import annotations

import json
from contextlib import suppress
from typing import Any, BinaryIO, Callable

from textlint_news.document import Document

from textlint_news.engine import DocumentResult
from textlint_news.findings import Finding
from textlint_news.session.gate import Gate
from textlint_news.sources import RecordWriter

QUARANTINE_FIELD = "textlint_news_failed"


class RecordSplitter:
    """Writes each linted record to the passed or the quarantine writer (either may be None)."""

    def __init__(self, passed: RecordWriter | None, quarantine: RecordWriter | None,
                 gate: Gate,
                 mark_failed: Callable[[Any, list[str]], Any] | None = None) -> None:
        self.passed = passed
        self.quarantine = quarantine
        self.gate = gate
        self.mark_failed = mark_failed

    def add(self, result: DocumentResult, findings: list[Finding]) -> None:
        record = result.document.source_line
        if record is None:
            return
        failed = self.gate.failing_rules(findings)
        if not failed:
            if self.passed is not None:
                self.passed.write(record)
        elif self.quarantine is not None:
            assert self.mark_failed is not None, "a quarantine needs the format's mark_failed"
            self.quarantine.write(self.mark_failed(record, failed))

    def __enter__(self) -> "RecordSplitter":
        return self

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> None:
        """End both files (a Parquet footer) before they replace their targets. After an error
        they are ended too, into files that are thrown away, and a second error is not shown
        over the first (a writer left open would fail again when it is collected)."""
        for writer in (self.passed, self.quarantine):
            if writer is None:
                continue
            if exc_type is None:
                writer.close()
            else:
                with suppress(Exception):
                    writer.close()


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
