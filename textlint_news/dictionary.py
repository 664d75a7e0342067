"""A list of ordinary lowercase English words, to tell common words from proper nouns.

Loaded lazily (about 45 ms) and only by rules that ask for it.
"""

from __future__ import annotations

from functools import lru_cache

from .paths import default_rules_dir

_SUFFIXES = (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("d", ""),
             ("ing", ""), ("ing", "e"), ("’s", ""), ("'s", ""))


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    path = default_rules_dir() / "data" / "english-words.txt"
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")  # one split and one frozenset, both in C: ~10 ms
    header = next(i for i, line in enumerate(lines) if not line.startswith("#"))
    return frozenset(lines[header:]) - {""}


def is_english_word(word: str) -> bool:
    """True for a dictionary word or a regular inflection of one (``troopers``, ``announced``)."""
    words = english_words()
    word = word.lower()
    if word in words:
        return True
    return any(word.endswith(end) and word[: -len(end)] + repl in words
               for end, repl in _SUFFIXES if len(word) > len(end) + 2)
