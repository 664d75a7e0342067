"""The default duplicate rules on repeats that are the text's own (issue 12), as a user sees them."""

from __future__ import annotations

from textlint_news import Document

from ..helpers import linter_for


def found(rule: str, text: str) -> list[tuple[str, int, int, str]]:
    linter = linter_for(rule)
    return [(f.rule_id, f.line, f.column, f.message)
            for f in linter.lint(Document.from_string(text)).findings]


# A hymn named after its first line, then the verse: the first line goes on below it.
HYMN = ['"I walk along the river road"', "Posted by Jane Doe", "8 8 6. D",
        "I walk along the river road,", "And count the boats that pass:",
        "Oh, when shall I be home?"]


def test_a_line_of_verse_ending_in_a_comma_is_no_repeated_title():
    assert found("repeated-title", "\n".join(HYMN)) == []


def test_the_same_line_ending_a_title_is_a_repeated_title():
    text = "\n".join(HYMN).replace("river road,", "river road")
    assert found("repeated-title", text) == [
        ("repeated-title", 4, 1, "repeats line 1 (the title was extracted twice)")]


# A closing line that echoes the opening, far below it, and a block extracted twice.
OPENING = "UPDATE: The council shelved the plan after a week of protests. Thanks to all of you."
ECHO = "UPDATE: The council shelved the plan after a week of protests."
STORY = [f"Paragraph {i} of the story." for i in range(1, 22)]
PULL_QUOTE = "repeats text of line 1 (a pull quote extracted as its own paragraph)"


def test_a_repeat_far_from_a_lone_source_is_the_texts_own_echo():
    assert found("repeated-pull-quote", "\n\n".join([OPENING, *STORY, ECHO])) == []


def test_a_repeat_near_its_source_is_a_pull_quote():
    assert found("repeated-pull-quote", "\n\n".join([OPENING, *STORY[:19], ECHO])) == [
        ("repeated-pull-quote", 41, 1, PULL_QUOTE)]


def test_a_far_repeat_whose_neighbour_repeats_too_is_a_block_extracted_twice():
    text = "\n\n".join([OPENING, *STORY, ECHO, STORY[0]])
    assert found("repeated-pull-quote", text) == [("repeated-pull-quote", 45, 1, PULL_QUOTE)]


def test_a_far_repeat_cut_short_with_an_ellipsis_is_a_teaser():
    text = "\n\n".join([OPENING, *STORY, "UPDATE: The council shelved the plan after a week…"])
    assert found("repeated-pull-quote", text) == [("repeated-pull-quote", 45, 1, PULL_QUOTE)]


def found_md(rule: str, text: str) -> list[tuple[str, int, int, str]]:
    linter = linter_for(rule)
    return [(f.rule_id, f.line, f.column, f.message)
            for f in linter.lint(Document.from_string(text, "post.md")).findings]


# A customer story: the body quotes the speaker, then a block quote sets part of it again with
# the speaker's name under it, as the page shows its pull quote.
SAID = ("Digital Green saw a chance to help. “With OpenAI, we saw an opportunity to help farmers "
        "learn from one another at scale,” said Rikin Gandhi, CEO of Digital Green.")
BOX = "“With OpenAI, we saw an opportunity to help farmers learn from one another at scale.”"


def test_a_markdown_block_quote_and_its_speaker_are_the_writers_pull_quote():
    text = "\n\n".join([SAID, "The pilot ran for a year.", f"> {BOX}",
                        "Rikin Gandhi, CEO of Digital Green", "The chatbot grew."])
    assert found_md("repeated-pull-quote", text) == []


def test_the_same_pull_quote_outside_a_block_quote_is_reported():
    text = "\n\n".join([SAID, "The pilot ran for a year.", BOX,
                        "Rikin Gandhi, CEO of Digital Green", "The chatbot grew."])
    assert found_md("repeated-pull-quote", text) == [
        ("repeated-pull-quote", 5, 1, "repeats text of line 1 (a pull quote extracted as its own "
                                      "paragraph)"),
        ("repeated-pull-quote", 7, 1, "repeats text of line 1 (a pull quote extracted as its own "
                                      "paragraph)")]


def test_text_doubled_inside_one_block_quote_is_a_repeated_paragraph():
    line = ("Coming from the WordPress world, everything in our life has become more efficient "
            "than it was.")
    text = "\n".join(["# Gearbox", "", "One.", "", "Two.", "", "The team moved.", "",
                      f"> “{line}", ">", f"> {line}", ">", "> ”"])
    assert found_md("repeated-paragraph", text) == [
        ("repeated-paragraph", 11, 1, "repeats line 9 word for word")]


# One prompt put to two models, each under its own heading, with different answers.
PROMPT = "Write a short poem that makes an emotional impact about a widow in Kyoto."


def test_one_prompt_in_parallel_sections_is_the_texts_own():
    text = "\n\n".join(["# Compare", "Intro.", "Intro two.", "## GPT-4o", PROMPT,
                        "The socks are gone, she said, and wept.", "## GPT-5", PROMPT,
                        "In the tea tin, a single sock."])
    assert found_md("repeated-paragraph", text) == []


def test_a_framed_paragraph_whose_neighbours_repeat_too_is_a_block_extracted_twice():
    answer = "The socks are gone, she said, and wept by the window until the morning."
    text = "\n\n".join(["# Compare", "Intro.", "Intro two.", "## GPT-4o", PROMPT, answer,
                        "## GPT-5", PROMPT, answer])
    assert found_md("repeated-paragraph", text) == [
        ("repeated-paragraph", 15, 1, "repeats line 9 word for word"),
        ("repeated-paragraph", 17, 1, "repeats line 11 word for word")]


# A photo's caption over the story, then the body sentence it was taken from.
CAPTION = "The robot can walk on three legs if the fourth is lost, say its makers"
BODY = ["A robot that senses damage to its body has been built.", "It was shown on Friday.",
        "Its makers are at Cornell."]


def test_a_caption_repeated_as_a_body_sentence_is_the_texts_own():
    assert found("repeated-paragraph", "\n\n".join([CAPTION, *BODY, CAPTION + "."])) == []


def test_a_sentence_repeated_with_its_end_is_a_repeated_paragraph():
    text = "\n\n".join([CAPTION + ".", *BODY, CAPTION + "."])
    assert found("repeated-paragraph", text) == [
        ("repeated-paragraph", 9, 1, "repeats line 1 word for word")]
    # and a sentence that loses its end where it is repeated is no caption above it
    text = "\n\n".join([CAPTION + ".", *BODY, CAPTION])
    assert found("repeated-paragraph", text) == [
        ("repeated-paragraph", 9, 1, "repeats line 1 word for word")]


# A forum reply quoting the post above it, in plain text: the quotation opens with ">".
POST = "Don't throw it out. The grey liquid is called \"hooch\". It means your starter is hungry."
REPLY = "> The grey liquid is called \"hooch\".\n\nHa, that's a great name. Should I pour it off?"


def test_a_plain_text_reply_quoting_the_post_above_is_the_texts_own():
    text = f"RyeAndShine\n\n{POST}\n\nbreadhead_88\n\n{REPLY}"
    assert found("repeated-pull-quote", text) == []


def test_the_same_quotation_without_its_mark_is_a_pull_quote():
    text = f"RyeAndShine\n\n{POST}\n\nbreadhead_88\n\n{REPLY[2:]}"
    assert found("repeated-pull-quote", text) == [
        ("repeated-pull-quote", 7, 1, "repeats text of line 3 (a pull quote extracted as its own paragraph)")]


# A statement quoted in the story, then printed whole below it, without quotation marks.
QUOTED = ("The governor said: “The remit of the inquiry focused on governance and was not a "
          "criminal investigation into the drug trade.”")
PRINTED = "The remit of the inquiry focused on governance and was not a criminal investigation into the drug trade."


def test_a_quoted_statement_printed_whole_below_is_the_texts_own():
    text = f"{QUOTED}\n\nStatement from the Office of the Governor\n\n{PRINTED}"
    assert found("repeated-pull-quote", text) == []
    assert found("repeated-paragraph", "\n\n".join([*STORY[:4], QUOTED[19:], *STORY[4:8], PRINTED])) == []


def test_the_same_sentence_outside_a_quotation_is_a_pull_quote():
    text = f"{QUOTED.replace('“', '').replace('”', '')}\n\nThe governor left.\n\n{PRINTED}"
    assert found("repeated-pull-quote", text) == [
        ("repeated-pull-quote", 5, 1, PULL_QUOTE)]
