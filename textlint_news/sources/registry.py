"""The input formats of records: one ``FormatSpec`` per format, in ``INPUT_FORMATS``.

A spec says everything the command line needs to know about a format without importing it
(so a format whose extra is not installed costs nothing until it is chosen): its name and
label, the file names ``auto`` reads as it, the options it takes (``--text-field`` ...), and
what it can do (write fixed records, split by the gate, read stdin). ``check``'s choices,
options, refusals and messages come from this list, so a new format is its reader module
plus one line here.
"""

from __future__ import annotations

import fnmatch
import importlib
import importlib.util
import inspect
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, Protocol

from textlint_news.sources.files import InputFormat


# the field (a JSONL member, a Parquet or Arrow column) --quarantine adds to a failed record
QUARANTINE_FIELD = "textlint_news_failed"


class RecordWriter(Protocol):
    """Where ``--passed``/``--quarantine`` records go, in the input's format: ``write`` takes a
    record as read (``Document.source_line``), ``close`` ends the file (a Parquet footer)."""

    def write(self, record: Any) -> None: ...

    def close(self) -> None: ...


class RecordFormat(InputFormat, Protocol):
    """A format of records (the formats of ``INPUT_FORMATS``): it can write them back."""

    def writer(self, stream: BinaryIO, path: Path) -> RecordWriter: ...

    def mark_failed(self, record: Any, rule_ids: list[str]) -> Any:
        """The record with the ids of the rules that failed it added, for --quarantine."""

    def with_text(self, record: Any, text: str) -> Any:
        """The record with its text replaced by ``text``, for --fixed-output; called only when
        a fix changed the text (records it leaves alone are written as read)."""


@dataclass(frozen=True)
class FormatOption:
    """A ``check`` option that a format's reader takes as the keyword argument ``param``."""

    param: str  # the reader's keyword argument, and the click parameter's name
    flag: str  # --text-field
    help: str
    default: str | None = None
    show_default: bool = False
    metavar: str = "FIELD"
    # refused when the run reads text files (it would do nothing); the field options a config
    # or script may set for every run (--text-field, --id-field, --ignore-field) are not
    text_refuses: bool = True


FIELDS = (
    FormatOption("text_field", "--text-field", "Record field holding the text (a.b for nested "
                 "fields).", "text", True, text_refuses=False),
    FormatOption("id_field", "--id-field", "Record field reported as the record id.", "id", True,
                 text_refuses=False),
    FormatOption("url_field", "--url-field", "Record field holding the page's URL, whose host "
                 "is the record's site (default: url, URL, link, source_url or page_url, if "
                 "the record has one)."),
    FormatOption("date_field", "--date-field", "Record field holding the date it was crawled "
                 "or published, for counts per day (default: date; WARC-Date for WET)."),
    FormatOption("ignore_field", "--ignore-field", "Record field naming rule ids or packs not to "
                 "run on that record (a list, or a comma-separated string).", text_refuses=False),
    FormatOption("lang_field", "--lang-field", "Record field holding the language code (en, "
                 "de-AT); records without one get their language identified."),
)
"""The named-field options, shared by the formats whose records have named fields."""


@dataclass(frozen=True)
class FormatSpec:
    """One record format: where its reader lives, the names ``auto`` picks it by, the options
    it takes and what it can do, and the optional extra it needs."""

    target: str  # "module:Class"
    label: str  # shown in messages
    include: tuple[str, ...]  # file names it reads inside folders
    auto_help: str  # what auto reads as this format, in --input-format's help
    names: tuple[str, ...] = ()  # file names auto reads as this format (default: include)
    folder_markers: tuple[str, ...] = ()  # auto reads a folder holding one of these as it
    needs: str | None = None  # module of the optional extra, when not installed by default
    extra: str | None = None  # the extra that installs it
    options: tuple[FormatOption, ...] = FIELDS  # the reader's keyword arguments from check
    short: str = ""  # its name in lists of formats (default: label)
    fixable: bool = True  # --fix --fixed-output: its reader has with_text
    splittable: bool = True  # --passed/--quarantine: its reader has writer and mark_failed
    stdin: bool = True  # - (stdin) can be read as it

    @property
    def name(self) -> str:
        return self.short or self.label


# The one list of record formats: --input-format's choices and auto's detection come from it.
INPUT_FORMATS: dict[str, FormatSpec] = {
    "jsonl": FormatSpec("textlint_news.sources.jsonl:JsonlFormat", "JSONL",
                        ("*.jsonl", "*.jsonl.gz"), "*.jsonl(.gz)"),
    "parquet": FormatSpec("textlint_news.sources.parquet:ParquetFormat", "Parquet",
                          ("*.parquet",), "*.parquet", needs="pyarrow", extra="parquet"),
    # Hugging Face datasets.save_to_disk(): state.json lists the folder's Arrow files
    "arrow": FormatSpec("textlint_news.sources.arrow:ArrowFormat", "Arrow",
                        ("state.json",), "*.arrow or a saved dataset's folder", names=("*.arrow",),
                        folder_markers=("state.json", "dataset_info.json", "dataset_dict.json"),
                        needs="pyarrow", extra="parquet"),
    "wet": FormatSpec("textlint_news.sources.wet:WetFormat", "WARC/WET",
                      ("*.warc.wet.gz", "*.wet.gz", "*.warc.wet"), "*.warc.wet.gz",
                      needs="fastwarc", extra="warc", options=(), short="WET"),
}


def format_options() -> list[FormatOption]:
    """The options of every format, each once, the shared field options first."""
    seen: dict[str, FormatOption] = {}
    for spec in INPUT_FORMATS.values():
        for option in spec.options:
            seen.setdefault(option.param, option)
    return [*FIELDS, *(o for o in seen.values() if o not in FIELDS)]


class MissingExtra(Exception):
    """A format whose optional dependency is not installed; the message says what to install."""


def missing_extra(name: str) -> str | None:
    """Why format ``name`` cannot be read here, or None."""
    spec = INPUT_FORMATS[name]
    if spec.needs is None or importlib.util.find_spec(spec.needs) is not None:
        return None
    return (f"reading {spec.label} needs {spec.needs}: "
            f"pip install 'textlint-news[{spec.extra}]'")


def input_format(name: str, **options: str | int | None) -> RecordFormat:
    """The reader of format ``name``, given the options its class takes (the others, such as
    --text-field for WET, do not apply to it); ``MissingExtra`` when it cannot run here."""
    if problem := missing_extra(name):
        raise MissingExtra(problem)
    module, _, cls_name = INPUT_FORMATS[name].target.partition(":")
    cls = getattr(importlib.import_module(module), cls_name)
    accepted = inspect.signature(cls).parameters
    return cls(**{k: v for k, v in options.items() if k in accepted})


def format_of(path: str, is_dir: bool) -> str | None:
    """The record format ``auto`` reads ``path`` as, by its name (or, for a folder, the files
    that mark a saved dataset); None: text."""
    name = os.path.basename(path.rstrip("/")).lower()
    for key, spec in INPUT_FORMATS.items():
        if is_dir:
            if any(os.path.exists(os.path.join(path, m)) for m in spec.folder_markers):
                return key
        elif any(fnmatch.fnmatch(name, p) for p in spec.names or spec.include):
            return key
    return None
