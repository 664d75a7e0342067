"""``pattern``: a regular expression (or a list of literal tokens) that must not occur.

The search runs once over the whole document, not per line: ``^``/``$`` match at line
boundaries, and ``scope`` drops matches that cross a line or paragraph boundary or lie
outside the first/last N lines.

``not_after`` lets a match off by what stands right before it (a lookbehind ending where the
match starts: "50 quattro", a model or a unit after a number); ``inform_before`` lowers a match
to information by what follows it (matched where the match ends: a label above a paragraph
may be a lead-in to it, or the label of a removed link), unless the same text matches again
in the document (a template's label, "Read more:" twice, is no lead-in).

``habit`` protects documents whose own typography produces the pattern: when the matches
make up more than ``share`` of the places that ``habit.of`` matches (and at least ``min``),
the pattern is the document's style, not a defect, and nothing is reported. A habit with
``unless_after`` instead of ``of`` reads the text before each match: at least ``min`` matches
and none of them after ``unless_after`` are the style too (an extractor that spaces out inline
markup puts its gaps after whole phrases only; a removed link leaves some after a word that
cannot end one). ``habit`` may list several; any one of them lets the document off, unless
it names a ``severity``: then the document's matches are reported at that severity at most
(shown, but not failing a gate: the style may as well be the defect). ``count`` names the
evidence of the style when it is not the matches themselves: the places it matches are
counted instead (an extractor's line breaks are lowercase line starts after a line that ends
no sentence; a removed link leaves them after one that does); with ``distinct``, the
different texts it matches (a document's section labels differ; the label before a removed
link, "Read more:", repeats).
"""

from __future__ import annotations

import bisect
import itertools
from collections import Counter
from dataclasses import dataclass, replace
from typing import Any, Iterable, Iterator, Sequence

import regex

from textlint_news.document import Document
from textlint_news.findings import Finding, Severity
from textlint_news.loading.schema import Field, SpecError, option, validate
from textlint_news.matching.prefilter import Prefilter
from textlint_news.kinds.base import (Rule, check_replacement, compile_pattern, finditer_lines,
                                      within_one_line)
from textlint_news.matching import budget
from textlint_news.matching.dictionary import is_modern_english_word
from textlint_news.matching.factor import factored
from textlint_news.matching.words import WordCandidates, entries, tokens_pattern  # noqa: F401 (re-exported)

FLAGS = {"ignorecase": regex.IGNORECASE, "dotall": regex.DOTALL, "verbose": regex.VERBOSE}
SCOPES = ("line", "paragraph", "document", "first-lines", "last-lines")
HABIT_FIELDS = {
    "of": Field((str,), help="the places where the pattern could occur"),
    "share": Field((float,), default=0.35),
    "min": Field((int,), default=8),
    "unless_after": Field((str,), help="the style is broken by a match that follows this pattern "
                                       "(instead of 'of')"),
    "count": Field((str,), help="what is counted as the style's evidence, instead of the "
                                "pattern's matches (with 'of' and 'share', or 'min' alone)"),
    "distinct": Field((bool,), default=False,
                      help="count the different texts that 'count' matches, not its matches"),
    "severity": Field((str,), choices=tuple(s.name.lower() for s in Severity),
                      help="report the document's matches at this severity at most, instead "
                           "of not at all"),
}


class Habit:
    """One way a document's own style produces the pattern (see the module docstring)."""

    def __init__(self, spec: Any) -> None:
        spec = validate(spec, HABIT_FIELDS, "habit")
        if spec["unless_after"] is not None and (spec["of"] is not None or spec["count"] is not None) \
                or spec["of"] is None and spec["unless_after"] is None and spec["count"] is None:
            raise SpecError("a habit needs 'of', 'count' or both, or 'unless_after' alone",
                            key="habit")
        self.share: float = spec["share"]
        self.min: int = spec["min"]
        self.severity = Severity.parse(spec["severity"]) if spec["severity"] else None
        self.of = (compile_pattern(spec["of"], regex.MULTILINE, "habit")
                   if spec["of"] is not None else None)
        # a lookbehind ending where the match starts: it may read the text before the match
        self.after = (compile_pattern(f"(?<={spec['unless_after']})", regex.MULTILINE, "habit")
                      if spec["unless_after"] is not None else None)
        self.count = (compile_pattern(spec["count"], regex.MULTILINE, "habit")
                      if spec["count"] is not None else None)
        if spec["distinct"] and self.count is None:
            raise SpecError("'distinct' needs 'count'", key="habit")
        self.distinct: bool = spec["distinct"]

    def holds(self, text: str, matches: list[regex.Match], pos: int, endpos: int) -> bool:
        if not matches:
            return False  # (nothing to let off: the evidence is not counted)
        if self.count is None:
            found = len(matches)
        elif self.distinct:
            found = len({m.group().strip() for m in budget.finditer(self.count, text, pos, endpos)})
        else:
            found = sum(1 for _ in budget.finditer(self.count, text, pos, endpos))
        if found < self.min:
            return False
        if self.of is not None:
            places = sum(1 for _ in budget.finditer(self.of, text, pos, endpos))
            return found > self.share * places
        if self.count is not None:
            return True
        return not any(budget.match(self.after, text, m.start())
                       for m in matches)


# what may stand between two matches of one phrase: at most two words, on one line
_PHRASE_GAP = regex.compile(r"\W*(?:\w+\W+){0,2}")


def _alone(text: str, matches: list[regex.Match]) -> list[regex.Match]:
    """The matches with no other match within two words before or after them."""
    close = [False] + [
        "\n" not in (gap := text[a.end():b.start()]) and bool(_PHRASE_GAP.fullmatch(gap))
        for a, b in zip(matches, matches[1:])] + [False]  # close[i]: match i-1 is near match i
    return [m for i, m in enumerate(matches) if not (close[i] or close[i + 1])]


class LinePrepass:
    """The lines on which a match of a one-line pattern may lie, found by searches that the
    ``regex`` module runs fast: each starts with a character or a small class, which it scans
    for, where the pattern starts with ``^`` or a look-around that it tries at every character
    (``link-residue-lowercase-start``: 0.15 CPU s on 1 MB of prose; its pre-pass 0.02).

    ``searches``: (pattern, shift): a match of ``pattern`` at ``i`` names the line of ``i +
    shift``. ``first_line``: the first line is always named (a ``^`` read as a newline before).
    ``line_prepass`` (``matching/literals.py``) builds them when a pack is parsed; the class is
    here so that a run served by the pack cache unpickles it without the regex tree.
    """

    def __init__(self, searches: list[tuple[regex.Pattern, int]], first_line: bool) -> None:
        self.searches = searches
        self.first_line = first_line

    def lines(self, text: str, starts: Sequence[int]) -> list[int]:
        """The candidate lines (1-based, sorted) of a text whose lines start at ``starts``."""
        found = {1} if self.first_line else set()
        count, end = len(starts), len(text)
        limit = budget.Budget()  # the searches are held to the time limit of the rule's own
        for pattern, shift in self.searches:
            m = next(limit.finditer(pattern, text, 0, end, end), None)
            while m is not None:
                line = bisect.bisect_right(starts, m.start() + shift)
                found.add(line)
                if line >= count:
                    break
                # every later match on this line names it again: on from the next one
                m = next(limit.finditer(pattern, text, starts[line] - shift, end, end), None)
        return sorted(found)


def _styled_in_lowercase(text: str, word: str, start: int) -> bool:
    """True when ``word`` (met at ``start``) is a name the writer styles in lowercase: no
    English list has it (or one of its hyphen-joined parts), and the text
    writes it again in the same form inside a sentence, after a lowercase word ("with xmcp",
    "supports [xmcp](...)"), so a sentence it opens lost nothing."""
    if "’" in word or "'" in word:
        return False  # a contraction ("you’ve"), which no list spells out
    if all(is_modern_english_word(part) for part in word.split("-") if part):
        return False
    inside = regex.compile(r"(?<=\p{Ll}[,;:]?[ \t]+[\[`*_\"“(]?)" + regex.escape(word)
                           + r"(?![\w-])")
    return any(m.start() != start for m in inside.finditer(text))


# words of a quotation, compared with the text's whatever stands between them
_QUOTED_WORD = regex.compile(r"[\w’']+")


def _stands_elsewhere(text: str, quoted: str) -> bool:
    """True when the words of ``quoted``, three or more, stand twice or more in ``text`` (the
    place they were matched and another)."""
    words = _QUOTED_WORD.findall(quoted)
    if len(words) < 3:
        return False
    joined = r"[\W_]+".join(map(regex.escape, words))
    again = regex.compile(rf"(?<![\w’']){joined}(?![\w’'])", regex.IGNORECASE)
    return sum(1 for _ in itertools.islice(budget.finditer(again, text), 2)) == 2


def _in_window(doc: Document, scope: str, lines: int) -> tuple[int, int]:
    if scope == "first-lines":
        return 0, doc.line_span(min(lines, len(doc.line_starts)))[1]
    if scope == "last-lines":
        return doc.line_starts[max(len(doc.line_starts) - lines, 0)], len(doc.text)
    return 0, len(doc.text)


@dataclass(frozen=True, kw_only=True)
class PatternOptions:
    pattern: str | None = option(help="regex pattern; named groups are usable in message and fix")
    tokens: list[str] | str | None = option(help="literal words or phrases, matched as whole "
                                                 "words (a list, or a block string with one per "
                                                 "line)")
    flags: list[str] = option([])
    scope: str = option("line", choices=SCOPES)
    lines: int = option(5, help="N for first-lines / last-lines",
                        check=lambda n: None if n >= 1 else "must be 1 or more")
    group: str | int = option(0, help="the capture group that is reported")
    allowed_matches: list[str] = option([], aliases=("exceptions",),
                                        help="patterns; a match that fully matches one of them "
                                             "is not reported")
    not_after: str | None = option(help="a pattern; a match right after text it matches (ending "
                                        "where the match starts) is not reported")
    inform_before: str | None = option(help="a pattern; a match right before text it matches "
                                            "(from where the match ends) is reported as "
                                            "information only, unless its text matches again "
                                            "in the document: what follows makes it ambiguous")
    skip_wrapped: bool = option(False, help="skip hard-wrapped documents, where a line end is "
                                            "not a paragraph end")
    alone: bool = option(False, help="report only a match with no other match within two words "
                                     "of it on its line: matches close together are a phrase")
    habit: dict | list | None = option(help="{of: pattern, share: 0.35, min: 8} or {unless_after: "
                                            "pattern, min: 8}, or a list of them: skip documents "
                                            "whose style this is")
    lowercase_name: str | None = option(help="a named group; a match is not reported when that "
                                             "group holds a word no English list has, which the "
                                             "document also writes in lowercase inside a "
                                             "sentence: a name styled in lowercase")
    repeated_group: str | None = option(help="a named group; a match where it took part is "
                                             "reported only when its text, three words or "
                                             "more, stands elsewhere in the document too "
                                             "(compared word by word)")


class PatternRule(Rule):
    KIND = "pattern"
    Options = PatternOptions
    options: PatternOptions

    def __init__(self, spec: dict[str, Any], pack: str, source: str = "") -> None:
        super().__init__(spec, pack, source)
        if (self.options.pattern is None) == (self.options.tokens is None):
            raise SpecError("a pattern rule needs exactly one of 'pattern' and 'tokens'")
        flags = regex.MULTILINE
        for name in self.options.flags:
            if name not in FLAGS:
                raise SpecError(f"unknown flag '{name}' (known: {', '.join(FLAGS)})", key="flags")
            flags |= FLAGS[name]
        # a token list is matched word by word (see words.py): thousands of tokens compile
        # to no single alternation unless a window or a test asks for it
        tokens = self.options.tokens
        self.candidates = (WordCandidates(entries(tokens), bool(flags & regex.IGNORECASE))
                           if tokens is not None else None)
        if self.candidates is None:
            self.regex = compile_pattern(self.options.pattern, flags, "pattern")
            # what the searches run: the same matches, its lists of words as trees
            written = factored(self.options.pattern, flags)
            self.search = (self.regex if written == self.options.pattern
                           else compile_pattern(written, flags, "pattern"))
        # (a token alternation has no groups, as the one-word pattern has none)
        groups = self.regex if self.candidates is None else self.candidates.word
        if self.fix_spec is not None and self.fix_spec["replacement"] is not None:
            check_replacement(self.fix_spec["replacement"], groups)
        group = self.options.group
        if isinstance(group, str) and group not in groups.groupindex or \
                isinstance(group, int) and not 0 <= group <= groups.groups:
            raise SpecError(f"'group' names no group of the pattern: {group!r}", key="group")
        from textlint_news.matching.literals import line_prepass, required_literals  # a pack parse only

        self.required = (required_literals(self.options.pattern, flags)
                         if self.candidates is None else None)
        # a search of the lines a match may lie on, where the pattern itself starts slowly
        searches = (line_prepass(self.options.pattern, flags)
                    if self.candidates is None and self.scope == "line"
                    and within_one_line(self.regex) else None)
        self.prepass = LinePrepass(*searches) if searches is not None else None
        self.exceptions = [compile_pattern(p, flags & regex.IGNORECASE, "allowed_matches")
                           for p in self.options.allowed_matches]
        not_after = self.options.not_after
        self.not_after = (compile_pattern(f"(?<={not_after})", flags & regex.IGNORECASE,
                                          "not_after") if not_after is not None else None)
        before = self.options.inform_before
        self.inform_before = (compile_pattern(before, regex.MULTILINE | flags & regex.IGNORECASE,
                                              "inform_before") if before is not None else None)
        name = self.options.lowercase_name
        if name is not None and name not in self.regex.groupindex:
            raise SpecError(f"'lowercase_name' names no group of the pattern: {name!r}",
                            key="lowercase_name")
        name = self.options.repeated_group
        if name is not None and name not in self.regex.groupindex:
            raise SpecError(f"'repeated_group' names no group of the pattern: {name!r}",
                            key="repeated_group")
        habits = self.options.habit or []
        self.habits = [Habit(h) for h in (habits if isinstance(habits, list) else [habits])]

    def __getattr__(self, name: str) -> Any:
        # a token list's `regex`: the full alternation, only when something asks for it
        candidates = self.__dict__.get("candidates")
        if name in ("regex", "search") and candidates is not None:
            return candidates.pattern
        raise AttributeError(name)

    def _matches(self, doc: Document, pos: int = 0, endpos: int | None = None):
        if self.candidates is not None and pos == 0 and endpos in (None, len(doc.text)):
            return self.candidates.finditer(doc)  # tokens: only where their words occur
        return budget.finditer(self.search, doc.text, pos, endpos)

    def prefilter(self) -> Prefilter | None:
        if self.candidates is not None:
            return None  # the word lookup is the pre-filter
        if self.regex.flags & regex.DOTALL:
            return None  # the rewrite reads '.' as any character but a newline
        return Prefilter(self.regex.pattern, bool(self.regex.flags & regex.IGNORECASE),
                         lines=self.scope == "line", verbose=bool(self.regex.flags & regex.VERBOSE))

    def check(self, doc: Document) -> Iterator[Finding]:
        if self._skipped(doc):
            return iter(())
        if self.prepass is not None:  # (scope 'line': the whole document)
            lines = self.prepass.lines(doc.text, doc.line_starts)
            return self._report(doc, finditer_lines(self.search, doc, lines), 0, len(doc.text))
        pos, endpos = _in_window(doc, self.scope, self.lines)
        return self._report(doc, self._matches(doc, pos, endpos), pos, endpos)

    def check_lines(self, doc: Document, lines: Sequence[int]) -> Iterator[Finding]:
        if self.scope != "line" or self.candidates is not None:
            return self.check(doc)
        if self._skipped(doc):
            return iter(())
        return self._report(doc, finditer_lines(self.search, doc, lines),
                            0, len(doc.text))

    def _skipped(self, doc: Document) -> bool:
        if self.skip_wrapped and doc.hard_wrapped:
            return True
        # every match needs one of the required strings
        return self.required is not None and not any(lit in doc.text for lit in self.required)

    def _report(self, doc: Document, matches: Iterable[regex.Match], pos: int,
                endpos: int) -> Iterator[Finding]:
        text = doc.text
        lowered = None  # the severity a habit that holds lowers the findings to
        if self.habits:
            matches = list(matches)
            held = [habit for habit in self.habits if habit.holds(text, matches, pos, endpos)]
            if any(habit.severity is None for habit in held):
                return
            lowered = min((habit.severity for habit in held), default=None)
        repeated: Counter | None = None  # texts of the matches, for inform_before
        if self.inform_before is not None:
            matches = list(matches)
            repeated = Counter(m.group(0).strip() for m in matches)
        shared = budget.Budget()
        if self.options.alone:
            matches = _alone(text, list(matches))
        for m in matches:
            whole = m.group(0)
            if self.scope == "line" and "\n" in whole or self.scope == "paragraph" and "\n\n" in whole:
                continue
            if any(shared.fullmatch(e, whole) for e in self.exceptions):
                continue
            if self.not_after is not None and budget.match(self.not_after, text, m.start()):
                continue
            start, end = m.span(self.group)
            if start < 0:
                continue
            values = {k: v for k, v in m.groupdict().items() if v is not None}
            name = self.options.lowercase_name
            if name is not None and name in values and \
                    _styled_in_lowercase(text, values[name], m.start(name)):
                continue
            name = self.options.repeated_group
            if name is not None and name in values and not _stands_elsewhere(text, values[name]):
                continue
            matched = text[start:end]
            found = self.finding(doc, start, end, values,
                                 replacement=self.replacement_for(matched, values, m))
            if repeated is not None and found.severity > Severity.INFO \
                    and repeated[whole.strip()] == 1 and budget.match(self.inform_before, text, m.end()):
                found = replace(found, severity=Severity.INFO)
            yield found if lowered is None or found.severity <= lowered else \
                replace(found, severity=lowered)
