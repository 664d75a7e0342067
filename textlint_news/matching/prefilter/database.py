"""The rules' prefilters compiled into one Hyperscan database (cached beside the rule packs),
scanned once per document.

A rule that declares a ``Prefilter`` has its regex rewritten (``rewrite.py``) into a Hyperscan
pattern whose match ends include every end of the real one. All such patterns go into one
database, scanned once per document; the rule is then skipped where nothing can match, and a
line-local rule runs its real regex only on the lines where something ended. The findings are
the same as without it: a line the prefilter misses would be a bug, and a test compares both
ways over real articles.
"""

from __future__ import annotations

import bisect
import hashlib
import itertools
import pickle
import platform
from typing import TYPE_CHECKING, Sequence

from textlint_news.loading.cache import program_dir, store
from textlint_news.matching.prefilter import policy
from textlint_news.matching.prefilter.spec import Filtered, Prefilter

if TYPE_CHECKING:
    from textlint_news.document import Document


class LineFilter:
    """The compiled database of the rules' prefilters; ``candidates`` runs it on a document."""

    def __init__(self, rules: list[Filtered], by_line: list[bool], database) -> None:
        self.rules = rules
        self.by_line = by_line
        self.database = database

    @classmethod
    def load(cls, rules: Sequence[Filtered], compile: bool = True) -> "LineFilter | None":
        """The filter for ``rules``: from the cache, else compiled (None when not ``compile``,
        or without Hyperscan)."""
        if policy.hyperscan is None:
            return None
        specs = [(rule, rule.prefilter()) for rule in rules]
        specs = [(rule, spec) for rule, spec in specs if spec is not None]
        compiled = _compiled([spec for _, spec in specs], compile)
        if compiled is None:
            return None
        sources, database = compiled
        kept = [(rule, spec) for (rule, spec), source in zip(specs, sources) if source is not None]
        return cls([rule for rule, _ in kept], [spec.lines for _, spec in kept], database)

    def candidates(self, doc: "Document") -> dict[Filtered, list[int]] | None:
        """Per filtered rule, the sorted 1-based lines where one of its matches may end.

        A rule that is only gated is left out when it can match (it runs in full, as without
        a prefilter: its match may lie on any line, of any block type) and gets [] when it
        cannot. None when the document cannot be scanned (text that is not valid Unicode):
        every rule then runs in full.
        """
        if self.database is None:
            return None
        text = doc.text
        try:
            data = text.encode("utf-8")
        except UnicodeEncodeError:  # lone surrogates from undecodable bytes
            return None
        ends: list[list[int]] = [[] for _ in self.rules]
        # the line (start, end] of each rule's last recorded end: more ends there add nothing,
        # and a pattern that ends at every character of a line must not cost memory per character
        last = [(-1, -1)] * len(self.rules)

        def record(rule: int, _from: int, end: int, _flags: int, _ctx: object) -> None:
            low, high = last[rule]
            if low < end <= high:
                return
            ends[rule].append(end)
            newline = data.find(b"\n", end)
            last[rule] = (data.rfind(b"\n", 0, end), len(data) if newline == -1 else newline)

        try:
            self.database.scan(data, match_event_handler=record)
        except policy.hyperscan.error:
            # a database from a cache shared with a machine of other CPU features: the rules
            # run in full from here on (a cache directory per machine avoids this)
            self.database = None
            return None
        starts = doc.line_starts if len(data) == len(text) else _byte_line_starts(doc)
        lines: list[set[int]] = []
        for rule_ends in ends:
            found = set()
            for end in rule_ends:
                # a rewritten pattern may end one character late (it consumed the character
                # a final look-ahead tested): after a newline, the match is on the line before
                found.add(bisect.bisect_right(starts, end))
                if end and data[end - 1] == 10:
                    found.add(bisect.bisect_right(starts, end - 1))
            lines.append(found)
        return {rule: sorted(found) if self.by_line[i] else []
                for i, (rule, found) in enumerate(zip(self.rules, lines))
                if self.by_line[i] or not found}


def _byte_line_starts(doc: "Document") -> list[int]:
    lengths = map(len, map(str.encode, doc.lines[:-1]))  # UTF-8, as scanned
    return list(itertools.accumulate(map((1).__add__, lengths), initial=0))


def _compiled(specs: list[Prefilter], compile: bool):
    """Per spec its Hyperscan source (None when unusable), and the database of the usable ones;
    None when they are not in the cache and ``compile`` is false.

    Rewriting and compiling take most of a second, so both are cached beside the rule packs,
    keyed by the specs and the program (a stale entry cannot be read back).
    """
    if not specs:
        return [], None
    # a database is built for this CPU: a cache shared between architectures keeps one each
    machine = (policy.hyperscan.__version__, platform.machine())
    key = hashlib.sha256(pickle.dumps((specs, machine))).hexdigest()
    folder = program_dir()
    path = folder / f"prefilter-{key}.pickle" if folder is not None else None
    if path is not None:
        try:
            with open(path, "rb") as f:
                sources, blob = pickle.load(f)
            return sources, _loaded(blob)
        except Exception:  # missing, or built on another machine or library version
            pass
    if not compile:
        return None
    sources = [policy.hyperscan_source(spec) for spec in specs]
    usable = [s.encode() for s in sources if s is not None]
    if not usable:
        return sources, None
    database = policy.hyperscan.Database()
    database.compile(expressions=usable, ids=list(range(len(usable))), elements=len(usable),
                     flags=[policy.FLAGS] * len(usable))
    if path is not None:
        store(path, pickle.dumps((sources, policy.hyperscan.dumpb(database))))
    return sources, database


def _loaded(blob: bytes):
    database = policy.hyperscan.loadb(blob, policy.hyperscan.HS_MODE_BLOCK)
    database.scratch = policy.hyperscan.Scratch(database)  # a loaded database comes without one
    return database
