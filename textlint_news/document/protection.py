"""What no finding may point into and no fix may edit: code, tables and markup.

In Markdown (``markdown.py``), code blocks, HTML, front matter, inline code, link targets and
inline tags are *protected spans*: a finding inside one is dropped, whatever its rule. In any
document, a fix whose edit reaches a line of code or a table row is withheld (the finding stays,
without a fix): ``--fix`` must never rewrite a command, or a table's padding.
"""

from __future__ import annotations

import bisect
from dataclasses import replace

from textlint_news.document import Document
from textlint_news.findings import Finding
from textlint_news.document.blocks import CODE, TABLE

NO_EDIT_BLOCKS = frozenset({CODE, TABLE})


def _overlaps(spans: tuple[tuple[int, int], ...], starts: list[int], start: int,
              end: int) -> bool:
    """True when [start, end) meets one of the sorted, non-nested ``spans`` (an empty range at
    a span's inside counts)."""
    i = bisect.bisect_right(starts, start) - 1
    for s, e in spans[max(i, 0):]:
        if s >= max(end, start + 1):
            return False
        if e > start and (s < end or s <= start < e):
            return True
    return False


def protect(doc: Document, findings: list[Finding]) -> list[Finding]:
    """``findings`` less those inside protected spans, with fixes that would edit code, tables
    or protected spans withheld."""
    spans = doc.protected
    starts = [s for s, _ in spans]
    if spans:
        findings = [f for f in findings if not _overlaps(spans, starts, f.start, f.end)]
    if not any(f.fix for f in findings):
        return findings
    blocks = doc.blocks
    out = []
    for f in findings:
        if f.fix is not None and any(
                _overlaps(spans, starts, e.start, e.end)
                or any(blocks[n - 1] in NO_EDIT_BLOCKS
                       for n in range(doc.position(e.start)[0],
                                      doc.position(max(e.start, e.end - 1))[0] + 1))
                for e in f.fix.edits):
            f = replace(f, fix=None)
        out.append(f)
    return out
