"""Tune/check splits shared by everyone who fits or tunes rules (DETECTION-CONTRACT.md).

Fit and tune only on the "tune" part; the "check" part measures behaviour on unseen text.
Splits go by page or by site, never by line: the same page repeats under every extractor.
"""

from __future__ import annotations

import hashlib

PARTS = ("tune", "check")


def split_of_page(page_id: str) -> str:
    """aeb-dev and aeb-dev-extractors, by page id (or aeb-dev stem, its first 16 characters).

    First hex digit 0-3 -> tune, 4-7 -> check; 8-f is the benchmark's held-out part, which no
    file here may come from.
    """
    digit = int(page_id[:1], 16)
    if digit >= 8:
        raise ValueError(f"page {page_id!r} is in the held-out part (8-f)")
    return "tune" if digit < 4 else "check"


def split_of_site(site: str) -> str:
    """trafilatura-eval, by site (the `site` field of pages.jsonl)."""
    return "tune" if int(hashlib.sha1(site.encode()).hexdigest(), 16) % 2 == 0 else "check"
