"""Throughput of Parquet, Arrow (a saved dataset) and WET input as a ratio of JSONL's, on the
same documents, in one run.

    .venv/bin/python benchmarks/corpus_formats.py            # 10 MB of text
    .venv/bin/python benchmarks/corpus_formats.py --mb 2     # a quick look

The documents are the aeb-dev news text of speed.py, repeated with variations; each format
holds exactly the same (id, text) pairs: a .jsonl, a .parquet, a saved-dataset folder and a
.warc.wet.gz (one gzip member per record, as Common Crawl writes them). Each is linted with
the default rules and ``--jobs 1`` (reading is what differs, and one process measures it
without the scheduling noise of workers), ``--repeat`` times in turn; the best run of each
counts. The ratio to JSONL (target: at least 0.9) is of CPU seconds (user + system), which
other processes on a shared machine disturb far less than wall time; wall seconds, MB of text
per wall second and peak RSS are printed beside it. The start-up of each run is included:
pyarrow's import costs Parquet and Arrow a fixed ~0.4 s, which a small ``--mb`` magnifies.
Needs the parquet and warc extras.
"""

from __future__ import annotations

import argparse
import gzip
import json
import shutil
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from speed import MB, OUT as SPEED_OUT, documents, lint, measure, news_texts

OUT = SPEED_OUT.parent / "formats"


def wet_record(number: int, doc_id: str, text: str) -> bytes:
    block = text.encode("utf-8")
    headers = ("WARC/1.0\r\nWARC-Type: conversion\r\n"
               f"WARC-Target-URI: https://news.example/{doc_id}\r\n"
               "WARC-Date: 2026-11-01T00:00:00Z\r\n"
               f"WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-{number:012d}>\r\n"
               f"Content-Type: text/plain\r\nContent-Length: {len(block)}\r\n\r\n")
    return headers.encode() + block + b"\r\n\r\n"


def build(mb: float) -> dict[str, Path]:
    folder = OUT / f"{mb:g}mb"
    paths = {"jsonl": folder / "day.jsonl", "parquet": folder / "day.parquet",
             "arrow": folder / "dataset", "wet": folder / "day.warc.wet.gz"}
    if folder.exists():
        return paths
    tmp = folder.with_suffix(".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    rows = [{"id": doc_id, "text": text}
            for doc_id, text in documents(news_texts(), int(mb * MB))]
    with open(tmp / "day.jsonl", "w", encoding="utf-8") as out:
        out.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    table = pa.Table.from_pylist(rows)
    pq.write_table(table, tmp / "day.parquet", row_group_size=1000)
    (tmp / "dataset").mkdir()
    with pa.ipc.new_stream(str(tmp / "dataset" / "data-00000-of-00001.arrow"),
                           table.schema) as writer:
        writer.write_table(table, max_chunksize=1000)
    (tmp / "dataset" / "state.json").write_text(json.dumps(
        {"_data_files": [{"filename": "data-00000-of-00001.arrow"}]}), encoding="utf-8")
    with open(tmp / "day.warc.wet.gz", "wb") as out:
        for n, r in enumerate(rows, 1):
            out.write(gzip.compress(wet_record(n, r["id"], r["text"]), mtime=0))
    tmp.rename(folder)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mb", type=float, default=10, help="text in each format (default 10)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each (default 3)")
    args = parser.parse_args()
    paths = build(args.mb)
    best = {}
    for _ in range(args.repeat):
        for name, path in paths.items():
            run = measure(name, lint(["--jobs", "1", "--no-respect-gitignore",  # out/ is ignored
                                      "--input-format", name, str(path)]))
            if name not in best or run.cpu < best[name].cpu:
                best[name] = run
    base = best["jsonl"].cpu
    print(f"{'format':8} {'CPU s':>7} {'wall s':>7} {'MB/s':>6} {'peak MB':>8} {'vs JSONL':>9}")
    for name, run in best.items():
        print(f"{name:8} {run.cpu:7.2f} {run.seconds:7.2f} {args.mb / run.seconds:6.2f} "
              f"{run.rss_mb:8.0f} {base / run.cpu:9.2f}")


if __name__ == "__main__":
    main()
