"""``name-phrase``: a name of several words written with one of them in lowercase ("fort Worth",
"house of Representatives", "Supreme court"), the others capitalised.

``swap`` maps each such spelling, case-sensitively, to the name ("fort Worth" -> "Fort Worth");
the lists are generated (tools/lexicons.py) without the spellings that are ordinary English: a
modifier before a name ("new England") or a common noun after one ("Mexico city"). Where the
spelling starts with its capitalised word, that word must stand mid-sentence (after a word or
a comma), or the capital may be the sentence's ("Supreme court judges ruled", British style). A
lowercase word before a name that goes on ("the state Department of Health") modifies that
longer name and is left alone. A spelling whose lowercase words all end it ("Groth institute")
may be a common noun after a name, so ``tail_severity`` may grade it lower.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from textlint_news.document import Document
from textlint_news.findings import Finding, Severity
from textlint_news.kinds.substitution import SubstitutionOptions, SubstitutionRule
from textlint_news.loading.patterns import regex
from textlint_news.loading.schema import option

# the word before the match on the same line: a word or a comma (not a sentence's end)
_MID_SENTENCE = regex.compile(r"(?<=[\p{L}\d,’'][ \t]+)")
# a capitalised word, or "of" and one, right after the match: a longer name goes on
_NAME_GOES_ON = regex.compile(r"[ \t]+(?:(?:of|for|and)[ \t]+)?\p{Lu}")


# a capitalised word, then only lowercase words to the end: "Groth institute", "Hall of fame"
_LOWER_TAIL = regex.compile(r".*\p{Lu}[^ \t]*(?:[ \t]+\p{Ll}\S*)+")


@dataclass(frozen=True, kw_only=True)
class NamePhraseOptions(SubstitutionOptions):
    tail_severity: str | None = option(choices=("info", "warning"),
                                       help="the severity of a spelling whose lowercase words "
                                            "all end it (\"Groth institute\")")


class NamePhraseRule(SubstitutionRule):
    KIND = "name-phrase"
    Options = NamePhraseOptions
    options: NamePhraseOptions

    def check(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        for m in self.candidates.finditer(doc, self._may_report):
            found = m.group(0)
            wanted = self._wanted(found)
            if wanted is None:
                continue
            if found[0].isupper() and _MID_SENTENCE.match(text, m.start()) is None:
                continue  # the first capital may be the sentence's
            if found[0].islower() and _NAME_GOES_ON.match(text, m.end()):
                continue  # "state Department of Health": a modifier before a longer name
            tail = self.options.tail_severity is not None and _LOWER_TAIL.fullmatch(found)
            yield self.finding(doc, m.start(), m.end(), {"replacement": wanted},
                               replacement=wanted if self.fix_spec is not None else None,
                               severity=Severity.parse(self.options.tail_severity) if tail else None)
