"""Which Hyperscan pattern a rule gets: the rewrite, if Hyperscan takes it and it is selective.

Hyperscan comes from the ``hyperscan`` wheels (x86-64 and arm64 on Linux, macOS and Windows);
where it cannot be imported, or for a pattern it cannot take, rules simply run on the whole
document.
"""

from __future__ import annotations

from textlint_news.matching.prefilter.spec import Prefilter

try:
    import hyperscan
except ImportError:  # not built for this platform: rules run unfiltered
    hyperscan = None

FLAGS = 0 if hyperscan is None else (hyperscan.HS_FLAG_PREFILTER | hyperscan.HS_FLAG_UTF8
                                     | hyperscan.HS_FLAG_MULTILINE | hyperscan.HS_FLAG_ALLOWEMPTY)


def available() -> bool:
    return hyperscan is not None


def _database(source: str):
    database = hyperscan.Database()
    database.compile(expressions=[source.encode()], ids=[0], elements=1, flags=[FLAGS])
    return database


def _compiles(source: str) -> bool:
    try:
        _database(source)
    except hyperscan.error:
        return False
    return True


# Ordinary prose, one sentence a line: a prefilter that matches most of these lines names
# nearly every line of a real document, and its matches cost a Python call each, so the rule
# is better run in full (its own regex is one C-level search). This happens when the rewrite
# had to drop a leading '^' (see rewrite.py).
_ORDINARY = (
    "The council met on Tuesday and agreed to raise the budget by five percent.",
    "Officials said the new rules would take effect next year, after a review.",
    "She told reporters that talks with the union had gone well so far.",
    "Prices for fuel and food rose again in March, according to the agency.",
    "in a statement on its website, the company said it would appeal.",
    "Residents were asked to stay indoors while crews cleared the roads.",
    "the plan, which was first proposed in 2019, has support in both parties.",
    "He added that more details would be released in the coming weeks.",
)
UNSELECTIVE = 0.5  # share of those lines a useful prefilter leaves out


def _selective(source: str) -> bool:
    database = _database(source)
    hit = 0
    for line in _ORDINARY:
        found: list[bool] = []
        database.scan(line.encode(), match_event_handler=lambda *_: found.append(True))
        hit += bool(found)
    return hit < UNSELECTIVE * len(_ORDINARY)


def hyperscan_source(spec: Prefilter) -> str | None:
    """The Hyperscan pattern for a rule's prefilter, or None when there is none that works
    (or none worth it: one that matches most ordinary lines)."""
    # the rewrite and its regex tree are only needed to compile: a cached database does without
    from textlint_news.matching.prefilter.rewrite import prefilter_source
    from textlint_news.matching.regex_tree import Unsupported

    single_line = spec.lines if spec.single_line is None else spec.single_line
    for end_anchors in (True, False):  # Hyperscan refuses some '$' that the rewrite keeps
        try:
            source = prefilter_source(spec.pattern, spec.ignorecase, end_anchors, single_line,
                                      spec.verbose)
        except Unsupported:
            return None
        if _compiles(source):
            return source if _selective(source) else None
    return None
