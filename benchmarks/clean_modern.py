"""False alarms of the default rules on clean modern (2025-26) web articles, per part:

    .venv/bin/python benchmarks/clean_modern.py [--rules] [--findings] [--glob 's12-*.txt']

The passages in benchmarks/data/clean-modern/ were written blind, before reading the rules
(see its README): brand names, handles, emoji, live-blog timestamps, Q&A, lists, recipes,
commands, foreign phrases, corrections. Every error or warning finding on them is a false
alarm. A document "passes" with none. --rules and --findings show the TUNE part only: the
check part is read as numbers, never line by line (rules of evidence, SESSION8). --glob
measures one round alone (its files share a prefix, e.g. 's12-*.txt').
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from clean_text import PARTS, lint_parts, parts_parser  # noqa: E402


CORPUS = Path(__file__).resolve().parent / "data" / "clean-modern"


def passages(pattern: str = "*.txt") -> list[tuple[str, Path]]:
    """(part, path) of each passage whose file name matches the glob pattern, tune first."""
    return [(part, path) for part in PARTS for path in sorted((CORPUS / part).glob(pattern))]


def main() -> None:
    parser = parts_parser(__doc__)
    parser.add_argument("--glob", default="*.txt", metavar="PATTERN",
                        help="measure only the passages whose file name matches (default *.txt)")
    args = parser.parse_args()
    chosen = passages(args.glob)
    # The table has a row per part: a part with no passage is a typo in the pattern.
    if empty := [part for part in PARTS if not any(p == part for p, _ in chosen)]:
        parser.error(f"--glob {args.glob!r} matches no passage in "
                     f"{' or '.join(part + '/' for part in empty)}")
    lint_parts(((part, path, path.name, path.read_text(encoding="utf-8"))
                for part, path in chosen), args)


if __name__ == "__main__":
    main()
