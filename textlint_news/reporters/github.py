"""``github``: GitHub Actions workflow commands, shown as annotations on the pull request."""

from __future__ import annotations

from textlint_news.engine import DocumentResult
from textlint_news.findings import Finding, Severity
from textlint_news.sources import SourceError
from textlint_news.reporters.base import Reporter
from textlint_news.reporters.terminal import escape_controls

COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    """GitHub's escaping of a command's message, then of any other control character."""
    return escape_controls(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))


def escape_property(text: str) -> str:
    """Property values also end at ``,`` and ``:``."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


class GithubReporter(Reporter):
    def document(self, result: DocumentResult, findings: list[Finding]) -> None:
        for f in findings:
            title = f"title={escape_property(f'textlint-news ({f.rule_id})')}"
            message = f"{f.rule_id}: {f.message}"
            if f.record_id is None:
                props = (f"file={escape_property(f.path)},line={f.line},col={f.column},"
                         f"endLine={f.end_line},endColumn={f.end_column},{title}")
            else:  # annotate the record's line of the file; the place inside its text in words
                line = result.document.source_lineno
                props = (f"file={escape_property(f.path)},{title}" if line is None else
                         f"file={escape_property(f.path)},line={line},{title}")
                message += f" (record {f.record_id}, line {f.line}, column {f.column})"
            self.out.write(f"::{COMMAND[f.severity]} {props}::{escape_data(message)}\n")
        for n in result.notices:
            self.out.write(f"::warning file={escape_property(n.path)}::"
                           f"{escape_data(n.message)}\n")

    def error(self, error: SourceError) -> None:
        self.out.write(f"::error file={escape_property(error.path)}::"
                       f"{escape_data(error.message)}\n")
