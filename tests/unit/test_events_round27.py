"""Events, round 27: our own passages, about invented incidents at real cities and towns.

- A mission's sender named by its foreign ministry: the "Federal Foreign Office" is Germany's
  (a country's phrase inside another's longer one is the longer one's), "Foreign Office
  Berlin" the capital's; Whitehall's own "Foreign Office" stays Britain's.
- No mission sits in its own country's capital: "the Norwegian diplomats and their Zambian
  drivers ..., and the embassy in Lusaka" is Norway's.
- "keep a close watch" is no closure (an adjective before its noun).
- An embassy's act told as the news of a retrospective piece ("Forty years ago this week, on
  12 May 1982, ...") is asserted, on its historic day.
- Staff flown out with their families is an evacuation.
- "has decided to withdraw all staff ... and to close it" is to come, not done ("decided on
  Monday to take the staff out" is done).
- The article's mission named with its city but not its country takes the sender its
  sentence names, for a later bare "the embassy".
- A label's day ("Briefing, Monday 16 May: ...") yields to the act's own; a base-form verb
  after a colon giving a message's words ("has not changed: leave now") is no act.
- Captures: a town in Chechnya taken by Russian troops is government forces' (Russia's own
  land), one in Ukraine Russian forces'; the peshmerga are government forces; "Mazar" after
  "Mazar-i-Sharif" is that town.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.event_readings import check_captures, check_embassy_events, known_miss

CL, AL, EV = "embassy_closure", "embassy_security_alert", "embassy_evacuation"
MON, SUN = "2022-05-16", "2022-05-15"  # published Monday 16 May 2022

# (passage, the asserted embassy events exactly, as (type, actor, ISO day or None))
MISSIONS: list[tuple[str, list[tuple[str, str, str | None]]]] = [
    # --- a sender named by its foreign ministry ------------------------------------------------
    (
        "Federal Foreign Office notice, 16 May 2022: from today the embassy in Lusaka is "
        "reducing its staff to the minimum it needs.",
        [(EV, "German Embassy Lusaka", MON)],
    ),
    (  # Whitehall's own
        "The Foreign Office said on Monday that the embassy in Lusaka was reducing its staff "
        "to the minimum it needs.",
        [(EV, "UK Embassy Lusaka", MON)],
    ),
    (
        "Foreign Office Berlin says the embassy in Lusaka flew most of its staff out on Monday.",
        [(EV, "German Embassy Lusaka", MON)],
    ),
    # --- no mission in its own country's capital ----------------------------------------------
    (
        "Oslo says the last Norwegian diplomats and their Zambian drivers reached home on "
        "Monday, and the embassy in Lusaka is closed.",
        # (its diplomats back home are its evacuation: settled in round 29, as dev34's tl030)
        [(EV, "Norwegian Embassy Lusaka", MON), (CL, "Norwegian Embassy Lusaka", MON)],
    ),
    (  # the host's own people named alone: the sender is the one named
        "The Norwegian embassy in Lusaka closed on Monday, Zambian officials said.",
        [(CL, "Norwegian Embassy Lusaka", MON)],
    ),
    # --- nearness, not a closure ---------------------------------------------------------------
    (
        "The Indian embassy in Lusaka told Indian citizens on Monday to stay indoors and keep "
        "a close watch on the news.",
        [(AL, "Indian Embassy Lusaka", MON)],
    ),
    (
        "The Indian embassy in Lusaka closed on Monday.",
        [(CL, "Indian Embassy Lusaka", MON)],
    ),
    # --- staff with their families ---------------------------------------------------------------
    (
        "The Swedish embassy in Lusaka closed on Monday; its staff and their families were "
        "flown to Nairobi.",
        [(CL, "Swedish Embassy Lusaka", MON), (EV, "Swedish Embassy Lusaka", MON)],
    ),
    # --- a decision to act is to come ------------------------------------------------------------
    (
        "The Danish government has decided to withdraw all staff from its embassy in Lusaka "
        "and to close it.",
        [],
    ),
    (
        "The Danish government withdrew all staff from its embassy in Lusaka on Monday and "
        "closed it.",
        [(EV, "Danish Embassy Lusaka", MON), (CL, "Danish Embassy Lusaka", MON)],
    ),
    (  # a past decision told as done
        "Denmark decided on Monday to take all the staff of its embassy in Lusaka out of "
        "the country.",
        [(EV, "Danish Embassy Lusaka", MON)],
    ),
    # --- the article's mission, its sender named by the sentence -------------------------------
    (
        "Italy's foreign ministry says the staff of its embassy in Lusaka flew out on Monday. "
        "The embassy shut its doors on Sunday.",
        [(EV, "Italian Embassy Lusaka", MON), (CL, "Italian Embassy Lusaka", SUN)],
    ),
    (  # the host's capital is no sender's: the mission keeps no country
        "Zambia's foreign ministry says the embassy in Lusaka will not reopen. Its staff "
        "flew out on Monday.",
        [],
    ),
    # --- a label's day and a message's words ---------------------------------------------------
    (
        "Briefing, Monday 16 May: the Italian embassy in Lusaka closed on Sunday after the riots.",
        [(CL, "Italian Embassy Lusaka", SUN)],
    ),
    (
        "The Italian embassy in Lusaka sent another alert today, and its message to Italians "
        "has not changed: leave now.",
        [(AL, "Italian Embassy Lusaka", MON)],
    ),
]

# (passage, published, the asserted embassy events exactly): a retrospective piece
RETOLD: list[tuple[str, date, list[tuple[str, str, str | None]]]] = [
    (
        "Forty years ago this week, on 12 May 1982, the Swiss ambassador handed the keys to a "
        "caretaker and the embassy in Lusaka was closed.",
        date(2022, 5, 16),
        [(CL, "Swiss Embassy Lusaka", "1982-05-12")],
    ),
    (
        "Forty years ago this week, on 12 May 1982, the last Swiss diplomats left Lusaka and "
        "their embassy was closed.",
        date(2022, 5, 16),
        [(EV, "Swiss Embassy Lusaka", "1982-05-12"), (CL, "Swiss Embassy Lusaka", "1982-05-12")],
    ),
    (
        "Forty years ago this week, on 12 May 1982, the Swiss embassy in Lusaka was closed "
        "after a night of rioting in the city.",
        date(2022, 5, 16),
        [(CL, "Swiss Embassy Lusaka", "1982-05-12")],
    ),
    (  # an old closure told in today's news is background
        "The Swiss embassy in Lusaka, which was closed on 12 May 1982 after a night of "
        "rioting, reopened on Monday.",
        date(2022, 5, 16),
        [],
    ),
]

# (passage, [(place, taker, ISO day or None)]): the asserted captures, exactly
CAPTURES: list[tuple[str, list[tuple[str, str, str | None]]]] = [
    (
        "Russian troops took Vedeno, in Chechnya's eastern hills, on Sunday, the defence "
        "ministry said.",
        [("Vedeno", "government forces", SUN)],
    ),
    (
        "Russian troops raised the federal flag over Vedeno, in Chechnya's eastern hills, on "
        "Sunday, the defence ministry said.",
        [("Vedeno", "government forces", SUN)],
    ),
    (  # another state's land
        "Russian troops raised their flag over Kupiansk, in Ukraine's Kharkiv region, on "
        "Sunday, the defence ministry said.",
        [("Kupiansk", "Russian forces", SUN)],
    ),
    (
        "Kurdish peshmerga fighters retook Sinjar on Sunday after a week of fighting, a "
        "regional spokesman said.",
        [("Sinjar", "government forces", SUN)],
    ),
    # --- a town told by the first part of its hyphenated name -----------------------------------
    (
        "Taliban fighters reached the edge of Mazar-i-Sharif on Saturday. Mazar fell to them "
        "on Sunday without a fight.",
        [("Mazar-i-Sharif", "Taliban", SUN)],
    ),
    (  # a word after the hyphen, or another city: the name named alone
        "A Kabul-based analyst said the Taliban took Kabul on Sunday.",
        [("Kabul", "Taliban", SUN)],
    ),
    (
        "Fighting closed the Kabul-Jalalabad road, and the Taliban took Kabul on Sunday.",
        [("Kabul", "Taliban", SUN)],
    ),
    (  # the peshmerga withdrawing leave the town to the group that took it
        "Islamic State fighters seized Sinjar on Sunday after peshmerga units pulled out, "
        "residents said.",
        [("Sinjar", "rebels", SUN)],
    ),
]

# opening words of a passage read wrong today -> why (a strict xfail)
MISSES: dict[str, str] = {
    "Zambia's foreign ministry says the embassy in Lusaka": "a later 'Its staff' takes the "
    "host's own country for the sender (a mission in its own capital)",
    "Russian troops raised the federal flag over Vedeno": "the flag reading takes 'Chechnya's "
    "eastern hills' for a second place taken",
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [pytest.param(*p, marks=known_miss(p[0], MISSES), id=p[0][:48]) for p in MISSIONS],
)
def test_each_mission_is_read_with_its_sender_and_day(
    read, text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    events = read(text)
    check_embassy_events(events, expected)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [pytest.param(*p, marks=known_miss(p[0], MISSES), id=p[0][:48]) for p in RETOLD],
)
def test_a_retrospective_piece_asserts_its_own_story(
    read, text: str, published: date, expected: list[tuple[str, str, str | None]]
) -> None:
    events = read(text, published)
    check_embassy_events(events, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [pytest.param(*p, marks=known_miss(p[0], MISSES), id=p[0][:48]) for p in CAPTURES],
)
def test_each_capture_is_read_with_its_taker_and_day(
    read, text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    check_captures(read(text), expected)
