"""The ``textlint-news`` command line (entry point ``textlint_news.cli:main``).

``app`` holds the command group, ``options`` the option groups and the sectioned ``--help``,
``common`` the config and rule loading every command starts with, ``check`` and ``rules`` the
commands."""

from textlint_news.cli.app import main

__all__ = ["main"]
