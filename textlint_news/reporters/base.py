"""The reporter interface: results stream in one document at a time, a summary comes last."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable, TextIO

from ..engine import DocumentResult
from ..findings import Finding, Severity
from ..kinds import Rule
from ..sources import SourceError


@dataclass
class Summary:
    """Counts over the whole run, kept while results stream past."""

    documents: int = 0
    documents_with_findings: int = 0
    by_severity: Counter = field(default_factory=Counter)
    by_rule: Counter = field(default_factory=Counter)
    fixable_by_rule: Counter = field(default_factory=Counter)  # safe fixes only
    unsafe_fixable_by_rule: Counter = field(default_factory=Counter)
    severity_of: dict[str, Severity] = field(default_factory=dict)
    errors: int = 0
    notices: int = 0
    fixed: int = 0  # findings fixed by --fix (or that --diff would fix)
    fixed_files: int = 0
    baselined: int = 0  # findings not shown because the baseline accepts them
    baseline_stale: int = 0  # baseline entries of linted files that matched nothing

    def add(self, result: DocumentResult, shown: list[Finding]) -> None:
        self.documents += 1
        self.notices += len(result.notices)
        if shown:
            self.documents_with_findings += 1
        for f in shown:
            self.by_severity[f.severity] += 1
            self.by_rule[f.rule_id] += 1
            self.severity_of[f.rule_id] = f.severity
            if f.fixable and f.fix.safe:
                self.fixable_by_rule[f.rule_id] += 1
            elif f.fixable:
                self.unsafe_fixable_by_rule[f.rule_id] += 1

    @property
    def total(self) -> int:
        return sum(self.by_severity.values())

    @property
    def fixable(self) -> int:
        return sum(self.fixable_by_rule.values())

    @property
    def unsafe_fixable(self) -> int:
        return sum(self.unsafe_fixable_by_rule.values())


class Reporter:
    """Subclasses override what they need; ``out`` is the text stream to write to.

    ``rules`` are the selected rules, for formats that describe them (SARIF).
    """

    def __init__(self, out: TextIO, color: bool = False, rules: Iterable[Rule] = ()) -> None:
        self.out = out
        self.color = color
        self.rules = list(rules)

    def document(self, result: DocumentResult, findings: list[Finding]) -> None:
        """``findings`` are the ones to show (after baseline filtering), in order."""

    def error(self, error: SourceError) -> None:
        """A path or record that could not be linted."""

    def finish(self, summary: Summary) -> None:
        """Everything has been reported."""


def plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def summary_line(summary: Summary) -> str:
    """The last line of text reports, preceded by lines on fixes and the baseline if any."""
    return "".join(line + "\n" for line in _fix_and_baseline_lines(summary)) + _count_line(summary)


def _fix_and_baseline_lines(summary: Summary) -> list[str]:
    lines = []
    if summary.fixed:
        lines.append(f"Fixed {plural(summary.fixed, 'finding')} in "
                     f"{plural(summary.fixed_files, 'file')}.")
    if summary.baselined:
        lines.append(f"{plural(summary.baselined, 'finding')} accepted by the baseline "
                     "not shown.")
    if summary.notices:
        # a skipped rule means "passed" is not the whole truth: say so before the count
        lines.append(f"{plural(summary.notices, 'notice')}: some checks did not run (see above).")
    if n := summary.baseline_stale:
        what = "entry no longer matches" if n == 1 else "entries no longer match"
        lines.append(f"{n} baseline {what} (drop with --write-baseline).")
    return lines


def _count_line(summary: Summary) -> str:
    if not summary.total:
        return f"All checks passed ({plural(summary.documents, 'file')} checked)."
    parts = ", ".join(plural(summary.by_severity[s], str(s)) for s in
                      (Severity.ERROR, Severity.WARNING, Severity.INFO) if summary.by_severity[s])
    unsafe = f" ({summary.unsafe_fixable} more with --unsafe-fixes)" if summary.unsafe_fixable else ""
    return (f"Found {plural(summary.total, 'finding')} ({parts}) in "
            f"{plural(summary.documents_with_findings, 'file')}; {summary.fixable} fixable{unsafe}")
