"""Silencing single findings: comments in the text, and per-file ignores from the config.

A comment names what it silences (rule ids or pack names; none means every rule), as Vale's and
textlint's comment filters do:

    <!-- textlint-news-disable-next-line proper-noun-case -->   the line after the comment
    <!-- textlint-news-disable-line -->                          the comment's own line
    <!-- textlint-news-disable casing -->  ...  <!-- textlint-news-enable casing -->

A comment that silences nothing is reported by the built-in ``unused-suppression`` (info, with a
safe fix that removes it), as ruff's RUF100 reports a stale ``noqa``; so is a code that names no
rule or pack that ran. Findings inside a comment itself are never reported.
"""

from __future__ import annotations

import fnmatch
from dataclasses import dataclass, field
from typing import Sequence

from textlint_news.loading.patterns import regex

from textlint_news.document import Document
from textlint_news.findings import Edit, Finding, Fix, Severity
from textlint_news.document.segments import line_removal_span

RULE_ID = "unused-suppression"
PACK = "builtin"
MARKER = "textlint-news-"  # a document without it has no directive: one str search decides

_DIRECTIVE = regex.compile(r"""
    <!--[^\S\n]*textlint-news-
    (?P<action>disable-next-line|disable-line|disable|enable)   # what the comment does
    (?P<codes>(?:[^\S\n]+[\w.-]+(?:[^\S\n]*,[^\S\n]*[\w.-]+)*)?) # rule ids or packs, or none
    [^\S\n]*-->
    """, regex.VERBOSE)


@dataclass
class Directive:
    action: str
    codes: tuple[str, ...]  # empty: every rule
    start: int  # offsets of the comment in the document text
    end: int
    line: int
    used: set[str] = field(default_factory=set)  # the codes (or "" for all) that silenced a finding

    def covers(self, finding: Finding) -> str | None:
        """The code of this directive that names ``finding``'s rule, "" for all, else None."""
        if not self.codes:
            return ""
        for code in self.codes:
            if code in (finding.rule_id, finding.pack):
                return code
        return None


def parse(doc: Document) -> list[Directive]:
    if MARKER not in doc.text:
        return []
    found = []
    examples = doc.code_spans  # a comment shown inside a code block is an example
    for m in _DIRECTIVE.finditer(doc.text):
        if any(s <= m.start() < e for s, e in examples):
            continue
        codes = tuple(c.strip() for c in m.group("codes").replace(",", " ").split() if c.strip())
        found.append(Directive(m.group("action"), codes, m.start(), m.end(),
                               doc.position(m.start())[0]))
    return found


def _scopes(directives: list[Directive], last_line: int) -> list[tuple[Directive, int, int]]:
    """Each directive with the first and last line it silences."""
    scopes = []
    for i, d in enumerate(directives):
        if d.action == "disable-next-line":
            scopes.append((d, d.line + 1, d.line + 1))
        elif d.action == "disable-line":
            scopes.append((d, d.line, d.line))
        elif d.action == "disable":
            until = last_line
            for e in directives[i + 1:]:
                # an `enable` naming none, or one of this directive's codes, closes the range
                if e.action == "enable" and (not e.codes or not d.codes
                                             or set(e.codes) & set(d.codes)):
                    until = e.line
                    break
            scopes.append((d, d.line, until))
    return scopes


def apply(doc: Document, findings: list[Finding], ran: frozenset[str],
          known: frozenset[str]) -> list[Finding]:
    """``findings`` less those a comment silences, plus an ``unused-suppression`` finding for
    each comment (or code in it) that silenced nothing. ``ran``: ids and packs of the rules that
    ran on ``doc``; ``known``: of every rule loaded, so a comment for a rule that was not run
    is neither unused nor unknown."""
    directives = parse(doc)
    if not directives:
        return findings
    scopes = _scopes(directives, len(doc.lines))
    kept = []
    for f in findings:
        if any(d.start <= f.start and f.end <= d.end for d in directives):
            continue  # a finding about the comment's own text
        silenced = False
        for d, first, last in scopes:
            if first <= f.line <= last and (code := d.covers(f)) is not None:
                d.used.add(code)
                silenced = True
        if not silenced:
            kept.append(f)
    kept.extend(_unused(doc, directives, ran, known))
    return kept


def _unused(doc: Document, directives: list[Directive], ran: frozenset[str],
            known: frozenset[str]) -> list[Finding]:
    out = []
    for d in directives:
        if d.action == "enable":
            continue
        unknown = [c for c in d.codes if c not in known]
        stale = [c for c in d.codes if c in ran and c not in d.used]
        if not d.codes and not d.used and ran:
            message = f"'textlint-news-{d.action}' silences no finding"
        elif unknown:
            message = (f"'textlint-news-{d.action}' names {_names(unknown)}, which is no rule "
                       "or pack that ran")
        elif stale:
            message = f"'textlint-news-{d.action}' of {_names(stale)} silences no finding"
        else:
            continue
        fix = None
        if not d.used:  # nothing depends on it: the whole comment can go
            start, end = d.start, d.end
            line_start, line_end = doc.line_span(d.line)
            if doc.text[line_start:start].strip() == "" and doc.text[end:line_end].strip() == "":
                start, end = line_removal_span(doc, d.line, d.line)
            fix = Fix("remove the unused suppression comment", (Edit(start, end, ""),), True)
        line, column = doc.position(d.start)
        end_line, end_column = doc.position(d.end)
        out.append(Finding(rule_id=RULE_ID, pack=PACK, severity=Severity.INFO, path=doc.path,
                           line=line, column=column, end_line=end_line, end_column=end_column,
                           message=message, start=d.start, end=d.end, fix=fix,
                           suggestion="remove it, or name the rule it is for",
                           record_id=doc.record_id))
    return out


def unknown_ignored(doc: Document, codes: frozenset[str]) -> Finding:
    """A record's ignore field (--ignore-field) naming what is no rule or pack: said at the
    start of the record, so a typo does not silently leave a rule running."""
    return Finding(rule_id=RULE_ID, pack=PACK, severity=Severity.INFO, path=doc.path, line=1,
                   column=1, end_line=1, end_column=1,
                   message=f"the record's ignore field names {_names(sorted(codes))}, which is no "
                           "rule or pack", start=0, end=0,
                   suggestion="correct the rule id in the record", record_id=doc.record_id)


def _names(codes: Sequence[str]) -> str:
    return ", ".join(f"'{c}'" for c in codes)


@dataclass(frozen=True)
class PerFileIgnores:
    """``per-file-ignores`` of the config: glob -> rule ids or packs not run on those files.

    A glob without ``/`` matches the file name anywhere; one with ``/`` matches the path as
    given on the command line (relative to where the run starts), as ruff's does.
    """

    patterns: tuple[tuple[str, frozenset[str]], ...] = ()

    def codes_for(self, path: str) -> frozenset[str]:
        name = path.replace("\\", "/")
        base = name.rsplit("/", 1)[-1]
        out: set[str] = set()
        for glob, codes in self.patterns:
            target = name.removeprefix("./") if "/" in glob else base
            if fnmatch.fnmatchcase(target, glob):
                out |= codes
        return frozenset(out)
