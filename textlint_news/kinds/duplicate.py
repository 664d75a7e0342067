"""``duplicate``: a line, paragraph or sentence that repeats earlier text of the same document.

``mode: equal`` finds a repeated title; ``mode: contained`` finds a pull quote that was
extracted again as its own paragraph: a unit whose words all stand, in order, inside an
earlier and longer unit (exact repeats are left to ``equal`` rules, so nothing is reported
twice); ``mode: adjacent`` finds a unit repeated right after itself (a heading or a short
paragraph the extractor emitted twice in a row), however short, since text that says the same
line twice in a row is rare where a repeat further away is the text's own (a refrain); three
copies or more in a row are a column of table cells, not a doubled line, and a copy ending on
another sentence mark is a line said back ("Fine." / "Fine?" in a dialogue), since an
extractor emits the same characters twice.
Comparison is on casefolded words, so quotes and punctuation do not matter. A unit with fewer
than two words that hold a letter is a date or a score, never reported; one ending in a comma
is a fragment of a list, not a pull quote, and two or more sentences inside one earlier unit
are what it sums up (a digest's item, then the stories it quotes), not pull quotes.
"""

from __future__ import annotations

import itertools
from collections import Counter
from dataclasses import dataclass
from typing import Any, Iterator, Sequence

from textlint_news.loading.patterns import regex

from textlint_news.document import Document
from textlint_news.document.blocks import CODE, HEADING
from textlint_news.findings import Finding
from textlint_news.loading.schema import option
from textlint_news.document.segments import normalised, units
from textlint_news.kinds.base import Rule, compile_pattern

_LETTER = regex.compile(r"\p{L}")
_FIGURE = regex.compile(r"\d")


@dataclass(frozen=True, kw_only=True)
class DuplicateOptions:
    unit: str = option("line", choices=("line", "paragraph", "sentence"))
    mode: str = option("equal", choices=("equal", "contained", "adjacent"))
    min_words: int = option(4)
    max_words: int = option(0, help="only report units of at most this many words (0: any length)")
    max_line: int = option(0, help="only report repeats on lines up to this number (0: anywhere)")
    min_line: int = option(1, help="only report repeats from this line on")
    min_copies: int = option(2, help="only report a unit that occurs at least this many times")
    max_copies: int = option(0, help="only report a unit that occurs at most this many times (0: "
                                     "any number): a refrain or a question asked in every "
                                     "interview is the text's own")
    allowed_units: list[str] = option([], aliases=("exceptions",),
                                      help="patterns; a repeat whose text one of them finds is "
                                           "not reported (a photo credit under every photo)")
    words_in_listings: bool = option(False, help="in adjacent mode, report a pair in a listing "
                                                 "(its blocks must include listing) only when "
                                                 "the line is two or more words and no figure: "
                                                 "a heading emitted twice among short lines, "
                                                 "not a table's repeated cells")
    max_gap: int = option(0, help="contained mode: leave a repeat more than this many non-blank "
                                  "lines after the line it repeats (0: any distance), unless a "
                                  "line beside it repeats the line beside that one: a pull quote "
                                  "stands near the passage it lifts, a block extracted twice "
                                  "repeats its neighbours too")
    skip_contents: bool = option(False, help="leave a heading that repeats a list item or a "
                                             "heading: a table of contents, then the sections "
                                             "it lists")
    skip_block_quotes: bool = option(False, help="leave a repeat in a block quote (in plain "
                                                 "text, a line opening with \">\") whose first "
                                                 "copy stands outside it, and, in Markdown, a "
                                                 "quotation's attribution under or ending a "
                                                 "block quote: the writer set the pull quote "
                                                 "and its speaker as a quotation, or a reply "
                                                 "quotes the post above it")
    skip_parallel: bool = option(False, help="in Markdown, leave a one-line paragraph that a "
                                             "heading, a short label or code frames in both "
                                             "places, when the paragraphs beside the two "
                                             "differ: the same prompt or question set in "
                                             "parallel sections (to two models, in two chats)")
    skip_captions: bool = option(False, help="leave a repeat that ends as a sentence when its "
                                             "first copy does not: a photo's caption or a "
                                             "standfirst above the body sentence it repeats, "
                                             "where a block extracted twice repeats its end too")
    skip_printed_quotes: bool = option(False, help="leave a repeat that opens with no "
                                                   "quotation mark and ends as a sentence "
                                                   "when its first copy holds its words "
                                                   "inside a quotation: the text quoted a "
                                                   "statement, a letter or an email, then "
                                                   "printed it whole, where a pull quote "
                                                   "keeps the marks of the speech it lifts")
    skip_teasers: bool = option(False, help="leave a repeat whose first copy stands alone amid "
                                            "page furniture (no running prose right before or "
                                            "after it): a raw page's teaser or summary, which "
                                            "the body then repeats")


class DuplicateRule(Rule):
    KIND = "duplicate"
    COMPUTES_FIX = True
    Options = DuplicateOptions
    options: DuplicateOptions

    def __init__(self, spec: dict[str, Any], pack: str, source: str = "") -> None:
        super().__init__(spec, pack, source)
        self.contained = self.options.mode == "contained"
        self.adjacent = self.options.mode == "adjacent"
        self.allowed = [compile_pattern(p, 0, "allowed_units") for p in self.options.allowed_units]

    def check(self, doc: Document) -> Iterator[Finding]:
        if self.adjacent:
            yield from self._adjacent(doc)
            return
        k = max(self.min_words, 1)
        if self.contained and not _may_contain(units(doc, self.unit).norms, k):
            return  # no unit starts with words that stand anywhere else: none holds another
        seen: dict[str, int] = {}  # normalised unit -> its first line
        earlier = _Earlier(k)
        counted = self.max_copies or self.min_copies > 2
        copies: Counter | None = None  # counted once a repeat is found: most texts have none
        quoted: list[tuple[int, int, int]] = []  # contained: (start, end, line it stands in)
        for start, end, line, norm in units(doc, self.unit):
            if self.max_line and line > self.max_line:
                break
            if self._sized(norm) and line >= self.min_line:
                first = earlier.container(norm) if self.contained else seen.get(norm)
                if first is not None and counted and copies is None:
                    copies = Counter(units(doc, self.unit).norms)
                if first is not None and (not self._worded(norm) or self.contained
                                          and doc.text[start:end].rstrip()[-1:] == ","):
                    first = None  # a date or score is no title; a pull quote is no fragment
                if first is not None and self.options.skip_captions and not self.contained \
                        and _caption(doc, first, doc.text[start:end]):
                    first = None
                if first is not None and self.options.skip_printed_quotes \
                        and (_printed_quote(doc, first, doc.text[start:end])
                             or _introduced(doc, first, line)):
                    first = None
                if first is not None and self.skip_teasers and _alone(doc, first, norm):
                    first = None
                if first is not None and self.skip_contents and _contents(doc, first, line):
                    first = None
                if first is not None and self.contained and self.unit == "line" \
                        and doc.is_markdown and _inside_other(doc, first, line):
                    first = None  # a pull quote is a paragraph of its own, not a line of one
                if first is not None and self.options.skip_block_quotes and (
                        _quote_box(doc, first, line) if doc.is_markdown
                        else _quoted_copy(doc, first, line) or _named_reply(doc, first, line)):
                    first = None
                if first is not None and self.options.skip_parallel and doc.is_markdown \
                        and _parallel(doc, first, line):
                    first = None
                if first is not None and self._allowed(doc.text[start:end]):
                    first = None
                if first is not None and self.options.max_gap and self.contained \
                        and _far_alone(doc, first, line, self.options.max_gap):
                    first = None
                if first is not None and (copies is None or self.min_copies <= copies[norm] and (
                        not self.max_copies or copies[norm] <= self.max_copies)):
                    if self.contained:
                        quoted.append((start, end, first))
                    else:
                        yield self._report(doc, start, end, first)
            if self.contained and norm not in seen:  # a repeat contains nothing new: add once
                earlier.add(norm, line)
            seen.setdefault(norm, line)
        # a unit that holds two later sentences whole sums them up (a digest quoting the
        # stories below it): a pull quote lifts one passage from the paragraph it comes from.
        # Headlines inside one long line are a flattened page's teasers: still repeats
        said = [_SENTENCE_END.search(doc.text, start, end) is not None for start, end, _ in quoted]
        sources = Counter(first for (_, _, first), sentence in zip(quoted, said) if sentence)
        for (start, end, first), sentence in zip(quoted, said):
            if not sentence or sources[first] < 2:
                yield self._report(doc, start, end, first)

    def _tabular_ok(self, doc: Document, line: int, norm: str) -> bool:
        """A pair on a listing line is a doubled heading only when it is words alone: a
        listing's cells (dates, scores, prices, "Yes") repeat on consecutive lines."""
        if not self.options.words_in_listings or doc.blocks[line - 1] != "listing":
            return True
        return norm.count(" ") >= 1 and _FIGURE.search(norm) is None

    def _allowed(self, text: str) -> bool:
        return any(p.search(text) for p in self.allowed)

    def _sized(self, norm: str) -> bool:
        words = norm.count(" ") + 1
        return words >= self.min_words and (not self.max_words or words <= self.max_words)

    @staticmethod
    def _worded(norm: str) -> bool:
        """Two of the unit's words hold a letter: figures with at most one word ("04 04 2020",
        "5 y 1") are a date or a score, not a title or a paragraph. Tested on repeats only."""
        return sum(1 for word in itertools.islice(filter(_LETTER.search, norm.split(" ")), 2)) == 2

    def _adjacent(self, doc: Document) -> Iterator[Finding]:
        """Units equal to the non-blank unit right before them, when the two are a pair: a run of
        three or more (a column of table cells, one per line) is the page's own. A unit without
        words (a rule of dashes) stands between two copies; numbers alone are left out."""
        previous, first_line, run, mark = None, 0, 0, ""
        pair = None  # the second copy of the current run, reported if the run stays a pair
        within = itertools.takewhile(lambda u: not self.max_line or u.line <= self.max_line,
                                     units(doc, self.unit))
        for start, end, line, norm in itertools.chain(within, [(0, 0, 0, None)]):
            # a copy ending on another mark is said back ("Fine." / "Fine?"): an extractor
            # emits the same characters twice
            if norm == previous and _end_mark(doc.text, start, end) == mark:
                run += 1
                pair = (start, end, line) if run == 2 else None
                continue
            if pair is not None and pair[2] >= self.min_line and self._sized(previous) and \
                    _LETTER.search(previous) and not self._allowed(doc.text[pair[0]:pair[1]]) \
                    and self._tabular_ok(doc, pair[2], previous):
                yield self._report(doc, pair[0], pair[1], first_line)
            previous, first_line, run, pair = norm, line, 1, None
            mark = _end_mark(doc.text, start, end)

    def _report(self, doc: Document, start: int, end: int, first_line: int) -> Finding:
        # a sentence is part of a line: only lines and paragraphs are removed
        removable = self.fix_spec is not None and self.unit != "sentence"
        return self.finding(doc, start, end, {"first_line": first_line},
                            replacement="" if removable else None, whole_lines=True)


def _end_mark(text: str, start: int, end: int) -> str:
    """The sentence mark ending text[start:end] past closing quotes and brackets, or ""."""
    bare = text[start:end].rstrip(" \t\n\"'”’»)]*_")
    return bare[-1] if bare and bare[-1] in ".!?…" else ""


# running prose: a prose line of five words or more that ends as a sentence does
_SENTENCE_END = regex.compile(r"[.!?…][\"'”’»)\]]*\s*$")


_FURNITURE = frozenset({"listing", "label"})


def _caption(doc: Document, first: int, repeat: str) -> bool:
    """The repeat ends as a sentence and its first copy (line ``first``) does not."""
    return (_SENTENCE_END.search(repeat) is not None
            and _SENTENCE_END.search(doc.lines[first - 1]) is None)


# the marks that open and close a quotation; a straight double quote does both
_OPENING = "“„«"
_CLOSING = "”»"
_WORD = regex.compile(r"\w+")


# a passage walked over in a run of repeats holds three words or more
_PASSAGE_WORDS = 3
# a lead-in: a sentence of three words or more ending in a colon
_LEAD_IN = regex.compile(r"\S+(?:[ \t]+\S+){2,}:[ \t]*")


def _introduced(doc: Document, first: int, line: int) -> bool:
    """True if a lead-in ending in ":" stands right before the repeat, or before the run of
    repeated passages it ends (each a copy of the line before its own first copy), and not before
    the first copies: the writer quotes the passage again on purpose ("Here is what she
    said then:"), where a block extracted twice comes without a new lead-in."""
    lines = doc.lines

    def above(n: int) -> int | None:  # the 0-based non-blank line before 0-based n
        return next((k for k in range(n - 1, -1, -1) if lines[k].strip()), None)

    here, there = line - 1, first - 1
    for _ in range(20):  # a run of repeats: a quoted block of a few sentences
        here, there = above(here), above(there)
        if here is None or there is None or lines[here].strip() != lines[there].strip() \
                or len(lines[here].split()) < _PASSAGE_WORDS:
            break  # (a widget's label, "main.js", is no passage: a lead-in to it is the embed's)
    return (here is not None and _LEAD_IN.fullmatch(lines[here].strip()) is not None
            and (there is None or lines[there].strip() != lines[here].strip()))


# a quotation mark, then an ellipsis: an excerpt of a quotation
_EXCERPT = regex.compile(r"[\"“„«][ \t]*(?:…|\.\.\.)[ \t]*")


def _printed_quote(doc: Document, first: int, repeat: str) -> bool:
    """The repeat (a sentence opening with no quotation mark, outside a block quote) stands
    inside a quotation of line ``first``: its first words follow an opening mark that has not
    closed, and a closing mark follows them on that line. (A quotation doubled inside a block
    quote, with and without its marks, is text a page's widget emitted twice.) So does a
    quotation opening on an ellipsis ("“… Fares have risen”"): the writer quotes again the
    part of a quotation they discuss, where a pull quote's box lifts it whole."""
    if _in_quote(repeat):
        return False
    bare = repeat.strip()
    excerpt = _EXCERPT.match(bare)
    if excerpt is not None:
        bare = bare[excerpt.end():]
    elif not bare or bare[0] in _OPENING + '"':
        return False
    if _SENTENCE_END.search(bare) is None:
        return False
    words = _WORD.findall(bare)[:4]
    if len(words) < 3:
        return False
    line = doc.lines[first - 1]
    found = regex.search(r"[\W_]+".join(map(regex.escape, words)), line, regex.IGNORECASE)
    if found is None:
        return False
    before, after = line[:found.start()], line[found.end():]
    opened = (sum(map(before.count, _OPENING)) - sum(map(before.count, _CLOSING))
              + before.count('"') % 2)
    return opened > 0 and any(mark in after for mark in _CLOSING + '"')


def _running_prose(doc: Document, index: int) -> bool:
    line = doc.lines[index]
    return (doc.blocks[index] == "prose" and len(line.split()) >= 5
            and _SENTENCE_END.search(line) is not None)


def _contents(doc: Document, first: int, line: int) -> bool:
    """True if 1-based ``line`` is a Markdown heading and ``first`` a list item or heading: an
    entry of a table of contents (or a summary list) and the section it names. In plain text,
    headings and list items are guessed from their shape, and a paragraph extracted twice
    can take a heading's."""
    return doc.is_markdown and doc.blocks[line - 1] == "heading" \
        and doc.blocks[first - 1] in ("list", "heading")


def _inside_other(doc: Document, first: int, line: int) -> bool:
    """True if 1-based ``line`` is one line of a longer paragraph than ``first``'s: a caption's
    or a card's line, where a pull quote is a paragraph of its own (a line repeated inside its
    own paragraph is text doubled, and stays). Asked of Markdown only, where the parser says
    where paragraphs end; plain text's joins are guesses a pull quote may fall in."""
    start = doc.paragraph_start(line)
    return start != doc.paragraph_start(first) and not (
        start == line and doc.at_paragraph_edge(line, "last"))


def _in_quote(line: str) -> bool:
    return line.lstrip().startswith(">")


def _quoted_copy(doc: Document, first: int, line: int) -> bool:
    """True if plain-text ``line`` opens with ">", the mark of a quotation in mail and forum
    replies (and of a block quote in the Markdown an extractor writes), and ``first`` does
    not: a reply quoting the post above it, or a pull quote the page set as a quotation."""
    return _in_quote(doc.lines[line - 1]) and not _in_quote(doc.lines[first - 1])


# a poster's name over a quoted post: one or two words ending no sentence ("kim_r", "@jo_k")
_POSTER = regex.compile(r"@?(?P<name>[\w.-]+(?:[ \t][\w.-]+)?)")
# how many non-blank lines before the quoted post its header may stand (name, date, votes)
_HEADER_LINES = 3


def _named_reply(doc: Document, first: int, line: int) -> bool:
    """True if the non-blank line before plain-text ``line`` is a poster's name that opens one
    of the few lines before ``first`` (or stands alone there): a forum reply quotes a post
    under its author's name, and the post stood under a header opening with that name
    ("kim_r 16.10.19 09:28"). A block extracted twice has no name line of its own above it."""
    lines = doc.lines
    above = next((n for n in range(line - 2, -1, -1) if lines[n].strip()), None)
    if above is None:
        return False
    poster = _POSTER.fullmatch(lines[above].strip())
    if poster is None or not regex.search(r"\p{L}", poster["name"]):
        return False
    name = poster["name"]
    headers = [n for n in range(first - 2, -1, -1) if lines[n].strip()][:_HEADER_LINES]
    return any(lines[n].lstrip(" \t@").startswith(name) for n in headers if n != above)


# an attribution is a name and a role: a dozen words at most that end no sentence
_ATTRIBUTION_WORDS = 12
_SENTENCE_STOPS = ".!?…:;,"


def _quote_box(doc: Document, first: int, line: int) -> bool:
    """True if 1-based ``line`` is a Markdown block quote's text and ``first`` stands outside
    a block quote (the writer set the passage again as a pull quote), or ``line`` is a
    quotation's attribution: a short line that ends no sentence, the last of a block quote or
    the first under one ("Rikin Gandhi, CEO of Digital Green"), which names the speaker the
    text has named before. Text doubled inside a block quote, or a quotation in two block
    quotes, is no pull quote the writer set."""
    lines = doc.lines
    text = lines[line - 1]
    if _in_quote(text) and not _in_quote(lines[first - 1]):
        return True
    bare = text.rstrip(" \t*_\"'”’»)")
    if not bare or bare[-1] in _SENTENCE_STOPS or len(text.split()) > _ATTRIBUTION_WORDS + 1:
        return False
    # (lines looked at by index: a slice would copy the document for each repeat)
    if _in_quote(text):  # the last line of its block quote: ">" lines go on with it
        after = next((lines[n] for n in range(line, len(lines))
                      if lines[n].strip(" \t") != ">"), "")
        return not _in_quote(after)
    before = next((lines[n] for n in range(line - 2, -1, -1) if lines[n].strip(" \t>")), "")
    return _in_quote(before)


# a label frames a paragraph as a heading does: three words at most that end no sentence
_LABEL_WORDS = 3


def _frame(doc: Document, index: int) -> bool:
    """True if 0-based line ``index`` is a heading, code, or a label paragraph of its own
    ("Prompt", "Response", a speaker's "OAI")."""
    block = doc.blocks[index]
    if block in (HEADING, CODE):
        return True
    text = doc.lines[index].strip()
    return (0 < len(text.split()) <= _LABEL_WORDS and _LETTER.search(text) is not None
            and text[-1] not in ".!?…" and doc.at_paragraph_edge(index + 1, "first")
            and doc.at_paragraph_edge(index + 1, "last"))


def _parallel(doc: Document, first: int, line: int) -> bool:
    """True if 1-based ``line`` and ``first`` are one-line paragraphs, each beside a frame
    (a heading, a label, code), and the nearest paragraphs of text beside them differ on
    both sides: one prompt or question set in parallel sections (put to two models, asked in
    two chats), not a block extracted twice, which repeats its neighbours too, nor a
    section doubled under the same heading."""
    lines = doc.lines

    def beside(index: int, step: int) -> tuple[int | None, int | None]:
        """The nearest non-blank line from 0-based ``index`` on, and the nearest that is no
        frame."""
        near = text = None
        index += step
        while 0 <= index < len(lines):
            if lines[index].strip(" \t>"):
                if near is None:
                    near = index
                if not _frame(doc, index):
                    text = index
                    break
            index += step
        return near, text

    ends = {}
    for copy in (first, line):
        if not (doc.at_paragraph_edge(copy, "first") and doc.at_paragraph_edge(copy, "last")):
            return False
        ends[copy] = [beside(copy - 1, step) for step in (-1, 1)]
        if not any(near is not None and _frame(doc, near) for near, _ in ends[copy]):
            return False
    for (near_a, text_a), (near_b, text_b) in zip(ends[first], ends[line]):
        if text_a is not None and text_b is not None \
                and normalised(lines[text_a]) == normalised(lines[text_b]):
            return False  # the text beside repeats too: a block extracted twice
        if near_a is not None and near_b is not None and doc.blocks[near_a] == HEADING \
                and normalised(lines[near_a]) == normalised(lines[near_b]):
            return False  # under the same heading: a section extracted twice
    return True


# a line cut short: an ellipsis at its end, maybe before a closing quote or bracket
_CUT = regex.compile(r"(?:…|\.\.\.)[\"'”’»)\]]*[ \t]*$")


def _far_alone(doc: Document, first: int, line: int, gap: int) -> bool:
    """True if 1-based ``line`` stands more than ``gap`` non-blank lines after ``first`` and
    neither non-blank line beside it repeats (holds the words of) the line on the same side of
    ``first``: a far repeat of a lone passage is the text's own (a digest item's sentence in the
    story it sums up, a closing line that echoes the opening); a block extracted twice repeats
    its neighbours too. A repeat cut short with an ellipsis is a teaser or a related link's
    preview of the passage, page furniture wherever it stands."""
    lines = doc.lines
    if _CUT.search(lines[line - 1]) or sum(1 for text in lines[first:line - 1] if text.strip()) <= gap:
        return False

    def beside(index: int, step: int) -> str | None:
        index += step
        while 0 <= index < len(lines):
            if lines[index].strip():
                return normalised(lines[index])
            index += step
        return None

    for step in (-1, 1):
        here, there = beside(line - 1, step), beside(first - 1, step)
        if here and there and len(here.split()) >= 3 and f" {here} " in f" {there} ":
            return False
    return True


def _alone(doc: Document, line: int, norm: str) -> bool:
    """True if 1-based ``line`` has no running prose as its nearest non-blank neighbours on
    either side (copies of itself, ``norm``, skipped) and a listing or label among them: a
    teaser among menus and labels. A copy right after it (a pull quote, a block emitted twice)
    is no teaser: a page's teaser and its body stand apart."""
    following = next((text for text in doc.lines[line:] if text.strip()), None)
    if following is not None and normalised(following) == norm:
        return False

    def nearest(indexes: range) -> int | None:
        for i in indexes:
            text = doc.lines[i]
            if text.strip() and normalised(text) != norm:
                return i
        return None

    around = [i for i in (nearest(range(line - 2, -1, -1)), nearest(range(line, len(doc.lines))))
              if i is not None]
    # headings, and list items, also frame a paragraph of edited text: furniture needs a
    # listing (dates, prices, menu entries) or a label beside it
    return (not any(_running_prose(doc, i) for i in around)
            and any(doc.blocks[i] in _FURNITURE for i in around))


class _Earlier:
    """The distinct units so far, indexed by their runs of ``k`` consecutive words.

    A later unit can only stand inside an earlier one where its rarest run of ``k`` words does:
    only those places are compared, so the search costs the unit's length plus one comparison
    per earlier place of that run, not a scan of all earlier text.
    """

    def __init__(self, k: int) -> None:
        self.k = k
        self.norms: list[str] = []
        self.lines: list[int] = []
        # hash of k words -> where they start: unit index << 32 | character offset, or a list
        self.places: dict[int, int | list[int]] = {}

    def add(self, norm: str, line: int) -> None:
        index = len(self.norms) << 32
        self.norms.append(norm)
        self.lines.append(line)
        places = self.places
        for key, offset in zip(_shingles(norm, self.k), _word_offsets(norm)):
            place = index | offset
            old = places.get(key)
            if old is None:
                places[key] = place
            elif isinstance(old, int):
                places[key] = [old, place]
            else:
                old.append(place)

    def container(self, norm: str) -> int | None:
        """The line of the first earlier unit that holds ``norm`` (as whole words) and more."""
        found = []
        for key in _shingles(norm, self.k):
            at = self.places.get(key)
            if at is None:
                return None  # these k words stand nowhere before
            found.append([at] if isinstance(at, int) else at)
        if not found:
            return None
        rarest = min(range(len(found)), key=lambda j: len(found[j]))
        shift = next(itertools.islice(_word_offsets(norm), rarest, None))  # that run's start
        for place in found[rarest]:
            index, start = place >> 32, (place & 0xFFFFFFFF) - shift
            earlier = self.norms[index]
            end = start + len(norm)
            if (start >= 0 and len(earlier) > len(norm) and earlier.startswith(norm, start)
                    and (start == 0 or earlier[start - 1] == " ")
                    and (end == len(earlier) or earlier[end] == " ")):
                return self.lines[index]  # places are in the order the units came
        return None


def _may_contain(norms: Sequence[str], k: int) -> bool:
    """False when no unit can stand inside another: the first ``k`` words of each distinct unit
    occur nowhere else in the document.

    One pass over the document's runs of ``k`` words, in C, where ``_Earlier`` indexes them
    all in Python; most documents have no such repeat and never build that index. Hashes that
    collide only send a document on to the exact search.
    """
    distinct = list(dict.fromkeys(norms))
    firsts = [hash(tuple(words[:k])) for words in (norm.split(" ", k) for norm in distinct)
              if len(words) >= k]
    wanted = set(firsts)
    if len(wanted) < len(firsts):
        return True  # two units start with the same words
    # each unit's own first run is one hit, any further hit is that run elsewhere; the units
    # are joined with a newline as a word, so no run that spans two of them is a unit's run
    hits = sum(map(wanted.__contains__, _shingles(" \n ".join(distinct), k)))
    return hits > len(firsts)


def _shingles(norm: str, k: int) -> Iterator[int]:
    """The hash of every run of ``k`` consecutive words of ``norm``, in order."""
    words = norm.split(" ")
    return map(hash, zip(*(itertools.islice(words, i, None) for i in range(k))))


def _word_offsets(norm: str) -> Iterator[int]:
    """The character offset of each word of ``norm`` (words joined by single spaces)."""
    return itertools.accumulate((len(w) + 1 for w in norm.split(" ")), initial=0)
