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
from .base import MATCH_TIMEOUT_SECONDS, Rule, compile_pattern
from .pattern import tokens_pattern


class SubstitutionRule(Rule):
    KIND = "substitution"
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

    @property
    def fixable(self) -> bool:
        return self.fix_spec is not None  # the replacement comes from the map

    def _key(self, text: str) -> str:
        return text.casefold() if self.ignorecase else text

    def check(self, doc: Document) -> Iterator[Finding]:
        for m in self.regex.finditer(doc.text, timeout=MATCH_TIMEOUT_SECONDS):
            found = m.group(0)
            wanted = self.swap.get(self._key(found))
            if wanted is None or found == wanted:
                continue
            if self.allow_all_caps and len(found) > 1 and found.isupper() and found == wanted.upper():
                continue
            values = {"replacement": wanted}
            yield self.finding(doc, m.start(), m.end(), values,
                               replacement=wanted if self.fix_spec is not None else None)
