"""Claims of round sixteen: shapes of news English the parser misreads (a participle
before its noun read as the number's verb, an ordinal read as the participle's adverb,
an ordinal with its noun left out read as an adjective), an ordinal and a count with
subjects of their own, and a standfirst after a headline's bar. Every sentence here is
written for these tests."""

from __future__ import annotations

import pytest
from claim_readings import asserted


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Officials now count 48 confirmed cases of the fever across the two provinces.",
            48.0,
        ),
        ("The ministry lists 310 reported cases of dengue since January.", 310.0),
    ],
)
def test_a_count_before_a_participle_and_its_noun_counts_the_noun(
    enricher, text: str, value: float
) -> None:  # type: ignore[no-untyped-def]
    found = asserted(enricher, text)
    assert ("confirmed_cases", value, "exact") in found
    assert not any(c[0] == "death_toll" for c in found)


def test_a_count_of_cases_after_a_first_death_is_not_read_as_deaths(enricher) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A farmer in the valley has died of the fever, officials said on Friday, the first "
        "such death in the region; the agency counts 37 confirmed cases since spring."
    )
    found = asserted(enricher, text)
    assert ("death_toll", 1.0, "exact") in found
    assert ("confirmed_cases", 37.0, "exact") in found
    assert ("death_toll", 37.0, "exact") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Chile declared an outbreak on Friday after a nurse tested positive for the virus, "
        "the nation's first confirmed case since 2015.",
        "A traveller returning from abroad tested positive on Monday, the region's first "
        "reported case in a decade.",
    ],
)
def test_a_first_confirmed_case_counts_one_when_the_ordinal_is_read_as_an_adverb(
    enricher, text: str
) -> None:  # type: ignore[no-untyped-def]
    assert ("confirmed_cases", 1.0, "exact") in asserted(enricher, text)


def test_a_first_case_beside_another_countrys_count_counts_for_its_own_subject(enricher) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Canada confirmed its first case of the fever on Friday in a woman who had travelled "
        "abroad, and Brazil's health ministry said its own tally had risen to 812 cases."
    )
    found = asserted(enricher, text)
    assert ("confirmed_cases", 1.0, "exact") in found
    assert ("confirmed_cases", 812.0, "exact") in found


def test_an_ordinal_and_a_tally_of_the_same_subject_still_keep_only_the_tally(enricher) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Farah became the ninth provincial capital to fall on a day that saw the Taliban "
        "tally climb to 11."
    )
    found = [c for c in asserted(enricher, text) if c[0] == "provincial_capitals_captured"]
    assert found == [("provincial_capitals_captured", 11.0, "exact")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Qalat, a provincial capital in the south, fell at dawn, and Qalat is, by most "
            "counts, the seventh to fall.",
            7.0,
        ),
        (
            "Maimana, the provincial capital of Faryab, changed hands on Sunday after a "
            "deal with local elders, making it the eighth to fall to the insurgents.",
            8.0,
        ),
    ],
)
def test_an_ordinal_with_its_noun_left_out_counts_the_kind_of_place_named(
    enricher, text: str, value: float
) -> None:  # type: ignore[no-untyped-def]
    assert ("provincial_capitals_captured", value, "exact") in asserted(
        enricher, text, "2021-08-10"
    )


def test_it_the_ordinal_with_no_kind_of_place_named_counts_nothing(enricher) -> None:  # type: ignore[no-untyped-def]
    text = "The team beat the champions on Sunday, making it the fifth to fall to them."
    assert asserted(enricher, text) == []


@pytest.mark.parametrize(
    "standfirst",
    [
        "Nine provincial capitals are now in Taliban hands after the city was taken",
        "Fourteen provincial capitals have now fallen to the Taliban, officials said",
    ],
)
def test_a_standfirst_opening_with_a_number_word_keeps_it(enricher, standfirst: str) -> None:  # type: ignore[no-untyped-def]
    text = f"Taliban Seize Another City | {standfirst}"
    values = {c[1] for c in asserted(enricher, text, "2021-08-12")}
    assert values & {9.0, 14.0}


def test_a_bound_does_not_carry_into_a_gapped_clause_with_its_own_named_subject(enricher) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Ridge Fire had burned almost 12,000 acres by Friday and the Creek Fire "
        "4,215 acres, fire officials said."
    )
    found = asserted(enricher, text)
    assert ("acres_burned", 12000.0, "about") in found
    assert ("acres_burned", 4215.0, "exact") in found


def test_a_bound_still_covers_a_bare_list_of_figures(enricher) -> None:  # type: ignore[no-untyped-def]
    text = "The wildfires have burned about 2,100 acres near the ridge, 3,300 acres by the lake."
    found = asserted(enricher, text)
    assert ("acres_burned", 3300.0, "about") in found
