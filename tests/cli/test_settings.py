"""Config and CLI parity with ruff: exclude, .gitignore, --show-settings/--show-files,
--config key=value, option sections in --help, --color."""

from __future__ import annotations

import subprocess

import pytest

from ..helpers import run_cli



@pytest.fixture
def repo(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True)
    for path, text in (("site/.gitignore", "drafts/\n*.bak.txt\n"),
                       ("site/drafts/a.txt", "Talks in kyiv.\n"),
                       ("site/pub/b.txt", "Talks in kyiv ended.\n"),
                       ("site/pub/c.bak.txt", "Talks in kyiv.\n"),
                       ("site/pub/old.txt", "Talks in kyiv.\n"),
                       ("pyproject.toml", '[tool.textlint-news]\nfail-on = "error"\n'
                                          'extend-exclude = ["old.txt"]\n')):
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / path).write_text(text, encoding="utf-8")
    return tmp_path


def invoke(*args: str, env: dict | None = None):
    return run_cli(*args, env=env)


def test_folders_skip_what_gitignore_and_exclude_name(repo):
    assert invoke("check", "--show-files", "site").output == "site/pub/b.txt\n"
    assert invoke("check", "--show-files", "--no-respect-gitignore", "site").output.split() == [
        "site/drafts/a.txt", "site/pub/b.txt", "site/pub/c.bak.txt"]
    # --exclude replaces the config's excludes; --extend-exclude adds to them
    assert invoke("check", "--show-files", "--exclude", "b.txt", "site").output == \
        "site/pub/old.txt\n"
    assert invoke("check", "--show-files", "--extend-exclude", "b*", "site").output == ""


def test_a_file_named_on_the_command_line_is_linted_even_if_ignored(repo):
    out = invoke("check", "--format", "concise", "site/drafts/a.txt")
    assert out.output.splitlines()[0] == \
        'site/drafts/a.txt:1:10: error[proper-noun-case] "kyiv" should be written "Kyiv"'


def test_an_ignored_folder_named_on_the_command_line_is_walked_with_its_own_gitignore(repo):
    (repo / "site" / "drafts" / ".gitignore").write_text("*.bak.txt\n", encoding="utf-8")
    (repo / "site" / "drafts" / "b.bak.txt").write_text("Talks in kyiv.\n", encoding="utf-8")
    assert invoke("check", "--show-files", "site/drafts").output == "site/drafts/a.txt\n"
    # walked from above, the ignored folder is still skipped
    assert invoke("check", "--show-files", "site").output == "site/pub/b.txt\n"


def test_respect_gitignore_can_be_turned_off_in_config(repo):
    (repo / "pyproject.toml").write_text("[tool.textlint-news]\nrespect-gitignore = false\n",
                                         encoding="utf-8")
    assert "site/drafts/a.txt" in invoke("check", "--show-files", "site").output


def test_show_settings_says_which_config_won_and_what_runs(repo):
    out = invoke("check", "--show-settings", "--config", 'fail-on = "info"', "--select", "casing")
    assert out.exit_code == 0
    lines = out.output.splitlines()
    assert lines[0] == f'config-file = "{repo / "pyproject.toml"}"'
    assert 'fail-on = "info"' in lines and 'select = ["casing"]' in lines
    assert 'exclude = ["old.txt"]' in lines and "respect-gitignore = true" in lines
    assert lines[-37:] == ["selected rules (36):", "  proper-noun-case (casing, error)",
                           "  proper-noun-case-corpus (casing, warning)",
                           "  proper-noun-case-listed (casing, info)",
                           "  date-in-a-listing (casing, warning)",
                           "  name-after-title (casing, warning)",
                           "  name-after-office (casing, warning)",
                           "  name-after-office-and-first-name (casing, info)",
                           "  surname-after-office (casing, warning)",
                           "  name-after-its-noun (casing, info)",
                           "  language-name (casing, warning)",
                           "  month-in-a-date (casing, info)",
                           "  month-after-preposition (casing, info)",
                           "  place-after-preposition (casing, warning)",
                           "  possessive-of-a-name (casing, warning)",
                           "  institution-after-the (casing, info)",
                           "  name-word-before-head (casing, warning)",
                           "  name-word-before-head-the (casing, info)",
                           "  firm-word-after-name (casing, info)",
                           "  body-word-after-name (casing, info)",
                           "  name-word-after-of (casing, info)",
                           "  name-at-sentence-start (casing, warning)",
                           "  name-in-list (casing, warning)",
                           "  unlisted-name-possessive (casing, info)",
                           "  unlisted-name-speaker (casing, info)",
                           "  listed-name-possessive (casing, info)",
                           "  unlisted-name-opening (casing, info)",
                           "  name-possessive (casing, warning)",
                           "  surname-after-first-name (casing, warning)",
                           "  name-before-head (casing, info)",
                           "  first-name-before-surname (casing, warning)",
                           "  name-part-lowercase (casing, warning)",
                           "  case-inconsistency (casing, warning)",
                           "  case-inconsistency-once (casing, info)",
                           "  case-inconsistency-opening (casing, info)",
                           "  case-inconsistency-phrase (casing, info)",
                           "  capital-after-semicolon (casing, warning)"]


def test_config_key_value_overrides_the_file_and_is_checked(repo):
    assert invoke("check", "site/pub/b.txt").exit_code == 1  # fail-on error from the file
    assert invoke("check", "--config", 'fail-on = "never"', "site/pub/b.txt").exit_code == 0
    out = invoke("check", "--config", 'fail-onn = "info"', "site")
    assert out.exit_code == 2
    assert out.output == ("textlint-news: error: --config 'fail-onn = \"info\"': unknown field "
                          "'fail-onn' in textlint-news config (did you mean 'fail-on'?)\n")


def test_help_groups_options_in_sections():
    out = invoke("check", "--help").output
    sections = [line for line in out.splitlines() if line and not line.startswith(" ")
                and line.endswith(":")]
    assert sections == ["Rule selection:", "Inputs:", "Output:", "Gate and baseline:", "Fixes:",
                        "Crawls (records):", "Settings:", "Other options:"]


@pytest.mark.parametrize("args, env, coloured", [
    ((), {}, False),                                  # not a terminal
    ((), {"FORCE_COLOR": "1"}, True),                 # CI logs show colour
    ((), {"FORCE_COLOR": "1", "NO_COLOR": "1"}, False),
    (("--color", "always"), {"NO_COLOR": "1"}, True),  # the flag wins
    (("--color", "never"), {"FORCE_COLOR": "1"}, False),
])
def test_color(repo, args, env, coloured):
    env = {"NO_COLOR": None, "FORCE_COLOR": None, **env}
    out = invoke("check", *args, "site/pub/b.txt", env=env).output
    assert ("\x1b[" in out) is coloured
