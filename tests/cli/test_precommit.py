"""The pre-commit hooks, run by the real ``pre-commit try-repo`` on a throw-away repository.

``try-repo`` builds the hook from a git commit (HEAD, plus tracked changes only), so running it
on this checkout would test whatever happens to be committed, without new untracked modules.
The hook repository is therefore a fresh git repository holding a copy of the files a package
build needs, taken from the working tree under test. pre-commit installs the hook into its own
virtualenv from PyPI once per module (PRE_COMMIT_HOME in a temporary folder).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ..conftest import ROOT

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

PACKAGE_FILES = ("pyproject.toml", "README.md", "LICENSE", ".pre-commit-hooks.yaml")
PACKAGE_DIRS = ("textlint_news", "rules")
GIT = ("git", "-c", "user.name=test", "-c", "user.email=test@example.com",
       "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main")


def git(cwd: Path, *args: str) -> None:
    subprocess.run([*GIT, *args], cwd=cwd, check=True, capture_output=True)


@pytest.fixture(scope="module")
def hook_repo(tmp_path_factory) -> Path:
    repo = tmp_path_factory.mktemp("hook-repo")
    for name in PACKAGE_FILES:
        shutil.copy2(ROOT / name, repo / name)
    for name in PACKAGE_DIRS:
        shutil.copytree(ROOT / name, repo / name,
                        ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    git(repo, "init", "-q")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "hook repository under test")
    return repo


@pytest.fixture(scope="module")
def pre_commit(hook_repo, tmp_path_factory):
    """Run ``pre-commit try-repo HOOK_REPO HOOK --all-files`` in a project folder."""
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path_factory.mktemp("pre-commit-home")),
           "NO_COLOR": "1"}
    env.pop("PRE_COMMIT", None)

    def run(project: Path, hook: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "pre_commit", "try-repo", str(hook_repo),
                               hook, "--all-files", "--color", "never"],
                              cwd=project, env=env, capture_output=True, text=True, timeout=600)
    return run


def project(tmp_path: Path, text: str) -> Path:
    git(tmp_path, "init", "-q")
    (tmp_path / "article.txt").write_text(text, encoding="utf-8")
    (tmp_path / "notes.py").write_text("x = 'kyiv'\n", encoding="utf-8")  # not a text type
    git(tmp_path, "add", ".")
    return tmp_path / "article.txt"


def test_check_hook_fails_and_names_the_defect(pre_commit, tmp_path):
    article = project(tmp_path, "Trump's envoy came to the .\n")
    proc = pre_commit(tmp_path, "textlint-news")
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "textlint-news" in proc.stdout and "Failed" in proc.stdout
    assert ('article.txt:1:26: error[link-residue-before-punct] text of a removed link is '
            'missing before "."') in proc.stdout
    assert "notes.py" not in proc.stdout
    assert article.read_text(encoding="utf-8") == "Trump's envoy came to the .\n"


def test_fix_hook_repairs_the_file_then_passes(pre_commit, tmp_path):
    article = project(tmp_path, "Officials in kyiv said talks failed &amp; ended.\n")
    first = pre_commit(tmp_path, "textlint-news-fix")
    assert first.returncode == 1, first.stdout + first.stderr
    assert "Fixed 2 findings:\n- article.txt:\n    1 × html-entity\n    1 × proper-noun-case" \
        in first.stdout
    assert article.read_text(encoding="utf-8") == "Officials in Kyiv said talks failed & ended.\n"
    git(tmp_path, "add", ".")
    second = pre_commit(tmp_path, "textlint-news-fix")
    assert second.returncode == 0, second.stdout + second.stderr
    assert "Passed" in second.stdout


def test_findings_do_not_depend_on_how_pre_commit_batches_files(pre_commit, tmp_path):
    # pre-commit splits files into one batch per CPU unless a hook is serial: a footer shared
    # by 5 articles must be found in all 5 (batches of 4 and 1 on two CPUs), as
    # `textlint-news check` on the folder finds it
    git(tmp_path, "init", "-q")
    titles = ("Budget", "Floods", "Schools", "Transit", "Harbour")
    for n, title in enumerate(titles):
        (tmp_path / f"a{n}.txt").write_text(f"{title} vote\n\nThe council met about it.\n\n"
                                            "Lakeside Chronicle ~ local news since 1901\n",
                                            encoding="utf-8")
    git(tmp_path, "add", ".")
    proc = pre_commit(tmp_path, "textlint-news")
    footer = [line.split(":")[0] for line in proc.stdout.splitlines()
              if ":5:1: warning[recurring-edge-line]" in line]
    assert sorted(footer) == [f"a{n}.txt" for n in range(5)]


def test_fix_hook_lists_fixes_only_so_output_is_not_doubled(pre_commit, tmp_path):
    project(tmp_path, "Officials in kyiv said talks failed &amp; ended; only bring .\n")
    proc = pre_commit(tmp_path, "textlint-news-fix")
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "Fixed 2 findings:" in proc.stdout
    assert "link-residue-before-punct" not in proc.stdout  # left to the check hook


def test_hooks_fix_text_and_leave_the_readmes_code_blocks_and_tables_byte_identical(pre_commit, tmp_path):
    from textlint_news.document import Document

    git(tmp_path, "init", "-q")
    readme = tmp_path / "README.md"
    shutil.copy2(ROOT / "README.md", readme)
    article = tmp_path / "article.txt"  # a plain-text article beside it, fixed as usual
    article.write_text("Officials in kyiv said talks failed &amp; ended.\n", encoding="utf-8")
    git(tmp_path, "add", ".")

    def untouchable(text: str) -> list[str]:
        doc = Document.from_string(text, "README.md")
        return [line for line, kind in zip(doc.lines, doc.blocks) if kind in ("code", "table")]

    before = readme.read_text(encoding="utf-8")
    for hook in ("textlint-news-fix", "textlint-news"):
        proc = pre_commit(tmp_path, hook)
        assert "Traceback" not in proc.stdout + proc.stderr
    after = readme.read_text(encoding="utf-8")
    assert len(untouchable(before)) > 300  # the README's examples and tables
    assert untouchable(after) == untouchable(before)
    assert article.read_text(encoding="utf-8") == "Officials in Kyiv said talks failed & ended.\n"
