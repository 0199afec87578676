"""The code generator behind loading and writing.

One generator (:mod:`.emit`) reads the model description of a class and emits its loader in
two variants, fast and detailed, as cattrs does with ``detailed_validation``; :mod:`.writers`
emits its writer; :mod:`.loaders` holds one converter's compiled loaders and the dispatch of
a model slot (fast first, detailed on refusal); :mod:`.policy` decides, in one place, what
the unknown-field policy means; :mod:`.hooks` holds the strict hooks that word each refusal.
All generated source is registered in :mod:`linecache` under a readable file name.

This package is internal: :mod:`iraqwithdrawal.converter` is its public face.
"""

from __future__ import annotations

from .emit import can_assemble, emit_loader, value_checks
from .loaders import Loaders
from .policy import Policy, UnknownPolicy, loading_policy, policy, policy_of
from .writers import Writers

__all__ = [
    "Loaders",
    "Policy",
    "UnknownPolicy",
    "Writers",
    "can_assemble",
    "emit_loader",
    "loading_policy",
    "policy",
    "policy_of",
    "value_checks",
]
