"""False alarms of the default rules on clean modern (2025-26) web articles, per part:

    .venv/bin/python benchmarks/clean_modern.py [--rules] [--findings]

The passages in benchmarks/data/clean-modern/ were written blind, before reading the rules
(see its README): brand names, handles, emoji, live-blog timestamps, Q&A, lists, recipes,
commands, foreign phrases, corrections. Every error or warning finding on them is a false
alarm. A document "passes" with none. --rules and --findings show the TUNE part only: the
check part is read as numbers, never line by line (rules of evidence, SESSION8).
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from clean_text import parts_parser, print_findings, print_parts, tally  # noqa: E402

from textlint_news import load_linter  # noqa: E402

CORPUS = Path(__file__).resolve().parent / "data" / "clean-modern"
PARTS = ("tune", "check")


def main() -> None:
    parser = parts_parser(__doc__)
    args = parser.parse_args()
    linter = load_linter()
    rows: dict[tuple[str, ...], list[int]] = {}
    by_rule: Counter = Counter()
    started = time.perf_counter()
    for part in PARTS:
        for path in sorted((CORPUS / part).glob("*.txt")):
            tune = part == "tune"
            bad = tally(linter, path, ((part,),), rows, by_rule if tune else None)
            if tune and args.findings:
                print_findings(path.name, path.read_text(encoding="utf-8"), bad)
    print_parts(rows, PARTS, by_rule if args.rules else None, time.perf_counter() - started)


if __name__ == "__main__":
    main()
