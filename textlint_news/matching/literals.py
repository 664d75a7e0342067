"""Literals that every match of a pattern needs, so documents without them are never scanned.

Most pattern rules look for something rare (``&amp;``, `` .``, ``( )``), but a regex that starts
with a look-behind is tried at every character. ``required_literals`` reads the pattern's
syntax tree and returns strings of which at least one occurs in any text the pattern matches
(look-around text included: it is in the document too); ``str.__contains__`` over them costs
next to nothing. When the pattern gives no such guarantee the answer is None and the rule
always scans. Being conservative is the point: a wrong answer would hide findings.
"""

from __future__ import annotations

import itertools
import re
from typing import Iterable

import regex

try:  # the stdlib parser: enough for the syntax both engines share
    from re import _constants as C, _parser as sre_parse  # Python >= 3.11
except ImportError:  # pragma: no cover
    import sre_constants as C  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

MAX_SET = 24   # alternatives kept for one requirement
MAX_CLASS = 8  # a character class with more members is no literal

# regex-module syntax the stdlib parser lacks, rewritten to something no more specific:
# \p{..} classes become \w, named groups (whose names may repeat) plain groups; other
# escapes are kept as they are, so an escaped backslash or parenthesis is never misread
_SYNTAX = re.compile(r"\\(?P<cls>[pP]\{[^}]*\}|[pP][A-Za-z])?(?(cls)|.)|(?P<name>\(\?P<\w+>)"
                     r"|(?P<ref>\(\?P=\w+\))", re.DOTALL)


def _stdlib_syntax(m: re.Match) -> str:
    if m.group("cls"):
        return r"\w"
    return "(?:" if m.group("name") else "(?:)" if m.group("ref") else m.group()

Literals = frozenset[str] | None


def required_literals(pattern: str, flags: int) -> Literals:
    """Strings one of which occurs in (or next to) every match, or None when unknown."""
    if flags & regex.IGNORECASE or "(?i" in pattern or regex.VERSION1 & flags or "[[" in pattern \
            or "[:" in pattern:  # case folding, and nested or POSIX sets the parsers read apart
        return None
    source = _SYNTAX.sub(_stdlib_syntax, pattern)
    try:
        parsed = sre_parse.parse(source, re.VERBOSE if flags & regex.VERBOSE else 0)
    except (re.error, OverflowError, RecursionError, ValueError):
        return None
    found = _required_seq(list(parsed))
    return None if found is None or "" in found else frozenset(found)


def _exact_item(op, av) -> set[str] | None:
    """The strings an item matches, when it matches only a few fixed strings."""
    if op is C.LITERAL:
        return {chr(av)}
    if op in (C.AT, C.ASSERT_NOT) or op is C.ASSERT and av[0] == 1:
        return {""}  # zero-width: they add nothing to the matched text
    if op is C.IN:
        chars = set()
        for kind, value in av:
            if kind is C.LITERAL:
                chars.add(chr(value))
            elif kind is C.RANGE and value[1] - value[0] < MAX_CLASS:
                chars.update(map(chr, range(value[0], value[1] + 1)))
            else:  # NEGATE, CATEGORY, a wide range
                return None
        return chars if len(chars) <= MAX_CLASS else None
    if op is C.SUBPATTERN:
        _, add_flags, _, inner = av
        return None if add_flags & re.IGNORECASE else _exact_seq(list(inner))
    if op is C.BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            strings = _exact_seq(list(branch))
            if strings is None:
                return None
            out |= strings
        return out if len(out) <= MAX_SET else None
    if op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[0] == av[1] == 1:
        return _exact_seq(list(av[2]))
    return None


def _product(parts: Iterable[set[str]]) -> set[str] | None:
    out = {""}
    for part in parts:
        out = {a + b for a, b in itertools.product(out, part)}
        if len(out) > MAX_SET:
            return None
    return out


def _exact_seq(items: list) -> set[str] | None:
    parts = []
    for op, av in items:
        strings = _exact_item(op, av)
        if strings is None:
            return None
        parts.append(strings)
    return _product(parts)


def _required_item(op, av) -> set[str] | None:
    exact = _exact_item(op, av)
    if exact is not None:
        return exact
    if op is C.SUBPATTERN:
        return None if av[1] & re.IGNORECASE else _required_seq(list(av[3]))
    if op is C.ATOMIC_GROUP:
        return _required_seq(list(av))
    if op is C.BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            strings = _required_seq(list(branch))
            if strings is None:
                return None
            out |= strings
        return out if len(out) <= MAX_SET else None
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[0] >= 1:
        return _required_seq(list(av[2]))
    if op is C.ASSERT:  # (?=...) and (?<=...): that text is in the document as well
        return _required_seq(list(av[1]))
    return None


def _required_seq(items: list) -> set[str] | None:
    """The most selective requirement among the items and runs of adjacent fixed items."""
    candidates = []
    run: list[set[str]] = []

    def close_run() -> None:
        while run:  # the longest prefix of the run whose product stays small
            for n in range(len(run), 0, -1):
                strings = _product(run[:n])
                if strings is not None:
                    candidates.append(strings)
                    break
            del run[: max(n, 1)]

    for op, av in items:
        exact = _exact_item(op, av)
        if exact is not None:
            run.append(exact)
            continue
        close_run()
        strings = _required_item(op, av)
        if strings is not None:
            candidates.append(strings)
    close_run()
    candidates = [c for c in candidates if "" not in c]
    if not candidates:
        return None
    return max(candidates, key=lambda c: (min(map(_selectivity, c)), -len(c)))


def _selectivity(literal: str) -> float:
    # a space, a letter or a short word is in every document: worth less than rare punctuation
    common = literal.isspace() or literal.isalnum() and len(literal) <= 3
    return 0.5 if common else len(literal)
