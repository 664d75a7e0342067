"""The `notice` kind: a sentence to the reader about the page, the site or the reader's device
or account (`interface-notice` in rules/boilerplate.yaml), and the text it must leave alone."""

from __future__ import annotations

import sys

import pytest

from textlint_news import Document, Linter
from textlint_news.loading.packs import ConfigError

from ..conftest import ROOT
from ..helpers import fixed, rules_from_yaml
from .furniture_text import P1, P2, RULES, between, lint

sys.path.insert(0, str(ROOT / "benchmarks"))
from inject import S8_SESSION_ARTICLE_SENTENCES  # noqa: E402

RULE = RULES["interface-notice"]


def found(text: str) -> list[tuple[str, int, int, str, str]]:
    return lint([RULE], text)


def msg(line: str, words: str) -> str:
    return (f'"{line}" speaks to the reader about the site or their device, not about the news '
            f"({words})")


@pytest.mark.parametrize("line, words", [
    # a word of the page itself and the reader addressed
    ("Please enable JavaScript to view the comments powered by Disqus.", "please, javascript"),
    ("Your browser does not support the video tag.", "your, browser, video tag"),
    ("It looks like you are using an ad blocker; please consider whitelisting our site.",
     "please, ad blocker"),
    ("Would you like to receive desktop notifications about the latest news?",
     "you, notifications"),
    # an account word and the site speaking, or an imperative first
    ("Your subscription has expired; renew now to regain access to all our journalism.",
     "your, subscription has expired"),
    ("Dieser Artikel ist nur für Abonnenten verfügbar.", "dieser artikel, abonnenten"),
    ("Scarica la nostra app per restare sempre aggiornato.", "scarica, app"),
    ("Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten.", "wir, cookies"),
    # German's formal address, read as written
    ("Bitte aktivieren Sie JavaScript in Ihrem Browser, um diese Seite zu nutzen.",
     "bitte, javascript, browser"),
])
def test_a_notice_between_two_paragraphs_is_found(line, words):
    assert found(between(line)) == [("interface-notice", 3, 1, "info", msg(line, words))]


def test_the_finding_covers_the_text_of_an_indented_line_and_its_fix_removes_it():
    line = "We noticed you have an adblocker enabled. Ads help us fund our reporting."
    text = between(f"  {line}")
    assert found(text) == [("interface-notice", 3, 3, "info", msg(line, "we, adblocker"))]
    finding = Linter([RULE]).lint(Document.from_string(text, "t.txt")).findings[0]
    assert fixed(text, finding) == f"{P1}\n\n{P2}\n"


@pytest.mark.parametrize("line", [
    # the reader and an account word, without the site speaking: a review's advice
    "If you already have a streaming account, visit the settings page to upgrade.",
    # an imperative and an account word after a product's name: a deal
    "Sign up for a Hulu ad-free account for $11.99 a month",
    # cookies that a recipe bakes, in the reader's hands
    "With your hands, roll the dough into balls and bake the cookies for twelve minutes.",
    # reported speech and quotations are news
    "You should update your browser as soon as possible, the researcher said.",
    "“Please update your browser,” the bank wrote to its customers.",
    # a line that names three products or shops is a report
    "You can sign up for notifications at Amazon, Newegg and Walmart.",
    # the site's words without a word of the interface
    "Thank you for reading; your support keeps this site free for everyone.",
    # too short for a sentence: the phrase rules' business
    "Your browser",
])
def test_text_about_products_and_the_web_is_left_alone(line):
    assert found(between(line)) == []


@pytest.mark.parametrize("line, words", [
    # the reader's session and sign-in state, addressed to the reader
    ("Your session has timed out due to inactivity.", "your, session"),
    ("You are currently not signed in.", "you, signed in"),
    # an e-mail confirmation
    ("Please verify your email to finish creating your profile.", "please, verify, email"),
    # the device offline: the phrase is said once, not with its last word again
    ("Check your internet connection and try again.", "your, internet connection"),
    # content that failed to load or show, a page object pointed at
    ("This content failed to load.", "this content, load"),
    ("This interactive graphic cannot be displayed on small screens.",
     "this graphic, displayed"),
    # consent that holds back an embed
    ("External media are hidden until you give your consent.",
     "you, external media, consent"),
    ("Dieser Inhalt kann ohne Ihre Einwilligung nicht angezeigt werden.",
     "Ihre, einwilligung, angezeigt"),
    ("Tu sesión ha caducado. Vuelve a iniciar sesión.", "tu, sesión"),
    # a feature of the page withheld from the reader
    ("You're browsing as a guest, so some features are unavailable.", "you, unavailable"),
])
def test_a_notice_of_the_readers_session_device_or_a_page_that_failed_is_found(line, words):
    assert found(between(line)) == [("interface-notice", 3, 1, "info", msg(line, words))]


@pytest.mark.parametrize("line", [
    *S8_SESSION_ARTICLE_SENTENCES,
    # the site speaking alone is no request about the reader's state: a column's "we"
    "We lost the connection to the base camp on the second night of the climb.",
    # a line of the reader's state that names two products is a deal's
    "Sign up for the Paramount+ plan with the same email as your Netflix account.",
    # German "Profile" are rails, not the reader's profile
    "Bei einer freistehenden Wand montieren Sie die Profile an Decke und Boden.",
    # a word of display counts only in a line that says it failed
    "This video shows the moment the bridge was loaded onto the barge.",
])
def test_news_with_words_of_sessions_accounts_and_loading_is_left_alone(line):
    assert found(between(line)) == []


@pytest.mark.parametrize("line, words", [
    # the comment form's check box: an imperative first
    ("Notify me when new comments are added.", "notify, comments"),
    # the section's rules, with a polite request
    ("Please understand that comments are moderated before they appear.", "please, comments"),
    ("Bitte halten Sie sich an unsere Netiquette.", "bitte, netiquette"),
    # a warning label's call for attention, and the comments (Portuguese)
    ("ATENÇÃO: Comentários ofensivos não serão aprovados pelo moderador.",
     "atenção, comentários"),
    # a word of the page with a page object pointed at
    ("This slideshow requires JavaScript.", "this slideshow, javascript"),
    # an account word after a sentence's first word, which is no product's name
    ("No spam, we promise. You can unsubscribe at any time.", "we, unsubscribe"),
    # the paywall's meter in the data's languages
    ("Vous avez lu 1 des 4 articles gratuits ce mois-ci.", "vous, articles gratuits"),
])
def test_a_notice_of_the_comment_section_or_the_paywall_is_found(line, words):
    assert found(between(line)) == [("interface-notice", 3, 1, "info", msg(line, words))]


@pytest.mark.parametrize("line", [
    # an interviewer to a guest: the reader alone is not enough for comments
    "You made comments about the war last year. Do you regret them?",
    "The minister's comments were welcomed by the unions, who had asked for talks.",
    # "available" is a service article's word, not the page's
    "The vaccine is not available in your area yet, so you should ask your doctor.",
])
def test_comments_and_availability_in_news_are_left_alone(line):
    assert found(between(line)) == []


def test_a_line_of_a_hard_wrapped_paragraph_is_prose():
    wrapped = ("Security researchers found that the flaw affects every version of the\n"
               "software, and that you should update your browser to the latest release\n"
               "before the end of the week, when details of the attack are published.\n")
    text = f"{wrapped}\n{wrapped}\n{wrapped}"
    assert found(text) == []


def test_a_list_of_account_words_must_be_words():
    spec = """
    pack: t
    rules:
      - id: notice
        kind: notice
        message: m
        interface: {browser: [browser, 3]}
        reader: [you]
    """
    with pytest.raises(ConfigError, match="'interface' must be a list of words or map groups"):
        rules_from_yaml(spec)


def test_an_imperative_after_a_purpose_phrase_with_no_comma_is_found():
    # the banner's call with its comma left out: the verb stands before the site's object
    line = "For the latest news download our app"
    assert found(between(line)) == [("interface-notice", 3, 1, "info", msg(line, "download, app"))]


@pytest.mark.parametrize("line", [
    # "to" takes an infinitive, which looks like the imperative: no comma, no notice
    "To download the app you need an account with the bank, which costs ten dollars.",
    # a phrase of time is no purpose, and its verb no call to the reader
    "For years users download the app before they open an account with us.",
])
def test_a_purpose_phrase_with_no_comma_needs_a_for_and_the_verb_before_its_object(line):
    assert found(between(line)) == []


@pytest.mark.parametrize("line, words", [
    # the settings of the site's cookies, the reader's saved pages, a test for robots
    ("You can change your cookie settings at any time.", "you, cookie settings"),
    ("This article was saved to your bookmarks.", "this article, bookmarks"),
    ("To continue, please confirm you are not a robot.", "please, not a robot"),
])
def test_a_notice_of_cookie_settings_saved_pages_or_a_robot_test_is_found(line, words):
    assert found(between(line)) == [("interface-notice", 3, 1, "info", msg(line, words))]


@pytest.mark.parametrize("line", [
    "The browser maker said bookmarks would sync across devices from next year.",
    "Regulators said the cookie policy of the bank had misled customers.",
])
def test_news_about_bookmarks_and_cookie_policies_is_left_alone(line):
    assert found(between(line)) == []
