"""A rule's regular expression rewritten for Hyperscan, matching everywhere the original does.

Hyperscan runs every rule's pattern over a document in one pass, but it reports only where a
match ends and it has no look-arounds. ``prefilter_source`` turns a ``regex``-module pattern
into a Hyperscan pattern whose match ends include all of the original's:

- a look-behind with nothing consumed before it (``(?<=, )(?P<word>the)``) becomes text the
  match consumes: ``, the`` ends where the original match ends;
- a final look-ahead of one character consumes that character (the match ends one later,
  which ``prefilter.py`` allows for); every other look-around is dropped (matching more);
- ``\\b`` before what can only start with an ASCII word character is kept inside the pattern
  (Hyperscan's ASCII ``\\b`` is exact there), other ``\\b``, ``\\A`` and the like are dropped;
- classes are exact on ASCII and inside the punctuation blocks, and accept everything else
  beyond ASCII where they hold letters by property (``\\w``, ``\\p{L}``): Hyperscan's Unicode
  tables are not the ``regex`` module's;
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

import unicodedata
from functools import lru_cache
from typing import Iterable

import regex

WIDE = r"\x{80}-\x{10FFFF}"  # every non-ASCII code point, in a class
ASCII = [chr(c) for c in range(128)]
MAX_BOUND = 8  # a repeat bounded above this is compiled unbounded
_SHORTHANDS = set("dwsDWS")
_ZERO_WIDTH_ESCAPES = set("bBmMAZzGK")
_CHAR_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "a": "\a", "e": "\x1b"}


class Unsupported(ValueError):
    """The pattern uses syntax the rewriter does not handle."""


class _EmptyClass(Unsupported):
    """A class left with no member (``[\\n]`` in a rule whose matches hold no newline)."""


def prefilter_source(pattern: str, ignorecase: bool = False, end_anchors: bool = True,
                     single_line: bool = False) -> str:
    """The Hyperscan prefilter for ``pattern`` (``regex`` syntax, MULTILINE assumed).

    Hyperscan refuses a ``$`` followed by more pattern; ``end_anchors=False`` drops them all.
    ``single_line``: every match the rule reports lies within one line (look-arounds aside).
    """
    return _Rewriter(pattern, ignorecase, end_anchors, single_line).rewrite()


def _hs_char(ch: str) -> str:
    """One code point spelled so Hyperscan reads it literally, in or out of a class."""
    return ch if ch.isalnum() and ch.isascii() else f"\\x{{{ord(ch):x}}}"


@lru_cache(maxsize=None)
def _ascii_members(class_source: str, ignorecase: bool) -> tuple[str, ...]:
    """The ASCII characters a class (``[...]`` or a shorthand) matches, per the ``regex`` module."""
    compiled = regex.compile(class_source, regex.IGNORECASE if ignorecase else 0)
    return tuple(ch for ch in ASCII if compiled.fullmatch(ch))


# The non-ASCII characters that an ASCII letter matches case-insensitively in the ``regex``
# module (a test recomputes this from the module's own tables).
NON_ASCII_FOLDS = {"i": "\u0130", "k": "\u212a", "s": "\u017f"}


def _folds(ch: str) -> str:
    return NON_ASCII_FOLDS.get(ch.lower(), "")


# Blocks of punctuation and spaces (Latin-1's, General Punctuation, CJK's) where a class's
# members are listed exactly: outside them a class of letters accepts every non-ASCII
# character, but quotes, dashes and no-break spaces, which fill news text, stay out.
_PUNCTUATION_BLOCKS = ((0x80, 0xBF), (0x2000, 0x206F), (0x3000, 0x303F))


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


class _Rewriter:
    def __init__(self, pattern: str, ignorecase: bool, end_anchors: bool,
                 single_line: bool = False) -> None:
        self.s = pattern
        self.i = 0
        self.ignorecase = ignorecase
        self.end_anchors = end_anchors
        self.single_line = single_line
        self.in_lookaround = 0

    def rewrite(self) -> str:
        out, _ = self.alternation(leading=True)
        if self.i != len(self.s):
            raise Unsupported(f"unbalanced ')' at {self.i}")
        return out

    # -- structure --------------------------------------------------------------------------

    def peek(self, n: int = 1) -> str:
        return self.s[self.i : self.i + n]

    def alternation(self, leading: bool) -> tuple[str, bool]:
        """Branches up to ``)`` or the end; zero-width when every branch is."""
        branches = [self.sequence(leading)]
        while self.peek() == "|":
            self.i += 1
            branches.append(self.sequence(leading))
        return "|".join(b for b, _ in branches), all(z for _, z in branches)

    def sequence(self, leading: bool) -> tuple[str, bool]:
        parts: list[str] = []
        zero_width = True
        while self.i < len(self.s) and self.peek() not in "|)":
            start = self.i
            atom, atom_zero = self.atom(leading)
            if self.quantifier_ahead():
                if leading:  # a repeated look-behind is not at the match start each time
                    self.i = start
                    atom, atom_zero = self.atom(False)
                quantifier = self.quantifier()
                if atom_zero:
                    atom = ""
                else:
                    atom = f"(?:{atom}){quantifier}"
            parts.append(atom)
            if not atom_zero:
                zero_width = leading = False
        return "".join(parts), zero_width

    def atom(self, leading: bool) -> tuple[str, bool]:
        ch = self.s[self.i]
        if ch == "(":
            return self.group(leading)
        if ch == "[":
            return self.char_class(), False
        if ch == "\\":
            return self.escape(leading)
        self.i += 1
        if ch == "^":  # Hyperscan misses matches of some '^' patterns (see above)
            return "", True
        if ch == "$":
            return ("$" if self.end_anchors else ""), True
        if ch == ".":
            return "[^\\n]", False
        if ch in "*+?{":
            if ch == "{":  # a brace that is no quantifier is a literal in both engines
                return "\\{", False
            raise Unsupported(f"nothing to repeat at {self.i - 1}")
        return self.literal(ch), False

    def group(self, leading: bool) -> tuple[str, bool]:
        s, i = self.s, self.i
        header = s[i : i + 4]
        if header.startswith("(?#"):
            end = s.find(")", i)
            if end == -1:
                raise Unsupported("unterminated comment")
            self.i = end + 1
            return "", True
        if header in ("(?<=", "(?<!") or header[:3] in ("(?=", "(?!"):
            positive_behind = header == "(?<="
            self.i += 4 if header.startswith("(?<") else 3
            body_start = self.i
            self.in_lookaround += 1
            inner, inner_zero = self.alternation(leading=positive_behind and leading)
            self.in_lookaround -= 1
            self.expect(")")
            body = s[body_start : self.i - 1]
            if positive_behind and leading and not inner_zero:
                return f"(?:{inner})", False  # consumed: the match ends where it did
            if header[:3] in ("(?=", "(?!") and not self.in_lookaround and self.final(self.i):
                # the last item of the match: consume the one character it looks at, so the
                # match ends one later (prefilter.py looks at the line before an end as well)
                # (a newline it looks at is taken as the line end: '$')
                after = self.one_char(body, negate=header[2] == "!")
                if after is not None:
                    return f"(?:{after}|$)", False
            return "", True
        saved = self.ignorecase
        if s.startswith("(?P<", i) or (s.startswith("(?<", i) and header not in ("(?<=", "(?<!")):
            close = s.find(">", i)
            if close == -1:
                raise Unsupported("unterminated group name")
            self.i = close + 1
            opener = "("  # keep it capturing: back-references count groups
        elif s.startswith("(?:", i) or s.startswith("(?>", i):
            self.i += 3
            opener = "(?:"
        elif s.startswith("(?", i):
            m = regex.compile(r"\(\?([a-z]*)(?:-([a-z]*))?([:)])").match(s, i)
            if m is None or set(m.group(1) + (m.group(2) or "")) - set("ims"):
                raise Unsupported(f"group syntax at {i}")
            if "s" in m.group(1) + (m.group(2) or ""):
                raise Unsupported("inline dotall")
            on, off = "i" in m.group(1), "i" in (m.group(2) or "")
            self.i = m.end()
            if m.group(3) == ")":  # (?i): for the rest of the enclosing group
                self.ignorecase = on or (self.ignorecase and not off)
                return "", True
            self.ignorecase = on or (self.ignorecase and not off)
            opener = "(?:"
        else:
            self.i += 1
            opener = "("
        inner, inner_zero = self.alternation(leading)
        self.expect(")")
        self.ignorecase = saved
        return f"{opener}{inner})", inner_zero

    def one_char(self, source: str, negate: bool) -> str | None:
        """A class of the characters other than newline that ``source`` (one class or
        character) matches, or with ``negate`` does not match; None when ``source`` is
        something else or only a newline. The caller covers the newline with ``$``."""
        if regex.fullmatch(r"\[(?!\^)(?:\\.|[^\]\\])+\]", source):
            cls = ("[^" if negate else "[") + source[1:]
        elif regex.fullmatch(r"[^\\\[\]().*+?{}|^$]|\\[^\w]", source):
            cls = f"[^{source}]" if negate else f"[{source}]"
        else:
            return None
        rewriter = _Rewriter(cls, self.ignorecase, self.end_anchors, single_line=True)
        try:
            return rewriter.char_class()
        except _EmptyClass:
            return None

    def final(self, i: int) -> bool:
        """Whether nothing of the pattern can follow index ``i`` in a match."""
        s = self.s
        while i < len(s) and s[i] == ")":
            i += 1
            if self.quantifier_at(i):
                return False
        return i >= len(s) or s[i] == "|"

    # -- looking ahead in the source, for \b ---------------------------------------------------

    def word_start(self, i: int, folding: bool | None = None) -> bool:
        """True when whatever the pattern matches from index ``i`` on starts with an ASCII word
        character (a letter that case-folds beyond ASCII does not count)."""
        s = self.s
        if folding is None:  # an inline (?i) anywhere may cover i: assume it does
            folding = self.ignorecase or bool(regex.search(r"\(\?[a-z]*i[a-z-]*\)", s))
        while s.startswith(("(?=", "(?!", "(?<=", "(?<!"), i):  # zero-width: look past them
            i = self.group_end(i)
        if i >= len(s) or self.optional(i + 1 if s[i] != "(" else self.group_end(i)):
            return False
        ch = s[i]
        if ch == "(":
            content = self.content_start(i)
            inner = folding or "i" in s[i:content].split("-")[0]
            return content is not None and all(self.word_start(b, inner)
                                               for b in self.branches(content))
        return ch.isascii() and (ch.isalnum() or ch == "_") and not (
            folding and ch.lower() in NON_ASCII_FOLDS)

    def optional(self, i: int) -> bool:
        """Whether the item ending before index ``i`` may match nothing."""
        return self.s[i : i + 1] in ("?", "*") or self.s.startswith(("{0", "{,"), i)

    def skip(self, i: int) -> int:
        """The index after the escape, class or character at ``i``."""
        s = self.s
        if s[i] == "\\":
            return i + 2
        if s[i] != "[":
            return i + 1
        j = i + 1 + (s[i + 1 : i + 2] == "^")
        j += s[j : j + 1] == "]"
        while j < len(s) and s[j] != "]":
            j += 2 if s[j] == "\\" else 1
        return j + 1

    def group_end(self, i: int) -> int:
        """The index after the group opened at ``i``."""
        depth = 0
        while i < len(self.s):
            ch = self.s[i]
            depth += (ch == "(") - (ch == ")")
            if depth == 0:
                return i + 1
            i = self.skip(i)
        raise Unsupported("unbalanced '('")

    def content_start(self, i: int) -> int | None:
        """Where the content of the group at ``i`` starts; None for look-arounds and the like."""
        s = self.s
        if s.startswith("(?P<", i) or s.startswith("(?<", i) and s[i + 3 : i + 4] not in "=!":
            return s.index(">", i) + 1
        m = regex.compile(r"\(\?(?:[imsx]*(?:-[imsx]*)?)?:|\((?!\?)").match(s, i)
        return m.end() if m else None

    def branches(self, content: int) -> list[int]:
        """Start indexes of the top-level branches of the group whose content starts there."""
        starts, depth, j = [content], 0, content
        while j < len(self.s) and depth >= 0:
            ch = self.s[j]
            if ch == "|" and depth == 0:
                starts.append(j + 1)
            depth += (ch == "(") - (ch == ")")
            j = self.skip(j)
        return starts

    def expect(self, ch: str) -> None:
        if self.peek() != ch:
            raise Unsupported(f"expected '{ch}' at {self.i}")
        self.i += 1

    def quantifier_ahead(self) -> bool:
        return self.quantifier_at(self.i)

    def quantifier_at(self, i: int) -> bool:
        ch = self.s[i : i + 1]
        return ch in ("*", "+", "?") or ch == "{" and bool(
            regex.compile(r"\{\d*,?\d*\}").match(self.s, i)) and self.s[i : i + 2] != "{}"

    def quantifier(self) -> str:
        ch = self.s[self.i]
        if ch == "{":
            end = self.s.index("}", self.i)
            body = self.s[self.i + 1 : end]
            self.i = end + 1
            low, comma, high = body.partition(",")
            low = low or "0"
            if comma and (not high or int(high) > MAX_BOUND):
                high = ""  # unbounded: more match ends, and a far smaller automaton
            text = "{" + low + ("," + high if comma else "") + "}"
        else:
            self.i += 1
            text = ch
        if self.peek() in ("?", "+"):  # lazy or possessive: the same match ends, or fewer
            self.i += 1
        return text

    # -- characters -------------------------------------------------------------------------

    def literal(self, ch: str) -> str:
        if not self.ignorecase or not ch.isalpha():
            return _hs_char(ch)
        if not ch.isascii():
            return f"[{WIDE}]"
        return self.class_from(regex.escape(ch), wide=False, others=_folds(ch))

    def escape(self, leading: bool) -> tuple[str, bool]:
        s, i = self.s, self.i
        if i + 1 >= len(s):
            raise Unsupported("trailing backslash")
        ch = s[i + 1]
        if ch == "b" and self.word_start(i + 2) and not leading:
            # before an ASCII word character (Hyperscan's own \b is ASCII-only: exact there)
            self.i += 2
            return "\\b", True
        if ch in _ZERO_WIDTH_ESCAPES:
            self.i += 2
            return "", True
        if ch in _SHORTHANDS or ch in "pP":
            source = self.read_class_escape()
            return self.class_from(f"[{source}]", wide=True), False
        if ch.isdigit() and ch != "0":
            raise Unsupported("back-reference")
        return self.literal(self.read_char_escape()), False

    def read_class_escape(self) -> str:
        """``\\w``, ``\\p{Lu}``, ``\\pL``: the escape's source text."""
        s, i = self.s, self.i
        if s[i + 1] in "pP":
            if s.startswith("{", i + 2):
                end = s.find("}", i)
                if end == -1:
                    raise Unsupported("unterminated property")
                self.i = end + 1
            else:
                self.i = i + 3
        else:
            self.i = i + 2
        return s[i : self.i]

    def read_char_escape(self) -> str:
        """One escaped code point (``\\n``, ``\\x41``, ``\\u00A0``, ``\\N{name}``, ``\\.``)."""
        s, i = self.s, self.i
        ch = s[i + 1]
        sized = {"x": 2, "u": 4, "U": 8}
        if ch == "x" and s.startswith("{", i + 2) or ch == "N":
            end = s.find("}", i)
            if end == -1:
                raise Unsupported("unterminated escape")
            self.i = end + 1
            name = s[i + 3 : end]
            if ch == "x":
                return chr(int(name, 16))
            try:
                return unicodedata.lookup(name)
            except KeyError:
                raise Unsupported(f"unknown character name {name!r}") from None
        if ch in sized:
            self.i = i + 2 + sized[ch]
            return chr(int(s[i + 2 : self.i], 16))
        if ch == "0":
            m = regex.compile(r"0[0-7]{0,2}").match(s, i + 1)
            self.i = m.end()
            return chr(int(m.group(), 8))
        self.i = i + 2
        if ch in _CHAR_ESCAPES:
            return _CHAR_ESCAPES[ch]
        if ch.isalnum():
            raise Unsupported(f"escape \\{ch}")
        return ch

    def char_class(self) -> str:
        """A ``[...]`` class: exact on ASCII, non-ASCII members listed or widened to all."""
        s, start = self.s, self.i
        self.i += 1
        negated = self.peek() == "^"
        if negated:
            self.i += 1
        if self.peek() == "]":
            self.i += 1
        wide = False
        others: list[str] = []  # non-ASCII members named one by one
        ranges: list[tuple[int, int]] = []  # and by range
        while True:
            if self.i >= len(s):
                raise Unsupported("unterminated class")
            ch = s[self.i]
            if ch == "]":
                self.i += 1
                break
            if ch == "[":
                if s.startswith("[:", self.i):
                    raise Unsupported("POSIX class")
                self.i += 1
                continue  # a literal '[' (the ASCII test below sees it)
            if ch == "\\" and (s[self.i + 1 : self.i + 2] in _SHORTHANDS
                                or s[self.i + 1 : self.i + 2] in ("p", "P")):
                self.read_class_escape()
                wide = True
                continue
            low = self.read_class_char()
            if self.peek() == "-" and self.peek(2) != "-]":
                self.i += 1
                high = self.read_class_char()
                if self.ignorecase and not high.isascii():
                    wide = True
                elif not high.isascii():  # the ASCII part is tested below, the rest listed
                    ranges.append((max(ord(low), 0x80), ord(high)))
                elif self.ignorecase:
                    others.extend(f for c in map(chr, range(ord(low), ord(high) + 1))
                                  for f in _folds(c) if c.isalpha())
                continue
            if not low.isascii():
                if self.ignorecase and low.isalpha():
                    wide = True
                else:
                    others.append(low)
            elif self.ignorecase and low.isalpha():
                others.extend(_folds(low))
        return self.class_from(s[start : self.i], wide, negated, others, ranges)

    def read_class_char(self) -> str:
        if self.peek() == "\\":
            if self.peek(2) == "\\b":  # backspace, in a class
                self.i += 2
                return "\b"
            return self.read_char_escape()
        self.i += 1
        return self.s[self.i - 1]

    def class_from(self, source: str, wide: bool, negated: bool = False,
                   others: Iterable[str] = (), ranges: Iterable[tuple[int, int]] = ()) -> str:
        members = _ascii_members(source, self.ignorecase)
        if self.single_line and not self.in_lookaround:
            members = tuple(ch for ch in members if ch != "\n")  # no match holds one
        spans = "".join(f"\\x{{{low:x}}}-\\x{{{high:x}}}" for low, high in ranges)
        if negated:  # exclude only what is known to be excluded
            excluded = "".join(_hs_char(ch) for ch in ASCII if ch not in members)
            if not self.ignorecase and (others or spans):
                excluded += "".join(map(_hs_char, others)) + spans
            else:
                # the same set spelled by its ASCII members, when shorter ([^\\S\\n]: the blanks):
                # Hyperscan refuses a pattern that is too long
                listed = "".join(map(_hs_char, members)) + WIDE
                if len(listed) < len(excluded):
                    return f"[{listed}]"
            return f"[^{excluded}]" if excluded else "[\\x{0}-\\x{10FFFF}]"
        body = "".join(map(_hs_char, members)) + "".join(map(_hs_char, others)) + spans
        if wide:
            body += _non_ascii_spans(source, self.ignorecase)
        if not body:
            raise _EmptyClass("empty class")
        return f"[{body}]"
