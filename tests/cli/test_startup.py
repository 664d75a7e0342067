"""A small run served by the caches imports only what it uses (the pre-commit case).

Start-up is most of a small run's time; a module imported at the top of another for the sake
of a rare path (parsing a pack, compiling the prefilter, --diff, stdin) costs every run. The
speed itself is measured in benchmarks/speed.py; this only keeps the rare paths out.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

from ..conftest import ROOT

SEED = ROOT / "seeds" / "000_5861c99586ffce41.txt"

RUN = """
import contextlib, io, sys
from textlint_news.cli.app import main
report = io.StringIO()
with contextlib.redirect_stdout(report):
    try:
        main(sys.argv[1:])
    except SystemExit:
        pass
modules = sorted(sys.modules)
import json
print(json.dumps({"report": report.getvalue(), "modules": modules}))
"""

# what only a cache miss, a compiled prefilter or a rarer option needs
RARE = {
    "ruamel.yaml",                                # parsing a rule pack
    "textlint_news.matching.regex_parser",        # reading a rule's regex, while a pack is parsed
    "textlint_news.matching.regex_tree",
    "textlint_news.matching.literals",
    "textlint_news.matching.prefilter.rewrite",   # compiling the Hyperscan prefilter
    "textlint_news.cli.rules",                    # the `rules` commands
    "multiprocessing",                            # --jobs 2 and more
    "tomllib",                                    # a TOML config
    "pathspec",                                   # walking a folder with a .gitignore
    "difflib",                                    # --diff, a "did you mean"
    "tempfile",                                   # --fix, -o, stdin, writing a cache entry
    "shutil",
    "json",                                       # --baseline, --show-settings, json reports
}


def run_check(tmp_path) -> dict:
    env = {**os.environ, "TEXTLINT_NEWS_CACHE_DIR": str(tmp_path / "cache"), "NO_COLOR": "1"}
    done = subprocess.run([sys.executable, "-c", RUN, "check", "--output-format", "concise",
                           str(SEED)], cwd=tmp_path, env=env, capture_output=True, text=True,
                          check=True)
    return json.loads(done.stdout.splitlines()[-1])


def test_a_run_served_by_the_cache_reports_the_same_and_imports_no_rare_path(tmp_path):
    parsed = run_check(tmp_path)  # an empty cache: the packs are parsed and stored
    cached = run_check(tmp_path)
    assert cached["report"] == parsed["report"]
    assert cached["report"].splitlines()[-1].startswith("Found ")  # (the seed's exact findings:
    # tests/e2e/test_seed_golden.py)
    assert "ruamel.yaml" in parsed["modules"]
    assert sorted(RARE & set(cached["modules"])) == []


def program(*args: str, before: str = "", cwd=None) -> subprocess.CompletedProcess:
    """The program as the console script runs it (``textlint_news.cli:run``), after ``before``."""
    code = f"import sys\n{before}\nfrom textlint_news.cli import run\nsys.argv[1:] = {list(args)!r}\nrun()\n"
    return subprocess.run([sys.executable, "-c", code], cwd=cwd, capture_output=True, text=True,
                          env={**os.environ, "NO_COLOR": "1"})


def findings(report: str) -> list[str]:
    return [line for line in report.splitlines() if line.startswith(f"{SEED}:")]


def test_the_program_writes_its_whole_report_and_exits_with_its_code(tmp_path):
    found = program("check", "--output-format", "concise", str(SEED))
    assert found.returncode == 1
    summary = found.stdout.splitlines()[-1]
    assert summary.startswith("Found ")  # and every finding it counts is in the report above it
    assert len(findings(found.stdout)) == int(summary.split()[1]) > 0
    clean = tmp_path / "clean.txt"
    clean.write_text("The council met on Tuesday.\n")
    passed = program("check", str(clean))
    assert (passed.returncode, passed.stdout) == (0, "All checks passed (1 file checked).\n")
    usage = program("check", "--no-such-option")
    assert usage.returncode == 2 and "No such option '--no-such-option'" in usage.stderr
    report = tmp_path / "report.txt"
    program("check", "--output-file", str(report), str(SEED))
    assert findings(report.read_text()) == findings(found.stdout)  # (the file has no excerpts)
    assert report.read_text().splitlines()[-1] == summary


def test_exit_handlers_run_and_running_threads_are_waited_for(tmp_path):
    clean = tmp_path / "clean.txt"
    clean.write_text("The council met on Tuesday.\n")
    handler = program("check", str(clean), before="import atexit\n"
                      "atexit.register(lambda: print('exit handler ran', flush=True))")
    assert (handler.returncode, handler.stdout.splitlines()[-1]) == (0, "exit handler ran")
    # a thread that prints once the main thread has ended: an exit that does not wait kills it
    thread = program("check", str(clean), before="import threading\n"
                     "threading.Thread(target=lambda: (threading.main_thread().join(), "
                     "print('thread done', flush=True))).start()")
    assert (thread.returncode, thread.stdout.splitlines()[-1]) == (0, "thread done")


def test_the_collector_paused_for_start_up_is_on_again_while_documents_are_linted(tmp_path):
    clean = tmp_path / "clean.txt"
    clean.write_text("The council met on Tuesday.\n")
    # (the report callback runs at exit, after every document was linted)
    done = program("check", str(clean), before="import atexit, gc\n"
                   "atexit.register(lambda: print('collecting', gc.isenabled(), gc.get_freeze_count() > 0))")
    assert done.stdout.splitlines()[-1] == "collecting True True"
