"""A count's `as_of`: the latest day its sentence dates it to, so the thresholds can tell an
anniversary's old toll from news."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from processors.enrich import Enricher, as_of
from processors.models import Article

PUBLISHED = date(2025, 11, 13)


@pytest.mark.parametrize(
    ("time", "expected"),
    [
        ("in 1985", date(1985, 12, 31)),
        ("13 November 1985", date(1985, 11, 13)),
        ("on Tuesday", date(2025, 11, 11)),
        ("in 2024", date(2024, 12, 31)),
    ],
)
def test_a_dated_count_is_as_of_the_latest_day_its_time_can_mean(time: str, expected: date):
    assert as_of(time, PUBLISHED) == expected


@pytest.mark.parametrize(
    "time", [None, "since January", "so far in 2025", "this year", "to date", "since 2020"]
)
def test_a_count_running_up_to_the_article_or_undated_has_no_as_of(time: str | None):
    assert as_of(time, PUBLISHED) is None


def test_an_undated_article_gives_no_as_of():
    assert as_of("in 1985", None) is None


def test_an_anniversary_toll_read_from_text_carries_its_year(enricher: Enricher):
    article = Article(
        id="anniv",
        text="Forty years on, the town remembers the mudslide that killed 2,300 people in 1979.",
        published=datetime(2019, 5, 2, tzinfo=UTC),
    )
    [enriched] = enricher.enrich([article])
    tolls = [c for c in enriched.claims if c.metric == "death_toll"]
    assert [(c.value, c.as_of) for c in tolls] == [(2300, date(1979, 12, 31))]
