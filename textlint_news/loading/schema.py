"""A tiny declarative schema for rule mappings, so every kind states its fields in one place.

A kind declares its options once, as a dataclass whose fields are made with ``option()``
(type from the annotation; default, choices, check, help text and old names from the call);
``fields_of`` derives the ``Field``s that ``validate`` checks a mapping against. Validation
errors carry the YAML key they concern; the loader turns that into file:line:column.
"""

from __future__ import annotations

import dataclasses
import types
import typing
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
    aliases: tuple[str, ...] = ()  # old names, still accepted (never together with the name)

    def type_name(self) -> str:
        names = {str: "a string", int: "an integer", bool: "true or false", list: "a list",
                 dict: "a mapping", float: "a number"}
        return " or ".join(names.get(t, t.__name__) for t in self.types)


def did_you_mean(word: str, candidates: list[str] | tuple[str, ...]) -> str:
    import difflib  # only for a message: not imported by runs without a mistake

    close = difflib.get_close_matches(word, list(candidates), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


def option(default: Any = dataclasses.MISSING, *, required: bool = False,
           choices: tuple[Any, ...] | None = None, check: Callable[[Any], str | None] | None = None,
           help: str = "", aliases: tuple[str, ...] = ()) -> Any:
    """A field of a kind's options dataclass: what ``Field`` says beyond the annotated type.

    A required option has no default, any other defaults to None. A list or mapping default
    is copied for each rule.
    """
    if default is dataclasses.MISSING and not required:
        default = None
    meta = {"required": required, "choices": choices, "check": check, "help": help,
            "aliases": aliases}
    if isinstance(default, (list, dict)):
        return dataclasses.field(default_factory=lambda: type(default)(default), metadata=meta)
    return dataclasses.field(default=default, metadata=meta)


def fields_of(options: type) -> dict[str, Field]:
    """The schema of an options dataclass, in the order its fields are declared."""
    hints = typing.get_type_hints(options)
    out = {}
    for f in dataclasses.fields(options):
        kinds, items = _types(hints[f.name])
        default = (f.default_factory() if f.default_factory is not dataclasses.MISSING
                   else None if f.default is dataclasses.MISSING else f.default)
        meta = f.metadata
        out[f.name] = Field(kinds, required=meta.get("required", False), default=default,
                            choices=meta.get("choices"), items=items, check=meta.get("check"),
                            help=meta.get("help", ""), aliases=meta.get("aliases", ()))
    return out


def _types(hint: Any) -> tuple[tuple[type, ...], type | None]:
    """``list[str] | str`` -> ((list, str), str): the YAML types a value may have, and the
    type of a list's elements or a mapping's values (None: anything). ``None`` in a union
    only says that the option may be left out."""
    union = isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union
    kinds: list[type] = []
    items = None
    for arm in typing.get_args(hint) if union else (hint,):
        if arm is type(None):
            continue
        origin = typing.get_origin(arm) or arm
        args = typing.get_args(arm)
        if origin in (list, dict) and args and args[-1] is not Any:
            items = args[-1]
        kinds.append(origin)
    return tuple(kinds), items


def validate(mapping: Any, fields: dict[str, Field], what: str) -> dict[str, Any]:
    """Check ``mapping`` against ``fields`` and return it with defaults filled in.

    The result is keyed by the fields' names; a value given under an old name (an alias) is
    checked, and reported, under the name the mapping uses.
    """
    if not isinstance(mapping, dict):
        raise SpecError(f"{what} must be a mapping, not {type(mapping).__name__}", node=mapping)
    out: dict[str, Any] = {}
    old_names = tuple(alias for field in fields.values() for alias in field.aliases)
    for key in mapping:
        if key not in fields and key not in old_names:
            raise SpecError(f"unknown field '{key}' in {what}"
                            f"{did_you_mean(str(key), tuple(fields) + old_names)}",
                            key=key, node=mapping)
    for name, field in fields.items():
        given = [key for key in (name, *field.aliases) if key in mapping]
        if len(given) > 1:
            raise SpecError(f"field '{given[1]}' is the old name of '{name}': give only '{name}'",
                            key=given[1], node=mapping)
        if not given:
            if field.required:
                raise SpecError(f"{what} is missing required field '{name}'", node=mapping)
            out[name] = field.default
            continue
        key = given[0]
        value = mapping[key]
        # bool is an int subclass: refuse `true` where a number is wanted
        if not isinstance(value, field.types) or (isinstance(value, bool) and bool not in field.types):
            raise SpecError(f"field '{key}' must be {field.type_name()}, not {_describe(value)}",
                            key=key, node=mapping)
        if field.choices is not None and value not in field.choices:
            options = ", ".join(map(str, field.choices))
            raise SpecError(f"field '{key}' must be one of {options}, not '{value}'"
                            f"{did_you_mean(str(value), tuple(map(str, field.choices)))}", key=key, node=mapping)
        if field.items is not None:
            elements = value.values() if isinstance(value, dict) else value
            for element in elements:
                if not isinstance(element, field.items) or isinstance(element, bool) and field.items is not bool:
                    raise SpecError(f"every entry of '{key}' must be {Field((field.items,)).type_name()}, "
                                    f"not {_describe(element)}", key=key, node=mapping)
        if field.check is not None:
            problem = field.check(value)
            if problem:
                raise SpecError(f"field '{key}': {problem}", key=key, node=mapping)
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
