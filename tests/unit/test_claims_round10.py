"""Claims of round ten: general rules found on text the rules were not written from
(the attribution clause is no time window, a headline ends at "|", a list of figures
keeps each figure's own word, a total moved by a gerund clause counts what the main
clause adds). Every sentence here is written for these tests."""

from __future__ import annotations

import pytest
from claim_readings import asserted, claims


@pytest.mark.parametrize(
    "text",
    [
        "The toll from the floods passed 900 on Friday, the agency said, on a day when "
        "several more bodies washed up downstream.",
        "Deaths from the outbreak passed 900 on Friday, officials said, on a day when "
        "two more clinics closed.",
    ],
)
def test_a_day_named_in_the_attribution_clause_is_no_window_of_the_count(
    enricher, text: str
) -> None:  # type: ignore[no-untyped-def]
    assert asserted(enricher, text) == [("death_toll", 900.0, "more_than")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mudslide deaths climb to 64 | Crews searched a second valley on Friday",
            [("death_toll", 64.0, "exact")],
        ),
        (
            "Cholera cases rise to 730 | Health workers opened two more clinics in the port",
            [("confirmed_cases", 730.0, "exact")],
        ),
    ],
)
def test_a_headline_figure_is_read_apart_from_its_standfirst(
    enricher, text: str, expected: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert asserted(enricher, text) == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The prefecture confirms 318 dead and 45 missing a week after the landslide.", 318.0),
        ("Rescuers have now counted 61 dead and 40 missing in the two valleys.", 61.0),
    ],
)
def test_a_missing_count_listed_after_the_dead_does_not_veto_them(
    enricher, text: str, value: float
) -> None:  # type: ignore[no-untyped-def]
    assert asserted(enricher, text) == [("death_toll", value, "exact")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The province reported 13 new cholera cases on Tuesday, raising its total to 212.",
            ("confirmed_cases", 212.0, "exact"),
        ),
        (
            "Another 30 people on the liner have tested positive for the virus, bringing its "
            "total to 318, the port authority said.",
            ("confirmed_cases", 318.0, "exact"),
        ),
        (
            "The county logged nine more deaths overnight, taking its tally to 61.",
            ("death_toll", 61.0, "exact"),
        ),
        (
            "The rebels seized two more towns on Monday, bringing their total to 14.",
            ("cities_captured", 14.0, "exact"),
        ),
    ],
)
def test_a_total_a_gerund_clause_moves_counts_what_the_main_clause_adds(
    enricher, text: str, expected: tuple[str, float, str]
) -> None:  # type: ignore[no-untyped-def]
    assert asserted(enricher, text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The blaze has now burned more than a million acres.", ("acres_burned", 1e6, "more_than")),
        ("Nearly a thousand people have died in the floods.", ("death_toll", 1000.0, "about")),
        (
            "Over a hundred cases have been confirmed in the camp.",
            ("confirmed_cases", 100.0, "more_than"),
        ),
    ],
)
def test_a_bound_before_a_million_or_a_thousand_bounds_it(
    enricher, text: str, expected: tuple[str, float, str]
) -> None:  # type: ignore[no-untyped-def]
    assert asserted(enricher, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The toll rose to 312, the worst day since the 1975-90 civil war.",
        "The toll rose to 312, more than in any year of the 2003-2011 conflict.",
    ],
)
def test_a_span_of_years_is_no_count(enricher, text: str) -> None:  # type: ignore[no-untyped-def]
    assert asserted(enricher, text) == [("death_toll", 312.0, "exact")]


@pytest.mark.parametrize(
    ("text", "stated"),
    [
        (
            "The season is the worst on record: about 4.1 million hectares (10.1 million "
            "acres) have burned.",
            10_100_000.0,
        ),
        ("The Pine Ridge fire has burned some 12,000 hectares (29,650 acres).", 29_650.0),
    ],
)
def test_an_area_restated_in_brackets_keeps_the_bound_of_the_figure_before(
    enricher, text: str, stated: float
) -> None:  # type: ignore[no-untyped-def]
    assert ("acres_burned", stated, "about") in asserted(enricher, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Doctors say the outbreak, now at 530 cases, could pass 1,000 by spring if "
            "schools reopen.",
            ("confirmed_cases", 530.0, "exact"),
        ),
        (
            "The fire, at 12,400 acres, may double in size if the winds return.",
            ("acres_burned", 12_400.0, "exact"),
        ),
        (
            "The blaze, already at 8,000 acres, is forecast to spread east.",
            ("acres_burned", 8_000.0, "exact"),
        ),
    ],
)
def test_a_figure_set_off_by_commas_after_the_subject_is_stated_whatever_the_clause_says(
    enricher, text: str, expected: tuple[str, float, str]
) -> None:  # type: ignore[no-untyped-def]
    assert asserted(enricher, text) == [expected]


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        (
            "The ministry said more than 900 people had been killed, a figure aid groups "
            "said they could not verify.",
            "death_toll",
        ),
        (
            "Rebels said they had taken 14 towns, a claim that could not be independently "
            "verified.",
            "cities_captured",
        ),
        (
            "The province reported 310 cases on Friday, which could not be confirmed "
            "independently.",
            "confirmed_cases",
        ),
    ],
)
def test_a_figure_an_afterthought_says_no_one_could_check_is_hedged(
    enricher, text: str, metric: str
) -> None:  # type: ignore[no-untyped-def]
    assert [(c[0], c[3]) for c in claims(enricher, text)] == [(metric, "hedged")]


def test_a_figure_an_afterthought_says_was_confirmed_stays_asserted(enricher) -> None:  # type: ignore[no-untyped-def]
    text = "The ministry put the toll at 340, a figure confirmed by the Red Cross."
    assert asserted(enricher, text) == [("death_toll", 340.0, "exact")]


@pytest.mark.parametrize(
    "text",
    [
        "The UN office withdrew a flood death toll of 9,800 that it had attributed to a "
        "local aid group.",
        "Officials retracted their count of 90 cholera cases on Monday.",
    ],
)
def test_a_figure_its_source_takes_back_is_negated(enricher, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [c[3] for c in claims(enricher, text)] == ["negated"]


@pytest.mark.parametrize(
    ("text", "current", "record"),
    [
        (
            "At 61,000 acres the Dixon Fire has passed the 2019 Hill Fire's 52,000 acres.",
            61_000.0,
            52_000.0,
        ),
        (
            "The Dixon Fire has now overtaken the Hill Fire, which charred 52,000 acres, and "
            "stands at 61,000 acres.",
            61_000.0,
            52_000.0,
        ),
        (
            "The Dixon Fire had burned about 61,000 acres on Friday, ahead of the 52,000-acre "
            "Hill Fire of 2019.",
            61_000.0,
            52_000.0,
        ),
        (
            "The Dixon Fire, at 61,000 acres, is bigger than the Hill Fire, which burned "
            "52,000 acres.",
            61_000.0,
            52_000.0,
        ),
    ],
)
def test_the_record_a_figure_beats_is_an_older_value(
    enricher, text: str, current: float, record: float
) -> None:  # type: ignore[no-untyped-def]
    found = {c[1]: c[3] for c in claims(enricher, text) if c[0] == "acres_burned"}
    assert found == {current: "asserted", record: "recap"}


@pytest.mark.parametrize(
    "text",
    [
        "Only the Hill Fire of 2019, which burned just over 90,000 acres, was bigger.",
        "The only larger blaze was the Hill Fire of 2019, which charred 90,000 acres.",
    ],
)
def test_a_figure_of_a_fire_dated_by_an_earlier_year_is_an_older_value(enricher, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [c[3] for c in claims(enricher, text)] == ["recap"]


def test_a_date_in_a_comparison_beyond_the_figure_dates_the_other_figure(enricher) -> None:  # type: ignore[no-untyped-def]
    text = "The storm's toll has passed 1,200, beyond the 1,150 of the 1998 cyclone."
    assert asserted(enricher, text) == [("death_toll", 1200.0, "more_than")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Officials say 49 people in six states have fallen ill in the salmonella outbreak.", 49.0),
        ("Some 75 children fell ill with measles at the school, the county said.", 75.0),
        ("At least 230 people have become sick after eating at the fair.", 230.0),
    ],
)
def test_people_falling_ill_are_cases(enricher, text: str, value: float) -> None:  # type: ignore[no-untyped-def]
    assert [(c[0], c[1]) for c in asserted(enricher, text)] == [("confirmed_cases", value)]


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        (
            "Researchers estimate that about 4,000 people in the city may have been infected.",
            "hedged",
        ),
        ("Experts project that 600 people might in fact have died in the villages.", "hedged"),
        ("Officials expect that 300 cases will have been confirmed by Friday.", "forecast"),
    ],
)
def test_a_modal_perfect_guesses_at_the_past_while_will_have_looks_ahead(
    enricher, text: str, modality: str
) -> None:  # type: ignore[no-untyped-def]
    assert [c[3] for c in claims(enricher, text)] == [modality]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Confirmed infections in the province jumped to 2,744 overnight, with 80 deaths.",
            [("confirmed_cases", 2744.0, "exact"), ("death_toll", 80.0, "exact")],
        ),
        (
            "Cases climbed to 1,310 in the past 24 hours, with 41 deaths, the ministry said.",
            [("confirmed_cases", 1310.0, "exact"), ("death_toll", 41.0, "exact")],
        ),
    ],
)
def test_a_toll_given_with_a_new_total_is_not_counted_in_its_window(
    enricher, text: str, expected: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert asserted(enricher, text) == expected


def test_more_deaths_given_with_a_new_total_stay_an_increment(enricher) -> None:  # type: ignore[no-untyped-def]
    text = "Cases climbed to 1,310 in the past 24 hours, with 12 more deaths."
    assert asserted(enricher, text) == [("confirmed_cases", 1310.0, "exact")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The combined toll is now more than 36,000. Of those, over 31,000 died in the south.",
            [("death_toll", 36_000.0, "more_than")],
        ),
        (
            "Cases have reached 4,100. Among them, 900 were recorded in the capital.",
            [("confirmed_cases", 4_100.0, "exact")],
        ),
    ],
)
def test_a_part_of_the_count_just_given_is_no_total(
    enricher, text: str, expected: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert asserted(enricher, text) == expected


def test_a_part_of_a_group_that_was_no_count_is_the_count(enricher) -> None:  # type: ignore[no-untyped-def]
    text = "A boat carrying 60 migrants capsized on Friday. Of those, 12 drowned."
    assert asserted(enricher, text) == [("death_toll", 12.0, "exact")]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "Satellite maps put the burned area at about 2,400 acres for the Ridge fire, "
            "1,100 acres for the Creek fire and 95 acres for the Mill blaze.",
            [2_400.0, 1_100.0, 95.0],
        ),
        (
            "Health agencies have confirmed about 300 cholera cases in Kenya, 120 cases in "
            "Uganda and 45 cases in Tanzania.",
            [300.0, 120.0, 45.0],
        ),
        (
            "Crews estimate the Ridge fire at roughly 5,100 acres, the Creek fire at 800 acres "
            "and the Mill fire at 90 acres.",
            [5_100.0, 800.0, 90.0],
        ),
    ],
)
def test_about_before_the_first_figure_of_a_list_covers_the_list(
    enricher, text: str, values: list[float]
) -> None:  # type: ignore[no-untyped-def]
    assert [(c[1], c[2]) for c in asserted(enricher, text)] == [(v, "about") for v in values]


def test_about_does_not_cover_a_figure_of_another_clause(enricher) -> None:  # type: ignore[no-untyped-def]
    text = "Officials said about 9,000 acres had burned, and crews said 400 acres were saved."
    assert ("acres_burned", 400.0, "about") not in asserted(enricher, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The sixth case was confirmed this month; two of the six have died.",
            [("confirmed_cases", 6.0, "exact"), ("death_toll", 2.0, "exact")],
        ),
        (
            "Nine passengers were hurt and three of the 40 were killed in the crash.",
            [("death_toll", 3.0, "exact")],
        ),
    ],
)
def test_the_part_of_a_group_that_died_is_the_toll_and_the_group_no_count(
    enricher, text: str, expected: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert asserted(enricher, text) == expected
