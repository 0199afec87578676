"""The outside package of docs/extending.md, built from the page's files in a temporary folder,
installed into a fresh virtual environment next to the library, and its own tests run there:
the extension kit works from outside, through public names and the plug-in entry point."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from ._paths import ROOT

PAGE = ROOT / "docs" / "extending.md"
FILE_BLOCK = re.compile(r"^```\w+ file=(\S+)\n(.*?)^```", re.S | re.M)


def _files() -> dict[str, str]:
    return dict(FILE_BLOCK.findall(PAGE.read_text(encoding="utf-8")))


def test_the_page_holds_a_whole_package() -> None:
    assert set(_files()) == {"pyproject.toml", "iw_military/__init__.py", "tests/test_military.py"}
    for name, text in _files().items():
        if name.endswith(".py"):
            assert "iraqwithdrawal._" not in text and "import _" not in text, name
            assert not re.search(r"from iraqwithdrawal\.\w*\._", text), name


def _venv(where: Path) -> Path:
    subprocess.run(
        [sys.executable, "-m", "venv", "--without-pip", str(where)], check=True, timeout=120
    )
    python = where / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    # The fresh environment sees what this one has installed (the library, hypothesis,
    # pytest, setuptools) through a .pth file; its own site-packages come first.
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    here = [p for p in sys.path if p and Path(p).is_dir() and Path(p).resolve() != ROOT]
    Path(purelib, "_parent_environment.pth").write_text("\n".join(here) + "\n")
    return python


def test_outside_package_builds_installs_and_passes_its_tests(tmp_path: Path) -> None:
    package = tmp_path / "iw-military"
    for name, text in _files().items():
        target = package / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    python = _venv(tmp_path / "venv")
    env = {**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1", "PYTHONDONTWRITEBYTECODE": "1"}
    env.pop("IRAQWITHDRAWAL_NO_PLUGINS", None)
    install = subprocess.run(
        [
            str(python),
            "-m",
            "pip",
            "install",
            "--no-deps",
            "--no-build-isolation",
            "--no-index",
            str(package),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert install.returncode == 0, install.stdout + install.stderr
    # Run from elsewhere, so the package is imported from where it was installed.
    run = subprocess.run(
        [str(python), "-m", "pytest", "-q", "-p", "no:cacheprovider", str(package / "tests")],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=600,
        check=False,
    )
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]
    assert "7 passed" in run.stdout, run.stdout[-2000:]
    located = subprocess.run(
        [str(python), "-c", "import iw_military; print(iw_military.__file__)"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        check=True,
    ).stdout
    assert str(tmp_path / "venv") in located
