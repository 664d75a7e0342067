"""The corpus rule: a footer that recurs under the articles of one site, linted together."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from textlint_news import Document
from textlint_news.kinds.recurring import document_site, line_key

from ..helpers import rules_from_yaml, run_cli

FOOTER = "News Room USA | LNG in Northern BC"
ARTICLES = {
    "a.txt": f"Talks end without progress\n\nThe talks ended on Monday, officials said.\n\n{FOOTER}\n",
    "b.txt": f"Vote set for May\n\nA vote is due in May, the speaker said.\n\nPosted 12/05/2024\n\n{FOOTER}\n",
    "c.txt": f"{FOOTER}\n\nNew mayor sworn in\n\nThe city has a new mayor after a close race.\n",
    # the footer stands in the middle here, the dated line is seen twice only: nothing to report
    "d.txt": ("Ferry service resumes\n\nThe ferry runs again.\n\nIt was closed in May.\n\n" + FOOTER
              + "\n\nPassengers were pleased.\n\nFares are unchanged.\n\nMore sailings soon.\n"
              + "\nPosted 3/06/2024\n"),
}


@pytest.fixture
def site(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def run(*args: str):
    return run_cli("check", *args, "--select", "recurring-edge-line", "--output-format", "concise")


def test_footer_recurring_at_the_edges_is_reported_in_each_document(site):
    result = run(".")
    assert result.exit_code == 1
    reported = sorted(line.split(": ")[0] for line in result.output.splitlines() if "[" in line)
    assert reported == ["a.txt:5:1", "b.txt:7:1", "c.txt:1:1"]
    assert (f'a.txt:5:1: warning[recurring-edge-line] "{FOOTER}" recurs at the start or end of '
            f'3 of the 4 documents linted together: site furniture') in result.output


def test_a_document_linted_alone_is_never_reported(site):
    result = run("a.txt")
    assert result.exit_code == 0


def test_two_documents_are_not_enough(site):
    result = run("a.txt", "b.txt")
    assert result.exit_code == 0


SPEC = """
rules:
  - id: recurring
    kind: recurring
    message: '"{line}" x{count}/{documents}'
    min_documents: 2
    share: 0.5
"""


def _lint_corpus(texts: list[str]):
    rule = rules_from_yaml(SPEC)[0]
    docs = [Document.from_string(t, f"{i}.txt") for i, t in enumerate(texts)]
    counts: Counter = Counter()
    for doc in docs:
        counts.update(rule.observe(doc))
    return [(f.path, f.line, f.message) for doc in docs
            for f in rule.check_corpus(doc, counts, len(docs))]


def test_share_of_the_run_and_digit_normalisation():
    texts = ["Updated 9:15 am\n\nBody one.", "Updated 10:42 am\n\nBody two.", "Body three.",
             "Body four."]
    assert _lint_corpus(texts) == [("0.txt", 1, '"Updated 9:15 am" x2/4'),
                                   ("1.txt", 1, '"Updated 10:42 am" x2/4')]
    # five documents: 2 of 5 is below the share of 0.5
    assert _lint_corpus(texts + ["Body five."]) == []


def test_line_key_normalises_digits_and_white_space_only():
    assert line_key("  Posted 12/05/2024\tat  9:15 ") == "Posted 0/0/0 at 0:0"
    assert line_key("Share This") != line_key("share this")


# -- recurrence anywhere, grouped by site -------------------------------------------------------

TOPICS = ["Talks", "Vote", "Ferry", "Mayor", "Budget"]


def _body(n: int, menu: str) -> str:
    """An article whose lines differ from the other articles' (digits alone would not: they
    are normalised), with ``menu`` on line 5."""
    topic = TOPICS[n]
    return (f"{topic} news\n\nThe {topic.lower()} story began, officials said.\n\n{menu}\n\n"
            f"The {topic.lower()} story goes on.\n")


def test_a_line_recurring_in_the_middle_of_one_sites_articles(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for site in ("alpha", "beta"):
        (tmp_path / site).mkdir()
    for n in range(3):  # three articles of alpha with its widget heading mid-text
        (tmp_path / "alpha" / f"{n}.txt").write_text(_body(n, "Most Read"), encoding="utf-8")
    # beta has the same heading twice: its own site has too few documents for it
    for n in range(2):
        (tmp_path / "beta" / f"{n}.txt").write_text(_body(n, "Most Read"), encoding="utf-8")
    result = run_cli("check", ".", "--select", "recurring-line",
                                       "--output-format", "concise")
    assert result.exit_code == 1
    reported = [line for line in result.output.splitlines() if "[" in line]
    assert reported == [
        f'alpha/{n}.txt:5:1: warning[recurring-line] "Most Read" recurs in 3 of the 3 documents '
        "of its site linted together: site furniture" for n in range(3)]


def test_a_markdown_heading_in_every_page_of_a_folder_is_structure(tmp_path, monkeypatch):
    # documentation written from one template repeats its section headings: declared by
    # markup, they are the author's; the same lines in plain text are furniture
    monkeypatch.chdir(tmp_path)
    for n in range(3):
        (tmp_path / f"{n}.md").write_text(_body(n, "## Most Read"), encoding="utf-8")
        (tmp_path / f"{n}.txt").write_text(_body(n, "Most Read"), encoding="utf-8")
    result = run_cli("check", ".", "--select", "recurring-line", "--output-format", "concise")
    reported = [line for line in result.output.splitlines() if "[" in line]
    assert reported == [
        f'{n}.txt:5:1: warning[recurring-line] "Most Read" recurs in 3 of the 6 documents '
        "of its site linted together: site furniture" for n in range(3)]


def test_jsonl_records_are_grouped_by_the_host_of_their_url(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    records = [{"url": f"https://www.{host}/a/{n}", "text": _body(n, "Most Read")}
               for host, n in (("alpha.example", 1), ("alpha.example", 2), ("beta.example", 3),
                               ("alpha.example", 4))]
    (tmp_path / "crawl.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records),
                                          encoding="utf-8")
    result = run_cli("check", "crawl.jsonl", "--jsonl", "--select",
                                       "recurring-line", "--output-format", "concise")
    reported = [line.split(": ")[0] for line in result.output.splitlines() if "[" in line]
    assert reported == ["crawl.jsonl:#1:5:1", "crawl.jsonl:#2:5:1", "crawl.jsonl:#4:5:1"]


def test_site_is_the_documents_site_else_its_folder():
    # record sites (a site field, the URL host) are set by the sources: test_sites_and_cleaning
    def doc(path: str, site: str | None = None) -> Document:
        d = Document.from_string("x", path)
        d.site = site
        return d
    assert document_site(doc("a/b/c.txt")) == "a/b"
    assert document_site(doc("c.txt")) == ""
    assert document_site(doc("d/f.jsonl", site="news.example")) == "news.example"


def test_group_by_run_compares_every_document():
    spec = SPEC.replace("share: 0.5", "share: 0.5\n    group_by: run\n    region: anywhere")
    rule = rules_from_yaml(spec)[0]
    docs = [Document.from_string(_body(n, "Most Read"), f"{site}/{n}.txt")
            for n, site in enumerate(("a", "b", "c"))]
    counts: Counter = Counter()
    for d in docs:
        counts.update(rule.observe(d))
    assert [(f.path, f.line) for d in docs for f in rule.check_corpus(d, counts, 3)] == \
        [("a/0.txt", 5), ("b/1.txt", 5), ("c/2.txt", 5)]
