"""Applying the fixes of findings to a document's text, pass after pass until nothing changes.

A fix can uncover another (``&amp;amp;`` decodes one level per pass; ``word word word word``
loses half its repeats per pass, since matches do not overlap), so passes repeat until the
text is a fixed point, and a second ``--fix`` changes nothing. Fixes that undo each other, or
need more than ``MAX_PASSES`` passes, stop with ``converged`` false so the caller can say that
fixes remain, like ruff's "failed to converge".

Edits are offsets into ``Document.text`` (``\\n`` newlines, no BOM); they are mapped onto the
raw text with ``Document.original_offset`` so untouched lines keep their own line endings,
and inserted newlines take the document's style.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from textlint_news.document import Document
from textlint_news.engine import DocumentResult, Linter
from textlint_news.findings import Edit, Finding

# Each pass lints the document again. Ruff stops at 100 too; real defects need a few passes
# (12 for "word " 3,000 times over), and the cap bounds the cost of a hostile nesting.
MAX_PASSES = 100


def wanted(finding: Finding, unsafe: bool) -> bool:
    return finding.fixable and (unsafe or finding.fix.safe)


def select_fixes(findings: list[Finding], unsafe: bool) -> list[Finding]:
    """The findings whose fixes can be applied together in one pass.

    Deterministic: by first edit, then rule id; a fix is taken whole or not at all, and is
    dropped when one of its edits overlaps (or inserts at the same place as) an accepted
    edit; dropped fixes get another chance in the next pass, on the new text.
    """
    candidates = sorted((f for f in findings if wanted(f, unsafe)),
                        key=lambda f: (min(e.start for e in f.fix.edits),
                                       max(e.end for e in f.fix.edits), f.rule_id, f.fix.edits))
    accepted: list[Finding] = []
    taken: list[Edit] = []
    seen: set[tuple[Edit, ...]] = set()
    for f in candidates:
        edits = tuple(sorted(set(f.fix.edits), key=lambda e: (e.start, e.end)))
        if edits in seen:  # the same fix proposed twice (two rules, one defect): apply once
            accepted.append(f)
            continue
        if any(_overlap(e, t) for e in edits for t in taken) or any(
                _overlap(a, b) for a, b in zip(edits, edits[1:])):
            continue
        seen.add(edits)
        taken.extend(edits)
        accepted.append(f)
    return accepted


def _overlap(a: Edit, b: Edit) -> bool:
    if a.start == b.start:
        return True  # two edits at one place: their order would be a guess
    return a.start < b.end and b.start < a.end


def apply_edits(doc: Document, edits: list[Edit]) -> str:
    """The raw text (without BOM) of ``doc`` with non-overlapping ``edits`` applied."""
    raw = doc.raw_text()
    out, pos = [], 0
    for e in sorted(set(edits), key=lambda e: (e.start, e.end)):
        start, end = doc.original_offset(e.start), doc.original_offset(e.end)
        out.append(raw[pos:start])
        out.append(e.replacement.replace("\n", doc.newline))
        pos = end
    out.append(raw[pos:])
    return "".join(out)


@dataclass
class FixResult:
    """The outcome of fixing one document: the final text and what was fixed on the way."""

    result: DocumentResult  # lint result of the final text: the findings that remain
    raw_text: str  # final text without BOM, in the file's newline style
    fixed: list[Finding] = field(default_factory=list)
    converged: bool = True  # False: fixes still apply (the pass cap, or fixes undoing each other)

    @property
    def changed(self) -> bool:
        return bool(self.fixed)


def fix_document(linter: Linter, result: DocumentResult, unsafe: bool = False,
                 max_passes: int = MAX_PASSES) -> FixResult:
    """Apply fixes until a pass changes nothing, at most ``max_passes`` passes."""
    doc = result.document
    fixed: list[Finding] = []
    seen = {hash(doc.raw_text())}  # texts already produced: a repeat is a cycle
    passes = 0
    while True:
        chosen = select_fixes(result.findings, unsafe)
        raw = apply_edits(doc, [e for f in chosen for e in f.fix.edits]) if chosen \
            else doc.raw_text()
        if raw == doc.raw_text():  # nothing to fix, or fixes that rewrite text to itself
            return FixResult(result, raw, fixed)
        if passes == max_passes or hash(raw) in seen:
            return FixResult(result, doc.raw_text(), fixed, converged=False)
        seen.add(hash(raw))
        fixed.extend(chosen)
        doc = doc.with_text(raw)
        result = linter.lint(doc)
        passes += 1
