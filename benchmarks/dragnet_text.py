"""False alarms of the default rules on the human-corrected main text of 1,381 web pages of
2012 (the Dragnet set), per part:

    git clone https://github.com/seomoz/dragnet_data /tmp/dragnet-data   # commit 95559be
    tar xzf /tmp/dragnet-data/dragnet_Corrected.tar.gz -C /tmp/dragnet
    .venv/bin/python benchmarks/dragnet_text.py /tmp/dragnet [--rules] [--findings]

Moz collected the pages in 2012 (news, blogs, shops, forums; nearly all English) and a person
cut each page down to its main content by hand (``Corrected/<id>.html.corrected.txt``). The
data is AGPLv3 and nothing of it is kept in this repository. Only the article is linted: the
text before the marker that opens the readers' comments (``!@#$%^&*()  COMMENTS``, written by
hand, so a line holding COMMENTS after a run of those signs). What the annotators kept counts
against the rules like prose: date lines, photo captions, bylines and a few link lists are part
of the main content there. Sorted by page id, even positions are the tune part and odd the
check part; --rules and --findings show the tune part only (the check part is read as numbers).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from clean_text import PARTS, lint_parts, parts_parser  # noqa: E402

# The hand-typed comment marker: a run of the shifted digit signs, then COMMENTS.
_COMMENTS = re.compile(r"^[ \t]*[!@#$%^&*() ]{4,}\s*COMMENTS\s*$", re.MULTILINE)


def article(text: str) -> str:
    """The main article of a corrected page: everything before the comments marker."""
    marker = _COMMENTS.search(text)
    return text if marker is None else text[:marker.start()]


def read(path: Path) -> str:
    """A page's text: UTF-8, UTF-16 where a byte-order mark says so, else Windows-1252."""
    data = path.read_bytes()
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def pages(corpus: Path) -> list[tuple[str, Path]]:
    """(part, path) of every corrected page, sorted by numeric id, tune and check in turn."""
    paths = sorted(corpus.glob("Corrected/*.html.corrected.txt"),
                   key=lambda p: (len(p.name), p.name))
    return [(PARTS[i % 2], path) for i, path in enumerate(paths)]


def main() -> None:
    parser = parts_parser(__doc__)
    parser.add_argument("corpus", type=Path, help="the folder holding Corrected/")
    args = parser.parse_args()
    parts = pages(args.corpus)
    if not parts:
        sys.exit(f"error: no pages (Corrected/*.html.corrected.txt) in {args.corpus}")
    lint_parts(((part, path, path.name.split(".")[0],
                 article(read(path)))
                for part, path in parts), args)


if __name__ == "__main__":
    main()
