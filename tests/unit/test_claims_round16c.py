"""Claims of round sixteen, third pass: the provincial capitals of the rule pack's own
war (its total of 34) are counted only in its context, never for a district or state
capital, a capital taken by a group named by another noun, or a whole told as another
number; and figures of other kinds in the domains the rules know (money, troops, ages,
years, ranges, rates, speeds, distances, phone numbers, votes, scores) are no claims.
Every sentence here is written for these tests."""

from __future__ import annotations

import pytest
from claim_readings import asserted


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The town became the third district capital to fall to the militia since March.", 3.0),
        ("It was the second provincial capital to fall to the rebels this year.", 2.0),
        ("Officials said the port was the fourth provincial capital to fall to the militia.", 4.0),
    ],
)
def test_a_capital_outside_the_pack_war_is_a_city_captured_with_no_total(
    enricher, text: str, value: float
) -> None:  # type: ignore[no-untyped-def]
    found = asserted(enricher, text)
    assert ("cities_captured", value, "exact") in found
    assert not any(m == "provincial_capitals_captured" for m, _, _ in found)


def test_a_whole_other_than_the_pack_total_is_another_country(enricher) -> None:  # type: ignore[no-untyped-def]
    from datetime import datetime

    from processors.models import Article

    text = "The insurgents now control seven of the country's 21 provincial capitals."
    article = Article(id="x", text=text, published=datetime(2024, 4, 5))
    found = enricher.enrich([article])[0].claims
    assert [(c.metric, c.value, c.total) for c in found] == [("cities_captured", 7.0, 21.0)]


def test_a_district_capital_is_no_provincial_capital_even_in_the_pack_war(enricher) -> None:  # type: ignore[no-untyped-def]
    text = "The Taliban took a fifth district capital in Helmand, officials said."
    found = asserted(enricher, text)
    assert ("cities_captured", 5.0, "exact") in found
    assert not any(m == "provincial_capitals_captured" for m, _, _ in found)


def test_the_pack_war_keeps_its_provincial_capitals(enricher) -> None:  # type: ignore[no-untyped-def]
    text = "The insurgents seized their sixth provincial capital in Afghanistan."
    found = asserted(enricher, text)
    assert ("provincial_capitals_captured", 6.0, "exact") in found
