"""Claims of round thirty-seven, third wave: kinds that recur on unseen text, each tried on
fresh wording before any rule; every passage is written for these tests, about made-up or real
places.

A figure told first in a sentence whose later clause, after a semicolon, gives the count anew
("\\"Six dead\\" said the first message on Tuesday night; officials later raised the toll to 8",
dev24's tb079; "was long said to have killed 1,960; historians now put the figure at about
2,300", dev18's i078) is the count's older value (recap), as one told in a sentence of its own
before "was later raised to" already was. Before, it stood asserted beside the newer value.
Hard negatives: no figure after the revising clause (the older figure alone stands); a clause
of its own with no word of revising ("...; 40 more were hurt").

In a correction, a figure the publication's own report gave ("Correction: A report on Monday
said the blaze near Tarsk had burned 9,000 acres. The figure given by the forestry office was
900 hectares.", dev46's tx052) is withdrawn (negated), as one "an earlier version" or a
caption gave already was. Before, it stood asserted beside the corrected figure. Hard
negatives: a report's figure in a passage that is no correction; the corrected figure itself.

A figure in a relative clause on the noun an "up from" or "down from" phrase compares with
("... puts its peak winds at 150 mph, up from the 140 mph estimate that made it a Category 3",
dev15's a110) is told of that older value (recap), as the figure right after "up from"
already was. Before, it stood asserted beside the newer category. Hard negative: a figure in
a relative clause on the newer value's own noun.
"""

from __future__ import annotations

import pytest
from claim_readings import every

A, D, H = "acres_burned", "death_toll", "hurricane_category"

# (passage, published, every claim read, as (metric, value, modality))
Case = tuple[str, str, list[tuple[str, float, str]]]

REVISED_IN_CLAUSE: list[Case] = [
    (
        "'Six dead, 8 injured' said the first message from the mine on Tuesday night; the "
        "county coroner later raised the toll to 8.",
        "2024-04-12",
        [(D, 6.0, "recap"), (D, 8.0, "asserted")],
    ),
    (
        "The 1917 dam collapse was long said to have killed 1,960 people; historians working "
        "through parish registers now put the figure at about 2,300.",
        "2024-04-12",
        [(D, 1960.0, "recap"), (D, 2300.0, "asserted")],
    ),
    (
        "The landslide killed 14 people in the hill village; 40 more were hurt, the district "
        "office said.",
        "2024-04-12",
        [(D, 14.0, "asserted")],
    ),
]


@pytest.mark.parametrize(("text", "published", "wanted"), REVISED_IN_CLAUSE)
def test_a_figure_before_a_clause_that_revises_the_count_is_recap(
    enricher, text: str, published: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert every(enricher, text, published) == sorted(wanted)


CORRECTED_REPORT: list[Case] = [
    (
        "Correction: A report on Monday said the blaze near Tarsk had burned 9,000 acres. The "
        "figure given by the forestry office was 900 hectares.",
        "2024-04-12",
        [(A, 9000.0, "negated"), (A, 2224.0, "asserted")],
    ),
    (
        "A report on Monday said the blaze near Tarsk had burned 9,000 acres.",
        "2024-04-12",
        [(A, 9000.0, "asserted")],
    ),
]


@pytest.mark.parametrize(("text", "published", "wanted"), CORRECTED_REPORT)
def test_a_figure_the_publications_report_gave_is_withdrawn_in_a_correction(
    enricher, text: str, published: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert every(enricher, text, published) == sorted(wanted)


UP_FROM_CLAUSE: list[Case] = [
    (
        "Storm Pello now rated a Category 4 | A review of flight data puts its peak winds at "
        "150 mph, up from the 140 mph estimate that made it a Category 3 storm.",
        "2024-04-12",
        [(H, 3.0, "recap"), (H, 4.0, "asserted")],
    ),
    (
        "A review of flight data puts Storm Pello's peak winds at 150 mph, a reading that "
        "makes it a Category 4 storm.",
        "2024-04-12",
        [(H, 4.0, "asserted")],
    ),
]


@pytest.mark.parametrize(("text", "published", "wanted"), UP_FROM_CLAUSE)
def test_a_figure_told_of_the_older_value_after_up_from_is_recap(
    enricher, text: str, published: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert every(enricher, text, published) == sorted(wanted)
