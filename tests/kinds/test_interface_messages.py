"""Session 13's interface classes, by how interfaces word their messages (issue 12): the state
of what the reader did (`interface-message`), a part of the page that needs something of the
reader (`page-requirement`), terms accepted by using the page (`terms-by-use`), a banner's
question and call (`banner-call`); the notice kind's imperative after a phrase of purpose and
Portuguese demonstratives. With the news sentences each must leave alone."""

from __future__ import annotations

import pytest

from .furniture_text import RULES, between, lint
from .test_furniture_notice import msg as notice_msg

MESSAGES = {
    "interface-message": "is a message of the site's interface to the reader, not article text",
    "control-hint": "is a message of the site's interface to the reader, not article text",
    "interface-dialog": "is a dialog of the page asking the reader to retry or confirm, not "
                        "article text",
    "page-requirement": "is the page saying what it needs to show itself, not article text",
    "terms-by-use": "is a site's terms, accepted by using the page, not article text",
    "banner-call": "is a banner calling the reader to act on the site, not article text",
}


def found(rules: list[str], text: str) -> list[tuple[str, int, int, str, str]]:
    return lint([RULES[r] for r in rules], text)


@pytest.mark.parametrize("rule, line", [
    # the state of what the reader did, what the site will do with it
    ("interface-message", "Your profile has been updated successfully."),
    ("interface-message", "Your download will begin shortly."),
    ("interface-message", "Your vote is being processed."),
    ("interface-message", "Ihr Kommentar wurde gespeichert und wartet auf Moderation."),
    ("interface-message", "Dein Passwort wurde erfolgreich geändert."),
    # a confirmation with no subject, the reader's state and things on the site
    ("interface-message", "Link copied to clipboard."),
    ("interface-message", "Saved to your reading list"),
    ("interface-message", "You've been unsubscribed."),
    ("interface-message", "Your cart is empty"),
    ("interface-message", "Welcome back, Jane!"),
    ("interface-message", "Your trial ends in 3 days."),
    # how to work a control
    ("control-hint", "Pinch to zoom"),
    ("control-hint", "Use the arrow keys to navigate the gallery."),
    ("control-hint", "Hit enter to search or ESC to close"),
    # a failure and the retry in a sentence of its own, a dialog that asks to confirm
    ("interface-dialog", "There was a problem. Please refresh the page and try again."),
    ("interface-dialog",
     "Beim Absenden Ihres Kommentars ist ein Fehler aufgetreten. Bitte versuchen Sie es erneut."),
    ("interface-dialog", "Are you sure you want to delete this comment?"),
    # the reader's visit named
    ("interface-message", "You are reading a preview. Subscribe to continue."),
    ("interface-message", "You are now leaving our website"),
    # a part of the page pointed at, and what it needs or withholds
    ("page-requirement", "This feature requires a newer version of the app."),
    ("page-requirement", "This feature is not available with your current cookie settings."),
    ("page-requirement", "This interactive is best viewed on a desktop browser."),
    # terms accepted by acting on the page
    ("terms-by-use", "By submitting your information, you're agreeing to receive "
                     "communications from us in accordance with our Terms."),
    ("terms-by-use", "Mit der Nutzung dieser Website stimmen Sie unseren Nutzungsbedingungen zu."),
    ("terms-by-use", "En poursuivant votre navigation, vous acceptez nos conditions."),
    # a banner's question to the reader and its call
    ("banner-call", "Enjoyed this article? Share it with a friend."),
    ("banner-call", "Missed the live event? Watch the replay on demand."),
    ("banner-call", "Do you have a story idea? Tell us at the address below."),
])
def test_an_interface_message_between_paragraphs_is_named_at_information(rule, line):
    assert found([rule], between(line)) == [
        (rule, 3, 1, "info", f'"{line}" {MESSAGES[rule]}')]


@pytest.mark.parametrize("line", [
    "Your vote has been counted by hand for decades, the clerk said, and the county will keep "
    "it that way.",
    "Your taxes will rise next year.",
    "You are registered voters, and your ballots matter.",
    "Press officers used the briefing to see off questions about the budget.",
    "Use the money to see what the market does, the adviser said.",
    "Something went wrong with the launch, and engineers will try again next month.",
    "Are you sure? The minister was asked twice.",
    "You are reading the words of a man who spent 20 years in prison. He wrote them by hand.",
    "This feature of the bill requires the state to pay for the new schools.",
    "The service is not available in rural areas, the company said.",
    "By signing the treaty, the two countries agreed to cut their tariffs.",
    "By continuing to fund the war, critics say, the government is making it longer.",
    "Want proof? Look at the numbers.",
    "Did the plan work? Officials say it is too early to tell.",
    "Need a reason to go? The food alone is worth the trip.",
])
def test_news_sentences_with_the_same_words_are_left_alone(line):
    assert found(list(MESSAGES), between(line)) == []


def test_a_line_another_rule_of_the_pack_names_is_reported_once():
    # interface-notice names the comment widget's notice; interface-message gives way to it
    line = "Your comment is awaiting moderation."
    assert found(["interface-notice", "interface-message"], between(line)) == [
        ("interface-notice", 3, 1, "info", notice_msg(line, "your, awaiting moderation"))]


@pytest.mark.parametrize("line, words", [
    # a general verb after an opening phrase of purpose is the call
    ("For unlimited access, become a member today.", "become, unlimited access"),
    ("To hear audio, make sure your phone is not on silent mode.", "make, phone, silent mode"),
    # the app pointed at lets a general verb count ("Go to Settings")
    ("Go to Settings to turn on location access for this app.", "go, location access"),
    # Portuguese joins the demonstrative to "de": "deste vídeo" points at the page
    ("Seu navegador não suporta a reprodução deste vídeo.", "deste vídeo, navegador"),
    # the site's own terms, the ads a subscription removes
    ("We have updated our terms of service. Please review them.", "we, terms of service"),
    ("Upgrade to Premium to remove ads.", "upgrade, remove ads"),
])
def test_notices_with_the_call_after_a_purpose_or_the_app_pointed_at(line, words):
    assert found(["interface-notice"], between(line)) == [
        ("interface-notice", 3, 1, "info", notice_msg(line, words))]


@pytest.mark.parametrize("line", [
    "To make the dough, use your hands and a little flour.",
    "For years, users could open the app without a password.",
    "If you want ad-free Hulu, you will have to upgrade to it before signing up for the bundle.",
])
def test_instructions_after_a_purpose_phrase_are_no_notice(line):
    assert found(["interface-notice"], between(line)) == []

