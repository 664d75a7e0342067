"""A list of ordinary lowercase English words, to tell common words from proper nouns.

Loaded lazily (about 45 ms) and only by rules that ask for it.
"""

from __future__ import annotations

from functools import lru_cache

from textlint_news.loading.cache import cached
from textlint_news.paths import default_rules_dir

_SUFFIXES = (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("d", ""),
             ("ing", ""), ("ing", "e"), ("’s", ""), ("'s", ""))


# Webster's headwords, and the lowercase words of the Brown corpus (irregular forms: "held")
_FILES = ("english-words.txt", "english-words-brown.txt")


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    # unpickling the set from the pack cache (keyed by the lists' bytes) takes half the time
    return cached(b"", "english-words", _read_english_words)


def _read_english_words() -> frozenset[str]:
    words: set[str] = set()
    for name in _FILES:
        with open(default_rules_dir() / "data" / name, encoding="utf-8") as f:
            lines = f.read().split("\n")  # one split and one set update, both in C: ~10 ms
        header = next(i for i, line in enumerate(lines) if not line.startswith("#"))
        words.update(lines[header:])
    return frozenset(words) - {""}


def is_english_word(word: str) -> bool:
    """True for a dictionary word or a regular inflection of one (``troopers``, ``announced``)."""
    words = english_words()
    word = word.lower()
    if word in words:
        return True
    return any(word.endswith(end) and word[: -len(end)] + repl in words
               for end, repl in _SUFFIXES if len(word) > len(end) + 2)
