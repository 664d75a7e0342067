"""The gate: which findings fail a document or a run, and the exit codes. Written once here;
``check``, ``--passed``/``--quarantine``, the HTML report, Spark and datatrove all ask it."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Protocol

from textlint_news.findings import Finding, Severity

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
FAIL_ON = ("error", "warning", "info", "never")


@dataclass(frozen=True)
class Gate:
    """``fail_on``: the lowest severity that fails (``never``: nothing does); ``tolerance``:
    how many failing findings a run may have and still pass (``--max-findings``)."""

    fail_on: str = "warning"
    tolerance: int = 0

    def __post_init__(self) -> None:
        if self.fail_on not in FAIL_ON:
            raise ValueError(f"fail_on must be one of {', '.join(FAIL_ON)}, not {self.fail_on!r}")

    @property
    def threshold(self) -> Severity | None:
        return None if self.fail_on == "never" else Severity.parse(self.fail_on)

    def failing_rules(self, findings: Iterable[Finding]) -> list[str]:
        """The ids of the rules whose findings fail a document, sorted; empty: it passes."""
        threshold = self.threshold
        if threshold is None:
            return []
        return sorted({f.rule_id for f in findings if f.severity >= threshold})

    def passes(self, findings: Iterable[Finding]) -> bool:
        return not self.failing_rules(findings)

    def failing(self, by_severity: Mapping[Severity, int]) -> int:
        """How many of a run's findings (counted by severity) are at or above ``fail_on``."""
        threshold = self.threshold
        if threshold is None:
            return 0
        return sum(n for severity, n in by_severity.items() if severity >= threshold)

    def run_fails(self, by_severity: Mapping[Severity, int]) -> bool:
        return self.failing(by_severity) > self.tolerance


class RunCounts(Protocol):
    """What the exit code reads of a run's summary (``reporters.Summary``)."""

    errors: int
    fixed: int
    by_severity: Mapping[Severity, int]


def exit_code(gate: Gate, summary: RunCounts, *, failed: bool = False, exit_zero: bool = False,
              diff: bool = False, fail_on_fix: bool = False, fix_only: bool = False) -> int:
    """The exit code of a run. ``failed``: something went wrong besides the inputs' errors
    (a baseline not written, nothing checked); ``exit_zero``: --exit-zero or --write-baseline;
    ``diff``: 1 when there are fixes to make; ``fail_on_fix``: --fix --exit-non-zero-on-fix;
    ``fix_only``: pass whatever remains."""
    if summary.errors or failed:
        return EXIT_ERROR
    if exit_zero:
        return EXIT_CLEAN
    if diff:
        return EXIT_FINDINGS if summary.fixed else EXIT_CLEAN
    if fail_on_fix and summary.fixed:
        return EXIT_FINDINGS
    if fix_only:
        return EXIT_CLEAN
    return EXIT_FINDINGS if gate.run_fails(summary.by_severity) else EXIT_CLEAN
