"""The rule kinds. A new kind is one module and one line in ``KINDS``."""

from __future__ import annotations

from .base import Rule
from .boilerplate import BoilerplateRule
from .capitalization import CapitalizationRule
from .consistency import ConsistencyRule
from .duplicate import DuplicateRule
from .furniture import FurnitureRule
from .pattern import PatternRule
from .recurring import RecurringLineRule
from .repetition import RepetitionRule
from .substitution import SubstitutionRule

KINDS: dict[str, type[Rule]] = {
    kind.KIND: kind
    for kind in (
        PatternRule,
        SubstitutionRule,
        RepetitionRule,
        DuplicateRule,
        BoilerplateRule,
        CapitalizationRule,
        ConsistencyRule,
        RecurringLineRule,
        FurnitureRule,
    )
}

__all__ = ["KINDS", "Rule"]
