"""Session 19's furniture classes: the author's box beyond newsroom bios (author-box), a
banner's call in German and the site's app (banner-call), an English sign-up box's offer
(sign-in-prompt). Each is checked for what a user sees, and for the article text that shares
its shape or words."""

from __future__ import annotations

import pytest

from .furniture_text import BOILERPLATE, between, lint

MESSAGES = {
    "control-hint": '"{}" is a message of the site\'s interface to the reader, not article text',
    "comment-status": '"{}" is the comment section speaking to the reader, not article text',
    "read-more-label": '"{}" is a link to more of the site, not article text',
    "author-box": '"{}" belongs to the author\'s box, not article text',
    "banner-call": '"{}" is a banner calling the reader to act on the site, not article text',
    "sign-in-prompt": '"{}" asks the reader to sign in or subscribe, not article text',
}



@pytest.mark.parametrize("rule, line", [
    ("author-box", "View all posts by Sam Ortiz"),
    ("author-box", "Alle Beiträge von Mara Lenz anzeigen"),
    ("author-box", "Voir tous les articles de Paul Roux"),
    ("author-box", "Ver todas las entradas de Ana Gil"),
    ("author-box", "Über den Autor"),
    ("author-box", "À propos de l'auteure"),
    ("author-box", "Hi, I'm Tess, a food blogger and mother of two."),
    ("author-box", "Hej! Ich bin Jonas, Angler und Autor dieses Blogs."),
    ("author-box", "Sam Ortiz is a travel expert who has covered airlines since 2015."),
    ("banner-call", "Du hast eine Frage zum Beet? Dann schreib uns eine Nachricht."),
    ("banner-call", "Sie suchen ein Geschenk? Besuchen Sie unseren Laden."),
    ("banner-call", "Ihr wollt mehr wissen? Dann seid ihr hier genau richtig."),
    ("banner-call", "Get the latest scores straight to your phone with the Harbour Herald apps."),
    ("banner-call", "No time to read it all? Receive a short list of the best each week."),
    ("sign-in-prompt", "Sign up to receive our weekly roundup of the best stories."),
    ("sign-in-prompt", "Receive a daily list of must-read stories."),
    ("control-hint", "Click the image to enlarge."),
    ("control-hint", "Use the slider to compare the two maps."),
    ("control-hint", "Best viewed in landscape mode."),
    ("control-hint", "Enlarge this image A crew repairs the roof of the station on Monday."),
    ("banner-call", "Missed the keynote? Learn more about everything the team showed."),
    ("comment-status", "Comments are moderated and may take a while to appear."),
    ("comment-status", "Kommentare werden vor der Veröffentlichung geprüft."),
    ("read-more-label", "Weiter nach der Anzeige"),
    ("read-more-label", "Der Artikel wird unterhalb der Anzeige fortgesetzt."),
    ("read-more-label", "La suite après cette publicité"),
    ("read-more-label", "Continua a leggere dopo la pubblicità"),
])
def test_furniture_classes(rule: str, line: str) -> None:
    assert (rule, 3, 1, "info", MESSAGES[rule].format(line)) in lint(BOILERPLATE, between(line))


@pytest.mark.parametrize("line", [
    "Ich bin Autorin, und ich schreibe seit zwanzig Jahren über Politik.",
    "I am Spartacus, the crowd shouted, and the author of the play laughed.",
    "Sam Ortiz is a teacher who has lived in the town since 2015.",
    "Du suchst ein Geschenk? Hier findest du Ideen für jedes Budget.",
    "Haben Sie Fragen zur Steuer? Dann können Sie das Amt anrufen.",
    "Users can download the app for iOS and Android from Tuesday, the firm said.",
    "Residents can sign up to receive alerts from the county.",
    "Patients receive a daily dose of the drug for six weeks.",
    "Nach der Anzeige: Polizei ermittelt gegen den Mann",
    "Zoom Video Communications said revenue rose in the quarter.",
    "Comments are moderated by volunteers on the forum, the company said in a statement.",
])
def test_article_text_with_the_same_words_stays_clean(line: str) -> None:
    found = {f[0] for f in lint(BOILERPLATE, between(line)) if f[1] == 3}
    assert not found & set(MESSAGES)
