"""Lint a text column of a Spark DataFrame (``pip install 'textlint-news[spark]'``).

The documents are linted inside the executors with ``mapInPandas``; each executor's Python
worker builds the ``Linter`` once and reuses it for every batch and task it runs. The result
is the input with two columns added (``lint_passed``, ``lint_findings``) and, derived from it,
one row per finding with the document id. Corpus rules (footers shared across a site) get the
same pre-pass as on the command line: the executors observe their partitions, the driver
merges the observations and broadcasts them to the lint pass.
"""

from __future__ import annotations

import pickle
from dataclasses import dataclass
from typing import Iterator

import pandas as pd
from pyspark.sql import DataFrame
from pyspark.sql import functions as F
from pyspark.sql.types import (ArrayType, BinaryType, BooleanType, IntegerType, StringType,
                               StructField, StructType)

from .api import load_linter
from .config import Config
from .document import Document
from .engine import Corpus, Linter
from .findings import Finding, Severity

FINDING = StructType([
    StructField("rule_id", StringType(), False),
    StructField("pack", StringType(), False),
    StructField("severity", StringType(), False),
    StructField("line", IntegerType(), False),
    StructField("column", IntegerType(), False),
    StructField("end_line", IntegerType(), False),
    StructField("end_column", IntegerType(), False),
    StructField("message", StringType(), False),
    StructField("suggestion", StringType(), True),
])


@dataclass
class LintedFrames:
    documents: DataFrame  # the input plus lint_passed and lint_findings
    findings: DataFrame   # the id column plus the fields of FINDING, one row per finding


# one Linter per Python worker process and configuration: rules are compiled once there
_linters: dict[bytes, Linter] = {}


def _linter(config_key: bytes) -> Linter:
    if config_key not in _linters:
        _linters[config_key] = load_linter(pickle.loads(config_key))
    return _linters[config_key]


def _row(f: Finding) -> dict:
    return {"rule_id": f.rule_id, "pack": f.pack, "severity": str(f.severity), "line": f.line,
            "column": f.column, "end_line": f.end_line, "end_column": f.end_column,
            "message": f.message, "suggestion": f.suggestion}


def lint_dataframe(df: DataFrame, text_col: str = "text", id_col: str = "id",
                   config: Config | None = None, fail_on: str = "warning") -> LintedFrames:
    """Lint ``df[text_col]``; a document passes when no finding is at or above ``fail_on``.

    A null text is not linted: it has no findings and a null ``lint_passed``.
    """
    config_key = pickle.dumps(config or Config())
    threshold = None if fail_on == "never" else Severity.parse(fail_on)
    corpus = _observe(df, text_col, config_key) if _linter(config_key).corpus_rules else None
    shared = df.sparkSession.sparkContext.broadcast(pickle.dumps(corpus))
    schema = StructType(df.schema.fields + [StructField("lint_passed", BooleanType(), True),
                                            StructField("lint_findings", ArrayType(FINDING), False)])

    def lint_batches(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
        linter = _linter(config_key)
        linter.corpus = pickle.loads(shared.value)
        for batch in batches:
            passed, rows = [], []
            for text, record_id in zip(batch[text_col], batch[id_col]):
                if not isinstance(text, str):
                    passed.append(None)
                    rows.append([])
                    continue
                doc = Document.from_string(text, text_col, record_id=str(record_id))
                findings = linter.lint(doc).findings
                passed.append(threshold is None or all(f.severity < threshold for f in findings))
                rows.append([_row(f) for f in findings])
            yield batch.assign(lint_passed=passed, lint_findings=rows)

    documents = df.mapInPandas(lint_batches, schema)
    findings = (documents.select(id_col, F.explode("lint_findings").alias("finding"))
                .select(id_col, "finding.*"))
    return LintedFrames(documents, findings)


def _observe(df: DataFrame, text_col: str, config_key: bytes) -> Corpus:
    """The corpus rules' observations of every document, merged on the driver."""
    def observe_batches(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
        linter = _linter(config_key)
        linter.corpus = Corpus()
        for batch in batches:
            for text in batch[text_col]:
                if isinstance(text, str):
                    linter.observe(Document.from_string(text, text_col))
        yield pd.DataFrame({"corpus": [pickle.dumps(linter.corpus)]})

    schema = StructType([StructField("corpus", BinaryType(), False)])
    corpus = Corpus()
    for row in df.select(text_col).mapInPandas(observe_batches, schema).toLocalIterator():
        corpus.merge(pickle.loads(row.corpus))
    return corpus
