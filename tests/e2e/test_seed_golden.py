"""The seed article is the golden test: every defect class it shows, found where it is."""

from __future__ import annotations

from textlint_news import Document

from ..conftest import SEED

EXPECTED = [
    (3, "repeated-title"),                  # the title extracted twice
    (5, "link-residue-before-punct"),       # "only bring ."
    (7, "link-residue-sentence-start"),     # ". : Ukrainian"
    (11, "repeated-pull-quote"),            # pull quote as its own paragraph
    (13, "bare-attribution"),               # "Yuri Ushakov"
    (17, "link-residue-before-punct"),      # "in the ;"
    (17, "capital-after-semicolon"),        # "; Although"
    (17, "proper-noun-case"),               # "kyiv"
    (23, "untranslated-word"),              # "gracia"
    (31, "proper-noun-case"),               # "kyiv"
    (33, "link-residue-before-punct"),      # "present ."
    (37, "repeated-pull-quote"),
    (39, "bare-attribution"),               # "Volodymyr Zelensky"
    (43, "link-residue-before-punct"),      # "uses to ,"
    (43, "capital-after-semicolon"),        # "; Sometimes"
    # the one-word subheading "Threatening" (line 47), alone between two paragraphs, is left to
    # furniture-line's lone-line model, which reads it as a subheading (session 6's line model
    # flagged it at information)
    (49, "link-residue-before-punct"),      # "by the ,"
    (51, "proper-noun-case"),               # "kyiv"
    # furniture-line reads both footer lines as furniture too, and gives way to the rules that
    # name them (defer_to_pack): one finding per line
    (53, "footer-label"),                   # "source"
    (55, "site-tagline"),                   # "News Room USA | LNG in Northern BC"
]


def test_seed_findings_are_exactly_the_known_defects(linter):
    doc = Document.from_string(SEED.read_text(encoding="utf-8"), "seed.txt")
    found = [(f.line, f.rule_id) for f in linter.lint(doc).findings]
    assert sorted(found) == sorted(EXPECTED)


def test_title_and_subheadings_are_not_findings(linter):
    doc = Document.from_string(SEED.read_text(encoding="utf-8"), "seed.txt")
    findings = linter.lint(doc).findings
    assert not {f.line for f in findings} & {1, 27, 29, 45, 47}


def test_seed_positions_and_messages(linter):
    doc = Document.from_string(SEED.read_text(encoding="utf-8"), "seed.txt")
    by_place = {(f.line, f.column): f for f in linter.lint(doc).findings}

    bring = by_place[(5, 569)]
    assert bring.rule_id == "link-residue-before-punct"
    assert (bring.end_line, bring.end_column) == (5, 571)
    assert bring.message == 'text of a removed link is missing before "."'

    kyiv = by_place[(17, 608)]
    assert kyiv.message == '"kyiv" should be written "Kyiv"'
    assert kyiv.fix is not None and kyiv.fix.safe
    assert [(e.replacement, doc.text[e.start:e.end]) for e in kyiv.fix.edits] == [("Kyiv", "kyiv")]

    although = by_place[(17, 286)]
    assert although.rule_id == "capital-after-semicolon"
    assert although.message == '"Although" after a semicolon should be lowercase ("although")'

    gracia = by_place[(23, 5)]
    assert gracia.message == '"gracia" is not English; a word left untranslated by machine translation?'

    footer = by_place[(55, 1)]
    assert footer.message == '"News Room USA | LNG in Northern BC" looks like a "Site Name | tagline" footer'
    assert (footer.end_line, footer.end_column) == (55, 35)
