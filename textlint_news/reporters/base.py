"""The reporter interface: results stream in one document at a time, a summary comes last."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Iterable, TextIO

from textlint_news.engine import DocumentResult
from textlint_news.findings import Finding, Severity
from textlint_news.kinds import Rule
from textlint_news.sources import SourceError
from textlint_news.session.gate import Gate


_DAY = re.compile(r"\s*(\d{4}-\d{2}-\d{2})")


def day_of(value: Any) -> str | None:
    """``YYYY-MM-DD`` of a document's date as its source gives it: ISO 8601 (``2024-05-01``,
    ``2024-05-01T08:00:00Z``: the day as written, not moved to UTC) or RFC 2822 (an RSS
    ``pubDate``, ``Wed, 01 May 2024 08:00:00 GMT``); None for anything else."""
    if not isinstance(value, str):
        return None
    if match := _DAY.match(value):
        return match.group(1)
    from email.utils import parsedate_to_datetime  # 13 ms of imports; most dates are ISO

    try:
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


@dataclass
class Summary:
    """Counts over the whole run, kept while results stream past."""

    documents: int = 0  # files and records linted
    documents_with_findings: int = 0
    records: int = 0  # of JSONL inputs, and the files holding them
    records_with_findings: int = 0
    record_files: set[str] = field(default_factory=set)
    record_files_with_findings: set[str] = field(default_factory=set)
    by_severity: Counter = field(default_factory=Counter)
    by_rule: Counter = field(default_factory=Counter)
    fixable_by_rule: Counter = field(default_factory=Counter)  # safe fixes only
    unsafe_fixable_by_rule: Counter = field(default_factory=Counter)
    severity_of: dict[str, Severity] = field(default_factory=dict)
    errors: int = 0  # inputs that could not be read, and files --fix could not write
    unfixed: int = 0  # of which files --fix could not write
    notices: int = 0
    fixed: int = 0  # findings fixed by --fix (or that --diff would fix)
    fixed_files: int = 0
    fixed_records: int = 0  # of JSONL input, written fixed to --fixed-output
    baselined: int = 0  # findings not shown because the baseline accepts them
    baseline_stale: int = 0  # baseline entries of linted files that matched nothing
    refused_empty: bool = False  # nothing was checked, and that fails the run (exit 2)
    # language -> documents on which rules for other languages were skipped
    skipped_languages: Counter = field(default_factory=Counter)
    # site (None: unknown) -> documents, documents_with_findings and findings per severity
    by_site: dict[str | None, Counter] = field(default_factory=dict)
    # day (YYYY-MM-DD of the document's date, --date-field) -> the same counts, dated ones only
    by_day: dict[str, Counter] = field(default_factory=dict)

    def add(self, result: DocumentResult, shown: list[Finding]) -> None:
        self.documents += 1
        self.notices += len(result.notices)
        record = result.document.record_id is not None
        if record:
            self.records += 1
            self.record_files.add(result.document.path)
        if result.skipped_language is not None:
            self.skipped_languages[result.skipped_language] += 1
        groups = [self.by_site.setdefault(result.document.site, Counter())]
        if day := day_of(result.document.date):
            groups.append(self.by_day.setdefault(day, Counter()))
        for group in groups:
            group["documents"] += 1
            group.update(str(f.severity) for f in shown)
            group["documents_with_findings"] += bool(shown)
        if shown:
            self.documents_with_findings += 1
            if record:
                self.records_with_findings += 1
                self.record_files_with_findings.add(result.document.path)
        for f in shown:
            self.by_severity[f.severity] += 1
            self.by_rule[f.rule_id] += 1
            self.severity_of[f.rule_id] = f.severity
            if record:  # records are fixed only into --fixed-output, not offered here
                continue
            if f.fixable and f.fix.safe:
                self.fixable_by_rule[f.rule_id] += 1
            elif f.fixable:
                self.unsafe_fixable_by_rule[f.rule_id] += 1

    def site_rows(self) -> list[dict]:
        """One row per site, most findings first (``--statistics site``, the JSON summary)."""
        rows = [{"site": site, **_counts(counts)} for site, counts in self.by_site.items()]
        return sorted(rows, key=lambda r: (-r["findings"], -r["documents"], r["site"] or ""))

    def day_rows(self) -> list[dict]:
        """One row per day of the documents' dates, oldest first (the JSON summary, the html
        report's trend)."""
        return [{"day": day, **_counts(self.by_day[day])} for day in sorted(self.by_day)]

    @property
    def total(self) -> int:
        return sum(self.by_severity.values())

    @property
    def files(self) -> int:
        """Text files, and JSONL files once however many records they hold."""
        return self.documents - self.records + len(self.record_files)

    @property
    def files_with_findings(self) -> int:
        return (self.documents_with_findings - self.records_with_findings
                + len(self.record_files_with_findings))

    @property
    def fixable(self) -> int:
        return sum(self.fixable_by_rule.values())

    @property
    def unsafe_fixable(self) -> int:
        return sum(self.unsafe_fixable_by_rule.values())


def _counts(counts: Counter) -> dict:
    severities = {str(s): counts[str(s)] for s in (Severity.ERROR, Severity.WARNING, Severity.INFO)}
    return {"documents": counts["documents"],
            "documents_with_findings": counts["documents_with_findings"],
            "findings": sum(severities.values()), "by_severity": severities}


class Reporter:
    """Subclasses override what they need; ``out`` is the text stream to write to.

    ``rules`` are the selected rules, for formats that describe them (SARIF);
    ``max_results`` caps the findings of formats read by services with limits (SARIF).
    """

    # set by ``check`` for formats that show the gate's result
    gate: Gate = Gate()

    def __init__(self, out: TextIO, color: bool = False, rules: Iterable[Rule] = (),
                 max_results: int | None = None) -> None:
        self.out = out
        self.color = color
        self.rules = list(rules)
        self.max_results = max_results

    @classmethod
    def missing_extra(cls) -> str | None:
        """Why this format cannot run here (an optional dependency is missing), or None."""
        return None

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
        where = plural(summary.fixed_records, "record") if summary.fixed_records \
            else plural(summary.fixed_files, "file")
        lines.append(f"Fixed {plural(summary.fixed, 'finding')} in {where}.")
    if summary.baselined:
        lines.append(f"{plural(summary.baselined, 'finding')} accepted by the baseline "
                     "not shown.")
    if summary.notices:
        # a skipped rule means "passed" is not the whole truth: say so before the count
        lines.append(f"{plural(summary.notices, 'notice')}: some checks did not run (see above).")
    if skipped := summary.skipped_languages:
        by = ", ".join(f"{lang} {n}" for lang, n in
                       sorted(skipped.items(), key=lambda item: (-item[1], item[0])))
        lines.append(f"Rules for other languages skipped on "
                     f"{plural(sum(skipped.values()), 'document')} ({by}).")
    if n := summary.baseline_stale:
        what = "entry no longer matches" if n == 1 else "entries no longer match"
        lines.append(f"{n} baseline {what} (drop with --write-baseline).")
    # the exit code is 2: the count line below must not read as a clean run on its own
    if n := summary.errors - summary.unfixed:
        lines.append(f"{plural(n, 'input')} could not be read (see above).")
    if n := summary.unfixed:
        lines.append(f"{plural(n, 'file')} could not be fixed (see above).")
    return lines


def _count_line(summary: Summary) -> str:
    if not summary.documents:  # a gate that checked nothing has passed nothing
        return "Nothing was checked."
    if not summary.total:
        checked = _documents(summary.documents, summary.records, summary.record_files)
        if summary.errors:
            return f"No findings in the {checked} checked."
        return f"All checks passed ({checked} checked)."
    parts = ", ".join(plural(summary.by_severity[s], str(s)) for s in
                      (Severity.ERROR, Severity.WARNING, Severity.INFO) if summary.by_severity[s])
    where = _documents(summary.documents_with_findings, summary.records_with_findings,
                       summary.record_files_with_findings, "of")
    found = f"Found {plural(summary.total, 'finding')} ({parts}) in {where}"
    if summary.records == summary.documents:  # records only: --fix refuses them
        return found + "."
    n = summary.unsafe_fixable
    unsafe = f" ({n} more with --unsafe-fixes)" if n else ""
    return f"{found}; {summary.fixable} fixable{unsafe}"


def _documents(documents: int, records: int, record_files: set[str], of: str = "in") -> str:
    """``3 files``, ``9498 records in 1 file``, or both joined by ``and``."""
    files = documents - records
    said = [plural(files, "file")] if files or not records else []
    if records:
        said.append(f"{plural(records, 'record')} {of} {plural(len(record_files), 'file')}")
    return " and ".join(said)
