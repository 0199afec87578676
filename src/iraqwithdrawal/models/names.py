"""Names in scripts: a written form of an entity's name with its script (ISO 15924), its
language, its transliterations and whether it is the form the name was first written in.

An Arabic or Persian name printed in a Latin-script report, or a Latin transliteration
printed beside the original, is more than an alias: a program needs to know which form is
the original, in which script each is written, and by which scheme a transliteration was
made, to match the same person across reports."""

from __future__ import annotations

from typing import ClassVar

import attrs

from . import _checks as v
from ._base import BOOL, OPT_TEXT, TEXT, Model, language_field, to_tuple
from ._checks import ClassRule, run_class_rules

__all__ = ["SCRIPT_PATTERN", "Name", "Transliteration"]

#: An ISO 15924 script code: four letters, the first upper case ("Arab", "Latn", "Cyrl").
SCRIPT_PATTERN = r"[A-Z][a-z]{3}"
_SCRIPT = v.optional(v.and_(v.instance_of(str), v.matches_re(SCRIPT_PATTERN, code="script_code")))


@attrs.frozen(kw_only=True)
class Transliteration(Model):
    """A form of a name written in another script: its ``text``, the ``script`` it is in,
    the ``scheme`` it follows when one is known ("ALA-LC", "ISO 9", "Hepburn", "as printed")."""

    text: str = attrs.field(validator=TEXT)
    script: str | None = attrs.field(default=None, validator=_SCRIPT)
    scheme: str | None = attrs.field(default=None, validator=OPT_TEXT)
    language: str | None = language_field(optional=True)


@attrs.frozen(kw_only=True)
class Name(Model):
    """One written form of an entity's name: the ``text``, its ``script`` (ISO 15924) and
    ``language`` (BCP 47), ``original`` when it is the form the name was first written in
    (the Persian form of an Iranian official's name), and its ``transliterations``."""

    text: str = attrs.field(validator=TEXT)
    script: str | None = attrs.field(default=None, validator=_SCRIPT)
    language: str | None = language_field(optional=True)
    original: bool = attrs.field(default=False, validator=BOOL)
    transliterations: tuple[Transliteration, ...] = attrs.field(
        default=(), converter=to_tuple, validator=v.TYPED
    )

    CLASS_RULES: ClassVar[tuple[ClassRule, ...]] = (
        ClassRule(
            "transliteration_same",
            lambda n: (
                "a transliteration repeats the name it transliterates"
                if any(t.text == n.text for t in n.transliterations)
                else None
            ),
            None,
            "a transliteration differs from the name",
        ),
    )
    __attrs_post_init__ = run_class_rules

    def latin(self) -> str | None:
        """The name in Latin script: the name itself when it is written in it, else its
        first Latin transliteration (``None`` when there is neither)."""
        if self.script == "Latn":
            return self.text
        return next((t.text for t in self.transliterations if t.script == "Latn"), None)
