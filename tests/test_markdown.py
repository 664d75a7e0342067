"""Markdown structure: block types per line and protected spans, from a CommonMark parser."""

from __future__ import annotations

from textlint_news.document import Document
from textlint_news.markdown import is_markdown, layout

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
        ("markup", "---"), ("markup", "title: Talks &amp; more"), ("markup", "---"),
        ("heading", "# Talks in kyiv"), ("blank", ""),
        ("prose", doc.lines[5]), ("prose", doc.lines[6]), ("blank", ""),
        ("list", "- item one"), ("list", "  continued"), ("list", "- item <b>two</b>"),
        ("blank", ""),
        ("table", "| city | pop  |"), ("table", "|------|------|"), ("table", "| kyiv | 3 m  |"),
        ("blank", ""),
        ("code", "```sh"), ("code", "sed 's/&amp;/\\&/'"), ("code", "```"), ("blank", ""),
        ("code", "    indented  code"), ("blank", ""),
        ("markup", "<div>"), ("markup", "html block"), ("markup", "</div>"), ("blank", ""),
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
