"""Making scraped text safe and aligned on a terminal."""

from __future__ import annotations

import os
import re
import unicodedata
from typing import TextIO


def escape(text: str) -> str:
    """Show control and invisible characters as escapes, so scraped text cannot drive the terminal."""
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() or ch == " " else ascii(ch)[1:-1] for ch in text)


# Characters that take one cell each: Latin up to the combining marks, General Punctuation
# (curly quotes, dashes) but for an unassigned code point. Most scraped lines hold only these.
_ONE_CELL_EACH = re.compile("[\x00-\u02ff\u2000-\u2064\u2066-\u206f]*")


def width(text: str) -> int:
    """Terminal cells taken by already-escaped text (wide East Asian characters take two)."""
    if _ONE_CELL_EACH.fullmatch(text):
        return len(text)
    return sum(0 if unicodedata.combining(ch) else
               2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def use_color(stream: TextIO) -> bool:
    """Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org)."""
    return stream.isatty() and not os.environ.get("NO_COLOR")


def style(text: str, code: str, enabled: bool) -> str:
    return f"\x1b[{code}m{text}\x1b[0m" if enabled else text


def json_safe(text: str) -> str:
    """JSON text with non-printable characters (C1 controls, bidi overrides, ...) as ``\\u``
    escapes; ``json.dumps`` escapes only C0 controls when it keeps non-ASCII text readable."""
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() or ch in " \n" else _u_escape(ord(ch)) for ch in text)


def _u_escape(cp: int) -> str:
    if cp > 0xFFFF:  # JSON spells astral characters as a surrogate pair
        cp -= 0x10000
        return f"\\u{0xD800 + (cp >> 10):04x}\\u{0xDC00 + (cp & 0x3FF):04x}"
    return f"\\u{cp:04x}"
