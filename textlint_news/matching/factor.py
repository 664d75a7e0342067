"""Alternations of words rewritten as a tree of their shared beginnings, for the search only.

The ``regex`` module tries every alternative of ``(?:rival|regulator|...|friend)`` in turn at
each place it searches; ``(?:r(?:ival|egulator)|...)`` tries one letter instead
(``name-after-its-noun``, 90 nouns: 0.030 -> 0.019 CPU s on its 670 candidate lines). The tree
tries the words in the order the alternation lists them wherever two may match at one
place, so it matches what the alternation matches, the same way: words that go on with
different letters never do, and one that is the beginning of others is tried before or after
them as the list puts it (``the|their`` becomes ``the(?:|ir)``; ``ab|a|abd`` is left as it
is). Only groups of plain words are rewritten, and only in a pattern without
case-insensitive or verbose matching, where two words could match at one place or a space
means nothing. The pre-filters read the pattern as written.
"""

from __future__ import annotations

import regex

# a group of three words or more, each of word characters only, and nothing else
_WORDS = regex.compile(r"\((\?:|\?P<\w+>)(\w+(?:\|\w+){2,})\)")
# a flag group that turns case-insensitive or verbose matching on or off, for the pattern
# ("(?i)") or a group ("(?i:")
_FLAGGED = regex.compile(r"\(\?[a-zA-Z]*-?[a-zA-Z]*[ix][a-zA-Z]*(?P<scope>:)?")


def factored(pattern: str, flags: int = 0) -> str:
    """``pattern`` with each group of plain words that can be a tree written as one."""
    if flags & (regex.IGNORECASE | regex.VERBOSE) or any(
            not m["scope"] for m in _FLAGGED.finditer(pattern)):
        return pattern
    out, i, start = [], 0, 0
    flagged: list[bool] = []  # each open group: whether it is in a flag group's scope
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":  # a class: to its "]" (one first, or after "^", is a member)
            i += 1 + pattern.startswith("^", i + 1)
            i += pattern.startswith("]", i)
            while i < len(pattern) and pattern[i] != "]":
                i += 1 + (pattern[i] == "\\")
        elif c == "(":
            inside = bool(flagged and flagged[-1]) or _FLAGGED.match(pattern, i) is not None
            m = _WORDS.match(pattern, i)
            tree = _tree(m.group(2).split("|")) if m and not inside else None
            if tree is not None:
                out.append(pattern[start:i] + "(" + m.group(1) + tree + ")")
                i = start = m.end()
                continue
            flagged.append(inside)
        elif c == ")" and flagged:
            flagged.pop()
        i += 1
    return "".join(out) + pattern[start:]


def _tree(words: list[str]) -> str | None:
    """The words as a tree of their shared beginnings, or None when it would try them in
    another order than the list."""
    if len(set(words)) != len(words):
        return None
    return _node(words, 0)


def _node(words: list[str], depth: int) -> str | None:
    """The alternatives of ``words`` (all sharing their first ``depth`` letters) after those."""
    parts: list[str] = []
    # the next letters, in the order the list first gives them ("" for the word that ends
    # here): words that go on with different letters never match at one place, so only the
    # place of the word that ends here among the others is an order the tree must keep
    seen = list(dict.fromkeys(word[depth:depth + 1] for word in words))
    if "" in seen:
        end = next(i for i, word in enumerate(words) if len(word) == depth)
        for key in seen:
            places = [i for i, word in enumerate(words) if key and word[depth:depth + 1] == key]
            if places and places[0] < end < places[-1]:
                return None  # the word that ends here stands among those that go on
    for key in seen:
        if not key:
            parts.append("")
            continue
        group = [w for w in words if w[depth:depth + 1] == key]
        # one word, or a run of letters all share: on to where they part
        common = depth + 1
        while all(len(w) > common for w in group) and len({w[common] for w in group}) == 1:
            common += 1
        rest = _node(group, common) if len(group) > 1 else group[0][common:]
        if rest is None:
            return None
        parts.append(group[0][depth:common] + rest)
    return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
