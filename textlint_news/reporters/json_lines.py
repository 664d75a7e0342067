"""``json-lines``: one finding per line as it is found, for pipelines (``jq``, ``grep``)."""

from __future__ import annotations

from ..engine import DocumentResult
from ..findings import Finding
from .base import Reporter
from .json_report import dumps, finding_objects


class JsonLinesReporter(Reporter):
    def document(self, result: DocumentResult, findings: list[Finding]) -> None:
        for obj in finding_objects(result, findings):
            self.out.write(dumps(obj) + "\n")
