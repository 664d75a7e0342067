"""False alarms of the default rules on the Universal Declaration of Human Rights in ~400
languages other than English, per part:

    git clone --depth 1 https://github.com/nltk/nltk_data /tmp/nltk_data   # commit 5db857e
    unzip -q /tmp/nltk_data/packages/corpora/udhr2.zip -d /tmp/nltk
    .venv/bin/python benchmarks/udhr_text.py /tmp/nltk/udhr2 [--rules] [--findings]

NLTK's udhr2 corpus: the declaration's translations collected by the Unicode UDHR project, a
UTF-8 file each named by its ISO 639-3 code (eng.txt, fra.txt, por_BR.txt; a few unnumbered
languages 007-011), a title line, then a heading or an article's paragraph a line, indented,
articles between white-space lines. The translations are the UN's and their translators',
kept out of the repository like the other corpora. A translation is clean text in a language
the English rules must leave alone: the share of documents passing (no error or warning
finding) is the share the language gate and the rules that apply to any language get right.
Each is written as an extractor writes one (lines stripped, a blank line between them);
English is left out. Files sorted by name alternate tune and check; --rules and --findings
show the tune part only (rules of evidence: the check part is read as numbers).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from clean_text import PARTS, lint_parts, parts_parser  # noqa: E402
from nltk_text import extracted  # noqa: E402

ENGLISH = "eng.txt"


def translations(corpus: Path) -> list[tuple[str, Path]]:
    """(part, path) of every translation but English's, tune and check in turn."""
    paths = sorted(p for p in corpus.glob("*.txt") if p.name != ENGLISH)
    return [(PARTS[i % 2], path) for i, path in enumerate(paths)]


def main() -> None:
    parser = parts_parser(__doc__)
    parser.add_argument("corpus", type=Path, help="the unzipped udhr2 folder")
    args = parser.parse_args()
    parts = translations(args.corpus)
    if not parts:
        sys.exit(f"error: no translations (*.txt) in {args.corpus}")
    lint_parts(((part, path, path.name,
                 extracted(path.read_text(encoding="utf-8").split("\n")))
                for part, path in parts), args)


if __name__ == "__main__":
    main()
