"""Parquet input (``--input-format parquet``, extra ``parquet``): one document per row.

The text, id, url and date come from columns by name (``--text-field``, ``--id-field``);
a file is read one batch of rows at a time (``ParquetFile.iter_batches``), never whole.
``--passed``/``--quarantine`` are Parquet files with the input's schema (the quarantine with
one more column, ``textlint_news_failed``), written a row group at a time.
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO, Iterator

import pyarrow as pa
import pyarrow.parquet as pq

from textlint_news.sources.arrow_records import READ_ROWS, ArrowRows, BatchWriter
from textlint_news.sources import INPUT_FORMATS, Source, SourceError


class ParquetFormat(ArrowRows):
    include = INPUT_FORMATS["parquet"].include

    def writer(self, stream: BinaryIO, path: Path) -> "ParquetWriter":
        return ParquetWriter(stream, path, self)

    def read_path(self, path: Path) -> Iterator[Source]:
        if path.is_dir():
            yield SourceError(str(path), "is a folder")
            return
        try:
            raw = pa.OSFile(str(path))  # read by Arrow's own I/O: a Python file is 5x slower
        except OSError as exc:
            yield SourceError(str(path), f"cannot read: {exc.strerror or exc}")
            return
        with raw:
            yield from self.read_stream(raw, str(path))

    def read_data(self, data: bytes, name: str) -> Iterator[Source]:
        return self.read_stream(pa.BufferReader(data), name)

    def read_stream(self, stream: BinaryIO, name: str) -> Iterator[Source]:
        """A Parquet file is read from its footer: stdin must be spooled (it is)."""
        try:
            parquet = pq.ParquetFile(stream)
        except (pa.ArrowException, OSError) as exc:
            yield SourceError(name, f"not a Parquet file ({exc}); file skipped")
            return
        yield from self.documents(parquet.iter_batches(batch_size=READ_ROWS), name)


class ParquetWriter(BatchWriter):
    def open_sink(self, schema: pa.Schema) -> pq.ParquetWriter:
        return pq.ParquetWriter(self.stream, schema)
