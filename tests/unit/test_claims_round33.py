"""Claims of round thirty-three, from kinds that recur on text nobody had read (dev41 and
dev42, opened this round, and the older dev sets' errors of the same kind). Each kind was
tried on fresh wording before any rule; every passage is written for these tests, about
made-up or real places.

A storm's category that changes inside the passage: the older one is recap, the newer the
storm's state. A state a verb of change moved the subject to, in a description set off on
it ("Cyclone X, downgraded to Category 1 from Category 4 earlier in the week, lashed ...",
"Bret, upgraded to Category 3 late on Tuesday, is bearing down on ..."), holds until the
passage tells another, whatever its day: before, the description's "earlier" or its day
made it recap, and the verb of revising then took the "from" value for the current one.
And a state a verb of change reached is older when a later move of its own moves it on
(", then weakened to a Category 3", "and then slipped to"), as a state told with another
verb already was. Hard negatives: a storm that strengthens and stays, a forecast of a later
category, a move an "after" clause sets first ("exploded into a Category 5, a day after it
first became a Category 1"), a state held then ("a Category 2 when it passed Socorro"),
and a state the news itself moves on ("and has since been downgraded to a tropical storm").

A figure after "but" or "except" that a word of all sets apart ("every important town in
the state but one", "all the provincial capitals but two", "every town along the river
except three") is the exception, no count: before, it was read as the count of captures.
With a whole, "all but one of the 34" is still the rest (33). Hard negatives: "all 12 towns
... but lost one", "all 40 passengers were killed except two who ...", and "but" opening
a clause of its own ("every village was evacuated, but 40 people died").

Rival tellers in consecutive sentences (round 31) also when the second gives its figure as
a bound ("claimed the number was more than 100") or in the past perfect of reported speech
("said at least 135 people had died"): before, "more" and "had" were taken for words of a
later count or an earlier report. And "put the toll ... at 56" is undated: the figure, which
the model may tag as a time, is never its own time. Hard negatives: a later figure of the
same teller, a part ("12 of them"), another place, the same figure, another fate
("treated for burns"), an earlier report ("Initial reports had put the toll at 25"), and
a count the second teller says "had risen" (a later count).

Survivors counted beside the dead ("Officials have confirmed 155 dead and 12 survivors")
are a fate of their own, no toll: a noun of doers read as persons befallen by the verb or
the dead beside them is not one that names another fate. Before, "survivors", ending like
"traders", was read as the dead. Hard negatives: the other fates already read apart
("wounded", "rescued", "missing", "recoveries"), and the dead of two places.

A time after "after" ("came ashore shortly after midnight as a Category 2 storm", "just
after dawn", "after 3 a.m.") is the news's own time, not an earlier act, though the parser
hangs the state on it: before, the category was read as the state before the news (recap).
Hard negatives: "after tearing through the islands as a Category 3", "after making
landfall as a Category 4".

A "when" clause right after an older value ("rated it a Category 4, down from Category 5
when it struck the Marianas last week", "up from three deaths when the recall was expanded
in late July") dates that older value, not the current one, wherever the parser hangs it
(often on the main verb): before, its day made the current value recap too. Hard
negatives: a "when" clause of the main verb alone, and one set off after its own comma.

The amount a counted thing grew by, told as the object of its verb of growth ("the fire
grew just 60 acres on Sunday", "The blaze added roughly 30,000 acres overnight", "the
death toll rose 12 overnight to 97"), is the change, as "grew by 4,000 acres" already was:
before, it was read as the area or the toll. The subject must be the counted thing (a word
of a metric's context, a count noun), so a teller adding to a count is not read so. Hard
negatives: "has burned 9,000 acres", "grew to 12,500 acres", "Health officials added 12
deaths to the national tally".

A taker's count of captures told after a sentence saying the fighting goes on in the
place ("The Government said its troops were still fighting inside the town. The rebels
claim to hold nine towns") is contested (hedged), as one the next sentence answers so
already was (round 28): the account may come before the count. Hard negatives: fighting
elsewhere ("in the hills"), a toll after such a sentence, a capture told as fact.

A plural noun in "-men" of a trade or a force ("killing 19 airmen", "Seven firemen
died", "killed nine servicemen") names persons a verb of dying counts, as the agent
suffixes "-er", "-ist", "-ian" already did: before, only the few listed ("fishermen",
"policemen", "crewmen") were. Hard negatives: gunmen killed (an armed side), policemen
wounded, fishermen pulled alive, lifeboatmen rescuing others.

A part "of the cases" that a verb of confirming takes as its subject ("Nine of the cases
were confirmed in the laboratory", "12 of the cases have been confirmed") is the count of
confirmed cases, as ", 12 of them confirmed" already was: before, it was read as a part of
the (suspected) count, no claim. Hard negatives: a part that is something else ("were
children", "were linked to a wedding"), a part of the dead.

A storm's peak told in a relative clause on the subject of other news ("Cyclone Honde,
which peaked as a Category 3 storm off the coast, brought floods ...") is a state left,
recap, whatever the main verb (settled in round 33: the writers label it so in five sets of
six; round 27 read it as current unless the main verb eased the storm). Hard negatives: the
peak told as the news, a present relative clause, a newer category beside the peak.
"""

from __future__ import annotations

from functools import partial

import pytest
from claim_readings import claims, known_wrong

D, C, A, T = "death_toll", "confirmed_cases", "acres_burned", "cities_captured"
P, H = "provincial_capitals_captured", "hurricane_category"

# passages still read wrong, by their opening characters (strict xfail)
KNOWN_WRONG = [
    # "once a Category 5" beside the day's landfall: the landfall's category is read recap
    "The storm, once a Category 5, came ashore",
    # "later weakened" hangs on the "as" clause, so the later move is not seen as the verb's
    "Hurricane Beryl strengthened to a Category 4 as it approached",
    # "then fell back" is parsed loose ("dep") and its past day makes it recap
    "Hurricane Ona grew to a Category 5",
    # rival tellers: a relative clause "since June" reads as a later count; a denier's own
    # figure ("a figure the ministry denied, saying the national toll stood at 12") is read
    # as a rival ("acknowledges the loss of only four" has its teller since round 37)
    "LIVE 14:05 The interior ministry said nine",
    "A lawmaker from Kesh said on Monday that 50",
    # "grew 1,200 acres since Monday": the change is read as an older area (recap)
    "UPDATE 9 a.m.: The Pine Hollow fire grew 1,200 acres",
    # "11 of them have been confirmed" after a semicolon: the part of a pronoun is not read
    "Officials are investigating 25 suspected measles cases",
]
_known = partial(known_wrong, wrong=KNOWN_WRONG)

# (passage, every claim read, as (metric, value, modality))
Case = tuple[str, list[tuple[str, float, str]]]


def every(enricher, text: str) -> list[tuple[str, float, str]]:  # type: ignore[no-untyped-def]
    return sorted((c[0], c[1], c[3]) for c in claims(enricher, text))


STATES: list[Case] = [
    # a state the news moves on, in the same sentence or the next
    (
        "Hurricane Tam weakened to a Category 1 earlier on Monday and has since been "
        "downgraded to a tropical storm.",
        [(H, 1.0, "recap")],
    ),
    (
        "Hurricane Tam weakened to a Category 1 earlier on Monday. It is now a tropical storm.",
        [(H, 1.0, "recap")],
    ),
    (
        "Typhoon Lan, downgraded to a Category 2 earlier in the week, strengthened again to a "
        "Category 4 on Thursday.",
        [(H, 2.0, "recap"), (H, 4.0, "asserted")],
    ),
    # category change inside passage: older recap, newer asserted
    (
        "Typhoon Mawar, downgraded to a Category 2 from Category 5 over the weekend, brushed "
        "Okinawa on Tuesday.",
        [(H, 2.0, "asserted"), (H, 5.0, "recap")],
    ),
    (
        "Hurricane Lena weakened to a Category 2 on Wednesday after reaching Category 4 "
        "strength off Bermuda on Monday.",
        [(H, 2.0, "asserted"), (H, 4.0, "recap")],
    ),
    (
        "Cyclone Tavi intensified to a Category 5 early on Sunday, then dropped to a Category "
        "3 by evening as it neared the coast.",
        [(H, 3.0, "asserted"), (H, 5.0, "recap")],
    ),
    (
        "MIAMI (AP) -- Forecasters now rate Hurricane Osric a Category 2, down from a "
        "Category 4 on Monday.",
        [(H, 2.0, "asserted"), (H, 4.0, "recap")],
    ),
    (
        "The storm, once a Category 5, came ashore near Tampico on Thursday as a Category 3.",
        [(H, 3.0, "asserted"), (H, 5.0, "recap")],
    ),
    (
        "Cyclone Ira was downgraded from Category 4 to Category 2 on Tuesday.",
        [(H, 2.0, "asserted"), (H, 4.0, "recap")],
    ),
    (
        "11:40 NHC: Kiko now a Category 1, down from a Category 3 this morning.",
        [(H, 1.0, "asserted"), (H, 3.0, "recap")],
    ),
    (
        "Typhoon Selu, which had been a Category 4 at its height, weakened to a Category 1 "
        "before landfall in Luzon on Tuesday.",
        [(H, 1.0, "asserted"), (H, 4.0, "recap")],
    ),
    # hard negatives
    (
        "Hurricane Paolo strengthened to a Category 4 on Tuesday.",
        [(H, 4.0, "asserted")],
    ),
    (
        "Hurricane Paolo strengthened to a Category 4 on Tuesday and is forecast to reach "
        "Category 5 by Thursday.",
        [(H, 4.0, "asserted"), (H, 5.0, "forecast")],
    ),
    (
        "Cyclone Ari made landfall in Queensland as a Category 3 on Monday.",
        [(H, 3.0, "asserted")],
    ),
    (
        "Typhoon Neru, a Category 4, is moving toward Taiwan.",
        [(H, 4.0, "asserted")],
    ),
    (
        "Typhoon Haikui, upgraded to a Category 3 on Sunday, weakened to a Category 1 before "
        "making landfall in Taiwan on Monday.",
        [(H, 3.0, "recap"), (H, 1.0, "asserted")],
    ),
    (
        "Hurricane Idalia, upgraded to Category 4 earlier on Wednesday, made landfall at "
        "Keaton Beach as a Category 3.",
        [(H, 4.0, "recap"), (H, 3.0, "asserted")],
    ),
    (
        "Tropical Cyclone Gita, upgraded to a Category 4 on Monday, is bearing down on Tonga.",
        [(H, 4.0, "asserted")],
    ),
    (
        "Cyclone Seroja, downgraded to a Category 1 earlier in the week, dumped heavy rain on "
        "Timor on Thursday.",
        [(H, 1.0, "asserted")],
    ),
    (
        "Hurricane Bud, a Category 2 when it passed Socorro on Monday, is forecast to weaken "
        "further.",
        [(H, 2.0, "recap")],
    ),
    (
        "Typhoon Koinu strengthened to a Category 4 on Tuesday, then weakened to a Category 2 "
        "as it neared Taiwan on Wednesday.",
        [(H, 4.0, "recap"), (H, 2.0, "asserted")],
    ),
    (
        "Hurricane Lee grew to a Category 5 in a single day and then slipped to a Category 3.",
        [(H, 5.0, "recap"), (H, 3.0, "asserted")],
    ),
    (
        "Cyclone Ilsa intensified into a Category 5 before landfall and weakened to a "
        "Category 1 by evening, the bureau said.",
        [(H, 5.0, "recap"), (H, 1.0, "asserted")],
    ),
    (
        "Typhoon Saola intensified into a Category 5 on Tuesday, two days after it first "
        "became a Category 1 east of Luzon.",
        [(H, 5.0, "asserted"), (H, 1.0, "recap")],
    ),
    (
        "Hurricane Beryl strengthened to a Category 4 as it approached Grenada and later "
        "weakened to a Category 3.",
        [(H, 4.0, "recap"), (H, 3.0, "asserted")],
    ),
    # more fresh wording
    (
        "Typhoon Kalo, downgraded to a Category 2 from a Category 4 on Monday, hit Hainan on "
        "Wednesday.",
        [(H, 2.0, "asserted"), (H, 4.0, "recap")],
    ),
    (
        "Hurricane Bret, upgraded to Category 3 from Category 1 late on Tuesday, is bearing "
        "down on Jamaica.",
        [(H, 3.0, "asserted"), (H, 1.0, "recap")],
    ),
    (
        "Hurricane Ona grew to a Category 5 on Sunday night as it crossed the Gulf, then fell "
        "back to a Category 4 by Monday afternoon.",
        [(H, 4.0, "asserted"), (H, 5.0, "recap")],
    ),
    (
        "The hurricane center rated Gil a Category 2 at landfall, down from Category 3 when "
        "it passed Cozumel on Monday.",
        [(H, 2.0, "asserted"), (H, 3.0, "recap")],
    ),
    (
        "Typhoon Rai, a Category 3 now, was a Category 5 when it crossed Palau two days ago.",
        [(H, 3.0, "asserted"), (H, 5.0, "recap")],
    ),
    (
        "Cyclone Freddy, which peaked as a Category 5 storm in February, killed more than 400 "
        "people in Malawi.",
        [(H, 5.0, "recap"), (D, 400.0, "asserted")],
    ),
    (
        "Hurricane Lidia, which reached Category 4 strength before landfall, has weakened "
        "over the mountains of Jalisco.",
        [(H, 4.0, "recap")],
    ),
]


@pytest.mark.parametrize(("text", "wanted"), [pytest.param(*c, marks=_known(c[0])) for c in STATES])
def test_a_storms_older_category_is_recap_and_its_newer_its_state(
    enricher, text: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert every(enricher, text) == sorted(wanted)


EXCEPTIONS: list[Case] = [
    # (hard negatives: "but" opening a clause of its own)
    (
        "Every village in the valley was evacuated, but 40 people died in the floods.",
        [(D, 40.0, "asserted")],
    ),
    (
        "All roads were closed but 12 people were killed on the coast road.",
        [(D, 12.0, "asserted")],
    ),
    (
        "The rebels now hold every important town in the state but one.",
        [],
    ),
    (
        "The insurgents hold all the provincial capitals but two.",
        [],
    ),
    (
        "The militia has taken every town along the river except three.",
        [],
    ),
    (
        "Government troops have lost all but two of the northern towns.",
        [],
    ),
    (
        "The Taliban control all but five provincial capitals.",
        [],
    ),
    (
        "The rebels said they had seized every garrison town in the north but two, a claim "
        "the army denied.",
        [],
    ),
    # hard negatives
    (
        "The Taliban, who captured all but one of the country's 34 provincial capitals in under "
        "two weeks, gave a press briefing.",
        # (33, told as the background of other news: recap since round 37, as dev27 labels
        # such a clause)
        [(P, 33.0, "recap")],
    ),
    (
        "The rebels took all 12 towns in the valley but lost one on Friday.",
        [(T, 12.0, "asserted")],
    ),
    (
        "All 40 passengers were killed except two who were pulled from the river.",
        [(D, 40.0, "asserted")],
    ),
]


@pytest.mark.parametrize(
    ("text", "wanted"), [pytest.param(*c, marks=_known(c[0])) for c in EXCEPTIONS]
)
def test_the_exception_to_all_is_no_count(
    enricher, text: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert every(enricher, text) == sorted(wanted)


RIVALS: list[Case] = [
    (
        "The army said 12 soldiers were killed. The rebels said they had killed more than 40 "
        "soldiers.",
        [(D, 12.0, "hedged"), (D, 40.0, "hedged")],
    ),
    # (hard negatives: a count another teller says had risen is a later count)
    (
        "The ministry said 40 people had died. The Red Cross said the toll had risen to 52.",
        [(D, 40.0, "recap"), (D, 52.0, "asserted")],
    ),
    (
        "The ministry said 40 people had died. The Red Cross said the number of dead had "
        "climbed to 52.",
        [(D, 40.0, "recap"), (D, 52.0, "asserted")],
    ),
    # two tellers' figures in consecutive sentences, neither taken: both hedged
    (
        "Police put the number of dead at 31. Opposition leaders said at least 80 protesters "
        "had been killed.",
        [(D, 31.0, "hedged"), (D, 80.0, "hedged")],
    ),
    (
        "The army says 12 soldiers died in the ambush near Kesh. The insurgents claimed the "
        "number was more than 40.",
        [(D, 12.0, "hedged"), (D, 40.0, "hedged")],
    ),
    (
        "LIVE 14:05 The interior ministry said nine people had been killed. 14:20 Local "
        "activists, who have tracked the protests since June, said the toll was more than 30.",
        [(D, 9.0, "hedged"), (D, 30.0, "hedged")],
    ),
    (
        "The rebels say they now hold 14 towns in the province. The army acknowledges the "
        "loss of only four.",
        [(T, 14.0, "hedged"), (T, 4.0, "hedged")],
    ),
    (
        "Authorities said 17 people had died in the stampede at the Dravo shrine. Survivors "
        "told reporters at least 40 people had been crushed to death.",
        [(D, 17.0, "hedged"), (D, 40.0, "hedged")],
    ),
    # hard negatives: the same teller later, a part, a denial with its own figure, another
    # place, the same figure, another fate, an earlier report
    (
        "Police said 14 people had died. Police later raised the toll to 19.",
        [(D, 14.0, "recap"), (D, 19.0, "asserted")],
    ),
    (
        "The health ministry said 40 people had died. The Red Cross said 12 of them were children.",
        [(D, 40.0, "asserted")],
    ),
    (
        "A lawmaker from Kesh said on Monday that 50 people had died in the city, a figure "
        "the health ministry denied, saying the national toll stood at 12.",
        [(D, 50.0, "negated"), (D, 12.0, "asserted")],
    ),
    (
        "The ministry said 30 people had died across the country. In Tarsa, officials said 11 "
        "people had died.",
        [(D, 30.0, "asserted"), (D, 11.0, "asserted")],
    ),
    (
        "Officials said 22 people had died in the floods. The Red Cross said 22 people had "
        "been killed.",
        [(D, 22.0, "asserted")],
    ),
    (
        "The army said 12 soldiers had died. Hospital officials said more than 30 people had "
        "been injured.",
        [(D, 12.0, "asserted")],
    ),
    (
        "The ministry said 40 people had died. Initial reports had put the toll at 25.",
        [(D, 40.0, "asserted"), (D, 25.0, "recap")],
    ),
    (
        "Police said 14 people had died in the blaze. Hospital officials said more than 20 "
        "people had been treated for burns.",
        [(D, 14.0, "asserted")],
    ),
    (
        "Kesh's governor put the toll from the ferry sinking at 44. A survivors' association, "
        "citing families, said at least 90 passengers had drowned.",
        [(D, 44.0, "hedged"), (D, 90.0, "hedged")],
    ),
]


@pytest.mark.parametrize(("text", "wanted"), [pytest.param(*c, marks=_known(c[0])) for c in RIVALS])
def test_two_tellers_figures_in_consecutive_sentences_are_hedged(
    enricher, text: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert every(enricher, text) == sorted(wanted)


OTHER_FATES_BESIDE: list[Case] = [
    (
        "Officials have confirmed 155 dead and 12 survivors.",
        [(D, 155.0, "asserted")],
    ),
    (
        "Rescuers found 30 dead and 14 survivors in the wreckage of the ferry.",
        [(D, 30.0, "asserted")],
    ),
    (
        "The coast guard reported 12 dead and 40 rescued after the boat capsized off Kesh.",
        [(D, 12.0, "asserted")],
    ),
    (
        "Police counted 8 dead and 26 wounded in the attack on the market in Tarsa.",
        [(D, 8.0, "asserted")],
    ),
    (
        "The final tally: 64 dead, 210 injured and 15 missing.",
        [(D, 64.0, "asserted")],
    ),
    (
        "The ministry confirmed 22 deaths and 5 recoveries in the district.",
        [(D, 22.0, "asserted")],
    ),
    (
        "Authorities said 19 people died and 7 others survived the crash.",
        [(D, 19.0, "asserted")],
    ),
    (
        "Medics recorded 41 fatalities and 90 evacuations from the flooded valley.",
        [(D, 41.0, "asserted")],
    ),
    # hard negatives
    (
        "Officials have confirmed 155 dead and 12 more bodies were found on Monday.",
        [(D, 155.0, "asserted")],
    ),
    (
        "The quake left 43 dead in Kesh and 12 dead in Tarsa.",
        [(D, 43.0, "asserted"), (D, 12.0, "asserted")],
    ),
]


@pytest.mark.parametrize(
    ("text", "wanted"), [pytest.param(*c, marks=_known(c[0])) for c in OTHER_FATES_BESIDE]
)
def test_a_count_of_another_fate_beside_the_dead_is_no_toll(
    enricher, text: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert every(enricher, text) == sorted(wanted)


AFTER_A_TIME: list[Case] = [
    (
        "Hurricane Ula came ashore near Kesh shortly after midnight as a Category 2 storm, "
        "toppling trees across the province.",
        [(H, 2.0, "asserted")],
    ),
    (
        "Cyclone Garra crossed the coast just after dawn as a Category 3 system, the bureau said.",
        [(H, 3.0, "asserted")],
    ),
    (
        "Typhoon Ramil made landfall after 3 a.m. as a Category 4 near the port of Tarsa.",
        [(H, 4.0, "asserted")],
    ),
    (
        "Hurricane Nell hit Dravo soon after noon on Tuesday as a Category 1 hurricane.",
        [(H, 1.0, "asserted")],
    ),
    # hard negatives
    (
        "Hurricane Nell hit Dravo on Tuesday as a Category 1, after tearing through the "
        "islands as a Category 3.",
        [(H, 1.0, "asserted"), (H, 3.0, "recap")],
    ),
    (
        "Typhoon Ramil weakened over land after making landfall as a Category 4 near Tarsa.",
        [(H, 4.0, "recap")],
    ),
]


@pytest.mark.parametrize(
    ("text", "wanted"), [pytest.param(*c, marks=_known(c[0])) for c in AFTER_A_TIME]
)
def test_a_state_after_a_time_is_the_news_own(
    enricher, text: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert every(enricher, text) == sorted(wanted)


OLDER_WITH_WHEN: list[Case] = [
    (
        "Forecasters put Typhoon Noru at Category 3, down from a Category 5 when it crossed "
        "Polillo last week.",
        [(H, 3.0, "asserted"), (H, 5.0, "recap")],
    ),
    (
        "The ministry now counts 48 dead, up from 30 when officials last briefed reporters on "
        "Monday.",
        [(D, 48.0, "asserted"), (D, 30.0, "recap")],
    ),
    (
        "The fire has burned 12,000 acres, up from 4,000 acres when crews arrived on Sunday.",
        [(A, 12000.0, "asserted"), (A, 4000.0, "recap")],
    ),
    (
        "Officials reported 210 confirmed cases, up from 150 as the outbreak spread last week.",
        [(C, 210.0, "asserted"), (C, 150.0, "recap")],
    ),
    # hard negatives
    (
        "The storm weakened to a Category 2 on Monday when it crossed Luzon.",
        [(H, 2.0, "asserted")],
    ),
    (
        "The toll rose to 48 on Friday, up from 30, when rescuers reached the village.",
        [(D, 48.0, "asserted"), (D, 30.0, "recap")],
    ),
]


@pytest.mark.parametrize(
    ("text", "wanted"), [pytest.param(*c, marks=_known(c[0])) for c in OLDER_WITH_WHEN]
)
def test_a_when_clause_after_the_older_value_dates_it_alone(
    enricher, text: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert every(enricher, text) == sorted(wanted)


GROWN_BY: list[Case] = [
    (
        "Crews held the Ridgeback Fire to 4,210 acres; the fire grew just 90 acres on Tuesday.",
        [(A, 4210.0, "asserted")],
    ),
    (
        "The blaze added roughly 30,000 acres overnight as dry winds pushed it toward Kesh.",
        [],
    ),
    (
        "UPDATE 9 a.m.: The Pine Hollow fire grew 1,200 acres since Monday and now covers "
        "15,600 acres.",
        [(A, 15600.0, "asserted")],
    ),
    (
        "The wildfire gained another 5,000 acres on Wednesday, bringing it to 61,000 acres.",
        [(A, 61000.0, "asserted")],
    ),
    (
        "The death toll rose 12 overnight to 97, the ministry said.",
        [(D, 97.0, "asserted")],
    ),
    # hard negatives
    (
        "The fire has burned 9,000 acres, officials said.",
        [(A, 9000.0, "asserted")],
    ),
    (
        "The fire grew to 12,500 acres, officials said.",
        [(A, 12500.0, "asserted")],
    ),
    (
        "Health officials added 12 deaths to the national tally.",
        [(D, 12.0, "asserted")],
    ),
    (
        "The fire has grown by 4,000 acres since Sunday and covers 20,000 acres.",
        [(A, 20000.0, "asserted")],
    ),
]


@pytest.mark.parametrize(
    ("text", "wanted"), [pytest.param(*c, marks=_known(c[0])) for c in GROWN_BY]
)
def test_the_amount_a_thing_grew_by_is_no_count(
    enricher, text: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert every(enricher, text) == sorted(wanted)


FIGHTING_BEFORE: list[Case] = [
    (
        "Rebels said they had taken the port of Kesh on Monday. The army said its units were "
        "still fighting in the town. The rebels say they now control 11 towns in the region.",
        [(T, 11.0, "hedged")],
    ),
    (
        "Insurgents claim to have seized Dravo. Government troops are still fighting inside "
        "the city, a military spokesman said. The insurgents say they hold six towns.",
        [(T, 6.0, "hedged")],
    ),
    (
        "REPORTER: The militia says it took Ostrel overnight. The defence ministry says "
        "fighting is still going on in the town. The militia claims nine towns in all.",
        [(T, 9.0, "hedged")],
    ),
    # hard negatives
    (
        "The rebels took Kesh on Monday. Fighting continues in the hills, the army said. The "
        "rebels now hold 11 towns.",
        [(T, 11.0, "asserted")],
    ),
    (
        "The army said it was still fighting inside Kesh. The ministry said 14 people had "
        "died in the shelling.",
        [(D, 14.0, "asserted")],
    ),
    (
        "The army said it was still fighting inside Kesh. The rebels took their ninth town, "
        "Ostrel, on Thursday.",
        [(T, 9.0, "asserted")],
    ),
]


@pytest.mark.parametrize(
    ("text", "wanted"), [pytest.param(*c, marks=_known(c[0])) for c in FIGHTING_BEFORE]
)
def test_a_takers_count_after_fighting_goes_on_is_hedged(
    enricher, text: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert every(enricher, text) == sorted(wanted)


PERSONS_OF_A_TRADE: list[Case] = [
    (
        "A truck bomb tore through the barracks, killing 19 airmen and wounding some 500 people.",
        [(D, 19.0, "asserted")],
    ),
    (
        "The storm capsized three trawlers off Kesh, and 12 fishermen drowned.",
        [(D, 12.0, "asserted")],
    ),
    (
        "Seven firemen died when the roof of the warehouse collapsed.",
        [(D, 7.0, "asserted")],
    ),
    (
        "Gunmen ambushed a patrol near Tarsa, killing four policemen.",
        [(D, 4.0, "asserted")],
    ),
    (
        "The helicopter crash killed nine servicemen on Tuesday, the ministry said.",
        [(D, 9.0, "asserted")],
    ),
    (
        "Two crewmen were killed when the freighter's boiler exploded.",
        [(D, 2.0, "asserted")],
    ),
    # hard negatives
    (
        "Police said 14 gunmen were killed in the raid.",
        [],
    ),
    (
        "The blast wounded 30 policemen.",
        [],
    ),
    (
        "Rescuers pulled 12 fishermen alive from the sea.",
        [],
    ),
    (
        "Three lifeboatmen pulled 20 passengers from the water off Kesh.",
        [],
    ),
    (
        "The attack killed 11 people, including four linemen repairing power cables.",
        [(D, 11.0, "asserted")],
    ),
]


@pytest.mark.parametrize(
    ("text", "wanted"), [pytest.param(*c, marks=_known(c[0])) for c in PERSONS_OF_A_TRADE]
)
def test_the_men_of_a_trade_are_persons_a_toll_counts(
    enricher, text: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert every(enricher, text) == sorted(wanted)


CONFIRMED_PARTS: list[Case] = [
    (
        "Uganda's health ministry reported 40 suspected cases of anthrax in an eastern "
        "district. Nine of the cases were confirmed in the laboratory.",
        [(C, 9.0, "asserted")],
    ),
    (
        "Officials are investigating 25 suspected measles cases in Kesh; 11 of them have been "
        "confirmed by laboratory tests.",
        [(C, 11.0, "asserted")],
    ),
    (
        "Of the 60 suspected cholera cases reported this week, 14 have been confirmed.",
        [(C, 14.0, "asserted")],
    ),
    (
        "Health officials are tracking 31 suspected cases of mpox in the camp. So far 12 of "
        "the cases have been confirmed by the national laboratory.",
        [(C, 12.0, "asserted")],
    ),
    # hard negatives
    (
        "The ministry has confirmed 80 cases of cholera. Twelve of the cases were children "
        "under five.",
        [(C, 80.0, "asserted")],
    ),
    (
        "Forty people have died in the outbreak. Six of the dead were health workers.",
        [(D, 40.0, "asserted")],
    ),
    (
        "The outbreak has reached 52 cases; 20 of the cases were linked to a wedding in Tarsa.",
        [(C, 52.0, "asserted")],
    ),
]


@pytest.mark.parametrize(
    ("text", "wanted"), [pytest.param(*c, marks=_known(c[0])) for c in CONFIRMED_PARTS]
)
def test_the_part_a_verb_of_confirming_takes_is_the_confirmed_count(
    enricher, text: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    # (the asserted claims: whether a suspected whole is read is another question)
    assert [c for c in every(enricher, text) if c[2] == "asserted"] == sorted(wanted)


PEAKS: list[Case] = [
    (
        "Cyclone Ferro, which peaked as a Category 3 storm off the coast, brought floods to "
        "the Anvil delta; two people died.",
        [(H, 3.0, "recap"), (D, 2.0, "asserted")],
    ),
    (
        "Typhoon Mawin, which peaked as a Category 5 over open water, brushed Okinawa on "
        "Thursday with heavy rain.",
        [(H, 5.0, "recap")],
    ),
    (
        "Hurricane Lenn, which peaked at Category 5 south of the islands, dumped record rain "
        "on Port Arbel.",
        [(H, 5.0, "recap")],
    ),
    # hard negatives
    ("Hurricane Kiro peaked as a Category 4 on Saturday over open water.", [(H, 4.0, "asserted")]),
    (
        "Hurricane Olwen, which is a Category 3 storm, weakened slightly on Monday.",
        [(H, 3.0, "asserted")],
    ),
    (
        "Hurricane Nessa, which peaked as a Category 4 on Tuesday, is now a Category 2 storm.",
        [(H, 2.0, "asserted"), (H, 4.0, "recap")],
    ),
]


@pytest.mark.parametrize(("text", "wanted"), [pytest.param(*c, marks=_known(c[0])) for c in PEAKS])
def test_a_peak_in_a_relative_clause_beside_other_news_is_recap(
    enricher, text: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert every(enricher, text) == sorted(wanted)
