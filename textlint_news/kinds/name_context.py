"""``name-context``: a lowercase word that the capitalised word beside it shows to be a name's.

With ``side: after`` the word follows a first name ("Larry ogunjobi", "Bob iger"): ``names``
lists the first names. With ``side: before`` it precedes a capitalised common noun that heads
a name ("heinz Field", "moscone Center", "intel Core"); ``heads_not`` are the capitalised
words that head nothing (function words).

Either way the word is reported only when it is no English word (of the dictionary or of
SCOWL's modern lists: "website", "neighbours"), nor two English words run together
("standalone"), and when the document writes it in lowercase nowhere else (a common word of its subject, "website", recurs). A word
written in capitals, inside a URL, handle or file name, or followed by an apostrophe or a
hyphen is not looked at.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterator

from textlint_news.document import Document
from textlint_news.findings import Finding
from textlint_news.kinds.base import Rule
from textlint_news.loading.patterns import regex
from textlint_news.loading.schema import option
from textlint_news.matching import budget
from textlint_news.matching.dictionary import is_english_word
from textlint_news.matching.words import entries, occurrences
from textlint_news.paths import default_rules_dir

# a capitalised word, then a lowercase one (side: after), or the other way round (side:
# before); not inside a URL, handle, file name or compound, and not before a possessive
_NAME = r"(?P<name>\p{Lu}\p{Ll}+)"
_WORD = r"(?P<word>\p{Ll}{3,})"
_PAIRS = {
    "after": regex.compile(rf"(?<![\w'’@#/.&-]){_NAME}[ \t]+{_WORD}(?![\w'’@-]|[./]\w)"),
    "before": regex.compile(rf"(?<![\w'’@#/.&-]){_WORD}[ \t]+{_NAME}(?![\w'’@-]|[./]\w)"),
}
_WORD_CHAR = regex.compile(r"[\w'’@-]")
_ITEM_START = regex.compile(r"(?:^|[,(])[ \t]*$", regex.MULTILINE)
MIN_PART = 4  # the shortest English word counted as half of a compound ("filmmaker", not
# "patrick")


@dataclass(frozen=True, kw_only=True)
class NameContextOptions:
    side: str = option("after", choices=("after", "before"),
                       help="where the lowercase word stands: after a first name or before a "
                            "capitalised head")
    names: list[str] | str = option([], help="side after: the first names, one a line")
    heads_not: list[str] = option([], help="side before: capitalised words that head no name")


class NameContextRule(Rule):
    KIND = "name-context"
    COMPUTES_FIX = True
    Options = NameContextOptions
    options: NameContextOptions

    def __init__(self, spec: dict[str, Any], pack: str, source: str = "") -> None:
        super().__init__(spec, pack, source)
        self.pair = _PAIRS[self.options.side]
        self.first_names = {name.casefold() for name in entries(self.options.names)}
        self.not_heads = set(self.options.heads_not)

    def check(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        verdicts: dict[str, bool] = {}  # word -> a name's, once per document
        for m in budget.finditer(self.pair, text):
            name, word = m.group("name"), m.group("word")
            if not self._context(name, text, m.start()):
                continue
            verdict = verdicts.get(word)
            if verdict is None:
                verdict = verdicts[word] = _no_english(word) and _once(text, word)
            if verdict:
                fixed = word[0].upper() + word[1:]
                yield self.finding(doc, m.start("word"), m.end("word"),
                                   {"word": word, "name": name, "fixed": fixed},
                                   replacement=fixed if self.fix_spec is not None else None)

    def _context(self, name: str, text: str, start: int) -> bool:
        """Whether the capitalised word shows the lowercase word to be a name's: a first name
        before it, or after it the common noun heading a name ("Field"), or a name itself when
        the word opens an item of a list or an aside ("Johnston, patrick Simmons")."""
        if self.options.side == "after":
            return name.casefold() in self.first_names
        if name in self.not_heads:
            return False
        return _english(name.lower()) or _ITEM_START.search(text, max(0, start - 3), start) is not None


@lru_cache(maxsize=1)
def _modern_words() -> frozenset[str]:
    """SCOWL's lowercase words that the dictionary lacks (tools/lexicons.py): 8,000 words."""
    with open(default_rules_dir() / "data" / "english-words-scowl.txt", encoding="utf-8") as f:
        return frozenset(line for line in f.read().split("\n") if line and line[0] != "#")


def _english(word: str) -> bool:
    return word in _modern_words() or is_english_word(word)


def _no_english(word: str) -> bool:
    """No English word, nor two run together ("standalone")."""
    if _english(word):
        return False
    return not any(_english(word[:i]) and _english(word[i:])
                   for i in range(MIN_PART, len(word) - MIN_PART + 1))


def _once(text: str, word: str) -> bool:
    """Whether ``word`` stands as a whole lowercase word only once in ``text``."""
    seen = 0
    for i in occurrences(text, word):
        end = i + len(word)
        if not (i and _WORD_CHAR.match(text, i - 1) or _WORD_CHAR.match(text, end)):
            seen += 1
            if seen > 1:
                return False
    return True
