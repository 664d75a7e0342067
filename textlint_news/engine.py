"""Running rules over documents: the ``Linter`` that the CLI, the library API and Spark share."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable

from .document import Document
from .findings import Finding
from .kinds import Rule


@dataclass(frozen=True)
class Notice:
    """Something the run could not do for one document, without a finding to show for it."""

    path: str
    message: str
    rule_id: str | None = None
    record_id: str | None = None


@dataclass
class DocumentResult:
    document: Document
    findings: list[Finding] = field(default_factory=list)
    notices: list[Notice] = field(default_factory=list)


class Linter:
    """The selected rules, compiled once; ``lint`` may be called for any number of documents."""

    def __init__(self, rules: Iterable[Rule]) -> None:
        self.rules = list(rules)

    def lint(self, doc: Document) -> DocumentResult:
        result = DocumentResult(doc)
        for rule in self.rules:
            try:
                found = list(rule.check(doc))
            except TimeoutError:
                # a runaway pattern: drop this rule for this document, say so, and go on
                result.notices.append(Notice(doc.path, f"rule '{rule.id}' timed out on this "
                                                       "document and was skipped", rule.id,
                                             doc.record_id))
                continue
            result.findings.extend(found)
        result.findings.sort(key=Finding.sort_key)
        return result

    def lint_text(self, text: str, path: str = "-") -> list[Finding]:
        return self.lint(Document.from_string(text, path)).findings
