"""Running rules over documents: the ``Linter`` that the CLI, the library API and Spark share."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Iterable

from textlint_news.document import Document
from textlint_news.findings import Finding, Severity
from textlint_news.sources.invalid_text import PACK as BUILTIN, RULE_ID as INVALID_TEXT, invalid_text
from textlint_news.kinds import Rule
from textlint_news.kinds.base import CorpusRule
from textlint_news.matching import budget
from textlint_news.matching.prefilter import LineFilter, available
from textlint_news.document.protection import protect
from textlint_news.document.blocks import BLOCK_TYPES
from textlint_news.document.suppressions import PerFileIgnores, apply as apply_suppressions, unknown_ignored

# The Hyperscan pre-pass loads from the cache in about a millisecond, but compiling it takes
# most of a second: without a cached one, a run compiles it only after this much text, so
# linting one small file never waits for that.
PREFILTER_AFTER_CHARS = 200_000

# A rule that timed out on this many documents is not run on the rest of them, so a runaway
# pattern costs at most this many time limits per run, not one per document.
MAX_TIMEOUTS_PER_RULE = 3


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
    # the document's language when rules were skipped because it is not theirs
    skipped_language: str | None = None


@dataclass
class Corpus:
    """What corpus rules observed over all documents of a run: per rule, per key, documents."""

    documents: int = 0
    counts: dict[str, Counter] = field(default_factory=dict)

    def merge(self, other: "Corpus") -> None:
        self.documents += other.documents
        for rule_id, counter in other.counts.items():
            self.counts.setdefault(rule_id, Counter()).update(counter)


def codes_of(rules: Iterable[Rule]) -> frozenset[str]:
    """The ids and pack names of ``rules``: what --select, --ignore and comments may name."""
    return frozenset(code for r in rules for code in (r.id, r.pack))


def defer_to_pack(findings: list[Finding], ranks: dict[str, int]) -> list[Finding]:
    """``findings`` without those of a deferring rule on a line that a rule of its pack with a
    lower rank (``ranks``; a rule that does not defer is 0) reports: a shape rule's "this looks
    like furniture" adds nothing to a finding that names the furniture (a menu, a button), and
    a user should read one finding per line. The lower rule counts whether or not it gave way
    itself, so a general notice rule gives way to a cookie banner's rule while a rule about the
    site's messages still gives way to the general one."""
    lowest: dict[tuple[str, int], int] = {}
    for f in findings:
        rank = ranks.get(f.rule_id, 0)
        for line in range(f.line, f.end_line + 1):
            if rank < lowest.get((f.pack, line), rank + 1):
                lowest[f.pack, line] = rank
    return [f for f in findings
            if f.rule_id not in ranks or lowest[f.pack, f.line] >= ranks[f.rule_id]]


def grade_uncorroborated(findings: list[Finding],
                         alone: dict[str, tuple[Severity, tuple[str, ...]]]) -> list[Finding]:
    """``findings`` with each finding of a rule in ``alone`` (rule id -> its severity alone and
    the tags that corroborate it) given that severity when no finding of a rule outside
    ``alone`` carries one of those tags. Extractors leave some defects in groups: a page whose
    links lost their text has a gap at every link, so one gap the rules read from grammar alone
    is weak evidence (often a clean sentence the shape fits). Weak findings do not back each
    other: a writer's style or dialect repeats the same clean shape ("an the" in Scots, verse
    lines in lowercase), while a gap no clean sentence has (a space before a full stop, empty
    brackets) is evidence of its own. Only at warning or above: what such a rule itself reports
    as information is a shape clean writers use too (a blogger's "works :"), no evidence."""
    backing = {tag for f in findings
               if f.rule_id not in alone and f.severity >= Severity.WARNING for tag in f.tags}
    return [replace(f, severity=alone[f.rule_id][0])
            if f.rule_id in alone and backing.isdisjoint(alone[f.rule_id][1]) else f
            for f in findings]


class Linter:
    """The selected rules, compiled once; ``lint`` may be called for any number of documents.

    With corpus rules selected, call ``observe`` on every document first (the runner does);
    without that pre-pass each document is its own corpus. A rule that timed out on
    ``MAX_TIMEOUTS_PER_RULE`` documents is not run again until ``timeouts`` is cleared (the
    runner clears it after each run).

    ``prefilter``: run the Hyperscan pre-pass (``matching/prefilter/``) always, never, or (None)
    from the first document when it is cached, else once ``PREFILTER_AFTER_CHARS`` of text
    have been linted. Findings are the same either way.
    """

    def __init__(self, rules: Iterable[Rule], prefilter: bool | None = None,
                 per_file_ignores: PerFileIgnores = PerFileIgnores(),
                 known_codes: Iterable[str] = (), language: str | None = None) -> None:
        self.rules = list(rules)
        self.per_file_ignores = per_file_ignores
        # what a suppression comment may name: the rules that run (a comment naming one that
        # silences nothing is unused) and those loaded but not selected (never called unused)
        self.codes = codes_of(self.rules) | {INVALID_TEXT, BUILTIN}
        self.known_codes = self.codes | frozenset(known_codes)
        self.language = language  # --language: every document is in it
        # the language is identified only when a rule depends on it
        self.by_language = any(r.languages is not None for r in self.rules)
        all_blocks = frozenset(BLOCK_TYPES)
        self.by_block = {r: r.blocks for r in self.rules if r.blocks != all_blocks}
        self.corpus_rules = [r for r in self.rules if isinstance(r, CorpusRule)]
        # catch-all rules (furniture-line) that stay quiet where a rule of their pack of a lower
        # rank reports: rule id -> rank
        self.deferring = {r.id: r.defer_to_pack for r in self.rules if r.defer_to_pack}
        # rules whose finding alone in the document gets another severity: id -> (severity,
        # the tags of the findings that corroborate it)
        self.uncorroborated = {r.id: (r.uncorroborated, r.corroborated_by) for r in self.rules
                               if r.uncorroborated is not None}
        self.corpus: Corpus | None = None
        self.timeouts: Counter = Counter()  # rule id -> documents it timed out on
        self.prefilter = prefilter if available() else False
        self._line_filter: LineFilter | None = None
        self._linted_chars = 0
        self._looked_in_cache = False

    def __getstate__(self) -> dict:
        state = self.__dict__.copy()
        # a compiled database does not pickle: each process loads its own
        state.update(_line_filter=None, _looked_in_cache=False)
        return state

    def _candidates(self, doc: Document) -> dict[Rule, list[int]] | None:
        if self._line_filter is None:
            if self.prefilter is False:
                return None
            if self.prefilter is None:  # automatic: from the cache at once, compiled later
                self._linted_chars += len(doc.text)
                compile = self._linted_chars >= PREFILTER_AFTER_CHARS
                if self._looked_in_cache and not compile:
                    return None
                self._looked_in_cache = True
                self._line_filter = LineFilter.load(self.rules, compile)
                if self._line_filter is None:
                    return None
            else:
                self._line_filter = LineFilter.load(self.rules)
        return self._line_filter.candidates(doc)

    def observe_all(self, sources: Iterable[object]) -> None:
        """The corpus pre-pass: every document of a run observed before any is linted (what
        is not a ``Document``, such as an unreadable input, is passed over)."""
        for source in sources:
            if isinstance(source, Document):
                self.observe(source)

    def observe(self, doc: Document) -> None:
        if self.corpus is None:
            self.corpus = Corpus()
        self.corpus.documents += 1
        with budget.turn():  # one timer for the document, as in ``lint``
            for rule in self.corpus_rules:
                try:
                    observed = rule.observe(doc)
                except TimeoutError:
                    continue  # the lint pass times out on this document too, and says so
                self.corpus.counts.setdefault(rule.id, Counter()).update(observed)

    def _check(self, rule: Rule, doc: Document):
        if self.corpus is not None and isinstance(rule, CorpusRule):
            return rule.check_corpus(doc, self.corpus.counts.get(rule.id, Counter()),
                                     self.corpus.documents)
        return rule.check(doc)

    def lint(self, doc: Document) -> DocumentResult:
        result = DocumentResult(doc)
        if self.language is not None:
            doc.language = self.language
        language = doc.language if self.by_language else None
        candidates = self._candidates(doc) or {}
        ignored = doc.ignore | self.per_file_ignores.codes_for(doc.path)
        # one timer for all the rules' searches on the document, not one per rule (2-3 us
        # each to set and put back): each search keeps its own limit either way
        with budget.turn():
            self._run_rules(doc, result, candidates, ignored, language)
        if self.deferring:
            result.findings = defer_to_pack(result.findings, self.deferring)
        result.findings = protect(doc, result.findings)
        if self.uncorroborated:  # after the echoes are dropped: an echo corroborates nothing
            result.findings = grade_uncorroborated(result.findings, self.uncorroborated)
        result.findings.extend(invalid_text(doc))
        result.findings = apply_suppressions(doc, result.findings, self.codes - ignored,
                                             self.known_codes)
        if doc.ignore - self.known_codes:
            result.findings.append(unknown_ignored(doc, doc.ignore - self.known_codes))
        result.findings.sort(key=Finding.sort_key)
        return result

    def _run_rules(self, doc: Document, result: DocumentResult, candidates: dict[Rule, list[int]],
                   ignored: set[str], language: str | None) -> None:
        for rule in self.rules:
            if self.timeouts[rule.id] >= MAX_TIMEOUTS_PER_RULE:
                continue
            if ignored and (rule.id in ignored or rule.pack in ignored):
                continue
            if language is not None and rule.languages is not None \
                    and language not in rule.languages:
                result.skipped_language = language
                continue
            blocks = self.by_block.get(rule)
            lines = candidates.get(rule)
            if lines is not None and blocks is not None and doc.has_blocks:
                types = doc.blocks  # already known: search only the lines the rule applies to
                lines = [n for n in lines if types[n - 1] in blocks]
            if lines is not None and not lines:
                continue  # its prefilter matches nowhere it applies in the document
            try:
                found = list(self._check(rule, doc) if lines is None
                             else rule.check_lines(doc, lines))
            except TimeoutError:
                # a runaway pattern: drop this rule for this document, say so, and go on
                self.timeouts[rule.id] += 1
                off = (f"; it has timed out on {MAX_TIMEOUTS_PER_RULE} documents and is off for "
                       "the rest of the run" if self.timeouts[rule.id] == MAX_TIMEOUTS_PER_RULE
                       else "")
                result.notices.append(Notice(doc.path, f"rule '{rule.id}' timed out on this "
                                                       f"document and was skipped{off}", rule.id,
                                             doc.record_id))
                continue
            if blocks is not None and found:
                types = doc.blocks  # classified only for documents with findings to place
                found = [f for f in found if types[f.line - 1] in blocks]
            if rule.languages is not None and found and doc.declared_language is None:
                # a paragraph in another language (a quotation, a mixed raw page) is not the
                # prose a language's rule reads, whatever the identified language of the
                # document (a declared one holds for every line)
                found = [f for f in found if doc.line_in(f.line, rule.languages)]
            if rule.paragraph is not None and found:
                found = [f for f in found if doc.at_paragraph_edge(f.line, rule.paragraph)]
            result.findings.extend(found)

    def lint_text(self, text: str, path: str = "-") -> list[Finding]:
        return self.lint(Document.from_string(text, path)).findings
