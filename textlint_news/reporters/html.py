"""``html``: one self-contained page for a crawl: totals and the gate, findings per rule and per
site, a site x rule heat map, findings per document, the worst documents with snippets, and a
trend per day when documents carry a date (``--date-field``).

The charts are plotly.js, inlined from the ``plotly`` package (``pip install
'textlint-news[html]'``), so the page opens offline. Tables are sortable and filterable by a
few lines of script shipped beside this module; everything from the input is put into the page
as text nodes, never as markup. The report streams: it keeps counters and a bounded list of the
worst documents, never the findings themselves, so memory does not grow with the crawl.
"""

from __future__ import annotations

import heapq
import html
import importlib.util
import json
import shutil
from collections import Counter
from importlib import resources
from itertools import count
from pathlib import Path
from typing import Any

from textlint_news import __version__
from textlint_news.engine import DocumentResult
from textlint_news.findings import Finding, Severity
from textlint_news.ruledocs import help_uri
from textlint_news.sources import SourceError
from textlint_news.reporters.base import Reporter, Summary, plural

WORST_DOCUMENTS = 50  # documents listed with their snippets
SNIPPETS_PER_DOCUMENT = 5
SNIPPET_CONTEXT = 60  # characters shown either side of a finding
ERRORS_LISTED = 100
SITES_LISTED = 1000  # in the table, most findings first; the counters keep every site
HEAT_MAP_SITES = HEAT_MAP_RULES = 30
BAR_ITEMS = 40
# findings per document, grouped so a crawl with a few huge documents keeps a readable chart
BUCKETS = ((0, 0), (1, 1), (2, 2), (3, 3), (4, 4), (5, 9), (10, 19), (20, 49), (50, 99),
           (100, 199), (200, 499), (500, 999), (1000, None))
PLOTLY_MISSING = ("the html output format needs plotly, which ships the chart library: "
                  "pip install 'textlint-news[html]'")


def plotly_js() -> Path | None:
    """plotly.js as shipped by the ``plotly`` package, or None when it is not installed. Found
    without importing plotly, which would cost the run several megabytes for nothing."""
    spec = importlib.util.find_spec("plotly")
    if spec is None or not spec.submodule_search_locations:
        return None
    script = Path(spec.submodule_search_locations[0]) / "package_data" / "plotly.min.js"
    return script if script.is_file() else None


def document_site(result: DocumentResult) -> str:
    """``Document.site`` (a record's host, or the crawl folder of a file: ``sites.py``); ``-``
    when the input does not tell (stdin)."""
    return result.document.site or "-"


def _snippet(result: DocumentResult, f: Finding) -> dict[str, Any]:
    """The finding's line cut to its neighbourhood: text before, the flagged span, text after."""
    line = result.document.line_text(f.line)
    start = f.column - 1
    end = f.end_column - 1 if f.end_line == f.line else len(line)
    end = max(start, min(end, start + 2 * SNIPPET_CONTEXT))
    before = line[max(0, start - SNIPPET_CONTEXT):start]
    after = line[end:end + SNIPPET_CONTEXT]
    return {"rule": f.rule_id, "severity": str(f.severity), "line": f.line, "column": f.column,
            "message": f.message,
            "before": ("…" if start > SNIPPET_CONTEXT else "") + before,
            "match": line[start:end],
            "after": after + ("…" if end + SNIPPET_CONTEXT < len(line) else "")}


def _json(data: Any) -> str:
    """JSON safe inside a <script> element: no ``</script>`` or ``<!--`` can end it early.
    ASCII only, so a file name or text holding a lone surrogate (bytes that were not UTF-8)
    reaches the page as an escape instead of failing the write."""
    return json.dumps(data, separators=(",", ":")).replace("<", "\\u003c")


def _asset(name: str) -> str:
    return (resources.files(__package__) / name).read_text("utf-8")


class HtmlReporter(Reporter):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.site_documents: Counter = Counter()
        self.site_documents_with_findings: Counter = Counter()
        self.site_findings: Counter = Counter()
        self.site_rule: Counter = Counter()  # (site, rule id) -> findings
        self.rule_documents: Counter = Counter()
        self.per_document: Counter = Counter()  # findings in a document -> documents
        # min-heap of the worst documents, each entry one JSON string: a few long-lived objects
        # rather than dozens scattered over the allocator's arenas, which would pin them
        self.worst: list[tuple[int, int, str]] = []
        self.order = count()
        self.errors: list[dict[str, str]] = []

    @classmethod
    def missing_extra(cls) -> str | None:
        return None if plotly_js() is not None else PLOTLY_MISSING

    def document(self, result: DocumentResult, findings: list[Finding]) -> None:
        site = document_site(result)
        n = len(findings)
        self.site_documents[site] += 1
        self.per_document[n] += 1
        if not n:
            return
        self.site_documents_with_findings[site] += 1
        self.site_findings[site] += n
        rules = Counter(f.rule_id for f in findings)
        self.rule_documents.update(rules.keys())
        for rule_id, k in rules.items():
            self.site_rule[site, rule_id] += k
        # ties keep the document seen first: later ones sort lower (-order)
        key = (n, -next(self.order))
        if len(self.worst) < WORST_DOCUMENTS or key > self.worst[0][:2]:
            doc = result.document
            entry = _json({"path": doc.path, "record": doc.record_id, "site": site,
                           "findings": n, "rules": ", ".join(sorted(rules)),
                           "snippets": [_snippet(result, f)
                                        for f in findings[:SNIPPETS_PER_DOCUMENT]]})
            push = heapq.heappush if len(self.worst) < WORST_DOCUMENTS else heapq.heappushpop
            push(self.worst, (*key, entry))

    def error(self, error: SourceError) -> None:
        if len(self.errors) < ERRORS_LISTED:
            self.errors.append({"path": error.path, "record": error.record_id,
                                "message": error.message})

    def data(self, summary: Summary) -> dict[str, Any]:
        """Everything the page shows, as plain JSON."""
        by_rule = sorted(summary.by_rule.items(), key=lambda kv: (-kv[1], kv[0]))
        by_site = sorted(self.site_documents, key=lambda s: (-self.site_findings[s], s))
        heat_sites = [s for s in by_site if self.site_findings[s]][:HEAT_MAP_SITES]
        heat_rules = [r for r, _ in by_rule[:HEAT_MAP_RULES]]
        return {
            "version": __version__,
            "totals": self.totals(summary),
            "gate": self.gate_result(summary),
            "rules": [{"rule": r, "severity": str(summary.severity_of[r]), "findings": k,
                       "documents": self.rule_documents[r], "url": help_uri(r)}
                      for r, k in by_rule],
            "sites": [{"site": s, "documents": self.site_documents[s],
                       "with_findings": self.site_documents_with_findings[s],
                       "findings": self.site_findings[s],
                       "per_document": round(self.site_findings[s] / self.site_documents[s], 2)}
                      for s in by_site[:SITES_LISTED]],
            "bars": {"rules": by_rule[:BAR_ITEMS],
                     "sites": [(s, self.site_findings[s]) for s in heat_sites[:BAR_ITEMS]]},
            "heat": {"sites": heat_sites, "rules": heat_rules,
                     "z": [[self.site_rule[s, r] for r in heat_rules] for s in heat_sites]},
            "per_document": self.buckets(),
            "days": [{"day": d["day"], "documents": d["documents"], "findings": d["findings"]}
                     for d in summary.day_rows()],
            "worst": [json.loads(entry) for *_, entry in sorted(self.worst, reverse=True)],
            "errors": self.errors,
        }

    def totals(self, summary: Summary) -> dict[str, int]:
        return {"documents": summary.documents,
                "documents_with_findings": summary.documents_with_findings,
                "findings": summary.total, "sites": len(self.site_documents),
                **{str(s): summary.by_severity[s] for s in reversed(Severity)},
                "unreadable": summary.errors, "notices": summary.notices,
                "baselined": summary.baselined}

    def gate_result(self, summary: Summary) -> dict[str, Any]:
        """Passed or failed, and why, as the exit code of ``check`` decides it."""
        gate = self.gate
        if summary.errors:
            return {"passed": False, "text": f"Failed: {plural(summary.errors, 'input')} "
                                             "could not be read (exit 2)."}
        if summary.refused_empty:
            return {"passed": False, "text": "Failed: nothing was checked (exit 2)."}
        if gate.threshold is None:
            return {"passed": True, "text": "Passed: --fail-on never."}
        n = gate.failing(summary.by_severity)
        at = f"{plural(n, 'finding')} at {gate.fail_on} or above"
        limit = f", {gate.tolerance} allowed" if gate.tolerance else ""
        if gate.run_fails(summary.by_severity):
            return {"passed": False, "text": f"Failed: {at}{limit}."}
        return {"passed": True, "text": f"Passed: {at}{limit}."}

    def buckets(self) -> list[dict[str, Any]]:
        rows = []
        for low, high in BUCKETS:
            docs = sum(v for k, v in self.per_document.items()
                       if k >= low and (high is None or k <= high))
            label = str(low) if low == high else f"{low}+" if high is None else f"{low}–{high}"
            rows.append({"findings": label, "documents": docs})
        while len(rows) > 1 and not rows[-1]["documents"]:  # no empty tail of large buckets
            rows.pop()
        return rows

    def finish(self, summary: Summary) -> None:
        data = self.data(summary)
        totals, gate = data["totals"], data["gate"]
        cards = [("Documents", totals["documents"], "documents"),
                 ("With findings", totals["documents_with_findings"], "documents-with-findings"),
                 ("Findings", totals["findings"], "findings"),
                 ("Errors", totals["error"], "errors"), ("Warnings", totals["warning"], "warnings"),
                 ("Info", totals["info"], "infos"), ("Sites", totals["sites"], "sites"),
                 ("Unreadable inputs", totals["unreadable"], "unreadable")]
        cards_html = "".join(f'<div class="card"><div class="n" id="total-{key}">{value}</div>'
                             f'<div class="label">{label}</div></div>'
                             for label, value, key in cards)
        gate_class = "passed" if gate["passed"] else "failed"
        write = self.out.write
        write('<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">\n'
              '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
              f"<title>textlint-news report</title>\n<style>{_asset('html_report.css')}</style>\n"
              # first, so an error anywhere later (plotly.js included) is recorded on the page
              f"<script>{_asset('html_errors.js')}</script>\n")
        write("<script>")
        with plotly_js().open("r", encoding="utf-8") as script:  # copied, never held whole
            shutil.copyfileobj(script, self.out)
        write("</script>\n</head><body>\n")
        write(f'<header><h1>textlint-news report</h1><p id="gate" class="gate {gate_class}">'
              f"{html.escape(gate['text'])}</p></header>\n"
              f'<section class="cards">{cards_html}</section>\n')
        write(_asset("html_body.html"))
        write(f'<script type="application/json" id="report-data">{_json(data)}</script>\n'
              f"<script>{_asset('html_report.js')}</script>\n</body></html>\n")
