"""``boilerplate``: whole lines that are page furniture, not article text.

A line is boilerplate when, stripped, it fully matches one of ``patterns`` (case-insensitive)
and lies in ``region``: the first or last ``region_lines`` non-blank lines, or anywhere. Footer
shapes such as ``Site Name | tagline`` are only junk at the end, so position is part of the rule.

Each line is matched by itself: a pattern whose ``\\s+`` could run on into the next line (and a
fix delete both) is held to one line, whatever the pack wrote. ``max_sentences`` leaves a line
of several sentences alone (a prompt is one; "See also the chart below. There is a lot here."
is prose), and ``not_headline`` the first non-blank line, where a label belongs to the title
("Video: The moment the bridge fell" as a video page's headline). ``min_run`` keeps only lines
that stand in a run of that many matching lines (blank lines between them allowed): one short
list item is an article's, a run of them above or below it a site's menu.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable, Iterator, Sequence

from textlint_news.loading.patterns import regex

from textlint_news.document import Document
from textlint_news.findings import Finding
from textlint_news.loading.schema import option
from textlint_news.document.segments import edge_lines, line_removal_span
from textlint_news.matching.prefilter import Prefilter
from textlint_news.kinds.base import Rule, compile_pattern, finditer_lines
from textlint_news.matching import budget


@dataclass(frozen=True, kw_only=True)
class BoilerplateOptions:
    patterns: list[str] = option(required=True)
    region: str = option("anywhere", choices=("head", "tail", "anywhere"))
    region_lines: int = option(3, help="non-blank lines counted as head or tail")
    max_words: int = option(25, help="longer lines are never boilerplate")
    min_lines: int = option(1, help="documents with fewer non-blank lines are not checked")
    max_sentences: int = option(0, help="lines of more sentences are prose, never boilerplate "
                                        "(0: any number)")
    not_headline: bool = option(False, help="the first non-blank line, the headline, is never "
                                            "reported")
    min_run: int = option(1, help="a line is reported only in a run of this many matching "
                                  "lines, blank lines between them allowed")
    unless_heading: bool = option(False, help="a bare label (no colon) over a paragraph of "
                                              "several sentences is that paragraph's heading: "
                                              "what it labels was extracted")


# a sentence ends before the next one starts: after a lowercase word or a closing quote or
# bracket (not "1." or "U.S."), end punctuation, a space, maybe an opening quote, a capital
_SENTENCE_END = regex.compile(r"(?<=[\p{Ll}”\"’)\]])[.!?…]+[”\"’)\]]*[^\S\n]+[“\"‘(\[]?\p{Lu}")


class BoilerplateRule(Rule):
    KIND = "boilerplate"
    COMPUTES_FIX = True
    Options = BoilerplateOptions
    options: BoilerplateOptions

    def __init__(self, spec: dict[str, Any], pack: str, source: str = "") -> None:
        super().__init__(spec, pack, source)
        for p in self.options.patterns:
            compile_pattern(p, regex.IGNORECASE, "patterns")  # report the broken one by itself
        joined = "|".join(f"(?:{p})" for p in self.options.patterns)
        # one search over the document; the body group is the line without its indentation,
        # taken possessively: a body starting with .* must not retry every split of a long run
        # of spaces (quadratic)
        self.regex = regex.compile(rf"^[ \t]*+(?P<body>{joined})[ \t]*$",
                                   regex.IGNORECASE | regex.MULTILINE)

    def _matches(self, doc: Document) -> Iterator[regex.Match]:
        if self.region == "anywhere":
            yield from self._one_line(doc, budget.finditer(self.regex, doc.text))
            return
        if len(doc.content_lines) < self.min_lines:
            return
        for line_no in edge_lines(doc, self.region, self.region_lines):
            m = budget.match(self.regex, doc.text, *doc.line_span(line_no))
            if m is not None:
                yield m

    def prefilter(self) -> Prefilter:
        # a head or tail rule looks at a few lines anyway: it is only skipped when nothing matches
        return Prefilter(self.regex.pattern, ignorecase=True, lines=self.region == "anywhere",
                         single_line=True)

    def check_lines(self, doc: Document, lines: Sequence[int]) -> Iterator[Finding]:
        if self.region != "anywhere":
            return self.check(doc)
        return self._report(doc, self._one_line(doc, finditer_lines(self.regex, doc, lines)))

    def _one_line(self, doc: Document, matches: Iterable[regex.Match]) -> Iterator[regex.Match]:
        """The matches of the lines one by one, from a search of the whole text: a match that
        runs over a newline is replaced by the matches of the lines it covers, each by itself.

        One search finds the lines that match alone too, since a match ends at a line end.
        """
        text = doc.text
        done = -1  # lines up to this offset were matched one by one
        for m in matches:
            if m.start() <= done:
                continue
            if text.find("\n", m.start(), m.end()) == -1:
                yield m
                continue
            for line_no in range(doc.position(m.start())[0], doc.position(m.end())[0] + 1):
                single = budget.match(self.regex, text, *doc.line_span(line_no))
                if single is not None:
                    yield single
            done = m.end()

    def check(self, doc: Document) -> Iterator[Finding]:
        return self._report(doc, self._matches(doc))

    def _report(self, doc: Document, matches: Iterable[regex.Match]) -> Iterator[Finding]:
        # a run's lines are one piece of furniture: each finding's fix removes the whole run
        # (one edit, applied once), so removing some lines cannot break up what is left
        runs = _in_runs(doc, matches, self.options.min_run) if self.options.min_run > 1 \
            else ((m, None) for m in matches)
        for m, run in runs:
            start, end = m.span("body")
            body = m.group("body")
            if not body.strip() or len(body.split()) > self.max_words:
                continue
            if self.max_sentences and _sentences(body) > self.max_sentences:
                continue
            if self.not_headline and doc.content_lines[0] == doc.position(start)[0]:
                continue
            if self.options.unless_heading and ":" not in body and _heads_prose(doc, start):
                continue
            values = {k: v for k, v in m.groupdict().items() if v is not None}
            fix_start, fix_end = line_removal_span(doc, *run) if run else (None, None)
            yield self.finding(doc, start, end, values,
                               replacement="" if self.fix_spec is not None else None,
                               fix_start=fix_start, fix_end=fix_end, whole_lines=True)


def _in_runs(doc: Document, matches: Iterable[regex.Match],
             least: int) -> list[tuple[regex.Match, tuple[int, int]]]:
    """The matches that stand in a run of ``least`` matching lines or more (lines in a row,
    nothing but blank lines between them), each with its run's first and last line."""
    kept: list[tuple[regex.Match, tuple[int, int]]] = []
    run: list[tuple[int, regex.Match]] = []

    def close() -> None:
        if len(run) >= least:
            kept.extend((m, (run[0][0], run[-1][0])) for _, m in run)
        run.clear()

    for m in matches:
        line = doc.position(m.start())[0]
        if run and any(doc.lines[i - 1].strip() for i in range(run[-1][0] + 1, line)):
            close()
        run.append((line, m))
    close()
    return kept


def _heads_prose(doc: Document, offset: int) -> bool:
    """Whether the next non-blank line after the one at ``offset`` is a paragraph of two or more
    sentences ending in end punctuation: prose a label heads, not a widget's list or a credit."""
    lines = doc.lines
    for line in lines[doc.position(offset)[0]:]:
        if line.strip():
            line = line.strip()
            return _sentences(line) > 1 and line[-1] in ".!?…”\"’)"
    return False


def _sentences(text: str) -> int:
    """How many sentences a line holds: a prompt is one, a line of prose may be several."""
    return 1 + sum(1 for _ in _SENTENCE_END.finditer(text))
