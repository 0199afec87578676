"""Shared fixtures and hypothesis profiles.

Profiles: ``default`` is fast for local runs; ``ci`` (``HYPOTHESIS_PROFILE=ci``) tries more
examples. The official standards' files and the canonical report are read from
``tests/data`` (see its README), never from outside the repository.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from ._paths import DATA, ROOT

settings.register_profile(
    "default",
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile(
    "ci",
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

__all__ = ["DATA", "ROOT"]


@pytest.fixture(scope="session")
def data() -> Path:
    """The folder of reference files shipped with the tests."""
    return DATA
