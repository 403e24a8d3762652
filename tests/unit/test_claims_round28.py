"""Claims of round twenty-eight, written from kinds that recur across the sets written
unseen in the last rounds (dev25 to dev36), not from one set's passages. What the round
taught: a figure is often only part of what it seems, or one teller's word against another.
A count of captures a side reports is contested when the next sentence has someone say the
fighting goes on there; a teller's figure set beside another teller's different figure
("while officials put it at 26") is one of two rival counts; a count of cases of which a
smaller part is then said to be confirmed or to have tested positive is not all confirmed;
the dead of one place ("at the scene", "in hospital") and figures that add up exactly to a
larger toll beside them are its parts. Dates and verbs a figure does not own should not
move it: "in the early hours of Sunday" is a time of day, not a window; "THIS DAY IN 1980:"
dates the item as its sentence-case form does; a description set off by "now" holds now; a
storm's toll "after killing ... earlier in the week" is its toll so far; a rank set beside a
place has its own infinitive when the main verb tells something else; a garrison town
called a base is a town; "the deadliest since 1992, when ..., killing 167" tells the earlier
event. Hard negatives keep what a careful reader keeps: fighting
elsewhere, a rival figure of something else or a later one, a confirmed figure of another
noun, the dead of one place with no larger toll, figures of another count that happen to
add up, bases counted as bases. Every passage is written for these tests, about made-up
places."""

from __future__ import annotations

from functools import partial

import pytest
from claim_readings import asserted, claims, known_wrong

D, C, T, H, A = (
    "death_toll",
    "confirmed_cases",
    "cities_captured",
    "hurricane_category",
    "acres_burned",
)
E = "exact"

# (passage, every asserted claim it gives as (metric, value, bound), in any order)

# ---- 1. a reported count of captures answered by "fighting goes on there" is contested
FIGHTING_ON: list[tuple[str, list[tuple[str, float, str]]]] = [
    (
        "The Orran Liberation Front says its units have taken Dessel, the ninth town it has "
        "captured in the valley. The army says fighting there continues.",
        [],
    ),
    (
        "Marnese commanders said on Monday they had seized Kolvy and now held four towns on "
        "the coast road. The Vessan defence office said fighting for Kolvy was still going on.",
        [],
    ),
    (
        "The rebels claim they captured Ettin on Sunday, the sixth district town to fall to "
        "them this year. A government spokesman said on the radio that soldiers were still "
        "fighting inside the town.",
        [],
    ),
    # ...hard negatives: fighting somewhere else, and no report to answer
    (
        "The rebels said on Monday they had taken Dorrin, the sixth town they have seized "
        "this month. Fighting continues in the south, the governor said.",
        [(T, 6.0, E)],
    ),
    (
        "Rebels have taken Dorrin, the sixth town they have seized this month. The army says "
        "its troops are still fighting in the hills.",
        [(T, 6.0, E)],
    ),
]

# ---- 2. a count of which a smaller part is then said to be confirmed is not all confirmed
CONFIRMED_PART: list[tuple[str, list[tuple[str, float, str]]]] = [
    (
        "Health officers in Dace have notified 48 cases of the fever (11 of them confirmed) "
        "since the rains began.",
        [],
    ),
    (
        "The outbreak in Pell has grown to 57 cases - nine confirmed, 30 probable and 18 "
        "suspected - the ministry said.",
        [(C, 9.0, E)],
    ),
    (
        "Marrenland has recorded 90 cases of the fever since May, the ministry said. Twelve "
        "of the cases are confirmed by laboratory tests; the rest are probable.",
        # (the part the verb of confirming takes is the confirmed count: round 33, as the
        # dev sets label it, tm097)
        [(C, 12.0, E)],
    ),
    (
        "The cases of fever in Ossel district number 73, of whom 25 are confirmed by laboratory.",
        [(C, 25.0, E)],
    ),
    (
        "Officials in Pell say 64 people have fallen ill with fever since March; 15 of them "
        "have tested positive for the Orm virus.",
        [(C, 15.0, E)],
    ),
    # ...hard negatives: a count of confirmed cases with a part of another kind, a
    # confirmed figure of another noun, a part of deaths
    (
        "Pell has recorded 120 confirmed cases of the fever, 30 of them in children.",
        [(C, 120.0, E)],
    ),
    (
        "Kessin district, anthrax: 14 deaths and 6 laboratory-confirmed cases so far.",
        [(D, 14.0, E), (C, 6.0, E)],
    ),
    (
        "The ministry has recorded 310 cases of cholera, 12 of them in the capital, and nine "
        "deaths.",
        [(C, 310.0, E), (D, 9.0, E)],
    ),
]

# ---- 3. the dead of one place ("at the scene", "in hospital", "found dead inside") are a
# part of the larger toll beside them, whatever subject the sentences give
PLACED_PARTS: list[tuple[str, list[tuple[str, float, str]]]] = [
    (
        "Eleven people died at the scene when the bridge at Kessin gave way; three more died "
        "later in hospital, bringing the toll to 14.",
        [(D, 14.0, E)],
    ),
    (
        "Twenty-six passengers were killed in the Varn coach crash, police said. Nineteen died "
        "on the spot and seven in hospital.",
        [(D, 26.0, E)],
    ),
    (
        "Nine miners were found dead inside the Orm shaft; the toll from the blast now stands "
        "at 12, the company said.",
        [(D, 12.0, E)],
    ),
    # ...hard negatives: the dead of one place with no larger toll beside them, and the
    # injured in hospital
    ("Six people died at the scene of the crash near Pell on Monday, police said.", [(D, 6.0, E)]),
    (
        "The toll from the Dace fire has risen to 23. Forty people are still in hospital.",
        [(D, 23.0, E)],
    ),
]

# ---- 4. "in the early hours of Sunday" is a time of day, not a window of one day
TIMES_OF_DAY: list[tuple[str, list[tuple[str, float, str]]]] = [
    (
        "Fourteen teenagers died in a crush at a Kessin nightclub in the early hours of "
        "Saturday, police said.",
        [(D, 14.0, E)],
    ),
    (
        "A gas blast tore through a block of flats in Ossel in the small hours, killing 8 people.",
        [(D, 8.0, E)],
    ),
    # ...hard negatives: a window of hours beside the larger toll
    (
        "The floods in Tessaly have killed 40 people this week, 12 of them in 24 hours.",
        [(D, 40.0, E)],
    ),
]

# ---- 5. a teller's figure set beside another teller's different figure of the same thing
# after "while", "whereas" or a semicolon: two rival counts, both hedged
RIVALS: list[tuple[str, list[tuple[str, float, str]]]] = [
    (
        "The Orran front says it now holds 14 of the 20 district towns, while the governor's "
        "office puts it at nine.",
        [],
    ),
    (
        "The rebels say they have taken eleven towns in Varn; the army says it's closer to six.",
        [],
    ),
    (
        "Tolls for the Kessin landslide differ: the mayor put the number of dead at 300, "
        "whereas the Red Crescent said it could confirm about 120 deaths.",
        [],
    ),
    # ...hard negatives: a figure of something else after the join, and a rival the text
    # itself hedges
    (
        "Officials put the toll in Pell at 40; rescuers said 12 people were still missing.",
        [(D, 40.0, E)],
    ),
    (
        "The ministry says the fever has killed 31 people in Dace; local leaders put the dead "
        "at as many as 90.",
        [(D, 31.0, E)],
    ),
    (
        "A first count had the Kell Ridge fire at 2,100 acres; mapping flights on Friday put "
        "it at 2,900 acres.",
        [(A, 2900.0, E)],
    ),
    (
        # (round 36: soldiers a side lost in the fighting are its losses, no toll, as the
        # labels of a battle's casualties have it: dev45's tw012, dev47's uc091)
        "The army said it had retaken five towns, while the rebels said 40 soldiers died in "
        "the fighting.",
        [(T, 5.0, E)],
    ),
]

# ---- 6. a retrospective item's opening label in capitals dates its counts as the item's
# own day, as the same label in sentence case does
THIS_DAY_CAPITALS: list[tuple[str, list[tuple[str, float, str]]]] = [
    (
        "THIS DAY IN 1977: Hurricane Orla, which had peaked at Category 5 far out at sea, "
        "comes ashore near Port Dace as a Category 3.",
        [(H, 3.0, E)],
    ),
    (
        "ON THIS DAY, 1964: Cyclone Ivel comes ashore at Kessin as a Category 2.",
        [(H, 2.0, E)],
    ),
    # ...hard negative: the same item in sentence case, read as before
    (
        "This day in 1977: Hurricane Orla, which had peaked at Category 5 far out at sea, "
        "comes ashore near Port Dace as a Category 3.",
        [(H, 3.0, E)],
    ),
]

# ---- 7. a storm's category in a description set off by "now" or "currently" holds now,
# whatever day a phrase after it gives
SAID_NOW: list[tuple[str, list[tuple[str, float, str]]]] = [
    (
        "Typhoon Merin, now the equivalent of a Category 2 storm after peaking as a Category "
        "4 on Tuesday, swept past the Varn islands on Friday.",
        [(H, 2.0, E)],
    ),
    (
        "Cyclone Osla, currently a Category 1 equivalent about 200 km off Dace, could "
        "strengthen to Category 2 before reaching the coast on Sunday.",
        [(H, 1.0, E)],
    ),
    # ...hard negative: a category dated by its own clause, days before publication, beside
    # the storm's later value
    (
        "Typhoon Merin was a Category 4 on Tuesday; it weakened to a Category 2 overnight.",
        [(H, 2.0, E)],
    ),
]

# ---- 8. figures that add up exactly to a larger figure of the count beside them are its
# parts
SUMMED_PARTS: list[tuple[str, list[tuple[str, float, str]]]] = [
    (
        "Marrenland quake toll rises to 64 | The quake killed 51 people in Dace province and "
        "13 in neighbouring Ossel, officials said.",
        [(D, 64.0, E)],
    ),
    (
        "Floods killed 12 people in Tessaly and 30 in Kessin this week. Officials said 42 "
        "people had died in all.",
        [(D, 42.0, E)],
    ),
    # ...hard negative: figures of another count that add up to the toll
    (
        "The fever has now infected 51 people in Dace and 13 in Ossel; 64 people have died of "
        "it in Marrenland since May.",
        [(C, 51.0, E), (C, 13.0, E), (D, 64.0, E)],
    ),
]

# ---- 9. a storm's toll in an "after killing" phrase dated "earlier in the week" is its
# toll so far, unless the passage gives the toll another value
TOLL_ON_THE_WAY: list[tuple[str, list[tuple[str, float, str]]]] = [
    (
        "Typhoon Merin made landfall on Kessin on Friday as the equivalent of a Category 3 "
        "hurricane, after killing at least 41 people in the Varn islands earlier in the week.",
        [(H, 3.0, E), (D, 41.0, "at_least")],
    ),
    (
        "Hurricane Osla came ashore near Port Dace early on Monday as a Category 1 storm, after "
        "killing 17 people on Tessaly over the weekend.",
        [(H, 1.0, E), (D, 17.0, E)],
    ),
    # ...hard negative: a newer toll beside it
    (
        "Storm Irla made landfall near Dace on Friday, after killing 12 people in Varn earlier "
        "in the week. Officials now say 30 people have died.",
        [(D, 30.0, E)],
    ),
]

# ---- 10. a rank set beside a place ("X, the third town to fall since Friday") has its own
# verb when the main clause tells the place's past or something else
RANK_OWN_VERB: list[tuple[str, list[tuple[str, float, str]]]] = [
    (
        "PHOTO: Rebel fighters ride through Dorrin's main square on Sunday. The city, the "
        "fourth town to fall to the rebels since Friday, had already been briefly overrun by "
        "them in 2016.",
        [(T, 4.0, E)],
    ),
    (
        "The embassy urged its citizens on Thursday to leave Marrenland, repeating Monday's "
        "advice, hours after the rebels overran Kessin, the sixth town to fall in a week.",
        [(T, 6.0, E)],
    ),
    # ...hard negatives: a main verb that tells the capture itself, and a rank whose own
    # verb is no capture
    (
        "The rebels stormed Kessin on Monday, the fifth town to fall to them this month.",
        [(T, 5.0, E)],
    ),
    (
        "The city, the third town to be flooded by the Varn since Friday, had already been "
        "evacuated in 2016.",
        [],
    ),
]

# ---- 11. a garrison town named a base counts as a town in a rank of captures
BASES: list[tuple[str, list[tuple[str, float, str]]]] = [
    (
        "Marnese troops entered Kell on Friday, the second enemy base on the Orran coast to "
        "fall in five days.",
        [(T, 2.0, E)],
    ),
    (
        "Varnese troops captured Ossel yesterday after a week of fighting. It is the third "
        "enemy base on the coast to fall to them in less than a month.",
        [(T, 3.0, E)],
    ),
    # ...hard negative: bases counted as bases, not towns
    ("Rebels overran two army bases near Dace on Monday.", []),
]

# ---- 12. "the deadliest since <year>, when ..., killing N": the participle tells the earlier
# event the comparison names, however the parse hangs it
SINCE_WHEN: list[tuple[str, list[tuple[str, float, str]]]] = [
    (
        "Rescuers have recovered the bodies of 48 passengers from the Kessin gorge. It is "
        "Marrenland's deadliest rail accident since 1988, when a train left the rails near "
        "Dace, killing 112.",
        [(D, 48.0, E)],
    ),
    # ...hard negative: the participle of the news itself
    (
        "A train left the rails near Dace on Monday, killing 31 people, the worst accident "
        "since 1988.",
        [(D, 31.0, E)],
    ),
]

# passages the rules still read wrong, by their opening characters
KNOWN_WRONG: set[str] = {
    # the parse hangs "currently a Category 1" under "could strengthen": read as a forecast
    # (read right where the parse makes the description the root, dev30 th059)
    "Cyclone Osla, currently",
}

_known = partial(known_wrong, wrong=KNOWN_WRONG)


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        pytest.param(t, w, marks=_known(t))
        for t, w in [
            *FIGHTING_ON,
            *CONFIRMED_PART,
            *PLACED_PARTS,
            *TIMES_OF_DAY,
            *RIVALS,
            *THIS_DAY_CAPITALS,
            *SAID_NOW,
            *SUMMED_PARTS,
            *TOLL_ON_THE_WAY,
            *RANK_OWN_VERB,
            *BASES,
            *SINCE_WHEN,
        ]
    ],
)
def test_asserted_claims_of_round28(
    enricher, text: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert sorted(asserted(enricher, text)) == sorted(wanted)


def test_contested_count_of_captures_is_hedged(enricher) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Orran Liberation Front says its units have taken Dessel, the ninth town it has "
        "captured in the valley. The army says fighting there continues."
    )
    assert claims(enricher, text) == [(T, 9.0, E, "hedged")]
