"""The hypothesis profiles of the suite, and :func:`examples`, which scales a test's own
example count to the profile in use.

``default`` (25 examples, a test's own count as written) is the README's test command;
``quick`` (a few examples, no test above four) is the one-minute subset; ``ci`` is
``default`` derandomized, so a run on a fresh CI machine draws what the last local run drew;
``deep`` (150 examples, a test's own count times four) is for a longer local search, as is the
fuzz script. Choose with ``HYPOTHESIS_PROFILE``.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

# Generated articles are large (too_slow, data_too_large), and a draw whose parts a class
# rule or a text filter refuses is drawn again (filter_too_much): the examples that reach a
# test are valid all the same.
SUPPRESSED = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much]

#: Each profile's example count, and what it does to a test's own count.
_PROFILES = {
    "default": (25, lambda n: n),
    "ci": (25, lambda n: n),
    "quick": (4, lambda n: min(n, 4)),
    "deep": (150, lambda n: n * 4),
}
PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "default")
if PROFILE not in _PROFILES:
    raise ValueError(f"HYPOTHESIS_PROFILE={PROFILE!r}: choose one of {sorted(_PROFILES)}")

for _name, (_count, _scale) in _PROFILES.items():
    settings.register_profile(
        _name,
        max_examples=_count,
        deadline=None,
        derandomize=_name == "ci",
        suppress_health_check=SUPPRESSED,
    )
settings.load_profile(PROFILE)


def examples(n: int) -> int:
    """A test's own example count ``n`` (written for the default profile) in the profile in
    use."""
    return max(1, _PROFILES[PROFILE][1](n))
