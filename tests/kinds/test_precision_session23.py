"""Session 23's false alarms on clean text, by the class of text the rule misread, each with
the clean case that must pass and the defect of the same shape that must still be found (rule
id, line, column, message)."""

from __future__ import annotations

from ..helpers import found


def test_a_role_before_its_holders_name_is_no_surname_after_a_first_name():
    # a band's (or a firm's) name ending in a first name, its member's role, then the member
    clean = "The crowd cheered when the band came on. Paper Oscar frontman Alex Morrow thanked the fans.\n"
    assert found("surname-after-first-name", clean) == []
    lost = "The crowd cheered when the band came on. Later Oscar brindlow thanked the fans.\n"
    assert found("surname-after-first-name", lost) == [
        ("surname-after-first-name", 1, 54, '"brindlow" after the name "Oscar" is a name; write "Brindlow"')]


def test_a_first_name_that_opens_a_phrase_of_another_language_is_its_article():
    # an example sentence of a lesson: "Las" is a listed first name and Spanish's article, and a
    # marker word of another language ("los") follows within three words
    clean = "Use the plural article with groups: Las vecinas compraron los tomates ayer.\n"
    assert found("surname-after-first-name", clean) == []
    # "Dan" is a common word of other languages too, but no marker word follows its surname
    lost = "The council heard from Dan wexcombe, who said the road needs fixing.\n"
    assert found("surname-after-first-name", lost) == [
        ("surname-after-first-name", 1, 28, '"wexcombe" after the name "Dan" is a name; write "Wexcombe"')]


def test_a_sentence_opening_name_is_reported_only_on_a_line_that_ends_a_sentence():
    # sentence_line: the line's end is looked at once, whatever the number of matches on it
    prose = 'He lost. qorvanz left early, and qorvanz said “no.”\n'
    assert found("unlisted-name-opening", prose) == [
        ("unlisted-name-opening", 1, 10, '"qorvanz" opens a sentence and is no English word; '
                                          'write "Qorvanz"')]
    label = "He lost. qorvanz left early, and qorvanz said no\n"
    assert found("unlisted-name-opening", label) == []
