"""Claims of round seven: precision on unseen text (labels pointing to more reading,
corrections, areas that are not burned land, people who survived or are unaccounted for).
Every sentence here is written for these tests."""

from __future__ import annotations

from datetime import datetime

from processors.models import Article


def claims(enricher, text: str, published: str = "2024-04-05"):  # type: ignore[no-untyped-def]
    article = Article(id="x", text=text, published=datetime.fromisoformat(published))
    found = enricher.enrich([article])[0].claims
    return [(c.metric, c.value, c.bound, c.modality) for c in found]


def test_a_label_with_also_marks_another_story(enricher) -> None:  # type: ignore[no-untyped-def]
    found = claims(enricher, "ALSO ON THIS STORY: Militants take fifth provincial capital, Zaranj")
    assert found and {c[3] for c in found} == {"other_story"}


def test_a_fronted_also_with_a_date_is_no_label(enricher) -> None:  # type: ignore[no-untyped-def]
    found = claims(enricher, "Also on Friday, the flood toll rose to 61.")
    assert ("death_toll", 61.0, "exact", "asserted") in found


def test_people_unaccounted_for_or_surviving_are_no_deaths(enricher) -> None:  # type: ignore[no-untyped-def]
    found = claims(
        enricher,
        "Officials said 37 people were confirmed dead in the landslide and 58 were "
        "unaccounted for; four hikers survived.",
    )
    assert [c[1] for c in found if c[0] == "death_toll"] == [37.0]


def test_the_figure_a_correction_withdraws_is_negated(enricher) -> None:  # type: ignore[no-untyped-def]
    found = claims(
        enricher,
        "An earlier version of this report cited a ministry tally of 4,100 deaths; "
        "the ministry now puts the toll at 2,870.",
    )
    assert ("death_toll", 4100.0, "exact", "negated") in found
    assert ("death_toll", 2870.0, "exact", "asserted") in found


def test_an_area_in_an_article_about_no_fire_is_no_burned_land(enricher) -> None:  # type: ignore[no-untyped-def]
    assert claims(enricher, "The army says it has regained 1,200 square miles since May.") == []
    found = claims(enricher, "The blaze has scorched 1,200 square miles since May.")
    assert [c[0] for c in found] == ["acres_burned"]


def test_past_after_a_verb_of_growth_bounds_the_figure(enricher) -> None:  # type: ignore[no-untyped-def]
    found = claims(enricher, "The Ridge Fire grew past 52,000 acres on Friday.")
    assert ("acres_burned", 52000.0, "more_than", "asserted") in found


def test_a_figure_of_last_years_event_in_a_relative_clause_is_a_recap(enricher) -> None:  # type: ignore[no-untyped-def]
    found = claims(
        enricher, "It now trails only last year's Creek Fire, which burned more than 379,000 acres."
    )
    assert found == [("acres_burned", 379000.0, "more_than", "recap")]


def test_the_toll_of_last_years_event_rising_now_is_asserted(enricher) -> None:  # type: ignore[no-untyped-def]
    found = claims(enricher, "The death toll from last year's quake has risen to 5,100.")
    assert found == [("death_toll", 5100.0, "exact", "asserted")]


def test_up_to_before_a_figure_is_an_upper_estimate_so_hedged(enricher) -> None:  # type: ignore[no-untyped-def]
    found = claims(enricher, "Officials said up to 300 people were killed in the raid.")
    assert found == [("death_toll", 300.0, "at_most", "hedged")]


def test_a_verb_with_up_to_says_where_the_count_went(enricher) -> None:  # type: ignore[no-untyped-def]
    found = claims(enricher, "The death toll ticked up to 231 on Friday.")
    assert found == [("death_toll", 231.0, "exact", "asserted")]


def test_a_gapped_clause_counts_its_own_noun(enricher) -> None:  # type: ignore[no-untyped-def]
    found = claims(enricher, "Confirmed infections climbed to 880 and deaths to 31.")
    assert ("confirmed_cases", 880.0, "exact", "asserted") in found
    assert ("death_toll", 31.0, "exact", "asserted") in found
    found = claims(enricher, "Cholera cases in the city rose to 412 and the death toll to 9.")
    assert ("death_toll", 9.0, "exact", "asserted") in found


def test_a_named_fire_of_last_year_in_a_relative_clause_is_a_recap(enricher) -> None:  # type: ignore[no-untyped-def]
    found = claims(
        enricher,
        "It is second only to last year's July Complex, which burned more than 900,000 acres.",
    )
    assert found == [("acres_burned", 900000.0, "more_than", "recap")]
