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


def _installed(tmp_path: Path) -> tuple[Path, Path, dict[str, str]]:
    """The page's package written out and installed in a fresh environment: the package
    folder, the environment's python, and the environment variables to run it with."""
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
    return package, python, env


def test_outside_package_builds_installs_and_passes_its_tests(tmp_path: Path) -> None:
    package, python, env = _installed(tmp_path)
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


_WORKERS_SCRIPT = """
import json, pathlib, sys, tempfile
import distributed
import pyarrow.parquet as pq
import iraqwithdrawal as iw
from iraqwithdrawal.tables import write_archive

assert "iw_military" not in sys.modules  # this process never imports the extension
unit = {"type": "military_unit", "id": "u1", "name": "1st Brigade", "echelon": "brigade"}
folder = pathlib.Path(tempfile.mkdtemp())
for n in range(2):
    doc = {"id": f"a{n}", "headline": "h", "body": "", "language": "en", "entities": [unit]}
    (folder / f"s{n}.jsonl").write_text(json.dumps(doc) + "\\n")
with (
    distributed.LocalCluster(
        n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None
    ) as cluster,
    distributed.Client(cluster) as client,
):
    result = write_archive(sorted(folder.glob("s*.jsonl")), folder / "t", scheduler=client)
assert result.articles == 2 and result.errors == (), result
rows = pq.read_table(folder / "t" / "entities").to_pylist()
assert [(r["type"], r["echelon"]) for r in rows] == [("military_unit", "brigade")] * 2, rows
print("workers know the extension")
"""


def test_dask_workers_load_the_extension_through_its_entry_point(tmp_path: Path) -> None:
    """The outside package installed, a Dask job's worker processes read its types: each
    task loads the plug-ins of the installed packages before it reads its shard."""
    import pytest

    pytest.importorskip("distributed")
    pytest.importorskip("pyarrow")
    _package, python, env = _installed(tmp_path)
    run = subprocess.run(
        [str(python), "-c", _WORKERS_SCRIPT],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=300,
        check=False,
    )
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-4000:]
    assert "workers know the extension" in run.stdout
