"""Events, round 28c: our own passages, about invented missions' alerts, evacuations and
closures in real places.

What the round taught, in plain words:
- A mission named by its sender and then its host, as missions name themselves ("US Mission
  South Africa", "Norwegian Mission Ghana"), is sent by the country before the noun: the
  country after it is where it serves, not whose it is.
- A notice labelled by its mission ("Security notice from the X embassy, 16 May: ...") goes
  on to the end of its paragraph: what it tells people to do may come a sentence or more
  after the colon, as a command ("Avoid the city centre") or as what people "should" do. A
  report in the notice's paragraph ("Police told protesters to leave") and a command on a
  new line are not the notice's.
- A mission run from a named place elsewhere ("will operate from Harare for now", "has
  temporarily relocated to Harare") has closed where it was, and is closed now though the
  verb is future ("for now", "until ..."). Not in its own city ("from a hotel in Lusaka"),
  not a move for good ("relocated its embassy to X"), and not when the article already
  tells the closure ("which Denmark closed last month, will operate from ..."): then it
  only restates it.
- A label's colon fused to a closing bracket ("NEW DELHI, 16 May (from a broadcast): ...")
  still ends the label: its day is the item's, not the act's when the act names its own.
- A mission's diplomats "brought back" from it have been evacuated, as those brought home
  were (not an envoy brought back for consultations, nor staff brought back to it).
- Staff who "crossed back into" or "drove back to" a place move as those who "crossed into"
  it did: the path hangs under "back". Staff going back to reopen their mission are not
  evacuated.
- A hyphenated cue ("in-person services") is found as written: the tokenizer splits it
  ("in - person"), and it used never to match.
"""

from __future__ import annotations

import pytest

from tests.event_readings import check_embassy_events, known_miss

AL, CL, EV = "embassy_security_alert", "embassy_closure", "embassy_evacuation"
MON, SUN = "2022-05-16", "2022-05-15"  # published Monday 16 May 2022

# (passage, the asserted embassy events exactly, as (type, actor, ISO day or None))
MISSIONS: list[tuple[str, list[tuple[str, str, str | None]]]] = [
    # --- a mission's own name: its sender, then its host -----------------------------------------
    (
        "Norwegian Mission Ghana said on Monday that its consulate in Kumasi had closed.",
        [(CL, "Norwegian Consulate Kumasi", MON)],
    ),
    (
        "Swedish Mission Kenya said on Sunday that its consulate in Mombasa had shut.",
        [(CL, "Swedish Consulate Mombasa", SUN)],
    ),
    (  # the host's own consulate, another mission reporting it
        "Ghana's consulate in Kumasi closed on Sunday, the Norwegian embassy said.",
        [(CL, "Ghanaian Consulate Kumasi", SUN)],
    ),
    # --- a notice's instruction after its first sentence -----------------------------------------
    (
        "Security notice from the Dutch embassy in Lusaka, 16 May: protests are expected near "
        "parliament this week. Avoid the city centre and follow local media.",
        [(AL, "Dutch Embassy Lusaka", MON)],
    ),
    (
        "Alert from the Canadian embassy in Harare, Sunday: fuel riots have spread to the "
        "suburbs. Canadians in Harare should stay indoors until further notice.",
        [(AL, "Canadian Embassy Harare", SUN)],
    ),
    (  # far after the colon in its own sentence
        "The Irish embassy's alert on Sunday was short: roads to the airport in Lusaka were "
        "blocked by protesters, looting was reported in two markets, and Irish citizens should "
        "stay in their homes.",
        [(AL, "Irish Embassy Lusaka", SUN)],
    ),
    (  # a command with no cue
        "Statement from the Dutch embassy in Lusaka, 16 May: the ambassador met the foreign "
        "minister. Read the full text on our website.",
        [],
    ),
    (  # a report, not the notice's instruction
        "Notice from the Dutch embassy in Lusaka, 16 May: visa fees rise next month. Police "
        "told protesters to leave the square.",
        [],
    ),
    (  # a new paragraph
        "Security notice from the Dutch embassy in Lusaka, 16 May: protests are expected near "
        "parliament this week.\nAvoid the city centre, the police said.",
        [],
    ),
    # --- a mission run from elsewhere ------------------------------------------------------------
    (
        "The Danish embassy in Lusaka will operate from Harare for now, the foreign ministry said "
        "on Sunday.",
        # (both: work carried on from another city, README round 19; round 38 read the
        # evacuation too, as the dev labels of such passages have it)
        [(CL, "Danish Embassy Lusaka", SUN), (EV, "Danish Embassy Lusaka", SUN)],
    ),
    (
        "Finland said on Sunday that its embassy in Lusaka had temporarily relocated to Harare.",
        [(CL, "Finnish Embassy Lusaka", SUN), (EV, "Finnish Embassy Lusaka", SUN)],
    ),
    (  # its own city
        "The Danish embassy in Lusaka is working from a hotel in Lusaka after the fire, the "
        "ministry said on Sunday.",
        [],
    ),
    (  # a move for good
        "Denmark relocated its embassy to Lusaka on Sunday.",
        [],
    ),
    (  # the closure told already
        "The Danish embassy in Lusaka, which Denmark closed last month, will operate from Harare "
        "for now.",
        [],
    ),
    # --- a label ending in "):" -------------------------------------------------------------------
    (
        "NEW DELHI, 16 May (from a radio broadcast): India shut its embassy in Lusaka because of "
        "the riots in the city's markets on Sunday.",
        [(CL, "Indian Embassy Lusaka", SUN)],
    ),
    (
        "OSLO, 16 May (translated): Norway closed its embassy in Lusaka after days of rioting and "
        "looting on Sunday.",
        [(CL, "Norwegian Embassy Lusaka", SUN)],
    ),
    (  # the label's day, the act naming none
        "OSLO, 15 May (translated): Norway closed its embassy in Lusaka after days of rioting.",
        [(CL, "Norwegian Embassy Lusaka", SUN)],
    ),
    # --- staff brought back --------------------------------------------------------------------
    (
        "Denmark brought back twelve diplomats from its embassy in Lusaka on Sunday.",
        [(EV, "Danish Embassy Lusaka", SUN)],
    ),
    (
        "Finland has brought its diplomats back from the consulate in Ndola, the ministry said on "
        "Sunday.",
        [(EV, "Finnish Consulate Ndola", SUN)],
    ),
    ("Denmark brought its ambassador in Lusaka back for consultations on Sunday.", []),
    ("Denmark brought back 40 tourists from Lusaka on Sunday, the embassy said.", []),
    ("Denmark brought its diplomats back to the embassy in Lusaka on Sunday.", []),
    # --- a path under "back" ---------------------------------------------------------------------
    (
        "The Danish ambassador to Zambia and his staff crossed back into Denmark on Sunday.",
        [(EV, "Danish Embassy Lusaka", SUN)],
    ),
    (
        "The staff of the Swedish embassy in Harare flew back to Stockholm on Sunday.",
        [(EV, "Swedish Embassy Harare", SUN)],
    ),
    (  # back to their post
        "The Danish ambassador to Zambia and his staff flew back to Lusaka on Sunday to reopen "
        "the embassy.",
        [],
    ),
    ("The staff of the Swedish embassy in Harare walked back to the compound on Sunday.", []),
    # --- a hyphenated cue -------------------------------------------------------------------------
    (
        "The Dutch consulate in Ndola has suspended in-person services, it said on Sunday.",
        [(CL, "Dutch Consulate Ndola", SUN)],
    ),
    (
        "Norway's consulate in Ndola suspended all in-person services on Sunday.",
        [(CL, "Norwegian Consulate Ndola", SUN)],
    ),
    (  # services of another
        "The Dutch embassy in Lusaka said on Sunday that in-person services at the airport had "
        "been suspended by the authorities.",
        [],
    ),
]

MISSES: dict[str, str] = {
    "Denmark relocated its embassy to Lusaka": "a move for good is read as an evacuation "
    "(the relocation rule's), from no city",
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [pytest.param(*p, marks=known_miss(p[0], MISSES), id=p[0][:48]) for p in MISSIONS],
)
def test_each_mission_is_read_with_its_sender_and_day(
    read, text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    check_embassy_events(read(text), expected)
