"""Events, round 6: general capture idioms, embassy notices without a reporting verb,
and clause shapes that hid events before. Our own example sentences."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from processors.models import Article, Event

SATURDAY = date(2021, 8, 14)


@pytest.fixture(scope="module")
def read(enricher):  # type: ignore[no-untyped-def]
    """Events of one passage through the whole enrichment (candidate gate, headlines)."""

    def events(text: str, published: date = SATURDAY) -> list[Event]:
        when = datetime(published.year, published.month, published.day)
        (enriched,) = enricher.enrich([Article(id="t", text=text, published=when)])
        return enriched.events

    return events


def asserted(events: list[Event], kind: str = "city_captured") -> list[tuple[str, str | None]]:
    return sorted(
        (e.actor, e.location) for e in events if e.type == kind and e.modality == "asserted"
    )


def test_places_gone_after_with_are_asserted_captures(read) -> None:  # type: ignore[no-untyped-def]
    text = "With Kismayo and Baidoa gone, the militants now hold most of the south."
    assert asserted(read(text)) == [("rebels", "Baidoa"), ("rebels", "Kismayo")]


def events_of(
    events: list[Event], kind: str = "city_captured"
) -> list[tuple[str, str | None, str]]:
    return sorted((e.actor, e.location, e.modality) for e in events if e.type == kind)


def test_posts_or_claims_dismissed_by_officials_report_no_capture(read) -> None:  # type: ignore[no-untyped-def]
    posts = "The governor on Friday dismissed as fake rebel posts claiming the seizure of Kidal."
    claims = "A ministry spokesman rejected claims spreading online that Gao had been overrun."
    assert asserted(read(posts)) == []
    assert asserted(read(claims)) == []


def test_a_fall_years_before_the_news_is_background(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The president flew to Raqqa on Friday to praise the army for recapturing the city, "
        "four years after it fell to the jihadists."
    )
    assert events_of(read(text)) == [
        ("government forces", "Raqqa", "asserted"),
        ("rebels", "Raqqa", "recap"),
    ]
