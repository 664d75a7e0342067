"""benchmarks/brown_text.py: the Brown corpus's tagged lines printed back as prose."""

from __future__ import annotations

import sys

from ..conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
from brown_text import document, sentence  # noqa: E402


def test_a_tagged_line_is_printed_as_its_sentence():
    line = ("\t``/`` Only/rb a/at handful/nn ''/'' ,/, the/at jury/nn said/vbd ;/. ;/. "
            "it/pps (/( was/bedz )/) done/vbn ?/. ?/.")
    assert sentence(line) == "“Only a handful”, the jury said; it (was) done?"


def test_paragraphs_hold_five_sentences_and_open_with_a_capital(tmp_path):
    lines = [f"\tThe/at vote/nn {n}/cd ./." for n in range(5)] + ["\tand/cc so/rb on/rb ./.",
                                                                  "\tA/at new/jj one/cd ./."]
    path = tmp_path / "ca01"
    path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    assert document(path) == ("The vote 0. The vote 1. The vote 2. The vote 3. The vote 4. "
                              "and so on.\n\nA new one.\n")
