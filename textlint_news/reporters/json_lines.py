"""``json-lines``: one finding per line as it is found, for pipelines (``jq``, ``grep``)."""

from __future__ import annotations

from textlint_news.engine import DocumentResult
from textlint_news.findings import Finding
from textlint_news.reporters.base import Reporter
from textlint_news.reporters.json_report import dumps, finding_objects


class JsonLinesReporter(Reporter):
    def document(self, result: DocumentResult, findings: list[Finding]) -> None:
        for obj in finding_objects(result, findings):
            self.out.write(dumps(obj) + "\n")
