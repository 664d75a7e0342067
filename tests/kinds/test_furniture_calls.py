"""Session 12's furniture classes: a site's menu written as a Markdown list (`menu-list`, the
boilerplate kind's `min_run`), a button calling the reader to act (`call-to-act`, the
lexicon-line kind's `min_words`), and interface notices that put their imperative after an
opening phrase or a question or ask the reader to act with a device or browser
(`interface-notice`); with the article text each must leave alone."""

from __future__ import annotations

import pytest

from textlint_news import Document, Linter

from ..helpers import fixed, rules_from_yaml
from .furniture_text import P1, P2, RULES, between, lint
from .test_furniture_notice import msg as notice_msg


def found(rule: str, text: str) -> list[tuple[str, int, int, str, str]]:
    return lint([RULES[rule]], text)


# --- menu-list ---------------------------------------------------------------------------------

MENU = "* Home\n* [World](/world)\n* Business (https://example.com/business)\n\n* Contact Us\n"


def menu_msg(item: str) -> str:
    return f'"{item}" is an item of the site\'s menu, not article text'


def test_a_run_of_four_menu_items_is_found_item_by_item_and_removed_whole():
    text = f"{MENU}\n{P1}\n\n{P2}\n"
    findings = Linter([RULES["menu-list"]]).lint(Document.from_string(text, "t.txt")).findings
    assert [(f.line, f.column, str(f.severity), f.message) for f in findings] == [
        (1, 1, "info", menu_msg("* Home")),
        (2, 1, "info", menu_msg("* [World](/world)")),
        (3, 1, "info", menu_msg("* Business (https://example.com/business)")),
        (5, 1, "info", menu_msg("* Contact Us")),
    ]
    # every finding removes the whole run: one pass leaves no stub of the menu behind
    assert fixed(text, findings[0]) == f"{P1}\n\n{P2}\n"


def test_an_indented_menu_at_the_end_is_found():
    items = ["  - Privacy Policy", "  - Terms of Use", "  - Cookie Settings", "  - Advertise"]
    text = f"{P1}\n\n{P2}\n\n" + "\n".join(items) + "\n"
    assert [line for _, line, *_ in found("menu-list", text)] == [5, 6, 7, 8]


def test_nested_bullets_heading_marks_and_icon_items_make_a_menu_too():
    items = ["* * Forum", "* ### Sponsored", "* [Facebook]", "*", "  * __"]
    text = "\n".join(items) + f"\n\n{P1}\n"
    assert [(line, column) for _, line, column, *_ in found("menu-list", text)] == [
        (1, 1), (2, 1), (3, 1), (4, 1), (5, 3)]


@pytest.mark.parametrize("block", [
    # a break between an article's sections
    "* * *\n\n* * *\n\n* * *\n\n* * *",
    # three short items are an article's own list
    "* Leeds\n* York\n* Hull",
    # items that are sentences, lowercase or figures
    "* More buses on the main roads.\n* Cheaper fares for students.\n* New bike lanes\n* A ferry",
    "* butter\n* sugar\n* flour\n* eggs",
    "* 2 cups of flour\n* 1 cup of sugar\n* 3 eggs\n* 1 tsp of salt",
    # a numbered list is a ranking
    "1. Tokyo\n2. Delhi\n3. Shanghai\n4. Dhaka",
    # a prose line breaks the run
    "* Leeds\n* York\nand, further north,\n* Durham\n* Newcastle",
])
def test_an_articles_own_lists_are_left_alone(block):
    assert found("menu-list", f"{P1}\n\n{block}\n\n{P2}\n") == []


def test_min_run_counts_matching_lines_with_only_blank_lines_between():
    rule, = rules_from_yaml("""
    rules:
      - {id: dash, kind: boilerplate, message: '{body}', min_run: 3, patterns: ['-- \\w+']}
    """)
    text = "-- a\n\n-- b\n-- c\nprose\n-- d\n-- e\n"
    findings = Linter([rule]).lint(Document.from_string(text, "t.txt")).findings
    assert [f.line for f in findings] == [1, 3, 4]


# --- call-to-act -------------------------------------------------------------------------------

def cta_msg(line: str) -> str:
    return f'"{line}" is a button of the page calling the reader to act, not article text'


@pytest.mark.parametrize("line", [
    "Vote now", "Take our quiz", "Start your free trial today", "Try it free for 30 days",
    "Listen to the podcast", "Jetzt abonnieren", "Descarga la app", "Cast your vote",
    "Manage your subscription", "Add to bookmarks", "Make a gift",
])
def test_a_button_calling_the_reader_to_act_is_found(line):
    assert found("call-to-act", between(line)) == [("call-to-act", 3, 1, "info", cta_msg(line))]


@pytest.mark.parametrize("line", [
    # a verb alone is a guide's subheading; a subheading with a word of its subject is its own
    "Vote", "Book", "Vote for change in Ohio", "Take the train to the coast",
    "Order of the day", "Now, for the book.", "Play it again, Sam", "Make a wish",
    "Add salt to taste", "Add to the list",
])
def test_subheadings_with_the_same_verbs_are_left_alone(line):
    assert found("call-to-act", between(line)) == []


def test_min_words_leaves_shorter_lines_alone():
    rule, = rules_from_yaml("""
    rules:
      - {id: two, kind: lexicon-line, message: '{body}', min_words: 2, marks: [vote], words: [now]}
    """)
    text = "Vote\n\nVote now\n"
    assert [f.line for f in Linter([rule]).lint(Document.from_string(text, "t.txt")).findings] \
        == [3]


# --- interface-notice --------------------------------------------------------------------------

@pytest.mark.parametrize("line, words", [
    # the imperative after an opening phrase of purpose, or first in a later sentence
    ("To keep reading, create a free account or log in.", "create, account, log in"),
    ("You are reading a preview. Log in to continue.", "log, log in"),
    ("Want stories like this in your inbox? Join 40,000 readers.", "join, inbox"),
    # the reader's device or browser, when asked to act
    ("Add this site to your home screen for quick access.", "add, home screen"),
    ("Sorry, this video is not available on mobile devices.", "sorry, mobile devices"),
    ("For the best viewing experience, open this page on a desktop computer.", "open, desktop"),
    # three browsers named by a line that asks the reader to act on the page
    ("This site works best with the latest versions of Chrome, Firefox, Edge or Safari.",
     "this site, firefox"),
    ("Your browser is no longer supported. Please switch to Firefox, Chrome or Microsoft Edge.",
     "please, browser"),
    # a comment held for the moderators
    ("Your comment is awaiting moderation.", "your, awaiting moderation"),
])
def test_a_notice_asking_the_reader_to_act_is_found(line, words):
    assert found("interface-notice", between(line)) == [
        ("interface-notice", 3, 1, "info", notice_msg(line, words))]


@pytest.mark.parametrize("line", [
    # reviews and help pages speak of the reader's phone and browser without asking
    "If you are serious about taking photos with your iPhone, the new case is worth a look.",
    "How do you get rid of an add-on in Firefox? I think one is slowing down my browsing.",
    "This feature has been around since iOS 5, so just about all iOS devices can do it.",
    # a general verb in an instruction, with no site speaking
    "Open the app and tap the account icon to see your orders.",
    # three products named without a request: a review
    "We tested Chrome, Firefox and Safari on the same laptop, and the browser from Apple won.",
])
def test_the_readers_devices_in_reviews_and_instructions_are_left_alone(line):
    assert found("interface-notice", between(line)) == []


@pytest.mark.parametrize("line, words", [
    # a banner's question and its call, with a general verb
    ("Want more deals? Join the Deals Newsletter.", "join, newsletter"),
    # the page sending the reader on
    ("You will be redirected back to your article in 13 seconds.", "you, redirected"),
])
def test_a_banners_question_and_call_or_a_redirect_is_found(line, words):
    assert found("interface-notice", between(line)) == [
        ("interface-notice", 3, 1, "info", notice_msg(line, words))]


def test_a_redirect_in_news_is_left_alone():
    assert found("interface-notice", between("Flights were redirected to Leeds after the storm "
                                             "closed the airport for most of the day.")) == []


# --- date-line ---------------------------------------------------------------------------------

@pytest.mark.parametrize("line", ["10h ago", "32M ago", "3d ago"])
def test_an_age_stamp_with_its_unit_run_into_the_number_is_a_date_line(line):
    assert found("date-line", between(line)) == [
        ("date-line", 3, 1, "info", f'"{line}" is a date on a line of its own, not article text')]


def test_an_age_stamp_inside_a_sentence_is_left_alone():
    assert found("date-line", between("The feed said 10h ago that the road was closed.")) == []


# --- feedback-prompt ---------------------------------------------------------------------------

@pytest.mark.parametrize("line", ["Was this article helpful?", "Was this page useful? Yes / No",
                                  "Thanks for your feedback!"])
def test_the_pages_feedback_widget_is_found(line):
    assert found("feedback-prompt", between(line)) == [
        ("feedback-prompt", 3, 1, "info",
         f'"{line}" asks readers to write to the site, not article text')]


def test_a_sentence_about_feedback_is_left_alone():
    assert found("feedback-prompt", between("The minister said the feedback from farmers had "
                                            "been helpful in writing the new rules.")) == []
