"""Claims of round thirty-three, second pass (recall: asserted figures nothing was read
for). Each kind was tried on fresh wording before any rule; every passage is written for
these tests, about made-up or real places, published on Monday 2024-04-08.

"The number of <persons> <participle> in <a long phrase> rose to N": with a long phrase
after the participle the parser makes the participle the clausal subject (csubj) of the
verb of growth, with the count noun "number" as its own subject, so the verb had no noun
and the count was read as nothing. The participle says what is counted, as it already did
when the parse hung the verb below it ("The number killed when ... rose to 84"):
now also when the participle is the verb's clausal subject, and when "of <persons>" stands
between the count noun and it. Hard negatives: a participle no metric counts ("homes
destroyed"), and a part after "including" beside the count.

And a "number of people <participle>" whose participle is a fate no metric counts ("the
number of people evacuated", "injured", "treated") counts nothing: before, the count noun
alone picked a metric from the persons noun (an outbreak's cases, a flood's dead).

Still wrong (strict xfail below): "confirmed infected" is read as the dead; "The tally of
<disease> patients ... including four people who died" reads the whole as the dead; a
whole told as "the count of those taken ill", or the part in "has sickened 64 people ...,
including three who died", is missed. A single death told with "a" or "one" (the lead's
first kind) was not worked: it needs a passage-level reading of the toll.
"""

from __future__ import annotations

from functools import partial

import pytest
from claim_readings import claims, known_wrong

D, C = "death_toll", "confirmed_cases"

KNOWN_WRONG = [
    # "confirmed infected" read as the dead
    "KESTREL (Reuters) - The number of people confirmed",
    # "rescued" (parsed otherwise) still takes the cases' metric
    "The number of people rescued from the collapsed",
    # the whole of patients read as the dead beside "including four people who died"
    "The tally of Legionnaires' disease patients",
    # the whole "the count of those taken ill" is missed
    "UPDATE: The count of those taken ill",
    # the part "including three who died" is missed
    "The salmonella outbreak has now sickened 64",
]
_known = partial(known_wrong, wrong=KNOWN_WRONG)

Case = tuple[str, list[tuple[str, float, str]]]


def every(enricher, text: str) -> list[tuple[str, float, str]]:  # type: ignore[no-untyped-def]
    return sorted((c[0], c[1], c[3]) for c in claims(enricher, text, "2024-04-08"))


PARTICIPLES: list[Case] = [
    (
        "The number of people sickened in the fungal meningitis outbreak linked to steroid "
        "injections from the Harlow Compounding Center rose to 205 on Monday, including 15 "
        "deaths, the agency said.",
        [(C, 205.0, "asserted"), (D, 15.0, "asserted")],
    ),
    (
        "The number of people killed in the flash floods that swept through the hill "
        "districts of Orvan climbed to 48 on Monday, officials said.",
        [(D, 48.0, "asserted")],
    ),
    (
        "The number of patients infected in the hospital-acquired fungal outbreak in Lisk has "
        "risen to 31, the health ministry said on Monday.",
        [(C, 31.0, "asserted")],
    ),
    (
        "The number of residents sickened by contaminated well water in the farming town of "
        "Hale reached 77 on Monday, county officials said.",
        [(C, 77.0, "asserted")],
    ),
    (
        "The number of people sickened in the cholera outbreak in Dara climbed to 312 on "
        "Monday, including nine deaths, health officials said.",
        [(C, 312.0, "asserted"), (D, 9.0, "asserted")],
    ),
    (
        "Cases of measles in Orne County have risen to 87, including two deaths, the health "
        "department said on Monday.",
        [(C, 87.0, "asserted"), (D, 2.0, "asserted")],
    ),
    (
        "Confirmed infections in the province reached 1,150 by Monday, including 23 "
        "fatalities, according to the ministry.",
        [(C, 1150.0, "asserted"), (D, 23.0, "asserted")],
    ),
    (
        "KESTREL (Reuters) - The number of people confirmed infected with the novel "
        "respiratory virus in the northern provinces jumped to 412 on Monday, the ministry "
        "said.",
        [(C, 412.0, "asserted")],
    ),
    (
        "The tally of Legionnaires' disease patients in Kestrel grew to 41 on Monday, "
        "including four people who died.",
        [(C, 41.0, "asserted"), (D, 4.0, "asserted")],
    ),
    (
        "UPDATE: The count of those taken ill after the wedding in Varn has gone up to 58, "
        "including one death, the county said.",
        [(C, 58.0, "asserted"), (D, 1.0, "asserted")],
    ),
    (
        "The salmonella outbreak has now sickened 64 people in six states, including three "
        "who died, the agency said.",
        [(C, 64.0, "asserted"), (D, 3.0, "asserted")],
    ),
    (
        "The number of cases confirmed in the province since the start of the outbreak rose "
        "to 80 on Monday.",
        [(C, 80.0, "asserted")],
    ),
    (
        "Live: the number of people killed in the quake has climbed to 212, officials say.",
        [(D, 212.0, "asserted")],
    ),
    # hard negatives
    (
        "The number of people displaced by the floods in the delta rose to 12,000 on Monday, "
        "the agency said.",
        [],
    ),
    (
        "The number of people rescued from the collapsed mine at Orrin has risen to 19, "
        "officials said.",
        [],
    ),
    (
        "The number of homes destroyed in the fast-moving wildfire near Cobb rose to 310 on "
        "Monday, fire officials said.",
        [],
    ),
    (
        "The number of people evacuated from the flooded river towns near Telo rose to 2,000 "
        "on Monday, the army said.",
        [],
    ),
    (
        "The number of people treated in the fungal outbreak wards rose to 60 on Monday, "
        "officials said.",
        [],
    ),
    (
        "The number of people injured in the stadium crush in southern Velo rose to 140 on "
        "Monday, police said.",
        [],
    ),
    (
        "The death toll in the floods rose to 33 on Monday, including 12 children, officials said.",
        [(D, 33.0, "asserted")],
    ),
    (
        "About 14,000 patients may have received the tainted shots, including 200 in Michigan.",
        [],
    ),
    (
        "The number of people hospitalised with dengue rose to 120, including 15 in intensive "
        "care.",
        [],
    ),
]


@pytest.mark.parametrize(
    ("text", "wanted"), [pytest.param(*c, marks=_known(c[0])) for c in PARTICIPLES]
)
def test_the_participle_of_a_count_read_as_a_clausal_subject_says_what_is_counted(
    enricher, text: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert every(enricher, text) == sorted(wanted)
