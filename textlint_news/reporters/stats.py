"""``--statistics``: findings counted per rule (or per site: ``--statistics site``) instead of
the findings themselves.

A text table, or with ``--output-format json``/``json-lines`` the same rows as JSON (as ruff
does), for dashboards.
"""

from __future__ import annotations

from typing import Any

from textlint_news.engine import DocumentResult
from textlint_news.findings import Finding
from textlint_news.sources import SourceError
from textlint_news.reporters.base import Reporter, Summary, summary_line
from textlint_news.reporters.json_report import TOOL, dumps, error_object, notice_object, summary_object
from textlint_news.reporters.terminal import escape


def rows(summary: Summary) -> list[dict[str, Any]]:
    """One row per rule, most findings first."""
    return [{"rule": rule, "severity": str(summary.severity_of[rule]), "count": count,
             "fixable": summary.fixable_by_rule[rule],
             "unsafe_fixable": summary.unsafe_fixable_by_rule[rule]}
            for rule, count in sorted(summary.by_rule.items(), key=lambda kv: (-kv[1], kv[0]))]


class StatisticsReporter(Reporter):
    by_site = False  # True: the rows are sites (``--statistics site``), not rules

    def document(self, result: DocumentResult, findings: list[Finding]) -> None:
        for n in result.notices:  # the summary line points up to them
            self.out.write(f"{escape(n.path)}: notice: {escape(n.message)}\n")

    def error(self, error: SourceError) -> None:
        self.out.write(f"{escape(error.path)}: error: {escape(error.message)}\n")

    def finish(self, summary: Summary) -> None:
        if self.by_site:
            self.out.write(site_table(summary))
            self.out.write(summary_line(summary) + "\n")
            return
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


def site_table(summary: Summary) -> str:
    """Counts right-aligned under their headers, the site last (``-``: unknown)."""
    header = ("documents", "with findings", "findings", "error", "warning", "info")
    lines = ["  ".join(header) + "  site\n"]
    for row in summary.site_rows():
        counts = (row["documents"], row["documents_with_findings"], row["findings"],
                  *row["by_severity"].values())
        cells = [str(n).rjust(len(h)) for n, h in zip(counts, header)]
        lines.append("  ".join(cells) + f"  {escape(row['site'] or '-')}\n")
    return "".join(lines) if len(lines) > 1 else ""


class JsonStatisticsReporter(Reporter):
    """One JSON document: ``tool``, ``statistics`` (the rows), ``errors``, ``notices`` and
    ``summary`` (as in ``json``)."""

    by_site = False

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.errors: list[dict[str, Any]] = []
        self.notices: list[dict[str, Any]] = []

    def document(self, result: DocumentResult, findings: list[Finding]) -> None:
        self.notices.extend(notice_object(n) for n in result.notices)

    def error(self, error: SourceError) -> None:
        self.errors.append(error_object(error))

    def finish(self, summary: Summary) -> None:
        table = summary.site_rows() if self.by_site else rows(summary)
        document = {"tool": TOOL, "statistics": table, "errors": self.errors,
                    "notices": self.notices, "summary": summary_object(summary)}
        self.out.write(dumps(document, indent=2) + "\n")


class JsonLinesStatisticsReporter(Reporter):
    """One row object per line."""

    by_site = False

    def finish(self, summary: Summary) -> None:
        for row in summary.site_rows() if self.by_site else rows(summary):
            self.out.write(dumps(row) + "\n")


STATISTICS: dict[str, type[Reporter]] = {"json": JsonStatisticsReporter,
                                         "json-lines": JsonLinesStatisticsReporter}
# --statistics site: the same formats, one row per site
SITE_STATISTICS: dict[str, type[Reporter]] = {
    name: type("Site" + cls.__name__, (cls,), {"by_site": True})
    for name, cls in {"text": StatisticsReporter, **STATISTICS}.items()}
