from __future__ import annotations

from pathlib import Path

import pytest

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
