"""``furniture``: page furniture found by its shape and position, not by its wording.

Every non-blank line gets general features: its length, how it ends, where it stands in the
document, whether it sits in a run of short lines, how much of it is function words of the
document's language, its capitals, separators, a call-to-action verb first, dates, counts and
links. A logistic model (``weights`` and ``intercept``, fitted by ``benchmarks/fit_furniture.py``
on the tune parts of the dev data) turns them into a logit per line; the line's logit is then
smoothed with its neighbours' (``smoothing``), as jusText does, because furniture comes in
blocks. Lines whose probability reaches a threshold are reported, the severity by confidence.

The first non-blank line is usually the headline, which has the shape of furniture (short, no
full stop, capitals): unless it holds a date, a link or brackets or starts with a call to
action, it is only reported from ``headline_threshold`` up. The message names the features that pushed the line furthest from a typical article line
(``typical``: the mean of each feature over article lines of the fit), so a user sees why.
"""

from __future__ import annotations

import dataclasses
import itertools
import math
import operator
from collections import Counter
from functools import lru_cache
from typing import Any, Iterator, Sequence

import regex

from textlint_news.document import Document
from textlint_news.findings import Finding, Severity
from textlint_news.paths import default_rules_dir
from textlint_news.loading.schema import Field, SpecError
from textlint_news.document.segments import line_removal_span
from textlint_news.kinds.base import Rule

_TOKEN = regex.compile(r"\w+")
_LETTER = regex.compile(r"\p{L}")
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
}

NOT_TEXT = frozenset({"code", "table"})  # block types (structure.py) the model never sees
SHORT_WORDS = 6  # a line of at most this many words and no sentence end is "short"
SEPARATED_WORDS = 15  # separators count in lines up to this long
SEARCHED_WORDS = 40  # longer lines are prose: no separators, dates or links are looked for
PROSE_WORDS = 20  # a line of at least this many words that ends a sentence is prose


@lru_cache(maxsize=1)
def function_words() -> dict[str, frozenset[str]]:
    """Language code -> its most frequent words (rules/data/function-words.tsv, from wordfreq)."""
    path = default_rules_dir() / "data" / "function-words.tsv"
    table = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or "\t" not in line:
                continue
            lang, words = line.rstrip("\n").split("\t", 1)
            table[lang] = frozenset(words.split())
    return table


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
    tokens: list[str]  # casefolded \w runs
    ends_sentence: bool
    indent: int  # leading white space

    @property
    def words(self) -> int:
        return len(self.split)


def _ends_sentence(text: str) -> bool:
    return text.rstrip(_CLOSERS)[-1:] in _SENTENCE_ENDS


def line_features(doc: Document, cta_verbs: frozenset[str]) -> list[tuple[int, list[float]]]:
    """(line number, feature vector in ``FEATURES`` order) for every non-blank line of ``doc``
    that is not code or a table row."""
    lines = []
    blocks = doc.blocks
    for number in doc.content_lines:
        if blocks[number - 1] in NOT_TEXT:
            continue  # code and tables are neither article text nor furniture: left out
        raw = doc.lines[number - 1]
        text = raw.strip()
        tokens = _TOKEN.findall(text.casefold())
        lines.append(_Line(number, text, text.split(), tokens, _ends_sentence(text),
                           len(raw) - len(raw.lstrip())))
    if not lines:
        return []
    n = len(lines)
    lang = document_language(doc, list(itertools.chain.from_iterable(line.tokens for line in lines)))
    stop = function_words().get(lang, frozenset()) if lang else frozenset()
    longest = max(len(line.text) for line in lines)
    seen = Counter(" ".join(line.tokens) for line in lines)
    runs = _short_runs(lines)
    short_share = sum(1 for r in runs if r) / len(lines)
    # the body: from the first to the last line that reads as a paragraph of prose
    prose = [i for i, line in enumerate(lines) if line.words >= PROSE_WORDS and line.ends_sentence]
    first, last = (prose[0], prose[-1]) if prose else (n, -1)
    # the body's indentation: that of its least indented paragraph of prose
    body_indent = min((lines[i].indent for i in prose), default=0)
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
        key = " ".join(tokens)
        number = line.number
        # prose-length lines are never reported: their separators, dates and links are not
        # searched (most of the text, so most of the cost) and count as none
        searched = words <= SEARCHED_WORDS
        dated = searched and _DATE_TIME.search(text) is not None
        alpha = sum(map(str.isalpha, tokens))
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
            float(bool(tokens) and tokens[0] in cta_verbs),
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
        ]))
    return out


def _short_runs(lines: list[_Line]) -> list[int]:
    """For each line, the length of the run of consecutive short lines it is in (0 if long)."""
    short = [line.words <= SHORT_WORDS and not line.ends_sentence for line in lines]
    runs = [0] * len(lines)
    i = 0
    while i < len(lines):
        if not short[i]:
            i += 1
            continue
        j = i
        while j < len(lines) and short[j]:
            j += 1
        runs[i:j] = [j - i] * (j - i)
        i = j
    return runs


_NOT_IN_TITLES = [list(FEATURES).index(name) for name in ("date_time", "link", "cta_first", "bracketed")]


def _title_like(xs: list[float]) -> bool:
    return not any(xs[i] for i in _NOT_IN_TITLES)


def _numbers(value: Any, name: str) -> dict[str, float]:
    if not isinstance(value, dict) or not all(isinstance(v, (int, float)) and not isinstance(v, bool)
                                              for v in value.values()):
        raise SpecError(f"'{name}' must map names to numbers", key=name)
    return {str(k): float(v) for k, v in value.items()}


class FurnitureRule(Rule):
    KIND = "furniture"
    COMPUTES_FIX = True
    FIELDS = {
        "weights": Field((dict,), required=True, help="feature name -> weight of the logistic model"),
        "intercept": Field((float, int), required=True),
        "typical": Field((dict,), default={}, help="feature -> its mean on article lines, for messages"),
        "smoothing": Field((dict,), default={"own": 1.0, "neighbours": 0.0, "intercept": 0.0},
                           help="final logit = own * logit + neighbours * mean logit of the "
                                "lines around + intercept"),
        "window": Field((int,), default=2, help="non-blank lines on each side taken as neighbours"),
        "thresholds": Field((dict,), required=True,
                            help="severity -> lowest probability reported with it"),
        "headline_threshold": Field((float,), default=0.97,
                                    help="lowest probability reported for a first line that "
                                         "could be the headline"),
        "cta_verbs": Field((list,), default=[], items=str,
                           help="call-to-action verbs (any language) a furniture line starts with"),
        "max_words": Field((int,), default=40, help="longer lines are never reported"),
        "min_lines": Field((int,), default=5,
                           help="documents with fewer non-blank lines of text (not code or "
                                "tables) are skipped"),
    }

    def __init__(self, spec: dict[str, Any], pack: str, source: str = "") -> None:
        super().__init__(spec, pack, source)
        weights = _numbers(spec["weights"], "weights")
        unknown = set(weights) - set(FEATURES)
        if unknown:
            raise SpecError(f"unknown feature '{sorted(unknown)[0]}' in 'weights'; known: "
                            + ", ".join(FEATURES), key="weights")
        self.weights = [weights.get(name, 0.0) for name in FEATURES]
        self.intercept = float(spec["intercept"])
        typical = _numbers(spec["typical"], "typical")
        self.typical = [typical.get(name, 0.0) for name in FEATURES]
        smoothing = _numbers(spec["smoothing"], "smoothing")
        self.own = smoothing.get("own", 1.0)
        self.neighbours = smoothing.get("neighbours", 0.0)
        self.smooth_intercept = smoothing.get("intercept", 0.0)
        self.window: int = spec["window"]
        thresholds = _numbers(spec["thresholds"], "thresholds")
        bad = [k for k in thresholds if k not in ("error", "warning", "info")]
        if bad:
            raise SpecError(f"'thresholds' keys must be severities, not '{bad[0]}'", key="thresholds")
        # highest severity first: a line gets the first one whose threshold it reaches
        self.thresholds = sorted(((p, Severity.parse(s)) for s, p in thresholds.items()), reverse=True)
        self.headline = max(spec["headline_threshold"], self.thresholds[-1][0])
        self.cta_verbs = frozenset(v.casefold() for v in spec["cta_verbs"])
        self.max_words: int = spec["max_words"]
        self.min_lines: int = spec["min_lines"]

    def logits(self, rows: list[tuple[int, list[float]]]) -> list[float]:
        """The smoothed logit of each row of ``line_features``."""
        weights, intercept = self.weights, self.intercept
        own = [intercept + sum(map(operator.mul, weights, xs)) for _, xs in rows]
        if not self.neighbours:
            return [self.own * o + self.smooth_intercept for o in own]
        out = []
        for i, o in enumerate(own):
            around = own[max(0, i - self.window):i] + own[i + 1:i + 1 + self.window]
            mean = sum(around) / len(around) if around else 0.0
            out.append(self.own * o + self.neighbours * mean + self.smooth_intercept)
        return out

    def _reasons(self, xs: list[float]) -> str:
        pushes = [(w * (x - t), name, x > t)
                  for name, w, x, t in zip(FEATURES, self.weights, xs, self.typical)]
        top = sorted((p for p in pushes if p[0] > 0.2), reverse=True)[:3]
        return ", ".join(FEATURES[name][0 if higher else 1] for _, name, higher in top)

    def check(self, doc: Document) -> Iterator[Finding]:
        if len(doc.content_lines) < self.min_lines or doc.hard_wrapped:
            return
        rows = line_features(doc, self.cta_verbs)
        if len(rows) < self.min_lines:
            return  # too few lines of text for their places in it to mean anything
        floor = self.thresholds[-1][0]
        first = rows[0][0]
        for (number, xs), logit in zip(rows, self.logits(rows)):
            p = 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, logit))))
            # the first line is often the headline, which has furniture's shape: unless it has
            # what no headline has (a date, a link, a call to action first), only a confident
            # score reports it, so titles are left alone
            if p < (self.headline if number == first and _title_like(xs) else floor):
                continue
            line = doc.lines[number - 1]
            if not _LETTER.search(line) or len(line.split()) > self.max_words:
                continue
            severity = next(s for t, s in self.thresholds if p >= t)
            start, end = doc.line_span(number)
            start += len(line) - len(line.lstrip())
            end -= len(line) - len(line.rstrip())
            fix_start, fix_end = line_removal_span(doc, number)
            finding = self.finding(doc, start, end,
                                   {"body": line.strip(), "confidence": f"{p:.0%}",
                                    "reasons": self._reasons(xs)},
                                   replacement="" if self.fix_spec is not None else None,
                                   fix_start=fix_start, fix_end=fix_end)
            yield dataclasses.replace(finding, severity=severity)
