"""Events, round 25: our own passages, about invented towns, for the broad capture reading
(a capture word and a named place in one clause or line that the narrower readers leave
unlinked) and its hard negatives.

- Captures told through a rank ("X is the fourth town the rebels have taken", "X became the
  first city to fall"), a garrison's surrender, a town that "went" to a side, a reduced
  passive in clipped or translated wording ("X city conquered by the rebels today"), a noun
  with the place as its possessor, a list of towns under a heading that says they fell.
- Hard negatives: a place named as the takers' base or origin, a place they head towards or
  fought near, a province named beside its captured capital, a capture planned, denied,
  threatened or only possible, a timeline of battles that are not captures, a rank of
  towns attacked (not taken).
"""

from __future__ import annotations

import pytest

from tests.event_readings import check_captures, known_miss

MON, SUN, SAT = "2022-05-16", "2022-05-15", "2022-05-14"  # published Monday 16 May 2022

# (passage, [(place, taker, ISO day or None)]): the asserted captures, exactly
CAPTURES: list[tuple[str, list[tuple[str, str, str | None]]]] = [
    # --- a rank told of the place ------------------------------------------------------------
    (
        "Velsk is the fourth town the rebels have taken since their offensive began, a local "
        "official said on Monday.",
        [("Velsk", "rebels", None)],
    ),
    (
        "Dorvala on Sunday became the first district capital to fall to the rebels.",
        [("Dorvala", "rebels", SUN)],
    ),
    (
        "Marteno, a river port of 80,000 people, is now the third city to be captured by "
        "rebel forces this month.",
        [("Marteno", "rebels", None)],
    ),
    # --- the movement's own word for its fighters ------------------------------------------
    (
        '"Our mujahideen entered Lisala on Sunday without a shot fired," a spokesman for the '
        "Sahel front said by telephone.",
        [("Lisala", "rebels", SUN)],
    ),
    (
        "The mujahideen entered Ghazni on Monday, a spokesman of the Islamic Emirate said.",
        [("Ghazni", "Taliban", MON)],
    ),
    # --- a garrison's surrender ----------------------------------------------------------------
    (
        "The army garrison in Tembel surrendered to the rebels on Sunday after a ten-day siege.",
        [("Tembel", "rebels", SUN)],
    ),
    (
        "Halvik's defenders surrendered to rebel fighters on Monday, handing over their "
        "weapons in the main square.",
        [("Halvik", "rebels", MON)],
    ),
    # --- a town that went, a clipped or translated report ---------------------------------------
    (
        "Brenzo went to the rebels on Sunday without a fight, residents said.",
        [("Brenzo", "rebels", SUN)],
    ),
    (  # the day hung beside "on", a manner after it
        "Lisala went on Saturday morning without a fight, and by Monday the rebels had "
        "entered Gemena as well.",
        [("Lisala", "rebels", SAT), ("Gemena", "rebels", MON)],
    ),
    (
        "Rebel commander statement (translated): Kaldany city conquered by the rebels today, "
        "the governor fled.",
        [("Kaldany", "rebels", MON)],
    ),
    (
        "Velsk taken by rebels on Sunday; army units pulled back to the hills, a security "
        "source said.",
        [("Velsk", "rebels", SUN)],
    ),
    # --- a noun with the place as its possessor --------------------------------------------
    (
        "Marteno's capture by the rebels on Sunday cut the army's last supply road to the coast.",
        [("Marteno", "rebels", SUN)],
    ),
    (
        "The rebels' seizure of Velsk on Sunday leaves the provincial capital exposed, "
        "analysts said on Monday.",
        [("Velsk", "rebels", SUN)],
    ),
    (
        "Kaldany, Mirovets and Brenzo have all fallen to the rebels since Friday, officials "
        "said on Monday.",
        [("Kaldany", "rebels", None), ("Mirovets", "rebels", None), ("Brenzo", "rebels", None)],
    ),
    # --- a name typed as a person that the sentence calls a town -------------------------------
    (
        "Rebel fighters captured Tell Hamra on Sunday, a farming town some 30 km east of the "
        "river, a monitoring group said.",
        [("Tell Hamra", "rebels", SUN)],
    ),
    (
        "Government troops took full control of Kafr Saleh on Monday, the army said, the "
        "largest town they have retaken this year.",
        [("Kafr Saleh", "government forces", MON)],
    ),
    (  # a person, a town's official
        "Rebels seized Omar Haddad on Sunday, the town's deputy mayor, and held him for a day.",
        [],
    ),
    (  # a person taken in a town
        "Rebels captured Yusuf Karim on Monday in a town near the border.",
        [],
    ),
    # --- lists under a heading that says the towns fell ---------------------------------------
    (
        "Towns taken by the rebels this month\n2 May: Dorvala\n9 May: Marteno\n14 May: Velsk",
        [
            ("Dorvala", "rebels", "2022-05-02"),
            ("Marteno", "rebels", "2022-05-09"),
            ("Velsk", "rebels", "2022-05-14"),
        ],
    ),
    (
        "Rebel advance: the towns that fell\nDorvala: 2 May\nMarteno: 9 May\nVelsk: 14 May",
        [
            ("Dorvala", "rebels", "2022-05-02"),
            ("Marteno", "rebels", "2022-05-09"),
            ("Velsk", "rebels", "2022-05-14"),
        ],
    ),
    (  # real towns of an invented war: the entity tagger knows their names
        "Towns taken by the rebels this month\n2 May: Gemena\n9 May: Lisala\n14 May: Mbandaka",
        [
            ("Gemena", "rebels", "2022-05-02"),
            ("Lisala", "rebels", "2022-05-09"),
            ("Mbandaka", "rebels", "2022-05-14"),
        ],
    ),
    (
        "Rebel advance: the towns that fell\nGemena: 2 May\nLisala: 9 May\nMbandaka: 14 May",
        [
            ("Gemena", "rebels", "2022-05-02"),
            ("Lisala", "rebels", "2022-05-09"),
            ("Mbandaka", "rebels", "2022-05-14"),
        ],
    ),
    (  # a list of places and days that are no captures
        "Rebel advance: where the talks were held\nGemena: 2 May\nLisala: 9 May",
        [],
    ),
    (  # a running count, a time of day and the unnamed rest beside the names
        "Towns taken by the rebels, day by day\n2 May: Gemena (3), Lisala (4)\n"
        "9 May: two more, including Mbandaka (6)\n14 May: Tshikapa in the morning, Bandundu "
        "that night",
        [
            ("Gemena", "rebels", "2022-05-02"),
            ("Lisala", "rebels", "2022-05-02"),
            ("Mbandaka", "rebels", "2022-05-09"),
            ("Tshikapa", "rebels", "2022-05-14"),
            ("Bandundu", "rebels", "2022-05-14"),
        ],
    ),
    (
        "Rebel gains this month (towns taken)\n2 May: Gemena and three more\n9 May: Lisala",
        [("Gemena", "rebels", "2022-05-02"), ("Lisala", "rebels", "2022-05-09")],
    ),
    # --- the speaker's own capture, told with a pronoun -----------------------------------------
    (
        "The Lobaye Liberation Front says Lisala is the third town it has taken since its "
        "offensive began on 2 May.",
        [("Lisala", "rebels", None)],
    ),
    (  # the speaker's loss is no capture of its own
        "The army says Lisala is the third town it has lost since the rebel offensive began "
        "on 2 May.",
        [],
    ),
    (  # each listed place's own day, after one or two words
        "Gemena and Lisala fell to the rebels on Saturday night, Mbandaka early on Sunday and "
        "Bandundu later on Monday.",
        [
            ("Gemena", "rebels", SAT),
            ("Lisala", "rebels", SAT),
            ("Mbandaka", "rebels", SUN),
            ("Bandundu", "rebels", MON),
        ],
    ),
    # --- a day counted from the one told before ---------------------------------------------
    (
        "Rebels stormed Gemena on 6 May. Lisala fell to them three days later.",
        [("Gemena", "rebels", "2022-05-06"), ("Lisala", "rebels", "2022-05-09")],
    ),
    (
        "Rebels took Gemena on 2 May and Lisala a week later.",
        [("Gemena", "rebels", "2022-05-02"), ("Lisala", "rebels", "2022-05-09")],
    ),
    # --- the base, the origin, the way ahead: not taken ---------------------------------------
    (
        "Rebels based in Ardino captured Velsk on Monday, a local official said.",
        [("Velsk", "rebels", MON)],
    ),
    (
        "Rebel fighters who had come from Sellin seized Pradova on Sunday.",
        [("Pradova", "rebels", SUN)],
    ),
    (
        "The rebels took Velsk on Sunday and pushed on towards Marteno.",
        [("Velsk", "rebels", SUN)],
    ),
    (
        "The rebels took Velsk in a dawn raid on Monday, using Ardino as their base.",
        [("Velsk", "rebels", MON)],
    ),
    (
        "Rebels seized Korvassa on Monday, a week after failing to take Tembel.",
        [("Korvassa", "rebels", MON)],
    ),
    (
        "Government troops recaptured Halvik on Sunday, the rebels fleeing towards Brenzo.",
        [("Halvik", "government forces", SUN)],
    ),
    (
        "Rebels took Velsk, the capital of Orvania province, on Monday.",
        [("Velsk", "rebels", MON)],
    ),
    (  # near a town is not the town
        "Rebels captured an army base near Dorvala on Monday, the defence ministry said.",
        [],
    ),
    # --- planned, denied, threatened, possible -------------------------------------------------
    (
        "The rebels hope to take Dorvala by the end of the month, their spokesman said.",
        [],
    ),
    (
        "Army officials denied on Monday that Marteno had been captured.",
        [],
    ),
    (
        "The rebels threatened on Monday to seize Pradova if the talks failed.",
        [],
    ),
    (
        "Dorvala could become the first city to fall to the rebels, a monitor warned on Monday.",
        [],
    ),
    (
        "The fall of Velsk is only a matter of days, the rebel commander said on Monday.",
        [],
    ),
    (
        "Diplomats said on Monday that the fall of Dorvala was imminent.",
        [],
    ),
    (  # a past capture told as quick, not as to come
        "The rebels' capture of Brenzo on Sunday was a matter of hours: the garrison fled at dawn.",
        [("Brenzo", "rebels", SUN)],
    ),
    (  # only reported
        "The rebels' reported seizure of Korvassa on Sunday drew an angry denial from the "
        "army on Monday.",
        [],
    ),
    (
        "Rebel takeovers of Tembel and Halvik remain unconfirmed, the monitors said on Monday.",
        [],
    ),
    # --- battles, attacks: no capture -----------------------------------------------------------
    (
        "A week of fighting\n10 May: clashes in Dorvala\n12 May: shelling of Marteno\n"
        "14 May: air strikes on Velsk",
        [],
    ),
    (  # a verb's word as a noun: a storm, not a storming
        "Cyclone Tembe became on Monday the fourth storm this year to strike Mbandaka, "
        "forecasters said.",
        [],
    ),
    (
        "Velsk is the fourth town the rebels have attacked this month, a local official said "
        "on Monday.",
        [],
    ),
    (
        "Rebels shelled Kaldany on Sunday from positions in the hills above Mirovets.",
        [],
    ),
    (
        "Refugees from Brenzo, which the rebels took in March, reached Halvik on Monday.",
        [],
    ),
    (
        "Fighting raged on Monday in the streets of Korvassa, where rebels hold the railway "
        "station, and the army said it still controlled the town hall.",
        [],
    ),
    (
        "The army said on Monday it had retaken the road between Tembel and Halvik.",
        [],
    ),
    # --- a side driven out: its loss, the taker not named --------------------------------------
    (
        "Army units were driven out of Marteno on Sunday, a military spokesman conceded.",
        [],
    ),
    (
        "Army units were pushed out of Velsk on Sunday, officers admitted, making it the second "
        "town to fall to the opposition this month.",
        [],
    ),
]

# opening words of a passage read wrong today -> why (a strict xfail)
MISSES: dict[str, str] = {
    "Brenzo went to the rebels": "'went' is no word of the rule pack: the sentence is not read",
    "Towns taken by the rebels this month\n2 May: Dorvala": "an invented name in a verbless "
    "line that the entity tagger does not type as a place",
    "Rebel advance: the towns that fell\nDorvala": "an invented name in a verbless line that "
    "the entity tagger does not type as a place",
    "Rebels seized Omar Haddad on Sunday": "a person's name typed a person is a place for "
    "'seize' (not for 'capture' or 'take': 'seize' kept for towns the tagger calls people)",
    '"Our mujahideen entered Lisala': "'mujahideen' is no alias of the pack: as the Taliban's "
    "it would make Khost's mujahideen of 1991 the Taliban; as the rebels', the Islamic "
    "Emirate's own word for the Taliban the rebels",
    "Gemena and Lisala fell to the rebels on Saturday": "'Mbandaka' after the first item's day "
    "is typed a person and hung on the verb as an adverb: the gapped list is not read",
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [pytest.param(*p, marks=known_miss(p[0], MISSES), id=p[0][:48]) for p in CAPTURES],
)
def test_each_capture_is_read_with_its_taker_and_day(
    read, text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    check_captures(read(text), expected)
