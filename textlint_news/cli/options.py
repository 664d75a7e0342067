"""The option groups of the commands, and ``check``'s ``--help`` in sections.

Each group is a decorator that adds its options to a command, so ``check``, ``rules`` and
``rule`` share the rule-selection options and their help text."""

from __future__ import annotations

import functools
from pathlib import Path

import click

from textlint_news.sources import INPUT_FORMATS, FormatOption
from textlint_news.sources import format_options as registered_options


class FormatChoice(click.Choice):
    """--input-format's choices: auto, text and the formats of the registry when it is read."""

    def __init__(self) -> None:
        super().__init__(())

    @property
    def choices(self) -> tuple[str, ...]:
        return ("auto", "text", *INPUT_FORMATS)

    @choices.setter
    def choices(self, _value: tuple[str, ...]) -> None:
        """click sets the choices it was given; they are read from the registry instead."""


class InputFormatOption(click.Option):
    """--input-format, whose help names what ``auto`` reads as each format of the registry."""

    @property
    def help(self) -> str:
        return ("How inputs are read; auto: by name ("
                + ", ".join(spec.auto_help for spec in INPUT_FORMATS.values())
                + "), the rest text.")

    @help.setter
    def help(self, _value: str | None) -> None:
        """click sets the help it was given; it is read from the registry instead."""


@functools.cache
def format_option(option: FormatOption) -> click.Option:
    """The click option of a format's option (built once: click keeps options)."""
    return click.Option([option.flag, option.param], default=option.default,
                        show_default=option.show_default, metavar=option.metavar,
                        help=option.help)


def selection_options(f):
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


def corpus_options(f):
    """Options for linting crawls: JSONL records, worker processes, splitting the output."""
    for decl, kwargs in reversed((
        (("--jsonl",), dict(is_flag=True, help="Read JSON Lines records (*.jsonl, *.jsonl.gz "
                                                 "inside folders) instead of text files.")),
        (("--input-format",), dict(cls=InputFormatOption, type=FormatChoice(), default="auto",
                                   show_default=True)),
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


def statistics_value(args: list[str]) -> list[str]:
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


def report_options(f):
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

    def get_params(self, ctx: click.Context) -> list[click.Parameter]:
        """The command's own options, then those the input formats declare (the registry's,
        read now, so that a format registered after import is offered too), then --help."""
        params = super().get_params(ctx)
        help_option = self.get_help_option(ctx)
        own = [p for p in params if p is not help_option]
        formats = [format_option(o) for o in registered_options()]
        return [*own, *formats, *([help_option] if help_option else [])]

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        return super().parse_args(ctx, statistics_value(args))

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        records = {p.name: p.get_help_record(ctx) for p in self.get_params(ctx)}
        placed: set[str | None] = set()
        sections = {title: names for title, names in self.SECTIONS}
        known = {name for names in sections.values() for name in names}
        # a format's own options go with the crawl options
        sections["Crawls (records)"] += tuple(o.param for o in registered_options()
                                              if o.param not in known)
        for title, names in sections.items():
            rows = [records[n] for n in names if records.get(n)]
            placed.update(names)
            if rows:
                with formatter.section(title):
                    formatter.write_dl(rows)
        rest = [row for name, row in records.items() if name not in placed and row]
        if rest:
            with formatter.section("Other options"):
                formatter.write_dl(rest)
