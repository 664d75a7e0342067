"""Settings from ``[tool.textlint-news]`` in pyproject.toml or ``.textlint-news.yaml``.

The first of those files found from the working directory upwards is used; ``--config
key=value`` (TOML, as ruff takes it) overrides one setting of it, and command-line flags
override both. Paths in a config file are relative to that file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from textlint_news.session.gate import FAIL_ON
from textlint_news.limits import SETTINGS_MAX_BYTES, read_regular_file
from textlint_news.loading.packs import ConfigError, yaml_position, parse_yaml
from textlint_news.loading.schema import Field, SpecError, validate


CONFIG_FIELDS = {
    "select": Field((list,), items=str),
    "extend-select": Field((list,), default=[], items=str),
    "ignore": Field((list,), default=[], items=str),
    "rules": Field((list,), default=[], items=str, help="extra rule packs: files or folders"),
    "default-rules": Field((bool,), default=True, help="load the packs shipped with textlint-news"),
    "fail-on": Field((str,), default="warning", choices=FAIL_ON),
    "output-format": Field((str,), help="default --output-format"),
    "per-file-ignores": Field((dict,), default={}, items=list,
                              help="file glob -> rule ids or packs not run on those files"),
    "include": Field((list,), items=str, help="file names linted inside folders"),
    "exclude": Field((list,), default=[], items=str, help="file or folder names to skip"),
    "extend-exclude": Field((list,), default=[], items=str, help="more names to skip"),
    "respect-gitignore": Field((bool,), default=True,
                               help="skip what .gitignore files ignore when walking folders"),
}


@dataclass
class Config:
    select: list[str] | None = None
    extend_select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    rules: list[Path] = field(default_factory=list)
    default_rules: bool = True
    fail_on: str = "warning"
    output_format: str | None = None
    per_file_ignores: dict[str, list[str]] = field(default_factory=dict)
    include: list[str] | None = None  # None: the input format's own (*.txt, *.md)
    exclude: list[str] = field(default_factory=list)
    respect_gitignore: bool = True
    source: str | None = None  # the file these settings came from


def find_config_file(start: Path) -> Path | None:
    for folder in [start, *start.parents]:
        yaml_file = folder / ".textlint-news.yaml"
        if yaml_file.is_file():
            return yaml_file
        pyproject = folder / "pyproject.toml"
        # most pyproject.toml files have no section of ours: no TOML parser for them
        if pyproject.is_file() and "textlint-news" in _read_text(pyproject) and \
                "tool" in (data := _read_toml(pyproject)) and "textlint-news" in data["tool"]:
            return pyproject
    return None


def _read_text(path: Path) -> str:
    """A config file's text: a regular file of at most ``SETTINGS_MAX_BYTES``, in UTF-8."""
    try:
        return read_regular_file(path, SETTINGS_MAX_BYTES).decode("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(str(path), None, None, f"cannot read config: {exc}") from None


def _read_toml(path: Path) -> dict[str, Any]:
    import tomllib  # only runs with a pyproject.toml or a .toml config need it

    text = _read_text(path)
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(str(path), None, None, f"cannot read config: {exc}") from None
    except RecursionError:
        raise ConfigError(str(path), None, None, "cannot read config: nested too deeply") \
            from None


def _raw(path: Path) -> dict[str, Any]:
    if path.name == "pyproject.toml" or path.suffix == ".toml":
        return _read_toml(path).get("tool", {}).get("textlint-news", {})
    return parse_yaml(_read_text(path), str(path)) or {}


def _validated(raw: Any, where: str) -> dict[str, Any]:
    try:
        return validate(raw, CONFIG_FIELDS, "textlint-news config")
    except SpecError as exc:
        line, col = yaml_position(exc.node if exc.node is not None else raw, exc.key)
        raise ConfigError(where, line, col, exc.message) from None


def parse_override(text: str) -> dict[str, Any]:
    """``--config 'fail-on = "error"'``: one TOML assignment, checked like a config file's."""
    import tomllib

    try:
        value = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError("--config", None, None,
                          f"'{text}' is neither a file nor a TOML 'key = value': {exc}") from None
    _validated(value, f"--config '{text}'")
    return value


def load_config(path: Path, overrides: list[dict[str, Any]] | None = None) -> Config:
    raw = _raw(path)
    if overrides:
        raw = {**raw, **{k: v for o in overrides for k, v in o.items()}}
    return _build(_validated(raw, str(path)), path.parent, str(path))


def _build(values: dict[str, Any], base: Path, source: str | None) -> Config:
    return Config(select=values["select"], extend_select=values["extend-select"],
                  ignore=values["ignore"], rules=[base / p for p in values["rules"]],
                  default_rules=values["default-rules"], fail_on=values["fail-on"],
                  output_format=values["output-format"],
                  per_file_ignores={str(k): [str(c) for c in v]
                                    for k, v in values["per-file-ignores"].items()},
                  include=values["include"],
                  exclude=[*values["exclude"], *values["extend-exclude"]],
                  respect_gitignore=values["respect-gitignore"], source=source)


def discover_config(explicit: Path | None = None, start: Path | None = None,
                    overrides: list[str] = ()) -> Config:
    """The config file given or found, with ``overrides`` (``key = value``) applied."""
    parsed = [parse_override(text) for text in overrides]
    path = explicit or find_config_file((start or Path.cwd()).resolve())
    if path:
        return load_config(path, parsed)
    if not parsed:
        return Config()
    return _build(_validated({k: v for o in parsed for k, v in o.items()}, "--config"),
                  Path.cwd(), None)
