"""``lexicon-line``: a short line made only of the words of a closed class and the words that go
with them, at least one of the class ("Popular right now", "Video unavailable").

Page furniture of some kinds has a subheading's shape but not its words: the heading of a list
of other pages is made of editorial-navigation words (stories, news, popular, recommended) and
function words, a page's message about its state of state words (unavailable, error, loading)
and words of the page (page, content, please, try again). A subheading of an article has a word
of its subject ("The latest twist"), which is in neither list.

Cheap per line: the words come from the line units the document already holds (casefolded once
for all rules); a document none of whose words is of the class is skipped whole, and a line
costs two set tests.
"""

from __future__ import annotations

import dataclasses
from typing import Any, Iterator

from textlint_news.document import Document
from textlint_news.document.segments import folded_words, units
from textlint_news.findings import Finding
from textlint_news.kinds.base import Rule
from textlint_news.kinds.furniture_notice import word_list
from textlint_news.kinds.reporting import line_text_span
from textlint_news.loading.schema import SpecError, option


def _number(token: str) -> bool:
    """A number, a time written with an h between hours and minutes ("10h15", French), an
    age with its unit's letter ("14m", "2h", "3d": "Posted 14m ago"), or minutes run into the
    half of the day ("10:12am" is read as "10" and "12am")."""
    return token.isdigit() or (token[:1].isdigit() and token.replace("h", "", 1).isdigit()) \
        or (len(token) > 1 and token[-1] in "smhdw" and token[:-1].isdigit()) \
        or (len(token) > 2 and token[-2:] in ("am", "pm") and token[:-2].isdigit())


def _words(value: Any, name: str) -> frozenset[str]:
    """The casefolded single words of a list or of a mapping group -> list."""
    found = word_list(value, name)
    if any(" " in w for w in found):
        raise SpecError(f"'{name}' takes single words: a line's words are tested one by one",
                        key=name)
    return frozenset(found)


@dataclasses.dataclass(frozen=True, kw_only=True)
class LexiconLineOptions:
    marks: dict | list = option(required=True, help="the words of the class (a list, or group "
                                "-> list); a line needs one of them")
    words: dict | list = option([], help="the other words such a line may hold: function "
                                "words, words of the page and the reader (a list, or group -> list)")
    max_words: int = option(6, help="longer lines are never reported")
    min_words: int = option(1, help="shorter lines are never reported (a word alone may be a "
                                    "subheading)")
    numbers: bool = option(False, help="numbers may stand among the words (a date, a time, "
                                       "10h15), and count towards max_words")


class LexiconLineRule(Rule):
    KIND = "lexicon-line"
    COMPUTES_FIX = True
    Options = LexiconLineOptions
    options: LexiconLineOptions

    def __init__(self, spec: dict[str, Any], pack: str, source: str = "") -> None:
        super().__init__(spec, pack, source)
        self.marks = _words(self.options.marks, "marks")
        self.allowed = self.marks | _words(self.options.words, "words")

    def check(self, doc: Document) -> Iterator[Finding]:
        if self.marks.isdisjoint(folded_words(doc)):
            return
        lines = units(doc, "line")
        for number, key in zip(lines.lines, lines.norms):
            tokens = key.split(" ")
            if not self.options.min_words <= len(tokens) <= self.options.max_words \
                    or self.marks.isdisjoint(tokens):
                continue
            if not self.allowed.issuperset(tokens) and not (self.options.numbers and (
                    self.allowed.issuperset(t for t in tokens if not _number(t)))):
                continue
            start, end = line_text_span(doc, number)
            yield self.finding(doc, start, end, {"body": doc.lines[number - 1].strip()},
                               replacement="" if self.fix_spec is not None else None,
                               whole_lines=True)
