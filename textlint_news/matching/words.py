"""Whole-word alternations without scanning every position of the document.

A ``tokens``/``swap`` regex (``tokens_pattern``) is a long alternation that the regex engine
tries at each character: the slowest part of a run, and with thousands of tokens (place
names, words of other languages) slow to compile too. A match of it can only start where a
word of the document (a maximal ``\\w`` run, the definition the pattern's boundaries use)
equals the first word of a token (case-insensitively under ``ignorecase``). So the document's
set of words, built once per document, says which rules can match at all, and ``str.find`` of
those few words gives the only positions to try. There a token that is one word is confirmed
by a set lookup of the word found, and only tokens of several words (or with punctuation) need
a regex, an alternation of those few. Matches come out as the full scan's would: left to
right, not overlapping, the longest token first.
"""

from __future__ import annotations

from typing import Callable, Iterable, Iterator

from textlint_news.loading.patterns import regex

from textlint_news.document import Document
from textlint_news.document.segments import folded_words
from textlint_news.matching import budget

_FIRST_WORD = regex.compile(r"\w+")
_SECOND_WORD = regex.compile(r"\s+(\w+)")
# what may stand before and after a token: not inside a URL, e-mail address or file name
_BEFORE = r"(?<![\w'’@/.-])"
_AFTER = r"(?![\w'’@]|[./]\w)"


def tokens_pattern(tokens: Iterable[str], compounds: bool = False) -> str:
    """One alternation of whole-word literals, longest first so phrases win over their words.

    A token inside a URL, e-mail address or file name (``kyiv.gov.ua``) is not a word. With
    ``compounds`` a token may open a hyphenated compound ("washington-based") and take a
    possessive ("germany's").
    """
    ordered = sorted(set(tokens), key=lambda t: (-len(t), t))
    return (_BEFORE + "(?:" + "|".join(regex.escape(t) for t in ordered) + ")"
            + _after(compounds))


def _after(compounds: bool) -> str:
    """What may follow a token: with ``compounds``, a hyphen that opens a compound and the
    possessive ``'s``, which a name keeps ("Washington-based", "Germany's")."""
    if compounds:
        return r"(?![\w@]|['’](?!s\b)|[./]\w)(?!-[\W\d]|-$)"
    return _AFTER + "(?!-)"


def entries(value: list[str] | str) -> list[str]:
    """A list as written, or a block string with one entry per line (quick to parse in YAML)."""
    if isinstance(value, str):
        return [line.strip() for line in value.splitlines() if line.strip()]
    return list(value)


def first_word(token: str) -> str | None:
    """The leading word of a token, or None when it starts with punctuation."""
    m = _FIRST_WORD.match(token)
    return m.group() if m else None


class WordCandidates:
    """Where the alternation of ``tokens`` (``tokens_pattern``) matches in a document."""

    def __init__(self, tokens: Iterable[str], ignorecase: bool, compounds: bool = False) -> None:
        self.ignorecase = ignorecase
        self.flags = regex.MULTILINE | (regex.IGNORECASE if ignorecase else 0)
        # one object per distinct string (a folded word is often its token): the pack cache
        # then stores and unpickles each once
        same: dict[str, str] = {}

        def fold(text: str) -> str:
            text = self.fold(text)
            return same.setdefault(text, text)

        self.tokens = sorted({same.setdefault(token, token) for token in tokens})
        self.compounds = compounds
        single = [t for t in self.tokens if _FIRST_WORD.fullmatch(t)]
        phrases = [t for t in self.tokens if not _FIRST_WORD.fullmatch(t)]
        self.words = {fold(t) for t in single}
        # phrases by their first word: where one stands, an alternation of its few phrases is
        # tried (compiled on first need), never one of all of them
        self.phrases: dict[str, list[str]] = {}
        # and the words that can follow it: "new" is tried as "New York" only before "york"
        self.seconds: dict[str, set[str]] = {}
        for phrase in phrases:
            key = fold(first_word(phrase) or "")
            self.phrases.setdefault(key, []).append(phrase)
            second = _SECOND_WORD.match(phrase, len(first_word(phrase) or ""))
            self.seconds.setdefault(key, set()).add(fold(second[1]) if second else "")
        # a first word that is no token itself matches only as the start of a phrase: in a
        # document without the next word of any of its phrases ("york", "salt" of "as-salt"),
        # nowhere (that word is a whole word of the document where the phrase matches)
        self.phrase_only: dict[str, frozenset[str]] = {}
        for key, group in self.phrases.items():
            nexts = [_FIRST_WORD.search(p, len(first_word(p) or "")) for p in group]
            if key not in self.words and all(nexts):
                self.phrase_only[key] = frozenset(same.setdefault(w, w) for w in
                                                 (m.group().casefold() for m in nexts))
        self._phrase_regex: dict[str, regex.Pattern] = {}
        # any one word with the tokens' boundaries: the set says whether it is a token
        self.word = regex.compile(_BEFORE + r"\w+" + _after(compounds), self.flags)
        self._full: regex.Pattern | None = None
        firsts = set()
        for token in self.tokens:
            word = first_word(token)
            if word is None:  # a token starting with punctuation: no word to look for
                self.first_words = None
                return
            firsts.add(fold(word))
        self.first_words: set[str] | None = firsts
        # casefolded first word -> the first words: a document's folded words select them (a
        # case-insensitive search reads the document's own map instead)
        self.by_fold: dict[str, list[str]] = {}
        for word in firsts if not ignorecase else ():
            folded = word.casefold()
            self.by_fold.setdefault(same.setdefault(folded, folded), []).append(word)

    @property
    def pattern(self) -> regex.Pattern:
        """The full alternation, compiled on first need (windows, line subsets, tests)."""
        if self._full is None:
            self._full = regex.compile(tokens_pattern(self.tokens, self.compounds), self.flags)
        return self._full

    def match(self, text: str, start: int) -> regex.Match | None:
        """The full alternation's match at ``start``: a phrase (always longer than the one word
        at the same place), else the word there when it is a token."""
        first = _FIRST_WORD.match(text, start)
        key = self.fold(first.group()) if first is not None else None
        if key in self.phrases and self._may_go_on(key, text, first.end()):
            pattern = self._phrase_regex.get(key)
            if pattern is None:
                pattern = self._phrase_regex[key] = regex.compile(
                    tokens_pattern(self.phrases[key], self.compounds), self.flags)
            m = budget.match(pattern, text, start)
            if m is not None:
                return m
        if key not in self.words:
            return None  # (the one word there is the first word: no token)
        m = budget.match(self.word, text, start)
        return m if m is not None and self.fold(m.group()) in self.words else None

    def _may_go_on(self, key: str, text: str, end: int) -> bool:
        """Whether the word after the first word at ``end`` can continue one of its phrases."""
        seconds = self.seconds[key]
        if "" in seconds:  # a phrase going on with punctuation ("u.s.")
            return True
        second = _SECOND_WORD.match(text, end)
        return second is not None and self.fold(second[1]) in seconds

    def fold(self, word: str) -> str:
        return word.casefold() if self.ignorecase else word

    def finditer(self, doc: Document, wanted: Callable[[str], bool] | None = None,
                 lowercase: bool = False) -> Iterator[regex.Match]:
        """The matches of the full scan whose first word ``wanted`` accepts (all by default).

        Skipping a word is only right when no match starting there could matter: a caller
        passes ``wanted`` to drop words whose single-word match it would not report, and
        ``lowercase`` when it reports only matches written in lowercase (then only those are
        looked at: a list of names is mostly met written rightly, with a capital).
        """
        text = doc.text
        if self.first_words is None:
            yield from budget.finditer(self.pattern, text)
            return
        folded = folded_words(doc)
        phrase_only = self.phrase_only

        def opens(key: str) -> bool:
            seconds = phrase_only.get(key)
            return seconds is None or not seconds.isdisjoint(folded)

        if self.ignorecase and len(doc.casefolded) == len(text):
            # casefolding kept every offset: find the folded first words in the folded text,
            # or in the text itself for their lowercase spelling alone
            keys = filter(opens, self.first_words.intersection(folded))
            where = text if lowercase else doc.casefolded
            starts = {i for key in keys for i in occurrences(where, key)
                      if _whole(text, i, i + len(key))
                      and (wanted is None or wanted(text[i : i + len(key)]))}
        else:
            if self.ignorecase:
                by_fold = doc.words_by_fold
                forms = [form for key in self.first_words.intersection(by_fold) if opens(key)
                         for form in by_fold[key]]
            else:  # a word in any case is a place to look (the search itself is exact)
                forms = [word for key in self.by_fold.keys() & folded for word in self.by_fold[key]
                         if opens(word)]
            if wanted is not None:
                forms = [form for form in forms if wanted(form)]
            starts = {i for form in forms for i in occurrences(text, form)
                      if _whole(text, i, i + len(form))}
        end = 0
        for start in sorted(starts):
            if start < end:
                continue
            m = self.match(text, start)
            if m is not None:
                end = m.end()
                yield m


def _whole(text: str, start: int, end: int) -> bool:
    """False where the word found is part of a longer word ("new" in "renews"), so that no
    token can start there: a cheap test before the regex."""
    return not (start and (text[start - 1].isalnum() or text[start - 1] in "_'’@/.-")
                or end < len(text) and text[end].isalnum())


def occurrences(text: str, string: str) -> Iterator[int]:
    """Every offset where ``string`` starts in ``text`` (overlapping ones too)."""
    i = text.find(string)
    while i != -1:
        yield i
        i = text.find(string, i + 1)
