"""The gate decides alike for check's exit code, the crawl split, the HTML report, Spark and
datatrove: these pin its decisions once."""

from __future__ import annotations

import pytest

from textlint_news.findings import Finding, Severity
from textlint_news.session.gate import Gate


def finding(rule_id: str, severity: Severity) -> Finding:
    return Finding(rule_id=rule_id, pack="p", severity=severity, path="a.txt", line=1, column=1,
                   end_line=1, end_column=2, message="m", start=0, end=1)


FINDINGS = [finding("b-rule", Severity.WARNING), finding("a-rule", Severity.ERROR),
            finding("a-rule", Severity.ERROR), finding("c-rule", Severity.INFO)]


@pytest.mark.parametrize("fail_on, rules", [
    ("error", ["a-rule"]), ("warning", ["a-rule", "b-rule"]),
    ("info", ["a-rule", "b-rule", "c-rule"]), ("never", [])])
def test_a_document_fails_on_the_rules_at_or_above_fail_on(fail_on, rules):
    gate = Gate(fail_on)
    assert gate.failing_rules(FINDINGS) == rules
    assert gate.passes(FINDINGS) is (rules == [])


def test_a_run_fails_when_more_findings_than_tolerated_are_at_or_above_fail_on():
    counts = {Severity.ERROR: 2, Severity.WARNING: 1, Severity.INFO: 5}
    assert Gate("warning").failing(counts) == 3
    assert Gate("warning", tolerance=3).run_fails(counts) is False
    assert Gate("warning", tolerance=2).run_fails(counts) is True
    assert Gate("never").run_fails(counts) is False


def test_an_unknown_fail_on_names_the_choices():
    with pytest.raises(ValueError, match="fail_on must be one of error, warning, info, never, not 'fatal'"):
        Gate("fatal")
