"""The site a document comes from (``Document.site``), as far as the input tells.

A record names its site in a ``site`` field (or ``host``, ``domain``), else by the host of its
URL (``--url-field``; by default the first of ``URL_FIELDS`` the record has), without
``www.``. A file's site is the first folder under the folder given on the command line (a
crawl laid out as ``crawl/<site>/…``), else the folder it is in (stdin's is that of
``--stdin-filename``, as if the file were there). Record formats set the
first, ``sources.iter_sources`` the second for whatever has no site yet.
"""

from __future__ import annotations

import os
from pathlib import PurePath
from typing import Any, Callable
from urllib.parse import urlsplit

# record fields that name the site itself, and fields holding the page's URL, in the order tried
SITE_FIELDS = ("site", "host", "domain")
URL_FIELDS = ("url", "URL", "link", "source_url", "page_url")


def url_host(url: Any) -> str | None:
    """``news.example.com`` for ``https://www.News.example.com:8080/a``; None when no host."""
    if not isinstance(url, str):
        return None
    try:
        host = urlsplit(url).hostname
    except ValueError:  # a malformed IPv6 literal, an invalid port
        return None
    return host.removeprefix("www.") if host else None


def record_site(record: dict, url_field: str | None,
                value: Callable[[dict, str], Any]) -> str | None:
    """The site of a parsed record; ``value(record, name)`` reads a (dotted) field."""
    for name in SITE_FIELDS:
        site = record.get(name)
        if isinstance(site, str) and site:
            return site
    for name in (url_field,) if url_field else URL_FIELDS:
        if host := url_host(value(record, name)):
            return host
    return None


def path_site(path: str, under: str | None = None) -> str | None:
    """The first folder of ``path`` under the folder ``under`` it was found in; else the name
    of the folder ``path`` is in (None for stdin without --stdin-filename)."""
    if under is not None:
        parts = PurePath(os.path.relpath(path, under)).parts
        if len(parts) > 1 and parts[0] != "..":
            return parts[0]
    if path == "-":
        return None
    return PurePath(os.path.abspath(path)).parent.name or None
