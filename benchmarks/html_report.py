"""Memory of ``--output-format html`` on crawls of growing size, next to ``concise`` in the same
run, and the time Chromium takes to draw the report.

    .venv/bin/python benchmarks/html_report.py                      # 1000 MB of JSONL, 200 sites
    .venv/bin/python benchmarks/html_report.py --mb 50 200 500      # peak RSS across sizes
    .venv/bin/python benchmarks/html_report.py --mb 20 --defects    # ~100k findings, Chromium

The crawl is the aeb-dev news text (as in speed.py) repeated with variations into JSONL files,
one folder per site, each record with a url and a date; ``--defects`` adds a sentence with
several defects to every third line (report_memory.py's), for a crawl with many findings per
MB. It is built by a child process (a child's peak RSS counts the pages of the parent it was
forked from, so this process stays small) under the git-ignored benchmarks/out/html/.

Every run lints with the default rules (or ``--select``'s) and ``--jobs 1``, so the reporter lives in the measured
process. ``concise`` runs once, on the smallest crawl, as the baseline; ``html`` runs on each
size. It prints peak RSS per size and its ratio to the baseline: the html report keeps counters
and the 50 worst documents, so the ratio stays near 1 however large the crawl.

When Chromium is installed, the report of the largest crawl is opened ``--opens`` times in
headless Chromium and the page's own record of when every chart was drawn
(``data-drawn-ms``: ``performance.now()`` after the last plotly chart resolved, counted from
navigation start, so the browser's start-up is not in it) is printed, median and worst,
with the wall time of the whole ``chromium --headless --dump-dom`` run beside that of a blank
page.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from speed import MB, OUT as SPEED_OUT, documents, lint, measure, news_texts

OUT = SPEED_OUT.parent / "html"


def crawl_folder(mb: float, sites: int, defects: bool) -> Path:
    return OUT / f"crawl-{mb:g}mb-{sites}sites{'-defects' if defects else ''}"


def build(mb: float, sites: int, defects: bool) -> None:
    from report_memory import with_defects
    folder = crawl_folder(mb, sites, defects)
    if folder.exists():
        return
    tmp = folder.with_suffix(".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    outs = []
    for n in range(sites):
        (tmp / f"site-{n:03d}.example").mkdir(parents=True)
        outs.append(open(tmp / f"site-{n:03d}.example" / "part-0.jsonl", "w", encoding="utf-8"))
    for k, (doc_id, text) in enumerate(documents(news_texts(), int(mb * MB))):
        site = k % sites
        record = {"id": doc_id, "text": with_defects(text) if defects else text,
                  "url": f"https://site-{site:03d}.example/{doc_id}",
                  "date": f"2026-11-{1 + k % 28:02d}"}
        outs[site].write(json.dumps(record, ensure_ascii=False) + "\n")
    for out in outs:
        out.close()
    tmp.rename(folder)


def open_page(page: Path) -> tuple[float, str]:
    """Wall seconds of headless Chromium loading ``page`` and printing its DOM, and the DOM."""
    start = time.perf_counter()
    dom = subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu",
                          "--no-first-run", "--dump-dom",
                          page.as_uri()], capture_output=True, text=True, check=True,
                         timeout=300, env={"DBUS_SESSION_BUS_ADDRESS": "disabled:",
                                           "PATH": "/usr/bin:/bin"}).stdout
    return time.perf_counter() - start, dom


def drawn_seconds(dom: str) -> float:
    """Seconds from navigation until every chart of the report is drawn, as the page itself
    records it (``data-drawn-ms``)."""
    return int(re.search(r'data-drawn-ms="(\d+)"', dom).group(1)) / 1000


def total(page: Path, key: str) -> int:
    """A number of the report's totals cards, read from the page (never held whole)."""
    with open(page, encoding="utf-8") as lines:
        for line in lines:
            if match := re.search(rf'id="total-{key}">(\d+)<', line):
                return int(match.group(1))
    raise ValueError(f"no total-{key} in {page}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, nargs="+", default=[1000],
                        help="sizes of the crawl's text, each linted once (default 1000)")
    parser.add_argument("--sites", type=int, default=200)
    parser.add_argument("--defects", action="store_true",
                        help="add defects to every third line (many findings per MB)")
    parser.add_argument("--opens", type=int, default=3,
                        help="times the largest report is opened in Chromium (default 3; "
                             "0: not opened)")
    parser.add_argument("--select", metavar="CODES",
                        help="lint with these rules instead of the default ones: a cheap "
                             "selection takes a 1000 MB crawl through the reporter in minutes")
    parser.add_argument("--ignore", metavar="CODES",
                        help="rules not to run (the corpus rules keep counts of lines per site, "
                             "which grow with the crawl: ignoring them isolates the report)")
    parser.add_argument("--build-only", action="store_true", help=argparse.SUPPRESS)
    options = parser.parse_args()
    sizes = sorted(options.mb)
    if options.build_only:
        for mb in sizes:
            build(mb, options.sites, options.defects)
        return
    subprocess.run([sys.executable, __file__, "--build-only", "--sites", str(options.sites),
                    "--mb", *map(str, sizes), *(["--defects"] if options.defects else [])],
                   check=True)
    # the crawls lie under the git-ignored benchmarks/out/
    common = ["--jsonl", "--no-respect-gitignore", "--jobs", "1", "--quiet", "--exit-zero",
              *(["--select", options.select] if options.select else []),
              *(["--ignore", options.ignore] if options.ignore else [])]
    # enough text that the rule pre-pass is compiled and cached before any measured run
    OUT.mkdir(parents=True, exist_ok=True)
    warm_up = OUT / "warm-up.jsonl"
    warm_up.write_text("".join(json.dumps({"text": text}) + "\n"
                               for _, text in documents(news_texts(), MB // 2)), encoding="utf-8")
    subprocess.run(lint(["--jsonl", "--jobs", "1", str(warm_up)]), capture_output=True)
    crawls = [crawl_folder(mb, options.sites, options.defects) for mb in sizes]
    concise = measure("concise", lint([*common, "--output-format", "concise",
                                       "--output-file", str(OUT / "concise.txt"),
                                       str(crawls[0])]))
    print(f"crawls of JSONL text in {options.sites} site folders"
          f"{', defects added' if options.defects else ''}, rules: "
          f"{options.select or 'default'}{' but ' + options.ignore if options.ignore else ''}; "
          f"baseline: concise on "
          f"{sizes[0]:g} MB, peak RSS {concise.rss_mb:.0f} MB, {concise.seconds:.1f} s")
    print("| MB of text | findings | html seconds | MB/s | peak RSS (MB) | RSS / concise |\n"
          "|---:|---:|---:|---:|---:|---:|", flush=True)
    report = OUT / "report.html"
    for mb, crawl in zip(sizes, crawls):
        page = measure("html", lint([*common, "--output-format", "html",
                                     "--output-file", str(report), str(crawl)]))
        print(f"| {mb:g} | {total(report, 'findings')} | {page.seconds:.1f} | "
              f"{mb / page.seconds:.2f} | {page.rss_mb:.0f} | "
              f"{page.rss_mb / concise.rss_mb:.2f}x |", flush=True)
    if shutil.which("chromium") and options.opens:
        blank = OUT / "blank.html"
        blank.write_text("<!DOCTYPE html><title>blank</title>\n", encoding="utf-8")
        opened, drawn, empty = [], [], []
        for _ in range(options.opens):
            seconds, dom = open_page(report)
            opened.append(seconds)
            drawn.append(drawn_seconds(dom))
            empty.append(open_page(blank)[0])
        print(f"\nChromium, {sizes[-1]:g} MB crawl's report ({report.stat().st_size / MB:.1f} MB, "
              f"{total(report, 'findings')} findings), median of {options.opens} opens: every "
              f"chart drawn {statistics.median(drawn):.2f} s after navigation (worst "
              f"{max(drawn):.2f} s); the whole chromium run {statistics.median(opened):.2f} s "
              f"against {statistics.median(empty):.2f} s for a blank page")


if __name__ == "__main__":
    main()
