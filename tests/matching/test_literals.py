"""Speed internals must not change findings: literal pre-checks and word candidates are sound."""

from __future__ import annotations

import pytest
import regex

from textlint_news import Document
from textlint_news.matching.literals import line_prepass, required_literals
from textlint_news.kinds.pattern import LinePrepass, PatternRule, tokens_pattern
from textlint_news.matching.words import WordCandidates

from ..conftest import DATA, SEED


@pytest.mark.parametrize("pattern, expected", [
    ("&(?:amp|lt);", {"&amp;", "&lt;"}),
    (r"(?<=\p{L}) (?P<p>[.,;])(?=\s|$)", {" .", " ,", " ;"}),
    (r"(?P<q>x)|(?P<q>y)z", {"x", "yz"}),          # names repeated across branches
    (r"\\p{x}", {"\\p{x}"}),                        # an escaped backslash, not a class
    (r"\(?P<x>", {"P<x>"}),                          # an escaped parenthesis, not a group
    (r"(?<=[”\"][ \t]*\n)^\p{Lu}\w+$", {"”", '"'}),  # look-behind text is in the document
])
def test_required_literals(pattern, expected):
    assert required_literals(pattern, regex.MULTILINE) == expected


@pytest.mark.parametrize("pattern, flags", [
    (r"\p{Lu}\w+", 0), ("(?:a|b)?c*", 0), ("the", regex.IGNORECASE), ("(?i:the)x", 0),
    ("[[:alpha:]]", 0), (r"(\w)\1", 0), ("(?V1)a", 0),
])
def test_no_literals_when_unknown(pattern, flags):
    assert required_literals(pattern, flags) is None


def corpus() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((DATA / "clean").glob("*.txt"))]
    texts.append(SEED.read_text(encoding="utf-8"))
    return texts + [t.lower() for t in texts] + [t.upper() for t in texts]


def test_pre_checks_never_skip_a_document_with_a_match(default_rules):
    for rule in default_rules:
        if isinstance(rule, PatternRule) and rule.required is not None:
            for text in corpus() + [e.text for e in rule.examples.invalid]:
                if not any(lit in text for lit in rule.required):
                    assert next(rule.regex.finditer(text), None) is None, rule.id


@pytest.mark.parametrize("ignorecase", [False, True])
def test_word_candidates_give_the_full_scan_matches(ignorecase):
    tokens = ["kyiv", "black sea", "Sea", "u.s.", "new york city", "new"]
    pattern = regex.compile(tokens_pattern(tokens), regex.MULTILINE
                            | (regex.IGNORECASE if ignorecase else 0))
    candidates = WordCandidates(tokens, ignorecase)
    for text in corpus() + ["in Kyiv, kyiv.gov.ua and KYIV; the Black sea, New York City, new"]:
        doc = Document.from_string(text, "t.txt")
        assert [m.span() for m in candidates.finditer(doc)] == \
            [m.span() for m in pattern.finditer(doc.text)]


def test_line_prepass_names_the_lines_a_match_may_lie_on():
    # a branch from a line start and one after a sentence end: each searched from a character
    prepass = LinePrepass(*line_prepass(r"^(?<!\?\n)[ \t]*x\w*|(?=y)(?<=(?<!\d)[.!?][ \t]+)y\b",
                                         regex.MULTILINE))
    text = "a\n  xa\nend. y\nb y\nWhy?\nx\n1. y\n"
    doc = Document.from_string(text, "t.txt")
    # the first line is always named (a line start with no newline before it); line 6 follows
    # a question, which the look-behind kept in the search rules out; line 7 is named, as what
    # stands before the search's start (no digit before the stop) is not searched
    assert prepass.lines(doc.text, doc.line_starts) == [1, 2, 3, 7]
    assert [p.pattern for p, _ in prepass.searches] == [
        "\\\n(?<!\\?\\\n)[ \\t]*x\\w*", "[.!?][ \\t]+(?=y)y\\b"]


@pytest.mark.parametrize("pattern", [
    "&amp;",                  # starts fast already
    r"(?<=\w)x",             # no start before the match: the search would be the pattern's
    r"(?<=\n\n)^x",          # the look-behind spans lines: its line is not the match's
    r"^(\w)\1",              # a back-reference
    r"^(?i)x",                # inline flags
    r"^\p{L}|(?<=\p{L})\p{N}",  # a branch with no character or small class to start from
])
def test_no_line_prepass(pattern):
    assert line_prepass(pattern, regex.MULTILINE) is None


def test_line_prepass_keeps_every_finding(default_rules):
    rules = [r for r in default_rules if isinstance(r, PatternRule) and r.prepass is not None]
    assert {"link-residue-lowercase-start", "link-residue-sentence-start"} <= {r.id for r in rules}
    for rule in rules:
        texts = corpus() + [e.text for e in rule.examples.invalid] + rule.examples.valid
        for text in texts:
            doc = Document.from_string(text, "t.txt")
            lines = set(rule.prepass.lines(doc.text, doc.line_starts))
            assert {doc.position(m.start())[0] for m in rule.regex.finditer(doc.text)} <= lines
            prepass, rule.prepass = rule.prepass, None
            try:
                plain = list(rule.check(doc))
            finally:
                rule.prepass = prepass
            assert list(rule.check(doc)) == plain, rule.id


@pytest.mark.parametrize("ignorecase", [False, True])
def test_phrase_openers_are_skipped_only_where_no_phrase_can_go_on(ignorecase):
    # "as", "hong" and "all" open phrases only; a document without "salt", "kong" or "estero"
    # is not searched for them, one with those words anywhere is
    tokens = ["as-salt", "Hong Kong", "all'estero", "kong"]
    pattern = regex.compile(tokens_pattern(tokens), regex.MULTILINE
                            | (regex.IGNORECASE if ignorecase else 0))
    candidates = WordCandidates(tokens, ignorecase)
    assert set(candidates.phrase_only) == ({"as", "hong", "all"} if ignorecase
                                           else {"as", "Hong", "all"})
    texts = ["As-Salt and as salt, as well as Hong Kong", "AS-SALT; HONG\nKONG; all'Estero",
             "as-salted hong kongs", "Hong, Kong", "as it is, hong kong", "as-salt", "all'estero"]
    for text in corpus()[:4] + texts:
        doc = Document.from_string(text, "t.txt")
        assert [m.span() for m in candidates.finditer(doc)] == \
            [m.span() for m in pattern.finditer(doc.text)], text
