"""What a run would do, shown without linting: ``--show-settings`` and ``--show-files``.

Like ruff's flags of the same names, they answer "which config file won, which rules run, which
files are read" when a setting does not do what its author expected.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from textlint_news.loading.config import Config
from textlint_news.engine import Linter
from textlint_news.sources import walk


@dataclass(frozen=True)
class Walk:
    """Which files inside folders are read."""

    include: tuple[str, ...]
    exclude: tuple[str, ...]
    gitignore: bool


def files_to_lint(paths: list[str], walked: Walk, stdin_filename: str) -> Iterator[str]:
    """The inputs a run would read, in its order: files named as given, folders walked."""
    for given in paths:
        if given == "-":
            yield stdin_filename
        elif Path(given).is_dir():
            yield from (str(f) for f in walk(Path(given), walked.include, walked.exclude,
                                             walked.gitignore) if isinstance(f, Path))
        else:
            yield given


def settings_text(config: Config, linter: Linter, walked: Walk, output_format: str,
                  fail_on: str, input_format: str) -> str:
    """The resolved settings as TOML-like lines (values in JSON), then the selected rules."""
    values = {
        "config-file": config.source,
        "select": config.select,
        "extend-select": config.extend_select,
        "ignore": config.ignore,
        "rules": [str(p) for p in config.rules],
        "default-rules": config.default_rules,
        "per-file-ignores": config.per_file_ignores,
        "fail-on": fail_on,
        "output-format": output_format,
        "input-format": input_format,
        "include": list(walked.include),
        "exclude": list(walked.exclude),
        "respect-gitignore": walked.gitignore,
    }
    import json  # --show-settings only

    lines = [f"{key} = {json.dumps(value, ensure_ascii=False)}" for key, value in values.items()]
    lines.append(f"selected rules ({len(linter.rules)}):")
    lines += [f"  {r.id} ({r.pack}, {r.severity})" for r in linter.rules]
    return "\n".join(lines) + "\n"
