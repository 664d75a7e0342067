from __future__ import annotations

import functools
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from textlint_news import Config, load_linter
from textlint_news.api import load_rules
from textlint_news.matching import prefilter
from textlint_news.matching.prefilter import policy

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_5861c99586ffce41.txt"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def linter():
    return load_linter()


@pytest.fixture(scope="session")
def default_rules():
    return load_rules(Config())


@pytest.fixture(scope="session")
def pack_cache(tmp_path_factory) -> Path:
    """A pack cache of the test session's own (TEXTLINT_NEWS_CACHE_DIR), for tests that keep
    out of the user's cache: with none, every CLI call parsed the default packs again (3 s of
    CPU each)."""
    return tmp_path_factory.mktemp("pack-cache")


# Rewriting the default rules' prefilters for Hyperscan takes ~30 s of CPU (2026-11), and every
# cold prefilter cache (a test's own TEXTLINT_NEWS_CACHE_DIR) and test of the rewrite redid
# it: the rewrite is a pure function of the frozen spec, so the session computes each once.
# Set before the test modules import the name from the package.
policy.hyperscan_source = prefilter.hyperscan_source = functools.cache(policy.hyperscan_source)


# Property tests: a fixed budget and fixed examples, so CI runs are fast and reproducible
# (HYPOTHESIS_PROFILE=default explores new examples locally).
settings.register_profile("ci", max_examples=200, deadline=None, derandomize=True, database=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
