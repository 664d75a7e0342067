"""Output formats. A new format is one module and one line in ``REPORTERS``.

A run imports only the reporter it uses: junit's XML escaping alone pulls in urllib and email
(about 20 ms of a 0.2 s small run), so ``REPORTERS`` maps each name to where its class lives.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping
from typing import Any

from textlint_news.reporters.base import Reporter, Summary


class _Lazy(Mapping[str, type[Reporter]]):
    """Format name -> reporter class, each module imported on first use."""

    def __init__(self, where: dict[str, str]) -> None:
        self.where = where

    def __getitem__(self, name: str) -> type[Reporter]:
        module, _, cls = self.where[name].partition(":")
        return getattr(importlib.import_module(f"textlint_news.reporters.{module}"), cls)

    def __iter__(self) -> Iterator[str]:
        return iter(self.where)

    def __len__(self) -> int:
        return len(self.where)


REPORTERS: Mapping[str, type[Reporter]] = _Lazy({
    "full": "full:FullReporter",
    "concise": "concise:ConciseReporter",
    "json": "json_report:JsonReporter",
    "json-lines": "json_lines:JsonLinesReporter",
    "github": "github:GithubReporter",
    "sarif": "sarif:SarifReporter",
    "junit": "junit:JunitReporter",
    "gitlab": "gitlab:GitlabReporter",
    "html": "html:HtmlReporter",
})


def reporter_for(output_format: str, statistics: str = "") -> type[Reporter]:
    """The reporter of ``--output-format``; with ``--statistics`` (``rule`` or ``site``), counts
    per rule or site instead (as JSON for the JSON formats, else a table)."""
    if statistics:
        from textlint_news.reporters.stats import SITE_STATISTICS, STATISTICS, StatisticsReporter
        if statistics == "site":
            return SITE_STATISTICS.get(output_format, SITE_STATISTICS["text"])
        return STATISTICS.get(output_format, StatisticsReporter)
    return REPORTERS[output_format]


def __getattr__(name: str) -> Any:
    if name == "StatisticsReporter":
        from textlint_news.reporters.stats import StatisticsReporter
        return StatisticsReporter
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["REPORTERS", "Reporter", "StatisticsReporter", "Summary", "reporter_for"]
