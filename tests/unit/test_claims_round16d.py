"""Claims of round sixteen, fourth pass: older figures beside a count (a description
dated by its own "when" clause, a figure set "against" or "compared with" the count, a
season or year before this one), a part of a count of happenings (the count is the
whole), a range "from A to B" (B is reached), a bare subject "confirmed dead", and a
total a subject of moving pushes "to" a figure. Every sentence here is written for these
tests."""

from __future__ import annotations

from functools import partial

import pytest
from claim_readings import asserted, claims, known_wrong


def test_a_description_dated_by_its_own_when_clause_is_background(enricher) -> None:  # type: ignore[no-untyped-def]
    # beside later news (round 20b: a passage that tells only the past asserts it)
    text = (
        "Hurricane Tate is heading for the coast. Opal, a Category 3 storm when it came "
        "ashore in 2009, flooded the old port."
    )
    found = claims(enricher, text)
    assert ("hurricane_category", 3.0, "exact", "recap") in found
    assert asserted(enricher, text) == []


@pytest.mark.parametrize(
    ("text", "older"),
    [
        ("Clinics have logged 410 cases this season, against 280 the year before.", 280.0),
        ("The county has recorded 64 deaths, versus 51 a year earlier.", 51.0),
    ],
)
def test_a_figure_set_against_the_count_is_the_older_one(enricher, text: str, older: float) -> None:  # type: ignore[no-untyped-def]
    assert not any(v == older for _, v, _ in asserted(enricher, text))


@pytest.mark.parametrize(
    "text",
    [
        "A grass fire burned 9,000 acres near the ridge last summer.",
        "The fever killed 23 people in the district the previous year.",
    ],
)
def test_a_season_or_year_before_this_one_dates_a_recap(enricher, text: str) -> None:  # type: ignore[no-untyped-def]
    assert asserted(enricher, text) == []
    assert any(m == "recap" for *_, m in claims(enricher, text))


@pytest.mark.parametrize(
    ("text", "whole", "bound"),
    [
        ("Roughly 30 percent of the 2,400 cases were among health workers.", 2400.0, "exact"),
        ("Three of the 210 deaths were in the capital, the ministry said.", 210.0, "exact"),
        ("Half of the more than 800 infections were in the north.", 800.0, "more_than"),
    ],
)
def test_a_part_of_a_count_of_happenings_gives_the_whole(
    enricher, text: str, whole: float, bound: str
) -> None:  # type: ignore[no-untyped-def]
    found = asserted(enricher, text)
    assert len(found) == 1
    assert found[0][1:] == (whole, bound)


def test_a_share_of_places_is_still_the_places_taken(enricher) -> None:  # type: ignore[no-untyped-def]
    found = asserted(enricher, "Half of the 30 towns in the valley have fallen to the rebels.")
    assert found == [("cities_captured", 15.0, "exact")]


def test_the_end_of_a_range_after_from_is_the_count_reached(enricher) -> None:  # type: ignore[no-untyped-def]
    found = asserted(enricher, "The toll went from 21 to 26 overnight, the police said.")
    assert ("death_toll", 26.0, "exact") in found
    assert not any(v == 21.0 for _, v, _ in found)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Nine are confirmed dead, the coroner said.", 9.0),
        ("Officials said 14 were found dead inside the hall.", 14.0),
        ("Seven are dead and 22 are hurt.", 7.0),
    ],
)
def test_a_bare_subject_said_to_be_dead_is_the_toll(enricher, text: str, value: float) -> None:  # type: ignore[no-untyped-def]
    assert asserted(enricher, text) == [("death_toll", value, "exact")]


def test_a_bare_subject_said_to_be_missing_is_no_toll(enricher) -> None:  # type: ignore[no-untyped-def]
    assert asserted(enricher, "Nine are still missing after the slide.") == []


def test_the_subject_of_a_verb_moving_a_bare_tally_names_its_metric(enricher) -> None:  # type: ignore[no-untyped-def]
    text = "The 30 new cases pushed the tally to 515."
    assert asserted(enricher, text) == [("confirmed_cases", 515.0, "exact")]


# A hundred and more sentences of our own, in the shapes many outlets report running
# counts in (wire, broadcast, local papers, releases retold, live blogs, headlines, Q&A,
# translated statements), with the asserted claims each should give. The few still
# read wrongly are strict xfails: they pass the day a rule reads them.
KNOWN_WRONG = {
    "He was the second person in his family to contract the virus.",
    "Latest: cases rise to 879, health ministry says",
}

OWN_COUNTS = [
    (
        "At least 37 people were killed when a passenger train derailed in the hills on Thursday,"
        " police said.",
        [("death_toll", 37.0, "at_least")],
    ),
    (
        "The death toll from the mudslide has risen to 61, with dozens still missing, officials"
        " said on Friday.",
        [("death_toll", 61.0, "exact")],
    ),
    (
        "More than 120 people have died in the floods so far, according to the disaster agency.",
        [("death_toll", 120.0, "more_than")],
    ),
    ("Rescuers have recovered 19 bodies from the collapsed mine.", [("death_toll", 19.0, "exact")]),
    (
        "The quake claimed at least 212 lives across three provinces.",
        [("death_toll", 212.0, "at_least")],
    ),
    (
        "Nearly 90 people perished when the ferry capsized, the coast guard said.",
        [("death_toll", 90.0, "about")],
    ),
    ("Fatalities from the heatwave now stand at 48.", [("death_toll", 48.0, "exact")]),
    (
        "Forty-one people lost their lives in the blaze, the fire chief said.",
        [("death_toll", 41.0, "exact")],
    ),
    (
        "Health officials confirmed 312 cases of cholera as of Friday.",
        [("confirmed_cases", 312.0, "exact")],
    ),
    (
        "The number of confirmed infections climbed to 1,204 on Thursday.",
        [("confirmed_cases", 1204.0, "exact")],
    ),
    (
        "Some 450 people have tested positive for the virus in the province.",
        [("confirmed_cases", 450.0, "about")],
    ),
    (
        "Upwards of 2,000 people have caught the disease since January, officials said.",
        [("confirmed_cases", 2000.0, "more_than")],
    ),
    (
        "The wildfire has scorched 14,500 acres and is 10 percent contained.",
        [("acres_burned", 14500.0, "exact")],
    ),
    (
        "The blaze has burned over 3,200 hectares of forest.",
        [("acres_burned", 7907.0, "more_than")],
    ),
    (
        "Flames have blackened roughly 40 square miles of grassland.",
        [("acres_burned", 25600.0, "about")],
    ),
    (
        "The storm strengthened into a Category 4 hurricane overnight.",
        [("hurricane_category", 4.0, "exact")],
    ),
    (
        "Forecasters downgraded the storm to a Category 2 on Friday.",
        [("hurricane_category", 2.0, "exact")],
    ),
    (
        "The hurricane made landfall as a Category 3 near the fishing town.",
        [("hurricane_category", 3.0, "exact")],
    ),
    ("The storm was upgraded to Category 5 late Thursday.", [("hurricane_category", 5.0, "exact")]),
    (
        "The Taliban captured their sixth provincial capital in a week.",
        [("provincial_capitals_captured", 6.0, "exact")],
    ),
    (
        "The insurgents now control 12 of the 34 provincial capitals.",
        [("provincial_capitals_captured", 12.0, "exact")],
    ),
    (
        "Rebels seized a dozen towns in the north, a monitoring group said.",
        [("cities_captured", 12.0, "exact")],
    ),
    (
        "ANCHOR: We can now tell you at least 14 people are dead after the tornado tore through"
        " the town.",
        [("death_toll", 14.0, "at_least")],
    ),
    (
        "REPORTER: Officials here say the number of dead has climbed to 23.",
        [("death_toll", 23.0, "exact")],
    ),
    (
        "And the fire, Jim, has now burned more than 8,000 acres.",
        [("acres_burned", 8000.0, "more_than")],
    ),
    (
        "Two more residents have died of the flu, bringing the county's toll this season to 17.",
        [("death_toll", 17.0, "exact")],
    ),
    (
        "The Ridge Fire grew to 2,300 acres by Thursday night, fire officials said.",
        [("acres_burned", 2300.0, "exact")],
    ),
    (
        "County health officials reported 58 confirmed cases of measles as of Thursday.",
        [("confirmed_cases", 58.0, "exact")],
    ),
    (
        "The school district said 11 students have tested positive.",
        [("confirmed_cases", 11.0, "exact")],
    ),
    (
        "The World Health Organization said 1,350 laboratory-confirmed cases had been reported"
        " from nine countries.",
        [("confirmed_cases", 1350.0, "exact")],
    ),
    (
        "According to the ministry, 204 deaths have been recorded since the outbreak began.",
        [("death_toll", 204.0, "exact")],
    ),
    (
        "The UN said at least 3,000 people had been killed in the fighting.",
        [("death_toll", 3000.0, "at_least")],
    ),
    ("The agency put the death toll at 96.", [("death_toll", 96.0, "exact")]),
    ("Authorities said 7 people had died and 45 were injured.", [("death_toll", 7.0, "exact")]),
    (
        "09:45 — The confirmed death toll is now 33, the mayor's office says.",
        [("death_toll", 33.0, "exact")],
    ),
    (
        "UPDATE: The fire is now at 5,600 acres with 0 percent containment.",
        [("acres_burned", 5600.0, "exact")],
    ),
    ("Latest: cases rise to 879, health ministry says", [("confirmed_cases", 879.0, "exact")]),
    ("DEATH TOLL RISES TO 52 IN FLOODS", [("death_toll", 52.0, "exact")]),
    ("Quake toll tops 1,000 | Rescuers race against time", [("death_toll", 1000.0, "more_than")]),
    ("Wildfire grows to 12,000 acres", [("acres_burned", 12000.0, "exact")]),
    ("Storm weakens to Category 1 as it nears coast", [("hurricane_category", 1.0, "exact")]),
    ("Measles cases hit 340, most in a decade", [("confirmed_cases", 340.0, "exact")]),
    (
        "How many people have died? At least 28, according to local officials.",
        [("death_toll", 28.0, "at_least")],
    ),
    (
        "How big is the fire? About 6,000 acres as of Friday morning.",
        [("acres_burned", 6000.0, "about")],
    ),
    (
        "The ministry said in a statement that the number of victims had reached 47.",
        [("death_toll", 47.0, "exact")],
    ),
    ("Eleven people drowned when the boat overturned.", [("death_toll", 11.0, "exact")]),
    (
        "Two hundred people have been infected, the clinic said.",
        [("confirmed_cases", 200.0, "exact")],
    ),
    ("A dozen people died in the stampede.", [("death_toll", 12.0, "exact")]),
    (
        "Half of the 10 towns in the valley are now under rebel control.",
        [("cities_captured", 5.0, "exact")],
    ),
    (
        "The militants took a third provincial capital on Thursday.",
        [("provincial_capitals_captured", 3.0, "exact")],
    ),
    (
        "Authorities say the blaze has consumed an estimated 9,800 acres.",
        [("acres_burned", 9800.0, "about")],
    ),
    (
        "The blaze has so far razed some 1,500 hectares of pine forest.",
        [("acres_burned", 3707.0, "about")],
    ),
    (
        "Officials raised the toll to 73 after more bodies were found.",
        [("death_toll", 73.0, "exact")],
    ),
    (
        "Searchers found the bodies of four more hikers, raising the death toll to 9.",
        [("death_toll", 9.0, "exact")],
    ),
    (
        "The virus has now infected more than 10,000 people nationwide.",
        [("confirmed_cases", 10000.0, "more_than")],
    ),
    ("The number of people sickened rose to 64.", [("confirmed_cases", 64.0, "exact")]),
    ("At least 18 patients have died of the infection.", [("death_toll", 18.0, "at_least")]),
    ("The typhoon has left 56 people dead.", [("death_toll", 56.0, "exact")]),
    ("A total of 230 cases have been confirmed.", [("confirmed_cases", 230.0, "exact")]),
    ("Flooding has killed upwards of 300 people.", [("death_toll", 300.0, "more_than")]),
    ("The crash killed all 132 people on board.", [("death_toll", 132.0, "exact")]),
    ("The rebels have overrun 8 towns since Monday.", [("cities_captured", 8.0, "exact")]),
    (
        "The storm, now a Category 2, is moving north at 12 mph.",
        [("hurricane_category", 2.0, "exact")],
    ),
    (
        "Ophelia became a Category 1 hurricane on Friday morning.",
        [("hurricane_category", 1.0, "exact")],
    ),
    (
        "The Taliban have now seized 18 of the country's 34 provincial capitals.",
        [("provincial_capitals_captured", 18.0, "exact")],
    ),
    ("Officials confirmed 5 deaths linked to the outbreak.", [("death_toll", 5.0, "exact")]),
    ("The tally of confirmed dead stood at 104 on Friday.", [("death_toll", 104.0, "exact")]),
    ("Nineteen of the miners died; six survived.", [("death_toll", 19.0, "exact")]),
    ("The fire has charred nearly 700 square kilometres.", [("acres_burned", 172974.0, "about")]),
    ("The blaze doubled in size overnight to 16,000 acres.", [("acres_burned", 16000.0, "exact")]),
    ("The toll climbed past 500 on Thursday.", [("death_toll", 500.0, "more_than")]),
    (
        "Officials said the number of dead had surpassed 2,000.",
        [("death_toll", 2000.0, "more_than")],
    ),
    ("Cases have now topped 10,000.", [("confirmed_cases", 10000.0, "more_than")]),
]

OWN_NON_CLAIMS = [
    "As many as 30 people may have died in the landslide, the governor said.",
    "We're told up to 50 people could be trapped under the rubble.",
    "At least 40 people were injured in the blast.",
    "More than 300 people remain missing after the flood.",
    "Some 12,000 people were displaced by the fighting.",
    "Authorities evacuated 5,000 residents ahead of the storm.",
    "Police arrested 23 people after the protest.",
    "Rescuers pulled 17 people alive from the rubble.",
    "The government pledged $40 million for the recovery.",
    "The victims ranged in age from 3 to 81.",
    "The 72-year-old died in hospital on Thursday.",
    "The last major quake, in 1999, killed 17,000 people.",
    "The fire burned for 12 days before it was contained.",
    "The storm was 200 miles off the coast on Friday.",
    "The hurricane packs maximum sustained winds of 130 mph.",
    "Forecasters expect the storm to strengthen into a Category 4 by Sunday.",
    "The storm could become a Category 5 before landfall.",
    "Officials fear the toll could rise above 100.",
    "If the levee breaks, thousands could die.",
    "The rebels have threatened to seize five more towns.",
    "Officials denied reports that 200 people had died.",
    "The government dismissed claims that the fire had burned 50,000 acres.",
    "An earlier figure of 31 deaths was revised upward.",
    "The hospital has 40 beds for cholera patients.",
    "The fire is 45 percent contained.",
    "The outbreak is the worst since 2019, when 2,000 cases were reported.",
    "Winds of up to 90 miles per hour are expected.",
    "The storm is expected to dump up to 20 inches of rain.",
    "Around 4,000 firefighters are battling the blaze.",
    "The quake struck at a depth of 10 kilometres.",
    "The province has a population of 2 million.",
    "The disease kills around 400 people a year in the region.",
    "Three firefighters were hurt battling the blaze.",
    "Ten people were rescued from rooftops.",
    "Police said 4 suspects were detained.",
    "The ministry said 15 suspected cases were under investigation.",
    "It was the third such storm in five years.",
    "He was the second person in his family to contract the virus.",
    "Officials warned the toll is likely to rise.",
    "The virus has a fatality rate of about 2 percent.",
    "Firefighters hope to contain the blaze within 3 days.",
    "Residents within 5 miles of the fire were told to leave.",
]


_known = partial(known_wrong, wrong=KNOWN_WRONG)


@pytest.mark.parametrize(
    ("text", "wanted"), [pytest.param(t, w, marks=_known(t)) for t, w in OWN_COUNTS]
)
def test_a_running_count_told_in_any_outlet_shape_is_read_with_its_bound(
    enricher, text: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    found = [(m, round(v), b) for m, v, b in asserted(enricher, text)]
    assert sorted(found) == sorted((m, round(v), b) for m, v, b in wanted)


@pytest.mark.parametrize("text", [pytest.param(t, marks=_known(t)) for t in OWN_NON_CLAIMS])
def test_other_figures_forecasts_threats_denials_and_older_figures_assert_no_count(
    enricher, text: str
) -> None:  # type: ignore[no-untyped-def]
    assert asserted(enricher, text) == []
