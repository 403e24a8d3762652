"""Claims of round twenty-two: a count whose noun is left out because its whole says what is
counted ("Tally so far: six of 34", "nine of the 34 were gone"): the whole is the one the
metric is known to have (Afghanistan's 34 provincial capitals) or the one a figure gave its
noun earlier in the article ("the 12 district towns of Osk ... held seven of the 12"). With
hard negatives: a part of the whole that does something else (asks, stays away, remains in
the state's hands), and a part of a whole that counts no metric. Every passage is written for
these tests."""

from __future__ import annotations

from functools import partial

import pytest
from claim_readings import asserted, known_wrong

P, K, D = "provincial_capitals_captured", "cities_captured", "death_toll"
C = "confirmed_cases"
E, AL = "exact", "at_least"

# (passage, the asserted (metric, value, bound) it gives, in any order)

ELIDED_PARTS: list[tuple[str, list[tuple[str, float, str]]]] = [
    (
        "Taliban fighters entered Aybak on Monday after elders negotiated a handover. Tally so "
        "far: six of 34.",
        [(P, 6.0, E)],
    ),
    (
        "Update, 18:40 - Sar-e-Pul has gone over to the Taliban as well. Running total: four "
        "of 34.",
        [(P, 4.0, E)],
    ),
    (
        "The Taliban pushed into Ghazni overnight, and Afghan officials now count ten of the "
        "34 under insurgent control.",
        [(P, 10.0, E)],
    ),
    (
        "Kunduz and Taloqan changed hands over the weekend, and nine of the 34 are now in "
        "Taliban hands, officials in Kabul said.",
        [(P, 9.0, E)],
    ),
    (
        "The Verrin Front has fought for the 12 district towns of Osk province since the "
        "spring. On Friday the rebels entered Brell and Tamsk, and by nightfall the rebels "
        "had taken seven of the 12.",
        [(K, 7.0, E)],
    ),
    (
        "Militias of the Harl Accord have besieged the nine river towns of the Suda delta "
        "since March. This week they took two more, and they now hold five of the nine.",
        [(K, 5.0, E)],
    ),
]

# an ordinal before "of" and the whole: "the first of the 34 provincial capitals to fall"
ORDINAL_PARTS: list[tuple[str, list[tuple[str, float, str]]]] = [
    (
        "Zaranj on Friday became the first of Afghanistan's 34 provincial capitals to fall to "
        "the Taliban, a provincial council member said.",
        [(P, 1.0, E)],
    ),
    (
        "Sheberghan became the second of the 34 provincial capitals to fall to the Taliban on "
        "Friday, officials said.",
        [(P, 2.0, E)],
    ),
    (
        "Brell became the third of the 12 district towns of Osk province to fall to the rebels "
        "on Friday, residents said.",
        [(K, 3.0, E)],
    ),
]

# a headline whose subject lists the events the count is of ("Orsa quake, fire and flood
# toll"): the parse heads the subject with the list's first word
LISTED_EVENTS: list[tuple[str, list[tuple[str, float, str]]]] = [
    ("Orsa quake, fire and flood toll rises to 95", [(D, 95.0, E)]),
    ("Cholera and typhoid toll in Tamsin rises to 40", [(D, 40.0, E)]),
    (
        "Varnok storm, flood and mudslide toll reaches 120 | Rescuers are still searching the "
        "lower valley",
        [(D, 120.0, E)],
    ),
    ("Cases and deaths in Tamsin rise to 40", [(C, 40.0, E)]),
]

# the sentence's verb read as the plural noun the figure counts ("the toll of 57 counts")
VERB_READ_AS_NOUN: list[tuple[str, list[tuple[str, float, str]]]] = [
    (
        "The official Varnok toll of 57 counts only those killed by the shaking itself.",
        [(D, 57.0, E)],
    ),
    (
        "The official toll of 212 counts 180 identified dead and 32 listed as missing.",
        [(D, 212.0, E)],
    ),
    (
        "The official Varnok toll of 57 counts only those killed by the shaking itself; some "
        "researchers say heart attacks may have pushed the real number above 70.",
        [(D, 57.0, E)],
    ),
]

# a city count "to fall" whose taker the sentence names in another clause: the one armed
# group it names ("Russian forces have taken X, ..., making the port the first city to fall")
TAKER_ELSEWHERE: list[tuple[str, list[tuple[str, float, str]]]] = [
    (
        "Rebel fighters walked into Brell on Sunday after the army pulled out, making it the "
        "second regional city to fall since the offensive began.",
        [(K, 2.0, E)],
    ),
    (
        "Russian forces have taken Marnivka, the town's mayor said on Tuesday, making the river "
        "port the first major town in the region to fall since the spring.",
        [(K, 1.0, E)],
    ),
    (
        "The army pulled out of Brell on Sunday, making it the second regional city to fall "
        "since the offensive began.",
        [],
    ),
    ("Brell's mayor said on Sunday it was the second city to be evacuated this month.", []),
]

# a generic count noun named by an infection ("the Nipah tally"): a count of cases
INFECTION_TALLIES: list[tuple[str, list[tuple[str, float, str]]]] = [
    (
        "Kelvar's Nipah tally reaches 19 | Six patients have died, the health ministry says",
        [(C, 19.0, E), (D, 6.0, E)],
    ),
    (
        "The Lassa tally in Orsa state stood at 212 on Friday, health officials said.",
        [(C, 212.0, E)],
    ),
    ("The chikungunya count in Tamsin rose to 1,400 on Thursday.", [(C, 1400.0, E)]),
    ("Kelvar's Nipah death tally reaches 6", [(D, 6.0, E)]),
]

# the count beside an unconfirmed report given by a participle ("with unconfirmed reports
# putting the toll at 61"): the report's figure is hedged, the official one stays asserted
REPORTS_BY_PARTICIPLE: list[tuple[str, list[tuple[str, float, str]]]] = [
    (
        "Typhoon Orsa has left at least 42 people dead and 24 missing, officials said, with "
        "unconfirmed reports putting the toll at 61.",
        [(D, 42.0, AL)],
    ),
    (
        "Floods in the Kelvar valley have killed 30 people, the governor said, with unverified "
        "accounts on social media putting the number at 80.",
        [(D, 30.0, E)],
    ),
]

# places counted as out of the state's hands ("outside government control")
OUT_OF_HANDS: list[tuple[str, list[tuple[str, float, str]]]] = [
    (
        "Officials in Kabul conceded on Friday that 17 provincial capitals are now outside "
        "government control.",
        [(P, 17.0, E)],
    ),
    (
        "Afghan officials say 15 provincial capitals (of 34) are now beyond the government's "
        "control.",
        [(P, 15.0, E)],
    ),
    ("Six villages beyond the Orsa river were flooded on Friday.", []),
]

# "it" as the count a later reckoning cut ("a census later cut it to 212")
COUNT_CUT: list[tuple[str, list[tuple[str, float, str]]]] = [
    (
        "The Orsa flood toll was first put at 400. A census of the valley later cut it to 212.",
        [(D, 212.0, E)],
    ),
    (
        "For decades the Varnok earthquake's toll was given as more than 90,000, but a study "
        "that removed people counted twice has cut it to roughly 61,000.",
        [(D, 61000.0, "about")],
    ),
    ("The dam held back the river until engineers cut it to 30 metres.", []),
]

# a figure in brackets stating a vague quantity a counting verb took ("many more (3,736)")
BRACKETED_FIGURES: list[tuple[str, list[tuple[str, float, str]]]] = [
    (
        "Cholera has now killed 22 people in Tamsin and infected many more (3,736 so far), "
        "state media said.",
        [(D, 22.0, E), (C, 3736.0, E)],
    ),
    (
        "Cholera has infected thousands (4,100 by Friday's count) in the Kelvar camps.",
        [(C, 4100.0, E)],
    ),
    (
        "The floods killed 12 people and drove many more (about 3,000) from their homes.",
        [(D, 12.0, E)],
    ),
]

# "past" after a verb that moves a count ("pushing it past 125,000 acres") bounds the figure
MOVED_PAST: list[tuple[str, list[tuple[str, float, str]]]] = [
    (
        "The Orsa Fire grew by roughly 100,000 acres in about a day, pushing it past 125,000 "
        "acres, officials said on Thursday.",
        [("acres_burned", 125000.0, "more_than")],
    ),
    (
        "Two more deaths were reported in Tamsin on Friday, taking the cholera toll past 300.",
        [(D, 300.0, "more_than")],
    ),
]

NEGATIVES: list[tuple[str, list[tuple[str, float, str]]]] = [
    (
        "The Taliban have yet to enter a provincial capital this year; twelve of the 34 "
        "governors have asked Kabul for more police.",
        [],
    ),
    (
        "Governors of Afghanistan's 34 provinces met in Kabul on Sunday, though five of the "
        "34 stayed away.",
        [],
    ),
    (
        "The Sarn floods hit 40 villages in the valley; rescuers reached 31 of the 40 by Tuesday.",
        [],
    ),
    (
        "Readers have asked why three toll counts for the Orsa floods are in circulation.",
        [],
    ),
    (
        "Kelvar's first cholera deaths were recorded in March, a week after its first cases "
        "of the year.",
        [],
    ),
    (
        "Of the 34 provincial capitals, the Taliban held 20 on Friday night, the ministry said.",
        [(P, 20.0, E)],
    ),
]

# readings still wrong, by their opening characters (strict xfails)
KNOWN_WRONG: set[str] = {
    # "they" as the taker: a city count needs its subject, and the pronoun is not resolved
    "Militias of the Harl Accord have besieged the nine river towns",
    # "three toll counts": reports counted, read as a toll of three (before this round too)
    "Readers have asked why three toll counts",
    # modality (another writer's): the researchers' hedge after the semicolon takes the 57
    "The official Varnok toll of 57 counts only those killed by the shaking itself; some",
}

_known = partial(known_wrong, wrong=KNOWN_WRONG)


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        pytest.param(t, w, marks=_known(t))
        for t, w in [
            *ELIDED_PARTS,
            *ORDINAL_PARTS,
            *LISTED_EVENTS,
            *VERB_READ_AS_NOUN,
            *TAKER_ELSEWHERE,
            *INFECTION_TALLIES,
            *REPORTS_BY_PARTICIPLE,
            *OUT_OF_HANDS,
            *COUNT_CUT,
            *BRACKETED_FIGURES,
            *MOVED_PAST,
            *NEGATIVES,
        ]
    ],
)
def test_a_count_told_by_its_whole_is_read_and_no_other_part_is(
    enricher, text: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert sorted(asserted(enricher, text)) == sorted(wanted)
