"""How much textlint-news reads of one input, so a hostile or mistaken file costs bounded memory.

A document (a text file, stdin or one JSONL record) may be ``--max-record-bytes`` long; config
files, rule packs and baselines are regular files under a fixed size. Nothing larger is read
whole: its size is known from ``fstat`` or from reading at most one byte past the limit.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

MIB = 1 << 20
DEFAULT_MAX_RECORD_BYTES = 16 * MIB  # news articles are kilobytes; 0 turns the limit off
SETTINGS_MAX_BYTES = 4 * MIB  # a config file or a rule pack: large word lists fit
BASELINE_MAX_BYTES = 256 * MIB  # about a million findings of about 250 bytes each


def too_large(size: int | None, limit: int, option: str = "") -> str:
    """``too large: 1625 bytes, more than --max-record-bytes 1000`` (size None: not known)."""
    limit_text = f"{option} {limit}" if option else f"{limit // MIB} MiB"
    return f"too large: {'' if size is None else f'{size} bytes, '}more than {limit_text}"


def read_regular_file(path: Path, limit: int) -> bytes:
    """The bytes of ``path``, which must be a regular file of at most ``limit`` bytes.

    Raises OSError with a reason a user can act on: ``/dev/zero`` would be read forever, a FIFO
    would block (it is opened non-blocking, so even opening it cannot hang).
    """
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    with os.fdopen(fd, "rb") as f:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise OSError("not a regular file")
        if info.st_size > limit:
            raise OSError(too_large(info.st_size, limit))
        data = f.read(limit + 1)
    if len(data) > limit:  # it grew after fstat
        raise OSError(too_large(None, limit))
    return data
