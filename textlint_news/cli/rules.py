"""``textlint-news rules`` (list), ``rules test``, ``rules docs`` and ``rule ID``."""

from __future__ import annotations

import difflib
from dataclasses import replace
from pathlib import Path

import click

from textlint_news import ruledocs
from textlint_news.cli.common import config_of, fail, load
from textlint_news.cli.options import selection_options
from textlint_news.loading.config import Config
from textlint_news.ruletest import check_all_examples
from textlint_news.session.gate import EXIT_CLEAN, EXIT_FINDINGS


@click.group(invoke_without_command=True)
@selection_options
@click.pass_context
def rules(ctx: click.Context, rule_paths: tuple[Path, ...], no_default_rules: bool,
          config_path: tuple[str, ...], select: tuple[str, ...], extend_select: tuple[str, ...],
          ignore: tuple[str, ...]) -> None:
    """List the rules (id, pack, kind, severity, fixable, description)."""
    config = config_of(config_path, rule_paths, no_default_rules, select, extend_select, ignore)
    ctx.obj = config
    if ctx.invoked_subcommand is not None:
        return
    chosen = load(config)
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
    chosen = load(config, selected=False)
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
    chosen = load(config, selected=False)
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


@click.command("rule")
@click.argument("rule_id", required=False)
@click.option("--all", "show_all", is_flag=True, help="Print every rule's documentation.")
@selection_options
def rule(rule_id: str | None, show_all: bool, rule_paths: tuple[Path, ...],
         no_default_rules: bool, config_path: tuple[str, ...], select: tuple[str, ...],
         extend_select: tuple[str, ...], ignore: tuple[str, ...]) -> None:
    """Print the documentation of RULE_ID: what it finds, why, its fix and examples."""
    if not rule_id and not show_all:
        raise click.UsageError("give a rule id (see `textlint-news rules`) or --all")
    config = config_of(config_path, rule_paths, no_default_rules, select, extend_select, ignore)
    known = {r.id: r for r in load(config, selected=False)}
    if show_all:
        click.echo("\n".join(ruledocs.render_rule(r) for r in known.values()), nl=False)
        return
    if rule_id not in known:
        close = difflib.get_close_matches(rule_id, list(known), n=1)
        hint = f"; did you mean '{close[0]}'?" if close else ""
        raise fail(f"unknown rule '{rule_id}'{hint}")
    click.echo(ruledocs.render_rule(known[rule_id]), nl=False)
