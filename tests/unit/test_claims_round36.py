"""Claims of round thirty-six: kinds that recur on unseen text, each tried on fresh wording
before any rule; every passage is written for these tests, about made-up or real places.

A figure a verb of denying takes inside a report noun's "of" phrase ("The ministry denied
foreign media reports of 15 deaths", dev49's tz087; "dismissing claims of 15 deaths as
rumour") is the denied report's figure: negated, as "rejected reports that 15 people had died"
already was. Before, the figure was read as asserted. A conjunct verb that says or does a thing
of its own ("rejected reports of a cover-up and said nine cases had been confirmed") shares no
denial: its figure is asserted. Hard negative: a denial of another thing beside a toll ("denied
reports of looting in Dorvan, where 12 people were killed").

The "to" of a verb revising or moving a count, which the parser hung on a word of the phrase
between them ("corrected the death toll from the Lang Nu flash flood to 53", with "flash" read
as a verb, dev48's ty049; "revised down the death toll from the sinking to 18"), completes the
verb, as a misplaced "at" of a placing verb already did. Before, no figure was read. Hard
negatives: a moving verb whose object is no count ("brought relief ... to 12 villages",
"raised the alert level ... to 3").

A count a verb of revising moves to a new value ("By afternoon state officials had lowered the
toll to 49", dev49's tz050; "In the afternoon the ministry cut the toll to 49"; "raised the
toll to 31"), in a sentence after one that told the count at another value, is the news
(asserted, however its clause is dated) and the value it revised is the older one (recap).
Before, the "By afternoon ... had" of the revision made it a recap beside the first report, or
both stood asserted. Hard negatives: a revision told before another event's count; a
revision of another metric. This reading was reverted: on dev it gained one true claim and
removed one false one, on the unseen test49 (figures only) it lost one true claim and added one
false one, so it fits the passages it was written from more than the kind; its passages stay,
the three it read right as strict xfails.

A timeline's entries dated with an hour as weather services write it ("4 Jan, 1800: category
4 / 5 Jan, 0600: category 5 / 6 Jan, 0600: weakening, now category 3", dev49's tz060; "13 Mar,
0900 UTC") are dated entries like "4 Jan, 18:00:": the latest entry's state is the news, the
earlier ones older (recap). Before, the four-digit hour hid the entries' dates and every value
stood asserted. A dated row whose figure a note in brackets follows ("19 Nov: 52 (two deaths)",
dev49's tz026) counts what the header above the rows names, as a row with its figure alone
does; the note's figure is its own. Before, the bracket's noun took the row's figure (52
deaths), and the older rows stood as the news. Hard negative: a labelled cell with a note
("Deaths this year: 61 (case fatality 1.5%)").

Figures of other things are no toll: a count a verb of dying shares with another fate
("about 3,000 defenders had been killed, captured or were missing", dev48's ty010; "killed or
wounded") counts casualties; fighters a side lost in the fighting or a battle ("30 of its
soldiers had been killed in the fighting", dev47's uc091; "lost 1,000 men in the fighting for
the bridge", dev45's tw012) are its losses, as the labels of a battle's casualties have it;
"claimed" with a teller as its subject ("The statement claimed 4,000 prisoners", dev49's
tz011) says, it takes no lives. Before, each was read as an asserted toll. Hard negatives:
each fate with a count of its own ("killed 12 people and wounded 30 others"), soldiers killed
in an attack or assault on them, civilians killed in the fighting, a disaster that claims
lives. ("dead or missing" is left as it was: the labels tell it as a toll.)

A total an increment is summed into ("12 new human cases, for a total of 202", dev49's tz027;
"20 new infections, taking the total to 140") counts what the nearest figure before it counts,
when only one metric counts that figure's noun: in a sentence that tells deaths and cases,
each total is its own increment's. "for a total of N" is the total's own figure, not the
increment noun's (whose "new" made it a part). Before, the sentence's first metric took every
total (202 deaths), and a lone "25 new measles cases, for a total of 310" gave nothing.

A time noun that names the event ("killed in the weekend attack on Seytenga", dev48's ty048;
"in the night raid", "the weekend floods") is no window of the count: the count is the
event's, not a part of a larger estimate told beside it ("the real toll may be higher than
100"). Before, "weekend" made the 86 a window's part of the hedged 100, and it was dropped.
Hard negatives: a window of its own ("in a single weekend") beside a larger count; a count
noun's time ("the weekend count alone").

A participle of killing whose doer is the event of the main clause ("flash floods swept
through Ormoc City, killing more than 4,900 people within hours", dev48's ty050; "killing 60
people in a single night") tells the whole event's toll however short it lasted: a part only
beside a larger count, as "Storms killed 28 people overnight, 19 of them in Brandt" already
was. Before, the window of a day made it a day's part and it was dropped. Hard negatives: the
same beside the cyclone's larger toll; "Twelve more people died overnight".

"left 44 inmates dead, most of them members of the Gulf cartel" (dev49's tz049), parsed with
"dead" as the noun's own complement rather than the verb's, counts the dead as "left 17 miners
dead" does. Before, no figure was read. Hard negatives: persons left homeless or injured.

Two storms' states ("Iselle, a Category 1 hurricane ... Behind it, Hurricane Julio strengthened
to Category 2 early Thursday", dev49's tz059) are not each other's older values: a storm named
at its sentence's start is named too. Before, the opening name was taken for a capital of no
name, and Julio's category was read as Iselle's older one (recap). Hard negatives: one storm,
by its name and by "it".

A warning's attribution told after what it tells as done ("Tomas was upgraded to a category 4
cyclone overnight and could strengthen to category 5 ..., the Fiji Meteorological Service
warned", dev49's tz090; "The floods have killed 40 people and the toll could pass 100,
officials warned") leaves the done thing asserted; only the modal's figure is a forecast.
Before, "warn" made the done thing a forecast or hedged. Hard negative: "warned that Tomas
could strengthen to category 5" (left as it was when "warned that" leads: its clause may be a
warning's content).

"the number of people sickened in the E. coli outbreak linked to Chipotle restaurants had
risen to 41" (dev49's tz113), parsed with "sickened" as the verb of "number" and "had risen"
with no subject: the count noun is the later verb's subject, and the participle says what
befell the counted (sickened: cases, not deaths). Before, no figure was read, then a death
toll. Hard negative: "the number of people evacuated ... had risen to 4,000".

A holiday named after "for" ("a charter carrying U.S. soldiers home for Christmas", dev49's
tz106) is what something is for, not when the figure was told. Before, it dated the toll to
last year's Christmas and made it a recap.
"""

from __future__ import annotations

from functools import partial

import pytest
from claim_readings import every, known_wrong

D, C, A, H = "death_toll", "confirmed_cases", "acres_burned", "hurricane_category"
T = "cities_captured"
MONDAY = "2024-04-08"

# passages still read wrong, by their opening characters (strict xfail)
KNOWN_WRONG = [
    # "rejected the figure of 120 dead": the figure noun's own "of" phrase, read asserted
    "Regional officials put the toll from the quake at 40",
    # a count revised in a later sentence ("By evening ... had lowered the toll to 49"): the
    # reading was reverted, as it lost a true claim and added a false one on the unseen test49
    "The governor said on Wednesday morning that 52 miners",
    "Police said on Tuesday night that 27 people had died",
]
_known = partial(known_wrong, wrong=KNOWN_WRONG)

# (passage, published, every claim read, as (metric, value, modality))
Case = tuple[str, str, list[tuple[str, float, str]]]


def _params(cases: list[Case]) -> list:  # type: ignore[type-arg]
    return [pytest.param(*c, marks=_known(c[0])) for c in cases]


DENIED_REPORTS: list[Case] = [
    (
        "The health ministry said three people had died of cholera in Oriente province. It "
        "denied reports on social media of 15 deaths.",
        MONDAY,
        [(D, 3.0, "asserted"), (D, 15.0, "negated")],
    ),
    (
        "Three people have died of cholera in Oriente, the ministry said, dismissing claims of "
        "15 deaths as rumour.",
        MONDAY,
        [(D, 3.0, "asserted"), (D, 15.0, "negated")],
    ),
    (
        "Officials said three people had died of cholera in Oriente. They rejected reports that "
        "15 people had died.",
        MONDAY,
        [(D, 3.0, "asserted"), (D, 15.0, "negated")],
    ),
    (
        "Regional officials put the toll from the quake at 40 on Monday and rejected the figure "
        "of 120 dead circulating online.",
        MONDAY,
        [(D, 40.0, "asserted"), (D, 120.0, "negated")],
    ),
    # hard negatives: a denial of another thing; a conjunct that says a figure of its own
    (
        "The ministry denied reports of looting in Dorvan, where 12 people were killed in the "
        "floods.",
        MONDAY,
        [(D, 12.0, "asserted")],
    ),
    (
        "The health ministry rejected reports of a cover-up and said nine cases of cholera had "
        "been confirmed in Oriente.",
        MONDAY,
        [(C, 9.0, "asserted")],
    ),
    (
        "The army said 12 civilians were killed in the shelling of Dorvan. It denied that its "
        "troops had fired on the market.",
        MONDAY,
        [(D, 12.0, "asserted")],
    ),
]


@pytest.mark.parametrize(("text", "published", "wanted"), _params(DENIED_REPORTS))
def test_a_figure_in_a_denied_report_is_negated(
    enricher, text: str, published: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert every(enricher, text, published) == sorted(wanted)


REVISED_PAST_PHRASE: list[Case] = [
    (
        "Officials in Lao Cai province corrected the death toll from the Lang Nu flash flood to "
        "53.",
        MONDAY,
        [(D, 53.0, "asserted")],
    ),
    (
        "Authorities in Velmar revised the death toll from the ferry sinking down to 18.",
        MONDAY,
        [(D, 18.0, "asserted")],
    ),
    (
        "Authorities in Velmar revised down the death toll from the ferry sinking to 18.",
        MONDAY,
        [(D, 18.0, "asserted")],
    ),
    (
        "Officials corrected the death toll from the flash flood to 53, saying an earlier "
        "figure of 67 had counted some of the missing twice.",
        MONDAY,
        [(D, 53.0, "asserted"), (D, 67.0, "recap")],
    ),
    # hard negatives: a moving verb whose object is no count
    (
        "The floods have killed 40 people. The army brought relief from the coast to 12 "
        "villages on Sunday.",
        MONDAY,
        [(D, 40.0, "asserted")],
    ),
    (
        "Officials raised the alert level for the Velmar valley to 3 after the quake killed "
        "nine people.",
        MONDAY,
        [(D, 9.0, "asserted")],
    ),
]


@pytest.mark.parametrize(("text", "published", "wanted"), _params(REVISED_PAST_PHRASE))
def test_the_to_of_a_revising_verb_hung_on_the_phrase_between_completes_it(
    enricher, text: str, published: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert every(enricher, text, published) == sorted(wanted)


REVISED_AFTER: list[Case] = [
    (
        "The governor said on Wednesday morning that 52 miners had died in the Sorvik pit fire. "
        "By evening the mines ministry had lowered the toll to 49, saying three men had been "
        "counted twice.",
        "2024-05-08",
        [(D, 49.0, "asserted"), (D, 52.0, "recap")],
    ),
    (
        "The governor said on Wednesday morning that 52 miners had died in the Sorvik pit fire. "
        "In the afternoon the ministry cut the toll to 49.",
        "2024-05-08",
        [(D, 49.0, "asserted"), (D, 52.0, "recap")],
    ),
    (
        "Police said on Tuesday night that 27 people had died when the bus plunged into the "
        "gorge. On Wednesday morning they raised the toll to 31 after two more bodies were "
        "found.",
        "2024-05-08",
        [(D, 27.0, "recap"), (D, 31.0, "asserted")],
    ),
    (
        "Police in Kandoro first said 27 people were killed in the bus crash on Tuesday. On "
        "Wednesday they raised the toll to 31.",
        "2024-05-08",
        [(D, 27.0, "recap"), (D, 31.0, "asserted")],
    ),
    # hard negatives: the revision told first; another metric revised
    (
        "Officials raised the toll from Sunday's quake to 12 on Monday. In 1990 a quake in the "
        "same valley killed 300 people.",
        MONDAY,
        [(D, 12.0, "asserted"), (D, 300.0, "recap")],
    ),
    (
        "The floods have killed 40 people, officials said. The agency later lowered its "
        "estimate of the area burned by the nearby fire to 1,200 acres.",
        MONDAY,
        [(A, 1200.0, "asserted"), (D, 40.0, "asserted")],
    ),
]


@pytest.mark.parametrize(("text", "published", "wanted"), _params(REVISED_AFTER))
def test_a_count_revised_after_another_value_is_the_news_and_that_value_older(
    enricher, text: str, published: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert every(enricher, text, published) == sorted(wanted)


DATED_ENTRIES: list[Case] = [
    (
        "Cyclone Ron, Tonga Meteorological Service advisories:\n4 Jan, 1800: category 4\n5 Jan, "
        "0600: category 5, centre 60 km north of Niuafo'ou\n6 Jan, 0600: weakening, now "
        "category 3",
        "1998-01-06",
        [(H, 3.0, "asserted"), (H, 4.0, "recap"), (H, 5.0, "recap")],
    ),
    (
        "Typhoon Lumo, agency advisories\n13 Mar, 0900 UTC: Category 4\n14 Mar, 2100 UTC: "
        "Category 2, weakening over land",
        "2024-03-15",
        [(H, 2.0, "asserted"), (H, 4.0, "recap")],
    ),
    (
        "Cyclone Ron advisories:\n4 Jan, 18:00: category 4\n5 Jan, 06:00: category 5\n6 Jan, "
        "06:00: weakening, now category 3",
        "1998-01-06",
        [(H, 3.0, "asserted"), (H, 4.0, "recap"), (H, 5.0, "recap")],
    ),
    (
        "Staphorst polio outbreak: confirmed cases reported by the national health "
        "inspectorate\n1 Oct: 8\n1 Nov: 39\n19 Nov: 52 (two deaths)",
        "1992-11-20",
        [(C, 8.0, "recap"), (C, 39.0, "recap"), (C, 52.0, "asserted"), (D, 2.0, "asserted")],
    ),
    (
        "Port Elan dengue outbreak: confirmed cases reported by the national health "
        "inspectorate\n1 Oct: 8\n1 Nov: 39\n19 Nov: 52 (one death)",
        "1992-11-20",
        [(C, 8.0, "recap"), (C, 39.0, "recap"), (C, 52.0, "asserted"), (D, 1.0, "asserted")],
    ),
    # hard negatives: a figure alone in its row; a cell of a label with a note in brackets
    (
        "Staphorst polio outbreak: confirmed cases reported by the national health "
        "inspectorate\n1 Oct: 8\n1 Nov: 39\n19 Nov: 52",
        "1992-11-20",
        [(C, 8.0, "recap"), (C, 39.0, "recap"), (C, 52.0, "asserted")],
    ),
    (
        "CHOLERA IN KARVIK: AT A GLANCE\nConfirmed cases this year: 4,120\nDeaths this year: "
        "61 (case fatality 1.5%)",
        "2024-03-15",
        [(C, 4120.0, "asserted"), (D, 61.0, "asserted")],
    ),
]


@pytest.mark.parametrize(("text", "published", "wanted"), _params(DATED_ENTRIES))
def test_only_the_latest_dated_entry_of_a_list_is_the_news(
    enricher, text: str, published: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert every(enricher, text, published) == sorted(wanted)


OTHER_THINGS: list[Case] = [
    (
        "Military sources said about 3,000 defenders had been killed, captured or were missing.",
        "1975-01-08",
        [],
    ),
    (
        "About 400 soldiers were killed or wounded in the battle for Tarvik, the army said.",
        MONDAY,
        [],
    ),
    (
        "The enemy is said to have lost 1,000 men in the fighting for the bridge.",
        "1944-09-21",
        [],
    ),
    (
        "The government said 30 of its soldiers had been killed in the fighting but did not "
        "comment on Ganta.",
        MONDAY,
        [],
    ),
    (
        "The statement claimed 4,000 prisoners; it did not claim the town.",
        "1938-07-27",
        [],
    ),
    (
        "Forty rebels died in the battle for the airport, the army said.",
        MONDAY,
        [],
    ),
    # hard negatives: each fate its own count; soldiers killed in an attack on them;
    # civilians killed in the fighting; a disaster that claims lives
    (
        "The explosion killed 12 people and wounded 30 others.",
        MONDAY,
        [(D, 12.0, "asserted")],
    ),
    (
        "Nine people were killed, and dozens were wounded, when the bus overturned.",
        MONDAY,
        [(D, 9.0, "asserted")],
    ),
    (
        "Gunmen killed 40 soldiers in an attack on an army base near Tarvik on Sunday, officials "
        "said.",
        MONDAY,
        [(D, 40.0, "asserted")],
    ),
    (
        "Niger's government said that 71 soldiers were killed in Tuesday's assault on the Inates "
        "military camp.",
        MONDAY,
        [(D, 71.0, "asserted")],
    ),
    (
        "At least 25 civilians were killed in the fighting in Tarvik, the UN said.",
        MONDAY,
        [(D, 25.0, "asserted")],
    ),
    (
        "The ferry disaster has claimed 57 lives, officials said.",
        MONDAY,
        [(D, 57.0, "asserted")],
    ),
]


@pytest.mark.parametrize(("text", "published", "wanted"), _params(OTHER_THINGS))
def test_casualties_a_sides_losses_and_a_tellers_claim_are_no_toll(
    enricher, text: str, published: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert every(enricher, text, published) == sorted(wanted)


SUMMED_TOTALS: list[Case] = [
    (
        "Dallas County reported two more West Nile virus deaths on Wednesday, bringing its toll "
        "this year to 10, and 12 new human cases, for a total of 202.",
        "2012-08-16",
        [(C, 202.0, "asserted"), (D, 10.0, "asserted")],
    ),
    (
        "The ministry confirmed three more cholera deaths, for a total of 14, and 25 new cases, "
        "for a total of 310.",
        MONDAY,
        [(C, 310.0, "asserted"), (D, 14.0, "asserted")],
    ),
    (
        "Officials reported 25 new measles cases on Monday, for a total of 310 this year.",
        MONDAY,
        [(C, 310.0, "asserted")],
    ),
    (
        "Health officials reported one more death, bringing the toll to nine, and 20 new "
        "infections, taking the total to 140.",
        MONDAY,
        [(C, 140.0, "asserted"), (D, 9.0, "asserted")],
    ),
    (
        "Kasese district logged 11 new cholera cases on Monday, for a total of 88, and one more "
        "death, for a total of four.",
        MONDAY,
        [(C, 88.0, "asserted"), (D, 4.0, "asserted")],
    ),
    (
        "The rebels took two more towns on Sunday, for a total of nine.",
        MONDAY,
        [(T, 9.0, "asserted")],
    ),
    # hard negatives: one metric named; a total of persons counted by their bodies
    (
        "Rescuers found three more bodies, bringing the total to 18.",
        MONDAY,
        [(D, 18.0, "asserted")],
    ),
    (
        "Two more bodies were recovered on Monday, for a total of 31 dead.",
        MONDAY,
        [(D, 31.0, "asserted")],
    ),
]


@pytest.mark.parametrize(("text", "published", "wanted"), _params(SUMMED_TOTALS))
def test_a_total_counts_what_the_figure_before_it_adds(
    enricher, text: str, published: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert every(enricher, text, published) == sorted(wanted)


EVENT_TIMES: list[Case] = [
    (
        "Burkina Faso's government said on Monday that 86 civilians were killed in the weekend "
        "attack on Seytenga, raising its earlier count of 79. Survivors say the real toll may "
        "be higher than 100.",
        "2022-06-13",
        [(D, 79.0, "recap"), (D, 86.0, "asserted"), (D, 100.0, "hedged")],
    ),
    (
        "Officials said 31 people died in the weekend floods in Arvena. Residents fear the real "
        "toll may be above 50.",
        MONDAY,
        [(D, 31.0, "asserted"), (D, 50.0, "hedged")],
    ),
    (
        "Police said 12 villagers were killed in the night raid on Kamto. Local leaders say as "
        "many as 40 may have died.",
        MONDAY,
        [(D, 12.0, "asserted"), (D, 40.0, "hedged")],
    ),
    # hard negatives: a window of its own beside a larger count; a count noun's time
    (
        "The fighting has killed 1,200 people since March. Forty died in a single weekend in "
        "Tarvik.",
        MONDAY,
        [(D, 1200.0, "asserted")],
    ),
    (
        "The outbreak has infected 410 people. Nine cases were confirmed in the weekend count "
        "alone.",
        MONDAY,
        [(C, 410.0, "asserted")],
    ),
]


@pytest.mark.parametrize(("text", "published", "wanted"), _params(EVENT_TIMES))
def test_a_time_word_naming_the_event_is_no_window_of_its_count(
    enricher, text: str, published: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert every(enricher, text, published) == sorted(wanted)


WHOLE_EVENT_WINDOWS: list[Case] = [
    (
        "On 5 November 1991, flash floods triggered by a tropical storm swept through Ormoc "
        "City on the island of Leyte, killing more than 4,900 people within hours. Thirty years "
        "on, survivors gathered at the mass grave where many of the victims lie.",
        "2021-11-05",
        [(D, 4900.0, "asserted")],
    ),
    (
        "A mudslide buried the village of Kalo on Sunday, killing 300 people within hours.",
        MONDAY,
        [(D, 300.0, "asserted")],
    ),
    (
        "A fire tore through the Gorno market on Sunday, killing 60 people in a single night.",
        MONDAY,
        [(D, 60.0, "asserted")],
    ),
    # hard negatives: a window's part beside the larger whole; an increment overnight
    (
        "The cyclone has killed 1,400 people across the region. On Sunday it struck Beira, "
        "killing 40 people within hours.",
        MONDAY,
        [(D, 1400.0, "asserted")],
    ),
    (
        "The toll from the floods rose to 57 on Monday. Twelve more people died overnight.",
        MONDAY,
        [(D, 57.0, "asserted")],
    ),
]


@pytest.mark.parametrize(("text", "published", "wanted"), _params(WHOLE_EVENT_WINDOWS))
def test_an_events_killing_within_hours_is_its_whole_toll(
    enricher, text: str, published: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert every(enricher, text, published) == sorted(wanted)


LEFT_DEAD: list[Case] = [
    (
        "The riot at the Apodaca prison left 44 inmates dead, most of them members of the Gulf "
        "cartel, Nuevo León's security spokesman said on Monday.",
        "2012-02-20",
        [(D, 44.0, "asserted")],
    ),
    (
        "The landslide left 17 miners dead, the company said on Monday.",
        MONDAY,
        [(D, 17.0, "asserted")],
    ),
    (
        "A gas leak at the Varna plant left nine workers dead and 40 others in hospital.",
        MONDAY,
        [(D, 9.0, "asserted")],
    ),
    # hard negatives: another state the persons are left in
    ("The storm left 3,000 residents homeless, officials said.", MONDAY, []),
    ("The crash left 20 passengers injured, police said.", MONDAY, []),
]


@pytest.mark.parametrize(("text", "published", "wanted"), _params(LEFT_DEAD))
def test_persons_left_dead_are_counted_wherever_the_parse_hangs_dead(
    enricher, text: str, published: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert every(enricher, text, published) == sorted(wanted)


TWO_STORMS: list[Case] = [
    (
        "Iselle, a Category 1 hurricane with 85-mph winds, is expected to weaken to a tropical "
        "storm before it reaches the Big Island on Thursday night. Behind it, Hurricane Julio "
        "strengthened to Category 2 early Thursday and is forecast to pass north of the "
        "islands on Sunday.",
        "2014-08-07",
        [(H, 1.0, "asserted"), (H, 2.0, "asserted")],
    ),
    (
        "Iselle is a Category 1 hurricane. Hurricane Julio strengthened to Category 2 early "
        "Thursday.",
        "2014-08-07",
        [(H, 1.0, "asserted"), (H, 2.0, "asserted")],
    ),
    (
        "Hurricane Kirk is a Category 3 storm. Leslie strengthened to Category 1 on Wednesday.",
        "2024-09-12",
        [(H, 1.0, "asserted"), (H, 3.0, "asserted")],
    ),
    # hard negatives: one storm, by its name and by "it"
    (
        "Milton is now a Category 4 hurricane. It was a Category 2 on Tuesday morning.",
        "2024-09-12",
        [(H, 2.0, "recap"), (H, 4.0, "asserted")],
    ),
    (
        "Milton is now a Category 4 hurricane. Hurricane Milton was a Category 2 storm on "
        "Tuesday morning.",
        "2024-09-12",
        [(H, 2.0, "recap"), (H, 4.0, "asserted")],
    ),
]


@pytest.mark.parametrize(("text", "published", "wanted"), _params(TWO_STORMS))
def test_two_storms_states_are_not_each_others_older_values(
    enricher, text: str, published: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert every(enricher, text, published) == sorted(wanted)


WARNED_FACTS: list[Case] = [
    (
        "Tomas was upgraded to a category 4 cyclone overnight and could strengthen to category "
        "5 before it reaches the Lau group later on Monday, the Fiji Meteorological Service "
        "warned.",
        "2010-03-15",
        [(H, 4.0, "asserted"), (H, 5.0, "forecast")],
    ),
    (
        "Cyclone Tomas intensified to category 4 overnight and may reach category 5 by Monday "
        "evening, forecasters warned.",
        "2010-03-15",
        [(H, 4.0, "asserted"), (H, 5.0, "forecast")],
    ),
    (
        "The floods have killed 40 people and the toll could pass 100, officials warned.",
        MONDAY,
        [(D, 40.0, "asserted"), (D, 100.0, "forecast")],
    ),
    # hard negative: what a warning foresees
    (
        "Forecasters warned that Tomas could strengthen to category 5.",
        "2010-03-15",
        [(H, 5.0, "forecast")],
    ),
]


@pytest.mark.parametrize(("text", "published", "wanted"), _params(WARNED_FACTS))
def test_a_warning_told_after_a_done_thing_does_not_make_it_a_forecast(
    enricher, text: str, published: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert every(enricher, text, published) == sorted(wanted)


PARTICIPLE_AS_VERB: list[Case] = [
    (
        "Oregon and Washington health officials said Tuesday the number of people sickened in "
        "the E. coli outbreak linked to Chipotle restaurants had risen to 41, including 12 in "
        "Oregon.",
        "2015-11-11",
        [(C, 41.0, "asserted")],
    ),
    (
        "Officials said the number of people killed in the landslide near the Varna mine had "
        "climbed to 63.",
        MONDAY,
        [(D, 63.0, "asserted")],
    ),
    (
        "The ministry said on Monday that the number of children infected in the measles "
        "outbreak traced to a school in Kesh had reached 210.",
        MONDAY,
        [(C, 210.0, "asserted")],
    ),
    # hard negative: a fate no metric counts
    (
        "Officials said the number of people evacuated from the valley had risen to 4,000.",
        MONDAY,
        [],
    ),
]


@pytest.mark.parametrize(("text", "published", "wanted"), _params(PARTICIPLE_AS_VERB))
def test_a_participle_read_as_the_count_nouns_verb_still_names_what_is_counted(
    enricher, text: str, published: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert every(enricher, text, published) == sorted(wanted)


HOLIDAY_PURPOSES: list[Case] = [
    (
        "Canadian officials said there were no survivors among the 256 people aboard Arrow Air "
        "Flight 1285, a charter carrying U.S. soldiers home for Christmas, which crashed after "
        "take-off from Gander on Thursday.",
        "1985-12-13",
        [(D, 256.0, "asserted")],
    ),
    (
        "Canadian officials said there were no survivors among the 256 people aboard Arrow Air "
        "Flight 1285, a charter carrying U.S. soldiers home for Christmas.",
        "1985-12-13",
        [(D, 256.0, "asserted")],
    ),
    # hard negative: the holiday told beside, as the time of something else
    (
        "Forty people have died in the floods, officials said, as families prepared for Christmas.",
        "2024-12-10",
        [(D, 40.0, "asserted")],
    ),
]


@pytest.mark.parametrize(("text", "published", "wanted"), _params(HOLIDAY_PURPOSES))
def test_a_holiday_named_as_a_purpose_dates_no_figure(
    enricher, text: str, published: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert every(enricher, text, published) == sorted(wanted)
