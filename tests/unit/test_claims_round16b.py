"""Claims of round sixteen, second pass: general shapes of news English. An ordinal word
after the indefinite article ranks the next of a series ("a ninth patient") or names the
next item of a list ("and 40 for a third"), and is a share only with "of" after it; a
figure of a noun told before a count is an earlier item, not its whole. Every sentence
here is written for these tests."""

from __future__ import annotations

import pytest
from claim_readings import asserted, claims


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Doctors at the district hospital said a fifth patient died of the fever on Sunday.", 5.0),
        ("A tenth person died in the flooding in the capital, officials said.", 10.0),
    ],
)
def test_an_ordinal_after_the_indefinite_article_before_a_noun_is_the_running_count(
    enricher, text: str, value: float
) -> None:  # type: ignore[no-untyped-def]
    found = asserted(enricher, text, published="2024-04-08")
    assert ("death_toll", value, "exact") in found
    assert not any(v < 1 for _, v, _ in found)  # no share of one


def test_an_ordinal_naming_the_next_item_of_a_list_is_no_share_of_an_earlier_figure(
    enricher,
) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Crews said the Pine Ridge Fire had burned 9,300 acres, with 1,150 acres for a "
        "second blaze and 420 for a third."
    )
    found = claims(enricher, text)
    acres = [(v, b) for m, v, b, _ in found if m == "acres_burned"]
    assert (420.0, "exact") in acres
    assert all(v in (9300.0, 1150.0, 420.0) for v, _ in acres)  # no third of 9,300


def test_a_listed_figure_takes_no_total_from_the_figure_before_it(enricher) -> None:  # type: ignore[no-untyped-def]
    from datetime import datetime

    from processors.models import Article

    text = "The two fires have burned 2,800 acres in the hills and 950 in the valley."
    article = Article(id="x", text=text, published=datetime(2024, 4, 5))
    found = enricher.enrich([article])[0].claims
    assert all(c.total is None for c in found if c.metric == "acres_burned")


def test_a_share_after_the_indefinite_article_is_still_read_with_of(enricher) -> None:  # type: ignore[no-untyped-def]
    text = "The militants now hold a third of the region's 12 district capitals."
    found = claims(enricher, text)
    assert not any(v < 1 for _, v, _, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "A university model put the probability of more than 5,000 deaths at one in four.",
        "Experts rated the odds of over 300 deaths from the heat wave as high.",
    ],
)
def test_a_count_under_a_noun_of_probability_is_hedged(enricher, text: str) -> None:  # type: ignore[no-untyped-def]
    found = claims(enricher, text)
    assert ("death_toll", found[0][1], "more_than", "hedged") in found
    assert not asserted(enricher, text)


def test_a_count_beside_a_noun_of_probability_but_not_under_it_stays_asserted(enricher) -> None:  # type: ignore[no-untyped-def]
    text = "Despite the risk of more storms, crews said the fire had burned 4,200 acres."
    assert ("acres_burned", 4200.0, "exact") in asserted(enricher, text)


@pytest.mark.parametrize(
    "text",
    [
        "At least 25 people were killed in a single 24-hour period, the agency said.",
        "The storm killed 14 people during a 12-hour stretch near the coast.",
    ],
)
def test_a_count_in_a_span_of_a_day_or_less_named_by_its_unit_is_a_sub_count(
    enricher, text: str
) -> None:  # type: ignore[no-untyped-def]
    assert not asserted(enricher, text)


def test_a_count_over_a_span_of_several_days_named_by_its_unit_is_the_total(enricher) -> None:  # type: ignore[no-untyped-def]
    text = "Rescuers said 30 people died over a two-day period in the flooded valley."
    assert ("death_toll", 30.0, "exact") in asserted(enricher, text)


@pytest.mark.parametrize(
    ("text", "now", "then"),
    [
        ("The state now counts 730 cases, up 31 from Monday's total of 699.", 730.0, 699.0),
        (
            "The toll fell to 88, down from an earlier count of 102, after duplicates were "
            "removed.",
            88.0,
            102.0,
        ),
    ],
)
def test_a_figure_under_a_noun_of_count_after_from_is_the_older_value(
    enricher, text: str, now: float, then: float
) -> None:  # type: ignore[no-untyped-def]
    found = claims(enricher, text)
    assert any(v == now and m == "asserted" for _, v, _, m in found)
    # (withdrawn, negated, where the passage says the older count held duplicates: the
    # conventions' round-19 item, read since round 38)
    assert any(v == then and m in ("recap", "negated") for _, v, _, m in found)


@pytest.mark.parametrize(
    ("text", "forecast", "now"),
    [
        (
            "Earlier forecasts had the storm making landfall as a Category 2 hurricane; by "
            "nightfall it was a Category 4.",
            2.0,
            4.0,
        ),
        (
            "The first projections had the fire growing to 9,000 acres, but it has burned "
            "3,500 acres so far.",
            9000.0,
            3500.0,
        ),
    ],
)
def test_a_figure_a_forecast_gave_is_a_forecast_even_told_in_the_past(
    enricher, text: str, forecast: float, now: float
) -> None:  # type: ignore[no-untyped-def]
    found = claims(enricher, text)
    assert any(v == forecast and m == "forecast" for _, v, _, m in found)
    assert any(v == now and m == "asserted" for _, v, _, m in found)


def test_a_figure_forecasters_give_as_the_present_stays_asserted(enricher) -> None:  # type: ignore[no-untyped-def]
    text = "Forecasters said the storm was a Category 3 as it crossed the gulf."
    assert ("hurricane_category", 3.0, "exact") in asserted(enricher, text)


@pytest.mark.parametrize(
    "text",
    [
        "Maria became a Category 5 storm as it neared the island that Irma struck as a "
        "Category 3 a week earlier.",
        "Lee grew into a Category 4 hurricane, close to the coast that Franklin had battered "
        "as a Category 2.",
    ],
)
def test_a_value_in_a_relative_clause_set_back_in_time_is_background(enricher, text: str) -> None:  # type: ignore[no-untyped-def]
    found = claims(enricher, text)
    main = 5.0 if text.startswith("Maria") else 4.0
    assert ("hurricane_category", main, "exact", "asserted") in found
    assert [m for _, v, _, m in found if v != main] == ["recap"]


def test_a_value_in_a_relative_clause_of_the_present_is_not_set_back(enricher) -> None:  # type: ignore[no-untyped-def]
    text = "Residents fled the island that Hurricane Vera struck as a Category 4."
    assert ("hurricane_category", 4.0, "exact") in asserted(enricher, text)


@pytest.mark.parametrize(
    "text",
    [
        "In all, 48 people were infected and 11 of them died, a low fatality rate.",
        "By the end, 48 people had caught the virus and 11 of them died, a toll below the "
        "last outbreak.",
    ],
)
def test_a_partitive_that_died_is_the_toll_though_a_phrase_after_a_comma_follows(
    enricher, text: str
) -> None:  # type: ignore[no-untyped-def]
    assert ("death_toll", 11.0, "exact") in asserted(enricher, text)


@pytest.mark.parametrize(
    "text",
    [
        "The outbreak has reached 30 cases, 22 of them laboratory-confirmed, and two deaths.",
        "Officials declared the outbreak over after 30 cases, 22 of them confirmed, and four "
        "deaths.",
    ],
)
def test_the_confirmed_part_of_a_case_count_is_the_confirmed_count(enricher, text: str) -> None:  # type: ignore[no-untyped-def]
    found = asserted(enricher, text)
    assert ("confirmed_cases", 22.0, "exact") in found
    assert ("confirmed_cases", 30.0, "exact") not in found


def test_a_part_of_a_case_count_told_for_another_reason_leaves_the_whole(enricher) -> None:  # type: ignore[no-untyped-def]
    text = "The county has logged 2,009 cases, 189 of them reported since Thursday."
    found = asserted(enricher, text)
    assert ("confirmed_cases", 2009.0, "exact") in found
    assert ("confirmed_cases", 189.0, "exact") not in found


@pytest.mark.parametrize(
    ("text", "cases", "bound"),
    [
        (
            "The virus has killed more than 1,200 people among close to 5,000 cases in the region.",
            5000.0,
            "about",
        ),
        ("The fever has now killed 310 people among 2,400 cases, officials said.", 2400.0, "exact"),
    ],
)
def test_the_group_among_which_a_toll_is_counted_is_a_count_of_its_own(
    enricher, text: str, cases: float, bound: str
) -> None:  # type: ignore[no-untyped-def]
    assert ("confirmed_cases", cases, bound) in asserted(enricher, text)


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested 30 people among 500 protesters.",
        "A ferry carrying 40 tourists among 300 passengers left the port.",
    ],
)
def test_a_group_among_which_no_metric_is_counted_is_no_claim(enricher, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not asserted(enricher, text)
