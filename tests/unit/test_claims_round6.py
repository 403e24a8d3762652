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
    found = claims(enricher, "About 400 people died when the dam burst in 2009.")
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
