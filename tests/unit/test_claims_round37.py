"""Claims of round thirty-seven: kinds that recur on unseen text, each tried on fresh wording
before any rule; every passage is written for these tests, about made-up or real places.

Rival figures for one count from two tellers (dev51's ub034, dev49's tz064): the rival reading
of consecutive sentences needs a teller for each figure, and a figure's teller was found only
through a verb of saying that governs its clause. A figure a verb of giving takes has that
verb's subject as its teller even when the parser hangs the figure on the count noun's
participle ("Officials in Kabul put the number lost at seven", "at" on "lost"), or names it
in a relative clause ("which he called the eighth provincial capital to fall"), and a figure
in an apposition or relative clause under a verb of saying is that teller's ("The Taliban said
they had captured Sheberghan, the fourth provincial capital to fall to them"). Before, such a
figure had no teller, and two tellers' different counts both stood asserted. So too in one
sentence, when the first teller's figure is bare ("The Taliban say 18; the government in Kabul
acknowledges 14"): with no count noun it gives no claim to start the rival reading from, and
the second figure stood asserted. Hard negatives: a bare figure of another thing before the
join ("Rescuers say 30 people are still missing; the ministry confirms 14 deaths"), a later
count after the join ("...; by Tuesday officials put the death toll at 19"), the same figure
from both tellers, another metric in the next sentence.

The rival reading left out a first figure dated by a day's name ("Rebels said on Friday they
had seized Baraka and now hold more than 30 towns. Independent analysts put the figure at
about 20", dev47's uc097): a day of telling or of the event
is no count's moment, unlike "by Tuesday" or "since June". Before, both stood asserted. A
next sentence that splits the first figure into parts summing to no more than it ("killed at
least 100 people ... on Saturday. About 70 were killed in Tchoma Bangou and 30 in
Zaroumdareye", dev48's ty016) is its breakdown, no rival. Hard negatives: such breakdowns in
fresh wording; a count of survivors; the same figure from both tellers. Still wrong: a teller
that is the object of the verb above ("Reuters quoted airport officials as putting the toll at
570", dev45's tv078).

A figure a word of bounding sets after a noun of persons or "them", with no noun of its own
("three deaths, most of them in children under 15", dev50's ua027; "most of them over 60";
"children aged under 10"), is their age, not a count. Before, it was read as a count bounded
"less than" or "more than". Hard negatives: a bound on the count itself ("killed over 60
people", "rose to over 60", "burned over 4,000 acres"), an age beside its own count ("12
children under five"; "Deaths among people over 65 have reached 1,200").

Still wrong, no rule this round: a verbless clause after a semicolon with a count noun of its
own ("deaths rise to 14; confirmed cases this year at 2,310", dev51's ub117): the parser hangs
its "at" on the first clause's verb, so the figure takes the first clause's noun (a toll of
2,310). The same shape reads right when the first clause is the cases' ("Cases rise to 2,310;
deaths at 14"); the passages stay as strict xfails for a rule that prefers the figure's own
clause across a semicolon.

A verb the tokenizer splits at its hyphen ("could re-intensify to Category 3 once it moves back
over water", dev50's ua058; "may re-strengthen to Category 2", "will re-intensify to Category 4
on Sunday"), whose first part the parser takes for the verb with the modal on it, carries its
clause through that part, and its last part is the verb of reaching a value: a forecast, as
"could intensify to Category 3" already was. Before, the modal was lost and the category stood
asserted (or recap, dated). Hard negatives: such a verb told as done ("re-formed as a Category
1"), a hyphenated noun teller ("Co-workers said"), one in a relative clause ("which
re-ignited on Thursday").

A figure that is itself the object of "in" on a verb, with no noun of its own ("the jet
overshot the runway ... and broke in two on Friday evening", dev51's ub047; "snapped in two"),
tells how a thing was divided, not a toll. Before, it was read as a toll of 2. Hard negative:
"killed in two separate attacks".
"""

from __future__ import annotations

from functools import partial

import pytest
from claim_readings import every, known_wrong

D, C, A, H = "death_toll", "confirmed_cases", "acres_burned", "hurricane_category"
SATURDAY = "2024-04-06"
T, P = "cities_captured", "provincial_capitals_captured"
MONDAY = "2024-04-08"

# passages still read wrong, by their opening characters (strict xfail)
KNOWN_WRONG = [
    # the town noun's ordinal with "to fall to the movement": no taker the rule pack knows
    "A rebel spokesman said on Telegram",
    # an elliptical count ("nine have fallen") gives no claim
    "The rebels say they now hold 12 towns",
    "The insurgents claim nine;",
    "The Taliban said on Twitter they had taken Farah",
    # "the number who died": a count noun's relative clause, no claim
    "The rebels said 31 civilians",
    # "By Saturday morning" dates the second count: neither rival nor read as moving on
    "Police said on Friday that 12 people had died in the crash. By Saturday",
    # "Rescuers" is a noun of persons a toll counts: "the number of survivors" read as a toll
    "Officials said on Friday that 88 people were killed when the ferry capsized. Rescuers",
    # "new" cases with an age range after them: no claim read
    "The ministry reported 88 new diphtheria cases",
    # a verbless clause after a semicolon whose "at" the parser hangs on the first clause's
    # verb: its figure takes the first clause's noun (dev51's ub117; read since round 37
    # when no adverb stands before "at")
    "Beira cholera: death toll climbs to 31;",
    # "The ferry split in two": "split" parsed as a noun, so the pieces are read as a count
    "The ferry split in two and sank",
    # "deaths up to 52" in a headline: read as the hedging bound "up to"
    "Measles in Kasai: deaths up to 52;",
]
_known = partial(known_wrong, wrong=KNOWN_WRONG)

# (passage, published, every claim read, as (metric, value, modality))
Case = tuple[str, str, list[tuple[str, float, str]]]


def _params(cases: list[Case]) -> list:  # type: ignore[type-arg]
    return [pytest.param(*c, marks=_known(c[0])) for c in cases]


RIVAL_TELLERS: list[Case] = [
    (
        "A rebel spokesman said on Telegram that the fighters had seized Morvan on Sunday, "
        "which he called the ninth town to fall to the movement. Army officials put the number "
        "lost at six.",
        MONDAY,
        [(T, 9.0, "hedged"), (T, 6.0, "hedged")],
    ),
    (
        "The Houthi-run health ministry said 31 people were killed in the strike on the port. "
        "Coalition officials put the toll at 12.",
        MONDAY,
        [(D, 31.0, "hedged"), (D, 12.0, "hedged")],
    ),
    (
        "Rebels say 40 killed in Dorvan shelling; army puts the number at 25",
        MONDAY,
        [(D, 40.0, "hedged"), (D, 25.0, "hedged")],
    ),
    (
        "The rebels say they now hold 12 towns in the north. The government acknowledges that "
        "nine have fallen.",
        MONDAY,
        [(T, 12.0, "hedged"), (T, 9.0, "hedged")],
    ),
    (
        "The militia claims 14 people died in the air strike on Kesh; the defence ministry "
        "acknowledges six deaths.",
        MONDAY,
        [(D, 14.0, "hedged"), (D, 6.0, "hedged")],
    ),
    (
        "In a post on X, the group's spokesman said 22 people had been killed in the raid. "
        "Local officials put the death toll at 15.",
        MONDAY,
        [(D, 22.0, "hedged"), (D, 15.0, "hedged")],
    ),
    (
        "Insurgent commanders told reporters they had taken eleven towns since March. The "
        "interior ministry puts the figure at eight.",
        MONDAY,
        [(T, 11.0, "hedged"), (T, 8.0, "hedged")],
    ),
    (
        "Police said 12 people died in the crash on the A4. Three of the injured were flown to "
        "Vienna.",
        MONDAY,
        [(D, 12.0, "asserted")],
    ),
    (
        "The rebels said they had seized Morvan, the seventh town to fall this year. Four "
        "soldiers were killed in the fighting, the army said.",
        MONDAY,
        [(T, 7.0, "asserted")],
    ),
    (
        "The health ministry said 31 people were killed in the strike. Doctors at the hospital "
        "said 80 people were being treated for wounds.",
        MONDAY,
        [(D, 31.0, "asserted")],
    ),
    (
        "The ministry said 31 people had died in the floods. The Red Cross put the toll at 31 "
        "as well.",
        MONDAY,
        [(D, 31.0, "asserted")],
    ),
    (
        "A Taliban spokesman said the group had taken Kunduz on Sunday, which he called the "
        "fifth provincial capital to fall to the Islamic Emirate. Officials in Kabul put the "
        "number lost at four.",
        "2021-08-09",
        [(P, 5.0, "hedged"), (P, 4.0, "hedged")],
    ),
    (
        "The Taliban said they had captured Sheberghan, the fourth provincial capital to fall "
        "to them. The government put the number lost at three.",
        "2021-08-09",
        [(P, 4.0, "hedged"), (P, 3.0, "hedged")],
    ),
    (
        "The rebels' spokesman said 31 people had been killed in the raid. Officials put the "
        "number killed at 12.",
        MONDAY,
        [(D, 31.0, "hedged"), (D, 12.0, "hedged")],
    ),
    (
        "The rebels' spokesman said on Twitter that 31 people had been killed in the raid. "
        "Officials put the number of dead at 12.",
        MONDAY,
        [(D, 31.0, "hedged"), (D, 12.0, "hedged")],
    ),
    (
        "The rebels said 31 civilians had been killed in the bombing. Government officials put "
        "the number who died at 12.",
        MONDAY,
        [(D, 31.0, "hedged"), (D, 12.0, "hedged")],
    ),
    (
        "Fire officials put the number of acres burned at 4,200.",
        MONDAY,
        [(A, 4200.0, "asserted")],
    ),
    (
        "The Taliban said on Twitter they had taken Farah, calling it the seventh provincial "
        "capital to fall. Officials in Kabul said six had fallen.",
        "2021-08-10",
        [(P, 7.0, "hedged"), (P, 6.0, "hedged")],
    ),
    (
        "Hospital staff say 22; police count 14 dead.",
        MONDAY,
        [(D, 14.0, "hedged")],
    ),
    (
        "Death toll disputed: residents say 60, while the army acknowledges 25 deaths in the raid.",
        MONDAY,
        [(D, 25.0, "hedged"), (D, 60.0, "hedged")],
    ),
    (
        "The insurgents claim nine; Kinshasa admits that five towns have fallen.",
        MONDAY,
        [(T, 5.0, "hedged")],
    ),
    (
        "How many have died? Aid groups say more than 200; the health ministry confirms 140 "
        "deaths.",
        MONDAY,
        [(D, 140.0, "hedged"), (D, 200.0, "hedged")],
    ),
    (
        "Police said 12 on Monday; by Tuesday officials put the death toll at 19.",
        MONDAY,
        [(D, 19.0, "asserted")],
    ),
    (
        "The ministry says 40; the Red Cross has also counted 40 deaths.",
        MONDAY,
        [(D, 40.0, "asserted")],
    ),
    (
        "Rescuers say 30 people are still missing; the ministry confirms 14 deaths.",
        MONDAY,
        [(D, 14.0, "asserted")],
    ),
    (
        "The flood has killed 14 people; officials say 3,000 homes were damaged.",
        MONDAY,
        [(D, 14.0, "asserted")],
    ),
]


@pytest.mark.parametrize(("text", "published", "wanted"), _params(RIVAL_TELLERS))
def test_rival_tellers_figures_are_hedged(
    enricher, text: str, published: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert every(enricher, text, published) == sorted(wanted)


DATED_RIVALS: list[Case] = [
    (
        "The militia said on Friday it had overrun Dambo and now controls 16 towns in the "
        "region. Western diplomats put the figure at about 10.",
        SATURDAY,
        [(T, 16.0, "hedged"), (T, 10.0, "hedged")],
    ),
    (
        "Provincial officials said on Friday that 88 people were killed when the ferry "
        "capsized on Lake Tana. Hospital officials put the toll at 70.",
        SATURDAY,
        [(D, 88.0, "hedged"), (D, 70.0, "hedged")],
    ),
    (
        "The interior ministry said 23 people were killed in the bombing on Friday. A "
        "hospital director put the toll at 31.",
        SATURDAY,
        [(D, 23.0, "hedged"), (D, 31.0, "hedged")],
    ),
    (
        "Police said on Friday that 12 people had died in the crash. By Saturday morning, "
        "officials put the toll at 15.",
        SATURDAY,
        [(D, 12.0, "recap"), (D, 15.0, "asserted")],
    ),
    (
        "Officials said on Friday that 88 people were killed when the ferry capsized. "
        "Rescuers put the number of survivors at 40.",
        SATURDAY,
        [(D, 88.0, "asserted")],
    ),
    (
        "Officials said on Friday that 88 people were killed when the ferry capsized. The Red"
        " Cross also put the toll at 88.",
        SATURDAY,
        [(D, 88.0, "asserted")],
    ),
    (
        "Gunmen killed at least 60 people in raids on two villages near Tillaberi on Friday, "
        "the governor said. About 40 died in Kouma and 20 in Dari, a local official said.",
        SATURDAY,
        [(D, 60.0, "asserted")],
    ),
    (
        "The army said on Friday that 45 soldiers and civilians were killed in the ambush. "
        "Thirty were soldiers and 15 were civilians, a military source said.",
        SATURDAY,
        [(D, 45.0, "asserted")],
    ),
]


@pytest.mark.parametrize(("text", "published", "wanted"), _params(DATED_RIVALS))
def test_a_rival_answers_a_figure_told_on_a_named_day(
    enricher, text: str, published: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert every(enricher, text, published) == sorted(wanted)


AGES: list[Case] = [
    (
        "The health ministry has confirmed 1,043 dengue cases since the outbreak began in "
        "August, and three deaths, most of them in children under 15.",
        SATURDAY,
        [(C, 1043.0, "asserted"), (D, 3.0, "asserted")],
    ),
    (
        "Officials have recorded 412 measles cases this year, mostly among children under five.",
        SATURDAY,
        [(C, 412.0, "asserted")],
    ),
    (
        "The heatwave has killed 27 people in Sindh, most of them over 60, officials said.",
        SATURDAY,
        [(D, 27.0, "asserted")],
    ),
    (
        "Cholera has sickened 230 people in Beira, including 40 children aged under 10.",
        SATURDAY,
        [(C, 230.0, "asserted")],
    ),
    (
        "The ministry reported 88 new diphtheria cases, most in children aged 5 to 14.",
        SATURDAY,
        [(C, 88.0, "asserted")],
    ),
    (
        "Nine people have died of cholera, among them four children under the age of 12.",
        SATURDAY,
        [(D, 9.0, "asserted")],
    ),
    (
        "Measles has killed 31 people in Kasai this year, among them 12 children under five.",
        SATURDAY,
        [(D, 31.0, "asserted")],
    ),
    (
        "The flu season has killed over 60 people in the region, officials said.",
        SATURDAY,
        [(D, 60.0, "asserted")],
    ),
    (
        "The death toll from the floods rose to over 60 on Friday, officials said.",
        SATURDAY,
        [(D, 60.0, "asserted")],
    ),
    (
        "Deaths among people over 65 have reached 1,200 this winter.",
        SATURDAY,
        [(D, 1200.0, "asserted")],
    ),
    (
        "Officials said the wildfire had burned over 4,000 acres by Friday night.",
        SATURDAY,
        [(A, 4000.0, "asserted")],
    ),
]


@pytest.mark.parametrize(("text", "published", "wanted"), _params(AGES))
def test_an_age_after_a_noun_of_persons_is_no_count(
    enricher, text: str, published: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert every(enricher, text, published) == sorted(wanted)


SEMICOLON_CLAUSES: list[Case] = [
    (
        "Bandung dengue update: deaths rise to 14; confirmed cases this year at 2,310.",
        SATURDAY,
        [(D, 14.0, "asserted"), (C, 2310.0, "asserted")],
    ),
    (
        "Beira cholera: death toll climbs to 31; confirmed cases now at 1,940",
        SATURDAY,
        [(D, 31.0, "asserted"), (C, 1940.0, "asserted")],
    ),
    (
        "Measles in Kasai: deaths up to 52; cases this year at 3,400, the ministry says.",
        SATURDAY,
        [(D, 52.0, "asserted"), (C, 3400.0, "asserted")],
    ),
    (
        "Dengue deaths reach 9 in Kandy; cases at 1,120",
        SATURDAY,
        [(D, 9.0, "asserted"), (C, 1120.0, "asserted")],
    ),
    (
        "Cases rise to 2,310; deaths at 14.",
        SATURDAY,
        [(C, 2310.0, "asserted"), (D, 14.0, "asserted")],
    ),
    (
        "Deaths rise to 14; they stood at 9 on Monday.",
        SATURDAY,
        [(D, 14.0, "asserted"), (D, 9.0, "recap")],
    ),
]


@pytest.mark.parametrize(("text", "published", "wanted"), _params(SEMICOLON_CLAUSES))
def test_a_clause_after_a_semicolon_counts_its_own_noun(
    enricher, text: str, published: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert every(enricher, text, published) == sorted(wanted)


HYPHEN_SPLIT_VERBS: list[Case] = [
    (
        "Cyclone Ilsa crossed the coast as a Category 2 system overnight, forecasters said, "
        "and could re-intensify to Category 3 once it moves back over water.",
        SATURDAY,
        [(H, 2.0, "asserted"), (H, 3.0, "forecast")],
    ),
    (
        "Hurricane Lisa weakened to a Category 1 over land and may re-strengthen to Category "
        "2 over the Bay of Campeche.",
        SATURDAY,
        [(H, 1.0, "asserted"), (H, 2.0, "forecast")],
    ),
    (
        "Forecasters said Freddy, now a Category 1, could re-intensify into a Category 4 "
        "cyclone in the Mozambique Channel.",
        SATURDAY,
        [(H, 1.0, "asserted"), (H, 4.0, "forecast")],
    ),
    (
        "Typhoon Mawar will re-intensify to Category 4 on Sunday, forecasters said.",
        SATURDAY,
        [(H, 4.0, "forecast")],
    ),
    (
        "Cyclone Ilsa re-intensified to Category 3 overnight after moving back over water.",
        SATURDAY,
        [(H, 3.0, "asserted")],
    ),
    (
        "Cyclone Gita re-formed as a Category 1 storm overnight and could strengthen further,"
        " forecasters said.",
        SATURDAY,
        [(H, 1.0, "asserted")],
    ),
    (
        "Co-workers said 12 miners had died in the blast at the Kesh pit on Friday.",
        SATURDAY,
        [(D, 12.0, "asserted")],
    ),
    (
        "The fire, which re-ignited on Thursday, has burned 4,200 acres, officials said.",
        SATURDAY,
        [(A, 4200.0, "asserted")],
    ),
]


@pytest.mark.parametrize(("text", "published", "wanted"), _params(HYPHEN_SPLIT_VERBS))
def test_a_modal_on_a_verb_split_at_its_hyphen_looks_ahead(
    enricher, text: str, published: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert every(enricher, text, published) == sorted(wanted)


PIECES: list[Case] = [
    (
        "Eighteen people, including both pilots, were killed when the jet overshot the runway"
        " at Kesh in heavy rain and broke in two on Friday evening.",
        SATURDAY,
        [(D, 18.0, "asserted")],
    ),
    (
        "The ferry split in two and sank within minutes; 41 people drowned, the coast guard said.",
        SATURDAY,
        [(D, 41.0, "asserted")],
    ),
    (
        "Nine people died when the bridge snapped in two under the weight of a lorry.",
        SATURDAY,
        [(D, 9.0, "asserted")],
    ),
    (
        "The fuselage broke into three pieces, killing 12 of the 150 people on board.",
        SATURDAY,
        [(D, 12.0, "asserted")],
    ),
    (
        "Twelve people were killed in two separate attacks on Friday.",
        SATURDAY,
        [(D, 12.0, "asserted")],
    ),
]


@pytest.mark.parametrize(("text", "published", "wanted"), _params(PIECES))
def test_the_pieces_a_thing_broke_into_are_no_count(
    enricher, text: str, published: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert every(enricher, text, published) == sorted(wanted)
