"""Positions are 1-based lines and code-point columns, whatever the newlines, tabs or BOM."""

from __future__ import annotations

from textlint_news import Document

from ..helpers import lint

RULE = """
rules:
  - {id: gap, kind: pattern, message: gap, pattern: ' \\.'}
"""


def test_lf_positions():
    (f,) = lint(RULE, "first line\nsecond bring .\n")
    assert (f.line, f.column, f.end_line, f.end_column) == (2, 13, 2, 15)


def test_crlf_positions_and_original_offsets():
    text = "first line\r\nsecond bring .\r\n"
    doc = Document.from_string(text, "t")
    (f,) = lint(RULE, text)
    assert (f.line, f.column) == (2, 13)
    assert doc.newline == "\r\n"
    assert text[doc.original_offset(f.start):doc.original_offset(f.end)] == " ."


def test_lone_cr_is_a_line_break():
    (f,) = lint(RULE, "first line\rsecond bring .")
    assert (f.line, f.column) == (2, 13)


def test_bom_is_not_a_column():
    doc = Document.from_string("\ufeffbring .", "t")
    assert doc.has_bom and doc.text == "bring ."
    (f,) = lint(RULE, "\ufeffbring .")
    assert (f.line, f.column) == (1, 6)


def test_tabs_and_wide_characters_count_as_one_code_point():
    (f,) = lint(RULE, "\t東京 😀 bring .")
    assert (f.line, f.column) == (1, 12)


def test_position_and_offset_are_inverse():
    doc = Document.from_string("ab\ncd\n\nef", "t")
    for offset in range(len(doc.text) + 1):
        assert doc.offset(*doc.position(offset)) == offset
