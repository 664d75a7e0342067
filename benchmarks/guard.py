"""Byte-for-byte guard for changes that must not change behaviour (a restructure, a speed-up).

    .venv/bin/python benchmarks/guard.py --against main~3     # the working tree against a commit
    .venv/bin/python benchmarks/guard.py --against HEAD --keep /tmp/guard   # keep both outputs

Both the code at ``--against`` (checked out into a temporary git worktree and imported from
there with ``PYTHONPATH``) and the working tree run the same command lines over the same
inputs, written once into a scratch folder so that every path in every report is the same:

- aeb-dev's scraped, linked and truth texts (``benchmarks/data/aeb-dev/docs``, 177 files);
- the seed article (``seeds/``) and a Markdown file (this checkout's README);
- a generated crawl: aeb-dev truth texts with one defect each injected (``inject.py``, fixed
  seed) as JSON Lines records of four sites, so that the corpus rules group by site.

Every output format, ``--statistics rule|site``, ``--diff --unsafe-fixes``, ``--fix`` (the
files after it), ``--fixed-output``/``--passed``/``--quarantine``, ``rules``, ``rules test``
and ``rule ID`` of every rule are compared: stdout, stderr, exit code and every file written.
The first difference of each run is printed; exit 1 when any run differs.
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
AEB = ROOT / "benchmarks" / "data" / "aeb-dev" / "docs"
FORMATS = ("concise", "full", "github", "gitlab", "json", "json-lines", "junit", "sarif", "html")


def write_inputs(folder: Path) -> None:
    """The inputs every run reads, written once so that both sides see the same bytes."""
    shutil.copytree(AEB, folder / "aeb")
    shutil.copytree(ROOT / "seeds", folder / "seed")
    (folder / "markdown").mkdir()
    shutil.copy(ROOT / "README.md", folder / "markdown" / "README.md")
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import inject

    rng = random.Random(20261129)
    injectors = [injector for injector, _tag in inject.INJECTORS.values()]
    with (folder / "crawl.jsonl").open("w", encoding="utf-8") as out:
        for number, path in enumerate(sorted(AEB.glob("*.truth.txt"))):
            text = path.read_text(encoding="utf-8")
            title = text.split("\n", 1)[0]
            injected = injectors[number % len(injectors)](text, title, rng)
            record = {"id": path.stem, "text": injected.text if injected else text,
                      "url": f"https://site{number % 4}.example/{path.stem}",
                      "date": f"2026-11-{1 + number % 28:02d}"}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def runs(rule_ids: list[str]) -> list[tuple[str, list[str], list[str]]]:
    """(name, arguments, files to compare afterwards) for every run; paths relative to the inputs."""
    plain = ["aeb", "seed", "markdown"]
    out: list[tuple[str, list[str], list[str]]] = []
    for fmt in FORMATS:
        out.append((f"{fmt}-files", ["check", "-q", "--output-format", fmt, *plain], []))
        out.append((f"{fmt}-crawl", ["check", "-q", "--output-format", fmt, "crawl.jsonl"], []))
    for what in ("rule", "site"):
        out.append((f"statistics-{what}-files", ["check", "-q", "--statistics", what, *plain], []))
        out.append((f"statistics-{what}-crawl", ["check", "-q", "--statistics", what, "crawl.jsonl"], []))
    out.append(("diff", ["check", "-q", "--diff", "--unsafe-fixes", *plain], []))
    out.append(("fix", ["check", "-q", "--fix", "--unsafe-fixes", "--show-fixes", *plain],
                ["aeb", "seed", "markdown"]))
    out.append(("crawl-split", ["check", "-q", "--fix", "--unsafe-fixes", "--fixed-output", "fixed.jsonl",
                                "--passed", "passed.jsonl", "--quarantine", "quarantine.jsonl",
                                "crawl.jsonl"], ["fixed.jsonl", "passed.jsonl", "quarantine.jsonl"]))
    out.append(("rules", ["rules"], []))
    out.append(("rules-test", ["rules", "test"], []))
    out.extend((f"rule-{rule_id}", ["rule", rule_id], []) for rule_id in rule_ids)
    return out


def run_all(pythonpath: Path, inputs: Path, scratch: Path, rule_ids: list[str]) -> dict[str, str]:
    """Every run of ``runs`` with the code under ``pythonpath``; what each printed and wrote."""
    env = {**os.environ, "PYTHONPATH": str(pythonpath), "NO_COLOR": "1", "COLUMNS": "100",
           "TEXTLINT_NEWS_CACHE_DIR": ""}
    env.pop("FORCE_COLOR", None)
    results: dict[str, str] = {}
    for name, args, files in runs(rule_ids):
        shutil.rmtree(scratch, ignore_errors=True)
        shutil.copytree(inputs, scratch)
        done = subprocess.run([sys.executable, "-m", "textlint_news", *args], cwd=scratch, env=env,
                              capture_output=True, text=True, errors="replace")
        parts = [f"exit {done.returncode}", "--- stdout", done.stdout, "--- stderr", done.stderr]
        for file in files:
            target = scratch / file
            paths = sorted(p for p in target.rglob("*") if p.is_file()) if target.is_dir() else [target]
            for path in paths:
                content = path.read_text(encoding="utf-8", errors="replace") if path.exists() else "(absent)"
                parts += [f"--- {path.relative_to(scratch)}", content]
        results[name] = "\n".join(parts)
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--against", required=True, help="the commit whose behaviour is the record")
    parser.add_argument("--keep", type=Path, help="write both sides' outputs into this folder")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="guard-") as temp_name:
        temp = Path(temp_name)
        write_inputs(temp / "inputs")
        subprocess.run(["git", "worktree", "add", "--detach", "-q", str(temp / "record"), options.against],
                       cwd=ROOT, check=True)
        try:
            listing = subprocess.run([sys.executable, "-m", "textlint_news", "rules"], cwd=ROOT,
                                     capture_output=True, text=True, check=True).stdout
            rule_ids = [line.split()[0] for line in listing.splitlines()[1:] if line.strip()]
            before = run_all(temp / "record", temp / "inputs", temp / "scratch", rule_ids)
            after = run_all(ROOT, temp / "inputs", temp / "scratch", rule_ids)
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(temp / "record")], cwd=ROOT)
    differing = [name for name in before if before[name] != after.get(name)]
    for name in differing:
        diff = difflib.unified_diff(before[name].splitlines(), after[name].splitlines(),
                                    f"{name} ({options.against})", f"{name} (working tree)", lineterm="", n=1)
        print("\n".join(list(diff)[:30]))
    if options.keep:
        for side, outputs in (("record", before), ("working-tree", after)):
            (options.keep / side).mkdir(parents=True, exist_ok=True)
            for name, text in outputs.items():
                (options.keep / side / f"{name}.txt").write_text(text, encoding="utf-8")
    print(f"{len(before) - len(differing)} of {len(before)} runs identical to {options.against}"
          f" ({len(rule_ids)} rules)")
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
