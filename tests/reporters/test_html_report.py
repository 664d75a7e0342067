"""The html report: the numbers it shows, asserted exactly, and the page opened in a real
headless Chromium (no console errors, no network, charts drawn, a non-blank screenshot)."""

from __future__ import annotations

import html
import io
import json
import os
import re
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest

from textlint_news import Document, Linter
from textlint_news.engine import DocumentResult
from textlint_news.reporters import Summary
from textlint_news.reporters import html as html_report
from textlint_news.reporters.html import HtmlReporter

from ..helpers import rules_from_yaml, run_cli
from .test_reporters import PACK

pytest.importorskip("plotly", reason="the html format needs the html extra (plotly)")

DOCUMENTS = {
    "crawl/alpha.example/1.txt": "Officials said the the talks ended .\n\nPrices rose &amp; fell.\n",
    "crawl/alpha.example/2.txt": "Prices rose &amp; fell &amp; rose.\n",
    "crawl/beta.example/3.txt": "A clean sentence.\n",
    # markup in the text must reach the page as text, never as markup
    "crawl/beta.example/4.txt": "The the end . </script><b>bold</b>\n",
}


def report_data(page: str) -> dict:
    match = re.search(r'<script type="application/json" id="report-data">(.*?)</script>', page, re.S)
    return json.loads(match.group(1))


def card(page: str, key: str) -> str:
    return re.search(rf'id="total-{key}">([^<]*)<', page).group(1)


@pytest.fixture
def crawl(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "house.yaml").write_text(PACK, encoding="utf-8")
    for name, text in DOCUMENTS.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")

    def check(*args):
        result = run_cli("check", "--no-default-rules", "--rules", "house.yaml",
                                           "-j", "1", "crawl", "--output-format", "html",
                                           "--output-file", "report.html", *args)
        return result, (tmp_path / "report.html").read_text(encoding="utf-8")
    return check


def test_totals_gate_rules_sites_and_worst_documents(crawl):
    result, page = crawl()
    assert result.exit_code == 1
    assert [card(page, k) for k in ("documents", "documents-with-findings", "findings", "errors",
                                    "warnings", "infos", "sites", "unreadable")] == \
        ["4", "3", "7", "3", "2", "2", "2", "0"]
    assert 'class="gate failed">Failed: 5 findings at warning or above.</p>' in page
    data = report_data(page)
    assert data["rules"] == [
        {"rule": "html-amp", "severity": "error", "findings": 3, "documents": 2,
         "url": "https://github.com/textlint-news/textlint-news/blob/main/docs/rules/html-amp.md"},
        {"rule": "doubled-the", "severity": "warning", "findings": 2, "documents": 2,
         "url": "https://github.com/textlint-news/textlint-news/blob/main/docs/rules/doubled-the.md"},
        {"rule": "space-dot", "severity": "info", "findings": 2, "documents": 2,
         "url": "https://github.com/textlint-news/textlint-news/blob/main/docs/rules/space-dot.md"}]
    assert data["sites"] == [
        {"site": "alpha.example", "documents": 2, "with_findings": 2, "findings": 5,
         "per_document": 2.5},
        {"site": "beta.example", "documents": 2, "with_findings": 1, "findings": 2,
         "per_document": 1.0}]
    assert data["heat"] == {"sites": ["alpha.example", "beta.example"],
                            "rules": ["html-amp", "doubled-the", "space-dot"],
                            "z": [[3, 1, 1], [0, 1, 1]]}
    assert data["per_document"] == [{"findings": "0", "documents": 1},
                                    {"findings": "1", "documents": 0},
                                    {"findings": "2", "documents": 2},
                                    {"findings": "3", "documents": 1}]
    assert data["days"] == []  # files carry no date: the page hides the trend
    worst = data["worst"]
    # most findings first; of equal counts, the document seen first
    assert [(w["path"], w["findings"], w["rules"]) for w in worst] == [
        ("crawl/alpha.example/1.txt", 3, "doubled-the, html-amp, space-dot"),
        ("crawl/alpha.example/2.txt", 2, "html-amp"),
        ("crawl/beta.example/4.txt", 2, "doubled-the, space-dot")]
    assert worst[0]["snippets"][0] == {
        "rule": "doubled-the", "severity": "warning", "line": 1, "column": 16,
        "message": '"the the" is doubled', "before": "Officials said ", "match": "the the",
        "after": " talks ended ."}
    assert worst[2]["snippets"][1]["after"] == " </script><b>bold</b>"
    assert "</script><b>" not in page  # the JSON cannot close its <script> element
    # the plotly.js script is inlined: nothing is loaded from elsewhere
    assert not re.search(r"<script[^>]+src=|<link[^>]+href=", page)


def test_gate_as_configured(crawl):
    result, page = crawl("--fail-on", "error", "--max-findings", "3")
    assert result.exit_code == 0
    assert 'class="gate passed">Passed: 3 findings at error or above, 3 allowed.</p>' in page


def test_unreadable_records_fail_the_gate(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "house.yaml").write_text(PACK, encoding="utf-8")
    (tmp_path / "day").mkdir()
    (tmp_path / "day" / "a.jsonl").write_text('{"id": "r1", "text": "Fine text."}\nnot json\n',
                                              encoding="utf-8")
    result = run_cli("check", "--no-default-rules", "--rules", "house.yaml",
                                       "--jsonl", "day", "--output-format", "html",
                                       "--output-file", "report.html")
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert result.exit_code == 2
    assert 'class="gate failed">Failed: 1 input could not be read (exit 2).</p>' in page
    data = report_data(page)
    assert data["errors"] == [{"path": "day/a.jsonl", "record": None, "message":
                               "line 2: not valid JSON (Expecting value at column 1); "
                               "record skipped"}]
    # a record without a site of its own belongs to the folder of its file
    assert [(row["site"], row["documents"]) for row in data["sites"]] == [("day", 1)]


def test_sites_table_is_bounded(crawl, monkeypatch):
    monkeypatch.setattr(html_report, "SITES_LISTED", 1)
    _, page = crawl()
    data = report_data(page)
    assert [row["site"] for row in data["sites"]] == ["alpha.example"]  # most findings
    assert data["totals"]["sites"] == 2


def test_missing_plotly_is_a_clear_error(crawl, monkeypatch, tmp_path):
    monkeypatch.setattr(html_report, "plotly_js", lambda: None)
    result = run_cli("check", "--no-default-rules", "--rules", "house.yaml",
                                       "crawl", "--output-format", "html",
                                       "--output-file", "report.html")
    assert result.exit_code == 2
    assert result.output == ("textlint-news: error: the html output format needs plotly, which "
                             "ships the chart library: pip install 'textlint-news[html]'\n")
    assert not (tmp_path / "report.html").exists()


def dated_report(path: Path) -> dict:
    """A report of documents that carry a site and a date, as a source sets them."""
    linter = Linter(rules_from_yaml(PACK))
    out = io.StringIO()
    reporter = HtmlReporter(out, rules=linter.rules)
    summary = Summary()
    days = ["2026-11-02T08:00:00Z", "2026-11-01", "2026-11-02", "2026-11-01"]
    for n, ((name, text), day) in enumerate(zip(DOCUMENTS.items(), days)):
        doc = Document.from_string(text, "crawl.jsonl", record_id=str(n))
        doc.site, doc.date = name.split("/")[1], day
        result: DocumentResult = linter.lint(doc)
        summary.add(result, result.findings)
        reporter.document(result, result.findings)
    reporter.finish(summary)
    path.write_text(out.getvalue(), encoding="utf-8")
    return report_data(out.getvalue())


def test_trend_per_day(tmp_path):
    data = dated_report(tmp_path / "report.html")
    assert data["days"] == [{"day": "2026-11-01", "documents": 2, "findings": 4},
                            {"day": "2026-11-02", "documents": 2, "findings": 3}]
    assert [w["record"] for w in data["worst"]] == ["0", "1", "3"]


def non_blank(png: bytes) -> bool:
    """True when the image has content: a blank page's scanlines decompress to a few byte
    values, a drawn one to many."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat = 8, b""
    while pos < len(png):
        length, kind = struct.unpack(">I4s", png[pos:pos + 8])
        if kind == b"IDAT":
            idat += png[pos + 8:pos + 8 + length]
        pos += 12 + length
    return len(set(zlib.decompress(idat))) > 64


@pytest.mark.skipif(shutil.which("chromium") is None,
                    reason="Debian's chromium is not installed (.ci/run installs it)")
def test_report_renders_in_chromium(tmp_path):
    page = tmp_path / "report.html"
    dated_report(page)
    shot = tmp_path / "shot.png"
    # no network at all: a request to anywhere would fail and be recorded as an error
    run = subprocess.run(
        ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         "--disable-dev-shm-usage", "--hide-scrollbars", "--host-resolver-rules=MAP * ~NOTFOUND",
         "--window-size=1200,1800", "--virtual-time-budget=5000", f"--screenshot={shot}",
         "--dump-dom", page.as_uri()],
        capture_output=True, text=True, timeout=60,
        env={**os.environ, "DBUS_SESSION_BUS_ADDRESS": "disabled:"})
    dom = run.stdout
    assert run.returncode == 0, run.stderr
    root = re.search(r"<html[^>]*>", dom).group()
    assert "data-errors" not in root, html.unescape(root)
    assert 'data-charts="5"' in root  # rules, sites, heat map, per document, per day
    assert dom.count('class="trace bars"') == 3
    assert dom.count('class="hm"') == 1  # the heat map's image
    assert len(re.findall(r'class="trace scatter ', dom)) == 2  # findings, documents per day
    assert re.search(r'<a href="https://github.com/textlint-news/textlint-news/blob/main/docs/'
                     r'rules/html-amp.md"[^>]*>html-amp</a>', dom)
    assert "&lt;/script&gt;&lt;b&gt;bold&lt;/b&gt;" in dom  # shown as text
    assert non_blank(shot.read_bytes())
