"""Synthetic archives: any number of valid articles drawn from the shipped strategies,
the same ones for the same seed. For tests, benchmarks and trying the tables out."""

from __future__ import annotations

from collections.abc import Iterator

import attrs
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import seed as _seed

from ..models import Article
from .strategies import articles

__all__ = ["synthetic_archive"]

_CHUNK = 50


def _draw(count: int, seed: int) -> list[Article]:
    """``count`` articles from hypothesis, generation only, with a fixed seed."""
    batch: list[Article] = []

    @_seed(seed)
    @settings(
        max_examples=count,
        phases=[Phase.generate],
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(articles())
    def draw(article: Article) -> None:
        if len(batch) < count:
            batch.append(article)

    draw()
    return batch


def synthetic_archive(count: int, seed: int = 0) -> Iterator[Article]:
    """``count`` generated articles, drawn 50 at a time (memory does not grow with
    ``count``). Article ids are ``synth-<seed>-<n>``, unique in the archive."""
    made = chunk = 0
    while made < count:
        for article in _draw(min(_CHUNK, count - made), seed * 1_000_003 + chunk):
            yield attrs.evolve(article, id=f"synth-{seed}-{made}")
            made += 1
        chunk += 1
