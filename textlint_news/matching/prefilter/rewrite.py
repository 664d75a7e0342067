"""A rule's regular expression rewritten for Hyperscan, matching everywhere the original does.

Hyperscan runs every rule's pattern over a document in one pass, but it reports only where a
match ends and it has no look-arounds. ``prefilter_source`` turns a ``regex``-module pattern
(its tree, ``regex_parser.parse``) into a Hyperscan pattern whose match ends include all of the
original's:

- a look-behind with nothing consumed before it (``(?<=, )(?P<word>the)``) becomes text the
  match consumes: ``, the`` ends where the original match ends;
- a final look-ahead of one character consumes that character (the match ends one later,
  which ``database.py`` allows for); every other look-around is dropped (matching more);
- ``\\b`` before what can only start with an ASCII word character is kept inside the pattern
  (Hyperscan's ASCII ``\\b`` is exact there), other ``\\b``, ``\\A`` and the like are dropped;
- classes are exact on ASCII and inside the punctuation blocks (``classes.py``);
- case-insensitivity is spelled out as classes, computed with the ``regex`` module itself;
- a long bounded repeat becomes unbounded (small automata, compiled fast);
- for a rule whose matches lie within one line (``single_line``), classes outside
  look-arounds leave out the newline; a consumed look-ahead never takes one (``$`` does);
- ``^`` is dropped, and so is what only tests the character before the match (a leading
  ``\\b`` or negative look-behind): with the multiline flag, Hyperscan 5.4 misses matches of
  some ``^`` patterns once a few dozen bytes of earlier lines precede (``credit-line``'s after
  a line of 13 ``é``; ``^(?:\\x{28})?(?:L[\\x{a}\\x{e9}]+)?Rep[Ii\\x{130}]`` on
  ``"é" * 15 + "\\n(Repi"``), so no rewritten pattern has one.

Anything it does not understand raises ``Unsupported``; that rule then runs without prefilter.
A wrong answer here would hide findings, so each step only ever widens the pattern.
"""

from __future__ import annotations

import regex

from textlint_news.matching.prefilter.classes import (NON_ASCII_FOLDS, WIDE, EmptyClass,
                                                      class_from, folds, hs_char)
from textlint_news.matching.regex_parser import parse
from textlint_news.matching.regex_tree import (LOOKAROUNDS, Alt, Anchor, Backref, Char, Class,
                                               Dot, Group, Member, Node, Range, Repeat, SetFlags,
                                               Shorthand, Unsupported, walk)

MAX_BOUND = 8  # a repeat bounded above this is compiled unbounded


def prefilter_source(pattern: str, ignorecase: bool = False, end_anchors: bool = True,
                     single_line: bool = False, verbose: bool = False) -> str:
    """The Hyperscan prefilter for ``pattern`` (``regex`` syntax, MULTILINE assumed).

    Hyperscan refuses a ``$`` followed by more pattern; ``end_anchors=False`` drops them all.
    ``single_line``: every match the rule reports lies within one line (look-arounds aside).
    ``verbose``: the pattern is written for the verbose flag.
    """
    tree = parse(pattern, verbose)
    return _Rewriter(tree, ignorecase, end_anchors, single_line).alternation(tree, True, True)[0]


class _Rewriter:
    def __init__(self, tree: Alt, ignorecase: bool, end_anchors: bool, single_line: bool) -> None:
        self.ignorecase = ignorecase
        self.end_anchors = end_anchors
        self.single_line = single_line
        self.in_lookaround = 0
        # an inline (?i) anywhere may cover a \b: word_start assumes it does
        self.folds_somewhere = any(isinstance(n, SetFlags) and "i" in n.on + n.off
                                   for n in walk(tree))

    def alternation(self, alt: Alt, leading: bool, final: bool) -> tuple[str, bool]:
        """The branches; zero-width when every branch is. ``leading``: nothing is consumed
        before; ``final``: nothing of the pattern can follow."""
        branches = [self.sequence(branch, leading, final) for branch in alt.branches]
        return "|".join(b for b, _ in branches), all(z for _, z in branches)

    def sequence(self, items: tuple[Node, ...], leading: bool, final: bool) -> tuple[str, bool]:
        parts: list[str] = []
        zero_width = True
        for k, item in enumerate(items):
            if isinstance(item, Repeat):  # a repeated look-behind is not at the match start
                atom, atom_zero = self.atom(item.item, None, False, False)
                atom = "" if atom_zero else f"(?:{atom}){self.quantifier(item)}"
            else:
                atom, atom_zero = self.atom(item, items[k + 1:], leading,
                                            final and k == len(items) - 1)
            parts.append(atom)
            if not atom_zero:
                zero_width = leading = False
        return "".join(parts), zero_width

    def atom(self, node: Node, rest: tuple[Node, ...] | None, leading: bool,
             final: bool) -> tuple[str, bool]:
        """``node`` rewritten, and whether it is zero-width; ``rest``: what follows it in its
        sequence (None under a quantifier)."""
        if isinstance(node, Group):
            return self.group(node, leading, final)
        if isinstance(node, Class):
            return self.char_class(node, self.no_newline), False
        if isinstance(node, Shorthand):
            return self.class_from(f"[{node.source}]", wide=True), False
        if isinstance(node, Char):
            return self.literal(node.char), False
        if isinstance(node, Dot):
            return "[^\\n]", False
        if isinstance(node, SetFlags):
            if "s" in node.on + node.off:
                raise Unsupported("inline dotall")
            self.ignorecase = "i" in node.on or (self.ignorecase and "i" not in node.off)
            return "", True
        if isinstance(node, Anchor):
            if node.kind == "$":
                return ("$" if self.end_anchors else ""), True
            if node.kind == "b" and rest is not None and not leading and self.word_start(rest):
                # before an ASCII word character (Hyperscan's own \b is ASCII-only: exact there)
                return "\\b", True
            return "", True  # '^': Hyperscan misses matches of some '^' patterns (see above)
        if isinstance(node, Backref):
            raise Unsupported("back-reference")
        raise Unsupported(f"{type(node).__name__} here")

    def group(self, group: Group, leading: bool, final: bool) -> tuple[str, bool]:
        if group.kind in LOOKAROUNDS:
            positive_behind = group.kind == "behind"
            self.in_lookaround += 1
            inner, inner_zero = self.alternation(group.body, positive_behind and leading, False)
            self.in_lookaround -= 1
            if positive_behind and leading and not inner_zero:
                return f"(?:{inner})", False  # consumed: the match ends where it did
            if group.kind in ("ahead", "not-ahead") and not self.in_lookaround and final:
                # the last item of the match: consume the one character it looks at, so the
                # match ends one later (database.py looks at the line before an end as well)
                # (a newline it looks at is taken as the line end: '$')
                after = self.one_char(group.body, negate=group.kind == "not-ahead")
                if after is not None:
                    return f"(?:{after}|$)", False
            return "", True
        if "s" in group.on + group.off:
            raise Unsupported("inline dotall")
        saved = self.ignorecase
        self.ignorecase = "i" in group.on or (self.ignorecase and "i" not in group.off)
        inner, inner_zero = self.alternation(group.body, leading, final)
        self.ignorecase = saved
        opener = "(" if group.kind == "capture" else "(?:"  # captures: back-references count
        return f"{opener}{inner})", inner_zero

    def one_char(self, body: Alt, negate: bool) -> str | None:
        """A class of the characters other than newline that ``body`` (one class or character)
        matches, or with ``negate`` does not match; None when ``body`` is something else or only
        a newline. The caller covers the newline with ``$``."""
        if len(body.branches) != 1 or len(body.branches[0]) != 1:
            return None
        node = body.branches[0][0]
        if isinstance(node, Class) and not node.negated:
            cls = Class(("[^" if negate else "[") + node.source[1:], negate, node.items)
        elif isinstance(node, Char) and node.plain:
            cls = Class(f"[{'^' if negate else ''}{regex.escape(node.char)}]", negate,
                        (Member(node.char),))
        else:
            return None
        try:
            return self.char_class(cls, no_newline=True)
        except EmptyClass:
            return None

    def word_start(self, items: tuple[Node, ...], folding: bool | None = None) -> bool:
        """True when whatever ``items`` match starts with an ASCII word character (a letter that
        case-folds beyond ASCII does not count)."""
        if folding is None:
            folding = self.ignorecase or self.folds_somewhere
        k = 0
        while k < len(items) and isinstance(items[k], Group) and items[k].kind in LOOKAROUNDS:
            k += 1  # zero-width: look past them
        if k >= len(items):
            return False
        node = items[k]
        if isinstance(node, Repeat):
            if node.low == 0:
                return False
            node = node.item
        if isinstance(node, Group):
            inner = folding or "i" in node.on
            return node.kind in ("capture", "group") and all(
                self.word_start(branch, inner) for branch in node.body.branches)
        return isinstance(node, Char) and node.plain and node.char.isascii() and (
            node.char.isalnum() or node.char == "_") and not (
            folding and node.char.lower() in NON_ASCII_FOLDS)

    @staticmethod
    def quantifier(repeat: Repeat) -> str:
        if repeat.op != "{}":
            return repeat.op  # lazy or possessive: the same match ends, or fewer
        high = repeat.high
        if repeat.comma and (high is None or high > MAX_BOUND):
            high = None  # unbounded: more match ends, and a far smaller automaton
        return "{" + str(repeat.low) + ("," + ("" if high is None else str(high))
                                        if repeat.comma else "") + "}"

    # -- characters -------------------------------------------------------------------------

    @property
    def no_newline(self) -> bool:
        """No match holds a newline outside its look-arounds."""
        return self.single_line and not self.in_lookaround

    def class_from(self, source: str, wide: bool, **kwargs) -> str:
        return class_from(source, self.ignorecase, self.no_newline, wide, **kwargs)

    def literal(self, ch: str) -> str:
        if not self.ignorecase or not ch.isalpha():
            return hs_char(ch)
        if not ch.isascii():
            return f"[{WIDE}]"
        return self.class_from(regex.escape(ch), wide=False, others=folds(ch))

    def char_class(self, node: Class, no_newline: bool) -> str:
        """A ``[...]`` class: exact on ASCII, non-ASCII members listed or widened to all."""
        ignorecase = self.ignorecase
        wide = False
        others: list[str] = []  # non-ASCII members named one by one
        ranges: list[tuple[int, int]] = []  # and by range
        for item in node.items:
            if isinstance(item, Shorthand):
                wide = True
            elif isinstance(item, Range):
                low, high = item.low, item.high
                if ignorecase and not high.isascii():
                    wide = True
                elif not high.isascii():  # the ASCII part is tested below, the rest listed
                    ranges.append((max(ord(low), 0x80), ord(high)))
                elif ignorecase:
                    others.extend(f for c in map(chr, range(ord(low), ord(high) + 1))
                                  for f in folds(c) if c.isalpha())
            elif not item.char.isascii():
                if ignorecase and item.char.isalpha():
                    wide = True
                else:
                    others.append(item.char)
            elif ignorecase and item.char.isalpha():
                others.extend(folds(item.char))
        return class_from(node.source, ignorecase, no_newline, wide, node.negated, others, ranges)
