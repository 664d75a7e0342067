"""Output formats. A new format is one module and one line in ``REPORTERS``."""

from __future__ import annotations

from .base import Reporter, Summary
from .concise import ConciseReporter
from .full import FullReporter

REPORTERS: dict[str, type[Reporter]] = {
    "full": FullReporter,
    "concise": ConciseReporter,
}

__all__ = ["REPORTERS", "Reporter", "Summary"]
