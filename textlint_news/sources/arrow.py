"""Hugging Face datasets saved to disk (``--input-format arrow``, extra ``parquet``).

``Dataset.save_to_disk`` writes a folder with ``state.json``, which lists its Arrow stream
files (``data-00000-of-00002.arrow``, ...), and ``dataset_info.json``; a ``DatasetDict`` has
one such folder per split. They are read with pyarrow alone (no ``datasets``), memory-mapped
one record batch at a time; columns by name as for Parquet. A ``.arrow`` file named on the
command line is read by itself. ``--passed``/``--quarantine`` are Arrow stream files, which
``datasets.Dataset.from_file`` loads.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import BinaryIO, Iterator

import pyarrow as pa

from textlint_news.sources.arrow_records import ArrowRows, BatchWriter
from textlint_news.sources import INPUT_FORMATS, Source, SourceError

STATE = "state.json"


class ArrowFormat(ArrowRows):
    include = INPUT_FORMATS["arrow"].include

    def writer(self, stream: BinaryIO, path: Path) -> "ArrowWriter":
        return ArrowWriter(stream, path, self)

    def read_path(self, path: Path) -> Iterator[Source]:
        """A dataset's folder, its ``state.json``, or one ``.arrow`` file."""
        if path.is_dir():
            path = path / STATE
        if path.name != STATE:
            yield from self._read_file(path)
            return
        try:
            files = [path.parent / f["filename"]
                     for f in json.loads(path.read_text(encoding="utf-8"))["_data_files"]]
        except OSError as exc:
            yield SourceError(str(path), f"cannot read: {exc.strerror or exc}")
            return
        except (ValueError, KeyError, TypeError) as exc:
            yield SourceError(str(path), f"not a saved dataset's state.json ({exc!r}); "
                                         "folder skipped")
            return
        for file in files:
            yield from self._read_file(file)

    def _read_file(self, path: Path) -> Iterator[Source]:
        try:
            source = pa.memory_map(str(path))
        except (OSError, pa.ArrowException) as exc:
            yield SourceError(str(path), f"cannot read: {getattr(exc, 'strerror', None) or exc}")
            return
        with source:
            yield from self.read_stream(source, str(path))

    def read_data(self, data: bytes, name: str) -> Iterator[Source]:
        return self.read_stream(pa.BufferReader(data), name)

    def read_stream(self, stream: BinaryIO, name: str) -> Iterator[Source]:
        """The IPC stream format (what datasets writes), else the IPC file format."""
        try:
            reader = pa.ipc.open_stream(stream)
        except pa.ArrowException:
            try:
                stream.seek(0)
                file = pa.ipc.open_file(stream)
            except (pa.ArrowException, OSError) as exc:
                yield SourceError(name, f"not an Arrow file ({exc}); file skipped")
                return
            reader = (file.get_batch(i) for i in range(file.num_record_batches))
        yield from self.documents(reader, name)


class ArrowWriter(BatchWriter):
    def open_sink(self, schema: pa.Schema) -> pa.ipc.RecordBatchStreamWriter:
        return pa.ipc.new_stream(self.stream, schema)
