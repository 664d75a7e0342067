"""The ``textlint-news`` command group. Exit codes: 0 clean, 1 findings, 2 usage/config/input error."""

from __future__ import annotations

import importlib

import click

from textlint_news import __version__

# command -> the module that defines it, imported when the command runs (or --help lists it):
# `check` alone does not need `rules`' example runner and page writer
_COMMANDS = {"check": "textlint_news.cli.check", "rules": "textlint_news.cli.rules",
             "rule": "textlint_news.cli.rules"}


class _LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(_COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        module = _COMMANDS.get(cmd_name)
        return None if module is None else getattr(importlib.import_module(module), cmd_name)


@click.group(cls=_LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="textlint-news")
def main() -> None:
    """Lint text scraped from news pages for extraction and text-quality defects."""
