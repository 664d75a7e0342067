"""Reports that scraped text cannot subvert: GitHub Actions workflow commands in the human
readable reports and ``--diff``, embedded links in SARIF messages; and summaries that say what
was checked (files or records) and what can be fixed.

The runner executes ``##[name]data`` anywhere in a log line and ``::name::data`` at the start of
one (actions/runner, ``ActionCommand.TryParse``/``TryParseV2``); a lone CR ends a line for it.
"""

from __future__ import annotations

import io
import json
import re
import textwrap

import jsonschema
import pytest
from click.testing import CliRunner

from textlint_news.cli import main
from textlint_news.reporters import REPORTERS, Summary
from textlint_news.sources import SourceError

from .conftest import DATA

PACK = """\
pack: house
rules:
  - id: html-amp
    kind: pattern
    severity: error
    message: 'undecoded entity "{match}"'
    pattern: '&amp;'
    fix: {replacement: '&', safe: true}
  - id: command
    kind: pattern
    severity: warning
    message: 'command-like "{match}"'
    pattern: '\\S*(?:\\#\\#\\[|::)\\S*'
  - id: link
    kind: pattern
    severity: warning
    message: 'link residue "{match}"'
    pattern: '\\[[^\\]\\n]*\\]\\([^)\\n]*\\)'
    fix: {replacement: '', safe: false}
"""
TEXT = "Officials said ##[error]Fake alarm.\n::warning::Forged too\n"
SCHEMA = json.loads((DATA / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))


@pytest.fixture
def run(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "house.yaml").write_text(PACK, encoding="utf-8")

    def invoke(*args, input=None):
        return CliRunner().invoke(main, ["check", "--no-default-rules", "--rules", "house.yaml",
                                         *args], input=input, catch_exceptions=False)
    return invoke


def runner_commands(output: str) -> list[str]:
    """The lines of ``output`` that GitHub's runner would take for workflow commands."""
    lines = re.split(r"\r\n|\r|\n", output)
    return [line for line in lines if "##[" in line or line.lstrip().startswith("::")]


# -- workflow commands in human-readable reports ----------------------------------------------

def test_concise_neutralises_commands_in_paths_and_messages(run, tmp_path):
    (tmp_path / "##[error]a.txt").write_text(TEXT, encoding="utf-8")
    result = run("--format", "concise", "##[error]a.txt")
    assert result.stdout.splitlines()[:2] == [
        '##\\[error]a.txt:1:16: warning[command] command-like "##\\[error]Fake"',
        '##\\[error]a.txt:2:1: warning[command] command-like "::warning::Forged"',
    ]
    assert runner_commands(result.stdout) == []


def test_full_neutralises_commands_and_keeps_the_caret_under_the_span(run, tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    result = run("--select", "command", "a.txt")
    assert result.stdout == textwrap.dedent('''\
        a.txt:1:16: warning[command] command-like "##\\[error]Fake"
           | Officials said ##\\[error]Fake alarm.
           |                ^^^^^^^^^^^^^^

        a.txt:2:1: warning[command] command-like "::warning::Forged"
           | ::warning::Forged too
           | ^^^^^^^^^^^^^^^^^

        Found 2 findings (2 warnings) in 1 file; 0 fixable
        ''')


def test_a_command_split_between_context_and_span_is_still_neutralised(run, tmp_path):
    (tmp_path / "a.txt").write_text("See ##[a](b) now\n", encoding="utf-8")
    result = run("--select", "link", "a.txt")
    assert result.stdout.splitlines()[1:3] == [
        "   | See ##\\[a](b) now",
        "   |       ^^^^^^^",
    ]


def test_stdin_filename_cannot_start_a_line_with_a_command(run):
    result = run("--format", "concise", "--stdin-filename", "::error::x.txt", "-",
                 input="Prices rose &amp; fell.\n")
    assert result.stdout.splitlines()[0] == (
        ':\\:error::x.txt:1:13: error[html-amp] undecoded entity "&amp;"')
    full = run("--stdin-filename", "::error::x.txt", "-", input="Prices rose &amp; fell.\n")
    assert full.stdout.splitlines()[0] == (
        ':\\:error::x.txt:1:13: error[html-amp] undecoded entity "&amp;"')


def test_error_lines_on_stdout_and_stderr_are_neutralised(run):
    result = run("--format", "concise", "##[error]gone.txt")
    assert result.exit_code == 2
    assert result.stdout.splitlines()[0] == "##\\[error]gone.txt: error: no such file or folder"
    assert result.stderr.splitlines() == ["textlint-news: ##\\[error]gone.txt: no such file or folder"]
    stats = run("--statistics", "##[error]gone.txt")
    assert stats.stdout.splitlines()[0] == "##\\[error]gone.txt: error: no such file or folder"


def test_diff_neutralises_commands_in_lines_and_file_names(run, tmp_path):
    (tmp_path / "##[group]a.txt").write_bytes(
        b"::warning::kept\nPrices ##[error] rose &amp; fell.\nold\r::error::cr\n")
    result = run("--diff", "##[group]a.txt")
    assert result.stdout == (
        "--- ##\\[group]a.txt\n"
        "+++ ##\\[group]a.txt\n"
        "@@ -1,3 +1,3 @@\n"
        " :\\:warning::kept\n"
        "-Prices ##\\[error] rose &amp; fell.\n"
        "+Prices ##\\[error] rose & fell.\n"
        " old\r:\\:error::cr\n")
    assert runner_commands(result.stdout) == []


def test_github_format_is_left_as_github_parses_it(run, tmp_path):
    (tmp_path / "a.txt").write_text("Prices ##[x] rose &amp; fell.\n", encoding="utf-8")
    result = run("--format", "github", "--select", "html-amp", "a.txt")
    assert result.stdout == ("::error file=a.txt,line=1,col=19,endLine=1,endColumn=24,"
                             "title=textlint-news (html-amp)::html-amp: undecoded entity \"&amp;\"\n")


def taken_out(shown: str) -> str:
    """The text before ``neutralise``: one backslash less after each command prefix."""
    return re.sub(r"(##)\\(?=\\*\[)|((?:^|(?<=[\r\n]))[^\S\r\n]*:)\\(?=\\*:)",
                  lambda m: m.group(1) or m.group(2), shown)


@pytest.mark.parametrize("text, shown", [
    ("##[error]x", "##\\[error]x"),
    ("a ###[x] b ##[y]", "a ###\\[x] b ##\\[y]"),
    ("::error::x", ":\\:error::x"),
    ("  ::error::x", "  :\\:error::x"),
    ("a ::error::x", "a ::error::x"),          # not at the start of a line: nothing to run
    ("a\r::error::x", "a\r:\\:error::x"),      # a lone CR starts a line for the runner
    ("##\\[x] and :\\:y", "##\\\\[x] and :\\:y"),  # an escape already there gets one more
    (":\\:y", ":\\\\:y"),
])
def test_neutralise_adds_one_backslash_that_can_be_taken_out(text, shown):
    from textlint_news.reporters.terminal import neutralise
    assert neutralise(text) == shown
    assert taken_out(shown) == text


# -- embedded links in SARIF messages ---------------------------------------------------------

def sarif_of(result):
    log = json.loads(result.stdout)
    jsonschema.Draft4Validator(SCHEMA).validate(log)
    return log


def test_sarif_messages_quoting_a_link_are_not_links(run, tmp_path):
    (tmp_path / "a.txt").write_text("Read [our terms](https://evil.example) today.\n",
                                    encoding="utf-8")
    (tmp_path / "c.jsonl").write_text('{"id": "[r](https://x.example)", "text": "x [a](b)"}\n',
                                      encoding="utf-8")
    log = sarif_of(run("--format", "sarif", "--select", "link", "a.txt"))
    result = log["runs"][0]["results"][0]
    # a rule without a description is described by its first message
    assert log["runs"][0]["tool"]["driver"]["rules"][0]["fullDescription"]["text"] == (
        'link residue "\\[our terms\\]\\(https://evil.example)"')
    assert result["message"]["text"] == 'link residue "\\[our terms\\]\\(https://evil.example)"'
    assert result["fixes"][0]["description"]["text"] == (
        'remove "\\[our terms\\]\\(https://evil.example)"')
    # the snippet is the artifact's text, not a message: as it is
    assert result["locations"][0]["physicalLocation"]["region"]["snippet"]["text"] == (
        "[our terms](https://evil.example)")
    record = sarif_of(run("--jsonl", "--format", "sarif", "--select", "link", "c.jsonl"))
    assert record["runs"][0]["results"][0]["message"]["text"] == (
        'link residue "\\[a\\]\\(b)" (record \\[r\\]\\(https://x.example), line 1, column 3)')


def test_sarif_notifications_escape_links_in_messages(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    out = io.StringIO()
    reporter = REPORTERS["sarif"](out)
    reporter.error(SourceError("a.txt", "cannot read: [x](https://y.example)"))
    reporter.finish(Summary(errors=1))
    log = json.loads(out.getvalue())
    jsonschema.Draft4Validator(SCHEMA).validate(log)
    assert log["runs"][0]["invocations"][0]["toolExecutionNotifications"][0]["message"] == {
        "text": "cannot read: \\[x\\]\\(https://y.example)"}


def unescaped(text: str) -> str:
    return re.sub(r"\\([\\\[\]()])", r"\1", text)


@pytest.mark.parametrize("text, shown", [
    ("[a](b)", "\\[a\\]\\(b)"),
    ("a (b) [c] d", "a (b) \\[c\\] d"),
    ("C:\\Users\\x", "C:\\Users\\x"),          # a backslash before a letter stays single
    ("\\[a]\\(b)", "\\\\\\[a\\]\\\\(b)"),
    ("a\\\\b", "a\\\\\\b"),
])
def test_sarif_plain_text_escapes_are_reversible(text, shown):
    from textlint_news.reporters.sarif import plain_text
    assert plain_text(text) == shown
    assert unescaped(shown) == text
    assert not re.search(r"\[[^\]]*\]\(", shown)  # what viewers take for a link
