"""``--help`` of every command, byte for byte against the files in tests/cli/help/.

The CLI's code moves between modules (issue 11) without changing what a user reads; these
files were written from the command before the move. Regenerate one deliberately with
``UPDATE_HELP=1`` when an option's help text is meant to change."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from ..helpers import run_cli


HELP = Path(__file__).parent / "help"
COMMANDS = ((), ("check",), ("rules",), ("rule",), ("rules", "test"), ("rules", "docs"))


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: "-".join(c) or "main")
def test_help_is_unchanged(command: tuple[str, ...]) -> None:
    result = run_cli(*command, "--help", terminal_width=80)
    assert result.exit_code == 0
    golden = HELP / f"{'-'.join(command) or 'main'}.txt"
    if os.environ.get("UPDATE_HELP"):
        golden.write_text(result.output, encoding="utf-8")
    assert result.output == golden.read_text(encoding="utf-8")
