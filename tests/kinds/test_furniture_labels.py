"""Session 13's widened furniture classes, by a label's shape (issue 12): a note's label before
it, a price label with its qualifier, a stacked sponsorship label, a menu row after its label,
a page's display sizes and modes, a consent dialog's buttons, an archived or translated page;
with the article lines each must leave alone."""

from __future__ import annotations

import pytest

from .furniture_text import P1, P2
from .test_interface_messages import found

ENDS = {
    "story-note": "is the page's note about the article, not article text",
    "commerce-line": "is a shop's offer, not article text",
    "ad-label": "belongs to an advertisement or a sponsored-links widget, not article text",
    "menu-row": "is a row of the site's menu, not article text",
    "site-control": "is a control of the page, not article text",
    "call-to-act": "is a button of the page calling the reader to act, not article text",
}


@pytest.mark.parametrize("rule, line", [
    ("story-note", "Editor's note: This story has been updated with new figures."),
    ("commerce-line", "Price at time of publish: $49"),
    ("ad-label", "Paid partner content"),
    ("menu-row", "Jump to: Ingredients | Method | Nutrition"),
    ("site-control", "Text size A A A"),
    ("site-control", "Dark mode"),
    ("story-note", "This page has been archived and is no longer updated."),
    ("story-note", "This article was automatically translated."),
    ("call-to-act", "Accept all"),
    ("call-to-act", "Reject all"),
])
def test_a_labelled_piece_of_furniture_between_paragraphs_is_named(rule, line):
    assert found([rule], f"{P1}\n\n{line}\n\n{P2}\n") == [
        (rule, 3, 1, "info", f'"{line}" {ENDS[rule]}')]


@pytest.mark.parametrize("line", [
    "Note: the story has been told many times.",
    "The price of the tickets: about $49 each, the club said.",
    "Paid leave for parents",
    "Warning: Ingredients | Method",
    "The dark mode",
    "On",
    "Accept the verdict",
])
def test_article_lines_with_the_same_words_are_left_alone(line):
    assert found(list(ENDS), f"{P1}\n\n{line}\n\n{P2}\n") == []


def test_a_labelled_menu_row_at_the_end_is_no_site_tagline():
    text = f"{P1}\n\n{P2}\n\nJump to: Ingredients | Method | Nutrition\n"
    assert found(["site-tagline", "menu-row"], text) == [
        ("menu-row", 5, 1, "info",
         '"Jump to: Ingredients | Method | Nutrition" is a row of the site\'s menu, not article text')]
