"""The default residue rules on text shapes that are not residue (issue 12), as a user sees them."""

from __future__ import annotations

from textlint_news import Document, fix_text, load_linter
from textlint_news.loading.config import Config

from ..helpers import linter_for


def found(rule: str, text: str, language: str | None = None) -> list[tuple[str, int, int, str]]:
    linter = linter_for(rule)
    doc = Document.from_string(text)
    if language is not None:
        doc.language = language
    return [(f.rule_id, f.line, f.column, f.message) for f in linter.lint(doc).findings]


# An extractor that spaces out inline markup writes a space after every link it keeps: the
# gaps close whole phrases ("on Facebook ,"), never a word that cannot end one.
SPACED = ("Be sure to follow the team on Facebook , Twitter , and Instagram .\n"
          "The study was published in the journal Nature Astronomy .\n")


def test_gaps_that_all_close_a_phrase_are_an_extractors_spacing():
    assert found("link-residue-before-punct", SPACED) == []


def test_one_gap_after_a_word_that_cannot_end_a_phrase_shows_the_links_were_removed():
    text = SPACED + "It won by a modest but still substantial margin of .\n"
    missing = 'text of a removed link is missing before "{}"'
    assert found("link-residue-before-punct", text) == [
        ("link-residue-before-punct", 1, 39, missing.format(",")),
        ("link-residue-before-punct", 1, 49, missing.format(",")),
        ("link-residue-before-punct", 1, 65, missing.format(".")),
        ("link-residue-before-punct", 2, 56, missing.format(".")),
        ("link-residue-before-punct", 3, 51, missing.format(".")),
    ]


def test_a_gap_after_a_formula_written_out_in_tokens_is_the_formulas_spacing():
    # MathML read as text spaces every token; the gap after a word stays a removed link's
    text = ("When a ≠ 0 , the solutions are x = − b ± b 2 − 4 a c 2 a .\n"
            "The sum is 1 + q 2 ( 1 − q ) , for | q | < 1 .\n"
            "It won by a margin of .\n")
    assert found("link-residue-before-punct", text) == [
        ("link-residue-before-punct", 3, 22, 'text of a removed link is missing before "."')]


def severities(rule: str, text: str, *also: str) -> list[tuple[int, int, str]]:
    """``rule``'s findings with their severities, the rules ``also`` run beside it."""
    linter = linter_for(rule, *also)
    return [(f.line, f.column, str(f.severity))
            for f in linter.lint(Document.from_string(text)).findings if f.rule_id == rule]


# a gap no clean sentence has: it backs the weaker residue shapes of its document
STRONG = "It won by a margin of .\n"


def test_fewer_gaps_than_make_a_convention_are_still_reported():
    text = "Trump's special envoy and his son-in-law only bring .\n"
    assert found("link-residue-before-punct", text) == [
        ("link-residue-before-punct", 1, 52, 'text of a removed link is missing before "."')]
    # alone, after a verb, it is information: an extractor's spacing leaves the same
    assert severities("link-residue-before-punct", text) == [(1, 52, "info")]


def test_gaps_that_all_follow_a_word_ending_a_phrase_are_information_one_after_of_is_not():
    # a noun, a name or a verb before the gap: an extractor that kept the link spaces it out
    # the same way ("the chief executive , a former banker"); a gap after "of" only a removal
    # leaves
    text = ("Shares rose after the chief executive , a former banker, spoke.\n"
            "Not everyone agreed, a critic replied .\n")
    assert severities("link-residue-before-punct", text) == [(1, 38, "info"), (2, 38, "info")]
    text += "It won by a margin of .\n"
    assert severities("link-residue-before-punct", text) == [
        (1, 38, "error"), (2, 38, "error"), (3, 22, "error")]


def test_four_or_more_dangling_labels_are_the_documents_own_section_labels():
    # a label that stops short is a removed link; four or more in one document are more
    # likely its own labels heading sections ("Release Date:", "Opting out:"): information,
    # not a gate failure (labels in parallel, "Pros:" / "Cons:", are let off altogether)
    sections = ["Read more:", "More on the vote:", "See it now:", "Published:"]
    text = LEAD + "".join(f"\n{label}\n\n{LEAD}" for label in sections) + STRONG
    assert severities("link-residue-dangling-label", text, "link-residue-before-punct") == [
        (3, 1, "info"), (7, 1, "info"), (11, 1, "info"), (15, 1, "info")]
    # fewer, each above a paragraph of prose, may as well be lead-ins to it: information too;
    # above a short line without a sentence's end they lost what they introduced
    text = LEAD + "".join(f"\n{label}\n\n{LEAD}" for label in sections[:3]) + STRONG
    assert severities("link-residue-dangling-label", text, "link-residue-before-punct") == [
        (3, 1, "info"), (7, 1, "info"), (11, 1, "info")]
    text = LEAD + "".join(f"\n{label}\n\nThe vote\n\n{LEAD}" for label in sections[:3])
    assert severities("link-residue-dangling-label", text + STRONG,
                      "link-residue-before-punct") == [
        (3, 1, "warning"), (9, 1, "warning"), (15, 1, "warning")]
    # without a gap that is evidence on its own, the labels back nothing but each other
    assert severities("link-residue-dangling-label", text, "link-residue-before-punct") == [
        (3, 1, "info"), (9, 1, "info"), (15, 1, "info")]
    # a label repeated is no section's: "Read more:" four times is four removed links
    text = LEAD + "".join(f"\nRead more:\n\n{LEAD}" for _ in range(4)) + STRONG
    assert severities("link-residue-dangling-label", text, "link-residue-before-punct") == [
        (3, 1, "warning"), (7, 1, "warning"), (11, 1, "warning"), (15, 1, "warning")]
    # lines ending in a comma are no section labels: four of them are four removed links
    commas = "It is the highest priority in the search for life, said the head of the agency,"
    text = LEAD + "".join(f"\n{commas}\n\n{LEAD}" for _ in range(4)) + STRONG
    assert severities("link-residue-dangling-label", text, "link-residue-before-punct") == [
        (3, 79, "warning"), (7, 79, "warning"), (11, 79, "warning"), (15, 79, "warning")]


# paragraphs an extractor broke at links (<br>), and paragraphs written whole
BROKEN = ["The committee met on Monday, and the talks went on\nlate into the night.",
          "Officials said that the vote, which was delayed twice, would go ahead on\nthe "
          "morning of the fourth.",
          "Several members left\nearly."]
NORMAL = ["The committee met on Monday and the talks went on late into the night, officials "
          "said."] * 6


def test_many_lowercase_line_starts_are_a_documents_line_breaks_shown_as_information():
    # a page whose extractor broke its sentences at <br> starts one line in ten or more in
    # lowercase right after a line that ends no sentence: its other lowercase starts are
    # information (a quarter or more of the lines is a writer's style, not reported at all);
    # the breaks themselves, inside blocks that blank lines part, carry their sentence on
    lost = "is reportedly being considered by the committee, officials said on Monday."
    text = "\n\n".join((BROKEN + NORMAL + [lost]) * 2) + "\n"
    assert severities("link-residue-lowercase-start", text) == [(22, 1, "info"), (45, 1, "info")]


def test_lowercase_starts_after_whole_sentences_are_removed_links_however_many():
    # one line in seven starting in lowercase, each after a line that ends a sentence: no line
    # breaks of an extractor's, but subjects lost with their links
    normal = "The committee met on Monday and the talks went on late into the night, officials said."
    lost = "is reportedly being considered by the committee, officials said on Monday."
    text = "\n\n".join(([normal] * 6 + [lost]) * 6) + "\n\n" + STRONG
    assert severities("link-residue-lowercase-start", text, "link-residue-before-punct") == [
        (13 + 14 * k, 1, "warning") for k in range(6)]


def test_a_preposition_stranded_before_another_is_english_but_one_before_of_is_not():
    text = ("She named the firm he worked with from 2010 and the risk he was afraid of with "
            "good reason.\nThe report by of the committee was leaked.\n")
    assert found("link-residue-function-words", text) == [
        ("link-residue-function-words", 2, 12, '"by of" cannot occur in edited English; the text '
         'of a removed link stood in between')]


# one paragraph per line (the first line is longer than any wrap width)
LEAD = ("The tool has been around for years and most teams already use it for their builds, "
        "which is why we looked at it again this month in some detail.\n")


def test_statements_without_prompt_or_indentation_are_code():
    code = ("from pathlib import Path\nimport os, sys\nwith open(path) as fh:\nprint(name)\n"
            "x = compute(a, b) + 1\nfor url in urls:\npip install --user pipx\n"
            "cd y && make\n")
    doc = Document.from_string(LEAD + code + "That is all there is to it.\n")
    assert doc.blocks[1:9] == ["code"] * 8
    linter = load_linter(Config(select=["link-residue-lowercase-start",
                                        "link-residue-dangling-label",
                                        "link-residue-dangling-word"]))
    assert linter.lint(doc).findings == []


def test_prose_with_a_bracket_or_a_dash_stays_prose():
    text = (LEAD + "which will assemble an image for any service(s) specified in the compose file\n"
            "t-SNE aims to learn a -dimensional map (with ) that reflects the similarities\n"
            "from the start the plan was to keep costs low, officials said\n")
    assert Document.from_string(text).blocks[1:4] == ["prose"] * 3
    message = ('sentence starts in lowercase with "{}"; its subject was probably the text of a '
               'removed link')
    assert found("link-residue-lowercase-start", text) == [
        ("link-residue-lowercase-start", 2, 1, message.format("which")),
        ("link-residue-lowercase-start", 4, 1, message.format("from"))]


def test_a_lowercase_line_after_a_question_answers_it():
    text = (LEAD + "What do you use for editing every day?\n\nvim, mostly, and a shell with a few "
            "aliases for the tests.\nAnd why?”\nbecause it starts fast and runs everywhere I log "
            "in.\nIt does.\nis reportedly being investigated by the attorney general.\n")
    assert found("link-residue-lowercase-start", text) == [
        ("link-residue-lowercase-start", 8, 1,
         'sentence starts in lowercase with "is"; its subject was probably the text of a '
         'removed link')]


def test_labels_in_parallel_head_their_sections_and_dangle_nothing():
    text = (LEAD + "\nPros:\nIt is fast, and it works with any Python you have installed.\n\n"
            "Cons:\n\nIt cannot install Python itself, so you need another tool for that.\n")
    doc = Document.from_string(text)
    assert [doc.paragraph_start(n) for n in range(3, 10)] == [3, 3, 5, 6, 6, 6, 9]
    assert found("link-residue-dangling-label", text) == []


def test_the_same_label_twice_is_no_section_structure():
    text = (LEAD + "\nRead more:\nThe talks ended without progress, officials said on Friday.\n\n"
            "Read more:\nThe deal is set to be the largest share sale in Hong Kong this year.\n")
    message = 'line ends with "Read more:"; the link it introduced was removed'
    assert found("link-residue-dangling-label", text) == [
        ("link-residue-dangling-label", 3, 1, message),
        ("link-residue-dangling-label", 6, 1, message)]


def test_an_before_a_consonant_lost_the_words_between():
    text = ("According to the Pentagon, the base serves as an group.\n"
            "It took an hour, an SUV, an honest man and an nth try.\n")
    assert found("link-residue-article", text) == [
        ("link-residue-article", 1, 47, '"an group": "an" before a consonant; the text of a '
         'removed link stood in between')]
    # German taken for English (a raw page, say): its "an" is a preposition throughout
    german = "Eine Aktion an vielen Universitäten, an den Schulen und an der Uni.\n"
    assert found("link-residue-article", german, language="en") == []


def test_have_an_adverb_and_that_lost_the_participle_between():
    text = ("The agency had previously that the dam was safe, and it has also that 7,400 homes "
            "were flooded.\nWhat he has now that the firm is sold is time; she has also that "
            "smile.\n")
    message = '"{}" cannot occur in edited English; the text of a removed link stood in between'
    assert found("link-residue-missing-phrase", text) == [
        ("link-residue-missing-phrase", 1, 12, message.format("had previously that the")),
        ("link-residue-missing-phrase", 1, 57, message.format("has also that 7,400"))]


def test_as_before_a_reporting_verb_lost_its_subject():
    text = ("Fares will rise in June. As notes, the operator blamed fuel costs.\n"
            "Costs climbed, as puts it: sharply. The bill covers items such as notes, coins and "
            "cards; as noted, the rate held, and as the paper reports, it fell.\n")
    message = '"{}" cannot occur in edited English; the text of a removed link stood in between'
    assert found("link-residue-missing-phrase", text) == [
        ("link-residue-missing-phrase", 1, 26, message.format("As notes")),
        ("link-residue-missing-phrase", 2, 16, message.format("as puts it"))]


def test_a_bracket_closed_after_a_label_colon_lost_its_value():
    text = "[See also: ] The council voted on Monday (after a long debate :) ) to close it.\n"
    assert found("link-residue-before-punct", text) == [
        ("link-residue-before-punct", 1, 11, 'text of a removed link is missing before "]"')]


def test_a_lowercase_word_after_a_dateline_lost_the_subject():
    text = (LEAD + "MADRID (AP) — kept Spain’s hopes alive, then clinched the title.\n"
            "LONDON — The talks ended without progress, officials said.\n")
    assert found("link-residue-lowercase-start", text) == [
        ("link-residue-lowercase-start", 2, 1,
         'sentence starts in lowercase with "kept"; its subject was probably the text of a '
         'removed link')]


def test_a_soft_hyphen_between_letters_is_a_hyphenation_point_one_elsewhere_is_stray():
    text = "Gebrauchte Werkstät\u00adten und Gummi\u00adfische.\nEs ist der \u00adKuchen.\n"
    linter = load_linter(Config(select=["invisible-character", "soft-hyphen"]))
    findings = linter.lint(Document.from_string(text)).findings
    seen = [(f.rule_id, f.line, f.column, f.severity.name.lower(), f.message) for f in findings]
    assert seen == [
        ("soft-hyphen", 1, 20, "info", "soft hyphen between letters (a hyphenation point, "
         "invisible on screen)"),
        ("soft-hyphen", 1, 34, "info", "soft hyphen between letters (a hyphenation point, "
         "invisible on screen)"),
        ("invisible-character", 2, 12, "warning", "invisible character in the text (zero-width "
         "space, joiner, word joiner or stray BOM)")]



INVISIBLE = ("invisible-character", "invisible character in the text (zero-width space, joiner, "
             "word joiner or stray BOM)")


def test_a_run_of_mixed_invisible_characters_is_one_finding_and_the_fix_removes_it_whole():
    # text hidden in invisible characters: one finding per run, each lone character its own
    hidden = "\u200b\u200c\u200d\ufeff\u200c\u200b\u2062\U0001d175\u200d\u2060\u200c"
    text = ("Deploy anywhere." + hidden + " Then scale.\n"
            "\u200b\n"
            "Read it\u2060(opens in a new window) and\u2060(opens in a new window).\n"
            "Family: \U0001f468\u200d\U0001f469\u200d\U0001f467 \u0e20\u0e32\u200b\u0e29\u0e32\n")
    linter = load_linter(Config(select=["invisible-character"]))
    findings = linter.lint(Document.from_string(text)).findings
    assert [(f.line, f.column, f.rule_id, f.message) for f in findings] == [
        (1, 17, *INVISIBLE), (2, 1, *INVISIBLE), (3, 8, *INVISIBLE), (3, 36, *INVISIBLE)]
    fixed, _ = fix_text(text)
    assert fixed == ("Deploy anywhere. Then scale.\n\n"
                     "Read it(opens in a new window) and(opens in a new window).\n"
                     "Family: \U0001f468\u200d\U0001f469\u200d\U0001f467 \u0e20\u0e32\u200b\u0e29\u0e32\n")

def test_a_long_line_broken_at_a_space_goes_on_in_the_next():
    # the extractor wrapped its output and kept the space at the break (end or start of a line)
    text = (LEAD + "Photos released online show the Nigerian actress looking absolutely "
            "stunning in new \n"
            "make-up photos.\n"
            "Veteran actress Kate Henshaw, who in 2008 and in front of her family, won the \n"
            "Africa Movie Academy Award for Best Actress in a Leading Role, and has taken\n"
            " to her Instagram page to share some of the photos.\n")
    doc = Document.from_string(text)
    assert [doc.paragraph_start(n) for n in range(2, 7)] == [2, 2, 4, 4, 4]
    linter = load_linter(Config(select=["link-residue-lowercase-start",
                                        "link-residue-dangling-word"]))
    assert linter.lint(doc).findings == []


def test_a_foreign_word_after_a_number_names_a_model_or_a_unit():
    text = ("In Europe there will be two versions, the e-tron Sportback 50 quattro and the e-tron "
            "Sportback 55 quattro, at 10 pesos each.\nThe talks were long, pero nothing was agreed "
            "and the delegates went home.\n")
    assert found("untranslated-word", text) == [
        ("untranslated-word", 2, 22, '"pero" is not English; a word left untranslated by machine '
         'translation?')]


def test_a_possessive_with_no_owner_lost_the_linked_name():
    text = ("’s campaign said on Monday that the rally would go ahead.\n"
            "Shares fell. ’s chief executive declined to comment.\n"
            "They toured ’s-Hertogenbosch and Trump’s golf course.\n")
    message = 'sentence starts with "’s"; the text of a removed link is probably missing before it'
    assert found("link-residue-sentence-start", text) == [
        ("link-residue-sentence-start", 1, 1, message),
        ("link-residue-sentence-start", 2, 14, message)]


def test_gaps_that_all_close_a_name_or_a_number_are_spacing_gaps_after_lowercase_are_not():
    assert found("link-residue-before-punct",
                 "Be sure to visit Arrowhead on Facebook , Twitter , and Instagram .\n") == []
    text = ("It led to fights for pass rusher and Pittsburgh center . He threw the ball to "
            "running back .\n")
    missing = 'text of a removed link is missing before "."'
    assert found("link-residue-before-punct", text) == [
        ("link-residue-before-punct", 1, 55, missing), ("link-residue-before-punct", 1, 91, missing)]


def test_a_possessive_before_a_verb_or_a_pronoun_before_to_lost_the_words_between():
    text = ("The car has a new engine, and its is the most powerful yet.\n"
            "The questions she to the panel went unanswered.\n"
            "What was he to do? His is the last word, and she cared more than he to the end.\n")
    message = '"{}" cannot occur in edited English; the text of a removed link stood in between'
    assert found("link-residue-function-words", text) == [
        ("link-residue-function-words", 1, 31, message.format("its is")),
        ("link-residue-function-words", 2, 15, message.format("she to")),
    ]


def test_a_label_ending_in_a_verb_of_saying_introduces_a_quotation():
    text = LEAD + "\nThe letter warned:\n\n" + LEAD
    assert found("link-residue-dangling-label", text) == []
    text = LEAD + "\nMore on the vote:\n\n" + LEAD
    assert found("link-residue-dangling-label", text) == [
        ("link-residue-dangling-label", 3, 1,
         'line ends with "More on the vote:"; the link it introduced was removed')]


def test_a_lowercase_word_after_a_titles_own_mark_or_a_name_particle_is_no_lost_subject():
    text = ("Patti Smith and Stewart Copeland joined Choir! Choir! Choir! at the festival in April.\n\n"
            "van Vollenhoven R, Smith J. Drug reactions in rheumatology practice. Rheumatology 2017.\n\n"
            "Air quality is poor in the city today. has also suffered from smog for many weeks.\n")
    assert found("link-residue-lowercase-start", text) == [
        ("link-residue-lowercase-start", 5, 40,
         'sentence starts in lowercase with "has"; its subject was probably the text of a '
         'removed link')]


def test_empty_parentheses_after_a_bracket_are_a_call_in_code():
    text = "The widget loads with init(moduleName, config) }); })(); and then the page renders.\n"
    assert found("link-residue-empty-brackets", text) == []
    assert found("link-residue-empty-brackets", "The study ( ) found plumes.\n") == [
        ("link-residue-empty-brackets", 1, 11,
         'empty brackets or quotes "( )"; the linked text inside them was removed')]


def test_lines_ending_in_a_function_word_on_a_page_of_line_breaks_are_information():
    # an extractor that breaks sentences at links ends lines anywhere, and starts the next
    # one in lowercase; without such breaks, the same line end is a removed link
    cut = "The full report on the vote is available from"
    text = "\n\n".join((BROKEN + NORMAL + [cut]) * 2) + "\n"
    assert severities("link-residue-dangling-word", text) == [(22, 42, "info"), (45, 42, "info")]
    text = "\n\n".join((NORMAL + [cut]) * 2) + "\n\n" + STRONG
    assert severities("link-residue-dangling-word", text, "link-residue-before-punct") == [
        (13, 42, "warning"), (27, 42, "warning")]


def test_a_lowercase_start_after_a_paragraph_ending_in_a_question_is_a_lost_subject():
    # a line of one question may get a casual answer in lowercase; a paragraph whose last
    # sentence asks is no such question
    text = ("Who pays for it? Nobody knows, and is that not the real question?\n\n"
            "banking rules were changed twice last year, the regulator said.\n\n"
            "What do you use for editing every day?\n\n"
            "vim, mostly, and a shell with a few aliases that I wrote myself.\n")
    assert found("link-residue-lowercase-start", text) == [
        ("link-residue-lowercase-start", 3, 1,
         'sentence starts in lowercase with "banking"; its subject was probably the text of a '
         'removed link')]


def test_a_lowercase_start_before_a_dash_is_a_lost_subject():
    text = "compounds — those with carbon in them — play a leading role on the moon.\n"
    assert found("link-residue-lowercase-start", text) == [
        ("link-residue-lowercase-start", 1, 1,
         'sentence starts in lowercase with "compounds"; its subject was probably the text of a '
         'removed link')]


def test_function_word_pairs_next_to_never_written_are_residue_unless_a_question_inverts():
    # "the and": twice in the Brown corpus's million words against 2,000 expected
    text = ("The Kremlin said the and its allies agreed.\n"
            "Was he the one who called? Where is she from? Is she a doctor?\n")
    assert found("link-residue-function-words", text) == [
        ("link-residue-function-words", 1, 18,
         '"the and" cannot occur in edited English; the text of a removed link stood in between')]


def test_an_article_or_possessive_before_a_finite_verb_lost_the_name_between():
    # Brown tags the verb finite ("went", "says"), or mostly past ("said", "told"); a
    # participle that modifies nouns ("the reported deal", "a done deal") is left alone
    text = ("The said the plan would be announced next week.\n"
            "The agency said its showed no problem, and the went ahead anyway.\n"
            "The reported deal was a done deal, and the spent fuel was moved.\n")
    message = '"{}" cannot occur in edited English; the text of a removed link stood in between'
    assert found("link-residue-function-words", text) == [
        ("link-residue-function-words", 1, 1, message.format("The said")),
        ("link-residue-function-words", 2, 17, message.format("its showed")),
        ("link-residue-function-words", 2, 44, message.format("the went")),
    ]


def test_a_determiner_before_that_or_which_lost_the_noun_between():
    # Brown writes "the that" 0 times against 742 expected, "a which" 0 against 83; "the who,
    # where and when" names the questions, and a hyphen makes a compound ("a that-clause")
    text = ("She moved to a that pays better, and the which he chose was sold.\n"
            "The log keeps the who, where and when of each call, and a that-clause follows.\n")
    message = '"{}" cannot occur in edited English; the text of a removed link stood in between'
    assert found("link-residue-function-words", text) == [
        ("link-residue-function-words", 1, 14, message.format("a that")),
        ("link-residue-function-words", 1, 38, message.format("the which")),
    ]


def test_a_line_opening_on_a_possessive_before_a_figure_lost_the_owner():
    text = ("Shares rose on Monday.\n"
            "’s $2 billion bid for the chain was turned down.\n"
            "They toured ’s-Hertogenbosch in May.\n")
    assert found("link-residue-sentence-start", text) == [
        ("link-residue-sentence-start", 2, 1, 'sentence starts with "’s"; the text of a removed '
         "link is probably missing before it")]


def test_a_to_whose_verb_is_left_out_ends_a_paragraph_one_after_a_noun_lost_its_link():
    text = ("Prices rose.\n\nThe rich pay more tax, but not as much as they used to\n\n"
            "The full report is available to\n")
    assert found("link-residue-dangling-word", text) == [
        ("link-residue-dangling-word", 5, 30, 'line ends with "to"; the text of a removed link '
         "probably followed it")]


def test_the_before_a_count_of_time_units_ago_lost_its_noun():
    text = ("After debuting the two months ago, the firm unveiled a new model.\n"
            "A few years ago the fight ended minutes ago, as it did a year ago.\n")
    assert found("link-residue-missing-phrase", text) == [
        ("link-residue-missing-phrase", 1, 16, '"the two months ago" cannot occur in edited '
         "English; the text of a removed link stood in between")]


def test_a_compound_without_its_first_half_lost_the_linked_name():
    text = (LEAD + "The -backed group claimed the attack on Sunday.\n"
            "-based start-up raised $40 million from investors.\n"
            "The Kremlin-backed group; pre- and post-war; -5 degrees.\n"
            "Use a version set by\nnvm\n-managed Node versions stay apart.\n")
    message = '"{}" lacks the first half of its compound; the text of a removed link stood before it'
    assert found("link-residue-compound", text) == [
        ("link-residue-compound", 2, 5, message.format("-backed")),
        ("link-residue-compound", 3, 1, message.format("-based")),
    ]
    # shown, not failing a gate: dropped inline math leaves it too ("a -dimensional map")
    assert severities("link-residue-compound", text) == [(2, 5, "info"), (3, 1, "info")]


def test_an_aside_in_brackets_before_a_lowercase_verb_followed_a_removed_name():
    text = (LEAD + "(D-Mass.) said the bill would not pass the Senate this year.\n\n"
            "(A) the need to allocate resources.\n\n(II) more reliable evaluation of the data.\n")
    assert found("link-residue-lowercase-start", text) == [
        ("link-residue-lowercase-start", 2, 1,
         'sentence starts in lowercase with "said"; its subject was probably the text of a '
         'removed link')]


def test_a_plurals_apostrophe_with_no_owner_lost_the_linked_name():
    text = ("’ new album, their first in a decade, comes out in May.\n"
            "He praised the ’ new album in an interview.\n"
            "They played rock ’n’ roll in the ’90s.\n")
    assert found("link-residue-sentence-start", text) == [
        ("link-residue-sentence-start", 1, 1,
         'sentence starts with "’"; the text of a removed link is probably missing before it')]
    assert found("link-residue-before-punct", text) == [
        ("link-residue-before-punct", 2, 15, 'text of a removed link is missing before "’"')]


def test_a_subordinate_clause_then_a_verb_lost_the_main_clauses_subject():
    text = ("Whether you are out exploring or just hanging around the house, is a must here.\n"
            "If so, is it worth the money? When asked, is there a plan?\n"
            "When the force, F, is plotted against the thickness, a straight line results.\n"
            "Whether you hike or stay home, water is a must.\n")
    assert found("link-residue-missing-subject", text) == [
        ("link-residue-missing-subject", 1, 65,
         'the main clause starts with "is"; its subject was probably the text of a removed link')]
    # a short adverbial of time needs a subject too; a name after a verb of saying is its
    # subject, inverted
    text = ("On Monday, said it would close the plant in the spring.\n"
            "In substance, said the Court, there was no transfer.\n")
    assert found("link-residue-missing-subject", text) == [
        ("link-residue-missing-subject", 1, 12,
         'the main clause starts with "said"; its subject was probably the text of a removed link')]


def test_a_noun_phrase_preposition_before_a_verb_or_preposition_lost_its_noun_phrase():
    text = ("According to published in the journal on Monday, plumes were seen.\n"
            "Flights were cancelled due to was closed for the day.\n"
            "According to published reports, the order according to which he ruled fell thanks "
            "to at least two revolts.\n")
    message = '"{}" cannot occur in edited English; the text of a removed link stood in between'
    assert found("link-residue-missing-phrase", text) == [
        ("link-residue-missing-phrase", 1, 1, message.format("According to published in")),
        ("link-residue-missing-phrase", 2, 24, message.format("due to was")),
    ]


def test_a_mark_opening_a_line_after_a_short_heading_lost_a_link_after_inline_code_it_did_not():
    # a short line after a finished sentence is a heading or a label; one after a line that
    # ends no sentence (or a lead-in's colon) is inline code, and the sentence goes on
    text = ("Shares fell sharply on Monday.\nRelated coverage\n, the company said in a statement.\n"
            "You can install it through\npip\n: pip install yapapi\n"
            "It supports these variables:\nYAGNA_API_URL\n, base URL to the API\n")
    assert found("link-residue-sentence-start", text) == [
        ("link-residue-sentence-start", 3, 1,
         'sentence starts with ","; the text of a removed link is probably missing before it')]


def test_a_file_name_on_a_line_of_its_own_is_inline_code_the_sentence_goes_on_after():
    # dots inside the fragment ("requirements.txt") are a file name's; a fragment ending in a
    # dot ends a sentence, so the mark below it lost a link
    text = ("Dependencies go into a file named\nrequirements.txt\n, so you copy it first.\n"
            "Then run the tests in\nsetup.py\n.\n"
            "Install it with the file that ends in\nnumpy.\n, the company said.\n")
    assert found("link-residue-sentence-start", text) == [
        ("link-residue-sentence-start", 9, 1,
         'sentence starts with ","; the text of a removed link is probably missing before it')]


def test_a_command_or_a_file_name_on_a_line_of_its_own_is_inline_code():
    # a lowercase command of up to four words under a line left open (or one ending "e.g."),
    # and a file name or pinned version anywhere; a credit of three capitalised words is a
    # caption's, and the mark below it lost a link
    text = ("To keep it apart, run\npip install --user pipx\n. Once installed, make one.\n"
            "Name the package, e.g.\npip install requests\n. Pin it too, e.g.\n"
            "requests==2.31.0\n, in a file.\nEach service has a file.\ncompose.yaml\n: its "
            "settings.\nPhoto\nCredit Jo Brand\n’s bid for the chain was turned down.\n")
    assert found("link-residue-sentence-start", text) == [
        ("link-residue-sentence-start", 14, 1,
         'sentence starts with "’s"; the text of a removed link is probably missing before it')]


def test_a_hyphen_after_a_noun_or_opening_list_lines_is_no_halved_compound():
    # a dash written without its space follows any word; a list may mark its items with a
    # bare hyphen. A compound's half stands after a word that opens a noun phrase
    text = ("The harbour -which silted up for a decade -may reopen.\n"
            "Chores for the day:\n-fold laundry\n-clean the kitchen\n"
            "The -backed group claimed the attack.\n")
    assert found("link-residue-compound", text) == [
        ("link-residue-compound", 5, 5,
         '"-backed" lacks the first half of its compound; the text of a removed link stood '
         'before it')]


def test_a_checkbox_and_an_empty_string_are_no_emptied_brackets():
    # a task list's or a form's box, and the empty string of code or of a sentence about it;
    # brackets and quotes emptied mid-sentence stay residue
    text = ("- [ ] write the tests\nTick [ ] Show hidden files, then save.\n"
            'If the name is missing, return "" and stop: the function returns: "", an empty string "".\n'
            'The rule [ ] applies, and the album, "", came out in May.\n')
    message = 'empty brackets or quotes "{}"; the linked text inside them was removed'
    assert found("link-residue-empty-brackets", text) == [
        ("link-residue-empty-brackets", 4, 10, message.format("[ ]")),
        ("link-residue-empty-brackets", 4, 38, message.format('""'))]


def test_a_subject_pronoun_an_adverb_and_to_lost_the_verb_between():
    # an inversion after "were" keeps its "to"; a verb in -ly is no adverb
    text = ("She bought the boat, though she later to sell it.\n"
            "Were he ever to leave, she was later to say, we apply to the rules we reply to.\n")
    assert found("link-residue-function-words", text) == [
        ("link-residue-function-words", 1, 29,
         '"she later to" cannot occur in edited English; the text of a removed link stood in '
         'between')]


def test_which_to_before_a_quantity_lost_the_verb_between():
    text = ("The expansion, which to more than 400,000 residents, was popular.\n"
            "She knew which to choose, a law which to this day stands, and whom to thank.\n")
    assert found("link-residue-missing-phrase", text) == [
        ("link-residue-missing-phrase", 1, 16,
         '"which to more than 400,000" cannot occur in edited English; the text of a removed link '
         'stood in between')]


def test_a_lowercase_word_after_a_capitalised_abbreviation_goes_on_the_sentence():
    # Brown writes "Mass." and "Dept." with their own stop: they end no sentence, a name does
    text = ("Mr. Palmer of Newburyport, Mass. has agreed to it, and the Planning Dept. comes "
            "next.\n\nAir quality is poor in Delhi. has also suffered from smog.\n")
    assert found("link-residue-lowercase-start", text) == [
        ("link-residue-lowercase-start", 3, 31,
         'sentence starts in lowercase with "has"; its subject was probably the text of a '
         'removed link')]


def test_a_participle_after_an_article_before_a_preposition_lost_the_name_between():
    # Brown's tune half writes the class 0 times against 107 expected; a participle before its
    # noun ("the reported deal") and one Brown uses as a head ("the wounded in") are left alone
    text = ("The reported on Sunday that talks had stalled.\n"
            "Last month the announced that its reported losses would widen.\n"
            "The reported deal was a done deal; the wounded in the attack bought a used car.\n")
    message = '"{}" cannot occur in edited English; the text of a removed link stood in between'
    assert found("link-residue-participle", text) == [
        ("link-residue-participle", 1, 1, message.format("The reported on")),
        ("link-residue-participle", 2, 12, message.format("the announced that")),
    ]
    # shown, not failing a gate: Brown's check half writes the class once
    assert severities("link-residue-participle", text) == [(1, 1, "info"), (2, 12, "info")]


def test_have_before_a_determiner_after_a_subordinate_clause_is_an_imperative():
    text = ("After it has been seen, have the child start on a mat.\n"
            "When you land, have your passport ready.\n"
            "Since the vote, have been accused of fraud.\n")
    assert found("link-residue-missing-subject", text) == [
        ("link-residue-missing-subject", 3, 17,
         'the main clause starts with "have"; its subject was probably the text of a removed '
         'link')]


def test_to_with_its_verb_phrase_left_out_before_the_next_subject_is_no_residue():
    # "if he had to he would": a clause ends on "to"; "to he" elsewhere lost the words between
    text = ("If he had to he would open the door, and if you want to we can leave.\n"
            "The prize went to he and his wife.\n")
    assert found("link-residue-function-words", text) == [
        ("link-residue-function-words", 2, 16,
         '"to he" cannot occur in edited English; the text of a removed link stood in between')]


def test_due_to_after_a_form_of_be_is_an_adjective_before_an_infinitive():
    text = ("Anna was due to have had another operation on Friday.\n"
            "Shares fell due to have been sold.\n")
    assert found("link-residue-missing-phrase", text) == [
        ("link-residue-missing-phrase", 2, 13,
         '"due to have" cannot occur in edited English; the text of a removed link stood in '
         'between')]


BYLINES = """\
Wrong and unnecessary

by Jane Doe on July 7, 2012

by Larry Dignan

The model was wrong, and the data showed it within a week.

is reportedly being investigated by the attorney general.
"""


def test_a_lowercase_byline_or_date_line_is_no_removed_links_subject():
    assert found("link-residue-lowercase-start", BYLINES) == [
        ("link-residue-lowercase-start", 9, 1,
         'sentence starts in lowercase with "is"; its subject was probably the text of a removed link')]


LEAD_INS = """\
The sect has been most visible in these controversies:

    the practice of forcing girls into marriages, usually with much older men
    the state’s takeover of the sect’s property trust

Related:

    More sample images from the new lens

As I wrote a while back,

    It is as if the president has a big red button on his desk.

Read more:

The shelters open at noon, officials said.
"""


def test_an_indented_block_is_what_the_lead_in_above_it_introduced_and_its_lines_are_items():
    assert found("link-residue-lowercase-start", LEAD_INS) == []
    assert found("link-residue-dangling-label", LEAD_INS) == [
        ("link-residue-dangling-label", 14, 1,
         'line ends with "Read more:"; the link it introduced was removed')]
    # above a paragraph of prose, a label may be a lead-in to it: information
    assert severities("link-residue-dangling-label", LEAD_INS) == [(14, 1, "info")]
    assert severities("link-residue-dangling-label", "Here’s how it works:\n\nThe card comes with "
                      "a savings account that pays six percent a year.\n") == [(1, 1, "info")]
    # above nothing or a heading, it lost what it introduced: a warning once a gap that is
    # evidence on its own corroborates it, information without one (``uncorroborated``)
    assert severities("link-residue-dangling-label", LEAD + "\nRelated:\n") == [(3, 1, "info")]
    assert severities("link-residue-dangling-label", "You might also like:\n\nMore photos\n") == [
        (1, 1, "info")]
    assert severities("link-residue-dangling-label", "You might also like:\n\nMore photos\n\n"
                      "See the full list:\n") == [(1, 1, "info"), (5, 1, "info")]
    assert severities("link-residue-dangling-label", STRONG + "\nYou might also like:\n\n"
                      "More photos\n\nSee the full list:\n", "link-residue-before-punct") == [
        (3, 1, "warning"), (7, 1, "warning")]


def test_terms_glossed_after_a_dash_on_three_lines_in_a_row_are_a_glossarys_items():
    links = ("Four short links for today.\n\n"
             "Copter Kit (Kickstarter) — a controller you can hack and fly today.\n"
             "The Privacy Game — a game about consent and privacy for everyone.\n"
             "statwing — very easy analysis and visualization of data.\n")
    assert found("link-residue-lowercase-start", links) == []
    # two are no run, and a dateline in capitals opens a sentence, not a term
    for text in (links.replace("The Privacy Game — a game", "LONDON — The game"),
                 links.replace("Copter Kit", "Copter Kit.")):
        assert found("link-residue-lowercase-start", text) == [
            ("link-residue-lowercase-start", 5, 1, 'sentence starts in lowercase with "statwing"; '
             "its subject was probably the text of a removed link")]


def test_a_paragraph_holding_two_later_ones_is_a_digest_not_the_source_of_pull_quotes():
    item = ("9) The council voted to close the library on Friday, the Herald reports. "
            "Residents protested outside the hall for hours.")
    digest = (f"{item}\n\nThe council voted to close the library on Friday.\n\n"
              "Residents protested outside the hall for hours.\n")
    assert found("repeated-pull-quote", digest) == []
    # headlines inside one long line are a flattened page's teasers, repeated
    teasers = ("Home News Sport Orders for the new plane pick up at the air show Zach Parise "
               "scores twice as the Wild beat the Sabres\n\nOrders for the new plane pick up at "
               "the air show\n\nZach Parise scores twice as the Wild beat the Sabres\n")
    assert [line for _, line, _, _ in found("repeated-pull-quote", teasers)] == [3, 5]
    # one passage lifted from it is a pull quote
    assert found("repeated-pull-quote", f"{item}\n\nThe council voted to close the library on Friday.\n") == [
        ("repeated-pull-quote", 3, 1, "repeats text of line 1 (a pull quote extracted as its own paragraph)")]


def test_three_quotations_each_with_its_author_are_the_texts_own_and_only_inform():
    quotes = ["“Write for people first.”\n\nJane Doe", "“Links follow good work.”\n\nJohn Roe",
              "“Measure what matters.”\n\nMary Major"]
    intro = ("We asked experts for one tip each: write for people first, links follow good "
             "work, measure what matters.\n\n")
    text = intro + "\n\n".join(quotes) + "\n"
    assert severities("bare-attribution", text) == [(5, 1, "info"), (9, 1, "info"), (13, 1, "info")]
    # one or two are a pull-quote box's caption
    text = intro + "\n\n".join(quotes[:2]) + "\n"
    assert severities("bare-attribution", text) == [(5, 1, "warning"), (9, 1, "warning")]
    # a quotation the text holds nowhere else is its own, and the name under it a heading
    text = "We asked experts for one tip each.\n\n" + "\n\n".join(quotes[:2]) + "\n"
    assert severities("bare-attribution", text) == []


def test_a_word_three_times_in_a_row_is_emphasis_shown_as_information_and_a_pair_a_warning():
    linter = load_linter(Config(select=["repeated-word"]))
    text = ("The steady beep beep beep went on. It narrows down down down, she said.\n"
            "But but but, I do not want to be the the last one.\n")
    assert [(f.line, f.column, f.severity.name.lower(), f.message)
            for f in linter.lint(Document.from_string(text)).findings] == [
        (1, 12, "info", '"beep" is repeated'), (1, 47, "info", '"down" is repeated'),
        (2, 1, "info", '"But" is repeated'), (2, 34, "warning", '"the" is repeated')]


def test_a_formula_rendered_three_times_and_speech_repeating_its_first_word_only_inform():
    text = ("Perhaps the simplest is best-of-n n n sampling.\n"
            "I said, “Wait wait” to him. The the vote is near. It it was late.\n")
    assert severities("repeated-word", text) == [
        (1, 35, "info"), (2, 10, "info"), (2, 29, "warning"), (2, 51, "warning")]


START = "link-residue-lowercase-start"
LOST = 'sentence starts in lowercase with "{}"; its subject was probably the text of a removed link'


def test_a_name_styled_in_lowercase_may_open_a_sentence():
    # "xmcp" and "gpt-oss-safeguard" are in no English list and the post writes them in lowercase
    # inside its sentences too; "flarbit" (unlisted) never stands inside a sentence, and "is" is
    # an English word: both still lost their subject
    text = ("Vercel now supports [xmcp](https://xmcp.dev/) with zero configuration.\n\n"
            "xmcp is a framework for building tools that agents can call.\n\n"
            "Teams can deploy gpt-oss-safeguard on their own servers today.\n\n"
            "gpt-oss-safeguard reads a policy at inference time and applies it.\n\n"
            "flarbit ships its first release to the public next week.\n\n"
            "is reportedly being investigated by the New York attorney general.\n")
    assert found(START, text) == [
        (START, 9, 1, LOST.format("flarbit")),
        (START, 11, 1, LOST.format("is"))]


def test_eg_and_ie_written_with_one_stop_end_no_sentence():
    text = ("Agents recover quickly (eg. when an agent fails it is retried a set number of times).\n\n"
            "Agents loop, ie. the graph of an agent is cyclical and needs its own runtime.\n\n"
            "Air quality is poor today. has also suffered from smog for a week.\n")
    assert found(START, text) == [
        (START, 5, 28, LOST.format("has"))]


def test_the_caption_under_a_figure_standing_alone_lost_nothing():
    # a stat callout: the figure on its own line (or heading), its caption below in lowercase
    text = ("Year-to-date increase in weekly users of Custom GPTs and Projects.\n\n"
            "20%\n\n"
            "of all Enterprise messages were processed via a Custom GPT or Project.\n\n"
            "10x faster\n\n"
            "than the old platform across the whole holiday weekend and beyond.\n\n"
            "The new site went live.\n\n"
            "has been eliminated from the competition after a tense final.\n")
    assert found(START, text) == [
        (START, 13, 1, LOST.format("has"))]


def test_a_verse_quoted_line_by_line_under_a_lead_in_lost_nothing():
    # one paragraph a line (not wrapped at a width), blank lines between: the verse's lines
    # follow each other directly
    verse = ("The prize went to a poem about a night bus, chosen from more than eighteen thousand "
             "entries sent in from ninety countries this year.\n\n"
             "Its opening lines set the tone, the judges said:\n"
             "The kettle ticks as it cools.\n"
             "We wait for news, the two of us,\n"
             "the radio low —\n"
             "not that it will tell us much,\n"
             "but it keeps the kitchen warm.\n\n"
             "It ends on a stranger at the stop:\n"
             "He asks me if it has been.\n"
             "We stand there, two people\n"
             "trusting a rumour.\n\n"
             "The poem will be printed in the spring.\n")
    assert found("link-residue-lowercase-start", verse) == []
    assert found("link-residue-dangling-label", verse) == []
    # a long line in lowercase under the run is prose again, which lost its subject
    residue = verse.replace("We stand there, two people\ntrusting a rumour.",
                            "is an easy to install and easy to use library that works in the browser.")
    assert found("link-residue-lowercase-start", residue) == [
        ("link-residue-lowercase-start", 12, 1,
         'sentence starts in lowercase with "is"; its subject was probably the text of a removed link')]


def test_a_word_said_twice_before_an_exclamation_mark_is_a_cry_and_only_informs():
    text = ("The crowd chanted “Yalagaloo pip pip”! It was all about flash flash! "
            "Then the the vote came!\n")
    assert severities("repeated-word", text) == [(1, 30, "info"), (1, 57, "info"),
                                                 (1, 75, "warning")]


def test_a_particle_after_its_object_then_the_same_preposition_only_informs():
    text = "Pops let us in in the dark. It was registered on on Monday.\n"
    assert severities("repeated-word", text) == [(1, 13, "info"), (1, 47, "warning")]


def test_a_bar_after_a_labels_colon_lost_the_labels_link_but_a_tables_cells_did_not():
    text = ("**Tested by:** John Milbank **More info:** | +49 (0)40 890 85-433\n\n"
            "| Spec: | Value |\n| --- | --- |\n| Weight: | 200 g |\n")
    doc = Document.from_string(text, "review.md")
    linter = load_linter(Config(select=["link-residue-before-punct"]))
    assert [(f.line, f.column, f.message) for f in linter.lint(doc).findings] == [
        (1, 43, 'text of a removed link is missing before "|"')]


def test_a_mark_after_an_ellipsis_or_an_initialisms_dots_is_tokenised_text_not_residue():
    # tokenisers space out a sentence's stop after an ellipsis or an initialism ("U.N. ."); a
    # mark after an ordinary sentence's end still lost a link
    text = ("The road led on to the coast ... . Beyond it lay the sea.\n"
            "The road led on to the coast … , then turned inland.\n"
            "The talks were chaired by the U.N. . Both sides signed.\n"
            "Shares fell 4%. , which owns the brand, declined to comment.\n")
    assert found("link-residue-sentence-start", text) == [
        ("link-residue-sentence-start", 4, 17, 'sentence starts with ","; the text of a removed '
         "link is probably missing before it")]
