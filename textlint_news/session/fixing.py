"""The fix step of a check session: ``--fix``, ``--diff`` and ``--fixed-output``.

Each document goes through ``FixStep.document`` before the baseline and the report see it;
it returns the lint result of the text as it now is (or would be, with ``--diff``). Files
are written atomically and only when they did not change since they were read; stdin's
fixed text goes to stdout; records go to ``--fixed-output`` (``split.FixedRecords``).
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import Callable, TextIO

import click

from textlint_news.document import BOM
from textlint_news.engine import DocumentResult, Linter, Notice
from textlint_news.findings import Finding
from textlint_news.fixes.apply import MAX_PASSES, FixResult, fix_document, wanted
from textlint_news.fixes.writer import FileChanged, Snapshot, check_unchanged, encode, write_atomic
from textlint_news.reporters import Summary
from textlint_news.reporters.base import plural
from textlint_news.reporters.terminal import diff_line, escape
from textlint_news.session.options import CheckOptions
from textlint_news.session.split import FixedRecords
from textlint_news.sources import SourceError

TEXT_FORMATS = ("full", "concise")


class FixStep:
    """Fixes what the options ask for, counting into ``summary``; ``not_fixed`` reports a file
    it could not fix (as a source error), ``quiet_report`` says that no report is printed
    (notices then go to stderr)."""

    def __init__(self, linter: Linter, options: CheckOptions, summary: Summary,
                 not_fixed: Callable[[SourceError], None], quiet_report: bool) -> None:
        self.linter = linter
        self.options = options
        self.summary = summary
        self.report_error = not_fixed
        self.quiet_report = quiet_report
        self.fixed: dict[str, Counter] = {}  # path -> rule id -> findings fixed
        self.fixed_records: FixedRecords | None = None  # --fixed-output: where records go

    def document(self, result: DocumentResult) -> DocumentResult:
        options = self.options
        if self.fixed_records is not None:
            return self.fix_record(result)
        if (options.fix or options.diff) and (
                options.stdin or any(wanted(f, options.unsafe_fixes) for f in result.findings)):
            return self.fix(result)
        return result

    def fix(self, result: DocumentResult) -> DocumentResult:
        """Fix one document; returns the lint result of what is now (or would be) the text."""
        doc = result.document
        if self.options.stdin:
            fixed = fix_document(self.linter, result, self.options.unsafe_fixes)
            self.say_if_unfinished(fixed)
            if self.options.diff:
                self.show_diff(doc.path, doc.raw_text(), fixed.raw_text)
            else:
                write_stdout(encode(fixed.result.document, fixed.raw_text))
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
        if self.quiet_report:
            click.echo(f"{escape(notice.path)}: notice: {notice.message}", err=True)

    def not_fixed(self, path: str, reason: str) -> None:
        self.summary.unfixed += 1
        self.report_error(SourceError(path, f"not fixed: {reason}"))

    def count_fixed(self, path: str, fixed: list[Finding], record: bool = False) -> None:
        """``path``: the file, or ``file:record id``."""
        if fixed:
            self.summary.fixed += len(fixed)
            if record:
                self.summary.fixed_records += 1
            else:
                self.summary.fixed_files += 1
            self.fixed[path] = Counter(f.rule_id for f in fixed)

    @staticmethod
    def show_diff(path: str, old: str, new: str) -> None:
        """A unified diff on stdout; escaped on a terminal, raw (a usable patch) otherwise."""
        import difflib  # --diff only

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

    def finish(self, report: TextIO) -> None:
        """What --diff would do, or --show-fixes: what was fixed."""
        if self.options.diff:
            n, files = self.summary.fixed, self.summary.fixed_files
            click.echo(f"Would fix {plural(n, 'finding')} in {plural(files, 'file')}."
                       if n else "No fixes to apply.", err=True)
        elif self.options.show_fixes and self.fixed:
            self.write_fixes(report)

    def write_fixes(self, report: TextIO) -> None:
        """``--show-fixes``: what was fixed, per file and rule, like ruff."""
        text = self.options.output_format in TEXT_FORMATS and not self.options.output_file
        out = report if text else sys.stderr
        out.write(f"Fixed {plural(self.summary.fixed, 'finding')}:\n")
        for path, rules in self.fixed.items():
            out.write(f"- {escape(path)}:\n")
            for rule_id, n in sorted(rules.items()):
                out.write(f"    {n} × {rule_id}\n")


def write_stdout(data: bytes) -> None:
    sys.stdout.flush()
    sys.stdout.buffer.write(data)
    sys.stdout.buffer.flush()


def _lines(text: str) -> list[str]:
    """Lines split at ``\\n`` only (keeping ``\\r``), so a diff shows the file's real lines."""
    parts = text.split("\n")
    return [p + "\n" for p in parts[:-1]] + ([parts[-1]] if parts[-1] else [])


def _reason(exc: Exception) -> str:
    return (exc.strerror if isinstance(exc, OSError) and exc.strerror else None) or str(exc)
