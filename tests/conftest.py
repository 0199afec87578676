"""Shared fixtures and hypothesis profiles.

Profiles: ``default`` is fast for local runs; ``ci`` (``HYPOTHESIS_PROFILE=ci``) tries more
examples. The official standards' files are read from ``../shared`` beside the checkout, or
from the folder named by ``IRAQWITHDRAWAL_SHARED``.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from ._paths import ROOT, SHARED

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

__all__ = ["ROOT", "SHARED"]


@pytest.fixture(scope="session")
def shared() -> Path:
    """The shared folder (seed report and standards' anchors); its absence is an error."""
    if not (SHARED / "anchors").is_dir():
        raise FileNotFoundError(
            f"the shared files are missing at {SHARED}; set IRAQWITHDRAWAL_SHARED"
        )
    return SHARED


@pytest.fixture(scope="session")
def anchors(shared: Path) -> Path:
    return shared / "anchors"
