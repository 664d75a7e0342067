"""Writing fixed text back without ever losing data.

The new bytes go to a temporary file in the same folder, which is flushed to disk, given the
original's mode and renamed over the original (``os.replace`` is atomic on one file system).
Before that the file is compared with what was read: if it changed meanwhile it is left alone.
"""

from __future__ import annotations

import errno
import hashlib
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .document import BOM, Document


class FileChanged(Exception):
    """The file on disk is no longer the one that was linted."""


@dataclass(frozen=True)
class Snapshot:
    mtime_ns: int
    size: int
    sha256: str
    data: bytes

    @classmethod
    def take(cls, path: Path) -> "Snapshot":
        data = path.read_bytes()
        st = path.stat()
        return cls(st.st_mtime_ns, st.st_size, hashlib.sha256(data).hexdigest(), data)

    def same_file(self, other: "Snapshot") -> bool:
        return (self.mtime_ns, self.size, self.sha256) == (other.mtime_ns, other.size, other.sha256)


def encode(doc: Document, raw_text: str) -> bytes:
    """``raw_text`` in the document's encoding, with its BOM (sources.py picks an endian codec
    for a BOM, so the byte order is kept too). surrogateescape: bytes the codec could not decode
    were read as lone surrogates and go back as they were."""
    return ((BOM if doc.has_bom else "") + raw_text).encode(doc.encoding, "surrogateescape")


def check_unchanged(doc: Document, snapshot: Snapshot) -> None:
    """Raise unless encoding the text ``doc`` was linted from gives exactly the bytes on disk:
    then the file has not changed since, and nothing but the fixes will differ."""
    try:
        same = encode(doc, doc.raw_text()) == snapshot.data
    except UnicodeEncodeError:
        same = False
    if not same:
        raise FileChanged("differs from the text that was linted (changed on disk, or its "
                          "encoding does not round-trip); left untouched")


def write_atomic(path: Path, data: bytes, snapshot: Snapshot) -> None:
    """Replace the file at ``path`` by ``data`` unless it differs from ``snapshot`` now."""
    target = Path(os.path.realpath(path))  # a symlink stays a symlink; its target is fixed
    st = target.stat()
    mode = st.st_mode & 0o7777
    if not mode & 0o222 or not os.access(target, os.W_OK):
        # a rename would replace it anyway (it needs only a writable folder): respect the mode
        raise PermissionError(errno.EACCES, "read-only file")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if (st.st_uid, st.st_gid) != (os.getuid(), os.getgid()):
            try:  # keep the owner when allowed to (root fixing someone else's file)
                os.chown(tmp, st.st_uid, st.st_gid)
            except PermissionError:
                pass
        os.chmod(tmp, mode)  # after chown, which may clear setuid/setgid bits
        if not snapshot.same_file(Snapshot.take(target)):
            raise FileChanged("changed on disk while it was being fixed; left untouched")
        os.replace(tmp, target)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
