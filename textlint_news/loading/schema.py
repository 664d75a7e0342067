"""A tiny declarative schema for rule mappings, so every kind states its fields in one place.

Validation errors carry the YAML key they concern; the loader turns that into file:line:column.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Any, Callable


class SpecError(Exception):
    """A problem with one rule or pack mapping; ``key`` locates it inside that mapping."""

    def __init__(self, message: str, key: str | None = None, node: Any = None) -> None:
        super().__init__(message)
        self.message = message
        self.key = key
        self.node = node


@dataclass(frozen=True)
class Field:
    types: tuple[type, ...]
    required: bool = False
    default: Any = None
    choices: tuple[Any, ...] | None = None
    items: type | None = None  # element type for lists, value type for mappings
    check: Callable[[Any], str | None] | None = None  # returns an error message or None
    help: str = ""

    def type_name(self) -> str:
        names = {str: "a string", int: "an integer", bool: "true or false", list: "a list",
                 dict: "a mapping", float: "a number"}
        return " or ".join(names.get(t, t.__name__) for t in self.types)


def did_you_mean(word: str, candidates: list[str] | tuple[str, ...]) -> str:
    close = difflib.get_close_matches(word, list(candidates), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


def validate(mapping: Any, fields: dict[str, Field], what: str) -> dict[str, Any]:
    """Check ``mapping`` against ``fields`` and return it with defaults filled in."""
    if not isinstance(mapping, dict):
        raise SpecError(f"{what} must be a mapping, not {type(mapping).__name__}", node=mapping)
    out: dict[str, Any] = {}
    for key in mapping:
        if key not in fields:
            raise SpecError(f"unknown field '{key}' in {what}{did_you_mean(str(key), tuple(fields))}",
                            key=key, node=mapping)
    for name, field in fields.items():
        if name not in mapping:
            if field.required:
                raise SpecError(f"{what} is missing required field '{name}'", node=mapping)
            out[name] = field.default
            continue
        value = mapping[name]
        # bool is an int subclass: refuse `true` where a number is wanted
        if not isinstance(value, field.types) or (isinstance(value, bool) and bool not in field.types):
            raise SpecError(f"field '{name}' must be {field.type_name()}, not {_describe(value)}",
                            key=name, node=mapping)
        if field.choices is not None and value not in field.choices:
            options = ", ".join(map(str, field.choices))
            raise SpecError(f"field '{name}' must be one of {options}, not '{value}'"
                            f"{did_you_mean(str(value), tuple(map(str, field.choices)))}", key=name, node=mapping)
        if field.items is not None:
            elements = value.values() if isinstance(value, dict) else value
            for element in elements:
                if not isinstance(element, field.items) or isinstance(element, bool) and field.items is not bool:
                    raise SpecError(f"every entry of '{name}' must be {Field((field.items,)).type_name()}, "
                                    f"not {_describe(element)}", key=name, node=mapping)
        if field.check is not None:
            problem = field.check(value)
            if problem:
                raise SpecError(f"field '{name}': {problem}", key=name, node=mapping)
        out[name] = value
    return out


def _describe(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    if isinstance(value, str):
        return f"the string '{value[:40]}'"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return type(value).__name__
