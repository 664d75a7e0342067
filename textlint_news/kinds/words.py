"""Whole-word alternations without scanning every position of the document.

A ``tokens``/``swap`` regex (``tokens_pattern``) is a long alternation that the regex engine
tries at each character: the slowest part of a run. A match of it can only start where a word
of the document (a maximal ``\\w`` run, the definition the pattern's boundaries use) equals
the first word of a token (case-insensitively under ``ignorecase``). So the document's set of
words, built once per document, says which rules can match at all, and ``str.find`` of those
few words gives the only positions the regex needs to be tried at. Matches come out as the
full scan's would: left to right, not overlapping.
"""

from __future__ import annotations

from typing import Callable, Iterable, Iterator

import regex

from ..document import Document
from ..segments import folded_words
from .base import MATCH_TIMEOUT_SECONDS

_FIRST_WORD = regex.compile(r"\w+")


def first_word(token: str) -> str | None:
    """The leading word of a token, or None when it starts with punctuation."""
    m = _FIRST_WORD.match(token)
    return m.group() if m else None


class WordCandidates:
    """Where ``pattern`` (an alternation of ``tokens``) may match in a document."""

    def __init__(self, pattern: regex.Pattern, tokens: Iterable[str], ignorecase: bool) -> None:
        self.pattern = pattern
        self.ignorecase = ignorecase
        firsts = set()
        for token in tokens:
            word = first_word(token)
            if word is None:  # a token starting with punctuation: no word to look for
                self.first_words = None
                return
            firsts.add(self.fold(word))
        self.first_words: set[str] | None = firsts
        # casefolded first word -> the first words: a document's folded words select them
        self.by_fold: dict[str, list[str]] = {}
        for word in firsts:
            self.by_fold.setdefault(word.casefold(), []).append(word)

    def fold(self, word: str) -> str:
        return word.casefold() if self.ignorecase else word

    def finditer(self, doc: Document,
                 wanted: Callable[[str], bool] | None = None) -> Iterator[regex.Match]:
        """The matches of the full scan whose first word ``wanted`` accepts (all by default).

        Skipping a word is only right when no match starting there could matter: a caller
        passes ``wanted`` to drop words whose single-word match it would not report.
        """
        text = doc.text
        if self.first_words is None:
            yield from self.pattern.finditer(text, timeout=MATCH_TIMEOUT_SECONDS)
            return
        folded = folded_words(doc)
        if self.ignorecase and len(doc.casefolded) == len(text):
            # casefolding kept every offset: find the folded first words in the folded text
            keys = self.first_words.intersection(folded)
            starts = {i for key in keys for i in occurrences(doc.casefolded, key)
                      if wanted is None or wanted(text[i : i + len(key)])}
        else:
            if self.ignorecase:
                by_fold = doc.words_by_fold
                forms = [form for key in self.first_words.intersection(by_fold)
                         for form in by_fold[key]]
            else:  # a word in any case is a place to look (the search itself is exact)
                forms = [word for key in self.by_fold.keys() & folded for word in self.by_fold[key]]
            if wanted is not None:
                forms = [form for form in forms if wanted(form)]
            starts = {i for form in forms for i in occurrences(text, form)}
        end = 0
        for start in sorted(starts):
            if start < end:
                continue
            m = self.pattern.match(text, start, timeout=MATCH_TIMEOUT_SECONDS)
            if m is not None:
                end = m.end()
                yield m


def occurrences(text: str, string: str) -> Iterator[int]:
    """Every offset where ``string`` starts in ``text`` (overlapping ones too)."""
    i = text.find(string)
    while i != -1:
        yield i
        i = text.find(string, i + 1)
