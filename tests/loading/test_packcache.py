"""The rule-pack cache: same rules from the cache, never a stale pack, off when asked."""

from __future__ import annotations

import os
import time

from textlint_news.loading.cache import STALE_DAYS, program_dir
from textlint_news.loading.packs import load_packs

PACK = "rules:\n  - {id: no-foo, kind: pattern, severity: error, message: %s, pattern: foo}\n"


def test_cache_returns_the_same_rules_and_follows_edits(tmp_path, monkeypatch):
    monkeypatch.setenv("TEXTLINT_NEWS_CACHE_DIR", str(tmp_path / "cache"))
    pack = tmp_path / "house.yaml"
    pack.write_text(PACK % "m1")
    first = load_packs([pack], with_defaults=False)[0].rules[0]
    assert len(list(program_dir().iterdir())) == 1
    again = load_packs([pack], with_defaults=False)[0].rules[0]
    assert (again.id, again.message, again.source, again.regex.pattern) == \
        (first.id, "m1", first.source, "foo")
    pack.write_text(PACK % "m2")  # same size, new content: a new entry, not the old one
    assert load_packs([pack], with_defaults=False)[0].rules[0].message == "m2"


def test_empty_cache_dir_turns_the_cache_off(tmp_path, monkeypatch):
    monkeypatch.setenv("TEXTLINT_NEWS_CACHE_DIR", "")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    pack = tmp_path / "house.yaml"
    pack.write_text(PACK % "m1")
    assert load_packs([pack], with_defaults=False)[0].rules[0].id == "no-foo"
    assert not (tmp_path / "textlint-news").exists()


def test_a_new_program_clears_out_stale_programs_entries(tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    monkeypatch.setenv("TEXTLINT_NEWS_CACHE_DIR", str(cache))
    stale, recent = cache / "0123456789abcdef", cache / "fedcba9876543210"
    for folder in (stale, recent):
        folder.mkdir(parents=True)
        (folder / "entry.pickle").write_bytes(b"x")
    old = time.time() - (STALE_DAYS + 1) * 86400
    os.utime(stale, (old, old))
    (cache / "flat-layout-of-old-versions.pickle").write_bytes(b"x")
    pack = tmp_path / "house.yaml"
    pack.write_text(PACK % "m1")
    assert load_packs([pack], with_defaults=False)[0].rules[0].message == "m1"
    # the stale program's folder and the old flat entries are gone; a program in use stays
    assert sorted(p.name for p in cache.iterdir()) == sorted([recent.name, program_dir().name])
    assert (recent / "entry.pickle").exists()
    assert len(list(program_dir().glob("*.pickle"))) == 1
