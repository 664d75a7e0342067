"""``consistency``: a word written in lowercase where the document otherwise capitalises it.

Counts every word that stands mid-sentence (after a lowercase letter, digit or comma and a
space, so sentence capitals do not count) and is not followed by another capitalised word:
titles and multi-word names ("Prince Andrew", "Dark Web") are capitalised for their name,
not for themselves, and prove nothing about the word alone. When a word's capitalised form occurs at least
``min_majority`` times and its lowercase form at most ``max_minority`` times, the lowercase
occurrences are reported: ``kyiv`` in an article that writes ``Kyiv`` everywhere else.
With ``skip_english_words`` a lowercase form that is an ordinary English word (``series``
beside the product name ``Series``) is never reported.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any, Iterator

import regex

from ..dictionary import is_english_word
from ..document import Document
from ..findings import Finding
from ..schema import Field
from .base import MATCH_TIMEOUT_SECONDS, Rule

_MID_SENTENCE_WORD = regex.compile(r"(?<=[\p{Ll}\d,] )\p{L}[\p{Ll}'’]*\b(?![ \t]\p{Lu})")


class ConsistencyRule(Rule):
    KIND = "consistency"
    FIELDS = {
        "min_majority": Field((int,), default=3),
        "max_minority": Field((int,), default=1),
        "min_length": Field((int,), default=4),
        "exceptions": Field((list,), default=[], items=str, help="lowercase words never reported"),
        "skip_english_words": Field((bool,), default=True,
                                    help="never report a lowercase form found in the dictionary"),
    }

    def __init__(self, spec: dict[str, Any], pack: str, source: str = "") -> None:
        super().__init__(spec, pack, source)
        self.min_majority: int = spec["min_majority"]
        self.max_minority: int = spec["max_minority"]
        self.min_length: int = spec["min_length"]
        self.exceptions = {w.casefold() for w in spec["exceptions"]}
        self.skip_english_words: bool = spec["skip_english_words"]

    @property
    def fixable(self) -> bool:
        return self.fix_spec is not None

    def check(self, doc: Document) -> Iterator[Finding]:
        spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
        counts: Counter[str] = Counter()
        for m in _MID_SENTENCE_WORD.finditer(doc.text, timeout=MATCH_TIMEOUT_SECONDS):
            word = m.group(0)
            if len(word) < self.min_length:
                continue
            counts[word] += 1
            if word[0].islower():
                spans[word].append(m.span())
        for lower, places in spans.items():
            capital = lower[0].upper() + lower[1:]
            if (counts[capital] < self.min_majority or len(places) > self.max_minority
                    or lower.casefold() in self.exceptions
                    or self.skip_english_words and is_english_word(lower)):
                continue
            for start, end in places:
                yield self.finding(doc, start, end, {"word": lower, "fixed": capital,
                                                     "count": counts[capital]},
                                   replacement=capital if self.fix_spec is not None else None)
