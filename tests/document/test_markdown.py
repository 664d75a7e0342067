"""Markdown structure: block types per line and protected spans, from a CommonMark parser."""

from __future__ import annotations

from textlint_news.document import Document
from textlint_news.document.markdown import is_markdown, layout

SOURCE = """\
---
title: Talks &amp; more
---
# Talks in kyiv

Para with [a link](https://example.com/a&amp;b "t") and `code &amp;` here,
wrapped onto a second line <!-- textlint-news-disable-line -->.

- item one
  continued
- item <b>two</b>

| city | pop  |
|------|------|
| kyiv | 3 m  |

```sh
sed 's/&amp;/\\&/'
```

    indented  code

<div>
html block
</div>

> a quoted line
[ref]: https://example.com/x
"""


def laid_out(text: str):
    doc = Document.from_string(text, "a.md")
    result = layout(doc.text, doc.line_starts)
    return doc, result


def test_each_line_gets_its_block_type():
    doc, result = laid_out(SOURCE)
    assert list(zip(result.blocks, doc.lines)) == [
        ("code", "---"), ("code", "title: Talks &amp; more"), ("code", "---"),
        ("heading", "# Talks in kyiv"), ("blank", ""),
        ("prose", doc.lines[5]), ("prose", doc.lines[6]), ("blank", ""),
        ("list", "- item one"), ("list", "  continued"), ("list", "- item <b>two</b>"),
        ("blank", ""),
        ("table", "| city | pop  |"), ("table", "|------|------|"), ("table", "| kyiv | 3 m  |"),
        ("blank", ""),
        ("code", "```sh"), ("code", "sed 's/&amp;/\\&/'"), ("code", "```"), ("blank", ""),
        ("code", "    indented  code"), ("blank", ""),
        ("code", "<div>"), ("code", "html block"), ("code", "</div>"), ("blank", ""),
        ("prose", "> a quoted line"), ("prose", "[ref]: https://example.com/x"), ("blank", ""),
    ]


def test_inline_code_link_targets_and_html_are_protected():
    doc, result = laid_out(SOURCE)
    inline = [doc.text[s:e] for s, e in result.protected if "\n" not in doc.text[s:e]
              and doc.position(s)[0] in (6, 7, 11)]
    assert inline == ['(https://example.com/a&amp;b "t")', "`code &amp;`",
                      "<!-- textlint-news-disable-line -->", "<b>", "</b>"]


def test_code_and_markup_lines_are_protected_whole():
    doc, result = laid_out(SOURCE)
    whole = {doc.position(s)[0] for s, e in result.protected
             if (s, e) == doc.line_span(doc.position(s)[0])}
    assert {1, 2, 3, 17, 18, 19, 21, 23, 24, 25} <= whole


def test_a_code_span_closes_only_with_as_many_backticks():
    doc, result = laid_out("Use ``a ` b`` and `c`.\n")
    assert [doc.text[s:e] for s, e in result.protected] == ["``a ` b``", "`c`"]


def test_markdown_is_known_by_its_extension():
    assert is_markdown("docs/README.md") and is_markdown("x.MARKDOWN")
    assert not is_markdown("notes.txt") and not is_markdown("crawl.jsonl")


# -- linting Markdown: nothing but text is linted, no fix edits code, tables or markup --------

import textwrap  # noqa: E402


from textlint_news import Linter, lint_text  # noqa: E402

from ..helpers import lint, rules_from_yaml, run_cli

ARTICLE = textwrap.dedent("""\
    # Talks in Kyiv

    Officials in kyiv met &amp; talked; run `sed 's/&amp;/\\&/'` or see [the  report](https://x.org/a&amp;b).

    | city  | note  |
    |-------|-------|
    | kyiv  | a &amp; b |

    ```sh
    sed 's/&amp;/\\&/' kyiv.txt   # the the
    ```

    <!-- textlint-news-disable-next-line casing -->
    The band kyiv played.
    """)


def test_only_text_is_linted_in_markdown():
    findings = lint_text(ARTICLE, path="article.md")
    assert [(f.line, f.column, f.rule_id) for f in findings] == [
        (3, 14, "proper-noun-case"), (3, 23, "html-entity"), (3, 72, "double-space"),
        (7, 13, "html-entity")]  # a table row is no sentence: casing rules leave it
    # as a .txt file the structure pass finds the same by shape: the code line, the table and
    # the inline code in backticks are not text either
    assert [(f.line, f.column, f.rule_id) for f in lint_text(ARTICLE, path="article.txt")] == [
        (3, 14, "proper-noun-case"), (3, 23, "html-entity"), (3, 72, "double-space"),
        (7, 13, "html-entity")]


def test_fix_leaves_code_tables_and_link_targets_byte_identical(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "article.md").write_text(ARTICLE, encoding="utf-8")
    out = run_cli("check", "--fix", "--unsafe-fixes", "--format", "concise",
                                    "article.md")
    fixed = (tmp_path / "article.md").read_text(encoding="utf-8").splitlines()
    before = ARTICLE.splitlines()
    # prose fixed; the table row keeps its defects (reported, not fixed) and its padding
    assert fixed[2] == ("Officials in Kyiv met & talked; run `sed 's/&amp;/\\&/'` or see "
                        "[the report](https://x.org/a&amp;b).")
    assert fixed[4:11] == before[4:11]
    assert fixed[12:] == before[12:]
    assert out.output.splitlines()[0] == \
        'article.md:7:13: error[html-entity] HTML entity "&amp;" was not decoded'  # not fixed


def test_a_suppression_shown_in_a_code_block_is_an_example_not_a_directive():
    text = "An example follows.\n\n```markdown\n<!-- textlint-news-disable -->\n```\n\nTalks in kyiv.\n"
    assert [f.rule_id for f in lint_text(text, path="a.md")] == ["proper-noun-case"]


def test_markdown_link_targets_in_plain_text_are_protected_too():
    # extractors that write Markdown into .txt files leave "[text ][3]": the gap before "]"
    # is link markup, not the text of a removed link
    text = ("This comes less than a week after [Bloomberg reported ][3]WeWork is under "
            "inquiry, as [the report](https://example.org/a_(b) \"Report\") said.\n")
    doc = Document.from_string(text, "page.txt")
    assert [text[s:e] for s, e in doc.protected] == ["][3]", '](https://example.org/a_(b) "Report")']
    assert [f.rule_id for f in lint_text(text, path="page.txt")] == []
    # the same gap outside link markup is reported
    assert [f.rule_id for f in lint_text(text.replace("][3]", "] "), path="page.txt")] == [
        "link-residue-before-punct"]


def test_inline_code_in_plain_text_is_protected_and_a_backtick_apostrophe_is_not():
    # developer posts write code in backticks in plain text too: an entity, a tag or a command
    # there is an example, not a leftover; "isn`t" uses the backtick as an apostrophe
    text = ("Escape it as `&amp;`, wrap it in a ``<figure>`` and run `npx vite build`; "
            "it isn`t the &amp; in `[a](http://x)` text.\n")
    doc = Document.from_string(text, "post.txt")
    assert [text[s:e] for s, e in doc.protected] == [
        "`&amp;`", "``<figure>``", "`npx vite build`", "`[a](http://x)`"]
    assert [(f.line, f.column, f.rule_id) for f in lint_text(text, path="post.txt")] == [
        (1, 88, "html-entity")]


def test_a_finding_about_a_whole_line_of_links_stays_and_may_remove_it():
    # protection keeps findings from pointing into markup; a line of links that is page
    # furniture is about the line, and removing it whole leaves no broken link behind
    pack = """
    rules:
      - {id: menu, kind: pattern, severity: warning, message: menu,
         fix: {safe: true, transform: delete},
         pattern: '^\\[Home\\].*'}
      - {id: gap, kind: pattern, severity: warning, message: gap, pattern: ' \\]'}
    """
    text = "The vote is on Friday.\n[Home](/) | [News ](/news)\nThe count starts at eight.\n"
    findings = lint(pack, text)
    assert [(f.rule_id, f.line, f.column) for f in findings] == [("menu", 2, 1)]
    assert [(e.start, e.end, e.replacement) for e in findings[0].fix.edits] == [(23, 49, "")]


def test_in_markdown_nothing_that_meets_markup_is_reported():
    rules = rules_from_yaml("""
    rules:
      - {id: menu, kind: pattern, severity: warning, message: menu,
         fix: {safe: true, transform: delete}, pattern: '^\\[Home\\].*'}
    """)
    text = "The vote is on Friday.\n\n[Home](/) | [News](/news)\n\nThe count starts at eight.\n"
    findings = Linter(rules).lint(Document.from_string(text, "page.md")).findings
    assert findings == []  # as a .txt file, the line of links is reported (test above)


# -- what a scraper's Markdown holds: images, front matter, lead-ins, verse --------------------

from textlint_news import fix_text  # noqa: E402
from textlint_news.findings import Severity  # noqa: E402


def warnings(text: str, path: str = "post.md") -> list[tuple[int, int, str, str]]:
    """Errors and warnings, and link residue at any severity (a lone gap is information)."""
    return [(f.line, f.column, f.rule_id, f.message) for f in lint_text(text, path=path)
            if f.severity >= Severity.WARNING or "link-residue" in f.tags]


def test_an_image_is_markup_and_its_alt_text_is_read_only_for_stray_characters():
    text = ('![](https://example.org/a.png)The delegations left on Saturday.\n\n'
            '![""](images/b.png) and ![openai logo\u200b](images/c.png) and ![x][1]\n\n'
            'The study ( ) found more.\n')
    # "![](...)" holds no removed link text; alt text is no sentence (no casing there), but an
    # invisible character in it is one a screen reader meets
    assert warnings(text) == [
        (3, 38, "invisible-character", "invisible character in the text (zero-width space, "
                                       "joiner, word joiner or stray BOM)"),
        (5, 11, "link-residue-empty-brackets",
         'empty brackets or quotes "( )"; the linked text inside them was removed')]
    doc = Document.from_string(text, "post.md")
    assert [text[s:e] for s, e in doc.protected] == [
        "![", "](https://example.org/a.png)", "![", "](images/b.png)", "![", "](images/c.png)",
        "![", "][1]"]
    assert [text[s:e] for s, e in doc.markdown_layout.alt_text] == [
        '""', "openai logo\u200b", "x"]


def test_fix_removes_a_stray_character_from_alt_text_and_leaves_image_markup_alone():
    text = "![](a.png) The study ( ) found ![logo\u200b](b.png) more.\n"
    fixed_text, _ = fix_text(text, unsafe=True, path="post.md")
    assert fixed_text == "![](a.png) The study found ![logo](b.png) more.\n"


def test_an_image_with_nested_brackets_or_an_angle_target_is_one_image():
    doc, result = laid_out("See ![a [b] c](<my file.png> \"t\") here, not \\![d](e).\n")
    assert [doc.text[s:e] for s, e in result.protected] == ["![", '](<my file.png> "t")', "(e)"]
    assert [doc.text[s:e] for s, e in result.alt_text] == ["a [b] c"]


FRONT = """\
---
title: "Talks in Kyiv end without a deal | News"
description: The talks in Kyiv ended on Friday without an agreement on the ceasefire.
---

The talks in Kyiv ended on Friday without an agreement on the ceasefire.

The delegates said the talks in Kyiv had failed. They will meet again in May, officials said.

The delegates said the talks in Kyiv had failed.
"""


def test_front_matter_is_no_text_a_post_repeats():
    # the post's lead repeats its front matter's description: no pull quote; a real one stays
    assert warnings(FRONT) == [
        (10, 1, "repeated-pull-quote",
         "repeats text of line 8 (a pull quote extracted as its own paragraph)")]
    assert warnings(FRONT, "post.txt")[0] == (
        6, 1, "repeated-pull-quote",
        "repeats text of line 3 (a pull quote extracted as its own paragraph)")


LEAD_INS = """\
Agent infrastructure provides:

- background execution
- heartbeat signals

- **Sectioning**:
  - one model answers while another screens the answer

## Important Links:

- [The code](https://example.org/code)

So real quick:

> If the outcome depends on chance, is that game theory?

In the tea tin, a single sock,

smelling faintly of camphor and rain.

See it now:
"""


def test_a_lead_in_and_what_it_introduces_are_one_block():
    doc, result = laid_out(LEAD_INS)
    assert result.blocks[0] == "label" and result.blocks[8] == "heading"
    # the list, the nested list, the links, the quotation and the verse's next line each
    # belong to the paragraph of the line that introduces them
    assert [result.starts[n] for n in (2, 6, 10, 14, 18)] == [0, 5, 8, 12, 16]
    assert [doc.paragraph_start(n) for n in (3, 7, 11, 15, 19)] == [1, 6, 9, 13, 17]
    # so no lead-in reads as a line whose link was removed; a label before nothing still does
    assert [(f.line, f.column, f.message) for f in lint_text(LEAD_INS, path="post.md")
            if f.rule_id == "link-residue-dangling-label"] == [
        (21, 1, 'line ends with "See it now:"; the link it introduced was removed')]


def test_a_list_item_heads_only_what_is_nested_in_it():
    doc, result = laid_out("- Written data:\n- Read data: 1 GB\n")
    assert result.starts == [0, 1, 2]


def test_a_block_quotes_blank_lines_are_blank():
    doc, result = laid_out("> Share\n>\n>\n> Share\n\n[ref]: https://example.org\n")
    assert result.blocks == ["prose", "blank", "blank", "prose", "blank", "code", "blank"]


def test_a_paragraph_of_markdown_is_wrapped_by_the_parsers_paragraphs_not_by_lead_ins():
    # a text of one-line paragraphs whose lead-ins join the lists they introduce stays unwrapped
    doc, result = laid_out("Here is what it does:\n\n- one\n- two\n\nIt runs on Sunday.\n")
    assert result.starts[2] == 0 and result.wrapped is False


CAPTIONED = """\
# Outpainting

Outpainting lets a user extend an image beyond its original borders, officials said.

![Sonia Levesque and DALL·E, an original outpainting of a harbour](images/a/img_006.jpg)

Sonia Levesque and DALL·E, an original outpainting
"""


def test_a_caption_that_repeats_its_images_alt_text_is_no_pull_quote():
    assert warnings(CAPTIONED) == []
    # what the duplicate rules compare: an image has no words, a link its text only
    from textlint_news.document.segments import units
    doc = Document.from_string(CAPTIONED + "\nSee [the report](https://example.org/report-2024) "
                               "and `npm run build`.\n", "post.md")
    assert list(units(doc, "line").norms) == [
        "outpainting", "outpainting lets a user extend an image beyond its original borders "
        "officials said", "", "sonia levesque and dall e an original outpainting",
        "see the report and npm run build"]


def test_a_posts_edges_are_its_text_not_its_front_matter_or_code():
    from textlint_news.document.segments import edge_lines
    text = ("---\ntitle: Talks\ndate: 2024-05-02\n---\n\nMay 2, 2024\n\nThe talks ended.\n\n"
            "```sh\nnpm run build\n```\n")
    doc = Document.from_string(text, "post.md")
    assert edge_lines(doc, "head", 2) == [6, 8]
    assert edge_lines(doc, "tail", 1) == [8]
    # plain text has no front matter: its first lines are its first lines
    assert edge_lines(Document.from_string(text, "post.txt"), "head", 2) == [1, 2]


def test_a_fix_removes_a_list_items_marker_only_with_the_whole_item():
    # removing "01. A" alone would turn the paragraph set in under it into a code block
    rules = rules_from_yaml("""
    rules:
      - {id: option, kind: pattern, severity: warning, message: option,
         fix: {safe: true, transform: delete}, pattern: '^\\d+\\. [A-Z]$'}
    """)
    text = "The notes follow.\n\n01. A\n\n    Some evaluations focus on text.\n\n02. B\n"
    findings = Linter(rules).lint(Document.from_string(text, "notes.md")).findings
    assert [(f.line, f.fix is not None) for f in findings] == [(3, False), (7, True)]


def test_an_enumeration_in_list_items_ending_in_commas_lost_no_link():
    # each item goes on in the next; a comma closing a line before prose still dangles
    text = ("Users may not:\n\n"
            "- facilitate illicit activity, or distribute illicit goods or services,\n"
            "- harm others.\n\n"
            "It is the highest priority in the search for life,\n\n"
            "The agency said so on Tuesday.\n")
    assert warnings(text) == [
        (6, 50, "link-residue-dangling-label",
         'line ends with ","; the link it introduced was removed')]


def test_underscores_of_emphasis_are_no_repeated_word():
    text = ("_**Update on September 23, 2025**_ _:_ _GPT-5-Codex is now available to "
            "developers._\n\nThe the vote is on Tuesday.\n")
    assert warnings(text) == [(3, 1, "repeated-word", '"The" is repeated')]


SECTIONS = """\
# Three questions

The council has three questions to settle before the budget vote in March:

1. Who pays for the new bridge over the river?
2. How long will the old bridge stay open to cars?

**Who pays for the new bridge over the river?**

The county pays half and the city the rest, the treasurer said on Monday.

**How long will the old bridge stay open to cars?**

Until the new one opens, the engineers said on Monday.

**The vote** (March 4)

- Cost to the city:

**reduced by half from last year**

## Contents

- Who pays for the new bridge over the river and when
- How long the old bridge will stay open to all cars

## Who pays for the new bridge over the river and when

The county pays half.

## How long the old bridge will stay open to all cars

Until the new one opens.

**The council said the county will pay half of the cost of the bridge this year.**
"""


def test_a_paragraph_in_bold_alone_is_a_heading_and_a_contents_list_may_repeat_it():
    doc, result = laid_out(SECTIONS)
    # bold alone, with a parenthesis at most, heads a section; a longer bold passage, or one
    # in lowercase (a value going on from the item above), is prose
    assert [(n + 1, result.blocks[n]) for n in (7, 11, 15, 19, 34)] == [
        (8, "heading"), (12, "heading"), (16, "heading"), (20, "prose"), (35, "prose")]
    # the questions listed first, then answered under headings: no pull quote, no repeat;
    # a table of contents repeats the post's headings for the same reason
    assert warnings(SECTIONS) == []
    # in plain text the same lines are guessed headings: a repeat stays a repeat
    assert [f[:3] for f in warnings(SECTIONS.replace("**", ""), "post.txt")
            if f[2] == "repeated-paragraph"] == [(31, 1, "repeated-paragraph")]


CARRIED_ITEMS = """\
Streaming helps in three ways:

- **Improving performance**

by sending the page in smaller chunks as soon as each is ready.

- Handling large payloads.

the limit on the size of a response no longer applies, the team said.
"""


def test_a_lowercase_paragraph_after_an_item_that_ends_no_sentence_carries_the_item_on():
    doc, result = laid_out(CARRIED_ITEMS)
    assert result.blocks[4] == "list" and doc.paragraph_start(5) == 1
    # after an item that ends as a sentence, a lowercase paragraph lost its start
    assert result.blocks[8] == "prose"
    assert warnings(CARRIED_ITEMS) == [
        (9, 1, "link-residue-lowercase-start",
         'sentence starts in lowercase with "the"; its subject was probably the text of a removed '
         'link')]


PROMPTS = """\
# Prompts

We asked for a harbour at dawn, then for the same harbour at night.

a watercolour of a harbour at dawn with fishing boats, in the style of a postcard

Text prompt

a watercolour of a harbour at
dawn
night

> “The harbour looked real enough to sail from, and the boats had names. I kept it.”
> The harbour looked real enough to sail from, and the boats had names.
"""


def test_a_line_of_a_longer_paragraph_is_no_pull_quote_but_text_doubled_in_one_is():
    # a widget's prompt broken over lines repeats the prompt above: the text's own; a quote
    # doubled inside its own block quote is text extracted twice
    assert [f for f in warnings(PROMPTS) if f[2] == "repeated-pull-quote"] == [
        (14, 1, "repeated-pull-quote",
         "repeats text of line 13 (a pull quote extracted as its own paragraph)")]


PRICES = """\
# Prices

The new models cost less than the old ones, the company said.

Here are the prices:

Model

Input

base-002

$0.002 / 1K tokens

$0.002 / 1K tokens

Risk

Low

Low

Done
"""


def test_short_paragraphs_in_a_row_are_a_listing_whose_repeated_cells_are_no_doubled_line():
    doc, result = laid_out(PRICES)
    assert [result.blocks[n] for n in range(6, 23, 2)] == ["listing"] * 9
    # the lead-in introduces the listing, and equal cells in a row are a table's
    assert result.blocks[4] == "label"
    assert warnings(PRICES) == []
    # as prose between sentences, a short line twice in a row is a heading extracted twice
    assert warnings("# Prices\n\nThe models cost less.\n\nThey run faster.\n\nThey are safer.\n\n"
                    "Risk levels\n\nRisk levels\n\nThey are all low.\n") == [
        (11, 1, "doubled-line",
         "repeats line 9 right after it (a heading or short paragraph extracted twice)")]


UNFENCED = """\
The schema the model returns:

`1{

2  "type": "div",

3  "label": "",

4  "children": [\\
\\
5    {"label": "", "children": []}\\
\\
6  ]

exportdefaultfunctionApp(){

const{debug} = useControls({debug:false})

}

The chart did not load:

chart = RuntimeError: Failed to fetch

3 eggs are enough for a loaf of this size, say bakers in Cardiff.

4 cups of flour go into it too.

5 minutes later it was done.
"""


def test_code_that_lost_its_fence_is_code_and_sentences_around_it_are_prose():
    doc, result = laid_out(UNFENCED)
    # a code viewer's numbered lines (the first after a code span's backtick, the hard
    # breaks' lone backslashes too) and paragraphs of code in a row are code; one such
    # paragraph alone, and paragraphs opening on figures with one space, are prose
    assert [n + 1 for n, kind in enumerate(result.blocks) if kind == "code"] == [
        3, 5, 7, 9, 10, 11, 12, 13, 15, 17, 19]
    assert [result.blocks[n - 1] for n in (23, 25, 27, 29)] == ["prose"] * 4
    # so no prose rule reads the empty strings of the schema
    assert [w for w in warnings(UNFENCED) if w[2] == "link-residue-empty-brackets"] == []


def test_a_lead_in_before_an_image_introduces_it():
    text = ("# Checkout\n\nThe pads have been added to your cart. You can check out here:\n\n"
            "![Checkout page with express options](images/a.png)\n\nThe order went through.\n")
    doc, result = laid_out(text)
    assert result.blocks[2] == "label" and result.starts[4] == 2
    assert warnings(text) == []


def test_a_lead_in_ending_in_a_dash_introduces_its_list():
    text = ("The plan was agreed on Monday after a long debate in the hall.\n\n"
            "A few things to bring along -\n\n1. the cost of the new roads\n"
            "2. the time it takes\n\nRead the whole plan here -\n\nThe vote is next week.\n")
    doc, result = laid_out(text)
    assert result.blocks[2] == "label" and result.starts[4] == 2
    # (a dash before the next paragraph still dangles a link)
    assert warnings(text) == [(8, 26, "link-residue-dangling-label",
                               'line ends with "-"; the link it introduced was removed')]


def test_code_indented_with_no_break_spaces_is_code():
    nbsp = "\u00a0" * 4
    text = ("Reply with the output of the function below:\n\ndef answer(word):\n\n"
            f"{nbsp}if word == 'open':\n\n{nbsp * 2}return \"Come in\"\n\n{nbsp}else:\n\n"
            f"{nbsp * 2}return \"\"\n\nThe model printed nothing.\n")
    doc, result = laid_out(text)
    assert [n + 1 for n, kind in enumerate(result.blocks) if kind == "code"] == [3, 5, 7, 9, 11]
    # so no prose rule reads the empty string, nor the def as a label
    assert warnings(text) == []


def test_messages_under_their_time_stamps_may_start_in_lowercase():
    text = ("The messages below were sent that week.\n\n3/14/24 9:02 AM\n\n"
            "got the draft, what do you think:\n\n![](images/draft.png)\n\n"
            "you sent the old one, so its numbers are wrong.\n\n3/14/24 6:40 PM\n\n"
            "all good now, thanks.\n\n"
            "# Later\n\nrates rose again in May.\n")
    doc, result = laid_out(text)
    assert [result.starts[n] for n in (8, 12)] == [4, 10]
    # (after a heading the turn is over: a lowercase paragraph there lost its start)
    assert warnings(text) == [(17, 1, "link-residue-lowercase-start",
                               'sentence starts in lowercase with "rates"; its subject was '
                               "probably the text of a removed link")]


def test_a_links_text_that_is_its_targets_last_segment_is_a_handle_not_a_name():
    handles = ("The release had help from many people. Thanks to [dylan-marsh]"
               "(https://github.com/dylan-marsh), [kesku](https://github.com/kesku/?ref=notes) "
               "and [alex-morrow](https://github.com/alex-morrow) for their work.\n")
    assert warnings(handles) == []
    # a name written in lowercase as the text of a link elsewhere is still a name
    named = ("The release had help from many people. Thanks to [dylan marsh]"
             "(https://github.com/dmarsh) for his work on the parser.\n")
    assert warnings(named) == [(1, 51, "proper-noun-case-corpus", '"dylan" is a name; write "Dylan"')]
