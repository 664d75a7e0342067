"""Baselines: findings accepted once, so a CI gate fails only on new ones.

An entry is keyed on the content fingerprint (``fingerprint.py``: rule id, path, the text
around the finding), never on a line number, so a re-scrape that shifts lines keeps its
findings accepted. The file is JSON::

    {"textlint-news-baseline": 1,
     "findings": [{"path": "a.txt", "rule": "html-entity", "fingerprint": "<hash>:0",
                   "line": 3, "message": "..."}]}

``line`` and ``message`` are there for people reading the file; matching uses ``fingerprint``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass
from pathlib import Path, PurePath

from textlint_news.findings import Finding
from textlint_news.limits import BASELINE_MAX_BYTES, read_regular_file
from textlint_news.fixes.writer import Output

FORMAT_KEY, FORMAT_VERSION = "textlint-news-baseline", 1


class BaselineError(Exception):
    """A baseline file that cannot be read."""


@dataclass(frozen=True)
class Entry:
    path: str
    rule: str
    fingerprint: str
    line: int
    message: str

    @classmethod
    def of(cls, finding: Finding, fingerprint: str) -> "Entry":
        return cls(PurePath(finding.path).as_posix(), finding.rule_id, fingerprint,
                   finding.line, finding.message)


class Baseline:
    """The entries of a baseline file; ``accepts`` uses each entry up once.

    Call ``seen_path`` for every document linted, so ``stale`` can count the entries of those
    files that no finding matched (entries of files not linted in this run are not stale).
    """

    def __init__(self, entries: list[Entry]) -> None:
        self.entries = entries
        self.unused: Counter[str] = Counter(e.fingerprint for e in entries)
        self.paths_seen: set[str] = set()

    @classmethod
    def load(cls, path: Path) -> "Baseline":
        import json  # a run without --baseline does not import it

        try:
            data = json.loads(read_regular_file(path, BASELINE_MAX_BYTES).decode("utf-8"))
        except (OSError, ValueError) as exc:  # ValueError: bad UTF-8 or JSON, a huge number
            raise BaselineError(f"{path}: cannot read baseline: {exc}") from None
        except RecursionError:
            raise BaselineError(f"{path}: cannot read baseline: nested too deeply") from None
        if not isinstance(data, dict) or data.get(FORMAT_KEY) != FORMAT_VERSION:
            raise BaselineError(f"{path}: not a textlint-news baseline "
                                f"(expected \"{FORMAT_KEY}\": {FORMAT_VERSION})")
        try:
            return cls([Entry(**item) for item in data["findings"]])
        except (KeyError, TypeError) as exc:
            raise BaselineError(f"{path}: malformed baseline entry: {exc}") from None

    def accepts(self, fingerprint: str) -> bool:
        if self.unused[fingerprint] > 0:
            self.unused[fingerprint] -= 1
            return True
        return False

    def seen_path(self, path: str) -> None:
        self.paths_seen.add(PurePath(path).as_posix())

    def stale(self) -> int:
        """Entries of the files linted in this run that matched no finding."""
        path_of = {e.fingerprint: e.path for e in self.entries}  # the hash covers the path
        return sum(n for fp, n in self.unused.items() if path_of[fp] in self.paths_seen)


def write(path: Path, entries: list[Entry]) -> None:
    """Write the baseline atomically: a failure (``WriteError``) leaves the old one readable."""
    import json

    entries = sorted(entries, key=lambda e: (e.path, e.line, e.rule, e.fingerprint))
    data = {FORMAT_KEY: FORMAT_VERSION, "findings": [asdict(e) for e in entries]}
    # backslashreplace: a lone surrogate (an undecodable byte) becomes the JSON escape \udcXX
    text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    with Output(path) as fh:
        fh.write(text.encode("utf-8", "backslashreplace"))
