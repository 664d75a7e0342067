"""Speed and memory of textlint-news on a crawl of real news text, next to its floor and a peer.

    .venv/bin/python benchmarks/speed.py            # the table in the README
    .venv/bin/python benchmarks/speed.py --mb 5 --rss-mb 5 20 --no-proselint   # a quick look

From one run it prints throughput (MB/s, documents/s) of ``textlint-news check`` with the full
default rule set, ``--jobs 1`` and ``--jobs 2``, on a folder of files and on the same documents
as JSONL; the peak RSS of JSONL runs of two sizes (memory must stay flat as the input grows);
the wall time of linting one small file (the pre-commit case); and, over the same folder,
``cat`` and ``grep -P`` (the floor) and proselint from PyPI in a throw-away venv (a peer),
each as a ratio to textlint-news in the same run.

The corpus is built from the aeb-dev news pages (benchmarks/data/aeb-dev, or shared/ beside the
repository), repeated with variations (lines rotated, numbers changed) until it reaches
``--mb``, under benchmarks/out/speed/ (git-ignored).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "out" / "speed"
SOURCES = (ROOT / "benchmarks" / "data" / "aeb-dev" / "docs",
           ROOT.parent / "shared" / "data" / "aeb-dev" / "docs")
SMALL_FILE = ROOT / "seeds" / "000_5861c99586ffce41.txt"
CLI = Path(sys.executable).with_name("textlint-news")
MB = 1_000_000


@dataclass
class Run:
    name: str
    seconds: float
    rss_mb: float  # peak resident set of the largest process of the run
    cpu: float     # user + system CPU seconds of the run and its worker processes
    size: int = 0
    documents: int = 0

    @property
    def mb_s(self) -> float:
        return self.size / MB / self.seconds

    @property
    def docs_s(self) -> float:
        return self.documents / self.seconds


def news_texts() -> list[str]:
    for folder in SOURCES:
        files = sorted(folder.glob("*.txt"))
        if files:
            print(f"news text from {folder}", file=sys.stderr)
            return [f.read_text(encoding="utf-8") for f in files]
    sys.exit(f"no news text found in {' or '.join(map(str, SOURCES))}")


def variant(text: str, copy: int) -> str:
    """The same article, lines rotated and digits shifted, so no two documents are equal."""
    lines = text.split("\n")
    cut = copy % max(len(lines), 1)
    lines = lines[cut:] + lines[:cut]
    shift = str.maketrans("0123456789", "".join(str((d + copy) % 10) for d in range(10)))
    return "\n".join(lines).translate(shift)


def documents(texts: list[str], size: int):
    """(id, text) pairs until ``size`` bytes of text."""
    total = copy = 0
    while total < size:
        for n, text in enumerate(texts):
            doc = variant(text, copy)
            yield f"{copy}-{n}", doc
            total += len(doc.encode("utf-8"))
            if total >= size:
                return
        copy += 1


def build(texts: list[str], mb: float) -> tuple[Path, Path, int, int]:
    folder, jsonl = OUT / f"txt-{mb:g}mb", OUT / f"corpus-{mb:g}mb.jsonl"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    size = count = 0
    with open(jsonl, "w", encoding="utf-8") as records:
        for doc_id, text in documents(texts, int(mb * MB)):
            (folder / f"{doc_id}.txt").write_text(text, encoding="utf-8")
            records.write(json.dumps({"id": doc_id, "text": text}, ensure_ascii=False) + "\n")
            size += len(text.encode("utf-8"))
            count += 1
    return folder, jsonl, size, count


def build_jsonl(texts: list[str], mb: float) -> Path:
    path = OUT / f"rss-{mb:g}mb.jsonl"
    with open(path, "w", encoding="utf-8") as records:
        for doc_id, text in documents(texts, int(mb * MB)):
            records.write(json.dumps({"id": doc_id, "text": text}, ensure_ascii=False) + "\n")
    return path


def measure(name: str, argv: list[str], shell: bool = False) -> Run:
    """Wall time and peak RSS (of the process or its largest child) of one command."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, shell=shell)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0, 1):
        sys.exit(f"{name} failed with exit code {proc.returncode}: {argv}")
    return Run(name, seconds, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime)


def lint(args: list[str]) -> list[str]:
    return [str(CLI), "check", "--format", "concise", "--exit-zero", "--quiet", *args]


def proselint_venv(tmp: Path) -> Path | None:
    venv = tmp / "proselint-venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    done = subprocess.run([str(venv / "bin" / "pip"), "install", "--quiet", "proselint"],
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return venv / "bin" / "proselint" if done.returncode == 0 else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mb", type=float, default=20, help="size of the corpus (default 20)")
    parser.add_argument("--rss-mb", type=float, nargs=2, default=(100, 400),
                        help="sizes of the two JSONL files whose peak RSS is compared")
    parser.add_argument("--no-proselint", action="store_true", help="skip the peer")
    options = parser.parse_args()

    texts = news_texts()
    folder, jsonl, size, count = build(texts, options.mb)
    print(f"corpus: {count} documents, {size / MB:.1f} MB of text, in {folder} and {jsonl.name}",
          file=sys.stderr)
    runs: list[Run] = []

    def add(run: Run, corpus: bool = True) -> Run:
        if corpus:
            run.size, run.documents = size, count
        runs.append(run)
        print(f"  {run.name}: {run.seconds:.2f} s", file=sys.stderr)
        return run

    # an untimed first run fills the caches of parsed rule packs and of the compiled Hyperscan
    # database, as any earlier run on the machine does; the timed runs then measure linting
    warm = build_jsonl(texts, 0.5)
    measure("warm-up", lint(["--jsonl", "--jobs", "1", str(warm)]))
    warm.unlink()
    j1 = add(measure("textlint-news --jobs 1 (folder)", lint(["--jobs", "1", str(folder)])))
    j2 = add(measure("textlint-news --jobs 2 (folder)", lint(["--jobs", "2", str(folder)])))
    add(measure("textlint-news --jobs 1 (JSONL)", lint(["--jsonl", "--jobs", "1", str(jsonl)])))
    add(measure("textlint-news --jobs 2 (JSONL)", lint(["--jsonl", "--jobs", "2", str(jsonl)])))
    small = min((measure("one small file", lint([str(SMALL_FILE)])) for _ in range(5)),
                key=lambda r: r.seconds)
    add(small, corpus=False)
    add(measure("cat (floor)", f"find '{folder}' -type f -exec cat {{}} +", shell=True))
    add(measure("grep -P (floor)", ["grep", "-rcP", r"(?<=\w) [.,;:](?=\s|$)", str(folder)]))
    peer = None
    if not options.no_proselint:
        with tempfile.TemporaryDirectory() as tmp:
            exe = proselint_venv(Path(tmp))
            if exe is None:
                print("  proselint could not be installed: peer skipped", file=sys.stderr)
            else:
                peer = add(measure("proselint 0.16 (peer)", [str(exe), "check", str(folder)]))

    rss = []
    for mb in options.rss_mb:
        path = build_jsonl(texts, mb)
        run = measure(f"RSS, {mb:g} MB JSONL, --jobs 1", lint(["--jsonl", "--jobs", "1", str(path)]))
        rss.append((mb, run))
        print(f"  {run.name}: {run.rss_mb:.0f} MB in {run.seconds:.1f} s", file=sys.stderr)
        path.unlink()

    print(f"\n{count} documents, {size / MB:.1f} MB of news text; full default rule set; "
          f"{os.cpu_count()} CPUs; load average {os.getloadavg()[0]:.1f} at the end (other "
          "work on the machine slows wall times; CPU s is less affected)\n")
    print("| run | MB/s | documents/s | wall s | CPU s | peak RSS MB | vs textlint-news --jobs 1 |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for run in runs:
        if run is small:
            print(f"| {run.name} | | | {run.seconds:.3f} | {run.cpu:.3f} | {run.rss_mb:.0f} | |")
            continue
        ratio = run.mb_s / j1.mb_s
        print(f"| {run.name} | {run.mb_s:.2f} | {run.docs_s:.0f} | {run.seconds:.2f} | "
              f"{run.cpu:.2f} | {run.rss_mb:.0f} | {ratio:.2f}x |")
    for mb, run in rss:
        print(f"| {run.name} | {mb / run.seconds:.2f} | | {run.seconds:.1f} | {run.cpu:.1f} | "
              f"{run.rss_mb:.0f} | |")

    best = max(j1.mb_s, j2.mb_s)
    growth = rss[1][1].rss_mb - rss[0][1].rss_mb
    print("\n| target | measured | met |\n| --- | --- | --- |")
    targets = [
        (">= 10 MB/s with --jobs 1", f"{j1.mb_s:.2f} MB/s", j1.mb_s >= 10),
        ("--jobs 2 >= 1.8 x --jobs 1", f"{j2.mb_s / j1.mb_s:.2f} x", j2.mb_s >= 1.8 * j1.mb_s),
        ("peak RSS <= 150 MB, flat with input size",
         f"{rss[0][1].rss_mb:.0f} MB at {rss[0][0]:g} MB, {rss[1][1].rss_mb:.0f} MB at "
         f"{rss[1][0]:g} MB", max(r.rss_mb for _, r in rss) <= 150 and growth < 10),
        ("one small file <= 0.3 s", f"{small.seconds:.3f} s", small.seconds <= 0.3),
    ]
    if peer is not None:
        targets.append((">= 30 x proselint", f"{best / peer.mb_s:.1f} x", best >= 30 * peer.mb_s))
    for name, value, met in targets:
        print(f"| {name} | {value} | {'yes' if met else 'no'} |")


if __name__ == "__main__":
    main()
