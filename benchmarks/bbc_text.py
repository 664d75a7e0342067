"""False alarms of the default rules on BBC News articles of 2004-05, per part:

    git clone https://github.com/ZitRos/news-articles-dataset /tmp/bbc-news   # commit f0ee062
    .venv/bin/python benchmarks/bbc_text.py /tmp/bbc-news [--rules] [--findings]

The corpus is the BBC News set of Greene and Cunningham (2006) as plain text: 2,095 articles
(business, entertainment, politics, sport, tech; 800,000 words) of edited British news, one file
each, a headline, a blank line and paragraphs between blank lines. The articles are the BBC's;
the set is shared for research, and nothing of it is kept in this repository. Files are linted
as they are: their format is already what an extractor writes, so nothing is stripped. What in
it is not clean is the scrape of 2005, and counts as found: three HTML entities left in
readers' comments (``&lt;``), sports previews whose fact boxes lost their labels (a venue, a
date, a kick-off time and a referee each on a line of their own), list items written as
`` - `` with a leading space, and a few paragraphs run together. Sorted by category and
name, even-numbered files are the tune part and odd-numbered the check part; --rules and
--findings show the tune part only (rules of evidence: the check part is read as numbers).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from clean_text import PARTS, lint_parts, parts_parser  # noqa: E402


def articles(corpus: Path) -> list[tuple[str, Path]]:
    """(part, path) of every article under corpus/news/<category>/, tune and check in turn."""
    paths = sorted(corpus.glob("news/*/*.txt"))
    return [(PARTS[i % 2], path) for i, path in enumerate(paths)]


def main() -> None:
    parser = parts_parser(__doc__)
    parser.add_argument("corpus", type=Path, help="the cloned news-articles-dataset folder")
    args = parser.parse_args()
    parts = articles(args.corpus)
    if not parts:
        sys.exit(f"error: no articles (news/<category>/*.txt) in {args.corpus}")
    lint_parts(((part, path, f"{path.parent.name}/{path.name}", path.read_text(encoding="utf-8"))
                for part, path in parts), args)


if __name__ == "__main__":
    main()
