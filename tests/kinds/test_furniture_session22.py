"""Session 22: a site's menu flattened onto one line with only runs of spaces between its
links (menu-row), and the block type that lets the rule see it: a lone row aligned by spaces
is a listing, a table of several such rows stays a table. Each case is checked for what a user
sees, and for article text with doubled spaces or aligned columns."""

from __future__ import annotations

import pytest

from textlint_news import Document

from .furniture_text import BOILERPLATE, P1, P2, between, lint

MENU = '"{}" is a row of the site\'s menu, not article text'


@pytest.mark.parametrize("line", [
    "Home  Local News  Weather  Contact Us",
    "Politics   Money   Arts & Culture   Travel",
    "Opinion  Letters  Births & Deaths  Puzzles",
])
def test_a_menu_row_joined_by_spaces_is_found(line: str) -> None:
    assert ("menu-row", 3, 1, "info", MENU.format(line)) in lint(BOILERPLATE, between(line))


def test_a_lone_menu_row_mid_article_is_found_and_its_fix_removes_it() -> None:
    text = (f"Ferry service extended\n\n{P1}\n\nWorld  Business  Science  Sport\n\n{P2}\n\n"
            "A vote on the new fares is due in the autumn, the council said.\n")
    doc = Document.from_string(text)
    assert doc.blocks[4] == "listing"
    found = [f for f in lint(BOILERPLATE, text) if f[1] == 5]
    assert found == [("menu-row", 5, 1, "info", MENU.format("World  Business  Science  Sport"))]


def test_a_table_aligned_by_spaces_is_a_table_and_not_flagged() -> None:
    table = ("Town  Leader  Party\nLeeds  Anna Cole  Green\nYork  Ben Hart  Labour\n"
             "Hull  Sam Ortiz  Liberal")
    text = f"{P1}\n\n{table}\n\n{P2}\n"
    doc = Document.from_string(text)
    assert doc.blocks[2:6] == ["table"] * 4
    assert [f for f in lint(BOILERPLATE, text) if 3 <= f[1] <= 6] == []


@pytest.mark.parametrize("line", [
    "The mayor  said the  vote would  pass on Friday.",
    "Ferry  fares  will  rise  in  May.",
    "Leeds  2  1  York",
    "Vote for  the plan  or  against it",
])
def test_doubled_spaces_in_article_text_are_no_menu(line: str) -> None:
    assert not [f for f in lint(BOILERPLATE, between(line)) if f[0] == "menu-row"]


def test_a_lone_row_aligned_by_spaces_is_a_listing_and_two_rows_are_a_table() -> None:
    doc = Document.from_string(between("Name  Age  Town"))
    assert doc.blocks[2] == "listing"
    doc = Document.from_string(f"{P1}\n\nName  Age  Town\nAnna  34  Leeds\n\n{P2}\n")
    assert doc.blocks[2:4] == ["table", "table"]
    # a tab makes a pasted spreadsheet row, a table even alone
    doc = Document.from_string(between("Name\tAge\tTown"))
    assert doc.blocks[2] == "table"


REGISTRATION = '"{}" is the publisher\'s company registration, not article text'


@pytest.mark.parametrize("line", [
    "Registered in Northern Ireland No. NI612345. Registered office: 4 Quay Street, Newry BT35 8DJ.",
    "Harbour Press Ltd, registered in Northern Ireland No. NI612345",
    "A company registered in Scotland (company number SC765432)",
    "Company No. 07654321",
    "Registered charity number 7654321",
    "VAT Reg. No. GB 765 4321 09 · Company No. 07654321",
    "Registration No. 7654321",
    "ACN 765 432 109",
    "Registered office: 4 Quay Street, Hull HU1 2AB",
])
def test_a_company_registration_line_is_found(line: str) -> None:
    assert ("registration-line", 3, 1, "warning", REGISTRATION.format(line)) \
        in lint(BOILERPLATE, between(line))


@pytest.mark.parametrize("line", [
    "The trust, registered in Wales in 2004, runs three hospices.",
    "Registered in 2004, the trust now runs three hospices.",
    "Company number 10 in the league table was fined, the regulator said.",
    "The charity number on the letter was fake, police said.",
    "Registered office staff will move to the new site in the spring.",
    "The ABN would not comment on the plan.",
])
def test_article_text_about_registration_is_no_registration_line(line: str) -> None:
    assert not [f for f in lint(BOILERPLATE, between(line)) if f[0] == "registration-line"]


def test_rows_of_a_box_drawn_table_stay_a_table() -> None:
    rule = "────┼──────────┼─────"
    table = (f"Pos  │ Driver    │ Pts\n{rule}\n1    │ Ana Cole  │ 50\n{rule}\n"
             "2    │ Ben Hart  │ 45")
    doc = Document.from_string(f"{P1}\n\n{table}\n\n{P2}\n")
    assert [doc.blocks[n] for n in (2, 4, 6)] == ["table"] * 3
    # a bare line of dashes is a break between sections: the menu row over it is alone
    doc = Document.from_string(f"{P1}\n\nHome  World  Business  Sport\n-----\n\n{P2}\n")
    assert doc.blocks[2] == "listing"


CORRECTION = '"{}" asks readers to report errors, not article text'


def test_a_request_to_tell_the_site_s_editor_of_an_error_is_found() -> None:
    line = "If you notice an error, please email our corrections desk."
    assert ("correction-prompt", 3, 1, "info", CORRECTION.format(line)) \
        in lint(BOILERPLATE, between(line))


@pytest.mark.parametrize("line", [
    "Voters who spot an error on their ballot paper should tell a polling clerk.",
    "If you find a mistake in your tax bill, contact the council within 30 days.",
])
def test_advice_to_report_an_error_elsewhere_is_left_alone(line: str) -> None:
    assert not [f for f in lint(BOILERPLATE, between(line)) if f[0] == "correction-prompt"]
