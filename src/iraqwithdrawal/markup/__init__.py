"""Authoring a report as marked text: the words of the report, with the ones that anchor
something marked where they stand, and the rest of the article declared after a ``---`` line.

::

    headline: Troops to leave [Syria]{syria}

    [About 900]{ev-1.quantities counted=troops amount.value=900} troops will [leave]{ev-1}
    [Syria]{syria} by May, [the ministry]{ministry form=description}
    [said]{ev-1.attributions[0].cue}.
    ---
    $ id=r-1 language=en
    @ministry organization name="Ministry of Defence" kind=ministry
    @syria place name=Syria kind=country
    @ev-1 event event_type=withdrawal attributions=[{"source": "ministry"}]

A mark is ``[words]{target key=value ...}``: the words stay in the text and their span goes
to ``target``, an id followed by a path into that object (``ev-1.time``,
``q-1.attribution.cue``; ``$.corrections[0]`` starts at the article). An entity's words become
one of its mentions, an event's its trigger; any other object gets the span in its ``spans``
and, when it gives no ``text``, the words as its text; a list of objects gets a new one. The
``key=value`` pairs set fields of what the mark makes. Marks nest; ``\\`` escapes
``[ ] { } \\``, and ends a line that goes on on the next. After ``---`` come declarations
(``@id tag key=value ...`` for an object of the article's lists, ``$ key=value`` for the
article's own fields, going on over indented lines; values are JSON or bare words,
``{entity: iraq, role: agent}``) or the same as one JSON object; ``#`` lines before the text
and among the declarations are comments. :func:`read_markup` builds the article, with
problems at the line and column of the mark or declaration; :func:`to_markup` writes any
article so that reading it gives it back. docs/builder.md has the grammar.
"""

from __future__ import annotations

from ._read import read_markup
from ._write import to_markup

__all__ = ["read_markup", "to_markup"]
