"""Regenerate rules/data/function-words.tsv: the most frequent words of each language.

    .venv/bin/pip install wordfreq && .venv/bin/python benchmarks/gen_function_words.py

The `furniture` rule kind measures how much of a line is function words ("the", "und", "de"):
running prose is full of them, menus and labels are not. The lists are wordfreq's top words
(Robyn Speer's wordfreq, data CC BY-SA 4.0), so no word comes from the articles we test on.
Languages that do not separate words with spaces are left out: a "word" there is a phrase.
"""

from __future__ import annotations

from pathlib import Path

from importlib.metadata import version

import wordfreq

TOP = 100
SKIP = {"ja", "ko", "zh"}  # no spaces between words, or top "words" that are morphemes
OUT = Path(__file__).resolve().parent.parent / "rules" / "data" / "function-words.tsv"


def main() -> None:
    rows = []
    for lang in sorted(wordfreq.available_languages()):
        if lang in SKIP:
            continue
        words = [w for w in wordfreq.top_n_list(lang, TOP * 2) if any(c.isalpha() for c in w)]
        rows.append(f"{lang}\t{' '.join(words[:TOP])}")
    header = (f"# The {TOP} most frequent words per language, from wordfreq {version('wordfreq')} "
              "(data CC BY-SA 4.0).\n# Regenerate with benchmarks/gen_function_words.py; "
              "one line per language: code, tab, words.\n")
    OUT.write_text(header + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"wrote {len(rows)} languages to {OUT}")


if __name__ == "__main__":
    main()
