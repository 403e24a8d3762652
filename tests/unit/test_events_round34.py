"""Events, round 34: our own passages, written fresh for kinds of error that recur across the
unseen sets, after dev43 and dev44 were opened.

What the round taught, in plain words:
- "Took X on Saturday, a day after seizing Y, making it the second capital to fall" (tu001,
  tv001, tk001; "... It was the second provincial capital to fall", tq001): the rank's "it"
  was read as Y, the nearest place before it, so Y, a recap, was also read as news on the
  day of X. A rank restates the news, never the act told as its background in a
  subjectless "after/before -ing" clause, however that clause hangs; and "took control of
  X" counts as X taken when the parser hangs "of X" on the verb. With the main clause in
  the perfect and no day ("have taken X, a day after seizing Y", tr001), the parser sets
  "a day" beside X, so Y was not read as the recap it is: a period beside the verb's
  object measures from that verb, and from the publication day when the clause names no
  day. Still wrong: a dateline the parser makes the sentence's root ("GAO, March 11
  (Reuters) - Rebel fighters swept into X ..., two days after capturing Y"), where "after"
  hangs on the fighters.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.event_readings import check_captures, dated_captures, known_miss

# (passage, publication day, the asserted captures exactly, as (place, taker, ISO day or
# None), and the recaps as (place, ISO day))
RANKED_AFTER: list[
    tuple[str, date, list[tuple[str, str, str | None]], list[tuple[str, str | None]]]
] = [
    (
        "GAO, March 11 (Reuters) - Rebel fighters swept into Ansongo on Saturday, two days after "
        "capturing Bourem, making it the third town in the region to fall this week.",
        date(2023, 3, 11),
        [("Ansongo", "rebels", "2023-03-11")],
        [("Bourem", "2023-03-09")],
    ),
    (
        "Rebels overran Ansongo on Saturday, a day after taking Bourem. It was the third town on "
        "the river to fall to them in a week.",
        date(2023, 3, 11),
        [("Ansongo", "rebels", "2023-03-11")],
        [("Bourem", "2023-03-10")],
    ),
    (
        "Insurgents have seized Ansongo, a day after storming Bourem, local officials said.",
        date(2023, 3, 11),
        [("Ansongo", "rebels", "2023-03-11")],
        [("Bourem", "2023-03-10")],
    ),
    (
        "BREAKING: Rebels take control of Ansongo, hours after overrunning Bourem, making it the "
        "fourth town lost by the army this month.",
        date(2023, 3, 11),
        [("Ansongo", "rebels", "2023-03-11")],
        [("Bourem", None)],
    ),
    (
        "Taliban fighters captured Aybak, the capital of Samangan province, on Monday, three days "
        "after seizing Kunduz. It is the sixth provincial capital to fall since Friday.",
        date(2021, 8, 9),
        [("Aybak", "Taliban", "2021-08-09")],
        [("Kunduz", "2021-08-06")],
    ),
    (
        "Taliban fighters entered Sheberghan on Saturday, a day after seizing Zaranj, making it "
        "the second provincial capital to fall in two days.",
        date(2021, 8, 7),
        [("Sheberghan", "Taliban", "2021-08-07")],
        [("Zaranj", "2021-08-06")],
    ),
    (
        "Taliban fighters took control of Sheberghan on Saturday, a day after seizing Zaranj. It "
        "was the second provincial capital to fall to the insurgents in two days.",
        date(2021, 8, 7),
        [("Sheberghan", "Taliban", "2021-08-07")],
        [("Zaranj", "2021-08-06")],
    ),
    (
        "The militia entered Ansongo on Saturday morning after taking Bourem the day before, "
        "making it the second town to fall.",
        date(2023, 3, 11),
        [("Ansongo", "rebels", "2023-03-11")],
        [("Bourem", None)],
    ),
    # --- hard negatives: the rank is the earlier place's own, or no rank -------------------------
    (
        "Rebels overran Bourem on Friday. It was the first town to fall. On Saturday they shelled "
        "Ansongo.",
        date(2023, 3, 11),
        [("Bourem", "rebels", "2023-03-10")],
        [],
    ),
    (
        "Rebels seized Ansongo on Saturday, a day after taking Bourem.",
        date(2023, 3, 11),
        [("Ansongo", "rebels", "2023-03-11")],
        [("Bourem", "2023-03-10")],
    ),
    (
        "Rebels seized Ansongo on Saturday after a day-long battle, making it the third town to "
        "fall.",
        date(2023, 3, 11),
        [("Ansongo", "rebels", "2023-03-11")],
        [],
    ),
]

RANKED_AFTER_MISSES = {
    "GAO, March 11 (Reuters)": "the parser makes the dateline the root and hangs 'after' on "
    "the fighters, so Bourem is read as news and the rank's Ansongo is dropped beside it",
}


@pytest.mark.parametrize(
    ("text", "published", "expected", "recaps"),
    [
        pytest.param(*p, marks=known_miss(p[0], RANKED_AFTER_MISSES), id=p[0][:48])
        for p in RANKED_AFTER
    ],
)
def test_a_rank_restates_the_news_not_its_background(
    read,
    text: str,
    published: date,
    expected: list[tuple[str, str, str | None]],
    recaps: list[tuple[str, str | None]],
) -> None:
    events = read(text, published)
    check_captures(events, expected)
    told = dated_captures(events)
    for place, day in recaps:
        assert any(p == place and m == "recap" and day in (None, d) for p, d, m in told), told
