"""``--statistics``: a table of findings per rule instead of the findings themselves."""

from __future__ import annotations

from ..sources import SourceError
from .base import Reporter, Summary, summary_line
from .terminal import escape


class StatisticsReporter(Reporter):
    def error(self, error: SourceError) -> None:
        self.out.write(f"{escape(error.path)}: error: {escape(error.message)}\n")

    def finish(self, summary: Summary) -> None:
        rows = [("count", "rule", "severity", "fixable")]
        for rule, count in sorted(summary.by_rule.items(), key=lambda kv: (-kv[1], kv[0])):
            safe, unsafe = summary.fixable_by_rule[rule], summary.unsafe_fixable_by_rule[rule]
            fixable = ", ".join([*([f"{safe}"] if safe else []),
                                 *([f"{unsafe} unsafe"] if unsafe else [])]) or "-"
            rows.append((str(count), rule, str(summary.severity_of[rule]), fixable))
        if len(rows) > 1:
            widths = [max(len(r[i]) for r in rows) for i in range(3)]
            for count, rule, severity, fixable in rows:
                self.out.write(f"{count.rjust(widths[0])}  {rule.ljust(widths[1])}  "
                               f"{severity.ljust(widths[2])}  {fixable}\n")
        self.out.write(summary_line(summary) + "\n")
