"""An article opening a name inside a longer one stays lowercase after a preposition of the
name's language ("Universidad de los Andes"); the same article after an English word is a slip."""

from __future__ import annotations

from ..helpers import found


MESSAGE = '"{}" should be written "{}"'


def test_an_article_inside_a_longer_name_is_not_a_casing_slip():
    text = ("She lectures at the Escuela de los Angeles and sings at the Puerto de la Cruz fair.\n"
            "The band flew from el Paso to los Angeles on Monday.\n")
    assert found("proper-noun-case", text) == [
        ("proper-noun-case", 2, 20, MESSAGE.format("el Paso", "El Paso")),
        ("proper-noun-case", 2, 31, MESSAGE.format("los Angeles", "Los Angeles"))]
    assert found("name-part-lowercase", text) == [
        ("name-part-lowercase", 2, 31, '"los Angeles" is the name "Los Angeles"')]


def test_the_preposition_must_follow_a_capitalised_word():
    # "de" after a lowercase word is no name's: "rendez de los Angeles" keeps its finding
    text = "It was the big rendez de los Angeles.\n"
    assert found("proper-noun-case", text) == [
        ("proper-noun-case", 1, 26, MESSAGE.format("los Angeles", "Los Angeles"))]
