"""Module-level patterns kept compiled between runs: the same matches, nothing else stored."""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys

MODULE = '''
from textlint_news.loading.patterns import regex

WORD = regex.compile(r"\\b(?P<w>colou?r)\\b", regex.IGNORECASE)


def later(pattern):
    return regex.compile(pattern)
'''

RUN = '''
import json, sys
import house
from textlint_news.loading import patterns
m = house.WORD.search("The COLOR and the colour")
later = house.later(r"grey|gray")
print(json.dumps({"match": [m.group("w"), m.span()], "later": later.findall("gray grey"),
                  "new": patterns._new, "is_regex": isinstance(house.WORD, patterns.regex.Pattern)}))
'''


def run(tmp_path, cache: str) -> dict:
    (tmp_path / "house.py").write_text(MODULE)
    env = {**os.environ, "TEXTLINT_NEWS_CACHE_DIR": cache, "PYTHONPATH": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", RUN], cwd=tmp_path, env=env, capture_output=True,
                          text=True, check=True)
    return json.loads(done.stdout)


def stored(cache) -> dict:
    files = list(cache.glob("*/module-patterns-*.pickle"))
    assert len(files) == 1
    return pickle.loads(files[0].read_bytes())


def test_a_module_pattern_is_compiled_once_and_read_back_with_the_same_matches(tmp_path):
    cache = tmp_path / "cache"
    first = run(tmp_path, str(cache))
    assert first == {"match": ["COLOR", [4, 9]], "later": ["gray", "grey"], "new": True,
                     "is_regex": True}
    keys = {pattern for pattern, _flags in stored(cache)}
    assert r"\b(?P<w>colou?r)\b" in keys
    assert "grey|gray" not in keys  # compiled inside a function: never stored
    second = run(tmp_path, str(cache))
    assert second == {**first, "new": False}  # every module pattern came from the file


def test_no_file_is_written_with_the_cache_off(tmp_path):
    assert run(tmp_path, "")["match"] == ["COLOR", [4, 9]]
    assert not list(tmp_path.rglob("module-patterns-*.pickle"))


def test_an_unreadable_file_is_compiled_again(tmp_path):
    cache = tmp_path / "cache"
    run(tmp_path, str(cache))
    path = next(cache.glob("*/module-patterns-*.pickle"))
    path.write_bytes(b"not a pickle")
    assert run(tmp_path, str(cache))["new"] is True
    assert r"\b(?P<w>colou?r)\b" in {pattern for pattern, _flags in stored(cache)}
