"""What every rule states besides its kind's options: the common fields and its fix.

A kind's own options are a dataclass in its module (``Options``, fields made with
``loading.schema.option``); the loader checks a rule against these fields and the kind's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from textlint_news.document.blocks import BLOCK_TYPES
from textlint_news.document.language import normalise_code
from textlint_news.fixes.transforms import TRANSFORMS
from textlint_news.loading.schema import Field

SEVERITIES = ("error", "warning", "info")
PARAGRAPH_EDGES = ("first", "last")
_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@dataclass(frozen=True, kw_only=True)
class NoOptions:
    """The options of a kind that has none; a kind's ``Options`` dataclass replaces it."""


def _check_id(value: str) -> str | None:
    return None if _ID.match(value) else "must be kebab-case (lowercase letters, digits and dashes)"


def _check_blocks(value: list) -> str | None:
    unknown = [b for b in value if b not in BLOCK_TYPES]
    return (f"unknown block type '{unknown[0]}' (known: {', '.join(BLOCK_TYPES)})"
            if unknown else None)


def _check_languages(value: list) -> str | None:
    bad = [v for v in value if normalise_code(v) != v]
    return (f"'{bad[0]}' is not a lowercase ISO 639-1 code such as 'en'" if bad else None)


def _check_rank(value: bool | int) -> str | None:
    return None if value >= 0 else "must be true, false or a rank of 1 or more"


# Where a kind applies when its rule does not say (`blocks:`): text-wide kinds (patterns,
# duplicates, boilerplate) everywhere, kinds about sentences on running text.
_TEXT = ("prose", "heading", "list", "label")
KIND_BLOCKS: dict[str, tuple[str, ...]] = {
    "pattern": BLOCK_TYPES,
    "capitalization": _TEXT,
    "substitution": _TEXT,
    "consistency": _TEXT,
    "name-context": _TEXT,
    "repetition": _TEXT,
}

FIX_FIELDS = {
    "safe": Field((bool,), default=False, help="may be applied unattended by --fix"),
    "replacement": Field((str,), help="template; \\g<name> or {name} for captures"),
    "transform": Field((str,), choices=tuple(TRANSFORMS), help="computed replacement of the match"),
    "description": Field((str,), help="what the fix does, shown to users"),
    "whole_lines": Field((bool,), default=False,
                         help="a deleting fix removes the match's whole lines and the blank line "
                              "before them, so no empty paragraph is left behind"),
}

COMMON_FIELDS: dict[str, Field] = {
    "id": Field((str,), required=True, check=_check_id),
    "kind": Field((str,), required=True),
    "severity": Field((str,), default="warning", choices=SEVERITIES),
    "message": Field((str,), required=True),
    "description": Field((str,), default=""),
    "suggestion": Field((str,), default=None),
    "fix": Field((dict,), default=None),
    "examples": Field((dict,), default=None),
    "tags": Field((list,), default=[], items=str),
    "enabled": Field((bool,), default=True),
    "blocks": Field((list,), items=str, check=_check_blocks,
                    help="block types the rule applies to (default: per kind)"),
    "languages": Field((list,), items=str, check=_check_languages,
                       help="ISO 639-1 codes of the languages the rule applies to (default: any)"),
    "paragraph": Field((str,), choices=PARAGRAPH_EDGES,
                       help="report only on the first (or last) line of a paragraph: a line that "
                            "another line carries on is no place where a paragraph lost its start "
                            "(or end)"),
    "uncorroborated": Field((str,), choices=SEVERITIES,
                            help="the severity of a finding when no other finding in the "
                                 "document carries one of the rule's tags: a class whose "
                                 "defects come in groups (an extractor that drops one link's "
                                 "text drops every link's) is weak evidence once"),
    "corroborated_by": Field((list,), items=str,
                             help="the tags of the findings that corroborate this rule's "
                                  "(default: its own tags): a defect that comes with another "
                                  "class's, as a capital after a semicolon with a removed "
                                  "link's gap"),
    "defer_to_pack": Field((bool, int), default=False, check=_check_rank,
                           help="leave out a finding on a line that a rule of the same pack with "
                                "a lower rank reports (a rule that does not defer: 0; true: 1): "
                                "a catch-all shape rule adds nothing there"),
}
