"""Claims of round thirty-one: a figure read as a recap because a time phrase that belongs to
another part of the sentence dated it, each kind tried on fresh wording before any rule.

A comparison set off by "against" ("has logged 47,627 cases and 38 deaths since January,
against 17,992 cases in 2019") dates the figure it brings in, not the count the clause
tells, as "compared with" and "than" already did. So does an increment, wherever the parser
hangs it ("..., the institute reports, up 113 cases on last week": the week is the earlier
count's), and the increment itself ("up 3,000 acres on the day before") is the change, no
count of its own.

Already read right in fresh wording (kept as guards): a date in a relative clause on the
subject beside the verb's own date ("the tsunami that struck on Monday rose to 343 on
Thursday"), and a date in a "since" clause, which starts the count ("since the strain was
first found in 2012").

A count dated to the past with no newer value of it in the passage is the past event's own
count (asserted) also where the passage's present is only its telling: an explainer's
question ("Why is the Serra fire still studied?") asks and tells no later news, nor does a
teller's present verb whose report is in the past ("A post claims the 2011 floods killed
3,000", "it says most went untreated"). A count "as of" a day some days back is where a
running count stood on its cut-off day: asserted alone, the older value beside a newer one.
A news piece about today's storm keeps last week's category a recap.

So is a count over a named past period ("Between 2007 and 2010, the Netherlands had more
than 4,000 notified cases"): "had" counts what happened there, no state held then (as "held
nine towns" is), and a present verb of belief about the past ("researchers think many more
were infected") tells no later news either.

The newest of two values of one past event is its own: an anniversary piece dated "N years
ago" dates its figure well back (the date could not be resolved before, so nothing dated
it), "ago today" and "ago this week" name the anniversary, not news, and a recap told in the
same sentence as the dated value ("..., after peaking at Category 5 offshore") is of that
past too, no newer value that keeps the dated one a recap. An increment's older value ("up
from 20 when the first warning went out") was already read right.

An afterthought set off by a comma that names what came before an ordinal ("the second
provincial capital to fall to the rebels, after Goma in late January", "only the second
person known to have caught the virus, after a hunter in 2019") dates that earlier member,
with a time phrase right after it wherever the parser hangs it; it neither makes the rank a
recap nor keeps a rank told on an earlier day ("On Saturday they seized Ramma, their second
..., after Sella earlier this month") from being older than "They now hold three".

Two subjects told by different names in one sentence, each with a value on its own day
("Hurricane Lena hit Orra as a Category 2 on Monday, and Hurricane Piet struck Kesh on
Thursday as a Category 3", "the Dunn fire ... the Ross fire ...") are two storms or fires,
not one count at two times: the earlier is no older value of the later.

A state a storm held on its own day a few days back, told in a clause of its own ("Judy
crossed Efate as a Category 4 on Wednesday", "passed south of Lusa on Tuesday night as a
Category 2"), is asserted where the passage gives no other value of it, as a deed of those
days already was; beside a newer value ("before weakening to Category 2", "it is now a
Category 3") it is the older one.

Left alone: a past period's count beside a teller's day near publication ("researchers wrote
on Thursday") or a present clause of another season; a count (no state) reached on a day a
few days back is still background by its age alone where it is no deed ("Measles cases in
Orla reached 310 on Monday", in Friday's paper); a subject named by a common noun ("a second
storm, Kev"); the latest year's total beside the year before ("512 cases in 2023, up from
140 the year before" in January 2024), and two storms' categories on two days, each its own
(the earlier is read as an older value of the later storm's).

Every passage is written for these tests, about made-up places."""

from __future__ import annotations

from functools import partial

import pytest
from claim_readings import asserted, known_wrong

D, C, A, H = "death_toll", "confirmed_cases", "acres_burned", "hurricane_category"
PC = "provincial_capitals_captured"
E = "exact"

# passages still read wrong, by their opening characters (strict xfail)
KNOWN_WRONG: list[str] = [
    # a count of people infected named by a participle is not read
    "A farm worker in Lusa",
    # a count of people infected named by a participle is not read
    "A horse has died",
    # a rank of capitals after "making it" is read as a count of cities
    "Rebels seized Marro",
    # an ordinal with no noun ("Marro, the third") is not read
    "Tessa fell to the rebels",
    # a teller's day near publication reads as later news
    "During the 2016-2018",
    # a present clause of another season reads as later news
    "Over the 2019 season",
    # "it has had 410" (no noun) is not read
    "Between 2015 and 2018 the region had 2,300 cases.",
    # the latest year's total beside the year before is read as a recap
    "Lerma recorded 512",
    # a storm named by a common noun ("a second storm, Kev"): its value makes the other's older
    "Judy crossed Efate",
    # a count (no state) a few days old is background by age alone
    "Measles cases in Orla",
    # a day's toll in one place beside another place's later one (subject read as the floods)
    "Floods killed 12",
    # a state reached by Thursday in Friday's paper is read as older
    "Storm Vera was",
]
_known = partial(known_wrong, wrong=KNOWN_WRONG)

# (published, passage, every asserted claim it gives as (metric, value, bound))
SUBJECT_CLAUSE_DATED: list[tuple[str, str, list[tuple[str, float, str]]]] = [
    (
        "2024-04-09",
        (
            "The death toll from the landslide that buried Kamo village on Saturday climbed to 61"
            " on Tuesday, rescuers said."
        ),
        [(D, 61.0, E)],
    ),
    (
        "2024-04-09",
        (
            "The number of people killed by the storm that hit Varo on Friday reached 27 on "
            "Monday, according to the civil protection agency."
        ),
        [(D, 27.0, E)],
    ),
    (
        "2024-04-10",
        (
            "KESH, April 10 (Wire) - Deaths from the ferry that capsized off Kesh last Thursday "
            "rose to 44 on Tuesday as divers reached the lower deck."
        ),
        [(D, 44.0, E)],
    ),
    (
        "2024-04-09",
        (
            "Cases linked to the wedding feast that was held in Onda on April 2 have climbed to "
            "130 as of Monday, district health officials said."
        ),
        [(C, 130.0, E)],
    ),
    (
        "2024-04-09",
        (
            "The fire that broke out near Talla on Thursday had grown to 9,300 acres by Monday "
            "evening, crews said, and it is 10 per cent contained."
        ),
        [(A, 9300.0, E)],
    ),
    # ...hard negatives: the older value stays a recap beside the newer
    (
        "2024-04-09",
        (
            "The quake that struck Oltu on Saturday killed 12 people, officials said on Sunday. "
            "By Tuesday the toll had risen to 30."
        ),
        [(D, 30.0, E)],
    ),
    (
        "2024-04-09",
        (
            "09:10 The toll from the bridge collapse on Sunday had reached 8 by Monday "
            "night.\n14:30 Rescuers say 11 people are now confirmed dead."
        ),
        [(D, 11.0, E)],
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "wanted"),
    [pytest.param(p, t, w, marks=_known(t)) for p, t, w in SUBJECT_CLAUSE_DATED],
)
def test_a_date_of_the_subjects_clause_does_not_date_the_count(
    enricher, published: str, text: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert sorted(asserted(enricher, text, published)) == sorted(wanted)


# (published, passage, every asserted claim it gives as (metric, value, bound))
COMPARED_WITH_AN_EARLIER_YEAR: list[tuple[str, str, list[tuple[str, float, str]]]] = [
    (
        "2024-10-10",
        (
            "Officials have counted 1,902 cholera cases and 41 deaths since March, against 388 "
            "cases in 2021."
        ),
        [(C, 1902.0, E), (D, 41.0, E)],
    ),
    (
        "2024-10-10",
        (
            "The province has confirmed 730 dengue cases and 12 deaths so far this year, compared"
            " with 205 cases in the whole of 2022."
        ),
        [(C, 730.0, E), (D, 12.0, E)],
    ),
    (
        "2024-10-10",
        (
            "Wildfires have burned 84,000 acres in Dorrin County since June, versus 12,000 acres "
            "over the same months of 2023."
        ),
        [(A, 84000.0, E)],
    ),
    (
        "2024-10-10",
        (
            "MEASLES WATCH | Lorrin has now logged 612 cases and 3 deaths, against 97 cases and "
            "no deaths in 2019, the last big year."
        ),
        [(C, 612.0, E), (D, 3.0, E)],
    ),
    (
        "2024-10-10",
        (
            "The outbreak has sickened 240 people and killed 6, against 1,100 cases in the 2018 "
            "epidemic, the agency said on Wednesday."
        ),
        [(C, 240.0, E), (D, 6.0, E)],
    ),
    # ...hard negatives: the older value stays a recap beside the newer
    (
        "2024-10-10",
        (
            "In 2019 the county logged 1,799 cases, against 900 in 2018. This year it has logged "
            "4,762."
        ),
        [(C, 4762.0, E)],
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "wanted"),
    [pytest.param(p, t, w, marks=_known(t)) for p, t, w in COMPARED_WITH_AN_EARLIER_YEAR],
)
def test_a_comparisons_date_is_the_compared_figures(
    enricher, published: str, text: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert sorted(asserted(enricher, text, published)) == sorted(wanted)


# (published, passage, every asserted claim it gives as (metric, value, bound))
SINCE_A_CLAUSE: list[tuple[str, str, list[tuple[str, float, str]]]] = [
    (
        "2024-04-05",
        (
            "A farm worker in Lusa is being treated for the virus, health officials said on "
            "Friday. Of the 14 people infected since the strain was first found in 2012, nine "
            "have died."
        ),
        [(C, 14.0, E), (D, 9.0, E)],
    ),
    (
        "2024-04-05",
        (
            "Lerma has recorded 230 cases of the fever since it first appeared there in 2017, the"
            " ministry said on Thursday."
        ),
        [(C, 230.0, E)],
    ),
    (
        "2024-04-05",
        (
            "Since the outbreak was declared in 2021, the virus has killed 88 people in the "
            "valley, officials say."
        ),
        [(D, 88.0, E)],
    ),
    (
        "2024-04-05",
        (
            "The park has lost 41,000 acres to fire since records began in 1990, rangers told the"
            " council on Tuesday."
        ),
        [(A, 41000.0, E)],
    ),
    (
        "2024-04-05",
        (
            "No new infections were reported this week. In all, 57 cases have been confirmed "
            "since the first patient fell ill in November 2022."
        ),
        [(C, 57.0, E)],
    ),
    (
        "2024-04-05",
        (
            "A horse has died of the virus near Kell, officials said on Friday. Of the 12 people "
            "infected since the virus was identified in 1998, five died."
        ),
        [(C, 12.0, E), (D, 5.0, E)],
    ),
    (
        "2024-04-05",
        (
            "The clinic is treating a new patient. Since the fever first appeared in the district"
            " in 2016, it has killed 23 people, health officials say."
        ),
        [(D, 23.0, E)],
    ),
    (
        "2024-04-05",
        (
            "Rangers are watching a new blaze in the park. The fires there have burned 41,000 "
            "acres since monitoring began in 1990."
        ),
        [(A, 41000.0, E)],
    ),
    (
        "2024-04-05",
        (
            "A child is in hospital with the disease in Orsa. Eighty cases have been confirmed "
            "since the first patient fell ill in November 2021, the ministry says."
        ),
        [(C, 80.0, E)],
    ),
    # ...hard negatives: the older value stays a recap beside the newer
    (
        "2024-04-05",
        (
            "The outbreak killed 88 people in 2021. Since it was declared over in 2022 there have"
            " been 12 more deaths, bringing the toll to 100."
        ),
        [(D, 100.0, E)],
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "wanted"),
    [pytest.param(p, t, w, marks=_known(t)) for p, t, w in SINCE_A_CLAUSE],
)
def test_a_since_clauses_date_starts_the_count(
    enricher, published: str, text: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert sorted(asserted(enricher, text, published)) == sorted(wanted)


# (published, passage, every asserted claim it gives as (metric, value, bound))
UP_ON_AN_EARLIER_COUNT: list[tuple[str, str, list[tuple[str, float, str]]]] = [
    (
        "2024-04-05",
        (
            "The outbreak has now reached 1,240 cases and 33 deaths, the ministry reports, up 96 "
            "cases on last week."
        ),
        [(C, 1240.0, E), (D, 33.0, E)],
    ),
    (
        "2024-04-05",
        ("Confirmed infections stand at 512, the agency said, up 40 on the previous week."),
        [(C, 512.0, E)],
    ),
    (
        "2024-04-05",
        ("HEALTH BULLETIN: 2,118 cases, up 211 on last Friday; 19 deaths, up two."),
        [(C, 2118.0, E), (D, 19.0, E)],
    ),
    (
        "2024-04-05",
        (
            "The blaze has burned 12,400 acres, fire officials said, up 3,000 acres on the day "
            "before."
        ),
        [(A, 12400.0, E)],
    ),
    (
        "2024-04-05",
        (
            "The national tally of cholera deaths is 87, the health minister told parliament, "
            "down from a projected 120 but up 14 on last month."
        ),
        [(D, 87.0, E)],
    ),
    # ...hard negatives: the older value stays a recap beside the newer
    (
        "2024-04-05",
        (
            "Last week's bulletin put cases at 1,144. The outbreak has now reached 1,240 cases, "
            "up 96 on last week."
        ),
        [(C, 1240.0, E)],
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "wanted"),
    [pytest.param(p, t, w, marks=_known(t)) for p, t, w in UP_ON_AN_EARLIER_COUNT],
)
def test_an_increments_date_is_the_earlier_counts(
    enricher, published: str, text: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert sorted(asserted(enricher, text, published)) == sorted(wanted)


# (published, passage, every asserted claim it gives as (metric, value, bound))
AFTER_AN_EARLIER_MEMBER: list[tuple[str, str, list[tuple[str, float, str]]]] = [
    (
        "2024-03-18",
        (
            "Rebels seized Marro on Saturday, making it the third provincial capital to fall to "
            "them, after Tessa in early March."
        ),
        [(PC, 3.0, E)],
    ),
    (
        "2024-04-05",
        (
            "A second child in Orla province has died of the fever, health officials said on "
            "Thursday, after a boy in the capital in January."
        ),
        [(D, 2.0, E)],
    ),
    (
        "2024-04-05",
        ("Lerma confirmed its third case of the virus on Thursday, after two travellers in 2022."),
        [(C, 3.0, E)],
    ),
    (
        "2024-03-18",
        (
            "BUKO, March 17 - Insurgents entered Ramma on Sunday, the second provincial capital "
            "they have taken, after Sella last month."
        ),
        [(PC, 2.0, E)],
    ),
    (
        "2024-04-05",
        (
            "The patient is only the second person known to have caught the virus in the country,"
            " after a hunter in 2019, officials said on Friday."
        ),
        [(C, 2.0, E)],
    ),
    # ...hard negatives: the older value stays a recap beside the newer
    (
        "2024-04-05",
        (
            "08:00 Officials confirmed a second case in Lerma on Monday, after a traveller in "
            "March.\n14:00 A third case has now been confirmed in the town."
        ),
        [(C, 3.0, E)],
    ),
    (
        "2024-03-18",
        (
            "Rebels took Sella on 2 March, their first provincial capital. On Saturday they "
            "seized Ramma, their second provincial capital, after Sella earlier this month. They "
            "now hold three."
        ),
        [(PC, 3.0, E)],
    ),
    (
        "2024-03-18",
        (
            "Tessa fell to the rebels on 2 March, the first provincial capital they took. On "
            "Saturday they seized Marro, the third."
        ),
        [(PC, 3.0, E)],
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "wanted"),
    [pytest.param(p, t, w, marks=_known(t)) for p, t, w in AFTER_AN_EARLIER_MEMBER],
)
def test_an_ordinals_earlier_member_keeps_its_own_date(
    enricher, published: str, text: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert sorted(asserted(enricher, text, published)) == sorted(wanted)


# (published, passage, every asserted claim it gives as (metric, value, bound))
PAST_COUNT_ALONE: list[tuple[str, str, list[tuple[str, float, str]]]] = [
    (
        "2024-04-05",
        (
            "Thirty years ago this week, the Ardel dam gave way above Pozna. The flood that "
            "followed on 2 April 1994 killed 212 people, and the valley was not resettled for a "
            "decade."
        ),
        [(D, 212.0, E)],
    ),
    (
        "2024-04-05",
        (
            "EXPLAINER | Why is the Serra fire still studied? It burned 88,000 acres in the "
            "summer of 2009 and forced the first evacuation of the city."
        ),
        [(A, 88000.0, E)],
    ),
    (
        "2024-04-05",
        (
            "FACT CHECK: A post claims the 2011 Tarna floods killed 3,000 people. Verdict: False."
            " The government's final count, published in 2012, was 412 dead."
        ),
        [(D, 412.0, E)],
    ),
    (
        "2024-04-05",
        (
            "The trial of the site's owners opened in Kesh on Monday over the collapse of the "
            "Meru tower, which killed 37 workers in March 2021."
        ),
        [(D, 37.0, E)],
    ),
    (
        "2024-04-05",
        (
            "Between 2010 and 2019, 1,340 cases of the fever were reported in the region, the "
            "study found; it says most went untreated."
        ),
        [(C, 1340.0, E)],
    ),
    (
        "2024-04-05",
        (
            "As of 28 March, 96 people had died of the disease in the province this year, "
            "hospital records show."
        ),
        [(D, 96.0, E)],
    ),
    (
        "2024-04-05",
        (
            "By week 12 the surveillance unit had recorded 2,045 cases since January, the report "
            "says."
        ),
        [(C, 2045.0, E)],
    ),
    # ...hard negatives: the older value stays a recap beside the newer
    (
        "2024-04-05",
        (
            "Storm Kala is lashing the Orra coast with 120 km/h winds, forecasters say. Last week"
            " Storm Bo came ashore nearby as a Category 4."
        ),
        [],
    ),
    (
        "2024-04-05",
        (
            "Officials say the Teral dam is sound. A post claims it cracked last week and that "
            "3,000 people were evacuated, but engineers say the post is false."
        ),
        [],
    ),
    (
        "2024-04-05",
        (
            "As of 30 March, 40 people had died in the outbreak, officials said. On Thursday the "
            "health ministry put the toll at 52."
        ),
        [(D, 52.0, E)],
    ),
    (
        "2024-04-05",
        (
            "As of 31 March the fire had burned 8,000 acres. It has since grown to 11,500 acres, "
            "crews said on Friday."
        ),
        [(A, 11500.0, E)],
    ),
    (
        "2024-04-05",
        (
            "Live: 09:00 Rescuers had pulled 40 bodies from the rubble by Tuesday. 12:15 The toll"
            " is now 52, the mayor says."
        ),
        [(D, 52.0, E)],
    ),
    (
        "2024-04-05",
        ("Storm Bela had killed 40 people by Tuesday; the toll is now 52."),
        [(D, 52.0, E)],
    ),
    (
        "2024-04-05",
        (
            "CORRECTION: An earlier version of this story said the fire had burned 9,000 acres on"
            " Monday. It had burned 6,000 acres."
        ),
        [(A, 6000.0, E)],
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "wanted"),
    [pytest.param(p, t, w, marks=_known(t)) for p, t, w in PAST_COUNT_ALONE],
)
def test_a_past_count_with_no_newer_value_is_asserted(
    enricher, published: str, text: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert sorted(asserted(enricher, text, published)) == sorted(wanted)


# (published, passage, every asserted claim it gives as (metric, value, bound))
PAST_PERIOD_ALONE: list[tuple[str, str, list[tuple[str, float, str]]]] = [
    (
        "2024-04-05",
        (
            "Between 2015 and 2018, the region had more than 2,300 confirmed cases of the fever, "
            "and doctors think many more went unreported."
        ),
        [(C, 2300.0, "more_than")],
    ),
    (
        "2024-04-05",
        (
            "From 2009 to 2012 the island recorded 640 cases of the disease; experts believe the "
            "true number is far higher."
        ),
        [(C, 640.0, E)],
    ),
    (
        "2024-04-05",
        (
            "In the decade to 2020, wildfires burned 1.2 million acres in the state, a new report"
            " says."
        ),
        [(A, 1200000.0, E)],
    ),
    (
        "2024-04-05",
        (
            "During the 2016-2018 epidemic, 412 people died of cholera in the province, "
            "researchers wrote on Thursday."
        ),
        [(D, 412.0, E)],
    ),
    (
        "2024-04-05",
        (
            "Over the 2019 season, the county had 75 cases of the virus, health officials say, "
            "and this year's season has not yet begun."
        ),
        [(C, 75.0, E)],
    ),
    # ...hard negatives: the older value stays a recap beside the newer
    (
        "2024-04-05",
        ("Between 2015 and 2018 the region had 2,300 cases. So far this year it has had 410."),
        [(C, 410.0, E)],
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "wanted"),
    [pytest.param(p, t, w, marks=_known(t)) for p, t, w in PAST_PERIOD_ALONE],
)
def test_a_past_periods_count_with_no_newer_value_is_asserted(
    enricher, published: str, text: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert sorted(asserted(enricher, text, published)) == sorted(wanted)


# (published, passage, every asserted claim it gives as (metric, value, bound))
NEWEST_OF_A_PAIR: list[tuple[str, str, list[tuple[str, float, str]]]] = [
    (
        "2024-04-05",
        (
            "The agency now links the outbreak to 14 deaths, up from five deaths when the recall "
            "began in early March."
        ),
        [(D, 14.0, E)],
    ),
    (
        "2024-04-05",
        (
            "The outbreak has now sickened 48 people in four districts, up from 20 when the first"
            " warning went out on 12 March, the agency said."
        ),
        [(C, 48.0, E)],
    ),
    (
        "2024-04-05",
        (
            "Officials in Varna now count 31 dead, up from 12 when the river burst its banks in "
            "late March."
        ),
        [(D, 31.0, E)],
    ),
    (
        "2024-04-05",
        (
            "Clinics in the valley reported 260 cholera cases this week, up from 75 at the end of"
            " February."
        ),
        [(C, 260.0, E)],
    ),
    (
        "2024-04-05",
        (
            "The Ridge fire has now burned 22,000 acres, up from 4,000 acres when evacuations "
            "were ordered on 28 March, crews said."
        ),
        [(A, 22000.0, E)],
    ),
    # ...hard negatives: the older value stays a recap beside the newer
    (
        "2024-04-05",
        (
            "In late March, when the river burst its banks, 12 people died. Officials now count "
            "31 dead."
        ),
        [(D, 31.0, E)],
    ),
    (
        "2024-04-05",
        (
            "Two weeks on: the ministry now ties the contaminated well in Orsa to 12 deaths in "
            "three villages, up from four deaths when the well was sealed in early March."
        ),
        [(D, 12.0, E)],
    ),
    (
        "2024-04-05",
        (
            "Health officials now link the tainted cheese to 38 illnesses in six provinces and 2 "
            "deaths, up from one death when the product was pulled in mid-March."
        ),
        [(C, 38.0, E), (D, 2.0, E)],
    ),
    (
        "2024-04-05",
        (
            "Recall, a month on: regulators now tie the infant formula made at a plant in Kesh to"
            " 41 hospital stays in 9 regions and 6 deaths, up from two deaths when the recall was"
            " widened in late March."
        ),
        [(D, 6.0, E)],
    ),
    (
        "2024-04-05",
        (
            "Forty years ago Cyclone Ora hit the islands as a Category 3, after reaching Category"
            " 5 at sea."
        ),
        [(H, 3.0, E)],
    ),
    (
        "2024-01-02",
        (
            "Lerma recorded 512 measles cases in 2023, up from 140 the year before, the health "
            "ministry said on Tuesday."
        ),
        [(C, 512.0, E)],
    ),
    (
        "2024-04-05",
        (
            "Judy crossed Efate as a Category 3 on Wednesday, and a second storm, Kev, passed "
            "Tanna on Friday as a Category 4."
        ),
        [(H, 3.0, E), (H, 4.0, E)],
    ),
    (
        "2024-04-05",
        (
            "In 2005 the inquiry revised the Ostra ferry toll to 1,212, from the 980 first "
            "reported in 1999."
        ),
        [(D, 1212.0, E)],
    ),
    (
        "2024-04-05",
        (
            "Twenty years ago this week, Typhoon Mara came ashore at Lusa as a Category 2, having"
            " weakened from a Category 4 overnight."
        ),
        [(H, 2.0, E)],
    ),
    (
        "2024-04-05",
        ("Fifty years ago the Arno dam failed above Kell, killing 112 people."),
        [(D, 112.0, E)],
    ),
    (
        "2024-04-05",
        (
            "25 years ago, Hurricane Tova made landfall as a Category 3 after peaking as a "
            "Category 5 in the Gulf. It killed 41 people."
        ),
        [(D, 41.0, E), (H, 3.0, E)],
    ),
    (
        "2024-04-05",
        (
            "Ten years ago Storm Pell struck the Orra coast as a Category 4. Today Storm Rina, "
            "now a Category 2, is nearing the same coast."
        ),
        [(H, 2.0, E)],
    ),
    (
        "2024-04-05",
        (
            "Two years ago the Kesh fire burned 20,000 acres. This year's Dunn fire has already "
            "burned 31,000 acres."
        ),
        [(A, 31000.0, E)],
    ),
    (
        "2024-04-05",
        ("A quake killed 40 people in Oltu three days ago, and the toll has since risen to 52."),
        [(D, 52.0, E)],
    ),
    (
        "2024-04-05",
        ("Last week Storm Dara was a Category 2; it is now a Category 4."),
        [(H, 4.0, E)],
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "wanted"),
    [pytest.param(p, t, w, marks=_known(t)) for p, t, w in NEWEST_OF_A_PAIR],
)
def test_the_newest_of_two_values_is_asserted(
    enricher, published: str, text: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert sorted(asserted(enricher, text, published)) == sorted(wanted)


# (published, passage, every asserted claim it gives as (metric, value, bound))
NAMED_APART: list[tuple[str, str, list[tuple[str, float, str]]]] = [
    (
        "2024-04-05",
        (
            "Hurricane Lena hit Orra as a Category 2 on Monday, and Hurricane Piet struck Kesh on"
            " Thursday as a Category 3."
        ),
        [(H, 2.0, E), (H, 3.0, E)],
    ),
    (
        "2024-04-05",
        (
            "The Dunn fire burned 4,000 acres on Monday and the Ross fire burned 9,000 acres on "
            "Thursday, the forestry service said."
        ),
        [(A, 4000.0, E), (A, 9000.0, E)],
    ),
    (
        "2024-04-05",
        (
            "Typhoon Mara reached Category 4 on Tuesday, while Typhoon Nel peaked at Category 2 "
            "on Wednesday."
        ),
        [(H, 2.0, E), (H, 4.0, E)],
    ),
    (
        "2024-04-05",
        ("Floods killed 12 people in Varna on Sunday and 30 in Ostrel on Tuesday, officials said."),
        [(D, 12.0, E), (D, 30.0, E)],
    ),
    (
        "2024-04-05",
        ("Measles cases in Orla reached 310 on Monday, and cases in Kesh reached 95 on Wednesday."),
        [(C, 95.0, E), (C, 310.0, E)],
    ),
    # ...hard negatives: the older value stays a recap beside the newer
    (
        "2024-04-05",
        ("Storm Vera was a Category 2 on Monday; by Thursday it had strengthened to a Category 4."),
        [(H, 4.0, E)],
    ),
    (
        "2024-04-05",
        (
            "The Kell fire had burned 2,000 acres by Monday, and by Thursday the Kell fire had "
            "burned 6,500 acres."
        ),
        [(A, 6500.0, E)],
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "wanted"),
    [pytest.param(p, t, w, marks=_known(t)) for p, t, w in NAMED_APART],
)
def test_two_named_subjects_keep_their_own_values(
    enricher, published: str, text: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert sorted(asserted(enricher, text, published)) == sorted(wanted)


# (published, passage, every asserted claim it gives as (metric, value, bound))
STATE_ON_ITS_DAY: list[tuple[str, str, list[tuple[str, float, str]]]] = [
    (
        "2024-04-05",
        ("Hurricane Nell crossed the Orra coast as a Category 3 on Monday and is now over land."),
        [(H, 3.0, E)],
    ),
    (
        "2024-04-05",
        (
            "Cyclone Dara passed south of Lusa on Tuesday night as a Category 2, the weather "
            "office said."
        ),
        [(H, 2.0, E)],
    ),
    (
        "2024-04-05",
        (
            "Show notes, 5 April: Typhoon Kiri brushed the Serra islands as a Category 3 on "
            "Wednesday."
        ),
        [(H, 3.0, E)],
    ),
    (
        "2024-04-05",
        (
            "Hurricane Oma swept across the Kell keys on Monday as a Category 1, knocking out "
            "power to 40,000 homes."
        ),
        [(H, 1.0, E)],
    ),
    (
        "2024-04-05",
        (
            "Typhoon Mara reached Category 4 on Tuesday, forecasters said, and its rain is still "
            "falling on the coast."
        ),
        [(H, 4.0, E)],
    ),
    # ...hard negatives: the older value stays a recap beside the newer
    (
        "2024-04-05",
        ("Typhoon Mara reached Category 4 on Tuesday before weakening to Category 2 on Wednesday."),
        [(H, 2.0, E)],
    ),
    (
        "2024-04-05",
        ("Cyclone Pam was a Category 5 on Saturday; it is now a Category 3."),
        [(H, 3.0, E)],
    ),
    (
        "2024-04-05",
        (
            "Hurricane Oma swept across the Kell keys on Monday as a Category 1 and has since "
            "strengthened into a Category 3."
        ),
        [(H, 3.0, E)],
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "wanted"),
    [pytest.param(p, t, w, marks=_known(t)) for p, t, w in STATE_ON_ITS_DAY],
)
def test_a_state_held_on_its_own_day_is_asserted_alone(
    enricher, published: str, text: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert sorted(asserted(enricher, text, published)) == sorted(wanted)
