"""untranslated-word is information alone: machine translation slips in groups (a word left and
a name miscased), where a writer keeps loanwords in text cased right."""

from __future__ import annotations

from textlint_news import Document, load_linter

MESSAGE = '"{}" is not English; a word left untranslated by machine translation?'


def graded(text: str) -> list[tuple[str, int, int, str, str]]:
    linter = load_linter()
    return [(f.rule_id, f.line, f.column, f.severity.name.lower(), f.message)
            for f in linter.lint(Document.from_string(text, "t.txt")).findings
            if f.rule_id in ("untranslated-word", "proper-noun-case")]


def test_a_lone_loanword_in_text_cased_right_is_information():
    text = "We put the pumpkin in a chinois strainer and let the water drain overnight.\n"
    assert graded(text) == [("untranslated-word", 1, 25, "info", MESSAGE.format("chinois"))]


def test_two_words_left_behind_do_not_back_each_other():
    # graded findings are no evidence for each other (a travel writer keeps several loanwords)
    text = ("The talks were long, pero nothing was agreed.\n\n"
            "The minister said the plan was muy ambitious.\n")
    assert graded(text) == [("untranslated-word", 1, 22, "info", MESSAGE.format("pero")),
                            ("untranslated-word", 3, 32, "info", MESSAGE.format("muy"))]


def test_a_name_in_lowercase_backs_a_word_left_behind():
    text = ("The gracia of Putin was that he made the Americans wait three hours.\n\n"
            "Officials in kyiv said the meeting changed nothing for the front.\n")
    assert graded(text) == [
        ("untranslated-word", 1, 5, "warning", MESSAGE.format("gracia")),
        ("proper-noun-case", 3, 14, "error", '"kyiv" should be written "Kyiv"')]
