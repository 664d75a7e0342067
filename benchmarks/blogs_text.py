"""False alarms of the default rules on 2,724 Markdown blog posts of four companies that write
about AI and the web (Anthropic, LangChain, OpenAI, Vercel; 2016-2026), per part:

    git clone https://github.com/windwild/news-articles /tmp/news-articles   # commit c12a03d
    mkdir -p /tmp/blogs && cp -r /tmp/news-articles/original /tmp/blogs/
    .venv/bin/python benchmarks/blogs_text.py /tmp/blogs/original [--rules] [--findings]

The public GitHub repository windwild/news-articles is a news site built with Jekyll from a
scraper's output; its ``original/<blog>/*.md`` files are the posts as the scraper saved them
(YAML front matter with title, source, url, date, scraped_at..., then the post turned into
Markdown: headings, links, images, lists, tables, code fences). The repository states no
licence: the posts are their companies' own, and nothing of them is kept in this repository.
Only the four English blogs' folders are read (``<blog>/*.md``); the files are linted as they
are, with the ``.md`` name that makes the linter read them as CommonMark, so the front matter
is not stripped: the parser takes it for front matter and no rule sees it (its words do count
in the words column, as code and link targets do). Being scraped, the posts hold real defects
as well as false alarms (word joiners inside link text, a page's tags run together on one
line, line numbers glued to the code of a listing). Sorted by path, even positions are the
tune part and odd the check part; --rules and --findings show the tune part only (the check
part is read as numbers).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from clean_text import PARTS, lint_parts, parts_parser  # noqa: E402


def posts(corpus: Path) -> list[tuple[str, Path]]:
    """(part, path) of every post (``<blog>/*.md``), sorted by path, tune and check in turn."""
    paths = sorted(corpus.glob("*/*.md"))
    return [(PARTS[i % 2], path) for i, path in enumerate(paths)]


def main() -> None:
    parser = parts_parser(__doc__)
    parser.add_argument("corpus", type=Path, help="the folder holding <blog>/*.md (original/)")
    args = parser.parse_args()
    parts = posts(args.corpus)
    if not parts:
        sys.exit(f"error: no posts (<blog>/*.md) in {args.corpus}")
    lint_parts(((part, path, str(path.relative_to(args.corpus)),
                 path.read_text(encoding="utf-8"))
                for part, path in parts), args)


if __name__ == "__main__":
    main()
