"""Shared fixtures, the test areas (markers) and the quick subset; the hypothesis profiles
are in ``tests/_profiles.py``. The official standards' files and the canonical report are read from
``tests/data`` (see its README), never from outside the repository.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ._paths import DATA, ROOT
from ._profiles import PROFILE  # registers and loads the hypothesis profiles

__all__ = ["DATA", "PROFILE", "ROOT"]


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
