"""``full``: each finding with its source line, a caret under the span and the suggested fix."""

from __future__ import annotations

from textlint_news.engine import DocumentResult
from textlint_news.findings import Finding, Severity
from textlint_news.reporters.concise import ConciseReporter, location
from textlint_news.reporters.terminal import escape, escape_controls, neutralise_parts, style, width

CONTEXT_BEFORE = 50  # code points of the line shown before the finding
CONTEXT_AFTER = 30
SEVERITY_STYLE = {Severity.ERROR: "1;31", Severity.WARNING: "1;33", Severity.INFO: "1;36"}


def snippet(line: str, column: int, length: int) -> tuple[str, str]:
    """The visible part of ``line`` around a span and the caret line under it."""
    start = max(column - 1 - CONTEXT_BEFORE, 0)
    end = min(column - 1 + length + CONTEXT_AFTER, len(line))
    prefix = "... " if start > 0 else ""
    suffix = " ..." if end < len(line) else ""
    before, marked, after = neutralise_parts(
        [prefix + escape_controls(line[start:column - 1]),
         escape_controls(line[column - 1:column - 1 + length]),
         escape_controls(line[column - 1 + length:end]) + suffix], line_start=False)
    carets = " " * width(before) + "^" * max(width(marked), 1)
    return before + marked + after, carets


class FullReporter(ConciseReporter):
    def document(self, result: DocumentResult, findings: list[Finding]) -> None:
        doc = result.document
        for f in findings:
            label = style(f"{f.severity}[{f.rule_id}]", SEVERITY_STYLE[f.severity], self.color)
            self.out.write(f"{style(escape(location(f)), '1', self.color)}: {label} "
                           f"{escape(f.message)}\n")
            line = doc.line_text(f.line)
            length = (f.end - f.start) if f.end_line == f.line else len(line) - f.column + 1
            shown, carets = snippet(line, f.column, length)
            self.out.write(f"   | {shown}\n   | {style(carets, '31', self.color)}\n")
            if f.suggestion:
                unsafe = "" if f.fix is None or f.fix.safe else " (unsafe fix)"
                self.out.write(f"   = suggestion: {escape(f.suggestion)}{unsafe}\n")
            self.out.write("\n")
        self.notices(result)
