"""Document languages: identified, declared by a record field or forced; rules for other
languages are skipped and the summary says on how many documents."""

from __future__ import annotations

import json
import textwrap

import pytest

from textlint_news import Document, Linter
from textlint_news.document.language import identify_line, identify_lines, normalise_code

from ..helpers import cli, rules_from_yaml, run_cli

GERMAN = "Die Bundesregierung hat am Mittwoch beschlossen, die Steuern im nächsten Jahr zu senken ."
ENGLISH = "The government decided on Wednesday to cut taxes next year, officials only bring ."
MINISTER = ("The minister told reporters that the cut would help families with the rising cost "
            "of food and energy.")
RULES = """
rules:
  - {id: gap-en, kind: pattern, message: gap, pattern: ' \\.', languages: [en]}
  - {id: gap-any, kind: pattern, message: any gap, pattern: ' \\.$'}
"""


def test_identify_and_too_short():
    assert identify_lines([GERMAN]) == "de"
    assert identify_lines([ENGLISH]) == "en"
    assert identify_lines(["Tor 2:1"]) is None  # too few letters to tell


# made-up words: a language the model cannot name, as most of the world's are not among its 176
UNNAMED = [
    "Autane mumoka puau ni muauau sita ta sikamo lu. Pu silo rata relu mu pu lokolo sineau "
    "loteva kapusa. Aure nipuko mo mumo molo ka lolo lu lusiva pueite ko mo au.",
    "Lo puta luvava tasi raei aure eipulo tekolo. Koauva lo vakasi taluva nene pumuka lukane "
    "rako vasane va. Pukosi ka takoei pu va lo rereva tera mo nira.",
    "Re ei va sapuva moneta koei rane lokolo lolulo ni. Eilo telura eikoau temo korete lu "
    "einilo lukamu. Sa koteka aulolu revata aumu ne ni au sa pu ka silu tepu.",
    "Eilolu vaka ta re mo lumo eimuva va ne siko puni lore. Kasimo salune ausi lulolu muva "
    "lora te au molo. Taka neau rera reeisi revaau ka tate luei re.",
]


def test_a_long_text_the_model_cannot_name_and_not_english_is_undetermined():
    assert identify_lines(UNNAMED) == "und"  # 121 words, none of English's marker words
    assert identify_lines(UNNAMED[:3]) is None  # 90 words: too few to say it is not English
    # an English sentence with three marker words in 127: English enough that every rule runs
    assert identify_lines([*UNNAMED, "We agree with that and more."]) is None
    unnamed = Linter(rules_from_yaml(RULES)).lint(
        Document.from_string("\n\n".join(UNNAMED) + " .\n", "x.txt"))
    assert ([f.rule_id for f in unnamed.findings], unnamed.skipped_language) == (["gap-any"], "und")


# made-up words in the shape of an English-based creole: a few English words among many of no
# English list, and two of English's marker words in 106 ("and", "with")
CREOLE = [
    "Evri man and woman hem garem raet fo kasem fridom long laef blong hem. Olketa pipol mas "
    "lukaot gud long olketa narafala pipol olsem brata an sista.",
    "Nomata wanem kaen skin kala, man o woman, lanwis, o wanem kaen lotu, evriwan hem garem "
    "semsem raet fo stap gud long kantri blong hem.",
    "No eni man hem save kasem panis sapos hem no duim eni rong samting. Gavman mas lukaot "
    "long evri pipol long semsem wei long lo blong kantri.",
    "Evriwan hem garem raet fo wokabaot long kantri blong hem an fo go aot long eni kantri "
    "with kambak moa long hom blong hem long eni taem.",
]
# English whose samples are full of lowercase names and links: its words are English
TECH = [
    "Today we are releasing version 4.1 of the sdk, which adds [image generation]"
    "(https://example.com/blog/sdk-4-1#image-generation) to every provider we support.",
    "You can now call generateImage with the openai, replicate or fal providers and stream "
    "the results to your app, and the docs show how to cache them with redis.",
    "We also fixed a bug where the langchain adapter dropped tool calls, and the pgvector "
    "store now takes a schema name. Thanks to everyone who sent a pull request this month.",
]


def test_a_text_of_mostly_unlisted_words_and_few_marker_words_is_undetermined():
    # the model names none (two marker words in 106 keep the first test off), but two of its
    # words in three are in no English list: not English
    assert identify_lines(CREOLE) == "und"
    assert identify_lines(TECH) == "en"
    assert identify_lines(CREOLE[:1]) is None  # too few words to tell
    assert identify_lines(["In kyiv " + "in kyiv " * 200]) == "en"  # two words over and over


@pytest.mark.parametrize("front, language", [
    ('lang: "pt-BR"  # the site\'s default\n', "pt"), ("language: de_AT\n", "de"),
    ("locale: fr\n", "fr"), ("lang: English\n", "en"), ("", "en")])
def test_a_markdown_front_matter_declares_the_language(front, language):
    # the text is English: a declared language wins over the model, a value that is no code
    # ("English") declares nothing
    doc = Document.from_string(f"---\ntitle: Taxes\n{front}---\n\n{ENGLISH}\n", "post.md")
    assert doc.language == language


@pytest.mark.parametrize("value, code", [("en", "en"), ("EN", "en"), ("pt_BR", "pt"),
                                         ("de-AT", "de"), ("English", None), (3, None),
                                         (None, None)])
def test_normalise_code(value, code):
    assert normalise_code(value) == code


def test_rules_for_other_languages_are_skipped():
    linter = Linter(rules_from_yaml(RULES))
    german = linter.lint(Document.from_string(GERMAN, "de.txt"))
    english = linter.lint(Document.from_string(ENGLISH, "en.txt"))
    assert [f.rule_id for f in german.findings] == ["gap-any"]
    assert german.skipped_language == "de"
    assert [f.rule_id for f in english.findings] == ["gap-any", "gap-en"]
    assert english.skipped_language is None


def test_a_declared_language_is_not_identified_again():
    doc = Document.from_string("Die Regierung senkt die Steuern .", "de.txt")
    doc.language = "en"
    assert [f.rule_id for f in Linter(rules_from_yaml(RULES)).lint(doc).findings] == \
        ["gap-any", "gap-en"]


def test_a_long_line_in_another_language_is_left_to_its_language_rules():
    # an English page quoting a German paragraph: the paragraph is no English prose
    text = f"{ENGLISH}\n\n{MINISTER}\n\n{GERMAN}\n"
    doc = Document.from_string(text, "en.txt")
    assert (doc.language, doc.line_language(5)) == ("en", "de")
    linter = Linter(rules_from_yaml(RULES))
    assert [(f.rule_id, f.line) for f in linter.lint(doc).findings] == [
        ("gap-any", 1), ("gap-en", 1), ("gap-any", 5)]
    # a declared language holds for every line
    doc = Document.from_string(text, "en.txt")
    doc.language = "en"
    assert [(f.rule_id, f.line) for f in linter.lint(doc).findings] == [
        ("gap-any", 1), ("gap-en", 1), ("gap-any", 5), ("gap-en", 5)]
    # a line too short to tell on its own takes the document's language
    assert identify_line("Die Regierung senkt die Steuern .") is None


IRISH = ("Tá brón ar an gComhairle faoi aon mhíchaoithiúlacht a chruthófar do mhuintir an "
         "bhaile le linn na hoibre .")


def test_a_line_the_model_is_unsure_of_is_not_english_when_its_words_are_not():
    # a bilingual notice's Irish paragraph: the model says "ga" at 0.53, below a line's 0.9,
    # but it holds no English marker word and half its words are in no English list
    doc = Document.from_string(f"{ENGLISH}\n\n{MINISTER}\n\n{IRISH}\n", "en-ga.txt")
    assert (doc.language, doc.line_language(5)) == ("en", None)
    assert [(f.rule_id, f.line) for f in Linter(rules_from_yaml(RULES)).lint(doc).findings] == [
        ("gap-any", 1), ("gap-en", 1), ("gap-any", 5)]
    # an English line of rare words still holds English's marker words, and one of names in
    # lowercase without them is still English to the model
    for line in ("Quokkas and wombats graze the scrubby heath, and echidnas forage nearby .",
                 "Sales at ikea rose; reuters said volkswagen plants in normandy closed ."):
        doc = Document.from_string(f"{ENGLISH}\n\n{MINISTER}\n\n{line}\n", "en.txt")
        assert [(f.rule_id, f.line) for f in Linter(rules_from_yaml(RULES)).lint(doc).findings] \
            == [("gap-any", 1), ("gap-en", 1), ("gap-any", 5), ("gap-en", 5)]


@pytest.fixture
def workdir(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "rules.yaml").write_text(textwrap.dedent(RULES), encoding="utf-8")
    (tmp_path / "de.txt").write_text(GERMAN + "\n", encoding="utf-8")
    (tmp_path / "en.txt").write_text(ENGLISH + "\n", encoding="utf-8")
    return tmp_path


run = cli("--no-default-rules", "--rules", "rules.yaml", "--format", "concise", "--jobs", "1")


def test_summary_counts_the_documents_skipped(workdir):
    result = run("de.txt", "en.txt")
    assert result.exit_code == 1
    assert result.output == (
        "de.txt:1:88: warning[gap-any] any gap\n"
        "en.txt:1:81: warning[gap-any] any gap\n"
        "en.txt:1:81: warning[gap-en] gap\n"
        "Rules for other languages skipped on 1 document (de 1).\n"
        "Found 3 findings (3 warnings) in 2 files; 0 fixable\n")


def test_json_summary_counts_the_documents_skipped(workdir):
    result = run("--format", "json", "de.txt", "en.txt")
    assert json.loads(result.output)["summary"]["skipped_by_language"] == {"de": 1}


def test_language_option_forces_the_language(workdir):
    result = run("--language", "en", "de.txt")
    assert result.output == ("de.txt:1:88: warning[gap-any] any gap\n"
                             "de.txt:1:88: warning[gap-en] gap\n"
                             "Found 2 findings (2 warnings) in 1 file; 0 fixable\n")


def test_lang_field_declares_the_language_of_each_record(workdir):
    records = [{"id": "a", "text": ENGLISH, "lang": "de"},
               {"id": "b", "text": GERMAN, "lang": "en-GB"},
               {"id": "c", "text": GERMAN}]
    (workdir / "crawl.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records))
    result = run("--jsonl", "--lang-field", "lang", "crawl.jsonl")
    assert result.output == (
        "crawl.jsonl:a:1:81: warning[gap-any] any gap\n"
        "crawl.jsonl:b:1:88: warning[gap-any] any gap\n"
        "crawl.jsonl:b:1:88: warning[gap-en] gap\n"
        "crawl.jsonl:c:1:88: warning[gap-any] any gap\n"
        "Rules for other languages skipped on 2 documents (de 2).\n"
        "Found 4 findings (4 warnings) in 3 records of 1 file.\n")


@pytest.mark.parametrize("args, message", [
    (("--language", "English", "de.txt"), "--language: 'English' is not a language code such as en"),
    (("--lang-field", "lang", "de.txt"), "--lang-field names a field of JSONL records: add --jsonl"),
])
def test_language_options_refuse_bad_use(workdir, args, message):
    result = run_cli("check", *args)
    assert result.exit_code == 2
    assert message in result.output


# a raw page: an English menu first (long lines that do not end as sentences), German prose after
MENU = ["Home News Sport Business Technology Science Health Travel Weather",
        "Subscribe Newsletter Podcasts Videos Photo Galleries Live Blog Archive",
        "Login Register My Account Settings Privacy Policy Terms of Use Contact",
        "Top Stories World Politics Europe Economy Markets Culture Lifestyle",
        "Follow us on Facebook Twitter Instagram YouTube LinkedIn TikTok RSS",
        "Most Read Most Shared Editor's Picks Opinion Letters Obituaries Events"]
PROSE = ["Die Bundesregierung hat am Mittwoch beschlossen, die Steuern im nächsten Jahr zu senken.",
         "Der Finanzminister sagte, die Entlastung komme vor allem Familien mit Kindern zugute.",
         "Die Opposition kritisierte den Plan als zu teuer und forderte mehr Geld für Schulen ."]


def test_a_raw_page_is_identified_from_its_prose_not_its_menu():
    doc = Document.from_string("\n".join(MENU + PROSE) + "\n", "page.txt")
    result = Linter(rules_from_yaml(RULES)).lint(doc)
    assert doc.language == "de"
    assert [(f.rule_id, f.line, f.column) for f in result.findings] == [("gap-any", 9, 84)]
    assert result.skipped_language == "de"


def test_the_majority_of_prose_samples_decides():
    english = ["The government decided on Wednesday to cut taxes next year, officials said.",
               "The finance minister said families with children would gain the most from it.",
               "The opposition called the plan too expensive and asked for more school money.",
               "Economists expect the cut to lift spending in the shops before the election.",
               "Unions welcomed the news but warned that public services must not be cut.",
               "The bill goes to parliament next month, where it is expected to pass easily."]
    # one long German sentence among English ones: English has more samples
    doc = Document.from_string("\n".join(english[:3] + [PROSE[0] * 3] + english[3:]), "mixed.txt")
    assert doc.language == "en"


@pytest.mark.parametrize("guesses, language, asked", [
    ([("de", 0.9), ("de", 0.8), ("en", 0.99)], "de", 2),    # two of three agree: the third is moot
    ([("de", 0.9), ("en", 0.99), ("de", 0.8)], "de", 3),
    ([("de", 0.6), ("en", 0.99), ("fr", 0.9)], "en", 3),    # a tie goes to the most confident
    ([(None, 0.0), ("de", 0.9), ("en", 0.99)], "en", 3),
    ([(None, 0.0), (None, 0.0), (None, 0.0)], None, 3),
])
def test_samples_are_identified_until_the_majority_is_settled(monkeypatch, guesses, language, asked):
    from textlint_news.document import language as module

    monkeypatch.setattr(module, "samples", lambda lines: ["one", "two", "three"])
    calls = []
    monkeypatch.setattr(module, "_guess", lambda text: calls.append(text) or guesses[len(calls) - 1])
    assert module.identify_lines(["any"]) == language
    assert len(calls) == asked
