"""Claims of round thirty-one (h): doubted figures that were read as asserted, the largest
share of false claims on sets read unseen. Each kind was tried on fresh wording before any
rule; every passage is written for these tests, about made-up or real places.

An estimate of people is doubt about the figure also when the estimate is a noun that is
the subject of the figure's clause, or of a clause the figure's clause completes: "the flu,
which the CDC estimates killed about 100,000" (the parser makes "estimates" a noun),
"estimates for 1889-90 are around 1 million deaths", "the best estimate is that 3,000
died", "most estimates put the toll at about 240,000". Before, only "an estimated" and the
verb "estimate" were read. The figure people repeat is doubted when it is the one "you'll
usually hear" as when it is the one "usually quoted". Hard negatives: an estimated area
(a measurement), an official count that "stands at", and an estimate of something else in
a clause of its own ("40 have died; estimates from aid groups are higher").
"""

from __future__ import annotations

from functools import partial

import pytest
from claim_readings import asserted, claims, known_wrong

D, C, A, P = "death_toll", "confirmed_cases", "acres_burned", "provincial_capitals_captured"
E, AB = "exact", "about"

# passages still read wrong, by their opening characters (strict xfail)
KNOWN_WRONG = [
    # the figure after "stand at around" is read as no claim at all
    "Current estimates of the death toll in the quake zone",
]
_known = partial(known_wrong, wrong=KNOWN_WRONG)


def hedged(enricher, text: str) -> list[float]:  # type: ignore[no-untyped-def]
    """The values read hedged."""
    return sorted(c[1] for c in claims(enricher, text) if c[3] == "hedged")


# (passage, every asserted claim as (metric, value, bound), the values read hedged)
Case = tuple[str, list[tuple[str, float, str]], list[float]]

ESTIMATES: list[Case] = [
    ("Estimates for the 1931 Yangtze floods are around two million deaths.", [], [2000000.0]),
    (
        "Current estimates of the death toll in the quake zone stand at around 1,200.",
        [],
        [1200.0],
    ),
    ("The best estimate is that 3,000 people died in the siege of Ostrel.", [], [3000.0]),
    (
        "HOST: So how many died? GUEST: The number you'll usually hear is eighty thousand dead.",
        [],
        [80000.0],
    ),
    (
        "The WHO's estimate, published on Tuesday, is 6,000 deaths from the heatwave in Europe.",
        [],
        [6000.0],
    ),
    ("Most estimates put the toll of the Tangshan earthquake at about 240,000.", [], [240000.0]),
    (
        "The 1957 flu, which health agencies estimate killed about 116,000 Americans, spread "
        "through schools.",
        [],
        [116000.0],
    ),
    # ...hard negatives: an area, a count that stands, an estimate of something else
    ("Officials estimate the Ridge fire at 4,000 hectares.", [(A, 9884.0, E)], []),
    (
        "The official count stands at 1,200 dead, the civil defence agency said.",
        [(D, 1200.0, E)],
        [],
    ),
    ("The fire has burned an estimated 12,000 acres, Cal Fire said.", [(A, 12000.0, AB)], []),
    (
        "The ministry says 40 people have died in the floods; estimates from aid groups are far "
        "higher.",
        [(D, 40.0, E)],
        [],
    ),
    (
        "Officials said 28 people had died, and estimates of the damage run to $40 million.",
        [(D, 28.0, E)],
        [],
    ),
]


@pytest.mark.parametrize(
    ("text", "wanted", "doubted"), [pytest.param(*c, marks=_known(c[0])) for c in ESTIMATES]
)
def test_an_estimate_that_tells_a_count_of_people_doubts_it(
    enricher, text: str, wanted: list[tuple[str, float, str]], doubted: list[float]
) -> None:  # type: ignore[no-untyped-def]
    assert sorted(asserted(enricher, text)) == sorted(wanted)
    assert hedged(enricher, text) == doubted
