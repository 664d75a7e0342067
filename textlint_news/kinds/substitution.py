"""``substitution``: words or phrases that should be written another way (``kyiv`` -> ``Kyiv``).

All keys are searched in one combined pattern. With ``ignorecase`` every case variant of a
key is looked up; a match already equal to its replacement is fine, and so is one in capitals
when the replacement is a proper noun (``KYIV`` in a headline is not a casing defect), one
with its first letter raised (``EBay`` opening a sentence) and an acronym of four letters or
more written as a word (``Nato``, ``Unicef``: the house style of British papers).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterator

from textlint_news.document import Document
from textlint_news.findings import Finding
from textlint_news.loading.patterns import regex
from textlint_news.matching.latin import EPITHET_ENDINGS, GENUS_ENDINGS
from textlint_news.matching.particles import inner_article
from textlint_news.loading.schema import SpecError, option
from textlint_news.kinds.base import Rule
from textlint_news.kinds.name_context import quoted_alone, writes_in_lowercase
from textlint_news.matching.words import WordCandidates, entries, first_word


@dataclass(frozen=True, kw_only=True)
class SubstitutionOptions:
    swap: dict[str, str] = option({}, help="literal word or phrase -> replacement")
    names: list[str] | str = option([], help="names as they are spelt (a list, or a block string "
                                             "with one per line): any other case of them is "
                                             "reported; needs ignorecase")
    ignorecase: bool = option(False)
    allow_all_caps: bool = option(True, help="accept a match written in capitals")
    lowercase_only: bool = option(False, help="report a match only when written all in "
                                              "lowercase (another spelling of a name is a variant: "
                                              "\"Softbank\" for \"SoftBank\")")
    unless_lowercase_style: bool = option(False, help="report nothing in a document that opens "
                                                      "most of its sentences in lowercase (its "
                                                      "author's style, names included)")
    unless_quoted: bool = option(False, help="leave a word quoted alone: mentioned as it is "
                                             "written (\"the name “bruce”\")")
    lowercase_compounds: list[str] | str = option([], help="compounds English writes in lowercase "
                                                           "though they open with a key (\"brussels "
                                                           "sprouts\"): that key in lowercase "
                                                           "before the rest is not reported")
    unless_epithet: bool = option(False, help="leave a lowercase word of Latin form after a "
                                              "capitalised word of Latin form that is no key: "
                                              "the species of a binomial (\"Persea americana\", "
                                              "\"Cornus florida\")")
    unless_inner_article: bool = option(False, help="leave a name's leading article in "
                                                    "lowercase inside a longer name, after a "
                                                    "capitalised word and a preposition of the "
                                                    "name's language (\"Universidad de los "
                                                    "Andes\", \"Rue de la Paix\")")


# A binomial: a genus of Latin form (Persea, Cornus, Ilex; not Santa, a key, nor Latin, South)
# or abbreviated to its initial ("A. anguilla"), and a space right before the epithet, itself
# of Latin form (americana, florida, sinensis)
_GENUS_BEFORE = regex.compile(rf"(?r)(?<![\w’'.-])([A-Z][a-z]+(?:{GENUS_ENDINGS})|[A-Z]\.) \Z")
_EPITHET = regex.compile(rf"[a-z]+(?:{EPITHET_ENDINGS})")


class SubstitutionRule(Rule):
    KIND = "substitution"
    COMPUTES_FIX = True
    Options = SubstitutionOptions
    options: SubstitutionOptions

    def __init__(self, spec: dict[str, Any], pack: str, source: str = "") -> None:
        super().__init__(spec, pack, source)
        names = entries(self.options.names)
        if names and not self.ignorecase:
            raise SpecError("'names' needs 'ignorecase: true'", key="names")
        swap: dict[str, str] = {**{name.casefold(): name for name in names}, **self.options.swap}
        if not swap:
            raise SpecError("'swap' is empty", key="swap")
        # a key already in its form stays the same object (pickled once, see WordCandidates)
        self.swap = {k if self._key(k) == k else self._key(k): v for k, v in swap.items()}
        # a name keeps its case in a compound: "Washington-based"
        self.candidates = WordCandidates(swap, self.ignorecase, compounds=True)
        # first words of phrases: a match starting there may be longer than the word itself
        self.phrase_starts = {self.candidates.fold(first_word(k) or k) for k in swap
                              if first_word(k) != k}
        # key -> the rests of its lowercase compounds, each as it follows the key: " sprouts"
        self.compounds: dict[str, list[str]] = {}
        for compound in entries(self.options.lowercase_compounds):
            key, rest = compound.split(" ", 1)
            self.compounds.setdefault(key, []).append(" " + rest)

    def _key(self, text: str) -> str:
        return text.casefold() if self.ignorecase else text

    def _wanted(self, found: str) -> str | None:
        """The replacement for a match, or None when the match is fine as written."""
        wanted = self.swap.get(self._key(found))
        if wanted is None or found == wanted:
            return None
        if self.allow_all_caps and len(found) > 1 and found.isupper() and found == wanted.upper():
            return None
        if self.lowercase_only and not found.islower():
            return None
        if found == wanted[0].upper() + wanted[1:] or len(wanted) >= 4 and wanted.isupper() \
                and found == wanted.capitalize():
            return None  # "EBay" opening a sentence; "Nato", "Unicef": British house style
        return wanted

    def _in_compound(self, doc: Document, start: int, end: int) -> bool:
        """Whether the lowercase key at start..end opens one of its lowercase compounds, as
        written or with the plural's "s" ("lima beans")."""
        rests = self.compounds.get(doc.text[start:end])
        if not rests:
            return False
        for rest in rests:
            if doc.text.startswith(rest, end):
                after = end + len(rest)
                after += doc.text.startswith("s", after)
                if after == len(doc.text) or not doc.text[after].isalpha():
                    return True
        return False

    def _epithet(self, doc: Document, start: int, end: int) -> bool:
        """Whether the word at start..end is the species of a binomial (``unless_epithet``)."""
        word = doc.text[start:end]
        if not _EPITHET.fullmatch(word):
            return False
        genus = _GENUS_BEFORE.search(doc.text, max(0, start - 40), start)
        return genus is not None and self._key(genus[1]) not in self.swap \
            and self._key(f"{genus[1]} {word}") not in self.swap

    def _may_report(self, word: str) -> bool:
        return self.candidates.fold(word) in self.phrase_starts or self._wanted(word) is not None

    def check(self, doc: Document) -> Iterator[Finding]:
        # words written as their replacement (most mentions of "Kyiv") are never looked at
        for m in self.candidates.finditer(doc, self._may_report, self.options.lowercase_only):
            wanted = self._wanted(m.group(0))
            if wanted is None or self._in_compound(doc, m.start(), m.end()):
                continue
            if self.options.unless_epithet and self._epithet(doc, m.start(), m.end()):
                continue
            if self.options.unless_quoted and quoted_alone(doc.text, m.start(), m.end()):
                continue
            if self.options.unless_inner_article \
                    and inner_article(doc.text, m.start(), m.group(0), wanted):
                continue
            # (the document's style is read only once it has a finding: most have none)
            if self.options.unless_lowercase_style and writes_in_lowercase(doc):
                return
            values = {"replacement": wanted}
            yield self.finding(doc, m.start(), m.end(), values,
                               replacement=wanted if self.fix_spec is not None else None)
