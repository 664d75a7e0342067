"""Output formats. A new format is one module and one line in ``REPORTERS``."""

from __future__ import annotations

from .base import Reporter, Summary
from .concise import ConciseReporter
from .full import FullReporter
from .github import GithubReporter
from .gitlab import GitlabReporter
from .json_lines import JsonLinesReporter
from .json_report import JsonReporter
from .junit import JunitReporter
from .sarif import SarifReporter
from .stats import StatisticsReporter

REPORTERS: dict[str, type[Reporter]] = {
    "full": FullReporter,
    "concise": ConciseReporter,
    "json": JsonReporter,
    "json-lines": JsonLinesReporter,
    "github": GithubReporter,
    "sarif": SarifReporter,
    "junit": JunitReporter,
    "gitlab": GitlabReporter,
}

__all__ = ["REPORTERS", "Reporter", "StatisticsReporter", "Summary"]
