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
import subprocess
import sys
from pathlib import Path

from speed import CLI, MB, OUT, documents, measure, news_texts

DEFECTS = " Officials in kyiv said the the talks ended &amp; resumed ."
FORMATS = (("concise", []), ("json", []), ("sarif", []), ("sarif", ["--max-results", "0"]))


def with_defects(text: str) -> str:
    lines = text.split("\n")
    return "\n".join(line + DEFECTS if i % 3 == 0 and line.strip() else line
                     for i, line in enumerate(lines))


def crawl_path(mb: float) -> Path:
    return OUT.parent / "report-memory" / f"crawl-{mb:g}mb.jsonl"


def build(mb: float) -> None:
    path = crawl_path(mb)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as records:
        for doc_id, text in documents(news_texts(), int(mb * MB)):
            records.write(json.dumps({"id": doc_id, "text": with_defects(text)},
                                     ensure_ascii=False) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=20, help="size of the crawl's text")
    parser.add_argument("--build-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.build_only:
        build(args.mb)
        return
    # built in another process: a child's peak RSS counts the parent's pages it was forked
    # with, so this process must stay small (it never holds the texts or a report)
    subprocess.run([sys.executable, __file__, "--mb", str(args.mb), "--build-only"], check=True)
    crawl = crawl_path(args.mb)
    report = crawl.with_suffix(".report")
    runs = []
    for fmt, extra in FORMATS:
        argv = [str(CLI), "check", "--jsonl", "--jobs", "1", "--quiet", "--exit-zero",
                "--format", fmt, *extra, "--output-file", str(report), str(crawl)]
        runs.append(measure(" ".join([fmt, *extra]), argv))
        if fmt == "concise":
            with open(report, encoding="utf-8") as lines:
                findings = sum(1 for _ in lines) - 1  # a line each, and the summary
    report.unlink()
    size = crawl.stat().st_size
    print(f"crawl: {size / MB:.1f} MB of JSONL, {findings} findings "
          f"({findings / (size / 1000):.1f} per KB)")
    print(f"{'format':<24}{'peak RSS MB':>12}{'x concise':>11}{'seconds':>9}")
    for run in runs:
        print(f"{run.name:<24}{run.rss_mb:>12.0f}{run.rss_mb / runs[0].rss_mb:>11.2f}"
              f"{run.seconds:>9.1f}")


if __name__ == "__main__":
    sys.exit(main())
