"""``repetition``: the same word twice in a row (``the the``), a classic scraping join defect.

A repeat whose second word is capitalised is a name or a heading ("Bora Bora", "Walla Walla",
"Change Change %" in a table), not a doubled word: in running text the copy is lowercase.
A capitalised repeat that is a whole line or list item ("5. Talk talk", a track or a dish) is
a title: a join leaves the doubled word inside running text.
Scripts written without spaces between words (Chinese, Japanese, Thai...) put a space only
between phrases or verses, so a chunk said twice there is meant (a refrain), never a join.
A word said three times or more in a row ("beep beep beep", "down down down", "But but but")
is a writer's emphasis or a sound more often than a join, which doubles a word once: it is
shown as information, and --fix still collapses the run (a scraper's long run of one word).
So is a run whose first copy ends a hyphenated word ("best-of-n n n": a formula the page
rendered three times over), and a sentence's first word said again in lowercase when it is
none of the language's commonest words ("Wait wait", "Perhaps perhaps", "Hubba hubba"):
speech repeating itself, where a join doubles a word in its own case ("The the"). So is a
repeat right before an exclamation mark ("flash flash!", "pip pip”!"): a cry said twice,
and a phrasal verb's particle after its object pronoun or a common phrasal verb, then the
same word opening a phrase ("let us in in the dark", "the fees it took in in May"), and a
preposition a clause strands after its verb, then the same word opening a phrase ("the bus
we had hoped for for an hour"). So is a species epithet said again after a capitalised
genus mid-sentence (a subspecies named for its species: "Felis silvestris silvestris"), a
symbol in a formula (an operator glued to the repeat: "[k k+1)"), an object pronoun then
the same word opening a clause or a noun phrase ("told you you were", "gave her her coat",
"thanks to this this year"), and a manual's metavariable (a word the text gives as an
option's argument, "-n count", said again as its unit: "ring count count times").
"""

from __future__ import annotations

import operator
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, compress, count, islice
from typing import Any, Iterator

from textlint_news.loading.patterns import regex
from textlint_news.matching.latin import EPITHET_ENDINGS

from textlint_news.document import Document
from textlint_news.document.language import top_words
from textlint_news.findings import Finding, Severity
from textlint_news.matching.dictionary import english_words
from textlint_news.loading.schema import option
from textlint_news.document.segments import units
from textlint_news.kinds.base import Rule, finditer_lines

# A word, white space without a line break, and the same word again (case-insensitive).
# \m (a word start) is tested first because it is cheap: the look-behind alone ran at every
# character and took half the time. A word holds a letter or digit: underscores alone are
# Markdown emphasis ("_**Update**_ _:_"), not words.
_REPEAT = regex.compile(r"\m(?<![\w'’-])(?P<word>\w*[^\W_]\w*)(?P<gap>[ \t]+)(?P=word)(?![\w'’-])",
                        regex.IGNORECASE | regex.MULTILINE)
# The same word once more after a repeat: a run of three or more.
_AGAIN = regex.compile(r"[ \t]+(?P<word>\w+)(?![\w'’-])", regex.IGNORECASE)
# A line (or list item) that is only a repeat: an optional list marker, the repeat, and at
# most a closing mark; the repeat is matched at the marker's end and must end at ``$``.
_ITEM_MARKER = regex.compile(r"[ \t]*(?:[-–•*]|\d{1,3}[.)])?[ \t]*")
_LINE_END = regex.compile(r"[.!?…]?[ \t]*$", regex.MULTILINE)
# A letter of a script written without spaces between its words (see the module docstring).
_UNSPACED_SCRIPT = regex.compile(
    r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}\p{Tibetan}]")


@dataclass(frozen=True, kw_only=True)
class RepetitionOptions:
    allowed_repeats: list[str] = option([], aliases=("exceptions",),
                                        help="words whose doubling is grammatical (`had had`, "
                                             "`that that`)")
    min_length: int = option(1, help="ignore shorter words (and all numbers)")


class RepetitionRule(Rule):
    KIND = "repetition"
    COMPUTES_FIX = True
    Options = RepetitionOptions
    options: RepetitionOptions

    def __init__(self, spec: dict[str, Any], pack: str, source: str = "") -> None:
        super().__init__(spec, pack, source)
        self.exceptions = {w.casefold() for w in self.options.allowed_repeats}

    def check(self, doc: Document) -> Iterator[Finding]:
        lines = _lines_with_adjacent_twins(doc)
        if not lines:
            return
        for m in finditer_lines(_REPEAT, doc, lines):
            word = m.group("word")
            second = m.group(0)[m.end("gap") - m.start():]
            if (word.casefold() in self.exceptions or len(word) < self.min_length
                    or word.isdigit() or second[0].isupper() or _UNSPACED_SCRIPT.match(word)
                    or word[0].isupper() and _whole_line(doc.text, m.start(), m.end())):
                continue
            # the fix drops the gap and the second word
            yield self.finding(doc, m.start(), m.end(), {"word": word},
                               replacement="" if self.fix_spec is not None else None,
                               fix_start=m.start("gap"), fix_end=m.end(),
                               severity=Severity.INFO if _run(doc.text, m) or _spoken(m)
                               or _CRY.match(doc.text, m.end())
                               or _PARTICLE.search(doc.text, max(0, m.start() - 8), m.end())
                               or _PHRASAL.search(doc.text, max(0, m.start() - 16), m.end())
                               or _STRANDED.search(doc.text, max(0, m.start() - 16), m.end())
                               or _subspecies(doc.text, m) or _formula(doc.text, m)
                               or _object_then_determiner(doc.text, m)
                               or _metavariable(doc.text, word)
                               else None)


def _run(text: str, m: regex.Match) -> bool:
    """The repeat goes on: the same word a third time after it (see the module docstring)."""
    word = m.group("word").casefold()
    again = _AGAIN.match(text, m.end())
    if again is not None and again.group("word").casefold() == word:
        return True
    before = _HYPHENATED_BEFORE.search(text, max(0, m.start() - len(word) - 8), m.start())
    return before is not None and before.group("word").casefold() == word


# An exclamation mark right after a repeat, maybe past a closing quote or bracket: a cry said
# twice ("Go go!", "“Yalagaloo pip pip”!"), where a join doubles a word inside a sentence.
_CRY = regex.compile(r"[\"'”’»)\]]*!")

# A phrasal verb's particle after its object pronoun, then the same word opening a phrase:
# "let us in in the dark", "brought one in in a suitcase" (matched over the repeat's end).
_PARTICLE = regex.compile(r"\b(?:us|me|him|her|them|it|one|you)[ \t]+"
                          r"(?P<p>in|out|up|down|on|off|over)[ \t]+(?P=p)\Z", regex.IGNORECASE)

# The same after a common phrasal verb's own word: "the fees it took in in May", "the show
# goes on on Monday", "cut off off the coast" (a doubled word after "was" stays a join).
_PHRASAL = regex.compile(
    r"\b(?:take|takes|took|taken|taking|bring|brings|brought|come|comes|came|coming|pay|pays"
    r"|paid|turn|turns|turned|hand|hands|handed|put|puts|give|gives|gave|given|send|sends|sent"
    r"|let|lets|log|logged|sign|signs|signed|check|checked|fill|filled|move|moves|moved"
    r"|settle|settled|step|stepped|call|called|get|gets|got|go|goes|went|gone|set|sets|sit|sat"
    r"|hold|holds|held|break|breaks|broke|broken|pick|picked|carry|carried|cut|cuts|shut"
    r"|lock|locked|stay|stayed|stand|stood|fall|fell|fallen|end|ended|run|runs|ran|keep"
    r"|kept|throw|threw|thrown|pass|passed|hang|hung|cash|cashed|buy|bought|sell|sold"
    r"|kick|kicked|close|closed|open|opened|wipe|wiped|sort|sorted|weigh|weighed)"
    r"[ \t]+(?P<p>in|out|up|down|on|off|over)[ \t]+(?P=p)\Z", regex.IGNORECASE)

# A preposition a clause leaves at its end after a verb that takes it, then the same word
# opening a phrase: "the bus we had hoped for for an hour", "what they talked about about
# the roof" (after "out" or a noun, "for for" is a join).
_STRANDED = regex.compile(
    r"\b(?:wait|waits|waited|waiting|hope|hoped|hoping|look|looked|looking|ask|asked|asking"
    r"|pay|paid|paying|call|called|calling|care|cared|caring|account|accounted|vote|voted"
    r"|voting|search|searched|searching|long|longed|longing|pray|prayed|praying|fight|fought"
    r"|fighting|work|worked|working|talk|talked|talking|think|thought|thinking|know|knew"
    r"|known|worry|worried|worrying|complain|complained|complaining|hear|heard|dream|dreamt"
    r"|dreamed|write|wrote|written|writing|speak|spoke|spoken|speaking)"
    r"[ \t]+(?P<p>for|about)[ \t]+(?P=p)\Z", regex.IGNORECASE)

# The copy before a repeat, ending a hyphenated word: "best-of-n n n".
_HYPHENATED_BEFORE = regex.compile(r"-(?P<word>\w+)[ \t]+$", regex.IGNORECASE)


# A genus mid-sentence (after a lowercase word or an opening bracket), then a lowercase epithet
# of Latin form said twice: the nominate subspecies ("Felis silvestris silvestris", "Gorilla
# beringei beringei", "Panthera tigris tigris"); tested on the repeat's first copy.
_GENUS = regex.compile(r"(?r)(?:\p{Ll}[,;]?[ \t]+|\()\p{Lu}\p{Ll}+[ \t]+\Z")
_LATIN_EPITHET = regex.compile(rf"\p{{Ll}}{{2,}}(?:{EPITHET_ENDINGS}|es|ei|ii|ens|oides)")


def _subspecies(text: str, m: regex.Match) -> bool:
    """The repeat is a Latin epithet (of Latin form and, as spelt, in no English word list:
    "issues" after a name is a doubled word) right after a genus."""
    word = m.group("word")
    return (_LATIN_EPITHET.fullmatch(word) is not None and word not in english_words()
            and _GENUS.search(text, max(0, m.start() - 40), m.start()) is not None)


# A pronoun that is an object, then the same word opening what follows: "told you you were
# late", "gave her her coat" (the object of a verb of telling or giving, then a clause's
# subject or a possessive), "thanks to this this year" (the object of a preposition, then a
# determiner). Matched over the text before the repeat, by its word.
_GIVING = (r"(?:tell|tells|told|telling|show|shows|showed|shown|showing|remind|reminds|reminded"
           r"|assure|assures|assured|promise|promises|promised|warn|warns|warned|convince"
           r"|convinced|bet|teach|teaches|taught|ask|asks|asked|give|gives|gave|given|giving"
           r"|hand|hands|handed|send|sends|sent|bring|brings|brought|buy|buys|bought|offer"
           r"|offers|offered|lend|lent|pay|paid|wish|wished)")
_OBJECT_BEFORE = {
    "you": regex.compile(rf"(?r)\b{_GIVING}[ \t]+\Z", regex.IGNORECASE),
    "her": regex.compile(rf"(?r)\b{_GIVING}[ \t]+\Z", regex.IGNORECASE),
    "this": regex.compile(r"(?r)\b(?:to|of|about|on|for|with|at|from|by|in|into|like|after"
                          r"|before|beyond|than)[ \t]+\Z", regex.IGNORECASE),
}


def _object_then_determiner(text: str, m: regex.Match) -> bool:
    before = _OBJECT_BEFORE.get(m.group("word").casefold())
    return before is not None and before.search(text, max(0, m.start() - 16), m.start()) is not None


# An operator glued to either copy: symbols of a formula ("[k k+1)", "x x*y"), not words.
_OPERATORS = "+*/=^<>"


def _formula(text: str, m: regex.Match) -> bool:
    return (m.end() < len(text) and text[m.end()] in _OPERATORS
            or m.start() > 0 and text[m.start() - 1] in _OPERATORS)


def _metavariable(text: str, word: str) -> bool:
    """The word is an option's argument somewhere in the text: after a short option at a
    line's start or after a comma ("-n count, --repeat=count"), or after a long option's
    "=" (in angle brackets or not). A manual names the value so, then says it as its unit."""
    option_argument = (rf"(?:(?:^|,)[ \t]*-[A-Za-z][ \t]+|--[A-Za-z][\w-]*=)"
                       rf"<?{regex.escape(word)}>?(?![\w-])")
    return regex.search(option_argument, text, regex.MULTILINE) is not None


def _spoken(m: regex.Match) -> bool:
    """A capitalised word said again in lowercase that is none of English's 100 commonest
    words (see the module docstring)."""
    word = m.group("word")
    return word[0].isupper() and word.casefold() not in _common_words()


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    return frozenset(top_words()["en"])


def _whole_line(text: str, start: int, end: int) -> bool:
    """True when the repeat at [start, end) is its line's whole text but a list marker and a
    closing mark: with a capital, the title of a list item or a heading ("5. Talk talk")."""
    line_start = text.rfind("\n", 0, start) + 1
    marker = _ITEM_MARKER.match(text, line_start, start)
    return marker is not None and marker.end() == start and _LINE_END.match(text, end) is not None


def _twin_key(norm: str) -> str:
    """A line's casefolded words, with the Turkic i's merged: the ``regex`` module matches
    'i' and 'İ', 'I' and 'ı' case-insensitively where casefolding keeps them apart."""
    return norm.replace("ı", "i").replace("i\u0307", "i") if "ı" in norm or "\u0307" in norm else norm


def _lines_with_adjacent_twins(doc: Document) -> list[int]:
    """Lines where a word is followed by the same word: the only lines a repeat can be on.

    A repeat is two maximal word runs with only blanks between them, so in the line's
    casefolded words (``units``) they are two equal neighbours. One list of all lines' words,
    each line ended by a newline (no word is one), is scanned in C; a twin's line is the number
    of line ends before it, so no line is looked at by itself.
    """
    lines = units(doc, "line")
    words = _twin_key(" \n ".join(lines.norms)).split(" ")
    twins = list(compress(count(), map(operator.eq, words, islice(words, 1, None))))
    if not twins:
        return []
    ends_before = list(accumulate(map("\n".__eq__, words)))
    return sorted({lines.lines[ends_before[i]] for i in twins})
