"""Claim shapes read from structure: totals after "out of", tallies that count a noun
without a capture verb, scale nouns, shortfalls, uncertain reports, "alone", and the
older of two values in one sentence. Our own wording."""

from __future__ import annotations

from datetime import datetime

import pytest

from processors.models import Article


def claims(enricher, text: str, published: str = "2024-04-05"):  # type: ignore[no-untyped-def]
    article = Article(id="x", text=text, published=datetime.fromisoformat(published))
    found = enricher.enrich([article])[0].claims
    return sorted((c.metric, c.value, c.total, c.bound, c.modality) for c in found)


CAPS = "provincial_capitals_captured"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "out of N" after a count or an ordinal is the total, never a value
        (
            "By Thursday night the Taliban's tally stood at 12 out of 34.",
            [(CAPS, 12.0, 34.0, "exact", "asserted")],
        ),
        (
            "Taliban fighters seized Kunduz, giving them a sixth provincial capital out of 34.",
            [(CAPS, 6.0, 34.0, "exact", "asserted")],
        ),
        # a tally or an owner counts the noun with any verb
        (
            "The insurgents' count has grown to 11 capitals as Herat is surrounded.",
            [(CAPS, 11.0, 34.0, "exact", "asserted")],
        ),
        (
            "The Taliban added Ghazni to the list: their eighth provincial capital.",
            [(CAPS, 8.0, 34.0, "exact", "asserted")],
        ),
    ],
)
def test_counts_read_from_structure(enricher, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert claims(enricher, text) == expected


def test_a_number_naming_a_mark_counts_the_verbs_noun(enricher) -> None:  # type: ignore[no-untyped-def]
    assert claims(enricher, "The flood death toll crossed the 500 milestone on Friday.") == [
        ("death_toll", 500.0, None, "more_than", "asserted")
    ]


def test_a_number_fallen_short_of_is_no_value(enricher) -> None:  # type: ignore[no-untyped-def]
    found = claims(enricher, "Otis struck Acapulco as a Category 3, short of Category 4.")
    assert [c[1] for c in found] == [3.0]


def test_suspected_counts_and_unconfirmed_reports_are_hedged(enricher) -> None:  # type: ignore[no-untyped-def]
    found = claims(enricher, "Officials logged 14 suspected deaths in the district.")
    assert all(c[4] != "asserted" for c in found)
    found = claims(enricher, "Unverified accounts put the number of lost capitals at 19.")
    assert found and all(c[4] == "hedged" for c in found)


def test_alone_beside_the_subject_keeps_its_total(enricher) -> None:  # type: ignore[no-untyped-def]
    assert claims(enricher, "Uganda alone has recorded 4,100 cholera cases this year.") == [
        ("confirmed_cases", 4100.0, None, "exact", "asserted")
    ]
    assert claims(enricher, "The county alone accounted for 60 of the deaths.") == []


def test_the_earlier_of_two_values_in_a_sentence_is_a_recap(enricher) -> None:  # type: ignore[no-untyped-def]
    found = claims(
        enricher,
        "On Tuesday the militants held six capitals; by Friday they held 13 provincial capitals.",
    )
    assert (CAPS, 6.0, 34.0, "exact", "recap") in found
    assert (CAPS, 13.0, 34.0, "exact", "asserted") in found


def test_a_value_holding_since_makes_the_appositive_one_older(enricher) -> None:  # type: ignore[no-untyped-def]
    found = claims(
        enricher,
        "Beryl, a Category 5 as it passed Jamaica on Wednesday, has since weakened to a "
        "Category 1.",
    )
    assert ("hurricane_category", 1.0, None, "exact", "asserted") in found
    assert ("hurricane_category", 5.0, None, "exact", "asserted") not in found


def test_a_since_phrase_or_an_event_named_by_a_date_does_not_date_the_claim(enricher) -> None:  # type: ignore[no-untyped-def]
    assert claims(
        enricher, "The death toll from last month's storm has risen to 96, officials said."
    ) == [("death_toll", 96.0, None, "exact", "asserted")]
    assert claims(
        enricher,
        "Chad's cholera toll has passed 300, with more than 5,000 cases since May last year.",
    ) == [
        ("confirmed_cases", 5000.0, None, "more_than", "asserted"),
        ("death_toll", 300.0, None, "more_than", "asserted"),
    ]


def test_a_size_describing_a_noun_or_beside_despite_is_asserted(enricher) -> None:  # type: ignore[no-untyped-def]
    found = claims(enricher, "Crews fear the 48,000-acre Dixie Fire could jump the highway.")
    assert found == [("acres_burned", 48000.0, None, "exact", "asserted")]
    found = claims(
        enricher,
        "The embassy will not close despite the fall of 12 provincial capitals to the Taliban.",
    )
    assert (CAPS, 12.0, 34.0, "exact", "asserted") in found
