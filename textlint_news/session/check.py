"""What ``check`` does with each outcome: fixes -> baseline -> reporter, then the exit code.

``cli.py`` parses options and builds the linter and the stream of outcomes and calls
``Check.error``/``Check.document`` for each, ``Check.finish`` and ``Check.exit_code`` at the end.
"""

from __future__ import annotations

import difflib
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

import click

from textlint_news.session.baseline import Baseline, Entry, write as write_baseline
from textlint_news.engine import DocumentResult, Linter, Notice
from textlint_news.findings import Finding
from textlint_news.fingerprint import fingerprint_map
from textlint_news.document import BOM
from textlint_news.fixes.apply import MAX_PASSES, FixResult, fix_document, wanted
from textlint_news.session.split import FixedRecords
from textlint_news.reporters import Reporter, Summary, reporter_for
from textlint_news.reporters.base import plural
from textlint_news.session.gate import EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS, Gate
from textlint_news.reporters.terminal import diff_line, escape, use_color
from textlint_news.sources import INPUT_FORMATS, SourceError, format_of, walk
from textlint_news.fixes.writer import FileChanged, Snapshot, WriteError, check_unchanged, encode, write_atomic

TEXT_FORMATS = ("full", "concise")


@dataclass
class CheckOptions:
    output_format: str = "full"
    output_file: Path | None = None
    fail_on: str = "warning"
    exit_zero: bool = False
    max_findings: int = 0
    statistics: str | None = None  # --statistics: rule or site
    fix: bool = False
    unsafe_fixes: bool = False
    diff: bool = False
    show_fixes: bool = False
    exit_non_zero_on_fix: bool = False
    color: str = "auto"  # --color: auto, always or never
    fix_only: bool = False  # fix, report only what was fixed, do not gate on what remains
    baseline: Baseline | None = None
    write_baseline: Path | None = None
    stdin: bool = False  # the only input is stdin: --fix writes the fixed text to stdout
    allow_empty: bool = False  # a run that checked nothing passes instead of failing
    max_results: int | None = None  # cap on SARIF results (None: the format's default)


class Check:
    def __init__(self, linter: Linter, options: CheckOptions, report: TextIO,
                 stdin_data: bytes | None = None) -> None:
        self.linter = linter
        self.stdin_data = stdin_data  # passed through unchanged when --fix - cannot read it
        self.options = options
        self.summary = Summary()
        self.fixed: dict[str, Counter] = {}  # path -> rule id -> findings fixed
        self.entries: list[Entry] = []
        self.write_failed = False  # the baseline could not be written
        self.fixed_records: FixedRecords | None = None  # --fixed-output: where records go
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

    @property
    def fixing(self) -> bool:
        return self.options.fix or self.options.diff

    def error(self, error: SourceError) -> None:
        if self.stdin_data is not None and self.options.stdin and self.options.fix \
                and not self.options.diff:
            self.write_stdout(self.stdin_data)  # a filter must not swallow what it cannot lint
        self.summary.errors += 1
        if self.reporter:
            self.reporter.error(error)
        click.echo(f"textlint-news: {escape(error.path)}: {escape(error.message)}", err=True)

    def document(self, result: DocumentResult) -> None:
        if self.fixed_records is not None:
            result = self.fix_record(result)
        elif self.fixing and (self.options.stdin or any(wanted(f, self.options.unsafe_fixes)
                                                      for f in result.findings)):
            result = self.fix(result)
        shown = result.findings
        baseline = self.options.baseline
        # fingerprints hash the text around every finding: only for a baseline to use
        fps = (fingerprint_map(result) if baseline is not None
               or self.options.write_baseline is not None else {})
        if baseline is not None:
            baseline.seen_path(result.document.path)
            shown = [f for f in shown if not baseline.accepts(fps[id(f)])]
            self.summary.baselined += len(result.findings) - len(shown)
        if self.options.write_baseline is not None:
            self.entries.extend(Entry.of(f, fps[id(f)]) for f in result.findings)
        self.summary.add(result, shown)
        if self.reporter:
            self.reporter.document(result, shown)

    def fix(self, result: DocumentResult) -> DocumentResult:
        """Fix one document; returns the lint result of what is now (or would be) the text."""
        doc = result.document
        if self.options.stdin:
            fixed = fix_document(self.linter, result, self.options.unsafe_fixes)
            self.say_if_unfinished(fixed)
            if self.options.diff:
                self.show_diff(doc.path, doc.raw_text(), fixed.raw_text)
            else:
                self.write_stdout(encode(fixed.result.document, fixed.raw_text))
            self.count_fixed(doc.path, fixed.fixed)
            return fixed.result
        path = Path(doc.path)
        try:
            snapshot = Snapshot.take(path)
            check_unchanged(doc, snapshot)
        except (OSError, FileChanged) as exc:
            self.not_fixed(doc.path, _reason(exc))
            return result
        fixed = fix_document(self.linter, result, self.options.unsafe_fixes)
        if not fixed.changed:
            return result
        self.say_if_unfinished(fixed)
        if self.options.diff:
            self.show_diff(doc.path, doc.raw_text(), fixed.raw_text)
        else:
            try:
                write_atomic(path, encode(doc, fixed.raw_text), snapshot)
            except UnicodeEncodeError as exc:
                char = exc.object[exc.start]
                self.not_fixed(doc.path, f"a fix inserts {char!r}, which {doc.encoding} "
                                         "cannot encode")
                return result
            except (OSError, FileChanged) as exc:
                self.not_fixed(doc.path, _reason(exc))
                return result
        self.count_fixed(doc.path, fixed.fixed)
        return fixed.result

    def fix_record(self, result: DocumentResult) -> DocumentResult:
        """Fix one record into ``--fixed-output`` (as read when nothing changes it); returns
        the lint result of its fixed text."""
        doc = result.document
        fixed = fix_document(self.linter, result, self.options.unsafe_fixes) \
            if any(wanted(f, self.options.unsafe_fixes) for f in result.findings) else None
        if fixed is None or not fixed.changed:
            self.fixed_records.add(doc, None)
            return result
        self.fixed_records.add(doc, (BOM if doc.has_bom else "") + fixed.raw_text)
        self.say_if_unfinished(fixed)
        self.count_fixed(f"{doc.path}:{doc.record_id}", fixed.fixed, record=True)
        return fixed.result

    def say_if_unfinished(self, fixed: FixResult) -> None:
        """A notice when the fixes did not reach a fixed point, so a fix hook that runs again is
        not a silent loop: in the report, or on stderr when no report is printed (--fix-only)."""
        if fixed.converged:
            return
        doc = fixed.result.document
        notice = Notice(doc.path, f"fixes did not settle (still changing the text after "
                                  f"{MAX_PASSES} passes, or undoing each other); fix the rest by "
                                  "hand", record_id=doc.record_id)
        fixed.result.notices.append(notice)
        if self.reporter is None:
            click.echo(f"{escape(notice.path)}: notice: {notice.message}", err=True)

    def not_fixed(self, path: str, reason: str) -> None:
        self.summary.unfixed += 1
        self.error(SourceError(path, f"not fixed: {reason}"))

    @staticmethod
    def write_stdout(data: bytes) -> None:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()

    def count_fixed(self, path: str, fixed: list[Finding], record: bool = False) -> None:
        """``path``: the file, or ``file:record id``."""
        if fixed:
            self.summary.fixed += len(fixed)
            if record:
                self.summary.fixed_records += 1
            else:
                self.summary.fixed_files += 1
            self.fixed[path] = Counter(f.rule_id for f in fixed)

    def show_diff(self, path: str, old: str, new: str) -> None:
        """A unified diff on stdout; escaped on a terminal, raw (a usable patch) otherwise."""
        out = sys.stdout
        tty = out.isatty()
        out.flush()
        for line in difflib.unified_diff(_lines(old), _lines(new), path, path):
            body, newline = (line[:-1], "\n") if line.endswith("\n") else (line, "")
            text = diff_line(body, tty) + newline
            if not newline:
                text += "\n\\ No newline at end of file\n"
            # bytes that were not valid text (sources.decode) go out as they came in, whatever
            # the error handler of stdout
            out.buffer.write(text.encode(out.encoding or "utf-8", "surrogateescape"))
        out.buffer.flush()

    @property
    def refused_empty(self) -> bool:
        """Nothing was checked and nobody said that is fine: a green gate would be a lie."""
        return not self.summary.documents and not self.options.allow_empty

    def finish(self, skipped_hint: str = "") -> None:
        """``skipped_hint`` says what was passed over, for the error of an empty run."""
        self.summary.refused_empty = self.refused_empty  # for reports that record it (SARIF)
        if self.options.baseline is not None:
            self.summary.baseline_stale = self.options.baseline.stale()
        if self.reporter:
            self.reporter.finish(self.summary)
        if self.options.diff:
            n, files = self.summary.fixed, self.summary.fixed_files
            click.echo(f"Would fix {plural(n, 'finding')} in {plural(files, 'file')}."
                       if n else "No fixes to apply.", err=True)
        elif self.options.show_fixes and self.fixed:
            self.write_fixes()
        if self.options.write_baseline is not None:
            try:
                write_baseline(self.options.write_baseline, self.entries)
            except WriteError as exc:  # the old baseline is left as it was
                self.write_failed = True
                click.echo(f"textlint-news: error: {exc}", err=True)
            else:
                click.echo(f"Wrote {plural(len(self.entries), 'finding')} to the baseline "
                           f"{self.options.write_baseline}.", err=True)
        if self.refused_empty:
            hint = f" ({skipped_hint})" if skipped_hint else ""
            click.echo(f"textlint-news: error: nothing was checked{hint}; pass --allow-empty "
                       "if an empty run is fine", err=True)

    def write_fixes(self) -> None:
        """``--show-fixes``: what was fixed, per file and rule, like ruff."""
        text = self.options.output_format in TEXT_FORMATS and not self.options.output_file
        out = self.report if text else sys.stderr
        out.write(f"Fixed {plural(self.summary.fixed, 'finding')}:\n")
        for path, rules in self.fixed.items():
            out.write(f"- {escape(path)}:\n")
            for rule_id, n in sorted(rules.items()):
                out.write(f"    {n} × {rule_id}\n")

    def exit_code(self) -> int:
        options, summary = self.options, self.summary
        if summary.errors or self.write_failed or self.refused_empty:
            return EXIT_ERROR
        if options.write_baseline is not None or options.exit_zero:
            return EXIT_CLEAN
        if options.diff:
            return EXIT_FINDINGS if summary.fixed else EXIT_CLEAN
        if options.fix and options.exit_non_zero_on_fix and summary.fixed:
            return EXIT_FINDINGS
        if options.fix_only:
            return EXIT_CLEAN
        gate = Gate(options.fail_on, options.max_findings)
        return EXIT_FINDINGS if gate.run_fails(summary.by_severity) else EXIT_CLEAN


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


def _lines(text: str) -> list[str]:
    """Lines split at ``\\n`` only (keeping ``\\r``), so a diff shows the file's real lines."""
    parts = text.split("\n")
    return [p + "\n" for p in parts[:-1]] + ([parts[-1]] if parts[-1] else [])


def _reason(exc: Exception) -> str:
    return (exc.strerror if isinstance(exc, OSError) and exc.strerror else None) or str(exc)
