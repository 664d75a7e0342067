"""``duplicate``: a line, paragraph or sentence that repeats earlier text of the same document.

``mode: equal`` finds a repeated title; ``mode: contained`` finds a pull quote that was
extracted again as its own paragraph: a unit whose words all stand, in order, inside an
earlier and longer unit (exact repeats are left to ``equal`` rules, so nothing is reported
twice). Comparison is on casefolded words, so quotes and punctuation do not matter.
"""

from __future__ import annotations

import bisect
from typing import Any, Iterator

from ..document import Document
from ..findings import Finding
from ..schema import Field
from ..segments import line_removal_span, units
from .base import Rule


class DuplicateRule(Rule):
    KIND = "duplicate"
    COMPUTES_FIX = True
    FIELDS = {
        "unit": Field((str,), default="line", choices=("line", "paragraph", "sentence")),
        "mode": Field((str,), default="equal", choices=("equal", "contained")),
        "min_words": Field((int,), default=4),
        "max_line": Field((int,), default=0,
                          help="only report repeats on lines up to this number (0: anywhere)"),
        "min_line": Field((int,), default=1, help="only report repeats from this line on"),
    }

    def __init__(self, spec: dict[str, Any], pack: str, source: str = "") -> None:
        super().__init__(spec, pack, source)
        self.unit: str = spec["unit"]
        self.contained = spec["mode"] == "contained"
        self.min_words: int = spec["min_words"]
        self.max_line: int = spec["max_line"]
        self.min_line: int = spec["min_line"]

    def check(self, doc: Document) -> Iterator[Finding]:
        seen: dict[str, int] = {}  # normalised unit -> its first line
        earlier = _Earlier()
        for start, end, line, norm in units(doc, self.unit):
            if self.max_line and line > self.max_line:
                break
            if norm.count(" ") + 1 >= self.min_words and line >= self.min_line:
                first = earlier.container(norm) if self.contained else seen.get(norm)
                if first is not None:
                    yield self._report(doc, start, end, first)
            if self.contained and norm not in seen:  # a repeat contains nothing new: add once
                earlier.add(norm, line)
            seen.setdefault(norm, line)

    def _report(self, doc: Document, start: int, end: int, first_line: int) -> Finding:
        line, end_line = doc.position(start)[0], doc.position(end)[0]
        replacement = None
        fix_start = fix_end = None
        if self.fix_spec is not None and self.unit != "sentence":
            fix_start, fix_end = line_removal_span(doc, line, end_line)
            replacement = ""
        return self.finding(doc, start, end, {"first_line": first_line}, replacement=replacement,
                            fix_start=fix_start, fix_end=fix_end)


class _Earlier:
    """The distinct units so far, as one text that ``str.find`` searches for a later unit.

    Each unit is held as " words " on its own line, so a match is whole words of one unit.
    """

    def __init__(self) -> None:
        self.text = ""
        self.starts: list[int] = []
        self.lines: list[int] = []

    def add(self, norm: str, line: int) -> None:
        self.starts.append(len(self.text))
        self.lines.append(line)
        self.text += f" {norm} \n"

    def container(self, norm: str) -> int | None:
        """The line of the first earlier unit that holds ``norm`` and more."""
        needle = f" {norm} "
        at = self.text.find(needle)
        while at != -1:
            k = bisect.bisect_right(self.starts, at) - 1
            end = self.starts[k + 1] - 1 if k + 1 < len(self.starts) else len(self.text) - 1
            if end - self.starts[k] > len(needle):
                return self.lines[k]
            at = self.text.find(needle, end)  # the same words exactly: an 'equal' rule's case
        return None
