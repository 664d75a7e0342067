"""What a finding says: message templates, the description of a fix, the span of a line's text."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Mapping

if TYPE_CHECKING:
    from textlint_news.document import Document

_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def render(template: str, values: Mapping[str, Any]) -> str:
    """Fill ``{name}`` placeholders; unknown names are left as written (no attribute access)."""
    def value(m: re.Match) -> str:
        v = values.get(m.group(1))
        return m.group(0) if v is None else str(v)
    return _PLACEHOLDER.sub(value, template)


def describe_edit(old: str, new: str) -> str:
    """What a fix does, when its rule does not say: ``remove "..."``, ``replace "..." with "..."``."""
    if not new:
        return f"remove {_quote(old)}"
    return f"replace {_quote(old)} with {_quote(new)}"


def _quote(text: str) -> str:
    shown = text if len(text) <= 40 else text[:37] + "..."
    # invisible characters are what many fixes remove: show them escaped
    return '"' + "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in shown) + '"'


def line_text_span(doc: Document, number: int) -> tuple[int, int]:
    """The span of line ``number`` (1-based) without its leading and trailing white space:
    what a finding about a whole line points at."""
    start, end = doc.line_span(number)
    line = doc.lines[number - 1]
    return start + len(line) - len(line.lstrip()), end - (len(line) - len(line.rstrip()))
