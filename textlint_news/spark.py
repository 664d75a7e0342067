"""``textlint_news.spark``, the import path documented before ``integrations/``: the same API."""

from textlint_news.integrations.spark import LintedFrames, lint_dataframe

__all__ = ["LintedFrames", "lint_dataframe"]
