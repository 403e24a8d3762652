"""Claims of round sixteen, fourth pass: older figures beside a count (a description
dated by its own "when" clause, a figure set "against" or "compared with" the count, a
season or year before this one), a part of a count of happenings (the count is the
whole), a range "from A to B" (B is reached), a bare subject "confirmed dead", and a
total a subject of moving pushes "to" a figure. Every sentence here is written for these
tests."""

from __future__ import annotations

import pytest
from claim_readings import asserted, claims


def test_a_description_dated_by_its_own_when_clause_is_background(enricher) -> None:  # type: ignore[no-untyped-def]
    text = "Opal, a Category 3 storm when it came ashore in 2009, flooded the old port."
    found = claims(enricher, text)
    assert ("hurricane_category", 3.0, "exact", "recap") in found
    assert asserted(enricher, text) == []


@pytest.mark.parametrize(
    ("text", "older"),
    [
        ("Clinics have logged 410 cases this season, against 280 the year before.", 280.0),
        ("The county has recorded 64 deaths, versus 51 a year earlier.", 51.0),
    ],
)
def test_a_figure_set_against_the_count_is_the_older_one(enricher, text: str, older: float) -> None:  # type: ignore[no-untyped-def]
    assert not any(v == older for _, v, _ in asserted(enricher, text))


@pytest.mark.parametrize(
    "text",
    [
        "A grass fire burned 9,000 acres near the ridge last summer.",
        "The fever killed 23 people in the district the previous year.",
    ],
)
def test_a_season_or_year_before_this_one_dates_a_recap(enricher, text: str) -> None:  # type: ignore[no-untyped-def]
    assert asserted(enricher, text) == []
    assert any(m == "recap" for *_, m in claims(enricher, text))


@pytest.mark.parametrize(
    ("text", "whole", "bound"),
    [
        ("Roughly 30 percent of the 2,400 cases were among health workers.", 2400.0, "exact"),
        ("Three of the 210 deaths were in the capital, the ministry said.", 210.0, "exact"),
        ("Half of the more than 800 infections were in the north.", 800.0, "more_than"),
    ],
)
def test_a_part_of_a_count_of_happenings_gives_the_whole(
    enricher, text: str, whole: float, bound: str
) -> None:  # type: ignore[no-untyped-def]
    found = asserted(enricher, text)
    assert len(found) == 1
    assert found[0][1:] == (whole, bound)


def test_a_share_of_places_is_still_the_places_taken(enricher) -> None:  # type: ignore[no-untyped-def]
    found = asserted(enricher, "Half of the 30 towns in the valley have fallen to the rebels.")
    assert found == [("cities_captured", 15.0, "exact")]


def test_the_end_of_a_range_after_from_is_the_count_reached(enricher) -> None:  # type: ignore[no-untyped-def]
    found = asserted(enricher, "The toll went from 21 to 26 overnight, the police said.")
    assert ("death_toll", 26.0, "exact") in found
    assert not any(v == 21.0 for _, v, _ in found)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Nine are confirmed dead, the coroner said.", 9.0),
        ("Officials said 14 were found dead inside the hall.", 14.0),
        ("Seven are dead and 22 are hurt.", 7.0),
    ],
)
def test_a_bare_subject_said_to_be_dead_is_the_toll(enricher, text: str, value: float) -> None:  # type: ignore[no-untyped-def]
    assert asserted(enricher, text) == [("death_toll", value, "exact")]


def test_a_bare_subject_said_to_be_missing_is_no_toll(enricher) -> None:  # type: ignore[no-untyped-def]
    assert asserted(enricher, "Nine are still missing after the slide.") == []


def test_the_subject_of_a_verb_moving_a_bare_tally_names_its_metric(enricher) -> None:  # type: ignore[no-untyped-def]
    text = "The 30 new cases pushed the tally to 515."
    assert asserted(enricher, text) == [("confirmed_cases", 515.0, "exact")]
