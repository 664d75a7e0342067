"""What a rule offers to be filtered by; the kinds import this and nothing else of the prefilter."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class Prefilter:
    """What a rule offers to be filtered by: every finding lies in a match of ``pattern``.

    With ``lines`` each such match also lies within one line, and the rule can be run on
    chosen lines (``Rule.check_lines``); otherwise it is only skipped on documents where
    ``pattern`` cannot match. ``single_line`` says that the part of each match outside its
    look-arounds lies within one line even for a rule that is only skipped (a tail rule);
    None means as ``lines``. ``verbose``: the pattern is written for the verbose flag.
    """

    pattern: str
    ignorecase: bool = False
    lines: bool = True
    single_line: bool | None = None
    verbose: bool = False


class Filtered(Protocol):
    """A rule, as the prefilter sees it (``kinds.base.Rule`` is one)."""

    def prefilter(self) -> Prefilter | None: ...
