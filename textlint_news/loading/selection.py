"""Which rules run: ``--select`` / ``--extend-select`` / ``--ignore`` by rule id or pack name."""

from __future__ import annotations

from dataclasses import dataclass, field

from textlint_news.sources.invalid_text import RULE_ID as INVALID_TEXT
from textlint_news.kinds import Rule
from textlint_news.loading.schema import did_you_mean
from textlint_news.document.suppressions import PerFileIgnores


class SelectionError(ValueError):
    pass


@dataclass
class Selection:
    select: list[str] | None = None  # None: every rule that is enabled by default
    extend_select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)

    def apply(self, rules: list[Rule]) -> list[Rule]:
        """The chosen rules in load order. A rule with ``enabled: false`` runs only if named by id."""
        names = {r.id for r in rules} | {r.pack for r in rules} | {"ALL"}
        for code in [*(self.select or []), *self.extend_select, *self.ignore]:
            if code == INVALID_TEXT:
                raise SelectionError(f"'{code}' is built in and always on: it reports bytes that "
                                     "are not text in the input's encoding (see --encoding)")
            if code not in names:
                raise SelectionError(f"unknown rule or pack '{code}'"
                                     f"{did_you_mean(code, sorted(names))}")
        select = self.select if self.select is not None else ["ALL"]
        chosen = []
        for rule in rules:
            named = rule.id in select or rule.id in self.extend_select
            in_group = any(c in ("ALL", rule.pack) for c in [*select, *self.extend_select])
            if not (named or rule.enabled and in_group):
                continue
            # the most specific code wins: an id beats its pack, a pack beats ALL
            if rule.id in self.ignore or (not named and (rule.pack in self.ignore or "ALL" in self.ignore)):
                continue
            chosen.append(rule)
        return chosen


def split_codes(values: tuple[str, ...] | list[str] | None) -> list[str]:
    """``--select a,b --select c`` -> ``[a, b, c]``."""
    return [c.strip() for v in values or () for c in v.split(",") if c.strip()]


def per_file_ignores(mapping: dict[str, list[str]], rules: list[Rule]) -> PerFileIgnores:
    """The config's ``per-file-ignores``, each code checked against the loaded rules."""
    names = {r.id for r in rules} | {r.pack for r in rules}
    for glob, codes in mapping.items():
        for code in codes:
            if code not in names:
                raise SelectionError(f"unknown rule or pack '{code}' in per-file-ignores "
                                     f"'{glob}'{did_you_mean(code, sorted(names))}")
    return PerFileIgnores(tuple((glob, frozenset(codes)) for glob, codes in mapping.items()))
