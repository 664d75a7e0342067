"""A list of ordinary lowercase English words, to tell common words from proper nouns.

The 217,575 words are kept sorted in one string: reading it from the pack cache is a copy of
2.3 MB (about 2 ms), where building a set of them costs 45-100 ms, more than linting a small
file, and 30 MB of memory. Rules ask about a few words per document (the seed: 6, a crawl
fewer than 1,000 per MB), so a lookup is a bisection of the string (7-20 us) and never a set.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Iterator

from textlint_news.loading.cache import cached
from textlint_news.paths import default_rules_dir

_SUFFIXES = (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("d", ""),
             ("ing", ""), ("ing", "e"), ("’s", ""), ("'s", ""))


# Webster's headwords, and the lowercase words of the Brown corpus (irregular forms: "held")
_FILES = ("english-words.txt", "english-words-brown.txt")


class WordList:
    """Membership in a sorted list of words held as ``"\\nword\\nword\\n"``."""

    def __init__(self, blob: str) -> None:
        self.blob = blob

    def __contains__(self, word: str) -> bool:
        blob = self.blob
        lo, hi = 0, len(blob) - 1  # both on a "\n": the words left are between them
        while lo < hi:
            before = blob.rfind("\n", lo, (lo + hi) // 2 + 1)  # the line around the middle
            end = blob.find("\n", before + 1)
            line = blob[before + 1:end]
            if line == word:
                return True
            if line < word:
                lo = end
            else:
                hi = before
        return False


@lru_cache(maxsize=1)
def english_words() -> WordList:
    return WordList(cached(b"", "english-words-sorted", _read_english_words))


def _read_english_words() -> str:
    words: set[str] = set()
    for name in _FILES:
        with open(default_rules_dir() / "data" / name, encoding="utf-8") as f:
            lines = f.read().split("\n")  # one split and one set update, both in C: ~10 ms
        header = next(i for i, line in enumerate(lines) if not line.startswith("#"))
        words.update(lines[header:])
    words.discard("")
    return "\n" + "\n".join(sorted(words)) + "\n"


def is_english_word(word: str) -> bool:
    """True for a dictionary word or a regular inflection of one (``troopers``, ``announced``)."""
    word = word.lower()
    return word in english_words() or next(inflection_bases(word), None) is not None


def inflection_bases(word: str) -> Iterator[str]:
    """The dictionary words that the lowercase ``word`` is a regular inflection of, by suffix:
    "leeds" of "leed", "troopers" of "trooper"."""
    words = english_words()
    return (word[: -len(end)] + repl for end, repl in _SUFFIXES
            if len(word) > len(end) + 2 and word.endswith(end) and word[: -len(end)] + repl in words)


@lru_cache(maxsize=1)
def modern_words() -> frozenset[str]:
    """SCOWL's lowercase words that the list above lacks (rules/data/english-words-scowl.txt,
    by tools/lexicons.py): modern words and British spellings, 18,800 of them with SCOWL's larger
    size."""
    with open(default_rules_dir() / "data" / "english-words-scowl.txt", encoding="utf-8") as f:
        return frozenset(line for line in f.read().split("\n") if line and line[0] != "#")


@lru_cache(maxsize=1 << 16)  # asked about every capitalised word: most recur across documents
def is_modern_english_word(word: str) -> bool:
    """``is_english_word``, or a word of today's English that Webster's and Brown's lists lack
    ("website", "laptop", "neighbours"). Casing rules that take a lowercase word for a name
    ask this; the injected benchmarks and other rules keep the older list."""
    return word.lower() in modern_words() or is_english_word(word)
