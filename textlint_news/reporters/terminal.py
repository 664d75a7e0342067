"""Making scraped text safe and aligned on a terminal."""

from __future__ import annotations

import os
import re
import unicodedata
from typing import Sequence, TextIO


def escape(text: str) -> str:
    """``text`` from the input made safe for a line of a human-readable report: controls shown
    as escapes and GitHub Actions workflow commands neutralised, as if it began the line."""
    return neutralise(escape_controls(text))


def escape_controls(text: str) -> str:
    """Show control and invisible characters as escapes, so scraped text cannot drive the terminal."""
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() or ch == " " else ascii(ch)[1:-1] for ch in text)


# GitHub's runner executes workflow commands found in any line a job prints (actions/runner,
# ActionCommand.TryParse and TryParseV2): "##[name]data" anywhere in a line, "::name::data" at
# the start of one after blanks; a lone CR ends a line for it too. One backslash goes into
# each, before the character that completes the prefix (any backslashes already there count
# as part of it, so taking one out gives the text back).
_IN_LINE = r"""
    \#\#(?=\\*\[)                       # ##[ anywhere: ##\[
  | (?<=[\r\n])[^\S\r\n]*:(?=\\*:)       # :: after a CR (raw --diff lines): :\:
"""
_COMMAND_IN_LINE = re.compile(_IN_LINE, re.VERBOSE)
_COMMAND_AT_START = re.compile(_IN_LINE + r"""
  | \A[^\S\r\n]*:(?=\\*:)                # :: at the start of the line
""", re.VERBOSE)


def neutralise(text: str) -> str:
    """``text``, starting a line, with a backslash in each workflow command (see above)."""
    return neutralise_parts([text], line_start=True)[0]


def neutralise_parts(parts: Sequence[str], line_start: bool) -> list[str]:
    """The pieces of one output line, neutralised as a whole (a command can straddle two);
    each backslash goes into the piece holding the character it precedes, so a caller can
    still measure where a piece starts."""
    joined = "".join(parts)
    cuts = [m.end() for m in (_COMMAND_AT_START if line_start else _COMMAND_IN_LINE)
            .finditer(joined)]
    if not cuts:
        return list(parts)
    out, start, i = [], 0, 0
    for part in parts:
        end = start + len(part)
        pieces, last = [], start
        while i < len(cuts) and cuts[i] < end:
            pieces += [joined[last:cuts[i]], "\\"]
            last, i = cuts[i], i + 1
        pieces.append(joined[last:end])
        out.append("".join(pieces))
        start = end
    return out


def diff_line(line: str, terminal: bool) -> str:
    """A line of ``--diff``: escaped on a terminal, else raw (a patch) but for workflow commands."""
    return escape(line) if terminal else neutralise(line)


# Characters that take one cell each: Latin up to the combining marks, General Punctuation
# (curly quotes, dashes) but for an unassigned code point. Most scraped lines hold only these.
_ONE_CELL_EACH = re.compile("[\x00-\u02ff\u2000-\u2064\u2066-\u206f]*")


def width(text: str) -> int:
    """Terminal cells taken by already-escaped text (wide East Asian characters take two)."""
    if _ONE_CELL_EACH.fullmatch(text):
        return len(text)
    return sum(0 if unicodedata.combining(ch) else
               2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


COLOR_MODES = ("auto", "always", "never")


def use_color(stream: TextIO, mode: str = "auto") -> bool:
    """``--color``: always or never as told; auto is never when NO_COLOR is set
    (https://no-color.org), always when FORCE_COLOR is (https://force-color.org; CI logs
    render colour though they are no terminal), else only on a terminal."""
    if mode != "auto":
        return mode == "always"
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR", "0") not in ("", "0"):
        return True
    return stream.isatty()


def style(text: str, code: str, enabled: bool) -> str:
    return f"\x1b[{code}m{text}\x1b[0m" if enabled else text


def json_safe(text: str) -> str:
    """JSON text with non-printable characters (C1 controls, bidi overrides, ...) as ``\\u``
    escapes; ``json.dumps`` escapes only C0 controls when it keeps non-ASCII text readable."""
    if text.replace("\n", "").isprintable():  # indented JSON: the common case, fast
        return text
    return "".join(ch if ch.isprintable() or ch in " \n" else _u_escape(ord(ch)) for ch in text)


def _u_escape(cp: int) -> str:
    if cp > 0xFFFF:  # JSON spells astral characters as a surrogate pair
        cp -= 0x10000
        return f"\\u{0xD800 + (cp >> 10):04x}\\u{0xDC00 + (cp & 0x3FF):04x}"
    return f"\\u{cp:04x}"
