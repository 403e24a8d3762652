"""Claims of round twenty-six, second pass: verbless cells of bulletins and tables. A cell
names its count with a short label and gives the figure, with no verb ("confirmed cases
212, deaths 9", "Reported dead: 14, missing: 6", "Cumulative cases since 2 March: 1,408").
The label may open with a participle the tagger reads as a past tense ("Reported",
"Confirmed", "Recorded") and may carry a time phrase ("since March", "to date"); neither
makes it a told clause. Hard negatives keep what a careful reader keeps: a label of new,
suspected, expected, feared or older figures, and labels of what no metric counts. Every
passage is written for these tests, about made-up places."""

from __future__ import annotations

from functools import partial

import pytest
from claim_readings import asserted, known_wrong

D, C = "death_toll", "confirmed_cases"
E = "exact"

# (passage, every asserted claim it gives as (metric, value, bound), in any order)

# ---- a label cell names its count, whether or not a participle or time phrase opens it
CELLS: list[tuple[str, list[tuple[str, float, str]]]] = [
    (
        "Storm Harlan, county bulletin 9 May: reported dead 14, injured 60, homes damaged 300.",
        [(D, 14.0, E)],
    ),
    (
        "Recorded deaths: 31, missing: 12. Roads remain closed in the upper Pell valley.",
        [(D, 31.0, E)],
    ),
    (
        "Cholera, Vanto province, situation note 6\nCumulative cases since 2 March: 1,408\n"
        "Cumulative deaths: 22 (CFR 1.6%)",
        [(C, 1408.0, E), (D, 22.0, E)],
    ),
    (
        "Measles, Orlen region, season to date: confirmed cases 433, deaths 3.",
        [(C, 433.0, E), (D, 3.0, E)],
    ),
    (
        "Landslide at Pirra, update 4: confirmed dead 27, still missing 40.",
        [(D, 27.0, E)],
    ),
    (
        "Dengue, Kelso island\nReported cases since January: 2,950\nDeaths since January: 11",
        [(C, 2950.0, E), (D, 11.0, E)],
    ),
    (
        "Flood bulletin, Tamsa basin, Thursday: recorded deaths 18, displaced 4,000.",
        [(D, 18.0, E)],
    ),
    (
        "Mudflow in Corra, civil defence note: Reported dead: 9, missing: 5. Search resumes "
        "at dawn.",
        [(D, 9.0, E)],
    ),
]

# ---- hard negatives: labels of figures no careful reader takes as a current total
NOT_CELLS: list[tuple[str, list[tuple[str, float, str]]]] = [
    ("Flood outlook for the Tamsa basin: expected deaths 40 if the levee breaks.", []),
    ("Cholera, Vanto province\nNew cases in week 12: 310\nAffected districts: 4", []),
    ("Evacuated residents: 2,300, shelters open: 14, roads cut: 6.", []),
    ("Fever in Lusen district\nSuspected cases since June: 640", []),
    ("Field hospital at Orlen: planned beds 500, staff hired 80.", []),
    ("Dengue, Kelso island\nProjected cases by July: 9,000", []),
    ("Mudflow in Corra, civil defence note: feared dead 30, missing 12.", []),
    ("Quake at Brenno, first night: injured since Monday 85, hospital beds in use 60.", []),
]

# written after the rules: a label's count runs from an earlier year ("since October 2023")
# and still holds now; the tokenizer's "):" closes a heading before the cells
AFTER: list[tuple[str, list[tuple[str, float, str]]]] = [
    (
        "Typhus, Marrow county, note of 2 March\nCases since October 2023: 412\nDeaths: 6",
        [(C, 412.0, E), (D, 6.0, E)],
    ),
    (
        "Fever in Lusen (district bulletin of 9 May): recorded cases 140, deaths 2.",
        [(C, 140.0, E), (D, 2.0, E)],
    ),
    ("Cholera, Vanto province\nDeaths in week 12: 14\nDistricts affected: 3", []),
]

# passages the rules still read wrong, by their opening characters
KNOWN_WRONG: set[str] = set()

_known = partial(known_wrong, wrong=KNOWN_WRONG)


@pytest.mark.parametrize(
    ("text", "wanted"),
    [pytest.param(t, w, marks=_known(t)) for t, w in [*CELLS, *NOT_CELLS, *AFTER]],
)
def test_asserted_claims_of_round26b(
    enricher, text: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert sorted(asserted(enricher, text)) == sorted(wanted)
