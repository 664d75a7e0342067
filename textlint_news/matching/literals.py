"""Literals that every match of a pattern needs, so documents without them are never scanned.

Most pattern rules look for something rare (``&amp;``, `` .``, ``( )``), but a regex that starts
with a look-behind is tried at every character. ``required_literals`` reads the pattern's
syntax tree (``regex_tree``) and returns strings of which at least one occurs in any text the
pattern matches (look-around text included: it is in the document too); ``str.__contains__``
over them costs next to nothing. When the pattern gives no such guarantee the answer is None
and the rule always scans. Being conservative is the point: a wrong answer would hide findings.

The tree is first laid out as Python's own parser lays out a pattern (``_items``): groups that
neither capture nor set flags are opened into the sequence around them, branches lose the
items they all start with, and branches of single characters become one class.
"""

from __future__ import annotations

import itertools
from typing import Iterable

import regex

from textlint_news.matching.regex_parser import parse
from textlint_news.matching.regex_tree import (Alt, Anchor, Backref, Char, Class, Dot, Group,
                                               Member, Node, Range, Repeat, SetFlags, Shorthand,
                                               Unsupported)

MAX_SET = 24   # alternatives kept for one requirement
MAX_CLASS = 8  # a character class with more members is no literal

Literals = frozenset[str] | None


def required_literals(pattern: str, flags: int) -> Literals:
    """Strings one of which occurs in (or next to) every match, or None when unknown."""
    if flags & regex.IGNORECASE or "(?i" in pattern or regex.VERSION1 & flags or "[[" in pattern \
            or "[:" in pattern:  # case folding, and nested or POSIX sets
        return None
    try:
        tree = parse(pattern, verbose=bool(flags & regex.VERBOSE))
    except Unsupported:
        return None
    found = _required_seq(_items(tree))
    return None if found is None or "" in found else frozenset(found)


# -- the layout -------------------------------------------------------------------------------

def _opened(node: Node) -> bool:
    """A group that only groups: ``(?:...)``, and a named one (whose name may repeat)."""
    return isinstance(node, Group) and (node.kind == "group" and not node.on + node.off
                                        or node.kind == "capture" and node.name is not None)


def _flat(items: Iterable[Node]) -> list[Node]:
    out: list[Node] = []
    for node in items:
        if _opened(node):
            out += _items(node.body)
        elif isinstance(node, Class) and not node.negated and len(node.items) == 1 \
                and isinstance(node.items[0], Member):
            out.append(Char(node.items[0].char))
        else:
            out.append(node)
    return out


def _members(node: Node) -> tuple | None:
    """What a branch of this one item adds to a class, or None when it is no character."""
    if isinstance(node, Char):
        return (Member(node.char),)
    if isinstance(node, Class) and not node.negated:
        return node.items
    return (node,) if isinstance(node, Shorthand) else None


# items compared by value when branches start alike (Python's parser compares the others,
# groups, repeats and alternations, by identity: never alike)
_SIMPLE = (Char, Class, Shorthand, Anchor, Dot, Backref)


def _items(alt: Alt) -> list[Node]:
    """The content of a group (or the pattern) as one sequence."""
    branches = [_flat(branch) for branch in alt.branches]
    if len(branches) == 1:
        return branches[0]
    prefix = []
    while all(branches) and isinstance(branches[0][0], _SIMPLE) \
            and all(b[0] == branches[0][0] for b in branches):
        prefix.append(branches[0][0])
        branches = [b[1:] for b in branches]
    sets = [_members(b[0]) if len(b) == 1 else None for b in branches]
    if all(s is not None for s in sets):
        members = tuple(dict.fromkeys(itertools.chain.from_iterable(sets)))
        return prefix + [Class("", False, members)]
    return prefix + [Alt(tuple(map(tuple, branches)))]


def _body(node: Node) -> list[Node]:
    return _items(node.body) if isinstance(node, Group) else _flat([node])


# -- the analysis -----------------------------------------------------------------------------

def _exact_item(node: Node) -> set[str] | None:
    """The strings an item matches, when it matches only a few fixed strings."""
    if isinstance(node, Char):
        return {node.char}
    if isinstance(node, (Anchor, SetFlags)) or isinstance(node, Group) and node.kind in (
            "ahead", "not-ahead", "not-behind"):
        return {""}  # zero-width: they add nothing to the matched text
    if isinstance(node, Class):
        if node.negated:
            return None
        chars: set[str] = set()
        for item in node.items:
            if isinstance(item, Member):
                chars.add(item.char)
            elif isinstance(item, Range) and ord(item.high) - ord(item.low) < MAX_CLASS:
                chars.update(map(chr, range(ord(item.low), ord(item.high) + 1)))
            else:  # a shorthand, a wide range
                return None
        return chars if len(chars) <= MAX_CLASS else None
    if isinstance(node, Group) and node.kind in ("capture", "group"):
        return None if "i" in node.on else _exact_seq(_items(node.body))
    if isinstance(node, Alt):
        return _union(node, _exact_seq)
    if isinstance(node, Repeat) and node.mode != "+" and node.low == node.high == 1:
        return _exact_seq(_body(node.item))
    return None


def _union(alt: Alt, of) -> set[str] | None:
    out: set[str] = set()
    for branch in alt.branches:
        strings = of(list(branch))
        if strings is None:
            return None
        out |= strings
    return out if len(out) <= MAX_SET else None


def _product(parts: Iterable[set[str]]) -> set[str] | None:
    out = {""}
    for part in parts:
        out = {a + b for a, b in itertools.product(out, part)}
        if len(out) > MAX_SET:
            return None
    return out


def _exact_seq(items: list[Node]) -> set[str] | None:
    parts = []
    for node in items:
        strings = _exact_item(node)
        if strings is None:
            return None
        parts.append(strings)
    return _product(parts)


def _required_item(node: Node) -> set[str] | None:
    exact = _exact_item(node)
    if exact is not None:
        return exact
    if isinstance(node, Group) and node.kind in ("capture", "group"):
        return None if "i" in node.on else _required_seq(_items(node.body))
    if isinstance(node, Group) and node.kind in ("atomic", "behind"):
        # (?<=...): that text is in the document as well
        return _required_seq(_items(node.body))
    if isinstance(node, Alt):
        return _union(node, _required_seq)
    if isinstance(node, Repeat) and node.low >= 1:
        return _required_seq(_body(node.item))
    return None


def _required_seq(items: list[Node]) -> set[str] | None:
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

    for node in items:
        exact = _exact_item(node)
        if exact is not None:
            run.append(exact)
            continue
        close_run()
        strings = _required_item(node)
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
