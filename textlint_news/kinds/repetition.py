"""``repetition``: the same word twice in a row (``the the``), a classic scraping join defect.

A repeat whose second word is capitalised is a name or a heading ("Bora Bora", "Walla Walla",
"Change Change %" in a table), not a doubled word: in running text the copy is lowercase.
"""

from __future__ import annotations

from typing import Any, Iterator

import regex

from ..document import Document
from ..findings import Finding
from ..schema import Field
from .base import MATCH_TIMEOUT_SECONDS, Rule

# A word, white space without a line break, and the same word again (case-insensitive).
# \m (a word start) is tested first because it is cheap: the look-behind alone ran at every
# character and took half the time.
_REPEAT = regex.compile(r"\m(?<![\w'’-])(?P<word>\w+)(?P<gap>[ \t]+)(?P=word)(?![\w'’-])",
                        regex.IGNORECASE | regex.MULTILINE)


class RepetitionRule(Rule):
    KIND = "repetition"
    COMPUTES_FIX = True
    FIELDS = {
        "exceptions": Field((list,), default=[], items=str,
                            help="words whose doubling is grammatical (`had had`, `that that`)"),
        "min_length": Field((int,), default=1, help="ignore shorter words (and all numbers)"),
    }

    def __init__(self, spec: dict[str, Any], pack: str, source: str = "") -> None:
        super().__init__(spec, pack, source)
        self.exceptions = {w.casefold() for w in spec["exceptions"]}
        self.min_length: int = spec["min_length"]

    def check(self, doc: Document) -> Iterator[Finding]:
        for m in _REPEAT.finditer(doc.text, timeout=MATCH_TIMEOUT_SECONDS):
            word = m.group("word")
            second = m.group(0)[m.end("gap") - m.start():]
            if (word.casefold() in self.exceptions or len(word) < self.min_length
                    or word.isdigit() or second[0].isupper()):
                continue
            # the fix drops the gap and the second word
            yield self.finding(doc, m.start(), m.end(), {"word": word},
                               replacement="" if self.fix_spec is not None else None,
                               fix_start=m.start("gap"), fix_end=m.end())
