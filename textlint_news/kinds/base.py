"""The part every rule kind shares: its options read once, findings and their fixes."""

from __future__ import annotations

import dataclasses
from collections import Counter
from typing import Any, ClassVar, Hashable, Iterator, Mapping, Sequence

import regex

from textlint_news.document import Document
from textlint_news.findings import Edit, Finding, Fix, Severity
from textlint_news.matching.budget import Budget
from textlint_news.matching.prefilter.spec import Prefilter
from textlint_news.loading.schema import Field, SpecError, fields_of, validate
from textlint_news.document.segments import line_removal_span
from textlint_news.document.blocks import CONTENT_TYPES
from textlint_news.fixes.transforms import TRANSFORMS
from textlint_news.loading.examples import parse_examples
from textlint_news.kinds.options import FIX_FIELDS, KIND_BLOCKS, NoOptions
from textlint_news.kinds.reporting import describe_edit, render


class Rule:
    """Base of every kind. Subclasses declare ``Options`` (a dataclass) and implement ``check``.

    The checked options are ``self.options``, and each is also an attribute of the rule of the
    same name, which a kind's ``__init__`` may replace by its parsed form (a compiled pattern).
    """

    KIND: ClassVar[str] = ""
    Options: ClassVar[type] = NoOptions
    FIELDS: ClassVar[dict[str, Field]] = {}  # derived from ``Options``
    options: Any  # an instance of ``Options``
    # Kinds that work out the replacement themselves (a swap map, a deletion) need only `fix:`.
    COMPUTES_FIX: ClassVar[bool] = False

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls.FIELDS = fields_of(cls.Options)

    def __init__(self, spec: dict[str, Any], pack: str, source: str = "") -> None:
        self.options = self.Options(**{name: spec[name] for name in self.FIELDS})
        for option in dataclasses.fields(self.options):
            setattr(self, option.name, getattr(self.options, option.name))
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
        alone = spec.get("uncorroborated")
        self.corroborated_by: tuple[str, ...] = tuple(spec.get("corroborated_by") or self.tags)
        if alone is not None and not self.corroborated_by:
            raise SpecError("'uncorroborated' needs 'tags' or 'corroborated_by': the tags of "
                            "the findings that corroborate this rule's", key="uncorroborated")
        self.uncorroborated: Severity | None = None if alone is None else Severity.parse(alone)
        # the rank of a deferring rule (true is 1); 0 for a rule that never gives way
        self.defer_to_pack: int = int(spec.get("defer_to_pack") or 0)
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
                fix_end: int | None = None, whole_lines: bool = False,
                severity: Severity | None = None) -> Finding:
        """Build a finding for ``doc.text[start:end]``; the fix may cover a wider range, and
        ``severity`` replaces the rule's (a kind that grades its findings by confidence).

        A deleting fix with ``whole_lines`` (or the rule's ``fix: {whole_lines: true}``) removes
        the lines of the span whole and the blank lines before them: no empty paragraph is left.
        """
        values = dict(values or {})
        values.setdefault("match", doc.text[start:end])
        line, column = doc.position(start)
        end_line, end_column = doc.position(end)
        fix = None
        if replacement is not None:
            fs = start if fix_start is None else fix_start
            fe = end if fix_end is None else fix_end
            if replacement == "" and fix_start is None and (
                    whole_lines or self.fix_spec and self.fix_spec["whole_lines"]):
                fs, fe = line_removal_span(doc, line, end_line)
            values.setdefault("replacement", replacement)
            description = (render(self.fix_spec["description"], values)
                           if self.fix_spec and self.fix_spec.get("description")
                           else describe_edit(doc.text[fs:fe], replacement))
            fix = Fix(description, (Edit(fs, fe, replacement),), self.fix_safe)
        suggestion = render(self.suggestion_template, values) if self.suggestion_template else None
        if suggestion is None and fix is not None:
            suggestion = fix.description
        return Finding(rule_id=self.id, pack=self.pack,
                       severity=self.severity if severity is None else severity, path=doc.path,
                       line=line, column=column, end_line=end_line, end_column=end_column,
                       message=render(self.message, values), start=start, end=end, fix=fix,
                       suggestion=suggestion, record_id=doc.record_id, tags=self.tags)


class CorpusRule(Rule):
    """A kind that compares documents with each other (a footer under every article of a site).

    The run makes two passes when such a rule is selected: ``observe`` gives the keys each
    document contributes (a set, so a document counts once per key), and ``check_corpus``
    reports with the counts of the whole run. A document linted alone is its own corpus.
    """

    def observe(self, doc: Document) -> set[Hashable]:
        raise NotImplementedError

    def check_corpus(self, doc: Document, counts: Counter, documents: int) -> Iterator[Finding]:
        raise NotImplementedError

    def check(self, doc: Document) -> Iterator[Finding]:
        return self.check_corpus(doc, Counter(self.observe(doc)), 1)


def finditer_lines(pattern: regex.Pattern, doc: Document,
                   lines: Sequence[int]) -> Iterator[regex.Match]:
    """The matches of a full ``finditer`` that start on ``lines`` (1-based, sorted).

    Runs of adjacent lines are searched in one go. Look-behinds see the whole text; a
    look-ahead sees up to the end of the line after the run, so a line-local pattern finds
    what it finds in the whole document. All the searches share one ``Budget``.
    """
    budget = Budget()
    for start, stop, endpos in line_runs(doc, lines):
        yield from budget.finditer(pattern, doc.text, start, endpos, stop)


def line_runs(doc: Document, lines: Sequence[int]) -> Iterator[tuple[int, int, int]]:
    """(start, stop, endpos) of each run of adjacent ``lines``: where its first line starts,
    where its last line ends, and where the line after it ends (what a search may read)."""
    starts, text = doc.line_starts, doc.text
    i = 0
    while i < len(lines):
        first = last = lines[i]
        while i + 1 < len(lines) and lines[i + 1] <= last + 1:
            i += 1
            last = lines[i]
        i += 1
        stop = starts[last] - 1 if last < len(starts) else len(text)  # the run's last line end
        endpos = starts[last + 1] if last + 1 < len(starts) else len(text)
        yield starts[first - 1], stop, endpos


def within_one_line(pattern: regex.Pattern) -> bool:
    """True when no match of ``pattern`` can hold a newline (its look-arounds may read past
    one): a search of the lines a match may lie on then finds what a search of the whole text
    finds. Syntax the tree does not know, a back-reference or a dot that may match a newline
    count as False."""
    # the regex tree is read only while a pack is parsed: a run served by the cache never does
    from textlint_news.matching.literals import may_hold_newline
    from textlint_news.matching.regex_parser import parse
    from textlint_news.matching.regex_tree import Dot, Group, SetFlags, Unsupported, walk

    try:
        tree = parse(pattern.pattern, verbose=bool(pattern.flags & regex.VERBOSE))
    except Unsupported:
        return False
    if pattern.flags & regex.DOTALL and any(isinstance(n, Dot) for n in walk(tree)) or \
            any(isinstance(n, (Group, SetFlags)) and "s" in n.on for n in walk(tree)):
        return False
    return not may_hold_newline(tree)


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


_GLOBAL_VERBOSE = regex.compile(r"\(\?[a-zA-Z]*x[a-zA-Z]*\)")  # "(?x)", "(?xi)": all verbose


def compile_pattern(pattern: str, flags: int = 0, field: str = "pattern") -> regex.Pattern:
    """Compile a rule pattern with the ``regex`` module (V1 semantics are opt-in per pattern)."""
    if pattern.endswith("\n") and not flags & regex.VERBOSE and not _GLOBAL_VERBOSE.match(pattern):
        # a YAML "|" block keeps its last line break, which then has to match: the pattern
        # silently never does
        raise SpecError(f"'{field}' ends in a line break (a YAML '|' block keeps it): write "
                        "'|-', or use verbose mode", key=field)
    try:
        return regex.compile(pattern, flags)
    except regex.error as exc:
        raise SpecError(f"invalid regular expression in '{field}': {exc}", key=field) from None
    except (OverflowError, RecursionError, ValueError) as exc:
        raise SpecError(f"cannot compile '{field}': {exc}", key=field) from None
