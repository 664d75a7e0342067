"""Silencing findings: suppression comments, unused ones reported, per-file ignores."""

from __future__ import annotations


from textlint_news import Config, Document, lint_text, load_linter

from ..helpers import run_cli


def concise(findings):
    return [f"{f.line}:{f.column}: {f.severity}[{f.rule_id}] {f.message}" for f in findings]


def test_disable_next_line_silences_only_the_named_rule_on_the_next_line():
    text = ("Officials in kyiv met.\n"
            "<!-- textlint-news-disable-next-line proper-noun-case -->\n"
            "Officials in kyiv agreed &amp; left.\n")
    assert concise(lint_text(text)) == [
        '1:14: error[proper-noun-case] "kyiv" should be written "Kyiv"',
        '3:26: error[html-entity] HTML entity "&amp;" was not decoded',
    ]


def test_disable_line_takes_packs_and_comma_lists():
    text = "Talks in kyiv &amp; more <!-- textlint-news-disable-line casing, typography -->\n"
    assert lint_text(text) == []


def test_disable_enable_range_without_codes_silences_every_rule_inside():
    text = ("<!-- textlint-news-disable -->\n"
            "the the kyiv\n"
            "<!-- textlint-news-enable -->\n"
            "The the end.\n")
    assert concise(lint_text(text)) == ['4:1: warning[repeated-word] "The" is repeated']


def test_a_range_for_one_rule_ends_at_its_enable():
    text = ("<!-- textlint-news-disable repeated-word -->\n"
            "the the talks in kyiv\n"
            "<!-- textlint-news-enable repeated-word -->\n"
            "it it ends.\n")
    assert concise(lint_text(text)) == [
        '2:18: error[proper-noun-case] "kyiv" should be written "Kyiv"',
        '4:1: warning[repeated-word] "it" is repeated',
    ]


def test_unused_and_unknown_suppressions_are_reported_with_a_safe_fix():
    text = ("<!-- textlint-news-disable-next-line html-entity -->\n"
            "Nothing here.\n"
            "The end. <!-- textlint-news-disable-line nosuch -->\n")
    findings = lint_text(text)
    assert concise(findings) == [
        "1:1: info[unused-suppression] 'textlint-news-disable-next-line' of 'html-entity' "
        "silences no finding",
        "3:10: info[unused-suppression] 'textlint-news-disable-line' names 'nosuch', which is "
        "no rule or pack that ran",
    ]
    # a comment alone on its line goes with its line; one after text leaves the text
    first, last = (f.fix.edits[0] for f in findings)
    assert text[:first.start] + text[first.end:last.start] + text[last.end:] == \
        "Nothing here.\nThe end. \n"
    assert all(f.fix.safe for f in findings)


def test_a_suppression_for_a_rule_that_did_not_run_is_not_called_unused():
    linter = load_linter(Config(select=["typography"]))
    text = "Fine.\n<!-- textlint-news-disable-next-line proper-noun-case -->\nStill fine.\n"
    assert linter.lint(Document.from_string(text, "a.txt")).findings == []


def test_per_file_ignores_in_config(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".textlint-news.yaml").write_text(
        "per-file-ignores:\n  'archive/*.txt': [casing]\n  'quotes.txt': [repeated-word]\n",
        encoding="utf-8")
    (tmp_path / "archive").mkdir()
    for path, who in (("archive/old.txt", "Mayors"), ("quotes.txt", "Envoys"),
                      ("new.txt", "Judges")):
        (tmp_path / path).write_text(f"{who} in kyiv said it in the the end.\n", encoding="utf-8")
    out = run_cli("check", "--format", "concise", "archive/old.txt",
                                    "quotes.txt", "new.txt")
    assert out.output.splitlines()[:-1] == [
        'archive/old.txt:1:27: warning[repeated-word] "the" is repeated',
        'quotes.txt:1:11: error[proper-noun-case] "kyiv" should be written "Kyiv"',
        'new.txt:1:11: error[proper-noun-case] "kyiv" should be written "Kyiv"',
        'new.txt:1:27: warning[repeated-word] "the" is repeated',
    ]


def test_per_file_ignores_naming_an_unknown_rule_is_exit_2(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".textlint-news.yaml").write_text("per-file-ignores:\n  '*.txt': [casng]\n",
                                                  encoding="utf-8")
    (tmp_path / "a.txt").write_text("Fine.\n", encoding="utf-8")
    out = run_cli("check", "a.txt")
    assert out.exit_code == 2
    assert out.output == ("textlint-news: error: unknown rule or pack 'casng' in "
                          "per-file-ignores '*.txt' (did you mean 'casing'?)\n")
