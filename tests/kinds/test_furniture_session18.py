"""Session 18's furniture classes: a template tag never filled in (template-residue), and
labels, notices and appeals in more languages. Each is checked for what a user sees, and for the
article text that shares its shape or words."""

from __future__ import annotations

import pytest

from .furniture_text import BOILERPLATE, P1, between, lint



@pytest.mark.parametrize("line, tag", [
    ("{{^hasVideo}} Zu diesem Beitrag gibt es noch kein Video.", "{{^hasVideo}}"),
    ("{{/title}}", "{{/title}}"),
    ("Posted by {{ author.name }}", "{{ author.name }}"),
    ("{% endfor %}", "{% endfor %}"),
    ("By <%= author %>", "<%= author %>"),
])
def test_template_residue(line: str, tag: str) -> None:
    found = lint(BOILERPLATE, between(line))
    assert ("template-residue", 3, line.index(tag) + 1, "warning",
            f'the template markup "{tag}" was never filled in: page markup, not article text') in found


def test_template_residue_run_is_one_finding() -> None:
    line = "{{/caption}} {{#credit}} {{{credit}}} {{/credit}}"
    found = [f for f in lint(BOILERPLATE, between(line)) if f[0] == "template-residue"]
    assert found == [("template-residue", 3, 1, "warning",
                      f'the template markup "{line}" was never filled in: page markup, not article text')]


@pytest.mark.parametrize("line", [
    "The set {1, 2} has two members.",
    "style={{ opacity }} keeps the element visible.",
    "The token is ${{ secrets.TOKEN }} in the workflow.",
    "Prices rose 5% in May and 7% in June.",
    'In the theme, write "{{ page.title }}" where the heading goes.',
    "Close the loop with ‘{% endfor %}’ in the template.",
])
def test_template_residue_leaves_braces_and_percents_alone(line: str) -> None:
    assert not [f for f in lint(BOILERPLATE, f"{P1}\n\n{line}\n") if f[0] == "template-residue"]


@pytest.mark.parametrize("line, rule", [
    ("Ten tekst przeczytasz w mniej niż minutę", "reading-time"),
    ("Czas czytania: 4 min", "reading-time"),
    ("3 мин чтения", "reading-time"),
    ("Unterstütze RosaMag bereits mit 2,50!", "support-appeal"),
    ("Support our journalism from $5 a month.", "support-appeal"),
    ("HAZTE MIEMBRO Y DISFRUTA DE BENEFICIOS EXCLUSIVOS", "support-appeal"),
    ("Die folgenden Hotel Links öffnen als extra Fenster", "page-label"),
    ("Ce lien s'ouvre dans une nouvelle fenêtre", "page-label"),
    ("Elephants in Guinea | Environment | DW | 23.05.2011", "page-label"),
])
def test_labels_and_appeals_in_more_languages(line: str, rule: str) -> None:
    assert rule in {f[0] for f in lint(BOILERPLATE, between(line)) if f[1] == 3}


@pytest.mark.parametrize("line", [
    "Support for the levy grew to 55 percent, and the $5 fee passed.",
    "She became a member of the board in 2019.",
    "The shop opens in a new building on Monday.",
    "The report takes about 5 minutes to read, officials said.",
])
def test_news_sentences_with_the_same_words_stay_clean(line: str) -> None:
    assert lint(BOILERPLATE, between(line)) == []
