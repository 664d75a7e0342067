"""A progress bar on stderr for long runs, shown only where a person is watching."""

from __future__ import annotations

import sys
from contextlib import contextmanager
from typing import Iterable, Iterator, TextIO, TypeVar

import click

T = TypeVar("T")


def wanted(quiet: bool, report_to_terminal: bool, err: TextIO | None = None) -> bool:
    """Shown when stderr is a terminal, unless --quiet or the report itself is being printed there."""
    err = err or sys.stderr
    return not quiet and not report_to_terminal and err.isatty()


@contextmanager
def progress(items: Iterable[T], enabled: bool, err: TextIO | None = None) -> Iterator[Iterable[T]]:
    """``items`` unchanged, counted on a bar while they are consumed when ``enabled``."""
    if not enabled:
        yield items
        return
    with click.progressbar(items, label="linting", show_pos=True, file=err or sys.stderr,
                           item_show_func=lambda _: "documents") as bar:
        yield bar
