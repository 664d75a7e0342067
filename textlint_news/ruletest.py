"""``rules test``: every rule's embedded examples, run against that rule alone.

An ``invalid`` example must produce at least one finding of its rule, a ``valid`` one none.
An example of a corpus rule holds several documents, separated by form feeds (``\\f``), that
are linted together.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from textlint_news.document import Document
from textlint_news.kinds import Rule
from textlint_news.kinds.base import CorpusRule

DOCUMENT_SEPARATOR = "\f"


@dataclass(frozen=True)
class ExampleFailure:
    rule: Rule
    group: str  # "valid" or "invalid"
    index: int
    text: str
    found: int  # findings of the rule on the example

    @property
    def location(self) -> str:
        path = self.rule.source.rsplit(":", 1)[0] if ":" in self.rule.source else self.rule.source
        line, column = self.rule.example_positions.get((self.group, self.index), (None, None))
        return f"{path}:{line}:{column}" if line else self.rule.source

    @property
    def message(self) -> str:
        shown = self.text if len(self.text) <= 60 else self.text[:57] + "..."
        if self.group == "invalid":
            return f"invalid example {self.index + 1} of '{self.rule.id}' produced no finding: {shown!r}"
        return (f"valid example {self.index + 1} of '{self.rule.id}' produced "
                f"{self.found} finding{'s' if self.found != 1 else ''}: {shown!r}")


def check_examples(rule: Rule) -> list[ExampleFailure]:
    failures = []
    for group, texts in (("invalid", rule.examples.invalid), ("valid", rule.examples.valid)):
        for index, text in enumerate(texts):
            found = _count_findings(rule, text)
            if (group == "invalid") != (found > 0):
                failures.append(ExampleFailure(rule, group, index, text, found))
    return failures


def _count_findings(rule: Rule, text: str) -> int:
    if not isinstance(rule, CorpusRule):
        return len(list(rule.check(Document.from_string(text, "<example>"))))
    docs = [Document.from_string(part, f"<example document {i + 1}>")
            for i, part in enumerate(text.split(DOCUMENT_SEPARATOR))]
    counts: Counter = Counter()
    for doc in docs:
        counts.update(rule.observe(doc))
    return sum(len(list(rule.check_corpus(doc, counts, len(docs)))) for doc in docs)


def check_all_examples(rules: list[Rule]) -> tuple[int, list[ExampleFailure]]:
    """The number of examples run and the failures."""
    total = sum(len(r.examples.valid) + len(r.examples.invalid) for r in rules)
    return total, [failure for rule in rules for failure in check_examples(rule)]
