"""The ``textlint-news`` command group. Exit codes: 0 clean, 1 findings, 2 usage/config/input error."""

from __future__ import annotations

import click

from textlint_news import __version__
from textlint_news.cli.check import check
from textlint_news.cli.rules import rule, rules


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="textlint-news")
def main() -> None:
    """Lint text scraped from news pages for extraction and text-quality defects."""


for _command in (check, rules, rule):
    main.add_command(_command)
