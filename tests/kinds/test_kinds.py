"""Each rule kind on its own, as a user would write it in YAML."""

from __future__ import annotations

from collections import Counter

import pytest
import regex
from hypothesis import example, given, strategies as st

from textlint_news import Document, Linter
from textlint_news.document.segments import units
from textlint_news.kinds import repetition
from textlint_news.kinds.base import finditer_lines, line_runs, within_one_line
from textlint_news.kinds.consistency import _whole_word_in
from textlint_news.loading.packs import ConfigError

from ..helpers import fixed, lint, rules_from_yaml, spans


def test_pattern_named_group_message_and_group_span():
    rules = """
    rules:
      - id: gap
        kind: pattern
        message: 'missing before "{punct}"'
        pattern: '\\w(?P<punct> [.,])'
        group: punct
    """
    text = "only bring . And to , then"
    found = lint(rules, text)
    assert spans(found, text) == [("gap", 1, 11, " ."), ("gap", 1, 20, " ,")]
    assert found[0].message == 'missing before " ."'


def test_pattern_line_scope_drops_matches_across_lines_and_document_scope_keeps_them():
    base = """
    rules:
      - {{id: r, kind: pattern, message: m, pattern: 'end\\s+start', scope: {scope}}}
    """
    text = "the end\nstart here; the end start"
    assert [f.line for f in lint(base.format(scope="line"), text)] == [2]
    assert [f.line for f in lint(base.format(scope="document"), text)] == [1, 2]


def test_pattern_first_and_last_lines_scopes():
    rules = """
    rules:
      - {id: head, kind: pattern, message: m, pattern: '^x$', scope: first-lines, lines: 2}
      - {id: tail, kind: pattern, message: m, pattern: '^x$', scope: last-lines, lines: 1}
    """
    found = lint(rules, "x\nx\nx\nx")
    assert sorted((f.rule_id, f.line) for f in found) == [("head", 1), ("head", 2), ("tail", 4)]


def test_pattern_tokens_flags_and_exceptions():
    rules = """
    rules:
      - id: foreign
        kind: pattern
        message: '{match}'
        tokens: [pero, sin embargo]
        flags: [ignorecase]
        exceptions: ['sin embargo']
    """
    text = "Pero Aguilar said pero and SIN EMBARGO, not perossa or pero.es"
    assert [f.message for f in lint(rules, text)] == ["Pero", "pero"]


def test_pattern_fix_template_and_transform():
    rules = """
    rules:
      - id: amp
        kind: pattern
        message: m
        pattern: '&amp;'
        fix: {transform: unescape-html, safe: true}
      - id: swap
        kind: pattern
        message: m
        pattern: '(?P<a>\\w+) vs (?P<b>\\w+)'
        fix: {replacement: '{b} vs {a}'}
    """
    found = lint(rules, "A &amp; B; cats vs dogs")
    fixes = {f.rule_id: (f.fix.edits[0].replacement, f.fix.safe) for f in found}
    assert fixes == {"amp": ("&", True), "swap": ("dogs vs cats", False)}


def test_pattern_habit_skips_documents_whose_style_it_is():
    rules = """
    rules:
      - id: gap
        kind: pattern
        message: m
        pattern: '\\w \\.'
        habit: {of: '\\.', share: 0.5, min: 2}
    """
    assert len(lint(rules, "One . Two. Three. Four.")) == 1
    assert lint(rules, "One . Two . Three . Four.") == []


def test_substitution_is_whole_word_and_case_aware():
    rules = """
    rules:
      - id: case
        kind: substitution
        message: '"{match}" -> "{replacement}"'
        ignorecase: true
        swap: {kyiv: Kyiv, youtube: YouTube}
        fix: {safe: true}
    """
    text = "kyiv, Kyiv, KYIV, Kyivstar, Youtube, youtube.com"
    assert [f.message for f in lint(rules, text)] == ['"kyiv" -> "Kyiv"', '"Youtube" -> "YouTube"']


def test_substitution_leaves_a_key_opening_a_lowercase_compound():
    rules = """
    rules:
      - id: case
        kind: substitution
        message: '"{match}" -> "{replacement}"'
        ignorecase: true
        swap: {brussels: Brussels, lima: Lima}
        lowercase_compounds: |
          brussels sprout
          lima bean
    """
    # the compound as written and in the plural; not a longer word, nor the key alone
    text = "brussels sprout, brussels sprouts, lima beans; brussels sprouted; lima beanie, lima."
    assert spans(lint(rules, text), text) == [
        ("case", 1, 48, "brussels"), ("case", 1, 67, "lima"), ("case", 1, 80, "lima")]


def test_substitution_leaves_a_binomials_species_after_a_genus_of_latin_form():
    rules = """
    rules:
      - id: case
        kind: substitution
        message: '"{match}" -> "{replacement}"'
        ignorecase: true
        swap: {americana: Americana, florida: Florida, tampa: Tampa, costa rica: Costa Rica}
        unless_epithet: true
    """
    # after a place that is a key ("Tampa"), a pair that is one ("Costa rica") or a word of
    # no Latin form ("Visit"), the word is the place's
    text = ("Persea americana and Cornus florida. Tampa florida, Costa rica, Visit florida.")
    assert spans(lint(rules, text), text) == [
        ("case", 1, 44, "florida"), ("case", 1, 53, "Costa rica"), ("case", 1, 71, "florida")]


def test_repetition_removes_the_second_word():
    rules = """
    rules:
      - {id: rep, kind: repetition, message: '{word}', exceptions: [had], fix: {safe: true}}
    """
    text = "the the cat had had it, Bora Bora"
    (f,) = lint(rules, text)
    assert (f.message, f.column, f.end_column) == ("the", 1, 8)
    assert fixed(text, f) == "the cat had had it, Bora Bora"


def test_repetition_leaves_a_repeat_that_is_a_whole_line_or_list_item_alone():
    rules = """
    rules:
      - {id: rep, kind: repetition, message: '{word}'}
    """
    text = ("Tracklist\n\n5. Talk talk\n- Mahi mahi.\n\nTalk talk is track 5.\n6. Talk talk live\n"
            "the the\n")
    # a title starts with a capital; a lowercase line of two words is a join all the same
    assert [(f.message, f.line, f.column) for f in lint(rules, text)] == [
        ("Talk", 6, 1), ("Talk", 7, 4), ("the", 8, 1)]


def test_repetition_informs_of_the_texts_own_doublings_by_their_context():
    rules = """
    rules:
      - {id: rep, kind: repetition, message: '{word}'}
    """
    text = ("The reserve keeps Felis silvestris silvestris and more.\n"
            "The span is [k k+1) here.\n"
            "-n count, --repeat=count\n"
            "Ring the bell count count times.\n"
            "Visitors from Leeds tickets tickets and the the rest.\n"
            "They told you you were late. Owing to this this year. If you you go, read this this.\n"
            "The fees it took in in May rose. He was in in the hall.\n"
            "The bus we hoped for for an hour. Hold it out for for long.\n")
    # an English word after a name ("tickets"), and an English doubling, stay warnings
    assert [(f.message, f.line, f.column, f.severity.name) for f in lint(rules, text)] == [
        ("silvestris", 1, 25, "INFO"), ("k", 2, 14, "INFO"), ("count", 4, 15, "INFO"),
        ("tickets", 5, 21, "WARNING"), ("the", 5, 41, "WARNING"), ("you", 6, 11, "INFO"),
        ("this", 6, 39, "INFO"), ("you", 6, 58, "WARNING"), ("this", 6, 75, "WARNING"),
        ("in", 7, 18, "INFO"), ("in", 7, 41, "WARNING"), ("for", 8, 18, "INFO"),
        ("for", 8, 47, "WARNING")]


TWIN_PIECES = ["the", "The", "ı", "I", "i\u0307", "i", "10", " ", "\t", "\n", "\n\n", ",", "’"]


@given(st.lists(st.sampled_from(TWIN_PIECES), max_size=40).map("".join))
def test_the_lines_with_adjacent_twins_are_those_whose_own_words_have_two_equal_in_a_row(text):
    doc = Document.from_string(text, "t.txt")
    expected = [unit.line for unit in units(doc, "line")
                if (words := repetition._twin_key(unit.norm).split(" "))
                and any(a == b for a, b in zip(words, words[1:]))]
    assert repetition._lines_with_adjacent_twins(doc) == expected


def test_lines_with_adjacent_twins_are_numbered_as_in_the_document():
    doc = Document.from_string("One two\n\nthe The cat\nno twins here\n\n\nBora Bora, ıI\n", "t.txt")
    assert repetition._lines_with_adjacent_twins(doc) == [3, 7]


def test_recurring_counts_lines_of_up_to_max_words_words():
    (rule,) = rules_from_yaml("""
    rules:
      - {id: rec, kind: recurring, message: '{line}', region: anywhere, min_documents: 2,
         max_words: 3, group_by: run}
    """)
    docs = [Document.from_string(f"Sign up\tnow\n\nSign up for  more news\n\n{body}.\n", f"{n}.txt")
            for n, body in enumerate(("Rain", "Sun"))]
    counts = Counter(key for doc in docs for key in rule.observe(doc))
    assert [(f.path, f.line, f.message) for doc in docs for f in rule.check_corpus(doc, counts, 2)] \
        == [("0.txt", 1, "Sign up\tnow"), ("1.txt", 1, "Sign up\tnow")]


def test_duplicate_equal_and_contained():
    rules = """
    rules:
      - {id: title, kind: duplicate, message: 'line {first_line}', mode: equal, min_words: 2}
      - {id: quote, kind: duplicate, message: 'line {first_line}', mode: contained, min_words: 3}
    """
    text = ("Big news today\n\nBig News Today\n\n"
            "He said: “we will win this war.” Then he left.\n\n“We will win this war”")
    found = lint(rules, text)
    assert [(f.rule_id, f.line, f.message) for f in found] == [
        ("title", 3, "line 1"), ("quote", 7, "line 5")]


def test_duplicate_contained_finds_a_later_copy_inside_a_line_after_its_first_copy():
    rules = """
    rules:
      - {id: quote, kind: duplicate, message: 'line {first_line}', mode: contained, min_words: 3}
    """
    # the first copy stands inside nothing before it; the third line holds it, so the copy
    # after that is reported; lines that only start alike ("Big win for them") are not
    text = ("Big win for the team\n\nBig win for them all\n\n"
            "She said: big win for the team, and left.\n\nBig win for the team")
    found = lint(rules, text)
    assert [(f.rule_id, f.line, f.message) for f in found] == [("quote", 7, "line 5")]
    assert lint(rules, "Big win for the team\n\nBig win for them all\n\nBig win for us") == []


def test_duplicate_fix_removes_the_line_and_its_blank_separator():
    rules = """
    rules:
      - {id: title, kind: duplicate, message: m, min_words: 2, fix: {safe: false}}
    """
    text = "Big news today\n\nBig news today\n\nBody text."
    (f,) = lint(rules, text)
    assert fixed(text, f) == "Big news today\n\nBody text."


def test_boilerplate_regions():
    rules = """
    rules:
      - {id: tail, kind: boilerplate, message: '{body}', region: tail, region_lines: 1,
         patterns: ['source']}
      - {id: any, kind: boilerplate, message: '{body}', patterns: ['read more:.*'], max_words: 5}
    """
    text = "source\n\nRead more: the vote\n\nRead more: a very long line with many words\n\n  source  "
    found = lint(rules, text)
    assert [(f.rule_id, f.line, f.column, f.message) for f in found] == [
        ("any", 3, 1, "Read more: the vote"), ("tail", 7, 3, "source")]


def test_capitalization_uses_word_list_and_document_evidence():
    rules = """
    rules:
      - id: semi
        kind: capitalization
        message: '{word} -> {fixed}'
        after: ';\\s+'
        words: [although]
        evidence: document
    """
    text = "Rain; Although late. Wind; Trump spoke. Sun; Others came, and others left. X; NATO met."
    assert [f.message for f in lint(rules, text)] == ["Although -> although", "Others -> others"]


def test_capitalization_with_listed_evidence_reports_only_its_names_in_lowercase_nowhere_else():
    rules = """
    rules:
      - id: office
        kind: capitalization
        message: '{word} -> {fixed}'
        after: 'Mayor\\s+'
        expect: upper
        evidence: listed
        names: |
          bass
          young
    """
    text = "Mayor bass spoke. Mayor young left. Mayor garcetti came. Mayor may speak."
    assert [(f.column, f.message) for f in lint(rules, text)] == [
        (7, "bass -> Bass"), (25, "young -> Young")]
    # the document writes it in lowercase elsewhere: the fish, not the person
    assert lint(rules, "Mayor bass spoke about the bass in the lake.") == []


SPLIT = """
    rules:
      - id: opening
        kind: capitalization
        message: '{word}'
        after: '\\.[ \\t]+|\\.|a[ ]|\\n[ \\t]*|\\A'
        expect: upper
        split_after: %s
"""


@given(st.text(alphabet="ab. \t\nB", max_size=40))
@example("a. b.c\n b")
@example(".ba a b")
def test_capitalization_searching_the_alternatives_of_after_apart_finds_what_one_search_finds(text):
    # the alternatives may open at the same place (". b", ".b"), and a match of one may swallow
    # where another's next one begins (".ba" swallows "a a", so "a b" is found after it): the
    # merged searches find the same words as one search
    joined, apart = (lint(SPLIT % flag, text) for flag in ("false", "true"))
    assert [(f.line, f.column, f.message) for f in apart] == \
        [(f.line, f.column, f.message) for f in joined]


def test_capitalization_spells_out_a_short_list_of_names_so_the_prefilter_holds_on_to_them():
    from textlint_news.matching.prefilter import hyperscan_source

    rules = rules_from_yaml("""
    rules:
      - {id: month, kind: capitalization, message: '{word}', after: '\\b', expect: upper,
         evidence: listed, lowercase_elsewhere: true, names: [march, may]}
    """)
    assert "(?:march|may)(?!\\p{L})" in rules[0].regex.pattern
    assert hyperscan_source(rules[0].prefilter()) is not None
    text = "They may go in march. The mayor spoke; march's end came."
    found = Linter(rules).lint(Document.from_string(text, "t.txt")).findings
    assert [(f.column, f.message) for f in found] == [
        (6, "may"), (16, "march"), (40, "march's")]


POSSESSIVE = """
      - id: poss
        kind: capitalization
        message: '{word}'
        after: '(?<=\\s)(?=\\p{L}+''s\\b)'
        before: '''s\\b'
        expect: upper
        evidence: document
"""


def test_capitalization_with_the_prepass_searches_lines_only_where_no_match_spans_two():
    # the possessive rule's matches stay on one line: only the lines the pre-pass names are
    # searched; `;\s+` may run over a line end and still finds its word on the next line
    rules = rules_from_yaml("""
    rules:
      - {id: semi, kind: capitalization, message: '{word}', after: ';\\s+', words: [although]}
    """ + POSSESSIVE)
    assert [(rule.id, rule.one_line) for rule in rules] == [("semi", False), ("poss", True)]
    text = "It rained;\nAlthough late, talks with Trump went on.\n\nLater trump's aides left."
    for prefilter in (False, True):
        found = Linter(rules, prefilter=prefilter).lint(Document.from_string(text, "t.txt")).findings
        assert [(f.rule_id, f.line, f.message) for f in found] == [("semi", 2, "Although"),
                                                                  ("poss", 4, "trump")]


def test_capitalization_with_the_prepass_is_not_hidden_by_a_first_line_it_does_not_apply_to():
    # a rule only gated by the pre-pass was handed line 1 for "somewhere", and a menu there (a
    # listing, where the rule does not apply) made the engine skip the document; with its own
    # lines the rule finds what it finds without the pre-pass
    rules = rules_from_yaml("""
    rules:""" + POSSESSIVE)
    text = "Home\nNews\nSport\n\nTalks with Trump went on.\n\nAnd then trump's aides left."
    for prefilter in (False, True):
        doc = Document.from_string(text, "t.txt")
        assert doc.blocks[0] == "listing"  # classified before the rule runs, as in a full run
        found = Linter(rules, prefilter=prefilter).lint(doc).findings
        assert [(f.rule_id, f.line, f.message) for f in found] == [("poss", 7, "trump")]


def test_a_rule_the_prepass_only_gates_is_not_hidden_by_a_first_line_it_does_not_apply_to():
    # `;\s+` may run over a line end, so the pre-pass only says whether the rule can match;
    # the rule then runs in full, whatever block type line 1 has
    rules = rules_from_yaml("""
    rules:
      - {id: semi, kind: capitalization, message: '{word}', after: ';\\s+', words: [although]}
    """)
    text = "Home\nNews\nSport\n\nIt rained; Although late, talks went on.\n"
    for prefilter in (False, True):
        doc = Document.from_string(text, "t.txt")
        assert doc.blocks[0] == "listing"
        found = Linter(rules, prefilter=prefilter).lint(doc).findings
        assert [(f.rule_id, f.line, f.message) for f in found] == [("semi", 5, "Although")]


@pytest.mark.parametrize("pattern, flags, one_line", [
    (r"\bMr\.[ \t]+(?P<word>\p{L}+)", 0, True),
    (r"(?<=\s)\w+(?=\s)", 0, True),  # look-arounds may read a newline: nothing is consumed
    (r"a.b", 0, True),
    (r"a.b", regex.DOTALL, False),
    (r"(?s:a.b)", 0, False),
    (r";\s+\w", 0, False),
    (r"a[^x]b", 0, False),
    (r"a\nb", 0, False),
    (r"(a)\1", 0, False),  # a back-reference is not looked into
])
def test_within_one_line(pattern, flags, one_line):
    assert within_one_line(regex.compile(pattern, flags)) is one_line


def test_consistency_reports_the_lowercase_minority():
    rules = """
    rules:
      - {id: cons, kind: consistency, message: '{word} vs {fixed} x{count}', min_majority: 2}
    """
    text = "We saw Pokrovsk, then Pokrovsk, and then pokrovsk. The Prince Andrew and prince."
    assert [f.message for f in lint(rules, text)] == ["pokrovsk vs Pokrovsk x2"]


def test_consistency_leaves_a_word_of_a_web_or_mail_address_hyphenated_or_not():
    rules = """
    rules:
      - {id: cons, kind: consistency, message: '{word} vs {fixed} x{count}', min_majority: 2}
    """
    text = ("We buy from Orvane, and Orvane repairs them. Book a repair at orvane-care.example.org "
            "or mail orvane-help@example.org, or see orvane.example.org today; then orvane called.")
    assert [(f.line, f.column, f.message) for f in lint(rules, text)] == [
        (1, text.index("orvane called") + 1, "orvane vs Orvane x2")]


def test_consistency_with_many_suspect_names_scans_the_whole_text():
    # more capitalised forms than are looked up one by one: the text is scanned in blocks
    rules = """
    rules:
      - {id: cons, kind: consistency, message: '{word} vs {fixed} x{count}', min_majority: 2}
    """
    names = [f"Zorbak{chr(97 + i)}" for i in range(20)]
    text = " ".join(f"we met {n} and {n} today." for n in names) + " then zorbakc left."
    assert [(f.line, f.column, f.message) for f in lint(rules, text)] == [
        (1, len(text) - len("zorbakc left.") + 1, "zorbakc vs Zorbakc x2")]


@given(st.lists(st.sampled_from(["kyiv", "kyiv", "v", "_", "2", " ", ",", "\u0301", "\n"]),
                max_size=8).map("".join))
def test_consistency_looks_up_whole_words_as_the_set_of_words_has_them(text):
    # its cheap pre-check finds a suspect's lowercase form where str.find puts it
    assert _whole_word_in("kyiv", text) == ("kyiv" in set(regex.findall(r"\w+", text)))


def test_whole_lines_fix_removes_the_line_and_the_blank_line_before_it():
    rules = """
    rules:
      - id: name-line
        kind: pattern
        message: m
        pattern: '^(?P<name>Yuri Ushakov)$'
        group: name
        fix: {transform: delete, whole_lines: true}
    """
    text = "A quote.\n\nYuri Ushakov\n\nBody text."
    (f,) = lint(rules, text)
    assert fixed(text, f) == "A quote.\n\nBody text."


def test_duplicate_max_copies_leaves_a_refrain_alone():
    rule = """
    rules:
      - {id: rep, kind: duplicate, message: 'repeats {first_line}', min_words: 3, max_copies: 2}
    """
    twice = "Where do you live now?\nIn Paris.\nWhere do you live now?\n"
    thrice = twice + "In Rome.\nWhere do you live now?\n"
    assert [(f.rule_id, f.line, f.message) for f in lint(rule, twice)] == [("rep", 3, "repeats 1")]
    assert lint(rule, thrice) == []
    refrain = rule.replace("max_copies: 2", "min_copies: 3")
    assert [(f.line, f.message) for f in lint(refrain, thrice)] == [(3, "repeats 1"), (5, "repeats 1")]
    assert lint(refrain, twice) == []


def test_pattern_habit_unless_after_skips_documents_whose_gaps_all_close_a_phrase():
    rules = """
    rules:
      - id: gap
        kind: pattern
        message: m
        pattern: ' \\.'
        habit: {unless_after: '\\bof', min: 2}
    """
    spaced = "One went . Two came ."
    assert lint(rules, spaced) == []
    assert len(lint(rules, "One went .")) == 1  # fewer than min: no style to speak of
    text = spaced + " The margin of ."
    assert spans(lint(rules, text), text) == [("gap", 1, 9, " ."), ("gap", 1, 20, " ."),
                                              ("gap", 1, 36, " .")]


def test_pattern_habit_with_a_severity_lowers_the_findings_instead_of_skipping():
    rules = """
    rules:
      - id: gap
        kind: pattern
        severity: error
        message: m
        pattern: ' \\.'
        habit: [{unless_after: '\\bof', min: 1, severity: info}, {unless_after: '\\bof', min: 3}]
    """
    one = lint(rules, "One went .")
    assert [(f.rule_id, f.column, str(f.severity)) for f in one] == [("gap", 9, "info")]
    assert lint(rules, "One went . Two came . Three ran .") == []  # a habit without a severity wins
    text = "One went . The margin of ."
    assert [(f.column, str(f.severity)) for f in lint(rules, text)] == [(9, "error"), (25, "error")]


def test_pattern_habit_severity_must_be_a_severity():
    rules = """
    rules:
      - {id: gap, kind: pattern, message: m, pattern: ' \\.', habit: {of: '\\.', severity: low}}
    """
    with pytest.raises(ConfigError, match="low"):
        lint(rules, "x")


def test_pattern_habit_needs_of_or_count_or_unless_after_alone():
    message = "a habit needs 'of', 'count' or both, or 'unless_after' alone"
    for habit in ("{of: '\\.', unless_after: 'of'}", "{count: '\\.', unless_after: 'of'}",
                  "{min: 2}"):
        rules = f"""
        rules:
          - id: gap
            kind: pattern
            message: m
            pattern: ' \\.'
            habit: [{habit}]
        """
        with pytest.raises(ConfigError, match=regex.escape(message)):
            lint(rules, "x")


def test_pattern_habit_count_weighs_other_evidence_than_the_matches():
    # the style is told by what `count` finds (here, lines starting with "-"), not by the
    # matches themselves: with `of`, as a share of its places; alone, from `min` on
    rules = """
    rules:
      - id: gap
        kind: pattern
        severity: error
        message: m
        pattern: ' \\.'
        habit: HABIT
    """
    shared = rules.replace("HABIT", r"{of: '^\S', count: '^-', share: 0.3, min: 2, severity: info}")
    listed = "- one went .\n- two came\nthree ran\n"
    assert [(f.line, str(f.severity)) for f in lint(shared, listed)] == [(1, "info")]
    plain = "one went .\n- two came\nthree ran .\nfour\n"
    assert [(f.line, str(f.severity)) for f in lint(shared, plain)] == [(1, "error"), (3, "error")]
    alone = rules.replace("HABIT", "{count: '^-', min: 1, severity: info}")
    assert [(f.line, str(f.severity)) for f in lint(alone, plain)] == [(1, "info"), (3, "info")]
    assert lint(shared, "- a\n- b\n") == []  # no match: nothing to weigh
    # distinct: the different texts count ("- x" twice is one)
    distinct = rules.replace("HABIT", "{count: '^-.*', distinct: true, min: 2, severity: info}")
    assert [(f.line, str(f.severity)) for f in lint(distinct, "a .\n- x\n- x\n")] == [(1, "error")]
    assert [(f.line, str(f.severity)) for f in lint(distinct, "a .\n- x\n- y\n")] == [(1, "info")]
    with pytest.raises(ConfigError, match="'distinct' needs 'count'"):
        lint(rules.replace("HABIT", "{of: '^-', distinct: true}"), "x")


def test_pattern_not_after_lets_a_match_off_by_what_stands_before_it():
    rules = """
    rules:
      - id: foreign
        kind: pattern
        message: m
        tokens: [quattro]
        not_after: '\\d[ \\t]+'
    """
    text = "the Sportback 50 quattro, and quattro doors"
    assert spans(lint(rules, text), text) == [("foreign", 1, 31, "quattro")]


def test_pattern_inform_before_lowers_a_match_by_what_follows_unless_its_text_repeats():
    rules = """
    rules:
      - id: label
        kind: pattern
        severity: warning
        message: m
        pattern: '^\\w+:$'
        inform_before: '\\n\\n\\p{Lu}'
    """
    text = "Case:\n\nThe text.\n\nNotes:\n\nlower.\n\nMore:\n\nUpper.\n\nMore:\n\nUpper.\n"
    assert [(f.line, str(f.severity)) for f in lint(rules, text)] == [
        (1, "info"), (5, "warning"), (9, "warning"), (13, "warning")]



def test_pattern_lowercase_name_lets_off_a_word_the_text_styles_in_lowercase():
    rules = """
    rules:
      - id: start
        kind: pattern
        message: m
        pattern: '^(?P<word>\\p{Ll}[\\p{Ll}-]*)'
        lowercase_name: word
    """
    # "zorblet" recurs after a lowercase word; "quuxly" never does; "runs" is an English word
    text = "zorblet ships.\nWe use zorblet daily.\nquuxly ships.\nruns fast.\n"
    assert [f.line for f in lint(rules, text)] == [3, 4]
    with pytest.raises(ConfigError, match="'lowercase_name' names no group of the pattern"):
        lint(rules.replace("lowercase_name: word", "lowercase_name: name"), "x")

def test_pattern_repeated_group_reports_only_a_quotation_the_text_holds_elsewhere():
    rules = """
    rules:
      - id: signed
        kind: pattern
        message: m
        pattern: '(?<=“(?P<quote>[^”\\n]*)”\\n)- (?P<name>\\p{Lu}\\p{Ll}+)$'
        group: name
        repeated_group: quote
    """
    # the same words whatever their case and punctuation; fewer than three never count
    text = ("They said the bridge will open, at last.\n“The bridge will open at last”\n- Ann\n"
            "“A line cited once here”\n- Bob\n“At last”\n- Cy\n")
    assert spans(lint(rules, text), text) == [("signed", 3, 3, "Ann")]
    with pytest.raises(ConfigError, match="'repeated_group' names no group of the pattern"):
        lint(rules.replace("repeated_group: quote", "repeated_group: said"), "x")


def test_pattern_alone_reports_only_matches_with_none_close_by():
    rules = """
    rules:
      - id: foreign
        kind: pattern
        message: m
        tokens: [pero, país, mais, muito]
        alone: true
    """
    # two words apart or less is one phrase, three apart is not, nor is a match on the next line
    text = "um país mais justo, as they say; then pero a b c muito\nmuito bem"
    assert spans(lint(rules, text), text) == [
        ("foreign", 1, 39, "pero"), ("foreign", 1, 50, "muito"), ("foreign", 2, 1, "muito")]

def test_duplicate_adjacent_finds_a_line_repeated_right_after_itself():
    rule = """
    rules:
      - {id: doubled, kind: duplicate, mode: adjacent, message: 'repeats {first_line}',
         min_words: 1, max_words: 3, fix: {safe: false}}
    """
    text = ("Comments\n\nComments\n\nNo comments yet.\n\nMore\n\n---\n\nMore\n\n"
            "3\n\n3\n\nWhat Happens Next\nwhat happens next\n\n"
            "Four words in it.\n\nFour words in it.\n\nComments\n")
    found = lint(rule, text)
    # the repeats after a rule of dashes and far away are left alone, as are numbers alone and
    # lines longer than max_words
    assert [(f.rule_id, f.line, f.column, f.message) for f in found] == [
        ("doubled", 3, 1, "repeats 1"), ("doubled", 18, 1, "repeats 17")]
    assert fixed(text, found[0]) == text.replace(
        "Comments\n\nComments\n\n", "Comments\n\n", 1)


def test_duplicate_adjacent_leaves_a_line_said_back_with_another_mark():
    rule = """
    rules:
      - {id: doubled, kind: duplicate, mode: adjacent, message: 'repeats {first_line}',
         min_words: 1}
    """
    text = "“Fine.”\n“Fine?”\n\nReady?\nReady?\n\nGo on\nGo on.\n"
    assert [(f.line, f.message) for f in lint(rule, text)] == [(5, "repeats 4")]


def test_duplicate_leaves_a_forum_reply_quoting_a_post_under_its_posters_name():
    rule = """
    rules:
      - {id: para, kind: duplicate, message: 'repeats {first_line}', min_words: 6,
         skip_block_quotes: true}
    """
    post = "Why can an update not wait until the phone is back on the home network?"
    text = (f"kim_r 16.10.19 09:28\n{post}\n+2\nbo 16.10.19 09:44\nkim_r\n{post}\n"
            f"Because some need the fixes at once.\nPhoto\n{post}\n")
    # under a word that heads no line above the post, the copy is a block extracted twice
    assert [(f.line, f.message) for f in lint(rule, text)] == [(9, "repeats 2")]


def test_duplicate_skip_printed_quotes_leaves_an_excerpt_opening_on_an_ellipsis():
    rule = """
    rules:
      - {id: pull, kind: duplicate, mode: contained, message: 'repeats {first_line}',
         min_words: 6, skip_printed_quotes: true}
    """
    text = ("The firm wrote: “We are worried. Fares have risen to bring more drivers out.” "
            "Many were angry.\n“… Fares have risen to bring more drivers out.”\n"
            "“Fares have risen to bring more drivers out.”\n")
    assert [(f.line, f.message) for f in lint(rule, text)] == [(3, "repeats 1")]


def test_duplicate_contained_max_copies_leaves_a_line_the_text_says_three_times():
    rule = """
    rules:
      - {id: pull, kind: duplicate, mode: contained, message: 'repeats {first_line}',
         min_words: 6, min_copies: 1, max_copies: 2}
    """
    text = ("Rules: answer in French. Never name the tool you used to find it. Be brief.\n"
            "Never name the tool you used to find it.\nA reply.\n"
            "Never name the tool you used to find it.\nAnother reply.\n"
            "Never name the tool you used to find it.\n"
            "The panel met twice. The report came out in May of that year.\n"
            "The report came out in May of that year.\n")
    assert [(f.line, f.message) for f in lint(rule, text)] == [(8, "repeats 7")]


def test_duplicate_skip_printed_quotes_leaves_a_passage_a_new_lead_in_quotes_again():
    rule = """
    rules:
      - {id: para, kind: duplicate, message: 'repeats {first_line}', min_words: 6,
         skip_printed_quotes: true}
    """
    a = "He has run the distance in two hours and won a race in the spring."
    b = "His road results are modest, and he has never raced on the track."
    c = "The crowd on the bridge grew all morning as the leaders came past."
    text = (f"Early on:\n{a}\n{b}\n{c}\nHe now leads. Here is what we know about him:\n{a}\n{b}\n"
            f"Later still.\n{c}\nEarly on:\n{a}\n")
    # after a line that is no lead-in, or with the lead-in of the first copy, it is a repeat
    assert [(f.line, f.message) for f in lint(rule, text)] == [(9, "repeats 4"), (11, "repeats 2")]


def test_duplicate_leaves_the_repeats_its_allowed_units_find():
    rule = """
    rules:
      - {id: title, kind: duplicate, message: 'repeats {first_line}', min_words: 2,
         allowed_units: ['^\\(.*\\)$', '©']}
    """
    text = ("Talks end early\n(Photo: Jane Doe)\n© Agency 2024\nThe vote.\n"
            "(Photo: Jane Doe)\n© Agency 2024\nTalks end early\n")
    assert [(f.rule_id, f.line, f.column, f.message) for f in lint(rule, text)] == [
        ("title", 7, 1, "repeats 1")]


def test_duplicate_adjacent_leaves_a_column_of_three_or_more_alone():
    rule = """
    rules:
      - {id: doubled, kind: duplicate, mode: adjacent, message: 'repeats {first_line}', min_words: 1}
    """
    text = "Yes\nYes\nYes\nNo\nNo\nYes\n" + "x\n" * 50_000
    assert [(f.line, f.message) for f in lint(rule, text)] == [(5, "repeats 4")]


def test_duplicate_adjacent_words_in_listings_leaves_a_listings_repeated_cells():
    base = """
    rules:
      - {{id: doubled, kind: duplicate, mode: adjacent, message: 'repeats {{first_line}}',
         min_words: 1, blocks: [prose, listing]{extra}}}
    """
    # a run of short price lines is a listing: a heading doubled in it is words alone, a
    # repeated cell holds a figure or is one word
    text = ("Dell XPS 13 for $799\n\nSave $200 at Dell\n\nSave $200 at Dell\n\nWhat we think\n\n"
            "What we think\n\nIn stock\n\nYes\n\nYes\n\nNetgear R6700 for $67\n\nClip the $10 coupon\n")
    assert [(f.line, f.message) for f in lint(base.format(extra=""), text)] == [
        (5, "repeats 3"), (9, "repeats 7"), (15, "repeats 13")]
    assert [(f.line, f.message) for f in
            lint(base.format(extra=", words_in_listings: true"), text)] == [(9, "repeats 7")]


POSSESSIVES = rules_from_yaml("""
rules:
  - {id: poss, kind: capitalization, message: m, expect: upper,
     after: '(?<=[\\s(“"])(?=\\p{L}+[''’]s\\b)', before: '[''’]s\\b'}
  - {id: ends-in-s, kind: capitalization, message: m, expect: upper,
     after: '(?<![\\p{Lu}])', before: 's\\b'}
  - {id: inside-a-word, kind: capitalization, message: m, expect: upper,
     after: '(?<=[x-])', before: 's+\\b'}
""")


@given(st.lists(st.sampled_from(["trump", "Tr", "é", "'s", "’s", "s", "x", " ", "\n", "(", "“", "-"]),
                max_size=12).map("".join))
@example("xss (trump's “é’s Trs\n-ss")  # a start inside a run of letters, by a later match
def test_capitalization_with_a_looking_after_tries_its_pattern_where_it_can_match(text):
    # where `after` consumes nothing, a match is letters ending in `before`: the pattern is
    # tried only there, and finds what a search of the whole text finds
    doc = Document.from_string(text, "t.txt")
    for rule in POSSESSIVES:
        assert rule.before is not None
        assert [m.span() for m in rule._before_matches(text, [(0, len(text), len(text))])] == \
            [m.span() for m in rule.regex.finditer(text)]
        lines = range(1, len(doc.line_starts) + 1)
        assert [m.span() for m in rule._before_matches(text, line_runs(doc, lines))] == \
            [m.span() for m in finditer_lines(rule.regex, doc, lines)]


def test_substitution_leaves_a_word_quoted_alone_with_unless_quoted_as_consistency_does():
    # one option of one meaning for both kinds (consistency's since session 13): a word quoted
    # alone is mentioned, not used; the document's lowercase style is unless_lowercase_style's
    rules = """
    rules:
      - id: swap
        kind: substitution
        message: 'write "{replacement}"'
        swap: {kyiv: Kyiv}
        unless_quoted: true
    """
    text = "Talks went on in kyiv; the signs there say “kyiv”."
    assert spans(lint(rules, text), text) == [("swap", 1, 18, "kyiv")]
    plain = rules.replace("        unless_quoted: true\n", "")
    assert spans(lint(plain, text), text) == [("swap", 1, 18, "kyiv"), ("swap", 1, 45, "kyiv")]
    styled = rules.replace("unless_quoted", "unless_lowercase_style")
    assert spans(lint(styled, text), text) == [("swap", 1, 18, "kyiv"), ("swap", 1, 45, "kyiv")]
