"""Clean, human-edited news prose produces (almost) no findings: < 1 per 10,000 words."""

from __future__ import annotations

from textlint_news import Document
from textlint_news.findings import Severity

from ..conftest import DATA


def test_false_positives_on_clean_news_below_one_per_10k_words(linter):
    texts = sorted((DATA / "clean").glob("*.truth.txt"))
    assert len(texts) >= 10
    words = 0
    false_positives = []
    for path in texts:
        doc = Document.from_string(path.read_text(encoding="utf-8"), path.name)
        words += doc.word_count
        false_positives += [f"{f.path}:{f.line}: {f.rule_id}" for f in linter.lint(doc).findings
                            if f.severity >= Severity.WARNING]
    assert words > 8000
    assert len(false_positives) / words * 10_000 < 1, false_positives
