"""The ``textlint-news`` command line (entry point ``textlint_news.cli:run``).

``app`` holds the command group (``main``), ``options`` the option groups and the sectioned
``--help``, ``common`` the config and rule loading every command starts with, ``check`` and
``rules`` the commands."""

from __future__ import annotations

import sys

from textlint_news.cli import startup
from textlint_news.cli.app import main

__all__ = ["main", "run"]


def run() -> None:
    """The program: ``main``, then an exit without the interpreter's teardown.

    Freeing every object one at a time at exit (the rules' word lists and maps, the compiled
    patterns, the modules) took a tenth of a small run. By then every file the run wrote is
    closed (each output is a context manager, replaced whole); the exit handlers still run and
    the standard streams are flushed. Anything unusual (a thread still running, a stream that
    cannot be flushed, an exit code that is no number) takes the ordinary exit. Code that
    embeds the command line calls ``main`` and keeps its ``SystemExit``. The garbage collector
    is paused while the modules and rules load (``startup``).
    """
    startup.pause()
    try:
        main()
    except SystemExit as exc:
        if exc.code is None or type(exc.code) is int:
            _exit_now(exc.code or 0)
        raise


def _exit_now(code: int) -> None:
    """``os._exit(code)`` after what an ordinary exit does that a run can observe; returns
    (for the ordinary exit) when that cannot be done."""
    import atexit
    import os

    threading = sys.modules.get("threading")
    if threading is not None and threading.active_count() > 1:
        return  # an ordinary exit waits for them
    atexit._run_exitfuncs()  # (multiprocessing's clean-up, logging's flush): then cleared
    try:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
    except Exception:  # a closed pipe: the ordinary exit reports it as it always has
        return
    os._exit(code)
