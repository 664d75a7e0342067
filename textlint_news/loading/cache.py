"""A cache of loaded rule packs: parsing their YAML is most of the start-up time of a small run.

A pack is stored pickled under a key made of its bytes, the name it is reported under, the
source of textlint-news itself and its word lists, so an edited pack, a regenerated list or an
upgraded program never sees a stale entry. The cache lives in ``$TEXTLINT_NEWS_CACHE_DIR`` (empty: no cache), else
``$XDG_CACHE_HOME/textlint-news`` or ``~/.cache/textlint-news``; when it cannot be read or
written the pack is simply parsed.

Entries sit in a folder per program (``program_dir``), so an upgrade does not leave the old
entries behind forever: the first entry a program writes removes the folders of programs
that have not written for ``STALE_DAYS`` (another install still in use keeps its own).
"""

from __future__ import annotations

import hashlib
import io
import os
import pickle
import sys
import time
from functools import lru_cache
from pathlib import Path
from typing import Callable, TypeVar

from textlint_news.paths import default_rules_dir

T = TypeVar("T")


def cache_dir() -> Path | None:
    configured = os.environ.get("TEXTLINT_NEWS_CACHE_DIR")
    if configured is not None:
        return Path(configured) if configured else None
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "textlint-news"


@lru_cache(maxsize=1)
def code_digest() -> bytes:
    """The program's source and the word lists rules read at load time (``rules/data``):
    a regenerated list must not be served from packs parsed with the old one. Each file counts
    by its path, size and modification time, as Python's own bytecode cache decides whether a
    module changed: reading and hashing 2.3 MB of word lists took 10-16 ms of every run."""
    digest = hashlib.sha256(sys.version.encode())
    data = default_rules_dir() / "data"
    files = sorted(Path(__file__).resolve().parent.parent.rglob("*.py"))  # the whole package
    files += sorted(data.iterdir()) if data.is_dir() else []
    for path in files:
        stat = path.stat()
        digest.update(f"{path}\0{stat.st_size}\0{stat.st_mtime_ns}\0".encode())
    return digest.digest()


STALE_DAYS = 7  # a program folder not written for this long is removed by another program


def program_dir() -> Path | None:
    """The folder of this program's entries, or None when the cache is off."""
    folder = cache_dir()
    return None if folder is None else folder / code_digest().hex()[:16]


def store(path: Path, blob: bytes) -> None:
    """Write one entry of ``program_dir()`` whole or not at all (readers never see half a
    file); the program's first entry also clears out stale programs' folders."""
    import tempfile  # writing is for a cache miss: a run served by the cache never imports it

    try:
        if not path.parent.is_dir():
            path.parent.mkdir(parents=True, exist_ok=True)
            _prune(path.parent)
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False, suffix=".tmp") as f:
            f.write(blob)
        os.replace(f.name, path)
    except OSError:
        pass


def _prune(current: Path) -> None:
    import shutil

    cutoff = time.time() - STALE_DAYS * 86400
    for entry in current.parent.iterdir():
        try:
            if entry.is_dir() and entry != current and len(entry.name) == 16 \
                    and entry.stat().st_mtime < cutoff:
                shutil.rmtree(entry, ignore_errors=True)
            elif entry.suffix == ".pickle" and entry.is_file():  # the flat layout of old versions
                entry.unlink()
        except OSError:
            pass


def cached(data: bytes, name: str, build: Callable[[], T]) -> T:
    """``build()``, or what it returned before for the same pack bytes, name and program."""
    folder = program_dir()
    if folder is None:
        return build()
    key = hashlib.sha256(name.encode() + b"\0" + data).hexdigest()
    path = folder / f"{key}.pickle"
    try:
        with open(path, "rb") as f:
            return pickle.load(f)
    except Exception:  # missing, unreadable or from an incompatible run: parse instead
        pass
    blob = _plain_pickle(build())  # errors in the pack propagate and nothing is stored
    store(path, blob)
    return pickle.loads(blob)  # what a later run will read, so both runs see the same values


class _PlainPickler(pickle.Pickler):
    """Stores the YAML parser's scalars (ruamel's ``str``/``float``/``int`` subclasses that
    remember their quoting) and containers as the plain types they extend: unpickling a pack
    then needs no ruamel.yaml, whose import is a fifth of a small run's start-up."""

    def reducer_override(self, obj: object) -> object:
        kind = type(obj)
        if not kind.__module__.startswith("ruamel."):
            return NotImplemented
        if kind.__name__ == "ScalarBoolean":  # an int subclass standing for a bool
            return bool, (bool(obj),)
        for plain in (str, int, float, dict, list):
            if isinstance(obj, plain):
                return plain, (plain(obj),)
        return NotImplemented


def _plain_pickle(value: object) -> bytes:
    buffer = io.BytesIO()
    _PlainPickler(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(value)
    return buffer.getvalue()
