"""``substitution``: words or phrases that should be written another way (``kyiv`` -> ``Kyiv``).

All keys are searched in one combined pattern. With ``ignorecase`` every case variant of a
key is looked up; a match already equal to its replacement is fine, and so is one in capitals
when the replacement is a proper noun (``KYIV`` in a headline is not a casing defect).
"""

from __future__ import annotations

from typing import Any, Iterator

import regex

from ..document import Document
from ..findings import Finding
from ..schema import Field, SpecError
from .base import Rule, compile_pattern
from .pattern import tokens_pattern
from .words import WordCandidates, first_word


class SubstitutionRule(Rule):
    KIND = "substitution"
    COMPUTES_FIX = True
    FIELDS = {
        "swap": Field((dict,), required=True, items=str, help="literal word or phrase -> replacement"),
        "ignorecase": Field((bool,), default=False),
        "allow_all_caps": Field((bool,), default=True, help="accept a match written in capitals"),
    }

    def __init__(self, spec: dict[str, Any], pack: str, source: str = "") -> None:
        super().__init__(spec, pack, source)
        swap: dict[str, str] = dict(spec["swap"])
        if not swap:
            raise SpecError("'swap' is empty", key="swap")
        self.ignorecase: bool = spec["ignorecase"]
        self.allow_all_caps: bool = spec["allow_all_caps"]
        self.swap = {self._key(k): v for k, v in swap.items()}
        flags = regex.MULTILINE | (regex.IGNORECASE if self.ignorecase else 0)
        self.regex = compile_pattern(tokens_pattern(list(swap)), flags, "swap")
        self.candidates = WordCandidates(self.regex, swap, self.ignorecase)
        # first words of phrases: a match starting there may be longer than the word itself
        self.phrase_starts = {self.candidates.fold(first_word(k) or k) for k in swap
                              if first_word(k) != k}

    def _key(self, text: str) -> str:
        return text.casefold() if self.ignorecase else text

    def _wanted(self, found: str) -> str | None:
        """The replacement for a match, or None when the match is fine as written."""
        wanted = self.swap.get(self._key(found))
        if wanted is None or found == wanted:
            return None
        if self.allow_all_caps and len(found) > 1 and found.isupper() and found == wanted.upper():
            return None
        return wanted

    def _may_report(self, word: str) -> bool:
        return self.candidates.fold(word) in self.phrase_starts or self._wanted(word) is not None

    def check(self, doc: Document) -> Iterator[Finding]:
        # words written as their replacement (most mentions of "Kyiv") are never looked at
        for m in self.candidates.finditer(doc, self._may_report):
            wanted = self._wanted(m.group(0))
            if wanted is None:
                continue
            values = {"replacement": wanted}
            yield self.finding(doc, m.start(), m.end(), values,
                               replacement=wanted if self.fix_spec is not None else None)
