"""False alarms of the default rules on the article text of Mozilla Readability's test pages
(real sites of 2013-2024: news, blogs, docs, wikis; many languages), per part:

    git clone https://github.com/mozilla/readability /tmp/readability-repo   # commit ab4027a
    .venv/bin/python benchmarks/readability_text.py /tmp/readability-repo/test/test-pages \
        [--rules] [--findings]

Each folder of ``test/test-pages`` holds a page saved from its site, ``expected.html`` (the
article Readability extracts from it, checked by hand by its maintainers) and
``expected-metadata.json``. Readability's code is Apache-2.0; the pages are their sites' own,
kept there as test data, and nothing of them is kept in this repository (like Dragnet). The
extracted article is written as a scraper writes it (``html_to_text``): the metadata title,
a blank line, then one line per block. Left out, by rule: the project's synthetic fixtures,
that is a page whose text holds Latin filler ("lorem ipsum", "dolor sit amet", "tempor
incididunt"), has no metadata title, or has under 200 characters of text; and a page whose
text repeats an earlier one's (two fixtures of one article). Sorted by folder name, even
positions are the tune part and odd the check part; --rules and --findings show the tune part
only (the check part is read as numbers). English and other languages are counted apart, by
the language the linter identifies in the text (words are counted between spaces, so a
Chinese or Japanese page counts few).
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from clean_text import PARTS, cells, parts_parser, print_findings, tally  # noqa: E402

from textlint_news import Document, load_linter  # noqa: E402

# Each of these ends the line before it and starts a new one.
_BLOCKS = frozenset({
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "figcaption", "pre", "tr",
    "div", "section", "article", "header", "footer", "main", "nav", "aside", "figure", "ul",
    "ol", "dl", "dt", "dd", "table", "caption", "hr", "details", "summary", "br",
})
# What a reader does not see as text: code, styles and drawings.
_DROPPED = frozenset({"script", "style", "svg", "template"})
_CELLS = frozenset({"td", "th"})
# HTML collapses ASCII whitespace only: a no-break space stays as it is.
_SPACE = re.compile(r"[ \t\n\r\f]+")
_FILLER = re.compile(r"lorem ipsum|dolor sit amet|tempor incididunt", re.IGNORECASE)


class _Alt(str):
    """An image's alt text: written only inside a sentence, with text on both sides of it (a
    formula drawn as an image); any other image is left out, as scrapers leave it."""


def _line(parts: list[str]) -> str:
    """The text of one block, whitespace collapsed."""
    text = [i for i, part in enumerate(parts) if part.strip() and not isinstance(part, _Alt)]
    if not text:
        return ""
    kept = (part for i, part in enumerate(parts)
            if not isinstance(part, _Alt) or text[0] < i < text[-1])
    return _SPACE.sub(" ", "".join(kept)).strip()


class _Text(HTMLParser):
    """The lines of an HTML fragment, one per block; a table row's cells joined by tabs."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.inline: list[str] = []  # text of the block being read
        self.dropped = 0  # depth inside script, style, svg...
        self.pre = 0  # depth inside <pre>
        self.cells: list[str] | None = None  # the cells of the table row being read
        self.cell = 0  # depth inside a cell: blocks there are inline

    def flush(self) -> None:
        parts, self.inline = self.inline, []
        if self.pre:
            return self._pre("".join(parts))
        text = _line(parts)
        if text:
            self.lines.append(text)

    def _pre(self, text: str) -> None:
        lines = [line.rstrip() for line in text.split("\n")]
        while lines and not lines[0]:
            lines.pop(0)
        while lines and not lines[-1]:
            lines.pop()
        self.lines.extend(lines)

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in _DROPPED:
            self.dropped += 1
        elif self.dropped:
            return
        elif tag == "img":
            self.inline.append(_Alt(dict(attrs).get("alt") or ""))
        elif tag in _CELLS and self.cells is not None:
            self.cell += 1
            if self.cell == 1:
                self.inline = []
        elif self.cell:
            if tag in _BLOCKS:
                self.inline.append(" ")
        elif tag == "tr":
            self.flush()
            self.cells = []
        elif tag in _BLOCKS:
            self.flush()
            self.pre += tag == "pre"

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        if tag not in _DROPPED:  # <br/>, <hr/>, <img/>: nothing to close
            self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in _DROPPED:
            self.dropped = max(0, self.dropped - 1)
        elif self.dropped:
            return
        elif tag in _CELLS and self.cell:
            self.cell -= 1
            if not self.cell and self.cells is not None:
                self.cells.append(_line(self.inline))
                self.inline = []
        elif self.cell:
            if tag in _BLOCKS:
                self.inline.append(" ")
        elif tag == "tr" and self.cells is not None:
            row = "\t".join(self.cells).strip("\t")
            if row.strip():
                self.lines.append(row)
            self.cells = None
        elif tag in _BLOCKS:
            self.flush()
            self.pre -= tag == "pre" and self.pre > 0

    def handle_data(self, data: str) -> None:
        if not self.dropped:
            self.inline.append(data)


def html_to_text(html: str, title: str | None = None) -> str:
    """An extracted article as a scraper writes it: the title (when given), a blank line,
    then one line per block element (paragraphs, headings, list items, quotations, captions;
    a table row's cells joined by tabs; a <pre> block's lines as they are), whitespace inside
    a block collapsed, script, style and svg left out; an image's alt text only inside a
    sentence, with text on both sides (a formula drawn as an image)."""
    parser = _Text()
    parser.feed(html)
    parser.close()
    parser.flush()
    head = [title.strip(), ""] if title and title.strip() else []
    return "\n".join(head + parser.lines) + "\n"


def pages(folder: Path) -> list[tuple[str, str, str]]:
    """(part, name, text) of every real page in ``folder`` (test/test-pages), sorted by name,
    tune and check in turn; the synthetic fixtures and repeated pages left out."""
    kept: list[tuple[str, str]] = []
    seen: set[str] = set()
    for page in sorted(p for p in folder.iterdir() if (p / "expected.html").is_file()):
        meta = json.loads((page / "expected-metadata.json").read_text(encoding="utf-8"))
        title = (meta.get("title") or "").strip()
        body = html_to_text((page / "expected.html").read_text(encoding="utf-8"))
        if not title or len(body.strip()) < 200 or _FILLER.search(body) or body in seen:
            continue
        seen.add(body)
        kept.append((page.name, f"{title}\n\n{body}"))
    return [(PARTS[i % 2], name, text) for i, (name, text) in enumerate(kept)]


def main() -> None:
    parser = parts_parser(__doc__)
    parser.add_argument("pages", type=Path, help="Readability's test/test-pages folder")
    args = parser.parse_args()
    found = pages(args.pages) if args.pages.is_dir() else []
    if not found:
        sys.exit(f"error: no test pages (<name>/expected.html) in {args.pages}")
    linter = load_linter()
    rows: dict[tuple[str, ...], list[int]] = {}
    by_rule: Counter = Counter()
    started = time.perf_counter()
    for part, name, text in found:
        tune = part == "tune"
        group = "en" if Document.from_string(text, name).language == "en" else "other"
        bad = tally(linter, args.pages / name / "expected.html",
                    ((part, "all"), (part, group)), rows, by_rule if tune else None, text)
        if tune and args.findings:
            print_findings(name, text, bad)
    print("| part | language | documents | words | error+warning per 10k words "
          "| documents passing | rules skipped (other language) |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: |")
    for key in sorted(rows, key=lambda k: (PARTS.index(k[0]), k[1] != "all", k[1])):
        print(f"| {' | '.join(key)} | {cells(rows[key])} |")
    print(f"\nlinted in {time.perf_counter() - started:.1f} s")
    if args.rules:
        print("\ntune part, error+warning findings by rule:")
        print("\n".join(f"{n:5d} {rule}" for rule, n in by_rule.most_common()))


if __name__ == "__main__":
    main()
