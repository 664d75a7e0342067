"""``name-phrase``: a name of several words written with one of them in lowercase ("fort Worth",
"house of Representatives", "Supreme court"), the others capitalised.

``swap`` maps each such spelling, case-sensitively, to the name ("fort Worth" -> "Fort Worth");
the lists are generated (tools/lexicons.py) without the spellings that are ordinary English: a
modifier before a name ("new England") or a common noun after one ("Mexico city"). Where the
spelling starts with its capitalised word, that word must stand mid-sentence (after a word or
a comma), or the capital may be the sentence's ("Supreme court judges ruled", British style). A
lowercase word before a name that goes on ("the state Department of Health") modifies that
longer name and is left alone. A spelling whose lowercase words all end it ("Groth institute")
may be a common noun after a name, so ``tail_severity`` may grade it lower. An article opening
a name inside a longer one keeps its lowercase ("Iglesia de los Angeles"; matching/particles.py).

A spelling can only stand where the document has every one of its words: those are looked up,
casefolded, in the document's set of words that other rules read too, and only where the
spellings left have their first lowercase word are they compared, as literals.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterator

from textlint_news.document import Document
from textlint_news.document.segments import folded_words
from textlint_news.findings import Finding, Severity
from textlint_news.kinds.base import Rule
from textlint_news.loading.patterns import regex
from textlint_news.loading.schema import SpecError, option
from textlint_news.matching.particles import inner_article
from textlint_news.matching.words import occurrences

_WORDS = regex.compile(r"\w+")
SCAN_CHARS = 20_000_000  # text read by str.find searches for the spellings, at most
# the word before the match on the same line: a word or a comma (not a sentence's end)
_MID_SENTENCE = regex.compile(r"(?<=[\p{L}\d,’'][ \t]+)")
# a capitalised word, or "of" and one, right after the match: a longer name goes on
_NAME_GOES_ON = regex.compile(r"[ \t]+(?:(?:of|for|and)[ \t]+)?\p{Lu}")
# a capitalised word, then only lowercase words to the end: "Groth institute", "Hall of fame"
_LOWER_TAIL = regex.compile(r".*\p{Lu}[^ \t]*(?:[ \t]+\p{Ll}\S*)+")


@dataclass(frozen=True, kw_only=True)
class NamePhraseOptions:
    swap: dict[str, str] = option(required=True, help="spelling -> the name, case-sensitive")
    tail_severity: str | None = option(choices=("info", "warning"),
                                       help="the severity of a spelling whose lowercase words "
                                            "all end it (\"Groth institute\")")


class NamePhraseRule(Rule):
    KIND = "name-phrase"
    COMPUTES_FIX = True
    Options = NamePhraseOptions
    options: NamePhraseOptions

    def __init__(self, spec: dict[str, Any], pack: str, source: str = "") -> None:
        super().__init__(spec, pack, source)
        if not self.options.swap:
            raise SpecError("'swap' is empty", key="swap")
        # spellings by their first lowercase word, casefolded ("fort" of "fort Worth"): the
        # rarer half of a spelling, so that few are left to search for in a document
        # (the spelling, its words casefolded, where its key word starts in it)
        self.by_word: dict[str, list[tuple[str, frozenset[str], int]]] = {}
        for spelt in self.options.swap:
            words = [(m.group(), m.start()) for m in _WORDS.finditer(spelt)]
            key, offset = next((w, at) for w, at in words if w[0].islower())
            self.by_word.setdefault(key, []).append(
                (spelt, frozenset(w.casefold() for w, _ in words), offset))
        self.tail = (Severity.parse(self.options.tail_severity)
                     if self.options.tail_severity is not None else None)

    def check(self, doc: Document) -> Iterator[Finding]:
        text, words = doc.text, folded_words(doc)
        # the spellings whose words the document has, by their key word
        left = {key: kept for key in self.by_word.keys() & words
                if (kept := [s for s in self.by_word[key] if s[1] <= words])}
        if sum(map(len, left.values())) * len(text) <= SCAN_CHARS:
            places = ((i, key) for key in left for i in occurrences(text, key))
        else:  # one pass over the words rather than a search per spelling (a list of names)
            places = ((m.start(), m.group()) for m in _WORDS.finditer(text) if m.group() in left)
        found: list[tuple[int, int, str]] = []
        for i, key in places:
            for spelt, _, offset in left[key]:
                start = i - offset
                if (start >= 0 and text.startswith(spelt, start)
                        and _whole(text, start, start + len(spelt))):
                    found.append((start, start + len(spelt), spelt))
        end = 0
        # left to right, the longest first where two start together, none overlapping
        for start, stop, spelt in sorted(found, key=lambda f: (f[0], -f[1])):
            if start < end:
                continue
            end = stop
            if spelt[0].isupper() and _MID_SENTENCE.match(text, start) is None:
                continue  # the first capital may be the sentence's
            if spelt[0].islower() and _NAME_GOES_ON.match(text, stop):
                continue  # "state Department of Health": a modifier before a longer name
            wanted = self.options.swap[spelt]
            if inner_article(text, start, spelt, wanted):
                continue  # "Iglesia de los Angeles": an article inside a longer name
            tail = self.tail is not None and _LOWER_TAIL.fullmatch(spelt)
            yield self.finding(doc, start, stop, {"replacement": wanted},
                               replacement=wanted if self.fix_spec is not None else None,
                               severity=self.tail if tail else None)


def _whole(text: str, start: int, end: int) -> bool:
    """The spelling stands as whole words: no word character on either side, and not inside
    a URL, handle or file name ("fort-worth.gov"); a possessive or a compound may follow."""
    return not (start and (text[start - 1].isalnum() or text[start - 1] in "_@/.-")
                or end < len(text) and (text[end].isalnum() or text[end] in "_@"
                                        or text[end] == "." and text[end + 1:end + 2].isalnum()))
