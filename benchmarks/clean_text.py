"""False alarms of the default rules on clean, human-edited text in many languages, per
source and split (tune/check), with the time the run took:

    .venv/bin/python benchmarks/clean_text.py [--docs N] [--rules] [--findings]

Sources: aeb-dev-extractors truth/ (the benchmark's human article bodies, 7 languages) and
trafilatura-eval clean/ (trafilatura's main text of 990 pages, mostly German and English).
Each file is linted on its own (no corpus pre-pass). A document "passes" with no error or
warning finding. --rules and --findings show the tune parts only (the check parts are read as
numbers). Run it from another checkout (PYTHONPATH) to compare versions.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from quality import find_shared  # noqa: E402
from splits import split_of_page, split_of_site  # noqa: E402

from textlint_news import Document, load_linter  # noqa: E402
from textlint_news.engine import Linter  # noqa: E402
from textlint_news.findings import Finding, Severity  # noqa: E402

DATA = find_shared() or Path("shared/data")


def tally(linter: Linter, path: Path, keys: Iterable[tuple[str, ...]],
          rows: dict[tuple[str, ...], list[int]], by_rule: Counter | None,
          text: str | None = None) -> list[Finding]:
    """Lint one clean file on its own (no corpus pre-pass) and add it to the row of each key:
    [documents, words, error+warning findings, documents passing, documents skipped as
    another language]. Counts its rules in by_rule (when given); returns its findings.
    ``text``: the document's text when it is not the file's (a corpus rendered here)."""
    doc = Document.from_string(path.read_text(encoding="utf-8") if text is None else text,
                               str(path))
    result = linter.lint(doc)
    bad = [f for f in result.findings if f.severity >= Severity.WARNING]
    if by_rule is not None:
        by_rule.update(f.rule_id for f in bad)
    for key in keys:
        row = rows.setdefault(key, [0, 0, 0, 0, 0])
        row[0] += 1
        row[1] += doc.word_count
        row[2] += len(bad)
        row[3] += not bad
        row[4] += getattr(result, "skipped_language", None) is not None  # older checkouts lack it
    return bad


def cells(row: list[int]) -> str:
    """A tally row as table cells: documents | words | per 10k words | passing | skipped."""
    docs, words, bad, passing, skipped = row
    return f"{docs} | {words} | {bad / words * 1e4:.2f} | {passing / docs:.1%} | {skipped}"


PARTS = ("tune", "check")


def lint_parts(documents: Iterable[tuple[str, Path, str, str]], args: argparse.Namespace) -> None:
    """Lint each (part, path, name, text) of a corpus split into tune and check on its own and
    print the parts' table; ``--rules`` and ``--findings`` (``parts_parser``) show the tune part
    only."""
    linter = load_linter()
    rows: dict[tuple[str, ...], list[int]] = {}
    by_rule: Counter = Counter()
    started = time.perf_counter()
    for part, path, name, text in documents:
        tune = part == "tune"
        bad = tally(linter, path, ((part,),), rows, by_rule if tune else None, text)
        if tune and args.findings:
            print_findings(name, text, bad)
    print_parts(rows, PARTS, by_rule if args.rules else None, time.perf_counter() - started)


def print_parts(rows: dict[tuple[str, ...], list[int]], parts: Iterable[str],
                by_rule: Counter | None, seconds: float) -> None:
    """The table of a corpus split into parts, the time it took and, when given, the tune
    part's error/warning findings by rule."""
    print("| part | documents | words | error+warning per 10k words | documents passing "
          "| rules skipped (other language) |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for part in parts:
        print(f"| {part} | {cells(rows[(part,)])} |")
    print(f"\nlinted in {seconds:.1f} s")
    if by_rule is not None:
        print("\ntune part, error+warning findings by rule:")
        print("\n".join(f"{n:5d} {rule}" for rule, n in by_rule.most_common()))


def parts_parser(doc: str) -> argparse.ArgumentParser:
    """The command line of a clean corpus split into parts: --rules and --findings, which show
    the tune part only (rules of evidence: the check part is read as numbers)."""
    parser = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    parser.add_argument("--rules", action="store_true",
                        help="count the rules that fire on the tune part")
    parser.add_argument("--findings", action="store_true",
                        help="print each error/warning finding on the tune part")
    return parser


def print_findings(name: str, text: str, bad: Iterable[Finding]) -> None:
    """Each error/warning finding of one document as ``name:line:column: rule: message`` and
    the 160 characters of its line around the column."""
    lines = text.splitlines()
    for f in bad:
        line = lines[f.line - 1]
        print(f"{name}:{f.line}:{f.column}: {f.rule_id}: {f.message}\n"
              f"    {line[max(0, f.column - 80):f.column + 80]}")


def sources() -> dict[str, list[tuple[str, str, str, Path]]]:
    """source -> [(split, language, name, path)]"""
    aeb = [(split_of_page(r["page"]), r["language"], r["page"],
            DATA / "aeb-dev-extractors/truth" / f"{r['page']}.txt")
           for r in map(json.loads, open(DATA / "aeb-dev-extractors/pages.jsonl"))]
    tra = [(split_of_site(r["site"]), r["language"], r["name"],
            DATA / "trafilatura-eval/clean" / f"{r['name']}.txt")
           for r in map(json.loads, open(DATA / "trafilatura-eval/pages.jsonl"))]
    return {"aeb-dev-extractors truth": aeb, "trafilatura-eval clean": tra}


def main() -> None:
    parser = parts_parser(__doc__)
    parser.add_argument("--docs", type=int, help="only the first N pages of each source")
    args = parser.parse_args()
    linter = load_linter()
    print("| source | split | language | documents | words | error+warning per 10k words "
          "| documents passing | rules skipped (other language) |")
    print("| --- | --- | --- | ---: | ---: | ---: | ---: | ---: |")
    by_rule: Counter = Counter()
    started = time.perf_counter()
    for name, pages in sources().items():
        rows: dict[tuple[str, ...], list[int]] = {}
        for split, language, page, path in pages[:args.docs]:
            group = "en" if language == "en" else "other"
            tune = split == "tune"
            bad = tally(linter, path, ((split, group), (split, "all")), rows,
                        by_rule if tune else None)
            if tune and args.findings:
                print_findings(f"{name}/{page}", path.read_text(encoding="utf-8"), bad)
        for (split, group), row in sorted(rows.items()):
            print(f"| {name} | {split} | {group} | {cells(row)} |")
    print(f"\nlinted in {time.perf_counter() - started:.1f} s")
    if args.rules:
        print("\ntune parts, error+warning findings by rule:")
        print("\n".join(f"{n:5d} {rule}" for rule, n in by_rule.most_common()))


if __name__ == "__main__":
    main()
