"""The boilerplate pack's rules for furniture classes found by shape (issue 12): what a user sees."""

from __future__ import annotations

from textlint_news import Document, Linter

from ..helpers import rules_from_yaml

BODY = ("The talks ended on Monday.\n\nA vote is due in May.\n\nTurnout will be high.\n\n"
        "Polls close at eight.\n\n")


def findings(linter, text: str, rules: set[str]) -> list[tuple[str, int, int, str, str]]:
    doc = Document.from_string(text, "t.txt")
    return [(f.rule_id, f.line, f.column, str(f.severity), f.message)
            for f in linter.lint(doc).findings if f.rule_id in rules]


def test_a_reading_time_line_is_reported_wherever_it_stands(linter):
    text = f"Talks end\n\n5 min read\n\n{BODY}Prep time: 10 minutes\n"
    assert findings(linter, text, {"reading-time"}) == [
        ("reading-time", 3, 1, "warning", '"5 min read" is a reading-time note, not article text')]


def test_a_required_form_field_is_reported_and_a_footnote_mark_is_not(linter):
    text = f"{BODY}Prices start at $5* for members.\n\nLeave a reply\n\nName *\n\nComment\n"
    assert findings(linter, text, {"form-field"}) == [
        ("form-field", 13, 1, "warning", '"Name *" is the label of a form field, not article text')]


def test_a_heading_doubled_after_a_short_line_is_reported(linter):
    # the short line above and the pair are three short lines: still no listing
    text = f"Talks end\n\n{BODY}Polls open at seven\n\nThe count\n\nThe count\n\n{BODY}"
    assert findings(linter, text, {"doubled-line"}) == [
        ("doubled-line", 15, 1, "warning",
         "repeats line 13 right after it (a heading or short paragraph extracted twice)")]


def test_a_flattened_table_of_ranks_and_two_equal_columns_is_no_doubled_line(linter):
    rows = "".join(f"{rank}.\n{team} ({points} Pkt)\n{team} ({points} Pkt)\n"
                   for rank, team, points in ((1, "Leverkusen", 28), (2, "Bayern", 26),
                                              (3, "Stuttgart", 21)))
    text = f"Talks end\n\n{BODY}Rang\nDFL-Tabelle\nWahre Tabelle\n{rows}\n{BODY}"
    assert findings(linter, text, {"doubled-line"}) == []


def test_a_heading_doubled_below_the_title_lines_is_reported_once(linter):
    text = f"Talks end\n\n{BODY}What happens next\nWhat Happens Next\n\n{BODY}"
    doc = Document.from_string(text, "t.txt")
    found = [f for f in linter.lint(doc).findings if f.line == 12]
    assert [(f.rule_id, f.column, str(f.severity), f.message) for f in found
            if f.rule_id != "furniture-line"] == [
        ("doubled-line", 1, "warning",
         "repeats line 11 right after it (a heading or short paragraph extracted twice)")]


def test_a_publication_stamp_in_the_body_is_reported_and_prose_about_updates_is_not(linter):
    stamps = ["Updated 2 hours ago", "Aktualisiert am 12.05.2021, 18:30 Uhr",
              "Posted on Friday, November 4, 2022 at 6:02 pm"]
    lookalikes = ["Updated forecasts", "The guidance was updated in March after the inquiry.",
                  "Published figures show a rise", "Last year in review"]
    text = f"Talks end\n\n{BODY}" + "".join(f"{line}\n\n{BODY}" for line in stamps + lookalikes)
    assert findings(linter, text, {"timestamp-line"}) == [
        ("timestamp-line", 11, 1, "info", '"Updated 2 hours ago" is a publication stamp, not article text'),
        ("timestamp-line", 21, 1, "info",
         '"Aktualisiert am 12.05.2021, 18:30 Uhr" is a publication stamp, not article text'),
        ("timestamp-line", 31, 1, "info",
         '"Posted on Friday, November 4, 2022 at 6:02 pm" is a publication stamp, not article text')]


def test_a_lexicon_line_takes_numbers_only_when_told():
    rules = rules_from_yaml("""
rules:
  - {id: words-only, kind: lexicon-line, message: m, marks: [updated], words: [hours, ago]}
  - {id: with-numbers, kind: lexicon-line, message: m, marks: [updated], words: [hours, ago],
     numbers: true}
""")
    doc = Document.from_string("Updated 2 hours ago\nUpdated hours ago\n", "t.txt")
    assert [(f.rule_id, f.line) for f in Linter(rules).lint(doc).findings] == [
        ("with-numbers", 1), ("with-numbers", 2), ("words-only", 2)]


def test_a_media_player_s_controls_in_the_body_are_reported_and_prose_is_not(linter):
    controls = ["Now playing", "Video duration 02:45", "Wiedergabe starten"]
    lookalikes = ["The play opens in May", "Now or never", "Watch the skies", "Up next"]
    text = f"Talks end\n\n{BODY}" + "".join(f"{line}\n\n{BODY}" for line in controls + lookalikes)
    assert findings(linter, text, {"media-control"}) == [
        ("media-control", 11, 1, "info",
         '"Now playing" is a media player\'s control or label, not article text'),
        ("media-control", 21, 1, "info",
         '"Video duration 02:45" is a media player\'s control or label, not article text'),
        ("media-control", 31, 1, "info",
         '"Wiedergabe starten" is a media player\'s control or label, not article text')]
