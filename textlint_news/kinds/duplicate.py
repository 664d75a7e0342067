"""``duplicate``: a line, paragraph or sentence that repeats earlier text of the same document.

``mode: equal`` finds a repeated title; ``mode: contained`` finds a pull quote that was
extracted again as its own paragraph: a unit whose words all stand, in order, inside an
earlier and longer unit (exact repeats are left to ``equal`` rules, so nothing is reported
twice). Comparison is on casefolded words, so quotes and punctuation do not matter.
"""

from __future__ import annotations

from typing import Any, Iterator

from ..document import Document
from ..findings import Finding
from ..schema import Field
from ..segments import line_removal_span, units
from .base import Rule

_PROBE = 3  # words of a candidate looked up in the index of earlier units


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
        seen: dict[str, int] = {}          # normalised unit -> its first line
        earlier: list[tuple[str, int]] = []  # (" words ", line) of every unit so far
        index: dict[str, list[int]] = {}   # first words -> positions in `earlier`
        for start, end, line, norm in units(doc, self.unit):
            if self.max_line and line > self.max_line:
                break
            tokens = norm.split(" ")
            if len(tokens) >= self.min_words and line >= self.min_line:
                first = (self._container(norm, tokens, earlier, index) if self.contained
                         else seen.get(norm))
                if first is not None:
                    yield self._report(doc, start, end, first)
            if self.contained and norm not in seen:  # a repeat contains nothing new: index once
                for key in _probes(tokens):
                    index.setdefault(key, []).append(len(earlier))
                earlier.append((f" {norm} ", line))
            seen.setdefault(norm, line)

    @staticmethod
    def _container(norm: str, tokens: list[str], earlier: list[tuple[str, int]],
                   index: dict[str, list[int]]) -> int | None:
        needle = f" {norm} "
        # a container holds every probe of the needle: scan the shortest list, not the first
        candidates: list[int] = []
        for key in _probes(tokens):
            found = index.get(key)
            if not found:
                return None  # no earlier unit has these words
            if not candidates or len(found) < len(candidates):
                candidates = found
        for position in dict.fromkeys(candidates):
            text, line = earlier[position]
            if needle in text and len(text) > len(needle):
                return line
        return None

    def _report(self, doc: Document, start: int, end: int, first_line: int) -> Finding:
        line, end_line = doc.position(start)[0], doc.position(end)[0]
        replacement = None
        fix_start = fix_end = None
        if self.fix_spec is not None and self.unit != "sentence":
            fix_start, fix_end = line_removal_span(doc, line, end_line)
            replacement = ""
        return self.finding(doc, start, end, {"first_line": first_line}, replacement=replacement,
                            fix_start=fix_start, fix_end=fix_end)


def _probes(tokens: list[str]) -> Iterator[str]:
    """Every run of ``_PROBE`` words (the whole unit when it is shorter)."""
    return (" ".join(tokens[i:i + _PROBE]) for i in range(max(len(tokens) - _PROBE + 1, 1)))
