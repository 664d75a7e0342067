"""The program's start-up with the cyclic garbage collector paused.

Start-up creates some 200,000 objects that live as long as the run: the modules' functions,
classes and compiled patterns, and the rules unpickled from the pack cache (their word lists
and maps). The collector would walk them again and again while they are created, and in every
full collection after: a twentieth of a small run. The program (``cli.run``, never the library)
pauses it until the rules are loaded, then moves what exists into the permanent generation
(``gc.freeze``), so that later collections walk only what the linting creates.
"""

from __future__ import annotations

import gc

_paused = False


def pause() -> None:
    """Pause the collector for the start-up (the program's own process only)."""
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def done() -> None:
    """The rules are loaded: freeze what exists and collect again as usual."""
    global _paused
    if _paused:
        _paused = False
        gc.freeze()
        gc.enable()
