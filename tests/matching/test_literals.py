"""Speed internals must not change findings: literal pre-checks and word candidates are sound."""

from __future__ import annotations

import pytest
import regex

from textlint_news import Document
from textlint_news.matching.literals import required_literals
from textlint_news.kinds.pattern import PatternRule, tokens_pattern
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
