"""The default link-residue rules on a hand-written list of removed links by class
(tests/data/residue/removed-links.tsv, written before the rules changed for it)."""

from __future__ import annotations

from textlint_news import Document, load_linter

from ..conftest import DATA

LEAD = ("The tool has been around for years and most teams already use it for their builds, "
        "which is why we looked at it again this month in some detail.\n\n")


def rows() -> list[tuple[str, str, str]]:
    text = (DATA / "residue" / "removed-links.tsv").read_text(encoding="utf-8")
    return [tuple(line.split("\t")) for line in text.splitlines()
            if line.strip() and not line.startswith("#")]


def test_every_class_the_rules_state_is_found_and_what_they_miss_is_named():
    linter = load_linter()
    missed = []
    for kind, cls, line in rows():
        findings = linter.lint(Document.from_string(LEAD + line + "\n")).findings
        if not any("link-residue" in f.tags and f.line == 3 for f in findings):
            missed.append((kind, cls, line))
    # a lowercase start on a label line and lines that leave grammatical English: no shape
    # tells them (a participle that also modifies nouns, "reported", "announced", is found
    # before a preposition or "that": link-residue-participle)
    assert missed == [
        ("line_start", "subject-verb", "announced the recall on Friday:"),
        ("line_start", "grammatical", "CEO Tim Cook said the company would open a new store in "
         "the city."),
        ("line_start", "grammatical", "News reported that the minister would resign within days."),
        ("line_start", "grammatical", "Prime Day deals are live now on a range of products."),
        ("mid", "grammatical", "The study was published in on Monday and drew wide attention."),
        ("mid", "grammatical", "The regularly face air quality alerts in the winter."),
    ]
    assert len(rows()) == 43
