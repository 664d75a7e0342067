"""Writing files without ever losing data.

Everything textlint-news writes (fixed text, the report, ``--passed``/``--quarantine``, the
baseline) goes to a temporary file in the same folder, which is flushed to disk, given the
original's mode and renamed over the original (``os.replace`` is atomic on one file system)
only once it is complete: a full disk, an error or a crash leaves the old file as it was.
Before a fix replaces a file, the file is compared with what was read: if it changed
meanwhile it is left alone.
"""

from __future__ import annotations

import errno
import hashlib
import os
import stat
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Callable

from textlint_news.document import BOM, Document

# Short and fixed-length, so a file whose name is at the file system's limit (255 bytes)
# still gets a temporary neighbour; the prefix says which tool left it after a crash.
TEMP_PREFIX, TEMP_SUFFIX = ".textlint-news-", ".tmp"
READ_ATTEMPTS = 5  # re-reads of a file that keeps changing while it is hashed
CHUNK = 1 << 20


class FileChanged(Exception):
    """The file on disk is no longer the one that was linted."""


class WriteError(Exception):
    """An output file that could not be written; the message is the one line to show."""

    def __init__(self, path: Path, reason: OSError | str) -> None:
        if isinstance(reason, OSError):
            reason = reason.strerror or str(reason)
        super().__init__(f"cannot write {path}: {reason}")


@dataclass(frozen=True)
class Snapshot:
    """A file's content: its size and SHA-256, read while its stat did not move."""

    size: int
    sha256: str

    @classmethod
    def take(cls, path: Path) -> "Snapshot":
        """Hash the file between two stats, and read it again while they differ: a write, or
        a rename over it, during the read would otherwise go unseen."""
        for _ in range(READ_ATTEMPTS):
            before = _identity(os.stat(path))
            digest = hashlib.sha256()
            with open(path, "rb") as fh:
                while chunk := fh.read(CHUNK):
                    digest.update(chunk)
            sha256 = digest.hexdigest()
            after = _identity(os.stat(path))
            if before == after:
                return cls(after[2], sha256)
        raise FileChanged("kept changing while it was read; left untouched")


def _identity(st: os.stat_result) -> tuple[int, ...]:
    """What a write (or a rename over the file) changes, to the nanosecond."""
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)


def encode(doc: Document, raw_text: str) -> bytes:
    """``raw_text`` in the document's encoding, with its BOM (sources.py picks an endian codec
    for a BOM, so the byte order is kept too). surrogateescape: bytes the codec could not decode
    were read as lone surrogates and go back as they were."""
    return ((BOM if doc.has_bom else "") + raw_text).encode(doc.encoding, "surrogateescape")


def check_unchanged(doc: Document, snapshot: Snapshot) -> None:
    """Raise unless encoding the text ``doc`` was linted from gives exactly the bytes on disk:
    then the file has not changed since, and nothing but the fixes will differ."""
    try:
        data = encode(doc, doc.raw_text())
        same = (len(data), hashlib.sha256(data).hexdigest()) == (snapshot.size, snapshot.sha256)
    except UnicodeEncodeError:
        same = False
    if not same:
        raise FileChanged("differs from the text that was linted (changed on disk, or its "
                          "encoding does not round-trip); left untouched")


class AtomicWrite:
    """``with AtomicWrite(path) as fh:`` writes a temporary file next to ``path`` that replaces
    it when the block ends without an error, and is deleted otherwise.

    A symlink's target is replaced and the link kept; an existing file's mode (and owner, when
    allowed) is kept; a read-only file is refused, as ``open`` would. A device or FIFO
    (``/dev/full``, a pipe) has nothing to replace and is written directly.
    ``before_replace`` runs last before the rename and may raise to keep the original.
    """

    def __init__(self, path: Path, text: bool = False,
                 before_replace: Callable[[], None] | None = None) -> None:
        self.path = path
        self.text = text
        self.before_replace = before_replace
        self.temp: Path | None = None
        self.fh: IO[Any] | None = None

    def __enter__(self) -> IO[Any]:
        self.target = Path(os.path.realpath(self.path))
        try:
            self.st: os.stat_result | None = self.target.stat()
        except FileNotFoundError:
            self.st = None
        if self.st is not None and not stat.S_ISREG(self.st.st_mode):
            self.fh = self._open(self.path, "w")  # a device or FIFO: nothing to replace
            return self.fh
        if _read_only(self.target, self.st):
            # a rename would replace it anyway (it needs only a writable folder): respect the mode
            raise PermissionError(errno.EACCES, "read-only file")
        import tempfile  # a report to the terminal never writes a file: spare its import

        fd, temp = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=TEMP_SUFFIX, dir=self.target.parent)
        self.temp = Path(temp)
        self.fh = self._open(fd, "w")
        return self.fh

    def _open(self, file: Path | int, mode: str) -> IO[Any]:
        return open(file, mode, encoding="utf-8") if self.text else open(file, mode + "b")

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> None:
        assert self.fh is not None
        if exc_type is not None:
            self._discard()
            return
        try:
            if self.temp is None:
                self.fh.close()  # a device: a full one says so here
                return
            self.fh.flush()
            os.fsync(self.fh.fileno())
            self.fh.close()
            if self.st is None:
                os.chmod(self.temp, 0o666 & ~_umask())  # as open() would create it
            else:
                if (self.st.st_uid, self.st.st_gid) != (os.getuid(), os.getgid()):
                    with suppress(PermissionError):  # keep the owner when allowed (root)
                        os.chown(self.temp, self.st.st_uid, self.st.st_gid)
                os.chmod(self.temp, self.st.st_mode & 0o7777)  # after chown: it clears setuid
            if self.before_replace is not None:
                self.before_replace()
            os.replace(self.temp, self.target)
        except BaseException:
            self._discard()
            raise

    def _discard(self) -> None:
        assert self.fh is not None
        with suppress(OSError):
            self.fh.close()  # flushing the rest may fail again (a full disk): it is thrown away
        if self.temp is not None:
            with suppress(OSError):
                os.unlink(self.temp)


def _read_only(target: Path, st: os.stat_result | None) -> bool:
    """An existing file without write permission (for root too: no write bit at all)."""
    return st is not None and (not st.st_mode & 0o222 or not os.access(target, os.W_OK))


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


class Output(AtomicWrite):
    """An ``AtomicWrite`` for an output file: every failure to write it, when it is opened,
    written or replaced, is a ``WriteError`` naming the file.

    A name like /dev/stdout is appended to: redirected to a file it resolves to that file, and
    replacing (or truncating) it would lose what the shell writes there before and after.
    """

    def __enter__(self) -> IO[Any]:
        try:
            if _stream_name(self.path):
                self.fh = self._open(self.path, "a")
                return _Stream(self.fh, self.path)  # type: ignore[return-value]
            return _Stream(super().__enter__(), self.path)  # type: ignore[return-value]
        except OSError as exc:
            raise WriteError(self.path, exc) from None

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> None:
        try:
            super().__exit__(exc_type, exc, tb)
        except OSError as error:
            raise WriteError(self.path, error) from None


class _Stream:
    """A file object whose failed writes are ``WriteError``s naming the file, so they can be
    told from any other OSError of the run."""

    def __init__(self, fh: IO[Any], path: Path) -> None:
        self._fh, self._path = fh, path

    def write(self, data: Any) -> int:
        try:
            return self._fh.write(data)
        except OSError as exc:
            raise WriteError(self._path, exc) from None

    def flush(self) -> None:
        try:
            self._fh.flush()
        except OSError as exc:
            raise WriteError(self._path, exc) from None

    def __getattr__(self, name: str) -> Any:
        return getattr(self._fh, name)


def _stream_name(path: Path) -> bool:
    """/dev/stdout, /dev/fd/3, /proc/self/fd/1 …, but not a file kept in /dev/shm."""
    name = os.path.abspath(path)
    return name.startswith("/proc/") or (name.startswith("/dev/")
                                         and not name.startswith("/dev/shm/"))


def check_writable(path: Path) -> None:
    """Raise ``WriteError`` when ``path`` surely cannot be written (its folder is missing or
    not writable, or it is read-only), so a run fails before linting, not after it."""
    target = Path(os.path.realpath(path))
    try:
        st: os.stat_result | None = target.stat()
    except OSError:
        st = None
    if _stream_name(path) or (st is not None and not stat.S_ISREG(st.st_mode)):
        return  # opened and written directly
    if not target.parent.is_dir():
        raise WriteError(path, f"no such folder {target.parent}")
    if _read_only(target, st):
        raise WriteError(path, "read-only file")
    if not os.access(target.parent, os.W_OK | os.X_OK):
        raise WriteError(path, f"permission denied in folder {target.parent}")


def write_atomic(path: Path, data: bytes, snapshot: Snapshot) -> None:
    """Replace the file at ``path`` by ``data`` unless its content differs from ``snapshot``.

    The last check hashes the file between two stats right before the rename, so a write
    before that is seen; what remains is the rename itself (a few microseconds), a rewrite of
    the same size within one tick of the file system's clock during the check, and a process
    that keeps the file open and writes after the rename (it writes to the replaced file).
    """
    def unchanged() -> None:
        if Snapshot.take(path) != snapshot:
            raise FileChanged("changed on disk while it was being fixed; left untouched")

    with AtomicWrite(path, before_replace=unchanged) as fh:
        fh.write(data)
