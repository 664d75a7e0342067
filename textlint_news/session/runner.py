"""The stream from sources to results: each source is linted, or passed on as an error.

When corpus rules are selected the sources are read twice: once so that the linter can
observe every document, once to lint them.

With ``jobs`` > 1 documents are linted in worker processes, each of which gets the compiled
``Linter`` once (the pool initializer). The input is cut into chunks and only a few chunks per
worker are in flight, so memory does not grow with the input; results come back in input
order. A corpus pre-pass runs in the main process before the workers start (observing is
cheap, sending every document to a worker twice is not); the workers get its ``Corpus``.
"""

from __future__ import annotations

import itertools
import os
from collections import deque
from dataclasses import replace
from typing import Callable, Iterable, Iterator, Union

from textlint_news.document import Document
from textlint_news.engine import DocumentResult, Linter
from textlint_news.sources import Source, SourceError

Outcome = Union[DocumentResult, SourceError]

CHUNK_CHARS = 50_000    # text per task: large enough to hide the cost of a round trip
CHUNK_DOCUMENTS = 50
CHUNKS_PER_JOB = 4      # in flight per worker: keeps workers busy, bounds memory



def default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def run(linter: Linter, open_sources: Callable[[], Iterable[Source]],
        jobs: int = 1) -> Iterator[Outcome]:
    """Lint what ``open_sources()`` yields; it is called twice when corpus rules need a pre-pass."""
    try:
        yield from _run(linter, open_sources, jobs)
    finally:
        linter.corpus = None  # a later run, or a lone lint(), must not see this run's documents
        linter.timeouts.clear()  # nor find a rule switched off for timing out in this one


def _run(linter: Linter, open_sources: Callable[[], Iterable[Source]],
         jobs: int) -> Iterator[Outcome]:
    sources: Iterable[Source] = open_sources()
    if jobs > 1:
        chunks = _chunks(sources)
        first = list(itertools.islice(chunks, 2))
        if len(first) > 1:  # more than one chunk of work: worth starting processes
            yield from _run_parallel(linter, open_sources, jobs, itertools.chain(first, chunks))
            return
        sources = [source for chunk in first for source in chunk]  # small: lint it here
    if linter.corpus_rules:
        linter.observe_all(sources)
        sources = open_sources()
    for source in sources:
        yield source if isinstance(source, SourceError) else linter.lint(source)


def _chunks(sources: Iterable[Source]) -> Iterator[list[Source]]:
    chunk: list[Source] = []
    size = 0
    for source in sources:
        chunk.append(source)
        if isinstance(source, Document):
            size += len(source.text)
        if size >= CHUNK_CHARS or len(chunk) >= CHUNK_DOCUMENTS:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


def _payloads(chunk: list[Source]) -> list[Document]:
    # what a worker needs: not the raw copies of the text, which only fixes and --passed use
    return [replace(s, original=None, source_line=None) for s in chunk if isinstance(s, Document)]


def _run_parallel(linter: Linter, open_sources: Callable[[], Iterable[Source]], jobs: int,
                  chunks: Iterator[list[Source]]) -> Iterator[Outcome]:
    if linter.corpus_rules:
        # observing is cheap next to sending every document to a worker: done here
        linter.observe_all(source for chunk in chunks for source in chunk)
        chunks = _chunks(open_sources())
    import multiprocessing  # ~10 ms that a one-process run does not need

    _load_shared_data()
    with multiprocessing.Pool(jobs, _init_worker, (linter,)) as pool:
        for chunk, results in _ordered(pool, _lint_chunk, chunks, jobs):
            linted = iter(results)
            for source in chunk:
                if isinstance(source, SourceError):
                    yield source
                else:
                    findings, notices, skipped_language = next(linted)
                    yield DocumentResult(source, findings, notices, skipped_language)


def _load_shared_data() -> None:
    """Load the language model (about 30 ms) and the word list (2 ms) before the fork:
    forked workers then share them instead of each loading its own copy (a run of more than
    one chunk of text pays that once here even if no rule asks for them)."""
    from textlint_news.document.language import _model
    from textlint_news.matching.dictionary import english_words

    for load in (english_words, _model):
        try:
            load()
        except Exception:  # each worker meets the error where it did before
            pass


def _ordered(pool, func, chunks: Iterator[list[Source]], jobs: int):
    """(chunk, func(payloads of chunk)) in input order, with a bounded number in flight."""
    pending: deque = deque()
    for chunk in chunks:
        pending.append((chunk, pool.apply_async(func, (_payloads(chunk),))))
        if len(pending) >= jobs * CHUNKS_PER_JOB:
            chunk, result = pending.popleft()
            yield chunk, result.get()
    while pending:
        chunk, result = pending.popleft()
        yield chunk, result.get()


_worker_linter: Linter | None = None


def _init_worker(linter: Linter) -> None:
    global _worker_linter
    _worker_linter = linter


def _lint_chunk(documents: list[Document]) -> list[tuple[list, list, str | None]]:
    assert _worker_linter is not None
    results = []
    for document in documents:
        result = _worker_linter.lint(document)
        results.append((result.findings, result.notices, result.skipped_language))
    return results
