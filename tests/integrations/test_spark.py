"""Spark: the findings of a DataFrame column equal those of the CLI on the same records.

Runs a local[2] SparkSession; deselect with ``-m "not spark"``. CI installs pyspark and Java.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sys

import pytest


from ..conftest import DATA, SEED
from ..helpers import run_cli

pytestmark = pytest.mark.spark

pyspark = pytest.importorskip("pyspark", reason="pyspark is not installed (pip install '.[spark]')")
if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
    pytest.skip("no Java runtime for Spark (apt-get install default-jre-headless)",
                allow_module_level=True)

TEXTS = [p.read_text(encoding="utf-8") for p in sorted((DATA / "clean").glob("*.txt"))]
TEXTS.append(SEED.read_text(encoding="utf-8"))
DEFECTS = ["Talks in kyiv ended on the the second day .", "Read more: the full story",
           "Prices rose 5&nbsp;% in brussels ; Although"]


def records(n: int = 300) -> list[dict]:
    out = []
    for i in range(n):
        lines = TEXTS[i % len(TEXTS)].split("\n")
        cut = i % len(lines)
        lines = lines[cut:] + lines[:cut]  # every record a different text
        if i % 3 == 0:
            lines.insert(i % 5, DEFECTS[i % len(DEFECTS)])
        out.append({"id": i, "text": "\n".join(lines)})
    return out


@pytest.fixture(scope="module")
def spark():
    from pyspark.sql import SparkSession

    os.environ["PYSPARK_PYTHON"] = sys.executable  # the workers must see this environment
    session = (SparkSession.builder.master("local[2]").appName("textlint-news-test")
               .config("spark.ui.enabled", "false")
               .config("spark.sql.shuffle.partitions", "2").getOrCreate())
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


def test_spark_findings_equal_cli_findings(spark, tmp_path, monkeypatch):
    from textlint_news.integrations.spark import lint_dataframe

    rows = records()
    monkeypatch.chdir(tmp_path)
    (tmp_path / "r.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    result = run_cli("check", "--jsonl", "--format", "concise", "--exit-zero",
                                       "--jobs", "1", "r.jsonl")
    line = re.compile(r"^r\.jsonl:(\d+):(\d+):(\d+): (\w+)\[([\w-]+)\] (.*)$")
    cli = [m.groups() for m in map(line.match, result.stdout.splitlines()) if m]
    cli = sorted((int(i), int(ln), int(col), sev, rule, msg) for i, ln, col, sev, rule, msg in cli)

    df = spark.createDataFrame([(r["id"], r["text"]) for r in rows], "id long, text string")
    linted = lint_dataframe(df.repartition(4))
    found = sorted((r.id, r.line, r.column, r.severity, r.rule_id, r.message)
                   for r in linted.findings.collect())
    assert len(found) > 100
    assert found == cli

    failing = {i for i, _, _, sev, _, _ in cli if sev in ("error", "warning")}
    passed = {r.id: r.lint_passed for r in linted.documents.select("id", "lint_passed").collect()}
    assert passed == {r["id"]: r["id"] not in failing for r in rows}


def test_spark_sites_come_from_the_url_column_and_are_summarised(spark):
    from textlint_news.integrations.spark import lint_dataframe

    rows = [(1, "https://www.alpha.example/1", "Talks in kyiv ended &amp; resumed."),
            (2, "https://alpha.example/2", "Fine text."),
            (3, "http://beta.example/x", "The council met on the the same day."),
            (4, None, "Fine."),
            (5, "https://beta.example/y", None)]
    df = spark.createDataFrame(rows, "id long, link string, text string")
    linted = lint_dataframe(df.repartition(2), url_col="link")
    sites = {r.id: r.lint_site for r in linted.documents.select("id", "lint_site").collect()}
    assert sites == {1: "alpha.example", 2: "alpha.example", 3: "beta.example", 4: None,
                     5: "beta.example"}
    assert [tuple(r) for r in linted.sites.collect()] == [
        ("alpha.example", 2, 1, 2), ("beta.example", 2, 1, 1), (None, 1, 0, 0)]
    assert linted.sites.columns == ["site", "documents", "documents_failed", "findings"]
    # a column named url is used without being named; without one, no document has a site
    by_default = lint_dataframe(df.withColumnRenamed("link", "url")).documents
    assert by_default.where("lint_site = 'beta.example'").count() == 2
    assert lint_dataframe(df.drop("link")).sites.collect()[0].site is None
