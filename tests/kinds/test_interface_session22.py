"""Session 22's interface classes, each a whole line between two paragraphs of a news body: the
browser's private mode and the blocker's allowlist (interface-notice), a player that failed, a
post taken down or withheld (page-state), a control's caption after the state it answers, held
gestures, chart hovers (control-hint), a live stream's state (live-label), account walls to keep
reading (paywall-label), the author's list heading (author-box), an article's action bar
(share-row), rows of recipe buttons (recipe-widget), a shop's strip of service terms
(buy-prompt), a gallery's label (embed-label), a feature's row of credits (wire-credit), a
gallery's count and a player's length (counter-line), the consent dialog's title and buttons
(consent-notice), a player's countdown and switches (media-control), a form's field checks
(comment-form), age gates and synthetic voices (embed-residue), sign-in buttons with a provider
(sign-in-prompt), reloads, fault reports and slideshow buttons (site-control), section and
breadcrumb labels (page-label), filing stamps (timestamp-line), the calls to rate a page
(feedback-prompt), comment and poll states, archive notes, pages continued and agencies closing a
caption. Each is checked for what a user sees, and for the article text that shares
its shape or words."""

from __future__ import annotations

import pytest

from .furniture_text import BOILERPLATE, between, lint

MESSAGES = {
    "interface-notice": '"{}" speaks to the reader about the site or their device, not about '
                        'the news ({})',
    "page-state": '"{}" is the page telling its state, not article text',
    "control-hint": '"{}" is a message of the site\'s interface to the reader, not article text',
    "live-label": '"{}" is a live page\'s label, not article text',
    "paywall-label": '"{}" marks the article as for subscribers, not article text',
    "author-box": '"{}" belongs to the author\'s box, not article text',
    "share-row": '"{}" is a row of share buttons, not article text',
    "recipe-widget": '"{}" is a button or prompt of a recipe card, not article text',
    "buy-prompt": '"{}" is a shop\'s call to buy, not article text',
    "embed-label": '"{}" is the label of an embedded or linked video, gallery or graphic, not '
                   'article text',
    "wire-credit": '"{}" is a credit of the people who made the article, not article text',
    "counter-line": '"{}" is a slide counter or a player\'s time, not article text',
    "consent-notice": '"{}" is a cookie or consent notice, not article text',
    "media-control": '"{}" is a media player\'s control or label, not article text',
    "comment-form": '"{}" belongs to the comment form of a blog or news platform, not article '
                    'text',
    "embed-residue": '"{}" is what an embedded post or player leaves behind, not article text',
    "sign-in-prompt": '"{}" asks the reader to sign in or subscribe, not article text',
    "site-control": '"{}" is a control of the page, not article text',
    "page-label": '"{}" is a label of the page, not article text',
    "timestamp-line": '"{}" is a publication stamp, not article text',
    "picture-credit": '"{}" is a picture agency\'s credit, not article text',
    "ad-label": '"{}" belongs to an advertisement or a sponsored-links widget, not article text',
    "feedback-prompt": '"{}" asks readers to write to the site, not article text',
    "navigation-heading": '"{}" is the heading of a list of other pages, not article text',
    "read-more-prompt": '"{}" is a navigation prompt, not article text',
    "comment-prompt": '"{}" belongs to the comment section, not to the article',
    "comment-status": '"{}" is the comment section speaking to the reader, not article text',
    "story-note": '"{}" is the page\'s note about the article, not article text',
    "pager-link": '"{}" links to the next or previous page, not article text',
    "photo-caption": '"{}" is a picture\'s caption, not article text',
    "interface-dialog": '"{}" is a dialog of the page asking the reader to retry or confirm, '
                        'not article text',
    "commerce-line": '"{}" is a shop\'s offer, not article text',
}


@pytest.mark.parametrize("line, words", [
    ("Please leave private browsing mode to keep reading.", "please, private browsing"),
    ("To play this clip you must allow functional cookies.", "you, functional cookies"),
    ("Please add us to your allowlist.", "please, allowlist"),
    ("Your subscription has lapsed.", "your, subscription has lapsed"),
])
def test_interface_notice_names_its_words(line: str, words: str) -> None:
    assert ("interface-notice", 3, 1, "info", MESSAGES["interface-notice"].format(line, words)) \
        in lint(BOILERPLATE, between(line))


@pytest.mark.parametrize("rule, severity, line", [
    ("page-state", "info", "The audio player failed to load."),
    ("page-state", "info", "No playable stream was found."),
    ("page-state", "info", "This clip is private."),
    ("page-state", "info", "This comment was removed by the moderators."),
    ("page-state", "info", "Access denied"),
    ("page-state", "info", "This tweet is from a suspended account."),
    ("control-hint", "info", "Feed paused. Tap to resume."),
    ("control-hint", "info", "Press and hold to speak"),
    ("control-hint", "info", "Hover over a county for its figures"),
    ("control-hint", "info", "Tap for sound"),
    ("control-hint", "info", "This map is best viewed in Firefox."),
    ("live-label", "info", "Pause live updates"),
    ("live-label", "info", "This livestream has ended"),
    ("paywall-label", "info", "Sign up free to keep reading"),
    ("paywall-label", "info", "Join today to read on"),
    ("paywall-label", "info", "Exclusive to paying members"),
    ("paywall-label", "info", "Premium exclusive"),
    ("paywall-label", "info", "No commitment, cancel anytime."),
    ("author-box", "info", "More by this columnist"),
    ("author-box", "info", "Other stories from the same writer"),
    ("share-row", "info", "Share | Save | Gift article"),
    ("recipe-widget", "info", "Pin Recipe | Rate this Recipe"),
    ("buy-prompt", "info", "Next-day delivery | Easy returns"),
    ("buy-prompt", "info", "Limited-time deal"),
    ("embed-label", "warning", "In photos: A year on the farm"),
    ("wire-credit", "info", "Text by Jo Bell | Design by Sam Hart"),
    ("counter-line", "info", "Slideshow (8 images)"),
    ("counter-line", "info", "Audio 3:05"),
    ("consent-notice", "warning", "We care about your privacy"),
    ("consent-notice", "warning", "Agree and continue"),
    ("media-control", "info", "Video will play in 8 seconds"),
    ("media-control", "info", "Cancel autoplay"),
    ("media-control", "info", "Buffering…"),
    ("media-control", "info", "Turn on captions"),
    ("comment-form", "info", "Please enter a valid phone number."),
    ("comment-form", "info", "This field is required."),
    ("comment-form", "info", "Forgotten your password?"),
    ("embed-residue", "info", "Narrated by an AI voice"),
    ("embed-residue", "info", "Age-restricted video"),
    ("sign-in-prompt", "info", "Continue with Google"),
    ("page-state", "info", "Playback is not supported on this device"),
    ("page-state", "info", "This interactive isn't available right now."),
    ("site-control", "info", "Reload page"),
    ("site-control", "info", "Report an issue with this article"),
    ("site-control", "info", "Next slide"),
    ("paywall-label", "info", "Subscribe for just £1 a week."),
    ("page-label", "info", "Section: Business"),
    ("page-label", "info", "You are here: Start > Travel"),
    ("page-label", "info", "Caption: Crowds gathered outside the hall"),
    ("timestamp-line", "info", "Filed at 9:12 a.m. ET"),
    ("timestamp-line", "info", "Posted on May 3, 2022 by admin"),
    ("picture-credit", "info", "PA Media"),
    ("ad-label", "info", "Why am I seeing this ad?"),
    ("feedback-prompt", "info", "Rate this article"),
    ("feedback-prompt", "info", "Did you find this useful?"),
    ("navigation-heading", "info", "Topics in this article"),
    ("media-control", "info", "Watch the full video"),
    ("read-more-prompt", "warning", "The story continues after the ad"),
    ("wire-credit", "info", "Words: Jo Bell"),
    ("comment-prompt", "warning", "Commenting has been turned off for this post."),
    ("comment-status", "info", "You must be a subscriber to comment."),
    ("story-note", "info", "Note: this story is from our archive."),
    ("feedback-prompt", "info", "Thanks for voting!"),
    ("feedback-prompt", "info", "Total votes: 1,234"),
    ("pager-link", "info", "Continued on page 2"),
    ("photo-caption", "info", "Residents queue for water in the city centre on Monday (AFP)"),
    ("live-label", "info", "This page refreshes automatically"),
    ("page-state", "info", "We're having trouble loading this page."),
    ("site-control", "info", "Close this message"),
    ("control-hint", "info", "The interactive graphic below is best viewed on desktop."),
    ("interface-dialog", "info", "Something's not right. Please refresh the page."),
    ("page-state", "info", "Oops, there was an error sending your message."),
    ("page-state", "info", "Adobe Flash Player is required to view this content."),
    ("comment-form", "info", "Your password must be at least 8 characters."),
    ("commerce-line", "info", "Only 3 left in stock"),
])
def test_interface_classes(rule: str, severity: str, line: str) -> None:
    assert (rule, 3, 1, severity, MESSAGES[rule].format(line)) in lint(BOILERPLATE, between(line))


@pytest.mark.parametrize("line", [
    "Private browsing does not make you anonymous, the researchers said.",
    "You can open a private window to test how the site looks to a visitor.",
    "You may see unusual traffic near the stadium on Saturday.",
    "The player was not available for the final after a knee injury in training.",
    "Voters were asked to tap their cards at the reader. Officials said it worked.",
    "She told the crowd to press and hold the rail until the tram stopped.",
    "The edge of the ridge is best seen on foot.",
    "The live show",
    "You must register to vote by Friday, the clerk said.",
    "Exclusive to members of the club, the pool reopened in June.",
    "More by this columnist appeared in the spring issue.",
    "Easy returns are a selling point, the retailer said.",
    "Click and collect",
    "We protect your privacy, the bank said in a statement.",
    "The play opens in May",
    "Invalid passports were seized at the border.",
    "The audio was generated by a computer, the police said, and sent to the family.",
    "Reporting by the Guardian showed that the figures were wrong.",
    "Section: how the law works",
    "Section 3 of the act was repealed in 2019.",
    "The full article",
    "Continue with caution",
    "In case of fire, use the stairs.",
    "I like it",
    "LONDON, May 3, 2022 (AP)",
    "This article is from the archive of the late editor, who kept every letter.",
    "The story continued on page 2 of the paper, he said.",
    "Thanks for voting for me, the mayor told supporters.",
    "What is on your list? Tell us in the comments.",
    "Your password must be changed every year, the bank said in a letter to its customers.",
])
def test_article_text_with_the_same_words_stays_clean(line: str) -> None:
    found = {f[0] for f in lint(BOILERPLATE, between(line)) if f[1] == 3}
    assert not found & set(MESSAGES)
