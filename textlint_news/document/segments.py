"""Splitting a document into lines, paragraphs and sentences, and comparing them by their words."""

from __future__ import annotations

import itertools
from array import array
from typing import Iterator, NamedTuple

from textlint_news.loading.patterns import regex

from textlint_news.document import Document
from textlint_news.document.blocks import CODE

_WORD = regex.compile(r"\w+")
_SENTENCE_END = regex.compile(r"(?<=[.!?…][\"”’)\]]?)\s+(?=[\"“‘(\[]?\p{Lu})")
_NOT_NEWLINE = regex.compile(r"[^\n]")
_PARAGRAPH = regex.compile(r"[^\n](?:.|\n(?!\s*\n))*", regex.DOTALL)


def words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def normalised(text: str) -> str:
    """The words of ``text``, casefolded and joined by single spaces (quotes, punctuation gone)."""
    return " ".join(words(text))


class Unit(NamedTuple):
    start: int
    end: int
    line: int
    norm: str  # the unit's words, as ``normalised`` gives them


class Units:
    """A document's units, held column by column: a tuple and three ints per unit would cost
    some 200 bytes a line (1.5 GB for 8 MB of one-letter lines). Iterating gives ``Unit``s."""

    __slots__ = ("starts", "ends", "lines", "norms")

    def __init__(self) -> None:
        self.starts, self.ends, self.lines = array("q"), array("q"), array("q")
        self.norms: list[str] = []  # equal ones are one string

    def __len__(self) -> int:
        return len(self.norms)

    def __iter__(self) -> Iterator[Unit]:
        return map(Unit, self.starts, self.ends, self.lines, self.norms)


def units(doc: Document, unit: str) -> Units:
    """The non-blank units of ``doc`` with their words; computed once and shared by all rules.

    In Markdown, the words are those of the text: code blocks, HTML, front matter, link
    targets and images (alt text too) have none, so a unit of them stands between the units
    around it but repeats nothing and nothing repeats it (a post whose lead repeats its front
    matter's description, a caption that repeats its image's alt text, the same link text
    with two targets). Inline code is text here: it tells two sentences apart."""
    key = ("units", unit)
    if key not in doc.derived:
        found, shared = Units(), {}
        text = _words_text(doc)
        for start, end in iter_units(doc, unit):
            found.starts.append(start)
            found.ends.append(end)
            found.lines.append(doc.position(start)[0])
            norm = normalised(text[start:end])
            found.norms.append(shared.setdefault(norm, norm))
        doc.derived[key] = found
    return doc.derived[key]


def _words_text(doc: Document) -> str:
    """The text whose words units compare: in Markdown, markup and code blocks (protected
    spans, but for inline code) and images' alt text blanked out, offsets kept."""
    if not doc.is_markdown:
        return doc.text
    text = doc.text
    blanked = sorted([(s, e) for s, e in doc.protected if not text.startswith("`", s)]
                     + list(doc.markdown_layout.alt_text))
    if not blanked:
        return text
    parts, cursor = [], 0
    for start, end in blanked:
        start = max(start, cursor)  # (a span inside one already blanked)
        parts += [text[cursor:start], _NOT_NEWLINE.sub(" ", text[start:end])]
        cursor = max(end, cursor)
    parts.append(text[cursor:])
    return "".join(parts)


def folded_words(doc: Document) -> frozenset[str]:
    """The casefolded forms of the document's words (maximal ``\\w`` runs; in Markdown, of its
    text: not its code blocks and markup, as ``units`` reads them).

    Read off the line units: casefolding keeps a character a word character or not (a test
    checks every code point), so the words of the casefolded lines are the casefolded words.
    """
    key = "folded_words"
    if key not in doc.derived:
        doc.derived[key] = frozenset(" ".join(units(doc, "line").norms).split(" ")) - {""}
    return doc.derived[key]


def edge_lines(doc: Document, region: str, count: int) -> list[int]:
    """The first (``head``), last (``tail``) or both (``edges``) ``count`` non-blank lines; in
    Markdown, lines of text: a post starts after its front matter, and code is no furniture."""
    lines = doc.lines
    blocks = doc.blocks if doc.is_markdown else None

    def text(n: int) -> bool:
        return bool(lines[n - 1].strip()) and (blocks is None or blocks[n - 1] != CODE)

    # read from each end only as far as needed: the corpus pre-pass calls this on every document
    chosen: set[int] = set()
    if region in ("head", "edges"):
        chosen.update(itertools.islice(filter(text, range(1, len(lines) + 1)), count))
    if region in ("tail", "edges"):
        chosen.update(itertools.islice(filter(text, range(len(lines), 0, -1)), count))
    return sorted(chosen)


def iter_units(doc: Document, unit: str) -> Iterator[tuple[int, int]]:
    """Spans of the non-blank lines, paragraphs or sentences of ``doc``, trimmed of white space."""
    text = doc.text
    if unit == "line":
        for line_no, line in enumerate(doc.lines, 1):
            if line.strip():
                start = doc.line_starts[line_no - 1]
                yield _trim(text, start, start + len(line))
    elif unit == "paragraph":
        for m in _PARAGRAPH.finditer(text):
            yield _trim(text, m.start(), m.end())
    elif unit == "sentence":
        for start, end in iter_units(doc, "line"):
            cursor = start
            for m in _SENTENCE_END.finditer(text, start, end):
                yield cursor, m.start()
                cursor = m.end()
            yield cursor, end
    else:
        raise ValueError(unit)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def line_removal_span(doc: Document, first_line: int, last_line: int | None = None) -> tuple[int, int]:
    """The range that deletes whole lines together with the blank lines before them.

    Removing a paragraph must not leave two blank lines behind, so the deletion starts at the
    end of the previous non-blank line; at the top of the file it swallows the following ones.
    """
    last_line = first_line if last_line is None else last_line
    start = doc.line_starts[first_line - 1]
    end = doc.line_span(last_line)[1]
    previous = first_line - 1
    while previous >= 1 and not doc.lines[previous - 1].strip():
        previous -= 1
    if previous >= 1:
        return doc.line_span(previous)[1], end
    following = last_line + 1
    while following <= len(doc.lines) and not doc.lines[following - 1].strip():
        following += 1
    return start, doc.line_starts[following - 1] if following <= len(doc.lines) else len(doc.text)
