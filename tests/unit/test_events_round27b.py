"""Events, round 27 (second pass): an embassy's act told as the news of its sentence is
asserted however old, as a capture is (tests/fixtures/README.md, "framing not age decides
recap"): in the main clause, or in a clause of its own with its own day.

- Positives: an old closure or evacuation told in the main clause with its own day, in a
  podcast's notes or a newsletter published weeks later, or in a timeline's dated entry.
- Hard negatives beside each: the same act as background, in a relative clause, after
  "after V-ing", in the pluperfect ("had already"), or with "since"; an order to leave
  "within 48 hours" is an ultimatum (threatened), not a departure.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.event_readings import check_embassy_events, known_miss

CL, EV = "embassy_closure", "embassy_evacuation"
PUBLISHED = date(2022, 7, 4)  # weeks after the acts told

# (passage, the asserted embassy events exactly, as (type, actor, ISO day or None))
OLD_ACTS: list[tuple[str, list[tuple[str, str, str | None]]]] = [
    # --- told as the news: the main clause with a day of its own -----------------------------
    (
        "EPISODE 12 | Why Oslo left Lusaka\nNorway's embassy in Lusaka closed on 9 May, a "
        "week after the minister warned of the risk.",
        [(CL, "Norwegian Embassy Lusaka", "2022-05-09")],
    ),
    (
        "Weekly digest: Norway shut its embassy in Lusaka on 9 May, saying the roads to the "
        "airport were no longer safe.",
        [(CL, "Norwegian Embassy Lusaka", "2022-05-09")],
    ),
    (
        "The Norwegian embassy in Lusaka flew its last staff out on 9 May.",
        [(EV, "Norwegian Embassy Lusaka", "2022-05-09")],
    ),
    (  # a timeline's entry is its own news, however old
        "Lusaka, the last days of the mission\n7 May: Oslo tells Norwegians in Zambia to "
        "leave.\n9 May: the last Norwegian diplomats fly home and the embassy in Lusaka "
        "is closed.",
        [
            ("embassy_security_alert", "Norwegian Embassy Lusaka", "2022-05-07"),
            (EV, "Norwegian Embassy Lusaka", "2022-05-09"),
            (CL, "Norwegian Embassy Lusaka", "2022-05-09"),
        ],
    ),
    (
        "The mission's last day\n9 May: the last Norwegian diplomats fly home and the embassy "
        "in Lusaka closes.",
        [
            (EV, "Norwegian Embassy Lusaka", "2022-05-09"),
            (CL, "Norwegian Embassy Lusaka", "2022-05-09"),
        ],
    ),
    (  # an order to leave within a span is an ultimatum, not a departure
        "Lusaka, the last days of the mission\n6 May: the Zambian government orders the staff "
        "of the Norwegian embassy to leave the country within 48 hours.",
        [],
    ),
    # --- hard negatives: the same act as background -------------------------------------------
    (  # a relative clause on the sentence's subject
        "Norway, which closed its embassy in Lusaka on 9 May, is sending a team to assess "
        "the damage.",
        [],
    ),
    (  # "after V-ing"
        "After closing its embassy in Lusaka on 9 May, Norway is now running its consular "
        "work from Pretoria.",
        [],
    ),
    (  # the pluperfect: done before the story's own time
        "Norway had already closed its embassy in Lusaka on 9 May when the floods reached "
        "the capital.",
        [],
    ),
    (  # a standing state since the old day
        "The Norwegian embassy in Lusaka has stayed shut since it closed on 9 May.",
        [],
    ),
]

# opening words of a passage read wrong today -> why (a strict xfail)
MISSES: dict[str, str] = {
    "The mission's last day": "an intransitive 'closes' in the present, a conjunct, is no "
    "closure trigger ('is closed' is)",
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [pytest.param(*p, marks=known_miss(p[0], MISSES), id=p[0][:48]) for p in OLD_ACTS],
)
def test_an_old_act_told_as_news_is_asserted_and_background_is_not(
    read, text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    events = read(text, PUBLISHED)
    check_embassy_events(events, expected)
