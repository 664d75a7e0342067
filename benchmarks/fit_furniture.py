"""Fit the `furniture-line` rule's logistic model on the tune parts, print tune vs check.

    .venv/bin/pip install scikit-learn
    .venv/bin/python benchmarks/fit_furniture.py [--write] [--data ../shared/data]

Training lines (labels from the data sets' own READMEs; every split by page or site, per the
detection contract, so no check page is ever fitted on):
- aeb-dev-extractors, paragraph-lines group: `extra` lines -> furniture, `article` -> not
  (repeated titles are left out: `repeated-title` finds them; `short`/`noword` too);
- aeb-dev-extractors truth/: every line of the human bodies -> not furniture;
- trafilatura-eval raw/ and clean/: `boilerplate` -> furniture, `article` -> not;
- for the lone-line model only: the English human bodies of aeb-dev-extractors' tune pages
  with one line put between two paragraphs (benchmarks/inject.py): a line of FURNITURE_TUNE
  -> furniture, a subheading of SUBHEADINGS_TUNE -> not, only that line labelled.
Each (source, label) group gets the same total weight, and inside a group a document weighs
the square root of its labelled lines, so a page with a 77-line results table does not decide.

Stage zero counts the interface words (`interface_lexicon`): each word's log-odds of standing
in a furniture line rather than an article line of the real tune sources (not the injected
ones), kept when the furniture of `--min-sites` pages or sites writes it. The fit reads them
cross-fitted: the tune groups are split in two halves by a hash, and each half's lines get the
lexicon counted on the other half, so the model learns how far the words carry to sites they
were not counted on (the pack then stores the lexicon of all tune groups).
Stage one fits the weights of the line features; stage two fits how much a line's logit
borrows from its neighbours'. Stage three fits the lone-line model on the short lines alone
between two paragraphs of prose (the `lone` feature) of every tune source and of the injected
copies: real extractors rarely leave furniture alone in the body, so without these the model
would never see the lone line it must tell from a subheading; each (source, label) weighs the
same, the injected ones as much as all real lines. The lone model replaces the line model on
those lines from `lone_threshold` up, the lowest probability at which no real tune source has
more of its article lines flagged than with the line model alone. The info threshold is the lowest probability at which at most
`--max-fp-info` of the article lines of each tune source would be reported. With `--warn`, a
warning threshold is added likewise (`--max-fp`, and `--max-fp-truth` of the human bodies);
the default pack has none: with the defaults the bar lands at p >= 0.99, which finds 3.6% of
the paragraph-lines furniture and still warns on 3 of the 45 clean tune bodies (link captions,
one-word subheadings), so a gate would fail clean articles for little recall. The rule itself
(rules/boilerplate.yaml) is then run on every document, so the printed figures are what a
user gets. `--write` stores the fitted values in
the YAML between its "fitted" markers.

The three fits share one inverse regularisation strength, `--C` (1). `--held-out SEED`
reads a setting without the check part: it fits on half the tune pages and sites and reports
the other half as check. Session 17, seeds a / b, held-out recall of paragraph-lines,
trafilatura raw and clean at about the same article lines reported: C 1 46.9 / 48.6, 68.0 /
65.1, 37.1 / 40.8%; C 10 49.9 / 54.7, 69.6 / 68.8, 38.7 / 46.1%; C 0.1 and 0.01 less. C 10
was not kept: with all rules, trafilatura clean check fell 46.5 -> 43.0% (paragraph-lines
62.7 -> 63.1%, raw 79.7 -> 79.9%), so the halves are too small to choose by. The
injected copies are fitted in both halves (their bodies may be held-out pages).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import math
import random
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from textlint_news import Document  # noqa: E402
from textlint_news.loading.patterns import regex  # noqa: E402
from textlint_news.kinds.furniture import FEATURES, FurnitureRule, line_features  # noqa: E402
from textlint_news.loading.packs import load_pack  # noqa: E402

sys.path.insert(0, str(ROOT / "benchmarks"))
from inject import FURNITURE_TUNE, SUBHEADINGS_TUNE, _between_paragraphs  # noqa: E402

PACK = ROOT / "rules" / "boilerplate.yaml"
RULE_ID = "furniture-line"
BEGIN = "    # --- fitted by benchmarks/fit_furniture.py: do not edit by hand ---\n"
END = "    # --- end of fitted values ---\n"


def split_of_page(page_id: str) -> str | None:
    digit = int(page_id[0], 16)
    return "tune" if digit <= 3 else "check" if digit <= 7 else None


def split_of_site(site: str) -> str:
    return "tune" if int(hashlib.sha1(site.encode()).hexdigest(), 16) % 2 == 0 else "check"


@dataclass
class Doc:
    source: str  # aeb-para, aeb-truth, traf-raw, traf-clean, injected
    split: str
    group: str  # the page (aeb-dev-extractors) or the site (trafilatura-eval) it comes from
    doc: Document
    labels: dict[int, int] = field(default_factory=dict)  # line -> 1 furniture / 0 article
    rows: list = field(default_factory=list)  # line_features


def load(data: Path) -> list[Doc]:
    docs: list[Doc] = []
    aeb = data / "aeb-dev-extractors"
    groups = json.loads((aeb / "extractors.json").read_text())
    by_file: dict[tuple[str, str], dict[int, int]] = defaultdict(dict)
    with gzip.open(aeb / "labels.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            if groups[r["extractor"]] != "paragraph-lines" or r.get("title"):
                continue
            if r["label"] in ("extra", "article"):
                by_file[r["extractor"], r["page"]][r["line"]] = int(r["label"] == "extra")
    for (extractor, page), labels in sorted(by_file.items()):
        text = (aeb / extractor / f"{page}.txt").read_text(encoding="utf-8")
        docs.append(Doc("aeb-para", split_of_page(page), page,
                        Document.from_string(text, f"{extractor}/{page}.txt"), labels))
    for path in sorted((aeb / "truth").glob("*.txt")):
        doc = Document.from_string(path.read_text(encoding="utf-8"), f"truth/{path.name}")
        docs.append(Doc("aeb-truth", split_of_page(path.stem), path.stem, doc,
                        {n: 0 for n in doc.content_lines}))
    docs += injected(aeb)
    traf = data / "trafilatura-eval"
    site = {}
    for line in open(traf / "pages.jsonl", encoding="utf-8"):
        p = json.loads(line)
        site[p["name"]] = p["site"]
    labelled: dict[str, dict[int, int]] = defaultdict(dict)
    for line in open(traf / "labels.jsonl", encoding="utf-8"):
        r = json.loads(line)
        if r["label"] in ("boilerplate", "article"):
            labelled[r["file"]][r["line"]] = int(r["label"] == "boilerplate")
    for part in ("raw", "clean"):
        for name in sorted(site):
            file = f"{part}/{name}.txt"
            text = (traf / file).read_text(encoding="utf-8")
            docs.append(Doc(f"traf-{part}", split_of_site(site[name]), site[name],
                            Document.from_string(text, file), labelled.get(file, {})))
    return docs


def injected(aeb: Path, per_line: int = 8) -> list[Doc]:
    """Each line of the tune lists put between two paragraphs of ``per_line`` English tune
    bodies (seeded by the line), only that line labelled."""
    pages = sorted(r["page"] for r in map(json.loads, open(aeb / "pages.jsonl"))
                   if r["language"] == "en" and split_of_page(r["page"]) == "tune")
    bodies = {page: (aeb / "truth" / f"{page}.txt").read_text(encoding="utf-8") for page in pages}
    docs = []
    for lines, label in ((FURNITURE_TUNE, 1), (SUBHEADINGS_TUNE, 0)):
        for item in lines:
            rng = random.Random(item)
            for page in rng.sample(pages, per_line):
                made = _between_paragraphs(bodies[page], [item], rng, 1)
                if made is None:
                    continue
                doc = Document.from_string(made.text, f"injected/{page}.txt")
                docs.append(Doc("injected", "tune", page, doc, {doc.position(made.spans[0][0])[0]: label}))
    return docs


def weights_of(docs: list[Doc]) -> dict[tuple[int, int], float]:
    """(doc index, line) -> sample weight: equal per (source, label), sqrt-damped per document."""
    raw: dict[tuple[int, int], float] = {}
    totals: dict[tuple[str, int], float] = defaultdict(float)
    for i, d in enumerate(docs):
        per_label = defaultdict(int)
        for y in d.labels.values():
            per_label[y] += 1
        for line, y in d.labels.items():
            w = 1 / math.sqrt(per_label[y])
            raw[i, line] = w
            totals[d.source, y] += w
    share = {"aeb-para": 1.0, "traf-raw": 1.0, "traf-clean": 0.5, "aeb-truth": 0.5, "injected": 0.5}
    return {(i, line): w * share[docs[i].source] / totals[docs[i].source, docs[i].labels[line]] * 1000
            for (i, line), w in raw.items()}


_WORD = regex.compile(r"\w+")  # as the features split a line: maximal \w runs


def interface_lexicon(docs: list[Doc], groups: set[str], min_sites: int,
                      min_log_odds: float) -> dict[str, float]:
    """Word -> log-odds of a labelled line holding it being furniture rather than article text,
    over the real (not injected) tune lines of ``groups``, each line weighing as in the fit.

    Only words of furniture lines from at least ``min_sites`` pages or sites are kept, and only
    those at least ``min_log_odds`` more likely in furniture: the words of page interfaces
    ("newsletter", "Kommentare"), never one site's name or one story's topic."""
    weight = weights_of(docs)
    mass = [defaultdict(float), defaultdict(float)]  # label -> word -> weight of its lines
    total = [0.0, 0.0]
    sites: dict[str, set[str]] = defaultdict(set)
    for i, d in enumerate(docs):
        if d.source == "injected" or d.group not in groups:
            continue
        for line, y in d.labels.items():
            w = weight[i, line]
            total[y] += w
            for word in set(_WORD.findall(d.doc.lines[line - 1].casefold())):
                if not word.isalpha():
                    continue  # numbers are features of their own
                mass[y][word] += w
                if y:
                    sites[word].add(d.group)
    out = {}
    for word, m in mass[1].items():
        if len(sites[word]) < min_sites:
            continue
        # add-one smoothing on the weighted counts: a word never seen in article text is
        # not infinitely sure
        odds = math.log((m + 1) / (total[1] + 1)) - math.log((mass[0][word] + 1) / (total[0] + 1))
        if odds >= min_log_odds:
            out[word] = round(odds, 2)
    return dict(sorted(out.items(), key=lambda kv: (-kv[1], kv[0])))


def features(docs: list[Doc], rule: FurnitureRule, lexicons: dict[str, dict[str, float]]) -> None:
    """Each document's rows, its interface words from ``lexicons[group]`` when given (the
    lexicon its fold did not build, so the fit sees them as on unseen text), else the rule's.
    Injected copies read the rule's: their bodies are tune pages, but their lines never counted."""
    for d in docs:
        lexicon = rule.interface_words if d.source == "injected" \
            else lexicons.get(d.group, rule.interface_words)
        d.rows = line_features(d.doc, rule.cta_verbs, rule.reader_words, rule.action_verbs, lexicon)


def cross_fitted(docs: list[Doc], min_sites: int, min_log_odds: float) -> dict[str, dict[str, float]]:
    """Tune group -> the interface lexicon built on the other half of the tune groups."""
    groups = sorted({d.group for d in docs if d.split == "tune" and d.source != "injected"})
    folds = [{g for g in groups if int(hashlib.sha1(g.encode()).hexdigest(), 16) % 2 == k}
             for k in (0, 1)]
    half = math.ceil(min_sites / 2)
    built = [interface_lexicon(docs, folds[1 - k], half, min_log_odds) for k in (0, 1)]
    return {g: built[k] for k in (0, 1) for g in folds[k]}


# features that only the lone-line model reads: the line model keeps its session 6 fit
LONE_ONLY = frozenset({"reader", "n_of_m", "price", "action_first", "count_first", "lone"})


def design(docs: list[Doc], split: str):
    xs, ys, ws, index = [], [], [], []
    weight = weights_of(docs)
    for i, d in enumerate(docs):
        if d.split != split or d.source == "injected":
            continue
        for row_no, (line, vec) in enumerate(d.rows):
            if line in d.labels:
                xs.append(vec)
                ys.append(d.labels[line])
                ws.append(weight[i, line])
                index.append((i, row_no))
    return np.array(xs), np.array(ys), np.array(ws), index


def fit(docs: list[Doc], rule: FurnitureRule, window: int, c: float) -> dict:
    x, y, w, index = design(docs, "tune")
    stage1 = LogisticRegression(C=c, max_iter=2000).fit(
        x * np.array([name not in LONE_ONLY for name in FEATURES], dtype=float), y, sample_weight=w)
    weights = dict(zip(FEATURES, stage1.coef_[0]))
    # stage two: own logit and the mean logit of the neighbours, over every line of the document
    own_of = {}
    for i, d in enumerate(docs):
        if d.split == "tune" and d.rows:
            own_of[i] = stage1.decision_function(np.array([vec for _, vec in d.rows]))
    feats = []
    for i, row_no in index:
        own = own_of[i]
        around = np.concatenate([own[max(0, row_no - window):row_no], own[row_no + 1:row_no + 1 + window]])
        feats.append([own[row_no], around.mean() if len(around) else 0.0])
    stage2 = LogisticRegression(C=c, max_iter=2000).fit(np.array(feats), y, sample_weight=w)
    typical = x[y == 0].mean(axis=0)
    lone = fit_lone(docs, c)
    return {"intercept": float(stage1.intercept_[0]), "weights": weights,
            "lone_intercept": float(lone.intercept_[0]), "lone_weights": dict(zip(FEATURES, lone.coef_[0])),
            "smoothing": {"own": float(stage2.coef_[0][0]), "neighbours": float(stage2.coef_[0][1]),
                          "intercept": float(stage2.intercept_[0])},
            "typical": dict(zip(FEATURES, typical))}


# features of a line's place and of its document, left out of the lone-line model
PLACE = frozenset({"head", "tail", "position", "first_tenth", "last_tenth", "before_body", "after_body",
                   "rel_length", "short_run", "doc_short_share", "short_no_end", "lone",
                   "beside_credit", "shared_opening"})


def fit_lone(docs: list[Doc], c: float) -> LogisticRegression:
    """Stage three: the lone lines of the tune part, each (real or injected, label) group
    weighing the same in total."""
    lone = list(FEATURES).index("lone")
    rows = [(vec, d.labels[line], d.source == "injected") for d in docs if d.split == "tune"
            for line, vec in d.rows if vec[lone] and line in d.labels]
    totals: dict[tuple[int, bool], int] = defaultdict(int)
    for _, y, made in rows:
        totals[y, made] += 1
    # what the line says and how, not where it stands: injected lines stand anywhere
    keep = np.array([name not in PLACE for name in FEATURES], dtype=float)
    x = np.array([vec for vec, _, _ in rows]) * keep
    y = np.array([y for _, y, _ in rows])
    w = np.array([1000 / totals[y, made] for _, y, made in rows])
    return LogisticRegression(C=c, max_iter=2000).fit(x, y, sample_weight=w)


def probabilities(docs: list[Doc], rule: FurnitureRule) -> None:
    for d in docs:
        d.probs = {line: 1 / (1 + math.exp(-max(-50, min(50, z))))
                   for (line, _), z in zip(d.rows, rule.logits(d.rows))}


def choose_threshold(docs: list[Doc], caps: dict[str, float]) -> float:
    """The lowest probability at which no tune source has more than its cap (share) of its
    article lines at or above it."""
    best = 0.5
    for source, max_fp in caps.items():
        article = sorted((d.probs[line] for d in docs if d.split == "tune" and d.source == source
                          for line, y in d.labels.items() if y == 0 and line in d.probs), reverse=True)
        k = int(len(article) * max_fp)
        best = max(best, article[k] + 1e-6 if k < len(article) else 0.5)
    return round(math.ceil(best * 1000) / 1000, 3)


def lone_threshold(docs: list[Doc], rule: FurnitureRule, floor: float) -> float:
    """The lowest probability from which the lone-line model may report its lines without
    flagging more article lines of any real tune source than the line model alone (at
    ``floor``) did: it may only trade the line model's findings for better ones."""
    best = floor
    lone = list(FEATURES).index("lone")
    for source in ("aeb-para", "traf-raw", "traf-clean", "aeb-truth"):
        allowed, probs = 0, []
        for d in docs:
            if d.split != "tune" or d.source != source:
                continue
            for (line, xs), z in zip(d.rows, rule._smoothed(d.rows)):
                if d.labels.get(line) == 0 and xs[lone]:
                    allowed += 1 / (1 + math.exp(-z)) >= floor
                    probs.append(1 / (1 + math.exp(-rule._lone(xs))))
        probs.sort(reverse=True)
        if allowed < len(probs):
            best = max(best, probs[allowed] + 1e-6)
    return round(math.ceil(best * 1000) / 1000, 3)


def render(fitted: dict, thresholds: dict[str, float], window: int) -> str:
    def num(v: float) -> str:
        return f"{v:.3f}"
    lines = [BEGIN, f"    intercept: {num(fitted['intercept'])}\n", "    weights:\n"]
    lines += [f"      {name}: {num(w)}\n" for name, w in fitted["weights"].items()]
    lines.append(f"    lone_intercept: {num(fitted['lone_intercept'])}\n")
    lines.append(f"    lone_threshold: {fitted.get('lone_threshold', 0.5)}\n")
    lines.append("    lone_weights:" + ("\n" if fitted["lone_weights"] else " {}\n"))
    lines += [f"      {name}: {num(w)}\n" for name, w in fitted["lone_weights"].items()]
    lines.append(f"    window: {window}\n")
    lines.append("    smoothing: {" + ", ".join(f"{k}: {num(v)}" for k, v in fitted["smoothing"].items())
                 + "}\n")
    lines.append("    thresholds: {" + ", ".join(f"{k}: {v}" for k, v in thresholds.items()) + "}\n")
    lines.append("    # word -> log-odds of furniture writing it rather than article text\n")
    lines += _flow("interface_words", fitted["interface_words"])
    lines.append("    # each feature's mean on article lines: the message names what differs most\n")
    lines.append("    typical:\n")
    lines += [f"      {name}: {num(v)}\n" for name, v in fitted["typical"].items()]
    lines.append(END)
    return "".join(lines)


def _flow(key: str, mapping: dict[str, float], width: int = 98) -> list[str]:
    """``key: {a: 1.0, b: 2.0}`` as YAML flow mapping lines of at most ``width`` characters."""
    items = [f"{word}: {value}" for word, value in mapping.items()]
    lines, line = [], f"    {key}: {{"
    for n, item in enumerate(items):
        item += "," if n < len(items) - 1 else "}"
        if len(line) + len(item) + 1 > width:
            lines.append(line.rstrip() + "\n")
            line = "      "
        line += item + " "
    lines.append((line.rstrip() if items else line + "}") + "\n")
    return lines


def write_pack(block: str) -> None:
    text = PACK.read_text(encoding="utf-8")
    start, end = text.index(BEGIN), text.index(END) + len(END)
    PACK.write_text(text[:start] + block + text[end:], encoding="utf-8")


def load_rule(text: str | None = None) -> FurnitureRule:
    if text is not None:
        tmp = ROOT / "benchmarks" / ".furniture-fit.yaml"
        tmp.write_text(text, encoding="utf-8")
        try:
            pack = load_pack(tmp)
        finally:
            tmp.unlink()
    else:
        pack = load_pack(PACK)
    return next(r for r in pack.rules if r.id == RULE_ID)


def report(docs: list[Doc], rule: FurnitureRule) -> None:
    """Run the rule as users do and print recall and false alarms per source and split."""
    print("| source | split | furniture lines | found (any) | found (warning) "
          "| article lines | warned | info |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    truth = defaultdict(lambda: [0, 0, 0])  # split -> words, warnings, pages failing
    for source in ("aeb-para", "traf-raw", "traf-clean", "aeb-truth", "injected"):
        for split in ("tune", "check"):
            counts = defaultdict(int)
            for d in docs:
                if d.source != source or d.split != split:
                    continue
                found = {f.line: f.severity for f in rule.check(d.doc)}
                for line, y in d.labels.items():
                    sev = found.get(line)
                    counts[y, "n"] += 1
                    counts[y, "any"] += sev is not None
                    counts[y, "warn"] += sev is not None and sev >= 2
                if source == "aeb-truth":
                    warned = sum(1 for s in found.values() if s >= 2)
                    t = truth[split]
                    t[0] += d.doc.word_count
                    t[1] += warned
                    t[2] += warned > 0
            pos, neg = counts[1, "n"], counts[0, "n"]
            pct = lambda a, b: f"{100 * a / b:.1f}%" if b else "-"  # noqa: E731
            print(f"| {source} | {split} | {pos} | {pct(counts[1, 'any'], pos)} | {pct(counts[1, 'warn'], pos)} "
                  f"| {neg} | {pct(counts[0, 'warn'], neg)} | {pct(counts[0, 'any'] - counts[0, 'warn'], neg)} |")
    for split, (words, warnings, failing) in truth.items():
        pages = sum(1 for d in docs if d.source == "aeb-truth" and d.split == split)
        print(f"truth {split}: {warnings} warnings, {warnings / words * 10_000:.2f} per 10k words, "
              f"{pages - failing}/{pages} pages pass")


def held_out(docs: list[Doc], seed: str) -> list[Doc]:
    """The tune documents only, half of their pages and sites (by a hash of ``seed`` and the
    name) relabelled check: a held-out reading that never looks at the check part."""
    docs = [d for d in docs if d.split == "tune"]
    for d in docs:
        digest = hashlib.sha1((seed + d.group).encode()).hexdigest()
        if d.source != "injected" and int(digest, 16) % 2:
            d.split = "check"
    return docs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent.parent / "shared" / "data")
    parser.add_argument("--write", action="store_true", help="store the fitted values in the pack")
    parser.add_argument("--warn", action="store_true",
                        help="add a warning threshold (the default pack has none, see the README)")
    parser.add_argument("--max-fp", type=float, default=0.005,
                        help="share of article lines of each tune source warned about at most")
    parser.add_argument("--max-fp-truth", type=float, default=0.003,
                        help="the same for the human bodies (truth/), which a gate must pass")
    parser.add_argument("--max-fp-info", type=float, default=0.07,
                        help="share of article lines of each tune source reported at all")
    parser.add_argument("--window", type=int, default=2)
    parser.add_argument("--C", type=float, default=1.0, dest="c",
                        help="inverse regularisation strength of the three fits")
    parser.add_argument("--held-out", metavar="SEED",
                        help="choose settings on the tune part alone: the check part is not "
                             "loaded, the tune pages and sites are split in two by a hash of "
                             "SEED and their name, and the half not fitted on is reported as check")
    parser.add_argument("--min-sites", type=int, default=5,
                        help="an interface word is written by the furniture of this many sites")
    parser.add_argument("--min-log-odds", type=float, default=0.5,
                        help="and is at least this much more likely in furniture (log-odds)")
    args = parser.parse_args()
    if not args.data.is_dir():
        args.data = Path("/work/shared/data")
    started = time.perf_counter()
    docs = load(args.data)
    if args.held_out is not None:
        docs = held_out(docs, args.held_out)
    tune = {d.group for d in docs if d.split == "tune" and d.source != "injected"}
    lexicon = interface_lexicon(docs, tune, args.min_sites, args.min_log_odds)
    rule = load_rule()
    rule.interface_words = lexicon  # the features read this fit's lexicon, not the pack's
    features(docs, rule, cross_fitted(docs, args.min_sites, args.min_log_odds))
    print(f"{len(docs)} documents, {len(lexicon)} interface words, features in "
          f"{time.perf_counter() - started:.1f} s", file=sys.stderr)
    fitted = {**fit(docs, rule, args.window, args.c), "interface_words": lexicon}
    text = PACK.read_text(encoding="utf-8")
    start, end = text.index(BEGIN), text.index(END) + len(END)
    # the line model's thresholds first, without the lone-line model; then the lone one's
    provisional = render({**fitted, "lone_weights": {}}, {"warning": 0.99, "info": 0.9}, args.window)
    rule = load_rule(text[:start] + provisional + text[end:])
    probabilities(docs, rule)
    extracted = ("aeb-para", "traf-raw", "traf-clean")
    thresholds = {"info": choose_threshold(docs, dict.fromkeys(extracted, args.max_fp_info))}
    rule = load_rule(text[:start] + render(fitted, thresholds, args.window) + text[end:])
    fitted["lone_threshold"] = lone_threshold(docs, rule, thresholds["info"])
    if args.warn:
        thresholds = {"warning": choose_threshold(docs, {**dict.fromkeys(extracted, args.max_fp),
                                                         "aeb-truth": args.max_fp_truth}),
                      **thresholds}
    block = render(fitted, thresholds, args.window)
    rule = load_rule(text[:start] + block + text[end:])
    print(block)
    report(docs, rule)
    if args.write and args.held_out is None:
        write_pack(block)
        print(f"written to {PACK}", file=sys.stderr)


if __name__ == "__main__":
    main()
