"""Regression guard for detection quality: the harness over aeb-dev (in the repo) and a small copy
of the shared sources (benchmarks/data/subset, made by benchmarks/make_subset.py). The full run
is `python benchmarks/quality.py`; its table is in the README.

Targets of issue 12 that the rules do not meet yet are guarded at today's measured value on the
subset's check part (FLOORS, each naming its issue target) and listed in one strict xfail test,
which starts failing once they are all met: then drop the floors and the xfail."""

from __future__ import annotations

import random
import sys

import pytest

from textlint_news.findings import Finding, Severity

from ..conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
import quality  # noqa: E402
from splits import split_of_page, split_of_site  # noqa: E402

# (source, measure) -> today's value on the subset's check part; the issue 12 target in the comment
FLOORS = {
    ("aeb-dev", "link residue: line_start"): quality.at_least(0.85),              # target 0.90
    # function-word pairs from Brown counts: pairs clean English writes ("with should", "In at")
    # are no longer residue, two anchors of the check part with them (0.48 -> 0.46); an article
    # before a participle before a preposition (session 10) found one more (44/94)
    ("aeb-dev", "link residue: mid"): quality.at_least(0.468),                    # target 0.50
    ("aeb-dev truth", "clean articles passing the gate"): quality.at_least(0.90),  # target 95%
    ("aeb-dev truth", "error+warning findings per 10k words"): quality.at_most(1.33),  # target 1
    # extractors truth (100% passing, 0 per 10k words since the precision-residue classes),
    # paragraph-lines recall (62%) and article lines (1.0%), trafilatura raw recall (67%) and
    # its article lines flagged (0/55 at error or warning in session 16) meet their targets on the
    # subset: the targets themselves guard them
    # injected classes written after the rules and never tuned on (session 6): furniture in
    # wordings the phrase rules do not know, between any two paragraphs, and a section
    # heading emitted twice in a row (session 7: a line emitted twice counts once toward a
    # listing; the tune list it was developed on meets its target, the old list is its check)
    # session 7: the lone-line model of furniture-line, developed on a tune list of its own
    # session 8 (furniture8): page furniture by class (shop lines, page labels, credits, page
    # controls, share rows, dates alone, ...) raised both (0.77 -> 0.90, 0.74 -> 0.77)
    # session 10 (furniture10, 0.77 -> 0.87): its writer once saw this list's items; see README
    ("aeb-dev", "injected: furniture anywhere (unseen wordings)"): quality.at_least(0.90),  # 0.95
    # session 7: interface notices (interface-notice), developed on the tune list; the check
    # list was written with it and never read item by item
    # (notice8, session 8: the reader's session, account, connection and a page that failed to
    # load, by class: 0.94 -> 0.97 and 0.58 -> 0.65); the tune list meets the target since
    # session 12 (furniture12: interface-notice by class, 31/31); furniture13 (session 13:
    # interface messages, dialogs, page requirements, terms by use, banner calls): 0.68 -> 0.81
    ("aeb-dev", "injected: interface notice (check list)"): quality.at_least(0.80),  # 0.95
    # session 7: navigation headings and page-state messages (navigation-heading, page-state);
    # every list meets the target since session 10 (section-label: "Just in")
    # session 7: publication stamps (timestamp-line); both lists meet the target since session
    # 8 (furniture8: "10h15" is a number, "first published" a stamp)
    # session 7: a media player's controls (media-control); both lists meet the target since
    # session 9, as does the furniture tune list (furniture9)
    # session 8: measuring sticks written blind before any rule change (inject8); short
    # paragraph twice and paragraph again at the end meet the target (every target here 0.95)
    # furniture8 met the target on both s8 tune lists and the footer check list (1.00), and
    # on most of its own tune lists; the furniture check list rose 0.58 -> 0.71 and the
    # widgets tune list meets it since session 10
    ("aeb-dev", "injected: furniture anywhere (s8 check)"): quality.at_least(0.77),  # 0.95
    # casing8: names from Brown, SCOWL, GeoNames/pycountry and cspell's companies, and context
    # (a first name, a name's head, one other capital); 0.32 -> 0.84, 0.68 -> 0.94, 0.58 -> 0.84
    # names14 (session 14: census first names that are English words, a place as a list item)
    # 0.84 -> 0.87
    ("aeb-dev", "injected: proper noun lowercased, said once or twice (s8)"):
        quality.at_least(0.87),                                                       # 0.95
    # names12 (session 12: first-name-before-surname and the name-possessive rules) 0.84 -> 0.87
    ("aeb-dev", "injected: lowercased name in a sentence (s8 check)"): quality.at_least(0.87),
    # session 8's second round: measuring sticks written blind after the rule changes (inject8b);
    # the footer list meets the target (30/31) and is held there too
    ("aeb-dev", "injected: furniture anywhere (s8b)"): quality.at_least(0.93),          # 0.95
    ("aeb-dev", "injected: footer lines (s8b)"): quality.at_least(0.96),                # 0.95
    ("aeb-dev", "injected: lowercased name in a sentence (s8b)"): quality.at_least(0.83),  # 0.95
    # notice8 (after the s8b lists were written, developed on its own tune list): 0.77 -> 0.94;
    # its session/device tune list meets the target since session 11 (page-state: a feature
    # withheld from the reader's device)
    # furniture12 (session 12): 0.94 -> 0.97
    ("aeb-dev", "injected: interface notice (s8b)"): quality.at_least(0.96),            # 0.95
    # session 9: measuring sticks written blind before any rule change (inject9), each floor one
    # article under the check part's value; the four repeated-paragraph shapes meet the target.
    # Raised to the session's end (casing9, furniture9: the check lists were never read)
    # Raised to session 10's end (furniture10, names10; the check lists were never read); the
    # footer tune list meets the target since session 13 (30/31)
    ("aeb-dev", "injected: footer lines (s9 check)"): quality.at_least(0.93),          # 0.95
    ("aeb-dev", "injected: furniture anywhere (s9 check)"): quality.at_least(0.87),    # 0.95
    ("aeb-dev", "injected: lowercased name in a sentence (s9 tune)"): quality.at_least(0.90),
    ("aeb-dev", "injected: lowercased name in a sentence (s9 check)"): quality.at_least(0.67),
    # names15 (session 15: a surname or speaker of no English list lowercased more than once)
    ("aeb-dev", "injected: proper noun lowercased in every mention (s9)"):
        quality.at_least(0.60),                                      # 0.95; names12: 0.50 -> 0.57
    # the furniture s9 tune list meets the target on the check articles since session 14
    # (furniture14: filing lines without a colon, gallery buttons; 29/31 -> 31/31)
    # session 11: measuring sticks written blind at the session's start rev (lists11), each
    # floor one article under its check value then; the furniture list meets the target (30/31)
    # and so does the doubled heading since the lead's doubled-line in listings (31/31), as do
    # the older doubled heading lists (the heading of session 6, s8 tune and check)
    ("aeb-dev", "injected: footer lines (s11)"): quality.at_least(0.96),               # 0.95
    ("aeb-dev", "injected: interface notice (s11)"): quality.at_least(0.96),  # 0.95; s13: 0.81
    ("aeb-dev", "injected: lowercased name in a sentence (s11)"): quality.at_least(0.77),
    # session 12: fresh measuring sticks written blind at the session's start rev (lists12), each
    # floor one article under its check value then, raised to the session's end (never read);
    # footer lines (31/31) and the doubled heading (31/31) meet the target
    ("aeb-dev", "injected: furniture anywhere (s12)"): quality.at_least(0.87),         # 0.95
    ("aeb-dev", "injected: interface notice (s12)"): quality.at_least(0.77),  # 0.95; 0.71 -> 0.74
    ("aeb-dev", "injected: lowercased name in a sentence (s12)"):
        quality.at_least(0.45),                  # 0.95; names12: 0.39 -> 0.42; names14: 0.45
    # furniture12's tune list of interface notices and calls to act (developed on, so no
    # estimate of unseen text) meets the target since session 13 (furniture13: 30/31)
    # session 21: measuring sticks written blind at the session's start rev (lists21,
    # benchmarks/data/injection/s21.json); check lists one article under their value then,
    # tune lists at it; the doubled heading's tune list meets the target (31/31)
    # session 22 (furniture22, interface22, tuned on the tune lists only): furniture, footer and
    # interface tune lists 31/31; footer check 0.81 -> 0.90, interface check 0.71 -> 0.77, each
    # held one article under
    ("aeb-dev", "injected: furniture anywhere (s21 tune)"): quality.at_least(1.00),    # 0.95
    ("aeb-dev", "injected: furniture anywhere (s21 check)"): quality.at_least(0.67),   # 0.95
    ("aeb-dev", "injected: footer lines (s21 tune)"): quality.at_least(1.00),          # 0.95
    ("aeb-dev", "injected: footer lines (s21 check)"): quality.at_least(0.87),         # 0.95
    ("aeb-dev", "injected: interface notice (s21 tune)"): quality.at_least(1.00),      # 0.95
    ("aeb-dev", "injected: interface notice (s21 check)"): quality.at_least(0.74),     # 0.95
    ("aeb-dev", "injected: lowercased name in a sentence (s21 tune)"): quality.at_least(0.90),
    ("aeb-dev", "injected: lowercased name in a sentence (s21 check)"): quality.at_least(0.67),
    ("aeb-dev", "injected: doubled heading, case or colon (s21 check)"): quality.at_least(0.90),
}


@pytest.fixture(scope="module")
def report(linter):
    return quality.measure(data_root=quality.SUBSET, linter=linter)


def test_splits_follow_the_contract():
    assert [split_of_page(p) for p in ("0a", "3f", "4", "7e12")] == ["tune", "tune", "check", "check"]
    with pytest.raises(ValueError, match="held-out"):
        split_of_page("8b")
    # sha1("www.zeit.de") is even, sha1("www.bbc.com") odd
    assert (split_of_site("www.zeit.de"), split_of_site("www.bbc.com")) == ("tune", "check")


def test_subset_counts_the_labelled_lines(report):
    """The bases come from the labels, whatever the rules do."""
    bases = {(r.source, r.measure): (r.values["tune"].den, r.values["check"].den)
             for r in report.rows if r.values["check"].style != "count"}
    assert bases["aeb-dev", "link residue: before_punct"] == (83, 74)
    assert bases["aeb-dev", "link residue: mid"] == (111, 94)
    assert bases["aeb-dev truth", "clean articles passing the gate"] == (28, 31)
    assert bases["extractors truth", "clean articles passing the gate"] == (5, 5)
    assert bases["extractors paragraph-lines", "recall on extra lines"] == (199, 93)
    assert bases["extractors paragraph-lines", "recall on extra less titles"] == (181, 89)
    assert bases["extractors paragraph-lines", "article lines flagged (error/warning)"] == (877, 1753)
    assert bases["trafilatura raw", "recall on boilerplate lines"] == (57, 58)
    assert bases["trafilatura raw", "article lines flagged (error/warning)"] == (45, 55)
    assert bases["trafilatura clean", "article lines flagged (error/warning)"] == (40, 54)


def test_met_targets_hold_on_the_check_part(report):
    missed = {(r.source, r.measure) for r in report.rows if r.missed()}
    assert missed <= set(FLOORS), report.failures()


@pytest.mark.parametrize("key", FLOORS, ids=" / ".join)
def test_unmet_targets_stay_at_todays_floor(report, key):
    value = report.value(*key, "check")
    assert FLOORS[key].met(value.score), f"{key}: {value}"


@pytest.mark.xfail(strict=True, reason="issue 12: targets not yet met on the check parts")
def test_issue_12_targets_are_met_on_the_subset(report):
    assert report.failures() == []


def test_a_finding_covers_its_lines_with_its_highest_severity():
    def finding(rule, line, end_line, severity):
        return Finding(rule, "p", severity, "x", line, 1, end_line, 1, "", 0, 1)
    lines = quality.covering([finding("a", 2, 4, Severity.INFO), finding("a", 3, 3, Severity.ERROR),
                              finding("b", 5, 5, Severity.WARNING)])
    assert dict(lines) == {2: {"a": Severity.INFO}, 3: {"a": Severity.ERROR},
                           4: {"a": Severity.INFO}, 5: {"b": Severity.WARNING}}


def test_table_marks_a_missed_check_target():
    report = quality.Report()
    report.put("tune", "s", "recall", quality.Value(6, 10), quality.at_least(0.5))
    report.put("check", "s", "recall", quality.Value(4, 10), quality.at_least(0.5))
    assert quality.format_table(report).splitlines()[2] == \
        "| s | recall | 60.0% (6/10) | 40.0% (4/10) | >= 50% | no |  |"
    assert report.failures() == ["s: recall: 40.0% (4/10) (target >= 50%)"]


def test_injection_is_deterministic():
    article = quality.load_articles(1)[0]
    for name, (inject, _) in quality.INJECTORS.items():
        made = [inject(article.truth, article.title, random.Random(f"seed:{name}"))
                for _ in range(2)]
        assert made[0] == made[1], name
