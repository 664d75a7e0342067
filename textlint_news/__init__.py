"""textlint-news: a linter for text scraped from news web pages."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

# The public names, each imported from its module on first use: importing the package itself
# (which every ``textlint_news.*`` import does first) then costs nothing, so the program can
# set up before the modules load (see cli/startup.py).
_PUBLIC = {"fix_text": "api", "lint_text": "api", "load_linter": "api",
           "Config": "loading.config", "Document": "document", "Linter": "engine",
           "Edit": "findings", "Finding": "findings", "Fix": "findings", "Severity": "findings"}

if TYPE_CHECKING:
    from textlint_news.api import fix_text, lint_text, load_linter
    from textlint_news.document import Document
    from textlint_news.engine import Linter
    from textlint_news.findings import Edit, Finding, Fix, Severity
    from textlint_news.loading.config import Config


def __getattr__(name: str) -> Any:
    module = _PUBLIC.get(name)
    if module is None:
        raise AttributeError(f"module 'textlint_news' has no attribute '{name}'")
    value = getattr(importlib.import_module(f"textlint_news.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_PUBLIC})


__all__ = ["Config", "Document", "Edit", "Finding", "Fix", "Linter", "Severity", "__version__",
           "fix_text", "lint_text", "load_linter"]
