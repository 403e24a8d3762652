"""Claims of round fifteen: general rules found on the two sets the rules were not written
from (ages are no counts, "half a million" is one number, ...). Every sentence here is
written for these tests."""

from __future__ import annotations

import pytest
from claim_readings import asserted, claims

from processors.numbers import parse_number


@pytest.mark.parametrize(
    ("text", "value"),
    [("half a million", 500_000.0), ("half a dozen", 6.0), ("half a thousand", 500.0)],
)
def test_half_a_scale_word_is_one_number(text: str, value: float) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Ridgeback fire has now blackened more than half a million acres of prairie.",
            [("acres_burned", 500_000.0, "more_than")],
        ),
        (
            "Militias have seized half a dozen towns along the river.",
            [("cities_captured", 6.0, "exact")],
        ),
    ],
)
def test_half_a_million_is_read_as_one_figure_not_a_share_and_a_million(
    enricher, text: str, expected: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert asserted(enricher, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The fever has now killed 212 people in the delta, most of them children under five.",
            [("death_toll", 212.0, "exact")],
        ),
        (
            "Cholera has sickened 940 people in the camps, many of them adults over 60.",
            [("confirmed_cases", 940.0, "exact")],
        ),
        (
            "The blaze killed 14 residents aged between 70 and 95 at the care home.",
            [("death_toll", 14.0, "exact")],
        ),
    ],
)
def test_an_age_after_a_noun_of_persons_is_no_count(
    enricher, text: str, expected: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert asserted(enricher, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "None of the 34 provincial capitals has been taken yet, the governor's office said.",
            ("provincial_capitals_captured", 0.0, "negated"),
        ),
        ("No one was killed when the dam gave way on Sunday.", ("death_toll", 0.0, "negated")),
        ("Not one person died in the storm, officials said.", ("death_toll", 0.0, "negated")),
    ],
)
def test_none_of_the_whole_or_no_one_is_a_count_of_zero_negated(
    enricher, text: str, expected: tuple[str, float, str]
) -> None:  # type: ignore[no-untyped-def]
    found = [(c[0], c[1], c[3]) for c in claims(enricher, text)]
    assert found == [expected]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Kunduz and Taloqan became the 9th and 10th provincial capitals seized by the Taliban.",
            10.0,
        ),
        ("Gao and Kidal were the fourth and fifth towns taken by the rebels this month.", 5.0),
    ],
)
def test_two_ordinals_joined_by_and_are_one_count_the_larger(
    enricher, text: str, value: float
) -> None:  # type: ignore[no-untyped-def]
    assert [c[1] for c in asserted(enricher, text)] == [value]


@pytest.mark.parametrize(
    "text",
    [
        "Idlib fell to the rebels on Monday, making it the second major city lost by the "
        "army in five days.",
        "Rebels entered Sinjar at dawn, the second major city the army has lost in a week.",
        "Bardia became the second coastal town to fall to the rebels in ten days.",
    ],
)
def test_an_ordinal_of_a_city_lost_or_to_fall_within_a_window_is_the_running_total(
    enricher, text: str
) -> None:  # type: ignore[no-untyped-def]
    assert asserted(enricher, text) == [("cities_captured", 2.0, "exact")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officials declared the cholera outbreak over on Friday after 212 cases, 40 of "
            "them hospitalised.",
            [("confirmed_cases", 212.0, "exact")],
        ),
        (
            "Province declares mumps outbreak over at 318 cases",
            [("confirmed_cases", 318.0, "exact")],
        ),
        (
            "Ministry declares end of Lassa outbreak | 48 confirmed cases, 9 deaths and 30 "
            "days without a new case",
            [("confirmed_cases", 48.0, "exact"), ("death_toll", 9.0, "exact")],
        ),
        (
            "Liberia declared its Ebola outbreak over on Friday after nearly a year, 1,210 "
            "cases and 503 deaths.",
            [("confirmed_cases", 1210.0, "exact"), ("death_toll", 503.0, "exact")],
        ),
    ],
)
def test_the_tally_an_outbreak_ends_at_is_a_running_total(
    enricher, text: str, expected: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert asserted(enricher, text, "2024-04-05") == expected


def test_the_year_a_count_closes_is_its_span_not_an_old_date(enricher) -> None:  # type: ignore[no-untyped-def]
    text = "Nigeria ended 2023 with 41 cases of wild polio, up from eight in 2022, the agency said."
    assert asserted(enricher, text) == [("confirmed_cases", 41.0, "exact")]


@pytest.mark.parametrize(
    "text",
    [
        "Officials said 41 worshippers died in the stampede at the shrine, the first official "
        "toll after nearly a day of silence.",
        "The ministry said 41 miners were killed in the blast, its second estimate since the "
        "morning.",
    ],
)
def test_an_ordinal_of_a_report_ranks_reports_and_a_time_after_is_no_window(
    enricher, text: str
) -> None:  # type: ignore[no-untyped-def]
    assert asserted(enricher, text) == [("death_toll", 41.0, "exact")]


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        (
            "Health officials confirmed the island's first case of diphtheria in 30 years.",
            "confirmed_cases",
        ),
        ("The province recorded its first cholera case in a decade on Friday.", "confirmed_cases"),
    ],
)
def test_the_first_case_in_years_is_a_count_of_one(enricher, text: str, metric: str) -> None:  # type: ignore[no-untyped-def]
    assert asserted(enricher, text) == [(metric, 1.0, "exact")]


def test_first_deaths_in_the_plural_give_no_count(enricher) -> None:  # type: ignore[no-untyped-def]
    text = "The region reported its first dengue deaths in five years on Friday."
    assert asserted(enricher, text) == []


def test_a_holding_after_the_worst_day_is_the_running_total(enricher) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Taloqan and Kunduz fell on Friday, the worst single day for the army so far, and one "
        "that left seven provincial capitals in the insurgents' hands."
    )
    assert asserted(enricher, text, "2021-08-07") == [
        ("provincial_capitals_captured", 7.0, "exact")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Kunduz fell on Friday, lifting the insurgents' tally to 9 of the 34 provincial "
        "capitals in under a week.",
        "Kunduz falls; insurgent tally now 9 of 34 provincial capitals",
    ],
)
def test_a_tally_given_out_of_the_whole_is_the_running_total(enricher, text: str) -> None:  # type: ignore[no-untyped-def]
    assert asserted(enricher, text, "2021-08-07") == [
        ("provincial_capitals_captured", 9.0, "exact")
    ]


def test_a_bare_number_infected_counts_people(enricher) -> None:  # type: ignore[no-untyped-def]
    text = "The cholera outbreak has killed 31 people and infected more than 2,400, officials said."
    assert asserted(enricher, text) == [
        ("death_toll", 31.0, "exact"),
        ("confirmed_cases", 2400.0, "more_than"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Malaria deaths in the province this year reached 2,140 on Thursday, the first time "
            "the annual toll has passed 2,000.",
            [("death_toll", 2140.0, "exact")],
        ),
        (
            "Cases climbed to 10,412 on Thursday, the first time the tally has topped 10,000 "
            "since the outbreak began.",
            [("confirmed_cases", 10412.0, "exact")],
        ),
    ],
)
def test_a_milestone_the_exact_total_has_passed_is_no_claim_of_its_own(
    enricher, text: str, expected: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert asserted(enricher, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Taliban sources claimed as many as 14 provincial capitals by Friday evening.",
        "The storm killed as many as 60 people along the coast.",
    ],
)
def test_as_many_as_makes_the_figure_uncertain(enricher, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [c[3] for c in claims(enricher, text)] == ["hedged"]


def test_a_category_reached_in_a_perfect_participle_clause_is_an_earlier_state(enricher) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Hurricane Lena came ashore near the port on Friday morning as a Category 2 storm, "
        "having briefly reached Category 3 strength overnight."
    )
    assert claims(enricher, text) == [
        ("hurricane_category", 2.0, "exact", "asserted"),
        ("hurricane_category", 3.0, "exact", "recap"),
    ]


def test_cases_a_later_clause_says_were_not_confirmed_are_hedged(enricher) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The province has recorded 4,200 cholera cases and 61 deaths since January, the "
        "ministry said, though most of the cases have not been confirmed by laboratory tests."
    )
    assert claims(enricher, text) == [
        ("confirmed_cases", 4200.0, "exact", "hedged"),
        ("death_toll", 61.0, "exact", "asserted"),
    ]


def test_a_denial_in_a_relative_clause_contests_only_its_antecedents_figure(enricher) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The agency revised its death toll for the floods to 2,410 on Thursday, after earlier "
        "citing a figure of 8,000 attributed to the local council, which denied issuing it."
    )
    assert asserted(enricher, text) == [("death_toll", 2410.0, "exact")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Our count stood at 9 capitals last night; with these two and Aybak, it is now 12.",
            [("provincial_capitals_captured", 12.0, "exact")],
        ),
        (
            "An intelligence assessment had the capital cut off within a month and in Taliban "
            "hands within three.",
            [],
        ),
        (
            "Rebels said they took Gao on Friday and Kidal on Saturday, two towns on the "
            "river road.",
            [],
        ),
    ],
)
def test_numbers_that_point_back_or_stand_for_time_are_no_running_total(
    enricher, text: str, expected: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    found = [c for c in asserted(enricher, text, "2021-08-13") if c[1] != 9.0]
    assert found == expected


def test_ahead_of_a_fire_in_time_or_place_is_no_comparison(enricher) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The town emptied as 9,000 residents were ordered out ahead of the Ridge Fire, which "
        "has burned nearly 80,000 acres since it started."
    )
    assert asserted(enricher, text) == [("acres_burned", 80_000.0, "about")]
