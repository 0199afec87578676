"""Example reports, encoded in full: the canonical report "US and Iraq Near Agreement on
Coalition Troop Withdrawal" and shorter reports of the same genre, each showing what the
models hold (see ``docs/guide.md``).

Each example is built in code with :class:`~iraqwithdrawal.builder.ArticleBuilder` and
shipped as JSON in this package; a test proves the two are equal. :func:`example` reads the
JSON, :func:`build_example` builds it in code.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import resources

from ..models import Article
from . import _reports
from ._seed import SEED_BODY, build_seed

__all__ = [
    "EXAMPLES",
    "SEED_BODY",
    "SEED_JSON_NAME",
    "build_example",
    "example",
    "example_json",
    "load_seed_report",
    "seed_report",
    "seed_report_json",
]

SEED_JSON_NAME = "seed_report.json"

#: Every example by name, with the function that builds it in code.
EXAMPLES: dict[str, Callable[[], Article]] = {"seed": build_seed, **_reports.REPORTS}


def _known(name: str) -> str:
    if name not in EXAMPLES:
        raise KeyError(f"no example named {name!r} (known: {', '.join(EXAMPLES)})")
    return name


def _file(name: str) -> str:
    return SEED_JSON_NAME if _known(name) == "seed" else f"{name}.json"


def example_json(name: str) -> str:
    """The shipped JSON text of example ``name``; ``KeyError`` for an unknown name."""
    return resources.files(__name__).joinpath(_file(name)).read_text(encoding="utf-8")


def example(name: str) -> Article:
    """Example ``name`` read from its shipped JSON."""
    from ..serialize import from_json

    return from_json(example_json(name), source=_file(name))


def build_example(name: str) -> Article:
    """Example ``name`` built in code; ``KeyError`` for an unknown name."""
    return EXAMPLES[_known(name)]()


def seed_report() -> Article:
    """The canonical report, built with the public API."""
    return build_seed()


def seed_report_json() -> str:
    """The bundled JSON file's text."""
    return example_json("seed")


def load_seed_report() -> Article:
    """The canonical report read from the bundled JSON file."""
    return example("seed")
