"""Claims of round thirty-four, from kinds that recur on text nobody had read (dev43 and
dev44, opened this round, and the older dev sets' errors of the same kind). Each kind was
tried on fresh wording before any rule; every passage is written for these tests, about
made-up or real places, published on Monday 2024-04-08.

A single death or case told without a numeral ("A firefighter died on Wednesday", "has
killed a child", "a death in California has been reported", "Guinea has confirmed a case of
Marburg", "the only death recorded so far", "the outbreak's only case") is a count of one:
the article, or "only" with "the" or an owner, stands for the number. The article counts only
the subject of dying (not the killer: "a blast killed five"), the object of killing or
reporting, or the passive subject, in a clause of its own (not "an adult who died ... had
measles"), on a noun nothing else counts ("a second patient", "a further death"), also one
a relative clause describes ("A school-age child who was not vaccinated has died": dev7's
m084 had no count until round 34 labelled it as c095, s119 and u123 do). The count is the
story's only where the passage reads it alone: no other figure of that metric in the
passage ("a man died, bringing the toll to 12"; "the third death since the blaze began"), told
as news (not a condition, a forecast or a recap of another event), and in a passage of a
disaster or an outbreak (a word of one, or a figure of another of its metrics), not a raid.
Before, nothing was read: every count needed a numeral. Hard negatives: an addition ("One more
death", "Another patient"), a condition ("a death ... would be the first"), a related
headline's line, a past event's death in a relative clause, a raid's guard, an arrest, an
injury.

Bodies recovered beside a larger toll of the same dead are the part found, not the toll, also
when the toll is told in another sentence ("killed 266 men ... Only 11 bodies were ever
recovered"), as they already were in one sentence; not beside a past event's toll (a recap:
"... since 1992, when a jet crashed near Kathmandu, killing 167"). Hard negatives: bodies
beside a toll only feared (hedged: the bodies are the count), bodies alone, more bodies than
the toll names.

A count of captures the next sentence dismisses as untrue ("The army called the claim
propaganda", "described the report as false", "dismissed the report as propaganda") is
contested (hedged), as one the next sentence denies already was: the dismissal names the
account just told ("the claim", "the report"), not one of another thing ("reports of
looting", "the claim that ..."). Hard negatives: a next sentence of another act, a denial of
another thing, reports of looting called false.

The figure a denier gives in place of the account just told ("A government spokesman denied
that Kabo had fallen and put the number of towns held by the rebels at five", "called the
claim false and put the number ... at four") is the other side's, a rival nobody settles:
hedged, as the denied figure already was. Before, it was read as the count, or as denied
itself. Two tellers' figures told one after the other (rounds 29 to 33) were read so already
in fresh wording ("quoted police as putting the toll at 52"). Hard negatives: a denial of
another thing, a later count, the same figure told again.

The figure after "among" beside a counted part ("76 deaths had been recorded among 222
suspected and confirmed cases", "31 deaths among 1,200 people infected") is the group the
part was found in, never a count of the part's metric: a noun that names the metric itself
("deaths") counts the part, not the group. Before, the group was read as the dead. Hard
negatives: a group of another metric ("killed 4,400 people among 9,000 cases").

A definite figure a clause of doubt compares with is stated ("the real toll may be far higher
than the official 214", "several times the government's figure of 31"), as "the official
figure of 1,700" and "the 9,692 confirmed cases" already were: also a bare figure after
"the" (which the parser may hang apart, the figure its apposition), and a figure with an
owner for "the". The doubt is of the real number, not of the official one. Hard negatives:
a forecast past a bare figure ("may rise above 300", "may soon pass 500"), "could be higher
than 100", a rank ("would be the 11th of the 34").

A report told in the past perfect after the count ("bringing the toll to 14, officials said;
they had earlier put it at 13", "They had earlier said 36 people had died") was read as the
teller's earlier report, no rival, in a commit the lead reverted: dev gained one true claim,
but the unseen test45 two false ones (figures only; nobody read its passages). The passages
stay below, the ones still read wrong as strict xfails.

Persons a "who" clause describes ("Three local men who went up the mountain to fight the
flames have died") are counted by the main verb unless the clause tells a fate persons meet:
only the verbs of objects that count persons (and the fates the metrics exclude) are fates,
not a verb a count of places takes ("go", as in "the sixth capital to go"). Before, "went"
read as such a fate and the dead were not counted. Hard negatives: "miners who were rescued",
"fishermen who had gone missing"; "climbers who had ignored a ban ... were killed" counted.

A time in the phrase a count is compared with ("It has recorded 4,302 cases so far, 122
percent more than in the same period last year", "1,950 cases, three times as many as last
year") is the compared figure's, not the count's: like the older value after "up from", it
no longer makes the count a recap. Hard negatives: a count of its own earlier year.

The "at" of a verb placing a count, which the parser hangs on a noun of the place phrase
between them ("Officials now put the dead in the flooding of the mine at 29"), completes the
placing verb, whose object names the count, when nothing else reads the figure. Before, the
figure was read as nothing. Hard negatives: a placed thing no metric counts ("the damage",
"the number of homes destroyed").

Still wrong (strict xfail below): a noun of persons the rule pack does not list ("pilot",
"skier"); a dying verb joined to another ("was swept away and drowned"); a noun whose relative
clause names another fate ("A firefighter who was injured ... has died"); "the only case ...
died" read as the case but not the death; a single death dated in a past month beside a current
case count is read as recap; a second teller whose verb is one of reporting ("The Associated
Press ... reported 260 deaths") is no teller the rivals rule knows; a toll of a year long past
beside the bodies of it is read as recap; "31 deaths among 1,200 people infected" reads no
count of the infected; "could be double the official 412" (the figure the attribute of "be")
is read as hedged; the earlier figure after "had earlier put it at" is not read; two reported
pasts after "while" are not read as rivals; a count joined after an earlier year's ("and 4,100
so far this year") is read as recap; an older figure after "down from the" with a participle
("the 40 feared") is not read.
"""

from __future__ import annotations

from functools import partial

import pytest
from claim_readings import claims, known_wrong

D, C, A, H = "death_toll", "confirmed_cases", "acres_burned", "hurricane_category"
T = "cities_captured"

# passages still read wrong, by their opening characters (strict xfail)
KNOWN_WRONG = [
    # "pilot", "skier": nouns of persons the rule pack does not list
    "LIVE 10:42 - A pilot was killed",
    "The avalanche above Brenn killed a skier",
    # "was swept away and drowned": the dying verb is a conjunct
    "RADIO: Floodwaters in the Orvan valley",
    # "who was injured": the relative clause's fate vetoes the noun
    "The Pine Hollow fire grew to 9,000 acres overnight. A firefighter",
    # "the district's only confirmed case, a 12-year-old boy, died": the case, not the death
    "Nipah outbreak ends in Kozhikode",
    # "killed 83 men" in 1951 is read as recap beside the bodies (a past event alone)
    "The mine blast at Hale in 1951",
    # "they had earlier put it at 29", "it had previously given a figure of 51": the earlier
    # figure itself is not read
    "Rescuers recovered two more bodies from the collapsed mall",
    "The flood toll in Varn rose to 58 on Monday",
    # a pluperfect report after the count read as current (the reading was reverted)
    "Officials put the toll at 40 on Monday. They had earlier",
    "UPDATE: The fire department now counts 17 dead",
    # two reported pasts after "while": not read as rivals ("later put the toll at 16": read
    # as recap since round 37, test_claims_round37c.py)
    "The ministry said 40 people had died in the floods, while",
    # "1,950 cases in 2022, ... and 4,100 so far this year": the later conjunct read recap
    "The ministry recorded 1,950 cholera cases in 2022",
    # "down from the 40 feared", "down from the 25 first reported": the older figure unread
    "Officials now put the dead in the flooding of the mine",
    "Police now put the toll from the bus crash at 17",
    # "could be double the official 412": the figure the attribute of "be", not read so
    "LIVE: The ministry's own staff say the true count",
    # "among 1,200 people infected": the group is read as no count (not as the cases)
    "There have been 31 deaths among 1,200 people",
    # "The Associated Press ... reported 260 deaths": a teller of "report" is not seen
    "Civil defence said 230 people died in the quake.",
]
_known = partial(known_wrong, wrong=KNOWN_WRONG)

# (passage, every claim read, as (metric, value, modality))
Case = tuple[str, list[tuple[str, float, str]]]


def every(enricher, text: str) -> list[tuple[str, float, str]]:  # type: ignore[no-untyped-def]
    return sorted((c[0], c[1], c[3]) for c in claims(enricher, text, "2024-04-08"))


SINGLES: list[Case] = [
    (
        "PELL, May 3 (wire) - The Larch Creek fire has burned 2,300 acres in the hills above "
        "Pell, and a hiker died on Tuesday when flames overran a trail, the forest service "
        "said.",
        [(A, 2300.0, "asserted"), (D, 1.0, "asserted")],
    ),
    (
        "LIVE 10:42 - A pilot was killed when his water-bomber crashed while fighting the "
        "Kessel fire, the ministry says. The blaze is 40 percent contained.",
        [(D, 1.0, "asserted")],
    ),
    (
        "County health officials reported a death from the listeria outbreak linked to soft "
        "cheese on Monday; 17 people have been sickened in four counties.",
        [(C, 17.0, "asserted"), (D, 1.0, "asserted")],
    ),
    (
        "The cholera outbreak in Varn has killed a child, the health ministry said on Monday,"
        " and 212 cases have been confirmed.",
        [(C, 212.0, "asserted"), (D, 1.0, "asserted")],
    ),
    (
        "Marburg in Tarsa | The ministry said the woman, who died on Sunday, is so far the "
        "only fatality linked to the outbreak.",
        [(D, 1.0, "asserted")],
    ),
    (
        "Nipah outbreak ends in Kozhikode | No new infection was found in 42 days; the "
        "district's only confirmed case, a 12-year-old boy, died in July.",
        [(C, 1.0, "asserted"), (D, 1.0, "asserted")],
    ),
    (
        "Kesh has confirmed a case of Lassa fever in a trader who returned from Kano, the "
        "first in the country this year, officials said on Monday. Contacts are being traced.",
        [(C, 1.0, "asserted")],
    ),
    (
        "RADIO: Floodwaters in the Orvan valley rose again overnight. One woman was swept "
        "away and drowned near the old bridge, police say, and hundreds have left their "
        "homes.",
        [(D, 1.0, "asserted")],
    ),
    (
        "A child who had not been vaccinated died of measles in Corvan on Sunday, the county "
        "health office said; the outbreak there has reached 48 cases.",
        [(D, 1.0, "asserted"), (C, 48.0, "asserted")],
    ),
    (
        "Storm Ilse brought gusts of 140 km/h to the coast on Sunday. A man was killed by a "
        "falling tree in Kestrel, and 40,000 homes lost power.",
        [(D, 1.0, "asserted")],
    ),
    (
        "The Pine Hollow fire grew to 9,000 acres overnight. A firefighter who was injured on"
        " Friday has died in hospital, Cal Fire said.",
        [(A, 9000.0, "asserted"), (D, 1.0, "asserted")],
    ),
    # hard negatives
    (
        "A man died in the Orvan floods on Monday, bringing the toll to 12, civil protection said.",
        [(D, 12.0, "asserted")],
    ),
    (
        "One more death was reported on Monday in the cholera outbreak in Varn, where 300 "
        "cases have been confirmed.",
        [(C, 300.0, "asserted")],
    ),
    (
        "Health officials in Tarsa said a death from the virus would be the first in the country.",
        [(D, 1.0, "conditional")],
    ),
    (
        "The Hale fire has burned 5,000 acres, officials said. It is the largest since the "
        "2019 Rim fire, in which a firefighter died.",
        [(A, 5000.0, "asserted")],
    ),
    (
        "Rebels seized the town of Kabo on Sunday, and a guard was killed when they stormed "
        "the governor's compound, residents said.",
        [],
    ),
    (
        "New Mexico confirmed on Monday that an unvaccinated adult who died in Lea County had"
        " measles; the state's outbreak stands at nine cases.",
        [(C, 9.0, "asserted")],
    ),
    (
        "The Kessel fire has burned 12,000 acres and killed four people. A firefighter died "
        "on Tuesday, officials said.",
        [(A, 12000.0, "asserted"), (D, 4.0, "asserted")],
    ),
    (
        "The fire has burned 3,000 acres near Hale, officials said. A firefighter was injured"
        " on Tuesday.",
        [(A, 3000.0, "asserted")],
    ),
    (
        "Police said a gunman died in the shootout at the Kesh market; six shoppers were killed.",
        [(D, 6.0, "asserted")],
    ),
    # ...more voices: headline | standfirst, radio, live blog
    (
        "Firefighter dies battling Kessel blaze | A volunteer firefighter died on Tuesday "
        "while battling the Kessel fire, which has burned 4,200 acres, officials said.",
        [(A, 4200.0, "asserted"), (D, 1.0, "asserted")],
    ),
    (
        "ANCHOR: The cholera outbreak in the camps around Dara has now claimed a life. "
        "CORRESPONDENT: That's right, a six-year-old boy died overnight at the clinic, and "
        "doctors have confirmed 48 cases.",
        [(C, 48.0, "asserted"), (D, 1.0, "asserted")],
    ),
    (
        "Typhoon Mawar hit the northern islands as a Category 4 storm on Sunday; a fisherman "
        "drowned off Batan, the disaster agency said.",
        [(H, 4.0, "asserted"), (D, 1.0, "asserted")],
    ),
    (
        "Health officials in Kesh have recorded a death from dengue, the first this season, "
        "and 312 infections.",
        [(C, 312.0, "asserted"), (D, 1.0, "asserted")],
    ),
    (
        "UPDATE 14:10 - The Ostrel earthquake left a woman dead in the old town, police said;"
        " dozens of buildings were damaged.",
        [(D, 1.0, "asserted")],
    ),
    (
        "The regional ministry confirmed a case of anthrax in a herder in Sarn province on Monday.",
        [(C, 1.0, "asserted")],
    ),
    (
        "The avalanche above Brenn killed a skier on Saturday, mountain rescue said. Two "
        "others were pulled out alive.",
        [(D, 1.0, "asserted")],
    ),
    (
        "Tarsa Lassa fever update: the outbreak's sole fatality, a nurse, died in February; "
        "14 cases have been confirmed.",
        [(C, 14.0, "asserted"), (D, 1.0, "asserted")],
    ),
    # hard negatives
    (
        "A woman died on Monday in the Kessel fire, the third death since the blaze began.",
        [(D, 3.0, "asserted")],
    ),
    (
        "The floods in Orvan have killed 22 people. On Monday a child was swept away in Hale.",
        [(D, 22.0, "asserted")],
    ),
    (
        "Related: A hiker died in the Alps on Sunday\nThe Larch fire has burned 3,000 acres, "
        "officials said.",
        [(A, 3000.0, "asserted")],
    ),
    (
        "Doctors fear a death is likely if the outbreak spreads to the camps, where 80 cases "
        "have been confirmed.",
        [(C, 80.0, "asserted")],
    ),
    (
        "The fire has burned 3,000 acres. Investigators said a man was arrested on suspicion "
        "of starting it.",
        [(A, 3000.0, "asserted")],
    ),
    (
        "Another patient has died in the Legionnaires' outbreak in Hale, where 31 cases have "
        "been confirmed.",
        [(C, 31.0, "asserted")],
    ),
    (
        "The Kessel fire, which killed a firefighter in 2019, flared again on Monday and has "
        "burned 800 acres.",
        [(A, 800.0, "asserted")],
    ),
    (
        "Rebel fighters stormed Kabo on Sunday and a soldier was killed, the army said.",
        [],
    ),
]


@pytest.mark.parametrize(
    ("text", "wanted"), [pytest.param(*c, marks=_known(c[0])) for c in SINGLES]
)
def test_a_single_death_or_case_without_a_numeral_is_a_count_of_one(
    enricher, text: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert every(enricher, text) == sorted(wanted)


BODIES: list[Case] = [
    (
        "The landslide in the hills above Varn buried 40 homes and killed 31 people, "
        "officials said on Monday. Only 12 bodies have been recovered.",
        [(D, 31.0, "asserted")],
    ),
    (
        "The ferry sank off Kesh with 120 people aboard; officials say 86 died. Divers have "
        "brought up 40 bodies so far.",
        [(D, 86.0, "asserted")],
    ),
    (
        "The mine blast at Hale in 1951 killed 83 men. Only 19 bodies were ever brought to "
        "the surface.",
        [(D, 83.0, "asserted")],
    ),
    (
        "ANCHOR: The toll from the Ostrel building collapse now stands at 57. CORRESPONDENT: "
        "Rescuers pulled 9 more bodies from the rubble overnight and have recovered 44 in "
        "all.",
        [(D, 57.0, "asserted")],
    ),
    # hard negatives
    (
        "Officials fear more than 200 people died when the dam burst above Tarsa. So far 14 "
        "bodies have been recovered.",
        [(D, 200.0, "hedged"), (D, 14.0, "asserted")],
    ),
    (
        "Rescuers have recovered 25 bodies from the rubble of the Kesh market, officials said"
        " on Monday.",
        [(D, 25.0, "asserted")],
    ),
    (
        "The bus plunged into the gorge on Sunday. Police recovered 17 bodies; six people "
        "survived.",
        [(D, 17.0, "asserted")],
    ),
    (
        "The quake killed at least 12 people in Sarn. In a neighbouring valley, 30 bodies "
        "were pulled from a collapsed school.",
        [(D, 12.0, "asserted"), (D, 30.0, "asserted")],
    ),
]


@pytest.mark.parametrize(("text", "wanted"), [pytest.param(*c, marks=_known(c[0])) for c in BODIES])
def test_bodies_beside_a_larger_toll_in_another_sentence_are_no_toll(
    enricher, text: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert every(enricher, text) == sorted(wanted)


DISMISSED: list[Case] = [
    (
        "The militia's commander said on Saturday that his fighters had seized Varn, the "
        "fifth town they have taken since March. The army called the claim propaganda.",
        [(T, 5.0, "hedged")],
    ),
    (
        "The rebels said their fighters had captured Tarsa, the third town to fall this "
        "month. The government described the report as false.",
        [(T, 3.0, "hedged")],
    ),
    (
        "The rebels said their fighters had seized Orvan, the fifth town they have taken this"
        " month. A government spokesman dismissed the report as propaganda.",
        [(T, 5.0, "hedged")],
    ),
    # hard negatives
    (
        "The rebels said they had captured Tarsa, the third town to fall this month. The "
        "government sent reinforcements to the region.",
        [(T, 3.0, "asserted")],
    ),
    (
        "The rebels said they had captured Tarsa, the third town to fall this month. The army"
        " denied reports that civilians had been killed there.",
        [(T, 3.0, "asserted")],
    ),
    (
        "The rebels said they had taken Kesh, their seventh town. The army called reports of "
        "looting in the town false.",
        [(T, 7.0, "asserted")],
    ),
]


@pytest.mark.parametrize(
    ("text", "wanted"), [pytest.param(*c, marks=_known(c[0])) for c in DISMISSED]
)
def test_a_capture_count_the_next_sentence_calls_untrue_is_contested(
    enricher, text: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert every(enricher, text) == sorted(wanted)


DENIERS: list[Case] = [
    (
        "The rebel alliance said on Sunday it had taken Ostrel, bringing to nine the towns "
        "under its control. A government spokesman denied that Ostrel had fallen and put the "
        "number of towns held by the rebels at six.",
        [(T, 9.0, "hedged"), (T, 6.0, "hedged")],
    ),
    (
        "Militia leaders said on Sunday they now control 11 towns in the north. The army "
        "called the claim false and put the number of towns in militia hands at four.",
        [(T, 11.0, "hedged"), (T, 4.0, "hedged")],
    ),
    (
        "RADIO: Insurgents say Hale has fallen, making it the ninth town under their control."
        " The defence ministry denied that Hale had fallen and said the insurgents held six "
        "towns.",
        [(T, 9.0, "hedged"), (T, 6.0, "hedged")],
    ),
    # rival tellers, neither taken (already read so: "quoted ... as putting the toll at")
    (
        "Provincial officials said on Monday that 48 people died when the hillside gave way "
        "above Sarn. State television quoted police as putting the toll at 52.",
        [(D, 48.0, "hedged"), (D, 52.0, "hedged")],
    ),
    (
        "The interior ministry said 31 people were killed in the floods; the Red Crescent put"
        " the figure at 40.",
        [(D, 31.0, "hedged"), (D, 40.0, "hedged")],
    ),
    (
        "Civil defence said 230 people died in the quake. The Associated Press, citing "
        "hospital officials, reported 260 deaths.",
        [(D, 230.0, "hedged"), (D, 260.0, "hedged")],
    ),
    # hard negatives
    (
        "Police said 14 people had died in the warehouse fire. The owners denied any wrongdoing.",
        [(D, 14.0, "asserted")],
    ),
    (
        "Officials said on Monday that 48 people died in the landslide. On Tuesday state "
        "television said the toll had risen to 52.",
        [(D, 48.0, "recap"), (D, 52.0, "asserted")],
    ),
    (
        "Police said 48 people died in the landslide. State television also put the toll at 48.",
        [(D, 48.0, "asserted")],
    ),
]


@pytest.mark.parametrize(
    ("text", "wanted"), [pytest.param(*c, marks=_known(c[0])) for c in DENIERS]
)
def test_a_deniers_own_figure_is_a_rival(
    enricher, text: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert every(enricher, text) == sorted(wanted)


AMONG: list[Case] = [
    (
        "ABUJA - Nigeria's disease control centre said on Monday that 76 deaths had been "
        "recorded among 222 suspected and confirmed yellow fever cases since November.",
        [(D, 76.0, "asserted")],
    ),
    (
        "The ministry has recorded 14 deaths among 310 suspected cholera cases in Dara this month.",
        [(D, 14.0, "asserted")],
    ),
    (
        "Health officials reported 9 deaths among 140 confirmed cases of dengue in Kesh.",
        [(D, 9.0, "asserted"), (C, 140.0, "asserted")],
    ),
    (
        "There have been 31 deaths among 1,200 people infected in the outbreak, the WHO said.",
        [(D, 31.0, "asserted"), (C, 1200.0, "asserted")],
    ),
    # hard negatives: the group of another metric ("4,400 people among 9,000 cases")
    (
        "Of 450 suspected Lassa fever cases recorded this year, 62 have been fatal, the "
        "agency said.",
        [(D, 62.0, "asserted")],
    ),
    (
        "Ebola has now killed more than 2,100 people among close to 4,000 cases in the "
        "region, the WHO said.",
        [(C, 4000.0, "asserted"), (D, 2100.0, "asserted")],
    ),
    (
        "Nine people have died of the disease, among 40 confirmed cases, the ministry said.",
        [(C, 40.0, "asserted"), (D, 9.0, "asserted")],
    ),
]


@pytest.mark.parametrize(("text", "wanted"), [pytest.param(*c, marks=_known(c[0])) for c in AMONG])
def test_the_group_after_among_is_no_count_of_the_part(
    enricher, text: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert every(enricher, text) == sorted(wanted)


OFFICIAL: list[Case] = [
    (
        "Aid groups in Kesh say the real toll from the floods may be far higher than the "
        "official 214.",
        [(D, 214.0, "asserted")],
    ),
    (
        "The true number of deaths is likely much higher than the 57 confirmed by the health "
        "ministry, doctors in Varn said.",
        [(D, 57.0, "asserted")],
    ),
    (
        "Doctors fear the cholera toll could be well above the official count of 88.",
        [(D, 88.0, "asserted")],
    ),
    (
        "Local journalists believe the number of dead is several times the government's "
        "figure of 31.",
        [(D, 31.0, "asserted")],
    ),
    # hard negatives
    (
        "The toll may rise above 300, officials warned on Monday.",
        [(D, 300.0, "forecast")],
    ),
    (
        "Officials said the toll could be higher than 100.",
        [(D, 100.0, "hedged")],
    ),
    (
        "Monitors say the number of civilians killed is almost certainly above the UN's 1,200.",
        [(D, 1200.0, "asserted")],
    ),
    (
        "LIVE: The ministry's own staff say the true count of infections could be double the "
        "official 412.",
        [(C, 412.0, "asserted")],
    ),
    # more hard negatives
    (
        "The toll could climb above 150 as rescuers reach remote villages, officials said.",
        [(D, 150.0, "forecast")],
    ),
    (
        "Officials warned the number of cases may soon pass 500.",
        [(C, 500.0, "forecast")],
    ),
]


@pytest.mark.parametrize(
    ("text", "wanted"), [pytest.param(*c, marks=_known(c[0])) for c in OFFICIAL]
)
def test_the_official_figure_a_doubt_compares_with_is_stated(
    enricher, text: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert every(enricher, text) == sorted(wanted)


EARLIER: list[Case] = [
    (
        "Rescuers recovered two more bodies from the collapsed mall in Kesh on Monday, "
        "bringing the toll to 31, officials said; they had earlier put it at 29.",
        [(D, 31.0, "asserted"), (D, 29.0, "recap")],
    ),
    (
        "The flood toll in Varn rose to 58 on Monday, the civil protection agency said; it "
        "had previously given a figure of 51.",
        [(D, 58.0, "asserted"), (D, 51.0, "recap")],
    ),
    (
        "Officials put the toll at 40 on Monday. They had earlier said 36 people had died.",
        [(D, 40.0, "asserted"), (D, 36.0, "recap")],
    ),
    (
        "UPDATE: The fire department now counts 17 dead in the Orvan tower fire. Firefighters"
        " had said on Sunday that 15 people died.",
        [(D, 17.0, "asserted"), (D, 15.0, "recap")],
    ),
    # hard negatives: rivals of the moment, a later count
    (
        "Police say 12 people died in the crush; hospital officials count 14.",
        [(D, 12.0, "hedged"), (D, 14.0, "hedged")],
    ),
    (
        "The ministry said 40 people had died in the floods, while the Red Cross said 52 "
        "people had died.",
        [(D, 40.0, "hedged"), (D, 52.0, "hedged")],
    ),
    (
        "Police said 14 people died in the blaze; they later put the toll at 16.",
        [(D, 14.0, "recap"), (D, 16.0, "asserted")],
    ),
]


@pytest.mark.parametrize(
    ("text", "wanted"), [pytest.param(*c, marks=_known(c[0])) for c in EARLIER]
)
def test_a_report_in_the_past_perfect_is_the_tellers_earlier_one(
    enricher, text: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert every(enricher, text) == sorted(wanted)


WHO_CLAUSES: list[Case] = [
    (
        "A wildfire in the hills above Pell has burned about 6,000 acres. Three local men who"
        " went up the slope to fight the flames have died.",
        [(A, 6000.0, "asserted"), (D, 3.0, "asserted")],
    ),
    (
        "Four volunteers who joined the search for survivors of the Kesh landslide have died,"
        " officials said.",
        [(D, 4.0, "asserted")],
    ),
    (
        "Two firefighters who were battling the Orvan blaze died on Tuesday.",
        [(D, 2.0, "asserted")],
    ),
    (
        "Five villagers who stayed behind when the river burst its banks were killed, police said.",
        [(D, 5.0, "asserted")],
    ),
    # hard negatives: a who clause of another fate
    (
        "Nine miners who were rescued from the Hale pit on Sunday are recovering in hospital.",
        [],
    ),
    (
        "Rescuers reached 12 fishermen who had gone missing off Kesh on Sunday.",
        [],
    ),
    (
        "Six climbers who had ignored a ban on the ascent were killed by the blast.",
        [(D, 6.0, "asserted")],
    ),
]


@pytest.mark.parametrize(
    ("text", "wanted"), [pytest.param(*c, marks=_known(c[0])) for c in WHO_CLAUSES]
)
def test_persons_a_who_clause_describes_are_counted_by_the_main_verb(
    enricher, text: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert every(enricher, text) == sorted(wanted)


COMPARED: list[Case] = [
    (
        "Measles has killed 70 people in Tarsa since January 1, the ministry said. It has "
        "recorded 4,302 cases so far, 122 percent more than in the same period last year.",
        [(D, 70.0, "asserted"), (C, 4302.0, "asserted")],
    ),
    (
        "Measles has killed 70 people in Tarsa since January 1, the ministry said. It has "
        "recorded 4,302 cases so far.",
        [(D, 70.0, "asserted"), (C, 4302.0, "asserted")],
    ),
    (
        "The ministry has recorded 4,302 measles cases so far, 122 percent more than in the "
        "same period last year.",
        [(C, 4302.0, "asserted")],
    ),
    (
        "Cholera has killed 12 people in Varn this year. The ministry has logged 1,950 cases,"
        " three times as many as last year.",
        [(D, 12.0, "asserted"), (C, 1950.0, "asserted")],
    ),
    # hard negatives: the figure's own earlier year (alone, a past count stays asserted)
    (
        "Last year the ministry recorded 3,000 measles cases, more than in any year since 2019.",
        [(C, 3000.0, "asserted")],
    ),
    (
        "The ministry recorded 1,950 cholera cases in 2022, three times as many as in 2021, "
        "and 4,100 so far this year.",
        [(C, 1950.0, "recap"), (C, 4100.0, "asserted")],
    ),
]


@pytest.mark.parametrize(
    ("text", "wanted"), [pytest.param(*c, marks=_known(c[0])) for c in COMPARED]
)
def test_the_time_of_a_compared_figure_is_not_the_counts(
    enricher, text: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert every(enricher, text) == sorted(wanted)


PLACED: list[Case] = [
    (
        "Officials now put the dead in the flooding of the mine at 29, down from the 40 "
        "feared before the men were found.",
        [(D, 29.0, "asserted"), (D, 40.0, "recap")],
    ),
    (
        "Police now put the toll from the bus crash at 17, down from the 25 first reported.",
        [(D, 17.0, "asserted"), (D, 25.0, "recap")],
    ),
    (
        "The agency put the number of dead at 12 on Monday, down from 15.",
        [(D, 12.0, "asserted"), (D, 15.0, "recap")],
    ),
    (
        "Authorities now put the dead in the Kesh landslide at 53, up from 41 on Sunday.",
        [(D, 53.0, "asserted"), (D, 41.0, "recap")],
    ),
    (
        "Rescuers put the toll in the collapse of the Kesh mall at 31 on Monday.",
        [(D, 31.0, "asserted")],
    ),
    (
        "The ministry put the dead in the floods across the northern provinces at 112.",
        [(D, 112.0, "asserted")],
    ),
    # hard negatives: a placed thing no metric counts
    (
        "Officials put the damage in the flooded districts of Varn at 40 million dollars.",
        [],
    ),
    (
        "Officials put the number of homes destroyed in the fire at 300.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "wanted"), [pytest.param(*c, marks=_known(c[0])) for c in PLACED])
def test_the_at_of_a_placing_verb_hung_on_its_place_phrase_is_the_count(
    enricher, text: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert every(enricher, text) == sorted(wanted)
