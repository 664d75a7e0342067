"""One syntax tree feeds the Hyperscan rewrite and the literal extraction, verbose or not."""

from __future__ import annotations

import hyperscan
import pytest
import regex

from textlint_news import Document, Linter
from textlint_news.matching.literals import required_literals
from textlint_news.matching.prefilter import LineFilter, Prefilter, hyperscan_source
from textlint_news.matching.prefilter.rewrite import prefilter_source
from textlint_news.matching.regex_parser import parse
from textlint_news.matching.regex_tree import (Alt, Anchor, Char, Class, Group, Member, Range,
                                               Repeat, Shorthand, Unsupported)

from ..helpers import rules_from_yaml

# (verbose, the same pattern on one line)
VERBOSE = [
    (r"""
     (?<=\p{L})     # after a letter
     [ ]            # a space, kept in a class
     (?P<p>[.,;])   # the stray mark
     (?=\s|$)       # then a space or the line end
     """, r"(?<=\p{L})[ ](?P<p>[.,;])(?=\s|$)"),
    (r"""
     \b (?: Read \  more    # an escaped space is a space
          | Sign\ up        # a second branch
          ) \b
     \#?                    # an escaped '#' is no comment
     """, r"\b(?:Read more|Sign up)\b\#?"),
    (r"""
     ^ \( (?: [A-Z]{2,5} \d* )+ \) \s* $   # a trailing comment with no newline after it""",
     r"^\((?:[A-Z]{2,5}\d*)+\)\s*$"),
]


def test_the_tree_of_a_pattern():
    assert parse(r"(?<=, )(?P<w>the)[a-c\w]+\b") == Alt(((
        Group("behind", Alt(((Char(","), Char(" ")),))),
        Group("capture", Alt(((Char("t"), Char("h"), Char("e")),)), name="w"),
        Repeat(Class("[a-c\\w]", False, (Range("a", "c"), Shorthand("\\w"))), "+", 1, None),
        Anchor("b"),
    ),))


def test_verbose_whitespace_and_comments_are_not_pattern():
    assert parse("a b  # c\n | d", verbose=True) == Alt(((Char("a"), Char("b")), (Char("d"),)))
    assert parse("[ #]", verbose=True) == Alt(((Class("[ #]", False, (Member(" "), Member("#"))),),))
    assert parse("a b", verbose=False) == Alt(((Char("a"), Char(" "), Char("b")),))


@pytest.mark.parametrize("verbose, one_line", VERBOSE)
@pytest.mark.parametrize("single_line", [False, True])
def test_a_verbose_pattern_is_rewritten_as_its_one_line_form(verbose, one_line, single_line):
    assert regex.compile(verbose, regex.VERBOSE).pattern  # both are valid rules
    assert prefilter_source(verbose, single_line=single_line, verbose=True) == \
        prefilter_source(one_line, single_line=single_line)
    spec = Prefilter(verbose, verbose=True)
    assert hyperscan_source(spec) == hyperscan_source(Prefilter(one_line))


def test_a_verbose_rewrite_compiles_and_finds_the_match():
    source = prefilter_source(VERBOSE[1][0], verbose=True)
    assert source == r"(?:Read\x{20}more|Sign\x{20}up)(?:\x{23})?"
    database = hyperscan.Database()
    database.compile(expressions=[source.encode()], ids=[0], elements=1,
                     flags=[hyperscan.HS_FLAG_PREFILTER | hyperscan.HS_FLAG_UTF8])
    ends: list[int] = []
    database.scan(b"Please Sign up #", match_event_handler=lambda _i, _f, end, *_: ends.append(end))
    assert 14 in ends


@pytest.mark.parametrize("verbose, one_line", VERBOSE)
def test_literals_of_a_verbose_pattern_are_those_of_its_one_line_form(verbose, one_line):
    assert required_literals(verbose, regex.MULTILINE | regex.VERBOSE) == \
        required_literals(one_line, regex.MULTILINE)


def test_literals_of_verbose_patterns():
    assert required_literals(VERBOSE[0][0], regex.VERBOSE) == {" .", " ,", " ;"}
    assert required_literals(VERBOSE[1][0], regex.VERBOSE) == {"Read more", "Sign up"}
    assert required_literals(VERBOSE[2][0], regex.VERBOSE) == {"("}  # '(' before ')': first wins


@pytest.mark.parametrize("pattern, verbose", [
    (r"(\w)\1", False), (r"(?(1)a|b)", False), ("[[:alpha:]]", False), ("(?x)a b", False),
    (r"a(?s:.)", False), ("x{2, 3}", True),  # a loosely spelled brace in a verbose pattern
])
def test_a_pattern_the_tree_refuses_gets_no_prefilter(pattern, verbose):
    with pytest.raises(Unsupported):
        prefilter_source(pattern, verbose=verbose)
    assert hyperscan_source(Prefilter(pattern, verbose=verbose)) is None


def test_a_refused_pattern_runs_in_full_with_the_same_findings():
    rules = rules_from_yaml(r"""
        pack: t
        rules:
          - id: loose-brace
            kind: pattern
            message: m
            flags: [verbose]
            pattern: |
              a{2, 3}   # the regex module reads this brace as a repeat
          - id: spelled-out
            kind: pattern
            message: m
            flags: [verbose]
            pattern: |
              (?<=\s) Sign \  up   # after a space
        """)
    assert [rule.id for rule in LineFilter.load(rules).rules] == ["spelled-out"]
    text = "aaa and a a\nThen Sign up now\n"
    found = {p: [(f.rule_id, f.line, f.column) for f in
                 Linter(rules, prefilter=p).lint(Document.from_string(text, "t.txt")).findings]
             for p in (False, True)}
    assert found[True] == found[False] == [("loose-brace", 1, 1), ("spelled-out", 2, 6)]


def test_a_look_ahead_that_more_pattern_follows_is_not_consumed():
    # the old scanner took '|' inside the group for the pattern's end and consumed the
    # look-ahead, so the prefilter wanted "xdd" where the rule matches "xd"
    assert prefilter_source(r"(?:x(?![a])|c)d") == "(?:x|c)d"
    assert prefilter_source(r"(?:x|c(?![a]))") == r"(?:x|c(?:[^\x{a}a]|$))"


def test_a_named_back_reference_is_no_literal():
    assert regex.search(r"(?P<q>a)x(?P=q)y", "axay")
    assert required_literals(r"(?P<q>a)x(?P=q)y", 0) == {"ax"}
