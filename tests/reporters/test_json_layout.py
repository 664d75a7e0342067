"""The JSON reporters lay out indented JSON themselves (json's indented encoder is pure Python):
the text must be json.dumps's, byte for byte, for every value a report can hold."""

from __future__ import annotations

import json
from enum import IntEnum

import pytest

from textlint_news.findings import Severity
from textlint_news.reporters.json_report import dumps, pretty
from textlint_news.reporters.terminal import json_safe


class Level(IntEnum):
    HIGH = 3


VALUES = [
    {},
    [],
    (),
    "plain",
    'quote " backslash \\ newline \n tab \t NUL \x00',
    "C1 \x85, bidi \u202e, line separator \u2028, astral 𝔸, lone surrogate \ud800",
    [None, True, False, 0, -7, 10**20, Level.HIGH, 0.1, -0.0, 1e300, 1e-7],
    [float("nan"), float("inf"), -float("inf")],
    {"nested": {"list": [[], {}, [1, [2, {"deep": "é"}]]], "empty": {}}, "t": (1, "x")},
    {"severity": str(Severity.ERROR), "tags": ["a", "b"], "fix": None},
    {"é key \u202e": "value", "": ""},
    {1: "int key", None: "null key", 2.5: "float key", True: "bool key"},
]


@pytest.mark.parametrize("value", VALUES, ids=range(len(VALUES)))
@pytest.mark.parametrize("indent", ["", "  ", "      "])
def test_layout_is_json_dumps_byte_for_byte(value, indent):
    expected = json_safe(json.dumps(value, ensure_ascii=False, indent=2))
    assert dumps(value, indent=2) == expected
    assert pretty(value, indent) == expected.replace("\n", "\n" + indent)


def test_a_value_json_refuses_is_refused_the_same_way():
    loop: list = []
    loop.append(loop)
    with pytest.raises(ValueError, match="Circular reference"):
        dumps(loop, indent=2)
    with pytest.raises(TypeError, match="not JSON serializable"):
        dumps({"x": object()}, indent=2)
