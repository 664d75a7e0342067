"""Building rules from inline YAML for unit tests."""

from __future__ import annotations

import functools
import textwrap

from click.testing import CliRunner

from textlint_news import Document, Linter, load_linter
from textlint_news.cli import main
from textlint_news.fixes.apply import apply_edits
from textlint_news.loading.config import Config
from textlint_news.loading.packs import load_pack_text


def rules_from_yaml(text: str, path: str = "test.yaml"):
    return load_pack_text(textwrap.dedent(text), path).rules


def lint(yaml_text: str, text: str):
    return Linter(rules_from_yaml(yaml_text)).lint(Document.from_string(text, "t.txt")).findings


@functools.cache
def linter_for(*codes: str) -> Linter:
    """A linter of the default rules ``codes`` select, one per selection for the whole test
    session: loading the packs costs about 0.4 s, which hundreds of tests paid each. Only for
    linting single documents: a test that observes a corpus builds its own."""
    return load_linter(Config(select=list(codes)))


def found(rule: str, text: str) -> list[tuple[str, int, int, str]]:
    """(rule, line, column, message) of the findings of one default rule on ``text``."""
    linter = linter_for(rule)
    return [(f.rule_id, f.line, f.column, f.message)
            for f in linter.lint(Document.from_string(text)).findings]


def fixed(text: str, finding) -> str:
    """``text`` with every edit of ``finding``'s fix applied, as ``--fix`` applies them."""
    return apply_edits(Document.from_string(text, "t.txt"), finding.fix.edits)


def spans(findings, text):
    doc = Document.from_string(text, "t.txt")
    return [(f.rule_id, f.line, f.column, doc.text[f.start:f.end]) for f in findings]


def run_cli(*args: str, input: str | bytes | None = None, env: dict | None = None,
            terminal_width: int | None = None):
    """``textlint-news ARGS``, the one CLI runner the test modules share (an exception is a
    failure of the test, never a result to look at: the CLI must not raise)."""
    return CliRunner().invoke(main, list(args), input=input, env=env, catch_exceptions=False,
                              terminal_width=terminal_width)


def cli(*leading: str):
    """``textlint-news check`` with ``leading`` options before each call's own arguments."""
    def invoke(*args: str, input: str | bytes | None = None):
        return run_cli("check", *leading, *args, input=input)
    return invoke
