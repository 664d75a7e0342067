"""Recall of the link-residue rules on link residue made from real links, per source, part
and class, with their false alarms on the same text with the links kept:

    .venv/bin/python benchmarks/residue_real.py [--readability /tmp/readability/test/test-pages] \
        [--missed CLASS]

Sources: (a) the Markdown-writing extractors of aeb-dev-extractors (mdka, fast_html2md,
html2md_rs), English pages only, only the lines labelled ``article`` (the page's prose, not its
menus), split by page (splits.split_of_page); (b) Readability's ``expected.html`` (see
readability_text.py: its pages, parts and rendering), English documents only. Each link's text
is removed, as a scraper that drops anchors does (white space collapsed, like aeb-dev's
scraped files), and the gap it leaves is classed by position, like aeb-dev's anchors:
``whole_line`` (nothing is left: not counted), ``line_start``, ``line_end``, ``before_punct``
(the gap stands before a mark: ". , ; : ? ! ) ] ’ ” - – — …") or ``mid``. A link is found when
a ``link-residue`` finding (any severity) covers its line. Each part is linted as one run
(corpus pre-pass included). "kept e/w" and "kept info" count the link-residue findings on the
same documents with the links' text kept: false alarms. --missed shows the tune part's missed
links of one class, ‸ where the text was (the check parts are read as numbers only).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from quality import _tagged, find_shared, lint_run, load_extractor_labels  # noqa: E402
from readability_text import _Text, pages  # noqa: E402
from splits import PARTS, split_of_page  # noqa: E402

from textlint_news import Document, load_linter  # noqa: E402
from textlint_news.findings import Severity  # noqa: E402

KINDS = ("before_punct", "line_start", "line_end", "mid")
MARKDOWN = ("mdka", "fast_html2md", "html2md_rs")
OPEN, CLOSE = "\x01", "\x02"  # around a link's text until it is kept or removed
_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_LINK = re.compile(r"\[([^\]\n]*)\]\([^)\n]*\)")
_SPACES = re.compile(r"[ \t]+")
# what opens a Markdown line before its text: a heading, list or quotation marker
_MARKER = re.compile(r"[ \t]*(?:#{1,6}|[-*+]|\d{1,3}[.)]|>)?[ \t]*")
_PUNCT = ".,;:?!)]’”-–—…"


@dataclass
class Gap:
    """Where a removed link's text stood in the scraped text: its line and column (0-based)."""

    line: int
    col: int
    kind: str
    text: str


def classify(left: str, right: str) -> str:
    """The class of a gap from the scraped line's text before and after it."""
    start = not left.strip() or _MARKER.fullmatch(left) is not None
    end = not right.strip()
    if start and end:
        return "whole_line"
    if start:
        return "line_start"
    if end:
        return "line_end"
    return "before_punct" if right.lstrip()[0] in _PUNCT or right.lstrip()[:2] in ("'s", "’s") \
        else "mid"


def scrape(marked: str) -> tuple[str, str, list[Gap]]:
    """The text with its links' text kept, the text with it removed (runs of spaces collapsed,
    lines stripped), and the gaps; ``marked`` wraps each link's text in OPEN and CLOSE."""
    kept, scraped, gaps = [], [], []
    for number, line in enumerate(marked.split("\n"), 1):
        kept.append(_SPACES.sub(" ", line.replace(OPEN, "").replace(CLOSE, "")).strip())
        out, marks = "", []
        for i, piece in enumerate(re.split(f"{OPEN}([^{OPEN}{CLOSE}]*){CLOSE}", line)):
            if i % 2 == 0:
                out += piece.replace(OPEN, "").replace(CLOSE, "")
            elif piece.strip():
                marks.append((len(out), piece))
        # collapse the spaces, moving each mark with the text before it
        line_out, cols, pos = "", [], 0
        for at, text in marks + [(len(out), None)]:
            line_out += _SPACES.sub(" ", out[pos:at])
            line_out = line_out.replace("  ", " ")
            pos = at
            if text is not None:
                cols.append((len(line_out), text))
        stripped = line_out.lstrip()
        lead = len(line_out) - len(stripped)
        scraped.append(stripped.rstrip())
        for col, text in cols:
            col = max(0, min(col - lead, len(scraped[-1])))
            left, right = scraped[-1][:col], scraped[-1][col:]
            gaps.append(Gap(number, col, classify(left, right), text))
    return "\n".join(kept), "\n".join(scraped), gaps


def markdown_docs(folder: Path) -> dict[str, list[tuple[str, str]]]:
    """part -> (name, marked text) of the Markdown extractors' English pages: their article
    lines in order, a blank line where other lines stood between two of them."""
    english = {row["page"] for row in map(json.loads, (folder / "pages.jsonl").open())
               if row["language"] == "en"}
    labels = load_extractor_labels(folder)
    docs: dict[str, list[tuple[str, str]]] = {part: [] for part in PARTS}
    for extractor in MARKDOWN:
        for path in sorted((folder / extractor).glob("*.txt")):
            article = {row["line"] for row in labels.get((extractor, path.stem), [])
                       if row["label"] == "article"}
            if path.stem not in english or not article:
                continue
            lines, last = [], 0
            for number, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
                if number in article:
                    if lines and number != last + 1:
                        lines.append("")
                    line = _IMAGE.sub("", line)
                    lines.append(_LINK.sub(lambda m: f"{OPEN}{m[1]}{CLOSE}", line))
                    last = number
            docs[split_of_page(path.stem)].append((f"{extractor}/{path.stem}", "\n".join(lines)))
    return docs


class _Marked(_Text):
    """readability_text's rendering, with each link's text wrapped in OPEN and CLOSE."""

    def handle_starttag(self, tag: str, attrs: list) -> None:
        super().handle_starttag(tag, attrs)
        if tag == "a" and not self.dropped:
            self.inline.append(OPEN)

    def handle_endtag(self, tag: str) -> None:
        if tag == "a" and not self.dropped:
            self.inline.append(CLOSE)
        super().handle_endtag(tag)


def readability_docs(folder: Path) -> dict[str, list[tuple[str, str]]]:
    """part -> (name, marked text) of Readability's English test pages (readability_text.py)."""
    docs: dict[str, list[tuple[str, str]]] = {part: [] for part in PARTS}
    for part, name, text in pages(folder):
        title, _ = text.split("\n", 1)
        parser = _Marked()
        parser.feed((folder / name / "expected.html").read_text(encoding="utf-8"))
        parser.close()
        parser.flush()
        marked = "\n".join([title, ""] + parser.lines)
        if Document.from_string(text, name).language == "en":
            docs[part].append((name, marked))
    return docs


@dataclass
class Row:
    found: Counter = field(default_factory=Counter)
    cases: Counter = field(default_factory=Counter)
    kept: Counter = field(default_factory=Counter)  # e/w and info findings on the kept text
    missed: list[tuple[str, str, str]] = field(default_factory=list)


def measure(rules: list, docs: list[tuple[str, str]]) -> Row:
    """Recall by class on the scraped texts, and the findings on the kept texts."""
    row = Row()
    made = {name: scrape(marked) for name, marked in docs}
    scraped = lint_run(rules, {name: s for name, (_, s, _) in made.items()})
    kept = lint_run(rules, {name: k for name, (k, _, _) in made.items()})
    for name, (_, text, gaps) in made.items():
        lines = {line for f in _tagged(scraped[name][1], "link-residue")
                 for line in range(f.line, max(f.line, f.end_line) + 1)}
        for gap in gaps:
            if gap.kind in KINDS:
                row.cases[gap.kind] += 1
                row.found[gap.kind] += gap.line in lines
                if gap.line not in lines:
                    line = text.split("\n")[gap.line - 1]
                    row.missed.append((gap.kind, name, f"{line[:gap.col][-90:]}‸{line[gap.col:][:60]}"))
        for f in _tagged(kept[name][1], "link-residue"):
            row.kept["e/w" if f.severity >= Severity.WARNING else "info"] += 1
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data-root", type=Path, default=find_shared())
    parser.add_argument("--readability", type=Path, default=Path("/tmp/readability/test/test-pages"))
    parser.add_argument("--missed", choices=KINDS, help="show the tune parts' missed links")
    args = parser.parse_args()
    rules = load_linter().rules
    sources = {"markdown": markdown_docs(args.data_root / "aeb-dev-extractors")}
    if args.readability.is_dir():
        sources["readability"] = readability_docs(args.readability)
    print("| source | part | docs | " + " | ".join(KINDS) + " | kept e/w | kept info |")
    print("| --- | --- | ---: |" + " ---: |" * (len(KINDS) + 2))
    for source, parts in sources.items():
        for part in PARTS:
            row = measure(rules, parts[part])
            cells = " | ".join(f"{row.found[k] / max(row.cases[k], 1):.2f} "
                               f"({row.found[k]}/{row.cases[k]})" for k in KINDS)
            print(f"| {source} | {part} | {len(parts[part])} | {cells} | {row.kept['e/w']} "
                  f"| {row.kept['info']} |")
            if part == "tune" and args.missed:
                for kind, name, line in row.missed:
                    if kind == args.missed:
                        print(f"    {name}: {line}")


if __name__ == "__main__":
    main()
