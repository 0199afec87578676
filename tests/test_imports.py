"""Import orders, each in a fresh interpreter: the testing helpers import on their own, the
hypothesis plug-in registers the strategies whichever package comes first, and importing
hypothesis does not import this library."""

from __future__ import annotations

import subprocess
import sys

import pytest


def _run(code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


DRAW = (
    "from hypothesis import strategies as st\n"
    "import iraqwithdrawal as iw\n"
    "article = st.from_type(iw.Article).example()\n"
    "print(type(article).__name__, iw.validate(article) == [] or "
    "all(p.severity.value == 'warning' for p in iw.validate(article)))\n"
)


@pytest.mark.parametrize(
    "first",
    [
        "import iraqwithdrawal.testing",
        "from iraqwithdrawal.testing import assert_roundtrip",
        "from iraqwithdrawal.testing.strategies import articles",
        "import hypothesis",
        "import hypothesis.strategies",
        "import iraqwithdrawal",
        "import iraqwithdrawal\nimport hypothesis",
        "import hypothesis\nimport iraqwithdrawal",
    ],
)
def test_every_import_order_registers_the_strategies(first: str) -> None:
    assert _run(first + "\n" + DRAW) == "Article True"


def test_importing_hypothesis_does_not_import_the_library() -> None:
    loaded = _run(
        "import sys, hypothesis\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'iraqwithdrawal'))"
    )
    assert loaded == "[]"


def test_importing_the_library_does_not_import_test_or_standards_tools() -> None:
    loaded = _run(
        "import sys, iraqwithdrawal\n"
        "print(sorted(m for m in ('hypothesis', 'pytest', 'jsonschema', 'rdflib') "
        "if m in sys.modules))"
    )
    assert loaded == "[]"
