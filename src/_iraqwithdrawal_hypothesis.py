"""Hypothesis plug-in of iraqwithdrawal: the target of the ``hypothesis`` entry point.

Hypothesis runs :func:`_hypothesis_setup_hook` while it is imported, in every environment where
iraqwithdrawal is installed. It is a module of its own, outside the package, so that importing
hypothesis does not import the library. The strategies are registered by whichever of the two
is imported second:

- iraqwithdrawal already imported: this hook imports ``iraqwithdrawal.testing.strategies``,
  which registers them;
- iraqwithdrawal imported later: the package's ``__init__`` sees hypothesis loaded and does
  the same.

While ``iraqwithdrawal.testing.strategies`` is itself being imported (it imports hypothesis),
the hook leaves it alone: that module registers the strategies when it finishes.
"""

from __future__ import annotations

import importlib
import sys

__all__: list[str] = []

_STRATEGIES = "iraqwithdrawal.testing.strategies"


def _hypothesis_setup_hook() -> None:
    package = sys.modules.get("iraqwithdrawal")
    if package is None or not getattr(package, "_IMPORTED", False):
        return
    if _STRATEGIES not in sys.modules:
        importlib.import_module(_STRATEGIES)
