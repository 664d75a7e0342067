"""The injectors session 8 wrote for issue 12's measuring sticks: what each puts where, on a
tiny text (the spans are what quality.py checks findings against)."""

from __future__ import annotations

import random
import sys

from ..conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
from inject import (_appended, _doubled_variant, _heading_twin,  # noqa: E402
                    _with_lowercased_name, lede_as_standfirst, paragraph_again_at_end,
                    paragraph_again_restyled, paragraph_right_after_itself,
                    proper_noun_lowercase_all, proper_noun_lowercase_rare, short_paragraph_twice,
                    truncated_teaser)

TEXT = ("The mayor met residents on Monday, and Okafor said the plan was fair. Critics disagree.\n\n"
        "Officials in Tucson and in Tucson again spoke later, as did Okafor and the Lagos office.\n\n"
        "The vote is in May.\n")


def spans(made):
    return [made.text[s:e] for s, e in made.spans]


def test_rare_name_lowercased_only_when_said_once_or_twice():
    # Okafor and Tucson twice, Lagos and Monday once; "May" is an ordinary English word
    seen = set()
    for seed in range(40):
        made = proper_noun_lowercase_rare(TEXT, "", random.Random(seed))
        (word,) = spans(made)
        seen.add(word)
        assert made.text.replace(word, word.capitalize(), 1) == TEXT
        assert made.text.lower() == TEXT.lower()
    assert seen == {"okafor", "lagos", "tucson", "monday"}
    thrice = TEXT.replace("Critics disagree.", "Then Lagos and Lagos replied.")
    assert all(spans(proper_noun_lowercase_rare(thrice, "", random.Random(s))) != ["lagos"]
               for s in range(40))


def test_lowercased_name_sentence_is_appended_to_a_prose_paragraph():
    inject = _with_lowercased_name(["Officials in [tucson] confirmed it."])
    made = inject(TEXT, "", random.Random(1))
    assert spans(made) == ["tucson"]
    assert "spoke later, as did Okafor and the Lagos office. Officials in tucson confirmed it." \
        in made.text or "Critics disagree. Officials in tucson confirmed it." in made.text
    assert made.text.count("\n\n") == TEXT.count("\n\n")


def test_footer_item_of_two_lines_spans_both():
    made = _appended(["© 2025 Some Site\nPrivacy | Terms"])(TEXT, "", random.Random(0))
    assert made.text.startswith(TEXT.rstrip("\n") + "\n\n© 2025 Some Site\n")
    assert made.text.endswith("Privacy | Terms\n")
    assert spans(made) == ["© 2025 Some Site", "Privacy | Terms"]


def test_heading_twin_differs_only_in_case_or_colon():
    twins = {_heading_twin("Who pays", random.Random(s)) for s in range(40)}
    assert twins == {"WHO PAYS", "who pays", "Who Pays", "Who pays:"}
    long = TEXT + "\n" + "\n\n".join(f"Paragraph number {n} of the story." for n in range(4)) + "\n"
    made = _doubled_variant(["Key dates"])(long, "", random.Random(3))
    (twin,) = spans(made)
    assert f"\n\nKey dates\n\n{twin}\n\n" in made.text and twin != "Key dates"


def test_short_paragraph_emitted_twice_in_a_row():
    made = short_paragraph_twice(TEXT, "", random.Random(0))
    first = "The mayor met residents on Monday, and Okafor said the plan was fair."
    assert made.text.startswith(f"{first}\n\n{first}\n\nCritics disagree.\n\n")
    assert spans(made) == [first]
    assert short_paragraph_twice("Too short.\n\nStill short here.\n", "", random.Random(0)) is None


def test_paragraph_again_at_the_end():
    made = paragraph_again_at_end(TEXT, "", random.Random(0))
    (copy,) = spans(made)
    assert made.text == TEXT + "\n" + copy + "\n"
    assert copy in TEXT.split("\n\n")[:2]


# session 9's injectors (inject9), on a text naming Kyiv three times and Geneva twice
ART = ("Officials in Kyiv said on Monday that the talks in Geneva would resume, and Kyiv wants "
       "more aid.\n\n"
       "The president said “we will not give up” as the talks went on in Geneva for a week.\n\n"
       "Kyiv has asked its allies for air defence systems and for more money to rebuild its grid "
       "this winter.\n\n"
       "The next round is due in March.\n")
LEDE, QUOTE, ALLIES, LAST = ART.rstrip("\n").split("\n\n")


def test_name_lowercased_in_every_mention():
    made = proper_noun_lowercase_all(ART, "", random.Random(0))
    assert made.text == ART.replace("Kyiv", "kyiv")
    assert made.spans == ((13, 17), (76, 80), (183, 187))  # the sentence start too
    # Monday and March are capitalised mid-sentence only once: never chosen
    assert {spans(proper_noun_lowercase_all(ART, "", random.Random(s)))[0]
            for s in range(20)} == {"kyiv", "geneva"}
    # a title, and a name the text also writes in lower case, are never chosen
    titled = ART.replace("Geneva", "President").replace("Kyiv", "Lviv")
    titled = titled.replace("in Lviv", "in lviv")
    assert proper_noun_lowercase_all(titled, "", random.Random(0)) is None


def test_lede_again_as_the_standfirst_under_the_title():
    made = lede_as_standfirst(ART, "Talks to resume", random.Random(0))
    assert made.text == f"Talks to resume\n\n{LEDE}\n\n{ART}"
    assert spans(made) == [LEDE, LEDE] and made.spans[0] == (17, 17 + len(LEDE))
    assert made.added == (0, 17 + len(LEDE))
    assert lede_as_standfirst(f"Too short.\n\n{ART}", "Title", random.Random(0)) is None


def test_paragraph_again_as_a_truncated_teaser():
    made = truncated_teaser(ART, "", random.Random(0))
    teaser = "The president said “we will not give up” as the talks…"
    assert made.text == f"{ART}\n{teaser}\n"
    assert spans(made) == [teaser]
    made = truncated_teaser(ART, "", random.Random(1))
    teaser = "Officials in Kyiv said on Monday that the talks in Geneva would…"
    assert made.text == f"{LEDE}\n\n{QUOTE}\n\n{ALLIES}\n\n{teaser}\n\n{LAST}\n"
    assert spans(made) == [teaser]


def test_paragraph_right_after_itself():
    made = paragraph_right_after_itself(ART, "", random.Random(0))
    assert made.text == f"{LEDE}\n\n{QUOTE}\n\n{QUOTE}\n\n{ALLIES}\n\n{LAST}\n"
    assert made.spans == ((183, 183 + len(QUOTE)),)


def test_paragraph_again_with_other_quotes_or_spacing():
    straight = QUOTE.replace("“", '"').replace("”", '"')
    made = paragraph_again_restyled(ART, "", random.Random(0))
    assert made.text == f"{ART}\n{straight}\n" and spans(made) == [straight]
    spaced = LEDE.replace("Kyiv said", "Kyiv\u00a0said")
    made = paragraph_again_restyled(ART, "", random.Random(2))
    assert made.text == f"{LEDE}\n\n{QUOTE}\n\n{ALLIES}\n\n{spaced}\n\n{LAST}\n"
    assert spans(made) == [spaced]
    # straight quotes come back curled
    made = paragraph_again_restyled(ART.replace(QUOTE, straight), "", random.Random(0))
    assert spans(made) == [QUOTE]
