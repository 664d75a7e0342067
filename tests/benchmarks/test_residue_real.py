"""benchmarks/residue_real.py: a real link's text removed, the gap it leaves classed by position."""

from __future__ import annotations

import re
import sys

from ..conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
from residue_real import _IMAGE, _LINK, CLOSE, OPEN, _Marked, scrape  # noqa: E402

MARKDOWN = """[The council](/c) met on Monday, as [reported](/r) by [the paper](/p).
- [Schools](/s) stayed shut all week in the [north](/n)
## [Results](/x)
Read more: [the full story](/f) ![a map](/m.png)"""


def marked(markdown: str) -> str:
    return "\n".join(_LINK.sub(lambda m: f"{OPEN}{m[1]}{CLOSE}", _IMAGE.sub("", line))
                     for line in markdown.split("\n"))


def test_each_removed_link_leaves_a_gap_classed_by_where_it_stood():
    kept, scraped, gaps = scrape(marked(MARKDOWN))
    assert kept.split("\n") == [
        "The council met on Monday, as reported by the paper.",
        "- Schools stayed shut all week in the north",
        "## Results",
        "Read more: the full story",
    ]
    assert scraped.split("\n") == [
        "met on Monday, as by .",
        "- stayed shut all week in the",
        "##",
        "Read more:",
    ]
    assert [(g.line, g.col, g.kind, g.text) for g in gaps] == [
        (1, 0, "line_start", "The council"),
        (1, 18, "mid", "reported"),
        (1, 21, "before_punct", "the paper"),
        (2, 2, "line_start", "Schools"),
        (2, 29, "line_end", "north"),
        (3, 2, "whole_line", "Results"),
        (4, 10, "line_end", "the full story"),
    ]


def test_readabilitys_links_are_marked_in_its_rendering():
    parser = _Marked()
    parser.feed('<p>Winds <a href="/x">closed</a> roads, <a href="/y">said <b>police</b></a>.</p>')
    parser.close()
    parser.flush()
    _, scraped, gaps = scrape("\n".join(parser.lines))
    assert re.sub(f"[{OPEN}{CLOSE}]", "|", parser.lines[0]) == "Winds |closed| roads, |said police|."
    assert scraped == "Winds roads, ."
    assert [(g.col, g.kind) for g in gaps] == [(6, "mid"), (13, "before_punct")]
