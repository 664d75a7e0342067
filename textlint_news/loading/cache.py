"""A cache of loaded rule packs: parsing their YAML is most of the start-up time of a small run.

A pack is stored pickled under a key made of its bytes, the name it is reported under, the
source of textlint-news itself and its word lists, so an edited pack, a regenerated list or an
upgraded program never sees a stale entry. The cache lives in ``$TEXTLINT_NEWS_CACHE_DIR`` (empty: no cache), else
``$XDG_CACHE_HOME/textlint-news`` or ``~/.cache/textlint-news``; when it cannot be read or
written the pack is simply parsed.
"""

from __future__ import annotations

import hashlib
import io
import os
import pickle
import sys
import tempfile
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
    a regenerated list must not be served from packs parsed with the old one."""
    digest = hashlib.sha256(sys.version.encode())
    for source in sorted(Path(__file__).resolve().parent.parent.rglob("*.py")):  # the whole package
        digest.update(source.read_bytes())
    data = default_rules_dir() / "data"
    for listing in sorted(data.iterdir()) if data.is_dir() else ():
        digest.update(listing.name.encode() + b"\0" + listing.read_bytes())
    return digest.digest()


def cached(data: bytes, name: str, build: Callable[[], T]) -> T:
    """``build()``, or what it returned before for the same pack bytes, name and program."""
    folder = cache_dir()
    if folder is None:
        return build()
    key = hashlib.sha256(code_digest() + name.encode() + b"\0" + data).hexdigest()
    path = folder / f"{key}.pickle"
    try:
        with open(path, "rb") as f:
            return pickle.load(f)
    except Exception:  # missing, unreadable or from an incompatible run: parse instead
        pass
    blob = _plain_pickle(build())  # errors in the pack propagate and nothing is stored
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, delete=False, suffix=".tmp") as f:
            f.write(blob)
        os.replace(f.name, path)  # readers never see half a file
    except OSError:
        pass
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
