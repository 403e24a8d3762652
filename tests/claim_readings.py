"""The claims one passage gives through the whole enrichment, as (metric, value, bound,
modality) tuples: the helpers of the claims test modules."""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime

import pytest

from processors.models import Article


def claims(enricher, text: str, published: str = "2024-04-05"):  # type: ignore[no-untyped-def]
    article = Article(id="x", text=text, published=datetime.fromisoformat(published))
    found = enricher.enrich([article])[0].claims
    return [(c.metric, c.value, c.bound, c.modality) for c in found]


def every(enricher, text: str, published: str = "2024-04-05"):  # type: ignore[no-untyped-def]
    """Every claim read, as sorted (metric, value, modality) tuples."""
    return sorted((c[0], c[1], c[3]) for c in claims(enricher, text, published))


def asserted(enricher, text: str, published: str = "2024-04-05"):  # type: ignore[no-untyped-def]
    """(metric, value, bound) of the asserted claims."""
    return [c[:3] for c in claims(enricher, text, published) if c[3] == "asserted"]


def known_wrong(text: str, wrong: Collection[str]) -> list[pytest.MarkDecorator]:
    """A strict xfail for a passage a module's known wrong readings name, whole or by its
    opening characters."""
    return [pytest.mark.xfail(strict=True)] if any(text.startswith(w) for w in wrong) else []
