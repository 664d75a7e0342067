"""A document to lint: text normalised to ``\\n`` line endings plus the facts needed to map back.

Rules only ever see ``Document.text``: one newline style, no BOM. Positions they report are
offsets into that text; this module turns them into 1-based lines and code-point columns and
into offsets of the original text, so fixes can be written back with CRLF/CR and BOM intact.
"""

from __future__ import annotations

import bisect
import itertools
from array import array
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from textlint_news.loading.patterns import regex

from textlint_news.document import language as _language, markdown as _markdown
from textlint_news.document.blocks import classify

BOM = "\ufeff"
_ENGLISH = frozenset({"en"})
_WORD = regex.compile(r"\w+")
# The end of a Markdown link's text and its target, in any text an extractor wrote Markdown into
_LINK_TARGET = regex.compile(r"""
    \]\((?:[^()\s]|\([^()\s]*\))*(?:[ \t]+"[^"\n]*")?\)   # ](https://example.org/a_(b) "title")
  | \]\[[^\[\]\n]{0,40}\]                                 # ][3], a reference
""", regex.VERBOSE)
# Inline code as developer posts write it in plain text ("run `npx vite build`", "`&amp;`"): a
# backtick run, then code on one line that neither starts nor ends with a space, then the same
# run. Not after a letter or digit, nor before one: "don`t" and "isn`t" use it as an apostrophe.
_INLINE_CODE = regex.compile(r"""
    (?<![\w`])(?P<tick>`{1,3})      # an opening run, not inside a word or a longer run
    (?=[^\s`])[^`\n]{1,200}?(?<=\S)  # the code: one line, trimmed, no backtick
    (?P=tick)(?![\w`])                # the same run closes it
""", regex.VERBOSE)


def detect_newline(raw: str) -> str:
    """The first line ending of ``raw`` (``\\n`` when there is none); files keep that style."""
    cr = raw.find("\r")  # str.find, not a loop in Python: a 50 MB line has no newline to stop at
    if cr == -1 or raw.find("\n", 0, cr) != -1:
        return "\n"
    return "\r\n" if raw[cr + 1 : cr + 2] == "\n" else "\r"


def normalise_newlines(raw: str) -> str:
    return raw.replace("\r\n", "\n").replace("\r", "\n") if "\r" in raw else raw


@dataclass
class Document:
    """One text: a file, stdin or a JSONL record."""

    path: str
    text: str
    has_bom: bool = False
    newline: str = "\n"
    encoding: str = "utf-8"
    record_id: str | None = None
    original: str | None = field(default=None, repr=False)  # raw text without BOM, if it had CRs
    # the record as read, which --passed/--quarantine write back in its format: a JSONL line
    # (bytes), a one-row Arrow batch of a Parquet or Arrow row, a WARC record (bytes)
    source_line: Any = field(default=None, repr=False)
    source_lineno: int | None = None  # that line's number in its file, where reports point
    url: str | None = None  # the page a record was taken from (a url column, WARC-Target-URI)
    date: str | None = None  # when it was crawled or published, as the record gives it
    ignore: frozenset[str] = frozenset()  # rule ids or packs not run on it (--ignore-field)
    # what several rules derive from the text (e.g. normalised lines), computed once per document
    derived: dict = field(default_factory=dict, repr=False, compare=False)
    # the language given by a record field or --language; None: identified from the text
    declared_language: str | None = None
    site: str | None = None  # the site it comes from: a host, or a crawl's folder (sites.py)

    @classmethod
    def from_string(cls, raw: str, path: str = "-", encoding: str = "utf-8",
                    record_id: str | None = None) -> "Document":
        has_bom = raw.startswith(BOM)
        if has_bom:
            raw = raw[1:]
        text = normalise_newlines(raw)
        return cls(path=path, text=text, has_bom=has_bom, newline=detect_newline(raw),
                   encoding=encoding, record_id=record_id,
                   original=raw if text is not raw else None)

    def with_text(self, raw: str) -> "Document":
        """This document with the raw text (no BOM) ``raw``: what a fix pass lints next, still
        the same record of the same site, with the same rules ignored and the same language."""
        doc = Document.from_string((BOM if self.has_bom else "") + raw, self.path, self.encoding,
                                   self.record_id)
        doc.source_line, doc.source_lineno, doc.ignore = self.source_line, self.source_lineno, \
            self.ignore
        doc.declared_language, doc.site = self.declared_language, self.site
        return doc

    @cached_property
    def line_starts(self) -> array:
        # each line starts one past the end of the one before: summed in C, not a Python loop;
        # an array, 8 bytes a line where a list of ints takes 36
        return array("q", itertools.accumulate(map((1).__add__, map(len, self.lines[:-1])),
                                               initial=0))

    @cached_property
    def lines(self) -> list[str]:
        return self.text.split("\n")

    def position(self, offset: int) -> tuple[int, int]:
        """1-based line and 1-based column (in code points) of ``offset``."""
        line = bisect.bisect_right(self.line_starts, offset) - 1
        return line + 1, offset - self.line_starts[line] + 1

    def offset(self, line: int, column: int) -> int:
        """Inverse of ``position``."""
        return self.line_starts[line - 1] + column - 1

    def line_text(self, line: int) -> str:
        return self.lines[line - 1]

    def line_span(self, line: int) -> tuple[int, int]:
        """Offsets of the start and end (before the newline) of a 1-based line."""
        start = self.line_starts[line - 1]
        return start, start + len(self.lines[line - 1])

    @cached_property
    def _original_line_starts(self) -> list[int]:
        starts = [0]
        raw = self.original or ""
        i, n = 0, len(raw)
        while i < n:
            ch = raw[i]
            if ch == "\r":
                i += 2 if raw[i + 1 : i + 2] == "\n" else 1
                starts.append(i)
            elif ch == "\n":
                i += 1
                starts.append(i)
            else:
                i += 1
        return starts

    def original_offset(self, offset: int) -> int:
        """Offset in the raw text (newlines as in the file, no BOM) of a normalised offset."""
        if self.original is None:
            return offset
        line, column = self.position(offset)
        return self._original_line_starts[line - 1] + column - 1

    def raw_text(self) -> str:
        """The text as it was read (without BOM)."""
        return self.text if self.original is None else self.original

    @cached_property
    def content_lines(self) -> array:
        """Numbers of the non-blank lines: head and tail rules count only these."""
        return array("q", (n for n, line in enumerate(self.lines, 1) if line.strip()))

    @cached_property
    def hard_wrapped(self) -> bool:
        """True for text wrapped at a fixed width (Markdown, e-mail), where a line is not a paragraph.

        No line is much longer than the wrap width, and either most lines run into the next
        one, or (news, with paragraphs of one or two sentences) the lines that run on end
        near the widest line, where the next word did not fit. In Markdown, the parser says
        whether paragraphs run over several lines.
        """
        if self.is_markdown:
            return self.markdown_layout.wrapped
        lines = [self.lines[n - 1] for n in self.content_lines]
        width = max(map(len, lines), default=0)
        if len(lines) < 3 or width > 120:
            return False
        running = [a for a, b in zip(self.lines, self.lines[1:]) if a.strip() and b.strip()]
        if len(running) >= 0.6 * len(lines):
            return True
        near_width = sum(1 for line in running if len(line.rstrip()) >= width - 20)
        return width >= 40 and len(running) >= 3 and near_width >= 0.7 * len(running)

    @cached_property
    def word_count(self) -> int:
        return len(self.text.split())

    @cached_property
    def word_set(self) -> frozenset[str]:
        """The distinct words (maximal ``\\w`` runs of the ``regex`` module) of the text."""
        return frozenset(_WORD.findall(self.text))

    @cached_property
    def casefolded(self) -> str:
        return self.text.casefold()

    @cached_property
    def words_by_fold(self) -> dict[str, list[str]]:
        """The distinct words grouped by their casefolded form."""
        groups: dict[str, list[str]] = {}
        for word in self.word_set:
            groups.setdefault(word.casefold(), []).append(word)
        return groups

    @cached_property
    def is_markdown(self) -> bool:
        """A Markdown file (by its name): parsed as CommonMark, not read as plain lines."""
        return self.record_id is None and _markdown.is_markdown(self.path)

    @cached_property
    def _structure(self) -> tuple[list[str], list[int]]:
        if self.is_markdown:
            layout = _markdown.layout(self.text, self.line_starts)
            self.derived["markdown"] = layout
            return layout.blocks, layout.starts
        return classify(self.lines, self.hard_wrapped)

    @cached_property
    def protected(self) -> tuple[tuple[int, int], ...]:
        """Offsets [start, end) of what is not text (code, markup, link targets): no finding
        points into them and no fix edits them (``protection.py``). In a Markdown file the
        parser says; in plain text, the targets of Markdown links that an extractor wrote
        into it ("[Bloomberg reported ][3]", "[the report](https://...)") and inline code in
        backticks ("run `npx vite build`")."""
        if self.is_markdown:
            return self.markdown_layout.protected
        spans: list[tuple[int, int]] = []
        if "](" in self.text or "][" in self.text:
            spans += (m.span() for m in _LINK_TARGET.finditer(self.text))
        if "`" in self.text:
            spans += (m.span() for m in _INLINE_CODE.finditer(self.text))
        merged: list[tuple[int, int]] = []  # protection.py wants them sorted and apart
        for start, end in sorted(spans):
            if merged and start < merged[-1][1]:  # a link written inside code: the code holds it
                merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            else:
                merged.append((start, end))
        return tuple(merged)

    @property
    def code_spans(self) -> tuple[tuple[int, int], ...]:
        """Offsets of a Markdown file's code blocks and code spans: what is there is an
        example, not a suppression comment."""
        return self.markdown_layout.code if self.is_markdown else ()

    @property
    def markdown_layout(self) -> "_markdown.MarkdownLayout":
        self._structure  # noqa: B018 -- parses the file once
        return self.derived["markdown"]

    @property
    def has_blocks(self) -> bool:
        """True once the lines have been classified (``blocks`` is then free)."""
        return "_structure" in self.__dict__

    @property
    def blocks(self) -> list[str]:
        """The block type of each line (``structure.BLOCK_TYPES``; index = line number - 1)."""
        return self._structure[0]

    def paragraph_start(self, line: int) -> int:
        """The 1-based first line of the paragraph that 1-based ``line`` belongs to (itself,
        unless it continues a hard-wrapped paragraph)."""
        return self._structure[1][line - 1] + 1

    def at_paragraph_edge(self, line: int, edge: str) -> bool:
        """True if 1-based ``line`` is the "first" (or "last") line of its paragraph."""
        if edge == "first":
            return self.paragraph_start(line) == line
        return line == len(self.lines) or self.paragraph_start(line + 1) != self.paragraph_start(line)

    @property
    def language(self) -> str | None:
        """ISO 639-1 code of the text's language: as declared (by the caller, else by a
        Markdown file's front matter), else identified once from its sentences (None when
        unknown or too short to tell)."""
        if self.declared_language is not None:
            return self.declared_language
        if self.is_markdown and self.markdown_layout.language is not None:
            return self.markdown_layout.language
        if "language" not in self.derived:
            self.derived["language"] = _language.identify_lines(self.lines)
        return self.derived["language"]

    @language.setter
    def language(self, code: str | None) -> None:
        self.declared_language = code

    def line_language(self, line: int) -> str | None:
        """The language of 1-based ``line`` on its own, when it is long and clear enough to
        tell (a German paragraph quoted in an English page), else None. Asked only for lines
        with findings, so it is cached per line."""
        cache = self.derived.setdefault("line_languages", {})
        if line not in cache:
            cache[line] = _language.identify_line(self.lines[line - 1])
        return cache[line]

    def line_in(self, line: int, languages: frozenset[str]) -> bool:
        """False only when 1-based ``line`` says on its own that it is in a language not in
        ``languages``. A line holding a word only those languages use often is not asked of
        the model (most lines with findings, for a fraction of its cost)."""
        cache = self.derived.setdefault("lines_in", {})
        key = (line, languages)
        if key not in cache:  # (a line holds many findings of one rule: decided once)
            words = self.lines[line - 1].casefold().split()
            found = None if not _language.marker_words(languages).isdisjoint(words) \
                else self.line_language(line)
            if found is None and languages == _ENGLISH \
                    and _language.plainly_not_english_line(self.lines[line - 1]):
                found = _language.UNDETERMINED  # English's word lists tell what the model cannot
            cache[key] = found is None or found in languages
        return cache[key]
