"""The part every rule kind shares: common YAML fields, findings, message templates, fixes."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any, ClassVar, Iterator, Mapping, Sequence

import regex

from textlint_news.document import Document
from textlint_news.findings import Edit, Finding, Fix, Severity
from textlint_news.matching.budget import Budget
from textlint_news.matching.prefilter.spec import Prefilter
from textlint_news.loading.schema import Field, SpecError, validate
from textlint_news.document.language import normalise_code
from textlint_news.document.segments import line_removal_span
from textlint_news.document.blocks import BLOCK_TYPES, CONTENT_TYPES
from textlint_news.fixes.transforms import TRANSFORMS
from textlint_news.loading.examples import parse_examples

SEVERITIES = ("error", "warning", "info")
_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def _check_id(value: str) -> str | None:
    return None if _ID.match(value) else "must be kebab-case (lowercase letters, digits and dashes)"


def _check_blocks(value: list) -> str | None:
    unknown = [b for b in value if b not in BLOCK_TYPES]
    return (f"unknown block type '{unknown[0]}' (known: {', '.join(BLOCK_TYPES)})"
            if unknown else None)


def _check_languages(value: list) -> str | None:
    bad = [v for v in value if normalise_code(v) != v]
    return (f"'{bad[0]}' is not a lowercase ISO 639-1 code such as 'en'" if bad else None)


PARAGRAPH_EDGES = ("first", "last")

# Where a kind applies when its rule does not say (`blocks:`): text-wide kinds (patterns,
# duplicates, boilerplate) everywhere, kinds about sentences on running text.
_TEXT = ("prose", "heading", "list", "label")
KIND_BLOCKS: dict[str, tuple[str, ...]] = {
    "pattern": BLOCK_TYPES,
    "capitalization": _TEXT,
    "substitution": _TEXT,
    "consistency": _TEXT,
    "repetition": _TEXT,
}

FIX_FIELDS = {
    "safe": Field((bool,), default=False, help="may be applied unattended by --fix"),
    "replacement": Field((str,), help="template; \\g<name> or {name} for captures"),
    "transform": Field((str,), choices=tuple(TRANSFORMS), help="computed replacement of the match"),
    "description": Field((str,), help="what the fix does, shown to users"),
    "whole_lines": Field((bool,), default=False,
                         help="a deleting fix removes the match's whole lines and the blank line "
                              "before them, so no empty paragraph is left behind"),
}

COMMON_FIELDS: dict[str, Field] = {
    "id": Field((str,), required=True, check=_check_id),
    "kind": Field((str,), required=True),
    "severity": Field((str,), default="warning", choices=SEVERITIES),
    "message": Field((str,), required=True),
    "description": Field((str,), default=""),
    "suggestion": Field((str,), default=None),
    "fix": Field((dict,), default=None),
    "examples": Field((dict,), default=None),
    "tags": Field((list,), default=[], items=str),
    "enabled": Field((bool,), default=True),
    "blocks": Field((list,), items=str, check=_check_blocks,
                    help="block types the rule applies to (default: per kind)"),
    "languages": Field((list,), items=str, check=_check_languages,
                       help="ISO 639-1 codes of the languages the rule applies to (default: any)"),
    "paragraph": Field((str,), choices=PARAGRAPH_EDGES,
                       help="report only on the first (or last) line of a paragraph: a line that "
                            "another line carries on is no place where a paragraph lost its start "
                            "(or end)"),
}


def render(template: str, values: Mapping[str, Any]) -> str:
    """Fill ``{name}`` placeholders; unknown names are left as written (no attribute access)."""
    def value(m: re.Match) -> str:
        v = values.get(m.group(1))
        return m.group(0) if v is None else str(v)
    return _PLACEHOLDER.sub(value, template)


class Rule:
    """Base of every kind. Subclasses declare ``FIELDS`` and implement ``check``."""

    KIND: ClassVar[str] = ""
    FIELDS: ClassVar[dict[str, Field]] = {}
    # Kinds that work out the replacement themselves (a swap map, a deletion) need only `fix:`.
    COMPUTES_FIX: ClassVar[bool] = False

    def __init__(self, spec: dict[str, Any], pack: str, source: str = "") -> None:
        self.id: str = spec["id"]
        self.pack = pack
        self.source = source  # "file:line" of the rule's definition, for error messages
        self.severity = Severity.parse(spec["severity"])
        self.message: str = spec["message"]
        self.description: str = spec["description"] or ""
        self.suggestion_template: str | None = spec["suggestion"]
        self.tags: tuple[str, ...] = tuple(spec["tags"])
        self.enabled: bool = spec["enabled"]
        blocks = spec.get("blocks")
        self.blocks: frozenset[str] = frozenset(
            blocks if blocks is not None else KIND_BLOCKS.get(self.KIND, CONTENT_TYPES))
        self.paragraph: str | None = spec.get("paragraph")
        languages = spec.get("languages")
        self.languages: frozenset[str] | None = None if languages is None else frozenset(languages)
        # (group, index) -> (line, column) of each example in the rule file, for `rules test`
        self.example_positions: dict[tuple[str, int], tuple[int | None, int | None]] = {}
        fix = spec["fix"]
        self.fix_spec: dict[str, Any] | None = None
        if fix is not None:
            self.fix_spec = validate(fix, FIX_FIELDS, "fix")
        self.examples = parse_examples(spec["examples"], self.fixable)

    # -- for subclasses -------------------------------------------------------------------

    def check(self, doc: Document) -> Iterator[Finding]:
        raise NotImplementedError

    def prefilter(self) -> Prefilter | None:
        """The regex that every finding of this rule lies in, for the Hyperscan pre-pass."""
        return None

    def check_lines(self, doc: Document, lines: Sequence[int]) -> Iterator[Finding]:
        """``check`` when only ``lines`` (1-based, sorted) can hold a match of the prefilter.

        Kinds whose prefilter is per line override this to look at those lines only.
        """
        return self.check(doc)

    @property
    def fixable(self) -> bool:
        if self.fix_spec is None:
            return False
        return self.COMPUTES_FIX or any(self.fix_spec[key] is not None
                                        for key in ("replacement", "transform"))

    @property
    def fix_safe(self) -> bool:
        return bool(self.fix_spec and self.fix_spec["safe"])

    def replacement_for(self, matched: str, values: Mapping[str, Any],
                        match: regex.Match | None = None) -> str | None:
        """The fixed text for ``matched``, or None when the rule has no automatic fix."""
        if not self.fixable:
            return None
        spec = self.fix_spec
        assert spec is not None
        if spec["transform"] is not None:
            return TRANSFORMS[spec["transform"]](matched)
        template: str = spec["replacement"]
        if match is not None and "\\" in template:
            template = match.expand(template)
        return render(template, values)

    def finding(self, doc: Document, start: int, end: int, values: Mapping[str, Any] | None = None,
                replacement: str | None = None, fix_start: int | None = None,
                fix_end: int | None = None) -> Finding:
        """Build a finding for ``doc.text[start:end]``; the fix may cover a wider range."""
        values = dict(values or {})
        values.setdefault("match", doc.text[start:end])
        line, column = doc.position(start)
        end_line, end_column = doc.position(end)
        fix = None
        if replacement is not None:
            fs = start if fix_start is None else fix_start
            fe = end if fix_end is None else fix_end
            if replacement == "" and fix_start is None and self.fix_spec and self.fix_spec["whole_lines"]:
                fs, fe = line_removal_span(doc, line, end_line)
            values.setdefault("replacement", replacement)
            description = (render(self.fix_spec["description"], values)
                           if self.fix_spec and self.fix_spec.get("description")
                           else _describe_edit(doc.text[fs:fe], replacement))
            fix = Fix(description, (Edit(fs, fe, replacement),), self.fix_safe)
        suggestion = render(self.suggestion_template, values) if self.suggestion_template else None
        if suggestion is None and fix is not None:
            suggestion = fix.description
        return Finding(rule_id=self.id, pack=self.pack, severity=self.severity, path=doc.path,
                       line=line, column=column, end_line=end_line, end_column=end_column,
                       message=render(self.message, values), start=start, end=end, fix=fix,
                       suggestion=suggestion, record_id=doc.record_id, tags=self.tags)


class CorpusRule(Rule):
    """A kind that compares documents with each other (a footer under every article of a site).

    The run makes two passes when such a rule is selected: ``observe`` gives the keys each
    document contributes (a set, so a document counts once per key), and ``check_corpus``
    reports with the counts of the whole run. A document linted alone is its own corpus.
    """

    def observe(self, doc: Document) -> set[str]:
        raise NotImplementedError

    def check_corpus(self, doc: Document, counts: Counter, documents: int) -> Iterator[Finding]:
        raise NotImplementedError

    def check(self, doc: Document) -> Iterator[Finding]:
        return self.check_corpus(doc, Counter(self.observe(doc)), 1)


def _describe_edit(old: str, new: str) -> str:
    if not new:
        return f"remove {_quote(old)}"
    return f"replace {_quote(old)} with {_quote(new)}"


def _quote(text: str) -> str:
    shown = text if len(text) <= 40 else text[:37] + "..."
    # invisible characters are what many fixes remove: show them escaped
    return '"' + "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in shown) + '"'


def finditer_lines(pattern: regex.Pattern, doc: Document,
                   lines: Sequence[int]) -> Iterator[regex.Match]:
    """The matches of a full ``finditer`` that start on ``lines`` (1-based, sorted).

    Runs of adjacent lines are searched in one go. Look-behinds see the whole text; a
    look-ahead sees up to the end of the line after the run, so a line-local pattern finds
    what it finds in the whole document. All the searches share one ``Budget``.
    """
    starts, text = doc.line_starts, doc.text
    budget = Budget()
    i = 0
    while i < len(lines):
        first = last = lines[i]
        while i + 1 < len(lines) and lines[i + 1] <= last + 1:
            i += 1
            last = lines[i]
        i += 1
        stop = starts[last] - 1 if last < len(starts) else len(text)  # the run's last line end
        endpos = starts[last + 1] if last + 1 < len(starts) else len(text)
        yield from budget.finditer(pattern, text, starts[first - 1], endpos, stop)


def check_replacement(template: str, pattern: regex.Pattern) -> None:
    """Refuse a fix template with a bad escape or a group the pattern lacks, at load time.

    It is expanded against an empty match of a pattern with the same groups, which raises
    what the first real match would raise in the middle of a run.
    """
    names = {index: name for name, index in pattern.groupindex.items()}
    shape = "".join(f"(?P<{names[i]}>)" if i in names else "()" for i in range(1, pattern.groups + 1))
    try:
        regex.compile(shape).match("").expand(template)
    except (IndexError, regex.error) as exc:
        raise SpecError(f"invalid 'replacement' in 'fix': {exc}", key="fix") from None


def compile_pattern(pattern: str, flags: int = 0, field: str = "pattern") -> regex.Pattern:
    """Compile a rule pattern with the ``regex`` module (V1 semantics are opt-in per pattern)."""
    try:
        return regex.compile(pattern, flags)
    except regex.error as exc:
        raise SpecError(f"invalid regular expression in '{field}': {exc}", key=field) from None
    except (OverflowError, RecursionError, ValueError) as exc:
        raise SpecError(f"cannot compile '{field}': {exc}", key=field) from None
