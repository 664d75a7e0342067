"""Output formats. A new format is one module and one line in ``REPORTERS``."""

from __future__ import annotations

from textlint_news.reporters.base import Reporter, Summary
from textlint_news.reporters.concise import ConciseReporter
from textlint_news.reporters.full import FullReporter
from textlint_news.reporters.github import GithubReporter
from textlint_news.reporters.gitlab import GitlabReporter
from textlint_news.reporters.html import HtmlReporter
from textlint_news.reporters.json_lines import JsonLinesReporter
from textlint_news.reporters.json_report import JsonReporter
from textlint_news.reporters.junit import JunitReporter
from textlint_news.reporters.sarif import SarifReporter
from textlint_news.reporters.stats import SITE_STATISTICS, STATISTICS, StatisticsReporter

REPORTERS: dict[str, type[Reporter]] = {
    "full": FullReporter,
    "concise": ConciseReporter,
    "json": JsonReporter,
    "json-lines": JsonLinesReporter,
    "github": GithubReporter,
    "sarif": SarifReporter,
    "junit": JunitReporter,
    "gitlab": GitlabReporter,
    "html": HtmlReporter,
}


def reporter_for(output_format: str, statistics: str = "") -> type[Reporter]:
    """The reporter of ``--output-format``; with ``--statistics`` (``rule`` or ``site``), counts
    per rule or site instead (as JSON for the JSON formats, else a table)."""
    if statistics == "site":
        return SITE_STATISTICS.get(output_format, SITE_STATISTICS["text"])
    if statistics:
        return STATISTICS.get(output_format, StatisticsReporter)
    return REPORTERS[output_format]


__all__ = ["REPORTERS", "Reporter", "StatisticsReporter", "Summary", "reporter_for"]
