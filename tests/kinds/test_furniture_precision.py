"""Boilerplate rules on what clean web pages keep (session 11, issue 12): a prompt inside prose,
a label that belongs to the headline, a post's meta line and a credit are named by their class
or left alone, never warned about as navigation or a page label."""

from __future__ import annotations

from textlint_news import Document

BODY = ("The talks ended on Monday.\n\nA vote is due in May.\n\nTurnout will be high.\n\n"
        "Polls close at eight.\n\n")
RULES = {"read-more-prompt", "embed-label", "click-here-sentence", "site-tagline",
         "footer-label", "credit-line"}


def findings(linter, text: str) -> list[tuple[str, int, int, str, str]]:
    doc = Document.from_string(text, "t.txt")
    return [(f.rule_id, f.line, f.column, str(f.severity), f.message)
            for f in linter.lint(doc).findings if f.rule_id in RULES]


def test_a_prompt_that_runs_on_into_more_sentences_is_prose(linter):
    text = f"{BODY}See also the infographic below. There is a lot here to digest. Thoughts?\n\n{BODY}"
    assert findings(linter, text) == []


def test_a_one_sentence_prompt_is_still_a_navigation_prompt(linter):
    text = f"{BODY}See also: How the vote was won\n\n{BODY}"
    assert findings(linter, text) == [
        ("read-more-prompt", 9, 1, "warning",
         '"See also: How the vote was won" is a navigation prompt, not article text')]


def test_a_see_also_heading_of_a_reference_page_is_no_prompt(linter):
    # Wikipedia's section heading keeps its "[edit]" link; a fandom wiki's or a README's does not
    for heading in ("See also", "See also[edit]", "See Also [edit]"):
        assert findings(linter, f"{BODY}{heading}\n\n{BODY}") == [], heading
    assert findings(linter, f"{BODY}SEE ALSO:\n\n{BODY}") == [
        ("read-more-prompt", 9, 1, "warning", '"SEE ALSO:" is a navigation prompt, not article text')]


def test_click_here_inside_a_sentence_is_information(linter):
    text = f"{BODY}To find more information about the tour, please CLICK HERE\n\n{BODY}"
    assert findings(linter, text) == [
        ("click-here-sentence", 9, 1, "info",
         '"To find more information about the tour, please CLICK HERE" sends the reader to a '
         'link the text no longer has')]


def test_a_line_that_starts_with_click_here_is_a_warning_and_reported_once(linter):
    text = f"{BODY}Click here for the full schedule\n\n{BODY}"
    assert findings(linter, text) == [
        ("read-more-prompt", 9, 1, "warning",
         '"Click here for the full schedule" is a navigation prompt, not article text')]


def test_an_embed_label_is_reported_below_the_headline_but_not_as_the_headline(linter):
    text = f"Photos: Halloween in Hong Kong looks awesome\n\n{BODY}Video: The parade at night\n\n{BODY}"
    assert findings(linter, text) == [
        ("embed-label", 11, 1, "warning",
         '"Video: The parade at night" is the label of an embedded or linked video, gallery or '
         'graphic, not article text')]


def test_a_post_meta_line_or_a_price_row_at_the_end_is_no_site_tagline(linter):
    for last in ("Posted by admin in Auto Blog on Aug 9th, 2012 | no responses",
                 "Posted by Federico Viticci | Read more at example.net",
                 "Buy Now: 16GB $399 | 32GB $499"):
        assert findings(linter, f"{BODY}{last}\n") == [], last
    assert findings(linter, f"{BODY}News Room USA | LNG in Northern BC\n") == [
        ("site-tagline", 9, 1, "warning",
         '"News Room USA | LNG in Northern BC" looks like a "Site Name | tagline" footer')]


def test_a_credit_at_the_end_is_information_and_a_bare_label_an_error(linter):
    assert findings(linter, f"{BODY}Photo: Courtesy of Biscuit Home\n") == [
        ("credit-line", 9, 1, "info",
         '"Photo: Courtesy of Biscuit Home" is a credit, disclosure or update note, not article text')]
    assert findings(linter, f"{BODY}Source:\n") == [
        ("footer-label", 9, 1, "error",
         '"Source:" is a page label left at the end of the article, not article text')]


def test_related_at_the_end_is_reported_by_one_rule(linter):
    assert findings(linter, f"{BODY}Related:\n") == [
        ("read-more-prompt", 9, 1, "warning", '"Related:" is a navigation prompt, not article text')]


def test_furniture_classes_of_the_tune_pages_are_found_at_their_severity(linter):
    lines = {
        "Some rights reserved 2017-2023 by Example Newsfeed, a partnership of Example Media": (
            "rights-notice", "info"),
        "Schlagworte: fashion Mode Nachhaltigkeit outdoor": ("filing-line", "info"),
        "Clique na imagem acima e veja o ranking dos pilotos.": ("click-here-sentence", "info"),
        "Please check the opt-in box to acknowledge that you would like to subscribe.": (
            "consent-box", "info"),
    }
    for line, (rule, severity) in lines.items():
        doc = Document.from_string(f"{BODY}{line}\n\n{BODY}", "t.txt")
        # furniture-line (the lead's fitted model) may add its own information
        assert [(f.rule_id, f.line, f.column, str(f.severity)) for f in linter.lint(doc).findings
                if "boilerplate" in f.tags and f.rule_id != "furniture-line"] == [
            (rule, 9, 1, severity)], line


def test_agreeing_with_terms_in_a_quote_is_no_consent_box(linter):
    doc = Document.from_string(
        f"{BODY}I agree with the terms of the deal, but not with its timing, the senator said.\n", "t.txt")
    assert [f.rule_id for f in linter.lint(doc).findings if "boilerplate" in f.tags] == []


def test_a_linked_headline_with_its_summary_is_still_a_prompt(linter):
    text = f"{BODY}Read more: Vote is delayed. The count will resume on Friday.\n\n{BODY}"
    assert findings(linter, text) == [
        ("read-more-prompt", 9, 1, "warning",
         '"Read more: Vote is delayed. The count will resume on Friday." is a navigation prompt, '
         'not article text')]


def test_more_and_a_headline_at_the_end_stays_a_page_label(linter):
    assert findings(linter, f"{BODY}More: How the vote was won\n") == [
        ("footer-label", 9, 1, "error",
         '"More: How the vote was won" is a page label left at the end of the article, not article text')]


def test_click_here_inside_a_link_s_brackets_is_found(linter):
    text = f"{BODY}Six issues for £11.99. [Click here][4] for more information.\n\n{BODY}"
    assert findings(linter, text) == [
        ("click-here-sentence", 9, 1, "info",
         '"Six issues for £11.99. [Click here][4] for more information." sends the reader to a '
         'link the text no longer has')]


def test_a_picture_credit_label_at_the_end_makes_a_credit_not_a_site_tagline(linter):
    # session 13, trafilatura clean/ tune: a caption and its credit split by bars and slashes
    for last in ("Gefüllte Paprika - Foto: Marufish | CC-BY-SA",
                 "Illustrationen / Fotos: DoSchu / DoSchu.Com • Porträt: Jane Doe / example.de"):
        assert findings(linter, f"{BODY}{last}\n") == [
            ("credit-line", 9, 1, "info",
             f'"{last}" is a credit, disclosure or update note, not article text')], last
