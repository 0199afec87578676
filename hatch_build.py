"""Hatchling build hook: the optional compiled accelerator in the wheel, when it can be built.

``IRAQWITHDRAWAL_BUILD_ACCEL`` decides: unset (``auto``) compiles the extension when Cython,
setuptools and a C compiler are there and builds a pure wheel otherwise (an isolated build has
no Cython, so ``pip install`` from the sdist gives the pure wheel); ``1`` asks the build
frontend for Cython and setuptools and fails if the extension cannot be compiled (CI and
cibuildwheel); ``0`` never compiles it. Editable installs stay pure: build the extension in
place with ``python -m iraqwithdrawal.accel.build``. See docs/performance.md.
"""

from __future__ import annotations

import importlib.util
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

_BUILD_NEEDS = ["cython>=3", "setuptools>=70.1", "attrs>=23.1.0", "cattrs>=23.2.1"]


class AcceleratorHook(BuildHookInterface):  # type: ignore[type-arg]
    PLUGIN_NAME = "custom"

    def _mode(self) -> str:
        return os.environ.get("IRAQWITHDRAWAL_BUILD_ACCEL", "auto").strip() or "auto"

    def dependencies(self) -> list[str]:
        return list(_BUILD_NEEDS) if self._mode() == "1" else []

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        mode = self._mode()
        if self.target_name != "wheel" or version == "editable" or mode == "0":
            return
        if mode == "auto" and importlib.util.find_spec("Cython") is None:
            self.app.display_info(
                "iraqwithdrawal: a pure wheel (Cython is not installed; "
                "IRAQWITHDRAWAL_BUILD_ACCEL=1 asks for it and builds the accelerator)"
            )
            return
        src = str(Path(self.root) / "src")
        sys.path.insert(0, src)
        self._tmp = tempfile.TemporaryDirectory()
        try:
            from iraqwithdrawal.accel.build import build

            built = build(Path(self._tmp.name))
        except Exception as exc:
            if mode == "1":
                raise
            self.app.display_warning(f"iraqwithdrawal: a pure wheel (no accelerator): {exc}")
            return
        finally:
            sys.path.remove(src)
        self.app.display_info(f"iraqwithdrawal: compiled accelerator {built.name}")
        build_data["pure_python"] = False
        build_data["infer_tag"] = True
        build_data["force_include"][str(built)] = f"iraqwithdrawal/accel/{built.name}"

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        tmp = getattr(self, "_tmp", None)
        if tmp is not None:
            tmp.cleanup()
