"""WARC/WET input: Common Crawl's extracted-text records (``--input-format wet``, extra ``warc``).

Read with fastwarc (Resiliparse's C++ WARC reader): ``.warc.wet.gz`` is decompressed and
parsed as a stream, one record at a time. Only ``conversion`` records hold text; ``warcinfo``
and others are passed over. A record's id is its ``WARC-Record-ID``, its url the
``WARC-Target-URI``, its date the ``WARC-Date``; the block is UTF-8 text (bytes that are not
are kept as lone surrogates and reported by ``invalid-encoding``, as in text files).
``--passed``/``--quarantine`` get the records as read (one gzip member each when the output is
named ``*.gz``, as Common Crawl writes them); a quarantined one has one header more,
``Textlint-News-Failed: rule-a, rule-b``. ``--fixed-output`` writes every record, a fixed one
with its new block, length and digests.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import io
import re
from pathlib import Path
from typing import BinaryIO, Iterator

from fastwarc.warc import ArchiveIterator, WarcRecord, WarcRecordType

from textlint_news.document import Document
from textlint_news.limits import DEFAULT_MAX_RECORD_BYTES, too_large
from textlint_news.document.sites import url_host
from textlint_news.sources import INPUT_FORMATS, Source, SourceError, open_binary

FAILED_HEADER = b"Textlint-News-Failed"
RECORD_END = b"\r\n\r\n"  # after each record's block
DIGEST_HEADERS = (b"warc-block-digest", b"warc-payload-digest")


class WetFormat:
    include = INPUT_FORMATS["wet"].include

    def __init__(self, max_record_bytes: int = DEFAULT_MAX_RECORD_BYTES) -> None:
        self.max_record_bytes = max_record_bytes  # 0: no limit

    @staticmethod
    def writer(stream: BinaryIO, path: Path) -> "WetWriter":
        return WetWriter(stream, path.name.endswith(".gz"))

    @staticmethod
    def mark_failed(record: bytes, rule_ids: list[str]) -> bytes:
        """The record with one header more, before the blank line that ends the headers."""
        end = record.index(b"\r\n\r\n") + 2
        header = FAILED_HEADER + b": " + ", ".join(rule_ids).encode("utf-8") + b"\r\n"
        return record[:end] + header + record[end:]

    @staticmethod
    def with_text(record: bytes, text: str) -> bytes:
        """The record with ``text`` as its block; ``Content-Length`` and the block's digests
        (``WARC-Block-Digest``, and ``WARC-Payload-Digest``, the same bytes in a record without
        HTTP headers) follow it, so WARC tools that verify them accept the record."""
        end = record.index(b"\r\n\r\n")
        block = text.encode("utf-8", "surrogateescape")
        lines = []
        for line in record[:end].split(b"\r\n"):
            name, _, value = line.partition(b":")
            key = name.strip().lower()
            if key == b"content-length":
                line = name + b": " + str(len(block)).encode()
            elif key in DIGEST_HEADERS:
                line = name + b": " + _digest(value.strip(), block)
            lines.append(line)
        return b"\r\n".join(lines) + b"\r\n\r\n" + block + RECORD_END

    def read_path(self, path: Path) -> Iterator[Source]:
        raw = open_binary(path)
        if isinstance(raw, SourceError):
            yield raw
            return
        with raw:
            yield from self.read_stream(raw, str(path))

    def read_data(self, data: bytes, name: str) -> Iterator[Source]:
        return self.read_stream(io.BytesIO(data), name)

    def read_stream(self, stream: BinaryIO, name: str) -> Iterator[Source]:
        """fastwarc tells gzip from plain WARC by the first bytes. Every record is looked at,
        not only conversion ones, so a file cut inside any record is reported."""
        number = 0
        try:
            for record in ArchiveIterator(stream, parse_http=False):
                number += 1
                if record.record_id is None or "Content-Length" not in record.headers:
                    # what fastwarc yields for a record cut inside its headers
                    yield SourceError(name, f"record {number}: not a complete WARC record; "
                                            "rest of the file skipped")
                    return
                if record.record_type != WarcRecordType.conversion:
                    continue
                limit = self.max_record_bytes
                if limit and record.content_length > limit:
                    problem = too_large(record.content_length, limit, "--max-record-bytes")
                    yield SourceError(name, f"record {number}: {problem}; record skipped",
                                      record.record_id)
                    continue
                block = record.reader.read()
                if len(block) < record.content_length:
                    yield SourceError(name, f"record {number}: ends after {len(block)} of its "
                                            f"{record.content_length} bytes; rest of the file "
                                            "skipped", record.record_id)
                    return
                yield _document(record, block, name)
        except OSError as exc:  # fastwarc's "Invalid WARC header", a corrupt gzip stream
            where = f"record {number + 1}: " if number else ""
            rest = "rest of the file" if number else "file"
            yield SourceError(name, f"{where}cannot read: {exc}; {rest} skipped")


def _document(record: WarcRecord, block: bytes, name: str) -> Document:
    doc = Document.from_string(block.decode("utf-8", "surrogateescape"), name,
                               record_id=record.record_id)
    headers = io.BytesIO()
    record.headers.write(headers)
    doc.source_line = headers.getvalue() + block + RECORD_END
    doc.url = record.headers.get("WARC-Target-URI")
    doc.site = url_host(doc.url)
    doc.date = record.headers.get("WARC-Date")
    return doc


def _digest(old: bytes, block: bytes) -> bytes:
    """``block``'s digest by the algorithm of ``old`` (``sha1:BASE32``, as Common Crawl writes
    it), in its encoding: base32, else hex. An algorithm hashlib lacks keeps the old value
    (a record rewritten by a tool that cannot tell is better than one dropped)."""
    algorithm, _, value = old.partition(b":")
    try:
        digest = hashlib.new(algorithm.decode("ascii").lower().replace("-", ""), block).digest()
    except (ValueError, UnicodeDecodeError):
        return old
    hex_value = re.fullmatch(rb"[0-9a-fA-F]+", value) and len(value) == 2 * len(digest)
    encoded = digest.hex().encode() if hex_value else base64.b32encode(digest)
    return algorithm + b":" + encoded


class WetWriter:
    """Records back-to-back; each its own gzip member for a ``.gz`` name."""

    def __init__(self, stream: BinaryIO, compress: bool) -> None:
        self.stream = stream
        self.compress = compress

    def write(self, record: bytes) -> None:
        self.stream.write(gzip.compress(record, mtime=0) if self.compress else record)

    def close(self) -> None:
        """Nothing to end: a WARC file is complete after its last record."""
