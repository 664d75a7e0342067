"""Lint a text column of a Spark DataFrame (``pip install 'textlint-news[spark]'``).

The documents are linted inside the executors with ``mapInPandas``; each executor's Python
worker builds the ``Linter`` once and reuses it for every batch and task it runs. The result
is the input with three columns added (``lint_site``, ``lint_passed``, ``lint_findings``) and,
derived from it, one row per finding with the document id and one row per site. Corpus rules (footers shared across a site) get the
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

from textlint_news.api import load_linter
from textlint_news.loading.config import Config
from textlint_news.document import Document
from textlint_news.engine import Corpus, Linter
from textlint_news.findings import Finding
from textlint_news.session.gate import Gate
from textlint_news.document.sites import url_host

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
    documents: DataFrame  # the input plus lint_site, lint_passed and lint_findings
    findings: DataFrame   # the id column plus the fields of FINDING, one row per finding
    sites: DataFrame      # site, documents, documents_failed, findings; most findings first


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
                   config: Config | None = None, fail_on: str = "warning",
                   url_col: str | None = None) -> LintedFrames:
    """Lint ``df[text_col]``; a document passes when no finding is at or above ``fail_on``.

    A document's site (``lint_site``) is the host of ``url_col`` (default: the ``url`` column,
    if there is one), without ``www.``, as on the command line; null without a URL. Corpus
    rules compare the documents of one site. A null text is not linted: it has no findings
    and a null ``lint_passed``.
    """
    config_key = pickle.dumps(config or Config())
    gate = Gate(fail_on)
    if url_col is None and "url" in df.columns:
        url_col = "url"
    corpus = _observe(df, text_col, url_col, config_key) \
        if _linter(config_key).corpus_rules else None
    shared = df.sparkSession.sparkContext.broadcast(pickle.dumps(corpus))
    schema = StructType(df.schema.fields + [StructField("lint_site", StringType(), True),
                                            StructField("lint_passed", BooleanType(), True),
                                            StructField("lint_findings", ArrayType(FINDING), False)])

    def lint_batches(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
        linter = _linter(config_key)
        linter.corpus = pickle.loads(shared.value)
        for batch in batches:
            passed, rows, sites = [], [], _sites(batch, url_col)
            for doc in _documents(batch, text_col, url_col, id_col):
                if doc is None:
                    passed.append(None)
                    rows.append([])
                    continue
                findings = linter.lint(doc).findings
                passed.append(gate.passes(findings))
                rows.append([_row(f) for f in findings])
            yield batch.assign(lint_site=sites, lint_passed=passed, lint_findings=rows)

    documents = df.mapInPandas(lint_batches, schema)
    findings = (documents.select(id_col, F.explode("lint_findings").alias("finding"))
                .select(id_col, "finding.*"))
    sites = (documents.groupBy(F.col("lint_site").alias("site"))
             .agg(F.count(F.lit(1)).alias("documents"),
                  F.count(F.when(~F.col("lint_passed"), 1)).alias("documents_failed"),
                  F.sum(F.size("lint_findings")).alias("findings"))
             .orderBy(F.desc("findings"), F.desc("documents"), F.asc_nulls_last("site")))
    return LintedFrames(documents, findings, sites)


def _sites(batch: pd.DataFrame, url_col: str | None) -> list[str | None]:
    return [url_host(url) for url in batch[url_col]] if url_col else [None] * len(batch)


def _documents(batch: pd.DataFrame, text_col: str, url_col: str | None,
               id_col: str | None = None) -> Iterator[Document | None]:
    """The rows of a batch as documents that know their site; None for a null text."""
    ids = batch[id_col] if id_col else [None] * len(batch)
    for text, record_id, site in zip(batch[text_col], ids, _sites(batch, url_col)):
        if not isinstance(text, str):
            yield None
            continue
        doc = Document.from_string(text, text_col,
                                   record_id=None if record_id is None else str(record_id))
        doc.site = site
        yield doc


def _observe(df: DataFrame, text_col: str, url_col: str | None, config_key: bytes) -> Corpus:
    """The corpus rules' observations of every document, merged on the driver."""
    def observe_batches(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
        linter = _linter(config_key)
        linter.corpus = Corpus()
        for batch in batches:
            linter.observe_all(_documents(batch, text_col, url_col))
        yield pd.DataFrame({"corpus": [pickle.dumps(linter.corpus)]})

    schema = StructType([StructField("corpus", BinaryType(), False)])
    corpus = Corpus()
    columns = [text_col, url_col] if url_col else [text_col]
    for row in df.select(*columns).mapInPandas(observe_batches, schema).toLocalIterator():
        corpus.merge(pickle.loads(row.corpus))
    return corpus
