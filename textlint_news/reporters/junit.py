"""``junit``: JUnit XML, which Jenkins, GitLab, Azure Pipelines and CircleCI show as test results.

Each document is a ``testsuite`` (named by its path and record id) and each finding a failing
``testcase`` named by its rule; a document without findings is one passing test case, so the
report counts what was checked. An input that could not be read is a test case with an
``error``. It is written as documents stream past: memory does not grow with the findings.
"""

from __future__ import annotations

from xml.sax.saxutils import escape as escape_xml, quoteattr

from textlint_news.engine import DocumentResult
from textlint_news.findings import Finding
from textlint_news.sources import SourceError
from textlint_news.reporters.base import Reporter, Summary
from textlint_news.reporters.concise import location
from textlint_news.reporters.terminal import escape

PASSED = "textlint-news"


def _text(value: str) -> str:
    """XML 1.0 cannot hold control characters or lone surrogates: they are shown as escapes,
    as in the text reports."""
    return escape_xml(escape(value))


def _attr(value: str) -> str:
    return quoteattr(escape(value))


class JunitReporter(Reporter):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.out.write('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="textlint-news">\n')

    def _suite(self, name: str, cases: list[str], failures: int = 0, errors: int = 0) -> None:
        self.out.write(f"  <testsuite name={_attr(name)} tests=\"{len(cases)}\" "
                       f"failures=\"{failures}\" errors=\"{errors}\">\n")
        self.out.writelines(cases)
        self.out.write("  </testsuite>\n")

    def document(self, result: DocumentResult, findings: list[Finding]) -> None:
        doc = result.document
        name = doc.path if doc.record_id is None else f"{doc.path}:{doc.record_id}"
        if not findings:
            self._suite(name, [f"    <testcase name={_attr(PASSED)} classname={_attr(name)}/>\n"])
            return
        cases = []
        for f in findings:
            where = location(f)
            cases.append(
                f"    <testcase name={_attr(f'{f.rule_id} at {where}')} classname={_attr(name)}>"
                f"<failure type={_attr(f.rule_id)} message={_attr(f.message)}>"
                f"{_text(f'{where}: {f.severity}[{f.rule_id}] {f.message}')}</failure>"
                "</testcase>\n")
        self._suite(name, cases, failures=len(cases))

    def error(self, error: SourceError) -> None:
        name = error.path if error.record_id is None else f"{error.path}:{error.record_id}"
        self._suite(name, [f"    <testcase name={_attr(PASSED)} classname={_attr(name)}>"
                           f"<error message={_attr(error.message)}/></testcase>\n"], errors=1)

    def finish(self, summary: Summary) -> None:
        self.out.write("</testsuites>\n")
