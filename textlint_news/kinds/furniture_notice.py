"""``notice``: a sentence to the reader about the page, the site or the reader's device or
account, not about the news ("Please enable JavaScript in your browser", "We use cookies to
...", "You have two free articles left", "Désactivez votre bloqueur de publicité").

Such a notice is a full sentence, so its shape is prose's; what gives it away is who speaks to
whom about what: the reader addressed (the second person, "please", an imperative first) or
the site speaking of itself ("we", "our", "this page"), together with a word of the web
interface (browser, cookies, JavaScript, app, notifications, ad blocker, account,
subscription...). A word of the reader's state (session, sign-in, e-mail confirmation,
connection, consent to an embed) or of a page failing to load or show ("could not be loaded")
counts with the reader addressed, a polite request, an imperative first or a page object pointed
at ("this content", "this video"), not with a "we" alone, which columns write. The word lists
are closed classes in the pack, in the data's languages.

Cheap per line: the words come from the line units the document already holds (casefolded
once for all rules); a document none of whose words is an interface word is skipped whole,
and a line is only looked at further when one of its words is.
"""

from __future__ import annotations

import dataclasses
from typing import Any, Iterator

from textlint_news.loading.patterns import regex

from textlint_news.document import Document
from textlint_news.document.segments import folded_words, units
from textlint_news.findings import Finding
from textlint_news.loading.schema import SpecError, option
from textlint_news.kinds.base import Rule
from textlint_news.kinds.reporting import line_text_span

_WORD = regex.compile(r"\w+")  # the words of a line unit (segments.words), as written
# a word that starts a sentence: its capital tells nothing
_SENTENCE_START = regex.compile(r"(?:^|(?<=[.!?:;]\s))\W*\K\w")
NAMES = 3  # different names that make a line a report, not a notice
# a notice of the reader's state names the site at most: two names make it a review's or a
# deal's ("the same email as your Hulu account", "a Coinbase Pro account")
STATE_NAMES = 2
# speech, quoted: a notice is never a quotation, a news paragraph often is
_QUOTE = regex.compile(r"[\"“”„«»]")
# where a notice puts its imperative besides the line's first word: after an opening phrase of
# purpose closed by a comma ("To keep reading, log in", "For the best experience, open ..."),
# after one with no comma that names what is offered, the verb before its object ("For the
# latest news download our app"; not after "to", whose infinitive looks the same, nor after a
# time, "For years users download ..."), and first in a later sentence ("Want more? Join ...",
# "... a preview. Subscribe to ...")
_IMPERATIVE_AT = regex.compile(
    r"""^\W*+(?:to|for|um|pour|para|per)\s[^,.!?\n]{1,60},\s*+\W*+\K\w+  # after a purpose
        |^\W*+for\s(?:the|more|all|our|latest|breaking|live|full|further)\s  # ... with no comma
           (?:[^\W\d]+\s){0,4}?\K\w+(?=\s(?:our|the|your|this|us)\b)
        |(?<=[.!?][^\w\n]*\s)\w+                                    # a later sentence's first""",
    regex.IGNORECASE | regex.VERBOSE)
# the imperative after an opening phrase of purpose closed by a comma ("For unlimited access,
# become a member", "To hear audio, make sure ..."): there a general verb is a call too
_AFTER_PURPOSE = regex.compile(r"^\W*+(?:to|for|um|pour|para|per)\s[^,.!?\n]{1,60},\s*+\W*+\K\w+",
                               regex.IGNORECASE)
# a banner's question to the reader and its call ("Want more deals? Join ...", "Enjoyed this
# article? Share it"): the first word after a question that opens the line
_AFTER_QUESTION = regex.compile(r"^[^.!?\n]{1,80}\?[^\w\n]*\s\W*+\K\w+")


def _capitalised_inside(line: str, raw: list[str]) -> list[bool]:
    """For each word of ``raw`` (the line's words in order): capitalised, not all capitals, and
    not the first word of a sentence, whose capital tells nothing."""
    starts = {m.start() for m in _SENTENCE_START.finditer(line)}
    out, at = [], 0
    for word in raw:
        at = line.find(word, at)
        out.append(word[:1].isupper() and not word.isupper() and at not in starts)
        at += len(word)
    return out


def word_list(value: Any, name: str) -> list[str]:
    """A list of words, or a mapping of group -> list of words (the groups only document
    the pack), casefolded; a phrase of several words is matched on consecutive words."""
    groups = value.values() if isinstance(value, dict) else [value]
    out = []
    for group in groups:
        if not isinstance(group, list) or not all(isinstance(w, str) and w.strip() for w in group):
            raise SpecError(f"'{name}' must be a list of words or map groups to lists of words",
                            key=name)
        out.extend(" ".join(w.casefold().split()) for w in group)
    return out


class _Lexicon:
    """Words and phrases of several words, matched on a line's casefolded words."""

    def __init__(self, phrases: list[str]) -> None:
        self.words = frozenset(p for p in phrases if " " not in p)
        self.pairs = frozenset(p for p in phrases if p.count(" ") == 1)
        self.longer = tuple(p.split(" ") for p in phrases if p.count(" ") > 1)
        # a first word of every entry: a line without one holds none of them
        self.firsts = frozenset(p.split(" ")[0] for p in phrases)

    def found(self, tokens: list[str]) -> list[tuple[int, str]]:
        """(index of the first word, entry) of each entry in ``tokens``, in their order."""
        hits = [(i, t) for i, t in enumerate(tokens) if t in self.words]
        if self.pairs or self.longer:
            for i in range(len(tokens) - 1):
                if tokens[i] not in self.firsts:
                    continue
                pair = f"{tokens[i]} {tokens[i + 1]}"
                if pair in self.pairs:
                    hits.append((i, pair))
                hits.extend((i, " ".join(p)) for p in self.longer if tokens[i:i + len(p)] == p)
        return sorted(hits)  # in the line's order, for messages


@dataclasses.dataclass(frozen=True, kw_only=True)
class NoticeOptions:
    interface: dict | list = option(required=True, help="words of the web page itself (a list, "
                                    "or group -> list): browser, cookies, notifications...")
    account: dict | list = option([], help="words of the reader's account and apps, which "
                                  "reviews of products use too: they count only with the site "
                                  "speaking, a polite request or an imperative first, and not "
                                  "after a name")
    reader: list = option(required=True, help="words that address the reader (casefolded)")
    reader_cased: list[str] = option([], help="words that address the reader only as written "
                                              "(German 'Sie', 'Ihr'), not as a line's first word")
    polite: list = option([], help="words of a polite request: please, bitte, veuillez")
    speaker: list = option([], help="words of the site speaking of itself: we, our, this page")
    reported: list[str] = option([], help="verbs of reported speech: a line with one is news")
    verbs: list[str] = option([], help="imperatives of acting on a page that address the reader "
                              "as a line's first word, after an opening phrase of purpose or "
                              "first in a later sentence")
    soft_verbs: list[str] = option([], help="imperatives of acting in general (get, use, open), "
                                   "which instructions use too: they count as 'verbs' only where "
                                   "the site speaks of itself, asks politely or points at a part "
                                   "of the page")
    device: dict | list = option([], help="words of the reader's device (phone, home screen), "
                                 "which reviews address to the reader too: they count with a "
                                 "polite request, an imperative or a page object pointed at")
    state: dict | list = option([], help="words of the reader's session, sign-in, e-mail "
                                "confirmation, connection and consent: they count with the "
                                "reader addressed, a polite request, an imperative first or a "
                                "page object pointed at, not with the site speaking alone")
    display: dict | list = option([], help="verbs of a page loading or showing itself: they "
                                  "count as 'state' words only in a line with a 'negation'")
    negation: list = option([], help="words of failure or negation: not, cannot, failed, nicht")
    demonstratives: list = option([], help="'this', 'ce', 'dieser': with a page object one or "
                                  "two words on, the line points at a part of the page")
    page_objects: list = option([], help="parts of a page: content, video, graphic, section")
    min_words: int = option(4, help="shorter lines are left to the phrase rules")
    max_words: int = option(50, help="longer lines are never reported")


class NoticeRule(Rule):
    KIND = "notice"
    COMPUTES_FIX = True
    Options = NoticeOptions
    options: NoticeOptions

    def __init__(self, spec: dict[str, Any], pack: str, source: str = "") -> None:
        super().__init__(spec, pack, source)
        self.interface = _Lexicon(word_list(self.options.interface, "interface"))
        self.account = _Lexicon(word_list(self.options.account, "account"))
        self.state = _Lexicon(word_list(self.options.state, "state"))
        self.display = _Lexicon(word_list(self.options.display, "display"))
        self.devices = _Lexicon(word_list(self.options.device, "device"))
        self.negation = frozenset(word_list(self.options.negation, "negation"))
        self.demonstratives = frozenset(word_list(self.options.demonstratives, "demonstratives"))
        self.page_objects = frozenset(word_list(self.options.page_objects, "page_objects"))
        self.firsts = self.interface.firsts | self.account.firsts | self.state.firsts \
            | self.display.firsts | self.devices.firsts
        self.reader = _Lexicon(word_list(self.options.reader, "reader"))
        self.polite = _Lexicon(word_list(self.options.polite, "polite"))
        # the site speaking and polite requests: both make the line a request from the site
        self.request = _Lexicon(word_list(self.options.speaker, "speaker")
                                + word_list(self.options.polite, "polite"))
        # the site naming its page ("this site"), not a "we" that columns and reviews write
        self.page_speaker = _Lexicon([w for w in word_list(self.options.speaker, "speaker")
                                      if " " in w])
        self.verbs = frozenset(v.casefold() for v in self.options.verbs)
        self.soft_verbs = frozenset(v.casefold() for v in self.options.soft_verbs)
        self.reported = frozenset(v.casefold() for v in self.options.reported)
        self.cased_words = frozenset(self.options.reader_cased)
        cased = [regex.escape(w) for w in self.options.reader_cased]
        # a capital word of address is only one after the line's first word
        self.cased = regex.compile(rf"(?<=\S\s+)\b(?:{'|'.join(cased)})\b") if cased else None

    def _imperatives(self, line: str, tokens: list[str]) -> list[str]:
        """The verbs of acting on a page where a notice puts its imperative: the line's first
        word, the first after an opening phrase of purpose, the first of a later sentence."""
        verbs = self.verbs
        # a verb of acting in general ("Get the app", "Open this page") only where the site
        # speaks, asks politely or points at its page, or after a question that opens the line
        # ("Want more? Join ...") or an opening phrase of purpose ("For unlimited access, become
        # a member"): instructions say "Open the app" too
        if self.soft_verbs and (self.request.found(tokens) or self._pointed(tokens)):
            verbs = verbs | self.soft_verbs
        elif self.soft_verbs and "?" in line:
            m = _AFTER_QUESTION.search(line)
            if m and m.group().casefold() in self.soft_verbs:
                return [m.group().casefold()]
        elif self.soft_verbs and "," in line:
            m = _AFTER_PURPOSE.search(line)
            if m and m.group().casefold() in self.soft_verbs:
                return [m.group().casefold()]
        found = [tokens[0]] if tokens[0] in verbs else []
        return found + [w for w in (m.group().casefold() for m in _IMPERATIVE_AT.finditer(line))
                        if w in verbs]

    def _requests(self, line: str, tokens: list[str], words: _Lexicon | None = None) -> list[str]:
        """The words by which the line speaks as the site or asks the reader to act (``words``:
        which requests count, the site speaking and polite ones by default)."""
        asked = [w for _, w in (words or self.request).found(tokens)]
        return self._imperatives(line, tokens)[:1] + asked

    def _states(self, tokens: list[str]) -> list[tuple[int, str]]:
        """The words of the reader's state, and those of a page loading or showing itself when
        the line says it failed."""
        hits = self.state.found(tokens)
        if not self.negation.isdisjoint(tokens):
            hits = sorted(hits + self.display.found(tokens))
        # a word inside a phrase found ("connection" of "internet connection") is said once
        inside = {i + k for i, w in hits for k in range(1, w.count(" ") + 1)}
        return [(i, w) for i, w in hits if i not in inside]

    def _pointed(self, tokens: list[str]) -> list[tuple[int, str]]:
        """A page object pointed at, "this content", "dieser Inhalt", "this interactive
        graphic": a demonstrative with a page object one or two words on."""
        return [(i, f"{t} {tokens[j]}") for i, t in enumerate(tokens) if t in self.demonstratives
                for j in range(i + 1, min(i + 3, len(tokens))) if tokens[j] in self.page_objects]

    def _state_asked(self, line: str, tokens: list[str]) -> list[str]:
        """Who speaks of the reader's state: a polite request or an imperative first, the
        reader addressed, or a page object pointed at; the site speaking alone is not enough
        ("we lost the connection" is a column's)."""
        return (self._requests(line, tokens, self.polite) or self._addressed(line, tokens)
                or [w for _, w in self._pointed(tokens)])

    def _device_asked(self, line: str, tokens: list[str]) -> list[str]:
        """Who asks the reader to act with their device or browser: a polite request, an
        imperative, or the site naming its page ("This site works best with ..."), never the
        reader addressed alone: reviews and help pages say "your phone" too."""
        return self._requests(line, tokens, self.polite) \
            or [w for _, w in self.page_speaker.found(tokens)]

    def _addressed(self, line: str, tokens: list[str]) -> list[str]:
        """The words by which the line speaks to the reader."""
        who = [w for _, w in self.reader.found(tokens)]
        if not who and self.cased is not None:
            m = self.cased.search(line)
            if m:
                who.append(m.group())
        return who

    def _accounts(self, line: str, tokens: list[str]) -> list[str]:
        """The account words of the line that are the site's or the reader's, not a named
        product's: a capitalised name up to three words before one ("your Hulu account", "a
        Hulu ad-free account", "Dashlane Password Manager") makes it a review's or a deal's."""
        hits = self.account.found(tokens)
        if not hits:
            return []
        raw = _WORD.findall(line)
        if len(raw) != len(tokens):  # casefolding split a word: no names to read
            return [w for _, w in hits]
        # a sentence's first word is no name ("No spam, we promise. You can unsubscribe")
        named = _capitalised_inside(line, raw)
        return [w for i, w in hits if not any(named[max(0, i - 3):i])]

    def _names(self, line: str, tokens: list[str], hits: list[tuple[int, str]]) -> int:
        """How many different capitalised words stand inside the line's sentences, apart from
        the words the rule reads ("App Store", "Sie"): names of products, shops, people."""
        raw = _WORD.findall(line)
        if len(raw) != len(tokens):
            return 0
        covered = {i + k for i, w in hits for k in range(w.count(" ") + 1)}
        return len({word for i, (word, named) in enumerate(zip(raw, _capitalised_inside(line, raw)))
                    if named and i not in covered and word not in self.cased_words})

    def _why(self, line: str, tokens: list[str], capitals_are_names: bool) -> list[str]:
        """Who speaks and about what, or nothing when the line is no notice."""
        hits = self.interface.found(tokens)
        # a line naming three products, shops or people is a review or a report; a notice
        # names the site at most, and a browser or a store
        states = self._states(tokens)
        devices = self.devices.found(tokens)
        read = hits + self.account.found(tokens) + self.reader.found(tokens) \
            + self.request.found(tokens) + states + devices
        names = self._names(line, tokens, read) if capitals_are_names else 0
        web = [w for _, w in hits]
        # ... unless it asks the reader to act on the page: then the names are the browsers or
        # devices it works with ("please use Chrome, Firefox or Safari", "This site works best
        # with ..."), which a review does not ask
        if names >= NAMES and not ((web or devices) and self._device_asked(line, tokens)):
            return []
        requests = self._requests(line, tokens)
        if web:
            # a page object pointed at speaks of the page too ("This slideshow requires
            # JavaScript")
            who = requests or self._addressed(line, tokens) \
                or [w for _, w in self._pointed(tokens)]
            return who[:1] + web if who else []
        if states and names < STATE_NAMES:
            who = self._state_asked(line, tokens)
            if who:
                return who[:1] + [w for _, w in states]
        if devices:
            # the reader's device only when asked to act ("your phone" alone is a review's);
            # then the names are the devices and browsers meant
            who = self._device_asked(line, tokens)
            if who:
                return who[:1] + [w for _, w in devices]
        if not requests:
            return []
        accounts = self._accounts(line, tokens)
        return requests[:1] + accounts if accounts else []

    def check(self, doc: Document) -> Iterator[Finding]:
        if self.firsts.isdisjoint(folded_words(doc)):
            return
        # German writes every noun with a capital: there capitals tell no names
        capitals_are_names = doc.language not in ("de", "lb")
        lines = units(doc, "line")
        for number, key in zip(lines.lines, lines.norms):
            tokens = key.split(" ")
            if not self.options.min_words <= len(tokens) <= self.options.max_words or \
                    self.firsts.isdisjoint(tokens) or not self.reported.isdisjoint(tokens):
                continue
            line = doc.lines[number - 1]
            # a notice is a paragraph of its own, never a quotation; a line of a wrapped
            # paragraph is prose's
            if _QUOTE.search(line) or not (doc.at_paragraph_edge(number, "first")
                                           and doc.at_paragraph_edge(number, "last")):
                continue
            why = self._why(line, tokens, capitals_are_names)
            if not why:
                continue
            start, end = line_text_span(doc, number)
            yield self.finding(doc, start, end,
                               {"body": line.strip(), "words": ", ".join(dict.fromkeys(why[:3]))},
                               replacement="" if self.fix_spec is not None else None,
                               whole_lines=True)
