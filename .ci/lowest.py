"""Print pip constraints pinning every runtime dependency, and those of the extras named on
the command line, to the lowest version ``pyproject.toml`` declares (``name>=X`` becomes
``name==X``). The floors are written once, in ``pyproject.toml``; this only reads them."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import tomllib

project = tomllib.loads((Path(__file__).parent.parent / "pyproject.toml").read_text())["project"]
requirements = list(project["dependencies"])
for extra in sys.argv[1:]:
    requirements += project["optional-dependencies"][extra]
for requirement in requirements:
    found = re.fullmatch(r"([A-Za-z0-9_.\-]+)\s*>=\s*([0-9][A-Za-z0-9.]*)", requirement)
    if found is None:
        if requirement.startswith(project["name"] + "["):
            continue  # an extra of this package: its own requirements are listed on their own
        raise SystemExit(f"no floor to pin in {requirement!r}: declare it as name>=version")
    print(f"{found[1]}=={found[2]}")
