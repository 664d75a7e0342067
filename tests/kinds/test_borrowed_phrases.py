"""untranslated-word leaves a word of a phrase that English has borrowed whole ("au fait"):
the phrases come from WordNet through tools/lexicons.py (borrowed_phrases, borrowed_branches)."""

from __future__ import annotations

import sys

import regex

from textlint_news import Document

from ..conftest import ROOT

MESSAGE = '"{}" is not English; a word left untranslated by machine translation?'


def untranslated(linter, text: str) -> list[tuple[int, int, str]]:
    doc = Document.from_string(text, "t.txt")
    return [(f.line, f.column, f.message) for f in linter.lint(doc).findings
            if f.rule_id == "untranslated-word"]


def test_a_word_of_a_borrowed_phrase_is_english_the_same_word_alone_is_not(linter):
    assert untranslated(linter, "Voters are more au fait with the rules.") == []
    assert untranslated(linter, "Joie de vivre was what he had.") == []
    assert untranslated(linter, "He struck a raison d’etre for the plan.") == []
    assert untranslated(linter, "Voters are more fait with the rules.") == [
        (1, 17, MESSAGE.format("fait"))]
    assert untranslated(linter, "The plan de gobierno was read.") == [
        (1, 13, MESSAGE.format("gobierno"))]


def _lexicons():
    sys.path.insert(0, str(ROOT / "tools"))
    import lexicons
    return lexicons


def test_phrases_are_wordnets_lowercase_lemmas_of_two_to_four_words_with_a_listed_word(tmp_path):
    lexicons = _lexicons()
    licence = "  1 This software and database is being provided to you, the LICENSEE\n"
    data = {
        "noun": "07491895 09 n 01 joie_de_vivre 0 001 @ 07490713 n 0000 | zest\n"
                "08964810 15 n 01 La_Paz 0 000 | a capital\n"
                "09334396 17 n 02 terra_firma 0 solid_ground 0 000 | ground\n"
                "00000001 04 n 01 fait_accompli_de_la_chose 0 000 | too long\n",
        "verb": "",
        "adj": "01306645 00 s 01 au_fait(p) 0 000 | informed\n",
        "adv": "",
    }
    for part, text in data.items():
        (tmp_path / f"data.{part}").write_text(licence + text, encoding="latin-1")
    foreign = {"vivre", "paz", "firma", "fait", "accompli"}
    phrases = lexicons.borrowed_phrases(foreign, lexicons.wordnet_lemmas(tmp_path))
    assert phrases == [["au", "fait"], ["joie", "de", "vivre"], ["terra", "firma"]]
    branches = lexicons.borrowed_branches(phrases + [["fait", "accompli"]], foreign)
    assert branches == [r"\b[Aa]u[ \t]+(?=fait\b)", r"| \b[Jj]oie[ \t]+de[ \t]+(?=vivre\b)",
                        r"| \b[Tt]erra[ \t]+(?=firma\b)", r"| (?=fait[ \t]+accompli\b)",
                        r"| \b[Ff]ait[ \t]+(?=accompli\b)"]
    after = regex.compile(r"(?<=(?x:" + "\n".join(branches) + "))")
    text = "Terra firma, au fait, fait accompli; but fait alone."
    assert [m.start() for m in after.finditer(text)] == [6, 16, 22, 27]


def test_a_borrowed_phrase_keeps_the_diacritics_wordnet_leaves_out(linter, tmp_path):
    text = "The trial became a cause célèbre and left a sense of déjà vu."
    assert untranslated(linter, text) == []
    lexicons = _lexicons()
    licence = "  1 This software and database is being provided to you, the LICENSEE\n"
    data = {"noun": "05769471 09 n 01 deja_vu 0 000 | a feeling\n"
                    "06278136 10 n 01 television_set 0 000 | a receiver\n",
            "verb": "", "adj": "", "adv": ""}
    for part, text in data.items():
        (tmp_path / f"data.{part}").write_text(licence + text, encoding="latin-1")
    foreign = {"déjà", "télévision"}
    lemmas = lexicons.wordnet_lemmas(tmp_path)
    assert lexicons.borrowed_phrases(foreign, lemmas) == []
    # "vu" is no English word: the phrase is foreign, and English writes it with its accents;
    # "television set" is English words only, however "télévision" folds
    assert lexicons.borrowed_phrases(foreign, lemmas, {"television", "set", "deja"}) == [
        ["déjà", "vu"]]
