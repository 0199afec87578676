"""Reading documents written by earlier versions of the wire format.

Each step rewrites a document of one ``schema_version`` into the next, without losing
anything; :func:`migrate` chains the steps up to :data:`~iraqwithdrawal.SCHEMA_VERSION`.
The loaders call it on every article they read, so a document of an earlier version loads
as it is; error paths then name fields of the current version.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from .errors import Problem, ValidationError
from .models.article import SCHEMA_VERSION

__all__ = ["MIGRATIONS", "migrate"]

#: A step rewrites a shallow copy of the document in place; it copies what it changes below.
Step = Callable[[dict[str, Any]], list[Problem]]


def _events_locations(doc: dict[str, Any]) -> list[Problem]:
    """0.1 to 0.2: an event's one ``location`` became the list ``locations`` (an event may
    take place in more than one place)."""
    problems: list[Problem] = []
    events = doc.get("events")
    if not isinstance(events, list):
        return problems
    doc["events"] = events = list(events)  # the caller's list stays as it was
    for i, event in enumerate(events):
        if not isinstance(event, Mapping) or "location" not in event:
            continue
        event = dict(event)
        place = event.pop("location")
        if "locations" in event:
            problems.append(
                Problem(
                    code="migration_conflict",
                    path=f"$.events[{i}]",
                    message="a 0.1 document's event has both 'location' and 'locations'",
                    value=place,
                )
            )
            continue
        if place is not None:
            event["locations"] = [place]
        events[i] = event
    return problems


#: The steps, by the version each reads: ``version -> (next version, step)``.
MIGRATIONS: dict[str, tuple[str, Step]] = {
    "0.1": ("0.2", _events_locations),
}


def migrate(data: Any, source: str | None = None) -> Any:
    """``data`` rewritten to the current wire version when it is an article of an earlier
    one (a new dict; the input is not changed); anything else comes back as it is. A
    document that cannot be migrated raises :class:`~iraqwithdrawal.errors.ValidationError`."""
    if not isinstance(data, Mapping):
        return data
    version = data.get("schema_version")
    if not isinstance(version, str) or version == SCHEMA_VERSION or version not in MIGRATIONS:
        return data
    doc = dict(data)
    while version in MIGRATIONS:
        version, step = MIGRATIONS[version]
        problems = step(doc)
        if problems:
            raise ValidationError(problems, source=source)
        doc["schema_version"] = version
    return doc
