"""Linear time and memory on inputs built to be slow: one document of 1, 2, 4 and 8 MB per shape.

    .venv/bin/python benchmarks/linear.py                 # the check in the README
    .venv/bin/python benchmarks/linear.py --mb 0.25 0.5   # a quick look (first size is the base)

Shapes: distinct lines of ordinary words (``repeated-pull-quote`` compares every line with the
lines before it), distinct capitalised names each written three times and once in lowercase
(``case-inconsistency`` looks up every name), and ``"x\\n"`` repeated (the most lines per
byte: what the document keeps per line). Each document is linted by the full default rule set
with the Hyperscan pre-pass that a run uses on large documents (loaded before the clock
starts; ``--no-prefilter`` for a platform without it), in a child process of its own that
reports its time and peak RSS (``resource.getrusage``). The check: seconds per MB at the
largest size over seconds per MB at the smallest, and the same for RSS, stay under
``--max-ratio`` (1.75), and no rule hits its time limit (a skipped rule would make a large
document look cheap); exit 1 otherwise.
"""

from __future__ import annotations

import argparse
import itertools
import json
import string
import subprocess
import sys

MB = 1_000_000
WORDS = ("the", "talks", "ended", "on", "monday", "and", "officials", "said", "a", "vote",
         "was", "due", "in", "may", "after", "week", "of", "rain", "city", "council")


def _names():
    """Distinct words of letters only: ba, bb, ... (no digit, so each is one \\w word)."""
    for size in itertools.count(2):
        for letters in itertools.product(string.ascii_lowercase, repeat=size):
            yield "".join(letters)


def distinct_lines(size: int) -> str:
    """Lines of eight words that no other line repeats (word sequences all differ)."""
    lines, total, names = [], 0, _names()
    while total < size:
        n = next(names)
        line = f"The {n} report said {WORDS[len(lines) % 20]} {n}s came {WORDS[total % 19]} late."
        lines.append(line)
        total += len(line) + 1
    return "\n".join(lines) + "\n"


def distinct_names(size: int) -> str:
    """Each name capitalised three times mid-sentence and once in lowercase: all suspects."""
    lines, total, names = [], 0, _names()
    while total < size:
        name = "Zq" + next(names)
        line = (f"We met {name} and then {name}, so {name} left; "
                f"the {name.lower()} stayed.")
        lines.append(line)
        total += len(line) + 1
    return "\n".join(lines) + "\n"


def short_lines(size: int) -> str:
    return "x\n" * (size // 2)


SHAPES = {"distinct lines": distinct_lines, "distinct capitalised names": distinct_names,
          "x\\n lines": short_lines}

CHILD = """
import json, resource, sys, time
from textlint_news import Config, Document, Linter
from textlint_news.api import load_rules
sys.path.insert(0, {bench!r})
import linear
text = linear.SHAPES[{shape!r}]({size})
linter = Linter(load_rules(Config()), prefilter={prefilter})
linter.lint(Document.from_string("A warm-up.\\n", "small.txt"))  # loads the pre-pass, if on
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start = time.perf_counter()
result = linter.lint(Document.from_string(text, "big.txt"))
seconds = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({{"seconds": seconds, "rss_mb": (peak - base) / 1024,
                  "findings": len(result.findings), "timeouts": len(result.notices)}}))
"""


def measure(shape: str, size: int, prefilter: bool) -> dict:
    bench = str(__import__("pathlib").Path(__file__).resolve().parent)
    child = CHILD.format(bench=bench, shape=shape, size=size, prefilter=prefilter)
    out = subprocess.run([sys.executable, "-c", child],
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, nargs="+", default=[1, 2, 4, 8])
    parser.add_argument("--max-ratio", type=float, default=1.75)
    parser.add_argument("--shape", choices=list(SHAPES), action="append")
    parser.add_argument("--no-prefilter", action="store_true",
                        help="without the Hyperscan pre-pass (a platform without the wheel)")
    args = parser.parse_args()
    ok = True
    print(f"{'shape':28} {'MB':>5} {'s':>8} {'s/MB':>7} {'RSS MB':>8} {'RSS/MB':>7} "
          f"{'findings':>9} {'timeouts':>8}")
    for shape in args.shape or SHAPES:
        rows = []
        for mb in args.mb:
            r = measure(shape, int(mb * MB), not args.no_prefilter)
            rows.append((mb, r))
            print(f"{shape:28} {mb:5g} {r['seconds']:8.2f} {r['seconds'] / mb:7.2f} "
                  f"{r['rss_mb']:8.0f} {r['rss_mb'] / mb:7.0f} {r['findings']:9d} "
                  f"{r['timeouts']:8d}", flush=True)
        (mb0, first), (mb1, last) = rows[0], rows[-1]
        time_ratio = (last["seconds"] / mb1) / (first["seconds"] / mb0)
        # memory: a floor of 1 MB per MB, so a near-zero base does not make the ratio meaningless
        rss_ratio = max(last["rss_mb"] / mb1, 1) / max(first["rss_mb"] / mb0, 1)
        timeouts = sum(r["timeouts"] for _, r in rows)
        verdict = ("ok" if time_ratio <= args.max_ratio and rss_ratio <= args.max_ratio
                   and not timeouts else "NOT LINEAR")
        ok &= verdict == "ok"
        print(f"{shape:28} time per MB x{time_ratio:.2f}, RSS per MB x{rss_ratio:.2f} "
              f"from {mb0:g} to {mb1:g} MB, {timeouts} rules timed out: {verdict}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
