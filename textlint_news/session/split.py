"""``--passed`` / ``--quarantine``: split a crawl by the gate instead of blocking it;
``--fixed-output``: a crawl with its fixes applied, in the input's format.

A record passes when it has no finding at or above the ``--fail-on`` severity. Records are
written in the input's format by its ``RecordWriter``: passed ones as read; quarantined ones
with the ids of the rules that failed them added by the format's ``mark_failed`` (a JSONL
field spliced in before the closing brace so every other byte stays as it was, a Parquet or
Arrow column, a WARC header). Records that could not be read (not JSON, no text field) are
reported as errors and written to neither file.
"""

from __future__ import annotations

from contextlib import suppress
from typing import Any, Callable, Iterable

from textlint_news.document import Document

from textlint_news.engine import DocumentResult
from textlint_news.findings import Finding
from textlint_news.session.gate import Gate
from textlint_news.sources import RecordWriter

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
        close_writers((self.passed, self.quarantine), failed=exc_type is not None)


def close_writers(writers: Iterable[RecordWriter | None], failed: bool) -> None:
    """End each file (a Parquet footer) before it replaces its target. After an error they are
    ended too, into files that are thrown away, and a second error is not shown over the first
    (a writer left open would fail again when it is collected)."""
    for writer in writers:
        if writer is None:
            continue
        if not failed:
            writer.close()
        else:
            with suppress(Exception):
                writer.close()


class FixedRecords:
    """Writes every linted record to ``writer`` (the input format's): as read when no fix
    changed its text, else as the format's ``with_text(record, fixed text)`` makes it."""

    def __init__(self, writer: RecordWriter, with_text: Callable[[Any, str], Any]) -> None:
        self.writer = writer
        self.with_text = with_text

    def add(self, doc: Document, fixed_text: str | None) -> None:
        """``fixed_text``: the record's new text (with its BOM, if it had one), or None."""
        record = doc.source_line
        if record is not None:
            self.writer.write(record if fixed_text is None else self.with_text(record, fixed_text))

    def __enter__(self) -> "FixedRecords":
        return self

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> None:
        close_writers((self.writer,), failed=exc_type is not None)
