"""The rule kinds. A new kind is one module and one line in ``KINDS``."""

from __future__ import annotations

from textlint_news.kinds.base import Rule
from textlint_news.kinds.boilerplate import BoilerplateRule
from textlint_news.kinds.capitalization import CapitalizationRule
from textlint_news.kinds.consistency import ConsistencyRule
from textlint_news.kinds.duplicate import DuplicateRule
from textlint_news.kinds.furniture import FurnitureRule
from textlint_news.kinds.furniture_lexicon import LexiconLineRule
from textlint_news.kinds.furniture_notice import NoticeRule
from textlint_news.kinds.name_context import NameContextRule
from textlint_news.kinds.name_phrase import NamePhraseRule
from textlint_news.kinds.pattern import PatternRule
from textlint_news.kinds.recurring import RecurringLineRule
from textlint_news.kinds.repetition import RepetitionRule
from textlint_news.kinds.substitution import SubstitutionRule

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
        NoticeRule,
        LexiconLineRule,
        NameContextRule,
        NamePhraseRule,
    )
}

__all__ = ["KINDS", "Rule"]
