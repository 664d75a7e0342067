"""``parse``: a rule's regular expression read into its tree (``regex_tree``).

It understands the syntax rule packs use, with or without the verbose flag (whitespace and
``#`` comments outside classes are skipped); anything else raises ``Unsupported``, and the
caller then does without (no prefilter, no literals): both readers of the tree only ever
speed a rule up, so declining is always safe.
"""

from __future__ import annotations

import unicodedata
from typing import Union

import regex

from textlint_news.matching.regex_tree import (Alt, Anchor, Backref, Char, Class, Dot, Group,
                                               Member, Node, Range, Repeat, SetFlags, Shorthand,
                                               Unsupported)

SHORTHANDS = set("dwsDWS")
ZERO_WIDTH_ESCAPES = set("bBmMAZzGK")
CHAR_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "a": "\a", "e": "\x1b"}
WHITESPACE = " \t\n\r\v\f"  # what the verbose flag skips
_SPECIAL = set("\\[]().*+?{}|^$")
_FLAGS = regex.compile(r"\(\?([a-z]*)(?:-([a-z]*))?([:)])")
_QUANTIFIER = regex.compile(r"\{(\d*)(,?)(\d*)\}")


def parse(pattern: str, verbose: bool = False) -> Alt:
    """The tree of ``pattern``; ``verbose`` as the ``regex.VERBOSE`` flag. Raises ``Unsupported``."""
    return _Parser(pattern, verbose).parse()


class _Parser:
    def __init__(self, pattern: str, verbose: bool) -> None:
        self.s = pattern
        self.i = 0
        self.verbose = verbose

    def parse(self) -> Alt:
        tree = self.alternation()
        if self.i != len(self.s):
            raise Unsupported(f"unbalanced ')' at {self.i}")
        return tree

    def peek(self, n: int = 1) -> str:
        return self.s[self.i : self.i + n]

    def skip_space(self) -> None:
        """With the verbose flag: past whitespace and ``#`` comments."""
        s = self.s
        while self.verbose and self.i < len(s) and (s[self.i] in WHITESPACE or s[self.i] == "#"):
            end = s.find("\n", self.i) if s[self.i] == "#" else self.i
            self.i = len(s) if end == -1 else end + 1

    def alternation(self) -> Alt:
        branches = [self.sequence()]
        while self.peek() == "|":
            self.i += 1
            branches.append(self.sequence())
        return Alt(tuple(branches))

    def sequence(self) -> tuple[Node, ...]:
        items: list[Node] = []
        while True:
            self.skip_space()
            if self.i >= len(self.s) or self.peek() in "|)":
                return tuple(items)
            item = self.atom()
            if item is None:  # a comment group
                continue
            self.skip_space()
            items.append(self.quantified(item) if self.quantifier_ahead() else item)

    def quantifier_ahead(self) -> bool:
        ch = self.peek()
        if ch != "{":
            return ch in ("*", "+", "?")
        if _QUANTIFIER.match(self.s, self.i) and self.peek(2) != "{}":
            return True
        if self.verbose:  # '{2, 3}': a quantifier to the regex module, but spelled loosely
            raise Unsupported(f"brace at {self.i}")
        return False

    def quantified(self, item: Node) -> Repeat:
        ch = self.s[self.i]
        if ch == "{":
            m = _QUANTIFIER.match(self.s, self.i)
            self.i = m.end()
            low, comma, high = m.groups()
            repeat = Repeat(item, "{}", int(low or 0), int(high) if high else
                            (None if comma else int(low or 0)), bool(comma))
        else:
            self.i += 1
            repeat = Repeat(item, ch, int(ch == "+"), 1 if ch == "?" else None)
        if self.peek() in ("?", "+"):  # lazy or possessive
            repeat = Repeat(repeat.item, repeat.op, repeat.low, repeat.high, repeat.comma,
                            self.peek())
            self.i += 1
        return repeat

    def atom(self) -> Node | None:
        ch = self.s[self.i]
        if ch == "(":
            return self.group()
        if ch == "[":
            return self.char_class()
        if ch == "\\":
            return self.escape()
        self.i += 1
        if ch in "^$":
            return Anchor(ch)
        if ch == ".":
            return Dot()
        if ch in "*+?":
            raise Unsupported(f"nothing to repeat at {self.i - 1}")
        return Char(ch, plain=ch not in _SPECIAL)  # a '{' that is no quantifier is literal

    def group(self) -> Node | None:
        s, i = self.s, self.i
        header = s[i : i + 4]
        if header.startswith("(?#"):
            end = s.find(")", i)
            if end == -1:
                raise Unsupported("unterminated comment")
            self.i = end + 1
            return None
        name = None
        on = off = ""
        if header in ("(?<=", "(?<!") or header[:3] in ("(?=", "(?!"):
            kind = {"(?=": "ahead", "(?!": "not-ahead", "(?<=": "behind", "(?<!": "not-behind"}[
                header if header.startswith("(?<") else header[:3]]
            self.i += 4 if header.startswith("(?<") else 3
        elif s.startswith(("(?P<", "(?<"), i):
            close = s.find(">", i)
            if close == -1:
                raise Unsupported("unterminated group name")
            kind, name = "capture", s[s.index("<", i) + 1 : close]
            self.i = close + 1
        elif s.startswith("(?P=", i):
            close = s.find(")", i)
            if close == -1:
                raise Unsupported("unterminated back-reference")
            self.i = close + 1
            return Backref(s[i + 4 : close])
        elif s.startswith(("(?:", "(?>"), i):
            kind = "group" if s[i + 2] == ":" else "atomic"
            self.i += 3
        elif s.startswith("(?", i):
            m = _FLAGS.match(s, i)
            if m is None or set(m.group(1) + (m.group(2) or "")) - set("ims"):
                raise Unsupported(f"group syntax at {i}")
            on, off = m.group(1), m.group(2) or ""
            self.i = m.end()
            if m.group(3) == ")":
                return SetFlags(on, off)
            kind = "group"
        else:
            kind = "capture"
            self.i += 1
        body = self.alternation()
        if self.peek() != ")":
            raise Unsupported(f"expected ')' at {self.i}")
        self.i += 1
        return Group(kind, body, name, on, off)

    def escape(self) -> Node:
        s, i = self.s, self.i
        if i + 1 >= len(s):
            raise Unsupported("trailing backslash")
        ch = s[i + 1]
        if ch in ZERO_WIDTH_ESCAPES:
            self.i += 2
            return Anchor(ch)
        if ch in SHORTHANDS or ch in "pP":
            return Shorthand(self.class_escape())
        if ch.isdigit() and ch != "0":
            self.i += 2
            return Backref(ch)
        return Char(self.char_escape(), plain=not (ch.isalnum() or ch == "_"))

    def class_escape(self) -> str:
        """``\\w``, ``\\p{Lu}``, ``\\pL``: the escape's source text."""
        s, i = self.s, self.i
        if s[i + 1] in "pP" and s.startswith("{", i + 2):
            end = s.find("}", i)
            if end == -1:
                raise Unsupported("unterminated property")
            self.i = end + 1
        else:
            self.i = i + (3 if s[i + 1] in "pP" else 2)
        return s[i : self.i]

    def char_escape(self) -> str:
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
            try:
                return chr(int(name, 16)) if ch == "x" else unicodedata.lookup(name)
            except (KeyError, ValueError):
                raise Unsupported(f"unknown character {name!r}") from None
        if ch in sized:
            self.i = i + 2 + sized[ch]
            try:
                return chr(int(s[i + 2 : self.i], 16))
            except ValueError:
                raise Unsupported(f"bad escape at {i}") from None
        if ch == "0":
            m = regex.compile(r"0[0-7]{0,2}").match(s, i + 1)
            self.i = m.end()
            return chr(int(m.group(), 8))
        self.i = i + 2
        if ch in CHAR_ESCAPES:
            return CHAR_ESCAPES[ch]
        if ch.isalnum():
            raise Unsupported(f"escape \\{ch}")
        return ch

    def char_class(self) -> Class:
        """``[...]`` (whitespace inside is literal, verbose or not)."""
        s, start = self.s, self.i
        self.i += 1
        negated = self.peek() == "^"
        self.i += negated
        items: list[Union[Member, Range, Shorthand]] = []
        if self.peek() == "]":
            self.i += 1
            items.append(Member("]"))
        while True:
            if self.i >= len(s):
                raise Unsupported("unterminated class")
            if s[self.i] == "]":
                self.i += 1
                return Class(s[start : self.i], negated, tuple(items))
            if s.startswith("[:", self.i):
                raise Unsupported("POSIX class")
            if s[self.i] == "\\" and (self.peek(2)[1:] in SHORTHANDS or self.peek(2)[1:] in ("p", "P")):
                items.append(Shorthand(self.class_escape()))
                continue
            low = self.class_char()
            if self.peek() == "-" and self.peek(2) != "-]":
                self.i += 1
                items.append(Range(low, self.class_char()))
            else:
                items.append(Member(low))

    def class_char(self) -> str:
        if self.peek() == "\\":
            if self.peek(2) == "\\b":  # backspace, in a class
                self.i += 2
                return "\b"
            return self.char_escape()
        self.i += 1
        return self.s[self.i - 1]
