"""What every command does first: the config from its options, the rules it selects, and the
one-line error (exit 2) for what goes wrong on the way."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import click

from textlint_news.api import load_rules
from textlint_news.cli import startup
from textlint_news.engine import Linter, codes_of
from textlint_news.loading.config import Config, discover_config
from textlint_news.loading.packs import ConfigError
from textlint_news.loading.selection import Selection, SelectionError, per_file_ignores, split_codes
from textlint_news.reporters.terminal import escape
from textlint_news.session.gate import EXIT_ERROR


def fail(message: str) -> "click.exceptions.Exit":
    click.echo(f"textlint-news: error: {escape(message)}", err=True)  # paths come from users
    return click.exceptions.Exit(EXIT_ERROR)


def config_of(config_path: tuple[str, ...], rule_paths: tuple[Path, ...], no_default_rules: bool,
              select: tuple[str, ...], extend_select: tuple[str, ...],
              ignore: tuple[str, ...]) -> Config:
    """The config the selection options (``options.selection_options``) give."""
    # like ruff's --config: a value with "=" that is no file is one setting in TOML
    overrides = [c for c in config_path if "=" in c and not Path(c).is_file()]
    files = [Path(c) for c in config_path if c not in overrides]
    if len(files) > 1:
        raise click.UsageError("give at most one config file with --config")
    try:
        config = discover_config(files[0] if files else None, overrides=overrides)
    except ConfigError as exc:
        raise fail(str(exc)) from None
    return replace(
        config,
        rules=[*config.rules, *rule_paths],
        default_rules=config.default_rules and not no_default_rules,
        select=split_codes(select) if select else config.select,
        extend_select=[*config.extend_select, *split_codes(extend_select)],
        ignore=[*config.ignore, *split_codes(ignore)],
    )


def load(config: Config, selected: bool = True) -> list:
    try:
        rules = load_rules(config)
        if selected:
            rules = Selection(config.select, config.extend_select, config.ignore).apply(rules)
    except (ConfigError, SelectionError) as exc:
        raise fail(str(exc)) from None
    startup.done()  # the rules are what a run keeps; what it creates from here is collected
    return rules


def linter_of(config: Config) -> Linter:
    """The selected rules, with the config's per-file ignores checked against every rule."""
    everything = load(config, selected=False)
    try:
        ignores = per_file_ignores(config.per_file_ignores, everything)
        rules = Selection(config.select, config.extend_select, config.ignore).apply(everything)
    except SelectionError as exc:
        raise fail(str(exc)) from None
    return Linter(rules, per_file_ignores=ignores, known_codes=codes_of(everything))
