"""``capitalization``: a word whose initial case is wrong for its position.

``after`` is the context (a regex) that precedes the word: ``;\\s+`` for the capital after a
semicolon. With ``expect: lower`` a capitalised word is reported only when it is really a
common word: its lowercase form is listed in ``words`` or, with ``evidence: document``, occurs
in lowercase elsewhere in the same document, or, with ``evidence: dictionary``, is an English
word that the document capitalises nowhere else. Proper nouns after a semicolon are
left alone.
"""

from __future__ import annotations

from collections import Counter
from typing import Any, Iterator

import regex

from ..dictionary import is_english_word
from ..document import Document
from ..findings import Finding
from ..prefilter import Prefilter
from ..schema import Field
from .base import MATCH_TIMEOUT_SECONDS, Rule, compile_pattern

_TOKEN = regex.compile(r"[\w'’-]+")
_CAPITALISED = regex.compile(r"(?<![\w'’-])\p{Lu}[\w'’-]*")
_NAME_GOES_ON = regex.compile(r"[ \t]+\p{Lu}")
# a text this long names a person twice; a shorter one cannot tell "; Trump" from "; Job cuts"
_DICTIONARY_MIN_WORDS = 80


class CapitalizationRule(Rule):
    KIND = "capitalization"
    COMPUTES_FIX = True
    FIELDS = {
        "after": Field((str,), required=True, help="regex of what precedes the word"),
        "expect": Field((str,), default="lower", choices=("lower", "upper")),
        "words": Field((list,), default=[], items=str, help="common words, in lowercase"),
        "evidence": Field((str,), default="none", choices=("none", "document", "dictionary"),
                          help="also accept lowercase use elsewhere in the document as proof; "
                               "dictionary: also an English word that the document "
                               "capitalises nowhere else"),
        "exceptions": Field((list,), default=[], items=str, help="words never reported"),
    }

    def __init__(self, spec: dict[str, Any], pack: str, source: str = "") -> None:
        super().__init__(spec, pack, source)
        after = compile_pattern(spec["after"], 0, "after").pattern
        self.regex = regex.compile(rf"(?:{after})(?P<word>\p{{L}}[\p{{L}}'’]*)", regex.MULTILINE)
        self.expect_lower = spec["expect"] == "lower"
        self.words = {w.casefold() for w in spec["words"]}
        self.use_document = spec["evidence"] in ("document", "dictionary")
        self.use_dictionary = spec["evidence"] == "dictionary"
        self.exceptions = set(spec["exceptions"])

    def prefilter(self) -> Prefilter:
        return Prefilter(self.regex.pattern, lines=False)  # it weighs the whole document

    def check(self, doc: Document) -> Iterator[Finding]:
        # the document's words, collected once on first need: a search per match was quadratic
        tokens: set[str] = set()
        capitals: Counter[str] = Counter()
        for m in self.regex.finditer(doc.text, timeout=MATCH_TIMEOUT_SECONDS):
            word = m.group("word")
            if word in self.exceptions or not (self._wrong_case(word, doc, tokens)
                                               or self._common_by_dictionary(m, doc, capitals)):
                continue
            fixed = word[0].lower() + word[1:] if self.expect_lower else word[0].upper() + word[1:]
            start, end = m.span("word")
            yield self.finding(doc, start, end, {"word": word, "fixed": fixed},
                               replacement=fixed if self.fix_spec is not None else None)

    def _wrong_case(self, word: str, doc: Document, tokens: set[str]) -> bool:
        if not self.expect_lower:
            return word[0].islower()
        if not word[0].isupper() or (len(word) > 1 and word.isupper()):
            return False  # acronyms such as NATO are not sentence capitals
        lower = word[0].lower() + word[1:]
        if lower.casefold() in self.words:
            return True
        if not self.use_document:
            return False
        if not tokens:
            tokens.update(_TOKEN.findall(doc.text, timeout=MATCH_TIMEOUT_SECONDS))
        return lower in tokens  # a whole word: no letter, apostrophe or dash around it

    def _common_by_dictionary(self, m: regex.Match, doc: Document, capitals: Counter[str]) -> bool:
        """An English word that the document capitalises nowhere else (a name it would: "Trump"),
        and not the first word of a name ("; Wall Street")."""
        word = m.group("word")
        if (not self.use_dictionary or not self.expect_lower or not word[0].isupper()
                or word.isupper() or _NAME_GOES_ON.match(doc.text, m.end())
                or doc.word_count < _DICTIONARY_MIN_WORDS):
            return False
        if not capitals:
            capitals.update(_CAPITALISED.findall(doc.text, timeout=MATCH_TIMEOUT_SECONDS))
        return capitals[word] == 1 and is_english_word(word)
