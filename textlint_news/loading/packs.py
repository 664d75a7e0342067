"""Reading rule packs: YAML -> validated ``Rule`` objects, every problem located as file:line:col."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any


from textlint_news.loading import cache as packcache
from textlint_news.kinds import KINDS, Rule
from textlint_news.limits import SETTINGS_MAX_BYTES, read_regular_file
from textlint_news.paths import default_rules_dir
from textlint_news.kinds.options import COMMON_FIELDS
from textlint_news.loading.schema import Field, SpecError, did_you_mean, validate

PACK_FIELDS = {
    "pack": Field((str,), help="pack name used by --select; defaults to the file name"),
    "description": Field((str,), default=""),
    "defaults": Field((dict,), default={}, help="field values for every rule of the pack"),
    "rules": Field((list,), required=True),
}
# Tags YAML would resolve by itself; anything else (e.g. !!python/object) is refused.
_PLAIN_TAGS = {None, "tag:yaml.org,2002:str", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float",
               "tag:yaml.org,2002:bool", "tag:yaml.org,2002:null", "tag:yaml.org,2002:map",
               "tag:yaml.org,2002:seq"}


class ConfigError(Exception):
    """A broken rule pack or configuration; ``str()`` is ``file:line:col: message``."""

    def __init__(self, path: str, line: int | None, column: int | None, message: str) -> None:
        where = path if line is None else f"{path}:{line}:{column or 1}"
        super().__init__(f"{where}: {message}")
        self.path, self.line, self.column, self.message = path, line, column, message


@dataclass
class Pack:
    name: str
    path: str
    description: str = ""
    rules: list[Rule] = field(default_factory=list)
    id_positions: dict[str, tuple[int | None, int | None]] = field(default_factory=dict)


def yaml_position(node: Any, key: Any = None) -> tuple[int | None, int | None]:
    """1-based line and column of ``node`` (or of ``key`` inside it) in the YAML source."""
    # ruamel.yaml is imported only to parse (a run served by the pack cache never does), and
    # a node that came from it means it is loaded
    comments = sys.modules.get("ruamel.yaml.comments")
    if comments is None or not isinstance(node, comments.CommentedBase):
        return None, None
    try:
        if key is not None and isinstance(node, dict):
            line, col = node.lc.key(key)
        elif key is not None and isinstance(node, list):
            line, col = node.lc.item(key)
        else:
            line, col = node.lc.line, node.lc.col
    except (KeyError, TypeError, AttributeError):
        return None, None
    return line + 1, col + 1


class _AliasFound(Exception):
    def __init__(self, mark: Any) -> None:
        self.mark = mark


@lru_cache(maxsize=1)
def _no_alias_composer() -> type:
    from ruamel.yaml.composer import Composer
    from ruamel.yaml.events import AliasEvent

    class NoAliasComposer(Composer):
        """Refuses every alias (``*name``) where the parser meets it, before anything is built.

        Aliases of aliases multiply (a few lines of "billion laughs" would take forever to
        check and print), and even aliases of one long string multiply the text a pack compiles.
        """

        def compose_node(self, parent: Any, index: Any) -> Any:
            if self.parser.check_event(AliasEvent):
                raise _AliasFound(self.parser.peek_event().start_mark)
            return super().compose_node(parent, index)

    return NoAliasComposer


def _refuse_tags(node: Any, path: str) -> None:
    """ruamel's round-trip loader keeps unknown tags instead of failing: refuse them here."""
    tag = getattr(node, "tag", None)
    value = getattr(tag, "value", None) if tag is not None else None
    if value not in _PLAIN_TAGS and value is not None:
        line, col = yaml_position(node)
        raise ConfigError(path, line, col, f"YAML tag '{value}' is not allowed in rule files")
    if isinstance(node, dict):
        for child in node.values():
            _refuse_tags(child, path)
    elif isinstance(node, list):
        for child in node:
            _refuse_tags(child, path)


def parse_yaml(text: str, path: str) -> Any:
    """Parse YAML keeping positions; no Python objects are ever constructed."""
    from ruamel.yaml import YAML
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

    yaml = YAML(typ="rt", pure=True)
    yaml.allow_duplicate_keys = False
    yaml.Composer = _no_alias_composer()
    try:
        data = yaml.load(text)
    except _AliasFound as exc:
        raise ConfigError(path, exc.mark.line + 1, exc.mark.column + 1,
                          "YAML aliases (*name) are not allowed in rule files; use the pack's "
                          "defaults to share fields") from None
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = " ".join(str(p) for p in (exc.context, exc.problem) if p)
        raise ConfigError(path, mark.line + 1 if mark else None, mark.column + 1 if mark else None,
                          f"invalid YAML: {problem or exc}") from None
    except YAMLError as exc:
        raise ConfigError(path, None, None, f"invalid YAML: {exc}") from None
    except RecursionError:
        raise ConfigError(path, None, None, "invalid YAML: nested too deeply") from None
    _refuse_tags(data, path)
    return data


def _rule_from_mapping(mapping: Any, defaults: dict[str, Any], pack: str, path: str) -> Rule:
    if not isinstance(mapping, dict):
        raise SpecError("every entry of 'rules' must be a mapping", node=mapping)
    merged = {**defaults, **mapping}
    kind_name = merged.get("kind")
    kind = KINDS.get(kind_name) if isinstance(kind_name, str) else None
    if kind is None:
        raise SpecError(f"unknown rule kind '{kind_name}' (known: {', '.join(KINDS)})"
                        f"{did_you_mean(str(kind_name), tuple(KINDS))}",
                        key="kind" if "kind" in mapping else None, node=mapping)
    fields = {**COMMON_FIELDS, **kind.FIELDS}
    # a rule's own value wins over the pack default, whichever of its names each one uses
    own = {_field_of(key, fields) for key in mapping}
    merged = {**{key: value for key, value in defaults.items()
                 if key in mapping or _field_of(key, fields) not in own}, **mapping}
    spec = validate(merged, fields, f"rule '{merged.get('id', '?')}'")
    line, _ = yaml_position(mapping)
    try:
        rule = kind(spec, pack, f"{path}:{line}" if line else path)
    except SpecError as exc:  # named and located as the rule writes the option (an old name too)
        old = next((a for a in fields[exc.key].aliases if a in mapping), None) \
            if exc.key in fields and exc.key not in mapping else None
        if old is not None:
            exc.message = exc.message.replace(f"'{exc.key}'", f"'{old}'")
            exc.key = old
        raise
    examples = mapping.get("examples")
    for group in ("valid", "invalid"):
        entries = examples.get(group) if isinstance(examples, dict) else None
        for i in range(len(entries or ())):
            rule.example_positions[(group, i)] = yaml_position(entries, i)
    return rule


def _field_of(key: str, fields: dict[str, Field]) -> str:
    """The field that ``key`` names, under its name or an old one."""
    return next((name for name, f in fields.items() if key == name or key in f.aliases), key)


def load_pack_text(text: str, path: str) -> Pack:
    data = parse_yaml(text, path)
    try:
        top = validate(data, PACK_FIELDS, "a rule pack")
    except SpecError as exc:
        raise _located(exc, data, path) from None
    name = top["pack"] or Path(path).stem
    defaults = dict(top["defaults"])
    pack = Pack(name=name, path=path, description=top["description"])
    seen: dict[str, int | None] = {}
    for entry in top["rules"]:
        try:
            rule = _rule_from_mapping(entry, defaults, name, path)
        except SpecError as exc:
            raise _located(exc, entry, path) from None
        if rule.id in seen:
            line, col = yaml_position(entry, "id")
            raise ConfigError(path, line, col, f"duplicate rule id '{rule.id}' "
                                               f"(first defined on line {seen[rule.id]})")
        pack.id_positions[rule.id] = yaml_position(entry, "id")
        seen[rule.id] = pack.id_positions[rule.id][0]
        pack.rules.append(rule)
    return pack


def _located(exc: SpecError, fallback: Any, path: str) -> ConfigError:
    """Place the error on its key, else on its mapping; merged copies have no positions."""
    for node, key in ((exc.node, exc.key), (fallback, exc.key), (exc.node, None), (fallback, None)):
        if node is not None and (key is None or isinstance(node, dict) and key in node
                                 or isinstance(node, list) and isinstance(key, int)):
            line, col = yaml_position(node, key)
            if line is not None:
                return ConfigError(path, line, col, exc.message)
    return ConfigError(path, None, None, exc.message)


def display_path(path: Path) -> Path:
    """``path`` relative to the working directory when it lies below it, for messages."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve())
    except ValueError:
        return path


def load_pack(path: Path) -> Pack:
    path = display_path(path)
    try:
        data = read_regular_file(path, SETTINGS_MAX_BYTES)
    except OSError as exc:
        raise ConfigError(str(path), None, None, f"cannot read rule pack: {exc.strerror or exc}") \
            from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise ConfigError(str(path), line, column, f"rule packs are UTF-8: byte "
                                                   f"0x{data[exc.start]:02X} is not") from None
    return packcache.cached(data, str(path), lambda: load_pack_text(text, str(path)))


def pack_files(location: Path) -> list[Path]:
    """The YAML files of a folder (sorted), or the file itself."""
    if location.is_dir():
        return sorted(p for p in location.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())
    if location.exists():
        return [location]  # reading it says what is wrong when it is not a regular file
    raise ConfigError(str(location), None, None, "no such rule file or folder")


def load_packs(locations: list[Path], with_defaults: bool = True) -> list[Pack]:
    """Load the default packs (unless turned off) and the user's; rule ids must be unique."""
    files = (pack_files(default_rules_dir()) if with_defaults else []) + \
        [f for loc in locations for f in pack_files(loc)]
    packs: list[Pack] = []
    owner: dict[str, str] = {}
    loaded: set[Path] = set()
    for file in files:
        if file.resolve() in loaded:  # a pack named twice is loaded once
            continue
        loaded.add(file.resolve())
        pack = load_pack(file)
        for rule in pack.rules:
            if rule.id in owner:
                line, col = pack.id_positions.get(rule.id, (None, None))
                raise ConfigError(pack.path, line, col, f"duplicate rule id '{rule.id}' "
                                                        f"(first defined in {owner[rule.id]})")
            owner[rule.id] = rule.source
        packs.append(pack)
    return packs
