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
from textlint_news.matching.regex_tree import (LOOKAROUNDS, Alt, Anchor, Backref, Char, Class, Dot,
                                               Group, Member, Node, Range, Repeat, SetFlags,
                                               Shorthand, Unsupported, walk)

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


# -- the line pre-pass ------------------------------------------------------------------------

MAX_BRANCHES = 16  # branches the pre-pass searches one by one


Searches = list[tuple[regex.Pattern, int]]


def line_prepass(pattern: str, flags: int) -> tuple[Searches, bool] | None:
    """The line pre-pass of a pattern whose matches hold no newline (``within_one_line``): the
    arguments of ``LinePrepass`` (``kinds/pattern.py``, which runs it), its searches and
    whether the first line is always named. None when the tree gives no fast start in every
    branch, or none that starts before the match (in a look-behind or at a line start: a
    search from the match's own first item is what the pattern's search does already).

    Each branch is widened into a search that starts at a character or a small class: a
    look-behind before the branch's first consumed item is read as consumed text, ``^`` as a
    newline, and what stands before the chosen start is dropped. Whatever a match of the
    branch consumes, from that start on, is searched as it is (look-arounds and all), so the
    search matches wherever the branch does; a wrong answer would hide findings.
    """
    if regex.VERSION1 & flags or "[[" in pattern or "[:" in pattern:
        return None
    try:
        tree = parse(pattern, verbose=bool(flags & regex.VERBOSE))
    except Unsupported:
        return None
    if any(isinstance(n, (Backref, SetFlags)) or isinstance(n, Anchor) and n.kind in "GK"
           for n in walk(tree)):
        return None  # what a search from another start would read otherwise
    branches = _spread(tree)
    if branches is None:
        return None
    searches, first_line, earlier = [], False, False
    for branch in branches:
        found = _branch_search(branch)
        if found is None:
            return None
        source, shift, before = found
        first_line |= bool(shift)
        earlier |= before
        searches.append((regex.compile(source, flags & ~regex.VERBOSE), shift))
    # a search that starts no earlier than the pattern does is no faster than the pattern
    return (searches, first_line) if earlier else None


def _spread(tree: Alt) -> list[tuple[Node, ...]] | None:
    """The pattern's branches, with the branches of a plain group in front spread out."""
    out: list[tuple[Node, ...]] = []
    todo = list(tree.branches)
    while todo:
        branch = todo.pop(0)
        head = branch[0] if branch else None
        if isinstance(head, Group) and head.kind == "group" and not head.on + head.off:
            todo[:0] = [b + branch[1:] for b in head.body.branches]
        else:
            out.append(branch)
        if len(out) + len(todo) > MAX_BRANCHES:
            return None
    return out


def _branch_search(branch: tuple[Node, ...]) -> tuple[str, int, bool] | None:
    """(source, shift, whether it starts before the branch's match) of the search for one
    branch, or None when it has no fast start."""
    lead = 0  # the zero-width items before the first consumed one
    while lead < len(branch) and (isinstance(branch[lead], Anchor) or isinstance(
            branch[lead], Group) and branch[lead].kind in LOOKAROUNDS):
        lead += 1
    zero_width, rest = list(branch[:lead]), list(branch[lead:])
    behind = next((n for n in zero_width if isinstance(n, Group) and n.kind == "behind"), None)
    shift = 0
    if behind is not None:  # the text it reads is in the document: searched as consumed
        zero_width.remove(behind)
        before = (list(behind.body.branches[0]) if len(behind.body.branches) == 1
                  else [Group("group", behind.body)])
    elif Anchor("^") in zero_width:  # a line start: after a newline (the first line aside)
        zero_width.remove(Anchor("^"))
        before, shift = [Char("\n")], 1
    else:
        before = []
    units = before + zero_width + rest
    start = next((i for i, n in enumerate(units)
                  if isinstance(n, (Char, Class)) and _exact_item(n) is not None), None)
    if start is None:
        return None
    # a match's line is that of the search's start (plus the shift): nothing in between
    # may hold a newline
    if any(may_hold_newline(n) for n in units[start + shift:len(before)]):
        return None
    return "".join(map(_source, units[start:])), shift, start < len(before)


def may_hold_newline(node: Node) -> bool:
    """Whether what ``node`` consumes (look-arounds aside) may include a newline."""
    if isinstance(node, Alt):
        return any(may_hold_newline(item) for branch in node.branches for item in branch)
    if isinstance(node, Group):
        return node.kind not in LOOKAROUNDS and may_hold_newline(node.body)
    if isinstance(node, Repeat):
        return may_hold_newline(node.item)
    if isinstance(node, Char):
        return node.char == "\n"
    if isinstance(node, (Class, Shorthand)):
        return regex.match(node.source, "\n") is not None
    return isinstance(node, Backref)  # anchors and flags consume nothing; a dot no newline


_OPEN = {"capture": "(", "atomic": "(?>", "ahead": "(?=", "not-ahead": "(?!", "behind": "(?<=",
         "not-behind": "(?<!"}


def _source(node: Node) -> str:
    """``node`` written back as ``regex`` syntax (not verbose)."""
    if isinstance(node, Char):
        return regex.escape(node.char)
    if isinstance(node, (Class, Shorthand)):
        return node.source
    if isinstance(node, Dot):
        return "."
    if isinstance(node, Anchor):
        return node.kind if node.kind in "^$" else "\\" + node.kind
    if isinstance(node, Alt):
        return "|".join("".join(map(_source, branch)) for branch in node.branches)
    if isinstance(node, Group):
        if node.kind == "capture" and node.name is not None:
            opening = f"(?P<{node.name}>"
        elif node.kind == "group":
            opening = f"(?{node.on}-{node.off}:" if node.off else f"(?{node.on}:"
        else:
            opening = _OPEN[node.kind]
        return opening + _source(node.body) + ")"
    if isinstance(node, Repeat):
        if node.op != "{}":
            count = node.op
        elif node.comma:
            count = f"{{{node.low},{'' if node.high is None else node.high}}}"
        else:
            count = f"{{{node.low}}}"
        return _source(node.item) + count + node.mode
    raise Unsupported(f"cannot write {node!r}")
