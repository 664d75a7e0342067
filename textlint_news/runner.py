"""The stream from sources to results: each source is linted, or passed on as an error.

When corpus rules are selected the sources are read twice: once so that the linter can
observe every document, once to lint them.
"""

from __future__ import annotations

from typing import Callable, Iterable, Iterator, Union

from .document import Document
from .engine import DocumentResult, Linter
from .sources import Source, SourceError

Outcome = Union[DocumentResult, SourceError]


def run(linter: Linter, open_sources: Callable[[], Iterable[Source]]) -> Iterator[Outcome]:
    """Lint what ``open_sources()`` yields; it is called twice when corpus rules need a pre-pass."""
    if linter.corpus_rules:
        for source in open_sources():
            if isinstance(source, Document):
                linter.observe(source)
    for source in open_sources():
        yield source if isinstance(source, SourceError) else linter.lint(source)
