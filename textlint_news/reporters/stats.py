"""``--statistics``: findings counted per rule instead of the findings themselves.

A text table, or with ``--output-format json``/``json-lines`` the same rows as JSON (as ruff
does), for dashboards.
"""

from __future__ import annotations

from typing import Any

from ..engine import DocumentResult
from ..findings import Finding
from ..sources import SourceError
from .base import Reporter, Summary, summary_line
from .json_report import TOOL, dumps, error_object, notice_object, summary_object
from .terminal import escape


def rows(summary: Summary) -> list[dict[str, Any]]:
    """One row per rule, most findings first."""
    return [{"rule": rule, "severity": str(summary.severity_of[rule]), "count": count,
             "fixable": summary.fixable_by_rule[rule],
             "unsafe_fixable": summary.unsafe_fixable_by_rule[rule]}
            for rule, count in sorted(summary.by_rule.items(), key=lambda kv: (-kv[1], kv[0]))]


class StatisticsReporter(Reporter):
    def document(self, result: DocumentResult, findings: list[Finding]) -> None:
        for n in result.notices:  # the summary line points up to them
            self.out.write(f"{escape(n.path)}: notice: {escape(n.message)}\n")

    def error(self, error: SourceError) -> None:
        self.out.write(f"{escape(error.path)}: error: {escape(error.message)}\n")

    def finish(self, summary: Summary) -> None:
        table = [("count", "rule", "severity", "fixable")]
        for row in rows(summary):
            safe, unsafe = row["fixable"], row["unsafe_fixable"]
            fixable = ", ".join([*([f"{safe}"] if safe else []),
                                 *([f"{unsafe} unsafe"] if unsafe else [])]) or "-"
            table.append((str(row["count"]), row["rule"], row["severity"], fixable))
        if len(table) > 1:
            widths = [max(len(r[i]) for r in table) for i in range(3)]
            for count, rule, severity, fixable in table:
                self.out.write(f"{count.rjust(widths[0])}  {rule.ljust(widths[1])}  "
                               f"{severity.ljust(widths[2])}  {fixable}\n")
        self.out.write(summary_line(summary) + "\n")


class JsonStatisticsReporter(Reporter):
    """One JSON document: ``tool``, ``statistics`` (the rows), ``errors``, ``notices`` and
    ``summary`` (as in ``json``)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.errors: list[dict[str, Any]] = []
        self.notices: list[dict[str, Any]] = []

    def document(self, result: DocumentResult, findings: list[Finding]) -> None:
        self.notices.extend(notice_object(n) for n in result.notices)

    def error(self, error: SourceError) -> None:
        self.errors.append(error_object(error))

    def finish(self, summary: Summary) -> None:
        document = {"tool": TOOL, "statistics": rows(summary), "errors": self.errors,
                    "notices": self.notices, "summary": summary_object(summary)}
        self.out.write(dumps(document, indent=2) + "\n")


class JsonLinesStatisticsReporter(Reporter):
    """One row object per line."""

    def finish(self, summary: Summary) -> None:
        for row in rows(summary):
            self.out.write(dumps(row) + "\n")


STATISTICS: dict[str, type[Reporter]] = {"json": JsonStatisticsReporter,
                                         "json-lines": JsonLinesStatisticsReporter}
