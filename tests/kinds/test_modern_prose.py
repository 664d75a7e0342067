"""Shapes of clean modern web articles that residue and translation rules took for defects
(issue 12, benchmarks/data/clean-modern), as a user sees the findings."""

from __future__ import annotations

from ..helpers import found


DANGLING = 'line ends with "{}"; the text of a removed link probably followed it'


def test_a_title_or_a_question_heading_may_strand_a_preposition():
    text = ("Election night live: results as they come in\n\n"
            "Polls have closed in every state, and the count has begun.\n\n"
            "What to look out for\n\n"
            "Arizona and Nevada count slowly. Who it is for\n\n"
            "The turnout figures will come later tonight.\n")
    assert found("link-residue-dangling-word", text) == [
        ("link-residue-dangling-word", 7, 44, DANGLING.format("for"))]


def test_a_short_line_that_lost_its_link_is_still_reported_below_the_title_or_alone():
    text = ("Council approves the bridge plan\n\n"
            "The vote was 9-4 on Thursday night.\n\n"
            "The full statement is available from\n")
    assert found("link-residue-dangling-word", text) == [
        ("link-residue-dangling-word", 5, 33, DANGLING.format("from"))]
    # a first line long enough to be a paragraph is no title
    lead = "Officials said the full report on the bridge would be available from\n\nMore.\n"
    assert found("link-residue-dangling-word", lead) == [
        ("link-residue-dangling-word", 1, 65, DANGLING.format("from"))]
    # nor is a short first line that a lowercase line goes on from
    broken = "The talks went on\nlate into the night.\n\nThe vote is on Friday.\n"
    assert found("link-residue-dangling-word", broken) == [
        ("link-residue-dangling-word", 1, 16, DANGLING.format("on"))]
    # no title ends on an article
    assert found("link-residue-dangling-word", "Originally published by the\n\nText.\n") == [
        ("link-residue-dangling-word", 1, 25, DANGLING.format("the"))]


UNTRANSLATED = '"{}" is not English; a word left untranslated by machine translation?'


def test_a_word_of_a_short_quotation_is_cited_one_in_long_quoted_speech_is_left_over():
    cited = "She won in 1988 with “Ne partez pas sans moi”, and fans still sing it.\n"
    assert found("untranslated-word", cited) == []
    speech = ("He said: “We will keep talking to the unions and to the employers, pero nothing "
              "has been agreed yet.”\n")
    assert found("untranslated-word", speech) == [
        ("untranslated-word", 1, 68, UNTRANSLATED.format("pero"))]
    # a straight quote right after a word closes a quotation, it opens none
    between = 'He said "yes" to one plan and then pero the other "no" as well.\n'
    assert found("untranslated-word", between) == [
        ("untranslated-word", 1, 36, UNTRANSLATED.format("pero"))]


def test_a_name_particle_between_capitalised_words_is_part_of_the_name():
    text = "He is survived by a sister, Anneke ter Horst, and by Piero della Francesca.\n"
    assert found("untranslated-word", text) == []
    # between lowercase words, or before one, the same word is left over
    left = "The court said ter the claim was late, and Anneke ter the clerk agreed.\n"
    assert found("untranslated-word", left) == [
        ("untranslated-word", 1, 16, UNTRANSLATED.format("ter")),
        ("untranslated-word", 1, 51, UNTRANSLATED.format("ter"))]


def test_a_foreign_title_glossed_by_its_translation_in_brackets_is_cited():
    text = "Schilinski's In die Sonne schauen (Sound of Falling) divided critics.\n"
    assert found("untranslated-word", text) == []
    # a one-word bracket is a credit or an abbreviation, not a gloss; punctuation ends the phrase
    credit = "The talks were long, pero nothing was agreed (Reuters).\n"
    apart = "The talks were long, pero nothing was agreed. The Senate (Upper House) met.\n"
    for text in (credit, apart):
        assert found("untranslated-word", text) == [
            ("untranslated-word", 1, 22, UNTRANSLATED.format("pero"))]


def test_a_phrase_twice_in_a_script_without_word_spaces_is_a_refrain_a_word_twice_is_a_join():
    text = "Repeat chorus: 想念你 想念你\n\nThe the vote 我们 我们 was held.\n"
    assert found("repeated-word", text) == [("repeated-word", 3, 1, '"The" is repeated')]


TAG = 'HTML tag "{}" left in the text'


def test_a_tag_named_by_the_word_tag_or_element_is_a_mention_in_a_page_about_markup():
    text = ("Add loading=\"lazy\" to every <img> tag, and wrap it in a `<figure>` element.\n\n"
            "The vote is on Tuesday.<br>Polls close at 8. The <p> was left in.\n")
    assert found("html-tag", text) == [
        ("html-tag", 3, 24, TAG.format("<br>")), ("html-tag", 3, 50, TAG.format("<p>"))]
