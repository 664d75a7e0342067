"""The README's code blocks are examples users copy: each one runs or loads as written.

Python blocks run in a fresh interpreter in an empty folder (the Spark one on a local[2]
session, with a small crawl made for it); config blocks load through the real config reader;
rule packs load and pass their own examples; the suppression example silences what it says.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from textlint_news import lint_text
from textlint_news.loading.config import load_config
from textlint_news.loading.packs import load_pack_text
from textlint_news.ruletest import check_all_examples

from ..conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
BLOCK = re.compile(r"^```(\w+)\n(.*?)^```$", re.S | re.M)
BLOCKS = [(m.group(1), m.group(2)) for m in BLOCK.finditer(README)]


def blocks(language: str, containing: str = "") -> list[str]:
    return [body for lang, body in BLOCKS if lang == language and containing in body]


def run_python(code: str, cwd: Path, env: dict[str, str] | None = None) -> str:
    proc = subprocess.run([sys.executable, "-c", code], cwd=cwd, capture_output=True, text=True,
                          timeout=600, env={**os.environ, **(env or {})})
    assert proc.returncode == 0, proc.stderr[-3000:]
    return proc.stdout


def test_every_block_is_checked_here():
    # a new kind of block needs a test below, or this list
    assert sorted({lang for lang, _ in BLOCKS}) == ["json", "markdown", "python", "toml", "yaml"]


def test_library_api_block_runs_as_written(tmp_path):
    (code,) = blocks("python", "load_linter")
    out = run_python(code, tmp_path)
    assert out.splitlines() == [
        'a1 1 10 proper-noun-case "kyiv" should be written "Kyiv" replace "kyiv" with "Kyiv"',
        'a1 1 21 html-entity HTML entity "&amp;" was not decoded replace "&amp;" with "&"',
    ]


@pytest.mark.spark
def test_spark_block_runs_as_written(tmp_path):
    pytest.importorskip("pyspark", reason="pyspark is not installed (pip install '.[spark]')")
    if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
        pytest.skip("no Java runtime for Spark")
    (code,) = blocks("python", "lint_dataframe")
    (tmp_path / "crawl").mkdir()
    records = [{"id": 1, "text": "Talks in kyiv ended.\n"}, {"id": 2, "text": "Talks ended.\n"}]
    (tmp_path / "crawl" / "day.jsonl").write_text(
        "".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    # as a user runs it: `.venv/bin/python app.py`, with no PYSPARK_PYTHON of their own
    env = {k: v for k, v in os.environ.items() if k != "PYSPARK_PYTHON"}
    proc = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True,
                          text=True, timeout=600, env=env)
    assert proc.returncode == 0, proc.stderr[-3000:]
    clean = [json.loads(line) for part in sorted((tmp_path / "lint" / "clean").glob("*.json"))
             for line in part.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in clean] == [2]
    assert list((tmp_path / "lint" / "findings").glob("*.parquet"))


def test_config_blocks_load(tmp_path):
    toml = blocks("toml")
    yaml_configs = [b for b in blocks("yaml") if "rules:" not in b and "repos:" not in b
                    and "jobs:" not in b]
    assert toml and not yaml_configs
    for n, body in enumerate(toml):
        path = tmp_path / f"p{n}" / "pyproject.toml"
        path.parent.mkdir()
        path.write_text(body, encoding="utf-8")
        config = load_config(path)  # raises on an unknown key or a wrong type
        assert config.source == str(path)


def test_rule_pack_blocks_load_and_pass_their_examples():
    packs = blocks("yaml", "rules:")
    assert len(packs) == 3
    pinned = 0
    for n, body in enumerate(packs):
        rules = load_pack_text(body, f"readme-{n}.yaml").rules
        total, failures = check_all_examples(rules)
        assert failures == []
        pinned += sum(e.pinned for r in rules for e in r.examples.invalid)
    assert pinned == 2  # the "Testing rules" block's mappings ran, not only its strings


def test_workflow_and_hook_blocks_are_valid_yaml():
    for body in blocks("yaml", "repos:") + blocks("yaml", "jobs:"):
        assert isinstance(YAML(typ="safe").load(body), dict)


def test_baseline_block_shows_the_written_format():
    (body,) = blocks("json")
    data = json.loads(body)
    assert data["textlint-news-baseline"] == 1
    assert set(data["findings"][0]) == {"path", "rule", "fingerprint", "line", "message"}


def test_suppression_block_silences_what_it_says():
    (body,) = blocks("markdown", "textlint-news-disable")
    assert lint_text(body) == []
