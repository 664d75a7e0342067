"""The library API: build a ``Linter`` from a configuration, or lint or fix a string in one call."""

from __future__ import annotations

from functools import lru_cache

from textlint_news.loading.config import Config
from textlint_news.document import BOM, Document
from textlint_news.engine import Linter, codes_of
from textlint_news.findings import Finding
from textlint_news.fixes.apply import fix_document
from textlint_news.kinds import Rule
from textlint_news.loading.packs import load_packs
from textlint_news.loading.selection import Selection, per_file_ignores


def load_rules(config: Config) -> list[Rule]:
    """Every rule of the configured packs (default packs first), before selection."""
    return [rule for pack in load_packs(config.rules, config.default_rules) for rule in pack.rules]


def load_linter(config: Config | None = None) -> Linter:
    """A linter with the rules ``config`` selects (the defaults when None)."""
    config = config or Config()
    selection = Selection(config.select, config.extend_select, config.ignore)
    rules = load_rules(config)
    return Linter(selection.apply(rules), known_codes=codes_of(rules),
                  per_file_ignores=per_file_ignores(config.per_file_ignores, rules))


@lru_cache(maxsize=1)
def _default_linter() -> Linter:
    return load_linter()


def lint_text(text: str, config: Config | None = None, path: str = "-") -> list[Finding]:
    """Findings for one text; with no config the default rules are loaded once and reused."""
    linter = _default_linter() if config is None else load_linter(config)
    return linter.lint_text(text, path)


def fix_text(text: str, config: Config | None = None, unsafe: bool = False,
             path: str = "-") -> tuple[str, list[Finding]]:
    """``text`` with its fixes applied, as ``--fix`` (``--unsafe-fixes`` with ``unsafe``) would
    write it (newlines and BOM kept), and the findings that remain in it."""
    linter = _default_linter() if config is None else load_linter(config)
    doc = Document.from_string(text, path)
    fixed = fix_document(linter, linter.lint(doc), unsafe)
    return (BOM if doc.has_bom else "") + fixed.raw_text, fixed.result.findings
