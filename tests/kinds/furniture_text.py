"""What the furniture tests share: the shipped rules, loaded once, and the two paragraphs of a
news body each test puts its line between."""

from __future__ import annotations

from collections.abc import Iterable

from textlint_news import Config, Document, Linter
from textlint_news.api import load_rules
from textlint_news.kinds import Rule

RULES = {r.id: r for r in load_rules(Config())}
BOILERPLATE = [r for r in RULES.values() if r.pack == "boilerplate"]

P1 = ("The city council voted on Tuesday to extend the ferry service for another year, after a "
      "long debate about its cost and about who should pay for the new boats.")
P2 = ("Officials said the first boats would arrive in the spring, and that fares would stay the "
      "same until the end of the year, when the contract is due for renewal.")


def between(line: str) -> str:
    """``line`` alone between the two paragraphs, as furniture stands in a scraped body."""
    return f"{P1}\n\n{line}\n\n{P2}\n"


def lint(rules: Iterable[Rule], text: str) -> list[tuple[str, int, int, str, str]]:
    """What a user sees of ``rules`` on ``text``: rule id, line, column, severity, message."""
    doc = Document.from_string(text, "t.txt")
    return [(f.rule_id, f.line, f.column, str(f.severity), f.message)
            for f in Linter(list(rules)).lint(doc).findings]
