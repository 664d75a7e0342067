"""Every line of the furniture tune list, and every subheading of the subheading tune list,
put between two paragraphs of every aeb-dev tune article: how often a boilerplate-tagged rule
flags it (the injected class of quality.py draws one line per article; this takes them all).

    .venv/bin/python benchmarks/furniture_lines.py [--misses]

Only the tune lists (FURNITURE_TUNE, SUBHEADINGS_TUNE) and the tune part: the unseen list of
inject.py is measured by quality.py alone, and which of its lines miss is never printed.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from inject import FURNITURE_TUNE, SUBHEADINGS_TUNE, _between_paragraphs  # noqa: E402
from quality import _overlaps, load_articles  # noqa: E402
from splits import split_of_page  # noqa: E402

from textlint_news import Document, load_linter  # noqa: E402


def flagged(lines: list[str]) -> tuple[Counter, Counter, int]:
    """line -> copies flagged, line -> copies made, findings at warning or error."""
    linter = load_linter()
    articles = [a for a in load_articles() if split_of_page(a.stem) == "tune"]
    hits, made, serious = Counter(), Counter(), 0
    for line in lines:
        rng = random.Random(line)
        for art in articles:
            copy = _between_paragraphs(art.truth, [line], rng, 1)
            if copy is None:
                continue
            findings = [f for f in linter.lint(Document.from_string(copy.text, art.stem)).findings
                        if "boilerplate" in f.tags and _overlaps(f, copy.spans)]
            made[line] += 1
            hits[line] += bool(findings)
            serious += any(int(f.severity) >= 2 for f in findings)
    return hits, made, serious


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--misses", action="store_true",
                        help="list the tune lines not always found and the subheadings flagged")
    args = parser.parse_args()
    for name, lines, wanted in (("furniture (FURNITURE_TUNE) found", FURNITURE_TUNE, True),
                                ("subheadings (SUBHEADINGS_TUNE) flagged", SUBHEADINGS_TUNE, False)):
        hits, made, serious = flagged(lines)
        total, found = sum(made.values()), sum(hits.values())
        print(f"{name}: {found / total:.1%} ({found}/{total}), at warning or error {serious}")
        if args.misses:
            for line in lines:
                if (hits[line] < made[line]) if wanted else hits[line]:
                    print(f"  {hits[line]:3d}/{made[line]:3d}  {line}")


if __name__ == "__main__":
    main()
