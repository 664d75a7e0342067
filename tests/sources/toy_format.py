"""A toy input format for tests/sources/test_registry.py: records are blocks of lines
separated by a line holding only ``--toy-separator`` (default ``%%``). It declares nothing
outside this module and its one ``FormatSpec`` line: that is what a new format costs."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO, Iterator

from textlint_news.document import Document
from textlint_news.sources import Source, SourceError, open_binary


class ToyFormat:
    include = ("*.toy",)

    def __init__(self, separator: str = "%%") -> None:
        self.separator = separator

    def read_path(self, path: Path) -> Iterator[Source]:
        stream = open_binary(path)
        if isinstance(stream, SourceError):
            yield stream
            return
        with stream:
            yield from self.read_stream(stream, str(path))

    def read_data(self, data: bytes, name: str) -> Iterator[Source]:
        text = data.decode("utf-8")
        blocks = text.split(f"\n{self.separator}\n")
        for number, block in enumerate(blocks, 1):
            yield Document.from_string(block.strip("\n") + "\n", name, record_id=f"#{number}")

    def read_stream(self, stream: BinaryIO, name: str) -> Iterator[Source]:
        yield from self.read_data(stream.read(), name)
