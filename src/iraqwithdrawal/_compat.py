"""Differences between the cattrs versions this package supports (23.2 and later).

cattrs 24.1 added the public ``get_structure_hook`` / ``get_unstructure_hook``; before it, the
converter's dispatchers answered the same question.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import cattrs

__all__ = ["structure_hook", "unstructure_hook"]


def structure_hook(converter: cattrs.BaseConverter, t: Any) -> Callable[[Any, Any], Any]:
    """The hook ``converter`` uses to structure values of type ``t``."""
    get = getattr(converter, "get_structure_hook", None)
    if get is not None:
        return get(t)  # type: ignore[no-any-return]
    dispatcher: Any = converter._structure_func
    return dispatcher.dispatch(t)  # type: ignore[no-any-return]


def unstructure_hook(converter: cattrs.BaseConverter, t: Any) -> Callable[[Any], Any]:
    """The hook ``converter`` uses to unstructure values of type ``t``."""
    get = getattr(converter, "get_unstructure_hook", None)
    if get is not None:
        return get(t)  # type: ignore[no-any-return]
    dispatcher: Any = converter._unstructure_func
    return dispatcher.dispatch(t)  # type: ignore[no-any-return]
