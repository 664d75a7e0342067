"""The Hyperscan pre-pass changes speed, never findings."""

from __future__ import annotations

import hyperscan
import regex

from hypothesis import given, strategies as st

from textlint_news import Document, Linter
from textlint_news.engine import PREFILTER_AFTER_CHARS
from textlint_news.kinds import repetition
from textlint_news.matching import budget
from textlint_news.matching.prefilter import LineFilter, Prefilter, hyperscan_source, policy
from textlint_news.matching.prefilter.classes import NON_ASCII_FOLDS
from textlint_news.matching.prefilter.rewrite import prefilter_source
from textlint_news.matching.regex_tree import Unsupported

from ..conftest import DATA, ROOT, SEED
from ..helpers import rules_from_yaml

ARTICLES = sorted((ROOT / "benchmarks" / "data" / "aeb-dev" / "docs").glob("*.txt"))


def shown(findings):
    return [(f.rule_id, f.line, f.column, f.end_line, f.end_column, f.message, f.fix)
            for f in findings]


def both_ways(rules, texts):
    """Findings per text without and with the pre-pass."""
    plain, filtered = Linter(rules, prefilter=False), Linter(rules, prefilter=True)
    for n, text in enumerate(texts):
        doc = f"doc{n}.txt"
        yield (shown(plain.lint(Document.from_string(text, doc)).findings),
               shown(filtered.lint(Document.from_string(text, doc)).findings))


def test_real_articles_get_the_same_findings_with_the_prepass(default_rules):
    texts = [p.read_text(encoding="utf-8") for p in ARTICLES + [SEED]]
    texts += [p.read_text(encoding="utf-8") for p in sorted((DATA / "clean").glob("*.txt"))]
    assert len(texts) > 60
    found = 0
    for without, with_ in both_ways(default_rules, texts):
        assert with_ == without
        found += len(without)
    assert found > 300  # the comparison is over texts with plenty to report


def test_every_rule_example_gets_the_same_findings_with_the_prepass(default_rules):
    texts = [t for rule in default_rules
             for t in rule.examples.valid + [e.text for e in rule.examples.invalid]]
    for without, with_ in both_ways(default_rules, texts):
        assert with_ == without


PIECES = list("the of to a ,.;:!?\"”“’'-–()[]\n\tKkSsIi") + [
    "\u212a", "\u017f", "\u0130", "é", "Ж", "The", "In", " the ", " of the ", "kyiv", "Sign up",
    "; ", ". ", "\u00a0", "\u200b", "&amp;", "Read more", "µ", "ª", "‿", "\u3005", "—", "…"]
TRICKY = st.lists(st.sampled_from(PIECES), max_size=120).map("".join)


@given(TRICKY)
def test_arbitrary_text_gets_the_same_findings_with_the_prepass(default_rules, text):
    for without, with_ in both_ways(default_rules, [text]):
        assert with_ == without


# What found the '^' miss: a line-anchored rule's line after lines of non-ASCII text (a run of
# more than a few dozen bytes; "é" * 13 before a credit line was enough).
NON_ASCII = ["é", "Ж", "日", "€", "ß", "İ", "\u00a0", "\u0085", "\u2028", "“", "’", "\U0001F600"]
RUNS = st.one_of(st.tuples(st.sampled_from(NON_ASCII), st.integers(1, 40)).map(lambda r: r[0] * r[1]),
                st.lists(st.sampled_from(NON_ASCII + [" ", "x"]), min_size=1, max_size=40).map("".join))


def _anchored_examples(rules) -> list[str]:
    """The invalid examples of the rules whose patterns start at a line start."""
    return [text for rule in rules if getattr(rule, "regex", None) is not None
            and rule.regex.pattern.startswith("^") for text in [e.text for e in rule.examples.invalid]]


@given(st.data())
def test_line_anchored_rules_find_the_same_after_non_ascii_runs_with_the_prepass(
        default_rules, data):
    example = data.draw(st.sampled_from(_anchored_examples(default_rules)))
    runs = data.draw(st.lists(RUNS, min_size=1, max_size=3))
    lines = example.split("\n")
    at = data.draw(st.integers(0, len(lines)))  # the runs go in as lines of their own
    text = "\n".join(lines[:at] + runs + lines[at:])
    for without, with_ in both_ways(default_rules, [text]):
        assert with_ == without


def test_a_credit_line_after_a_line_of_non_ascii_letters_is_found_with_the_prepass(default_rules):
    text = "Shares fell 2%.\n" + "é" * 13 + "\nKeith Bradsher contributed reporting from Hong Kong."
    without, with_ = next(both_ways(default_rules, [text]))
    assert [f[:3] for f in with_] == [("credit-line", 3, 1)]
    assert with_ == without


def test_rules_skipped_or_narrowed_where_nothing_can_match(default_rules):
    text = SEED.read_text(encoding="utf-8")
    doc = Document.from_string(text, "seed.txt")
    candidates = LineFilter.load(default_rules).candidates(doc)
    by_id = {rule.id: lines for rule, lines in candidates.items()}
    assert by_id["html-entity"] == []  # no '&...;' in the seed: the rule does not run
    # the five lines with a missing link text before punctuation, one more of 53, and a title's
    # " | " (a bar is checked for a label's colon before it, which the prefilter cannot see)
    assert by_id["link-residue-before-punct"] == [5, 7, 17, 33, 43, 49, 55]


def test_a_run_compiles_the_prepass_after_enough_text_then_loads_it_at_once(
        default_rules, tmp_path, monkeypatch):
    monkeypatch.setenv("TEXTLINT_NEWS_CACHE_DIR", str(tmp_path))
    linter = Linter(default_rules)
    linter.lint(Document.from_string("A short text.\n", "a.txt"))
    assert linter._line_filter is None  # not cached: one small file does not wait for it
    linter.lint(Document.from_string("Long text. " * (PREFILTER_AFTER_CHARS // 10), "b.txt"))
    assert linter._line_filter is not None
    again = Linter(default_rules)
    again.lint(Document.from_string("A short text.\n", "a.txt"))
    assert again._line_filter is not None  # from the cache


def test_undecodable_bytes_run_every_rule_in_full():
    rules = rules_from_yaml("""
        pack: t
        rules:
          - id: amp
            kind: pattern
            message: m
            pattern: '&amp;'
        """)
    text = "A &amp; B\udcff\n"  # a lone surrogate: how an invalid UTF-8 byte is carried
    assert LineFilter.load(rules).candidates(Document.from_string(text)) is None
    assert [(f.rule_id, f.column) for f in Linter(rules, prefilter=True).lint_text(text)] == \
        [("amp", 3), ("invalid-encoding", 10)]


# -- the rewrite itself --------------------------------------------------------------------

def test_a_leading_lookbehind_is_consumed_and_other_lookarounds_dropped():
    assert prefilter_source(r"(?<=, )(?P<w>the)(?=\.|!)") == r"(?:\x{2c}\x{20})(the)"
    assert prefilter_source(r"a(?<=b)c(?!d)e") == "ace"


def test_line_starts_and_what_only_tests_the_character_before_are_dropped():
    # Hyperscan misses some matches of '^' patterns: no rewritten pattern has one
    assert prefilter_source(r"^[ \t]*x$") == r"(?:[\x{9}\x{20}])*x$"
    assert prefilter_source(r"(?<![a-z])x") == "x"


def test_every_default_rule_that_offers_a_prefilter_gets_one(default_rules):
    # a pattern Hyperscan refuses (too long: [^\S\n] spelled by all it excludes) runs in full;
    # so do the three line-start rules whose rewrite loses its '^' and then matches most lines
    # (unlisted-name-opening looks further only at a lowercase letter, and searches its
    # places apart: 0.015 s per MB of news), and place-after-preposition, a preposition before
    # a word and a function word (most lines of prose; 0.04 s on 0.75 MB of pages); a short
    # list of listed names is spelt out in the pattern, so month-in-a-date and
    # institution-after-the get one (0.03 and 0.008 s per MB in full before)
    assert [r.id for r in default_rules
            if r.prefilter() is not None and hyperscan_source(r.prefilter()) is None] == [
        "place-after-preposition", "unlisted-name-opening", "link-residue-sentence-start",
        "link-residue-lowercase-start"]


def test_a_prefilter_matching_most_ordinary_lines_is_not_used():
    assert hyperscan_source(Prefilter(r"\p{Ll}+ \p{L}")) is None  # nearly every line
    assert hyperscan_source(Prefilter(r"&amp;")) == r"\x{26}amp\x{3b}"
    assert prefilter_source(r"[^\S\n]") == r"[\x{9}\x{b}\x{c}\x{d}\x{20}\x{80}-\x{10FFFF}]"


def test_a_single_line_rule_has_no_newline_in_its_classes_outside_lookbehinds():
    assert prefilter_source(r"a\sb", single_line=True) == \
        prefilter_source(r"a\sb").replace(r"\x{a}", "")
    assert prefilter_source(r"[^x]", single_line=True) == r"[^\x{a}x]"
    assert prefilter_source(r"(?<=\s)a", single_line=True) == prefilter_source(r"(?<=\s)a")


def test_a_final_one_character_lookahead_is_consumed():
    # the match then ends one character late; the line filter also takes the line before
    assert prefilter_source(r"(?:of|in)(?![\w-])|x(?=y)") == \
        r"(?:of|in)(?:[^\x{a}\x{2d}0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ\x{5f}abcdefghijklmnopqrstuvwxyz]|$)|x(?:[y]|$)"
    assert prefilter_source(r"a(?!b)c") == "ac"  # not final: dropped
    assert prefilter_source(r"(?:a(?!b))+") == "(?:(?:a))+"  # repeated: not final either


def test_a_word_boundary_before_an_ascii_word_is_kept_inside_and_dropped_at_the_start():
    assert prefilter_source(r"\b(?:the|an?)") == "(?:the|a(?:n)?)"
    assert prefilter_source(r"x\bof") == r"x\bof"
    # before what may start with a non-ASCII letter ('s' folds to U+017F) it is dropped
    assert prefilter_source(r"\bsee", ignorecase=True) == r"[Ss\x{17f}][Ee][Ee]"
    assert prefilter_source(r"\b(?:a|b?)") == "(?:a|(?:b)?)"


def test_classes_are_exact_on_ascii_and_in_punctuation_blocks_and_wide_elsewhere():
    beyond = r"\x{c0}-\x{1fff}\x{2070}-\x{2fff}\x{3040}-\x{10ffff}"
    assert prefilter_source(r"\d") == rf"[0123456789{beyond}]"
    # µ is a lowercase letter in Latin-1's punctuation block: listed; quotes and dashes are not
    assert prefilter_source(r"\p{Ll}").endswith(rf"xyz\x{{b5}}{beyond}]")
    assert prefilter_source(r"[”\x7f-\x9f]") == r"[\x{7f}\x{201d}\x{80}-\x{9f}]"
    assert prefilter_source(r"[^\s”]") == r"[^\x{9}\x{a}\x{b}\x{c}\x{d}\x{20}\x{201d}]"


def test_ignorecase_is_spelled_out_with_the_non_ascii_letters_that_fold_to_ascii():
    assert prefilter_source("kiwi", ignorecase=True) == \
        r"[Kk\x{212a}][Ii\x{130}][Ww][Ii\x{130}]"


def test_the_non_ascii_fold_table_is_the_regex_modules():
    letters = regex.compile("[a-z]", regex.IGNORECASE)
    found: dict[str, str] = {}
    for code in range(0x80, 0x110000):
        ch = chr(code)
        if letters.fullmatch(ch):
            for ascii_letter in "abcdefghijklmnopqrstuvwxyz":
                if regex.fullmatch(ascii_letter, ch, regex.IGNORECASE):
                    found[ascii_letter] = found.get(ascii_letter, "") + ch
    assert found == NON_ASCII_FOLDS


def test_long_bounded_repeats_are_unbounded_and_possessive_ones_plain():
    assert prefilter_source(r"a{2,300}b*+") == "(?:a){2,}(?:b)*"


def test_syntax_it_does_not_know_is_refused_not_guessed():
    for pattern in (r"(\w)\1", r"(?(1)a|b)", "[[:alpha:]]", r"(?V1)a"):
        try:
            prefilter_source(pattern)
        except Unsupported:
            continue
        raise AssertionError(f"{pattern!r} was rewritten")


# -- word-level pre-checks: they rest on two facts about casefolding -------------------------

EVERY_CHARACTER = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)


def test_casefolding_keeps_every_character_a_word_character_or_not():
    word_chars = set(regex.findall(r"\w", EVERY_CHARACTER))
    changed = [c for c in EVERY_CHARACTER if c.casefold() != c
               and any((f in word_chars) != (c in word_chars) for f in c.casefold())]
    assert changed == []


def test_only_the_turkic_is_match_case_insensitively_where_casefolding_differs():
    cased = "".join(c for c in EVERY_CHARACTER if len({c, c.lower(), c.upper(), c.casefold()}) > 1)
    differing = {(c, x) for c in cased
                 for x in regex.findall(regex.escape(c), cased, flags=regex.IGNORECASE)
                 if x.casefold() != c.casefold()}
    assert differing == {("I", "ı"), ("ı", "I"), ("i", "İ"), ("İ", "i")}


REPEAT_PIECES = ["the", "The", "THE", " ", "\t", "\n", ",", "(", ")", "’", "-", "I", "ı", "i",
                 "İ", "ß", "SS", "ss", "10", "_"]


@given(st.lists(st.sampled_from(REPEAT_PIECES), max_size=40).map("".join))
def test_lines_with_a_repeated_word_are_all_among_the_candidates(text):
    doc = Document.from_string(text)
    real = {doc.position(m.start())[0] for m in repetition._REPEAT.finditer(doc.text)}
    assert real <= set(repetition._lines_with_adjacent_twins(doc))


def test_a_runaway_pattern_on_a_candidate_line_is_a_notice(monkeypatch):
    # the prefilter drops the look-behind and lets the line through; the real pattern then
    # backtracks through every split of the a's
    monkeypatch.setattr(budget, "LIMIT_SECONDS", 0.05)
    rules = rules_from_yaml("""
        pack: t
        rules:
          - id: slow
            kind: pattern
            message: m
            pattern: '(a|aa)+(?<!a)c'
        """)
    result = Linter(rules, prefilter=True).lint(Document.from_string("a" * 60 + "c\n", "a.txt"))
    assert result.findings == []
    assert [n.message for n in result.notices] == [
        "rule 'slow' timed out on this document and was skipped"]


def test_without_hyperscan_every_rule_runs_in_full(default_rules, monkeypatch):
    text = SEED.read_text(encoding="utf-8")
    expected = shown(Linter(default_rules, prefilter=True).lint_text(text))
    monkeypatch.setattr(policy, "hyperscan", None)  # a platform without wheels
    linter = Linter(default_rules, prefilter=True)
    assert linter.prefilter is False and LineFilter.load(default_rules) is None
    assert shown(linter.lint_text(text)) == expected


def test_a_database_the_scan_refuses_turns_the_prepass_off(default_rules):
    line_filter = LineFilter.load(default_rules)

    class Refusing:
        def scan(self, data, match_event_handler):
            raise hyperscan.DatabasePlatformError("built for another CPU")

    line_filter.database = Refusing()
    assert line_filter.candidates(Document.from_string("the of the\n")) is None
    assert line_filter.database is None  # not tried again on every document
