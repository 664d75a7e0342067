"""What no finding may point into and no fix may edit: code, tables and markup.

In Markdown (``markdown.py``), code blocks, HTML, front matter, inline code, link targets,
image markup and inline tags are *protected spans*: a finding inside one is dropped, whatever
its rule. An image's alt text is text but not part of a sentence: only the rules about
characters (tag ``encoding``) report there. In any
document, a fix whose edit reaches a line of code or a table row is withheld (the finding stays,
without a fix): ``--fix`` must never rewrite a command, or a table's padding; in Markdown, nor
remove a list item's marker but not the item.

A word broken by a character finding (an undecoded entity, mojibake: ``Ni&ntilde;a``,
``&bull; A$1``) is no word: another rule's finding that lies within it and the word after it
is an echo of the broken characters ("a of" read as link residue, "A" as a capital after a
semicolon) and is dropped; the character finding names what to mend. A finding about more
(a line, a paragraph) stays.
"""

from __future__ import annotations

import bisect
from dataclasses import replace

from textlint_news.loading.patterns import regex

from textlint_news.document import Document
from textlint_news.findings import Finding
from textlint_news.document.blocks import CODE, TABLE

NO_EDIT_BLOCKS = frozenset({CODE, TABLE})
# The tag of rules about characters (entities, mojibake, invisible characters): they apply to
# any text a reader gets, an image's alt text too; the other rules read sentences
TEXT_TAG = "encoding"
# the rest of a word; the next word on the same line; the space that ends the word before
_REST_OF_WORD = regex.compile(r"\S*")
_NEXT_WORD = regex.compile(r"[ \t]*\S*")
_SPACE_BEFORE = regex.compile(r"(?r)\s")


def _cuts(spans: tuple[tuple[int, int], ...], starts: list[int], start: int, end: int) -> bool:
    """True when [start, end) reaches into one of the sorted, non-nested ``spans`` without
    holding it whole (an empty range at a span's inside counts). A range that holds a span
    whole (a finding about a sentence with a link in it, about a line of links) is about the
    text around the markup, and deleting it leaves no markup half."""
    i = bisect.bisect_right(starts, start) - 1
    for s, e in spans[max(i, 0):]:
        if s >= max(end, start + 1):
            return False
        if e > start and (s < end or s <= start < e) and not start <= s < e <= end:
            return True
    return False


def _meets(spans: tuple[tuple[int, int], ...], starts: list[int], start: int, end: int) -> bool:
    """True when [start, end) overlaps one of the sorted, non-overlapping ``spans`` (an empty
    range counts inside one)."""
    i = bisect.bisect_right(starts, start) - 1
    for s, e in spans[max(i, 0):]:
        if s >= max(end, start + 1):
            return False
        if e > start:
            return True
    return False


def _holds(starts: list[int], start: int, end: int) -> bool:
    """True when a span starts inside [start, end) (held whole, unless ``_cuts`` says so)."""
    i = bisect.bisect_left(starts, start)
    return i < len(starts) and starts[i] < end


def _broken_stretches(text: str, findings: list[Finding]) -> list[tuple[int, int]]:
    """Sorted, merged [start, end) of the words that character findings broke, each with the
    next word on its line. Findings are taken in order and a word's ends are looked for once,
    however many findings it holds (a run of glued entities is one word)."""
    stretches: list[tuple[int, int]] = []
    word_end = 0  # where the last broken word ends
    for f in sorted((f for f in findings if TEXT_TAG in f.tags), key=lambda f: f.start):
        if stretches and f.end <= word_end:
            continue  # inside a word already taken
        if stretches and f.start <= word_end:
            start = stretches[-1][0]
        else:
            space = _SPACE_BEFORE.search(text, word_end, f.start)
            start = space.end() if space else word_end
        word_end = _REST_OF_WORD.match(text, f.end).end()
        end = _NEXT_WORD.match(text, word_end).end()
        if stretches and start <= stretches[-1][1]:
            stretches[-1] = (stretches[-1][0], max(stretches[-1][1], end))
        else:
            stretches.append((start, end))
    return stretches


def _drop_echoes(doc: Document, findings: list[Finding]) -> list[Finding]:
    """``findings`` less those of other rules that lie within a word a character finding broke
    and the next word on its line."""
    stretches = _broken_stretches(doc.text, findings)
    if not stretches:
        return findings
    starts = [s for s, _ in stretches]

    def echo(f: Finding) -> bool:
        k = bisect.bisect_right(starts, f.start) - 1
        return k >= 0 and f.end <= stretches[k][1]

    return [f for f in findings if TEXT_TAG in f.tags or not echo(f)]


def protect(doc: Document, findings: list[Finding]) -> list[Finding]:
    """``findings`` less those that meet protected spans, with fixes withheld that would edit
    code or tables, or rewrite a protected span. In plain text, where the spans are link syntax
    an extractor left, a finding that holds one whole (a line of links) is about the text around
    it and stays, and deleting it whole is fine; in Markdown nothing meets markup. Echoes of
    broken characters are dropped first."""
    findings = _drop_echoes(doc, findings)
    spans = doc.protected
    starts = [s for s, _ in spans]
    markdown = doc.is_markdown
    if spans:
        # Markdown's spans are code, HTML and targets: nothing that meets one is reported
        findings = [f for f in findings if not _cuts(spans, starts, f.start, f.end)
                    and not (markdown and _holds(starts, f.start, f.end))]
    alt_text = doc.markdown_layout.alt_text if markdown else ()
    if alt_text:
        # an image's alt text is text (a stray character there is a defect) but no sentence
        alt_starts = [s for s, _ in alt_text]
        findings = [f for f in findings if TEXT_TAG in f.tags
                    or not _meets(alt_text, alt_starts, f.start, f.end)]
    if not any(f.fix for f in findings):
        return findings
    blocks = doc.blocks
    items = doc.markdown_layout.items if markdown else ()
    out = []
    for f in findings:
        if f.fix is not None and any(
                _cuts(spans, starts, e.start, e.end)
                # removes a list item's marker and leaves its other lines (a paragraph set in
                # under "1. A" would turn into a code block)
                or any(e.start <= marker < e.end < end for marker, end in items)
                # rewrites markup, or (in Markdown, where markup is markup) removes it
                or (e.replacement or markdown) and _holds(starts, e.start, e.end)
                or any(blocks[n - 1] in NO_EDIT_BLOCKS
                       for n in range(doc.position(e.start)[0],
                                      doc.position(max(e.start, e.end - 1))[0] + 1))
                for e in f.fix.edits):
            f = replace(f, fix=None)
        out.append(f)
    return out
