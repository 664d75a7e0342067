"""JSON Lines input: one document per record of ``*.jsonl`` or ``*.jsonl.gz`` (``--jsonl``).

Files are streamed line by line, so a crawl of any size is read in constant memory. A line
that is not a JSON object with a string text field becomes a ``SourceError`` naming the file
and line, and reading goes on with the next record. Each document keeps the bytes of its line
(``Document.source_line``) so that ``--passed``/``--quarantine`` can write it back unchanged.
"""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path
from typing import Any, BinaryIO, Iterator

from .document import Document
from .sources import Source, SourceError


def field_value(record: dict, name: str) -> Any:
    """``record[name]``, or the nested value of a dotted path (``meta.id``); None when absent."""
    if name in record:
        return record[name]
    value: Any = record
    for part in name.split("."):
        if not isinstance(value, dict) or part not in value:
            return None
        value = value[part]
    return value


def _record_id(value: Any, line_no: int) -> str:
    if value is None:
        return f"#{line_no}"  # no id field: the line number identifies the record
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


class JsonlFormat:
    """Reads records; ``text_field`` holds the text, ``id_field`` the id reported for findings."""

    include = ("*.jsonl", "*.jsonl.gz")

    def __init__(self, text_field: str = "text", id_field: str = "id") -> None:
        self.text_field = text_field
        self.id_field = id_field

    def read_path(self, path: Path) -> Iterator[Source]:
        try:
            raw = open(path, "rb")
        except IsADirectoryError:
            yield SourceError(str(path), "is a folder")
            return
        except OSError as exc:
            yield SourceError(str(path), f"cannot read: {exc.strerror or exc}")
            return
        with raw:
            stream: BinaryIO = gzip.GzipFile(fileobj=raw) if path.name.endswith(".gz") else raw
            try:
                yield from self.read_stream(stream, str(path))
            except (OSError, EOFError) as exc:  # a truncated or corrupt .gz
                yield SourceError(str(path), f"cannot read: {exc}")

    def read_data(self, data: bytes, name: str) -> Iterator[Source]:
        return self.read_stream(io.BytesIO(data), name)

    def read_stream(self, stream: BinaryIO, name: str) -> Iterator[Source]:
        for line_no, line in enumerate(stream, 1):
            if line_no == 1 and line.startswith(b"\xef\xbb\xbf"):
                line = line[3:]
            line = line.rstrip(b"\r\n")
            if line.strip():
                yield self._record(line, line_no, name)

    def _record(self, line: bytes, line_no: int, name: str) -> Source:
        try:
            record = json.loads(line)
        except UnicodeDecodeError as exc:
            return SourceError(name, f"line {line_no}: invalid UTF-8 at byte column "
                                     f"{exc.start + 1}; record skipped")
        except json.JSONDecodeError as exc:
            # some of json's messages end in "at" already ("Unterminated string starting at")
            return SourceError(name, f"line {line_no}: not valid JSON "
                                     f"({exc.msg.removesuffix(' at')} at column "
                                     f"{exc.colno}); record skipped")
        if not isinstance(record, dict):
            return SourceError(name, f"line {line_no}: not a JSON object; record skipped")
        record_id = _record_id(field_value(record, self.id_field), line_no)
        text = field_value(record, self.text_field)
        if not isinstance(text, str):
            problem = "no" if text is None else "a non-string"
            return SourceError(name, f"line {line_no}: {problem} text field "
                                     f"'{self.text_field}'; record skipped", record_id)
        doc = Document.from_string(text, name, record_id=record_id)
        doc.source_line = line
        return doc
