"""Peak memory of the ``json`` and ``sarif`` reports next to ``concise``, on a crawl with many
findings: the reports must stream, so their peak RSS stays near that of a line-per-finding
format whatever the number of findings.

    .venv/bin/python benchmarks/report_memory.py             # 20 MB crawl
    .venv/bin/python benchmarks/report_memory.py --mb 5      # a quick look

The crawl is news text (as in speed.py) with a sentence holding several defects added to
every third line (several findings per KB of text, more than the crawl of issue 13 had), written
as JSONL under benchmarks/out/report-memory/ (git-ignored). Each format runs once,
``--jobs 1`` so that linting and reporting share one process, the report going to a file;
peak RSS is printed in MB and as a ratio to ``concise`` in the same run. ``sarif`` runs
twice: with the default cap (25,000 results) and with ``--max-results 0`` (every result).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from speed import CLI, MB, OUT, documents, measure, news_texts

DEFECTS = " Officials in kyiv said the the talks ended &amp; resumed ."
FORMATS = (("concise", []), ("json", []), ("sarif", []), ("sarif", ["--max-results", "0"]))


def with_defects(text: str) -> str:
    lines = text.split("\n")
    return "\n".join(line + DEFECTS if i % 3 == 0 and line.strip() else line
                     for i, line in enumerate(lines))


def build(mb: float) -> Path:
    folder = OUT.parent / "report-memory"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"crawl-{mb:g}mb.jsonl"
    with open(path, "w", encoding="utf-8") as records:
        for doc_id, text in documents(news_texts(), int(mb * MB)):
            records.write(json.dumps({"id": doc_id, "text": with_defects(text)},
                                     ensure_ascii=False) + "\n")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=20, help="size of the crawl's text")
    args = parser.parse_args()
    crawl = build(args.mb)
    report = crawl.with_suffix(".report")
    rows = []
    for fmt, extra in FORMATS:
        argv = [str(CLI), "check", "--jsonl", "--jobs", "1", "--quiet", "--exit-zero",
                "--format", fmt, *extra, "--output-file", str(report), str(crawl)]
        run = measure(" ".join([fmt, *extra]), argv)
        findings = (json.loads(report.read_text(encoding="utf-8"))["summary"]["findings"]
                    if fmt == "json" else None)
        rows.append((run, findings))
    report.unlink()
    base = rows[0][0].rss_mb
    findings = next(f for _, f in rows if f is not None)
    size = crawl.stat().st_size
    print(f"crawl: {size / MB:.1f} MB of JSONL, {findings} findings "
          f"({findings / (size / 1000):.1f} per KB)")
    print(f"{'format':<24}{'peak RSS MB':>12}{'x concise':>11}{'seconds':>9}")
    for run, _ in rows:
        print(f"{run.name:<24}{run.rss_mb:>12.0f}{run.rss_mb / base:>11.2f}{run.seconds:>9.1f}")


if __name__ == "__main__":
    sys.exit(main())
