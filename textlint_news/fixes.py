"""Applying the fixes of findings to a document's text, pass after pass until nothing changes.

Edits are offsets into ``Document.text`` (``\\n`` newlines, no BOM); they are mapped onto the
raw text with ``Document.original_offset`` so untouched lines keep their own line endings,
and inserted newlines take the document's style.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .document import Document
from .engine import DocumentResult, Linter
from .findings import Edit, Finding

MAX_PASSES = 10  # fixes that keep producing new fixable findings stop here


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

    @property
    def changed(self) -> bool:
        return bool(self.fixed)


def fix_document(linter: Linter, result: DocumentResult, unsafe: bool = False,
                 max_passes: int = MAX_PASSES) -> FixResult:
    """Apply fixes until a pass changes nothing (at most ``max_passes`` passes)."""
    doc = result.document
    fixed: list[Finding] = []
    for _ in range(max_passes):
        chosen = select_fixes(result.findings, unsafe)
        if not chosen:
            break
        raw = apply_edits(doc, [e for f in chosen for e in f.fix.edits])
        if raw == doc.raw_text():
            break  # fixes that rewrite text to itself: nothing to do
        fixed.extend(chosen)
        bom = "\ufeff" if doc.has_bom else ""
        doc = Document.from_string(bom + raw, doc.path, encoding=doc.encoding,
                                   record_id=doc.record_id)
        result = linter.lint(doc)
    return FixResult(result, doc.raw_text(), fixed)
