"""benchmarks/nltk_text.py: the ABC's section files split into stories, speeches written as an
extractor writes them, and both alternating tune and check."""

from __future__ import annotations

import sys

from ..conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
from nltk_text import documents, stories  # noqa: E402

RURAL = ("Wool prices rise at Sydney sale\nWool prices rose on Monday. \nBuyers were keen.\n\n"
         "Grain prices\nMeanwhile grain prices fell.\n\n"
         "Floodwaters close highway\nA highway was closed.\n")


def test_a_block_under_a_short_subheading_carries_the_story_before_it_on():
    assert stories(RURAL, subheaded=True) == [
        "Wool prices rise at Sydney sale\n\nWool prices rose on Monday.\n\nBuyers were keen.\n\n"
        "Grain prices\n\nMeanwhile grain prices fell.\n",
        "Floodwaters close highway\n\nA highway was closed.\n"]


def test_without_subheadings_every_block_is_a_story_even_after_two_blank_lines():
    text = "Feeling itchy?\nGenes help.\n\n\nStars vibrate\nThey do.\n"
    assert stories(text, subheaded=False) == ["Feeling itchy?\n\nGenes help.\n",
                                              "Stars vibrate\n\nThey do.\n"]


def test_stories_and_files_alternate_tune_and_check(tmp_path):
    (tmp_path / "abc").mkdir()
    (tmp_path / "abc/rural.txt").write_text(RURAL, encoding="utf-8")
    (tmp_path / "abc/science.txt").write_bytes(b"Hot\r\nIt was 40\xb0C.\r\n")  # Latin-1, CRLF
    (tmp_path / "inaugural").mkdir()
    for name in ("1793-Washington.txt", "1789-Washington.txt", "1797-Adams.txt"):
        (tmp_path / "inaugural" / name).write_text("Fellow-Citizens:\n\n  We meet.\n",
                                                   encoding="utf-8")
    assert [(part, name) for part, _, name, _ in documents(tmp_path, "abc")] == [
        ("tune", "abc/rural#1"), ("check", "abc/rural#2"), ("tune", "abc/science#1")]
    assert list(documents(tmp_path, "abc"))[2][3] == "Hot\n\nIt was 40°C.\n"
    speeches = list(documents(tmp_path, "inaugural"))
    assert [(part, name) for part, _, name, _ in speeches] == [
        ("tune", "inaugural/1789-Washington.txt"), ("check", "inaugural/1793-Washington.txt"),
        ("tune", "inaugural/1797-Adams.txt")]
    assert speeches[0][3] == "Fellow-Citizens:\n\nWe meet.\n"
