"""The line features of the ``furniture`` kind: general facts about each line of a document.

Every non-blank line that is not code or a table row gets its length, how it ends, where it
stands in the document, whether it sits in a run of short lines, how much of it is function
words of the document's language, its capitals, separators, a call-to-action verb first,
dates, counts, links and interface words, in the order of ``FEATURES`` (the order the fitted model reads them).
"""

from __future__ import annotations

import dataclasses
import itertools
import math
import operator
from collections import Counter
from functools import lru_cache
from typing import Mapping, Sequence

from textlint_news.loading.patterns import regex

from textlint_news.document import Document
from textlint_news.document.language import top_words
from textlint_news.document.segments import units

_CLOSERS = "\"'”’»)]}"
_FIRST = operator.itemgetter(0)
_OPENING_QUOTES = "\"'“‘«„‹「"
_SENTENCE_ENDS = frozenset(".!?…。！？؟")  # then any closing quotes or brackets
_SEPARATOR = regex.compile(
    r"""(?:^|(?<=\s))[|·•»«/–—>›~:]+(?=[ \t]|$)   # a separator between words: "A | B", "Home › News"
      | ^[ \t]*[-*•·](?=[ \t])                  # or a bullet at the line start
    """, regex.VERBOSE)
_GLUED = regex.compile(r"\p{Ll}\p{Lu}")  # "HomeSPORT NEWSBREAKING": menu entries run together
# a credit: a copyright sign, or names joined by slashes ("Sonu Mehta/Hindustan Times/Getty")
_CREDIT = regex.compile(r"©|\([cC]\)|\p{Lu}[\w.-]*/\p{Lu}")
_DATE_TIME = regex.compile(
    r"""\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b   # 12/05/2024, 2024-05-12, 5.12.24
      | \b\d{1,2}:\d{2}\b                    # 9:15
      | \b(?:19|20)\d{2}\b                   # a year
    """, regex.VERBOSE)
# "3 of 10", "5/12", "2 von 8", "12 out of 40": a counter of slides, pages or results
_N_OF_M = regex.compile(r"\d[\d.,]*[kK]?\s*(?:/|of|out\s+of|von|de|di|sur|su|van|z|na)\s*\d")
# a count and what it counts, lowercase: "312 views", "1.2K shares", "2 days ago"
_COUNT_FIRST = regex.compile(r"\d[\d.,]*[kKmM]?\s+\p{Ll}")
_PRICE = regex.compile(r"\p{Sc}\s?\d|\d\s?\p{Sc}")  # "$24.99", "19,99 €"
_LINK = regex.compile(
    # each branch starts at a rare character, so the search does not try every word
    r"""https?://\S | \bwww\.\w                 # a web address
      | (?<=[\w.+-])@[\w-]+\.\w                 # an e-mail address
      | (?<![\w@])[@\#]\w{2,}                   # a handle or a hashtag
      | (?<=\w)\.(?:com|org|net|de|fr|co\.uk|io)\b  # a bare domain
    """, regex.VERBOSE | regex.IGNORECASE)

# Feature names, in the order the model reads them, with what a user is told when the feature
# pushed the line towards furniture: (when it is higher than in article lines, when lower).
FEATURES: dict[str, tuple[str, str]] = {
    "words_1": ("a single word", "more than one word"),
    "words_2_3": ("two or three words", "not two or three words"),
    "words_4_7": ("four to seven words", "not four to seven words"),
    "words_8_15": ("eight to fifteen words", "not eight to fifteen words"),
    "words_16_30": ("sixteen to thirty words", "not sixteen to thirty words"),
    "log_chars": ("long", "short"),
    "rel_length": ("long for this document", "short for this document"),
    "sentence_end": ("ends like a sentence", "no closing punctuation"),
    "colon_end": ("ends with a colon", "no colon at the end"),
    "head": ("near the start", "away from the start"),
    "tail": ("near the end", "away from the end"),
    "position": ("in the second half", "in the first half"),
    "first_tenth": ("in the first tenth", "after the first tenth"),
    "last_tenth": ("in the last tenth", "before the last tenth"),
    "short_run": ("in a run of short lines", "not among short lines"),
    "before_body": ("before the first paragraph of prose", "in the body"),
    "after_body": ("after the last paragraph of prose", "in the body"),
    "short_no_end": ("short with no closing punctuation", "long or ends like a sentence"),
    "doc_short_share": ("in a document of short lines", "in a document of long lines"),
    "function_share": ("many function words", "few function words"),
    "no_function_words": ("no function words", "has function words"),
    "unknown_language": ("language unknown", "language known"),
    "title_share": ("words in title case", "few capitals"),
    "caps_share": ("words in capitals", "few words in capitals"),
    "headline_shape": ("shaped like a headline", "not shaped like a headline"),
    "starts_lower": ("starts in lower case", "starts with a capital"),
    "starts_quote": ("starts with a quotation mark", "no opening quotation mark"),
    "commas": ("commas", "no commas"),
    "separators": ("separators between words", "no separators"),
    "cta_first": ("starts with a call to action", "no call to action"),
    "date_time": ("a date or time", "no date"),
    "digit_share": ("numbers", "few numbers"),
    "link": ("a link, handle or address", "no link"),
    "bracketed": ("in brackets", "not in brackets"),
    "repeated_in_doc": ("repeated in the document", "not repeated"),
    "short_date": ("a date or time on a short line", "no date on a short line"),
    "short_count": ("a number and a word or two", "not a short count"),
    "glued_words": ("words run together", "no words run together"),
    "credit_mark": ("a credit or copyright mark", "no credit mark"),
    "indented": ("indented deeper than the body", "indented as the body"),
    "interface_words": ("words of page interfaces", "few words of page interfaces"),
    "beside_credit": ("beside a picture credit", "not beside a picture credit"),
    "shared_opening": ("opens like the line beside it", "opens unlike its neighbours"),
    "reader": ("addresses the reader", "does not address the reader"),
    "n_of_m": ("a count of the form N of M", "no count of the form N of M"),
    "price": ("a price", "no price"),
    "action_first": ("starts with a button's verb", "no button's verb first"),
    "count_first": ("a number and what it counts", "not a number and what it counts"),
    "lone": ("a short line alone between paragraphs", "not alone between paragraphs"),
}
LONE = list(FEATURES).index("lone")

NOT_TEXT = frozenset({"code", "table"})  # block types (structure.py) the model never sees
SHORT_WORDS = 6  # a line of at most this many words and no sentence end is "short"
SEPARATED_WORDS = 15  # separators count in lines up to this long
SEARCHED_WORDS = 40  # longer lines are prose: no separators, dates or links are looked for
PROSE_WORDS = 20  # a line of at least this many words that ends a sentence is prose
PARAGRAPH_WORDS = 12  # a lone line's neighbours: sentences of at least this many words
CREDIT_WORDS = 8  # a picture credit ("Sonu Mehta/Hindustan Times/Getty Images") is this short
CAPTION_WORDS = 35  # and the caption beside it at most this long
TITLE_WORDS = 20  # a line of a list of headlines or teasers has at most this many words
_CLOCK = regex.compile(r"\d{1,2}[:.]\d{2}$")  # a ticker's time before its headline: "14:32"


@lru_cache(maxsize=1)
def function_words() -> dict[str, frozenset[str]]:
    """Language code -> its most frequent words (rules/data/function-words.tsv, from wordfreq)."""
    return {lang: frozenset(words) for lang, words in top_words().items()}


@lru_cache(maxsize=1)
def _languages_of_word() -> dict[str, tuple[str, ...]]:
    index: dict[str, list[str]] = {}
    for lang, words in function_words().items():
        for word in words:
            index.setdefault(word, []).append(lang)
    return {word: tuple(langs) for word, langs in index.items()}


def document_language(doc: Document, tokens: Sequence[str]) -> str | None:
    """The document's language when it has a function-word list: the language declared for it
    (a record field, ``--language``), else the one whose function words are most of its words.

    ``Document.language`` identified from the text is not used: the share of function words
    needs the language whose function words the lines use, and on a page of menus and tables
    the two differ (fitted both ways, the identified language cost a fifth of the recall)."""
    declared = doc.declared_language
    table = function_words()
    if declared in table:
        return declared
    if declared is not None:
        return None  # known, but a language without a list (Chinese, Japanese...)
    index = _languages_of_word()
    hits: Counter = Counter()
    for token, count in Counter(tokens[:3000]).items():
        for lang in index.get(token, ()):
            hits[lang] += count
    if not hits:
        return None
    lang, count = hits.most_common(1)[0]
    return lang if count >= 3 and count >= 0.15 * min(len(tokens), 3000) else None


@dataclasses.dataclass
class _Line:
    number: int
    text: str  # stripped
    split: list[str]  # its white-space separated words
    key: str  # its casefolded \w runs, joined by spaces
    tokens: list[str]  # those runs
    ends_sentence: bool
    indent: int  # leading white space

    @property
    def words(self) -> int:
        return len(self.split)


def _ends_sentence(text: str) -> bool:
    return text.rstrip(_CLOSERS)[-1:] in _SENTENCE_ENDS


def line_features(doc: Document, cta_verbs: frozenset[str],
                  reader_words: frozenset[str] = frozenset(),
                  action_verbs: frozenset[str] = frozenset(),
                  interface_words: Mapping[str, float] | None = None) -> list[tuple[int, list[float]]]:
    """(line number, feature vector in ``FEATURES`` order) for every non-blank line of ``doc``
    that is not code or a table row. ``reader_words`` are words that address the reader (the
    second person: "you", "vous"), ``action_verbs`` those of a widget's buttons, casefolded;
    ``interface_words`` maps a word to how much more often page furniture writes it than
    article text does (a log-odds, fitted with the model)."""
    lines = []
    blocks = doc.blocks
    # the words of every non-blank line, casefolded once per document for all rules
    line_units = units(doc, "line")
    for number, key in zip(line_units.lines, line_units.norms):
        if blocks[number - 1] in NOT_TEXT:
            continue  # code and tables are neither article text nor furniture: left out
        raw = doc.lines[number - 1]
        text = raw.strip()
        lines.append(_Line(number, text, text.split(), key, key.split(" ") if key else [],
                           _ends_sentence(text), len(raw) - len(raw.lstrip())))
    if not lines:
        return []
    n = len(lines)
    lang = document_language(doc, list(itertools.chain.from_iterable(line.tokens for line in lines)))
    stop = function_words().get(lang, frozenset()) if lang else frozenset()
    longest = max(len(line.text) for line in lines)
    seen = Counter(line.key for line in lines)
    runs = _short_runs(lines)
    short_share = sum(1 for r in runs if r) / len(lines)
    # the body: from the first to the last line that reads as a paragraph of prose
    prose = [i for i, line in enumerate(lines) if line.words >= PROSE_WORDS and line.ends_sentence]
    first, last = (prose[0], prose[-1]) if prose else (n, -1)
    # the body's indentation: that of its least indented paragraph of prose
    body_indent = min((lines[i].indent for i in prose), default=0)
    # the neighbours a lone line needs: sentences long enough to be a paragraph
    paragraph = [line.words >= PARAGRAPH_WORDS and line.ends_sentence for line in lines]
    interface = (interface_words or {}).get
    credits = [_is_credit(line) for line in lines]
    openings = [_opening(line, stop) for line in lines]
    out = []
    for i, line in enumerate(lines):
        text, tokens, split = line.text, line.tokens, line.split
        words = len(split)
        # counted with C-level maps: this loop runs for every line of every document
        initials = list(map(_FIRST, split))
        lettered = sum(map(str.isalpha, initials)) or 1
        title = sum(map(str.isupper, initials)) / lettered
        caps = sum(map(str.isupper, split)) / lettered
        hits = sum(map(stop.__contains__, tokens))
        ntok = len(tokens) or 1
        key = line.key
        number = line.number
        # prose-length lines are never reported: their separators, dates and links are not
        # searched (most of the text, so most of the cost) and count as none
        searched = words <= SEARCHED_WORDS
        dated = searched and _DATE_TIME.search(text) is not None
        alpha = sum(map(str.isalpha, tokens))
        cta = bool(tokens) and tokens[0] in cta_verbs
        # a short line with a paragraph of prose on each side: a subheading, a one-line
        # paragraph, or furniture dropped into the body, scored by a model of its own; only
        # that model reads the reader, counts "N of M", prices and buttons, so only such
        # lines are searched for them (counts and prices only when they hold a digit)
        lone = words <= SEPARATED_WORDS and 0 < i < n - 1 and paragraph[i - 1] and paragraph[i + 1]
        counted = lone and not line.ends_sentence and alpha < len(tokens)
        out.append((number, [
            float(words == 1),
            float(2 <= words <= 3),
            float(4 <= words <= 7),
            float(8 <= words <= 15),
            float(16 <= words <= 30),
            math.log1p(len(text)) / math.log(1000),
            len(text) / longest,
            float(line.ends_sentence),
            float(text.endswith(":")),
            1.0 / (1 + i),
            1.0 / (n - i),
            i / (n - 1) if n > 1 else 0.0,
            float(i < 0.1 * n),
            float(i >= 0.9 * n),
            math.log1p(runs[i]) / math.log(10),
            float(i < first),
            float(i > last),
            float(runs[i] > 0),
            short_share,
            hits / ntok if stop else 0.0,
            float(bool(stop) and hits == 0 and len(tokens) >= 2),
            float(not stop),
            title,
            caps,
            float(2 <= words <= 14 and not line.ends_sentence and title > 0.6),
            float(text[:1].islower()),
            float(text[:1] in _OPENING_QUOTES),
            min(text.count(","), 3) / 3,
            # in prose a dash or slash between words is punctuation, in a short line a separator
            min(len(_SEPARATOR.findall(text)), 3) / 3 if words <= SEPARATED_WORDS else 0.0,
            float(cta),
            float(dated),
            (len(tokens) - alpha) / ntok,
            float(searched and _LINK.search(text) is not None),
            float(text[:1] in "([{" and text[-1:] in ")]}"),
            float(bool(key) and seen[key] > 1),
            float(dated and words <= SHORT_WORDS + 2),
            float(words <= 4 and 0 < alpha < len(tokens)),
            # menus are short: longer lines are not searched for words run together
            min(len(_GLUED.findall(text)), 3) / 3 if words <= SEPARATED_WORDS else 0.0,
            # a credit needs one of three characters: most lines are not searched
            float(searched and ("/" in text or "©" in text or "(" in text)
                  and _CREDIT.search(text) is not None),
            float(line.indent > body_indent),
            # each distinct word once, over all the line's words: a long line needs many
            sum(filter(None, map(interface, set(tokens)))) / ntok if searched else 0.0,
            float(_beside_credit(lines, credits, i)),
            float(openings[i] is not None and (
                i > 0 and openings[i - 1] == openings[i] or i < n - 1 and openings[i + 1] == openings[i])),
            float(lone and not reader_words.isdisjoint(tokens)),
            float(counted and not dated and _N_OF_M.search(text) is not None),
            float(counted and _PRICE.search(text) is not None),
            float(lone and (cta or bool(tokens) and tokens[0] in action_verbs)),
            float(counted and words <= 4 and _COUNT_FIRST.match(text) is not None),
            float(lone),
        ]))
    return out


def _is_credit(line: _Line) -> bool:
    """A picture credit on a line of its own: short, with a copyright sign or names joined by
    slashes ("Sonu Mehta/Hindustan Times/Getty Images")."""
    text = line.text
    return (line.words <= CREDIT_WORDS and ("/" in text or "©" in text or "(" in text)
            and _CREDIT.search(text) is not None)


def _beside_credit(lines: list[_Line], credits: list[bool], i: int) -> bool:
    """A caption: a line of at most ``CAPTION_WORDS`` next to a picture credit, and shorter
    than the credit's neighbour on the other side, which is where the article goes on."""
    line = lines[i]
    if credits[i] or line.words > CAPTION_WORDS:
        return False
    for j, other in ((i - 1, i - 2), (i + 1, i + 2)):
        if 0 <= j < len(lines) and credits[j] and 0 <= other < len(lines) \
                and lines[other].words > line.words:
            return True
    return False


def _opening(line: _Line, stop: frozenset[str]) -> str | None:
    """What a line of a list of headlines opens with, when a template put it there: a
    capitalised word that is no function word (a section: "Política Deputados aprovam ...")
    or a clock time ("14:32 Emirates signs ..."); None for a finished sentence."""
    if line.ends_sentence or line.words < 3 or line.words > TITLE_WORDS:
        return None
    first = line.split[0]
    if _CLOCK.match(first):
        return "0:00"
    if first[:1].isupper() and first.isalpha() and first.casefold() not in stop:
        return first
    return None


def _short_runs(lines: list[_Line]) -> list[int]:
    """For each line, the length of the run of consecutive short lines it is in (0 if long)."""
    short = [line.words <= SHORT_WORDS and not line.ends_sentence for line in lines]
    runs = [0] * len(lines)
    i = 0
    while i < len(short):
        if not short[i]:
            i += 1
            continue
        j = i
        while j < len(lines) and short[j]:
            j += 1
        runs[i:j] = [j - i] * (j - i)
        i = j
    return runs
