"""Detection quality of the default rules over every data source, each split into a part the
rules may be tuned on and a part that only checks them, printed as one Markdown table.

    .venv/bin/python benchmarks/quality.py [--sources a,b] [--quick] [--verbose]

Sources (see the READMEs of the data folders; the splits are in splits.py):

- aeb-dev (benchmarks/data/aeb-dev): link residue on the scraped pages, hand-labelled
  boilerplate on the linked pages, defects injected into the truth texts with a fixed seed, a
  site footer found by the corpus rule, and clean human-edited text (truth) passing the gate;
- extractors-truth: the 88 human article bodies of aeb-dev-extractors (7 languages), clean;
- extractors: the lines that 32 real extractors keep, labelled article/extra, by group;
- trafilatura-raw, trafilatura-clean: 990 pages of many sites and languages, lines labelled
  boilerplate/article, as a whole page body (raw) and as trafilatura's main text (clean).

Each part of a source is linted as one run (all its documents observed first, as a crawl),
except the injected copies, which are linted one by one. Exit status 1 when a target is missed
on a check part.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import random
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

sys.path.insert(0, str(Path(__file__).resolve().parent))
from inject import INJECTORS, site_footer  # noqa: E402
from splits import PARTS, split_of_page, split_of_site  # noqa: E402

from textlint_news import Document, Linter, load_linter  # noqa: E402
from textlint_news.findings import Finding, Severity  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
AEB = DATA / "aeb-dev"
SUBSET = DATA / "subset"  # small copies of the shared sources, same layout (make_subset.py)
SEED = 20240517
SITE_SIZE = 4  # articles per simulated site, for the corpus rule
LINK_KINDS = ("before_punct", "line_start", "line_end", "mid")
SOURCES = ("aeb-dev", "extractors-truth", "extractors", "trafilatura-raw", "trafilatura-clean")
GROUPS = ("paragraph-lines", "wrapped-or-flat", "full-page-dumps")
QUICK_GROUPS = ("paragraph-lines",)
MAX_RULE_SHARE = 0.005  # share of clean lines one rule may flag


@dataclass(frozen=True)
class Target:
    op: str  # ">=" or "<="
    value: float  # in the unit the row shows: a fraction, a ratio or findings per 10k words

    def met(self, score: float) -> bool:
        return score >= self.value if self.op == ">=" else score <= self.value


def at_least(value: float) -> Target:
    return Target(">=", value)


def at_most(value: float) -> Target:
    return Target("<=", value)


# Issue 12's targets, met on the check parts
LINK_TARGETS = {"before_punct": at_least(0.97), "line_start": at_least(0.90),
                "line_end": at_least(0.75), "mid": at_least(0.50)}
INJECTED_TARGET = at_least(0.95)
CORPUS_TARGET = at_least(0.95)
PASS_TARGET = at_least(0.95)       # clean articles without an error or warning finding
PER_10K_TARGET = at_most(1.0)      # error and warning findings per 10,000 words of clean text
RECALL_TARGET = at_least(0.50)     # boilerplate lines found
ARTICLE_TARGET = at_most(0.02)     # article lines flagged at error/warning
RULE_SHARE_TARGET = at_most(MAX_RULE_SHARE)

# C4's line filter / FineWeb's variant of it, as the READMEs give them (all pages, not split)
ANCHORS = {
    ("paragraph-lines", "extra"): "79.1 / 19.8", ("paragraph-lines", "extra less titles"): "78.7 / 21.0",
    ("paragraph-lines", "article"): "32.9 / 7.7",
    ("wrapped-or-flat", "extra"): "95.7 / 61.9", ("wrapped-or-flat", "extra less titles"): "95.8 / 62.6",
    ("wrapped-or-flat", "article"): "77.7 / 1.5",
    ("full-page-dumps", "extra"): "96.9 / 50.5", ("full-page-dumps", "extra less titles"): "96.9 / 51.0",
    ("full-page-dumps", "article"): "65.6 / 4.5",
    ("raw", "boilerplate"): "81.0 / 29.3", ("raw", "article"): "27.0 / 5.5",
    ("clean", "boilerplate"): "61.8 / 9.6", ("clean", "article"): "25.7 / 5.5",
}


@dataclass(frozen=True)
class Value:
    """A measured figure as a count over a base, shown in its style."""

    num: float
    den: float
    style: str = "share"  # share (percent), ratio, per10k (num findings in den words), count

    @property
    def score(self) -> float:
        if self.style == "count":
            return self.num
        if not self.den:
            return 0.0
        return self.num / self.den * (10_000 if self.style == "per10k" else 1)

    def __str__(self) -> str:
        if self.style == "count":
            return f"{self.num:g}"
        if not self.den:
            return "-"
        if self.style == "per10k":
            return f"{self.score:.2f} ({self.num:g} in {self.den:,.0f} words)"
        if self.style == "ratio":
            return f"{self.score:.2f} ({self.num:g}/{self.den:g})"
        return f"{self.score:.1%} ({self.num:g}/{self.den:g})"


def format_target(target: Target | None, style: str) -> str:
    if target is None:
        return ""
    value = f"{target.value:.0%}" if style == "share" and target.value >= 0.01 else (
        f"{target.value:.1%}" if style == "share" else f"{target.value:g}")
    return f"{target.op} {value}"


@dataclass
class Row:
    source: str
    measure: str
    values: dict[str, Value] = field(default_factory=dict)  # part -> value
    target: Target | None = None
    anchor: str = ""

    @property
    def style(self) -> str:
        return next(iter(self.values.values())).style if self.values else "share"

    def missed(self) -> bool:
        check = self.values.get("check")
        return bool(self.target and check is not None and check.den and
                    not self.target.met(check.score))


@dataclass
class Tally:
    """Labelled lines of one source part: how many, how many flagged, and by which rules."""

    total: Counter = field(default_factory=Counter)    # label -> lines
    any: Counter = field(default_factory=Counter)      # label -> lines flagged at any severity
    serious: Counter = field(default_factory=Counter)  # label -> lines flagged at error/warning
    rules_any: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    rules_serious: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    alarms: list[tuple[str, str]] = field(default_factory=list)  # (rule, "path:line rule text")

    def add(self, labels: Iterable[str], covering: dict[str, Severity]) -> None:
        serious = {rule for rule, sev in covering.items() if sev >= Severity.WARNING}
        for label in labels:
            self.total[label] += 1
            self.any[label] += bool(covering)
            self.serious[label] += bool(serious)
            self.rules_any[label].update(covering.keys())
            self.rules_serious[label].update(serious)

    def add_line(self, doc: Document, line: int, label: str, english: bool,
                 lines: dict[int, dict[str, Severity]], more: tuple[str, ...] = ()) -> None:
        """One labelled line of ``doc``; an article line flagged at error/warning is an alarm."""
        hit = lines.get(line, {})
        if label != "article":
            self.add((label, *more), hit)
            return
        self.add(("article", "article en" if english else "article other", *more), hit)
        self.alarms += [(rule, f"{doc.path}:{line} {rule} {_line_text(doc, line)}")
                        for rule, sev in hit.items() if sev >= Severity.WARNING]

    def share(self, label: str, serious: bool = False) -> Value:
        return Value((self.serious if serious else self.any)[label], self.total[label])


@dataclass
class Report:
    rows: list[Row] = field(default_factory=list)
    # per part: column name -> rule -> lines (the "which rule catches what" table)
    rule_columns: dict[str, dict[str, Counter]] = field(
        default_factory=lambda: {part: {} for part in PARTS})
    # per part: (rule, "path:line rule text") of error/warning findings on clean text
    alarms: dict[str, list[tuple[str, str]]] = field(
        default_factory=lambda: {part: [] for part in PARTS})

    def row(self, source: str, measure: str, target: Target | None = None,
            anchor: str = "") -> Row:
        found = next((r for r in self.rows if r.source == source and r.measure == measure), None)
        if found is None:
            found = Row(source, measure, target=target, anchor=anchor)
            self.rows.append(found)
        return found

    def put(self, part: str, source: str, measure: str, value: Value,
            target: Target | None = None, anchor: str = "") -> None:
        self.row(source, measure, target, anchor).values[part] = value

    def value(self, source: str, measure: str, part: str) -> Value:
        return next(r.values[part] for r in self.rows
                    if r.source == source and r.measure == measure)

    def failures(self) -> list[str]:
        """Targets missed on a check part, as readable lines (empty when all are met)."""
        return [f"{r.source}: {r.measure}: {r.values['check']} "
                f"(target {format_target(r.target, r.style)})" for r in self.rows if r.missed()]


# ---------------------------------------------------------------------------------------------
# linting


def lint_run(rules: list, texts: dict[str, str]) -> dict[str, tuple[Document, list[Finding]]]:
    """Texts linted as one run, corpus pre-pass included: name -> (document, findings)."""
    linter = Linter(rules)  # a fresh corpus
    docs = [Document.from_string(text, name) for name, text in texts.items()]
    for doc in docs:
        linter.observe(doc)
    return {doc.path: (doc, linter.lint(doc).findings) for doc in docs}


def covering(findings: list[Finding]) -> dict[int, dict[str, Severity]]:
    """Line -> rule -> highest severity of the findings that cover the line (line..end_line)."""
    lines: dict[int, dict[str, Severity]] = defaultdict(dict)
    for f in findings:
        for line in range(f.line, max(f.line, f.end_line) + 1):
            rules = lines[line]
            rules[f.rule_id] = max(rules.get(f.rule_id, f.severity), f.severity)
    return lines


def _serious(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.severity >= Severity.WARNING]


def _tagged(findings: list[Finding], tag: str) -> list[Finding]:
    return [f for f in findings if tag in f.tags]


def _line_text(doc: Document, line: int) -> str:
    text = doc.lines[line - 1] if 0 < line <= len(doc.lines) else ""
    return text if len(text) <= 160 else text[:157] + "..."


def _alarm(doc: Document, f: Finding) -> tuple[str, str]:
    return f.rule_id, f"{doc.path}:{f.line} {f.rule_id} {_line_text(doc, f.line)}"


# ---------------------------------------------------------------------------------------------
# clean text: share of articles that pass the gate, findings per 10k words


def measure_clean(report: Report, part: str, source: str, rules: list,
                  texts: dict[str, str]) -> None:
    passed = words = findings = 0
    by_rule: Counter = Counter()
    for doc, found in lint_run(rules, texts).values():
        serious = _serious(found)
        passed += not serious
        words += doc.word_count
        findings += len(serious)
        by_rule.update(f.rule_id for f in serious)
        report.alarms[part] += [_alarm(doc, f) for f in serious]
    report.put(part, source, "clean articles passing the gate", Value(passed, len(texts)),
               PASS_TARGET)
    report.put(part, source, "error+warning findings per 10k words",
               Value(findings, words, "per10k"), PER_10K_TARGET)
    report.rule_columns[part][f"{source} e/w findings"] = by_rule


# ---------------------------------------------------------------------------------------------
# aeb-dev


@dataclass
class Article:
    stem: str
    title: str
    scraped: str
    linked: str
    truth: str
    anchors: list[dict] = field(default_factory=list)


def load_articles(limit: int | None = None, folder: Path = AEB) -> list[Article]:
    """The articles of an aeb-style folder (manifest, docs, anchors), sorted by file name."""
    manifest = [json.loads(line) for line in (folder / "manifest.jsonl").open(encoding="utf-8")]
    manifest.sort(key=lambda row: row["stem"])
    anchors = _jsonl_by_stem(folder / "anchors.jsonl")
    read = lambda row, key: (folder / row[key]).read_text(encoding="utf-8")  # noqa: E731
    return [Article(row["stem"], row["title"], read(row, "scraped"), read(row, "linked"),
                    read(row, "truth"), anchors[row["stem"]]) for row in manifest[:limit]]


def _jsonl_by_stem(path: Path) -> dict[str, list[dict]]:
    rows = defaultdict(list)
    for line in path.open(encoding="utf-8"):
        row = json.loads(line)
        rows[Path(row["file"]).name.split(".")[0]].append(row)
    return rows


def measure_aeb(report: Report, part: str, rules: list, articles: list[Article]) -> None:
    src = "aeb-dev"
    # link residue: every link's text removed from the scraped pages
    scraped = lint_run(rules, {a.stem: a.scraped for a in articles})
    cases, found = Counter(), Counter()
    for art in articles:
        residue_lines = {f.line for f in _tagged(scraped[art.stem][1], "link-residue")}
        for anchor in art.anchors:
            if anchor["kind"] in LINK_KINDS:
                cases[anchor["kind"]] += 1
                found[anchor["kind"]] += anchor["line"] in residue_lines
    for kind in LINK_KINDS:
        report.put(part, src, f"link residue: {kind}", Value(found[kind], cases[kind], "ratio"),
                   LINK_TARGETS[kind])

    # the linked pages, linted together as a crawl: hand-labelled boilerplate, and the lines
    # that lost no link and stand word for word in the edited body (clean)
    linked = lint_run(rules, {a.stem: a.linked for a in articles})
    truth = lint_run(rules, {a.stem: a.truth for a in articles})
    labels = _jsonl_by_stem(DATA / "boilerplate_labels.jsonl")
    bp_cases, bp_found = Counter(), Counter()
    residue_fp = truth_bp = clean_lines = clean_words = 0
    clean_serious: list[tuple[Document, Finding]] = []
    lines_by_rule: Counter = Counter()  # error/warning findings: what a gate fails on
    info_lines_by_rule: Counter = Counter()  # information only (furniture-line's low tier)
    for art in articles:
        doc, findings = linked[art.stem]
        flagged = {f.line for f in _tagged(findings, "boilerplate")}
        for row in labels[art.stem]:
            if row["boilerplate"]:
                bp_cases[row["class"]] += 1
                bp_found[row["class"]] += row["line"] in flagged
        tdoc, tfindings = truth[art.stem]
        truth_bp += len(_tagged(tfindings, "boilerplate"))
        paragraphs = [line for line in art.truth.split("\n") if line.strip()]
        edited = {" ".join(line.split()) for line in paragraphs}
        removed = {a["line"] for a in art.anchors}
        lines = art.linked.split("\n")
        clean = {n for n, line in enumerate(lines, 1)
                 if n not in removed and line.strip() and " ".join(line.split()) in edited}
        on_clean = [f for f in findings if f.line in clean]
        clean_words += sum(len(lines[n - 1].split()) for n in clean)
        clean_serious += [(doc, f) for f in _serious(on_clean)]
        clean_lines += len(paragraphs) + len(clean)
        for found_on in (tfindings, on_clean):
            lines_by_rule.update(rule for rule, _ in {(f.rule_id, f.line)
                                                       for f in _serious(found_on)})
            info_lines_by_rule.update(rule for rule, _ in {(f.rule_id, f.line) for f in found_on
                                                            if f.severity < Severity.WARNING})
            residue_fp += len(_tagged(found_on, "link-residue"))
    report.put(part, src, "link residue: findings on clean lines", Value(residue_fp, 0, "count"))
    for cls in sorted(bp_cases):
        report.put(part, src, f"labelled boilerplate: {cls}",
                   Value(bp_found[cls], bp_cases[cls], "ratio"))
    report.put(part, src, "boilerplate findings on truth", Value(truth_bp, 0, "count"))
    report.put(part, src, "error+warning per 10k words of clean linked lines",
               Value(len(clean_serious), clean_words, "per10k"))
    report.alarms[part] += [_alarm(doc, f) for doc, f in clean_serious]
    for name, counts, target in (
            ("clean lines flagged by the busiest rule (error/warning)", lines_by_rule,
             RULE_SHARE_TARGET),
            ("clean lines flagged by the busiest rule (info)", info_lines_by_rule, None)):
        top = counts.most_common(1)
        row = report.row(src, name, target)
        row.values[part] = Value(top[0][1] if top else 0, clean_lines)
        row.anchor = "; ".join(filter(None, [row.anchor, f"{part}: {top[0][0]}" if top else ""]))
    measure_clean(report, part, "aeb-dev truth", rules, {a.stem: a.truth for a in articles})
    measure_injected(report, part, rules, articles)
    measure_corpus(report, part, rules, articles)


def _overlaps(finding: Finding, spans: tuple[tuple[int, int], ...]) -> bool:
    return any(finding.start < end and finding.end > start for start, end in spans)


def measure_injected(report: Report, part: str, rules: list, articles: list[Article]) -> None:
    linter = Linter(rules)  # no corpus pre-pass: each copy is its own corpus
    false_positives = words = 0
    for name, (inject, tag) in INJECTORS.items():
        rng = random.Random(f"{SEED}:{name}")
        cases = found = 0
        for art in articles:
            made = inject(art.truth, art.title, rng)
            if made is None:
                continue
            doc = Document.from_string(made.text, art.stem)
            findings = linter.lint(doc).findings
            cases += 1
            found += any(_overlaps(f, made.spans) for f in _tagged(findings, tag))
            added = made.spans + ((made.added,) if made.added else ())
            touched = {line for start, end in added
                       for line in range(doc.position(start)[0], doc.position(end)[0] + 1)}
            false_positives += sum(1 for f in _serious(findings) if f.line not in touched)
            words += doc.word_count
        report.put(part, "aeb-dev", f"injected: {name}", Value(found, cases, "ratio"),
                   INJECTED_TARGET)
    report.put(part, "aeb-dev", "injected: error+warning elsewhere per 10k words",
               Value(false_positives, words, "per10k"))


def measure_corpus(report: Report, part: str, rules: list, articles: list[Article]) -> None:
    """Articles grouped into sites of four, each site's own footer under its articles."""
    rng = random.Random(f"{SEED}:corpus")
    cases = found = 0
    for first in range(0, len(articles) - SITE_SIZE + 1, SITE_SIZE):
        line = site_footer(rng)
        texts = {a.stem: f"{a.truth.rstrip()}\n\n{line}\n" for a in articles[first:first + SITE_SIZE]}
        for stem, (_, findings) in lint_run(rules, texts).items():
            last = texts[stem].count("\n")
            cases += 1
            found += any(f.line == last for f in _tagged(findings, "boilerplate"))
    report.put(part, "aeb-dev", "site footer found by the corpus rule",
               Value(found, cases, "ratio"), CORPUS_TARGET)


# ---------------------------------------------------------------------------------------------
# aeb-dev-extractors


def measure_extractors_truth(report: Report, part: str, rules: list, folder: Path,
                             pages: list[str]) -> None:
    texts = {f"truth/{p}.txt": (folder / "truth" / f"{p}.txt").read_text(encoding="utf-8")
             for p in pages}
    measure_clean(report, part, "extractors truth", rules, texts)


def load_extractor_labels(folder: Path) -> dict[tuple[str, str], list[dict]]:
    """(extractor, page) -> its labelled lines (article and extra only)."""
    rows = defaultdict(list)
    with gzip.open(folder / "labels.jsonl.gz", "rt", encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            if row["label"] in ("article", "extra"):
                rows[row["extractor"], row["page"]].append(row)
    return rows


def measure_extractors(report: Report, part: str, rules: list, folder: Path, pages: list[str],
                       groups: Iterable[str]) -> None:
    extractors = json.loads((folder / "extractors.json").read_text(encoding="utf-8"))
    labels = load_extractor_labels(folder)
    english = {row["page"]: row["language"] == "en" for row in _jsonl(folder / "pages.jsonl")}
    for group in (g for g in groups if g in extractors.values()):
        tally = Tally()
        for extractor in sorted(e for e, g in extractors.items() if g == group):
            texts = {f"{extractor}/{p}.txt": (folder / extractor / f"{p}.txt").read_text(
                encoding="utf-8") for p in pages if (folder / extractor / f"{p}.txt").exists()}
            for name, (doc, findings) in lint_run(rules, texts).items():
                page = Path(name).stem
                lines = covering(findings)
                for row in labels[extractor, page]:
                    titled = row["label"] == "extra" and not row.get("title")
                    tally.add_line(doc, row["line"], row["label"], english[page], lines,
                                   ("extra less titles",) if titled else ())
        main_group = group == "paragraph-lines"
        put_line_rows(report, part, f"extractors {group}", group, "extra", tally,
                      targeted=main_group, by_rule=main_group)


def put_line_rows(report: Report, part: str, src: str, anchors: str, found: str, tally: Tally,
                  targeted: bool, by_rule: bool) -> None:
    """The rows of a line-labelled source: recall on `found` lines, article lines flagged (with
    issue 12's targets if ``targeted``); ``by_rule``: which rule flags what, the false alarms."""
    report.put(part, src, f"recall on {found} lines", tally.share(found),
               RECALL_TARGET if targeted else None, ANCHORS[anchors, found])
    if tally.total[f"{found} less titles"]:
        report.put(part, src, f"recall on {found} less titles",
                   tally.share(f"{found} less titles"), anchor=ANCHORS[anchors, "extra less titles"])
    report.put(part, src, "article lines flagged (error/warning)",
               tally.share("article", serious=True), ARTICLE_TARGET if targeted else None,
               ANCHORS[anchors, "article"])
    report.put(part, src, "article lines flagged (any severity)", tally.share("article"))
    for lang in ("en", "other"):
        report.put(part, src, f"article lines flagged (error/warning), {lang}",
                   tally.share(f"article {lang}", serious=True))
    if by_rule:
        report.rule_columns[part][f"{anchors} {found} hit"] = tally.rules_any[found]
        report.rule_columns[part][f"{anchors} article e/w"] = tally.rules_serious["article"]
        report.alarms[part] += tally.alarms


# ---------------------------------------------------------------------------------------------
# trafilatura-eval


def _jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines]


def measure_trafilatura(report: Report, part: str, rules: list, folder: Path, kind: str,
                        pages: list[dict]) -> None:
    """kind: "raw" or "clean". One run per part: the engine does not group by site (yet)."""
    language = {p["name"]: p["language"] for p in pages}
    labels = defaultdict(list)
    for row in _jsonl(folder / "labels.jsonl"):
        if row["file"].startswith(f"{kind}/") and row["name"] in language:
            labels[row["file"]].append(row)
    texts = {f"{kind}/{p['name']}.txt": (folder / kind / f"{p['name']}.txt").read_text(
        encoding="utf-8") for p in pages}
    tally = Tally()
    for name, (doc, findings) in lint_run(rules, texts).items():
        lines = covering(findings)
        for row in labels[name]:
            label = {"mixed": "article"}.get(row["label"], row["label"])
            if label in ("article", "boilerplate"):
                tally.add_line(doc, row["line"], label, language[row["name"]] == "en", lines)
    put_line_rows(report, part, f"trafilatura {kind}", kind, "boilerplate", tally,
                  targeted=kind == "raw", by_rule=True)


# ---------------------------------------------------------------------------------------------
# the run


def find_shared() -> Path | None:
    """The shared data folder: `shared/data` beside the checkout or beside one of its parents."""
    for parent in ROOT.parents:
        if (parent / "shared" / "data").is_dir():
            return parent / "shared" / "data"
    return None


def _quick(items: list, key: Callable[[object], str]) -> list:
    """A fixed third of the pages, by the last hex digit of a stable hash of their id."""
    return [x for x in items if int(hashlib.sha1(key(x).encode()).hexdigest()[-1], 16) % 3 == 0]


def measure(sources: Iterable[str] = SOURCES, data_root: Path | None = None,
            linter: Linter | None = None, quick: bool = False,
            aeb: Path = AEB, timings: dict[str, float] | None = None,
            docs: int | None = None) -> Report:
    """Every source's measures on both parts. ``data_root`` holds aeb-dev-extractors and
    trafilatura-eval (the shared data, or SUBSET); ``docs`` keeps the first aeb-dev articles
    of each part."""
    rules = list(linter.rules if linter else load_linter().rules)
    report = Report()
    timings = {} if timings is None else timings
    sources = list(sources)
    for source in sources:
        start = time.perf_counter()
        if source == "aeb-dev":
            articles = load_articles(folder=aeb)
            for part in PARTS:
                measure_aeb(report, part, rules,
                            [a for a in articles if split_of_page(a.stem) == part][:docs])
        elif source in ("extractors-truth", "extractors"):
            folder = data_root / "aeb-dev-extractors"
            pages = sorted(row["page"] for row in _jsonl(folder / "pages.jsonl"))
            if quick:
                pages = _quick(pages, str)
            for part in PARTS:
                in_part = [p for p in pages if split_of_page(p) == part]
                if source == "extractors-truth":
                    measure_extractors_truth(report, part, rules, folder, in_part)
                else:
                    measure_extractors(report, part, rules, folder, in_part,
                                       QUICK_GROUPS if quick else GROUPS)
        elif source.startswith("trafilatura-"):
            folder = data_root / "trafilatura-eval"
            pages = _jsonl(folder / "pages.jsonl")
            if quick:
                pages = _quick(pages, lambda p: p["name"])
            for part in PARTS:
                measure_trafilatura(report, part, rules, folder, source.split("-")[1],
                                    [p for p in pages if split_of_site(p["site"]) == part])
        else:
            raise ValueError(f"unknown source {source!r}; one of {', '.join(SOURCES)}")
        timings[source] = time.perf_counter() - start
    return report


def format_table(report: Report) -> str:
    out = ["| source | measure | tune | check | target (check) | met | C4 / FineWeb (%), note |",
           "| --- | --- | ---: | ---: | ---: | :-: | ---: |"]
    for r in report.rows:
        met = "" if not r.target or "check" not in r.values or not r.values["check"].den and \
            r.style != "count" else ("no" if r.missed() else "yes")
        out.append(f"| {r.source} | {r.measure} | {r.values.get('tune', '')} "
                   f"| {r.values.get('check', '')} | {format_target(r.target, r.style)} | {met} "
                   f"| {r.anchor} |")
    return "\n".join(out)


def format_rules(report: Report, part: str, top: int = 40) -> str:
    columns = report.rule_columns[part]
    if not columns:
        return ""
    totals: Counter = Counter()
    for counts in columns.values():
        totals.update(counts)
    names = list(columns)
    out = [f"Which rule flags what ({part} part; lines, e/w = error or warning; "
           f"hit = any severity):", "",
           "| rule | " + " | ".join(names) + " |", "| --- |" + " ---: |" * len(names)]
    for rule, _ in totals.most_common(top):
        out.append(f"| {rule} | " + " | ".join(str(columns[n].get(rule, "")) for n in names) + " |")
    return "\n".join(out)


def format_alarms(report: Report, part: str) -> str:
    by_rule = defaultdict(list)
    for rule, text in report.alarms[part]:
        by_rule[rule].append(text)
    out = [f"False alarms ({part} part): error/warning findings on clean text and on article "
           "lines, by rule:"]
    for rule in sorted(by_rule, key=lambda r: -len(by_rule[r])):
        out += ["", f"{rule} ({len(by_rule[rule])})", *(f"  {t}" for t in by_rule[rule])]
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sources", default=",".join(SOURCES),
                        help=f"comma-separated, of: {', '.join(SOURCES)} (default: all)")
    parser.add_argument("--quick", action="store_true",
                        help="a third of the pages of the shared sources, extractors' "
                             "paragraph-lines group only")
    parser.add_argument("--data-root", type=Path, default=None,
                        help="folder holding aeb-dev-extractors/ and trafilatura-eval/ "
                             "(default: shared/data beside the checkout; "
                             f"{SUBSET.relative_to(ROOT)} is a small copy)")
    parser.add_argument("--verbose", action="store_true",
                        help="list the false alarms per rule (file:line rule text)")
    parser.add_argument("--look", choices=("tune", "check", "both"), default="tune",
                        help="the part whose per-rule counts and false alarms are listed "
                             "(default tune: look at the part you tune on)")
    parser.add_argument("--docs", type=int, metavar="N",
                        help="a quick look: the first N aeb-dev articles of each part and, "
                             "unless --data-root "
                             f"is given, the small copy {SUBSET.relative_to(ROOT)} of the others")
    args = parser.parse_args(argv)
    if args.docs is not None and args.data_root is None:
        args.data_root = SUBSET
    sources = [s.strip() for s in args.sources.split(",") if s.strip()]
    unknown = [s for s in sources if s not in SOURCES]
    if unknown:
        parser.error(f"unknown source(s) {', '.join(unknown)}; choose from {', '.join(SOURCES)}")
    data_root = args.data_root or find_shared()
    if data_root is None and any(s != "aeb-dev" for s in sources):
        parser.error("no shared/data folder found beside the checkout; pass --data-root")
    start = time.perf_counter()
    timings: dict[str, float] = {}
    report = measure(sources, data_root, quick=args.quick, timings=timings, docs=args.docs)
    print(format_table(report))
    looks = PARTS if args.look == "both" else (args.look,)
    for part in looks:
        print("\n" + format_rules(report, part))
    if args.verbose:
        for part in looks:
            print("\n" + format_alarms(report, part))
    print(f"\nData: {data_root}{' (quick)' if args.quick else ''}; time "
          + ", ".join(f"{s} {t:.0f}s" for s, t in timings.items())
          + f"; total {time.perf_counter() - start:.0f}s")
    failures = report.failures()
    if failures:
        print("\nTargets not met on the check parts:\n  " + "\n  ".join(failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
