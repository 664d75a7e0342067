"""Echoes of broken characters: a word an undecoded entity or mojibake broke gets one finding,
the character finding, not a second one from a rule that read the broken word as a word."""

from __future__ import annotations

from textlint_news import Document

from ..helpers import linter_for

BROKEN = ("Prices rose sharply.\n"
          "\n"
          "The farm sold 40 head &bull; A$1.2 million in the week to Friday, the agent said.\n"
          "\n"
          "The La Ni&ntilde;a of the past two years brought rain, farmers said.\n"
          "\n"
          "P&eacute;ter ter Horst said the weather was good.\n")
RULES = ["html-entity", "capital-after-semicolon", "link-residue-function-words",
         "repeated-word", "repeated-title"]


def found(text: str, rules: list[str] = RULES) -> list[tuple[str, int, int]]:
    linter = linter_for(*rules)
    return [(f.rule_id, f.line, f.column) for f in linter.lint(Document.from_string(text)).findings]


def test_findings_inside_a_broken_word_and_the_next_are_dropped():
    # with no character rule to name the broken words, the echoes are what is reported
    assert found(BROKEN, RULES[1:]) == [
        ("capital-after-semicolon", 3, 30), ("link-residue-function-words", 5, 18),
        ("repeated-word", 7, 10)]
    assert found(BROKEN) == [("html-entity", 3, 23), ("html-entity", 5, 10),
                             ("html-entity", 7, 2)]


def test_a_finding_about_more_than_the_broken_words_stays():
    line = "&quot;The minister said the cut would help families,&quot; a spokesman said.\n"
    assert found(f"First line.\n\n{line}\n{line}") == [
        ("html-entity", 3, 1), ("html-entity", 3, 53), ("html-entity", 5, 1),
        ("repeated-title", 5, 1), ("html-entity", 5, 53)]
