"""benchmarks/bbc_text.py: the BBC News articles split by file into tune and check halves, and
their error/warning findings printed with the line around them."""

from __future__ import annotations

import sys

from textlint_news import load_linter

from ..conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
from bbc_text import articles  # noqa: E402
from clean_text import cells, print_findings, tally  # noqa: E402


def corpus(tmp_path):
    """A tiny copy of the dataset's layout: news/<category>/<headline>.txt."""
    texts = {
        "news/sport/wales-win.txt": "Wales win\n\nWales beat France on Saturday.\n",
        "news/business/shares-rise.txt": "Shares rise\n\nShares rose by 2% on Monday.\n",
        "news/business/the-the-slip.txt": "Vote delayed\n\nThe the vote was delayed.\n",
    }
    for name, text in texts.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "readme.md").write_text("not an article\n", encoding="utf-8")
    return tmp_path


def test_files_sorted_by_category_and_name_alternate_tune_and_check(tmp_path):
    parts = [(part, path.relative_to(tmp_path).as_posix())
             for part, path in articles(corpus(tmp_path))]
    assert parts == [("tune", "news/business/shares-rise.txt"),
                     ("check", "news/business/the-the-slip.txt"),
                     ("tune", "news/sport/wales-win.txt")]


def test_a_slip_is_counted_and_printed_with_its_line(tmp_path, capsys):
    linter = load_linter()
    rows: dict[tuple[str, ...], list[int]] = {}
    for part, path in articles(corpus(tmp_path)):
        bad = tally(linter, path, ((part,),), rows, None)
        print_findings(path.name, path.read_text(encoding="utf-8"), bad)
    assert capsys.readouterr().out == ('the-the-slip.txt:3:1: repeated-word: "The" is repeated\n'
                                       "    The the vote was delayed.\n")
    assert cells(rows[("tune",)]) == "2 | 15 | 0.00 | 100.0% | 0"
    assert cells(rows[("check",)]) == "1 | 7 | 1428.57 | 0.0% | 0"
