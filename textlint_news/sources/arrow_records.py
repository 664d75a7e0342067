"""Rows of Arrow record batches as documents, and batches written back: what the Parquet and
the Arrow (Hugging Face ``save_to_disk``) formats share. Needs pyarrow (extra ``parquet``).

Batches are read one at a time, so memory holds one batch of rows, never a whole table. Each
document keeps its row as a one-row slice of its batch (no copy) for ``--passed`` and
``--quarantine``, whose writers gather rows into batches of ``WRITE_ROWS``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, BinaryIO, Iterable, Iterator

import pyarrow as pa
import pyarrow.compute as pc

from textlint_news.document import Document
from textlint_news.document.language import normalise_code
from textlint_news.limits import DEFAULT_MAX_RECORD_BYTES, too_large
from textlint_news.document.sites import url_host
from textlint_news.sources import QUARANTINE_FIELD, Source, SourceError
from textlint_news.fixes.writer import WriteError

READ_ROWS = 1024  # rows per batch read: a few MB of text
WRITE_ROWS = 4096  # rows gathered before a batch (a Parquet row group) is written
FAILED_TYPE = pa.list_(pa.string())


def _is_text(kind: pa.DataType) -> bool:
    return pa.types.is_string(kind) or pa.types.is_large_string(kind) or \
        pa.types.is_string_view(kind) or _is_bytes(kind)


def _is_bytes(kind: pa.DataType) -> bool:
    return pa.types.is_binary(kind) or pa.types.is_large_binary(kind) or \
        pa.types.is_binary_view(kind)


def _record_id(value: Any, row: int) -> str:
    if value is None:
        return f"#{row}"  # no id column or a null: the row number (1-based) identifies it
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, default=str)


def _as_text(value: Any) -> str | None:
    if value is None or isinstance(value, str):
        return value
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


class ArrowRows:
    """The options shared by the formats read from Arrow batches: columns by name."""

    def __init__(self, text_field: str = "text", id_field: str = "id",
                 max_record_bytes: int = DEFAULT_MAX_RECORD_BYTES,
                 ignore_field: str | None = None, lang_field: str | None = None,
                 url_field: str | None = None, date_field: str | None = None) -> None:
        self.text_field = text_field
        self.id_field = id_field
        self.max_record_bytes = max_record_bytes  # 0: no limit
        self.ignore_field = ignore_field
        self.lang_field = lang_field
        self.url_field = url_field or "url"  # its host is the site (sites.py)
        self.date_field = date_field or "date"
        self.schema: pa.Schema | None = None  # of the first file read: an empty output gets it

    def mark_failed(self, row: pa.RecordBatch, rule_ids: list[str]) -> pa.RecordBatch:
        """The row with the failing rule ids in one more column (replaced if it is there)."""
        value = pa.array([rule_ids], FAILED_TYPE)
        if QUARANTINE_FIELD in row.schema.names:
            row = row.drop_columns([QUARANTINE_FIELD])
        return row.append_column(pa.field(QUARANTINE_FIELD, FAILED_TYPE), value)

    def with_text(self, row: pa.RecordBatch, text: str) -> pa.RecordBatch:
        """The row with its text column's value replaced, in the column's own type."""
        index = row.schema.get_field_index(self.text_field)
        field = row.schema.field(index)
        value = text.encode("utf-8", "surrogateescape") if _is_bytes(field.type) else text
        return row.set_column(index, field, pa.array([value], field.type))

    def documents(self, batches: Iterable[pa.RecordBatch], name: str) -> Iterator[Source]:
        """Documents of each row; a missing or non-text text column skips the file, a null
        text or one over the size limit the row. An error while reading ends the file."""
        row = 0
        try:
            for batch in batches:
                if self.schema is None:
                    self.schema = batch.schema
                if problem := self._text_column_problem(batch.schema):
                    yield SourceError(name, f"{problem}; file skipped")
                    return
                yield from self._rows(batch, name, row)
                row += batch.num_rows
        except (pa.ArrowException, OSError) as exc:
            where = f"row {row + 1}: " if row else ""
            rest = "rest of the file" if row else "file"
            yield SourceError(name, f"{where}cannot read: {exc}; {rest} skipped")

    def _text_column_problem(self, schema: pa.Schema) -> str | None:
        if self.text_field not in schema.names:
            return f"no text column '{self.text_field}' (columns: {', '.join(schema.names)})"
        kind = schema.field(self.text_field).type
        if not _is_text(kind):
            return f"text column '{self.text_field}' holds {kind}, not text"
        return None

    def _column(self, batch: pa.RecordBatch, name: str | None) -> list[Any]:
        if name is None or name not in batch.schema.names:
            return [None] * batch.num_rows
        return batch.column(name).to_pylist()

    def _rows(self, batch: pa.RecordBatch, name: str, before: int) -> Iterator[Source]:
        column = batch.column(self.text_field)
        texts = column.to_pylist()
        sizes = pc.binary_length(column).to_pylist() if self.max_record_bytes else None
        ids, urls, dates = (self._column(batch, f) for f in
                            (self.id_field, self.url_field, self.date_field))
        ignores, langs = (self._column(batch, f) for f in (self.ignore_field, self.lang_field))
        for i, text in enumerate(texts):
            row = before + i + 1
            record_id = _record_id(ids[i], row)
            if text is None:
                yield SourceError(name, f"row {row}: null text '{self.text_field}'; record "
                                        "skipped", record_id)
                continue
            if sizes is not None and sizes[i] > self.max_record_bytes:
                problem = too_large(sizes[i], self.max_record_bytes, "--max-record-bytes")
                yield SourceError(name, f"row {row}: {problem}; record skipped", record_id)
                continue
            if isinstance(text, bytes):
                text = text.decode("utf-8", "surrogateescape")
            doc = Document.from_string(text, name, record_id=record_id)
            doc.source_line = batch.slice(i, 1)
            doc.url, doc.date = _as_text(urls[i]), _as_text(dates[i])
            doc.site = url_host(doc.url)
            codes = ignores[i]
            if isinstance(codes, str):  # "casing, double-space"
                codes = codes.replace(",", " ").split()
            if isinstance(codes, list):
                doc.ignore = frozenset(c.strip() for c in codes if isinstance(c, str) and c.strip())
            if self.lang_field is not None:
                doc.declared_language = normalise_code(langs[i])
            yield doc


class BatchWriter:
    """Rows gathered into batches and written by ``sink`` (a Parquet or Arrow IPC writer made
    from the first row's schema). Rows of a later file with another schema are cast to the
    first; when they cannot be, the output fails rather than mixing schemas."""

    def __init__(self, stream: BinaryIO, path: Path, rows: ArrowRows) -> None:
        self.stream = stream
        self.path = path
        self.rows = rows
        self.pending: list[pa.RecordBatch] = []
        self.sink: Any = None
        self.schema: pa.Schema | None = None

    def open_sink(self, schema: pa.Schema) -> Any:
        raise NotImplementedError

    def write(self, row: pa.RecordBatch) -> None:
        if self.sink is None:
            self.schema = row.schema
            self.sink = self.open_sink(row.schema)
        elif not row.schema.equals(self.schema):
            try:
                row = row.cast(self.schema)
            except (pa.ArrowException, ValueError) as exc:
                raise WriteError(self.path, f"a record does not fit the schema of the first "
                                            f"file's records ({exc})") from None
        self.pending.append(row)
        if len(self.pending) >= WRITE_ROWS:
            self._flush()

    def _flush(self) -> None:
        if self.pending:
            self.sink.write_table(pa.Table.from_batches(self.pending, self.schema))
            self.pending = []

    def close(self) -> None:
        """With no row written, the file still gets the input's schema (an empty table)."""
        if self.sink is None:
            if self.rows.schema is None:
                return
            self.schema = self.rows.schema
            self.sink = self.open_sink(self.schema)
        self._flush()
        self.sink.close()
