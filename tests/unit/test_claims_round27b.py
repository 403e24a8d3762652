"""Claims of round twenty-seven, second pass: a tally table written as text lines, its
header (the counted thing, its taker, "of 20") on a line of its own and each row a date, a
colon and a figure. Each row counts what the header names, the latest row is the running
total and the older rows are recaps. Hard negatives: rows under a header that names no
count, or names the thing with a verb the count does not take ("towns shelled"). Every
passage is written for these tests, about made-up places."""

from __future__ import annotations

import pytest
from claim_readings import asserted, claims

T, P = "cities_captured", "provincial_capitals_captured"
E = "exact"

TABLES: list[tuple[str, str, list[tuple[str, float, str]]]] = [
    (
        "Towns taken by the Orvel rebels (of 20)\nMon 3 May: 2\nWed 5 May: 4\nFri 7 May: 7\n"
        "Source: our desk.",
        "2021-05-07",
        [(T, 7.0, E)],
    ),
    # (known miss: with only two rows the older one is not yet read as a recap)
    pytest.param(
        "Brennick district capitals seized by the Velt militia, running count (of 12)\n"
        "Sat 4 Sep: 3\nMon 6 Sep, 09:00 local time: 5",
        "2021-09-06",
        [(P, 5.0, E)],
        marks=pytest.mark.xfail(strict=True),
    ),
    # ...hard negatives: a header of no count, a verb the count does not take
    (
        "Rainfall at Dunmere station (mm)\nMon 3 May: 12\nFri 7 May: 30",
        "2021-05-07",
        [],
    ),
    (
        "Towns shelled by the Orvel rebels (of 20)\nMon 3 May: 2\nFri 7 May: 7",
        "2021-05-07",
        [],
    ),
    (
        "Towns flooded along the Sarn\nMon 3 May: 2\nFri 7 May: 7",
        "2021-05-07",
        [],
    ),
]


@pytest.mark.parametrize(("text", "published", "wanted"), TABLES)
def test_tally_rows_under_their_header(
    enricher, text: str, published: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert sorted(asserted(enricher, text, published)) == sorted(wanted)


def test_older_rows_are_recaps(enricher) -> None:  # type: ignore[no-untyped-def]
    text = "Towns taken by the Orvel rebels (of 20)\nMon 3 May: 2\nWed 5 May: 4\nFri 7 May: 7"
    found = claims(enricher, text, "2021-05-07")
    assert (T, 2.0, E, "recap") in found
    assert (T, 7.0, E, "asserted") in found
