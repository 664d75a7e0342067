"""``skip_teasers``: a raw page's teaser or summary, standing alone amid menus and labels,
that the body repeats is left alone; a block extracted twice among prose is still reported."""

from __future__ import annotations

from ..helpers import lint

RULES = """
rules:
  - id: repeated-paragraph
    kind: duplicate
    message: repeats line {first_line} word for word
    min_words: 10
    skip_teasers: true
"""
TEASER = "The council voted on Tuesday to close the old bridge to cars for two whole years."
BODY = ["Residents have complained about the noise of the traffic for more than ten years.",
        "The mayor said a new bridge would be built downstream by the end of next year."]


def found(text: str) -> list[tuple[str, int, int, str]]:
    return [(f.rule_id, f.line, f.column, f.message) for f in lint(RULES, text)]


def test_a_teaser_amid_furniture_repeated_by_the_body_is_left_alone():
    page = ["Home", "News", "Local", TEASER, "Share on Facebook", "By Jane Doe",
            "12 March 2024", TEASER, *BODY]
    assert found("\n".join(page)) == []


def test_a_paragraph_repeated_among_prose_is_reported():
    text = "\n\n".join([BODY[0], TEASER, BODY[1], "Work starts in May.", TEASER])
    assert found(text) == [("repeated-paragraph", 9, 1, "repeats line 3 word for word")]


def test_a_lone_paragraph_repeated_right_after_itself_is_reported():
    # a pull quote's box emitted after the paragraph it repeats: no teaser, however alone
    page = ["Reviews", f"“{TEASER}”", f"“{TEASER}”", "Tomas Novak", "Tickets"]
    assert found("\n\n".join(page)) == [("repeated-paragraph", 5, 1, "repeats line 3 word for word")]


def test_without_the_option_the_teaser_is_reported():
    page = ["Home", "News", TEASER, "By Jane Doe", TEASER, *BODY]
    rules = RULES.replace("    skip_teasers: true\n", "")
    assert [(f.rule_id, f.line) for f in lint(rules, "\n".join(page))] == [("repeated-paragraph", 5)]


def test_a_paragraph_between_headings_repeated_later_is_reported():
    # a section's paragraph framed by headings (a list of deals) is the text's own
    page = ["Best deals today", TEASER, "Get it at the store", *BODY, "More deals", TEASER]
    assert found("\n\n".join(page)) == [("repeated-paragraph", 13, 1, "repeats line 3 word for word")]
