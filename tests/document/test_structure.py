"""Block types of plain-text lines, and rules that apply only to some of them."""

from __future__ import annotations

import pytest

from textlint_news import Document, load_linter
from textlint_news.findings import Severity
from textlint_news.loading.config import Config
from textlint_news.loading.packs import ConfigError, load_pack_text

from ..helpers import lint, spans

ARTICLE = """\
Talks end without progress

The talks ended without progress, officials said on Friday.
What to pack:
bottled water
baby carrier
healthy snack bars
- a bulleted item
2) a numbered item
| Team | Points |
Name\tScore
Liverpool  2  1  W
    total = price(1) * 2
if (ready) {
}
March 5, 2024 18:30
Home
News
Sport
Analysts expect the central bank to hold rates steady at its meeting next
week, and to cut them in the spring.
By Jane Smith
"""


def test_block_types_of_a_crafted_document():
    doc = Document.from_string(ARTICLE)
    assert list(zip(doc.blocks, doc.lines)) == [
        ("heading", "Talks end without progress"),
        ("blank", ""),
        ("prose", "The talks ended without progress, officials said on Friday."),
        ("label", "What to pack:"),
        ("list", "bottled water"),
        ("list", "baby carrier"),
        ("list", "healthy snack bars"),
        ("list", "- a bulleted item"),
        ("list", "2) a numbered item"),
        ("table", "| Team | Points |"),
        ("table", "Name\tScore"),
        ("table", "Liverpool  2  1  W"),
        ("code", "    total = price(1) * 2"),
        ("code", "if (ready) {"),
        ("code", "}"),
        ("listing", "March 5, 2024 18:30"),
        ("listing", "Home"),
        ("listing", "News"),
        ("listing", "Sport"),
        ("prose", "Analysts expect the central bank to hold rates steady at its meeting next"),
        ("prose", "week, and to cut them in the spring."),
        ("label", "By Jane Smith"),
        ("blank", ""),
    ]


def test_a_hard_wrapped_paragraph_is_one_paragraph():
    text = ("The committee said on Tuesday that the proposal would be\n"
            "debated next month\n"
            "and put to a vote before the summer.\n\n"
            "A second paragraph starts here and it is long enough to wrap\n"
            "onto a second line.\n")
    doc = Document.from_string(text)
    assert doc.blocks == ["prose", "prose", "prose", "blank", "prose", "prose", "blank"]
    assert [doc.paragraph_start(n) for n in range(1, 7)] == [1, 1, 1, 4, 5, 5]


def test_news_wrapped_at_a_fixed_width_is_hard_wrapped_though_its_paragraphs_are_short():
    # paragraphs of one or two sentences, blank lines between: few lines run on, but every
    # line that does ends near the width (80 here), where the next word did not fit
    paragraphs = [
        "\"It was a difficult situation for us,\" Lopez said. \"We needed this win,\n"
        "otherwise we could be close to being out of the tournament.\"",
        "The U.S. had won all previous 15 meetings with their North American neighbours,\n"
        "and the tie was decided in the doubles.",
        "Spain play Russia on Thursday.",
        "Herbert and Mahut did not drop a single set in five matches at the ATP Finals,\n"
        "and they were broken only once in the whole week.",
        "Tickets are sold out.",
    ]
    doc = Document.from_string("\n\n".join(paragraphs) + "\n")
    assert doc.hard_wrapped
    assert [doc.paragraph_start(n) for n in (1, 2, 4, 5, 9, 10)] == [1, 1, 4, 4, 9, 9]
    # the same text with one paragraph per line is not
    assert not Document.from_string("\n\n".join(p.replace("\n", " ") for p in paragraphs)).hard_wrapped


def test_one_paragraph_wrapped_at_a_fixed_width_among_one_line_paragraphs_is_one_paragraph():
    lines = ["The mayor, who has led the city since 2019, said the changes were",
             "overdue and that residents had asked for them for years. She added",
             "that the fees would fund repairs to roads and bridges across the",
             "city, starting with the worst."]
    one_line = ("The council agreed on three changes to parking in the centre of town, which "
                "take effect in May after a vote that was delayed twice by objections.")
    others = [one_line.replace("three", "two"), one_line.replace("May", "June")]
    text = "\n\n".join([one_line, "\n".join(lines), *others]) + "\n"
    doc = Document.from_string(text)
    assert not doc.hard_wrapped
    assert [doc.paragraph_start(n) for n in range(3, 7)] == [3, 3, 3, 3]
    assert load_linter().lint(doc).findings == []  # no line start or end taken for residue
    # lines of any length, as an extractor leaves them at removed links, stay apart
    split = ["The mayor, who has led the city since 2019, said the changes were overdue",
             "and that residents had asked for them.",
             "said the fees would fund repairs to roads and bridges across the city."]
    doc = Document.from_string("\n\n".join([one_line, "\n".join(split), one_line]) + "\n")
    assert [doc.paragraph_start(n) for n in range(3, 6)] == [3, 4, 5]

def test_a_lead_in_and_its_list_are_one_block_across_blank_lines():
    intro = "Officials urged residents to prepare before the storm arrives on Friday night."
    items = "You will need:\n\na flashlight and spare batteries\n\nbottled water for three days"
    doc = Document.from_string(f"{intro}\n\n{items}\n\nShelters open at noon.\n")
    assert [doc.paragraph_start(n) for n in range(3, 8)] == [3, 3, 3, 6, 7]
    # (furniture-line shows the short items as information)
    assert [f.rule_id for f in load_linter().lint(doc).findings if f.severity > Severity.INFO] == []
    # one short line after the label may as well be the prose after a removed link (a gap
    # alone in the page is information; the prompt is a warning of its own)
    doc = Document.from_string(f"{intro}\n\nRead more:\n\nThe shelters open at noon\n")
    assert [(f.rule_id, f.line, str(f.severity)) for f in load_linter().lint(doc).findings] == [
        ("link-residue-dangling-label", 3, "info"), ("navigation-heading", 3, "info"),
        ("read-more-prompt", 3, "warning")]


def test_a_line_emitted_twice_counts_once_toward_a_listing():
    doc = Document.from_string("The vote is on Friday.\n\nPolls close at eight\n\nThe count\n\n"
                               "The count\n\nResults are due on Saturday morning.\n")
    assert [b for b in doc.blocks if b != "blank"] == ["prose", "heading", "heading", "heading", "prose"]
    # three different short lines in a row stay a listing
    doc = Document.from_string("The vote is on Friday.\n\nPolls close at eight\n\nThe count\n\n"
                               "The result\n\nResults are due on Saturday morning.\n")
    assert [b for b in doc.blocks if b != "blank"] == ["prose", "listing", "listing", "listing", "prose"]


def test_a_list_written_on_one_line_is_a_list_and_its_repeat_the_page_s_own():
    item_line = "Chicken thighs, brown rice, green beans, lemon zest, garlic, parsley and olive oil"
    sentence = "The market sells apples, pears, plums, cherries and grapes from local farms."
    text = (f"Monday\n\n{item_line}\n\n{sentence}\n\nA vote is due in May, officials said.\n\n"
            f"Polls close at eight, and the count starts at once.\n\nTuesday\n\n{item_line}\n\n"
            f"{sentence}\n")
    doc = Document.from_string(text)
    assert [doc.blocks[n - 1] for n in (3, 5, 13, 15)] == ["list", "prose", "list", "prose"]
    assert [(f.rule_id, f.line, f.message) for f in load_linter().lint(doc).findings
            if f.severity > Severity.INFO] == [
        ("repeated-paragraph", 15, "repeats line 5 word for word")]
    # short pieces between commas that end on an article, or hold a sentence end, or a web
    # address's query, are prose and markup
    for line in ("Veteran actress, Kate Henshaw, who in 2008, won the",
                 "Rain; Although late. Wind; Trump spoke, Sun; then", "a=1, b=2, c=3, d=4"):
        doc = Document.from_string(f"The vote is on Friday.\n\n{line}\n\nResults are due soon.\n")
        assert doc.blocks[2] == "prose", line


def test_lines_opening_on_a_dash_against_their_first_word_are_a_list_and_repeat_freely():
    items = ("-fold laundry\n-take the dog for a long walk or a run around the park near the house\n"
             "-vacuum\n")
    text = (f"Come over and do one of these chores, such as:\n{items}\nThe baby sleeps at noon.\n\n"
            f"The whole note, pasted below:\n\nHelp us with one of these chores, such as:\n{items}")
    doc = Document.from_string(text)
    assert [doc.blocks[n - 1] for n in (2, 3, 4, 11, 12, 13)] == ["list"] * 6
    assert [f.rule_id for f in load_linter().lint(doc).findings if f.severity > Severity.INFO] == []
    # one such line alone is no list: a compound's half ("-backed") may open a line of prose
    doc = Document.from_string("The vote is on Friday.\n\n-backed groups said they would appeal the ruling.\n")
    assert doc.blocks[2] == "prose"


def test_a_lone_short_line_that_lost_its_end_or_start_is_prose():
    doc = Document.from_string("The full report is available from\nThe vote is on Friday.\n"
                               "for the latest\nThe vote is on Friday.\nSign up\n")
    assert doc.blocks == ["prose", "prose", "prose", "prose", "label", "blank"]


def test_a_short_line_ending_on_a_short_word_a_sentence_may_end_on_is_a_heading_or_a_date():
    text = ("What to do\nRun the update and restart.\n\nbreadhead_88\n"
            "Posted 23 November 2026, 9:58 pm\n\nThanks, that worked.\n\n"
            "The minister said he would be\nThe vote is on Friday.\n")
    doc = Document.from_string(text)
    assert list(zip(doc.blocks, doc.lines))[:2] == [
        ("heading", "What to do"), ("prose", "Run the update and restart.")]
    assert doc.blocks[4] == "listing"  # a post's date line, no sentence that lost its end
    assert doc.blocks[9] == "prose"  # an auxiliary ends no sentence: it lost its end


def test_code_fences_make_code_whatever_the_shape():
    doc = Document.from_string("Run this:\n```\nThe plan is . ready\n```\nDone.\n")
    assert doc.blocks == ["label", "code", "code", "code", "prose", "blank"]


def test_a_code_block_flattened_onto_lines_of_prose_shape_is_code():
    # an extractor that drops a code block's line breaks leaves several statements per line;
    # prose that names a function once, or shows a sum, stays prose
    doc = Document.from_string(
        "Install it first.\n"
        "def plus_one(x): return x + 1 map(plus_one, [1, 2, 3]) # [2, 3, 4]\n"
        "if resp.status_code == 200: soup = BeautifulSoup(resp.content)\n"
        "from collections import namedtuple Point = namedtuple('Point', 'x y')\n"
        "Call print(x) to see the result, which is 2 + 2 = 4 on most days.\n")
    assert doc.blocks == ["prose", "code", "code", "code", "prose", "blank"]


def test_a_short_line_that_is_one_quotation_is_prose_not_a_heading():
    doc = Document.from_string("He spoke at noon.\n\n“No deal has been reached”\n\n"
                               "Talks resume\n\nThey meet again on Monday.\n")
    assert doc.blocks == ["prose", "blank", "prose", "blank", "heading", "blank", "prose", "blank"]


PROSE_RULE = """
rules:
  - {id: gap, kind: pattern, message: gap, pattern: ' \\.', blocks: [prose]}
"""


@pytest.mark.parametrize("line", [
    "Envoys bring . Talks",    # a heading: short, before prose
    "- only bring .",          # a list item
    "| only bring . | 2 |",    # a table row
    "    x = f(a) .",          # code
])
def test_a_prose_rule_is_silent_off_prose(line):
    text = f"{line}\nThe talks ended without progress, officials said on Friday.\n"
    assert lint(PROSE_RULE, text) == []


def test_a_prose_rule_fires_on_prose():
    text = "Talks end\nThe talks ended without progress, and envoys only bring .\n"
    assert spans(lint(PROSE_RULE, text), text) == [("gap", 2, 56, " .")]


def test_without_blocks_a_pattern_rule_runs_everywhere():
    rule = PROSE_RULE.replace(", blocks: [prose]", "")
    assert spans(lint(rule, "- only bring .\n"), "- only bring .\n") == [("gap", 1, 13, " .")]


def test_an_unknown_block_type_is_a_located_error():
    with pytest.raises(ConfigError) as err:
        load_pack_text(PROSE_RULE.replace("[prose]", "[prose, paragraph]"), "p.yaml")
    assert str(err.value) == ("p.yaml:3:60: field 'blocks': unknown block type 'paragraph' "
                              "(known: blank, prose, heading, list, table, code, label, listing)")


# An extractor that puts inline code on a line of its own splits one sentence over three lines
# (trafilatura on a project README); the fragment and the lowercase line carry on the first.
SPLIT_AT_CODE = """\
Local setup
If you don't have
poetry
available on your system then follow its installation instructions before proceeding.
By default,
poetry
looks for the required Python version on your PATH and creates a virtual environment.
"""


def test_a_sentence_split_at_inline_code_is_one_paragraph():
    doc = Document.from_string(SPLIT_AT_CODE)
    assert doc.blocks[1:7] == ["prose"] * 6
    assert [doc.paragraph_start(n) for n in range(2, 8)] == [2, 2, 2, 5, 5, 5]


def test_a_sentence_split_at_several_inline_code_spans_is_one_paragraph():
    # a short lowercase piece between two fragments, stopping open, carries the sentence on;
    # short lowercase lines in a row (a menu) stay a listing
    doc = Document.from_string(
        # (a first line longer than any wrap width: one paragraph per line, no hard wrapping)
        "Neither tool keeps track of the runtimes you have installed, so you are left to switch "
        "between Node releases by hand; luckily, there is the handy\n"
        "nvm\nscript for this, which you can fetch either through\nbrew\n"
        "on a Mac or by a plain\ncurl\ndownload and run.\n\nhome\nabout us\ncontact\n")
    assert [doc.paragraph_start(n) for n in range(1, 8)] == [1] * 7
    assert doc.blocks[:7] == ["prose"] * 7
    assert doc.blocks[8:11] == ["listing"] * 3


def test_a_heading_under_a_finished_sentence_and_a_lowercase_paragraph_are_two_paragraphs():
    # the paragraph lost its subject (a linked name); at the text's start the two lines are
    # one sentence split at a link
    doc = Document.from_string(
        "Some devices running the system include phones and tablets from three makers, sold in "
        "more than thirty countries since the launch.\nThunderbird\n"
        "is a free, open source, cross-platform email and news client.\n")
    assert doc.blocks[:3] == ["prose", "heading", "prose"]
    assert [doc.paragraph_start(n) for n in (1, 2, 3)] == [1, 2, 3]
    doc = Document.from_string("Welcome\nto our web gallery of photographs taken in Bavaria and "
                               "its neighbours, Austria, South Tyrol and Switzerland!\n")
    assert [doc.paragraph_start(n) for n in (1, 2)] == [1, 1]


def test_a_long_line_followed_directly_by_a_lowercase_one_is_two_paragraphs():
    # what stood between them (a link on a line of its own) is gone: residue, not a split
    doc = Document.from_string("Apple resellers are accepting orders for the\n"
                               "with a variety of incentives.\n")
    assert [doc.paragraph_start(n) for n in (1, 2)] == [1, 2]


def test_lowercase_lines_after_a_list_item_or_lead_in_are_items_however_long():
    doc = Document.from_string("Pros:\ncomes stock with Python, no additional tooling required\n"
                               "can create environments for any installed Python with the same call\n")
    assert doc.blocks == ["label", "list", "list", "blank"]


BODY = """\
The council met on Monday to agree the budget for the coming year, after a delay of two months \
that left the library, the pools and the parks without money for the spring.
Members argued for three hours.
The leader said the plan would be put to a vote next month, whatever the opposition said.
Opposition members would not support it.
"""


def test_lowercase_lines_after_a_sentence_opening_an_enumeration_are_its_items():
    doc = Document.from_string(
        "Instead, the plan for the site's content should be built around having:\n"
        "one long page that covers the whole topic, and\n"
        "short articles that dig deeper into its parts.\n"
        "The grand prize includes two admission tickets to the final in Toronto;\n"
        "three nights of accommodation in Toronto, Ontario;\n"
        "Search engines also look at how often you publish.\n")
    assert doc.blocks == ["prose", "list", "list", "prose", "list", "prose", "blank"]
    lead_in = BODY + "The report lists what the library will need in its first year:\n"
    item = "money for the books and the staff to run it every day.\n"
    assert gate(Document.from_string(lead_in + item)) == []
    # after a finished sentence the lowercase line lost its subject
    assert gate(Document.from_string(lead_in.replace("year:", "year.") + item)) == [
        ("link-residue-lowercase-start", 6, 1, 'sentence starts in lowercase with "money"; its '
         "subject was probably the text of a removed link")]


def test_a_short_lowercase_line_under_a_dated_byline_is_the_post_s_header():
    header = ("The Decline of the Ad Business\n"
              "Posted by timothy on Tuesday July 24, @12:06PM\n"
              "from the demoralizing-and-relentless dept.\n")
    doc = Document.from_string(header + BODY)
    assert doc.blocks[:4] == ["heading", "heading", "listing", "prose"]
    assert gate(doc) == []
    # a longer line under it is the body, which lost its subject
    doc = Document.from_string(header.replace("dept.", "dept. is reportedly being investigated"
                                              " by the attorney general.") + BODY)
    assert gate(doc) == [("link-residue-lowercase-start", 3, 1, 'sentence starts in lowercase '
                          'with "from"; its subject was probably the text of a removed link')]


def gate(doc: Document) -> list[tuple[str, int, int, str]]:
    """The error and warning findings of the default rules on ``doc``, and the link residue
    at any severity: a gap no other corroborates is information (``uncorroborated``), and
    these tests ask whether the line is read as prose at all."""
    return [(f.rule_id, f.line, f.column, f.message) for f in load_linter().lint(doc).findings
            if f.severity > Severity.INFO or "link-residue" in f.tags]


def test_a_lowercase_label_over_code_set_in_below_it_is_the_code_s_header():
    doc = Document.from_string(BODY + "while True:\n  w = get_next_work()\n  do_work(w)\n"
                               "The second option:\nThe vote.\n")
    assert doc.blocks[4:9] == ["code", "code", "code", "label", "prose"]
    assert gate(doc) == [("link-residue-dangling-label", 8, 1,
                          'line ends with "The second option:"; the link it introduced was removed')]


def test_in_a_text_of_blank_separated_blocks_lowercase_blocks_after_a_label_are_its_items():
    text = ("Renewing online is quicker and cheaper than applying by post, and most are done "
            "within three weeks.\n\nYou will need:\n\nyour current passport\n\n"
            "a digital photo that meets the rules (you can take one on a phone)\n\n"
            "the name of someone who can confirm your identity, if your looks have changed\n\n"
            "Then start the application on the official website.\n\n"
            "is reportedly being investigated by the attorney general, the paper said.\n")
    doc = Document.from_string(text)
    assert [b for b in doc.blocks if b != "blank"] == [
        "prose", "label", "list", "list", "list", "prose", "prose"]
    assert gate(doc) == [("link-residue-lowercase-start", 13, 1, 'sentence starts in lowercase '
                          'with "is"; its subject was probably the text of a removed link')]


def test_a_sentence_goes_on_around_a_command_on_its_own_line():
    doc = Document.from_string("You can run\n$ pip freeze > requirements.txt\n"
                               "with the environment active to write a requirements file.\n")
    assert doc.blocks == ["prose", "code", "prose", "blank"]
    assert [doc.paragraph_start(n) for n in (1, 2, 3)] == [1, 1, 1]


def test_line_start_and_end_rules_apply_at_paragraph_edges_only():
    linter = load_linter(Config(select=["link-residue-lowercase-start",
                                        "link-residue-dangling-word"]))
    # one paragraph per line, not hard-wrapped: one line is longer than any wrap width
    text = ("The project's documentation explains how to install it, how to run its test suite "
            "and how to build the container in which it runs.\n" + SPLIT_AT_CODE
            + "Apple resellers are accepting orders for the\nwith a variety of incentives.\n")
    findings = linter.lint(Document.from_string(text)).findings
    assert [(f.rule_id, f.line, f.column) for f in findings] == [
        ("link-residue-dangling-word", 9, 42), ("link-residue-lowercase-start", 10, 1)]


PARAGRAPH_RULE = """
rules:
  - {id: low, kind: pattern, message: low, pattern: '^\\p{Ll}\\w*', paragraph: first}
"""


def test_a_rule_with_paragraph_first_is_silent_on_lines_that_carry_a_sentence_on():
    assert spans(lint(PARAGRAPH_RULE, SPLIT_AT_CODE), SPLIT_AT_CODE) == []
    text = "The vote is on Friday.\nis reportedly being investigated by the attorney general.\n"
    assert spans(lint(PARAGRAPH_RULE, text), text) == [("low", 2, 1, "is")]


def test_a_fragment_after_a_line_stopping_on_a_lowercase_word_completes_it():
    # one paragraph per line: the last line is longer than any wrap width
    doc = Document.from_string("This is still supported and installable via\npip\n"
                               "The rest of the tools are new.\nHome\nNews\n" + "Long line. " * 12)
    assert [doc.paragraph_start(n) for n in range(1, 6)] == [1, 1, 3, 4, 5]


def test_a_lead_in_and_its_list_are_one_block_so_the_lead_in_dangles_nothing():
    linter = load_linter(Config(select=["link-residue-dangling-label"]))
    text = ("Chocolate:\n2/3 cup dairy-free chocolate chips\n1/8 tsp sea salt\n\n"
            "Read more:\nThe talks ended without progress, officials said on Friday after a "
            "meeting that lasted five hours and ended with no date set for the next round.\n")
    doc = Document.from_string(text)
    assert [doc.paragraph_start(n) for n in (1, 2, 3, 5, 6)] == [1, 1, 1, 5, 6]
    assert [(f.rule_id, f.line) for f in linter.lint(doc).findings] == [
        ("link-residue-dangling-label", 5)]


def test_a_row_of_links_between_bars_alone_is_a_listing_and_two_rows_are_a_table():
    prose = "The talks ended without progress, officials said on Friday."
    doc = Document.from_string(f"{prose}\n\nAbout us | Contact | Privacy policy | Terms\n\n{prose}\n")
    assert doc.blocks[2] == "listing"
    doc = Document.from_string(f"{prose}\n\n| Team | Points |\n| Leeds | 12 |\n\n{prose}\n")
    assert doc.blocks[2:4] == ["table", "table"]
    # so menu-row, which leaves tables alone, reads it (and furniture-line, which would too,
    # gives way to the rule that names the line)
    text = (f"Ferry service extended\n\n{prose}\n\nNo date was set for the next round, "
            "and both sides said they would consult their members first.\n\nA spokesman for the "
            "union declined to comment on the talks when reached by phone on Friday evening.\n\n"
            "Contact Us | About Us | Privacy Policy | Terms of Use\n")
    assert [(f.rule_id, f.line) for f in load_linter().lint(Document.from_string(text)).findings] \
        == [("menu-row", 9)]


def test_a_heading_doubled_in_capitals_before_a_credit_line_is_one_heading_not_a_listing():
    prose = ("The talks ended without progress, officials said on Friday, and no date was set "
             "for the next round.")
    text = (f"Talks end\n\n{prose}\n\n{prose}\n\n{prose}\n\n{prose}\n\nQuestions remain\n\n"
            f"QUESTIONS REMAIN\n\n© Reuters\n\n{prose}\n")
    doc = Document.from_string(text)
    assert doc.blocks[10:15:2] == ["heading", "heading", "label"]
    assert [(f.rule_id, f.line, f.message) for f in load_linter().lint(doc).findings
            if f.rule_id == "doubled-line"] == [
        ("doubled-line", 13, "repeats line 11 right after it (a heading or short paragraph "
                             "extracted twice)")]


def test_a_heading_with_a_year_is_a_heading_and_its_doubled_copy_is_reported():
    prose = ("The band played for two hours on Friday, and the crowd stayed until the last "
             "encore.")
    text = (f"Encore\n\n{prose}\n\n{prose}\n\n{prose}\n\n{prose}\n\nLessons from 2008\n\n"
            f"Lessons From 2008\n\n{prose}\n\nMarch 2024\n\n{prose}\n")
    doc = Document.from_string(text)
    # a year beside a phrase is a heading's; a month and its year stay a date line
    assert [doc.blocks[i] for i in (10, 12, 16)] == ["heading", "heading", "listing"]
    assert [(f.rule_id, f.line, f.message) for f in load_linter().lint(doc).findings
            if f.rule_id == "doubled-line"] == [
        ("doubled-line", 13, "repeats line 11 right after it (a heading or short paragraph "
                             "extracted twice)")]


def test_a_lowercase_byline_or_date_line_is_no_sentence_that_lost_its_start():
    def block(line: str) -> str:
        doc = Document.from_string(f"Wrong and unnecessary\n\n{line}\n\n"
                                   "The model was wrong, and the data showed it within a week.\n")
        return doc.blocks[2]

    assert block("by Jane Doe on July 7, 2012") == "listing"  # a month's day and a year
    assert block("updated 5:08 PM EDT, Thu November 1, 2012") == "listing"
    assert block("posted 26 October 2012, 4:24 PM") == "listing"
    # longer, but dates and times and no sentence end
    assert block("by Jo Lee Published Nov. 7, 2012 2:25 pm Updated Nov. 7, 2012 4:01 pm") == "listing"
    assert block("The vote moved from Nov. 7, 2012 to a later date in the spring of 2013.") == "prose"
    assert block("by Larry Dignan") == "label"  # one lowercase word before a name: a credit
    assert block("in Politics") == "label"
    # a verb phrase lost its subject, a conjunction before a name joins it to what was lost
    assert block("is reportedly being investigated") == "prose"
    assert block("and Brazil") == "prose"


INDENTED = """\
Of the sects, this one has been most visible in these controversies:

    the practice of forcing girls into marriages, usually with much older men
    the state’s takeover of the sect’s property trust

Related posts:

    More sample images from the new lens
    New sample images taken with the lens

As I wrote a while back,

    It is as if the president has a big red button on his desk.

    is reportedly being investigated by the attorney general, he said.
"""


def test_lines_set_in_from_the_text_above_them_are_list_items_or_what_a_lead_in_introduced():
    doc = Document.from_string(INDENTED)
    assert [(n, b, doc.paragraph_start(n)) for n, b in enumerate(doc.blocks, 1) if b != "blank"] == [
        (1, "prose", 1), (3, "list", 1), (4, "list", 4),
        (6, "label", 6), (8, "list", 6), (9, "list", 9),  # the lead-in and its indented list
        (11, "prose", 11), (13, "prose", 11),  # the lead-in and the quotation it introduced
        (15, "prose", 15),  # a paragraph indented alone is prose
    ]
    # a text indented throughout has nothing set in from it
    doc = Document.from_string("    One line of it.\n    Another line of it.\n    A third line.\n")
    assert doc.blocks == ["prose", "prose", "prose", "blank"]


def test_in_a_text_of_blank_separated_blocks_a_comma_or_a_label_line_runs_on_into_the_next():
    text = ("A poem opens the book, and the rest of the chapter follows it.\n\n"
            "He in his madness prays for storms,\nAnd dreams that storms will bring him peace.\n\n"
            "Deadline:\nSubmit your photographs before midnight on Friday.\n\n"
            "The showcase will be published soon after that date.\n\n"
            "Read more:\n\nThe winners are announced in the spring.\n")
    doc = Document.from_string(text)
    assert [(n, doc.paragraph_start(n)) for n in range(1, 14) if doc.lines[n - 1]] == [
        (1, 1), (3, 3), (4, 3), (6, 6), (7, 6), (9, 9), (11, 11), (13, 13)]
    # one paragraph per line, no blank lines: every line is a block of its own, but for the
    # short lines of a verse
    doc = Document.from_string(text.replace("\n\n", "\n"))
    assert [doc.paragraph_start(n) for n in range(1, 9)] == [1, 2, 2, 4, 5, 6, 7, 8]


def test_in_a_text_of_blank_separated_blocks_a_lowercase_block_carries_on_an_open_line():
    text = ("Stir the stock into the bread.\n\nTo help you gauge the stuffing,\n\n"
            "know that the texture will change only slightly in the oven.\n\n"
            "Bake for ten minutes or so -\n\nuntil the top is nicely browned.\n\n"
            "Serve it warm.\n\nis reportedly being investigated.\n")
    doc = Document.from_string(text)
    assert [(n, doc.paragraph_start(n)) for n in range(1, 14) if doc.lines[n - 1]] == [
        (1, 1), (3, 3), (5, 3), (7, 7), (9, 7), (11, 11), (13, 13)]


LOWER_START = ("link-residue-lowercase-start", 'sentence starts in lowercase with "{}"; its subject '
               "was probably the text of a removed link")


def test_markup_under_a_lead_in_ending_in_a_colon_is_a_code_sample_not_leftover_tags():
    text = (BODY + "Adding coverage is just a matter of adding this line to your test file:\n"
            '<script src="vendor/blanket.js"\n'
            '        data-cover-adapter="vendor/mocha-blanket.js"></script>\n'
            "The report then shows which lines ran.\n")
    doc = Document.from_string(text)
    assert doc.blocks[5:8] == ["code", "code", "prose"]
    assert gate(doc) == []
    # tags left in a sentence, or markup with no lead-in, are still reported
    doc = Document.from_string(BODY + "The vote is on Tuesday.<br>Polls close at 8.\n"
                               '<div id="mocha"></div>\n<div id="messages"></div>\n')
    assert gate(doc) == [
        ("html-tag", 5, 24, 'HTML tag "<br>" left in the text'),
        ("html-tag", 6, 1, 'HTML tag "<div id="mocha">" left in the text'),
        ("html-tag", 6, 17, 'HTML tag "</div>" left in the text'),
        ("html-tag", 7, 1, 'HTML tag "<div id="messages">" left in the text'),
        ("html-tag", 7, 20, 'HTML tag "</div>" left in the text')]


def test_a_weekday_before_its_date_makes_a_dated_byline_for_the_post_s_header():
    # the time lost its colon: the weekday and the date are the byline's two dates
    header = ("NSA Chief To Address Hackers\n"
              "Posted by Unknown Lamer on Monday July 23, @09 57PM\n"
              "from the and-then-arrest-them dept.\n")
    doc = Document.from_string(header + BODY)
    assert doc.blocks[:3] == ["heading", "heading", "listing"]
    assert gate(doc) == []
    # a weekday alone is no date: the line under it lost its subject
    doc = Document.from_string(header.replace(" July 23", "") + BODY)
    assert gate(doc) == [(LOWER_START[0], 3, 1, LOWER_START[1].format("from"))]


def test_a_meta_row_parted_by_a_bullet_and_a_bar_is_a_listing():
    text = ("Better Social Integration\n\n"
            "by Mackenzie Fogelson on 11/06/2012 • No Comments | Social Media\n\n" + BODY)
    doc = Document.from_string(text)
    assert doc.blocks[2] == "listing"
    assert gate(doc) == []
    # one bar alone parts no cells: a sentence that lost its subject
    doc = Document.from_string(text.replace(" • No Comments", " with No Comments"))
    assert gate(doc) == [(LOWER_START[0], 3, 1, LOWER_START[1].format("by"))]


SPACED = ("The council met on Monday to agree the budget for the year.\n\n"
          "Members argued for three hours before the vote was taken.\n\n")


def test_in_a_text_of_blank_separated_blocks_a_lowercase_line_under_an_open_one_goes_on():
    text = SPACED + ("If you would like to learn more, you can watch a\n"
                     "recording of the meeting on the council's website.\n\n"
                     "The leader said the plan would be put to a vote next month.\n")
    doc = Document.from_string(text)
    assert [doc.paragraph_start(n) for n in (5, 6)] == [5, 5]
    assert gate(doc) == []
    # under a finished sentence the lowercase line lost its subject
    doc = Document.from_string(text.replace("watch a\n", "watch it.\n"))
    assert gate(doc) == [(LOWER_START[0], 6, 1, LOWER_START[1].format("recording"))]


def test_a_lowercase_block_after_a_formula_that_an_open_line_leads_to_goes_on():
    text = SPACED + ("Later the book claims\n\n(r - k) {r \\choose k} = r {r-1 \\choose k}\n\n"
                     "for all real r and gives a proof of it in two pages.\n")
    doc = Document.from_string(text)
    assert doc.blocks[6] == "code"
    assert doc.paragraph_start(9) == 7
    assert gate(doc) == []
    # after a finished sentence and a formula the lowercase block lost its subject
    doc = Document.from_string(text.replace("claims\n", "claims this.\n"))
    assert gate(doc) == [(LOWER_START[0], 9, 1, LOWER_START[1].format("for"))]


def test_a_block_that_stops_inside_its_quotation_goes_on_in_the_next():
    text = SPACED + ("He thanks the fans and the crew. “This would not be what it has been without\n\n"
                     "all the fans and the pros, the real cast and crew. We are grateful.”\n\n"
                     "The vote on the budget is next month.\n")
    doc = Document.from_string(text)
    assert doc.paragraph_start(7) == 5
    assert gate(doc) == []
    # a quotation closed before the break leaves the next block on its own: it lost its start
    doc = Document.from_string(text.replace("without\n", "without them.”\n"))
    assert gate(doc) == [(LOWER_START[0], 7, 1, LOWER_START[1].format("all"))]


def test_import_statements_flattened_onto_one_line_are_code():
    # (a sentence in lowercase that imports words is prose: it lost its subject)
    doc = Document.from_string(BODY + "import duties and import quotas were raised again this year.\n"
                               "Then import it into your script.\n"
                               "import urllib import requests from bs4 import BeautifulSoup\n")
    assert doc.blocks[4:7] == ["prose", "prose", "code"]
    assert gate(doc) == [(LOWER_START[0], 5, 1, LOWER_START[1].format("import"))]


def test_a_shell_script_flattened_onto_one_line_is_code():
    # (chained commands, an option and a path come together in no sentence: "COPY . ." opens
    # no sentence on a full stop; a dash and an ampersand in prose make no code)
    doc = Document.from_string(
        BODY + "FROM python:3.8-slim RUN cd /tmp/app && poetry install --no-root COPY . . RUN make\n"
        "Rock && roll -- the band played on from /home to the coast.\n")
    assert doc.blocks[4:6] == ["code", "prose"]
    assert gate(doc) == []


def test_a_few_lowercase_words_trailing_off_after_a_listing_close_it():
    doc = Document.from_string(BODY + "\nmacOS Sonoma 14\nmacOS Ventura 13\nWindows 11 on Arm\n"
                               "and many more...\n\nSee the full list online.\n")
    assert doc.blocks[5:9] == ["listing", "listing", "listing", "listing"]
    assert gate(doc) == []


def test_a_dictionary_headword_with_its_pronunciation_and_word_class_is_no_sentence():
    doc = Document.from_string(BODY + "\nsorbet /ˈsɔːbeɪ/ (US /sɔːrˈbeɪ/)\nnoun\n"
                               "A frozen dessert made with fruit juice and sugar.\n\n"
                               "it was sold at the fair, by the cup.\n")
    assert doc.blocks[5:8] == ["listing", "listing", "prose"]
    # (a paragraph in lowercase is still one that lost its start)
    assert [f[:3] for f in gate(doc)] == [(LOWER_START[0], 10, 1)]


def test_the_lines_of_a_subtitle_cue_are_one_caption():
    doc = Document.from_string(BODY + "\n4\n00:00:13,100 --> 00:00:16,880\nnow the queen lays again,\n"
                               "up to 1,500 eggs a day.\n\n5\n00:00:17,500 --> 00:00:19,300\n"
                               "she rests in winter.\n")
    assert doc.blocks[5:9] == ["listing", "listing", "prose", "prose"]
    assert [doc.paragraph_start(n) for n in (8, 9)] == [7, 7]
    # (a caption in lowercase is the subtitler's, whatever sentence it goes on with)
    assert gate(doc) == []


def test_a_chord_sheet_s_verse_is_one_block_of_prose_under_its_lead_in():
    doc = Document.from_string(BODY + "\nVerse 1:\nG           Cadd9        G\n"
                               "My father kept a boat called Margaret Rose,\n"
                               "Em          C            D\nAnd brought her home upon the tide,\n"
                               "G     D/F#     Em\nbefore the morning froze\n\nIt sank in 1990.\n")
    assert doc.blocks[5:12] == ["label", "table", "prose", "table", "prose", "table", "prose"]
    assert {doc.paragraph_start(n) for n in range(6, 13)} == {6}
    # (a line of verse ending on a comma dangles no link; the next goes on in lowercase)
    assert gate(doc) == []


def test_comments_under_their_time_stamps_may_start_in_lowercase():
    text = (BODY + "\nrivermoor\nMarch 4th, 2019 at 9:15 am\n\n"
            "loved the part about the pools, the town needs them open all summer.\n\n"
            "Kit Arden\nMarch 4th, 2019 at 11:02 pm\n\n"
            "agreed, and the parks too, whatever the budget says.\n")
    doc = Document.from_string(text)
    assert [doc.paragraph_start(n) for n in (9, 14)] == [7, 12]
    assert gate(doc) == []


def test_one_time_stamp_is_a_byline_whose_paragraph_may_have_lost_its_start():
    doc = Document.from_string(BODY + "\nMarch 4th, 2019 at 9:15 am\n\n"
                               "announced on Monday that the pools would close in May.\n")
    assert [f[:3] for f in gate(doc)] == [(LOWER_START[0], 8, 1)]


def test_a_lead_in_ending_in_a_dash_and_its_items_are_one_block():
    doc = Document.from_string(BODY + "A few things to bring along -\n- the cost of the roads,\n"
                               "- the time it takes.\nThe vote is next week.\n")
    assert doc.blocks[4:7] == ["label", "list", "list"]
    assert [doc.paragraph_start(n) for n in (5, 6, 7)] == [5, 5, 5]
    assert gate(doc) == []


def test_a_long_line_between_two_items_of_a_listing_is_one_more_item():
    doc = Document.from_string(BODY + "\nIn the tool box\na saw\na hammer and nails\n"
                               "rope and a tarp for the rain, plus two spare pegs for the wind\n"
                               "a torch with new batteries\nmatches in a dry bag\na first-aid kit\n")
    assert doc.blocks[5:12] == ["listing"] * 7
    assert gate(doc) == []


def test_a_parameter_list_s_terms_may_hold_dotted_names():
    doc = Document.from_string(BODY + "\nParameters\n\n"
                               "source (str | io.TextIOBase) — the text to read. Paths are read as UTF-8.\n"
                               "limit (int, optional) — how many lines to read at most.\n"
                               "strict (bool) — fail on the first line that does not parse.\n")
    assert doc.blocks[7:10] == ["list"] * 3
    assert gate(doc) == []
