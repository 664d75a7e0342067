"""The command line as users run it: output, exit codes, selection, config, rule tests."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest


from ..conftest import ROOT, SEED
from ..helpers import run_cli

DEFECTIVE = "Trump's envoy came to the .\n\nOfficials in kyiv said the the talks failed.\n"


@pytest.fixture
def run(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # no project config is picked up from the checkout

    return run_cli


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(DEFECTIVE, encoding="utf-8")
    return path


def test_full_output_exact(run, article):
    result = run("check", "article.txt")
    assert result.exit_code == 1
    assert result.output == textwrap.dedent('''\
        article.txt:1:26: error[link-residue-before-punct] text of a removed link is missing before "."
           | Trump's envoy came to the .
           |                          ^^
           = suggestion: restore the missing text from the source page, or rewrite the sentence

        article.txt:3:14: error[proper-noun-case] "kyiv" should be written "Kyiv"
           | Officials in kyiv said the the talks failed.
           |              ^^^^
           = suggestion: replace "kyiv" with "Kyiv"

        article.txt:3:24: warning[repeated-word] "the" is repeated
           | Officials in kyiv said the the talks failed.
           |                        ^^^^^^^
           = suggestion: remove the repeated word (unsafe fix)

        Found 3 findings (2 errors, 1 warning) in 1 file; 1 fixable (1 more with --unsafe-fixes)
        ''')


def test_concise_output_and_stdin(run):
    result = run("check", "--output-format", "concise", "--stdin-filename", "in.txt", "-",
                 input=DEFECTIVE)
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        'in.txt:1:26: error[link-residue-before-punct] text of a removed link is missing before "."',
        'in.txt:3:14: error[proper-noun-case] "kyiv" should be written "Kyiv"',
        'in.txt:3:24: warning[repeated-word] "the" is repeated',
        "Found 3 findings (2 errors, 1 warning) in 1 file; 1 fixable (1 more with --unsafe-fixes)",
    ]


def test_clean_text_exits_zero(run):
    result = run("check", "-", input="The talks in Kyiv ended on Tuesday.\n")
    assert (result.exit_code, result.output) == (0, "All checks passed (1 file checked).\n")


def test_fail_on_and_exit_zero(run, article):
    assert run("check", "--fail-on", "never", "article.txt").exit_code == 0
    assert run("check", "--exit-zero", "article.txt").exit_code == 0
    only_warning = run("check", "--select", "repeated-word", "--fail-on", "error", "article.txt")
    assert only_warning.exit_code == 0 and "repeated-word" in only_warning.output


def test_select_ignore_by_id_and_pack(run, article):
    def rules_hit(*args):
        out = run("check", "--format", "concise", *args, "article.txt").output
        return sorted({line.split("[")[1].split("]")[0] for line in out.splitlines() if "[" in line})
    assert rules_hit("--select", "casing") == ["proper-noun-case"]
    assert rules_hit("--ignore", "extraction,casing") == ["repeated-word"]
    assert rules_hit("--select", "casing", "--extend-select", "repeated-word") == [
        "proper-noun-case", "repeated-word"]
    assert rules_hit("--ignore", "typography", "--select", "ALL", "--ignore", "casing") == [
        "link-residue-before-punct"]


def test_unknown_selection_is_a_usage_error(run, article):
    result = run("check", "--select", "casng", "article.txt")
    assert result.exit_code == 2
    assert "unknown rule or pack 'casng' (did you mean 'casing'?)" in result.output


def test_missing_path_and_broken_pack_exit_2(run, article, tmp_path):
    missing = run("check", "nope.txt")
    assert missing.exit_code == 2 and "nope.txt: no such file or folder" in missing.output
    bad = tmp_path / "bad.yaml"
    bad.write_text("rules:\n  - {id: r, kind: pattern, message: m, pattern: '(x'}\n")
    broken = run("check", "--rules", "bad.yaml", "article.txt")
    assert broken.exit_code == 2
    assert broken.output.startswith("textlint-news: error: bad.yaml:2:40: invalid regular expression")


def test_user_pack_and_yaml_config(run, article, tmp_path):
    (tmp_path / "packs").mkdir()
    (tmp_path / "packs" / "house.yaml").write_text(textwrap.dedent("""\
        rules:
          - id: no-officials
            kind: pattern
            severity: error
            message: avoid '{match}'
            pattern: Officials
        """))
    (tmp_path / ".textlint-news.yaml").write_text(
        "rules: [packs]\nselect: [house, proper-noun-case]\noutput-format: concise\n")
    result = run("check", "article.txt")
    assert result.output.splitlines()[:2] == [
        "article.txt:3:1: error[no-officials] avoid 'Officials'",
        'article.txt:3:14: error[proper-noun-case] "kyiv" should be written "Kyiv"',
    ]
    # flags win over the config file
    assert "no-officials" not in run("check", "--ignore", "house", "article.txt").output


def test_pyproject_config_is_found_from_a_subfolder(run, article, tmp_path, monkeypatch):
    (tmp_path / "pyproject.toml").write_text('[tool.textlint-news]\nignore = ["typography"]\n'
                                             'fail-on = "error"\n')
    (tmp_path / "sub").mkdir()
    monkeypatch.chdir(tmp_path / "sub")
    result = run("check", "--format", "concise", "../article.txt")
    assert "repeated-word" not in result.output and "proper-noun-case" in result.output


def test_broken_config_is_located(run, article, tmp_path):
    (tmp_path / ".textlint-news.yaml").write_text("select: [casing]\nfail_on: error\n")
    result = run("check", "article.txt")
    assert result.exit_code == 2
    assert ".textlint-news.yaml:2:1: unknown field 'fail_on' in textlint-news config " \
           "(did you mean 'fail-on'?)" in result.output


def test_rules_lists_every_rule(run):
    lines = run("rules").output.splitlines()
    assert lines[0].split() == ["id", "pack", "kind", "severity", "fixable", "description"]
    row = next(line for line in lines if line.startswith("proper-noun-case "))
    assert row.split()[:5] == ["proper-noun-case", "casing", "substitution", "error", "yes"]


def test_rules_test_reports_failing_examples_like_findings(run, tmp_path):
    (tmp_path / "mine.yaml").write_text(textwrap.dedent("""\
        rules:
          - id: no-foo
            kind: pattern
            message: no foo
            pattern: foo
            examples:
              invalid: [foo, bar]
              valid: [baz, food]
        """))
    result = run("rules", "test", "mine.yaml")
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        "mine.yaml:7:22: error[rule-example] invalid example 2 of 'no-foo' produced no finding: 'bar'",
        "mine.yaml:8:20: error[rule-example] valid example 2 of 'no-foo' produced 1 finding: 'food'",
        "2 failed, 2 passed (1 rules, 4 examples)",
    ]


def test_rules_test_passes_on_the_default_packs(run):
    result = run("rules", "test")
    assert result.exit_code == 0, result.output
    assert result.output.startswith("0 failed, ")


def test_python_dash_m_runs_on_the_seed():
    proc = subprocess.run([sys.executable, "-m", "textlint_news", "check", "--format", "concise",
                           str(SEED)], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 1
    assert proc.stdout.splitlines()[-1].startswith("Found 19 findings (13 errors, 6 warnings) in 1 file")
