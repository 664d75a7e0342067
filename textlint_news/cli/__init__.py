"""The ``textlint-news`` command line. Exit codes: 0 clean, 1 findings, 2 usage/config/input error."""

from __future__ import annotations

import difflib
import os
import sys
from contextlib import ExitStack
from dataclasses import replace
from pathlib import Path
from typing import Any, BinaryIO

import click

from textlint_news import __version__, ruledocs
from textlint_news.cli import progress
from textlint_news.api import load_rules
from textlint_news.session.baseline import Baseline, BaselineError
from textlint_news.session.check import Check, CheckOptions, report_stream, skipped_records
from textlint_news.loading.config import Config, discover_config
from textlint_news.session.gate import EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS, FAIL_ON, Gate
from textlint_news.engine import Linter, codes_of
from textlint_news.document.language import normalise_code
from textlint_news.limits import DEFAULT_MAX_RECORD_BYTES
from textlint_news.loading.packs import ConfigError
from textlint_news.session.split import FixedRecords, RecordSplitter
from textlint_news.reporters import REPORTERS
from textlint_news.reporters.terminal import COLOR_MODES, escape
from textlint_news.ruletest import check_all_examples
from textlint_news.session.runner import default_jobs, run
from textlint_news.loading.selection import Selection, SelectionError, per_file_ignores, split_codes
from textlint_news.cli.settings import Walk, files_to_lint, settings_text
from textlint_news.sources import (DEFAULT_INCLUDE, INPUT_FORMATS, MissingExtra, SourceError, TextFormat,
                      format_of, input_format as record_format, iter_sources, same_path,
                      spool_stdin)
from textlint_news.fixes.writer import Output, WriteError, check_writable



def _fail(message: str) -> "click.exceptions.Exit":
    click.echo(f"textlint-news: error: {escape(message)}", err=True)  # paths come from users
    return click.exceptions.Exit(EXIT_ERROR)


def _selection_options(f):
    for decl, help_text in (
        ("--select", "Rule ids or pack names to run instead of the configured ones (comma-separated)."),
        ("--extend-select", "Rule ids or pack names to run in addition."),
        ("--ignore", "Rule ids or pack names not to run."),
    ):
        f = click.option(decl, multiple=True, metavar="CODES", help=help_text)(f)
    f = click.option("--rules", "rule_paths", multiple=True, type=click.Path(path_type=Path),
                     help="Extra rule pack (a YAML file or a folder of them); repeatable.")(f)
    f = click.option("--no-default-rules", is_flag=True,
                     help="Do not load the packs shipped with textlint-news.")(f)
    f = click.option("--config", "config_path", multiple=True, metavar="FILE | KEY=VALUE",
                     help="Config file (default: .textlint-news.yaml or pyproject.toml, "
                          "searched upwards), or a TOML 'key = value' overriding one of its "
                          "settings; repeatable.")(f)
    return f


def _corpus_options(f):
    """Options for linting crawls: JSONL records, worker processes, splitting the output."""
    for decl, kwargs in reversed((
        (("--jsonl",), dict(is_flag=True, help="Read JSON Lines records (*.jsonl, *.jsonl.gz "
                                                 "inside folders) instead of text files.")),
        (("--input-format",), dict(type=click.Choice(("auto", "text", *INPUT_FORMATS)),
                                   default="auto", show_default=True,
                                   help="How inputs are read; auto: by name (*.jsonl(.gz), "
                                        "*.parquet, *.arrow or a saved dataset's folder, "
                                        "*.warc.wet.gz), the rest text.")),
        (("--text-field",), dict(default="text", show_default=True, metavar="FIELD",
                                 help="Record field holding the text (a.b for nested fields).")),
        (("--id-field",), dict(default="id", show_default=True, metavar="FIELD",
                               help="Record field reported as the record id.")),
        (("--ignore-field",), dict(metavar="FIELD",
                                   help="Record field naming rule ids or packs not to run on "
                                        "that record (a list, or a comma-separated string).")),
        (("--url-field",), dict(metavar="FIELD",
                                help="Record field holding the page's URL, whose host is the "
                                     "record's site (default: url, URL, link, source_url or "
                                     "page_url, if the record has one).")),
        (("--date-field",), dict(metavar="FIELD",
                                 help="Record field holding the date it was crawled or "
                                      "published, for counts per day (default: date; "
                                      "WARC-Date for WET).")),
        (("--lang-field",), dict(metavar="FIELD",
                                 help="Record field holding the language code (en, de-AT); "
                                      "records without one get their language identified.")),
        (("--jobs", "-j"), dict(type=click.IntRange(min=1), metavar="N",
                                help="Worker processes (default: the number of CPUs).")),
        (("--passed",), dict(type=click.Path(path_type=Path, dir_okay=False), metavar="FILE",
                             help="Write the records that pass the gate here, unchanged, in "
                                  "the input's format.")),
        (("--quarantine",), dict(type=click.Path(path_type=Path, dir_okay=False), metavar="FILE",
                                 help="Write the records that fail the gate here, with the "
                                      "failing rule ids added.")),
        (("--fixed-output",), dict(type=click.Path(path_type=Path, dir_okay=False),
                                   metavar="FILE",
                                   help="With --fix, write every record here in the input's "
                                        "format, fixed where a fix applies (the input is never "
                                        "modified).")),
        (("--quiet", "-q"), dict(is_flag=True, help="No progress bar.")),
    )):
        f = click.option(*decl, **kwargs)(f)
    return f


STATISTICS = ("rule", "site")


def _statistics_value(args: list[str]) -> list[str]:
    """``--statistics`` takes an optional value, ``rule`` (the default) or ``site``. click would
    take any argument after it (a path) as its value: here the value is joined to the option
    only when it is one of those, and a bare ``--statistics`` becomes ``--statistics=rule``."""
    out: list[str] = []
    rest = iter(args)
    for arg in rest:
        if arg == "--":
            return [*out, arg, *rest]
        if arg != "--statistics":
            out.append(arg)
            continue
        value = next(rest, None)
        out.append(f"--statistics={value if value in STATISTICS else 'rule'}")
        if value is not None and value not in STATISTICS:
            out.append(value)
    return out
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
        raise click.UsageError("--fixed-output writes fixed records (JSONL, Parquet, Arrow, "
                               "WET); text files are fixed in place with --fix")
    if fixed_output is not None and not fix:
        raise click.UsageError("--fixed-output writes what --fix fixes: add --fix")
    if diff and records:
        raise click.UsageError(f"--diff shows changes to text files; to see what --fix does to "
                               f"{INPUT_FORMATS[records].label} records, write them with --fix "
                               "--fixed-output FILE")
    if fix and records and fixed_output is None:
        raise click.UsageError(f"--fix does not rewrite {INPUT_FORMATS[records].label} input: "
                               "add --fixed-output FILE to write the fixed records to a new file")


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
        raise _fail(f"cannot buffer standard input: {exc.strerror or exc}") from None


def _report_options(f):
    """Fix, gate and report options of ``check``, passed on as ``checking.CheckOptions``."""
    for decl, kwargs in reversed((
        ("--max-findings", dict(type=click.IntRange(min=0), default=0, metavar="N",
                                help="Tolerate up to N findings at or above --fail-on.")),
        ("--statistics", dict(type=click.Choice(STATISTICS), metavar="[rule|site]",
                              help="Print counts per rule (or per site) instead of findings.")),
        ("--fix", dict(is_flag=True, help="Apply safe fixes to the files in place.")),
        ("--fix-only", dict(is_flag=True, help="Apply fixes and report only what was fixed, "
                                                "not the findings that remain (exit 0).")),
        ("--unsafe-fixes", dict(is_flag=True, help="With --fix or --diff, apply unsafe fixes too.")),
        ("--diff", dict(is_flag=True, help="Print the diff --fix would make and change nothing "
                                           "(exit 1 if there are changes).")),
        ("--show-fixes", dict(is_flag=True, help="With --fix, list what was fixed.")),
        ("--exit-non-zero-on-fix", dict(is_flag=True,
                                        help="With --fix, exit 1 when a file was changed.")),
        ("--baseline", dict(type=click.Path(path_type=Path, dir_okay=False), metavar="FILE",
                            help="Report and fail only on findings not in this baseline.")),
        ("--write-baseline", dict(type=click.Path(path_type=Path, dir_okay=False),
                                  metavar="FILE", help="Record this run's findings as the "
                                                       "baseline (exit 0 unless the run failed).")),
        ("--allow-empty", dict(is_flag=True, help="Pass when no file or record was checked "
                                                  "(by default that fails with exit 2).")),
        ("--max-results", dict(type=click.IntRange(min=0), metavar="N",
                               help="With --output-format sarif, keep the N most severe "
                                    "results (default 25000, GitHub's limit; 0: no cap).")),
    )):
        f = click.option(decl, **kwargs)(f)
    return f


def _config(config_path: tuple[str, ...], rule_paths: tuple[Path, ...], no_default_rules: bool,
            select: tuple[str, ...], extend_select: tuple[str, ...], ignore: tuple[str, ...]) -> Config:
    # like ruff's --config: a value with "=" that is no file is one setting in TOML
    overrides = [c for c in config_path if "=" in c and not Path(c).is_file()]
    files = [Path(c) for c in config_path if c not in overrides]
    if len(files) > 1:
        raise click.UsageError("give at most one config file with --config")
    config = discover_config(files[0] if files else None, overrides=overrides)
    return replace(
        config,
        rules=[*config.rules, *rule_paths],
        default_rules=config.default_rules and not no_default_rules,
        select=split_codes(select) if select else config.select,
        extend_select=[*config.extend_select, *split_codes(extend_select)],
        ignore=[*config.ignore, *split_codes(ignore)],
    )


def _load(config: Config, selected: bool = True):
    try:
        rules = load_rules(config)
        if selected:
            rules = Selection(config.select, config.extend_select, config.ignore).apply(rules)
    except (ConfigError, SelectionError) as exc:
        raise _fail(str(exc)) from None
    return rules


def _linter(config: Config) -> Linter:
    """The selected rules, with the config's per-file ignores checked against every rule."""
    everything = _load(config, selected=False)
    try:
        ignores = per_file_ignores(config.per_file_ignores, everything)
        rules = Selection(config.select, config.extend_select, config.ignore).apply(everything)
    except SelectionError as exc:
        raise _fail(str(exc)) from None
    return Linter(rules, per_file_ignores=ignores, known_codes=codes_of(everything))


class SectionedCommand(click.Command):
    """``--help`` with options in sections, as ruff's: a long flat list hides what is there.

    ``SECTIONS`` names each section's options by parameter name; the rest come last."""

    SECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
        ("Rule selection", ("select", "extend_select", "ignore", "rule_paths",
                            "no_default_rules", "config_path")),
        ("Inputs", ("include", "exclude", "extend_exclude", "respect_gitignore", "input_format",
                    "encoding", "stdin_filename", "max_record_bytes", "language", "lang_field")),
        ("Output", ("output_format", "output_file", "statistics", "color", "max_results",
                    "quiet")),
        ("Gate and baseline", ("fail_on", "exit_zero", "max_findings", "allow_empty",
                               "baseline", "write_baseline")),
        ("Fixes", ("fix", "fix_only", "unsafe_fixes", "diff", "show_fixes",
                   "exit_non_zero_on_fix")),
        ("Crawls (records)", ("jsonl", "text_field", "id_field", "url_field", "date_field",
                              "ignore_field", "jobs", "passed", "quarantine", "fixed_output")),
        ("Settings", ("show_settings", "show_files")),
    )

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        return super().parse_args(ctx, _statistics_value(args))

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        records = {p.name: p.get_help_record(ctx) for p in self.get_params(ctx)}
        placed: set[str | None] = set()
        for title, names in self.SECTIONS:
            rows = [records[n] for n in names if records.get(n)]
            placed.update(names)
            if rows:
                with formatter.section(title):
                    formatter.write_dl(rows)
        rest = [row for name, row in records.items() if name not in placed and row]
        if rest:
            with formatter.section("Other options"):
                formatter.write_dl(rest)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="textlint-news")
def main() -> None:
    """Lint text scraped from news pages for extraction and text-quality defects."""


@main.command(cls=SectionedCommand)
@click.argument("paths", nargs=-1)
@_selection_options
@click.option("--output-format", "--format", "output_format", type=click.Choice(sorted(REPORTERS)),
              help="How findings are printed (default: full).")
@click.option("--output-file", type=click.Path(path_type=Path, dir_okay=False),
              help="Write the report to this file instead of stdout.")
@click.option("--fail-on", type=click.Choice(FAIL_ON),
              help="Lowest severity that makes the exit code 1 (default: warning).")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when findings remain.")
@_report_options
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
@_corpus_options
def check(paths: tuple[str, ...], rule_paths: tuple[Path, ...], no_default_rules: bool,
          config_path: tuple[str, ...], select: tuple[str, ...], extend_select: tuple[str, ...],
          ignore: tuple[str, ...], output_format: str | None, output_file: Path | None,
          fail_on: str | None, exit_zero: bool, include: tuple[str, ...],
          exclude: tuple[str, ...], extend_exclude: tuple[str, ...],
          respect_gitignore: bool | None, color: str, show_settings: bool, show_files: bool,
          encoding: str, stdin_filename: str, max_record_bytes: int, language: str | None,
          jsonl: bool, input_format: str, ignore_field: str | None, lang_field: str | None,
          url_field: str | None, date_field: str | None, text_field: str, id_field: str, jobs: int | None,
          passed: Path | None, quarantine: Path | None, fixed_output: Path | None, quiet: bool,
          **report: Any) -> None:
    """Lint PATHS (files, folders, or - for stdin)."""
    if not paths and not show_settings:
        raise click.UsageError("give at least one path (or - for stdin)")
    report["fix"] = report["fix"] or report["fix_only"]
    records = _chosen_format("jsonl" if jsonl else input_format, paths, stdin_filename)
    if (report["fix"] or report["diff"]) and "-" in paths and len(paths) > 1:
        raise click.UsageError("with --fix or --diff, - (stdin) must be the only path")
    _check_fixed_output(report["fix"], report["diff"], records, fixed_output)
    if (passed or quarantine) and not records:
        raise click.UsageError("--passed and --quarantine split JSONL records: add --jsonl")
    for name, value in (("--lang-field", lang_field), ("--url-field", url_field),
                        ("--date-field", date_field)):
        if value is not None and not records:
            raise click.UsageError(f"{name} names a field of JSONL records: add --jsonl")
    if records and not INPUT_FORMATS[records].fields and (
            (text_field, id_field, ignore_field, lang_field, url_field, date_field)
            != ("text", "id", None, None, None, None)):
        raise click.UsageError(f"{INPUT_FORMATS[records].label} records have no named fields: "
                               "--text-field, --id-field, --url-field, --date-field, "
                               "--ignore-field and --lang-field do not apply")
    forced = normalise_code(language) if language is not None else None
    if language is not None and forced is None:
        raise click.UsageError(f"--language: '{language}' is not a language code such as en")
    try:
        source_format = record_format(records, text_field=text_field, id_field=id_field,
                                      max_record_bytes=max_record_bytes,
                                      ignore_field=ignore_field, lang_field=lang_field,
                                      url_field=url_field, date_field=date_field) \
            if records else TextFormat(encoding, max_record_bytes)
    except MissingExtra as exc:
        raise _fail(str(exc)) from None
    try:
        config = _config(config_path, rule_paths, no_default_rules, select, extend_select, ignore)
    except ConfigError as exc:
        raise _fail(str(exc)) from None
    linter = _linter(config)
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
        raise _fail(f"unknown output format '{fmt}' in {config.source}")
    if report["max_results"] is not None and fmt != "sarif":
        raise click.UsageError("--max-results caps the results of --output-format sarif")
    if missing := REPORTERS[fmt].missing_extra():
        raise _fail(missing)
    threshold = fail_on or config.fail_on
    if show_settings:
        click.echo(settings_text(config, linter, walked, fmt, threshold,
                                 records or "text"), nl=False)
        raise click.exceptions.Exit(EXIT_CLEAN)
    try:
        baseline_path = report.pop("baseline")
        baseline = Baseline.load(baseline_path) if baseline_path else None
    except BaselineError as exc:
        raise _fail(str(exc)) from None
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
        raise _fail(str(exc)) from None

    raise click.exceptions.Exit(check.exit_code())


@main.group(invoke_without_command=True)
@_selection_options
@click.pass_context
def rules(ctx: click.Context, rule_paths: tuple[Path, ...], no_default_rules: bool,
          config_path: tuple[str, ...], select: tuple[str, ...], extend_select: tuple[str, ...],
          ignore: tuple[str, ...]) -> None:
    """List the rules (id, pack, kind, severity, fixable, description)."""
    try:
        config = _config(config_path, rule_paths, no_default_rules, select, extend_select, ignore)
    except ConfigError as exc:
        raise _fail(str(exc)) from None
    ctx.obj = config
    if ctx.invoked_subcommand is not None:
        return
    chosen = _load(config)
    rows = [(r.id, r.pack, r.KIND, str(r.severity), "yes" if r.fixable else "no",
             r.description.strip().split("\n")[0]) for r in chosen]
    header = ("id", "pack", "kind", "severity", "fixable", "description")
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(5)]
    for row in [header, *rows]:
        click.echo("  ".join(cell.ljust(w) for cell, w in zip(row, widths)) + "  " + row[5])


@rules.command("test")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.pass_obj
def rules_test(config: Config, paths: tuple[Path, ...]) -> None:
    """Run the embedded valid/invalid examples of every rule (of PATHS only, when given)."""
    if paths:
        config = replace(config, rules=[*config.rules, *paths], default_rules=False)
    chosen = _load(config, selected=False)
    total, failures = check_all_examples(chosen)
    for failure in failures:
        click.echo(f"{failure.location}: error[rule-example] {failure.message}")
        for detail in failure.details:
            click.echo(f"    {detail}")
    click.echo(f"{len(failures)} failed, {total - len(failures)} passed "
               f"({len(chosen)} rules, {total} examples)")
    raise click.exceptions.Exit(EXIT_FINDINGS if failures else EXIT_CLEAN)


@rules.command("docs")
@click.argument("folder", type=click.Path(path_type=Path, file_okay=False))
@click.option("--check", "check_only", is_flag=True,
              help="Change nothing; exit 1 if a page is missing or out of date.")
@click.pass_obj
def rules_docs(config: Config, folder: Path, check_only: bool) -> None:
    """Write one Markdown page per rule (and an index) into FOLDER, e.g. docs/rules."""
    chosen = _load(config, selected=False)
    if check_only:
        wanted = ruledocs.pages(chosen)
        present = {p.name for p in folder.glob("*.md")} if folder.is_dir() else set()
        stale = sorted(name for name, content in wanted.items()
                       if name not in present or (folder / name).read_text(encoding="utf-8") != content)
        stale += sorted(present - set(wanted))
        for name in stale:
            click.echo(f"{folder / name}: out of date (run: textlint-news rules docs {folder})")
        raise click.exceptions.Exit(EXIT_FINDINGS if stale else EXIT_CLEAN)
    changed = ruledocs.write_pages(chosen, folder)
    click.echo(f"{len(changed)} page(s) written or removed in {folder} ({len(chosen)} rules)")


@main.command("rule")
@click.argument("rule_id", required=False)
@click.option("--all", "show_all", is_flag=True, help="Print every rule's documentation.")
@_selection_options
def rule(rule_id: str | None, show_all: bool, rule_paths: tuple[Path, ...],
         no_default_rules: bool, config_path: tuple[str, ...], select: tuple[str, ...],
         extend_select: tuple[str, ...], ignore: tuple[str, ...]) -> None:
    """Print the documentation of RULE_ID: what it finds, why, its fix and examples."""
    if not rule_id and not show_all:
        raise click.UsageError("give a rule id (see `textlint-news rules`) or --all")
    try:
        config = _config(config_path, rule_paths, no_default_rules, select, extend_select, ignore)
    except ConfigError as exc:
        raise _fail(str(exc)) from None
    known = {r.id: r for r in _load(config, selected=False)}
    if show_all:
        click.echo("\n".join(ruledocs.render_rule(r) for r in known.values()), nl=False)
        return
    if rule_id not in known:
        close = difflib.get_close_matches(rule_id, list(known), n=1)
        hint = f"; did you mean '{close[0]}'?" if close else ""
        raise _fail(f"unknown rule '{rule_id}'{hint}")
    click.echo(ruledocs.render_rule(known[rule_id]), nl=False)
