"""The stream from sources to results: each source is linted, or passed on as an error."""

from __future__ import annotations

from typing import Iterable, Iterator, Union

from .engine import DocumentResult, Linter
from .sources import Source, SourceError

Outcome = Union[DocumentResult, SourceError]


def run(linter: Linter, sources: Iterable[Source]) -> Iterator[Outcome]:
    for source in sources:
        yield source if isinstance(source, SourceError) else linter.lint(source)
