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

# Generated articles are large (too_slow, data_too_large), and a draw whose parts a class
# rule or a text filter refuses is drawn again (filter_too_much): the examples that reach a
# test are valid all the same.
_SUPPRESSED = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much]
settings.register_profile(
    "default",
    max_examples=25,
    deadline=None,
    suppress_health_check=_SUPPRESSED,
)
# Derandomized: a run on a fresh CI machine draws the examples the last local `.ci/run`
# drew, so what passed here passes there; finding new examples is the default profile's
# and the fuzz script's job.
settings.register_profile(
    "ci",
    max_examples=150,
    derandomize=True,
    deadline=None,
    suppress_health_check=_SUPPRESSED,
)
# The quick subset's profile: a few examples per property, for a check under a minute.
settings.register_profile(
    "quick",
    max_examples=4,
    deadline=None,
    suppress_health_check=_SUPPRESSED,
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

__all__ = ["DATA", "ROOT"]


@pytest.fixture(scope="session")
def data() -> Path:
    """The folder of reference files shipped with the tests."""
    return DATA


#: Each test file's area (a marker), by the start of its name; the first match wins.
AREAS = (
    ("test_ninjs", "standards"),
    ("test_schemaorg", "standards"),
    ("test_plover", "standards"),
    ("test_prov", "standards"),
    ("test_annotation", "standards"),
    ("test_standards", "standards"),
    ("test_losses", "standards"),
    ("test_coverage_proved", "standards"),
    ("test_exporters", "standards"),
    ("test_brat", "bridges"),
    ("test_label", "bridges"),
    ("test_spacy", "bridges"),
    ("test_extractor", "bridges"),
    ("test_jsonld", "bridges"),
    ("test_bridge", "bridges"),
    ("test_cas", "bridges"),
    ("test_tables", "tables"),
    ("test_cli", "cli"),
    ("test_files", "cli"),
    ("test_render", "render"),
    ("test_docs_site", "render"),
    ("test_fuzz", "properties"),
    ("test_strategy", "properties"),
    ("test_validation", "validation"),
    ("test_problem_codes", "validation"),
    ("test_json", "wire"),
    ("test_backends", "wire"),
    ("test_converter", "wire"),
    ("test_fast_path", "wire"),
    ("test_roundtrip", "wire"),
    ("test_wire", "wire"),
    ("test_schema_agreement", "wire"),
    ("test_bad_inputs", "wire"),
    ("test_accelerator", "wire"),
    ("test_hostile", "models"),
    ("test_models", "models"),
    ("test_description", "models"),
    ("test_edtf", "models"),
    ("test_index", "models"),
    ("test_builder", "models"),
    ("test_markup", "models"),
    ("test_similar", "models"),
)
#: Test files that take long (building and installing packages, fuzzing, Dask, a site build,
#: big property runs): left out of the quick subset, ``-m "not slow and not browser"``.
SLOW = frozenset(
    {
        "test_outside_package.py",
        "test_strategy_coverage.py",
        "test_schema_agreement.py",
        "test_imports.py",
        "test_docs.py",
        "test_docs_site.py",
        "test_cli.py",
        "test_files.py",
        "test_extension_kit.py",
        "test_edtf_differential.py",
        "test_fuzz.py",
        "test_fuzz_script.py",
        "test_ninjs_hostile.py",
        "test_hostile_constructors.py",
        "test_tables_hostile.py",
        "test_bridge_nothing_lost.py",
        "test_prov_judged.py",
        "test_annotation_judged.py",
    }
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        name = item.path.name
        area = next((a for prefix, a in AREAS if name.startswith(prefix)), "integration")
        item.add_marker(getattr(pytest.mark, area))
        if name in SLOW:
            item.add_marker(pytest.mark.slow)
