"""Properties over arbitrary text: linting never raises, positions are consistent, fixes lose
nothing, and the same text gives the same findings however it reaches the linter.

Hypothesis runs under the ``ci`` profile of conftest.py (fixed budget, derandomised).
"""

from __future__ import annotations

import codecs
import json
import os
from pathlib import Path

import pytest
from hypothesis import given, strategies as st

import textlint_news.session.runner
from textlint_news import Document, Linter
from textlint_news.document import normalise_newlines
from textlint_news.fixes.apply import apply_edits, fix_document, select_fixes
from textlint_news.kinds.pattern import PatternRule
from textlint_news.sources import TextFormat, decode, input_format
from textlint_news.fixes.writer import encode

from ..conftest import DATA
from ..helpers import cli as check_cli

# Pieces that make the default rules fire, mixed with arbitrary text and every newline style.
SNIPPETS = ["\n", "\r\n", "\r", "\n\n", "\r\n\r\n", " ", "  ", "\t", ".", " .", " ,", ";", ": ",
            "kyiv", "Kyiv", "the the", "&amp;", "&#8217;", "<br>", "Ã©", "â€™", "\u200b", "\ufeff",
            "\u00ad", "\ufffd", "\x07", "( )", "“”", "Read more: ", "source", "Photo",
            "© 2024 News Ltd", "Share this article", "; Although", "; the", "gracia", "Youtube",
            "東京", "😀", "e\u0301", "said.", "He said", "is reportedly", "available from",
            "The talks ended in Kyiv on Tuesday.", "“We will not give in,” he said."]
PIECES = st.one_of(st.sampled_from(SNIPPETS), st.text(max_size=6))
TEXTS = st.lists(PIECES, max_size=30).map("".join)
# lone surrogates stand for undecodable bytes (sources.decode) or JSON "\ud800" escapes
ANY_TEXTS = st.lists(st.one_of(PIECES, st.characters(categories=["Cs"])), max_size=30).map("".join)
BOMS = [b"", codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE]


@given(st.sampled_from(BOMS), st.binary(max_size=40),
       st.sampled_from(["utf-8", "cp1252", "latin-1", "utf-8-sig", "utf-16"]))
def test_any_bytes_are_read_without_losing_one(bom, data, encoding):
    """Whatever the bytes: a clear error, or a document that encodes back to exactly them."""
    source = decode(bom + data, "f.txt", encoding)
    if isinstance(source, Document):
        assert encode(source, source.raw_text()) == bom + data
    else:
        assert source.message.startswith(("binary file (NUL byte at offset ", "invalid utf-"))


def pattern_spans(rule: PatternRule, doc: Document) -> set[tuple[int, int]]:
    return {m.span(rule.group) for m in rule.regex.finditer(doc.text)}


@given(ANY_TEXTS)
def test_lint_never_raises_and_positions_point_at_the_match(linter, text):
    doc = Document.from_string(text, "t.txt")
    result = linter.lint(doc)
    assert result.notices == []
    rules = {r.id: r for r in linter.rules}
    for f in result.findings:
        assert 0 <= f.start <= f.end <= len(doc.text)
        assert (f.line, f.column) == doc.position(f.start)
        assert (f.end_line, f.end_column) == doc.position(f.end)
        assert doc.offset(f.line, f.column) == f.start
        assert 1 <= f.column <= len(doc.line_text(f.line)) + 1
        # the same text in the file as it was read, whatever its newlines
        raw = doc.raw_text()[doc.original_offset(f.start):doc.original_offset(f.end)]
        assert normalise_newlines(raw) == doc.text[f.start:f.end]
        if isinstance(rules.get(f.rule_id), PatternRule):
            assert (f.start, f.end) in pattern_spans(rules[f.rule_id], doc)
        for e in f.fix.edits if f.fix else ():
            assert 0 <= e.start <= e.end <= len(doc.text)


@given(TEXTS, st.booleans())
def test_one_fix_pass_touches_only_the_edited_ranges(linter, text, unsafe):
    doc = Document.from_string(text, "t.txt")
    edits = {e for f in select_fixes(linter.lint(doc).findings, unsafe) for e in f.fix.edits}
    raw = doc.raw_text()
    expected, kept_from = [], 0
    for e in sorted(edits, key=lambda e: (e.start, e.end)):
        start, end = doc.original_offset(e.start), doc.original_offset(e.end)
        assert kept_from <= start <= end  # edits never overlap
        expected += [raw[kept_from:start], e.replacement.replace("\n", doc.newline)]
        kept_from = end
    assert apply_edits(doc, list(edits)) == "".join(expected) + raw[kept_from:]


@given(TEXTS, st.booleans())
def test_fixing_is_idempotent(linter, text, unsafe):
    doc = Document.from_string(text, "t.txt")
    once = fix_document(linter, linter.lint(doc), unsafe)
    again = fix_document(linter, once.result, unsafe)
    assert again.raw_text == once.raw_text and not again.fixed


# Article lines beside lines that are page furniture, or would be joined with the line before
# by a pattern whose white space ran over the newline.
LINES = st.lists(st.sampled_from(
    ["Talks resumed later", "Our Newsletter", "Sign up", "for our newsletter", "Subscribe now",
     "Read more", "Share this article", "on Facebook", "Follow us", "All rights reserved",
     "Reporting by Will Dunham", "Editing by Tom Brown", "The vote is on Tuesday.", "Advertisement",
     "Pick Six", "Newsletter", "", " ", "Related:", "© 2024", "source", "Photo"]), max_size=10)


@given(LINES, st.sampled_from(["\n", "\n\n"]))
def test_a_deleting_fix_removes_only_the_lines_its_finding_reports(default_rules, lines, joiner):
    text = joiner.join(lines) + "\n"
    for prefilter in (False, True):
        doc = Document.from_string(text, "t.txt")
        for f in Linter(default_rules, prefilter=prefilter).lint(doc).findings:
            for e in f.fix.edits if f.fix else ():
                if e.replacement:
                    continue
                removed = {doc.position(i)[0] for i in range(e.start, e.end)
                           if not doc.text[i].isspace()}
                assert removed <= set(range(f.line, f.end_line + 1)), (f.rule_id, f.line)
            if f.pack == "boilerplate":  # page furniture is a line, never two
                assert f.line == f.end_line, f.rule_id


def test_an_unsafe_fix_keeps_the_article_line_before_a_newsletter_prompt(default_rules):
    text = "The talks ended on Monday.\n\nTalks resumed later\nOur Newsletter\n"
    linter = Linter(default_rules, prefilter=False)
    result = linter.lint(Document.from_string(text, "a.txt"))
    assert [(f.rule_id, f.line, f.end_line) for f in result.findings] == \
        [("newsletter-prompt", 4, 4)]
    assert fix_document(linter, result, unsafe=True).raw_text == \
        "The talks ended on Monday.\n\nTalks resumed later\n"


@given(st.lists(PIECES.filter(lambda p: not set(p) & set("\r\n\0")), max_size=12),
       st.sampled_from(["\r\n", "\r", "\n"]), st.sampled_from(["utf-8", "utf-16-le"]))
def test_fixes_keep_the_bom_and_the_newline_style(linter, lines, newline, codec):
    text = newline.join(lines)
    original = {"utf-8": codecs.BOM_UTF8, "utf-16-le": codecs.BOM_UTF16_LE}[codec] + \
        text.encode(codec)
    doc = decode(original, "t.txt")
    fixed = fix_document(linter, linter.lint(doc), unsafe=True)
    data = encode(doc, fixed.raw_text)
    assert data.startswith(original[:3 if codec == "utf-8" else 2])  # the BOM
    written = data.decode(codec).lstrip("\ufeff")
    others = {"\r\n", "\r", "\n"} - {newline}
    assert not any(nl in written.replace(newline, "") for nl in others)


@given(TEXTS.filter(lambda t: t.strip() and "\0" not in t))  # a NUL byte makes a file binary
def test_file_stdin_and_jsonl_give_the_same_findings(linter, tmp_path_factory, text):
    path = tmp_path_factory.mktemp("same") / "doc.txt"
    path.write_bytes(text.encode("utf-8"))
    text_format, jsonl = TextFormat(), input_format("jsonl")
    (from_file,) = text_format.read_path(path)
    (from_stdin,) = text_format.read_data(text.encode("utf-8"), "doc.txt")
    (from_jsonl,) = jsonl.read_data(json.dumps({"id": 1, "text": text}).encode(), "doc.txt")

    def seen(doc):
        return [(f.rule_id, f.line, f.column, f.end_line, f.end_column, f.message, f.fix)
                for f in linter.lint(doc).findings]
    assert seen(from_file) == seen(from_stdin) == seen(from_jsonl)


# -- the command line: interrupted writes, worker processes, the three ways in ----------------

@pytest.fixture
def cli(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # no project config is picked up from the checkout

    return check_cli("--format", "concise")


@pytest.mark.parametrize("broken", ["replace", "fsync"])
def test_interrupted_fix_leaves_the_file_intact(cli, tmp_path, monkeypatch, broken):
    original = "Officials in kyiv said.\r\nThe talks  ended.\r\n".encode("utf-8")
    (tmp_path / "a.txt").write_bytes(original)

    def fail(*args, **kwargs):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(os, broken, fail)
    result = cli("--fix", "a.txt")
    assert result.exit_code == 2
    assert result.stderr == "textlint-news: a.txt: not fixed: No space left on device\n"
    assert (tmp_path / "a.txt").read_bytes() == original
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]  # no temporary file left


def _corpus(tmp_path: Path) -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((DATA / "clean").glob("*.txt"))]
    texts += ["Officials in kyiv said the the talks failed .\r\n\r\nRead more: elsewhere\r\n",
              "\ufeffCaf\u00e9  &amp; <br> bar\u200b\rsource", "", "\n\n\n", "Youtube; Although"]
    for i, text in enumerate(texts):
        (tmp_path / f"doc{i:02}.txt").write_text(text, encoding="utf-8", newline="")
    return texts


def test_jobs_1_and_2_report_the_same(cli, tmp_path, monkeypatch):
    _corpus(tmp_path)
    one = cli("--jobs", "1", ".")
    monkeypatch.setattr(textlint_news.session.runner, "CHUNK_DOCUMENTS", 3)  # several chunks: real workers
    two = cli("--jobs", "2", ".")
    assert one.exit_code == two.exit_code == 1
    assert two.stdout == one.stdout
    assert one.stdout.count("\n") > 10


def test_file_stdin_and_jsonl_report_the_same(cli, tmp_path):
    texts = _corpus(tmp_path)
    records = "".join(json.dumps({"id": f"doc{i:02}.txt", "text": t}) + "\n"
                      for i, t in enumerate(texts))
    (tmp_path / "all.jsonl").write_text(records, encoding="utf-8")
    as_files = cli("--jobs", "1", ".").stdout.splitlines()
    as_jsonl = cli("--jobs", "1", "--jsonl", "all.jsonl").stdout.splitlines()
    assert [line.replace("all.jsonl:", "", 1) for line in as_jsonl[:-1]] == as_files[:-1]
    for name in sorted({line.split(":")[0] for line in as_files[:-1]}):
        as_stdin = cli("--stdin-filename", name, "-", input=(tmp_path / name).read_bytes())
        assert as_stdin.stdout.splitlines()[:-1] == [f for f in as_files if f.startswith(name)]
