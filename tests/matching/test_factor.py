"""Alternations of words as trees: the same matches, found the same way."""

import random

import regex

from textlint_news.matching.factor import factored


def test_words_become_a_tree_of_their_beginnings():
    assert factored(r"(?<!\w)(?P<noun>rival|star|startup|the|their|a)[ \t]+") == \
        r"(?<!\w)(?P<noun>(?:rival|star(?:|tup)|the(?:|ir)|a))[ \t]+"


def test_an_order_the_tree_cannot_keep_is_left_alone():
    # "a" is tried between "ab" and "abd": no tree tries them so
    assert factored("(?:ab|a|abd)x") == "(?:ab|a|abd)x"


def test_escapes_classes_and_case_insensitive_scopes_are_left_alone():
    pattern = r"[(?:a|b|c)]\(?:x|y|z\)(?i:am|is|(?:was|were|be))(?:he|she|it)"
    assert factored(pattern) == \
        r"[(?:a|b|c)]\(?:x|y|z\)(?i:am|is|(?:was|were|be))(?:(?:he|she|it))"
    assert factored("(?i)(?:the|a|an)") == "(?i)(?:the|a|an)"
    assert factored("(?:the|a|an)", regex.IGNORECASE) == "(?:the|a|an)"


def test_the_tree_finds_what_the_alternation_finds():
    rng = random.Random(1)
    for _ in range(2000):
        words = list(dict.fromkeys("".join(rng.choice("abc") for _ in range(rng.randint(1, 4)))
                                   for _ in range(rng.randint(3, 8))))
        if len(words) < 3:
            continue
        tail = rng.choice(["", "x", "(?:b|cd)", "$", "(?!a)", "+c"])
        pattern = "(?P<g>" + "|".join(words) + ")" + tail
        written, tree = regex.compile(pattern), regex.compile(factored(pattern))
        for _ in range(10):
            text = "".join(rng.choice("abcx ") for _ in range(30))
            assert [(m.span(), m.groups()) for m in tree.finditer(text)] == \
                [(m.span(), m.groups()) for m in written.finditer(text)], (pattern, text)
