"""Session 14's furniture classes from the tune parts' missed lines (issue 12): the comment
section speaking to the reader (`comment-status`), the site's status messages in French,
Spanish, Portuguese and Italian (`interface-message-romance`), a machine's timestamp
(`machine-timestamp`), a reader poll (`poll-options`), a time ago of several units, a reading
time with its words, a list's count of results, a limit reached before a retry, a
reservation of rights, "Advert", an English filing line without a colon, a gallery's buttons,
"continue reading" in Spanish and Portuguese and a byline with its date.
With the news sentences each must leave alone, and one finding per line where the packs
overlap."""

from __future__ import annotations

import pytest

from textlint_news import Document, Linter

from .furniture_text import BOILERPLATE, P1, P2, RULES, between
from .furniture_text import lint as found

MESSAGES = {
    "comment-status": "is the comment section speaking to the reader, not article text",
    "interface-message-romance": "is a message of the site's interface to the reader, not "
                                 "article text",
    "machine-timestamp": "holds a machine's timestamp, the page's metadata, not article text",
    "date-line": "is a date on a line of its own, not article text",
    "counter-line": "is a slide counter or a player's time, not article text",
    "interface-dialog": "is a dialog of the page asking the reader to retry or confirm, not "
                        "article text",
    "story-note": "is the page's note about the article, not article text",
    "page-label": "is a label of the page, not article text",
    "sponsor-label": "is a label of the page, not article text",
    "filing-line": "is the blog platform's filing of the post, not article text",
    "site-control": "is a control of the page, not article text",
    "read-more-label": "is a link to more of the site, not article text",
    "byline": "is a byline, not article text",
}


@pytest.mark.parametrize("rule, line", [
    # a comment's header: its date and time right before the verb of saying
    ("comment-status", "Jane Doe on December 30, 2015 at 4:36 am said:"),
    ("comment-status", "Max Muster, 12. März 2019 um 18:30 schrieb:"),
    # who comments, the sign-in commenting needs
    ("comment-status", "You are commenting using your Facebook account. ( Log Out / Change )"),
    ("comment-status", "You must be logged in to post a comment."),
    ("comment-status", "Du musst angemeldet sein, um einen Kommentar abzugeben."),
    ("comment-status", "Vous devez être connecté pour publier un commentaire."),
    ("comment-status", "Debes iniciar sesión para publicar un comentario."),
    # what the site does with the reader's comment, a field marked required in words
    ("comment-status", "Your comment contains a link, so it cannot be published."),
    ("comment-status", "Dein Kommentar wurde als Spam identifiziert."),
    ("comment-status", "Email (required)"),
    # the site's status messages in the Romance languages
    ("interface-message-romance", "Votre message a été envoyé !"),
    ("interface-message-romance", "Votre inscription a bien été prise en compte."),
    ("interface-message-romance", "Tu comentario ha sido enviado."),
    ("interface-message-romance", "Sua mensagem foi enviada com sucesso."),
    ("interface-message-romance", "Il tuo commento è stato pubblicato."),
    # a machine's timestamp with a teaser's headline or a label
    ("machine-timestamp", "The new hatch debuts Jose Altoveros 2019-11-20 14:35:08"),
    ("machine-timestamp", "Published: 2021-04-29T17:13:04+02:00"),
    # a time ago of several units after the word of the site's action
    ("date-line", "Asked 8 years, 2 months ago"),
    ("date-line", "Posted 3 years ago"),
    # a reading time with the count of words
    ("counter-line", "21 minutes - 4312 words"),
    ("counter-line", "4,312 words · 21 min read"),
    # a limit reached, then the retry
    ("interface-dialog", "Post limit reached. Please try again in a minute."),
    # the site's reservation of its rights
    ("story-note", "The material on this site may not be reproduced, distributed, transmitted, "
                   "cached or otherwise used, except with the prior written permission of "
                   "Example Media."),
    # the advertisement label's short form
    ("sponsor-label", "Advert"),
    # a list's count of its results
    ("counter-line", "12 of 40 results"),
    ("counter-line", "Showing 1 to 10 of 19 results"),
    # the English filing without a colon: categories, or the date and author
    ("filing-line", "Posted in World News"),
    ("filing-line", "Posted on March 4, 2025 by Jane Doe"),
    # a gallery's and a list's buttons
    ("site-control", "Open image in full screen"),
    ("site-control", "View all stories"),
    ("site-control", "Back to News"),
    # continue reading, in Spanish and Portuguese
    ("read-more-label", "Sigue leyendo"),
    ("read-more-label", "Continue lendo"),
    # a byline with the date on its line
    ("byline", "By Joseph Tsidulko November 19, 2019, 07:47 PM EST"),
    ("byline", "By Jane Doe | 4 June 2025"),
])
def test_the_line_is_named_at_information(rule, line):
    assert found([RULES[rule]], between(line)) == [
        (rule, 3, 1, "info", f'"{line}" {MESSAGES[rule]}')]


@pytest.mark.parametrize("line", [
    "On March 3, 2015 at 4:36 pm the minister said: “We are ready.”",
    "At 10:15 on 4 June 2019, the agency said: the leak had stopped.",
    "You must register to vote by October 5, the county clerk said.",
    "Your comment about the budget was the best I heard all week, the mayor told him.",
    "Ihr Kommentar wurde im Parlament scharf kritisiert.",
    "Su mensaje fue criticado por la oposición.",
    "Votre message est clair, a répondu le ministre.",
    "Photo ID (a passport or a licence) is needed at the door.",
    "The logs show the first login on 2019-11-20 at 14:35 and the last a day later.",
    "Two years ago the plant closed.",
    "The borrowing limit was reached in May. Congress will try again to raise it.",
    "The court ruled the letters may not be copied without the family's consent.",
    "Posted in Iraq in 2004, he wrote home every week.",
    "Published in 1962, the novel sold a million copies.",
    "Two of 40 results were wrong, the audit found.",
    "Open season",
    "The view from the top",
    "By Monday June 4, 2025 the votes were counted.",
])
def test_news_sentences_with_the_same_words_are_left_alone(line):
    rules = [RULES[r] for r in MESSAGES if r not in ("date-line", "page-label")]
    assert found(rules, between(line)) == []


def test_a_poll_is_its_question_and_both_answers():
    text = f"{P1}\n\nWill you use the new tracing app?\nYes.\nNo.\nShow results\n\n{P2}\n"
    doc = Document.from_string(text, "t.txt")
    findings = Linter([RULES["poll-options"]]).lint(doc).findings
    assert [(f.rule_id, f.line, f.column, f.end_line, f.message) for f in findings] == [
        ("poll-options", 3, 1, 5, "a reader poll's question and its answer buttons, not "
                                  "article text")]


@pytest.mark.parametrize("text", [
    "Did you vote?\n\nYes.\n\nWould you vote again?\n\nNo.\n",
    "Is it safe?\nYes, the inspectors said.\nNo one has been hurt.\n",
    "Was it worth it?\n\nNo.\n",
])
def test_an_interview_answers_one_question_at_a_time(text):
    assert found([RULES["poll-options"]], text) == []


def test_a_comment_status_line_is_reported_once_among_the_pack():
    # interface-notice and interface-message (ranks 1 and 2) give way to the named class
    line = "Your comment will be reviewed by a moderator before it appears."
    assert found(BOILERPLATE, between(line)) == [
        ("comment-status", 3, 1, "info", f'"{line}" {MESSAGES["comment-status"]}')]
