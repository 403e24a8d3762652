"""Claims of round twenty-nine, from kinds that recur in sets read unseen (dev31 to dev36
at the rounds they were held out). A toll told, then split in its own sentence into a figure
the rules read as a count and the rest, which they do not ("killed 41 workers. Thirty-eight
died underground; three more died in hospital"): the figure and the rest add up to the toll,
so the figure is its part, not a toll of its own (round 28 knew this only when every part
was read as a count). A share of the dead ("killed 187 in all; 160 of them died before
dawn") is a part of the toll too, unlike a share of the people aboard ("179 of the 181").
Deaths "among them" are counted out of the cases, as deaths "including" are. Hard
negatives: another subject's figure that happens to add up with a number of something else
beside it, and the dead and the missing of one day beside a later day's toll. Every passage
is written for these tests, about made-up places."""

from __future__ import annotations

import pytest
from claim_readings import asserted

from processors.models import Article

D, A = "death_toll", "acres_burned"
E = "exact"

# (passage, every asserted claim it gives as (metric, value, bound), in any order)
PART_AND_REST: list[tuple[str, list[tuple[str, float, str]]]] = [
    (
        "The ferry fire off Pella killed 34 people, police said on Monday. Twenty-nine were "
        "found on the lower deck and five died after reaching the shore.",
        [(D, 34.0, E)],
    ),
    (
        "The collapse at the Dravo colliery has killed 41 workers, the energy minister said. "
        "Thirty-eight died underground; three more died in hospital overnight.",
        [(D, 41.0, E)],
    ),
    (
        "The bus left the road above Kesh on Sunday. Nineteen passengers died at the scene "
        "and two more later in hospital, bringing the toll to 21.",
        [(D, 21.0, E)],
    ),
    # a share of the dead ("N of them") is a part of the toll it shares
    (
        "Eleven years ago tonight the Brava club burned in Ostend. The fire killed 187 "
        "people in all; 160 of them died before dawn.",
        [(D, 187.0, E)],
    ),
    # ...hard negatives: another subject's own figure, with a number of something else
    (
        "The Ardis fire has burned 5,000 acres, officials said. The nearby Kell fire has "
        "burned 3,000 acres, and 2,000 firefighters are on its lines.",
        [(A, 5000.0, E), (A, 3000.0, E)],
    ),
    (
        "Floods have killed 40 people in Varna province this week. In Ostrel, landslides "
        "killed 25 people, and 15 villages were cut off.",
        [(D, 40.0, E), (D, 25.0, E)],
    ),
]


@pytest.mark.parametrize(("text", "wanted"), PART_AND_REST)
def test_asserted_claims_of_round29(
    enricher, text: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert sorted(asserted(enricher, text)) == sorted(wanted)


def test_a_part_and_another_fate_do_not_make_a_later_toll(enricher) -> None:  # type: ignore[no-untyped-def]
    # 12 dead and 5 missing are no 17 dead in two parts: the later line's 17 is its own count
    text = "Kessa mine blast, by day\nMon 3 June: 12 dead, 5 missing\nTue 4 June: 17 dead"
    assert sorted(asserted(enricher, text)) == [(D, 17.0, E)]


def test_deaths_among_cases_are_counted_out_of_them(enricher) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kivu health officials have counted 512 confirmed cholera cases in Uvira, among them "
        "41 deaths."
    )
    read = enricher.enrich([Article(id="x", text=text)])[0].claims
    assert [(c.metric, c.value, c.total) for c in read if c.metric == D] == [(D, 41.0, 512.0)]
