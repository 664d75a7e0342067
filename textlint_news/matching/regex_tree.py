"""The syntax tree of a rule's regular expression (``regex`` module syntax): a few typed nodes.

``regex_parser.parse`` builds it; two readers use it: the Hyperscan rewrite
(``prefilter/rewrite.py``) and the literals every match needs (``literals.py``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator, Union


class Unsupported(ValueError):
    """The pattern uses syntax the tree does not represent."""


@dataclass(frozen=True)
class Char:
    """One code point. ``plain``: spelled as itself or as a backslash and a non-word character."""
    char: str
    plain: bool = field(default=True, compare=False)


@dataclass(frozen=True)
class Member:
    """A single character in a class."""
    char: str


@dataclass(frozen=True)
class Range:
    """``a-z`` in a class."""
    low: str
    high: str


@dataclass(frozen=True)
class Shorthand:
    """``\\w``, ``\\p{Lu}``, ``\\PL``: in a class or on its own."""
    source: str


@dataclass(frozen=True)
class Class:
    """``[...]``; ``source`` is its text, which the ``regex`` module can compile on its own."""
    source: str = field(compare=False)
    negated: bool
    items: tuple[Union[Member, Range, Shorthand], ...]


@dataclass(frozen=True)
class Dot:
    """``.``"""


@dataclass(frozen=True)
class Anchor:
    """Zero-width: ``^``, ``$`` or the letter of an escape such as ``\\b`` or ``\\A``."""
    kind: str


@dataclass(frozen=True)
class Backref:
    """``\\1`` or ``(?P=name)``."""
    group: str


@dataclass(frozen=True)
class SetFlags:
    """``(?i)``: flags for the rest of the enclosing group."""
    on: str
    off: str


LOOKAROUNDS = ("ahead", "not-ahead", "behind", "not-behind")


@dataclass(frozen=True)
class Group:
    """``kind``: capture, group (``(?:``, or ``(?flags:`` with ``on``/``off``), atomic, or one
    of ``LOOKAROUNDS``. ``name`` for a named capture."""
    kind: str
    body: "Alt"
    name: str | None = None
    on: str = ""
    off: str = ""


@dataclass(frozen=True)
class Repeat:
    """``item`` repeated: ``op`` is ``*``, ``+``, ``?`` or ``{}`` (``low``, ``high``, with
    ``comma`` for ``{m,n}``/``{m,}``); ``mode`` is ``?`` (lazy), ``+`` (possessive) or empty."""
    item: "Node"
    op: str
    low: int
    high: int | None
    comma: bool = False
    mode: str = ""


@dataclass(frozen=True)
class Alt:
    """Branches, each a sequence of nodes; the whole pattern is one."""
    branches: tuple[tuple["Node", ...], ...]


Node = Union[Char, Class, Shorthand, Dot, Anchor, Backref, SetFlags, Group, Repeat, Alt]


def walk(node: Node) -> Iterator[Node]:
    """``node`` and every node inside it."""
    yield node
    if isinstance(node, Alt):
        for branch in node.branches:
            for item in branch:
                yield from walk(item)
    elif isinstance(node, Group):
        yield from walk(node.body)
    elif isinstance(node, Repeat):
        yield from walk(node.item)
