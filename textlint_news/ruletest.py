"""``rules test``: every rule's embedded examples, run against that rule alone.

An ``invalid`` example must produce at least one finding of its rule, a ``valid`` one none; a
pinned ``invalid`` example (``loading/examples.py``) must produce exactly the findings it lists
and, with ``output``, that text after the rule's fixes. An example of a corpus rule holds several
documents, separated by form feeds (``\\f``), that are linted together.

Examples run through the ``Linter`` as a check does, so what passes here is what a user sees
and what the rule's documentation page shows.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from textlint_news.document import Document
from textlint_news.engine import Linter
from textlint_news.findings import Finding
from textlint_news.fixes.apply import fix_document
from textlint_news.kinds import Rule
from textlint_news.kinds.base import CorpusRule
from textlint_news.loading.examples import Expected, InvalidExample

DOCUMENT_SEPARATOR = "\f"


@dataclass
class ExampleRun:
    """What the rule does to one example: its findings and each document after its fixes."""

    texts: list[str]  # the documents of the example
    findings: list[tuple[int, Finding]] = field(default_factory=list)  # (document number, finding)
    fixed: list[str | None] = field(default_factory=list)  # None: the rule fixed nothing there

    @property
    def documents(self) -> int:
        return len(self.texts)

    @property
    def output(self) -> str:
        return DOCUMENT_SEPARATOR.join(text if fixed is None else fixed
                                       for text, fixed in zip(self.texts, self.fixed))


def run_example(rule: Rule, text: str) -> ExampleRun:
    """Lint ``text`` (each form-feed separated document, for a corpus rule) with ``rule`` alone."""
    linter = Linter([rule], prefilter=False)
    parts = text.split(DOCUMENT_SEPARATOR) if isinstance(rule, CorpusRule) else [text]
    docs = [Document.from_string(part, "example.txt") for part in parts]
    for doc in docs:
        linter.observe(doc)
    run = ExampleRun(parts)
    for number, doc in enumerate(docs, 1):
        result = linter.lint(doc)
        found = [f for f in result.findings if f.rule_id == rule.id]
        run.findings += [(number, f) for f in found]
        fixes = rule.fixable and any(f.fixable for f in found)
        run.fixed.append(fix_document(linter, result, unsafe=True).raw_text if fixes else None)
    return run


@dataclass(frozen=True)
class ExampleFailure:
    rule: Rule
    group: str  # "valid" or "invalid"
    index: int
    text: str
    found: int  # findings of the rule on the example
    details: list[str] = field(default_factory=list)  # expected and found, for a pinned example

    @property
    def location(self) -> str:
        path = self.rule.source.rsplit(":", 1)[0] if ":" in self.rule.source else self.rule.source
        line, column = self.rule.example_positions.get((self.group, self.index), (None, None))
        return f"{path}:{line}:{column}" if line else self.rule.source

    @property
    def message(self) -> str:
        shown = self.text if len(self.text) <= 60 else self.text[:57] + "..."
        what = f"{self.group} example {self.index + 1} of '{self.rule.id}'"
        if self.details:
            return f"{what} does not match: {shown!r}"
        if self.group == "invalid":
            return f"{what} produced no finding: {shown!r}"
        return f"{what} produced {self.found} finding{'s' if self.found != 1 else ''}: {shown!r}"


def check_examples(rule: Rule) -> list[ExampleFailure]:
    failures = []
    for index, example in enumerate(rule.examples.invalid):
        run = run_example(rule, example.text)
        details = _mismatches(example, run) if example.pinned else []
        if details or not run.findings:
            failures.append(ExampleFailure(rule, "invalid", index, example.text,
                                           len(run.findings), details))
    for index, text in enumerate(rule.examples.valid):
        run = run_example(rule, text)
        if run.findings:
            failures.append(ExampleFailure(rule, "valid", index, text, len(run.findings)))
    return failures


def _mismatches(example: InvalidExample, run: ExampleRun) -> list[str]:
    """One line per difference between what ``example`` pins and what the rule did."""
    expected = example.findings or ()
    out: list[str] = []
    if len(expected) != len(run.findings):
        out.append(f"expected {_count(len(expected))}, found {len(run.findings)}:")
        out += [f"  expected: {_describe_expected(e)}" for e in expected]
        out += [f"  found:    {_describe_found(n, f, run.documents)}" for n, f in run.findings]
    else:
        for number, (want, (document, got)) in enumerate(zip(expected, run.findings), 1):
            for key, value in (("document", document), ("line", got.line),
                               ("column", got.column), ("message", got.message)):
                pinned = getattr(want, key)
                if pinned is not None and pinned != value:
                    out.append(f"finding {number}: expected {key} {pinned!r}, found {value!r}")
    if example.output is not None and example.output != run.output:
        out.append(f"output: expected {example.output!r}")
        out.append(f"        found    {run.output!r}")
    return out


def _count(n: int) -> str:
    return f"{n} finding{'s' if n != 1 else ''}"


def _describe_expected(e: Expected) -> str:
    where = ", ".join(f"{key} {value}" for key, value in
                      (("document", e.document), ("line", e.line), ("column", e.column))
                      if value is not None)
    message = "" if e.message is None else e.message
    return f"{where}: {message}" if where and message else where or message or "any finding"


def _describe_found(document: int, f: Finding, documents: int) -> str:
    where = f"document {document}, " if documents > 1 else ""
    return f"{where}line {f.line}, column {f.column}: {f.message}"


def check_all_examples(rules: list[Rule]) -> tuple[int, list[ExampleFailure]]:
    """The number of examples run and the failures."""
    total = sum(len(r.examples.valid) + len(r.examples.invalid) for r in rules)
    return total, [failure for rule in rules for failure in check_examples(rule)]
