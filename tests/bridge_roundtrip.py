"""The generic round-trip judge of the bridges: nothing lost silently.

``expected(article, losses)`` is the article's wire form with every loss applied: a value
reported dropped is taken out (an item of a list leaves the list), a value reported
approximated may come back as anything. ``differences(expected, back)`` lists every place
where the article read back differs from that: so a non-default field of the input is either
equal after the round trip or named in the losses, and nothing appears that was not there
(except inside an object holding an approximated value, which may move it: a person known
only by a description comes back named so).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

import iraqwithdrawal as iw
from iraqwithdrawal.standards import Loss, LossKind

_STEP = re.compile(r"\.([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]")


class _Marker:
    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return self.name


DROPPED = _Marker("DROPPED")
ANY = _Marker("ANY")


def _steps(path: str) -> list[str | int]:
    assert path.startswith("$"), path
    steps: list[str | int] = []
    rest = path[1:]
    while rest:
        found = _STEP.match(rest)
        assert found is not None, f"not a JSON path: {path!r}"
        steps.append(found[1] if found[1] is not None else int(found[2]))
        rest = rest[found.end() :]
    return steps


def _mark(tree: Any, path: str, marker: _Marker) -> None:
    steps = _steps(path)
    if not steps:
        raise AssertionError("the whole article is reported lost")
    node = tree
    for step in steps[:-1]:
        node = node[step]
        if isinstance(node, _Marker):
            return  # inside something already dropped
    last = steps[-1]
    if isinstance(node, dict) and last not in node:
        raise AssertionError(f"a loss names a value that is not there: {path}")
    if isinstance(node[last], _Marker) and node[last] is DROPPED:
        return
    node[last] = marker


def _purge(tree: Any) -> Any:
    if isinstance(tree, dict):
        return {k: _purge(v) for k, v in tree.items() if v is not DROPPED}
    if isinstance(tree, list):
        return [_purge(v) for v in tree if v is not DROPPED]
    return tree


def expected(article: iw.Article, losses: Iterable[Loss], given: Iterable[str] = ()) -> Any:
    """The article's wire form with the losses applied (paths are JSON paths of it), except
    the top-level fields ``given`` to the importer, which come back as given."""
    tree = iw.to_dict(article)
    kept = {name: tree[name] for name in given}
    for loss in sorted(losses, key=lambda x: x.kind is LossKind.DROPPED, reverse=True):
        _mark(tree, loss.path, DROPPED if loss.kind is LossKind.DROPPED else ANY)
    tree = _purge(tree)
    tree.update(kept)
    return tree


def differences(want: Any, got: Any, path: str = "$") -> list[str]:
    """Where ``got`` differs from ``want`` (``ANY`` matches anything)."""
    if want is ANY:
        return []
    if isinstance(want, dict) and isinstance(got, dict):
        loose = any(v is ANY for v in want.values())
        out = []
        for key, value in want.items():
            if value is ANY:
                continue
            if key not in got:
                if value in ([], {}):
                    continue  # emptied by the losses: the wire form leaves it out
                out.append(f"{path}.{key}: {value!r} did not come back")
            else:
                out += differences(value, got[key], f"{path}.{key}")
        if not loose:
            out += [f"{path}.{k}: {got[k]!r} appeared" for k in got if k not in want]
        return out
    if isinstance(want, list) and isinstance(got, list):
        if len(want) != len(got):
            return [f"{path}: {len(want)} items expected, {len(got)} came back"]
        out = []
        for i, (a, b) in enumerate(zip(want, got, strict=True)):
            out += differences(a, b, f"{path}[{i}]")
        return out
    return [] if want == got else [f"{path}: {want!r} became {got!r}"]


def assert_faithful(
    article: iw.Article, losses: Iterable[Loss], back: iw.Article, given: Iterable[str] = ()
) -> None:
    """The article read back equals the original up to the reported losses (``given``: the
    top-level fields the importer was told, such as a headline brat does not keep)."""
    found = differences(expected(article, losses, given), iw.to_dict(back))
    assert not found, "lost silently:\n" + "\n".join(found[:30])
