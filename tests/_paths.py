"""Where the tests' reference files are: ``tests/data``, shipped with the repository and the
sdist. Module-level, so that parametrised tests can list files."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
