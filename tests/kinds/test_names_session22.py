"""Session 22's lowercased names: a rarer surname that only Webster's list holds as a word,
after an office or a first name; a lowercased surname before a possessive; a name right after
a quotation closed by a comma, which is mid-sentence. Each with its rule id, line, column and
message, and the text of the same shape that is no name."""

from __future__ import annotations

from textlint_news import Document

NAME_RULES = {"surname-after-office", "surname-after-first-name"}


def findings(linter, text: str) -> list[tuple[str, str, int, int, str]]:
    """(rule, severity, line, column, message) of the findings of the surname rules."""
    doc = Document.from_string(text, "t.txt")
    return [(f.rule_id, f.severity.name.lower(), f.line, f.column, f.message)
            for f in linter.lint(doc).findings if f.rule_id in NAME_RULES]


def test_a_rarer_census_surname_that_only_websters_list_holds(linter):
    text = "The appeal was heard on Monday.\nJudge woodhouse ruled, and Karen gammon may stay."
    assert findings(linter, text) == [
        ("surname-after-office", "warning", 2, 7,
         '"woodhouse" after "Judge" is a surname; write "Woodhouse"'),
        ("surname-after-first-name", "info", 2, 34,
         '"gammon" after the name "Karen" is a name; write "Gammon"'),
    ]
    # a rarer surname that today's English writes is that word ("straight"), and a listed one
    # that the document writes in lowercase elsewhere is its subject's word
    assert findings(linter, "Judge straight away refused bail.") == []
    assert findings(linter, "Judge woodhouse and the woodhouse on the hill.") == []


def test_a_lowercased_surname_before_a_possessive(linter):
    text = "Officials said Sheldon whitehouse's plan would fail."
    assert findings(linter, text) == [
        ("surname-after-first-name", "info", 1, 24,
         '"whitehouse" after the name "Sheldon" is a name; write "Whitehouse"')]
    # after a name of no list, mid-sentence, as without the possessive
    assert findings(linter, "The center Maurkice pouncey's contract ended.") == [
        ("surname-after-first-name", "info", 1, 21,
         '"pouncey" after the name "Maurkice" is a name; write "Pouncey"')]
    # an English word owning something after a name is no surname, nor is a word before
    # another apostrophe
    assert findings(linter, "Later Maurkice website's design and Maurkice pouncey'd left.") == []


def test_a_name_after_a_quotation_closed_by_a_comma_is_mid_sentence(linter):
    for quote in ("“We will rebuild the pier,” ", '"We will rebuild the pier," '):
        assert findings(linter, quote + "Maurkice pouncey said on Tuesday.") == [
            ("surname-after-first-name", "info", 1, len(quote) + 10,
             '"pouncey" after the name "Maurkice" is a name; write "Pouncey"')]
    # a quotation closed by a full stop ends the sentence: the capital may be the next one's
    assert findings(linter, "“We will rebuild the pier.” Maurkice pouncey said so.") == []



def test_a_surname_ending_in_s_before_a_preposition_after_a_verb_of_saying_and_an_office(linter):
    # "Judge sides with" is a headline's verb; after "said" the verb is said, so the word after
    # the office is its holder's surname
    text = ("Judge sides with tenants in a dispute over heating.\n"
            "“We will rebuild,” said Mayor bass on Tuesday, and the crews agreed.\n")
    assert findings(linter, text) == [
        ("surname-after-office", "warning", 2, 31,
         '"bass" after "Mayor" is a surname; write "Bass"')]
