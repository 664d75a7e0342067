"""Session 23: two shapes of links and prompts that extractors leave in the body, each pinned
by what a user sees (rule, line, column, message) on invented text, with the clean text that
shares their first words.

- pager-link: a bare verb of reading, watching or listening as the label of a linked
  headline ("Watch: ...", "Lea: ..."); a speaker's line in a transcript ends like a sentence.
- banner-call: in the data's other languages, a question opening the line and then an
  imperative of acting on the site from a closed list; forms that are also a noun, a name or a
  third person's verb are not in it.
"""

from __future__ import annotations

import pytest

from tests.helpers import found

PARA = "The council met on Tuesday to vote on the budget for the coming year, its last before the election."
PAGER = '"{}" links to the next or previous page, not article text'
BANNER = '"{}" is a banner calling the reader to act on the site, not article text'


@pytest.mark.parametrize("line", [
    "Watch: Divers film a wreck off the northern cape",
    "Read: The mayor who rebuilt the harbour twice",
    "Lea: El puerto amplía su horario durante el verano",
    "MIRA: Vecinos limpian la playa tras la tormenta",
    "Zobacz: Nowy most otwarty dla pieszych i rowerzystów",
])
def test_bare_reading_verb_before_a_headline(line):
    text = f"{PARA}\n\n{line}\n\n{PARA}"
    assert found("pager-link", text) == [("pager-link", 3, 1, PAGER.format(line))]


@pytest.mark.parametrize("line", [
    "Mira: We never agreed to that, and the minutes will show it.",
    "Lea: Ich habe den Vertrag nie gesehen.",
    "Read: the word the judge underlined twice",  # lower case: not a headline
    "Watch:",
])
def test_speaker_line_and_bare_label_are_left_alone(line):
    assert found("pager-link", f"{PARA}\n\n{line}\n\n{PARA}") == []


@pytest.mark.parametrize("line", [
    "Szukasz nowego roweru? Zobacz nasz ranking na stronie.",
    "Vous aimez nos recettes ? Abonnez-vous à la lettre du jeudi.",
    "Gostou da receita? Compartilhe com os amigos!",
    "¿Te gustó la nota? Suscríbete gratis y recibe las novedades.",
    "Hou je van wandelen? Volg ons op de kaartenpagina.",
])
def test_question_then_call_in_other_languages(line):
    text = f"{PARA}\n\n{line}\n\n{PARA}"
    assert found("banner-call", text) == [("banner-call", 3, 1, BANNER.format(line))]


@pytest.mark.parametrize("line", [
    # a noun, a third person's verb and a name after the question: an answer, not a call
    "¿Quién ganó? Consulta popular y recuento dieron la victoria al alcalde.",
    "¿Y el ministro? Sigue sin responder a las preguntas de la oposición.",
    "Who won the race? Lee finished first, ahead of two local runners.",
    # the imperative inside the sentence, not opening it
    "Szukasz mieszkania? Agencja mówi, że zobacz ceny w centrum rosną.",
])
def test_answers_after_a_question_are_left_alone(line):
    assert found("banner-call", f"{PARA}\n\n{line}\n\n{PARA}") == []
