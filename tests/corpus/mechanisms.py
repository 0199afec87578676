"""The tags a phenomena table of the coverage corpus uses: the general mechanisms of issue 20
that a row not held faithfully waits for, and which reports were judged before the model was
extended for them. Read by ``tests/test_corpus.py`` and ``benchmarks/coverage.py``."""

from __future__ import annotations

__all__ = ["MECHANISMS", "UNSEEN"]

#: The general mechanisms of issue 20 a phenomenon that is not held faithfully waits for,
#: by key (a row's ``mechanism``); "none" for a phenomenon none of them covers.
MECHANISMS: dict[str, str] = {
    "described": "Anything can be described without a name",
    "vocabularies": "Open, registered vocabularies",
    "statement-objects": "Anything can be the object of a statement",
    "speech-acts": "Speech acts",
    "documents": "Documents and evidence as objects",
    "figures": "Figures as reported",
    "calendars": "Calendars and periods",
    "scripts": "Names in scripts",
    "weeks": "Weeks and spans of time",
    "genre": "What kind of piece, and whose voice",
    "named-events": "Events with names and histories",
    "also": "Also: contributors, embargo, editor's note, anonymity, ordinals",
    "none": "None of the mechanisms of issue 20",
}

#: The reports written after the model's last extension and judged with the model as it was,
#: never extended for them: their share measures whether the mechanisms generalise. The other
#: reports were re-judged after the model was extended for what they lacked. A report leaves
#: this list when the model is extended for its rows and it is re-judged.
UNSEEN: tuple[str, ...] = ("el_mission_quarter", "hi_trainers_return", "sw_relay_range")
