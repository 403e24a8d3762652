"""Claims of round fifteen, second writer: the window convention of
tests/fixtures/README.md and modality left over. Every sentence here is written for
these tests."""

from __future__ import annotations

import pytest
from claim_readings import asserted, claims


@pytest.mark.parametrize(
    "text",
    [
        "Three provincial capitals fell to the Taliban in 24 hours.",
        "Five provincial capitals passed into Taliban hands inside a single day.",
        "The insurgents took four provincial capitals overnight.",
    ],
)
def test_a_count_in_a_window_of_one_day_or_less_is_a_sub_count(enricher, text: str) -> None:  # type: ignore[no-untyped-def]
    assert asserted(enricher, text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The insurgents have now taken seven provincial capitals in five days.", 7.0),
        ("Militants have captured 22 provincial capitals in less than a week.", 22.0),
        ("The rebels seized 40 towns in under a week.", 40.0),
        ("In 72 hours the rebels had taken three towns along the river.", 3.0),
    ],
)
def test_a_count_over_several_days_with_no_larger_count_beside_it_is_the_total(
    enricher, text: str, value: float
) -> None:  # type: ignore[no-untyped-def]
    assert [c[1] for c in asserted(enricher, text)] == [value]


@pytest.mark.parametrize(
    "text",
    [
        "Fifteen of the 34 provincial capitals have now fallen. Nine were taken in less "
        "than a week.",
        "Nine provincial capitals were taken in less than a week. In all, the Taliban "
        "have seized 15 of the 34 provincial capitals.",
    ],
)
def test_a_count_over_several_days_beside_a_larger_count_is_a_part(enricher, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [c[1] for c in asserted(enricher, text)] == [15.0]


def test_a_larger_count_far_from_the_window_leaves_it_the_total(enricher) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Taliban took Ghor province's capital on Monday, their eleventh in a fortnight. "
        "Officials in the capital met on Tuesday. The talks in Doha stalled again. Aid "
        "groups warned of hunger. The insurgents have claimed at least seven provincial "
        "capitals in a matter of days."
    )
    assert 7.0 in [c[1] for c in asserted(enricher, text)]


def test_a_holding_within_a_day_is_the_running_total(enricher) -> None:  # type: ignore[no-untyped-def]
    text = "That leaves three provincial capitals in Taliban hands within 24 hours."
    assert asserted(enricher, text) == [("provincial_capitals_captured", 3.0, "exact")]


def test_a_time_word_describing_a_noun_is_no_window(enricher) -> None:  # type: ignore[no-untyped-def]
    text = "Gunmen killed at least 25 farmers in overnight attacks, the police said."
    assert asserted(enricher, text) == [("death_toll", 25.0, "at_least")]


def test_the_pace_of_a_whole_fire_is_no_window(enricher) -> None:  # type: ignore[no-untyped-def]
    text = "The Pine Hollow fire burned about 4,500 acres in a matter of hours on Friday."
    assert asserted(enricher, text) == [("acres_burned", 4500.0, "about")]


@pytest.mark.parametrize(
    "text",
    [
        "Farah and Zaranj changed hands on Tuesday: two provincial capitals in a single day, "
        "and six in four days.",
        "Kabul has now confirmed both losses. That is two provincial capitals in a single "
        "day, and six since Saturday.",
    ],
)
def test_a_bare_number_joined_to_a_counted_noun_counts_it_in_its_own_window(
    enricher, text: str
) -> None:  # type: ignore[no-untyped-def]
    assert [c[1] for c in asserted(enricher, text)] == [6.0]


def test_a_count_set_off_beside_a_noun_of_pace_is_its_value(enricher) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The pace of the insurgents' march, 12 provincial capitals in nine days, has "
        "stunned the government."
    )
    assert asserted(enricher, text) == [("provincial_capitals_captured", 12.0, "exact")]


def test_a_toll_up_from_an_earlier_figure_under_a_headline_line_is_asserted(enricher) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Live: Harbour ferry disaster\n09:40 — The coastguard says 88 people died in the "
        "sinking in the bay last night, up from 79 earlier this morning. Most of the "
        "passengers were in their 30s."
    )
    found = claims(enricher, text, "2023-06-04")
    assert ("death_toll", 88.0, "exact", "asserted") in found
    assert ("death_toll", 79.0, "exact", "recap") in found


@pytest.mark.parametrize(
    "text",
    [
        "Greece has lost more than 40,000 acres to wildfires so far in 2024, the fire "
        "service said on Tuesday.",
        "Fires in the province have burned 52,000 acres in 2024, officials said.",
    ],
)
def test_the_year_of_publication_or_so_far_in_a_year_is_no_recap(enricher, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [c[3] for c in claims(enricher, text)] == ["asserted"]


def test_an_earlier_year_is_still_a_recap(enricher) -> None:  # type: ignore[no-untyped-def]
    # a sentence of later news: told alone, a past season's count is asserted (round 18)
    text = (
        "The fire season has started early this year. Fires in the province burned 52,000 "
        "acres in 2017, officials said."
    )
    assert [c[3] for c in claims(enricher, text)] == ["recap"]


def test_a_forecast_in_a_conjunct_of_the_attribution_is_only_its_own(enricher) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Hurricane Tamsin strengthened into a Category 4 storm on Thursday, the weather "
        "service said, and was expected to become the strongest storm to hit the islands."
    )
    assert [c[1:] for c in claims(enricher, text)] == [(4.0, "exact", "asserted")]


def test_a_corrected_figure_is_asserted_and_the_one_it_replaces_negated(enricher) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Hurricane Dora was a Category 4 when it came ashore in Baja last September, not a "
        "Category 3 as first reported, forecasters said on Thursday."
    )
    found = [(c[1], c[3]) for c in claims(enricher, text)]
    assert found == [(4.0, "asserted"), (3.0, "negated")]


@pytest.mark.parametrize(
    "text",
    [
        "Storm Kelda went from a tropical storm to Category 4 in about ten hours before "
        "reaching the coast, a pace of strengthening forecasters had not predicted.",
        "Kelda hit the coast early on Friday as a Category 4 hurricane, having grown from a "
        "tropical storm in a day, an intensification forecasters had failed to foresee.",
    ],
)
def test_a_noun_that_sums_up_what_forecasters_missed_keeps_its_negation(
    enricher, text: str
) -> None:  # type: ignore[no-untyped-def]
    assert [c[1:] for c in claims(enricher, text)] == [(4.0, "exact", "asserted")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The Cedar Ridge fire has burned about 12,000 hectares (29,650 acres).", 29650.0),
        ("The Cedar Ridge fire has burned 29,650 acres (12,000 hectares).", 29650.0),
        ("The Cedar Ridge fire has burned 12,000 hectares.", 29653.0),
    ],
)
def test_one_figure_in_two_units_is_one_claim_in_the_acres_stated(
    enricher, text: str, value: float
) -> None:  # type: ignore[no-untyped-def]
    assert [c[1] for c in asserted(enricher, text)] == [value]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Crews searched the rubble through a third night as the combined death toll from "
            "Sunday's magnitude 6.9 earthquake in Peru and Ecuador passed 2,300, officials said.",
            ("death_toll", 2300.0, "more_than"),
        ),
        (
            "The health ministry said on Monday that confirmed cases of the new virus had "
            "reached 640 nationwide and 12 people had died.",
            ("confirmed_cases", 640.0, "exact"),
        ),
    ],
)
def test_a_figure_a_verb_of_reaching_took_counts_the_noun_before_it(
    enricher, text: str, expected: tuple[str, float, str]
) -> None:  # type: ignore[no-untyped-def]
    assert expected in asserted(enricher, text)


def test_a_part_after_the_reached_figure_and_a_figure_to_pass_are_no_totals(enricher) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Statewide, the death toll from the spring floods in Ohio reached at least 61 on "
        "Friday, 40 of them in one county. The governor said the number of dead was likely "
        "to pass 80."
    )
    assert asserted(enricher, text) == [("death_toll", 61.0, "at_least")]
