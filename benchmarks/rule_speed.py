"""CPU seconds of each rule and of the whole run: the working tree against a commit, in one command.

    .venv/bin/python benchmarks/rule_speed.py --against main             # 1 MB of scraped news
    .venv/bin/python benchmarks/rule_speed.py --against main --mb 2 --runs 5 --top 20

The corpus is the one of ``speed.py`` (the aeb-dev scraped pages, repeated with variations),
under benchmarks/out/speed/. The code at ``--against`` is checked out into a temporary git
worktree and imported from there with ``PYTHONPATH``, as ``guard.py`` does. Each run measures,
for both sides one after the other (so a busy machine slows both alike):

- the whole run: ``textlint-news check --jobs 1`` on the corpus, CPU seconds of the process;
- each rule alone: its ``check`` over every document, in a process that has read the documents
  and worked out what the rules share (lines, blocks, language, the line units, the pre-pass
  lines, the English word list) beforehand, so that no rule is charged for what the first one
  to ask pays; its searches run under the timer of a run's turn (not with ``timeout=``).

Medians over ``--runs``; a ratio below 1 is the working tree being faster. "all rules" sums the
rules both sides have; rules only the working tree has are listed apart ("(new)"), with their
sum. Untimed first runs fill the pack cache of each side.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import speed  # noqa: E402  (the corpus, built as speed.py builds it)

ROOT = Path(__file__).resolve().parent.parent


def rule_seconds(folder: Path) -> dict[str, float]:
    """CPU seconds of each selected rule over the documents of ``folder`` (run in the child)."""
    from textlint_news.api import load_linter
    from textlint_news.document import Document
    from textlint_news.document.segments import units
    from textlint_news.matching import budget
    from textlint_news.matching.dictionary import is_english_word

    linter = load_linter()
    is_english_word("the")  # the word list, loaded by the first rule to ask
    linter.prefilter = True
    prepared = []
    for path in sorted(folder.glob("*.txt")):
        doc = Document.from_string(path.read_text(encoding="utf-8"), str(path))
        for view in ("blocks", "language", "hard_wrapped"):
            getattr(doc, view)  # worked out once, before any rule is timed
        units(doc, "line")
        prepared.append((doc, linter._candidates(doc) or {}))
        linter.observe(doc)
    seconds = {}
    for rule in linter.rules:
        blocks = linter.by_block.get(rule)
        started = time.process_time()
        # searches run plain under the turn's timer, as in a run (``timeout=`` is slower)
        with budget.turn():
            for doc, candidates in prepared:
                if rule.languages is not None and doc.language not in rule.languages:
                    continue  # as the engine skips it
                lines = candidates.get(rule)
                if lines is not None and blocks is not None:
                    lines = [n for n in lines if doc.blocks[n - 1] in blocks]
                if lines is None:
                    list(linter._check(rule, doc))
                elif lines:
                    list(rule.check_lines(doc, lines))
        seconds[rule.id] = time.process_time() - started
    return seconds


def measure(side: Path, folder: Path) -> dict[str, float]:
    """Per rule and ``whole run`` CPU seconds with the code under ``side``."""
    env = {**os.environ, "PYTHONPATH": str(side)}
    check = [sys.executable, "-m", "textlint_news", "check", "--jobs", "1", "--output-format",
             "concise", "--exit-zero", "-q", str(folder)]
    # run from the side's own folder: `-m` puts the working directory first on the path
    proc = subprocess.Popen(check, stdout=subprocess.DEVNULL, env=env, cwd=side)
    _, status, usage = os.wait4(proc.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"check failed with the code under {side}")
    child = subprocess.run([sys.executable, __file__, "--child", str(folder)], env=env,
                           capture_output=True, text=True, check=True)
    return {**json.loads(child.stdout), "whole run": usage.ru_utime + usage.ru_stime}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--against", help="the commit measured as the baseline")
    parser.add_argument("--mb", type=float, default=1, help="size of the corpus (default 1)")
    parser.add_argument("--runs", type=int, default=3, help="timed runs of each side (default 3)")
    parser.add_argument("--top", type=int, default=12, help="rules shown, costliest first")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.child:
        print(json.dumps(rule_seconds(options.child)))
        return
    if not options.against:
        parser.error("--against is required")
    folder, size, count = speed.build(speed.news_texts("scraped"), options.mb, "rules")
    with tempfile.TemporaryDirectory(prefix="rule-speed-") as temp:
        record = Path(temp) / "record"
        subprocess.run(["git", "worktree", "add", "--detach", "-q", str(record), options.against],
                       cwd=ROOT, check=True)
        try:
            sides = {options.against: record, "working tree": ROOT}
            for side in sides.values():
                measure(side, folder)  # untimed: fills the pack cache
            runs: dict[str, list[dict[str, float]]] = {name: [] for name in sides}
            for _ in range(options.runs):
                for name, side in sides.items():
                    runs[name].append(measure(side, folder))
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(record)], cwd=ROOT)
    before, after = ({key: statistics.median(run[key] for run in runs[name]) for key in runs[name][0]}
                     for name in sides)
    rules = sorted((key for key in before if key != "whole run"), key=before.get, reverse=True)
    before["all rules"] = sum(before[key] for key in rules)
    after["all rules"] = sum(after.get(key, 0.0) for key in rules)
    # rules only the working tree has: what they add to the whole run, costliest first
    added = sorted((key for key in after if key not in before), key=after.get, reverse=True)
    print(f"{size / 1e6:.1f} MB, {count} documents; CPU s, median of {options.runs} runs\n")
    print(f"| rule | {options.against} | working tree | ratio |\n| --- | ---: | ---: | ---: |")
    for key in rules[:options.top] + ["all rules"]:
        was, now = before[key], after.get(key, 0.0)
        print(f"| {key} | {was:.3f} | {now:.3f} | {now / was if was else 1.0:.2f} |")
    for key in added[:options.top]:
        print(f"| {key} (new) | | {after[key]:.3f} | |")
    if added:
        print(f"| {len(added)} new rules | | {sum(after[key] for key in added):.3f} | |")
    was, now = before["whole run"], after["whole run"]
    print(f"| whole run | {was:.3f} | {now:.3f} | {now / was if was else 1.0:.2f} |")


if __name__ == "__main__":
    main()
