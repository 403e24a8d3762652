"""Events, round 26 (second pass): our own passages for two kinds dev31 and dev32 read wrong,
in invented stories in towns no labelled set names for them.

1. A mission's rank (Chittagong, Kolkata, Mombasa, Sylhet, Khulna, Lagos, Kumasi).

A high commission is a Commonwealth state's embassy in another's, and its posts outside the
capital are the "deputy" or "assistant" high commissions, of a consulate's rank: they act as
"<Country> Consulate <town>" (tests/fixtures/README.md, the writers' call for dev31), as a
"Consulate General" does. The passages tell of them in the forms news gives: a wire lead, a
dateline with "here", a staff evacuation, an advisory, a notice retold, two missions of one
state in one sentence.

Hard negatives: a high commission with no rank word stays an embassy; a deputy high
commissioner (a person) saying the mission stays open; a post that may close, is due to open,
or stayed open under a crowd.

2. The year a piece's opening sets it in: a heading or a question that names a past year
("The 1987 border war, its first month:", "Q: Which town fell first in the 1994 uprising?",
"FACT CHECK: Did ... before the 2003 ceasefire?") puts the days told with a day and month
alone in that year, and an event told as news on such a day is that story's news, not a
recap. Hard negatives: a year counted from ("Worst fighting since 1998:"), a past year named
after the day in a news piece, a year in a lede that is neither heading nor question.

3. Two main clauses the parser hangs on each other across a semicolon, the second naming a
span or "the same day" and no day of its own ("Koutiala fell on 2 June; the ceasefire was
three weeks away"): the first is still told as news (a day after the semicolon is the
second clause's, and leaves the first as background).
"""

from __future__ import annotations

import pytest

from processors.models import Event
from tests.event_readings import asserted_embassy_events, check_captures, known_miss

ALERT, EVAC, CLOSURE = "embassy_security_alert", "embassy_evacuation", "embassy_closure"
MON, SUN, SAT = "2022-05-16", "2022-05-15", "2022-05-14"  # published Monday 16 May 2022


def _mission_events(events: list[Event]) -> set[tuple[str, str, str | None]]:
    """(type, mission, ISO day) of each asserted embassy event."""
    return {
        (kind, actor, day.isoformat() if day else None)
        for kind, actor, day in asserted_embassy_events(events)
    }


# (passage, [(event type, mission, ISO day)]): the asserted embassy events, exactly
MISSIONS: list[tuple[str, list[tuple[str, str, str]]]] = [
    # --- a deputy or assistant high commission: a consulate ------------------------------------
    (
        "Britain's deputy high commission in Chittagong suspended visa services on Sunday "
        "after protesters broke through its gate.",
        [(CLOSURE, "UK Consulate Chittagong", SUN)],
    ),
    (
        "Sri Lanka's deputy high commission in Kolkata closed its doors on Saturday as the "
        "protests spread across the city.",
        [(CLOSURE, "Sri Lankan Consulate Kolkata", SAT)],
    ),
    (
        "Uganda's deputy high commission in Mombasa told Ugandans in the port city to stay "
        "indoors on Sunday.",
        [(ALERT, "Ugandan Consulate Mombasa", SUN)],
    ),
    (
        "India evacuated non-essential staff from its assistant high commission in Sylhet on "
        "Saturday.",
        [(EVAC, "Indian Consulate Sylhet", SAT)],
    ),
    (
        "Pakistan's assistant high commission in Khulna has told its citizens to avoid the "
        "city centre, a spokesman said on Sunday.",
        [(ALERT, "Pakistani Consulate Khulna", SUN)],
    ),
    (
        "The Indian assistant high commission in Sylhet was closed on Sunday after clashes "
        "near its gate.",
        [(CLOSURE, "Indian Consulate Sylhet", SUN)],
    ),
    (
        "Staff of Britain's deputy high commission in Kolkata were flown to New Delhi on "
        "Saturday as the riots worsened.",
        [(EVAC, "UK Consulate Kolkata", SAT)],
    ),
    (
        "Nigeria's high commission in Accra and its deputy high commission in Kumasi both shut "
        "on Sunday.",
        [(CLOSURE, "Nigerian Embassy Accra", SUN), (CLOSURE, "Nigerian Consulate Kumasi", SUN)],
    ),
    (
        "KOLKATA, May 15 - Sri Lanka's deputy high commission here shut its visa section on "
        "Sunday after a crowd stormed the gate.",
        [(CLOSURE, "Sri Lankan Consulate Kolkata", SUN)],
    ),
    # --- a consulate general, its sender named by the country's mission ------------------------
    (
        "The US Mission in Nigeria said on Sunday that its Consulate General in Lagos was "
        "closed to the public because of the riots.",
        [(CLOSURE, "US Consulate Lagos", SUN)],
    ),
    (
        "Our Consulate General in Lagos is closed today because of the unrest, the US Mission "
        "in Nigeria said in a post on Monday.",
        [(CLOSURE, "US Consulate Lagos", MON)],
    ),
    (
        "Canada's consulate general in Lagos shut on Sunday and its staff moved to the high "
        "commission in Abuja.",
        [(EVAC, "Canadian Consulate Lagos", SUN), (CLOSURE, "Canadian Consulate Lagos", SUN)],
    ),
    # --- hard negatives ---------------------------------------------------------------------------
    (  # a high commission with no rank word is the embassy
        "Britain's high commission in Nairobi closed on Sunday as the riots spread.",
        [(CLOSURE, "UK Embassy Nairobi", SUN)],
    ),
    (
        "The deputy high commissioner in Kolkata said on Sunday the mission would stay open.",
        [],
    ),
    (
        "Britain said its deputy high commission in Mombasa may close next week if the unrest "
        "spreads.",
        [],
    ),
    (
        "A deputy high commission is due to open in Mombasa next year, Uganda's foreign "
        "ministry said on Sunday.",
        [],
    ),
    (
        "Protesters gathered outside Britain's deputy high commission in Chittagong on Sunday, "
        "but it stayed open.",
        [],
    ),
]

# opening words of a passage read wrong today -> why (a strict xfail)
MISSES: dict[str, str] = {
    "Nigeria's high commission in Accra and its deputy": "two missions of one sender conjoined "
    "as the subject: the second one's closure only is read",
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [pytest.param(*p, marks=known_miss(p[0], MISSES), id=p[0][:48]) for p in MISSIONS],
)
def test_each_mission_is_read_with_its_rank_and_day(
    read, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _mission_events(read(text)) == set(expected)


# (passage, [(place, taker, ISO day or None)]): the asserted captures, exactly
CAPTURES: list[tuple[str, list[tuple[str, str, str | None]]]] = [
    (
        "The 1987 border war, its first month:\n4 March: rebels seize Kayes.\n11 March: rebels "
        "take Koutiala after a two-day fight.",
        [("Kayes", "rebels", "1987-03-04"), ("Koutiala", "rebels", "1987-03-11")],
    ),
    (
        "Maradi 1999, the fall of the north:\n3 May: rebels storm Maradi.\n9 May: Zinder falls "
        "to the rebels.",
        [("Maradi", "rebels", "1999-05-03"), ("Zinder", "rebels", "1999-05-09")],
    ),
    (
        "Q: Which town fell first in the 1994 uprising?\nA: The rebels took Koutiala on 2 June "
        "after a week of shelling.",
        [("Koutiala", "rebels", "1994-06-02")],
    ),
    (
        "Q: When did the army retake Kayes in the 1989 war?\nA: Government troops recaptured "
        "Kayes on 21 October after a three-day battle.",
        [("Kayes", "government forces", "1989-10-21")],
    ),
    (
        "FACT CHECK: Did the rebels take Sikasso before the 2003 ceasefire? Yes. They seized "
        "the town on 9 April, two days before the truce was signed.",
        [("Sikasso", "rebels", "2003-04-09")],
    ),
    (  # a participle answer tells no act of its own
        "Q: Which town fell first in the 1994 uprising?\nA: Koutiala, taken by the rebels on "
        "2 June after a week of shelling.",
        [("Koutiala", "rebels", "1994-06-02")],
    ),
    # --- two main clauses the parser hangs on each other across a semicolon, the second with
    # a span or "the same day", no day of its own: the first is told as news
    (
        "Q: Which towns fell in the 1994 uprising?\nA: Koutiala fell on 2 June, the first town "
        "to fall to the rebels; the ceasefire was three weeks away.",
        [("Koutiala", "rebels", "1994-06-02")],
    ),
    (
        "Rebels seized Kayes on 3 March; the town has been quiet for weeks.",
        [("Kayes", "rebels", "2022-03-03")],
    ),
    (
        "Government troops retook Koutiala on 2 April; the rebels had held it for a month.",
        [("Koutiala", "government forces", "2022-04-02")],
    ),
    (  # the day after the semicolon is the other clause's: the capture is its background
        "The rebels took Kayes on 3 March; on Sunday a memorial service was held in the town.",
        [],
    ),
    # --- hard negatives: this year's news ---------------------------------------------------------
    (
        "Worst fighting since 1998:\nRebels seized Kayes on 3 May, the governor said.",
        [("Kayes", "rebels", "2022-05-03")],
    ),
    (
        "Is this the worst fighting since 2011? Rebels seized Kayes on 3 May, the governor said.",
        [("Kayes", "rebels", "2022-05-03")],
    ),
    (
        "The rebels seized Kayes on 3 May. In 1998 they had held it for a week.",
        [("Kayes", "rebels", "2022-05-03")],
    ),
    (
        "In a war that began in 1998, rebels seized Kayes on 3 May, the governor said.",
        [("Kayes", "rebels", "2022-05-03")],
    ),
]

CAPTURE_MISSES: dict[str, str] = {
    "Q: Which town fell first in the 1994 uprising?\nA: Koutiala, taken": "a participle "
    "answer is read as background (recap), not as the question's news",
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [pytest.param(*p, marks=known_miss(p[0], CAPTURE_MISSES), id=p[0][:48]) for p in CAPTURES],
)
def test_each_capture_falls_in_the_year_the_opening_sets(
    read, text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    check_captures(read(text), expected)


# (passage, [(event type, mission, ISO day)]): embassy events of a piece set in a past year
RETOLD: list[tuple[str, list[tuple[str, str, str]]]] = [
    (
        "Niamey 1996, the embassy's last week:\n12 April: France closes its embassy in "
        "Niamey.\n14 April: the last French diplomats fly out of Niamey.",
        [
            (CLOSURE, "French Embassy Niamey", "1996-04-12"),
            (EVAC, "French Embassy Niamey", "1996-04-14"),
        ],
    ),
    (
        "FACT CHECK: Did Britain shut its embassy in Lusaka during the 1986 riots? No. On 3 "
        "June the embassy told Britons to stay at home, but it stayed open.",
        [(ALERT, "UK Embassy Lusaka", "1986-06-03")],
    ),
    (  # hard negative: a year counted from, and this year's alert
        "Calmest week since 2019: on 3 May the US embassy in Tirana told Americans they "
        "could travel freely again.",
        [],
    ),
]


# the lead took out "a day of the opening's year is news, not recap" (round 26): on unseen text
# it read one event labelled otherwise and no true one
RETOLD_MISSES: dict[str, str] = {}  # (both read right since round 27b: framing, not age)


@pytest.mark.parametrize(
    ("text", "expected"),
    [pytest.param(*p, marks=known_miss(p[0], RETOLD_MISSES), id=p[0][:48]) for p in RETOLD],
)
def test_each_retold_mission_event_falls_in_the_year_the_opening_sets(
    read, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _mission_events(read(text)) == set(expected)
