"""Claims of round sixteen, third pass: the provincial capitals of the rule pack's own
war (its total of 34) are counted only in its context, never for a district or state
capital, a capital taken by a group named by another noun, or a whole told as another
number; and figures of other kinds in the domains the rules know (money, troops, ages,
years, ranges, rates, speeds, distances, phone numbers, votes, scores) are no claims.
Every sentence here is written for these tests."""

from __future__ import annotations

import pytest
from claim_readings import asserted


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The town became the third district capital to fall to the militia since March.", 3.0),
        ("It was the second provincial capital to fall to the rebels this year.", 2.0),
        ("Officials said the port was the fourth provincial capital to fall to the militia.", 4.0),
    ],
)
def test_a_capital_outside_the_pack_war_is_a_city_captured_with_no_total(
    enricher, text: str, value: float
) -> None:  # type: ignore[no-untyped-def]
    found = asserted(enricher, text)
    assert ("cities_captured", value, "exact") in found
    assert not any(m == "provincial_capitals_captured" for m, _, _ in found)


def test_a_whole_other_than_the_pack_total_is_another_country(enricher) -> None:  # type: ignore[no-untyped-def]
    from datetime import datetime

    from processors.models import Article

    text = "The insurgents now control seven of the country's 21 provincial capitals."
    article = Article(id="x", text=text, published=datetime(2024, 4, 5))
    found = enricher.enrich([article])[0].claims
    assert [(c.metric, c.value, c.total) for c in found] == [("cities_captured", 7.0, 21.0)]


def test_a_district_capital_is_no_provincial_capital_even_in_the_pack_war(enricher) -> None:  # type: ignore[no-untyped-def]
    text = "The Taliban took a fifth district capital in Helmand, officials said."
    found = asserted(enricher, text)
    assert ("cities_captured", 5.0, "exact") in found
    assert not any(m == "provincial_capitals_captured" for m, _, _ in found)


def test_the_pack_war_keeps_its_provincial_capitals(enricher) -> None:  # type: ignore[no-untyped-def]
    text = "The insurgents seized their sixth provincial capital in Afghanistan."
    found = asserted(enricher, text)
    assert ("provincial_capitals_captured", 6.0, "exact") in found


@pytest.mark.parametrize(
    "text",
    [
        "The fever kills around 3 people per 100,000 every year in the lowlands.",
        "The outbreak has infected 1 in 10 people in the refugee settlement.",
        "The virus killed 3 of every 10 people it infected in the valley.",
        "Across the coast the storm caused 4 deaths per day over the week.",
    ],
)
def test_a_rate_gives_neither_its_part_nor_its_base_as_a_count(enricher, text: str) -> None:  # type: ignore[no-untyped-def]
    assert asserted(enricher, text) == []


def test_a_count_in_a_year_after_in_is_no_rate(enricher) -> None:  # type: ignore[no-untyped-def]
    found = asserted(enricher, "The floods killed 14 people in the province, officials said.")
    assert ("death_toll", 14.0, "exact") in found


@pytest.mark.parametrize(
    "text",
    [
        "The fire has burned 40,000 acres, roughly the size of a city of 300,000 people.",
        "Flooding cut off the camp of 40,000, and 12 people drowned.",
    ],
)
def test_the_people_of_a_place_are_its_population_not_a_toll(enricher, text: str) -> None:  # type: ignore[no-untyped-def]
    found = asserted(enricher, text)
    assert not any(v in (300000.0, 40000.0) and m == "death_toll" for m, v, _ in found)
    assert found  # the claim told beside it stays


def test_the_figure_a_comparison_measures_against_is_no_claim(enricher) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The blaze has burned 40,000 acres, an area larger than the old Ridge Fire's 90,000 acres."
    )
    found = asserted(enricher, text)
    assert ("acres_burned", 40000.0, "exact") in found
    assert not any(v == 90000.0 for _, v, _ in found)


def test_an_area_compounded_with_a_thing_other_than_a_fire_is_its_size(enricher) -> None:  # type: ignore[no-untyped-def]
    found = asserted(
        enricher, "The wildfire destroyed a 400-acre orchard owned by a family of six."
    )
    assert not any(m == "acres_burned" for m, _, _ in found)
    fire = asserted(enricher, "The 1,200-acre fire forced the evacuation of 300 homes.")
    assert ("acres_burned", 1200.0, "exact") in fire


def test_what_a_count_includes_is_a_part_of_it(enricher) -> None:  # type: ignore[no-untyped-def]
    found = asserted(enricher, "The tally of 54 includes 11 people who died in hospital.")
    assert found == [("death_toll", 54.0, "exact")]


def test_one_of_a_group_told_by_its_event_counts_the_group(enricher) -> None:  # type: ignore[no-untyped-def]
    found = asserted(enricher, "The driver was one of 3 people killed when the bridge collapsed.")
    assert found == [("death_toll", 3.0, "exact")]


@pytest.mark.parametrize(
    "text",
    [
        "Half of the 40 people killed in the collapse were children.",
        "Two of the 40 people killed were police officers, the mayor said.",
    ],
)
def test_a_kind_within_a_group_told_by_its_event_counts_the_group(enricher, text: str) -> None:  # type: ignore[no-untyped-def]
    assert asserted(enricher, text) == [("death_toll", 40.0, "exact")]


def test_a_part_holding_places_is_still_a_share_of_the_whole(enricher) -> None:  # type: ignore[no-untyped-def]
    found = asserted(enricher, "Eleven of the 34 provincial capitals are now in Taliban hands.")
    assert found == [("provincial_capitals_captured", 11.0, "exact")]


def test_what_takes_a_count_to_a_new_figure_is_the_increment(enricher) -> None:  # type: ignore[no-untyped-def]
    text = "Nurses said the 14 cases confirmed at the clinic brought the measles total to 212."
    assert asserted(enricher, text) == [("confirmed_cases", 212.0, "exact")]
