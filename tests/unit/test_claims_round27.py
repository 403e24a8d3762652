"""Claims of round twenty-seven: what the rules missed on the last unseen pair. The bodies
of N persons count the dead whatever is done with them; a toll's whole comes from the
cases it is included in or the fronted group it is part of; timeline entries and live-page
stamps date their counts, so older entries are recaps; a storm's category in a relative
clause is older when the main verb eases the storm off; a range of estimates is hedged at
both ends; the taker of an ordinal of captured towns may be a passive's agent; a hedge on
one conjunct of a subject stays there; a figure a "but" clause says records do not bear
out is disputed. Hard negatives keep what a careful reader keeps: families of workers, a
change "from 200 to 600", a storm that is still what its clause says, a town shelled by
the army, a hedge said of the whole subject, a "but" clause about something else. Every
passage is written for these tests, about made-up places."""

from __future__ import annotations

from datetime import datetime
from functools import partial

import pytest
from claim_readings import asserted, claims, known_wrong

from processors.models import Article

D, C, T, H, A = (
    "death_toll",
    "confirmed_cases",
    "cities_captured",
    "hurricane_category",
    "acres_burned",
)
E, AL, MT = "exact", "at_least", "more_than"

# (passage, every asserted claim it gives as (metric, value, bound), in any order)

# ---- 1. the bodies of N persons count the dead
BODIES_OF: list[tuple[str, list[tuple[str, float, str]]]] = [
    (
        "Firefighters say the bodies of 14 workers have now been pulled from the Darrow "
        "paint factory, and two more are unaccounted for.",
        [(D, 14.0, E)],
    ),
    (
        "Divers brought up the bodies of nine fishermen from the flooded hold of the trawler "
        "Selka.",
        [(D, 9.0, E)],
    ),
    (
        "The bodies of at least 31 migrants have been recovered along the Varn coast since "
        "the boat overturned.",
        [(D, 31.0, AL)],
    ),
    (
        "Searchers recovered the bodies of 8 of the 19 crew of the dredger Ossel 002, which "
        "capsized in the storm.",
        [(D, 8.0, E)],
    ),
    # ...hard negatives: persons counted by something else
    ("The families of 22 workers gathered outside the Darrow plant on Monday.", []),
    ("The passports of 40 passengers were checked at the Kell border post.", []),
    ("The ferry Varn 004 ran aground off the cape; all passengers were taken off safely.", []),
]

# ---- 2. the whole a toll is part of: "N cases ..., including M deaths"; "Of the M ..."
# (tested below for the total)
PART_WHOLES: list[tuple[str, float | None]] = [
    (
        "Marrenland has recorded 310 cases of the fever since May, including 27 deaths, the "
        "health ministry said on Monday.",
        310.0,
    ),
    (
        "Health officials in Pell have confirmed 86 infections since the outbreak began, "
        "including four deaths.",
        86.0,
    ),
    (
        "Of the 41 climbers on the ridge when the slope gave way, 12 have been found dead and "
        "the rest are safe.",
        41.0,
    ),
    ("Searchers recovered the bodies of 8 of the 19 crew of the dredger Kell.", 19.0),
    # ...hard negatives: a part that is no death, a whole that is no group of the dead
    (
        "The ministry has recorded 310 cases of cholera this year, including 12 in the "
        "capital, and 9 deaths.",
        None,
    ),
    ("Floods killed 23 people in Tessaly, including 40 in one valley, officials said.", None),
]

# ---- 3. a storm's category in a past relative clause is older when the main verb eases
# the storm off; a clause of the present, or a main verb of another kind, leaves it current
# (but a peak, "which peaked as", is a state left whatever the main verb: settled in round 33)
EASED: list[tuple[str, list[tuple[str, float, str]]]] = [
    (
        "Typhoon Marel, which peaked as a Category 5 storm east of the islands, weakened "
        "before it crossed the Kessin coast on Friday.",
        [],
    ),
    (
        "Hurricane Olwen, which came ashore as a Category 3, weakened rapidly over the hills "
        "of Dace overnight.",
        [],
    ),
    # ...hard negatives
    (
        "Hurricane Olwen, which is a Category 3 storm, weakened slightly on Monday.",
        [(H, 3.0, E)],
    ),
    (
        "Hurricane Olwen, which peaked as a Category 4, crossed the coast near Dace on "
        "Monday night.",
        [],
    ),
]

# ---- 4. timeline entries with a weekday or an hour, and live-page stamps, date their
# counts: the older entries are recaps
TIMELINES: list[tuple[str, list[tuple[str, float, str]]]] = [
    (
        "Varn ferry fire: toll by day\nSat 11 May: 9 dead, 4 missing\nSun 12 May: 13 dead "
        "(all missing found)",
        [(D, 13.0, E)],
    ),
    (
        "Civil defence tally, Storm Idra\n14 Mar, 6 AM: 21 dead\n15 Mar, 6 AM: 34 dead\n"
        "16 Mar, 6 AM: 40 dead, 8 missing",
        [(D, 40.0, E)],
    ),
    (
        "Kessin market fire: live\n09:10 Police: 11 bodies recovered so far.\n12:45 The toll "
        "climbs to 19, four of them children.\n16:30 Officials now say 26 people died.",
        [(D, 26.0, E)],
    ),
    # ...hard negatives: one entry alone, and counts of different things
    ("Tue 7 May: 15 dead in the Ossel landslide, rescuers say.", [(D, 15.0, E)]),
    (
        "Dace floods\nMon 3 Jun: 12 dead\nTue 4 Jun: 210 homes flooded",
        [(D, 12.0, E)],
    ),
]

# ---- 5. a spread of estimates is a range, hedged at both ends; a change stays a change
RANGES: list[tuple[str, list[tuple[str, float, str]]]] = [
    ("Estimates from aid workers in Tolbey range from 300 to 800 dead.", []),
    (
        "Estimates of the area burned by the Kell Ridge fire range from 12,000 to 15,000 "
        "acres, the forestry service said.",
        [],
    ),
    # ...hard negatives
    ("The toll in Tolbey has risen from 300 to 800, officials said.", [(D, 800.0, E)]),
    ("Patients' ages range from 2 to 80; 40 people have died in Pell.", [(D, 40.0, E)]),
]

# ---- 6. the taker of an ordinal of captured towns may be the agent of its passive; a
# fortress is a town
TAKEN_BY: list[tuple[str, list[tuple[str, float, str]]]] = [
    (
        "The northern army stormed Vessa at dawn after a week's siege. It is the third "
        "Marnese town of note taken by the army in a fortnight.",
        [(T, 3.0, E)],
    ),
    (
        "The garrison of Corran surrendered the city to the rebel host, the second fortress "
        "of the kingdom to fall to the rebels in a year.",
        [(T, 2.0, E)],
    ),
    # ...hard negatives: towns struck or flooded, not taken
    ("Storms lashed Vessa. It is the third town flooded by the river in a fortnight.", []),
    ("The army took Vessa. It is the third town shelled by the rebels in a fortnight.", []),
]

# ---- 7. a hedge word on one conjunct of the subject stays on it
HEDGE_CONJUNCTS: list[tuple[str, list[tuple[str, float, str]]]] = [
    (
        "In Ossel district, 1,240 suspected measles cases and 19 deaths have been recorded "
        "this year, the health office said.",
        [(D, 19.0, E)],
    ),
    (
        "Tessaly cholera sitrep (cumulative since March)\n4,100 suspected cases, of which 260 "
        "confirmed by culture; 71 deaths; 9 of 30 districts affected.",
        [(C, 260.0, E), (D, 71.0, E)],
    ),
    (
        "Tessaly cholera sitrep\n4,100 suspected cases; 71 deaths; 9 of 30 districts affected.",
        [(D, 71.0, E)],
    ),
    # ...hard negatives: the hedge said of the whole subject
    ("Unconfirmed reports of 40 deaths and 200 cases have emerged from Pell.", []),
]

# ---- 8. "bringing the toll from X to N" with "to N" hung inside the phrase
MOVED: list[tuple[str, list[tuple[str, float, str]]]] = [
    (
        "Divers recovered the last three bodies from Lake Orm this morning, the sheriff "
        "said, bringing the death toll from Saturday night's ferry sinking near Kell to 14.",
        [(D, 14.0, E)],
    ),
    (
        "Crews found two more victims on Friday, raising the toll from the Dace mine "
        "collapse to 11.",
        [(D, 11.0, E)],
    ),
]

# ---- 9. a whole set off alone is no count; "N now dead" is a count of the dead
WHOLES_AND_ADVERBS: list[tuple[str, list[tuple[str, float, str]]]] = [
    ("Towns taken by the rebels in Marrenland (running tally, of 40)", []),
    ("TEXT ALERT: Ossel bus crash, police say 27 now dead, up from 19 last night.", [(D, 27.0, E)]),
    ("Rescuers in Tolbey say 12 already dead after the dam gave way.", [(D, 12.0, E)]),
    # ...hard negatives
    ("Police in Tolbey say 12 still missing after the dam gave way.", []),
]

# ---- 10. a figure a "but" clause says other records do not bear out is disputed
UNSUPPORTED: list[tuple[str, list[tuple[str, float, str]]]] = [
    (
        "One district official put the toll above 60, but hospital lists do not support "
        "that figure.",
        [],
    ),
    (
        "A rebel spokesman put the number of dead at 200, but morgue records do not back it.",
        [],
    ),
    # ...hard negatives: the "but" clause of something else, or bearing the figure out
    (
        "A district official put the toll at 60, but hospitals did not give their own count.",
        [(D, 60.0, E)],
    ),
    (
        "A district official put the toll at 60, and hospital records back that figure.",
        [(D, 60.0, E)],
    ),
]

# ---- 11. a dateline of place read as the subject hands the count to the lead's subject;
# a verb of passing bounds only what it passes
DATELINES_AND_PASSING: list[tuple[str, list[tuple[str, float, str]]]] = [
    (
        "KESSIN, Marrenland — The death toll from Monday night's gas explosion at a cluster "
        "of workshops in Kessin, Ossel province, has risen to 17, the government said on "
        "Tuesday.",
        [(D, 17.0, E)],
    ),
    (
        "Cyclone Irla, a category 2 system, was passing east of the Varn islands on Thursday "
        "with gusts of more than 120 km/h.",
        [(H, 2.0, E)],
    ),
    # ...hard negatives: a total passed stays a bound
    ("The death toll in Kessin passed 1,000 late on Friday, officials said.", [(D, 1000.0, MT)]),
]

# ---- 12. a count's own state in a verbless clause ("400 missing", "20 still unaccounted
# for") keeps it out of the toll; deaths still under investigation are hedged; a count of
# provincial capitals the next sentence disputes is contested
STATES_AND_DISPUTES: list[tuple[str, list[tuple[str, float, str]]]] = [
    (
        "Floods in Kessin province have left 52 people dead and 140 missing, according to "
        "government figures.",
        [(D, 52.0, E)],
    ),
    (
        "The number of miners killed in the Orm pit blast rose to 31, officials said, with 9 "
        "still unaccounted for deep below the surface.",
        [(D, 31.0, E)],
    ),
    (
        "Marrenland has recorded 41 confirmed dengue deaths this year, the ministry said, with "
        "a further 66 deaths still under investigation.",
        [(D, 41.0, E)],
    ),
    (
        "The Taliban said their fighters had entered Qalat and that they now held 21 of "
        "Afghanistan's 34 provincial capitals. The Defence Ministry disputed the claim.",
        [],
    ),
    # ...hard negatives: the dead beside the missing, a denial of something else
    ("Floods in Kessin have left 52 people dead, officials said.", [(D, 52.0, E)]),
    (
        "The Taliban said they now held 21 of Afghanistan's 34 provincial capitals. The "
        "Defence Ministry denied reports that civilians were killed in Qalat.",
        [("provincial_capitals_captured", 21.0, E)],
    ),
]

# ---- 13. a second teller's figure for the count just told contests it: both hedged; a
# later count put after a word of time moves it on
CONTESTED: list[tuple[str, list[tuple[str, float, str]]]] = [
    (
        "By Friday night, officials in Varn put the number of towns in rebel hands at 11. A "
        "rebel spokesman, writing online, claimed the real figure was 14.",
        [],
    ),
    (
        "Our tally now stands at 9 of 12 district towns; officials in Varn put it at 7.",
        [],
    ),
    # ...hard negatives: a count moved on later, and the writer's own correction
    (
        "The toll in Kessin stood at 19 on Monday; by midnight officials put it at 26.",
        [(D, 26.0, E)],
    ),
    (
        "A report on Monday put the number of cases in the Dace outbreak at 700. The real "
        "figure is 70.",
        [(C, 70.0, E)],
    ),
]

# ---- 14. an ordinal with its noun left out may name the whole it ranks in
RANK_OF_WHOLE: list[tuple[str, list[tuple[str, float, str]]]] = [
    (
        "How Afghanistan's provincial capitals fell\nAug 14: by nightfall Taliban fighters "
        "had entered Kandahar, the 19th of the 34 to fall.",
        [("provincial_capitals_captured", 19.0, E)],
    ),
    # ...hard negatives: a rank in a race, with no place counted
    ("The Varn runner crossed the line fourth of the 30 to finish.", []),
]

# ---- 15. a bound word before the noun a figure follows bounds the figure
BOUND_BEFORE_NOUN: list[tuple[str, list[tuple[str, float, str]]]] = [
    ("Storm Kira made landfall near Varn as roughly a Category 1 hurricane.", [(H, 1.0, "about")]),
    ("Cyclone Irla is now about Category 2, forecasters in Kell said.", [(H, 2.0, "about")]),
    # ...hard negatives
    ("Cyclone Irla is now a Category 2 storm, forecasters in Kell said.", [(H, 2.0, E)]),
]

# passages the rules still read wrong, by their opening characters
KNOWN_WRONG: set[str] = {
    # the confirmed part "of which 260 confirmed by culture" goes unread in this wording
    # (read in the sitrep of dev34 tl108, where the header names the ministry and country)
    "Tessaly cholera sitrep (cumulative",
}

_known = partial(known_wrong, wrong=KNOWN_WRONG)


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        pytest.param(t, w, marks=_known(t))
        for t, w in [
            *BODIES_OF,
            *EASED,
            *TIMELINES,
            *RANGES,
            *TAKEN_BY,
            *HEDGE_CONJUNCTS,
            *MOVED,
            *WHOLES_AND_ADVERBS,
            *UNSUPPORTED,
            *DATELINES_AND_PASSING,
            *STATES_AND_DISPUTES,
            *CONTESTED,
            *RANK_OF_WHOLE,
            *BOUND_BEFORE_NOUN,
        ]
    ],
)
def test_asserted_claims_of_round27(
    enricher, text: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert sorted(asserted(enricher, text)) == sorted(wanted)


@pytest.mark.parametrize(
    ("text", "whole"), [pytest.param(t, w, marks=_known(t)) for t, w in PART_WHOLES]
)
def test_toll_takes_the_whole_it_is_part_of(enricher, text: str, whole: float | None) -> None:  # type: ignore[no-untyped-def]
    article = Article(id="x", text=text, published=datetime(2024, 4, 5))
    tolls = [c for c in enricher.enrich([article])[0].claims if c.metric == D]
    assert tolls and all(c.total == whole for c in tolls)


def test_disputed_figure_is_negated(enricher) -> None:  # type: ignore[no-untyped-def]
    text = (
        "One district official put the toll above 60, but hospital lists do not support "
        "that figure."
    )
    assert claims(enricher, text) == [(D, 60.0, MT, "negated")]


def test_older_timeline_entries_are_recaps(enricher) -> None:  # type: ignore[no-untyped-def]
    text = "Varn ferry fire: toll by day\nSat 11 May: 9 dead, 4 missing\nSun 12 May: 13 dead"
    read = claims(enricher, text)
    assert (D, 9.0, E, "recap") in read and (D, 13.0, E, "asserted") in read
