"""Extensions found through the ``iraqwithdrawal.plugins`` entry-point group.

An installed package that declares, in its ``pyproject.toml``::

    [project.entry-points."iraqwithdrawal.plugins"]
    military = "military_ext"

is imported the first time this library is used in a process: when a converter is built
(``from_json``, ``to_json`` and friends), when a document is validated, when the JSON Schema
is generated, and by the command line. If the entry point names a callable, it is called
after the import. Its registrations (types, event types, document rules) are then in place,
so any process reads documents that use them. ``IRAQWITHDRAWAL_NO_PLUGINS=1`` turns this off.
"""

from __future__ import annotations

import os
import threading
from importlib.metadata import entry_points

from .errors import IraqWithdrawalError

__all__ = ["GROUP", "PluginError", "load_plugins", "loaded_plugins"]

GROUP = "iraqwithdrawal.plugins"


class PluginError(IraqWithdrawalError, ImportError):
    """An installed plug-in failed to load; the message names its entry point."""


_lock = threading.RLock()
_state: dict[str, object] = {"done": False, "running": False, "error": None}
_loaded: list[str] = []


def load_plugins() -> None:
    """Load every installed plug-in, once per process; later calls return at once.

    A plug-in that fails raises :class:`PluginError` naming it, now and on every later call,
    rather than leaving documents that need it to fail with unrelated errors.
    """
    if _state["done"]:
        error = _state["error"]
        if isinstance(error, PluginError):
            raise error
        return
    with _lock:
        if _state["done"] or _state["running"]:
            return  # done meanwhile, or called again by a plug-in while it loads
        _state["running"] = True
        try:
            if not os.environ.get("IRAQWITHDRAWAL_NO_PLUGINS"):
                for entry in entry_points(group=GROUP):
                    try:
                        target = entry.load()
                        if callable(target):
                            target()
                    except Exception as exc:
                        error = PluginError(
                            f"the iraqwithdrawal plug-in {entry.name!r} ({entry.value}) failed "
                            f"to load: {type(exc).__name__}: {exc}"
                        )
                        _state["error"] = error
                        raise error from exc
                    _loaded.append(entry.name)
        finally:
            _state["running"] = False
            _state["done"] = True


def loaded_plugins() -> list[str]:
    """The names of the plug-ins loaded so far, in load order."""
    load_plugins()
    return list(_loaded)
