"""False alarms of the default rules on clean modern (2025-26) web articles, per part:

    .venv/bin/python benchmarks/clean_modern.py [--rules] [--findings]

The passages in benchmarks/data/clean-modern/ were written blind, before reading the rules
(see its README): brand names, handles, emoji, live-blog timestamps, Q&A, lists, recipes,
commands, foreign phrases, corrections. Every error or warning finding on them is a false
alarm. A document "passes" with none. --rules and --findings show the TUNE part only: the
check part is read as numbers, never line by line (rules of evidence, SESSION8).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from clean_text import print_parts, tally  # noqa: E402

from textlint_news import load_linter  # noqa: E402

CORPUS = Path(__file__).resolve().parent / "data" / "clean-modern"
PARTS = ("tune", "check")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rules", action="store_true",
                        help="count the rules that fire on the tune part")
    parser.add_argument("--findings", action="store_true",
                        help="print each error/warning finding on the tune part")
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
                lines = path.read_text(encoding="utf-8").splitlines()
                for f in bad:
                    print(f"{path.name}:{f.line}:{f.column}: {f.rule_id}: {f.message}\n"
                          f"    {lines[f.line - 1][:160]}")
    print_parts(rows, PARTS, by_rule if args.rules else None, time.perf_counter() - started)


if __name__ == "__main__":
    main()
