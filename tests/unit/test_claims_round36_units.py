"""Claims of round thirty-six, from labels the dev sets disagreed on with the reader; every
passage is written for these tests.

A burned area told in two units joined by "or" ("more than 279,000 acres, or roughly 436
square miles", dev45's tw054; "400,000 hectares, or nearly one million acres", tw083) is one
figure: the acres as stated, with their own bound, as it already was in brackets ("32,000
hectares (79,000 acres)"). Before, the figure in the other unit was converted and kept as a
second area. Hard negatives: an area in another unit alone, "or more" after it, a second area
of another place in a later clause.

A wire story's version label ("UPDATE 2-At least 20 killed ...", dev46's tx016) is a label
like "UPDATE:" even with its count and unspaced dash: the headline after it keeps its bound.
Before, "2-at" was read as one word and "at least" was lost.
"""

from __future__ import annotations

import pytest
from claim_readings import claims

A, D = "acres_burned", "death_toll"

UNITS = [
    (
        "The Cedar Ridge fire has burned more than 212,000 acres, or roughly 331 square miles, "
        "of timber, officials said Tuesday.",
        [(A, 212000.0, "more_than", "asserted")],
    ),
    (
        "The Marten Lake fire in northern Saskatchewan has burned more than 150,000 hectares, or "
        "nearly 370,000 acres, of boreal forest, the province said.",
        [(A, 370000.0, "about", "asserted")],
    ),
    (
        "The blaze near Tarrin has scorched 12,000 hectares or about 29,600 acres since Friday.",
        [(A, 29600.0, "about", "asserted")],
    ),
    (
        "The Sable fire has burned 84,000 acres (about 131 square miles) in Oregon.",
        [(A, 84000.0, "exact", "asserted")],
    ),
    # hard negatives: another unit alone is converted; "or more" restates nothing
    (
        "About 8,000 hectares have burned in the Tasman fire.",
        [(A, 19768.0, "about", "asserted")],
    ),
    (
        "The Lindell fire has burned 3,000 hectares or more, the forestry agency said.",
        [(A, 7413.0, "exact", "asserted")],
    ),
]


@pytest.mark.parametrize(("text", "wanted"), UNITS)
def test_an_area_restated_after_or_is_one_figure_in_acres_as_stated(
    enricher, text: str, wanted: list
) -> None:  # type: ignore[no-untyped-def]
    assert claims(enricher, text, "2024-08-06") == wanted


LABELS = [
    (
        "UPDATE 2-At least 20 killed as bus catches fire near Kurnool\n(Updates toll)\nAt least "
        "20 people were killed when the bus burst into flames, police said.",
        [(D, 20.0, "at_least", "asserted")],
    ),
    ("UPDATE 1-More than 30 dead in Kenya floods", [(D, 30.0, "more_than", "asserted")]),
    ("UPDATE 3-Death toll rises to 45 in Kenya floods", [(D, 45.0, "exact", "asserted")]),
]


@pytest.mark.parametrize(("text", "wanted"), LABELS)
def test_a_wire_version_label_leaves_the_headline_its_bound(
    enricher, text: str, wanted: list
) -> None:  # type: ignore[no-untyped-def]
    assert claims(enricher, text, "2024-08-06") == wanted
