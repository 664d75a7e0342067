"""``furniture``: page furniture found by its shape and position, not by its wording.

Every non-blank line gets general features (``furniture_features.py``): its length, how it
ends, where it stands in the document, whether it sits in a run of short lines, how much of it
is function words of the document's language, its capitals, separators, a call-to-action verb
first, dates, counts, links and the words page interfaces write (``interface_words``, a fitted
word -> log-odds table). A logistic model (``weights`` and ``intercept``, fitted by ``benchmarks/fit_furniture.py``
on the tune parts of the dev data) turns them into a logit per line; the line's logit is then
smoothed with its neighbours' (``smoothing``), as jusText does, because furniture comes in
blocks. Lines whose probability reaches a threshold are reported, the severity by confidence.

A short line alone between two paragraphs of prose (the ``lone`` feature) is scored by a second
model instead (``lone_weights``, ``lone_intercept``, reported from ``lone_threshold`` up), fitted
on such lines only and reading what the line says rather than where it stands: there smoothing
would hide furniture dropped into the body, and the body's subheadings share its length and place.

The first non-blank line is usually the headline, which has the shape of furniture (short, no
full stop, capitals): unless it holds a date, a link or brackets or starts with a call to
action, it is only reported from ``headline_threshold`` up. The message names the features that pushed the line furthest from a typical article line
(``typical``: the mean of each feature over article lines of the fit), so a user sees why.
"""

from __future__ import annotations

import dataclasses
import math
import operator
from typing import Any, Iterator

from textlint_news.loading.patterns import regex

from textlint_news.document import Document
from textlint_news.findings import Finding, Severity
from textlint_news.loading.schema import SpecError, option
from textlint_news.kinds.base import Rule
from textlint_news.kinds.furniture_features import FEATURES, LONE, line_features
from textlint_news.kinds.reporting import line_text_span

_LETTER = regex.compile(r"\p{L}")

_NOT_IN_TITLES = [list(FEATURES).index(name) for name in ("date_time", "link", "cta_first", "bracketed")]


def _title_like(xs: list[float]) -> bool:
    return not any(xs[i] for i in _NOT_IN_TITLES)


def _numbers(value: Any, name: str) -> dict[str, float]:
    if not isinstance(value, dict) or not all(isinstance(v, (int, float)) and not isinstance(v, bool)
                                              for v in value.values()):
        raise SpecError(f"'{name}' must map names to numbers", key=name)
    return {str(k): float(v) for k, v in value.items()}


@dataclasses.dataclass(frozen=True, kw_only=True)
class FurnitureOptions:
    # the model's mappings are checked by the kind: their values must all be numbers
    weights: dict = option(required=True, help="feature name -> weight of the logistic model")
    intercept: float | int = option(required=True)
    typical: dict = option({}, help="feature -> its mean on article lines, for messages")
    smoothing: dict = option({"own": 1.0, "neighbours": 0.0, "intercept": 0.0},
                             help="final logit = own * logit + neighbours * mean logit of the "
                                  "lines around + intercept")
    window: int = option(2, help="non-blank lines on each side taken as neighbours")
    lone_weights: dict = option({}, help="feature name -> weight of the model of a short line "
                                         "alone between two paragraphs of prose")
    lone_intercept: float | int = option(0.0)
    lone_threshold: float = option(0.5, help="lowest probability of the lone-line model reported "
                                             "(never under the lowest of 'thresholds')")
    thresholds: dict = option(required=True, help="severity -> lowest probability reported with it")
    headline_threshold: float = option(0.97, help="lowest probability reported for a first line "
                                                  "that could be the headline")
    cta_verbs: list[str] = option([], help="call-to-action verbs (any language) a furniture line "
                                           "starts with")
    action_verbs: list[str] = option([], help="verbs of a widget's buttons that a furniture "
                                              "line starts with (read by the lone-line model)")
    reader_words: list[str] = option([], help="words that address the reader (the second "
                                              "person, any language)")
    interface_words: dict = option({}, help="word -> log-odds of page furniture writing it "
                                            "rather than article text (fitted)")
    max_words: int = option(40, help="longer lines are never reported")
    min_lines: int = option(5, help="documents with fewer non-blank lines of text (not code or "
                                    "tables) are skipped")


class FurnitureRule(Rule):
    KIND = "furniture"
    COMPUTES_FIX = True
    Options = FurnitureOptions
    options: FurnitureOptions

    def __init__(self, spec: dict[str, Any], pack: str, source: str = "") -> None:
        super().__init__(spec, pack, source)
        weights = _numbers(self.options.weights, "weights")
        unknown = set(weights) - set(FEATURES)
        if unknown:
            raise SpecError(f"unknown feature '{sorted(unknown)[0]}' in 'weights'; known: "
                            + ", ".join(FEATURES), key="weights")
        self.weights = [weights.get(name, 0.0) for name in FEATURES]
        # the features only the lone-line model reads come last: the line model's dot product
        # (map stops at the shorter list) leaves its trailing zero weights out
        while self.weights and not self.weights[-1]:
            self.weights.pop()
        self.intercept = float(self.options.intercept)
        lone = _numbers(self.options.lone_weights, "lone_weights")
        unknown = set(lone) - set(FEATURES)
        if unknown:
            raise SpecError(f"unknown feature '{sorted(unknown)[0]}' in 'lone_weights'; known: "
                            + ", ".join(FEATURES), key="lone_weights")
        self.lone_weights = [lone.get(name, 0.0) for name in FEATURES] if lone else None
        self.lone_intercept = float(self.options.lone_intercept)
        self.lone_threshold = float(self.options.lone_threshold)
        typical = _numbers(self.options.typical, "typical")
        self.typical = [typical.get(name, 0.0) for name in FEATURES]
        smoothing = _numbers(self.options.smoothing, "smoothing")
        self.own = smoothing.get("own", 1.0)
        self.neighbours = smoothing.get("neighbours", 0.0)
        self.smooth_intercept = smoothing.get("intercept", 0.0)
        thresholds = _numbers(self.options.thresholds, "thresholds")
        bad = [k for k in thresholds if k not in ("error", "warning", "info")]
        if bad:
            raise SpecError(f"'thresholds' keys must be severities, not '{bad[0]}'", key="thresholds")
        # highest severity first: a line gets the first one whose threshold it reaches
        self.thresholds = sorted(((p, Severity.parse(s)) for s, p in thresholds.items()), reverse=True)
        self.headline = max(self.options.headline_threshold, self.thresholds[-1][0])
        self.cta_verbs = frozenset(v.casefold() for v in self.options.cta_verbs)
        self.action_verbs = frozenset(v.casefold() for v in self.options.action_verbs)
        self.reader_words = frozenset(v.casefold() for v in self.options.reader_words)
        self.interface_words = {k.casefold(): v for k, v in
                                _numbers(self.options.interface_words, "interface_words").items()}

    def logits(self, rows: list[tuple[int, list[float]]]) -> list[float]:
        """The logit of each row of ``line_features``: the smoothed line model's, or for a
        short line alone between two paragraphs of prose the lone-line model's."""
        out = self._smoothed(rows)
        for i, (_, xs) in enumerate(rows):
            lone = self._lone(xs)
            if lone is not None:
                out[i] = lone
        return out

    def _lone(self, xs: list[float]) -> float | None:
        """The lone-line model's logit, unsmoothed, for a line alone between two paragraphs of
        prose (else None): its neighbours are prose whatever it is, so smoothing would hide
        furniture dropped into the body, and the body's subheadings share its length and
        place, so what it says decides, not where it stands."""
        if self.lone_weights is None or not xs[LONE]:
            return None
        return self.lone_intercept + sum(map(operator.mul, self.lone_weights, xs))

    def _smoothed(self, rows: list[tuple[int, list[float]]]) -> list[float]:
        weights, intercept = self.weights, self.intercept
        own = [intercept + sum(map(operator.mul, weights, xs)) for _, xs in rows]
        if not self.neighbours:
            return [self.own * o + self.smooth_intercept for o in own]
        out = []
        for i, o in enumerate(own):
            around = own[max(0, i - self.window):i] + own[i + 1:i + 1 + self.window]
            mean = sum(around) / len(around) if around else 0.0
            out.append(self.own * o + self.neighbours * mean + self.smooth_intercept)
        return out

    def _reasons(self, xs: list[float], weights: list[float]) -> str:
        pushes = [(w * (x - t), name, x > t)
                  for name, w, x, t in zip(FEATURES, weights, xs, self.typical)]
        top = sorted((p for p in pushes if p[0] > 0.2), reverse=True)[:3]
        return ", ".join(FEATURES[name][0 if higher else 1] for _, name, higher in top)

    def check(self, doc: Document) -> Iterator[Finding]:
        if len(doc.content_lines) < self.min_lines or doc.hard_wrapped:
            return
        rows = line_features(doc, self.cta_verbs, self.reader_words, self.action_verbs,
                             self.interface_words)
        if len(rows) < self.min_lines:
            return  # too few lines of text for their places in it to mean anything
        floor = self.thresholds[-1][0]
        first = rows[0][0]
        for (number, xs), logit in zip(rows, self._smoothed(rows)):
            lone = self._lone(xs)
            if lone is not None:
                logit, weights, bar = lone, self.lone_weights, max(floor, self.lone_threshold)
            else:
                # the first line is often the headline, which has furniture's shape: unless it
                # has what no headline has (a date, a link, a call to action first), only a
                # confident score reports it, so titles are left alone
                weights = self.weights
                bar = self.headline if number == first and _title_like(xs) else floor
            p = 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, logit))))
            if p < bar:
                continue
            line = doc.lines[number - 1]
            if not _LETTER.search(line) or len(line.split()) > self.max_words:
                continue
            severity = next(s for t, s in self.thresholds if p >= t)
            start, end = line_text_span(doc, number)
            yield self.finding(doc, start, end,
                               {"body": line.strip(), "confidence": f"{p:.0%}",
                                "reasons": self._reasons(xs, weights)},
                               replacement="" if self.fix_spec is not None else None,
                               whole_lines=True, severity=severity)
