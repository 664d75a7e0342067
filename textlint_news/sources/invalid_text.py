"""The built-in ``invalid-encoding`` check: characters that stand for bytes, not text.

``sources.decode`` keeps the bytes its codec cannot decode as lone surrogates (Python's
"surrogateescape": byte 0xNN becomes U+DCNN), so the rest of the file is still linted and a
fix writes those bytes back unchanged. A JSON string can hold a lone surrogate too
(``"\\ud800"``). Either way it is an error in the text, reported once per run of them. The
check is always on: it is not a rule of a pack, so it is not selected or ignored.
"""

from __future__ import annotations

from typing import Iterator

from textlint_news.loading.patterns import regex

from textlint_news.document import Document
from textlint_news.findings import Finding, Severity

RULE_ID = "invalid-encoding"
PACK = "builtin"
SHOWN_BYTES = 8
_SURROGATES = regex.compile("[\ud800-\udfff]+")


def _message(run: str, doc: Document) -> tuple[str, str]:
    """The message and suggestion for a run of lone surrogates."""
    codes = [ord(ch) for ch in run]
    # only text decoded from a file's bytes has escapes; a record's text came through JSON
    if doc.record_id is None and all(0xDC80 <= c <= 0xDCFF for c in codes):
        shown = " ".join(f"0x{c - 0xDC00:02X}" for c in codes[:SHOWN_BYTES])
        more = " ..." if len(codes) > SHOWN_BYTES else ""
        message = (f"byte {shown} is not valid {doc.encoding}" if len(codes) == 1
                   else f"bytes {shown}{more} are not valid {doc.encoding}")
        return message, ("give the file's real encoding with --encoding, or repair these bytes "
                         "at the source")
    return (f"lone surrogate U+{codes[0]:04X} is not a character",
            "repair the text at the source (half of a UTF-16 pair was lost)")


def invalid_text(doc: Document) -> Iterator[Finding]:
    for m in _SURROGATES.finditer(doc.text):
        message, suggestion = _message(m.group(), doc)
        line, column = doc.position(m.start())
        end_line, end_column = doc.position(m.end())
        yield Finding(rule_id=RULE_ID, pack=PACK, severity=Severity.ERROR, path=doc.path,
                      line=line, column=column, end_line=end_line, end_column=end_column,
                      message=message, start=m.start(), end=m.end(), suggestion=suggestion,
                      record_id=doc.record_id)
