"""A rule's embedded ``examples:``, validated: what ``rules test`` checks and the docs show.

A ``valid`` entry is a text that must produce no finding. An ``invalid`` entry is either a text
(at least one finding) or a mapping that pins the findings and the fixed text, as
textlint-tester's cases and semgrep's ``.fixed`` files do::

    - text: "Johnson &amp; Johnson"       # one finding, here:
      line: 1
      column: 9
      message: 'HTML entity "&amp;" was not decoded'
      output: "Johnson & Johnson"         # the text after the rule's fixes (safe and unsafe)
    - text: "the the the"                 # several findings: one entry each, in text order
      errors: [{line: 1, column: 1}, {line: 1, column: 5}]

Every key but ``text`` may be left out; a mapping without ``errors`` pins exactly one finding.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from textlint_news.loading.schema import Field, SpecError, validate


def _positive(value: int) -> str | None:
    return None if value >= 1 else "must be 1 or more"


# what one expected finding may pin; `document` numbers the documents of a corpus example
FINDING_FIELDS = {
    "line": Field((int,), check=_positive, help="1-based line of the finding"),
    "column": Field((int,), check=_positive, help="1-based column of the finding"),
    "message": Field((str,), help="the message exactly as reported"),
    "document": Field((int,), check=_positive,
                      help="which document of a corpus example (form-feed separated) it is in"),
}
INVALID_FIELDS = {
    "text": Field((str,), required=True),
    **FINDING_FIELDS,
    "errors": Field((list,), items=dict, help="one entry per finding, in text order"),
    "output": Field((str,), help="the text after the rule's fixes, safe and unsafe"),
}
EXAMPLE_FIELDS = {
    "valid": Field((list,), default=[], items=str),
    "invalid": Field((list,), default=[]),
}


@dataclass(frozen=True)
class Expected:
    """One finding an example pins; None leaves that part unchecked."""

    line: int | None = None
    column: int | None = None
    message: str | None = None
    document: int | None = None


@dataclass(frozen=True)
class InvalidExample:
    text: str
    findings: tuple[Expected, ...] | None = None  # None: a plain string, at least one finding
    output: str | None = None

    @property
    def pinned(self) -> bool:
        return self.findings is not None


@dataclass
class Examples:
    valid: list[str]
    invalid: list[InvalidExample]


def parse_examples(mapping: Any, fixable: bool) -> Examples:
    """``examples:`` of a rule; a SpecError names the YAML node and key it concerns."""
    if mapping is None:
        return Examples([], [])
    checked = validate(mapping, EXAMPLE_FIELDS, "examples")
    entries = checked["invalid"]
    return Examples(list(checked["valid"]),
                    [_invalid(entries, i, fixable) for i in range(len(entries))])


def _invalid(entries: list, index: int, fixable: bool) -> InvalidExample:
    entry = entries[index]
    if isinstance(entry, str):
        return InvalidExample(entry)
    what = f"invalid example {index + 1}"
    if not isinstance(entry, dict):
        raise SpecError(f"{what} must be a string or a mapping with 'text', not "
                        f"{type(entry).__name__}", key=index, node=entries)
    spec = validate(entry, INVALID_FIELDS, what)
    if spec["output"] is not None and not fixable:
        raise SpecError(f"{what} has an 'output' but the rule has no fix", key="output", node=entry)
    if spec["errors"] is None:
        return InvalidExample(spec["text"], (_expected(spec),), spec["output"])
    alongside = [key for key in FINDING_FIELDS if key in entry]
    if alongside:
        raise SpecError(f"{what}: give '{alongside[0]}' inside each entry of 'errors', not beside "
                        "it", key=alongside[0], node=entry)
    if not spec["errors"]:
        raise SpecError(f"{what}: 'errors' is empty (an example with no finding belongs in "
                        "'valid')", key="errors", node=entry)
    expected = tuple(_expected(validate(error, FINDING_FIELDS, f"error {n} of {what}"))
                     for n, error in enumerate(spec["errors"], 1))
    return InvalidExample(spec["text"], expected, spec["output"])


def _expected(spec: dict[str, Any]) -> Expected:
    return Expected(**{key: spec[key] for key in FINDING_FIELDS})
