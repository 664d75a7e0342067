"""The ``regex`` module for the package's modules, their constant patterns compiled once per program.

The modules compile some 50 patterns when they are imported: 11 ms of a 0.16 s small run, as
``regex`` parses a pattern in Python, where unpickling them compiled takes 0.2 ms. A module
that writes ``from textlint_news.loading.patterns import regex`` gets the ``regex`` module's
own names, except that ``regex.compile`` called from a module's top level (a constant pattern,
no keyword arguments) is served from one cache file per program, beside the pack cache (see
``cache.py``: keyed by the program's files and Python; the file by the ``regex`` version). A
pattern compiled inside a function (from a rule's options, a document's words) is compiled as
usual and never stored, so the file holds what the modules define and nothing more.
"""

from __future__ import annotations

import atexit
import pickle
import sys
import types
from typing import Any

import regex as _regex

from textlint_news.loading.cache import program_dir, store

_compiled: dict[tuple[str, int], Any] | None = None  # the cache file's patterns, once read
_new = False  # patterns compiled in this process that the file lacks


def _path():
    folder = program_dir()
    return None if folder is None else folder / f"module-patterns-{_regex.__version__}.pickle"


def _cache() -> dict[tuple[str, int], Any]:
    global _compiled
    if _compiled is None:
        _compiled = {}
        path = _path()
        if path is not None:
            try:
                with open(path, "rb") as f:
                    _compiled = pickle.load(f)
            except Exception:  # missing or unreadable: compiled and written again
                pass
    return _compiled


def _store() -> None:
    path = _path()
    if _new and path is not None:
        store(path, pickle.dumps(_compiled, protocol=pickle.HIGHEST_PROTOCOL))


def compile(pattern: Any, flags: int = 0, **kwargs: Any) -> Any:
    """``regex.compile``; at a module's top level, from the cache file when it holds it."""
    global _new
    if kwargs or not isinstance(pattern, str) or sys._getframe(1).f_code.co_name != "<module>":
        return _regex.compile(pattern, flags, **kwargs)
    cache = _cache()
    key = (pattern, int(flags))
    compiled = cache.get(key)
    if compiled is None:
        compiled = cache[key] = _regex.compile(pattern, flags)
        if not _new:
            _new = True
            atexit.register(_store)
    return compiled


regex = types.ModuleType("regex", _regex.__doc__)
regex.__dict__.update({name: value for name, value in vars(_regex).items()
                       if not name.startswith("__") or name in ("__all__", "__version__")})
regex.compile = compile
