"""False alarms of the default rules on three clean corpora of NLTK's data, per source and part:

    git clone --depth 1 https://github.com/nltk/nltk_data /tmp/nltk_data   # commit 5db857e
    mkdir /tmp/nltk && for c in abc inaugural state_union; do
        unzip -q /tmp/nltk_data/packages/corpora/$c.zip -d /tmp/nltk; done
    .venv/bin/python benchmarks/nltk_text.py /tmp/nltk [--sources abc,inaugural] [--rules]
        [--findings]

Sources (nothing of them is kept in this repository: the ABC's text is the ABC's, shared for
research, and the speeches are kept out like it):
- abc news: the Australian Broadcasting Commission's rural and science news of 2006, a file per
  section, stories one after another between blank lines, a line each for the headline (the
  standfirst in science) and every paragraph. A rural story may carry subheadings ("Grain
  prices"), each opening a block of its own: a block whose first line has at most two words
  carries the story before it on. Science blocks are whole stories (their standfirsts can be
  two words: "Feeling itchy?").
- inaugural: the US presidents' inaugural addresses 1789-2021, a file each.
- state of the union: the State of the Union addresses 1945-2006 (a title line, a date line,
  then a paragraph a line), a file each.
Every document is written as an extractor writes one: its lines stripped of surrounding white
space, with a blank line between them (title, blank line, paragraphs). Files are decoded as
UTF-8, or as Latin-1 when they are not UTF-8 (ABC science, a few speeches), so the corpus's own
mojibake (a speech's quotes saved in Big5, "America¡¦s") stays in and counts as found. Stories
of the two ABC sections in turn and files sorted by name alternate tune and check; --rules and
--findings show the tune parts only (rules of evidence: the check parts are read as numbers).
"""

from __future__ import annotations

import re
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from clean_text import PARTS, cells, parts_parser, print_findings, tally  # noqa: E402

from textlint_news import load_linter  # noqa: E402

SOURCES = {"abc": "abc news", "inaugural": "inaugural", "state_union": "state of the union"}
ABC_SECTIONS = ("rural", "science")
# sections whose stories carry subheadings as blocks of their own
SUBHEADED = {"rural"}


def read(path: Path) -> str:
    """A corpus file's text: UTF-8, or Latin-1 when it is not UTF-8; CRLF line ends (ABC
    science) read as newlines."""
    data = path.read_bytes()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
    return text.replace("\r\n", "\n")


def extracted(lines: list[str]) -> str:
    """Lines as an extractor writes them: stripped, non-empty, a blank line between them."""
    kept = [line.strip() for line in lines]
    return "\n\n".join(line for line in kept if line) + "\n"


def stories(text: str, subheaded: bool) -> list[str]:
    """The stories of an ABC section file, each as an extractor writes it. Stories stand between
    blank lines, a line per headline and paragraph; with ``subheaded``, a block whose first line
    has at most two words is a subheading's part of the story before it."""
    grouped: list[list[str]] = []
    for block in re.split(r"\n(?:[ \t]*\n)+", text.strip("\n")):
        lines = block.split("\n")
        if subheaded and grouped and len(lines[0].split()) <= 2:
            grouped[-1] += lines
        else:
            grouped.append(lines)
    return [extracted(lines) for lines in grouped]


def documents(root: Path, source: str) -> Iterator[tuple[str, Path, str, str]]:
    """(part, path, name, text) of every document of one source under root, tune and check in
    turn: ABC stories section by section in file order, speeches by file name."""
    if source == "abc":
        texts = [(root / "abc" / f"{section}.txt", f"abc/{section}#{n}", story)
                 for section in ABC_SECTIONS
                 for n, story in enumerate(stories(read(root / "abc" / f"{section}.txt"),
                                                   section in SUBHEADED), 1)]
    else:
        texts = [(path, f"{source}/{path.name}", extracted(read(path).split("\n")))
                 for path in sorted((root / source).glob("*.txt"))]
    for i, (path, name, text) in enumerate(texts):
        yield PARTS[i % 2], path, name, text


def main() -> None:
    parser = parts_parser(__doc__)
    parser.add_argument("corpora", type=Path,
                        help="the folder holding the unzipped abc/, inaugural/ and state_union/")
    parser.add_argument("--sources", default=",".join(SOURCES),
                        help=f"comma-separated, of {', '.join(SOURCES)} (default: all)")
    args = parser.parse_args()
    chosen = args.sources.split(",")
    if unknown := set(chosen) - set(SOURCES):
        sys.exit(f"error: unknown sources {sorted(unknown)}; known: {', '.join(SOURCES)}")
    if missing := [s for s in chosen if not (args.corpora / s).is_dir()]:
        sys.exit(f"error: no {', '.join(missing)} folder in {args.corpora}")
    linter = load_linter()
    print("| source | part | documents | words | error+warning per 10k words "
          "| documents passing | rules skipped (other language) |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: |")
    by_rule: dict[str, Counter] = {}
    started = time.perf_counter()
    for source in chosen:
        rows: dict[tuple[str, ...], list[int]] = {}
        counts = by_rule.setdefault(SOURCES[source], Counter())
        for part, path, name, text in documents(args.corpora, source):
            tune = part == "tune"
            bad = tally(linter, path, ((part,),), rows, counts if tune else None, text)
            if tune and args.findings:
                print_findings(name, text, bad)
        for part in PARTS:
            print(f"| {SOURCES[source]} | {part} | {cells(rows[(part,)])} |")
    print(f"\nlinted in {time.perf_counter() - started:.1f} s")
    if args.rules:
        for source, counts in by_rule.items():
            print(f"\n{source}, tune part, error+warning findings by rule:")
            print("\n".join(f"{n:5d} {rule}" for rule, n in counts.most_common()))


if __name__ == "__main__":
    main()
