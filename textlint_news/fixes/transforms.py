"""Computed fixes: named functions from the matched text to its replacement.

A rule's ``fix.transform`` names one of these; a new transform is one function and one entry.
"""

from __future__ import annotations

from typing import Callable


def demojibake(text: str) -> str:
    """Undo UTF-8 bytes that were decoded as Windows-1252 or Latin-1 (``â€™`` -> ``’``)."""
    for codec in ("cp1252", "latin-1"):
        try:
            return text.encode(codec).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
    return text


# Big5's punctuation, read as Latin-1: each pair of bytes shows as "¡" and one character
_BIG5_PUNCTUATION = {"¡¥": "‘", "¡¦": "’", "¡§": "“", "¡¨": "”", "¡X": "—", "¡V": "–",
                     "¡K": "…", "¡@": " "}  # "¡@" is the ideographic space: a space in English


def big5_punctuation(text: str) -> str:
    """Undo quotes, dashes and ellipses saved as Big5 and decoded as Latin-1 (``¡¦`` -> ``’``)."""
    return "".join(_BIG5_PUNCTUATION.get(text[i:i + 2], text[i:i + 2])
                   for i in range(0, len(text), 2))


def control_characters(text: str) -> str:
    """Remove control characters, but put back the punctuation a C1 control stands for when
    Windows-1252 text was decoded as Latin-1 (U+0092 is "’", U+0096 "–", U+0085 "…"): deleting
    it would turn "don’t" into "dont"."""
    out = []
    for char in text:
        if "\x80" <= char <= "\x9f":
            try:
                out.append(char.encode("latin-1").decode("cp1252"))
            except UnicodeDecodeError:  # 0x81, 0x8D, 0x8F, 0x90, 0x9D: no character there
                pass
    return "".join(out)


def unescape_html(text: str) -> str:
    import html  # with its table of entities, only when a fix needs it

    return html.unescape(text)


def capitalize_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def lowercase_first(text: str) -> str:
    return text[:1].lower() + text[1:]


# Cyrillic letters drawn like Latin ones (Unicode's confusables, the ones a font cannot tell
# apart): a Latin word holding one was typed on the wrong keyboard or disguised on purpose
_CYRILLIC_TO_LATIN = dict(zip("аеорсухіјѕԁԛԝӏАВЕКМНОРСТХІЈЅ", "aeopcyxijsdqwlABEKMHOPCTXIJS"))
_LATIN_TO_CYRILLIC = {latin: cyrillic for cyrillic, latin in _CYRILLIC_TO_LATIN.items()
                      if cyrillic not in "ԁԛԝӏ"}  # letters of minority alphabets only


def unmix_script(text: str) -> str:
    """Write a word of Latin and Cyrillic look-alike letters in one alphabet: the one its
    letters with no look-alike belong to, else the one most of its letters are in."""
    cyrillic = sum("\u0400" <= char <= "\u052f" for char in text)
    to_latin = all(char in _CYRILLIC_TO_LATIN for char in text if "\u0400" <= char <= "\u052f")
    to_cyrillic = all(char in _LATIN_TO_CYRILLIC for char in text
                      if char.isalpha() and not "\u0400" <= char <= "\u052f")
    if to_latin and (not to_cyrillic or 2 * cyrillic <= len(text)):
        return "".join(_CYRILLIC_TO_LATIN.get(char, char) for char in text)
    if to_cyrillic:
        return "".join(_LATIN_TO_CYRILLIC.get(char, char) for char in text)
    return text


TRANSFORMS: dict[str, Callable[[str], str]] = {
    "delete": lambda text: "",
    "lower": str.lower,
    "upper": str.upper,
    "capitalize-first": capitalize_first,
    "lowercase-first": lowercase_first,
    "unescape-html": unescape_html,
    "demojibake": demojibake,
    "big5-punctuation": big5_punctuation,
    "control-characters": control_characters,
    "collapse-spaces": lambda text: " ",
    "unmix-script": unmix_script,
}
