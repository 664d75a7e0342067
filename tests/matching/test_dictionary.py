"""The English word list: a bisection of one sorted string answers as a set would."""

from __future__ import annotations

import pytest

from textlint_news.matching.dictionary import WordList, english_words, is_english_word

WORDS = ["apple", "banana", "cherry", "date", "élan"]


@pytest.mark.parametrize("word, known", [
    ("apple", True), ("élan", True), ("cherry", True),      # first, last, middle
    ("", False), ("aardvark", False), ("zebra", False),    # before the first, after the last
    ("applet", False), ("appl", False), ("Apple", False),  # neighbours of a word
])
def test_a_word_is_found_by_bisection_exactly_when_it_is_listed(word, known):
    words = WordList("\n" + "\n".join(WORDS) + "\n")
    assert (word in words) is known


def test_the_shipped_list_answers_as_its_set_does():
    words = english_words()
    full = frozenset(words.blob.split("\n")) - {""}
    assert len(full) > 200_000
    probe = sorted(full)[::997] + [w + "q" for w in sorted(full)[::991]]
    assert [w in words for w in probe] == [w in full for w in probe]
    assert is_english_word("troopers") and is_english_word("announced")
    assert not is_english_word("kyiv")
