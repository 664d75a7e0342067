"""Content fingerprints of findings, shared by SARIF ``partialFingerprints`` and baselines.

A fingerprint must survive a re-scrape that moves the text to another line, so it hashes what
the finding is about (rule id, path, record id, the text around it), never a line number.
Identical findings in one document get an occurrence number, so two ``the the`` in the same
context are two entries, not one.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from functools import lru_cache
from pathlib import PurePath
from typing import Iterable

from textlint_news.document import Document
from textlint_news.engine import DocumentResult
from textlint_news.findings import Finding

CONTEXT = 20  # code points of the same line on each side of the finding
_SPACE = re.compile(r"\s+")


def context(doc: Document, finding: Finding) -> str:
    """The finding's text with up to ``CONTEXT`` code points of its line(s) on each side,
    whitespace collapsed, so re-wrapping or re-spacing a page does not change it."""
    first_start, _ = doc.line_span(doc.position(finding.start)[0])
    _, last_end = doc.line_span(doc.position(finding.end)[0])
    start = max(finding.start - CONTEXT, first_start)
    end = min(finding.end + CONTEXT, max(last_end, finding.end))
    return _SPACE.sub(" ", doc.text[start:end]).strip()


@lru_cache(maxsize=64)
def _posix(path: str) -> str:
    return PurePath(path).as_posix()  # ~10 us, and every finding of a file has the same path


def fingerprint(doc: Document, finding: Finding) -> str:
    """Hash of rule id, path (with ``/`` separators), record id and ``context``."""
    path = _posix(finding.path)
    key = "\0".join((finding.rule_id, path, finding.record_id or "", context(doc, finding)))
    # surrogatepass: undecodable bytes and JSON "\ud800" are lone surrogates in the text
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def fingerprints(doc: Document, findings: Iterable[Finding]) -> list[str]:
    """``hash:n`` for each finding, n counting earlier findings of ``doc`` with the same hash."""
    seen: Counter[str] = Counter()
    out = []
    for f in findings:
        digest = fingerprint(doc, f)
        out.append(f"{digest}:{seen[digest]}")
        seen[digest] += 1
    return out


def fingerprint_map(result: DocumentResult) -> dict[int, str]:
    """``id(finding)`` -> fingerprint for every finding of a lint result."""
    return {id(f): fp for f, fp in zip(result.findings,
                                       fingerprints(result.document, result.findings))}
