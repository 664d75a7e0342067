"""The datatrove steps inside real pipelines: JSONL in, the filter or the annotator, JSONL out."""

from __future__ import annotations

import gzip
import json
import re
import subprocess
import sys

import pytest

pytest.importorskip("datatrove", reason="needs the datatrove extra")

from datatrove.executor import LocalPipelineExecutor  # noqa: E402
from datatrove.pipeline.readers import JsonlReader  # noqa: E402
from datatrove.pipeline.writers import JsonlWriter  # noqa: E402

from textlint_news.loading.config import Config  # noqa: E402
from textlint_news.integrations.datatrove import TextlintAnnotator, TextlintFilter  # noqa: E402

from ..conftest import ROOT  # noqa: E402
from ..reporters.test_reporters import PACK  # noqa: E402

RECORDS = [
    {"id": "a", "text": "Officials said the the talks ended .", "url": "https://a.example/1"},
    {"id": "b", "text": "Prices rose &amp; fell.", "url": "https://b.example/2"},
    {"id": "c", "text": "A clean sentence.", "url": "https://a.example/3"},
    {"id": "d", "text": "Trading ended .", "url": "https://b.example/4"},
]


@pytest.fixture
def crawl(tmp_path):
    pack = tmp_path / "house.yaml"
    pack.write_text(PACK, encoding="utf-8")
    (tmp_path / "in").mkdir()
    for part, records in (("part-0", RECORDS[:2]), ("part-1", RECORDS[2:])):
        with open(tmp_path / "in" / f"{part}.jsonl", "w", encoding="utf-8") as out:
            out.writelines(json.dumps(r) + "\n" for r in records)
    return tmp_path, Config(rules=[pack], default_rules=False)


def run(tmp_path, step):
    LocalPipelineExecutor(
        [JsonlReader(str(tmp_path / "in")), step,
         JsonlWriter(str(tmp_path / "out"), output_filename="${rank}.jsonl", compression=None)],
        tasks=1, logging_dir=str(tmp_path / "logs")).run()


def read(folder):
    records = [json.loads(line) for path in sorted(folder.glob("*.jsonl"))
               for line in path.read_text(encoding="utf-8").splitlines()]
    return {r["id"]: r for r in records}


def brief(record):
    """What textlint-news wrote into a record: the failed rules and (rule, line, column, text)."""
    meta = record["metadata"]["textlint_news"]
    return meta["failed"], [(f["rule"], f["line"], f["column"], f["text"]) for f in meta["findings"]]


def test_filter_drops_the_documents_that_fail_the_gate(crawl):
    tmp_path, config = crawl
    run(tmp_path, TextlintFilter(config, exclusion_writer=JsonlWriter(
        str(tmp_path / "dropped"), output_filename="${rank}.jsonl", compression=None)))
    kept, dropped = read(tmp_path / "out"), read(tmp_path / "dropped")
    assert sorted(kept) == ["c", "d"]
    assert brief(kept["c"]) == ([], [])
    assert brief(kept["d"]) == ([], [("space-dot", 1, 14, " .")])  # info does not fail
    assert sorted(dropped) == ["a", "b"]
    assert brief(dropped["a"]) == (["doubled-the"], [("doubled-the", 1, 16, "the the"),
                                                     ("space-dot", 1, 35, " .")])
    assert brief(dropped["b"]) == (["html-amp"], [("html-amp", 1, 13, "&amp;")])
    assert dropped["a"]["metadata"]["filter_reason"] == "textlint_news"
    # the record's other fields and its text travel unchanged
    assert kept["d"]["text"] == "Trading ended ."
    assert kept["d"]["metadata"]["url"] == "https://b.example/4"
    finding = dropped["b"]["metadata"]["textlint_news"]["findings"][0]
    assert (finding["severity"], finding["message"], finding["record_id"]) == \
        ("error", 'undecoded entity "&amp;"', "b")


def test_filter_gate_follows_fail_on(crawl):
    tmp_path, config = crawl
    run(tmp_path, TextlintFilter(config, fail_on="info"))
    assert sorted(read(tmp_path / "out")) == ["c"]


def test_annotator_keeps_every_document(crawl):
    tmp_path, config = crawl
    run(tmp_path, TextlintAnnotator(config))
    records = read(tmp_path / "out")
    assert sorted(records) == ["a", "b", "c", "d"]
    assert [brief(records[i])[0] for i in "abcd"] == [["doubled-the"], ["html-amp"], [], []]


def test_unknown_fail_on_is_refused():
    with pytest.raises(ValueError, match="fail_on must be one of error, warning, info, never, "
                                         "not 'fatal'"):
        TextlintFilter(fail_on="fatal")


def test_readme_block_runs_as_written(tmp_path):
    """With the default rules, in four worker processes (the steps are pickled to them)."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    (code,) = [b for b in re.findall(r"^```python\n(.*?)^```$", readme, re.S | re.M)
               if "TextlintFilter" in b]
    (tmp_path / "crawl").mkdir()
    records = [{"id": "1", "text": "Talks in kyiv ended.\n"}, {"id": "2", "text": "Talks ended.\n"}]
    (tmp_path / "crawl" / "day.jsonl").write_text(
        "".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    proc = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True,
                          text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]

    def ids(folder):
        return [json.loads(line)["id"] for path in sorted((tmp_path / folder).glob("*.jsonl.gz"))
                for line in gzip.decompress(path.read_bytes()).decode().splitlines()]
    assert (ids("clean"), ids("rejected")) == (["2"], ["1"])
