"""The `furniture` kind: page furniture by shape and position, with the shipped model
(`furniture-line` in rules/boilerplate.yaml) and with hand-set weights for the mechanics.

The shipped model's expectations change when benchmarks/fit_furniture.py refits it: a refit
that changes what users see must update them, on purpose.
"""

from __future__ import annotations

import pytest

from textlint_news import Document
from textlint_news.kinds.furniture_features import FEATURES, document_language, line_features
from textlint_news.loading.packs import ConfigError

from ..helpers import rules_from_yaml
from .furniture_text import P1, P2, RULES

RULE = RULES["furniture-line"]

P3 = ("Residents who rely on the ferry to reach the mainland welcomed the decision, though some "
      "said the timetable still left them waiting for hours in the winter.")
PROSE = f"{P1}\n\n{P2}\n\n{P3}\n"


def found(text: str, rule=RULE) -> list[tuple[str, int, str, str]]:
    doc = Document.from_string(text, "t.txt")
    return [(f.rule_id, f.line, str(f.severity), f.message) for f in rule.check(doc)]


def lines_found(text: str) -> list[tuple[int, str]]:
    return [(line, severity) for _, line, severity, _ in found(text)]


def msg(line: str, reasons: str, confidence: int) -> str:
    return (f'"{line}" looks like page furniture, not article text ({reasons}; '
            f"confidence {confidence}%)")


def test_a_menu_above_the_article_is_furniture():
    text = f"Home\nNews\nSport\nBusiness\nOpinion\n\n{PROSE}"
    shape = "words in title case, short for this document, no closing punctuation"
    late = "words in title case, no closing punctuation, short for this document"
    assert found(text) == [
        ("furniture-line", 1, "info",
         msg("Home", "near the start, words in title case, short for this document", 99)),
        ("furniture-line", 2, "info",
         msg("News", "words of page interfaces, words in title case, short for this document", 100)),
        ("furniture-line", 3, "info", msg("Sport", shape, 98)),
        ("furniture-line", 4, "info", msg("Business", late, 96)),
        ("furniture-line", 5, "info", msg("Opinion", late, 93)),
    ]


def test_share_prompts_under_the_article_are_furniture():
    text = f"{PROSE}\nShare on Facebook\nTweet\nEmail\n"
    cta = "starts with a call to action, words in title case, short for this document"
    assert found(text) == [
        ("furniture-line", 7, "info",
         msg("Share on Facebook", "starts with a call to action, no closing punctuation, words of "
             "page interfaces", 99)),
        ("furniture-line", 8, "info", msg("Tweet", cta, 100)),
        ("furniture-line", 9, "info",
         msg("Email", "words of page interfaces, starts with a call to action, words in title case",
             100)),
    ]


def test_a_date_line_is_found_and_the_headline_is_left_alone():
    text = f"Ferry service extended\n\nPublished 12 March 2024, 09:15\n\n{PROSE}"
    assert found(text) == [
        ("furniture-line", 3, "info",
         msg("Published 12 March 2024, 09:15",
             "a date or time on a short line, words in title case, no closing punctuation", 89))]


def test_a_first_line_with_a_date_is_not_taken_for_the_headline():
    assert found(f"Updated 12 March 2024\n\n{PROSE}\n{P1}\n") == [
        ("furniture-line", 1, "info",
         msg("Updated 12 March 2024",
             "a date or time on a short line, near the start, words of page interfaces", 94))]


def test_the_default_pack_never_warns_so_a_gate_is_not_failed_by_shape_alone():
    assert [t for t, _ in RULE.thresholds] == [RULE.thresholds[-1][0]]
    assert {severity for _, _, severity, _ in found(f"Home\nNews\n\n{PROSE}\nShare\nTweet\n")} \
        == {"info"}


def test_credits_under_the_article_are_information():
    text = f"{PROSE}\nPhoto: Jane Smith / Reuters\n\nEditing by Tom Brown and Ann Lee\n"
    assert found(text) == [
        ("furniture-line", 7, "info",
         msg("Photo: Jane Smith / Reuters",
             "words in title case, no closing punctuation, four to seven words", 78)),
        ("furniture-line", 9, "info",
         msg("Editing by Tom Brown and Ann Lee",
             "no closing punctuation, words in title case, four to seven words", 78)),
    ]


def test_prose_and_a_heading_between_paragraphs_are_not_flagged():
    assert found(PROSE) == []
    assert found(f"{P1}\n\nWhat happens next\n\n{P2}\n\n{P3}\n") == []


GERMAN = ("Fähre fährt ein weiteres Jahr\n\nStartseite | Politik | Wirtschaft\n\n"
          "Der Stadtrat hat am Dienstag beschlossen, die Fährverbindung um ein weiteres Jahr zu "
          "verlängern, nachdem lange über die Kosten und über die Frage gestritten worden war, wer "
          "für die neuen Boote zahlen soll.\n\n"
          "Die ersten Boote sollen im Frühjahr kommen, und die Preise bleiben bis zum Ende des "
          "Jahres gleich, wie die Verwaltung mitteilte.\n\n"
          "Anwohner, die auf die Fähre angewiesen sind, begrüßten die Entscheidung.\n\n"
          "Jetzt teilen\n")


def test_a_german_page_uses_german_function_words():
    doc = Document.from_string(GERMAN, "t.txt")
    tokens = [t for line in doc.lines for t in line.casefold().split()]
    assert document_language(doc, tokens) == "de"
    # the prose and the headline are left alone; the menu line between bars (a lone row: no
    # table) and the share prompt (a German call to action) are found
    assert found(GERMAN) == [
        ("furniture-line", 3, "info",
         msg("Startseite | Politik | Wirtschaft",
             "words in title case, no closing punctuation, near the start", 81)),
        ("furniture-line", 11, "info",
         msg("Jetzt teilen", "words of page interfaces, no closing punctuation, short for this "
             "document", 90)),
    ]


def test_a_declared_language_wins_and_an_unlisted_one_means_no_function_words():
    doc = Document.from_string(GERMAN, "t.txt")
    doc.language = "en"  # as --language or a record field would set it
    assert document_language(doc, ["der", "die", "und"]) == "en"
    doc.language = "zh"
    assert document_language(doc, ["der", "die", "und"]) is None
    assert document_language(Document.from_string("Hello", "t.txt"), ["hello"]) is None


def test_short_documents_and_hard_wrapped_text_are_skipped():
    assert found("Home\nNews\n") == []
    # four lines of text: too few for "near the end" to mean anything
    assert found(f"{P1}\n\n{P2}\n\nShare\nTweet\n") == []
    wrapped = ("The city council voted on Tuesday to extend the ferry service for\n"
               "another year, after a long debate about its cost and about who\n"
               "should pay for the new boats\n" * 3)
    assert found(wrapped) == []


# -- the kind's mechanics, with weights set by hand ------------------------------------------

SPEC = """
rules:
  - id: shape
    kind: furniture
    message: '{body}: {reasons} ({confidence})'
    intercept: -2.0
    weights: {words_1: 4.0, sentence_end: -3.0}
    typical: {words_1: 0.0, sentence_end: 1.0}
    thresholds: {warning: 0.85, info: 0.6}
    smoothing: {own: 1.0, neighbours: 0.5, intercept: 0.0}
    window: 1
    min_lines: 1
"""


def test_severity_follows_the_thresholds_and_neighbours_smooth_the_score():
    rule = rules_from_yaml(SPEC)[0]
    # own logits: one word 2.0, a sentence -5.0; plus half the mean of the neighbours' (window 1):
    # "Alone" 2.0 - 2.5 (no), "Menu" 2.0 - 0.75 (78%: info), "Items" 2.0 + 1.0 (95%: warning)
    text = "Intro line here.\n\nAlone\n\nA sentence that ends.\n\nMenu\nItems\n"
    assert found(text, rule) == [
        ("shape", 7, "info", "Menu: a single word, no closing punctuation (78%)"),
        ("shape", 8, "warning", "Items: a single word, no closing punctuation (95%)"),
    ]


@pytest.mark.parametrize("change, message", [
    ("weights: {words_9: 1.0}", "unknown feature 'words_9' in 'weights'"),
    ("thresholds: {high: 0.9}", "'thresholds' keys must be severities, not 'high'"),
    ("weights: {words_1: high}", "'weights' must map names to numbers"),
])
def test_bad_model_data_is_a_located_error(change, message):
    key = change.split(":")[0]
    spec = "\n".join(f"    {change}" if line.strip().startswith(f"{key}:") else line
                     for line in SPEC.splitlines())
    with pytest.raises(ConfigError, match=message):
        rules_from_yaml(spec)


def test_features_are_one_vector_per_non_blank_line():
    doc = Document.from_string(f"Home\n\n{P1}\n", "t.txt")
    rows = line_features(doc, frozenset({"home"}))
    assert [line for line, _ in rows] == [1, 3]
    assert len({len(xs) for _, xs in rows}) == 1


def test_shape_features_of_dates_counts_credits_glued_menus_and_indented_captions():
    text = (f"{PROSE}\n19 NOV 2019\n\nSonu Mehta/Hindustan Times/Getty Images\n\n"
            "      NASA Worldview\n\nHomeLatest NewsNollywood Actress\n\nTempo de leitura: 2 minutos\n")
    doc = Document.from_string(text, "t.txt")
    rows = dict(line_features(doc, frozenset()))
    names = ("short_date", "short_count", "glued_words", "credit_mark", "indented")
    index = [list(FEATURES).index(name) for name in names]
    assert {line: tuple(rows[line][i] for i in index) for line in rows} == {
        1: (0.0, 0.0, 0.0, 0.0, 0.0), 3: (0.0, 0.0, 0.0, 0.0, 0.0), 5: (0.0, 0.0, 0.0, 0.0, 0.0),
        7: (1.0, 1.0, 0.0, 0.0, 0.0),             # a date alone: three words, one of them a word
        9: (0.0, 0.0, 0.0, 1.0, 0.0),             # names joined by slashes: a picture credit
        11: (0.0, 0.0, 0.0, 0.0, 1.0),            # indented deeper than the paragraphs
        13: (0.0, 0.0, 2 / 3, 0.0, 0.0),          # two places where menu entries run together
        15: (0.0, 0.0, 0.0, 0.0, 0.0),            # five words: not a short count
    }




def test_a_caption_beside_a_credit_and_headlines_opening_alike_are_marked():
    text = (f"{P1}\n\nFerries wait at the pier on Monday.\nSonu Mehta/Hindustan Times/Getty Images\n"
            f"{P2}\n\nPolitics Council votes to extend the ferry\nPolitics Mayor opens new pier\n"
            "14:32 Fares stay the same until winter\n14:10 Boats arrive in the spring\n"
            "The council met on Monday\nThe council voted on Tuesday\n")
    rows = dict(line_features(Document.from_string(text, "t.txt"), frozenset()))
    index = [list(FEATURES).index(name) for name in ("beside_credit", "shared_opening")]
    assert {line: tuple(rows[line][i] for i in index) for line in rows} == {
        1: (0.0, 0.0), 3: (1.0, 0.0),  # the caption, shorter than the paragraph under the credit
        4: (0.0, 0.0), 5: (0.0, 0.0),  # the credit itself; the paragraph on its other side
        7: (0.0, 1.0), 8: (0.0, 1.0),  # a section's name before each headline
        9: (0.0, 1.0), 10: (0.0, 1.0),  # a ticker's times
        11: (0.0, 0.0), 12: (0.0, 0.0),  # "The": a function word opens them
    }
def test_a_picture_credit_at_the_end_names_its_credit_mark():
    assert found(f"Ferry service extended\n\n{PROSE}\nSonu Mehta/Hindustan Times/Getty Images\n") == [
        ("furniture-line", 9, "info",
         msg("Sonu Mehta/Hindustan Times/Getty Images",
             "words of page interfaces, a credit or copyright mark, words in title case", 96))]


# -- a line alone between two paragraphs: the lone-line model --------------------------------

def lone(line: str) -> str:
    return f"Ferry service extended\n\n{P1}\n\n{line}\n\n{P2}\n\n{P3}\n"


def test_furniture_alone_in_the_body_is_found_and_subheadings_are_left_alone():
    assert found(lone("Slide 4 of 9")) == [("furniture-line", 5, "info", msg(
        "Slide 4 of 9", "a count of the form N of M, no closing punctuation, numbers", 94))]
    assert found(lone("Manage your account")) == [("furniture-line", 5, "info", msg(
        "Manage your account",
        "starts with a button's verb, no closing punctuation, addresses the reader", 90))]
    assert found(lone("48 comments")) == [("furniture-line", 5, "info", msg(
        "48 comments",
        "words of page interfaces, a number and what it counts, no closing punctuation", 100))]
    for heading in ("What happens next", "The background", "Why it matters", "Looking ahead"):
        assert found(lone(heading)) == [], heading


def test_features_of_the_reader_counts_prices_buttons_and_lone_lines():
    text = (f"Ferry service extended\n\n{P1}\n\nPage 2 of 3\n\n{P2}\n\nSave your seat\n\n{P3}\n\n"
            f"From $19.99\n\n{P1}\n\n2 days ago\n\n{P2}\n\nPhoto 5/12\n\nSave your seat\n")
    rows = dict(line_features(Document.from_string(text, "t.txt"), frozenset(),
                              frozenset({"your"}), frozenset({"save"})))
    names = ("reader", "n_of_m", "price", "action_first", "count_first", "lone")
    index = [list(FEATURES).index(name) for name in names]
    assert {line: tuple(rows[line][i] for i in index) for line in rows} == {
        1: (0.0, 0.0, 0.0, 0.0, 0.0, 0.0),  # the headline: prose only below it
        3: (0.0, 0.0, 0.0, 0.0, 0.0, 0.0), 7: (0.0, 0.0, 0.0, 0.0, 0.0, 0.0),
        11: (0.0, 0.0, 0.0, 0.0, 0.0, 0.0), 15: (0.0, 0.0, 0.0, 0.0, 0.0, 0.0),
        19: (0.0, 0.0, 0.0, 0.0, 0.0, 0.0),
        5: (0.0, 1.0, 0.0, 0.0, 0.0, 1.0),    # a counter between two paragraphs
        9: (1.0, 0.0, 0.0, 1.0, 0.0, 1.0),    # a button that talks to the reader
        13: (0.0, 0.0, 1.0, 0.0, 0.0, 1.0),   # a price
        17: (0.0, 0.0, 0.0, 0.0, 1.0, 1.0),   # a number and what it counts
        # only lines alone between paragraphs are searched for them: not the last two
        21: (0.0, 0.0, 0.0, 0.0, 0.0, 0.0), 23: (0.0, 0.0, 0.0, 0.0, 0.0, 0.0),
    }


LONE_SPEC = SPEC.replace("    window: 1\n", """    window: 1
    lone_weights: {n_of_m: 5.0}
    lone_intercept: -2.0
    lone_threshold: 0.9
""").replace("neighbours: 0.5", "neighbours: 0.0")


def test_a_lone_line_is_scored_by_the_lone_model_alone():
    rule = rules_from_yaml(LONE_SPEC)[0]
    long = "a sentence of prose that goes on for twenty words or more, as the paragraphs of an article do."
    # line model: one word 2.0 (88%), three words -2.0 (12%); lone-line model: the counter
    # 3.0 (95%), the word -2.0 (12%): the lone model decides for both
    text = f"Intro {long}\n\nPage 2 of 3\n\nThen {long}\n\nAlone\n\nEnd {long}\n"
    assert found(text, rule) == [
        ("shape", 3, "warning", "Page 2 of 3: a count of the form N of M (95%)"),
    ]
    line_model = rules_from_yaml(SPEC.replace("neighbours: 0.5", "neighbours: 0.0"))[0]
    assert found(text, line_model) == [
        ("shape", 7, "warning", "Alone: a single word, no closing punctuation (88%)"),
    ]


def test_unknown_lone_feature_is_a_located_error():
    with pytest.raises(ConfigError, match="unknown feature 'words_9' in 'lone_weights'"):
        rules_from_yaml(LONE_SPEC.replace("{n_of_m: 5.0}", "{words_9: 1.0}"))


def test_interface_words_score_a_line_by_the_share_of_its_words_they_hold():
    text = (f"Ferry service extended\n\n{P1}\n\nSign up for our newsletter newsletter\n\n{P2}\n\n"
            f"{P3}\n\nThe newsletter of the ferry users' club, which the council funds, printed "
            f"the timetable {'again and ' * 20}again.\n")
    rows = dict(line_features(Document.from_string(text, "t.txt"), frozenset(),
                              interface_words={"newsletter": 3.0, "sign": 1.0}))
    i = list(FEATURES).index("interface_words")
    # each word counts once, over the line's six words: (3.0 + 1.0) / 6
    assert rows[5][i] == pytest.approx(4 / 6)
    assert rows[1][i] == rows[3][i] == 0.0
    assert rows[11][i] == 0.0  # a line longer than forty words is prose: never searched


def test_interface_words_must_be_numbers():
    with pytest.raises(ConfigError, match="'interface_words' must map names to numbers"):
        rules_from_yaml(LONE_SPEC.replace("    window: 1\n", "    window: 1\n"
                                          "    interface_words: {newsletter: high}\n"))
