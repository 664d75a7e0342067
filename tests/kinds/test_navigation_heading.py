"""`navigation-heading` and `page-state` (rules/boilerplate.yaml): a short line of editorial-
navigation words only, or of page-state words only, between paragraphs; and the subheadings that
use those words about the article's subject, which must stay unflagged."""

from __future__ import annotations

import sys

import pytest

from textlint_news import Document, Linter
from textlint_news.loading.packs import ConfigError

from ..conftest import ROOT
from ..helpers import rules_from_yaml
from .furniture_text import P1, P2, RULES, between, lint

sys.path.insert(0, str(ROOT / "benchmarks"))
from inject import (NAVIGATION_SUBHEADINGS, NAVIGATION_TUNE, PAGE_STATE_TUNE,  # noqa: E402
                    SUBHEADINGS_TUNE)



def found(line: str, *ids: str) -> list[tuple[str, int, int, str, str]]:
    return lint([RULES[i] for i in ids], between(line))


NAV = '"{}" is the heading of a list of other pages, not article text'
STATE = '"{}" is the page telling its state, not article text'


@pytest.mark.parametrize("line", ["Popular right now", "Stories you may have missed",
                                  "Top picks this week", "Editor's recommendations",
                                  "Weitere Nachrichten", "Lo más leído", "Più letti"])
def test_a_navigation_heading_between_paragraphs_is_found(line):
    assert found(line, "navigation-heading") == [
        ("navigation-heading", 3, 1, "info", NAV.format(line))]


@pytest.mark.parametrize("line", ["Sorry, this page could not be found.", "Loading…",
                                  "Video unavailable", "An error occurred. Please try again.",
                                  "Une erreur est survenue.", "Inhalt nicht verfügbar"])
def test_a_page_state_message_between_paragraphs_is_found(line):
    assert found(line, "page-state") == [("page-state", 3, 1, "info", STATE.format(line))]


def test_an_indented_heading_is_reported_from_its_text_and_the_fix_removes_the_line():
    doc = Document.from_string(f"{P1}\n\n   Latest news\n\n{P2}\n", "t.txt")
    result = Linter([RULES["navigation-heading"]]).lint(doc)
    assert [(f.line, f.column, f.end_column) for f in result.findings] == [(3, 4, 15)]


@pytest.mark.parametrize("line", NAVIGATION_SUBHEADINGS + SUBHEADINGS_TUNE)
def test_subheadings_about_the_subject_stay_unflagged(line):
    """Every subheading of the lists, whatever its words, by every phrase rule of the pack."""
    phrase_rules = [r.id for r in RULES.values()
                    if r.pack == "boilerplate" and r.id != "furniture-line"]
    assert found(line, *phrase_rules) == []


@pytest.mark.parametrize("line", ["Top stories in the local paper focused on the election.",
                                  "Latest news from the front was grim, the general said.",
                                  "The page could not be found in the archive of the court."])
def test_sentences_and_longer_lines_stay_unflagged(line):
    assert found(line, "navigation-heading", "page-state") == []


def test_the_tune_lists_are_found_by_the_boilerplate_pack():
    """What the two rules are developed on: each line alone between two paragraphs. "Just in"
    is function words only: no navigation word tells it from a subheading, so it is
    section-label's, a kicker known as a whole."""
    ids = [r.id for r in RULES.values() if r.pack == "boilerplate"]
    missed = [line for line in NAVIGATION_TUNE + PAGE_STATE_TUNE if not found(line, *ids)]
    assert missed == []
    assert found("Just in", "navigation-heading") == []


def test_a_pack_word_of_several_words_is_refused_with_the_option_named():
    spec = """
    pack: t
    rules:
      - id: nav
        kind: lexicon-line
        message: m
        marks: [news]
        words: {reader: [for you]}
    """
    with pytest.raises(ConfigError, match="'words' takes single words"):
        rules_from_yaml(spec)
