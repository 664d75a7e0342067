"""Broken or hostile rule packs: located errors and exit 2 before linting; no code runs; no hang."""

from __future__ import annotations

import time

import pytest

from textlint_news.matching import budget
from textlint_news import Document, Linter
from textlint_news.session.runner import run as run_sources

from ..helpers import rules_from_yaml, run_cli

# CPU time of this process (the CLI runs in it): a loaded machine stretches the wall clock, not
# the work, and the time limit under test counts CPU time too
clock = time.process_time

TEXT = "Officials in kyiv said.\n"


@pytest.fixture
def run(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # no project config is picked up from the checkout
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")

    def invoke(pack: str, *args: str):
        (tmp_path / "pack.yaml").write_bytes(pack.encode("utf-8", "surrogateescape"))
        return run_cli("check", "--format", "concise", "--jobs", "1",
                                         "--rules", "pack.yaml", *args, "a.txt")
    return invoke


@pytest.mark.parametrize("pack, message", [
    ("rules: [\n  - {id: r\n",
     "pack.yaml:2:3: invalid YAML: while parsing a flow node expected the node content, but "
     "found '-'"),
    ("rules:\n  - {id: r, kind: pattern, message: m, patern: x}\n",
     "pack.yaml:2:40: unknown field 'patern' in rule 'r' (did you mean 'pattern'?)"),
    ("rules:\n  - {id: r, kind: pattern, message: m, pattern: x, lines: many}\n",
     "pack.yaml:2:52: field 'lines' must be an integer, not the string 'many'"),
    ("rules:\n  - {id: proper-noun-case, kind: pattern, message: m, pattern: x}\n",
     "pack.yaml:2:6: duplicate rule id 'proper-noun-case' (first defined in "),  # + its file
    ("rules:\n  - {id: r, kind: pattern, message: m, pattern: '(?P<x>a'}\n",
     "pack.yaml:2:40: invalid regular expression in 'pattern': missing ) at position 7"),
    ("rules:\n  - {id: r, kind: pattern, message: m, pattern: '[z-a]'}\n",
     "pack.yaml:2:40: invalid regular expression in 'pattern': bad character range at "
     "position 4"),
    ("rules:\n  - {id: r, kind: pattern, message: m, pattern: x, fix: {replacement: '\\g<1>'}}\n",
     "pack.yaml:2:52: invalid 'replacement' in 'fix': invalid group reference at position 5"),
    ("rules:\n  - {id: r, kind: pattern, message: m, pattern: x, scope: last-lines, lines: 0}\n",
     "pack.yaml:2:71: field 'lines': must be 1 or more"),
    ("rules:\n  - {id: r, kind: pattern, message: '\udcff', pattern: x}\n",
     "pack.yaml:2:38: rule packs are UTF-8: byte 0xFF is not"),
])
def test_broken_pack_is_located_and_nothing_is_linted(run, pack, message):
    result = run(pack)
    assert result.exit_code == 2
    assert result.stdout == ""  # nothing was linted
    assert result.stderr.startswith(f"textlint-news: error: {message}")
    assert len(result.stderr.splitlines()) == 1


def test_python_tags_are_refused_and_nothing_executes(run, tmp_path):
    result = run("rules:\n  - !!python/object/apply:os.system ['touch pwned']\n")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == ("textlint-news: error: pack.yaml:2:5: YAML tag "
                             "'tag:yaml.org,2002:python/object/apply:os.system' is not allowed "
                             "in rule files\n")
    (tmp_path / ".textlint-news.yaml").write_text(
        "select: !!python/object/apply:pathlib.Path.touch ['pwned']\n")
    config = run("rules: []\n")
    assert config.exit_code == 2
    assert config.stderr == (f"textlint-news: error: {tmp_path}/.textlint-news.yaml:1:9: YAML tag "
                             "'tag:yaml.org,2002:python/object/apply:pathlib.Path.touch' is not "
                             "allowed in rule files\n")
    assert not (tmp_path / "pwned").exists()


def test_deep_nesting_and_alias_bombs_are_refused_quickly(run):
    deep = run("rules: " + "[" * 3000 + "]" * 3000 + "\n")
    assert (deep.exit_code, deep.stdout) == (2, "")
    assert deep.stderr == "textlint-news: error: pack.yaml: invalid YAML: nested too deeply\n"
    # each line holds ten of the previous one: 10**12 leaves if aliases were followed
    bomb = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"] + [
        f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 13)]
    started = clock()
    laughs = run("\n".join(bomb) + "\nrules: []\n")
    assert clock() - started < 5
    assert (laughs.exit_code, laughs.stdout) == (2, "")
    assert laughs.stderr == ("textlint-news: error: pack.yaml:2:10: YAML aliases (*name) are "
                             "not allowed in rule files; use the pack's defaults to share "
                             "fields\n")


SLOW = "rules:\n  - {id: slow, kind: pattern, message: m, pattern: '^(a|aa)+$'}\n"


@pytest.fixture
def short_time_limit(monkeypatch):
    monkeypatch.setattr(budget, "LIMIT_SECONDS", 0.05)


def test_catastrophic_backtracking_is_a_notice_not_a_hang(run, tmp_path, short_time_limit):
    (tmp_path / "a.txt").write_text("a" * 60 + "b in kyiv\n")
    started = clock()
    result = run(SLOW)
    assert clock() - started < 5
    # a notice is not a finding: the exit code is that of the findings (here 1, not 2)
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        'a.txt:1:66: error[proper-noun-case] "kyiv" should be written "Kyiv"',
        "a.txt: notice: rule 'slow' timed out on this document and was skipped",
        "1 notice: some checks did not run (see above).",
        "Found 1 finding (1 error) in 1 file; 1 fixable",
    ]
    only_slow = run(SLOW, "--select", "slow")
    assert only_slow.exit_code == 0
    # "passed" alone would hide that the only check did not run
    assert only_slow.stdout.splitlines()[-2:] == [
        "1 notice: some checks did not run (see above).", "All checks passed (1 file checked)."]


def test_slow_exceptions_share_one_time_limit_per_document(run, tmp_path, short_time_limit):
    """50 matches whose exception check backtracks cost one time limit, not 50."""
    (tmp_path / "a.txt").write_text(("a" * 40 + "!\n") * 50)
    started = clock()
    result = run("rules:\n  - {id: slow, kind: pattern, message: m, pattern: 'a+!', "
                 "exceptions: ['(a|aa)+']}\n", "--select", "slow")
    assert clock() - started < 2
    assert (result.exit_code, result.stdout.splitlines()[0]) == (
        0, "a.txt: notice: rule 'slow' timed out on this document and was skipped")


def test_a_rule_that_keeps_timing_out_is_switched_off(run, tmp_path, short_time_limit):
    """10 documents cost 3 time limits, not 10: the rule is off after its third timeout."""
    (tmp_path / "a.txt").unlink()
    for i in range(10):
        (tmp_path / f"doc{i}.txt").write_text("a" * 60 + "b\n")
    (tmp_path / "pack.yaml").write_text(SLOW)
    result = run_cli("check", "--format", "concise", "--jobs", "1",
                                       "--rules", "pack.yaml", "--select", "slow", ".")
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [
        "doc0.txt: notice: rule 'slow' timed out on this document and was skipped",
        "doc1.txt: notice: rule 'slow' timed out on this document and was skipped",
        "doc2.txt: notice: rule 'slow' timed out on this document and was skipped; it has timed "
        "out on 3 documents and is off for the rest of the run",
        "3 notices: some checks did not run (see above).",
        "All checks passed (10 files checked).",
    ]


def test_each_run_starts_with_every_rule_on(short_time_limit):
    linter = Linter(rules_from_yaml(SLOW))
    docs = [Document.from_string("a" * 60 + "b", f"d{i}.txt") for i in range(4)]
    for _ in range(2):  # a reused linter (library, Spark) gets its three tries again
        notices = [n.path for r in run_sources(linter, lambda: docs) for n in r.notices]
        assert notices == ["d0.txt", "d1.txt", "d2.txt"]
