"""What rules produce: findings with positions and optional fixes."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class Severity(enum.IntEnum):
    INFO = 1
    WARNING = 2
    ERROR = 3

    @classmethod
    def parse(cls, name: str) -> "Severity":
        return cls[name.upper()]

    def __str__(self) -> str:
        return self.name.lower()


@dataclass(frozen=True)
class Edit:
    """Replace ``text[start:end]`` (offsets into the normalised document text)."""

    start: int
    end: int
    replacement: str


@dataclass(frozen=True)
class Fix:
    description: str
    edits: tuple[Edit, ...]
    safe: bool


@dataclass(frozen=True)
class Finding:
    rule_id: str
    pack: str
    severity: Severity
    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    message: str
    start: int  # offsets into the normalised text, for snippets, fixes and baselines
    end: int
    fix: Fix | None = None
    suggestion: str | None = None
    record_id: str | None = None
    tags: tuple[str, ...] = field(default=())

    @property
    def fixable(self) -> bool:
        return self.fix is not None and bool(self.fix.edits)

    def sort_key(self) -> tuple:
        return (self.path, self.record_id or "", self.line, self.column, self.rule_id)
