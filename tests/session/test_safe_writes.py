"""Nothing the tool writes loses data (issue 10, items 1, 2, 10 and 13).

A write during ``--fix``'s last check is seen; a full disk or a missing folder is one line
and exit 2, and leaves the old file as it was; fixes reach a fixed point (or say they did
not); a file name at the file system's limit can be fixed. Full disks are real: the
subprocess runs under ``RLIMIT_FSIZE``, so a write past the limit fails in the kernel
(EFBIG), whatever code does the writing.
"""

from __future__ import annotations

import hashlib
import json
import os
import resource
import signal
import stat
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from textlint_news import Document, Linter
from textlint_news.fixes import writer
from textlint_news.fixes.apply import fix_document
from textlint_news.fixes.writer import Snapshot

from ..helpers import cli, rules_from_yaml, run_cli
from .test_fix import PACK

# two fixes that undo each other: no fixed point
FLIP_FLOP = """\
rules:
  - id: to-us
    kind: pattern
    severity: warning
    message: British spelling
    pattern: 'colour'
    fix: {replacement: 'color', safe: true}
  - id: to-uk
    kind: pattern
    severity: warning
    message: American spelling
    pattern: 'color'
    fix: {replacement: 'colour', safe: true}
"""


@pytest.fixture
def run(tmp_path, monkeypatch):
    """``textlint-news check`` in tmp_path with the default rules, concise format."""
    monkeypatch.chdir(tmp_path)
    return cli("--format", "concise")


def run_limited(tmp_path: Path, max_bytes: int, *args: str) -> subprocess.CompletedProcess:
    """The CLI in a subprocess that cannot write files past ``max_bytes``: a full disk."""
    def limit() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past it fails with EFBIG
        resource.setrlimit(resource.RLIMIT_FSIZE, (max_bytes, max_bytes))
    return subprocess.run([sys.executable, "-m", "textlint_news", "check", *args], cwd=tmp_path,
                          capture_output=True, text=True, preexec_fn=limit, timeout=120)


def temporaries(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


# -- 1. a write during the last check before the rename is not lost ------------------------

def _hash_hook(monkeypatch, when, action):
    """Run ``action`` once, when a SHA-256 is finished and ``when()`` holds: "during hashing"."""
    done = []

    class Hasher:
        def __init__(self, data=b""):
            self._h = hashlib.sha256(data)

        def update(self, data):
            self._h.update(data)

        def hexdigest(self):
            if not done and when():
                done.append(True)
                action()
            return self._h.hexdigest()
    monkeypatch.setattr(writer, "hashlib", SimpleNamespace(sha256=Hasher))
    return done


def test_a_line_appended_while_the_file_is_checked_survives_the_fix(run, tmp_path, monkeypatch):
    path = tmp_path / "a.txt"
    path.write_bytes(b"Rose &amp; fell.\n")

    def append():
        with open(path, "ab") as fh:
            fh.write(b"Appended by another process.\n")
    # the new text is on disk (a temporary file exists): this is the check right before the rename
    done = _hash_hook(monkeypatch, lambda: temporaries(tmp_path), append)
    result = run("--fix", "a.txt")
    assert done
    assert path.read_bytes() == b"Rose &amp; fell.\nAppended by another process.\n"
    assert result.exit_code == 2
    assert "a.txt: not fixed: changed on disk while it was being fixed; left untouched" \
        in result.output
    assert temporaries(tmp_path) == []


def test_a_snapshot_rereads_a_file_written_while_it_is_hashed(tmp_path, monkeypatch):
    path = tmp_path / "a.txt"
    path.write_bytes(b"old\n")
    _hash_hook(monkeypatch, lambda: True, lambda: path.write_bytes(b"newer\n"))
    snapshot = Snapshot.take(path)
    # the hash and the size are of the same bytes: the ones on disk now
    assert (snapshot.size, snapshot.sha256) == (6, hashlib.sha256(b"newer\n").hexdigest())


# -- 13. a file name at the limit ---------------------------------------------------------

@pytest.mark.parametrize("length", [250, os.pathconf("/", "PC_NAME_MAX")])
def test_fix_a_file_whose_name_is_at_the_file_system_limit(run, tmp_path, length):
    name = "n" * (length - 4) + ".txt"
    (tmp_path / name).write_bytes(b"Rose &amp; fell.\n")
    result = run("--fix", name)
    assert (result.exit_code, result.output) == (0, "Fixed 1 finding in 1 file.\n"
                                                    "All checks passed (1 file checked).\n")
    assert (tmp_path / name).read_bytes() == b"Rose & fell.\n"
    assert temporaries(tmp_path) == []


# -- 2. a failed write is one line, exit 2, and leaves the old file -----------------------

GOOD = '{"textlint-news-baseline": 1, "findings": []}\n'


def test_write_baseline_on_a_full_disk_keeps_the_old_baseline(tmp_path):
    (tmp_path / "base.json").write_text(GOOD)
    (tmp_path / "a.txt").write_text("Rose &amp; fell.\n" * 200)  # 200 entries: over 4 kB
    result = run_limited(tmp_path, 4096, "--write-baseline", "base.json", "a.txt")
    assert result.returncode == 2
    assert result.stderr == "textlint-news: error: cannot write base.json: File too large\n"
    assert (tmp_path / "base.json").read_text() == GOOD
    assert temporaries(tmp_path) == []


@pytest.mark.parametrize("option", ["--output-file", "--passed", "--quarantine"])
def test_an_output_on_a_full_disk_keeps_the_old_file(tmp_path, option):
    (tmp_path / "out").write_text("the last good run\n")
    records = [{"id": str(i), "text": f"Rose &amp; fell in paragraph {i}."} for i in range(300)]
    records += [{"id": f"ok{i}", "text": f"A clean sentence number {i}."} for i in range(300)]
    (tmp_path / "crawl.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records))
    result = run_limited(tmp_path, 4096, "--jsonl", "-q", "--select", "html-entity",
                         "--format", "concise", option, "out", "crawl.jsonl")
    assert result.returncode == 2
    assert result.stderr == "textlint-news: error: cannot write out: File too large\n"
    assert (tmp_path / "out").read_text() == "the last good run\n"
    assert temporaries(tmp_path) == []


@pytest.mark.parametrize("option", ["--output-file", "--passed", "--quarantine",
                                    "--write-baseline"])
def test_writing_to_a_full_device_is_one_line_and_exit_2(run, tmp_path, option):
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full")
    (tmp_path / "crawl.jsonl").write_text('{"id": "1", "text": "Rose &amp; fell."}\n'
                                          '{"id": "2", "text": "A clean sentence."}\n')
    result = run("--jsonl", "-q", option, "/dev/full", "crawl.jsonl")
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == \
        "textlint-news: error: cannot write /dev/full: No space left on device"
    assert "Traceback" not in result.output


def test_output_to_dev_stdout_redirected_to_a_file_is_not_a_rename(tmp_path):
    """/dev/stdout resolves to the file the shell redirected it to: replacing that file would
    lose what the shell writes to it afterwards."""
    (tmp_path / "a.txt").write_text("Rose &amp; fell.\n")
    (tmp_path / "log.txt").write_text("before\n")
    command = (f"{sys.executable} -m textlint_news check --format concise --output-file "
               "/dev/stdout a.txt; echo after")
    subprocess.run(["sh", "-c", f"({command}) >> log.txt"], cwd=tmp_path, timeout=120)
    assert (tmp_path / "log.txt").read_text() == (
        'before\na.txt:1:6: error[html-entity] HTML entity "&amp;" was not decoded\n'
        "Found 1 finding (1 error) in 1 file; 1 fixable\nafter\n")


@pytest.mark.parametrize("option", ["--output-file", "--passed", "--quarantine",
                                    "--write-baseline"])
def test_a_missing_output_folder_fails_before_the_run(run, tmp_path, option):
    (tmp_path / "crawl.jsonl").write_text('{"id": "1", "text": "Rose &amp; fell."}\n')
    result = run("--jsonl", "-q", option, "missing/out.txt", "crawl.jsonl")
    assert (result.exit_code, result.stdout) == (2, "")  # nothing was linted or reported
    assert result.stderr == (f"textlint-news: error: cannot write missing/out.txt: "
                             f"no such folder {tmp_path / 'missing'}\n")


def test_outputs_are_complete_new_files_and_never_read_back(run, tmp_path):
    """A report written into the linted folder (with --include '*') is not linted while it is
    being written, and a new output gets the usual mode, not the temporary file's 0600."""
    (tmp_path / "a.txt").write_text("Rose &amp; fell.\n")
    umask = os.umask(0o022)
    try:
        result = run("--include", "*", "--output-file", "report.txt", ".")
    finally:
        os.umask(umask)
    assert result.exit_code == 1
    assert (tmp_path / "report.txt").read_text() == (
        'a.txt:1:6: error[html-entity] HTML entity "&amp;" was not decoded\n'
        "Found 1 finding (1 error) in 1 file; 1 fixable\n")
    assert stat.S_IMODE((tmp_path / "report.txt").stat().st_mode) == 0o644
    assert temporaries(tmp_path) == []


# -- 10. a second --fix changes nothing ---------------------------------------------------

@pytest.mark.parametrize("text, fixed, unsafe", [
    ("Rose &" + "amp;" * 12 + " fell.\n", "Rose & fell.\n", ()),
    ('"' + "word " * 3000 + '"\n', '"word "\n', ("--unsafe-fixes",)),
])
def test_fix_reaches_the_fixed_point_so_a_second_fix_changes_nothing(run, tmp_path, text,
                                                                     fixed, unsafe):
    path = tmp_path / "a.txt"
    path.write_text(text)
    first = run("--fix", *unsafe, "a.txt")
    assert path.read_text() == fixed
    assert first.output.endswith("All checks passed (1 file checked).\n")
    mtime = path.stat().st_mtime_ns
    second = run("--fix", "--exit-non-zero-on-fix", *unsafe, "a.txt")
    assert (second.exit_code, second.output) == (0, "All checks passed (1 file checked).\n")
    assert (path.read_text(), path.stat().st_mtime_ns) == (fixed, mtime)


def test_fixes_that_do_not_settle_are_reported(tmp_path, monkeypatch):
    linter = Linter(rules_from_yaml(PACK))
    doc = Document.from_string("a &amp;amp;amp;amp; b\n", "t.txt")
    capped = fix_document(linter, linter.lint(doc), max_passes=2)
    assert (capped.raw_text, capped.converged) == ("a &amp;amp; b\n", False)
    done = fix_document(linter, linter.lint(doc))
    assert (done.raw_text, done.converged) == ("a & b\n", True)

    monkeypatch.chdir(tmp_path)
    (tmp_path / "flip.yaml").write_text(FLIP_FLOP)
    (tmp_path / "a.txt").write_text("The colour of money.\n")
    result = run_cli("check", "--no-default-rules", "--rules", "flip.yaml",
                                       "--format", "concise", "--fix", "--exit-non-zero-on-fix",
                                       "a.txt")
    assert result.exit_code == 1
    assert (tmp_path / "a.txt").read_text() == "The color of money.\n"
    notice = ("a.txt: notice: fixes did not settle (still changing the text after 100 passes, "
              "or undoing each other); fix the rest by hand")
    assert result.stdout.splitlines()[:2] == ["a.txt:1:5: warning[to-uk] American spelling",
                                              notice]
    # the pre-commit fix hook prints no report: the notice goes to stderr
    (tmp_path / "a.txt").write_text("The colour of money.\n")
    hook = run_cli("check", "--no-default-rules", "--rules", "flip.yaml",
                                     "--fix-only", "--exit-non-zero-on-fix", "a.txt")
    assert (hook.exit_code, hook.stdout, hook.stderr) == (1, "", notice + "\n")
