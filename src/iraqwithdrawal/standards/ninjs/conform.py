"""An export held to the official schema of the version it is written in.

What an article kept from an imported document is written back as it was read, but it was
read from another version, or from a document nobody checked: a 1.x person's ``code``, a
2.x object where 3.1 has an array. Each value that breaks the schema of the version written
is left out, and reported at its path in the article's kept data. The check needs
jsonschema (the ``standards`` extra); without it, no kept value is written back unchecked.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ...errors import child_path
from .._common import Losses
from .schema import json_path, strict_validator

__all__ = ["ABSENT", "conform", "plain_json"]

#: Each round of checks leaves out what broke the last one; a value that breaks the schema
#: still after this many rounds goes out with its whole property.
_ROUNDS = 6


def plain_json(value: Any) -> Any:
    """A fresh copy of a kept value made of dicts and lists (whatever read-only mappings
    and tuples the article holds it in), safe to change."""
    if isinstance(value, Mapping):
        return {key: plain_json(inner) for key, inner in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain_json(inner) for inner in value]
    return value


#: Marks a property the export itself did not write.
ABSENT = object()


def conform(
    doc: dict[str, Any],
    version: str,
    written_back: dict[str, tuple[str, Any]],
    base: str,
    losses: Losses,
) -> None:
    """Leave out of ``doc`` every value that breaks the ``version`` schema (formats
    checked), reporting each. ``written_back`` maps the properties of ``doc`` that were
    written back from kept data to their names there (under the path ``base``) and to what
    the export had written in their place (or :data:`ABSENT`): a property left out whole
    gets that back."""
    if not written_back:
        return
    names = {key: name for key, (name, _) in written_back.items()}

    def restore(key: str) -> None:
        replaced = written_back[key][1]
        if replaced is not ABSENT:
            doc[key] = replaced

    try:
        validator = strict_validator(version)
    except ImportError:
        for key, name in names.items():
            doc.pop(key, None)
            restore(key)
            losses.dropped(
                child_path(base, name),
                f"cannot be checked against the ninjs {version} schema without jsonschema "
                "(pip install 'iraqwithdrawal[standards]'): left out",
            )
        return
    for _ in range(_ROUNDS):
        errors = list(validator.iter_errors(doc))
        if not errors:
            return
        marks: dict[int, tuple[Any, set[Any]]] = {}
        for error in errors:
            for parts in _targets(error):
                if not parts or parts[0] not in names:
                    continue  # only kept values are left out; what the model wrote is valid
                parent = _find(doc, parts[:-1])
                if parent is None:
                    continue
                marks.setdefault(id(parent), (parent, set()))[1].add(parts[-1])
                losses.dropped(
                    json_path(parts[1:], child_path(base, names[parts[0]])),
                    f"ninjs {version} has no place for it ({_short(error.message)}): left out",
                )
        if not marks:
            break
        for parent, keys in marks.values():
            if isinstance(parent, list):
                for index in sorted((k for k in keys if isinstance(k, int)), reverse=True):
                    if index < len(parent):
                        del parent[index]
            else:
                for key in keys:
                    parent.pop(key, None)
                    if parent is doc:
                        restore(key)
    # What still breaks the schema goes out whole.
    for error in validator.iter_errors(doc):
        parts = list(error.absolute_path)
        top = parts[0] if parts else None
        if isinstance(top, str) and top in names and top in doc:
            del doc[top]
            restore(top)
            losses.dropped(
                child_path(base, names[top]),
                f"breaks the ninjs {version} schema ({_short(error.message)}): left out",
            )


def _targets(error: Any) -> list[list[Any]]:
    """The values to leave out for one error: the properties an object may not have, else
    the value the error is about."""
    parts = list(error.absolute_path)
    if error.validator in ("additionalProperties", "unevaluatedProperties") and isinstance(
        error.instance, dict
    ):
        # jsonschema names the unexpected properties in its message, each as its repr.
        extra = [[*parts, key] for key in error.instance if repr(key) in error.message]
        if extra:
            return extra
    return [parts]


def _find(doc: Any, parts: list[Any]) -> Any:
    node = doc
    for part in parts:
        if isinstance(node, dict) and isinstance(part, str) and part in node:
            node = node[part]
        elif isinstance(node, list) and isinstance(part, int) and part < len(node):
            node = node[part]
        else:
            return None
    return node


def _short(text: str, limit: int = 160) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
