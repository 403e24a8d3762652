"""Claims in wordings found in fresh newswire text (our own example sentences)."""

from __future__ import annotations

from datetime import date

import pytest

from processors.claims import extract_claims
from processors.models import Claim
from processors.nlp import load_model
from processors.rulepack import RulePack


@pytest.fixture(scope="module")
def read():  # type: ignore[no-untyped-def]
    nlp = load_model()
    pack = RulePack.load()

    def claims(text: str, published: date | None = None) -> list[Claim]:
        return extract_claims(nlp(text), pack, published=published)

    return claims


def asserted(claims: list[Claim]) -> list[tuple[str, float, float | None, str]]:
    return [(c.metric, c.value, c.total, c.bound) for c in claims if c.modality == "asserted"]


def test_a_share_without_a_stated_total_is_no_claim(read) -> None:  # type: ignore[no-untyped-def]
    assert asserted(read("The militants now run nearly half of the provincial capitals.")) == []


def test_provincial_capitals_taken_by_rebels_in_syria_count_cities(read) -> None:  # type: ignore[no-untyped-def]
    claims = read("Syrian rebels now control at least five provincial capitals, monitors said.")
    assert asserted(claims) == [("cities_captured", 5, None, "at_least")]


def test_provincial_capitals_in_an_afghan_article_stay_the_taliban_metric(read) -> None:  # type: ignore[no-untyped-def]
    claims = read("Ghazni fell on Thursday. It is the tenth provincial capital to fall to them.")
    assert asserted(claims)[0][:2] == ("provincial_capitals_captured", 10)


def test_all_n_of_gives_the_total(read) -> None:  # type: ignore[no-untyped-def]
    claims = read("The insurgents have now seized all four of the region's provincial capitals.")
    assert [(v, t) for _, v, t, _ in asserted(claims)] == [(4, 4)]


def test_a_possessed_tally_takes_the_metric_of_its_owner(read) -> None:  # type: ignore[no-untyped-def]
    claims = read("By nightfall the insurgents' tally had climbed to 15.")
    assert asserted(claims) == [("provincial_capitals_captured", 15, 34, "exact")]


def test_a_total_takes_the_metric_the_sentence_names(read) -> None:  # type: ignore[no-untyped-def]
    claims = read(
        "Two more towns were reported lost, bringing the total to 21, more than half "
        "of the provincial capitals in the country."
    )
    assert ("provincial_capitals_captured", 21, 34, "exact") in asserted(claims)


def test_an_elliptic_count_after_the_named_object(read) -> None:  # type: ignore[no-untyped-def]
    claims = read("Measles cases in Kansas rose to 40. Oklahoma has recorded 12.")
    assert [(m, v) for m, v, _, _ in asserted(claims)] == [
        ("confirmed_cases", 40),
        ("confirmed_cases", 12),
    ]


def test_a_year_is_no_count(read) -> None:  # type: ignore[no-untyped-def]
    claims = read("In 2005, a quake in Kashmir killed more than 70,000 people.")
    assert all(c.value != 2005 for c in claims)


def test_an_earlier_disaster_in_a_relative_clause_is_a_recap(read) -> None:  # type: ignore[no-untyped-def]
    claims = read(
        "The blaze is now bigger than the 2020 August Complex, which burned "
        "1,032,648 acres and killed one firefighter.",
        published=date(2024, 8, 1),
    )
    assert asserted(claims) == []


def test_a_conjoined_verb_shares_the_year_of_its_head(read) -> None:  # type: ignore[no-untyped-def]
    # a sentence of later news: told alone, a past epidemic's counts are asserted (round 18)
    claims = read(
        "Health workers in Liberia are on alert this week. In 2014, an Ebola epidemic in "
        "Liberia infected more than 10,000 people and killed 4,800.",
        published=date(2025, 1, 10),
    )
    assert asserted(claims) == []


def test_as_high_as_is_an_upper_bound_and_a_hedge(read) -> None:  # type: ignore[no-untyped-def]
    claims = read("Aid groups put the number of people killed as high as 90,000.")
    assert [(c.bound, c.modality) for c in claims] == [("at_most", "hedged")]


def test_a_bracketed_conversion_keeps_the_bound(read) -> None:  # type: ignore[no-untyped-def]
    claims = read("The fire has burned roughly 10,000 hectares (24,700 acres).")
    # one figure in two units is one claim, the acres as stated (README convention)
    assert sorted(asserted(claims)) == [("acres_burned", 24700, None, "about")]


def test_growth_by_a_number_is_a_sub_count(read) -> None:  # type: ignore[no-untyped-def]
    assert asserted(read("Overnight the fire grew by 2,500 acres.")) == []


def test_another_of_a_different_named_fire_is_its_own_total(read) -> None:  # type: ignore[no-untyped-def]
    claims = read(
        "The Creek Fire has burned 300,000 acres. The nearby Dome Fire has burned another "
        "40,000 acres."
    )
    assert [v for _, v, _, _ in asserted(claims)] == [300000, 40000]


def test_the_sayer_is_the_subject_of_it(read) -> None:  # type: ignore[no-untyped-def]
    claims = read("The alliance said it had now taken 11 towns in the north.")
    assert [(c.metric, c.value, c.subject) for c in claims] == [("cities_captured", 11, "alliance")]


def test_the_loser_of_a_city_is_no_subject(read) -> None:  # type: ignore[no-untyped-def]
    assert asserted(read("The army lost Marka on Friday, its fourth major city this month.")) == []


def test_plural_nationalities_count_as_people(read) -> None:  # type: ignore[no-untyped-def]
    claims = read("Officials said 312 Syrians had been killed in the landslides.")
    assert asserted(claims) == [("death_toll", 312, None, "exact")]


def test_an_ordinal_yields_to_a_count_in_the_same_sentence(read) -> None:  # type: ignore[no-untyped-def]
    claims = read(
        "Farah was the second capital to go that morning, as the insurgents' tally rose to 9."
    )
    assert [v for _, v, _, _ in asserted(claims)] == [9]


def test_an_earlier_category_in_an_after_clause_is_a_recap(read) -> None:  # type: ignore[no-untyped-def]
    claims = read("Ida strengthened to Category 4 after crossing Cuba as a Category 1.")
    assert asserted(claims) == [("hurricane_category", 4, None, "exact")]


def test_a_verbless_headline_with_top(read) -> None:  # type: ignore[no-untyped-def]
    claims = read("Dengue cases in Dhaka top 9,000 as hospitals fill")
    assert asserted(claims) == [("confirmed_cases", 9000, None, "more_than")]
