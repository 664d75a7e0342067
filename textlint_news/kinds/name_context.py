"""``name-context``: a lowercase word that the capitalised word beside it shows to be a name's.

With ``side: after`` the word follows a first name ("Larry ogunjobi", "Bob iger"): ``names``
lists the first names. With ``unlisted`` (a severity) it may also follow any other name
mid-sentence, a capitalised word after a lowercase word or a comma that is no English word
("Maurkice pouncey"), reported at that severity (with ``recurring``, a word written in
lowercase elsewhere too at that one: "Cate blanchett ... blanchett said"); never when a
determiner stands before the capitalised word ("the Narragansett seawall"). With ``side:
before`` it precedes a capitalised common noun that heads a name ("heinz Field", "moscone
Center", "intel Core"); ``heads_not`` are the capitalised words that head nothing (function
words). With ``english_surname`` (side before, first names) a first name is reported too
before a capitalised English word that ends the name mid-sentence ("challenger john Kerry");
with ``compound_surname`` (side after) two English words run together after a listed first
name ("Sam brownbeck"); with ``english_names`` (side after, unlisted) a word after a
capitalised English word mid-sentence ("Pierce dunwoody"); with ``unlisted_first`` (side
before, first names) a word of no list after an English word and before a surname that ends
the name ("agent vikram Osei"); each at its own severity. A word of another language's phrase
(one of its marker words, or before one) is no name after an unlisted one.

Either way the word is reported only when it is no English word (of the dictionary or of
SCOWL's modern lists: "website", "neighbours"), nor two English words run together
("standalone"), nor an English word misspelt ("finsihed"), nor one of ``allowed_words`` (name particles: "von"), and, unless it follows a
listed first name (a surname lowercased throughout), when the document writes it in lowercase
nowhere else (a common word of its subject recurs), and not when the pair is a binomial (a
genus of Latin form and a long English adjective in a Latin ending: "Iris reticulata"). A word
written in capitals, inside a URL, handle or file name, or followed by a hyphen or an
apostrophe other than a possessive's ("Sheldon whitehouse's plan" is a name's) is not looked
at. Mid-sentence is after a lowercase word, a comma, or a quotation closed by a comma (“We
will,” Maurkice pouncey said).
"""

from __future__ import annotations

import itertools
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterator

from textlint_news.document import Document
from textlint_news.document.language import marker_words, top_words
from textlint_news.findings import Finding, Severity
from textlint_news.kinds.base import Rule
from textlint_news.loading.patterns import regex
from textlint_news.matching.latin import EPITHET_ENDINGS, GENUS_ENDINGS
from textlint_news.loading.schema import option
from textlint_news.matching import budget
from textlint_news.matching.dictionary import english_words, is_modern_english_word, modern_words
from textlint_news.matching.words import entries, occurrences

# side after: a capitalised word, then a lowercase one; not inside a URL, handle, file name
# or compound, nor before another apostrophe than a possessive's: a name owns things
# ("Sheldon whitehouse's plan")
_AFTER_NAME = regex.compile(r"""
    (?<![\w'’@#/.&-])(?P<name>\p{Lu}\p{Ll}+)[ \t]+(?P<word>\p{Ll}{3,})
    (?!
        (?!['’]s(?![\w'’@-]))[\w'’@-]  # more of a word, handle or compound; a possessive is none
      | [./]\w                       # a URL's or a file name's next part
    )""", regex.VERBOSE)
# side before: a capitalised word after a lowercase letter and a space, then the lowercase word
# before it, matched backwards from the capital (a forward search starting at every lowercase
# letter cost six times as much)
_NAME_AFTER_LOWER = regex.compile(r"(?<=\p{Ll}[ \t]+)(?P<name>\p{Lu}\p{Ll}+)(?![\w'’@-]|[./]\w)")
# a middle initial and a capitalised word after a lowercase word ("john F. Kennedy")
_INITIAL_THEN_NAME = regex.compile(r"(?<=\p{Ll}[ \t]+)\p{Lu}\.[ \t]+(?P<name>\p{Lu}\p{Ll}+)"
                                   r"(?![\w'’@-]|[./]\w)")
_WORD_BACK = regex.compile(r"(?r)(?<![\w'’@#/.&-])(?P<word>\p{Ll}{3,})[ \t]+")
_WORD_CHAR = regex.compile(r"[\w'’@-]")
_ITEM_START = regex.compile(r"(?:^|[,(])[ \t]*$", regex.MULTILINE)
# determiners: a capitalised word after one heads a noun phrase ("the Narragansett seawall")
_DETERMINERS = "the|an?|this|that|these|those|our|their|its"
_DETERMINER_BEFORE = regex.compile(rf"(?<![\w'’-])(?i:{_DETERMINERS})[ \t]+$")
# mid-sentence: after a lowercase word or a comma, or a quotation closed by a comma (“We
# will,” Maurkice pouncey said): the speech goes on, its capital no sentence's
_MID_SENTENCE = regex.compile(r"""(?<=
    (?: [\p{Ll},]       # a lowercase word's end or a comma
      | ,[”"’']         # a quotation closed by a comma
    )[ \t]{1,3})""", regex.VERBOSE)
# a capitalised word after the first name that ends the name: no capital goes on after it
_NAME_ENDS = regex.compile(r"[ \t]+\p{Lu}\p{Ll}+(?![\w'’@-]|[./]\w|[ \t]+\p{Lu})")
# after a lowercase word, a listed first name and another capitalised word: a person's name
# that the word stands before as a role ("the band Paper Oscar's frontman", written as news
# writes it: "Paper Oscar frontman Alex Morrow"), not a surname lost after a first name
_ROLE_BEFORE_NAME = regex.compile(r"[ \t]+(?P<first>\p{Lu}\p{Ll}+)[ \t]+\p{Lu}\p{Ll}")
# before a first name, a word that makes it a common noun or a verb ("the bill Clinton vetoed",
# "to mark Christmas", "will grant Israel")
_NOT_FIRST_NAME_AFTER = regex.compile(
    rf"(?<![\w'’-])(?i:{_DETERMINERS}|his|her|my|your|each|every|no|any|some|to|"
    r"will|would|shall|should|can|could|may|might|must|did|does|do)[ \t]+$")
MIN_TYPO = 7  # the shortest word read as an English word misspelt
_VOWELS = "aeiouy"
MIN_PART = 4  # the shortest English word counted as half of a compound ("filmmaker", not
# "patrick")
SCAN_CHARS = 4_000_000  # text read by str.find searches for a document's words, at most
_STANDALONE = regex.compile(r"[\w'’@-]+")  # a word as _once bounds it


# a sentence's opening letter: after a sentence's end mid-line, or at a line's start after a
# blank line, a line ending a sentence or the text's start (not a wrapped line's start)
_OPENING = regex.compile(r"(?:(?:\A|\n[ \t]*\n|[.!?][\"”’)]?[ \t]*\n)[ \t]*|(?<=[.!?][\"”’)]?)[ \t]+)"
                         r"[\"“‘(]?(\p{L}+)")
# a document opening this share of its sentences in lowercase, with this many different words,
# writes in lowercase by choice ("so if you’re in indonesia, ... as i’ve done"): its names are
# so too (one line many times over is no style: "in kyiv." 200 times)
LOWERCASE_SHARE = 0.5
LOWERCASE_OPENINGS = 5


# a word alone between quotation marks is mentioned, not used (the name “bruce” in lowercase)
_QUOTES = {"“": "”", '"': '"', "‘": "’"}


def quoted_alone(text: str, start: int, end: int) -> bool:
    """Whether the word at ``start``..``end`` stands alone between quotation marks: mentioned
    as it is written, not used."""
    return start > 0 and _QUOTES.get(text[start - 1]) == text[end:end + 1]


def writes_in_lowercase(doc: Document) -> bool:
    """Whether ``doc`` opens most of its sentences in lowercase, with several different words
    (once per document)."""
    key = "lowercase-style"
    if key not in doc.derived:
        openings = budget.findall(_OPENING, doc.text)
        lower = [word for word in openings if word[0].islower()]
        doc.derived[key] = (len(set(lower)) >= LOWERCASE_OPENINGS
                            and len(lower) >= LOWERCASE_SHARE * len(openings))
    return doc.derived[key]


@dataclass(frozen=True, kw_only=True)
class NameContextOptions:
    side: str = option("after", choices=("after", "before"),
                       help="where the lowercase word stands: after a first name or before a "
                            "capitalised head")
    names: list[str] | str = option([], help="the first names, one a line (side before: the "
                                             "lowercase word must be one)")
    unlisted: str | None = option(choices=("info", "warning"),
                                  help="side after: also after any name mid-sentence that is "
                                       "no English word, at this severity; side before with "
                                       "names: also before a capitalised word that is no "
                                       "English word (\"steven Kull\")")
    recurring: str | None = option(choices=("info", "warning"),
                                   help="side after with unlisted: also a word the document "
                                        "writes in lowercase elsewhere too (a name lowercased "
                                        "in every mention), at this severity")
    surnames: list[str] | str = option([], help="side after: surnames that are English words "
                                                 "(\"bass\"), reported after a listed first name "
                                                 "at surname_severity; side before with names: "
                                                 "the surnames the capitalised word must be one of")
    surname_severity: str | None = option(choices=("info", "warning"),
                                          help="side after: the severity of a listed surname")
    english_surname: str | None = option(choices=("info", "warning"),
                                         help="side before with names: also before a "
                                              "capitalised English word that ends the name "
                                              "mid-sentence (\"john Kerry\"), at this severity")
    compound_surname: str | None = option(choices=("info", "warning"),
                                          help="side after: a word of no list but two English "
                                               "words run together after a listed first name "
                                               "(\"Sam brownbeck\"), at this severity")
    unlisted_first: str | None = option(choices=("info", "warning"),
                                        help="side before with names: also a word of no English "
                                             "list, written in lowercase nowhere else, before a "
                                             "surname that ends the name mid-sentence "
                                             "(\"naresh Goyal\"), at this severity")
    english_names: str | None = option(choices=("info", "warning"),
                                       help="side after with unlisted: also after a capitalised "
                                            "English word mid-sentence (\"Pierce brosnan\"), "
                                            "at this severity")
    titles: list[str] = option([], help="side after with english_names: capitalised words that "
                                        "are titles or offices, no first names (the title "
                                        "rules read the word after them)")
    heads_not: list[str] = option([], help="side before: capitalised words that head no name")
    allowed_words: list[str] = option([], help="lowercase words never reported: name particles "
                                               "(\"von\", \"da\")")


class NameContextRule(Rule):
    KIND = "name-context"
    COMPUTES_FIX = True
    Options = NameContextOptions
    options: NameContextOptions

    def __init__(self, spec: dict[str, Any], pack: str, source: str = "") -> None:
        super().__init__(spec, pack, source)
        self.first_names = {name.casefold() for name in entries(self.options.names)}
        self.not_heads = set(self.options.heads_not)
        self.titles = set(self.options.titles)
        self.allowed = set(self.options.allowed_words)
        self.surnames = {name.casefold() for name in entries(self.options.surnames)}
        self.surname_severity = _optional_severity(self.options.surname_severity)
        self.unlisted = _optional_severity(self.options.unlisted)
        self.recurring = _optional_severity(self.options.recurring)
        self.english_surname = _optional_severity(self.options.english_surname)
        self.compound_surname = _optional_severity(self.options.compound_surname)
        self.unlisted_first = _optional_severity(self.options.unlisted_first)
        self.english_names = _optional_severity(self.options.english_names)

    def check(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        once: dict[str, bool] = {}  # word -> written in lowercase only here, per document
        counts: Counter[str] | None = None
        if self.options.side == "before" and self.first_names:
            yield from self._first_names(doc)
            return
        after = self.options.side == "after"
        for name, start, word, word_start in self._pairs(doc):
            # most lowercase words beside a capital are English ("the", "said"): asked first,
            # then whether one is a listed surname after a listed first name ("Karen bass")
            if word in self.allowed:
                continue
            if after and epithet(name, word) and word not in self.first_names:
                continue  # "Iris reticulata": a genus and its species
            surname = not no_english_word(word)
            listed_first = name.casefold() in self.first_names
            # two English words run together that no list holds ("brownbeck"): a surname's
            # shape after a listed first name, as "Whitehouse" is
            compound = (surname and listed_first and self.compound_surname is not None
                        and word not in self.surnames and not is_modern_english_word(word))
            if surname and not compound and (word not in self.surnames or not listed_first):
                continue
            holder = _ROLE_BEFORE_NAME.match(text, word_start + len(word)) if after else None
            if holder is not None and holder["first"].casefold() in self.first_names:
                continue  # "Paper Oscar frontman Alex Morrow": a role, then its holder
            severity = self._context(name, text, start)
            if severity is None or (not listed_first and self.options.side == "after"
                                    and (word in _foreign_markers()
                                         or _foreign_after(text, word_start + len(word)))):
                continue  # "Lieder für alle", "Nacht vielleicht und": another language's phrase
            if after and listed_first and _foreign_phrase(name, text, word_start + len(word)):
                continue  # "Las vecinas compraron los tomates": the phrase's article, no first name
            if compound:
                severity = self.compound_surname
            elif surname and self.surname_severity is not None:
                severity = self.surname_severity
            if word not in once:
                # words are looked up where str.find puts them while that reads less text than
                # SCAN_CHARS; past that, the document's words are counted once (a scan per
                # word of a long document of names would be quadratic)
                if counts is None and (len(once) + 1) * len(text) > SCAN_CHARS:
                    counts = _standalone_words(doc)
                # (at most once: a word before a possessive stands whole nowhere, as _once
                # counts it)
                once[word] = counts[word] <= 1 if counts is not None else _once(text, word)
            # after a listed first name the word is a surname however often it recurs (a
            # name lowercased throughout); after another name of no English list, a recurring
            # word is reported at the ``recurring`` severity (a surname lowercased throughout
            # or the subject's own word); elsewhere a recurring word is the subject's own
            after_name = self.options.side == "after"
            if not (once[word] or after_name and name.casefold() in self.first_names):
                if self.recurring is None or surname or not after_name:
                    continue
                severity = self.recurring  # after an unlisted name: the only other context
            yield self._finding(doc, word_start, word, name, severity)

    def _first_names(self, doc: Document) -> Iterator[Finding]:
        """A listed first name in lowercase before a listed surname ("john Smith") or, at the
        ``unlisted`` severity, a capitalised word of no English list ("steven Kull"), not
        after a word that makes it a common noun or a verb: reported however often it recurs."""
        text = doc.text
        once: dict[str, bool] = {}
        for name, start, word, initial in self._first_name_pairs(doc):
            if word in self.allowed:
                continue  # a name's particle ("Sari van Anders") is no first name
            if word not in self.first_names:
                # a first name no list holds ("naresh Goyal"): no English word, lowercase
                # only here, before a surname (listed, or of no English list) ending the name
                if (self.unlisted_first is None or initial
                        or _MID_SENTENCE.match(text, start) is None
                        or _NAME_ENDS.match(text, start + len(word)) is None
                        or not (name.casefold() in self.surnames
                                or not is_modern_english_word(name.lower()))
                        or not no_english_word(word)
                        or not _english_before(text, start)):
                    continue
                if word not in once:
                    once[word] = _once(text, word)
                if not once[word] or _NOT_FIRST_NAME_AFTER.search(text, max(0, start - 8), start):
                    continue
                if writes_in_lowercase(doc):
                    return
                yield self._finding(doc, start, word, name, self.unlisted_first)
                continue
            if initial or name.casefold() in self.surnames:
                severity = self.severity
            elif self.unlisted is not None and not is_modern_english_word(name.lower()):
                # a surname no list holds ("steven Kull"), two English words run together
                # too ("alan Greenspan")
                severity = self.unlisted
            elif (self.english_surname is not None
                    and _MID_SENTENCE.match(text, start) is not None
                    and _NAME_ENDS.match(text, start + len(word)) is not None):
                # a capitalised English word that ends the name mid-sentence ("challenger
                # john Kerry."), a surname's place; "a frank Irish face" has its determiner
                severity = self.english_surname
            else:
                continue
            if not _NOT_FIRST_NAME_AFTER.search(text, max(0, start - 8), start):
                # (the document's style is read only once it has a finding: most have none)
                if writes_in_lowercase(doc):
                    return
                yield self._finding(doc, start, word, name, severity)

    def _finding(self, doc: Document, start: int, word: str, name: str,
                 severity: Severity) -> Finding:
        fixed = word[0].upper() + word[1:]
        return self.finding(doc, start, start + len(word),
                            {"word": word, "name": name, "fixed": fixed},
                            replacement=fixed if self.fix_spec is not None else None,
                            severity=severity)

    def _first_name_pairs(self, doc: Document) -> Iterator[tuple[str, int, str, bool]]:
        """(capitalised word, lowercase word's start, lowercase word, whether a middle initial
        stands between them) of each pair: the side-before pairs, then a lowercase word before
        an initial and a capitalised word ("john F. Kennedy"), a shape only a name has."""
        for name, start, word, _ in self._pairs(doc):
            yield name, start, word, False
        for m in budget.finditer(_INITIAL_THEN_NAME, doc.text):
            w = budget.match(_WORD_BACK, doc.text, 0, m.start())
            if w is not None:
                yield m.group("name"), w.start(), w.group("word"), True

    def _pairs(self, doc: Document) -> Iterator[tuple[str, int, str, int]]:
        """(capitalised word, start of the pair, lowercase word, its start) of each pair; those
        of side before found once per document for every rule of that side."""
        text = doc.text
        if self.options.side == "after":
            for m in budget.finditer(_AFTER_NAME, text):
                yield m.group("name"), m.start(), m.group("word"), m.start("word")
            return
        key = "name-context-before"
        if key not in doc.derived:
            pairs = []
            for m in budget.finditer(_NAME_AFTER_LOWER, text):
                w = budget.match(_WORD_BACK, text, 0, m.start())
                if w is not None:
                    pairs.append((m.group("name"), w.start(), w.group("word"), w.start()))
            doc.derived[key] = pairs
        yield from doc.derived[key]

    def _context(self, name: str, text: str, start: int) -> Severity | None:
        """The severity when the capitalised word shows the lowercase word to be a name's: a
        first name before it (another name, ``unlisted``), or after it the common noun heading
        a name ("Field"), or a name itself when the word opens an item of a list or an aside
        ("Johnston, patrick Simmons"); else None."""
        if self.options.side == "after":
            if _DETERMINER_BEFORE.search(text[max(0, start - 8):start]):
                return None  # "the Narragansett seawall": a place or a people's, no first name
            if name.casefold() in self.first_names:
                return self.severity
            if self.unlisted is not None and _MID_SENTENCE.match(text, start) is not None:
                if not is_modern_english_word(name.lower()):
                    return self.unlisted
                # a first name that is also a word ("Pierce brosnan"): mid-sentence its
                # capital is a name's, as much as "Maurkice" is; a title's is not
                return self.english_names if name not in self.titles else None
            return None
        if name in self.not_heads:
            return None
        if is_modern_english_word(name.lower()) or _ITEM_START.search(text, max(0, start - 3), start):
            return self.severity
        return None


# the word before a word, a comma between or not
_PREVIOUS_WORD = regex.compile(r"(?r)(?<![\w'’@#/.&-])(\p{L}+),?[ \t]+\G")


def _english_before(text: str, start: int) -> bool:
    """Whether an English word stands right before the word at ``start``: an English sentence
    goes on there, not a phrase of another language ("habe ein Amt", "och deras Hovdingar")."""
    m = budget.match(_PREVIOUS_WORD, text, max(0, start - 40), start)
    if m is None:
        return False
    word = m.group(1).lower()
    return is_modern_english_word(word) and word not in _foreign_markers()


# up to three words after a word, commas between or not
_NEXT_WORDS = regex.compile(r"\G(?:,?[ \t]+(\p{L}+)){1,3}")


def _foreign_after(text: str, end: int, within: int = 1) -> bool:
    """Whether a marker word of another language is one of the ``within`` words (at most
    three) after the word ending at ``end``."""
    m = budget.match(_NEXT_WORDS, text, end)
    return m is not None and any(w.lower() in _foreign_markers() for w in m.captures(1)[:within])


def _foreign_phrase(name: str, text: str, end: int) -> bool:
    """Whether a listed first name that is a common word of another language ("El", "Las")
    opens a phrase of it: a marker word of another language within the next three words after
    the word ending at ``end`` (an example sentence of a language lesson)."""
    return name.casefold() in _foreign_common() and _foreign_after(text, end, within=3)


@lru_cache(maxsize=1)
def _foreign_common() -> frozenset[str]:
    """The most frequent words of the languages other than English that English's are not."""
    table = top_words()
    return frozenset(w for lang, words in table.items() if lang != "en" for w in words) \
        - frozenset(table.get("en", ()))


@lru_cache(maxsize=1)
def _foreign_markers() -> frozenset[str]:
    """The marker words of the languages other than English ("ein", "och"): English lists
    hold a few of them."""
    languages = frozenset(top_words()) - {"en"}
    return frozenset().union(*(marker_words(frozenset({lang})) for lang in languages))


# A binomial's two words: a genus of Latin form ("Iris", "Salvia") and an epithet that is a long
# English adjective in a Latin ending ("reticulata": reticulate; "lanceolata", "officinalis"):
# no surname has that shape, while a short stem would take surnames ("costa", "serena")
_GENUS = regex.compile(rf"\p{{Lu}}\p{{Ll}}+(?:{GENUS_ENDINGS})")
_EPITHET = regex.compile(rf"(?P<stem>\p{{Ll}}{{7,}})(?:{EPITHET_ENDINGS})")


def epithet(name: str, word: str) -> bool:
    """Whether ``name word`` is a binomial: a genus of Latin form and an English adjective of
    nine letters or more given a Latin ending ("Iris reticulata")."""
    if _GENUS.fullmatch(name) is None:
        return False
    m = _EPITHET.fullmatch(word)
    if m is None:
        return False
    stem = m.group("stem")
    return any(len(w) >= 9 and is_modern_english_word(w) for w in (stem, stem + "e"))


def _optional_severity(value: str | None) -> Severity | None:
    """The severity an optional option names, or None where the option is unset."""
    return None if value is None else Severity.parse(value)


@lru_cache(maxsize=1 << 16)
def no_english_word(word: str) -> bool:
    """No English word of the dictionary or of SCOWL's modern lists, nor two run together
    ("standalone"), nor one misspelt (``misspelt``)."""
    if is_modern_english_word(word):
        return False
    return not (any(is_modern_english_word(word[:i]) and is_modern_english_word(word[i:])
                    for i in range(MIN_PART, len(word) - MIN_PART + 1))
                or misspelt(word))


def misspelt(word: str) -> bool:
    """Whether ``word``, of MIN_TYPO letters or more, is an English word with two neighbouring
    letters swapped or one letter left out, a vowel or one of a double ("finsihed", "vistors",
    "dispossesed"): a typing slip, no name.
    Shorter words are left alone, as a letter more makes a word of many short names ("sutter",
    "stutter"); an extra letter is not undone, as one less makes a word of many long names
    ("schoemaker", "shoemaker")."""
    if len(word) < MIN_TYPO or not word.isalpha() or not word.islower():
        return False
    swapped = (word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(len(word) - 1))
    # (the letter left out a vowel or one of a double: "vistors", "dispossesed"; any letter
    # makes a word of Webster's of too many names: "takashi", "tarkashi")
    added = (word[:i] + c + word[i:] for i in range(len(word) + 1)
             for c in {*_VOWELS, *word[max(0, i - 1):i + 1]})
    # (the lists as written, no inflection tried: a lookup per spelling, not one per suffix)
    written, modern = english_words(), modern_words()
    return any(w in modern or w in written for w in itertools.chain(swapped, added) if w != word)


def _standalone_words(doc: Document) -> Counter[str]:
    """How often each word stands whole in ``doc`` (bounded as ``_once`` bounds it), counted once
    per document for every name-context rule."""
    key = "name-context-words"
    if key not in doc.derived:
        doc.derived[key] = Counter(budget.findall(_STANDALONE, doc.text))
    return doc.derived[key]


def _once(text: str, word: str) -> bool:
    """Whether ``word`` stands as a whole lowercase word only once in ``text``."""
    seen = 0
    for i in occurrences(text, word):
        end = i + len(word)
        if not (i and _WORD_CHAR.match(text, i - 1) or _WORD_CHAR.match(text, end)):
            seen += 1
            if seen > 1:
                return False
    return True
