"""Markdown structure from a CommonMark parser: which lines are prose, and what is not text.

A ``.md`` file is parsed with markdown-it-py (CommonMark, plus GitHub's tables and YAML front
matter). Each line gets the block type of the structure pass (``structure.py``): fenced and
indented code, HTML blocks, front matter and link reference definitions are ``code`` (nothing in
them is text to lint); table rows ``table``; list items ``list``; headings ``heading``;
paragraphs and block quotes ``prose``, but a line ending in ":" that introduces code, a list
or a table is a ``label``. Inside text blocks, inline code, link and image targets, autolinks and inline
HTML (comments included) are *protected spans*: no rule reports inside them and no fix edits
them, so ``--fix`` cannot break a code block, a table or a link. So is a link's text that is
its target's last path segment ("[ada-lindqvist](https://example.org/ada-lindqvist)"): a handle
or a slug, written as the address writes it, not words of a sentence.

Inline spans are found with CommonMark's own rules where they matter (a code span closes with a
backtick run of the same length) by a scan of each text block, because the parser's inline
tokens carry no character offsets.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from textlint_news.loading.patterns import regex

from textlint_news.document.blocks import (
    BLANK, CODE, HEADING, LABEL, LIST, LISTING, PROSE, SHORT_WORDS, TABLE, carries_on,
    code_line, dated_turns, join_paragraph, lead_in_end, listing_run, lowercase_start,
    numbered_lines, sentence_end, short_line)
from textlint_news.document.language import normalise_code

SUFFIXES = (".md", ".markdown", ".mdown", ".mkd", ".mkdn")

# The token that opens each kind of block, and the block type its lines get.
_BLOCK_OF = {
    "fence": CODE,
    "code_block": CODE,
    "html_block": CODE,
    "front_matter": CODE,
    "heading_open": HEADING,
    "table_open": TABLE,
    "list_item_open": LIST,
    "paragraph_open": PROSE,
}

_INLINE = regex.compile(r"""
      (?<!`)(?P<ticks>`+)(?!`).+?(?<!`)(?P=ticks)(?!`)  # a code span: closed by as many backticks
    | (?<!\\)!(?P<alt>\[(?:[^\[\]\\]|\\.|(?&alt))*\])    # an image: ![alt], brackets nested,
      (?P<target> \( \s* (?:<[^<>\n]*> | [^()\s]*(?:\([^()\s]*\)[^()\s]*)*) (?:\s+"[^"]*")? \s* \)
                                                      # then (url "title") or (<url>),
        | \[[^\[\]]*\] )                              # or a [reference]
    | (?<=\]) \( [^()\s]* (?:\([^()\s]*\)[^()\s]*)* (?:\s+"[^"]*")? \)
                                                      # a link target: ](url "title")
    | <[A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\s]*>         # an autolink: <https://...>
    | <!--.*?-->                                      # an HTML comment (suppressions live here)
    | </?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>        # an inline HTML tag
    """, regex.VERBOSE | regex.DOTALL)


@dataclass(frozen=True)
class MarkdownLayout:
    blocks: list[str]  # one block type per line of the text
    starts: list[int]  # per line, the 0-based first line of its paragraph (or block)
    protected: tuple[tuple[int, int], ...]  # offsets [start, end) no finding or fix may touch
    code: tuple[tuple[int, int], ...]  # of code blocks and spans: examples, never directives
    wrapped: bool  # paragraphs run over several lines: a line is not a paragraph
    # of images' alt text: text, but no part of a sentence; only encoding rules look inside
    alt_text: tuple[tuple[int, int], ...] = ()
    # of list items: where the marker stands and where the item's text ends; an edit that
    # removes the marker must remove the item whole, or its other lines change their meaning
    items: tuple[tuple[int, int], ...] = ()
    # the language the front matter declares (``lang:``, ``language:``), as --lang-field would
    language: str | None = None


# a front matter key that names the page's language, as static site generators spell it
_LANGUAGE_KEY = regex.compile(
    r"""^(?:lang|language|locale)[ \t]*:[ \t]*["']?(?P<code>[^"'\s#]+)["']?[ \t]*(?:\#.*)?$""",
    regex.MULTILINE)


@lru_cache(maxsize=1)
def _parser():
    from markdown_it import MarkdownIt  # imported on the first Markdown file only
    from mdit_py_plugins.front_matter import front_matter_plugin
    return MarkdownIt("commonmark").enable("table").use(front_matter_plugin)


def is_markdown(path: str) -> bool:
    return path.lower().endswith(SUFFIXES)


# The text of a link right before its target, on one line: "[text]" before "(".
_LINK_TEXT = regex.compile(r"(?r)\[(?P<text>[^\[\]\n]+)\]\Z")
# A link target's last path segment: what follows the last "/" before a query, a fragment, a
# title or the closing bracket ("](https://example.org/team/ada-lindqvist?ref=x)").
_LAST_SEGMENT = regex.compile(r"""
    \(\s*<?[^()\s<>]*/                  # "(" and the address up to its last "/",
    (?P<segment>[^/?#()\s<>]+)/?         # the segment (a trailing "/" may close it),
    (?:[?#][^()\s<>]*)?>?                # then maybe a query or a fragment,
    (?:\s+"[^"]*")?\s*\)                 # and maybe a title
    """, regex.VERBOSE)


def _handle_text(text: str, target: regex.Match) -> tuple[int, int] | None:
    """The span of a link's text when it is the last path segment of its own target: a user's
    handle or a page's slug ("[ada-lindqvist](https://example.org/ada-lindqvist)", a list of
    contributors), an identifier written as the address writes it, no words of a sentence."""
    segment = _LAST_SEGMENT.fullmatch(text, target.start(), target.end())
    if segment is None:
        return None
    link = _LINK_TEXT.search(text, max(0, target.start() - 200), target.start())
    if link is None or link["text"].casefold() != segment["segment"].casefold():
        return None
    return link.span("text")


def layout(text: str, line_starts: list[int]) -> MarkdownLayout:
    """Block types of the lines of ``text``, their paragraphs, and its protected spans."""
    lines = text.split("\n")
    # a line no block claims is a link reference definition or a rule: markup, like code
    blocks = [BLANK if not line.strip() else CODE for line in lines]
    starts = list(range(len(lines)))
    in_item = [False] * len(lines)  # a paragraph inside a list item stays a list item
    claimed: set[int] = set()  # lines inside a block: the others are markup, or blank
    text_ranges: list[tuple[int, int]] = []
    code_ranges: list[tuple[int, int]] = []
    items: list[tuple[int, int]] = []
    language = None
    for token in _parser().parse(text):
        if token.type == "front_matter" and (m := _LANGUAGE_KEY.search(token.content)):
            language = normalise_code(m["code"])
        kind = _BLOCK_OF.get(token.type)
        if kind is None or token.map is None:
            continue
        first, last = token.map[0], min(token.map[1], len(lines))
        if kind == LIST:
            end = max((n for n in range(first, last) if lines[n].strip()), default=first)
            items.append((line_starts[first] + len(lines[first]) - len(lines[first].lstrip()),
                          _end(line_starts, text, end + 1)))
        if kind in (PROSE, TABLE, HEADING):
            text_ranges.append((first, last))
        elif token.type in ("fence", "code_block"):
            code_ranges.append((first, last))
        for n in range(first, last):
            if not lines[n].strip():
                continue
            if kind == PROSE and in_item[n]:
                starts[n] = first
                continue
            blocks[n] = kind
            claimed.add(n)
            in_item[n] = in_item[n] or kind == LIST
            if kind in (PROSE, LIST):
                starts[n] = first
    for n, line in enumerate(lines):
        if blocks[n] == CODE and not line.strip(" \t>") and n not in claimed:
            blocks[n] = BLANK  # a block quote's blank line: ">"
    parsed = starts[:]  # the parser's paragraphs, before lead-ins join what they introduce
    _unfenced_code(lines, blocks, starts)
    _bold_headings(lines, blocks, starts)
    _listings(lines, blocks, starts)
    _items_carried_on(lines, blocks, starts)
    _lead_ins(lines, blocks, starts)
    _carried_on(lines, blocks, starts)
    dated_turns(lines, blocks, starts)
    protected: list[tuple[int, int]] = []
    alt_text: list[tuple[int, int]] = []
    for first, last in text_ranges:
        for m in _INLINE.finditer(text, line_starts[first], _end(line_starts, text, last)):
            if m.group("target") is None:
                protected.append(m.span())
                if (handle := _handle_text(text, m)) is not None:
                    protected.append(handle)
                continue
            # an image: "![" and "](url)" are markup, the alt text between them is text
            alt, target = m.start() + 2, m.start("target") - 1
            protected += [(m.start(), alt), (target, m.end())]
            if alt < target:
                alt_text.append((alt, target))
    protected += [(line_starts[n], _end(line_starts, text, n + 1))
                  for n, kind in enumerate(blocks) if kind == CODE]
    code = [(line_starts[first], _end(line_starts, text, last)) for first, last in code_ranges]
    code += [(s, e) for s, e in protected if text.startswith("`", s)]
    prose = [n for n, kind in enumerate(blocks) if kind in (PROSE, LIST)]
    continued = sum(1 for n in prose if parsed[n] != n)
    return MarkdownLayout(blocks, starts, tuple(sorted(set(protected))), tuple(sorted(code)),
                          bool(prose) and continued >= 0.2 * len(prose), tuple(alt_text),
                          tuple(items), language)


# A paragraph that is strong emphasis alone, with at most a parenthesis after it: a heading
# written in bold ("**What are the agents?**", "**Too many tokens** (context > window)").
_BOLD_LINE = regex.compile(r"""
    ^[ \t]*(?P<mark>\*\*|__)         # strong emphasis opens the line,
    (?=[^\s\p{Ll}])                    # not in lowercase (a value going on from the line above),
    (?:(?!(?P=mark)).)+ (?<=\S)(?P=mark) # closes once,
    (?:[ \t]*\([^()\n]*\))?            # a parenthesis may follow,
    [ \t]*$                             # and nothing else
    """, regex.VERBOSE)
_HEADING_WORDS = 15  # a bold paragraph longer than this is an emphasised passage, not a heading


def _unfenced_code(lines: list[str], blocks: list[str], starts: list[int]) -> None:
    """Code a page lost its fence around is a run of paragraphs: lines numbered by a code
    viewer ("26output = Runner.run_sync(", "27    starting_agent=triage_agent,"), or two or more
    paragraphs of one line in a row that are code by their shape, as plain text types a line,
    and end no sentence ("def respond(user_input):" / "if user_input == key:"). Both are
    ``code``: no sentence, so no prose rule reads them. (One such paragraph alone, or one that
    ends a sentence, is as often prose about code or a formula.)"""
    for n in numbered_lines(lines, [n for n, kind in enumerate(blocks) if kind != BLANK]):
        if blocks[n] == PROSE:
            blocks[n] = CODE
    content = [n for n, kind in enumerate(blocks) if kind != BLANK]
    shaped = [blocks[n] == PROSE and starts[n] == n and (n + 1 == len(lines) or starts[n + 1] != n)
              and len(lines[n].split()) <= 2 * SHORT_WORDS and not sentence_end(lines[n])
              and code_line(lines[n].replace("\\", "")) for n in content]
    for k, n in enumerate(content):
        if shaped[k] and (k > 0 and (shaped[k - 1] or blocks[content[k - 1]] == CODE)
                          or k + 1 < len(content) and shaped[k + 1]):
            blocks[n] = CODE


def _bold_headings(lines: list[str], blocks: list[str], starts: list[int]) -> None:
    """A one-line paragraph in bold alone is a heading (posts title their sections, or the
    questions a section answers, so): no sentence of prose, and a table of contents may list it
    again."""
    for n, line in enumerate(lines):
        if blocks[n] == PROSE and starts[n] == n and (n + 1 == len(lines) or starts[n + 1] != n) \
                and len(line.split()) <= _HEADING_WORDS and _BOLD_LINE.match(line):
            blocks[n] = HEADING


def _listings(lines: list[str], blocks: list[str], starts: list[int]) -> None:
    """Short paragraphs of one line that end no sentence, three or more in a row, are a
    listing as in plain text (``blocks.py``): a flattened table's cells ("Low", "$0.002 / 1K
    tokens"), a widget's labels, a menu. Not sentences: prose rules leave them alone, and a
    cell that equals the one before it is no heading extracted twice."""
    run: list[int] = []

    def close() -> None:
        if listing_run(lines, run):
            for n in run:
                blocks[n] = LISTING
        run.clear()

    for n, line in enumerate(lines):
        if blocks[n] == BLANK:
            continue
        # (counting words first: short_line's regexes run on short lines only)
        if blocks[n] == PROSE and starts[n] == n and (n + 1 == len(lines) or starts[n + 1] != n) \
                and len(line.split()) <= SHORT_WORDS and not _quoted(line) and short_line(line):
            run.append(n)
        else:
            close()
    close()


def _items_carried_on(lines: list[str], blocks: list[str], starts: list[int]) -> None:
    """A paragraph starting in lowercase right after a list item that ends no sentence carries
    the item on ("- **Improving performance**" / "by reducing TTFB and enabling faster page
    loads."): a line break inside the item that ended the list, so the item's text, as
    ``blocks.py`` makes lowercase lines after a list item in plain text."""
    content = [i for i, block in enumerate(blocks) if block != BLANK]
    for i, j in zip(content, content[1:]):
        if blocks[i] == LIST and blocks[j] == PROSE and starts[j] == j and lowercase_start(lines[j]) \
                and not sentence_end(lines[i]):
            m = j
            while m < len(lines) and starts[m] == j:
                blocks[m] = LIST
                m += 1
            join_paragraph(starts, i, j)


def _lead_ins(lines: list[str], blocks: list[str], starts: list[int]) -> None:
    """A line ending in ":" (or a spaced dash) right before code, a list, a table or a block
    quote introduces it, and the two are one block (as ``blocks.py`` joins them in plain text): a paragraph's last
    line so is a label, not a sentence that lost its end; a heading ("## Links:") stays a
    heading, and a list item heads the list or code nested in it. Blank lines between them
    belong to the block, and so does the first line of what follows with the lines that carry
    it on: the lead-in is no paragraph's last line."""
    following = None  # the 0-based first line of the next non-blank block
    for n in range(len(lines) - 1, -1, -1):
        kind = blocks[n]
        if kind == BLANK:
            continue
        if following is not None and lead_in_end(lines[n]) \
                and _introduced(lines, blocks, n, following):
            if kind == PROSE:
                kind = blocks[n] = LABEL
            join_paragraph(starts, n, following)
        following = n


def _introduced(lines: list[str], blocks: list[str], n: int, following: int) -> bool:
    """True if the block at 0-based line ``following`` is what the lead-in on line ``n``
    introduces: code, a list, a listing, a table or a paragraph opening on an image ("You
    can check out here:" / a screenshot) after a paragraph or heading, a block quote after one
    outside it; what is nested in a list item after the item."""
    kind, then = blocks[n], blocks[following]
    if kind == LIST:
        return then in (CODE, LIST, TABLE) and _indent(lines[following]) > _indent(lines[n])
    if kind not in (PROSE, HEADING):
        return False
    return then in (CODE, LIST, LISTING, TABLE) or then == PROSE and (
        _quoted(lines[following]) and not _quoted(lines[n])
        or lines[following].lstrip().startswith("!["))


def _carried_on(lines: list[str], blocks: list[str], starts: list[int]) -> None:
    """A paragraph that starts in lowercase after one that ends in a comma, semicolon, colon
    or dash carries its sentence on ("In the tea tin, a single sock," / "smelling faintly of
    rain."): a verse written a paragraph a line, one block as in plain text (``blocks.py``)."""
    content = [i for i, block in enumerate(blocks) if block != BLANK]
    for i, j in zip(content, content[1:]):
        if j > i + 1 and blocks[i] == blocks[j] == PROSE and carries_on(lines[i], lines[j]):
            join_paragraph(starts, i, j)


def _quoted(line: str) -> bool:
    return line.lstrip().startswith(">")


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _end(line_starts: list[int], text: str, line: int) -> int:
    """The offset where 0-based ``line`` ends (before its newline)."""
    return line_starts[line] - 1 if line < len(line_starts) else len(text)
