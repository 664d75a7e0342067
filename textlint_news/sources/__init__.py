"""Where documents come from: ``files`` walks paths and decodes text, ``registry`` lists the
record formats, one module each (``jsonl``, ``parquet``, ``arrow``, ``wet``) reads one.

A path that cannot be read becomes a ``SourceError`` in the stream instead of an exception,
so one bad file never stops the run.
"""

from textlint_news.sources.files import (DEFAULT_INCLUDE, GitIgnore, InputFormat, Source,
                                         SourceError, TextFormat, decode, iter_sources,
                                         open_binary, read_file, same_path, spool_stdin, walk)
from textlint_news.sources.registry import (FIELDS, INPUT_FORMATS, QUARANTINE_FIELD, FormatOption, FormatSpec,
                                            MissingExtra, RecordFormat, RecordWriter,
                                            format_of, format_options, input_format,
                                            missing_extra)

__all__ = ["DEFAULT_INCLUDE", "FIELDS", "INPUT_FORMATS", "QUARANTINE_FIELD", "FormatOption", "FormatSpec",
           "GitIgnore", "InputFormat", "MissingExtra", "RecordFormat", "RecordWriter", "Source",
           "SourceError", "TextFormat", "decode", "format_of", "format_options", "input_format",
           "iter_sources", "missing_extra", "open_binary", "read_file", "same_path",
           "spool_stdin", "walk"]
