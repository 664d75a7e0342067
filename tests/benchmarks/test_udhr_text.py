"""benchmarks/udhr_text.py: the declaration's translations but English's alternate tune and
check by file name."""

from __future__ import annotations

import sys

from ..conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
from udhr_text import translations  # noqa: E402


def test_translations_but_english_alternate_tune_and_check(tmp_path):
    for name in ("fra.txt", "eng.txt", "deu.txt", "007.txt", "README"):
        (tmp_path / name).write_text("Universal Declaration of Human Rights\n", encoding="utf-8")
    assert [(part, path.name) for part, path in translations(tmp_path)] == [
        ("tune", "007.txt"), ("check", "deu.txt"), ("tune", "fra.txt")]
