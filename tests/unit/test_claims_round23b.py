"""Claims of round twenty-three, second pass: values nothing was read of. A row of a
list that labels each count with a place and a dash or colon and gives no verb ("Tresk - 14
cases | Burrin - 9 cases") counts the noun after each figure. A toll raised or a disease
that killed "N of the M people infected" (or "who fell ill", "who caught it") tells the
dead as a part of the M cases, and "raising the toll to 29 of the 31 men aboard" the toll
with its whole. Every passage is written for these tests, about made-up places, ships,
mines, outbreaks and storms."""

from __future__ import annotations

from datetime import datetime
from functools import partial

import pytest
from claim_readings import claims, known_wrong

from processors.models import Article

D, C = "death_toll", "confirmed_cases"
E, AL = "exact", "at_least"
S, R, HG = "asserted", "recap", "hedged"

# (passage, every claim it gives as (metric, value, bound, modality), in any order)

# ---- 1. a row of a list: a place, a dash or colon, a figure and its noun, no verb
LISTED_ROWS: list[tuple[str, list[tuple[str, float, str, str]]]] = [
    (
        "Measles in the Aldova region this week: Tresk - 14 cases | Burrin - 9 cases | "
        "Oswald Bay - 3 cases",
        [(C, 14.0, E, S), (C, 9.0, E, S), (C, 3.0, E, S)],
    ),
    (
        "Cholera, weekly figures from the Vellan health office: Porta - 41 cases since "
        "Monday | Sella - 12 cases since Monday",
        [(C, 41.0, E, S), (C, 12.0, E, S)],
    ),
    (
        "Dengue by district (ministry of health): Kora – 212 cases; Ambel – 87 cases; "
        "Lusk – 19 cases.",
        [(C, 212.0, E, S), (C, 87.0, E, S), (C, 19.0, E, S)],
    ),
    (
        "Typhoid in the river towns\nHalby — 33 cases this month\nDrews — 8 cases this month",
        [(C, 33.0, E, S), (C, 8.0, E, S)],
    ),
    # ...hard negatives: a row of another count, a sentence with its own verb in the cell
    (
        "Hospital beds in the Aldova region: Tresk - 140 beds | Burrin - 95 beds",
        [],
    ),
    (
        "School closures, Kora district: Ambel - 12 schools | Lusk - 4 schools",
        [],
    ),
]

# ---- 1b. a row of cells split by semicolons, each a label and its figure, no colon
LABELLED_CELLS: list[tuple[str, list[tuple[str, float, str, str]]]] = [
    (
        "Hantavirus, Lora district, to 3 May: cases 14; deaths 4.",
        [(C, 14.0, E, S), (D, 4.0, E, S)],
    ),
    (
        "Cholera in Pell county (figures to 2 June): cases 310; deaths 12; recovered 250.",
        [(C, 310.0, E, S), (D, 12.0, E, S)],
    ),
    (
        "Plague, Amber Hills, week 9 - deaths 7 (all in Osso village); cases 41.",
        [(D, 7.0, E, S), (C, 41.0, E, S)],
    ),
    # ...a whole broken into parts some of which are unconfirmed is no confirmed count
    (
        "Measles, Varn province, week 18: cases 62 (confirmed 40, suspected 22); deaths 2.",
        [(C, 40.0, E, S), (D, 2.0, E, S)],
    ),
    # ...hard negatives: labels of no metric, a clause in the cell
    (
        "Field hospital, Lora district: beds 40; staff 12; tents 9.",
        [],
    ),
    (
        "Relief in the Pell valley: trucks 14; roads reopened 3.",
        [],
    ),
]

# ---- 1c. a tally whose owner is named before it as a modifier, with no noun after the
# figure ("Taliban tally reaches 10"), counts what that owner's metric counts (in a
# story that names no Afghan place, the towns taken: see metrics.yaml `context`)
OWNED_TALLIES: list[tuple[str, list[tuple[str, float, str, str]]]] = [
    (
        "Militant tally reaches 9 as Osk falls\nOsk, the provincial capital of the northern "
        "hills, fell to the militants on Sunday after a two-day siege.",
        [("cities_captured", 9.0, E, S)],
    ),
    (
        "Insurgent tally reaches 12 as Harrow falls\nHarrow, the provincial capital of the far "
        "west, fell to the insurgents on Wednesday.",
        [("cities_captured", 12.0, E, S)],
    ),
    # ...hard negatives: an owner named in another clause, a tally of no metric's owner
    (
        "An insurgent spokesman said 300 people had been killed in the Varn floods, though "
        "the Red Cross put the confirmed figure at 210.",
        [(D, 300.0, E, S), (D, 210.0, E, S)],
    ),
    (
        "Council tally reaches 14 as the Greens take Harrow\nThe Greens won Harrow's seat on "
        "the regional council on Wednesday.",
        [],
    ),
]

# ---- 1d. "a week later it is 14": the time since the count before is no frequency
TIME_SINCE: list[tuple[str, list[tuple[str, float, str, str]]]] = [
    (
        "The toll from the Vell floods was three on Sunday. A week later it is 14.",
        [(D, 3.0, E, R), (D, 14.0, E, S)],
    ),
    (
        "The toll from the Arden quake stood at 61 on Monday. A day later it is 88, the civil "
        "defence agency said.",
        [(D, 61.0, E, R), (D, 88.0, E, S)],
    ),
    # ...hard negative: a figure a year is a rate
    ("The fever kills about 400 people a year in the Kessa basin.", []),
]

# ---- 2. the dead told as a part of the infected: the whole is the count of cases
DEAD_OF_INFECTED: list[tuple[str, list[tuple[str, float, str, str]]]] = [
    (
        "Health officials in Kembe declared the Lassa fever outbreak over on Tuesday. It "
        "killed 12 of the 80 people infected.",
        [(D, 12.0, E, S), (C, 80.0, E, S)],
    ),
    (
        "The fever killed nine of the 57 people who fell ill in Dorran before the wells were "
        "sealed.",
        [(D, 9.0, E, S), (C, 57.0, E, S)],
    ),
    (
        "By the time the cholera outbreak in Sabri ended, it had claimed 31 of the 640 people "
        "who caught it.",
        [(D, 31.0, E, S), (C, 640.0, E, S)],
    ),
    (
        "The virus killed 5 of the 33 patients diagnosed with it at the Ressa clinic, the "
        "district doctor said.",
        [(D, 5.0, E, S), (C, 33.0, E, S)],
    ),
    # ...hard negatives: the whole is no count of the infected, or the infected are told
    # alone (their own clause keeps its reading)
    (
        "The blast at the Orlo chemical works killed 14 of the 90 people working there.",
        [(D, 14.0, E, S)],
    ),
    (
        "Doctors fear that 80 people infected at the Tamsin fair have not yet been traced.",
        [(C, 80.0, E, HG)],
    ),
    (
        "The storm killed 6 of the 40 fishermen who had put to sea from Karsk.",
        [(D, 6.0, E, S)],
    ),
]

# ---- 3. a toll raised to a part of a whole: the part is the toll, told with its whole
TOLL_OF_WHOLE: list[tuple[str, list[tuple[str, float, float | None, str]]]] = [
    (
        "Divers recovered three more bodies on Sunday, raising the toll in the Marl Creek "
        "mine flood to 22 of the 25 men trapped underground, the governor said.",
        [(D, 22.0, 25.0, S)],
    ),
    (
        "The coastguard found two more bodies, bringing the toll from the Veska ferry "
        "sinking to 41 of the 58 passengers and crew.",
        [(D, 41.0, 58.0, S)],
    ),
    (
        "Two more patients died overnight, taking the toll at the Brann care home to 11 of "
        "its 60 residents.",
        [(D, 11.0, 60.0, S)],
    ),
    # ...hard negative: a toll raised to a figure of its own, with no whole
    (
        "Rescuers found the last two bodies, raising the toll at the Dunmore pit to 19, the "
        "governor said.",
        [(D, 19.0, None, S)],
    ),
]

KNOWN_WRONG: set[str] = set()

_known = partial(known_wrong, wrong=KNOWN_WRONG)


def _with_totals(enricher, text: str):  # type: ignore[no-untyped-def]
    article = Article(id="x", text=text, published=datetime(2024, 4, 5))
    found = enricher.enrich([article])[0].claims
    return [(c.metric, c.value, c.total, c.modality) for c in found]


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        pytest.param(t, w, marks=_known(t))
        for t, w in [
            *LISTED_ROWS,
            *LABELLED_CELLS,
            *OWNED_TALLIES,
            *TIME_SINCE,
            *DEAD_OF_INFECTED,
        ]
    ],
)
def test_a_listed_or_partitive_count_is_read(
    enricher, text: str, wanted: list[tuple[str, float, str, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert sorted(claims(enricher, text)) == sorted(wanted)


@pytest.mark.parametrize(
    ("text", "wanted"), [pytest.param(t, w, marks=_known(t)) for t, w in TOLL_OF_WHOLE]
)
def test_a_toll_raised_to_a_part_keeps_its_whole(
    enricher, text: str, wanted: list[tuple[str, float, float | None, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert sorted(_with_totals(enricher, text)) == sorted(wanted)
