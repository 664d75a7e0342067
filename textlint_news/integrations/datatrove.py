"""textlint-news as datatrove pipeline steps (``pip install 'textlint-news[datatrove]'``).

``TextlintAnnotator`` adds each document's findings to its metadata and passes every document
on; ``TextlintFilter`` does the same and drops the documents that fail the gate (a finding at
or above ``fail_on``, as ``check --quarantine`` decides for a record), so an
``exclusion_writer`` keeps them with the reason. The metadata under ``textlint_news`` is
``{"findings": [...], "failed": [rule ids at or above fail_on]}``; the findings are the
objects of the ``json`` output format.

Each step builds its linter on first use in the process that runs it: datatrove pickles steps
to its workers, and compiled rules stay in the worker. Documents are linted one at a time, so
corpus rules (a line recurring across a site's documents) see a corpus of one and stay silent.
"""

from __future__ import annotations

from typing import Any

from datatrove.data import Document as DatatroveDocument, DocumentsPipeline
from datatrove.pipeline.base import PipelineStep
from datatrove.pipeline.filters.base_filter import BaseFilter
from datatrove.pipeline.writers.disk_base import DiskWriter

from textlint_news.api import load_linter
from textlint_news.loading.config import Config
from textlint_news.document import Document
from textlint_news.engine import Linter
from textlint_news.session.gate import Gate
from textlint_news.reporters.json_report import finding_objects

METADATA_KEY = "textlint_news"
DROP_REASON = "textlint_news"


class _Linting:
    """Lints a datatrove document and records the findings in its metadata."""

    def _setup(self, config: Config | None, fail_on: str | None) -> None:
        self.config = config
        self.fail_on = fail_on or (config.fail_on if config else "warning")
        self.gate = Gate(self.fail_on)  # a ValueError names the choices
        self._linter: Linter | None = None

    @property
    def linter(self) -> Linter:
        if self._linter is None:
            self._linter = load_linter(self.config)
        return self._linter

    def __getstate__(self) -> dict[str, Any]:
        return {**self.__dict__, "_linter": None}  # compiled rules do not travel to workers

    def annotate(self, doc: DatatroveDocument) -> list[str]:
        """Adds the findings to ``doc.metadata``; returns the ids of the rules that fail it."""
        path = str(doc.metadata.get("file_path", "datatrove"))
        result = self.linter.lint(Document.from_string(doc.text, path, record_id=str(doc.id)))
        failed = self.gate.failing_rules(result.findings)
        doc.metadata[METADATA_KEY] = {"findings": finding_objects(result, result.findings),
                                      "failed": failed}
        return failed


class TextlintAnnotator(_Linting, PipelineStep):
    """Adds the findings of each document to its metadata; drops nothing."""

    name = "textlint-news annotator"
    type = "📊 - ANNOTATOR"

    def __init__(self, config: Config | None = None, fail_on: str | None = None) -> None:
        super().__init__()
        self._setup(config, fail_on)

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        for doc in data:
            with self.track_time():
                failed = self.annotate(doc)
            self.stat_update("failed" if failed else "passed")
            yield doc


class TextlintFilter(_Linting, BaseFilter):
    """Keeps the documents that pass the gate; the dropped ones go to ``exclusion_writer``
    with their findings in the metadata."""

    name = "textlint-news filter"

    def __init__(self, config: Config | None = None, fail_on: str | None = None,
                 exclusion_writer: DiskWriter | None = None) -> None:
        super().__init__(exclusion_writer=exclusion_writer)
        self._setup(config, fail_on)

    def filter(self, doc: DatatroveDocument) -> bool | tuple[bool, str]:
        return (False, DROP_REASON) if self.annotate(doc) else True
