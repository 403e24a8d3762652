"""Bulletins abbreviate the bound words: "est." and "approx." before a figure. spaCy's
tokenizer splits their period off and the parser then ends a sentence before the figure,
so the figure lost its bound ("now est. 6,400 acres" was read exact). They are kept one
token and read like "estimated" and "approximately": an estimated area is `about` and
asserted, an estimated toll of people `about` and hedged (tests/fixtures/README.md,
settled in round 29), an approximate one `about` and asserted. The places are made up."""

from __future__ import annotations

import pytest
from claim_readings import claims

D, A = "death_toll", "acres_burned"


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "COUNTY OEM 07:00: Harlan Gulch Fire now est. 6,400 acres, 0% contained. "
            "169 homes confirmed lost.",
            [(A, 6400, "about", "asserted")],
        ),
        (
            "The Ridge Fire has burned approx. 2,300 acres, crews said.",
            [(A, 2300, "about", "asserted")],
        ),
        ("Est. 300 acres burned by the Lone Pine Fire.", [(A, 300, "about", "asserted")]),
        ("Quake toll now est. 120 dead, officials in Velna say.", [(D, 120, "about", "hedged")]),
        ("Velna quake: approx. 85 dead, 300 hurt.", [(D, 85, "about", "asserted")]),
    ],
)
def test_abbreviated_bounds_stay_with_their_figure(
    enricher, text: str, wanted: list[tuple[str, float, str, str]]
) -> None:
    assert claims(enricher, text) == wanted
