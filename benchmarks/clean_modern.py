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
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from clean_text import PARTS, lint_parts, parts_parser  # noqa: E402


CORPUS = Path(__file__).resolve().parent / "data" / "clean-modern"


def main() -> None:
    args = parts_parser(__doc__).parse_args()
    lint_parts(((part, path, path.name, path.read_text(encoding="utf-8"))
                for part in PARTS for path in sorted((CORPUS / part).glob("*.txt"))), args)


if __name__ == "__main__":
    main()
