"""Claims of round thirty-one (h): doubted figures that were read as asserted, the largest
share of false claims on sets read unseen. Each kind was tried on fresh wording before any
rule; every passage is written for these tests, about made-up or real places.

An estimate of people is doubt about the figure also when the estimate is a noun that is
the subject of the figure's clause, or of a clause the figure's clause completes: "the flu,
which the CDC estimates killed about 100,000" (the parser makes "estimates" a noun),
"estimates for 1889-90 are around 1 million deaths", "the best estimate is that 3,000
died", "most estimates put the toll at about 240,000". Before, only "an estimated" and the
verb "estimate" were read. The figure people repeat is doubted when it is the one "you'll
usually hear" as when it is the one "usually quoted". Hard negatives: an estimated area
(a measurement), an official count that "stands at", and an estimate of something else in
a clause of its own ("40 have died; estimates from aid groups are higher").

Doubt carried by a clause of the same sentence: a relative clause on the teller (the
subject of the figure's verb or of the verb of saying it completes, or what "according to"
names) that says no one could check its figures ("Local media tallies, which could not be
verified, put the number at 22", "sources whose figures could not be checked said 61 had
died"), as an afterthought after the figure already did; and a concessive clause ("though",
"although", "but") that doubts the cause killed the counted ("four died, though it was not
clear the fungus killed them"). Hard negatives: a teller's clause of anything else ("who
briefed reporters"), a confirmed toll that had been disputed, doubt about how or when
("whether they drowned or died of exposure", "when they were infected") or about another
thing ("what started the blaze"), and doubt in another sentence.

Rival tellers: two tellers' clauses spliced by a bare comma ("Police say 14 people died,
hospital staff say 22"; "the Taliban say more than ten, Kabul says six, and independent
tallies put it at eight") set two figures against each other as "while" and a semicolon
did: both hedged; a list's ", and" adds no rival. A headline's claimed count answered in
the body's first sentence ("still fighting in the valley") is contested: the headline is
read from a parse of its own, and the sentence after it is now the body's. Hard negatives:
the same teller said again ("officials said on Monday"), a figure of something else ("22
were injured"), agreement ("the Red Cross says the same"). The bare rival figure itself
("hospital staff say 22") is still read as no claim.

People the disaster buried whom the passage gives little hope, in the same sentence or
the next ("burying 140 people ... . There is little hope of finding anyone alive", "buried
33 workers; all are presumed dead", "hopes of reaching them are fading"), are presumed
dead: hedged. Hard negatives: people "buried" with no such doubt (a memorial's "61 people
are buried", round 18), a funeral's count of the dead ("buried 30 victims", "buried 19
people killed in the blast"), survivors pulled out alive, and a toll told beside what
the mud buried.
"""

from __future__ import annotations

from functools import partial

import pytest
from claim_readings import asserted, claims, known_wrong

D, C, A, P = "death_toll", "confirmed_cases", "acres_burned", "provincial_capitals_captured"
E, AB = "exact", "about"

# passages still read wrong, by their opening characters (strict xfail)
KNOWN_WRONG = [
    # the figure after "stand at around" is read as no claim at all
    "Current estimates of the death toll in the quake zone",
    # a rival in the next sentence, told as a loss ("has lost only 12"), is read as no figure
    "The Taliban say they hold 20 provincial capitals. The government in Kabul says it has",
    # a count buried by the disaster, told in a main clause, is read as no claim at all
    "An avalanche on the Tarsa pass buried 12",
]
_known = partial(known_wrong, wrong=KNOWN_WRONG)


def hedged(enricher, text: str) -> list[float]:  # type: ignore[no-untyped-def]
    """The values read hedged."""
    return sorted(c[1] for c in claims(enricher, text) if c[3] == "hedged")


# (passage, every asserted claim as (metric, value, bound), the values read hedged)
Case = tuple[str, list[tuple[str, float, str]], list[float]]

ESTIMATES: list[Case] = [
    ("Estimates for the 1931 Yangtze floods are around two million deaths.", [], [2000000.0]),
    (
        "Current estimates of the death toll in the quake zone stand at around 1,200.",
        [],
        [1200.0],
    ),
    ("The best estimate is that 3,000 people died in the siege of Ostrel.", [], [3000.0]),
    (
        "HOST: So how many died? GUEST: The number you'll usually hear is eighty thousand dead.",
        [],
        [80000.0],
    ),
    (
        "The WHO's estimate, published on Tuesday, is 6,000 deaths from the heatwave in Europe.",
        [],
        [6000.0],
    ),
    ("Most estimates put the toll of the Tangshan earthquake at about 240,000.", [], [240000.0]),
    (
        "The 1957 flu, which health agencies estimate killed about 116,000 Americans, spread "
        "through schools.",
        [],
        [116000.0],
    ),
    # ...hard negatives: an area, a count that stands, an estimate of something else
    ("Officials estimate the Ridge fire at 4,000 hectares.", [(A, 9884.0, E)], []),
    (
        "The official count stands at 1,200 dead, the civil defence agency said.",
        [(D, 1200.0, E)],
        [],
    ),
    ("The fire has burned an estimated 12,000 acres, Cal Fire said.", [(A, 12000.0, AB)], []),
    (
        "The ministry says 40 people have died in the floods; estimates from aid groups are far "
        "higher.",
        [(D, 40.0, E)],
        [],
    ),
    (
        "Officials said 28 people had died, and estimates of the damage run to $40 million.",
        [(D, 28.0, E)],
        [],
    ),
]


@pytest.mark.parametrize(
    ("text", "wanted", "doubted"), [pytest.param(*c, marks=_known(c[0])) for c in ESTIMATES]
)
def test_an_estimate_that_tells_a_count_of_people_doubts_it(
    enricher, text: str, wanted: list[tuple[str, float, str]], doubted: list[float]
) -> None:  # type: ignore[no-untyped-def]
    assert sorted(asserted(enricher, text)) == sorted(wanted)
    assert hedged(enricher, text) == doubted


DOUBT_CLAUSES: list[Case] = [
    (
        "Hospital sources, whose figures could not be independently checked, said 61 people "
        "had died in the shelling of Marvo on Sunday.",
        [],
        [61.0],
    ),
    (
        "Local journalists' tallies, which Reuters could not verify, put the number of "
        "provincial capitals held by the Taliban at 19 on Friday.",
        [],
        [19.0],
    ),
    (
        "Activists put the death toll from the crackdown in Seravo at 212, a number that "
        "could not be independently confirmed.",
        [],
        [212.0],
    ),
    (
        "KESH (AP) - Five patients infected with the fungus have died, though doctors said it"
        " was not clear the infection killed them.",
        [],
        [5.0],
    ),
    (
        "Eleven residents of the care home have died since the outbreak began, although it is"
        " unclear whether the virus caused their deaths.",
        [],
        [11.0],
    ),
    (
        "The Taliban now hold 23 provincial capitals, according to counts by local reporters "
        "that have not been verified.",
        [],
        [23.0],
    ),
    (
        "09:12 Seven people have been killed in the clashes in Ostrel, according to activists"
        " whose account could not be independently verified.",
        [],
        [7.0],
    ),
    (
        "REPORTER: Opposition monitors, who admit they cannot confirm every name, say 140 "
        "people have died in the crackdown.",
        [],
        [140.0],
    ),
    # ...hard negatives
    (
        "Thirty migrants died when their boat capsized off Kesh, but the coastguard has not "
        "established whether they drowned or died of exposure.",
        [(D, 30.0, E)],
        [],
    ),
    (
        "Officials said 33 miners were killed in the blast at Dravo. Reports that the blast "
        "was caused by sabotage could not be verified.",
        [(D, 33.0, E)],
        [],
    ),
    (
        "The toll, which had been disputed for weeks, now stands at 45 after the coroner "
        "confirmed every death.",
        [(D, 45.0, E)],
        [],
    ),
    (
        "The toll, which officials confirmed on Monday, stands at 45.",
        [(D, 45.0, E)],
        [],
    ),
    (
        "Rescuers, who could not reach the village until Tuesday, said 19 people had died there.",
        [(D, 19.0, E)],
        [],
    ),
    (
        "Nine people have died in the outbreak, but doctors have not determined whether they "
        "had been vaccinated.",
        [(D, 9.0, E)],
        [],
    ),
    (
        "Eleven residents of the home have died, though it is not clear when they were infected.",
        [(D, 11.0, E)],
        [],
    ),
    (
        "Four of the patients died, and doctors confirmed the fungus killed them.",
        [(D, 4.0, E)],
        [],
    ),
    (
        "Health officials, who briefed reporters on Monday, said 28 people had died in the "
        "floods in Tarsa.",
        [(D, 28.0, E)],
        [],
    ),
    (
        "Police said 12 people died in the warehouse fire in Pella, though it was not clear "
        "what started the blaze.",
        [(D, 12.0, E)],
        [],
    ),
    (
        "Five patients infected with the fungus have died, and doctors said it was not clear "
        "how the fungus reached the ward.",
        [(D, 5.0, E)],
        [],
    ),
]


@pytest.mark.parametrize(
    ("text", "wanted", "doubted"), [pytest.param(*c, marks=_known(c[0])) for c in DOUBT_CLAUSES]
)
def test_a_clause_that_doubts_the_teller_or_the_cause_hedges_the_count(
    enricher, text: str, wanted: list[tuple[str, float, str]], doubted: list[float]
) -> None:  # type: ignore[no-untyped-def]
    assert sorted(asserted(enricher, text)) == sorted(wanted)
    assert hedged(enricher, text) == doubted


RIVALS: list[Case] = [
    (
        "LIVE: The army says 31 soldiers were killed in the ambush near Tarsa, the rebels say 80.",
        [],
        [31.0],
    ),
    (
        "Seravo clashes: organisers say 30 protesters were killed, police say 9.",
        [],
        [30.0],
    ),
    (
        "The rebels claim to have killed 200 soldiers, a figure the army denies.",
        [],
        [200.0],
    ),
    (
        "Police say 14 people died in the clashes in Seravo, hospital staff say 22.",
        [],
        [14.0],
    ),
    (
        "The Taliban say they hold 20 provincial capitals. The government in Kabul says it "
        "has lost only 12.",
        [],
        [20.0],
    ),
    (
        "Taliban spokesmen claimed 25 provincial capitals on Friday, a figure the government "
        "in Kabul disputed.",
        [],
        [25.0],
    ),
    (
        "Taliban Claim All 34 Provincial Capitals After Taking Panjshir\nResistance commanders"
        " said they were still fighting in the valley on Monday.",
        [],
        [34.0],
    ),
    (
        "The Taliban say they have taken 30 provincial capitals. Government officials deny "
        "this and say the army still holds several of them.",
        [],
        [30.0],
    ),
    (
        "Organisers say 30 protesters were killed in Kesh; the interior ministry says nine.",
        [],
        [30.0],
    ),
    # ...hard negatives
    (
        "Police say 14 people died in the clashes in Seravo, officials said on Monday.",
        [(D, 14.0, E)],
        [],
    ),
    (
        "Police say 14 people died in the clashes, hospital staff say 22 were injured.",
        [(D, 14.0, E)],
        [],
    ),
    (
        "The ministry says 40 people have died in the floods, the Red Cross says the same.",
        [(D, 40.0, E)],
        [],
    ),
    (
        "Police said 14 people died in the clashes, and hospital staff said 22 were injured.",
        [(D, 14.0, E)],
        [],
    ),
    (
        "The ministry said 40 people died in the floods, and the Red Cross confirmed the figure.",
        [(D, 40.0, E)],
        [],
    ),
    (
        "The Taliban say they hold 20 provincial capitals. The government in Kabul says the "
        "militants have also taken two district centres.",
        [("cities_captured", 2.0, E), (P, 20.0, E)],
        [],
    ),
]


@pytest.mark.parametrize(
    ("text", "wanted", "doubted"), [pytest.param(*c, marks=_known(c[0])) for c in RIVALS]
)
def test_rival_tellers_spliced_by_a_comma_or_a_fight_going_on_hedge_the_count(
    enricher, text: str, wanted: list[tuple[str, float, str]], doubted: list[float]
) -> None:  # type: ignore[no-untyped-def]
    assert sorted(asserted(enricher, text)) == sorted(wanted)
    assert hedged(enricher, text) == doubted


BURIED: list[Case] = [
    (
        "An avalanche on the Tarsa pass buried 12 trekkers on Tuesday; rescuers say there is "
        "little hope of finding them alive.",
        [],
        [12.0],
    ),
    (
        "Some 300 miners were buried when the main shaft at Dravo collapsed on Friday, the "
        "company said. Hopes of reaching them are fading.",
        [],
        [300.0],
    ),
    (
        "The quake brought down a school in Pella, burying 80 pupils, state television "
        "reported. Rescuers said the chances of finding survivors were slim.",
        [],
        [80.0],
    ),
    (
        "RADIO: The mudslide buried 33 workers at the quarry in Vesk; all are presumed dead.",
        [],
        [33.0],
    ),
    # ...hard negatives
    (
        "It is 1966. The slag heap above the village of Marro gives way, and 61 people are buried.",
        [(D, 61.0, E)],
        [],
    ),
    (
        "The landslide buried 45 villagers in Kesh; rescuers have pulled 20 of them out alive"
        " and hope to reach the rest by night.",
        [(D, 45.0, E)],
        [],
    ),
    (
        "Villagers in Kesh buried 30 victims of the flood on Sunday.",
        [(D, 30.0, E)],
        [],
    ),
    (
        "The avalanche killed 12 trekkers and buried the mountain hut, police said.",
        [(D, 12.0, E)],
        [],
    ),
    (
        "Families in Ostrel buried 19 people killed in the blast at the depot.",
        [(D, 19.0, E)],
        [],
    ),
    (
        "Rescuers have recovered 41 bodies from the mud that buried the village of Malin.",
        [(D, 41.0, E)],
        [],
    ),
]


@pytest.mark.parametrize(
    ("text", "wanted", "doubted"), [pytest.param(*c, marks=_known(c[0])) for c in BURIED]
)
def test_people_buried_by_the_disaster_are_presumed_dead(
    enricher, text: str, wanted: list[tuple[str, float, str]], doubted: list[float]
) -> None:  # type: ignore[no-untyped-def]
    assert sorted(asserted(enricher, text)) == sorted(wanted)
    assert hedged(enricher, text) == doubted


# the kinds again, in other voices, with attribution alone and doubt of another thing
OTHER_VOICES: list[Case] = [
    (
        "Opposition figures, which the BBC has been unable to verify, say 56 protesters have "
        "been killed in Dhaka since Friday.",
        [],
        [56.0],
    ),
    (
        "The ministry's own count, which officials declined to confirm on the record, puts "
        "the death toll from the floods at 150.",
        [],
        [150.0],
    ),
    (
        "Estimates from the regional health office put deaths from the heatwave at about 2,300.",
        [],
        [2300.0],
    ),
    (
        "Dengue has killed 48 people in Tarsa this year, although health officials say it is "
        "not yet clear whether the virus caused all of their deaths.",
        [],
        [48.0],
    ),
    (
        "The army says 12 soldiers died in the raid, the militants say 40.",
        [],
        [12.0],
    ),
    (
        "Historians' best estimate is that about 7,000 people died in the great fire.",
        [],
        [7000.0],
    ),
    # ...hard negatives
    (
        "The group claims 34 provincial capitals, according to a Taliban spokesman.",
        [(P, 34.0, E)],
        [],
    ),
    (
        "Officials said 56 protesters had been killed, citing hospital records that were "
        "checked by the ministry.",
        [(D, 56.0, E)],
        [],
    ),
    (
        "The health ministry, which updates its figures every evening, said 48 people had "
        "died of dengue this year.",
        [(D, 48.0, E)],
        [],
    ),
    (
        "At least 20 people died in the blast, officials said, though it was not immediately "
        "clear who was behind it.",
        [(D, 20.0, "at_least")],
        [],
    ),
    (
        "The army says 12 soldiers died in the raid, the defence minister says, and six more "
        "were wounded.",
        [(D, 12.0, E)],
        [],
    ),
    (
        "Reportedly, 19 people have died in the flooding, police said.",
        [(D, 19.0, E)],
        [],
    ),
    (
        "Firefighters estimate the blaze has burned 3,200 acres.",
        [(A, 3200.0, E)],
        [],
    ),
    (
        "Police said 14 people died, the first deaths in the protests, which began a week ago.",
        [(D, 14.0, E)],
        [],
    ),
]


@pytest.mark.parametrize(
    ("text", "wanted", "doubted"), [pytest.param(*c, marks=_known(c[0])) for c in OTHER_VOICES]
)
def test_the_kinds_in_other_voices(
    enricher, text: str, wanted: list[tuple[str, float, str]], doubted: list[float]
) -> None:  # type: ignore[no-untyped-def]
    assert sorted(asserted(enricher, text)) == sorted(wanted)
    assert hedged(enricher, text) == doubted


RIVALS_APART: list[Case] = [
    (
        "The ministry says 40 people have died in the floods in Tarsa. The Red Cross says 52 "
        "people have died.",
        [],
        [40.0, 52.0],
    ),
    (
        "Rebel commanders say they now hold 14 towns in the north. The army says the rebels "
        "hold only eight towns.",
        [],
        [8.0, 14.0],
    ),
    (
        "Police put the death toll at 12. Hospital officials, however, say 19 people have died.",
        [],
        [12.0, 19.0],
    ),
    (
        "The Taliban say they have captured 20 provincial capitals. Afghan officials say 16 "
        "provincial capitals have fallen.",
        [],
        [16.0, 20.0],
    ),
    (
        "Organisers say 300 protesters were killed. The government says 41 people died.",
        [],
        [41.0, 300.0],
    ),
    # ...hard negatives
    (
        "Police say 14 people died in the clashes. Hospital staff say 14 bodies were brought in.",
        [(D, 14.0, E)],
        [],
    ),
    (
        "The ministry says 40 people have died in the floods. Local officials say 12 of the "
        "dead were children.",
        [(D, 40.0, E)],
        [],
    ),
    (
        "Police say 14 people died in the clashes. Organisers say three people died in a "
        "separate protest in the capital.",
        [(D, 3.0, E), (D, 14.0, E)],
        [],
    ),
    (
        "The agency says the fire has burned 5,000 acres. Firefighters say the Ridge fire "
        "nearby has burned 800 acres.",
        [(A, 800.0, E), (A, 5000.0, E)],
        [],
    ),
    (
        "Police said 12 people had died by Monday morning. By Tuesday hospital officials said"
        " 19 people had died.",
        [(D, 19.0, E)],
        [],
    ),
    (
        "The ministry says 40 people have died in the floods in Tarsa. The Red Cross says 52 "
        "people have been injured.",
        [(D, 40.0, E)],
        [],
    ),
    (
        "The ministry says 40 people have died in the floods in Tarsa. In neighbouring Kesh, "
        "officials say 12 people have died.",
        [(D, 12.0, E), (D, 40.0, E)],
        [],
    ),
    (
        "The ministry says 40 people have died in the floods. The Red Cross confirms 40 deaths.",
        [(D, 40.0, E)],
        [],
    ),
]


@pytest.mark.parametrize(
    ("text", "wanted", "doubted"), [pytest.param(*c, marks=_known(c[0])) for c in RIVALS_APART]
)
def test_rival_tellers_in_consecutive_sentences_hedge_both(
    enricher, text: str, wanted: list[tuple[str, float, str]], doubted: list[float]
) -> None:  # type: ignore[no-untyped-def]
    assert sorted(asserted(enricher, text)) == sorted(wanted)
    assert hedged(enricher, text) == doubted
