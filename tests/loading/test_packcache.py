"""The rule-pack cache: same rules from the cache, never a stale pack, off when asked."""

from __future__ import annotations

from textlint_news.loading.packs import load_packs

PACK = "rules:\n  - {id: no-foo, kind: pattern, severity: error, message: %s, pattern: foo}\n"


def test_cache_returns_the_same_rules_and_follows_edits(tmp_path, monkeypatch):
    monkeypatch.setenv("TEXTLINT_NEWS_CACHE_DIR", str(tmp_path / "cache"))
    pack = tmp_path / "house.yaml"
    pack.write_text(PACK % "m1")
    first = load_packs([pack], with_defaults=False)[0].rules[0]
    assert len(list((tmp_path / "cache").iterdir())) == 1
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
