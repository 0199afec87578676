"""Where the tests' reference files are: ``tests/data``, shipped with the repository and the
sdist. Module-level, so that parametrised tests can list files."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"


def edtf_vectors() -> list[str]:
    """Every EDTF string of the test vectors in ``tests/data/edtf/`` (the first column)."""
    found: set[str] = set()
    for name in ("valid.txt", "invalid.txt", "spec_examples.tsv", "crosscheck.tsv"):
        for line in (DATA / "edtf" / name).read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                found.add(line.split("\t")[0].strip())
    return sorted(found)
