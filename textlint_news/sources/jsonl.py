"""JSON Lines input: one document per record of ``*.jsonl`` or ``*.jsonl.gz`` (``--jsonl``).

Files are streamed line by line, so a crawl of any size is read in constant memory. A line
that is not a JSON object with a string text field, or is longer than ``max_record_bytes``,
becomes a ``SourceError`` naming the file and line, and reading goes on with the next record;
a long line is skipped in bounded pieces, never held whole (a small ``.gz`` can inflate to one
line of gigabytes). A file that cannot be read on (corrupt gzip data) ends with an error after
the records read before it. Each document keeps the bytes of its line
(``Document.source_line``) so that ``--passed``/``--quarantine`` can write it back unchanged.
"""

from __future__ import annotations

import gzip
import io
import json
import sys
import zlib
from pathlib import Path
from typing import Any, BinaryIO, Iterator

from textlint_news.document import Document
from textlint_news.limits import DEFAULT_MAX_RECORD_BYTES, too_large
from textlint_news.document.language import normalise_code
from textlint_news.document.sites import record_site
from textlint_news.sources import INPUT_FORMATS, QUARANTINE_FIELD, Source, SourceError, open_binary

SKIP_PIECE = 1 << 20  # bytes read at a time while skipping a line over the limit


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

    include = INPUT_FORMATS["jsonl"].include

    def __init__(self, text_field: str = "text", id_field: str = "id",
                 max_record_bytes: int = DEFAULT_MAX_RECORD_BYTES,
                 ignore_field: str | None = None, lang_field: str | None = None,
                 url_field: str | None = None, date_field: str | None = None) -> None:
        self.text_field = text_field
        self.id_field = id_field
        self.ignore_field = ignore_field  # names the rules not to run on the record
        self.max_record_bytes = max_record_bytes  # 0: no limit
        self.lang_field = lang_field  # the record's language code; identified when absent
        self.url_field = url_field  # the page's URL, whose host is the site (sites.py)
        self.date_field = date_field or "date"  # when it was crawled or published

    @staticmethod
    def writer(stream: BinaryIO, path: Path) -> "JsonlWriter":
        return JsonlWriter(stream)

    @staticmethod
    def mark_failed(line: bytes, rule_ids: list[str]) -> bytes:
        return with_field(line, QUARANTINE_FIELD, rule_ids)

    def read_path(self, path: Path) -> Iterator[Source]:
        raw = open_binary(path)
        if isinstance(raw, SourceError):
            yield raw
            return
        with raw:
            stream: BinaryIO = gzip.GzipFile(fileobj=raw) if path.name.endswith(".gz") else raw
            yield from self.read_stream(stream, str(path))

    def read_data(self, data: bytes, name: str) -> Iterator[Source]:
        return self.read_stream(io.BytesIO(data), name)

    def read_stream(self, stream: BinaryIO, name: str) -> Iterator[Source]:
        limit = self.max_record_bytes
        line_no = 0
        try:
            # limit + 2: a record of exactly the limit with its \r\n is one piece
            while line := stream.readline(limit + 2 if limit else -1):
                line_no += 1
                if line_no == 1 and line.startswith(b"\xef\xbb\xbf"):
                    line = line[3:]
                record = line.rstrip(b"\r\n")
                if limit and len(record) > limit:
                    size = len(record) + _skip_line(stream, line)
                    problem = too_large(size, limit, "--max-record-bytes")
                    yield SourceError(name, f"line {line_no}: {problem}; record skipped")
                elif record.strip():
                    yield self._record(record, line_no, name)
        except (OSError, EOFError, zlib.error) as exc:  # a truncated or corrupt .gz, a disk error
            reason = f"corrupt gzip data ({exc})" if isinstance(exc, zlib.error) else exc
            if line_no:
                yield SourceError(name, f"line {line_no + 1}: cannot read: {reason}; rest of the "
                                        "file skipped")
            else:
                yield SourceError(name, f"cannot read: {reason}; file skipped")

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
        except ValueError:  # what else json raises: an integer longer than Python converts
            return SourceError(name, f"line {line_no}: a number of more than "
                                     f"{sys.get_int_max_str_digits()} digits; record skipped")
        except RecursionError:
            return SourceError(name, f"line {line_no}: nested too deeply; record skipped")
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
        doc.source_lineno = line_no
        if self.ignore_field is not None:
            codes = field_value(record, self.ignore_field)
            if isinstance(codes, str):  # "casing, double-space"
                codes = codes.replace(",", " ").split()
            if isinstance(codes, list):
                doc.ignore = frozenset(c.strip() for c in codes if isinstance(c, str) and c.strip())
        if self.lang_field is not None:
            doc.declared_language = normalise_code(field_value(record, self.lang_field))
        doc.site = record_site(record, self.url_field, field_value)
        if isinstance(date := field_value(record, self.date_field), str):
            doc.date = date
        return doc

    def with_text(self, line: bytes, text: str) -> bytes:
        """The record ``line`` with its text field's value replaced by ``text`` (``--fixed-output``),
        every other field and the key order kept; re-serialised, so call it only when the text
        changed. A lone surrogate (read from a ``\\udc80`` escape) is written escaped again."""
        record = json.loads(line)
        *parents, name = [self.text_field] if self.text_field in record \
            else self.text_field.split(".")
        holder = record
        for part in parents:
            holder = holder[part]
        holder[name] = text
        try:
            return json.dumps(record, ensure_ascii=False).encode("utf-8")
        except UnicodeEncodeError:
            return json.dumps(record).encode("ascii")


def _skip_line(stream: BinaryIO, start: bytes) -> int:
    """Read past the rest of the line ``start`` began; the bytes skipped, without the ending."""
    if start.endswith(b"\n"):
        return 0
    skipped = 0
    while piece := stream.readline(SKIP_PIECE):
        skipped += len(piece)
        if piece.endswith(b"\n"):
            return skipped - (len(piece) - len(piece.rstrip(b"\r\n")))
    return skipped


class JsonlWriter:
    """Records as lines, byte for byte."""

    def __init__(self, stream: BinaryIO) -> None:
        self.stream = stream

    def write(self, line: bytes) -> None:
        self.stream.write(line + b"\n")

    def close(self) -> None:
        """Nothing to end: the file is complete after its last line."""


def with_field(line: bytes, name: str, value: object) -> bytes:
    """The JSON object ``line`` with ``"name": value`` added as its last member."""
    body = line.rstrip()
    assert body.endswith(b"}"), "only JSON objects reach the splitter"
    inner = body[:-1]
    separator = b"" if inner.rstrip().endswith(b"{") else b", "
    member = json.dumps({name: value}, ensure_ascii=False)[1:-1].encode("utf-8")
    return inner + separator + member + b"}"
