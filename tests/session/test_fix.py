"""``--fix``, ``--unsafe-fixes``, ``--diff``, ``--show-fixes``: the fixed bytes, exactly.

No data may be lost: newline style, BOM, encoding and file mode survive, overlapping fixes
are applied one at a time, a second run changes nothing, and a file that changes on disk
while it is being fixed is left as the other writer left it.
"""

from __future__ import annotations

import codecs
import os
import stat
import textwrap

import pytest

from textlint_news import Document, Edit, Finding, Fix, Linter, Severity
from textlint_news.session import fixing as checking
from textlint_news.fixes.apply import fix_document, select_fixes

from ..helpers import cli, rules_from_yaml

PACK = """\
rules:
  - id: html-amp
    kind: pattern
    severity: error
    message: 'undecoded "{match}"'
    pattern: '&amp;'
    fix: {replacement: '&', safe: true}
  - id: html-amp-twice
    kind: pattern
    severity: error
    message: 'doubly encoded "{match}"'
    pattern: '&amp;amp;'
    fix: {replacement: '&', safe: true}
  - id: doubled-the
    kind: pattern
    severity: warning
    message: '"{match}" is doubled'
    pattern: '\\bthe the\\b'
    fix: {replacement: 'the', safe: false}
  - id: footer-source
    kind: pattern
    severity: warning
    message: 'footer line "{match}"'
    pattern: '^source\\n'
    scope: document
    fix: {replacement: '', safe: true}
  - id: space-dot
    kind: pattern
    severity: error
    message: space before "."
    pattern: ' \\.'
"""


@pytest.fixture
def run(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "house.yaml").write_text(PACK, encoding="utf-8")

    return cli("--no-default-rules", "--rules", "house.yaml", "--format", "concise")


def write(tmp_path, data: bytes, name: str = "a.txt"):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_fix_applies_safe_fixes_and_reports_what_remains(run, tmp_path):
    path = write(tmp_path, b"Rose &amp; fell, said the the man.\nsource\n")
    result = run("--fix", "a.txt")
    assert path.read_bytes() == b"Rose & fell, said the the man.\n"
    assert result.output.splitlines() == [
        'a.txt:1:19: warning[doubled-the] "the the" is doubled',
        "Fixed 2 findings in 1 file.",
        "Found 1 finding (1 warning) in 1 file; 0 fixable (1 more with --unsafe-fixes)",
    ]
    assert result.exit_code == 1  # the warning left is at --fail-on
    assert run("--fix", "--fail-on", "error", "a.txt").exit_code == 0


def test_unsafe_fixes_and_show_fixes(run, tmp_path):
    path = write(tmp_path, b"Rose &amp; fell, said the the man.\n")
    result = run("--fix", "--unsafe-fixes", "--show-fixes", "a.txt")
    assert path.read_bytes() == b"Rose & fell, said the man.\n"
    assert result.exit_code == 0
    assert result.output == textwrap.dedent("""\
        Fixed 2 findings in 1 file.
        All checks passed (1 file checked).
        Fixed 2 findings:
        - a.txt:
            1 × doubled-the
            1 × html-amp
        """)


def test_crlf_mixed_newlines_bom_and_mode_are_kept(run, tmp_path):
    # CRLF file with one stray LF line, a BOM, and a footer line whose deletion removes a CRLF
    data = "\ufeffRose &amp; fell.\r\nsource\r\nLine two &amp; more.\nEnd.\r\n".encode("utf-8")
    path = write(tmp_path, data)
    os.chmod(path, 0o640)
    assert run("--fix", "a.txt").exit_code == 0
    assert path.read_bytes() == "\ufeffRose & fell.\r\nLine two & more.\nEnd.\r\n".encode("utf-8")
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "house.yaml"]  # no temp file


@pytest.mark.parametrize("bom, codec", [(codecs.BOM_UTF16_BE, "utf-16-be"),
                                        (codecs.BOM_UTF32_LE, "utf-32-le")])
def test_utf16_and_utf32_keep_encoding_and_byte_order(run, tmp_path, bom, codec):
    path = write(tmp_path, bom + "Rose &amp; fell.\r\n".encode(codec))
    assert run("--fix", "a.txt").exit_code == 0
    assert path.read_bytes() == bom + "Rose & fell.\r\n".encode(codec)


def test_overlapping_fixes_are_applied_over_several_passes(run, tmp_path):
    # html-amp (5 chars) and html-amp-twice (9 chars) start at the same place: the first by
    # (start, end, rule) wins, the other is left for the next pass, which finds it changed
    path = write(tmp_path, b"Rose &amp;amp; fell &amp; rose.\n")
    result = run("--fix", "--show-fixes", "a.txt")
    assert path.read_bytes() == b"Rose & fell & rose.\n"
    assert result.output == textwrap.dedent("""\
        Fixed 3 findings in 1 file.
        All checks passed (1 file checked).
        Fixed 3 findings:
        - a.txt:
            3 × html-amp
        """)


def test_select_fixes_drops_overlaps_deterministically():
    def f(rule, *edits):
        return Finding(rule, "p", Severity.ERROR, "t.txt", 1, 1, 1, 1, "m", 0, 0,
                       fix=Fix("d", tuple(Edit(*e) for e in edits), True))
    findings = [f("c", (8, 10, "x")), f("b", (3, 8, "y")), f("a", (0, 5, "z")),
                f("d", (12, 12, "+")), f("e", (12, 12, "-")), f("g", (20, 21, ""), (4, 4, "!")),
                f("h", (30, 31, "q")), f("i", (30, 31, "q"))]
    chosen = [x.rule_id for x in select_fixes(findings, unsafe=False)]
    # b overlaps a; e inserts where d inserts; g's second edit falls inside a; i repeats h
    assert chosen == ["a", "c", "d", "h", "i"]
    assert chosen == [x.rule_id for x in select_fixes(list(reversed(findings)), unsafe=False)]


def test_fixes_are_bounded_and_idempotent(run, tmp_path):
    linter = Linter(rules_from_yaml(PACK))
    doc = Document.from_string("a &amp;amp;amp;amp; b\n", "t.txt")
    once = fix_document(linter, linter.lint(doc), max_passes=2)
    assert once.raw_text == "a &amp;amp; b\n"  # two passes, still fixable: the bound holds
    final = fix_document(linter, linter.lint(doc))
    assert final.raw_text == "a & b\n" and not final.result.findings

    path = write(tmp_path, b"Rose &amp; fell.\nsource\n")
    run("--fix", "a.txt")
    fixed, mtime = path.read_bytes(), path.stat().st_mtime_ns
    again = run("--fix", "a.txt")
    assert (path.read_bytes(), path.stat().st_mtime_ns) == (fixed, mtime)
    assert again.output == "All checks passed (1 file checked).\n" and again.exit_code == 0


def test_file_changed_on_disk_while_fixing_is_left_alone(run, tmp_path, monkeypatch):
    path = write(tmp_path, b"Rose &amp; fell.\n")

    def fix_and_meanwhile_edit(*args, **kwargs):
        fixed = fix_document(*args, **kwargs)
        path.write_bytes(b"Edited by someone else &amp; saved.\n")
        return fixed
    monkeypatch.setattr(checking, "fix_document", fix_and_meanwhile_edit)
    result = run("--fix", "a.txt")
    assert result.exit_code == 2
    assert path.read_bytes() == b"Edited by someone else &amp; saved.\n"
    assert "a.txt: not fixed: changed on disk while it was being fixed; left untouched" \
        in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "house.yaml"]


def test_file_changed_between_lint_and_fix_is_left_alone(run, tmp_path, monkeypatch):
    path = write(tmp_path, b"Rose &amp; fell.\n")
    real_take = checking.Snapshot.take

    def take_after_edit(p):
        path.write_bytes(b"New text &amp; more.\n")
        return real_take(p)
    monkeypatch.setattr(checking.Snapshot, "take", staticmethod(take_after_edit))
    result = run("--fix", "a.txt")
    assert result.exit_code == 2
    assert path.read_bytes() == b"New text &amp; more.\n"
    assert "a.txt: not fixed: differs from the text that was linted" in result.output


def test_diff_prints_the_patch_and_writes_nothing(run, tmp_path):
    path = write(tmp_path, b"Rose &amp; fell.\r\nsource\r\nEnd\r\n")
    result = run("--diff", "a.txt")
    assert result.exit_code == 1
    assert path.read_bytes() == b"Rose &amp; fell.\r\nsource\r\nEnd\r\n"
    # CliRunner's .stdout turns CRLF into LF; the bytes show the real patch
    assert result.stdout_bytes == (b"--- a.txt\n+++ a.txt\n@@ -1,3 +1,2 @@\n"
                                   b"-Rose &amp; fell.\r\n-source\r\n+Rose & fell.\r\n End\r\n")
    assert result.stderr == "Would fix 2 findings in 1 file.\n"
    write(tmp_path, b"Clean.\n", "b.txt")
    clean = run("--diff", "b.txt")
    assert (clean.exit_code, clean.stdout, clean.stderr) == (0, "", "No fixes to apply.\n")


def test_diff_marks_a_missing_final_newline(run, tmp_path):
    write(tmp_path, b"Rose &amp; fell.")
    assert run("--diff", "a.txt").stdout == ("--- a.txt\n+++ a.txt\n@@ -1 +1 @@\n"
                                             "-Rose &amp; fell.\n\\ No newline at end of file\n"
                                             "+Rose & fell.\n\\ No newline at end of file\n")


def test_stdin_fix_writes_text_to_stdout_and_report_to_stderr(run):
    result = run("--fix", "--stdin-filename", "in.txt", "-", input="Rose &amp; fell .\n")
    assert result.stdout == "Rose & fell .\n"
    assert result.stderr.splitlines() == [
        'in.txt:1:12: error[space-dot] space before "."',
        "Fixed 1 finding in 1 file.",
        "Found 1 finding (1 error) in 1 file; 0 fixable",
    ]
    assert result.exit_code == 1


def test_stdin_must_be_alone_when_fixing(run, tmp_path):
    write(tmp_path, b"x\n")
    result = run("--fix", "a.txt", "-", input="y\n")
    assert result.exit_code == 2
    assert "with --fix or --diff, - (stdin) must be the only path" in result.output


def test_exit_non_zero_on_fix(run, tmp_path):
    path = write(tmp_path, b"Rose &amp; fell.\n")
    assert run("--fix", "--exit-non-zero-on-fix", "a.txt").exit_code == 1
    assert path.read_bytes() == b"Rose & fell.\n"
    assert run("--fix", "--exit-non-zero-on-fix", "a.txt").exit_code == 0  # nothing to fix now
    write(tmp_path, b"Rose &amp; fell.\n")
    assert run("--fix", "a.txt").exit_code == 0


def test_a_symlink_stays_a_symlink_and_its_target_is_fixed(run, tmp_path):
    target = write(tmp_path, b"Rose &amp; fell.\n", "real.txt")
    (tmp_path / "link.txt").symlink_to("real.txt")
    assert run("--fix", "link.txt").exit_code == 0
    assert (tmp_path / "link.txt").is_symlink()
    assert target.read_bytes() == b"Rose & fell.\n"


def test_a_read_only_file_is_not_replaced(run, tmp_path):
    path = write(tmp_path, b"Rose &amp; fell.\n")
    os.chmod(path, 0o444)
    result = run("--fix", "a.txt")
    assert result.exit_code == 2
    assert "a.txt: not fixed: read-only file" in result.output
    assert path.read_bytes() == b"Rose &amp; fell.\n"
    assert stat.S_IMODE(path.stat().st_mode) == 0o444


def test_a_fix_the_encoding_cannot_hold_is_not_written(run, tmp_path):
    (tmp_path / "quotes.yaml").write_text(
        "rules:\n  - {id: curly, kind: pattern, severity: error, message: straight quote,\n"
        "     pattern: \"'\", fix: {replacement: \"\u2019\", safe: true}}\n", encoding="utf-8")
    path = write(tmp_path, b"Caf\xe9's menu &amp; more\n")
    result = run("--rules", "quotes.yaml", "--encoding", "latin-1", "--fix", "a.txt")
    assert result.exit_code == 2
    assert "a.txt: not fixed: a fix inserts '\u2019', which latin-1 cannot encode" in result.output
    assert path.read_bytes() == b"Caf\xe9's menu &amp; more\n"


def test_stdin_that_cannot_be_linted_passes_through_unchanged(run):
    result = run("--fix", "-", input=b"binary\0data &amp;\n")
    assert result.exit_code == 2
    assert result.stdout_bytes == b"binary\0data &amp;\n"
    assert "-: binary file (NUL byte at offset 6); not linted" in result.stderr


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0,
                    reason="only root can give a file to another owner")
def test_owner_is_kept_when_root_fixes_someone_elses_file(run, tmp_path):
    path = write(tmp_path, b"Rose &amp; fell.\n")
    os.chown(path, 12345, 23456)
    assert run("--fix", "a.txt").exit_code == 0
    assert path.read_bytes() == b"Rose & fell.\n"
    assert (path.stat().st_uid, path.stat().st_gid) == (12345, 23456)


def test_jsonl_inputs_are_not_fixed_in_place(run, tmp_path):
    write(tmp_path, b'{"id": "r1", "text": "Rose &amp; fell."}\n', "crawl.jsonl")
    result = run("--jsonl", "--fix", "crawl.jsonl")
    assert result.exit_code == 2
    assert ("--fix does not rewrite JSONL input: add --fixed-output FILE to write the fixed "
            "records to a new file") in result.output
    assert (tmp_path / "crawl.jsonl").read_bytes() == b'{"id": "r1", "text": "Rose &amp; fell."}\n'
