"""Every reporter rendered without the CLI and compared with its snapshot, as ruff's emitters are.

The same run for each format: an article with findings of three severities (two fixable), a
crawl record of a known site with a notice, and an input that could not be read. A changed
report fails here with a diff; after checking the new output is right, write the snapshots
again with ``UPDATE_SNAPSHOTS=1 pytest tests/reporters/test_snapshots.py``.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from textlint_news import Document, Linter
from textlint_news.engine import DocumentResult, Notice
from textlint_news.reporters import REPORTERS, Summary, reporter_for
from textlint_news.session.gate import Gate
from textlint_news.sources import SourceError

from ..helpers import rules_from_yaml
from .test_reporters import PACK, TEXT

SNAPSHOTS = Path(__file__).parent / "snapshots"
RECORD = "Markets closed early &amp; quietly on Friday .\n"
# the HTML page is plotly's 4 MB script around a data block: the data is what is compared
FORMATS = sorted(set(REPORTERS) - {"html"})


def results() -> list[DocumentResult | SourceError]:
    linter = Linter(rules_from_yaml(PACK, "house.yaml"))
    article = linter.lint(Document.from_string(TEXT, "article.txt"))
    record_doc = Document.from_string(RECORD, "crawl.jsonl", record_id="rec-7")
    record_doc.site = "example.org"
    record = linter.lint(record_doc)
    record.notices.append(Notice(rule_id="space-dot", path="crawl.jsonl", record_id="rec-7",
                                 message="a notice the run wants the reader to see"))
    return [article, record, SourceError("missing.txt", "cannot read file: No such file or directory")]


def render(output_format: str, statistics: str = "") -> str:
    out = io.StringIO()
    reporter = reporter_for(output_format, statistics)(
        out, color=False, rules=rules_from_yaml(PACK, "house.yaml"), max_results=None)
    reporter.gate = Gate("warning")
    summary = Summary()
    for item in results():
        if isinstance(item, SourceError):
            summary.errors += 1
            reporter.error(item)
        else:
            summary.add(item, item.findings)
            reporter.document(item, item.findings)
    reporter.finish(summary)
    return out.getvalue()


def compare(name: str, text: str) -> None:
    text = text.replace(Path.cwd().as_uri(), "file:///checkout")
    path = SNAPSHOTS / name
    if os.environ.get("UPDATE_SNAPSHOTS"):
        path.write_text(text, encoding="utf-8")
    assert path.exists(), f"no snapshot {name}: run with UPDATE_SNAPSHOTS=1 once"
    assert text == path.read_text(encoding="utf-8")


@pytest.fixture(autouse=True)
def in_a_fixed_folder(tmp_path, monkeypatch):
    # SARIF names the folder paths are relative to: the same one wherever the suite runs
    folder = tmp_path / "checkout"
    folder.mkdir()
    monkeypatch.chdir(folder)


@pytest.mark.parametrize("output_format", FORMATS)
def test_report_matches_its_snapshot(output_format):
    compare(f"{output_format}.txt", render(output_format))


@pytest.mark.parametrize("statistics, output_format", [("rule", "full"), ("rule", "json"),
                                                       ("site", "full"), ("site", "json")])
def test_statistics_match_their_snapshot(statistics, output_format):
    compare(f"statistics-{statistics}-{output_format}.txt", render(output_format, statistics))
