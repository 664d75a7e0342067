"""``capitalization``: a word whose initial case is wrong for its position.

``after`` is the context (a regex) that precedes the word: ``;\\s+`` for the capital after a
semicolon, a title for the name after it; ``before`` optionally the context that follows it
(a possessive ``'s``).

With ``expect: lower`` a capitalised word is reported only when it is really a common word:
its lowercase form (a contraction's first part: "It's", "Don't") is listed in ``words`` or,
with ``evidence: document``, occurs in lowercase elsewhere in the same document's prose (not in
a web or e-mail address, a path, code or a link's target), or, with ``evidence: dictionary``,
is an English word that the document capitalises nowhere else (its possessive counts).
Proper nouns after a semicolon are left alone.

With ``expect: upper`` a lowercase word is reported only when it is really a name: with
``evidence: none`` always (after "Mr." comes a name), with ``evidence: document`` when the
document writes it with a capital on its own mid-sentence and nowhere in lowercase ("trump's"
beside "Trump said"), with ``evidence: dictionary`` also when it is no English word
("President biden"; with ``modern_english`` of SCOWL's lists neither, nor two run together
unless ``run_together`` is off;
with ``lowercase_elsewhere`` even when the document writes it so elsewhere, with
``only_elsewhere`` only then, with ``elsewhere_severity`` then at that severity), and with
``names`` when it is one of them (surnames that are also English words: "Mayor bass"); with
``evidence: listed`` only then. Unless ``lowercase_elsewhere``, the document must write the
word in lowercase nowhere else.
Ordinary words after a title ("the President said") are left alone.
"""

from __future__ import annotations

import bisect
import itertools
from collections import Counter
from dataclasses import dataclass
from typing import Any, Iterable, Iterator, Sequence

from textlint_news.loading.patterns import regex

from textlint_news.matching.dictionary import is_english_word, is_modern_english_word
from textlint_news.kinds.name_context import no_english_word
from textlint_news.document import Document
from textlint_news.findings import Finding, Severity
from textlint_news.matching.prefilter import Prefilter
from textlint_news.loading.schema import option
from textlint_news.kinds.base import (Rule, compile_pattern, finditer_lines, line_runs,
                                      within_one_line)
from textlint_news.matching import budget
from textlint_news.matching.factor import factored
from textlint_news.matching.words import entries, occurrences

_TOKEN = regex.compile(r"[\w'’-]+")
# where a word is no lowercase use in prose ("vercel.com", "openai.com/news/?tags=codex",
# "~/.codex/AGENTS.md"): left out of a document's lowercase evidence, like its protected spans
_ADDRESS = regex.compile(r"""
    (?<!\S)\S*/\S*/\S*                                 # a web address or path: two slashes
  | (?<!\S)[~.]*/\S+                                   # a path from the root ("/usr/bin")
  | (?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+            # an e-mail address
  | (?<![\w.-])[\w-]+(?:\.[\w-]+)*\.\p{Ll}{2,}\b(?![\w'’-])  # a host name: "vercel.com"
""", regex.VERBOSE)
_SPACE = regex.compile(r"\s")
_SPACE_BACK = regex.compile(r"(?r)\s")
# "It's", "we're", "Don't": a contraction's first part is the word; "n't" makes a verb of any
_CONTRACTION = regex.compile(r"(?P<base>\p{L}+?)(?P<nt>n)?['’](?(nt)t|(?:s|re|ve|ll|d|m))")
# (a possessive counts as its name: "Unify’s research agent")
_CAPITALISED = regex.compile(r"(?<![\w'’-])\p{Lu}[\w'’-]*?(?=['’]s\b|(?![\w'’-]))")
# a capitalised word after a lowercase word, not part of a longer name or title ("White
# House", "Defense Ministry"): a name
# (not after an article or possessive: "the Ministry said" is an institution's title)
_STANDALONE_NAME = regex.compile(
    r"(?<=(?<![\p{L}'’-])\p{Ll}[\p{L}'’-]*[ \t]+|[\d,][ \t]+)"
    r"(?<!\b(?i:the|an?|this|that|these|those|our|his|her|their|its|your|my)"
    r"[ \t]+)\p{Lu}\p{Ll}+(?=['’]s\b|(?!['’\w-])(?![ \t]+\p{Lu}))")
_TOKEN_AT = regex.compile(r"(?<![\w'’-])[\w'’-]+")
_NAME_GOES_ON = regex.compile(r"[ \t]+\p{Lu}")
# after a word the document also writes in lowercase: a name ("; New York", "; Rose, a
# twelve-year-old") or a reference ("; Volume 2") goes on with a capital, a figure or a comma
_NAME_OR_REFERENCE_GOES_ON = regex.compile(r"[ \t]+[\p{Lu}\d]|,")
_INITIAL = regex.compile(r"\.[ \t]*\p{Lu}")  # "; A. F. Schmalzried": a name's initial
# initials without their stops before surnames ("W Pozzebon, A Masi; A Lo Cicero"): a team's
# line-up, where "A" after a semicolon is a name's initial once the line has a few more
_BARE_INITIAL = regex.compile(r"(?<![\w.’'-])\p{Lu}[ \t]+\p{Lu}\p{Ll}")
BARE_INITIALS_ON_LINE = 3
_LETTERS_BEFORE = regex.compile(r"(?r)\p{L}+")  # matched back from its end position
# a list's first item after its lead-in ("three levels: The Curious; The Confident")
_FIRST_ITEM = regex.compile(r"(?r):[ \t]+(\p{L}[\p{L}'’]*)")
# a line where this many items or more open after `after`, all with a capital, is a list's
# (each item a capitalised sentence: "...; Be suspicious of calls; Don't write Java; Are you")
LIST_ITEMS = 4
_SENTENCE_STOP = regex.compile(r"[^\n]*?\.[ \t]+\p{Lu}")
_LONG_WORD = regex.compile(r"(?<![\w'’-])\p{L}{4,}")
# a line whose words of four letters or more are all capitalised, this many or more, is a
# title in title case ("Shiva Now Contemporaries in New 52; You Know What That Means")
TITLE_WORDS = 4
# a list of names this short is spelt out in the pattern (a prefilter can then hold on to its
# words); a longer one is looked ahead at, or the joined prefilter grows too long for Hyperscan
SHORT_LIST = 20
# a text this long names a person twice; a shorter one cannot tell "; Trump" from "; Job cuts"
_DICTIONARY_MIN_WORDS = 80


def _bare_initials(text: str, at: int, lines: dict[int, bool]) -> bool:
    """The line around ``at`` names people by initial and surname without stops, a few times
    (counted once per line in ``lines``: a line-up of many "; A" is no quadratic case)."""
    start = text.rfind("\n", 0, at) + 1
    if start not in lines:
        end = text.find("\n", at)
        line = text[start:len(text) if end < 0 else end]
        lines[start] = len(budget.findall(_BARE_INITIAL, line)) >= BARE_INITIALS_ON_LINE
    return lines[start]


@dataclass(frozen=True, kw_only=True)
class CapitalizationOptions:
    after: str = option(required=True, help="regex of what precedes the word")
    expect: str = option("lower", choices=("lower", "upper"))
    before: str | None = option(help="regex of what follows the word")
    words: list[str] = option([], help="common words, in lowercase")
    evidence: str = option("none", choices=("none", "document", "dictionary", "listed"),
                           help="also accept lowercase use elsewhere in the document as proof; "
                                "dictionary: also an English word that the document capitalises "
                                "nowhere else; listed (expect upper): only the words of names")
    names: list[str] | str = option([], help="lowercase words that are names after `after`, one "
                                             "a line: with evidence listed the only ones, else "
                                             "besides the evidence's")
    modern_english: bool = option(False, help="evidence dictionary: today's words that Webster's "
                                              "list lacks (\"website\") and two English words "
                                              "run together count as English too")
    run_together: bool = option(True, help="modern_english: two English words run together "
                                           "(\"standalone\") count as English too; off where a "
                                           "surname may be two words' letters (\"whitehouse\")")
    lowercase_elsewhere: bool = option(False, help="expect upper: report the word even where the "
                                                   "document writes it in lowercase elsewhere "
                                                   "(the context alone shows a name)")
    elsewhere_severity: str | None = option(choices=("info", "warning"),
                                            help="expect upper: report a word that the document "
                                                 "writes in lowercase elsewhere too at this "
                                                 "severity instead of leaving it alone")
    only_elsewhere: bool = option(False, help="expect upper: report the word only where the "
                                              "document writes it in lowercase elsewhere too "
                                              "(another rule has the word said once)")
    capital_elsewhere: bool = option(True, help="expect upper, evidence document or dictionary: "
                                               "also a word the document writes on its own with "
                                               "a capital mid-sentence")
    split_after: bool = option(False, help="search each top-level alternative of `after` on its "
                                           "own and merge the matches (the same ones): faster "
                                           "where one alternative opens on a line anchor, which "
                                           "leaves a joined search no character to skip to")
    chain: bool = option(False, help="a matched word that can itself be the context of the next "
                                     "(a noun after a noun: \"phone company qwest\") is tried "
                                     "as that context too, not consumed by the first match")
    allowed_words: list[str] = option([], aliases=("exceptions",),
                                      help="words never reported, as written")
    sentence_line: bool = option(False, help="report a word only on a line that ends a sentence "
                                             "(a stop, then perhaps a closing quote or "
                                             "bracket), looked at once per line: a lookahead "
                                             "in `before` scans the rest of the line per match")


class CapitalizationRule(Rule):
    KIND = "capitalization"
    COMPUTES_FIX = True
    Options = CapitalizationOptions
    options: CapitalizationOptions

    def __init__(self, spec: dict[str, Any], pack: str, source: str = "") -> None:
        super().__init__(spec, pack, source)
        after = compile_pattern(self.options.after, 0, "after").pattern
        before = (compile_pattern(self.options.before, 0, "before").pattern
                  if self.options.before is not None else "")
        # a lowercase word where one is expected upper, the only kind reported: the prefilter
        # then skips a line where the context is followed only by capitals
        first = r"\p{Ll}" if self.options.expect == "upper" else r"\p{L}"
        word = first + (r"[\p{L}'’]*" if not before else r"\p{L}*")
        names = entries(self.options.names) if self.options.names else []
        if self.options.evidence == "listed" and names:
            # only a listed word can be reported: the search looks for those alone (after "the",
            # a Python step per article was most of the rule's time)
            listed = "|".join(regex.escape(n.casefold()) for n in sorted(names, key=len, reverse=True))
            if len(names) <= SHORT_LIST:
                # matched, not looked ahead at, so that the prefilter sees the words ("march")
                word = rf"(?:{listed})(?!\p{{L}})" + ("" if before else r"[\p{L}'’]*")
            else:
                word = rf"(?=(?:{listed})(?!\p{{L}})){word}"
        # `before` is matched, not looked ahead at, so that the pre-filter sees it too
        written = rf"(?:{after})(?P<word>{word})" + (f"(?:{before})" if before else "")
        self.written = regex.compile(written, regex.MULTILINE)  # what the pre-filters read
        # what the searches run: the same matches, its lists of words as trees
        self.regex = regex.compile(factored(written), regex.MULTILINE)
        self.expect_lower = self.options.expect == "lower"
        self.words = {w.casefold() for w in self.options.words}
        self.use_document = self.options.evidence in ("document", "dictionary", "listed")
        self.use_dictionary = self.options.evidence == "dictionary"
        self.names = {name.casefold() for name in names} if names else None
        self.listed_only = self.options.evidence == "listed"
        self.exceptions = set(self.options.allowed_words)
        self.elsewhere_severity = (Severity.parse(self.options.elsewhere_severity)
                                   if self.options.elsewhere_severity is not None else None)
        tail = rf"(?P<word>{word})" + (f"(?:{before})" if before else "")
        self.branches = ([regex.compile(factored(rf"(?:{branch}){tail}"), regex.MULTILINE)
                          for branch in _alternatives(after)] if self.options.split_after else [])
        # the evidence is read from the whole document, but a match that holds no newline is
        # found by searching only the lines the prefilter names
        self.one_line = within_one_line(self.written)
        # an `after` that only looks around makes every match a run of letters right before a
        # match of `before` ("trump" of "trump's"): the pattern, which starts by looking
        # around at every character, is then tried only where such a run starts
        self.before = (regex.compile(before, regex.MULTILINE)
                       if before and _zero_width(self.options.after)
                       and "\\G" not in self.regex.pattern else None)

    def prefilter(self) -> Prefilter:
        return Prefilter(self.written.pattern, lines=self.one_line)

    def check(self, doc: Document) -> Iterator[Finding]:
        if self.before is not None:
            end = len(doc.text)
            return self._report(doc, self._before_matches(doc.text, [(0, end, end)]))
        if len(self.branches) > 1:
            return self._report(doc, _merged(self.branches, doc.text))
        return self._report(doc, self._chained(budget.finditer(self.regex, doc.text), doc.text))

    def check_lines(self, doc: Document, lines: Sequence[int]) -> Iterator[Finding]:
        if not self.one_line:
            return self.check(doc)
        if self.before is not None:
            return self._report(doc, self._before_matches(doc.text, line_runs(doc, lines)))
        return self._report(doc, self._chained(finditer_lines(self.regex, doc, lines), doc.text))

    def _chained(self, matches: Iterator[regex.Match], text: str) -> Iterator[regex.Match]:
        """``matches``, and with ``chain`` after each the match that starts at its word, in
        turn (a search goes on after the word, so "phone company qwest" matched only "phone
        company"); a later match whose word was already reported so is left out."""
        if not self.options.chain:
            yield from matches
            return
        last = -1  # the start of the last word yielded
        for m in matches:
            while m is not None and m.start("word") > last:
                last = m.start("word")
                yield m
                m = budget.match(self.regex, text, last)

    def _before_matches(self, text: str, runs: Iterable[tuple[int, int, int]]
                        ) -> Iterator[regex.Match]:
        """The matches a search of each run (start, last start, end: ``line_runs``) finds,
        tried where a run of letters ends in a match of ``before``: the only places a match
        can start, in order, so the first match at each is the search's."""
        limit = budget.Budget()
        for start, stop, endpos in runs:
            places: set[int] = set()
            ends = limit.finditer(self.before, text, start, endpos, stop)
            found = next(ends, None)
            while found is not None:
                at = found.start()
                letters = budget.match(_LETTERS_BEFORE, text, start, at)
                if letters is not None:
                    places.update(range(letters.start(), at))
                # every place it matches, overlapping ones too
                ends = limit.finditer(self.before, text, at + 1, endpos, stop)
                found = next(ends, None)
            end = start
            for place in sorted(places):
                if place >= end:
                    m = budget.match(self.regex, text, place, endpos)
                    if m is not None:
                        end = m.end()
                        yield m

    def _report(self, doc: Document, matches: Iterator[regex.Match]) -> Iterator[Finding]:
        # the document's words, collected once on first need: a search per match was quadratic
        tokens: set[str] = set()
        capitals: Counter[str] = Counter()
        lists: dict[int, bool] = {}  # line start -> whether the line lists names after `after`
        # line start -> the words opening its items, whether they hold no full stop
        openings: dict[int, tuple[Counter[str], bool]] = {}
        initials: dict[int, bool] = {}  # line start -> whether it names people by bare initials
        titles: dict[int, bool] = {}  # line start -> whether it is a title in title case
        # word -> (its whole lowercase uses, whether the document capitalises it on its own):
        # each looked up once per document, or a document of many matches is quadratic
        evidence: dict[str, tuple[int, bool | None]] = {}
        sentence_lines: dict[int, bool] = {}  # line start -> whether the line ends a sentence
        for m in matches:
            word = m.group("word")
            if word in self.exceptions:
                continue
            if self.options.sentence_line and not _ends_sentence(doc.text, m.end("word"),
                                                                 sentence_lines):
                continue
            if self.expect_lower:
                if (doc.text.startswith(":", m.end()) or _title_case_line(doc.text, m.start(), titles)
                        or _listed(*self._line_openings(m, doc.text, openings), word)):
                    continue  # a label ("; Image: J. Joyce"), a title's second half, a list item
                if not (self._wrong_case(m, doc, tokens, initials)
                        or self._common_by_dictionary(m, doc, capitals, lists)):
                    continue
            severity = None
            if not self.expect_lower:
                severity = self._name_by_evidence(word, m.start("word"), doc, evidence)
                if severity is None:
                    continue
            fixed = word[0].lower() + word[1:] if self.expect_lower else word[0].upper() + word[1:]
            start, end = m.span("word")
            values = {k: v for k, v in m.groupdict().items() if v is not None}
            yield self.finding(doc, start, end, {**values, "word": word, "fixed": fixed},
                               replacement=fixed if self.fix_spec is not None else None,
                               severity=severity)

    def _wrong_case(self, m: regex.Match, doc: Document, tokens: set[str],
                    initials: dict[int, bool]) -> bool:
        """A capitalised word of ``words`` (not a name's initial), or, with document evidence, one
        the document also writes in lowercase that no name or reference goes on from."""
        word, text = m.group("word"), doc.text
        if not word[0].isupper() or (len(word) > 1 and word.isupper()):
            return False  # acronyms such as NATO are not sentence capitals
        lower = word[0].lower() + word[1:]
        contraction = _CONTRACTION.fullmatch(lower)
        if contraction and (contraction["nt"] or contraction["base"].casefold() in self.words):
            return True  # "; It's", "; Don't": no name is a contraction
        if lower.casefold() in self.words:
            return not (len(word) == 1 and (_INITIAL.match(text, m.end())
                                            or _bare_initials(text, m.start(), initials)))
        if not self.use_document or _NAME_OR_REFERENCE_GOES_ON.match(text, m.end()):
            return False
        if not tokens:
            tokens.update(budget.findall(_TOKEN, prose_text(doc)))
        return lower in tokens  # a whole word: no letter, apostrophe or dash around it

    def _line_openings(self, m: regex.Match, text: str,
                       openings: dict[int, tuple[Counter[str], bool]]) -> tuple[Counter[str], bool]:
        """The words that follow ``after`` on the line of ``m``, and the first item's after a
        colon before them, counted once per line (a long line of "; How" is no quadratic case);
        and whether the items hold no sentence's full stop (a list's, not prose's)."""
        start = text.rfind("\n", 0, m.start()) + 1
        if start not in openings:
            end = text.find("\n", m.end())
            end = len(text) if end < 0 else end
            found = list(budget.finditer(self.regex, text, start, end))
            counted = Counter(other.group("word") for other in found)
            first = next(budget.finditer(_FIRST_ITEM, text, start, found[0].start()), None) if found else None
            if first is not None:
                counted[first.group(1)] += 1
            stops = found and budget.match(_SENTENCE_STOP, text, found[0].start(), found[-1].start()) is not None
            openings[start] = (counted, not stops)
        return openings[start]

    def _name_by_evidence(self, word: str, start: int, doc: Document,
                          evidence: dict[str, tuple[int, bool | None]]) -> Severity | None:
        """The severity at which a lowercase word is a name, or None: always without evidence,
        else one that the document writes in lowercase nowhere else (unless
        ``lowercase_elsewhere``; with ``elsewhere_severity`` there, at that severity) and that
        is one of ``names`` (with evidence listed, only then), or (with the dictionary) no
        English word, or that the document writes on its own with a capital mid-sentence."""
        if not word[0].islower() or not word.islower():
            return None  # a brand styled with an inner capital ("iPhone") is written so
        contraction = _CONTRACTION.fullmatch(word)
        if contraction and (contraction["nt"] or word[-1] != "s"):
            return None  # "the president doesn't": no name is a contraction
        word = contraction["base"] if contraction else word  # "Mr. trump's lawyer"
        if not self.use_document:
            return self.severity
        listed = self.names is not None and word in self.names
        if self.listed_only and not listed:
            return None
        text = doc.text
        severity = self.severity
        # the lowercase uses elsewhere matter unless the rule reports the word however often
        # the document writes it so (counted on need: a search of the text per word), in
        # prose: "x.com/zelensky" is no lowercase use of the name
        if not self.options.lowercase_elsewhere or self.options.only_elsewhere:
            if word not in evidence:
                # looked up at the places str.find gives
                evidence[word] = (sum(1 for i in occurrences(text, word)
                                      if _at(_TOKEN_AT, text, i) == word and in_prose(doc, i)),
                                  None)
            uses = evidence[word][0]
            # the match is one of the uses where the word stands whole (not "trump" of "trump's")
            elsewhere = uses > (_at(_TOKEN_AT, text, start) == word and in_prose(doc, start))
            if elsewhere and not self.options.lowercase_elsewhere:
                if self.elsewhere_severity is None:
                    return None  # the document writes it in lowercase elsewhere too: a common word
                severity = self.elsewhere_severity
            if self.options.only_elsewhere and not elsewhere:
                return None
        if listed or self.use_dictionary and not (
                is_english_word(word) if not self.options.modern_english
                else is_modern_english_word(word) if not self.options.run_together
                else not no_english_word(word)):
            return severity
        if not self.options.capital_elsewhere:
            return None
        uses, capitalised = evidence.get(word, (0, None))
        if capitalised is None:
            name = word[0].upper() + word[1:]
            capitalised = any(_at(_STANDALONE_NAME, text, i) == name for i in occurrences(text, name))
            evidence[word] = (uses, capitalised)
        return severity if capitalised else None

    def _common_by_dictionary(self, m: regex.Match, doc: Document, capitals: Counter[str],
                              lists: dict[int, bool]) -> bool:
        """An English word that the document capitalises nowhere else (a name it would: "Trump"),
        not the first word of a name ("; Wall Street") nor an item of a list of names or
        references, whose line puts a capital after another match of ``after``."""
        word = m.group("word")
        if (not self.use_dictionary or not self.expect_lower or not word[0].isupper()
                or word.isupper() or _NAME_GOES_ON.match(doc.text, m.end())
                or doc.word_count < _DICTIONARY_MIN_WORDS or self._in_list(m, doc.text, lists)):
            return False
        if not capitals:
            capitals.update(budget.findall(_CAPITALISED, doc.text))
        return capitals[word] == 1 and is_english_word(word)

    def _in_list(self, m: regex.Match, text: str, lists: dict[int, bool]) -> bool:
        start = text.rfind("\n", 0, m.start()) + 1
        if start not in lists:  # once per line: a long line of "; Name" is no quadratic case
            end = text.find("\n", m.end())
            capitals = (other.group("word")[0].isupper() for other in
                        budget.finditer(self.regex, text, start, len(text) if end < 0 else end))
            lists[start] = sum(itertools.islice(filter(None, capitals), 2)) == 2
        return lists[start]


def prose_text(doc: Document) -> str:
    """The document's text with its protected spans (code, markup, link targets) and its
    addresses and paths blanked out (offsets kept): what is left writes its words as prose
    does. Computed once per document for every rule that counts a word's lowercase uses."""
    key = "capitalization-prose"
    if key not in doc.derived:
        text = doc.text
        cuts = list(doc.protected)
        if "/" in text or "." in text or "@" in text:
            cuts += (m.span() for m in budget.finditer(_ADDRESS, text))
        if cuts:
            chars = list(text)
            for start, end in cuts:
                chars[start:end] = " " * (end - start)
            text = "".join(chars)
        doc.derived[key] = text
    return doc.derived[key]


def in_prose(doc: Document, i: int) -> bool:
    """Whether offset ``i`` is in prose: not in a protected span (code, markup, a link's
    target) nor in a web or e-mail address or a path (looked for in the run of non-space
    characters around it: a search of the whole text per document cost more than the rules)."""
    spans = doc.protected
    if spans:
        k = bisect.bisect_right(spans, (i, len(doc.text) + 1)) - 1
        if k >= 0 and spans[k][0] <= i < spans[k][1]:
            return False
    text = doc.text
    before = _SPACE_BACK.search(text, 0, i)
    after = _SPACE.search(text, i)
    start, end = before.end() if before else 0, after.start() if after else len(text)
    return not any(m.start() <= i < m.end() for m in budget.finditer(_ADDRESS, text, start, end))


# the end of a line that ends a sentence, its trailing spaces left out: a stop, perhaps a
# closing quote or bracket
_SENTENCE_END = regex.compile(r"[.!?][”\"’)]?\Z")


def _ends_sentence(text: str, at: int, lines: dict[int, bool]) -> bool:
    """Whether the line holding offset ``at`` ends a sentence (asked once per line: a document
    on one long line has thousands of matches)."""
    start = text.rfind("\n", 0, at) + 1
    if start not in lines:
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        while end > start and text[end - 1] in " \t\r":
            end -= 1
        lines[start] = _SENTENCE_END.search(text[max(start, end - 2):end]) is not None
    return lines[start]


def _listed(openings: Counter[str], stopless: bool, word: str) -> bool:
    """Whether ``word`` opens items of a list on its line: two items or more of a parallel list
    ("; How soon ...; How long ..."), or one of a line of many items that all open with a
    capital and hold no full stop (a list flattened onto one line, its items written as
    sentences)."""
    return openings[word] > 1 or (stopless and sum(openings.values()) >= LIST_ITEMS
                                  and all(w[:1].isupper() for w in openings))


def _title_case_line(text: str, at: int, titles: dict[int, bool]) -> bool:
    """The line around ``at`` is a title in title case: its words of four letters or more are all
    capitalised, and there are a few (counted once per line)."""
    start = text.rfind("\n", 0, at) + 1
    if start not in titles:
        end = text.find("\n", at)
        words = budget.findall(_LONG_WORD, text[start:len(text) if end < 0 else end])
        titles[start] = len(words) >= TITLE_WORDS and all(w[0].isupper() for w in words)
    return titles[start]


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of ``pattern`` ("a|b(c|d)" -> "a", "b(c|d)"), split outside
    groups and character classes; one item when it has none."""
    parts, depth, start, i = [], 0, 0, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 1
        elif c == "[":  # a class: to its "]" (one first, or after "^", is a member)
            i += 1 + (pattern.startswith("^", i + 1))
            i += pattern.startswith("]", i)
            while i < len(pattern) and pattern[i] != "]":
                i += 1 + (pattern[i] == "\\")
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    return parts + [pattern[start:]]


def _merged(patterns: list[regex.Pattern], text: str) -> Iterator[regex.Match]:
    """The matches one search of the alternatives of ``patterns`` joined in order would find:
    at each place the first pattern that matches there, the next search from its end. A
    pattern's match that an earlier one overlaps is searched for again from that end, as the
    joined search would (its own search had gone on from the overlapped match's end)."""
    limit = budget.Budget()
    end = len(text)

    def first(pattern: regex.Pattern, pos: int) -> regex.Match | None:
        return next(limit.finditer(pattern, text, pos, end, end), None)

    heads = [first(pattern, 0) for pattern in patterns]
    pos = 0
    while True:
        found = [(m.start(), i) for i, m in enumerate(heads) if m is not None]
        if not found:
            return
        _, i = min(found)
        m = heads[i]
        yield m
        pos = m.end() if m.end() > m.start() else m.end() + 1
        heads = [h if h is None or h.start() >= pos else first(patterns[j], pos)
                 for j, h in enumerate(heads)]


def _zero_width(pattern: str) -> bool:
    """Whether ``pattern`` only looks around (or at anchors): it consumes nothing."""
    # the regex tree is read only while a pack is parsed: a run served by the cache never does
    from textlint_news.matching.regex_parser import parse
    from textlint_news.matching.regex_tree import LOOKAROUNDS, Alt, Anchor, Group, Unsupported

    try:
        tree = parse(pattern)
    except Unsupported:
        return False

    def empty(node: object) -> bool:
        if isinstance(node, Alt):
            return all(empty(item) for branch in node.branches for item in branch)
        if isinstance(node, Group):
            return node.kind in LOOKAROUNDS or node.kind == "group" and empty(node.body)
        return isinstance(node, Anchor) and node.kind not in "GK"

    return empty(tree)


def _at(pattern: regex.Pattern, text: str, i: int) -> str | None:
    """What ``pattern`` matches at ``i``, or None."""
    m = budget.match(pattern, text, i)
    return m.group() if m else None
