"""Where the files shipped with textlint-news live."""

from __future__ import annotations

from pathlib import Path


def default_rules_dir() -> Path:
    """The default packs: ``textlint_news/packs`` inside the wheel, ``rules/`` of a checkout."""
    here = Path(__file__).resolve().parent
    installed = here / "packs"
    return installed if installed.is_dir() else here.parent / "rules"
