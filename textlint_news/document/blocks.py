"""The block type of every line of a plain-text document, from its shape and its neighbours.

Extractors write one block per line (or hard-wrap paragraphs); prose rules must leave
headings, lists, tables, code and listings alone. One pass classifies each line by its own
shape (a list written on one line is a list), a second looks at neighbours (a heading is
followed by prose, a run of short lines is a listing, short lines after a label ending in ":"
are list items, the lines of a wrapped paragraph continue the line above). Each pass is a
loop over lines with a few compiled regexes per line, never over characters.
"""

from __future__ import annotations

from textlint_news.loading.patterns import regex

BLANK, PROSE, HEADING, LIST, TABLE, CODE, LABEL, LISTING = (
    "blank", "prose", "heading", "list", "table", "code", "label", "listing")
BLOCK_TYPES: tuple[str, ...] = (BLANK, PROSE, HEADING, LIST, TABLE, CODE, LABEL, LISTING)
CONTENT_TYPES: tuple[str, ...] = BLOCK_TYPES[1:]

# A line of at most this many words that is not a sentence is a heading, label or item.
SHORT_WORDS = 10
# At least this many short non-sentence lines in a row (blank lines aside) are a listing.
RUN = 3
# A line this long that does not end a sentence runs on into the next one (hard wrapping).
WRAP_MIN_CHARS = 40
# A paragraph wrapped on its own in a text of one-line paragraphs: its lines' width.
WRAP_RUN_MIN_CHARS, WRAP_RUN_MAX_CHARS = 50, 120
# A line of at most this many words inside a sentence is a piece of it (inline code, a link).
FRAGMENT_WORDS = 2
# Lines set in by at least this many spaces from the text above them (or a tab) are indented.
INDENT_MIN = 2

# Ends a sentence: . ! ? … (and CJK stops), then closing quotes and brackets.
_TERMINAL = regex.compile(r"[.!?…。！？][\"'”’»)\]]*[ \t]*$")
_MARKER = regex.compile(r"""
    ^[ \t]*(?:
        [-*+•·▪▸►◦‣–]                 # a bullet or dash (an em dash opens dialogue or a credit)
      | \d{1,3}[.)]                   # 1.  2)
      | \(\d{1,3}\) | \([a-z]\)       # (1)  (a)
      | [a-zA-Z][.)](?=[ \t]+\p{Lu})  # a)  B.  before a capital, so "A. Smith" is no item...
    )[ \t]+\S""", regex.VERBOSE)
# Three or more short cells aligned by runs of spaces ("Liverpool  2  1  W").
_ALIGNED = regex.compile(r"(?:[^ \t]+(?:[ ][^ \t]+){0,3}(?:[ ]{2,}|$)){3,}$")
# Matched at the start of a line; _shape only tries lines that start or end like code.
_CODE = regex.compile(r"""
    [ \t]*(?:\$|>>>|\#!|//|/\*|<\?)[ \t]            # a shell or REPL prompt, a comment opener
  | [ \t]*[{}][{}()\[\];, \t]*$                     # a brace opening a line of brackets
  | [ \t]*<!--.*-->[ \t]*$                           # an HTML comment (markup, as in Markdown)
  | [ \t]*(?:def|class|function|return|const|let|var|if|for|while)\b[^\n]*[(=][^\n]*[:;{]$
  | (?:[ ]{4}|\t)[ \t]*(?:\w+[ \t]*[-+*/]?=[ \t]*\S|[^\n]*(?:==|!=|=>|->|::|&&|\|\|))  # indented code
""", regex.VERBOSE)
_CALL_END = regex.compile(r"\w\([^()]*\)[ \t]*;$")  # f(x);
# Statements kept without prompt or indentation (an extractor flattens a code block): tried on
# lines that start in lowercase and end no sentence, as no line of prose does both and holds these.
_STATEMENT = regex.compile(r"""
    (?:(?:from[ \t]+[\w.]+[ \t]+)?import[ \t]+[\w.]+(?:[ \t]+as[ \t]+\w+)?(?:[ \t]*,[ \t]*[\w.]+)*
       [ \t]*)+$                                                   # import x (several, flattened)
  | [a-z_][\w.]*(?:\[[^\]\n]*\])?[ \t]+(?:[-+*/%|&^]|//)?=(?!=)[ \t]*\S  # name = value, x[i] += 1
  | (?:(?:with|return|await|yield|assert|if|elif|while|not)[ \t]+)?  # a statement opening on a
    [a-z_][\w.]*\((?:[^()\n]|\([^()\n]*\))*\)(?![\w(])[^\n]{0,40}$  # call: f(x), with a.b(c) as d:
  | [a-z][\w.-]*(?:[ \t]+[^\s-]\S*)?[ \t]+(?:--?[a-z][\w-]*(?:[ \t=]|$)|&&[ \t])  # cmd [sub] --flag, a && b
  | for[ \t]+\w+(?:[ \t]*,[ \t]*\w+)*[ \t]+in[ \t]+[^\s:]+:$   # a loop
  | (?:else|try|finally|except\b[^\n]*):$                       # a clause
""", regex.VERBOSE)
_STATEMENT_FIRST = frozenset("abcdefghijklmnopqrstuvwxyz_")
# Signs of code, counted on lines with a bracket and one of _CODE_HINTS: several statements of a
# code block flattened onto one line ("def f(x): return x + 1 map(f, [1, 2])"). Three of them
# (two on a short line) never came together in 40,000 lines of clean prose and article text.
_CODE_SIGN = regex.compile(r"""
    \b[A-Za-z_][\w.]*\((?:[^()\n]|\([^()\n]*\))*\)   # a call glued to its name: f(x), a.b(c)
  | [ ](?:[-+*/%]?=|==|!=|<=|>=|=>|->)[ ]           # an assignment or comparison between spaces
  | \bself\.|__\w+__                                 # Python's self and dunder names
  | \b(?:import|def|return|elif|lambda)[ ][\w.]     # a keyword before a name
""", regex.VERBOSE)
_CODE_HINTS = ("=", "import ", "def ", "return ")
# Signs of a shell script or a Dockerfile flattened onto one line ("RUN cd /tmp && poetry
# install --no-root"), counted on lines holding "&&" or " --": three different ones make code.
_SHELL_SIGNS = (
    regex.compile(r"[ ](?:&&|\|\|)[ ]"),                  # commands chained
    regex.compile(r"[ ]--?[a-z][\w-]*(?=[ =]|$)"),        # an option: --no-root, -r
    regex.compile(r"(?<![\w.])/[\w.-]+/|[ ]/[\w.-]+(?=[ ]|$)"),  # an absolute path: /tmp/myapp, /tmp
    regex.compile(r"[ ][<>][ ]?[\w./-]+\.\w+\b"),         # a redirect to or from a file
)
_CODE_FIRST = frozenset("$>#/<{}")
_CODE_LAST = frozenset("{};:")
_FENCE = regex.compile(r"^[ \t]*(?:```|~~~)")
# Dates, times, scores, prices and counts: the matter of listings.
_FIGURE = regex.compile(r"""
    \d{1,2}:\d{2}                              # a time
  | \d{1,4}[./-]\d{1,2}[./-]\d{2,4}            # a date in figures
  | (?<![\d,.])\d{1,3}[ \t]?[-–:][ \t]?\d{1,3}(?![\d,.])   # a score
  | [$€£¥₹][ \t]?\d | \d[ \t]?[$€£¥₹%]          # a price or a share
  | \b(?:19|20)\d{2}\b                         # a year
""", regex.VERBOSE)
# Dates and times, a month's day with its name too: two make a byline's or a post's date
# line ("by Jane Doe on July 13, 2012", "updated 5:08 PM EDT, Thu November 1, 2012").
_DATES = regex.compile(r"""
    \d{1,2}:\d{2}                              # a time
  | \d{1,4}[./-]\d{1,2}[./-]\d{2,4}            # a date in figures
  | \b(?:19|20)\d{2}\b                         # a year
  | \b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?
       |Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?[ \t]+\d{1,2}(?!\d)
                                               # "July 13", "Nov. 7", "Oct 29th"
  | (?<!\d)\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May
       |June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b
                                               # "26 October"
  | \b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?(?=[ \t]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep
       |Oct|Nov|Dec)[a-z]*\.?[ \t]+\d)         # a weekday before its date: "Tuesday July 24"
""", regex.VERBOSE)
# A phrase of two or more words and a year, no other figure: "Lessons from 2008", "The road to
# 2030", "Class of 2024 graduates". An English month or weekday makes it a date line instead.
_YEAR_PHRASE = regex.compile(r"""
    (?=(?:[^\d\n]*?(?<!\p{L})\p{L}{2,}(?!\p{L})){2})      # two words of letters at least
    (?![^\n]*\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?
       |sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?
       |(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?)\b)  # no month or weekday
    [^\d\n]*(?<![\d\w])(?:19|20)\d{2}(?![\d\w])[^\d\n]*$  # the year is the line's only figure
""", regex.VERBOSE | regex.IGNORECASE)
# A short line that ends in a short lowercase word ("available from") is an unfinished
# sentence in a hard-wrapped text, where lines break anywhere.
_OPEN_END = regex.compile(r"(?:^|\s)\p{Ll}{1,4}[ \t]*$")
# In a text of one-line paragraphs, only a word no sentence or heading ends on (an article, a
# preposition, a conjunction, a possessive, an auxiliary: "available from", "would be") leaves
# a short line unfinished; one ending on another short word ("What to do", "A note on food",
# "Posted 2 May 2026, 9:58 pm") is as often a heading or a date line, as its neighbours decide.
_UNFINISHED_END = regex.compile(r"""
    (?<![\w’'-])(?:the|an?|of|to|in|on|at|by|for|from|with|via|into|onto|than|as  # articles,
      |and|or|but|nor|my|your|its|our|their           # prepositions, conjunctions, possessives
      |be|been|would|could|should|shall|must|will|can)[ \t]*$    # auxiliaries
""", regex.VERBOSE)
# Stops on an article, preposition or conjunction, or a comma: the sentence goes on.
_OPEN_WORD_END = regex.compile(
    r"(?:(?<![\w’'-])(?:the|an?|of|to|in|on|at|by|for|from|with|via|and|or|about|into|than|as)"
    r"|\w,)[ \t]*$")
# A word opens the line (a URL, a path or markup does not); group 1 when it is in lowercase.
_WORD_START = regex.compile(r"[ ]?(?:(\p{Ll}[\p{Ll}’'-]*(?=[ ,;]))|\p{Lu}\p{L}*(?=[ ,;'’]))")
# A line that is one quotation of several words ("“We will rebuild”") is speech, not a heading.
_QUOTATION = regex.compile(r"[\"“„«‘][^\s\"“”„«»]+(?:\s+[^\s\"“”„«»]+){2,}[\"”»’]$")
# Between the items of a list written on one line: a comma or semicolon (and maybe "and"/"or"
# after it), or "and"/"or"/"&" before the last item.
_ITEM_BREAK = regex.compile(r"[ \t]*[,;][ \t]*(?:(?:and|or|&)[ \t]+)?|[ \t]+(?:and|or|&)[ \t]+")
# A list on one line has at least this many items, none longer than ITEM_WORDS words; no
# sentence ends inside it, and it does not stop on an article or preposition (a hard-wrapped
# line of prose: "Veteran actress, Kate Henshaw, who in 2008, won the").
ITEMS, ITEM_WORDS = 4, 3
_MARKUP = frozenset("=<>{}")  # a web address's query or markup: not a list of words
_SENTENCE_BREAK = regex.compile(r"\p{Ll}[.!?][ \t]+\p{Lu}")
_UPPER_START = regex.compile(r"^[ \t]*[\p{Lu}\p{Lt}\d\"“‘'«(\[]")
_LOWER_START = regex.compile(r"^[ \t]*\p{Ll}")
# One lowercase word, then capitalised words only (a name, a section): "by Jane Doe".
_BEFORE_NAME = regex.compile(r"(?!(?:and|or|but|nor)\b)\p{Ll}+(?:[ \t]+\p{Lu}[\p{L}.’'-]*){1,4}$")


_NON_WORD = regex.compile(r"[\W_]+")
# A lead-in may end in a spaced dash instead of a colon ("A few things to bring along -").
_DASH_END = regex.compile(r"\S[ \t]+[-–—][ \t]*$")


def lead_in_end(line: str) -> bool:
    """Ends as a lead-in does: on a colon (no web address's "://"), or on a spaced dash."""
    end = line.rstrip()
    return end.endswith(":") and not end.endswith("://") or bool(_DASH_END.search(end[-8:]))

_SHORT, _LOWER = "short", "short lowercase"  # short non-sentence lines, placed by their neighbours


def _shape(line: str) -> str:
    """The type a line has on its own, or _SHORT/_LOWER for a line placed by its neighbours."""
    stripped = line.strip()
    if not stripped:
        return BLANK
    # cheap tests on the first and last characters before any regex (most lines are prose)
    last = stripped[-1]
    if last in "{}" or last == ";" and _CALL_END.search(stripped[-200:]) or (
            stripped[0] in _CODE_FIRST or last in _CODE_LAST or line[0] in " \t") \
            and _CODE.match(line):
        return CODE
    if stripped[0] in _STATEMENT_FIRST and not _TERMINAL.search(stripped[-8:]) \
            and _STATEMENT.match(stripped):
        return CODE
    if "(" in stripped and any(sign in stripped for sign in _CODE_HINTS) and _dense_code(stripped):
        return CODE
    if ("&&" in stripped or " --" in stripped) and _shell_code(stripped):
        return CODE
    if _bars(stripped) >= 2 or "\t" in stripped or "  " in stripped and _ALIGNED.match(stripped):
        return TABLE  # cells between bars (or bullets), after tabs, or aligned by spaces
    if _MARKER.match(line):
        return LIST
    breaks = stripped.count(",") + stripped.count(";")
    # (items of at most ITEM_WORDS words and an "and" each, one more item after a last "and":
    # a longer line is prose, whatever its commas)
    if breaks >= ITEMS - 1 and stripped.count(" ") < (breaks + 2) * (ITEM_WORDS + 1) \
            and not _MARKUP.intersection(stripped) and _items(stripped):
        return LIST
    if last == "." and stripped[:-1].isdigit():
        return _SHORT  # a rank or a number alone ("1."): a cell of a flattened table, no sentence
    words = len(stripped.split()) if len(stripped) < 200 else SHORT_WORDS + 1
    terminal = _TERMINAL.search(stripped[-8:])
    if SHORT_WORDS < words <= 2 * SHORT_WORDS and len(stripped) < 200 and not terminal \
            and _dated(stripped):
        return LISTING  # a longer line of dates and times ("by Jo Lee Published Nov. 7, 2012 2:25 pm")
    if words > SHORT_WORDS or terminal or _QUOTATION.match(stripped):
        return PROSE
    if stripped.endswith(":") and not stripped.endswith("://"):
        return LABEL
    if stripped.endswith(","):
        return PROSE  # an unfinished sentence: prose that lost its end
    # a lowercase start is a list item after a label or in a run, else prose that lost its
    # start; but a lowercase word before a name alone ("by Jane Doe", "in Politics") is a
    # credit or a label, not a clause
    return _LOWER if _LOWER_START.match(stripped) and not _BEFORE_NAME.match(stripped) else _SHORT


def short_line(line: str) -> bool:
    """A short line that ends no sentence and introduces nothing: a cell, a menu entry, a
    label, a heading, as its neighbours decide."""
    return _shape(line) in (_SHORT, _LOWER)


# No-break spaces that indent a line: a page that set its code in them (``&nbsp;``) instead of
# a <pre> block, which a converter keeps as they are.
# An indented return ("        return result"): a line of a function whose fence was lost, among
# others of code (a page dump's leftover script is furniture, which plain-text lines leave to
# the furniture rules).
_INDENTED_RETURN = regex.compile(r"(?:[ ]{4}|\t)[ \t]*(?:return|yield|raise)(?:[ \t]+[\w\"'\[({][^\n]*)?$")
_NBSP_INDENT = regex.compile(r"^[ \t]*\u00a0[ \t\u00a0]*")


def code_line(line: str) -> bool:
    """Code by its own shape (a statement, a prompt, a line ending in a brace), as a line of
    plain text is typed: no sentence, whatever block a parser put it in. No-break spaces
    that indent it count as spaces."""
    if line[:1] in " \t\u00a0":
        line = _NBSP_INDENT.sub(lambda m: " " * len(m[0]), line)
    return _shape(line) == CODE or _INDENTED_RETURN.match(line) is not None


# A code viewer's line number before the line it numbers: glued to it ("15def f(x):",
# "1<html>"), set off by two spaces or a tab ("2  return (") or alone (an empty line's); the
# first may follow the backtick of a code span that swallowed the block ("`1import os").
_LINE_NUMBER = regex.compile(r"""
    [ \t]*`*(?P<n>\d{1,4})          # the number, perhaps after a code span's backticks
    (?: [ \t]{2,} | \t              # set off by two spaces or a tab
      | [^\d\s.,:;%)\]\\]           # glued to the code ("15def", "1<html>")
      | [ \t]*\\?[ \t]*$ )           # alone: an empty line's number (a hard break after it)
""", regex.VERBOSE)


def numbered_lines(lines: list[str], content: list[int]) -> list[int]:
    """Lines of code a page copied with its viewer's line numbers: RUN or more of the ``content``
    lines in a row (blank lines and lines of a lone backslash, Markdown's hard breaks, aside)
    numbered one more than the last. A list's numbers take a stop or a bracket and one space
    ("2. ", "3) "), a sentence's figure one space ("3 eggs"); paragraphs opening on "1990s",
    "1991" and "1992" in a row are no sentences either."""
    found: list[int] = []
    run: list[int] = []
    last = None
    for i in content:
        if lines[i].strip() == "\\":
            if run:
                run.append(i)
            continue
        # (a digit first, tested before the regex: most lines open on a letter)
        m = _LINE_NUMBER.match(lines[i]) if lines[i].lstrip(" \t`")[:1].isdigit() else None
        number = int(m["n"]) if m else None
        if number is None or last is None or number != last + 1:
            if sum(1 for j in run if lines[j].strip() != "\\") >= RUN:
                found += run
            run = []
        if number is not None:
            run.append(i)
        last = number
    if sum(1 for j in run if lines[j].strip() != "\\") >= RUN:
        found += run
    return found


def listing_run(lines: list[str], run: list[int]) -> bool:
    """The short lines at ``run`` (0-based) are a listing: RUN or more that differ from the
    line before them (a line emitted twice in a row counts once)."""
    return _distinct(lines, run) >= RUN


def _bars(line: str) -> int:
    """Bars and spaced bullets between cells: a post's meta row parts its cells with either
    ("by Jo Lee on 11/06/2012 • No Comments | Social Media")."""
    return line.count("|") + line.count(" • ")


def _dated(line: str) -> bool:
    """Two dates or times (a date line, not a sentence that mentions one)."""
    return len(_DATES.findall(line)) >= 2


def _items(line: str) -> bool:
    """A list written on one line ("chicken, rice, green beans, lemon and parsley", a team's
    line-up, a cast): ITEMS or more items of at most ITEM_WORDS words, where a sentence has a
    longer clause somewhere between its commas. Casing rules read lists; prose rules do not."""
    items = _ITEM_BREAK.split(line.rstrip("."))
    return (len(items) >= ITEMS and all(0 < len(item.split()) <= ITEM_WORDS for item in items)
            and not _SENTENCE_BREAK.search(line) and not _OPEN_WORD_END.search(line))


def _shell_code(line: str) -> bool:
    """Commands flattened onto one line: three kinds of shell sign (chained commands, an
    option, an absolute path, a redirect) never come together in a sentence."""
    return sum(1 for sign in _SHELL_SIGNS if sign.search(line)) >= 3


def _unfinished(line: str, hard_wrapped: bool) -> bool:
    """A short line of three words or more that lost its end: it stops on a word no sentence
    ends on, or (in a hard-wrapped text, or after a sentence that ended inside it) on any short
    lowercase word."""
    return len(line.split()) >= 3 and (_UNFINISHED_END.search(line) is not None or (
        hard_wrapped or _SENTENCE_BREAK.search(line) is not None) and _OPEN_END.search(line) is not None)


def _dense_code(line: str) -> bool:
    signs = len(_CODE_SIGN.findall(line))
    return signs >= 3 or signs == 2 and len(line.split()) <= SHORT_WORDS


def classify(lines: list[str], hard_wrapped: bool = False) -> tuple[list[str], list[int]]:
    """Block types of ``lines`` and, per line, the 0-based index of its paragraph's first line."""
    shapes = [_shape(line) for line in lines]
    _fences(lines, shapes)
    _code_headers(lines, shapes)
    _markup_samples(lines, shapes)
    content = [i for i, s in enumerate(shapes) if s != BLANK]
    _lone_rows(lines, shapes, content)
    _glossaries(lines, shapes, content)
    _glued_bullets(lines, shapes, content)
    spaced = _spaced(lines)
    if spaced:
        _indented_runs(lines, shapes, content)
    blocks = list(shapes)
    # short lines: in a run of RUN or more, listing (list after a label); alone, a heading
    # when prose or a list follows (or it opens the document), else a label
    k = 0
    while k < len(content):
        i = content[k]
        if shapes[i] not in (_SHORT, _LOWER):
            k += 1
            continue
        end = k
        while end + 1 < len(content) and shapes[content[end + 1]] in (_SHORT, _LOWER):
            end += 1
        prev = shapes[content[k - 1]] if k else None
        nxt = shapes[content[end + 1]] if end + 1 < len(content) else None
        run = [content[j] for j in range(k, end + 1)]
        if prev == LABEL:
            kind = LIST
        elif _distinct(lines, run) >= RUN:
            kind = LISTING
        else:
            kind = None
        for j in run:
            if kind is not None:
                blocks[j] = kind
            elif shapes[j] == _LOWER and (_listing(lines[j]) or _dated(lines[j])) \
                    or _phonetic(lines[j]):
                blocks[j] = LISTING  # a date line in lowercase ("updated 5:08 PM, Nov 1"), a headword
            elif shapes[j] == _LOWER or _unfinished(lines[j], hard_wrapped):
                blocks[j] = PROSE  # a sentence that lost its start or its end
            elif _listing(lines[j]):
                blocks[j] = LISTING
            elif nxt in (PROSE, LIST, TABLE, CODE, LABEL) and _UPPER_START.match(lines[j]) \
                    or j == content[0]:
                blocks[j] = HEADING
            else:
                blocks[j] = LABEL
        k = end + 1
    _items_among_items(lines, blocks, content)
    _under_dated(lines, blocks, content)
    text = "\n".join(lines)  # (the rarer shapes looked for only where their marks are)
    if "..." in text or "…" in text or "etc." in text:
        _list_tails(lines, blocks, content)
    starts = _paragraphs(lines, blocks, hard_wrapped, spaced)
    dated_turns(lines, blocks, starts)
    if "-->" in text:
        _cues(lines, blocks, starts)
    if TABLE in blocks:
        _chord_sheets(lines, blocks, starts)
    return blocks, starts


def _items_among_items(lines: list[str], blocks: list[str], content: list[int]) -> None:
    """A line that ends no sentence and introduces nothing, right between two items of a list
    or a listing (no blank line between), is one more of them however long ("stove and enough
    gas for the trip, plus one spare canister" under "In the kitchen box", above "a sharp
    knife"), not a sentence that lost its start or its end. (Items of one or two words may be
    the inline code a sentence was split at, lines as wide as the one above them a text wrapped
    at a width, and a line above a web address a link's title: they stay as they are.)"""
    for k in range(1, len(content) - 1):
        i, j, n = content[k - 1], content[k], content[k + 1]
        if blocks[j] == PROSE and i == j - 1 and n == j + 1 \
                and blocks[i] in (LIST, LISTING) and blocks[n] in (LIST, LISTING) \
                and not _TERMINAL.search(lines[j][-8:]) and lines[j].rstrip()[-1:] != ":" \
                and not _fragment(lines[i]) and not _fragment(lines[n]) \
                and not _as_wide(lines[i], lines[j]) and "://" not in lines[n]:
            blocks[j] = blocks[n] if blocks[i] == blocks[n] else LIST


def _as_wide(above: str, line: str) -> bool:
    """``line`` and the line above it are about as wide, and wide: a text wrapped at a width
    (a page dump's teaser: a short piece of it is no item)."""
    return len(line) >= WRAP_RUN_MIN_CHARS and len(above) >= 0.8 * len(line)


# At most this many words make a line of a post's header under its dated byline; a longer
# line there is the body ("gave the team a two-goal lead they kept.": a sentence that lost
# its subject).
HEADER_WORDS = 5


def _under_dated(lines: list[str], blocks: list[str], content: list[int]) -> None:
    """A short line in lowercase right under a post's dated byline ("Posted by Jo on Tuesday
    July 24, @12:06PM" / "from the hold-the-phone dept.") is one more line of the post's
    header, a listing, not a sentence that lost its subject: the body starts below it. So is
    one under a dictionary's headword and its pronunciation ("sorbet /ˈsɔːbeɪ/" / "noun")."""
    for i, j in zip(content, content[1:]):
        if j == i + 1 and blocks[j] == PROSE and blocks[i] in (HEADING, LABEL, LISTING) \
                and lowercase_start(lines[j]) and _words(lines[j]) <= HEADER_WORDS \
                and (_dated(lines[i]) or _phonetic(lines[i])):
            blocks[j] = LISTING


# At most this many words make a message's time stamp ("10/23/22 8:07 AM", "August 15th, 2012
# at 1:35 pm", "Jo Lee, 3 May 2024 09:12"): a longer line with two dates is a sentence.
STAMP_WORDS = 8
# A message under its stamp runs to at most this many blocks (a chat's lines, an image, a
# comment's paragraphs): what comes later is the page's own text again.
TURN_BLOCKS = 4
_CLOCK = regex.compile(r"(?<![\d:])\d{1,2}:\d{2}(?![\d:])")  # a time of day: a stamp has one


def dated_turns(lines: list[str], blocks: list[str], starts: list[int]) -> None:
    """Two or more short lines that are a date and a time of day, each with text under it,
    stamp the messages of a chat export or the comments under a post: what follows each stamp,
    up to the next stamp or heading, is written by one hand, which may well type in lowercase
    ("got this back, thoughts?"). A paragraph starting in lowercase there carries on the block
    above it, not a sentence that lost its subject to a removed link. (One date line is an
    article's byline: the paragraph under it may have lost its start.)"""
    content = [i for i, block in enumerate(blocks) if block != BLANK]
    # (a stamp's clock has a colon: most lines are let go by that test alone)
    stamps = {i for i in content if ":" in lines[i] and blocks[i] != CODE
              and _words(lines[i]) <= STAMP_WORDS and _CLOCK.search(lines[i]) and "://" not in lines[i] and _dated(lines[i])
              and not _TERMINAL.search(lines[i][-8:])}
    if sum(1 for i, j in zip(content, content[1:]) if i in stamps and j not in stamps) < 2:
        return  # (a post's "Published" and "Updated" lines in a row stamp one text: its own)
    left = 0  # blocks of the current turn still to come
    for i, j in zip(content, content[1:]):
        if i in stamps:
            left = TURN_BLOCKS
        elif blocks[i] == HEADING:
            left = 0
        if j in stamps or starts[j] != j or not left:
            continue
        left -= 1
        if blocks[j] == PROSE and lowercase_start(lines[j]):
            join_paragraph(starts, i, j)


# A transcription in the International Phonetic Alphabet between slashes or brackets: a letter
# of its own block (ə, ʃ, ɑ) or a stress or length mark (ˈ ˌ ː) inside.
_PHONETIC = regex.compile(r"[/\[][^\s/\[\]]*[\u0250-\u02af\u02c8\u02cc\u02d0][^/\[\]\n]{0,40}[/\]]")


def _phonetic(line: str) -> bool:
    """A short line (no sentence) holding a phonetic transcription: a dictionary's headword
    and its pronunciation ("marmalade /ˈmɑːməleɪd/ (US /ˈmɑːrməleɪd/)"), notation."""
    return ("/" in line or "[" in line) and _PHONETIC.search(line) is not None


# A subtitle cue's timing (SubRip, WebVTT): "00:00:05,000 --> 00:00:08,420".
_CUE_TIMING = regex.compile(r"[ \t]*(?:\d{1,2}:)?\d{2}:\d{2}[,.]\d{3}[ \t]+-->[ \t]+(?:\d{1,2}:)?\d{2}:\d{2}[,.]\d{3}")


def _cues(lines: list[str], blocks: list[str], starts: list[int]) -> None:
    """The lines under a subtitle cue's timing, up to a blank line, are one caption: prose, and
    one block with the timing (a listing, as is the cue's number above it), so a sentence broken
    over them ("In early spring, the hive" / "is a city waking") or carried on from the cue
    before starts no paragraph in lowercase."""
    for i, line in enumerate(lines):
        if not _CUE_TIMING.match(line):
            continue
        blocks[i] = LISTING
        if i and lines[i - 1].strip().isdigit():
            blocks[i - 1] = LISTING
        j = i + 1
        while j < len(lines) and blocks[j] != BLANK and not _CUE_TIMING.match(lines[j]):
            blocks[j] = PROSE
            starts[j] = i
            j += 1


# A row of two or more chord symbols (G, Cadd9, Em, D/F#), spaced or between bars.
_CHORD = r"[A-G][#b♯♭]?(?:maj|min|m|dim|aug|sus|add)?\d{0,2}(?:(?:sus|add)\d{1,2})?(?:/[A-G][#b♯♭]?)?"
_CHORD_ROW = regex.compile(rf"[ \t|]*{_CHORD}(?:[ \t|]+{_CHORD})+[ \t|]*$")


def _chord_sheets(lines: list[str], blocks: list[str], starts: list[int]) -> None:
    """A chord sheet sets each line of a song under its chords: two or more rows of chords each
    with a line of text under it are a verse, its lines prose and one block with the rows (a
    line of verse ends on a comma, or on no stop, and carries on in the next)."""
    rows = [i for i, block in enumerate(blocks) if block in (TABLE, LISTING)
            and lines[i].lstrip(" \t|")[:1] in "ABCDEFG" and _CHORD_ROW.match(lines[i])]
    if len(rows) < 2:
        return
    start = None
    for i in rows:
        if i + 1 >= len(lines) or blocks[i + 1] == BLANK or _CHORD_ROW.match(lines[i + 1]):
            start = None
            continue
        if start is None or i < 2 or starts[i - 1] != start:
            start = starts[i]  # a verse opens on its first row of chords (or its lead-in's line)
        blocks[i + 1] = PROSE
        starts[i] = starts[i + 1] = start


# At most this many words close a list in lowercase ("and many more...", "etc.").
TAIL_WORDS = 4
_TAIL_END = regex.compile(r"(?:\.\.\.|…|\betc\.)[ \t]*$")


def _list_tails(lines: list[str], blocks: list[str], content: list[int]) -> None:
    """A few words in lowercase that trail off after the items of a list or a listing ("and
    many more...", "etc.") close it: one more item, not a sentence that lost its subject."""
    for i, j in zip(content, content[1:]):
        if blocks[j] == PROSE and blocks[i] in (LIST, LISTING) and lowercase_start(lines[j]) \
                and _words(lines[j]) <= TAIL_WORDS and _TAIL_END.search(lines[j]):
            blocks[j] = blocks[i]


# A table's rule drawn between its rows, where its columns cross it (a bare line of dashes is
# a break between sections, no table's).
_RULING = regex.compile(r"""
    [ \t]*(?:
        (?=[^\n]*[\u2500-\u257f])[\u2500-\u257f\x20=+|-]{3,}  # box-drawing: "──┼──"
      | [-=]*[+|][-=+|:\x20]*[-=]{3}[-=+|:\x20]*               # dashes crossed: "+---+---+"
      | [-=]{3,}(?:\x20+[-=]{3,})+                             # a run a column: "=====  ==="
    )[ \t]*$""", regex.VERBOSE)


def _lone_rows(lines: list[str], shapes: list[str], content: list[int]) -> None:
    """A line of cells between bars, or aligned by runs of spaces, with no row above or below
    it is no table but a menu or a footer's links ("About us | Contact | Privacy", "Home  World
    Sport"): a listing, which page-furniture rules read and prose rules leave alone. A table has
    two rows at least (Markdown's: a header and its rule), or a row and the rule drawn under or
    over it (a box-drawn table parts each row from the next). Cells after tabs stay a table (a
    spreadsheet's row pasted alone), and so do chords spaced over a line of a song (a chord
    sheet's notation, which _chord_sheets reads)."""
    def part_of_table(j: int) -> bool:
        return shapes[j] == TABLE or _RULING.match(lines[j]) is not None

    for k, i in enumerate(content):
        if shapes[i] == TABLE and "\t" not in lines[i] \
                and (_bars(lines[i]) >= 2 or not _CHORD_ROW.match(lines[i])) \
                and (k == 0 or not part_of_table(content[k - 1])) \
                and (k + 1 == len(content) or not part_of_table(content[k + 1])):
            shapes[i] = LISTING


# A term and its gloss after a spaced dash ("statwing — very easy analysis of data."): a term
# of at most eight words, not in capitals alone (a dateline: "LONDON — The ..."), no sentence
# (a dot only inside a name: "src (str | pathlib.Path) — ...").
_GLOSSED = regex.compile(r"^[ \t]*(?P<term>[^\s—–](?:[^—–.!?\n]|\.(?=\w)){0,80}?)[ \t]+[—–][ \t]+\S")


def _glossaries(lines: list[str], shapes: list[str], content: list[int]) -> None:
    """RUN or more lines in a row, each a short term and its gloss after a spaced dash, are
    the items of a glossary or a list of links with notes, whatever case a term is in (a
    product's name, "statwing — ..."): no item lost its start."""
    k = 0
    while k < len(content):
        end = k
        while end < len(content) and content[end] - content[k] == end - k \
                and (m := _GLOSSED.match(lines[content[end]])) is not None \
                and len(m.group("term").split()) <= 8 and not m.group("term").isupper():
            end += 1
        if end - k >= RUN:
            for j in content[k:end]:
                if shapes[j] in (PROSE, _SHORT, _LOWER):
                    shapes[j] = LIST
        k = max(end, k + 1)


# A bullet written against its item's first word ("-fold laundry", "•Maps").
_GLUED_BULLET = regex.compile(r"[ \t]*[-*•]\p{L}")


def _glued_bullets(lines: list[str], shapes: list[str], content: list[int]) -> None:
    """Two or more lines in a row (no blank line between), each opening on a bullet or dash
    written against its first word ("-fold laundry" / "-take the dog for a walk"), are the
    items of a list a writer typed by hand, not sentences: one such line alone may be a
    compound's second half that lost its first ("-backed group")."""
    k = 0
    while k < len(content):
        end = k
        while end < len(content) and content[end] - content[k] == end - k \
                and _GLUED_BULLET.match(lines[content[end]]):
            end += 1
        if end - k >= 2:
            for j in content[k:end]:
                if shapes[j] in (PROSE, _SHORT, _LOWER):
                    shapes[j] = LIST
        k = max(end, k + 1)


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


def _indented_runs(lines: list[str], shapes: list[str], content: list[int]) -> None:
    """In a text of blank-separated blocks, two or more lines in a row (no blank line between
    them), each set in further than the text above them, are the items of a list the page
    indented without markers (an extractor writes <li> so), or the lines of an address or a
    verse: no line of them is a paragraph that lost its start. A whole text indented alike has
    nothing set in from it; a paragraph indented alone is a quotation, still prose. (A page
    dumped as a terminal browser lays it out indents its wrapped lines: no blank lines part
    its blocks.)"""
    k = 0
    while k < len(content):
        i = content[k]
        depth = _indent(lines[i])
        end = k
        while depth >= INDENT_MIN and end + 1 < len(content) and content[end + 1] == content[end] + 1 \
                and _indent(lines[content[end + 1]]) == depth:
            end += 1
        if end > k and k > 0 and _indent(lines[content[k - 1]]) < depth:
            for j in content[k:end + 1]:
                if shapes[j] in (PROSE, _SHORT, _LOWER):
                    shapes[j] = LIST
        k = end + 1


def _distinct(lines: list[str], run: list[int]) -> int:
    """Lines in ``run`` that differ from the line before them in their words: a line emitted
    twice in a row (a heading doubled by the extractor, the second copy maybe in capitals or
    with a colon) is one line, not two rows of a listing."""
    words = [_NON_WORD.sub(" ", lines[i]).strip().casefold() for i in run]
    return 1 + sum(a != b for a, b in zip(words, words[1:]))


def _listing(line: str) -> bool:
    """A date, score, price or time line: figures are most of what it says. A year that is the
    line's only figure beside words of a phrase ("Lessons from 2008", "The road to 2030") is a
    heading's: a date line has a day or a month's name with its year."""
    figures = _FIGURE.findall(line)
    if len(figures) == 1 and _YEAR_PHRASE.match(line.strip()):
        return False
    return bool(figures) and (len(figures) >= 2 or sum(map(str.isdigit, line)) >= 0.2 * len(line.strip()))


def _code_headers(lines: list[str], shapes: list[str]) -> None:
    """A label in lowercase right above code set in deeper than it ("while True:" over
    "  w = get_next_work()") is the header of that block of code, not a label that lost its
    link."""
    for i in range(len(lines) - 1):
        if shapes[i] == LABEL and shapes[i + 1] == CODE and lowercase_start(lines[i]) \
                and _indent(lines[i + 1]) > _indent(lines[i]):
            shapes[i] = CODE


# A line of markup: it opens on a tag, or holds a closing tag, or closes a tag left open on the
# line above (an attribute written on a line of its own: 'data-x="a.js"></script>').
_MARKUP_LINE = regex.compile(r"[ \t]*<[!/?]?[A-Za-z]|[^\n]*</[A-Za-z][\w-]*>|[^\n]*/?>[ \t]*$")
_MARKUP_OPEN = regex.compile(r"[ \t]*<[!/?]?[A-Za-z]")


def _markup_samples(lines: list[str], shapes: list[str]) -> None:
    """Two or more lines of markup right under a line ending in ":" ("... adding this line to
    your HTML test file:" / '<script src="blanket.js"' / '  data-cover-adapter="a.js"></script>')
    are a sample of code the text introduces, not tags an extractor left behind: the lead-in
    says so. (Markup a page dump keeps has no such lead-in; indentation alone is no sign: a
    dump keeps its leftover HTML nested too.)"""
    i = 0
    while i < len(lines) - 2:
        if lines[i].rstrip()[-1:] != ":" or not _MARKUP_OPEN.match(lines[i + 1]):
            i += 1
            continue
        end = i + 1
        while end < len(lines) and lines[end].strip() and _MARKUP_LINE.match(lines[end]):
            end += 1
        if end - i > 2:
            for j in range(i + 1, end):
                shapes[j] = CODE
        i = end


def _fences(lines: list[str], shapes: list[str]) -> None:
    """Lines between Markdown code fences are code, whatever their shape."""
    inside = False
    for i, line in enumerate(lines):
        if line.lstrip()[:3] in ("```", "~~~") and _FENCE.match(line):
            shapes[i] = CODE
            inside = not inside
        elif inside:
            shapes[i] = CODE


def _paragraphs(lines: list[str], blocks: list[str], hard_wrapped: bool, spaced: bool) -> list[int]:
    """Which lines run on from the line above, as one paragraph (all of it prose).

    In hard-wrapped text, a prose line that does not end a sentence runs on into the next one.
    In any text, an extractor that puts inline code or a link on a line of its own splits one
    sentence over several lines ("If you don't have" / "poetry" / "available on your system..."):
    such a fragment and the lowercase line after it carry on the unfinished line above, and so do
    a fragment or a line of code after a line that stops on a lowercase word ("installable via" /
    "pip"). A lead-in ending in ":" and the list, table or code after it are one block too. A
    lowercase line after a finished sentence starts a block of its own. A paragraph wrapped at
    a fixed width is one paragraph even in a text that is not wrapped as a whole. In a text
    that puts blank lines between its blocks, a line ending in "," or a label ending in ":"
    and the line right under it are one block (a verse, an address, "Dear Ann," and the letter,
    "Deadline:" and the date), and so is a line in lowercase after a blank line and a line
    left open by a comma, colon or dash.
    """
    starts = list(range(len(lines)))
    wrapped = _wrapped_paragraphs(lines, blocks)
    for i in range(1, len(lines)):
        if i in wrapped:
            blocks[i - 1] = blocks[i] = PROSE
            starts[i] = starts[i - 1]
            continue
        if spaced and blocks[i] != BLANK and (
                lines[i - 1].rstrip()[-1:] == "," and blocks[i - 1] != BLANK
                or blocks[i - 1] == LABEL and lines[i - 1].rstrip()[-1:] == ":"):
            starts[i] = starts[i - 1]
            continue
        if spaced and blocks[i] in (PROSE, HEADING, LABEL) and blocks[i - 1] in (PROSE, HEADING) \
                and lowercase_start(lines[i]) and not _TERMINAL.search(lines[i - 1][-8:]) \
                and lines[i - 1].rstrip()[-1:] not in _ENUMERATING:
            # a line break inside a block of a text that parts its blocks by blank lines: the
            # sentence the line above left open goes on ("you can watch a" / "recording of...")
            blocks[i - 1] = blocks[i] = PROSE
            starts[i] = starts[i - 1]
            continue
        if blocks[i] == blocks[i - 1] == PROSE and lines[i - 1].rstrip()[-1:] == "," \
                and _UPPER_START.match(lines[i]) and _words(lines[i - 1]) <= SHORT_WORDS \
                and _words(lines[i]) <= SHORT_WORDS:
            starts[i] = starts[i - 1]  # a verse, an address, a signature: short lines, one block
            continue
        if blocks[i] == CODE and blocks[i - 1] == PROSE and _open_end(lines[i - 1]):
            starts[i] = starts[i - 1]  # a command shown on its own line ends the sentence
            continue
        if blocks[i] in (LIST, LISTING, TABLE, CODE) and (
                blocks[i - 1] == LABEL and lines[i - 1].rstrip()[-1:] == ":"
                or blocks[i - 1] == blocks[i] and starts[i - 1] != i - 1):
            starts[i] = starts[i - 1]  # a lead-in and the list (table, code) it introduces
            continue
        if blocks[i] == LIST and _MARKER.match(lines[i]) and blocks[i - 1] in (HEADING, LABEL) \
                and _DASH_END.search(lines[i - 1][-8:]):
            blocks[i - 1] = LABEL  # a lead-in ending in a dash and the items it introduces
            starts[i] = starts[i - 1]
            continue
        if blocks[i] in (BLANK, TABLE, CODE) or blocks[i - 1] in (BLANK, TABLE) \
                or blocks[i] == LIST and _MARKER.match(lines[i]):
            continue
        above, lower = lines[i - 1], lowercase_start(lines[i])
        if (above[-1:] == " " != above[-2:-1] or lines[i][:1] == " " != lines[i][1:2]) \
                and _soft_wrap(above, lines[i], blocks[i - 1]):
            blocks[i - 1] = blocks[i] = PROSE
            starts[i] = starts[i - 1]
            continue
        if not (lower or hard_wrapped or _fragment(lines[i])):
            continue  # (the cheap test first: most lines carry nothing on)
        if lower and (blocks[i - 1] == LIST or blocks[i - 1] == LABEL and above.rstrip()[-1:] == ":"
                      or blocks[i - 1] == PROSE and above.rstrip()[-1:] in _ENUMERATING
                      and _words(above) > SHORT_WORDS):
            # one more item of a list, however long, in lowercase like them; or the first item
            # (a quotation) after a sentence that opens an enumeration ("... should be about
            # having:" / "a pillar page covering one topic, and"; "tickets to the game;" /
            # "three nights in a hotel;"): a removed link leaves a finished sentence above, and
            # a short line ending so is a style sheet's ("color: #fff;")
            blocks[i] = LIST
            if starts[i - 1] != i - 1 or blocks[i - 1] == LABEL:
                starts[i] = starts[i - 1]
            continue
        if blocks[i - 1] == CODE:
            if _goes_on(lines[i]):  # the sentence goes on after a command shown on its own line
                blocks[i] = PROSE
                starts[i] = starts[i - 1]
            continue
        ended = _TERMINAL.search(above[-8:])
        if hard_wrapped and blocks[i - 1] == PROSE and blocks[i] != LIST:
            # wrapped at a fixed width: any line after an unfinished sentence, or in lowercase
            if lower or not ended and (len(above) >= WRAP_MIN_CHARS or starts[i - 1] != i - 1):
                blocks[i] = PROSE
                starts[i] = starts[i - 1]
        elif not ended and not above.rstrip().endswith(":") and _continues(lines, i, above,
                                                                           blocks[i - 1]):
            # (a finished sentence or a lead-in ending in ":" starts a new block); the line the
            # sentence starts on is prose too, unless it heads what follows
            blocks[i] = PROSE
            if blocks[i - 1] != HEADING:
                blocks[i - 1] = PROSE
            starts[i] = starts[i - 1]
    if spaced:
        _unmarked_items(lines, blocks)
    _sections(lines, blocks, starts)
    _lead_ins(lines, blocks, starts)
    if spaced:
        _carried_on(lines, blocks, starts)
    return starts


def _unmarked_items(lines: list[str], blocks: list[str]) -> None:
    """In a text of blank-separated blocks, a block in lowercase after a label ending in ":"
    or after an item of a list without markers in lowercase is one more item, however long
    ("You will need:" / "your current passport" / "a digital photo that meets the rules")."""
    content = [i for i, block in enumerate(blocks) if block != BLANK]
    for i, j in zip(content, content[1:]):
        if blocks[j] == PROSE and lowercase_start(lines[j]) and (
                blocks[i] == LABEL and lines[i].rstrip()[-1:] == ":"
                or blocks[i] == LIST and lowercase_start(lines[i]) and not _MARKER.match(lines[i])):
            blocks[j] = LIST


# Marks that leave a sentence open at a line's end.
_OPEN_MARKS = frozenset(",;:-–—")
# Marks that end a sentence opening an enumeration, or one item of it.
_ENUMERATING = frozenset(":;")


def _carried_on(lines: list[str], blocks: list[str], starts: list[int]) -> None:
    """In a text of blank-separated blocks, a block that starts in lowercase after one that
    ends in a comma, semicolon, colon or dash carries its sentence on ("To gauge the stuffing,"
    / "know that the texture will change"): the writer's own break, so one paragraph. So does
    one after a block that stops inside a quotation it opened ('“This would not be what it has
    been without' / "all the fans and the pros"), or after a display formula or command that
    a sentence left open leads to."""
    content = [i for i, block in enumerate(blocks) if block != BLANK]
    for n, (i, j) in enumerate(zip(content, content[1:])):
        if j > i + 1 and blocks[j] in (PROSE, LIST) and (
                carries_on(lines[i], lines[j]) or lowercase_start(lines[j]) and (
                    _open_quotation(lines[i])
                    or blocks[i] == CODE and _after_open(lines, blocks, content, n))):
            join_paragraph(starts, i, j)


def carries_on(line: str, following: str) -> bool:
    """A block starting in lowercase (``following``) after one that ends in a comma,
    semicolon, colon or dash (``line``) goes on with its sentence."""
    return line.rstrip()[-1:] in _OPEN_MARKS and lowercase_start(following)


def join_paragraph(starts: list[int], n: int, following: int) -> None:
    """Make the block at 0-based line ``following`` (with the lines that carry it on, and the
    blank lines before it) part of the paragraph of line ``n``."""
    m = n + 1
    while m <= following or m < len(starts) and starts[m] == following:
        starts[m] = starts[n]
        m += 1


def _open_quotation(line: str) -> bool:
    """Stops on a lowercase word inside a quotation it opened and did not close."""
    return line.count("“") > line.count("”") and _open_end(line) \
        and not _TERMINAL.search(line[-8:])


def _after_open(lines: list[str], blocks: list[str], content: list[int], n: int) -> bool:
    """The block of code ending at ``content[n]`` stands after a line of text that ends no
    sentence ("Later the book claims" / a formula / "for all real r and gives a proof."): a
    display formula or a command inside the sentence, which the lowercase block after it goes
    on with."""
    while n >= 0 and blocks[content[n]] == CODE:
        n -= 1
    return n >= 0 and blocks[content[n]] in (PROSE, HEADING) \
        and not _TERMINAL.search(lines[content[n]][-8:])


# A text whose lines are followed by a blank line this often (of SPACED_MIN lines at least;
# scraped pages of one paragraph a line have them after under half their lines, at links)
# separates its blocks so: a line break without one stays inside a block.
SPACED_SHARE, SPACED_MIN = 0.5, 4


def _spaced(lines: list[str]) -> bool:
    content = [i for i, line in enumerate(lines) if line.strip()][:-1]  # (the last ends the text)
    if len(content) < SPACED_MIN:
        return False
    spaced = sum(1 for i in content if not lines[i + 1].strip())
    return spaced > SPACED_SHARE * len(content)


def _lead_ins(lines: list[str], blocks: list[str], starts: list[int]) -> None:
    """A lead-in ending in ":" (or a spaced dash) and the list it introduces are one block when
    blank lines stand between them too (a text of blank-separated blocks): two or more items
    (list, listing, table or code lines) must follow, since one short line after a label ("Read more:" /
    "The talks resume") is as likely the prose after a removed link; or a block set in
    further than a lead-in ending in ":" or "," (a quotation: "As I wrote in May,"): the page
    indented what it introduced."""
    content = [i for i, block in enumerate(blocks) if block != BLANK]
    for n, i in enumerate(content[:-1]):
        j = content[n + 1]
        k = content[n + 2] if n + 2 < len(content) else None
        if lines[i].rstrip()[-1:] not in ":,-–—":
            continue
        if blocks[i] in (LABEL, HEADING) and j > i + 1 and lead_in_end(lines[i]) \
                and blocks[j] in _ITEMS and k is not None and blocks[k] in _ITEMS \
                or blocks[i] in (LABEL, PROSE) and _indent(lines[j]) >= _indent(lines[i]) + INDENT_MIN:
            for m in range(i + 1, j + 1):
                starts[m] = starts[i]


def _wrapped_paragraphs(lines: list[str], blocks: list[str]) -> set[int]:
    """Lines that carry on a paragraph wrapped at a fixed width, in a text of one-line
    paragraphs: three or more lines in a row, all but the last as long as the widest within a
    fifth (the next word did not fit) and most of those ending no sentence. An extractor's
    split at a link leaves lines of any length, and paragraphs of one line vary too much."""
    found: set[int] = set()
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and blocks[j] not in (BLANK, CODE, TABLE, LIST):
            j += 1
        if j - i >= RUN:
            widths = [len(line.rstrip()) for line in lines[i:j - 1]]
            width = max(widths)
            if WRAP_RUN_MIN_CHARS <= width <= WRAP_RUN_MAX_CHARS and min(widths) >= 0.8 * width \
                    and len(lines[j - 1].rstrip()) <= width \
                    and sum(not _TERMINAL.search(line[-8:]) for line in lines[i:j - 1]) * 2 > j - 1 - i:
                found.update(range(i + 1, j))
        i = j + 1
    return found


_ITEMS = (LIST, LISTING, TABLE, CODE)


# At most this many words make a label that heads a section ("Pros:", "What we liked:").
SECTION_LABEL_WORDS = 4


def _sections(lines: list[str], blocks: list[str], starts: list[int]) -> None:
    """Labels in parallel head the text under them: one block each with it.

    A label ending in ":" that stands alone above prose lost the link it introduced ("Read
    more:") unless the document is built of such sections: two or more different labels of
    the same number of words, each above text of its own ("Pros:" ... "Cons:", "Ingredients:"
    ... "Method:"; a label above its list counts, "Directions:" above prose is a head). Then
    each label and the paragraph under it (blank lines between them too) are one block, so the
    label ends no paragraph.
    """
    heads: list[tuple[int, int]] = []
    labels: dict[int, set[str]] = {}  # words -> the labels of that many words, any list's too
    for i, block in enumerate(blocks):
        if block != LABEL or not lines[i].rstrip().endswith(":") \
                or _words(lines[i]) > SECTION_LABEL_WORDS:
            continue
        j = i + 1
        while j < len(lines) and blocks[j] == BLANK:
            j += 1
        if j < len(lines) and blocks[j] != LABEL:
            labels.setdefault(_words(lines[i]), set()).add(lines[i].strip().casefold())
            if starts[j] == j:
                heads.append((i, j))
    for i, j in (head for head in heads if len(labels[_words(lines[head[0]])]) >= 2):
        for k in range(i + 1, len(lines)):
            if k > j and starts[k] != j:
                break
            starts[k] = starts[i]


def _continues(lines: list[str], i: int, above: str, above_block: str) -> bool:
    """Line ``i`` carries on the sentence that ``above`` left open.

    Either ``above`` is a fragment (the inline code or link) and line ``i`` goes on from it in
    lowercase, as a sentence (short lowercase lines are items), or line ``i`` is that fragment,
    between ``above`` and such a line or after a prose line that stops on a lowercase word. A long line followed directly by a
    lowercase one lost what stood between them: that is residue, not a split.
    """
    line = lines[i]
    if _fragment(line):
        # it goes on after the fragment, or the fragment is what the open line was waiting for
        return i + 1 < len(lines) and _goes_on(lines[i + 1]) or (
            above_block == PROSE and _open_end(above))
    # after the fragment it goes on as a sentence, or as a piece of one (three words or more)
    # that stops open before the next fragment ("homebrew" / "on OSX or by direct" / "git");
    # not after a heading right under a finished sentence ("... LG Fireweb." / "Thunderbird"):
    # the paragraph under it starting in lowercase lost its subject (at the text's start,
    # "Welcome" / "to our gallery!" is one sentence)
    heading = above_block == HEADING and i >= 2 and _TERMINAL.search(lines[i - 2][-8:])
    return _fragment(above) and not heading and (
        _goes_on(line) or lowercase_start(line) and _open_end(line)
        and _words(line) > FRAGMENT_WORDS and i + 1 < len(lines) and _fragment(lines[i + 1]))


def _soft_wrap(above: str, line: str, above_block: str) -> bool:
    """``above``, a long line, was broken at a space inside a sentence (an extractor's soft
    wrap keeps one space, at the end of the line or at the start of the next): it ends no
    sentence, and the next line goes on in lowercase, or ``above`` stops on a word that cannot
    end one and a word follows."""
    start = _WORD_START.match(line)
    return start is not None and above_block != LIST and _words(above) > SHORT_WORDS \
        and not _TERMINAL.search(above[-8:]) and (
            start[1] is not None or bool(_OPEN_WORD_END.search(above[-12:])))


def _goes_on(line: str) -> bool:
    """A line that carries a sentence on: in lowercase, and a sentence by its length or its
    end (short lowercase lines in a row are a listing: a glossary, a menu)."""
    return lowercase_start(line) and (bool(_TERMINAL.search(line[-8:])) or _words(line) > SHORT_WORDS)


def _words(line: str) -> int:
    return len(line.split()) if len(line) < 200 else SHORT_WORDS + 1


def _open_end(line: str) -> bool:
    """Stops on a lowercase word ("installable via"): the sentence is not over."""
    last = line.rsplit(None, 1)[-1:]
    return bool(last) and last[0][:1].islower()


def _fragment(line: str) -> bool:
    """At most FRAGMENT_WORDS words (tested on short lines only: no split of long ones)."""
    return len(line) <= 80 and len(line.split()) <= FRAGMENT_WORDS


def sentence_end(line: str) -> bool:
    """Ends as a sentence does: a stop, then any closing quotes or brackets."""
    return _TERMINAL.search(line) is not None


def lowercase_start(line: str) -> bool:
    """Starts in lowercase (after any indentation)."""
    first = line[:1]
    return first.islower() if first not in " \t" else bool(_LOWER_START.match(line))
