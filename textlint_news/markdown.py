"""Markdown structure from a CommonMark parser: which lines are prose, and what is not text.

A ``.md`` file is parsed with markdown-it-py (CommonMark, plus GitHub's tables and YAML front
matter). Each line gets the block type of the structure pass (``structure.py``): fenced and
indented code are ``code``; HTML blocks, front matter and link reference definitions are
``markup``; table rows ``table``; list items ``list``; headings ``heading``; paragraphs and block
quotes ``prose``. Inside text blocks, inline code, link and image targets, autolinks and inline
HTML (comments included) are *protected spans*: no rule reports inside them and no fix edits
them, so ``--fix`` cannot break a code block, a table or a link.

Inline spans are found with CommonMark's own rules where they matter (a code span closes with a
backtick run of the same length) by a scan of each text block, because the parser's inline
tokens carry no character offsets.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

SUFFIXES = (".md", ".markdown", ".mdown", ".mkd", ".mkdn")

# The token that opens each kind of block, and the block type its lines get.
_BLOCK_OF = {
    "fence": "code",
    "code_block": "code",
    "html_block": "markup",
    "front_matter": "markup",
    "heading_open": "heading",
    "table_open": "table",
    "list_item_open": "list",
    "paragraph_open": "prose",
}

_INLINE = regex.compile(r"""
      (?<!`)(?P<ticks>`+)(?!`).+?(?<!`)(?P=ticks)(?!`)  # a code span: closed by as many backticks
    | (?<=\]) \( [^()\s]* (?:\([^()\s]*\)[^()\s]*)* (?:\s+"[^"]*")? \)
                                                      # a link or image target: ](url "title")
    | <[A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\s]*>         # an autolink: <https://...>
    | <!--.*?-->                                      # an HTML comment (suppressions live here)
    | </?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>        # an inline HTML tag
    """, regex.VERBOSE | regex.DOTALL)


@dataclass(frozen=True)
class MarkdownLayout:
    blocks: tuple[str, ...]  # one block type per line of the text
    protected: tuple[tuple[int, int], ...]  # offsets [start, end) no finding or fix may touch


@lru_cache(maxsize=1)
def _parser():
    from markdown_it import MarkdownIt  # imported on the first Markdown file only
    from mdit_py_plugins.front_matter import front_matter_plugin
    return MarkdownIt("commonmark").enable("table").use(front_matter_plugin)


def is_markdown(path: str) -> bool:
    return path.lower().endswith(SUFFIXES)


def layout(text: str, line_starts: list[int]) -> MarkdownLayout:
    """Block types of the lines of ``text`` and its protected spans."""
    lines = text.split("\n")
    blocks = ["blank" if not line.strip() else "markup" for line in lines]
    # deepest block wins: a paragraph inside a list item is "list", a list inside a quote too
    claimed = [False] * len(lines)
    text_ranges: list[tuple[int, int]] = []
    for token in _parser().parse(text):
        kind = _BLOCK_OF.get(token.type)
        if kind is None or token.map is None:
            continue
        first, last = token.map
        if kind == "prose":
            text_ranges.append((first, last))
        for n in range(first, min(last, len(lines))):
            if not lines[n].strip():
                continue
            if kind in ("code", "markup", "table", "heading") or not claimed[n]:
                blocks[n] = kind
            if kind == "list":
                claimed[n] = True
            elif kind in ("table", "heading"):
                text_ranges.append((n, n + 1))
    protected = []
    for first, last in text_ranges:
        start = line_starts[first]
        end = line_starts[last] - 1 if last < len(line_starts) else len(text)
        for m in _INLINE.finditer(text, start, end):
            protected.append((m.start(), m.end()))
    for n, kind in enumerate(blocks):
        if kind in ("code", "markup"):
            end = line_starts[n + 1] - 1 if n + 1 < len(line_starts) else len(text)
            protected.append((line_starts[n], end))
    return MarkdownLayout(tuple(blocks), tuple(sorted(set(protected))))
