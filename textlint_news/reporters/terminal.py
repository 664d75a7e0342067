"""Making scraped text safe and aligned on a terminal."""

from __future__ import annotations

import unicodedata


def escape(text: str) -> str:
    """Show control and invisible characters as escapes, so scraped text cannot drive the terminal."""
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() or ch == " " else ascii(ch)[1:-1] for ch in text)


def width(text: str) -> int:
    """Terminal cells taken by already-escaped text (wide East Asian characters take two)."""
    return sum(0 if unicodedata.combining(ch) else
               2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def style(text: str, code: str, enabled: bool) -> str:
    return f"\x1b[{code}m{text}\x1b[0m" if enabled else text
