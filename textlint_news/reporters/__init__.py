"""Output formats. A new format is one module and one line in ``REPORTERS``."""

from __future__ import annotations

from .base import Reporter, Summary
from .concise import ConciseReporter
from .full import FullReporter
from .github import GithubReporter
from .gitlab import GitlabReporter
from .html import HtmlReporter
from .json_lines import JsonLinesReporter
from .json_report import JsonReporter
from .junit import JunitReporter
from .sarif import SarifReporter
from .stats import SITE_STATISTICS, STATISTICS, StatisticsReporter

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
