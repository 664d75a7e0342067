"""Where documents come from: files, folders and stdin, decoded into ``Document`` objects.

The formats of records (JSONL, Parquet, ...) are in ``registry``; this module walks the
paths, decodes text and reads each file with the run's format (``TextFormat`` by default).

A path that cannot be read becomes a ``SourceError`` in the stream instead of an exception,
so one bad file never stops the run.
"""

from __future__ import annotations

import codecs
import fnmatch
import os
import stat
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator, Protocol, Union

from textlint_news.document import Document
from textlint_news.limits import DEFAULT_MAX_RECORD_BYTES, too_large
from textlint_news.document.sites import path_site

DEFAULT_INCLUDE = ("*.txt", "*.md")


@dataclass(frozen=True)
class SourceError:
    path: str
    message: str
    record_id: str | None = None


Source = Union[Document, SourceError]


# A BOM decides the encoding, whatever --encoding says. UTF-32-LE's BOM starts like UTF-16-LE's.
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
         (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
         (codecs.BOM_UTF16_BE, "utf-16-be"))
_WITHOUT_BOM = {"utf-8-sig": "utf-8", "utf-16": f"utf-16-{sys.byteorder[0]}e",
                "utf-32": f"utf-32-{sys.byteorder[0]}e"}


def decode(data: bytes, path: str, encoding: str = "utf-8") -> Document | SourceError:
    """Bytes -> Document; binary data, an unknown encoding and undecodable UTF-16/32 are errors.

    Other bytes the encoding cannot decode are kept as lone surrogates ("surrogateescape"), so the
    rest is linted, ``invalid-encoding`` reports them and a fix writes them back unchanged.
    A BOM stays at the start of the text (``Document.has_bom``) and picks an endian codec,
    so the file is written back with the same BOM and byte order.
    """
    bom, encoding = next(((mark, codec) for mark, codec in _BOMS if data.startswith(mark)),
                         (b"", encoding))
    try:
        info = codecs.lookup(encoding)
    except LookupError:
        return SourceError(path, f"unknown encoding '{encoding}'")
    if not info._is_text_encoding:  # rot13, hex, zlib: codecs, but not from bytes to text
        return SourceError(path, f"'{encoding}' is not a text encoding")
    name = info.name
    # no BOM was found: a codec that writes one of its own (utf-8-sig, utf-16) would add it
    encoding = _WITHOUT_BOM.get(name, encoding)
    wide = name.startswith(("utf-16", "utf-32"))
    nul = data.find(b"\0")
    if nul != -1 and not wide:  # UTF-16/32 text is full of NUL bytes
        return SourceError(path, f"binary file (NUL byte at offset {nul}); not linted")
    try:
        # UTF-16/32 cannot write escaped bytes back: their errors stop the file instead
        text = data[len(bom):].decode(encoding, "strict" if wide else "surrogateescape")
    except UnicodeDecodeError as exc:
        start = exc.start + len(bom)
        line = data.count(b"\n", 0, start) + 1
        column = start - (data.rfind(b"\n", 0, start) + 1) + 1
        return SourceError(path, f"invalid {exc.encoding} at line {line}, byte column {column} "
                                 f"(offset {start}): {exc.reason}; use --encoding to choose "
                                 "another encoding")
    except UnicodeError as exc:  # a codec that refuses surrogateescape (idna) or all input
        return SourceError(path, f"cannot decode with '{encoding}': {exc.__cause__ or exc}")
    return Document.from_string(("\ufeff" if bom else "") + text, path, encoding=encoding)


def open_binary(path: Path) -> BinaryIO | SourceError:
    """``path`` opened for reading, or the error that reports it (record formats read with it)."""
    try:
        return open(path, "rb")
    except IsADirectoryError:
        return SourceError(str(path), "is a folder")
    except OSError as exc:
        return SourceError(str(path), f"cannot read: {exc.strerror or exc}")


def read_file(path: Path, encoding: str = "utf-8",
              max_bytes: int = DEFAULT_MAX_RECORD_BYTES) -> Document | SourceError:
    """One document; a file over ``max_bytes`` (0: no limit) is an error, and is not read whole."""
    try:
        with path.open("rb") as f:
            info = os.fstat(f.fileno())
            if max_bytes and stat.S_ISREG(info.st_mode) and info.st_size > max_bytes:
                return _too_large(str(path), info.st_size, max_bytes)
            data = f.read(max_bytes + 1) if max_bytes else f.read()
    except IsADirectoryError:
        return SourceError(str(path), "is a folder")
    except OSError as exc:
        return SourceError(str(path), f"cannot read: {exc.strerror or exc}")
    if max_bytes and len(data) > max_bytes:  # a stream (<(zcat ...), /dev/zero), or it grew
        return _too_large(str(path), None, max_bytes)
    return decode(data, str(path), encoding)


def _too_large(path: str, size: int | None, max_bytes: int) -> SourceError:
    return SourceError(path, too_large(size, max_bytes, "--max-record-bytes") + "; not linted")


def _included(name: str, include: tuple[str, ...], exclude: tuple[str, ...]) -> bool:
    return any(fnmatch.fnmatch(name, p) for p in include) and \
        not any(fnmatch.fnmatch(name, p) for p in exclude)


class GitIgnore:
    """The ``.gitignore`` files that apply under a folder: those of the folders above it up to
    the repository's top (the first with ``.git``), and those met while walking down.

    Each file's patterns are matched against paths relative to its own folder, with
    pathspec's implementation of git's rules. When the walked folder is itself ignored by a
    file above it, only the files inside it count: it was named on purpose. A deeper file's ``!pattern`` cannot bring back
    what a file above it ignores (git can); the README says so."""

    def __init__(self, folder: Path) -> None:
        self.specs: dict[Path, "pathspec.GitIgnoreSpec"] = {}
        top = folder.resolve()
        for parent in [top, *top.parents]:
            self.add(parent)
            if (parent / ".git").exists():
                break
        else:  # not in a repository: only the walked tree's own files count
            self.specs = {d: s for d, s in self.specs.items() if d == top}
        # a folder named on the command line is walked even when a .gitignore above it
        # ignores it (as ripgrep and ruff do with named paths); the files inside it still apply
        if self.ignores(top, True):
            self.specs = {d: s for d, s in self.specs.items() if d == top}

    def add(self, folder: Path) -> None:
        path = folder / ".gitignore"
        try:
            lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError:
            return
        import pathspec  # only runs that walk folders with a .gitignore need it

        # the pure-Python backend: pathspec picks Hyperscan when it is installed (it is, for the
        # prefilter), whose compile of a .gitignore costs 20-50 ms, a quarter of a small run;
        # matching a path is 1.3 us slower, about 0.1 s per 100,000 files walked
        self.specs[folder.resolve()] = pathspec.GitIgnoreSpec.from_lines(lines, backend="simple")

    def ignores(self, path: Path, is_dir: bool) -> bool:
        # the folder resolved, not the file: a file may be a symlink to itself (a loop)
        resolved = path.parent.resolve() / path.name
        for base, spec in self.specs.items():
            try:
                rel = resolved.relative_to(base).as_posix()
            except ValueError:
                continue
            if spec.match_file(rel + "/" if is_dir else rel):
                return True
        return False


def walk(folder: Path, include: tuple[str, ...], exclude: tuple[str, ...],
         gitignore: bool = True) -> Iterator[Path | SourceError]:
    """Files under ``folder`` in a stable order, and an error for each folder that cannot be
    listed (os.walk would skip it silently); symlinked folders are not followed (no loops).
    Hidden folders are never entered; with ``gitignore``, nor is what .gitignore ignores."""
    unlisted: list[OSError] = []
    ignore = GitIgnore(folder) if gitignore else None
    for root, dirs, files in os.walk(folder, onerror=unlisted.append):
        yield from _unlisted(unlisted)
        here = Path(root)
        if ignore is not None and here != folder:
            ignore.add(here)
        dirs[:] = sorted(d for d in dirs if not d.startswith(".")
                         and not any(fnmatch.fnmatch(d, p) for p in exclude)
                         and not (ignore and ignore.ignores(here / d, True)))
        for name in sorted(files):
            path = here / name
            if _included(name, include, exclude) and \
                    not any(fnmatch.fnmatch(str(path), p) for p in exclude) and \
                    not (ignore and ignore.ignores(path, False)):
                yield path
    yield from _unlisted(unlisted)


def _special(path: Path) -> bool:
    """A FIFO, device or socket: reading one would block or never end."""
    try:
        return not stat.S_ISREG(path.stat().st_mode)
    except OSError:
        return False  # missing or unreadable: reading it says why


def _unlisted(errors: list[OSError]) -> Iterator[SourceError]:
    while errors:
        exc = errors.pop(0)
        yield SourceError(str(exc.filename), f"cannot read folder: {exc.strerror or exc}")


class InputFormat(Protocol):
    """How one kind of input file becomes sources: a file may hold one document or many records."""

    include: tuple[str, ...]  # names of the files it reads inside folders

    def read_path(self, path: Path) -> Iterator[Source]: ...

    def read_data(self, data: bytes, name: str) -> Iterator[Source]: ...

    def read_stream(self, stream: BinaryIO, name: str) -> Iterator[Source]: ...


class TextFormat:
    """The default: each file is one document."""

    include = DEFAULT_INCLUDE

    def __init__(self, encoding: str = "utf-8",
                 max_record_bytes: int = DEFAULT_MAX_RECORD_BYTES) -> None:
        self.encoding = encoding
        self.max_record_bytes = max_record_bytes  # 0: no limit

    def read_path(self, path: Path) -> Iterator[Source]:
        yield read_file(path, self.encoding, self.max_record_bytes)

    def read_data(self, data: bytes, name: str) -> Iterator[Source]:
        if self.max_record_bytes and len(data) > self.max_record_bytes:
            # stdin is read up to one byte past the limit: its full size is not known
            yield _too_large(name, None, self.max_record_bytes)
        else:
            yield decode(data, name, self.encoding)

    def read_stream(self, stream: BinaryIO, name: str) -> Iterator[Source]:
        limit = self.max_record_bytes
        yield from self.read_data(stream.read(limit + 1 if limit else -1), name)


def same_path(a: str | Path, b: str | Path) -> bool:
    """True when two paths name one file, whether it exists yet or not (symlinks followed)."""
    return Path(a).resolve() == Path(b).resolve()


def spool_stdin() -> BinaryIO:
    """Standard input copied to a temporary file (kept in memory while small), so that a run
    can read a piped crawl twice without holding it in memory."""
    import shutil  # stdin only: a run over files does not import these
    import tempfile

    spool = tempfile.SpooledTemporaryFile(max_size=DEFAULT_MAX_RECORD_BYTES)
    try:
        shutil.copyfileobj(sys.stdin.buffer, spool, 1 << 20)
    except BaseException:
        spool.close()
        raise
    return spool


def _with_site(sources: Iterable[Source], site: str | None) -> Iterator[Source]:
    """``sources``, each document without a site of its own (a record without a URL) given
    ``site``, the one of the file (``sites.path_site``)."""
    for source in sources:
        if isinstance(source, Document) and source.site is None:
            source.site = site
        yield source


def iter_sources(paths: list[str], include: tuple[str, ...] = DEFAULT_INCLUDE,
                 exclude: tuple[str, ...] = (), encoding: str = "utf-8",
                 stdin_filename: str = "-", stdin_data: bytes | BinaryIO | None = None,
                 fmt: InputFormat | None = None, skip: tuple[Path, ...] = (),
                 gitignore: bool = True) -> Iterator[Source]:
    """Documents for the given paths: ``-`` is stdin; folders are walked; files are always read.

    Inside folders only regular files are read: a FIFO would block and a device never end.
    One named on the command line is read, so ``check <(zcat day.txt.gz)`` works.

    ``stdin_data`` is standard input read beforehand (its bytes, or a seekable file such as
    ``spool_stdin()`` returns), for runs that go over the sources twice; None reads stdin.
    ``fmt`` reads each file (plain text in ``encoding`` by default). ``skip`` are the files the
    run writes (report, --passed, --quarantine): a folder walk must not read what is being written.
    """
    fmt = fmt or TextFormat(encoding)
    for given in paths:
        if given == "-":
            if isinstance(stdin_data, bytes):
                read = fmt.read_data(stdin_data, stdin_filename)
            elif stdin_data is None:
                read = fmt.read_stream(sys.stdin.buffer, stdin_filename)
            else:
                stdin_data.seek(0)  # each pass reads the spooled input from its start
                read = fmt.read_stream(stdin_data, stdin_filename)
            yield from _with_site(read, path_site(stdin_filename))
            continue
        path = Path(given)
        try:
            is_dir = path.is_dir()
        except OSError as exc:  # a name too long, a parent folder we may not enter
            yield SourceError(given, f"cannot read: {exc.strerror or exc}")
            continue
        if is_dir:
            for file in walk(path, include, exclude, gitignore):
                if isinstance(file, SourceError):
                    yield file
                elif _special(file):
                    yield SourceError(str(file), "not a regular file; not linted")
                elif not any(same_path(file, written) for written in skip):
                    yield from _with_site(fmt.read_path(file), path_site(str(file), given))
        elif path.exists() or path.is_symlink():
            yield from _with_site(fmt.read_path(path), path_site(given))
        else:
            yield SourceError(given, "no such file or folder")
