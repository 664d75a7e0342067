"""Building rules from inline YAML for unit tests."""

from __future__ import annotations

import textwrap

from click.testing import CliRunner

from textlint_news import Document, Linter
from textlint_news.cli import main
from textlint_news.loading.packs import load_pack_text


def rules_from_yaml(text: str, path: str = "test.yaml"):
    return load_pack_text(textwrap.dedent(text), path).rules


def lint(yaml_text: str, text: str):
    return Linter(rules_from_yaml(yaml_text)).lint(Document.from_string(text, "t.txt")).findings


def spans(findings, text):
    doc = Document.from_string(text, "t.txt")
    return [(f.rule_id, f.line, f.column, doc.text[f.start:f.end]) for f in findings]


def cli(*leading: str):
    """``textlint-news check`` with ``leading`` options before each call's own arguments,
    the one CLI runner the test modules share."""
    def invoke(*args: str, input: str | bytes | None = None):
        return CliRunner().invoke(main, ["check", *leading, *args], input=input,
                                  catch_exceptions=False)
    return invoke
