"""The naive floor of issue 15: 12 simple regexes, one per defect class, over every line.

    python benchmarks/naive_scanner.py FOLDER

What a team would write in an afternoon instead of adopting a linter: read each file, split it
into lines, try each pattern on each line with the ``regex`` module, count the matches. The
speed benchmark runs it beside textlint-news on the same files; textlint-news must be faster
than this while doing far more (context, structure, language, corpus rules, fixes).
"""

from __future__ import annotations

import sys
from pathlib import Path

import regex

PATTERNS = [regex.compile(p) for p in (
    r"\w [.,;:](?=\s|$)",                          # link residue: a space before punctuation
    r"^[,.;:] ",                                   # link residue: a line starting with punctuation
    r"\b(\w+) \1\b",                               # a doubled word
    r"&(?:[a-z]+|#\d+|#x[0-9a-f]+);",              # an HTML entity
    r"Ã[\x80-\xbf]|â€",                            # mojibake
    r"\b(?:kyiv|london|paris|washington|moscow)\b",  # a proper noun in lowercase
    r"; [A-Z][a-z]",                               # a capital after a semicolon
    r"^(?:Advertisement|Share this|Related|Tags?:)",  # footer furniture
    r"[\x00-\x08\x0b\x0c\x0e-\x1f]",               # a control character
    "\ufffd",                                      # a replacement character
    r"\S  +\S",                                    # a double space
    r"\b(?:après|más|seulement|ici|mais)\b",       # an untranslated word
)]


def main() -> None:
    count = 0
    for path in sorted(Path(sys.argv[1]).rglob("*.txt")):
        for line in path.read_text(encoding="utf-8").split("\n"):
            for pattern in PATTERNS:
                count += sum(1 for _ in pattern.finditer(line))
    print(count)


if __name__ == "__main__":
    main()
