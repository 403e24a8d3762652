"""Claims of round six: verbless fragments and headlines, figures restating a noun,
reported and yesterday's past perfect, descriptions of a subject, running totals with a
duration. Every sentence here is written for these tests."""

from __future__ import annotations

from datetime import datetime

import pytest

from processors.models import Article


def claims(enricher, text: str, published: str = "2024-04-05"):  # type: ignore[no-untyped-def]
    article = Article(id="x", text=text, published=datetime.fromisoformat(published))
    found = enricher.enrich([article])[0].claims
    return [(c.metric, c.value, c.bound, c.modality) for c in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cholera deaths: 57", ("death_toll", 57.0, "exact", "asserted")),
        ("Flood toll at 140 as divers search the river",
         ("death_toll", 140.0, "exact", "asserted")),
        ("Dengue cases in Lagos at 3,210 as clinics fill",
         ("confirmed_cases", 3210.0, "exact", "asserted")),
        ("Rebel-held towns: 12 and counting, after Ostro fell on Friday.",
         ("cities_captured", 12.0, "exact", "asserted")),
        ("Mara, a Cat 4 beast, is churning toward the islands.",
         ("hurricane_category", 4.0, "exact", "asserted")),
    ],
)  # fmt: skip
def test_a_verbless_headline_or_label_gives_the_figure_of_its_noun(  # type: ignore[no-untyped-def]
    enricher, text, expected
) -> None:
    assert expected in claims(enricher, text)


def test_a_time_of_day_after_at_is_no_figure_of_the_noun(enricher) -> None:  # type: ignore[no-untyped-def]
    found = claims(enricher, "Mara, a Cat 2 with 90 mph winds at 11 a.m., is moving north.")
    assert [c for c in found if c[1] == 11.0] == []


@pytest.mark.parametrize(
    ("text", "published", "modality"),
    [
        # the running total reached yesterday is the latest one
        ("By Thursday night the blaze had charred 81,200 acres.", "2024-04-05", "asserted"),
        # a past perfect reported by a speaker is the speaker's past tense
        ("Insurgents said they had captured four towns on Monday.", "2024-04-02", "asserted"),
        # a running total dated days before is background
        ("By Monday the blaze had charred 81,200 acres.", "2024-04-05", "recap"),
        # a state dated yesterday may have changed since
        ("On Thursday, Mara had briefly been a Category 4.", "2024-04-05", "recap"),
    ],
)
def test_past_perfect_is_background_only_when_dated_before_the_latest_news(  # type: ignore[no-untyped-def]
    enricher, text, published, modality
) -> None:
    found = claims(enricher, text, published)
    assert found and found[0][3] == modality, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Ridge Fire, estimated at 12,000 hectares, could burn for another month.",
         ("acres_burned", 29653.0, "about", "asserted")),
        ("The Ridge Fire, already the biggest this year at 88,000 acres, may merge with "
         "another blaze if winds shift.", ("acres_burned", 88000.0, "exact", "asserted")),
        ("The Ridge Fire, at 2 million-plus acres, is the largest on record.",
         ("acres_burned", 2000000.0, "more_than", "asserted")),
        ("With 4,000-plus measles cases reported, officials say the count may double.",
         ("confirmed_cases", 4000.0, "more_than", "asserted")),
    ],
)  # fmt: skip
def test_a_figure_describing_the_subject_is_stated_whatever_the_clause_says(  # type: ignore[no-untyped-def]
    enricher, text, expected
) -> None:
    assert expected in claims(enricher, text)


def test_a_projection_describing_the_subject_is_no_present_figure(enricher) -> None:  # type: ignore[no-untyped-def]
    found = claims(enricher, "The Ridge Fire, projected at 50,000 acres by Friday, may spread.")
    assert ("acres_burned", 50000.0, "exact", "asserted") not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The storm's death toll passed 90 on Friday, making it the deadliest since the "
         "great flood in 1998.", ("death_toll", 90.0, "more_than", "asserted")),
        ("The previous outbreak, first seen in 2016, sickened 3,000 people; in the current "
         "one, officials have so far confirmed 87 cases.",
         ("confirmed_cases", 87.0, "exact", "asserted")),
        ("Cholera cases in Lagos at 410 as clinics fill",
         ("confirmed_cases", 410.0, "exact", "asserted")),
    ],
)  # fmt: skip
def test_a_past_date_in_a_clause_of_its_own_makes_no_recap(enricher, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in claims(enricher, text, "2024-04-06")


def test_a_date_saying_when_the_count_happened_still_makes_a_recap(enricher) -> None:  # type: ignore[no-untyped-def]
    # beside later news (round 20b: a passage that tells only the past asserts it)
    text = "Engineers are inspecting the new dam. About 400 people died when the dam burst in 2009."
    found = claims(enricher, text)
    assert ("death_toll", 400.0, "about", "recap") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Guerrero state now counts 41 dead from the storm, up from 30 on Monday.",
         ("death_toll", 41.0, "exact", "asserted")),
        ("The confirmed dead in Hilo now number 58, and searchers expect to find more.",
         ("death_toll", 58.0, "exact", "asserted")),
        ("Valley fires, noon update: Creek 8,100 acres; Ridge 2,450 acres.",
         ("acres_burned", 2450.0, "exact", "asserted")),
        ("Flood death toll: 61 and counting — now the worst disaster in decades",
         ("death_toll", 61.0, "exact", "asserted")),
    ],
)  # fmt: skip
def test_a_number_the_parser_attaches_oddly_still_counts_the_noun_beside_it(  # type: ignore[no-untyped-def]
    enricher, text, expected
) -> None:
    assert expected in claims(enricher, text)


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        ("Ohio now has 212 flu cases, up 19 since Monday.", ("confirmed_cases", 19.0)),
        ("Ohio reported its first flu death on Monday, a patient over 70 with asthma.",
         ("death_toll", 70.0)),
        ("Officials said the flood agency's estimate of 900 deaths was a guess; 40 bodies "
         "have been recovered.", ("death_toll", 900.0)),
    ],
)  # fmt: skip
def test_changes_ages_and_estimates_are_no_asserted_count(enricher, text, unwanted) -> None:  # type: ignore[no-untyped-def]
    asserted = [(m, v) for m, v, _, modality in claims(enricher, text) if modality == "asserted"]
    assert unwanted not in asserted


def test_a_storm_crossing_the_coast_as_a_category_keeps_its_category_exact(enricher) -> None:  # type: ignore[no-untyped-def]
    found = claims(enricher, "Mara crossed the coast on Friday as a Category 3.")
    assert ("hurricane_category", 3.0, "exact", "asserted") in found


def test_a_figure_in_the_headline_restated_in_the_body_is_one_claim(enricher) -> None:  # type: ignore[no-untyped-def]
    text = "Quake deaths pass 4,000\nThe toll climbed past 4,000 on Tuesday as crews dug."
    found = claims(enricher, text, "2024-04-02")
    assert found.count(("death_toll", 4000.0, "more_than", "asserted")) == 1


def test_a_false_report_does_not_discredit_the_clause_after_a_semicolon(enricher) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Rumours that the blaze has burned 50,000 acres are false, firefighters said; "
        "their mapping puts it at 9,800 acres."
    )
    assert ("acres_burned", 9800.0, "exact", "asserted") in claims(enricher, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At least 12 people were killed in an avalanche on Thursday, police said; resort "
         "owners expect 2 million visitors this winter.",
         ("death_toll", 12.0, "at_least", "asserted")),
        ("Mara weakened to a Category 2 on Friday and is expected to make landfall as a "
         "Category 1 tonight.", ("hurricane_category", 2.0, "exact", "asserted")),
    ],
)  # fmt: skip
def test_a_forecast_in_the_next_clause_is_not_the_claims(enricher, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in claims(enricher, text)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("By dusk the rebels held all but two of the region's 12 towns.", "2024-04-05",
         ("cities_captured", 10.0, "exact", "asserted")),
        ("The March Complex crossed 400,000 acres on Thursday.", "2024-04-05",
         ("acres_burned", 400000.0, "more_than", "asserted")),
        ("Mara, now a Category 2, is forecast to strengthen before landfall on Sunday.",
         "2024-04-05", ("hurricane_category", 2.0, "exact", "asserted")),
        ("Oaxaca now counts 64 dead, up from 51 a day earlier.", "2024-04-05",
         ("death_toll", 64.0, "exact", "asserted")),
    ],
)  # fmt: skip
def test_totals_names_and_descriptions_keep_their_own_value_and_date(  # type: ignore[no-untyped-def]
    enricher, text, published, expected
) -> None:
    assert expected in claims(enricher, text, published)


def test_an_indefinite_person_over_a_number_is_an_age_not_a_count(enricher) -> None:  # type: ignore[no-untyped-def]
    found = claims(enricher, "Ohio confirmed a flu death on Friday, in a man over 80.")
    assert [c for c in found if c[1] == 80.0] == []


def test_no_fewer_than_bounds_a_count_without_negating_it(enricher) -> None:  # type: ignore[no-untyped-def]
    found = claims(enricher, "The rebels now hold no fewer than 9 towns, a monitor says.")
    assert ("cities_captured", 9.0, "at_least", "asserted") in found
