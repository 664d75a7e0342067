"""Session 10's furniture classes, written from how news and blog pages are built (their CMS
templates, embeds, paywalls, footers and kickers), not from a tune list: each line put between
two paragraphs of an article is found by the rule named, and news sentences that share their
words stay clean."""

from __future__ import annotations

import pytest

from textlint_news import Config, Document, Linter
from textlint_news.api import load_rules

LINTER = Linter([r for r in load_rules(Config()) if r.pack == "boilerplate"])

ARTICLE = ("The council met on Tuesday to vote on the budget for the coming year, and the debate "
           "ran late into the night.\n\n{line}\n\nThe mayor said the vote would take place in "
           "March, after the public had been heard on the plan.\n\nOfficials expect turnout to be "
           "high, as it was in the last election four years ago.\n")

FURNITURE = [
    # a picture's caption: a lead-in pointing at it, or a credit closing it
    ("Pictured: The bridge after the storm on Sunday.", "photo-caption"),
    ("Crowds gather outside the court in Lagos on Monday. (AP Photo/Sunday Alamba)", "photo-caption"),
    ("En la foto: el presidente durante la rueda de prensa.", "photo-caption"),
    ("FILE - In this March 4, 2019, file photo, protesters gather outside the court.", "photo-caption"),
    ("This image provided by NASA shows the surface of Mars.", "photo-caption"),
    ("Jane Doe, left, and John Smith attend the launch in London on Monday.", "photo-caption"),
    # the comment form and like button of blog and news platforms
    ("Post Comment", "comment-form"),
    ("Kommentar verfassen Antwort abbrechen", "comment-form"),
    ("Votre adresse e-mail ne sera pas publiée.", "comment-form"),
    ("Save my name, email, and website in this browser for the next time I comment.", "comment-form"),
    ("Logged in as admin. Log out?", "comment-form"),
    ("Be the first to like this.", "comment-widget"),
    ("Gefällt mir:", "comment-widget"),
    ("Keine Kommentare", "comment-widget"),
    # the site's services and the story's kicker
    ("Print Edition", "section-label"),
    ("Privacy Policy", "section-label"),
    ("Breaking News", "section-label"),
    ("Impressum", "section-label"),
    ("Última hora", "section-label"),
    # what an embed leaves
    ("If playback doesn't begin shortly, try restarting your device.", "embed-residue"),
    ("Beitrag auf Instagram ansehen", "embed-residue"),
    ("♬ original sound - janedoe", "embed-residue"),
    # rights in other wordings
    ("Tous droits réservés", "rights-notice"),
    ("Copyright © Die Zeitung GmbH & Co. KG", "rights-notice"),
    ("Nachdruck nur mit Genehmigung der Redaktion.", "rights-notice"),
    # read-more links in other languages
    ("Lire la suite", "read-more-label"),
    ("Das könnte Sie auch interessieren:", "read-more-label"),
    ("LEA TAMBIÉN: El Gobierno anuncia nuevas medidas", "read-more-label"),
    # tips and letters, paywalls
    ("Have a story idea? Send it to us.", "feedback-prompt"),
    ("Schreiben Sie uns!", "feedback-prompt"),
    ("Premium content", "paywall-label"),
    ("Subscribe to unlock this article", "paywall-label"),
    ("Abo-Artikel", "paywall-label"),
    # ad slots and sponsored links, recipe cards, privacy-law links, thanks, a 404, audio
    ("Report this ad", "ad-label"),
    ("Recommended by Outbrain", "ad-label"),
    ("Jump to Recipe", "recipe-widget"),
    ("Prevent your screen from going dark", "recipe-widget"),
    ("Do Not Sell or Share My Personal Information", "section-label"),
    ("Thanks for reading!", "support-prompt"),
    ("The page you are looking for could not be found.", "page-state"),
    ("Listen · 5:32", "media-control"),
    # following the site, its app and podcast; the account's links; the notification bell
    ("Connect with us", "social-prompt"),
    ("Download on the App Store", "social-prompt"),
    ("Available wherever you get your podcasts.", "social-prompt"),
    ("Create a free account", "site-control"),
    ("Tap the bell icon to be notified when we publish new stories.", "interface-notice"),
    # notices: an embed waiting for cookies, a wall's call to make an account, a feature for
    # subscribers (paywall-label's: interface-notice gives way to it), a page to refresh or not
    # shown where the reader is
    ("To view this content, you need to accept marketing cookies.", "interface-notice"),
    ("Register to read this article and get unlimited access.", "interface-notice"),
    ("This feature is only available to subscribers.", "paywall-label"),
    ("Something went wrong. Please refresh the page.", "page-state"),
    ("This content is not available in your location.", "page-state"),
    ("Questo contenuto è riservato agli abbonati.", "paywall-label"),
    ("Para seguir leyendo, suscríbete.", "sign-in-prompt"),
    # the toolbars of news templates: a stamp as of a time, the article read aloud, bookmark
    # and back to the top, a caption's source, reuse and reprints, a gift, comment on it, a tip
    ("Stand: 04.06.2022 10:15 Uhr", "timestamp-line"),
    ("Artikel anhören", "media-control"),
    # how long a recording stays online
    ("Video verfügbar bis 28.02.2021", "media-control"),
    ("Video available until 31.12.2024", "media-control"),
    ("Nach oben", "site-control"),
    ("Image source, Getty Images", "photo-caption"),
    ("Reuse this content", "rights-notice"),
    ("Gift Article", "paywall-label"),
    ("Comment on this story", "comment-form"),
    ("Have a confidential tip for our reporters? Get in touch", "feedback-prompt"),
    # a newsroom's credits and datelines, the page in another language, a sponsor's label
    ("Map by Jane Doe", "wire-credit"),
    ("Illustration by Jane Doe / The Atlantic", "wire-credit"),
    ("Credit...Jane Doe for The New York Times", "wire-credit"),
    ("Reporting from Kyiv, Ukraine", "byline"),
    ("Leer en español", "read-more-label"),
    ("Supported by", "ad-label"),
    ("Follow @janedoe", "social-prompt"),
    ("Subscribe $1/week", "paywall-label"),
    # wider older rules: a wire's sign-off, the reader's sign-in state, a blog's pager and
    # sidebar, a time with its zone, a Blogger post's stamp, labels and theme credit
    ("jm/dpa", "wire-credit"),
    ("You are not logged in.", "sign-in-prompt"),
    ("Previous Post", "site-control"),
    ("Nächster Beitrag", "site-control"),
    ("Recent Comments", "navigation-heading"),
    ("Ähnliche Beiträge", "navigation-heading"),
    ("3:15 PM GMT", "date-line"),
    ("Posted by Jane Smith at 10:15 AM", "byline"),
    ("Labels: politics, elections", "filing-line"),
    ("Theme: Twenty Twenty by WordPress.org", "platform-credit"),
    ("We may receive compensation when you click on links to products.", "affiliate-note"),
    ("Dieser Artikel enthält Affiliate-Links.", "affiliate-note"),
]

NEWS = [
    "Reuters reported on Monday that the talks had failed.",
    "The photo went viral within hours (it was shared a million times).",
    "Above all, the vote showed how divided the party is.",
    "In this case, the court ruled against the company.",
    "In this picture of the economy, growth is slow, the minister said.",
    "Voters on the left, right and centre were unhappy with the result.",
    "The minister's comments were not published in full.",
    "He logged in to the system and deleted the files.",
    "Breaking news is hard to verify in the first hours.",
    "Her Instagram post drew a million likes within a day.",
    "The court ruled that the rights were reserved to the state.",
    "Mehr als 300 Menschen kamen zur Demonstration.",
    "The tip came from a neighbour who had seen the car.",
    "Subscribers only pay $5 a month for the app.",
    "Farmers said we may receive compensation for the flooded fields, but nothing has come.",
    "Dafür erhalten wir eine Provision von drei Prozent, sagte der Bankchef.",
    "The talks are on AP/Reuters style guides for the next edition.",
    "You are now the owner of the house, the judge said.",
    "Next, the council will vote on the budget.",
    "Weather",
    "Back home",
    "The ad drew complaints from viewers, the regulator said.",
    "The recipe for success is patience.",
    "Thank you for coming, she told the crowd.",
    "You are looking for trouble.",
    "Listen to the river",
    "Follow us to the river, the guide said.",
    "Victims will be notified by the court within a week.",
    "The report is only available to subscribers of the journal, the authors said.",
    "Third party candidates rarely win in the state.",
    "Para seguir leyendo el informe, el ministro pidió tiempo.",
    "Stand der Dinge",
    "Have a look at the map before you go.",
    "The reprint of the novel sold out in a week.",
    "Reporting from the front line is dangerous work.",
    "Edited by hand, the film runs for three hours.",
    "Sign of the times",
]


@pytest.mark.parametrize(("line", "rule_id"), FURNITURE)
def test_a_furniture_line_is_found_by_its_rule(line, rule_id):
    findings = LINTER.lint(Document.from_string(ARTICLE.format(line=line), "t.txt")).findings
    assert rule_id in {f.rule_id for f in findings if f.line == 3}


@pytest.mark.parametrize("line", NEWS)
def test_a_news_sentence_with_the_same_words_stays_clean(line):
    findings = LINTER.lint(Document.from_string(ARTICLE.format(line=line), "t.txt")).findings
    assert [(f.rule_id, f.line) for f in findings if f.line == 3
            and f.rule_id != "furniture-line"] == []
