"""``consistency``: a word written in lowercase where the document otherwise capitalises it.

Counts every word that stands mid-sentence (after a lowercase letter, digit or comma and a
space, so sentence capitals do not count), a possessive as its word ("Omar’s" as "Omar"),
never a contraction. Unless dictionary words are skipped, a capitalised word followed by
another is not counted: titles and multi-word names ("Prince Andrew", "Dark Web") are
capitalised for their name, not for themselves, and prove nothing about the word alone. When a word's capitalised form occurs at least
``min_majority`` times and its lowercase form at most ``max_minority`` times, the lowercase
occurrences are reported: ``kyiv`` in an article that writes ``Kyiv`` everywhere else
(``max_majority`` keeps a rule to the names written with a capital only that often).
With ``skip_english_words`` a lowercase form that is an ordinary English word (``series``
beside the product name ``Series``) is never reported, nor, when the capital only ever stands
inside longer names, one after a determiner or a capitalised word (``the roundtable`` beside
``the Caribbean Access Roundtable``): an English word the word list lacks.

With ``openings`` the evidence is the capitals elsewhere than mid-sentence, for a word of no
English list (nor two run together) that the document never capitalises mid-sentence: a
capital before a verb of saying or a possessive ("Okonjo said", "Okonjo's"), where it opens a
sentence or a headline, shows a name lowercased in every other mention; a term that opens a
sentence ("Biodiesel is costly") is the same shape without them.

With ``phrases`` the rule reads names of several words instead: a run of capitalised words
(joined by "of", "and"...) that the document writes mid-sentence on a line of prose (one with
a lowercase word other than those joiners, so no title-case headline), written elsewhere
mid-sentence with one of its words in lowercase, an English word (another is the single-word
rules'), and no capital going on after it (``the Federal trade Commission`` beside ``the
Federal Trade Commission``; its first word too: ``the international Association of
Machinists``); not where the document uses that word on its own as often ("LG group" beside
"the group", "international" elsewhere in lowercase).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any, Iterator

from textlint_news.loading.patterns import regex

from textlint_news.matching.dictionary import is_english_word, is_modern_english_word
from textlint_news.document import Document
from textlint_news.document.segments import folded_words
from textlint_news.findings import Finding
from textlint_news.loading.schema import option
from textlint_news.kinds.base import Rule
from textlint_news.kinds.capitalization import in_prose
from textlint_news.kinds.name_context import no_english_word, quoted_alone
from textlint_news.matching import budget
from textlint_news.matching.words import occurrences

# (not a web address's or an e-mail's, hyphenated too: "the amazon.co.uk website",
# "at north-rail.example.org")
_MID_SENTENCE_WORD = regex.compile(r"(?<=[\p{Ll}\d,] )\p{L}[\p{Ll}'’]*\b(?!(?:-[\w-]*)?[.@]\w)")
_CAPITALISED = regex.compile(r"(?<!\p{L})\p{Lu}[\p{Ll}'’]+")
_NAME_GOES_ON = regex.compile(r"[ \t]\p{Lu}")
_CONTRACTION = regex.compile(r"['’](?:t|re|ll|ve|d|m)$")  # "Isn't" in a headline is no name
_POSSESSIVE = ("'s", "’s")
_APOSTROPHE = regex.compile(r"['’]")
# The word before a mid-sentence word (which follows a lowercase letter, a digit or ", ").
_PREVIOUS_WORD = regex.compile(r"(\S+) $")
_DETERMINERS = frozenset("the a an this that these those its their our your his her my".split())
_WORD_CHAR = regex.compile(r"\w")
_WORD_RUN = regex.compile(r"\w+")
# Up to this many word forms are looked up with str.find, one pass over the text each; more
# are found in one scan of the text with the pattern (linear whatever the number of names),
# a search per block of lines this long, so the time limit is per block of a large document.
MAX_FORMS_FOUND = 16
SCAN_CHARS = 4_000_000  # text read by str.find searches for a document's suspects, at most
BLOCK_CHARS = 1_000_000


def _bare(word: str) -> str:
    """A word without trailing quotes and possessive: "Omar’s" and "Omar’" count as "Omar"."""
    word = word.rstrip("'’")
    return word[:-2] if word.endswith(_POSSESSIVE) else word


@dataclass(frozen=True, kw_only=True)
class ConsistencyOptions:
    min_majority: int = option(3)
    max_majority: int | None = option(help="report only while the capitalised form occurs at most "
                                           "this often (a rule for the rarer names)")
    max_minority: int = option(1)
    min_length: int = option(4)
    allowed_words: list[str] = option([], aliases=("exceptions",),
                                      help="words never reported in lowercase (any case given)")
    skip_english_words: bool = option(True, help="never report a lowercase form found in the "
                                                 "dictionary")
    modern_english: bool = option(False, help="the dictionary includes today's words that "
                                              "Webster's list lacks (\"laptop\", \"online\")")
    unless_quoted: bool = option(False, help="leave a word quoted alone: mentioned as it "
                                             "is written (\"the name “bruce”\")")
    phrases: bool = option(False, help="read names of several capitalised words, one of them "
                                       "written once in lowercase (\"Federal trade Commission\")")
    openings: bool = option(False, help="count only the capitals that open a sentence or stand "
                                        "in a headline, for a word the document never "
                                        "capitalises mid-sentence (\"Greenspan said\" beside "
                                        "\"greenspan\")")


class ConsistencyRule(Rule):
    KIND = "consistency"
    COMPUTES_FIX = True
    Options = ConsistencyOptions
    options: ConsistencyOptions

    def __init__(self, spec: dict[str, Any], pack: str, source: str = "") -> None:
        super().__init__(spec, pack, source)
        self.exceptions = {w.casefold() for w in self.options.allowed_words}
        self.english = is_modern_english_word if self.options.modern_english else is_english_word

    def _suspects(self, doc: Document) -> dict[str, str]:
        """Lowercase form -> capitalised form, for the words that might be reported.

        A cheap necessary condition: the capitalised word is common enough (counted wherever
        it stands, a superset of the mid-sentence count of ``check``) and the lowercase form's
        part before any apostrophe is a word of the text (a reported word starts after a space
        and ends before a non-word character). Most documents have no suspect.
        """
        text = doc.text
        capitals = _capitals(doc)
        suspects = {}
        looked_up = 0
        words: frozenset[str] | None = None
        for capital, n in capitals.items():
            if n < self.min_majority or len(capital) < self.min_length:
                continue  # most of them: looked at no further
            lower = capital[0].lower() + capital[1:]
            # (the cached modern lookup first: it rules out most words for less than a search)
            if self.options.modern_english and self.skip_english_words and self.english(lower):
                continue
            if lower.casefold() in self.exceptions:
                continue
            part = _APOSTROPHE.split(lower, 1)[0]
            # forms are looked up where str.find puts them while the searches read less text
            # than SCAN_CHARS; past that (a rule that takes every capitalised word of a long
            # document) the words of the text are collected once, or the searches would be
            # quadratic in the document's length
            looked_up += len(text)
            if words is None and looked_up > SCAN_CHARS:
                words = _words(doc)
            if (part in words if words is not None else _whole_word_in(part, text)) \
                    and not (self.skip_english_words and self.english(lower)):
                suspects[lower] = capital
        return suspects

    def check(self, doc: Document) -> Iterator[Finding]:
        if self.options.phrases:
            yield from self._check_phrases(doc)
            return
        suspects = self._suspects(doc)
        if not suspects:
            return
        wanted = set(suspects) | set(suspects.values())
        spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
        counts: Counter[str] = Counter()
        before: dict[str, set[str]] = defaultdict(set)  # capitalised form -> words before it
        # Mid-sentence words never overlap (each follows a space and holds none), so trying
        # the pattern where a suspect form starts finds the same words as a scan of the text.
        found = (_matches_at(_MID_SENTENCE_WORD, doc.text, wanted) if len(wanted) <= MAX_FORMS_FOUND
                 else _scan_by_blocks(_MID_SENTENCE_WORD, doc.text))
        for m in found:
            word = m.group(0)
            start, end = m.span()
            if word.endswith(_POSSESSIVE):  # "Omar’s" is a use of "Omar"
                word, end = word[:-2], end - 2
            if word not in wanted or _CONTRACTION.search(word):
                continue
            # in "Prince Andrew" the capital belongs to the name: it proves nothing about the
            # word "prince" alone, unless dictionary words are skipped anyway ("davis Cup")
            if (not self.skip_english_words and word[0].isupper()
                    and _NAME_GOES_ON.match(doc.text, m.end())):
                continue
            counts[word] += 1
            if word[0].islower():
                spans[word].append((start, end))
            elif not _NAME_GOES_ON.match(doc.text, end):  # "EMC Presales Manifesto": a longer name's
                before[word].add(_previous(doc.text, start))
        for lower, places in spans.items():
            capital = suspects.get(lower)
            if capital is not None and self.options.openings:
                # a capital mid-sentence is the other rules' evidence; here the capitals
                # elsewhere (a sentence's first word, a headline's) are counted instead
                if counts[capital] or not no_english_word(lower):
                    continue
                counts[capital] = _speaker_capitals(doc.text, capital)
            if capital is None or counts[capital] < self.min_majority \
                    or len(places) > self.max_minority \
                    or self.max_majority is not None and counts[capital] > self.max_majority:
                continue
            for start, end in places:
                if _generic(_previous(doc.text, start), before[capital]) \
                        and not _NAME_GOES_ON.match(doc.text, end):
                    continue
                if self.options.unless_quoted and quoted_alone(doc.text, start, end):
                    continue
                yield self.finding(doc, start, end, {"word": lower, "fixed": capital,
                                                     "count": counts[capital]},
                                   replacement=capital if self.fix_spec is not None else None)

    def _check_phrases(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        names = _phrase_names(text)
        # each name's spellings with one word in lowercase, by that word
        variants: dict[str, tuple[str, str]] = {}  # spelling -> (name, its lowercase word)
        for name, n in names.items():
            if n < self.min_majority or len(name) < self.min_length:
                continue
            words = name.split(" ")
            for i in range(len(words)):
                word = words[i]
                if word in _JOINERS or not word[1:].islower():  # "BBC", "McCain"
                    continue
                # a first word lowered before a joiner is a title ("chairman of the
                # Commission"), before acronyms only an adjective ("a simple IRA")
                if i == 0 and (words[1] in _JOINERS
                               or not any(w[1:].islower() for w in words[1:])):
                    continue
                lower = word[0].lower() + word[1:]
                # a word of no English list is the single-word rules' ("Maurkice pouncey")
                if len(lower) < self.min_length or lower.casefold() in self.exceptions \
                        or not is_modern_english_word(lower):
                    continue
                spelt = " ".join(words[:i] + [lower] + words[i + 1:])
                variants.setdefault(spelt, (name, lower))
        if not variants:
            return
        words_here = folded_words(doc)
        places: dict[str, list[int]] = {}
        for spelt, (name, lower) in variants.items():
            if lower.casefold() not in words_here:
                continue
            found = [i for i in occurrences(text, spelt) if _phrase_stands(text, i, len(spelt))]
            # a common noun the document uses on its own too ("the group" beside "LG group")
            if found and len(found) <= self.max_minority \
                    and _lowercase_uses(doc, lower) <= len(found):
                places[spelt] = found
        for spelt, found in places.items():
            name = variants[spelt][0]
            for start in found:
                end = start + len(spelt)
                if self.options.unless_quoted and quoted_alone(text, start, end):
                    continue
                yield self.finding(doc, start, end, {"word": spelt, "fixed": name,
                                                     "count": names[name]},
                                   replacement=name if self.fix_spec is not None else None)


# words that join the capitalised words of a name ("Bank of England", "Procter and Gamble")
_JOINERS = frozenset("of and for the de du da del der von van la le y &".split())
_CAP_WORD = r"\p{Lu}[\p{L}-]*\p{L}"
# a name of several capitalised words mid-sentence (after a lowercase word, a figure or a
# comma), not inside a longer run of capitals nor a web address ("Acme.Com")
_PHRASE_NAME = regex.compile(rf"""(?<=[\p{{Ll}}\d,][ ])
    {_CAP_WORD}(?:[ ](?:(?:{"|".join(sorted(_JOINERS))})[ ])*{_CAP_WORD})+
    (?![\p{{L}}\d-]|[.@]\w|[ ]\p{{Lu}})""", regex.VERBOSE)
# a lowercase word of a line of prose: not a joiner nor "a", "to", "in"... of a title
_PROSE_WORD = regex.compile(r"(?<![\p{L}\d'’-])(?!(?:a|an|as|at|by|in|on|or|to|is|vs|from|with"
                            r"|into|than|but)\b)\p{Ll}{2,}\b")
# a capitalised word, or a joiner and one, after a spelling: a longer name goes on
_LONGER_NAME = regex.compile(r"[ ](?:(?:of|and|for|the|de)[ ])?\p{Lu}|[\p{L}\d-]|[.@]\w")


def _phrase_names(text: str) -> Counter[str]:
    """Names of several capitalised words written mid-sentence on a line of prose, and how
    often (once per line's match)."""
    names: Counter[str] = Counter()
    prose: dict[int, bool] = {}  # line start -> whether it is prose
    for m in budget.finditer(_PHRASE_NAME, text):
        line = text.rfind("\n", 0, m.start()) + 1
        if line not in prose:
            stop = text.find("\n", line)
            stop = len(text) if stop == -1 else stop
            prose[line] = any(w.group() not in _JOINERS
                              for w in _PROSE_WORD.finditer(text, line, stop))
        if prose[line]:
            names[m.group()] += 1
    return names


def _lowercase_uses(doc: Document, word: str) -> int:
    """How often ``word`` (lowercase) stands as a whole word in ``doc``'s prose: not in a web
    address, a path or code ("lg.com/group" is no use of "group")."""
    text = doc.text
    return sum(1 for i in occurrences(text, word)
               if not (i and _WORD_CHAR.match(text, i - 1) or _WORD_CHAR.match(text, i + len(word)))
               and in_prose(doc, i))


def _phrase_stands(text: str, start: int, length: int) -> bool:
    """A spelling at ``start`` stands mid-sentence as a whole name: after a lowercase word,
    a figure or a comma, with no longer name going on after it."""
    return (start >= 2 and text[start - 1] == " "
            and (text[start - 2].islower() or text[start - 2].isdigit() or text[start - 2] == ",")
            and _LONGER_NAME.match(text, start + length) is None)


def _capitals(doc: Document) -> Counter[str]:
    """Capitalised words (possessives as their word) and their counts, once per document for
    every consistency rule."""
    key = "consistency-capitals"
    if key not in doc.derived:
        capitals: Counter[str] = Counter()
        for word, n in Counter(budget.findall(_CAPITALISED, doc.text)).items():
            capitals[_bare(word)] += n
        doc.derived[key] = capitals
    return doc.derived[key]


# after a capitalised word, what makes it a person's or a body's name wherever it stands: a
# verb of saying ("Okonjo said"), or a possessive ("Okonjo's plan")
_SPEAKER_AFTER = regex.compile(r"(?:['’]s\b|[ ](?:said|says|told|added|warned|argued|insisted"
                               r"|explained|claimed|announced|reported|wrote|denied)\b)")


def _speaker_capitals(text: str, capital: str) -> int:
    """How often ``capital`` stands as a whole word before a verb of saying or a possessive."""
    return sum(1 for i in occurrences(text, capital)
               if not (i and _WORD_CHAR.match(text, i - 1))
               and _SPEAKER_AFTER.match(text, i + len(capital)))


def _words(doc: Document) -> frozenset[str]:
    """The words of ``doc`` as written (maximal ``\\w`` runs), once per document."""
    key = "consistency-words"
    if key not in doc.derived:
        doc.derived[key] = frozenset(budget.findall(_WORD_RUN, doc.text))
    return doc.derived[key]


def _previous(text: str, start: int) -> str:
    m = _PREVIOUS_WORD.search(text, max(0, start - 40), start)
    return m.group(1) if m else ""


def _generic(previous: str, before_capitals: set[str]) -> bool:
    """Whether a lowercase word after ``previous`` is a common noun, not a name that lost its
    capital: the capital only ever stands inside longer names, after capitalised words that
    are not the one before this lowercase use, and this one follows a determiner or another
    capitalised word ("the roundtable" beside "the Caribbean Access Roundtable", "the Windows
    desktop" beside "Parallels Desktop"; not "Damarious randall" beside "Damarious Randall")."""
    if any(not word[:1].isupper() or word.casefold() == previous.casefold()
           for word in before_capitals):
        return False
    return previous in _DETERMINERS or previous[:1].isupper() and previous.casefold() not in _DETERMINERS


def _whole_word_in(word: str, text: str) -> bool:
    """Whether ``word`` (word characters) is a word of ``text``, a maximal ``\\w`` run: the
    few common capitalised words of a document are looked up where ``str.find`` puts them,
    instead of collecting every word of the document into a set (most of the rule's time)."""
    for i in occurrences(text, word):
        end = i + len(word)
        if not (i and _WORD_CHAR.match(text, i - 1) or _WORD_CHAR.match(text, end)):
            return True
    return False


def _scan_by_blocks(pattern: regex.Pattern, text: str) -> Iterator[regex.Match]:
    """The matches of ``pattern`` (which never spans a newline), block of lines by block."""
    pos = 0
    while pos < len(text):
        end = text.find("\n", pos + BLOCK_CHARS)
        end = len(text) if end == -1 else end
        yield from budget.finditer(pattern, text, pos, end)
        pos = end


def _matches_at(pattern: regex.Pattern, text: str, strings: set[str]) -> Iterator[regex.Match]:
    """Matches of ``pattern`` tried at each occurrence of one of ``strings``, left to right."""
    starts = {i for string in strings for i in occurrences(text, string)}
    for start in sorted(starts):
        m = budget.match(pattern, text, start)
        if m is not None:
            yield m
