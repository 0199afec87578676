"""No private name crosses a room: no module of the package imports a leading-underscore
name from another module, nor a leading-underscore module from outside the package that
holds it. Where two rooms need a thing it is public in one of them. The exemptions below
each say why they remain."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src"
PACKAGE = SRC / "iraqwithdrawal"

#: (importing module, imported module, name or "" for a module import): reason.
EXEMPT: dict[tuple[str, str, str], str] = {
    ("iraqwithdrawal._generate.loaders", "iraqwithdrawal.models._base", ""): (
        "the generated tag dispatch reads the registry dict itself on every tagged object; "
        "the public read-only view (models.base.TYPE_REGISTRY) costs about 50 ns a look-up"
    ),
}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _resolve(importer: str, is_package: bool, node: ast.ImportFrom) -> str:
    if not node.level:
        return node.module or ""
    base = importer.split(".")
    if not is_package:
        base = base[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join([*base, *([node.module] if node.module else [])])


def _private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def _package_of(module: str) -> str:
    return module.rsplit(".", 1)[0] if "." in module else ""


def _crossings() -> list[tuple[str, str, str, int]]:
    found: list[tuple[str, str, str, int]] = []
    for path in sorted(PACKAGE.rglob("*.py")):
        importer = _module_name(path)
        is_package = path.name == "__init__.py"
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            targets: list[tuple[str, str]] = []
            if isinstance(node, ast.ImportFrom):
                source = _resolve(importer, is_package, node)
                for alias in node.names:
                    targets.append((source, alias.name))
            elif isinstance(node, ast.Import):
                targets += [(alias.name, "") for alias in node.names]
            else:
                continue
            for source, name in targets:
                if not source.startswith("iraqwithdrawal"):
                    continue
                module = source
                if name and _is_module(f"{source}.{name}"):
                    module = f"{source}.{name}"  # ``from . import _checks``: a module
                elif name and _private(name):
                    found.append((importer, source, name, node.lineno))
                holder = _private_holder(module)
                if holder is not None and not (
                    importer == holder or importer.startswith(holder + ".")
                ):
                    found.append((importer, module, "", node.lineno))
    return sorted(set(found))


def _private_holder(module: str) -> str | None:
    """The package holding the first private part of ``module`` (only modules inside it
    may import it), or ``None`` when every part is public."""
    parts = module.split(".")
    for depth, part in enumerate(parts):
        if _private(part):
            return ".".join(parts[:depth])
    return None


#: Modules that exist only once built: the compiled accelerator (``python -m
#: iraqwithdrawal.accel.build``), which its own package imports when it is there.
BUILT_MODULES = frozenset({"iraqwithdrawal.accel._compiled"})


def _is_module(dotted: str) -> bool:
    rel = Path(*dotted.split("."))
    return (
        dotted in BUILT_MODULES
        or (SRC / rel).with_suffix(".py").exists()
        or (SRC / rel / "__init__.py").exists()
    )


def test_the_exemptions_are_few_and_explained() -> None:
    assert len(EXEMPT) <= 8
    assert all(reason.strip() for reason in EXEMPT.values())


@pytest.mark.parametrize("crossing", ["all"])
def test_no_private_name_is_imported_across_modules(crossing: str) -> None:
    found = [
        f"{importer}:{line} imports {source}{'.' + name if name else ''}"
        for importer, source, name, line in _crossings()
        if (importer, source, name) not in EXEMPT
    ]
    assert found == []


def test_the_checker_sees_a_crossing() -> None:
    node = ast.parse("from ..models._base import _ID_RE").body[0]
    assert isinstance(node, ast.ImportFrom)
    assert _resolve("iraqwithdrawal.standards.x", False, node) == "iraqwithdrawal.models._base"
    assert _private("_ID_RE") and not _private("__version__")
