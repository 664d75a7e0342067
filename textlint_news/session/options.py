"""The options of a check session, as ``check``'s command line gives them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from textlint_news.session.baseline import Baseline


@dataclass
class CheckOptions:
    output_format: str = "full"
    output_file: Path | None = None
    fail_on: str = "warning"
    exit_zero: bool = False
    max_findings: int = 0
    statistics: str | None = None  # --statistics: rule or site
    fix: bool = False
    unsafe_fixes: bool = False
    diff: bool = False
    show_fixes: bool = False
    exit_non_zero_on_fix: bool = False
    color: str = "auto"  # --color: auto, always or never
    fix_only: bool = False  # fix, report only what was fixed, do not gate on what remains
    baseline: Baseline | None = None
    write_baseline: Path | None = None
    stdin: bool = False  # the only input is stdin: --fix writes the fixed text to stdout
    allow_empty: bool = False  # a run that checked nothing passes instead of failing
    max_results: int | None = None  # cap on SARIF results (None: the format's default)
