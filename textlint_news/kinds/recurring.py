"""``recurring``: a line that many documents of one site share, at their edges or anywhere.

Furniture of a site (``News Room USA | LNG in Northern BC`` under every article) has no shape
that a pattern could know, but it repeats: when several documents are linted together, a
line that recurs word for word (digits and white space normalised, so dates and counters do
not matter) in ``region`` (the first or last ``region_lines`` non-blank lines, or anywhere) of
at least ``min_documents`` documents of the same site, and of at least ``share`` of that
site's documents, is reported in each of them. A document linted alone is a corpus of one and
is never reported.

The site (``group_by: site``) is ``Document.site``, what the input knows (``sites.py``: a
record's site or URL host, else the first folder under the folder given). ``group_by: run`` compares every document of the run with every other.
"""

from __future__ import annotations

import hashlib
import math
import os
from collections import Counter
from dataclasses import dataclass
from typing import Any, Iterator

from textlint_news.loading.patterns import regex

from textlint_news.document import Document
from textlint_news.document.blocks import HEADING
from textlint_news.findings import Finding
from textlint_news.loading.schema import option
from textlint_news.document.segments import edge_lines
from textlint_news.kinds.base import CorpusRule
from textlint_news.kinds.reporting import line_text_span

_DIGITS = regex.compile(r"\d+")
_SPACE = regex.compile(r"\s+")
_LETTER = regex.compile(r"\p{L}")
_SITE = "\x1f"  # joins a site and a line key; the site's own key counts its documents


def line_key(line: str) -> str:
    """The line as compared across documents: digits as 0, white space collapsed."""
    return _SPACE.sub(" ", _DIGITS.sub("0", line)).strip()


def _counted(key: str) -> bytes:
    """What the corpus counts for a key: 8 bytes of its hash instead of the text. The counts
    hold every short line of a crawl, so their size is what grows with it; a collision among
    2^64 values would need billions of distinct lines."""
    return hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=8).digest()


@dataclass(frozen=True, kw_only=True)
class RecurringOptions:
    region: str = option("edges", choices=("head", "tail", "edges", "anywhere"))
    region_lines: int = option(3, help="non-blank lines counted as head or tail")
    min_documents: int = option(3, help="documents the line must recur in")
    share: float = option(0.0, help="and at least this share of the documents linted together")
    max_words: int = option(25, help="longer lines are article text")
    group_by: str = option("site", choices=("site", "run"),
                           help="compare the documents of one site, or all documents of the run")


class RecurringLineRule(CorpusRule):
    KIND = "recurring"
    COMPUTES_FIX = True
    Options = RecurringOptions
    options: RecurringOptions

    def __init__(self, spec: dict[str, Any], pack: str, source: str = "") -> None:
        super().__init__(spec, pack, source)
        self.by_site = self.options.group_by == "site"

    def _candidates(self, doc: Document) -> Iterator[tuple[int, str]]:
        """(line number, key) of the lines in the region that could be furniture."""
        numbers = (doc.content_lines if self.region == "anywhere"
                   else edge_lines(doc, self.region, self.region_lines))
        limit = self.max_words
        # a Markdown heading is the author's own structure ("## Usage" in every page of a
        # documentation folder), declared by markup, not furniture an extractor kept
        headings = doc.blocks if doc.is_markdown else None
        for line_no in numbers:
            if headings is not None and headings[line_no - 1] == HEADING:
                continue
            line = doc.lines[line_no - 1]
            # split at most `limit` times: a line of more words gives limit + 1 parts
            if _LETTER.search(line) and len(line.split(None, limit)) <= limit:
                yield line_no, line_key(line)

    def _site(self, doc: Document) -> str:
        return document_site(doc) + _SITE if self.by_site else ""

    def observe(self, doc: Document) -> set[bytes]:
        site = self._site(doc)
        return {_counted(site + key) for _, key in self._candidates(doc)} | {_counted(site)}

    def check_corpus(self, doc: Document, counts: Counter, documents: int) -> Iterator[Finding]:
        site = self._site(doc)
        if self.by_site:
            documents = counts[_counted(site)] or 1
        needed = max(self.min_documents, math.ceil(self.share * documents))
        for line_no, key in self._candidates(doc):
            count = counts[_counted(site + key)]
            if count < needed:
                continue
            start, end = line_text_span(doc, line_no)
            yield self.finding(doc, start, end,
                               {"line": doc.text[start:end], "count": count,
                                "documents": documents, "site": document_site(doc)},
                               replacement="" if self.fix_spec is not None else None,
                               whole_lines=True)


def document_site(doc: Document) -> str:
    """The site ``doc`` comes from: ``Document.site`` as the sources set it (``sites.py``),
    else its folder (a document made by the library API without one)."""
    return doc.site if doc.site is not None else os.path.dirname(doc.path)
