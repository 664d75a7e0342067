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
from .stats import STATISTICS, StatisticsReporter

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


def reporter_for(output_format: str, statistics: bool = False) -> type[Reporter]:
    """The reporter of ``--output-format``; with ``--statistics``, counts per rule instead (as
    JSON for the JSON formats, else a table)."""
    if statistics:
        return STATISTICS.get(output_format, StatisticsReporter)
    return REPORTERS[output_format]


__all__ = ["REPORTERS", "Reporter", "StatisticsReporter", "Summary", "reporter_for"]
