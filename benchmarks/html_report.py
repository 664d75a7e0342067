"""Memory of ``--output-format html`` on a crawl, next to ``concise`` in the same run.

    .venv/bin/python benchmarks/html_report.py              # 1000 MB of JSONL, 200 sites
    .venv/bin/python benchmarks/html_report.py --mb 20      # a quick look

The crawl is the aeb-dev news text (as in speed.py) repeated with variations into JSONL files,
one folder per site (the report's site is the folder until sources set one), each record with
a url and a date. Both runs lint it with the default rules and ``--jobs 1``, so the reporter
lives in the measured process. It prints the peak RSS of each and their ratio: the html report
keeps counters and the 50 worst documents, so the ratio stays near 1 however large the crawl.
When Chromium is installed, it also times opening the report (load, scripts, charts drawn)
against opening an empty page, in the same run.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
from pathlib import Path

from speed import MB, OUT as SPEED_OUT, lint, measure, news_texts, documents

OUT = SPEED_OUT.parent / "html"


def build(mb: float, sites: int) -> Path:
    folder = OUT / f"crawl-{mb:g}mb-{sites}sites"
    if folder.exists():
        return folder
    texts = news_texts()
    tmp = folder.with_suffix(".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    outs = []
    for n in range(sites):
        (tmp / f"site-{n:03d}.example").mkdir(parents=True)
        outs.append(open(tmp / f"site-{n:03d}.example" / "part-0.jsonl", "w", encoding="utf-8"))
    for k, (doc_id, text) in enumerate(documents(texts, int(mb * MB))):
        site = k % sites
        record = {"id": doc_id, "text": text, "url": f"https://site-{site:03d}.example/{doc_id}",
                  "date": f"2026-11-{1 + k % 28:02d}"}
        outs[site].write(json.dumps(record, ensure_ascii=False) + "\n")
    for out in outs:
        out.close()
    tmp.rename(folder)
    return folder


def drawn_seconds(page: Path) -> float:
    """Seconds from navigation until every chart of the report is drawn, as the page itself
    records it (``data-drawn-ms``) in headless Chromium; the browser's own start-up, which
    varies with the machine's load, is not counted."""
    dom = subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu",
                          "--no-first-run", "--dump-dom",
                          page.as_uri()], capture_output=True, text=True, check=True,
                         timeout=300, env={"DBUS_SESSION_BUS_ADDRESS": "disabled:",
                                           "PATH": "/usr/bin:/bin"}).stdout
    return int(re.search(r'data-drawn-ms="(\d+)"', dom).group(1)) / 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=1000, help="size of the crawl's text")
    parser.add_argument("--sites", type=int, default=200)
    options = parser.parse_args()
    crawl = build(options.mb, options.sites)
    report = OUT / "report.html"
    # the crawl lies under the git-ignored benchmarks/out/
    common = ["--jsonl", "--no-respect-gitignore", "--jobs", "1", "--quiet", "--exit-zero",
              str(crawl)]
    # enough text that the rule pre-pass is compiled and cached before either measured run
    warm_up = OUT / "warm-up.jsonl"
    warm_up.write_text("".join(json.dumps({"text": text}) + "\n"
                               for _, text in documents(news_texts(), MB // 2)), encoding="utf-8")
    subprocess.run(lint(["--jsonl", "--jobs", "1", str(warm_up)]), capture_output=True)
    concise = measure("concise", lint([*common, "--output-format", "concise",
                                       "--output-file", str(OUT / "concise.txt")]))
    page = measure("html", lint([*common, "--output-format", "html",
                                 "--output-file", str(report)]))
    findings = sum(1 for _ in open(OUT / "concise.txt", encoding="utf-8")) - 1
    print(f"crawl: {options.mb:g} MB of JSONL text in {options.sites} site folders, "
          f"{findings} findings")
    print("| format | seconds | peak RSS (MB) | RSS / concise |\n|---|---:|---:|---:|")
    for run in (concise, page):
        print(f"| {run.name} | {run.seconds:.1f} | {run.rss_mb:.0f} | "
              f"{run.rss_mb / concise.rss_mb:.2f}x |")
    if shutil.which("chromium"):
        print(f"\nChromium: every chart of the report ({report.stat().st_size / MB:.1f} MB) "
              f"drawn {drawn_seconds(report):.2f} s after navigation")


if __name__ == "__main__":
    main()
