"""Copy a small, fixed subset of the shared sources into benchmarks/data/subset/ (same layout),
so that tests/e2e/test_quality.py runs without the shared data.

    .venv/bin/python benchmarks/make_subset.py [--data-root ../shared/data]

aeb-dev-extractors: PAGES English and NON_EN other pages per part, the paragraph-lines
extractors and truth/. trafilatura-eval: SITES pages per part (English and not, raw file under
MAX_RAW bytes). Pages are taken in name order, so a re-run gives the same copy.
"""

from __future__ import annotations

import argparse
import gzip
import json
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from quality import SUBSET, find_shared  # noqa: E402
from splits import PARTS, split_of_page, split_of_site  # noqa: E402

PAGES, NON_EN = 4, 1
SITES, SITES_EN = 16, 8
MAX_RAW = 24_000


def _jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines]


def _write_jsonl(path: Path, rows: list[dict]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                    encoding="utf-8")


def copy_extractors(src: Path, dst: Path) -> None:
    pages = _jsonl(src / "pages.jsonl")
    chosen = []
    for part in PARTS:
        rows = sorted((p for p in pages if split_of_page(p["page"]) == part),
                      key=lambda p: p["page"])
        chosen += [p for p in rows if p["language"] == "en"][:PAGES]
        chosen += [p for p in rows if p["language"] != "en"][:NON_EN]
    keep = {p["page"] for p in chosen}
    groups = json.loads((src / "extractors.json").read_text(encoding="utf-8"))
    extractors = {e: g for e, g in groups.items() if g == "paragraph-lines"}
    dst.mkdir(parents=True)
    for name in ("LICENSE", "README.md"):
        shutil.copy(src / name, dst / name)
    (dst / "extractors.json").write_text(json.dumps(extractors, indent=1) + "\n", encoding="utf-8")
    _write_jsonl(dst / "pages.jsonl", chosen)
    for folder in [*extractors, "truth"]:
        (dst / folder).mkdir()
        for page in sorted(keep):
            shutil.copy(src / folder / f"{page}.txt", dst / folder / f"{page}.txt")
    with gzip.open(src / "labels.jsonl.gz", "rt", encoding="utf-8") as lines, \
            gzip.open(dst / "labels.jsonl.gz", "wt", encoding="utf-8") as out:
        for line in lines:
            row = json.loads(line)
            if row["page"] in keep and row["extractor"] in extractors:
                out.write(line)


def copy_trafilatura(src: Path, dst: Path) -> None:
    pages = _jsonl(src / "pages.jsonl")
    chosen = []
    for part in PARTS:
        rows = sorted((p for p in pages if split_of_site(p["site"]) == part
                       and (src / "raw" / f"{p['name']}.txt").stat().st_size <= MAX_RAW
                       and p["raw_boilerplate_lines"] and p["raw_article_lines"]),
                      key=lambda p: p["name"])
        english = [p for p in rows if p["language"] == "en"][:SITES_EN]
        chosen += english + [p for p in rows if p["language"] != "en"][:SITES - len(english)]
    keep = {p["name"] for p in chosen}
    dst.mkdir(parents=True)
    for name in ("LICENSE", "README.md"):
        shutil.copy(src / name, dst / name)
    _write_jsonl(dst / "pages.jsonl", chosen)
    _write_jsonl(dst / "labels.jsonl", [r for r in _jsonl(src / "labels.jsonl")
                                        if r["name"] in keep])
    for kind in ("raw", "clean"):
        (dst / kind).mkdir()
        for name in sorted(keep):
            shutil.copy(src / kind / f"{name}.txt", dst / kind / f"{name}.txt")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data-root", type=Path, default=find_shared())
    args = parser.parse_args()
    if args.data_root is None:
        parser.error("no shared/data folder found beside the checkout; pass --data-root")
    shutil.rmtree(SUBSET, ignore_errors=True)
    copy_extractors(args.data_root / "aeb-dev-extractors", SUBSET / "aeb-dev-extractors")
    copy_trafilatura(args.data_root / "trafilatura-eval", SUBSET / "trafilatura-eval")
    (SUBSET / "README.md").write_text(
        "A small copy of two shared data sources, same layout, made by benchmarks/make_subset.py "
        "(see its docstring for\nwhich pages); each folder keeps its source's README and "
        "LICENSE. The counts in those READMEs are\nthe full sources'. Used by "
        "tests/e2e/test_quality.py; `benchmarks/quality.py --data-root` this folder.\n",
        encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
