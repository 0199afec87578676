"""Small helpers for messages."""

from __future__ import annotations


def a(noun: str) -> str:
    """``noun`` with its indefinite article: "an Entity", "a Person"."""
    return ("an " if noun[:1].lower() in "aeiou" else "a ") + noun
