from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from textlint_news import Config, load_linter
from textlint_news.api import load_rules

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_5861c99586ffce41.txt"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def linter():
    return load_linter()


@pytest.fixture(scope="session")
def default_rules():
    return load_rules(Config())


# Property tests: a fixed budget and fixed examples, so CI runs are fast and reproducible
# (HYPOTHESIS_PROFILE=default explores new examples locally).
settings.register_profile("ci", max_examples=200, deadline=None, derandomize=True, database=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
