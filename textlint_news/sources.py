"""Where documents come from: files, folders and stdin, decoded into ``Document`` objects.

A path that cannot be read becomes a ``SourceError`` in the stream instead of an exception,
so one bad file never stops the run.
"""

from __future__ import annotations

import codecs
import fnmatch
import importlib
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Protocol, Union

from .document import Document

DEFAULT_INCLUDE = ("*.txt", "*.md")


@dataclass(frozen=True)
class SourceError:
    path: str
    message: str
    record_id: str | None = None


Source = Union[Document, SourceError]


def decode(data: bytes, path: str, encoding: str = "utf-8") -> Document | SourceError:
    """Bytes -> Document; binary data and undecodable bytes are reported with their position."""
    nul = data.find(b"\0")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"  # UTF-16 text is full of NUL bytes: decide by its BOM first
    elif nul != -1:
        return SourceError(path, f"binary file (NUL byte at offset {nul}); not linted")
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        return SourceError(path, f"invalid {exc.encoding} at line {line}, byte column {column} "
                                 f"(offset {exc.start}): {exc.reason}; use --encoding to choose "
                                 "another encoding")
    except LookupError:
        return SourceError(path, f"unknown encoding '{encoding}'")
    return Document.from_string(text, path, encoding=encoding)


def read_file(path: Path, encoding: str = "utf-8") -> Document | SourceError:
    try:
        data = path.read_bytes()
    except IsADirectoryError:
        return SourceError(str(path), "is a folder")
    except OSError as exc:
        return SourceError(str(path), f"cannot read: {exc.strerror or exc}")
    return decode(data, str(path), encoding)


def _included(name: str, include: tuple[str, ...], exclude: tuple[str, ...]) -> bool:
    return any(fnmatch.fnmatch(name, p) for p in include) and \
        not any(fnmatch.fnmatch(name, p) for p in exclude)


def walk(folder: Path, include: tuple[str, ...], exclude: tuple[str, ...]) -> Iterator[Path]:
    """Files under ``folder`` in a stable order; symlinked folders are not followed (no loops)."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".")
                         and not any(fnmatch.fnmatch(d, p) for p in exclude))
        for name in sorted(files):
            path = Path(root) / name
            if _included(name, include, exclude) and \
                    not any(fnmatch.fnmatch(str(path), p) for p in exclude):
                yield path


class InputFormat(Protocol):
    """How one kind of input file becomes sources: a file may hold one document or many records."""

    include: tuple[str, ...]  # names of the files it reads inside folders

    def read_path(self, path: Path) -> Iterator[Source]: ...

    def read_data(self, data: bytes, name: str) -> Iterator[Source]: ...


class TextFormat:
    """The default: each file is one document."""

    include = DEFAULT_INCLUDE

    def __init__(self, encoding: str = "utf-8") -> None:
        self.encoding = encoding

    def read_path(self, path: Path) -> Iterator[Source]:
        yield read_file(path, self.encoding)

    def read_data(self, data: bytes, name: str) -> Iterator[Source]:
        yield decode(data, name, self.encoding)


# Record formats, chosen with --<name>: one module each, imported only when used.
INPUT_FORMATS: dict[str, str] = {
    "jsonl": "textlint_news.sources_jsonl:JsonlFormat",
}


def input_format(name: str, **options: str) -> InputFormat:
    module, _, cls = INPUT_FORMATS[name].partition(":")
    return getattr(importlib.import_module(module), cls)(**options)


def iter_sources(paths: list[str], include: tuple[str, ...] = DEFAULT_INCLUDE,
                 exclude: tuple[str, ...] = (), encoding: str = "utf-8",
                 stdin_filename: str = "-", stdin_data: bytes | None = None,
                 fmt: InputFormat | None = None) -> Iterator[Source]:
    """Documents for the given paths: ``-`` is stdin; folders are walked; files are always read.

    ``stdin_data`` is standard input read beforehand, for runs that go over the sources twice.
    ``fmt`` reads each file (plain text in ``encoding`` by default).
    """
    fmt = fmt or TextFormat(encoding)
    for given in paths:
        if given == "-":
            data = sys.stdin.buffer.read() if stdin_data is None else stdin_data
            yield from fmt.read_data(data, stdin_filename)
            continue
        path = Path(given)
        if path.is_dir():
            for file in walk(path, include, exclude):
                yield from fmt.read_path(file)
        elif path.exists() or path.is_symlink():
            yield from fmt.read_path(path)
        else:
            yield SourceError(given, "no such file or folder")
