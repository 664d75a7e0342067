"""Character classes spelled for Hyperscan: exact on ASCII, a superset beyond.

Hyperscan's Unicode tables are not the ``regex`` module's, so the ASCII members of a class are
computed with the ``regex`` module itself and listed; beyond ASCII a class holding letters by
property (``\\w``, ``\\p{L}``) accepts everything except in the punctuation blocks, where its
members are listed exactly (quotes, dashes and no-break spaces fill news text).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Iterable

import regex

from textlint_news.matching.regex_tree import Unsupported

WIDE = r"\x{80}-\x{10FFFF}"  # every non-ASCII code point, in a class
ASCII = [chr(c) for c in range(128)]

# The non-ASCII characters that an ASCII letter matches case-insensitively in the ``regex``
# module (a test recomputes this from the module's own tables).
NON_ASCII_FOLDS = {"i": "\u0130", "k": "\u212a", "s": "\u017f"}

# Blocks of punctuation and spaces (Latin-1's, General Punctuation, CJK's) where a class's
# members are listed exactly.
_PUNCTUATION_BLOCKS = ((0x80, 0xBF), (0x2000, 0x206F), (0x3000, 0x303F))


class EmptyClass(Unsupported):
    """A class left with no member (``[\\n]`` in a rule whose matches hold no newline)."""


def hs_char(ch: str) -> str:
    """One code point spelled so Hyperscan reads it literally, in or out of a class."""
    return ch if ch.isalnum() and ch.isascii() else f"\\x{{{ord(ch):x}}}"


def folds(ch: str) -> str:
    return NON_ASCII_FOLDS.get(ch.lower(), "")


@lru_cache(maxsize=None)
def _ascii_members(class_source: str, ignorecase: bool) -> tuple[str, ...]:
    """The ASCII characters a class (``[...]`` or a shorthand) matches, per the ``regex`` module."""
    compiled = regex.compile(class_source, regex.IGNORECASE if ignorecase else 0)
    return tuple(ch for ch in ASCII if compiled.fullmatch(ch))


@lru_cache(maxsize=None)
def _non_ascii_spans(class_source: str, ignorecase: bool) -> str:
    """A superset of the non-ASCII members of a class, as code point ranges: exact inside
    ``_PUNCTUATION_BLOCKS`` (by the ``regex`` module's own tables), everything outside."""
    compiled = regex.compile(class_source, regex.IGNORECASE if ignorecase else 0)
    spans = []
    outside = 0x80
    for low, high in _PUNCTUATION_BLOCKS:
        if outside < low:
            spans.append((outside, low - 1))
        spans += [(c, c) for c in range(low, high + 1) if compiled.fullmatch(chr(c))]
        outside = high + 1
    spans.append((outside, 0x10FFFF))
    return "".join(f"\\x{{{a:x}}}" if a == b else f"\\x{{{a:x}}}-\\x{{{b:x}}}"
                   for a, b in sorted(spans))


def class_from(source: str, ignorecase: bool, no_newline: bool, wide: bool,
               negated: bool = False, others: Iterable[str] = (),
               ranges: Iterable[tuple[int, int]] = ()) -> str:
    """The Hyperscan class for the class ``source``: its ASCII members, ``others`` and ``ranges``
    (non-ASCII members known one by one), everything non-ASCII with ``wide``; without the
    newline with ``no_newline``."""
    members = _ascii_members(source, ignorecase)
    if no_newline:
        members = tuple(ch for ch in members if ch != "\n")
    spans = "".join(f"\\x{{{low:x}}}-\\x{{{high:x}}}" for low, high in ranges)
    if negated:  # exclude only what is known to be excluded
        excluded = "".join(hs_char(ch) for ch in ASCII if ch not in members)
        if not ignorecase and (others or spans):
            excluded += "".join(map(hs_char, others)) + spans
        else:
            # the same set spelled by its ASCII members, when shorter ([^\\S\\n]: the blanks):
            # Hyperscan refuses a pattern that is too long
            listed = "".join(map(hs_char, members)) + WIDE
            if len(listed) < len(excluded):
                return f"[{listed}]"
        return f"[^{excluded}]" if excluded else "[\\x{0}-\\x{10FFFF}]"
    body = "".join(map(hs_char, members)) + "".join(map(hs_char, others)) + spans
    if wide:
        body += _non_ascii_spans(source, ignorecase)
    if not body:
        raise EmptyClass("empty class")
    return f"[{body}]"
