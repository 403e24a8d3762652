"""Claim and event shapes that the rules read structurally, not from word lists of
particular passages: bounds, counts reached, dated background, discredited reports,
labelled headline lines, embassy missions and quoted instructions."""

from __future__ import annotations

from datetime import datetime

import pytest

from processors.models import Article
from processors.numbers import parse_quantity


def read(enricher, text: str, published: str = "2024-04-05"):  # type: ignore[no-untyped-def]
    article = Article(id="x", text=text, published=datetime.fromisoformat(published))
    return enricher.enrich([article])[0]


def claims(enricher, text: str, published: str = "2024-04-05"):  # type: ignore[no-untyped-def]
    found = read(enricher, text, published).claims
    return [(c.metric, c.value, c.bound, c.modality) for c in found]


def test_n_plus_is_more_than_n() -> None:
    assert parse_quantity("20-plus") == parse_quantity("20", "more than")
    assert parse_quantity("1,000+").bound == "more_than"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The flood death toll is near 300.", ("death_toll", 300.0, "about", "asserted")),
        ("Flood deaths near 3,000 as rescuers search the coast",
         ("death_toll", 3000.0, "about", "asserted")),
        ("Confirmed dengue infections ticked up to 231 on Wednesday.",
         ("confirmed_cases", 231.0, "exact", "asserted")),
        ("Rebels now hold 20-plus towns in the east.",
         ("cities_captured", 20.0, "more_than", "asserted")),
        ("The insurgents' flag now flies over eight provincial hubs.",
         ("provincial_capitals_captured", 8.0, "exact", "asserted")),
        ("The state has confirmed 300-plus cases of dengue since January.",
         ("confirmed_cases", 300.0, "more_than", "asserted")),
        ("The storm is now a category-four hurricane.",
         ("hurricane_category", 4.0, "exact", "asserted")),
    ],
)  # fmt: skip
def test_bounds_and_counts_reached_are_read_from_the_parse(enricher, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in claims(enricher, text)


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("By Monday the fire had burned 22,000 acres.", "recap"),
        ("Officials said claims that 100,000 acres had burned were untrue.", "negated"),
        ("Government ministers dismissed as false reports that the rebels held 11 cities.",
         "negated"),
        ("READ NEXT: Category 5 Hurricane Lyle forces mass evacuation", "other_story"),
    ],
)  # fmt: skip
def test_background_discredited_and_other_story_claims_are_not_asserted(  # type: ignore[no-untyped-def]
    enricher, text, modality
) -> None:
    got = claims(enricher, text)
    assert got and all(m == modality for *_, m in got), got


def test_a_weekday_in_an_undated_article_never_makes_the_past_perfect_a_recap(enricher) -> None:  # type: ignore[no-untyped-def]
    article = Article(id="x", text="By Monday the fire had burned 22,000 acres.",
                      fetched=datetime(2024, 4, 5))  # fmt: skip
    assert [c.modality for c in enricher.enrich([article])[0].claims] == ["asserted"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Americans shuttered their mission in Aldmere on Thursday.",
         ("embassy_closure", "US Embassy Aldmere", "asserted")),
        ("Stay indoors, the British embassy in Khartoum told its citizens on Thursday.",
         ("embassy_security_alert", "UK Embassy Khartoum", "asserted")),
        ("Canadians in Kyiv were told again by their embassy on Wednesday to leave at once.",
         ("embassy_security_alert", "Canadian Embassy Kyiv", "asserted")),
        ("The French embassy in Kyiv has already repeatedly urged its citizens to leave.",
         ("embassy_security_alert", "French Embassy Kyiv", "recap")),
    ],
)  # fmt: skip
def test_embassy_events_from_missions_quotes_and_dated_repeats(enricher, text, expected) -> None:  # type: ignore[no-untyped-def]
    events = [(e.type, e.actor, e.modality) for e in read(enricher, text, "2024-03-14").events]
    assert expected in events
