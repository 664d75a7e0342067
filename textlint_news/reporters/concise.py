"""``concise``: one line per finding, ``path:line:col: severity[rule] message``."""

from __future__ import annotations

from textlint_news.engine import DocumentResult
from textlint_news.findings import Finding
from textlint_news.sources import SourceError
from textlint_news.reporters.base import Reporter, Summary, summary_line
from textlint_news.reporters.terminal import escape


def location(f: Finding) -> str:
    where = f"{f.path}:{f.record_id}" if f.record_id is not None else f.path
    return f"{where}:{f.line}:{f.column}"


class ConciseReporter(Reporter):
    def document(self, result: DocumentResult, findings: list[Finding]) -> None:
        for f in findings:
            self.out.write(f"{escape(location(f))}: {f.severity}[{f.rule_id}] {escape(f.message)}\n")
        self.notices(result)

    def notices(self, result: DocumentResult) -> None:
        for n in result.notices:
            self.out.write(f"{escape(n.path)}: notice: {escape(n.message)}\n")

    def error(self, error: SourceError) -> None:
        self.out.write(f"{escape(error.path)}: error: {escape(error.message)}\n")

    def finish(self, summary: Summary) -> None:
        self.out.write(summary_line(summary) + "\n")
