"""Page furniture by class (rules/boilerplate.yaml, session 8): shop offers, page labels, wire
and picture credits, reaction counts, author bios, correction prompts, menu rows, dash taglines
and roundup headings, each alone between two paragraphs of a body; and the sentences and
subheadings of the same words, which must stay unflagged."""

from __future__ import annotations

import sys

import pytest

from textlint_news import Document, Linter

from ..conftest import ROOT
from ..helpers import fixed
from .furniture_text import BOILERPLATE, P1, P2, RULES, lint

sys.path.insert(0, str(ROOT / "benchmarks"))
import quality  # noqa: E402
from inject import (S8_FOOTER_TUNE, S8_FURNITURE_EXTRA_TUNE, S8_FURNITURE_FOREIGN_TUNE,  # noqa: E402
                    S8_FURNITURE_MORE_TUNE, S8_FURNITURE_SHAPES_TUNE, S8_FURNITURE_TUNE,
                    S8_FURNITURE_WIDGETS_TUNE)
from splits import split_of_page  # noqa: E402

P3 = "Residents welcomed the decision, though some said the timetable left them waiting."
P4 = "The next vote on the service is due in the autumn."

MESSAGES = {
    "commerce-line": '"{}" is a shop\'s offer, not article text',
    "buy-prompt": '"{}" is a shop\'s call to buy, not article text',
    "page-label": '"{}" is a label of the page, not article text',
    "sponsor-label": '"{}" is a label of the page, not article text',
    "wire-credit": '"{}" is a credit of the people who made the article, not article text',
    "engagement-count": '"{}" is a count of readers\' reactions, not article text',
    "author-bio": '"{}" is the author\'s bio, not article text',
    "correction-prompt": '"{}" asks readers to report errors, not article text',
    "menu-row": '"{}" is a row of the site\'s menu, not article text',
    "navigation-heading": '"{}" is the heading of a list of other pages, not article text',
    "counter-line": '"{}" is a slide counter or a player\'s time, not article text',
    "read-more-prompt": '"{}" is a navigation prompt, not article text',
    "site-control": '"{}" is a control of the page, not article text',
    "share-row": '"{}" is a row of share buttons, not article text',
    "contact-line": '"{}" is a contact line, not article text',
    "support-prompt": '"{}" asks readers for money or membership, not article text',
    "date-line": '"{}" is a date on a line of its own, not article text',
    "pager-link": '"{}" links to the next or previous page, not article text',
    "story-note": '"{}" is the page\'s note about the article, not article text',
    "author-role": '"{}" is the author\'s role under a byline, not article text',
    "picture-credit": '"{}" is a picture agency\'s credit, not article text',
    "timestamp-line": '"{}" is a publication stamp, not article text',
    "sign-in-prompt": '"{}" asks the reader to sign in or subscribe, not article text',
    "live-label": '"{}" is a live page\'s label, not article text',
    "filing-line": '"{}" is the blog platform\'s filing of the post, not article text',
    "platform-credit": '"{}" is the blog platform\'s filing of the post, not article text',
}


def between(line: str, *ids: str) -> list[tuple[str, int, int, str, str]]:
    return lint([RULES[i] for i in ids], f"{P1}\n\n{line}\n\n{P2}\n\n{P3}\n\n{P4}\n")


@pytest.mark.parametrize("rule, line", [
    ("commerce-line", "€49,99 bei MediaMarkt"),
    ("commerce-line", "Sony WH-1000XM5: $348 at Amazon"),
    ("buy-prompt", "Get this deal now"),
    ("buy-prompt", "Use code SAVE20 at checkout"),
    ("buy-prompt", "Check price at Target"),
    ("commerce-line", "Was $199, now $149"),
    ("commerce-line", "From $9.99/month"),
    ("page-label", "Tags: Brexit, EU, Trade"),
    ("page-label", "Image caption"),
    ("sponsor-label", "Anzeige"),
    ("sponsor-label", "In partnership with Harbor Bank"),
    ("wire-credit", "Photo by Jane Doe on Unsplash"),
    ("wire-credit", "Writing by Anna Ring; editing by staff"),
    ("engagement-count", "1,204 views"),
    ("author-bio", "Maria Lopez covers health and science for the Courier. Follow her on X."),
    ("author-bio", "About the author"),
    ("correction-prompt", "Did you notice a typo? Tell us."),
    ("menu-row", "About Us · Privacy Policy · Terms of Use"),
    ("navigation-heading", "Mehr zum Thema"),
    ("navigation-heading", "Te puede interesar"),
    ("navigation-heading", "In other news"),
    ("counter-line", "Foto 2 von 9"),
    ("read-more-prompt", "Latest from The Daily Courier"),
    ("site-control", "Load more"),
    ("site-control", "Close dialog"),
    ("share-row", "Share on WhatsApp"),
    ("contact-line", "Email: jdoe@courier.com"),
    ("support-prompt", "Support independent journalism"),
    ("support-prompt", "Want to read more? Subscribe today"),
    ("date-line", "04/06/2025 10:15"),
    ("date-line", "2 days ago"),
    ("pager-link", "Previous article: The markets react"),
    ("story-note", "This article is more than 2 years old"),
    ("author-role", "Senior Correspondent"),
    ("menu-row", "Home » News » Local"),
    ("picture-credit", "© Reuters"),
    ("picture-credit", "AP Photo"),
    ("wire-credit", "The bridge after the storm. Photo: AP"),
    ("page-label", "#climate #energy"),
    ("sponsor-label", "Recommended by Outbrain"),
    ("commerce-line", "Amazon: $34.99"),
    ("timestamp-line", "Publié le 4 mars 2025 à 10h15"),
    ("share-row", "Artikel teilen"),
    ("picture-credit", "Crédit photo : AFP"),
    ("navigation-heading", "Más información"),
    ("navigation-heading", "You may have missed"),
    ("site-control", "Show more"),
    ("site-control", "Mehr anzeigen"),
    ("site-control", "Next page"),
    ("live-label", "Pinned post"),
    ("live-label", "Live updates"),
    ("live-label", "12 new updates"),
    ("live-label", "Liveticker"),
    ("live-label", "En vivo"),
    ("pager-link", "Lea también: El Congreso aprueba la reforma"),
    ("pager-link", "Lesen Sie auch: Die Bahn streikt wieder"),
    ("wire-credit", "Foto: Peter Müller / dpa"),
    ("wire-credit", "Crédits photos : Bestimage"),
    ("engagement-count", "Rating: 9 Votes"),
    ("engagement-count", "Vos réactions (11)"),
    ("engagement-count", "12 responses to “A long road home”"),
    ("filing-line", "Etiquetas:"),
    ("filing-line", "This entry was posted in News and tagged vote, council. Bookmark the permalink."),
    ("filing-line", "Veröffentlicht in: Politik, Wirtschaft"),
    ("date-line", "sexta-feira, 22 de outubro de 2010 às 20:13"),
    ("date-line", "giovedì 3 settembre 2020 alle 10:15"),
    ("platform-credit", "Simple theme. Powered by Blogger."),
    ("share-row", "Like it? Share it!"),
    ("site-control", "Sorted by:"),
    ("navigation-heading", "You might also like"),
    ("pager-link", "ICYMI: The bridge reopens on Monday"),
    ("pager-link", "In pictures: A week of storms"),
    ("pager-link", "Quiz: How much do you know about tides?"),
    ("counter-line", "3 of 12"),
    ("counter-line", "4 minutos"),
    ("sign-in-prompt", "Bereits Abonnent? Jetzt anmelden"),
    ("sign-in-prompt", "Sei già abbonato? Accedi"),
    ("sign-in-prompt", "Já é assinante? Entre com sua conta"),
    ("sign-in-prompt", "Inscrivez-vous pour recevoir notre lettre d'information."),
    ("picture-credit", "Supplied"),
    ("engagement-count", "4.2 out of 5 stars (1,024 reviews)"),
    ("timestamp-line", "Updated 5m ago"),
    ("story-note", "This article appeared in the print edition of March 3."),
    ("story-note", "The views expressed in this column are the author's own."),
    ("story-note", "Updated at 10:15 a.m. to add comments from the mayor."),
    ("story-note", "The text of this page is available under the Creative Commons Attribution-ShareAlike License."),
])
def test_a_furniture_line_between_paragraphs_is_found_at_info_or_warning(rule, line):
    severity = "warning" if rule == "read-more-prompt" else "info"
    assert between(line, rule) == [(rule, 3, 1, severity, MESSAGES[rule].format(line))]


@pytest.mark.parametrize("rule, line, message", [
    ("affiliate-disclosure",
     "Gadget Weekly is supported by its readers. When you buy through links on our site, we may "
     "earn an affiliate commission.", "is an affiliate disclosure, not article text"),
    ("affiliate-disclosure",
     "This blog is a participant in the Amazon Services LLC Associates Program.",
     "is an affiliate disclosure, not article text"),
    ("consent-notice", "By clicking Subscribe, I consent to receiving e-mails from the Courier.",
     "is a cookie or consent notice, not article text"),
])
def test_a_disclosure_or_consent_line_is_warned_about(rule, line, message):
    assert between(line, rule) == [(rule, 3, 1, "warning", f'"{line}" {message}')]


@pytest.mark.parametrize("line", [
    "Participants in the associate program at the hospital were trained for six weeks.",
    "I receive compensation for my time, the witness told the court.",
    "By law, I consent to nothing, the defendant said.",
])
def test_programmes_compensation_and_consent_in_news_are_not_warned_about(line):
    assert between(line, "affiliate-disclosure", "consent-notice") == []


@pytest.mark.parametrize("line", [
    "The phone costs $129.99 at launch, the company said.",
    "Shares traded 20% off their peak.",
    "Tickets were $25 at the door and sold out by noon.",
    "Topics: how the war began",
    "Werbung ist teuer, sagt der Verband.",
    "Reporting by the Guardian showed that the figures were wrong.",
    "Photography by night is hard.",
    "The post drew 847 reactions within an hour.",
    "Jane Doe is a reporter at the paper, which denied the claim.",
    "Smith covers the cost of repairs, the court ruled.",
    "If you see an error in your tax bill, call the office.",
    "Correction: An earlier version of this article misstated the date of the vote.",
    "Vote for the plan | against the plan | abstain",
    "Around the world",
    "More from the interview",
    "Recipes for beginners",
    "370 €",
    "The search",
    "Facebook said on Monday it would appeal.",
    "Write to info@example.org before Friday, the council said, and expect a reply soon.",
    "Donate blood at the clinic on Friday.",
    "March 2019",
    "Next: the vote.",
    "This story has been told many times.",
    "The editor",
    "Back to school",
    "Publié le 4 mars 2025 à 10hours",
    "Show business",
    "The next step",
    "Live music returns",
    "The live show",
    "Pinned under the rubble",
    "Updates to the plan",
    "Lea: I think we should go.",
    "Foto: So sieht das neue Stadion aus",
    "Rating: 4/5",
    "300 responses to the survey were received in May.",
    "Powered by a V8, the car reaches 100 km/h in four seconds.",
    "I like it",
    "This entry was posted in error, the agency said.",
    "4 out of 5 stars",
    "Updated guidelines to include children were published on Monday.",
    "The views expressed by the minister were criticised by the opposition.",
    "Like father, like son",
    "The 5m pipeline",
    "Bake for 25 minutes, then let it cool.",
    "Der Kunde war bereits angemeldet, als das System ausfiel.",
    "Ya tienes razón, dijo el ministro.",
])
def test_sentences_and_lines_of_the_same_words_stay_unflagged(line):
    ids = [r.id for r in BOILERPLATE if r.id != "furniture-line"]
    assert between(line, *ids) == []


def test_a_dash_tagline_is_reported_at_the_end_only():
    line = "Northgate Tribune :: Your community, your news"
    at_end = Document.from_string(f"{P1}\n\n{P2}\n\n{line}\n", "t.txt")
    in_body = Document.from_string(f"{line}\n\n{P1}\n\n{P2}\n\n{P3}\n", "t.txt")
    linter = Linter([RULES["name-tagline"]])
    assert [(f.rule_id, f.line, f.column, str(f.severity), f.message)
            for f in linter.lint(at_end).findings] == [
        ("name-tagline", 5, 1, "info",
         f'"{line}" looks like a "Site Name — tagline" footer')]
    assert linter.lint(in_body).findings == []


def test_a_wire_credit_at_the_end_is_reported_once():
    """credit-line (tail only) gave its wire-credit shapes to wire-credit (anywhere)."""
    credit = "(Reporting by Will Dunham; Editing by Tom Brown)"
    doc = Document.from_string(f"{P1}\n\n{credit}\n", "t.txt")
    found = Linter(BOILERPLATE).lint(doc).findings
    assert [(f.rule_id, f.line) for f in found if f.line == 3 and f.rule_id != "furniture-line"] \
        == [("wire-credit", 3)]


def test_the_fix_removes_a_commerce_line_and_its_blank_line():
    text = f"{P1}\n\n$129.99 at Best Buy\n\n{P2}\n"
    finding, = Linter([RULES["commerce-line"]]).lint(Document.from_string(text, "t.txt")).findings
    assert fixed(text, finding) == f"{P1}\n\n{P2}\n"


def test_the_s8_tune_lists_are_found_by_the_boilerplate_pack():
    """What these rules were developed on, each item in a real article of the tune part (after
    its second paragraph; a footer after its last). The misses are left on purpose: a review's
    own line (a top pick), a name alone, section names that an article could head its own
    paragraphs with ("Weather"); an editor's note is story-note's since session 13. Session 10's
    section-label takes the kickers and services no story is about ("Key takeaways", "Today's
    paper", "In this article"), media-control an audio player's label ("Audio available")."""
    article = next(a for a in quality.load_articles() if split_of_page(a.stem) == "tune")
    paragraphs = article.truth.rstrip("\n").split("\n\n")
    linter = Linter(BOILERPLATE)

    def found(text: str, line_no: int) -> bool:
        findings = linter.lint(Document.from_string(text, "t.txt")).findings
        return any(f.line <= line_no <= max(f.line, f.end_line)
                   for f in findings if "boilerplate" in f.tags)

    head = "\n\n".join(paragraphs[:2])
    line_no = head.count("\n") + 3
    missed = [line for line in S8_FURNITURE_TUNE + S8_FURNITURE_MORE_TUNE + S8_FURNITURE_SHAPES_TUNE
              + S8_FURNITURE_WIDGETS_TUNE + S8_FURNITURE_EXTRA_TUNE + S8_FURNITURE_FOREIGN_TUNE
              if not found(f"{head}\n\n{line}\n\n" + "\n\n".join(paragraphs[2:]) + "\n",
                           line_no)]
    body = "\n\n".join(paragraphs)
    unfound = [footer for footer in S8_FOOTER_TUNE
               if not found(f"{body}\n\n{footer}\n", body.count("\n") + 3)]
    assert (missed, unfound) == ([
        "Our top pick: Anker PowerCore 10000", "Jane Doe", "Weather", "Traffic"],
        [])
