"""``textlint-news check``: options -> linter, sources and outputs -> ``session.check.Check``.

This module turns the command line into those objects and refuses combinations that cannot
work (exit 2); the session does the rest."""

from __future__ import annotations

import os
import sys
from contextlib import ExitStack
from pathlib import Path
from typing import Any, BinaryIO, Iterable

import click

from textlint_news.cli import progress
from textlint_news.cli.common import config_of, fail, linter_of
from textlint_news.cli.options import SectionedCommand, corpus_options, report_options, selection_options
from textlint_news.cli.settings import Walk, files_to_lint, settings_text
from textlint_news.document.language import normalise_code
from textlint_news.fixes.writer import Output, WriteError, check_writable
from textlint_news.limits import DEFAULT_MAX_RECORD_BYTES
from textlint_news.reporters import REPORTERS
from textlint_news.reporters.terminal import COLOR_MODES, escape
from textlint_news.session.baseline import Baseline, BaselineError
from textlint_news.session.check import Check, CheckOptions, report_stream, skipped_records
from textlint_news.session.gate import EXIT_CLEAN, FAIL_ON, Gate
from textlint_news.session.runner import default_jobs, run
from textlint_news.session.split import FixedRecords, RecordSplitter
from textlint_news.sources import (DEFAULT_INCLUDE, FIELDS, INPUT_FORMATS, MissingExtra, SourceError,
                                   TextFormat, format_of, format_options, input_format as record_format,
                                   iter_sources, same_path, spool_stdin)


def _chosen_format(chosen: str, paths: tuple[str, ...], stdin_filename: str) -> str | None:
    """The record format of the run (a key of ``INPUT_FORMATS``), or None for text files.

    With ``auto`` the format follows the names (``sources.format_of``). A run reads one
    format, so record files given beside text files, folders or records of another format are
    refused rather than one of them being linted as the other (positions inside JSON, or
    --fix editing a crawl as text)."""
    if chosen != "auto":
        return None if chosen == "text" else chosen
    found = [(p, format_of(stdin_filename if p == "-" else p, p != "-" and os.path.isdir(p)))
             for p in paths]
    records = [(p, f) for p, f in found if f is not None]
    if not records:
        return None
    given, fmt = records[0]
    if len(records) < len(found) or any(f != fmt for _, f in records):
        name = stdin_filename if given == "-" else given
        raise click.UsageError(f"{name} holds {INPUT_FORMATS[fmt].label} records and other "
                               "paths do not: lint them in separate runs, or choose with "
                               "--input-format")
    return fmt


def _check_fixed_output(fix: bool, diff: bool, records: str | None,
                        fixed_output: Path | None) -> None:
    """Records are fixed into a new file in their own format, never in place; text files only
    in place."""
    if fixed_output is not None and not records:
        fixable = ", ".join(s.name for s in INPUT_FORMATS.values() if s.fixable)
        raise click.UsageError(f"--fixed-output writes fixed records ({fixable}); text files "
                               "are fixed in place with --fix")
    if fixed_output is not None and not fix:
        raise click.UsageError("--fixed-output writes what --fix fixes: add --fix")
    label = INPUT_FORMATS[records].label if records else ""
    if diff and records:
        raise click.UsageError(f"--diff shows changes to text files; to see what --fix does to "
                               f"{label} records, write them with --fix --fixed-output FILE")
    if fix and records and not INPUT_FORMATS[records].fixable:
        raise click.UsageError(f"--fix cannot write {label} records: lint them without --fix")
    if fix and records and fixed_output is None:
        raise click.UsageError(f"--fix does not rewrite {label} input: "
                               "add --fixed-output FILE to write the fixed records to a new file")


def _check_format(records: str | None, paths: tuple[str, ...], split: bool,
                  given: set[str]) -> None:
    """Refuse what the run's format cannot do, and the format options it does not take
    (``given``: the options not at their default), in the order --help lists them."""
    if split and not records:
        raise click.UsageError("--passed and --quarantine split JSONL records: add --jsonl")
    in_help = [n for _title, names in SectionedCommand.SECTIONS for n in names]
    options = sorted((o for o in format_options() if o.param in given),
                     key=lambda o: in_help.index(o.param) if o.param in in_help else len(in_help))
    if not records:
        for option in options:
            if option.text_refuses:
                raise click.UsageError(f"{option.flag} names a field of JSONL records: add --jsonl")
        return
    spec = INPUT_FORMATS[records]
    if split and not spec.splittable:
        raise click.UsageError(f"--passed and --quarantine cannot write {spec.label} records")
    if "-" in paths and not spec.stdin:
        raise click.UsageError(f"{spec.label} records cannot be read from stdin (-): give a file")
    if not spec.options and options:
        raise click.UsageError(f"{spec.label} records have no named fields: "
                               f"{_listed(o.flag for o in FIELDS)} do not apply")
    if unknown := [o.flag for o in options if o not in spec.options]:
        raise click.UsageError(f"{spec.label} records do not take {_listed(unknown)}")


def _listed(items: Iterable[str]) -> str:
    """a, b and c"""
    *rest, last = items
    return f"{', '.join(rest)} and {last}" if rest else last


def _read_stdin(stack: ExitStack, records: bool, max_record_bytes: int,
                fix: bool) -> bytes | BinaryIO:
    """Records are spooled to a temporary file, not held in memory; one byte past the limit
    is enough to refuse a text, but a --fix filter must pass on all of what it could not lint."""
    if not records:
        bounded = max_record_bytes and not fix
        return sys.stdin.buffer.read(max_record_bytes + 1 if bounded else -1)
    try:
        return stack.enter_context(spool_stdin())
    except OSError as exc:
        raise fail(f"cannot buffer standard input: {exc.strerror or exc}") from None


@click.command(cls=SectionedCommand)
@click.argument("paths", nargs=-1)
@selection_options
@click.option("--output-format", "--format", "output_format", type=click.Choice(sorted(REPORTERS)),
              help="How findings are printed (default: full).")
@click.option("--output-file", type=click.Path(path_type=Path, dir_okay=False),
              help="Write the report to this file instead of stdout.")
@click.option("--fail-on", type=click.Choice(FAIL_ON),
              help="Lowest severity that makes the exit code 1 (default: warning).")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when findings remain.")
@report_options
@click.option("--include", multiple=True, metavar="GLOB",
              help=f"File names to lint inside folders (default: {' '.join(DEFAULT_INCLUDE)}).")
@click.option("--exclude", multiple=True, metavar="GLOB",
              help="File or folder names to skip (replaces the config's exclude).")
@click.option("--extend-exclude", multiple=True, metavar="GLOB",
              help="More file or folder names to skip.")
@click.option("--respect-gitignore/--no-respect-gitignore", default=None,
              help="Skip what .gitignore files ignore when walking folders (default: yes).")
@click.option("--color", type=click.Choice(COLOR_MODES), default="auto", show_default=True,
              help="Colour in text reports; auto: on a terminal, or when FORCE_COLOR is set, "
                   "never with NO_COLOR.")
@click.option("--show-settings", is_flag=True,
              help="Print the settings this run would use, and the rules it selects; lint nothing.")
@click.option("--show-files", is_flag=True,
              help="Print the files this run would lint; lint nothing.")
@click.option("--encoding", default="utf-8", show_default=True, help="Encoding of the input files.")
@click.option("--stdin-filename", default="-", help="Name shown for text read from stdin.")
@click.option("--max-record-bytes", type=click.IntRange(min=0), default=DEFAULT_MAX_RECORD_BYTES,
              show_default=True, metavar="BYTES",
              help="Largest document read: a text file, stdin or one JSONL record; larger ones "
                   "are errors, not read whole (0: no limit).")
@click.option("--language", metavar="CODE",
              help="Language of every document (ISO 639-1, e.g. en) instead of identifying it; "
                   "rules for other languages are skipped.")
@corpus_options
def check(paths: tuple[str, ...], rule_paths: tuple[Path, ...], no_default_rules: bool,
          config_path: tuple[str, ...], select: tuple[str, ...], extend_select: tuple[str, ...],
          ignore: tuple[str, ...], output_format: str | None, output_file: Path | None,
          fail_on: str | None, exit_zero: bool, include: tuple[str, ...],
          exclude: tuple[str, ...], extend_exclude: tuple[str, ...],
          respect_gitignore: bool | None, color: str, show_settings: bool, show_files: bool,
          encoding: str, stdin_filename: str, max_record_bytes: int, language: str | None,
          jsonl: bool, input_format: str, jobs: int | None,
          passed: Path | None, quarantine: Path | None, fixed_output: Path | None, quiet: bool,
          **report: Any) -> None:
    """Lint PATHS (files, folders, or - for stdin)."""
    # report: the fix, gate and report options (CheckOptions) and the input formats' options
    if not paths and not show_settings:
        raise click.UsageError("give at least one path (or - for stdin)")
    report["fix"] = report["fix"] or report["fix_only"]
    records = _chosen_format("jsonl" if jsonl else input_format, paths, stdin_filename)
    if (report["fix"] or report["diff"]) and "-" in paths and len(paths) > 1:
        raise click.UsageError("with --fix or --diff, - (stdin) must be the only path")
    _check_fixed_output(report["fix"], report["diff"], records, fixed_output)
    fields = {o.param: report.pop(o.param) for o in format_options()}
    _check_format(records, paths, bool(passed or quarantine),
                  {o.param for o in format_options() if fields[o.param] != o.default})
    forced = normalise_code(language) if language is not None else None
    if language is not None and forced is None:
        raise click.UsageError(f"--language: '{language}' is not a language code such as en")
    try:
        source_format = record_format(records, max_record_bytes=max_record_bytes, **fields) \
            if records else TextFormat(encoding, max_record_bytes)
    except MissingExtra as exc:
        raise fail(str(exc)) from None
    config = config_of(config_path, rule_paths, no_default_rules, select, extend_select, ignore)
    linter = linter_of(config)
    walked = Walk(include=tuple(include) or tuple(config.include or ()) or source_format.include,
                  exclude=(tuple(exclude) if exclude else tuple(config.exclude))
                  + tuple(extend_exclude),
                  gitignore=config.respect_gitignore if respect_gitignore is None
                  else respect_gitignore)
    if show_files:
        for name in files_to_lint(list(paths), walked, stdin_filename):
            click.echo(escape(name))
        raise click.exceptions.Exit(EXIT_CLEAN)
    linter.language = forced
    fmt = output_format or config.output_format or "full"
    if fmt not in REPORTERS:
        raise fail(f"unknown output format '{fmt}' in {config.source}")
    if report["max_results"] is not None and fmt != "sarif":
        raise click.UsageError("--max-results caps the results of --output-format sarif")
    if missing := REPORTERS[fmt].missing_extra():
        raise fail(missing)
    threshold = fail_on or config.fail_on
    if show_settings:
        click.echo(settings_text(config, linter, walked, fmt, threshold,
                                 records or "text"), nl=False)
        raise click.exceptions.Exit(EXIT_CLEAN)
    try:
        baseline_path = report.pop("baseline")
        baseline = Baseline.load(baseline_path) if baseline_path else None
    except BaselineError as exc:
        raise fail(str(exc)) from None
    options = CheckOptions(output_format=fmt, output_file=output_file, fail_on=threshold,
                           exit_zero=exit_zero, baseline=baseline,
                           stdin="-" in paths and not records, color=color, **report)

    outputs = tuple(p for p in (output_file, passed, quarantine, fixed_output,
                                report["write_baseline"]) if p is not None)
    for given in paths:
        if given != "-" and any(same_path(given, written) for written in outputs):
            raise click.UsageError(f"{given} is both an input and an output: it would be "
                                   "overwritten before it is read")
    try:
        for written in outputs:  # a missing folder fails now, not after the whole run
            check_writable(written)
        # each output replaces its file only when the run gets to the end: nothing half-written
        with ExitStack() as stack:
            files = [Output(path, text) if path else None
                     for path, text in ((passed, False), (quarantine, False), (output_file, True),
                                        (fixed_output, False))]
            passed_out, quarantine_out, report_out, fixed_out = (
                stack.enter_context(f) if f else None for f in files)
            splitter = stack.enter_context(RecordSplitter(
                *(source_format.writer(stream, path) if stream else None
                  for stream, path in ((passed_out, passed), (quarantine_out, quarantine))),
                Gate(threshold),
                getattr(source_format, "mark_failed", None)))
            out = report_out or report_stream(options)
            skip = outputs + tuple(f.temp for f in files if f and f.temp)
            stdin_data = _read_stdin(stack, records is not None, max_record_bytes, report["fix"]) \
                if "-" in paths else None
            check = Check(linter, options, out,
                          stdin_data if isinstance(stdin_data, bytes) else None)
            if fixed_out is not None:
                check.fixed_records = stack.enter_context(FixedRecords(
                    source_format.writer(fixed_out, fixed_output), source_format.with_text))

            def open_sources():
                return iter_sources(list(paths), walked.include, walked.exclude, encoding,
                                    stdin_filename, stdin_data, source_format, skip=skip,
                                    gitignore=walked.gitignore)

            outcomes = run(linter, open_sources, jobs or default_jobs())
            show_bar = progress.wanted(quiet,
                                       report_to_terminal=output_file is None and out.isatty())
            with progress.progress(outcomes, show_bar) as outcomes:
                for outcome in outcomes:
                    if isinstance(outcome, SourceError):
                        check.error(outcome)
                        continue
                    check.document(outcome)
                    splitter.add(outcome, outcome.findings)
            check.finish("" if records or check.summary.documents
                         else skipped_records(paths, walked.exclude, walked.gitignore))
    except WriteError as exc:
        raise fail(str(exc)) from None

    raise click.exceptions.Exit(check.exit_code())

