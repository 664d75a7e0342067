"""textlint-news: a linter for text scraped from news web pages."""

from __future__ import annotations

__version__ = "0.1.0"

from textlint_news.api import fix_text, lint_text, load_linter  # noqa: E402
from textlint_news.loading.config import Config  # noqa: E402
from textlint_news.document import Document  # noqa: E402
from textlint_news.engine import Linter  # noqa: E402
from textlint_news.findings import Edit, Finding, Fix, Severity  # noqa: E402

__all__ = ["Config", "Document", "Edit", "Finding", "Fix", "Linter", "Severity", "__version__",
           "fix_text", "lint_text", "load_linter"]
