"""A check session: each outcome goes fix -> baseline -> summary -> report; then the exit code.

``cli/check.py`` parses options and builds the linter and the stream of outcomes and calls
``Check.error``/``Check.document`` for each, ``Check.finish`` and ``Check.exit_code`` at the end.
The steps are ``fixing.FixStep``, ``BaselineStep`` (below), the report's ``Summary`` and the
reporter; ``gate`` decides pass or fail.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import TextIO

import click

from textlint_news.engine import DocumentResult, Linter
from textlint_news.findings import Finding
from textlint_news.fingerprint import fingerprint_map
from textlint_news.fixes.writer import WriteError
from textlint_news.reporters import Reporter, Summary, reporter_for
from textlint_news.reporters.base import plural
from textlint_news.reporters.terminal import escape, use_color
from textlint_news.session.baseline import Entry, write as write_baseline
from textlint_news.session.fixing import FixStep, write_stdout
from textlint_news.session.gate import Gate, exit_code
from textlint_news.session.options import CheckOptions
from textlint_news.session.split import FixedRecords
from textlint_news.sources import INPUT_FORMATS, SourceError, format_of, walk

__all__ = ["Check", "CheckOptions", "report_stream", "skipped_records"]


class BaselineStep:
    """``--baseline``: hides the findings it holds; ``--write-baseline``: records them all.
    Fingerprints hash the text around every finding, so they are taken only for these."""

    def __init__(self, options: CheckOptions, summary: Summary) -> None:
        self.baseline = options.baseline
        self.write_to = options.write_baseline
        self.summary = summary
        self.entries: list[Entry] = []
        self.write_failed = False  # the baseline could not be written

    def document(self, result: DocumentResult) -> list[Finding]:
        """The findings of ``result`` to report."""
        shown = result.findings
        if self.baseline is None and self.write_to is None:
            return shown
        fps = fingerprint_map(result)
        if self.baseline is not None:
            self.baseline.seen_path(result.document.path)
            shown = [f for f in shown if not self.baseline.accepts(fps[id(f)])]
            self.summary.baselined += len(result.findings) - len(shown)
        if self.write_to is not None:
            self.entries.extend(Entry.of(f, fps[id(f)]) for f in result.findings)
        return shown

    def note_stale(self) -> None:
        """Before the report: the baseline's entries no finding matched."""
        if self.baseline is not None:
            self.summary.baseline_stale = self.baseline.stale()

    def finish(self) -> None:
        """After the report: write the baseline (the old one is left as it was on failure)."""
        if self.write_to is None:
            return
        try:
            write_baseline(self.write_to, self.entries)
        except WriteError as exc:
            self.write_failed = True
            click.echo(f"textlint-news: error: {exc}", err=True)
        else:
            click.echo(f"Wrote {plural(len(self.entries), 'finding')} to the baseline "
                       f"{self.write_to}.", err=True)


class Check:
    def __init__(self, linter: Linter, options: CheckOptions, report: TextIO,
                 stdin_data: bytes | None = None) -> None:
        self.stdin_data = stdin_data  # passed through unchanged when --fix - cannot read it
        self.options = options
        self.summary = Summary()
        self.report = report
        if options.diff or options.fix_only:
            self.reporter: Reporter | None = None
        else:
            kind = reporter_for(options.output_format, options.statistics)
            color = use_color(report, options.color) if options.output_file is None \
                else options.color == "always"
            self.reporter = kind(report, color=color, rules=linter.rules,
                                 max_results=options.max_results)
            self.reporter.gate = Gate(options.fail_on, options.max_findings)
        self.fixes = FixStep(linter, options, self.summary, self.error, self.reporter is None)
        self.baseline = BaselineStep(options, self.summary)

    @property
    def fixed_records(self) -> FixedRecords | None:
        return self.fixes.fixed_records

    @fixed_records.setter
    def fixed_records(self, records: FixedRecords | None) -> None:
        self.fixes.fixed_records = records

    def error(self, error: SourceError) -> None:
        if self.stdin_data is not None and self.options.stdin and self.options.fix \
                and not self.options.diff:
            write_stdout(self.stdin_data)  # a filter must not swallow what it cannot lint
        self.summary.errors += 1
        if self.reporter:
            self.reporter.error(error)
        click.echo(f"textlint-news: {escape(error.path)}: {escape(error.message)}", err=True)

    def document(self, result: DocumentResult) -> None:
        result = self.fixes.document(result)
        shown = self.baseline.document(result)
        self.summary.add(result, shown)
        if self.reporter:
            self.reporter.document(result, shown)

    @property
    def refused_empty(self) -> bool:
        """Nothing was checked and nobody said that is fine: a green gate would be a lie."""
        return not self.summary.documents and not self.options.allow_empty

    def finish(self, skipped_hint: str = "") -> None:
        """``skipped_hint`` says what was passed over, for the error of an empty run."""
        self.summary.refused_empty = self.refused_empty  # for reports that record it (SARIF)
        self.baseline.note_stale()
        if self.reporter:
            self.reporter.finish(self.summary)
        self.fixes.finish(self.report)
        self.baseline.finish()
        if self.refused_empty:
            hint = f" ({skipped_hint})" if skipped_hint else ""
            click.echo(f"textlint-news: error: nothing was checked{hint}; pass --allow-empty "
                       "if an empty run is fine", err=True)

    def exit_code(self) -> int:
        options = self.options
        return exit_code(Gate(options.fail_on, options.max_findings), self.summary,
                         failed=self.baseline.write_failed or self.refused_empty,
                         exit_zero=options.write_baseline is not None or options.exit_zero,
                         diff=options.diff, fail_on_fix=options.fix and options.exit_non_zero_on_fix,
                         fix_only=options.fix_only)


def skipped_records(paths: tuple[str, ...], exclude: tuple[str, ...], gitignore: bool) -> str:
    """For a run of text files that checked nothing: the record files its folders hold, of the
    first record format found (JSONL, Parquet, ...), and how to lint them."""
    include = tuple(p for spec in INPUT_FORMATS.values() for p in spec.names or spec.include)
    found: Counter = Counter(format_of(str(path), False)
                             for given in paths if given != "-" and Path(given).is_dir()
                             for path in walk(Path(given), include, exclude, gitignore)
                             if isinstance(path, Path))
    for name, spec in INPUT_FORMATS.items():
        if found[name]:
            option = "--jsonl" if name == "jsonl" else f"--input-format {name}"
            return f"{plural(found[name], spec.label + ' file')} skipped: add {option} to lint " \
                   "their records"
    return ""


def report_stream(options: CheckOptions) -> TextIO:
    """Where the report goes without --output-file: stdout, unless stdin's fixed text goes
    there (``--fix -``), then stderr."""
    return sys.stderr if options.stdin and options.fix and not options.diff else sys.stdout
