"""Claims of round eight: general rules for unseen text (bare subjects of verbs of dying,
parts of a count, wholes of another count, dates of a comparison). Every sentence here is
written for these tests."""

from __future__ import annotations

from datetime import datetime

from claim_readings import asserted, claims

from processors.models import Article


def test_the_bare_subject_of_a_verb_of_dying_counts_the_dead(enricher) -> None:  # type: ignore[no-untyped-def]
    found = asserted(enricher, "Some 230 villagers fell ill with cholera and 41 died.")
    assert ("death_toll", 41.0, "exact") in found
    found = asserted(enricher, "The ferry carried 90 passengers; at least 27 perished.")
    assert ("death_toll", 27.0, "at_least") in found


def test_a_part_of_those_named_before_who_died_counts_the_dead(enricher) -> None:  # type: ignore[no-untyped-def]
    found = asserted(enricher, "In total 118 miners were trapped, and 33 of them died.")
    assert ("death_toll", 33.0, "exact") in found


def test_a_part_of_a_count_named_before_is_no_count(enricher) -> None:  # type: ignore[no-untyped-def]
    found = asserted(
        enricher, "The dengue outbreak has reached 3,450 cases, 610 of them recorded this month."
    )
    assert [c[1] for c in found] == [3450.0]


def test_a_subject_with_an_object_is_no_bare_count(enricher) -> None:  # type: ignore[no-untyped-def]
    assert asserted(enricher, "Three gunmen killed a guard at the gate.") == []


def test_the_whole_of_a_part_counting_another_metric_is_a_count(enricher) -> None:  # type: ignore[no-untyped-def]
    found = asserted(
        enricher, "Cholera has killed 312 people in the region out of 5,870 confirmed infections."
    )
    assert ("death_toll", 312.0, "exact") in found
    assert ("confirmed_cases", 5870.0, "exact") in found


def test_the_whole_of_the_same_count_is_only_its_total(enricher) -> None:  # type: ignore[no-untyped-def]
    found = asserted(enricher, "The rebels now hold 19 out of 27 regional capitals.")
    assert [c[1] for c in found] == [19.0]


def test_a_part_of_the_dead_in_one_place_is_no_toll(enricher) -> None:  # type: ignore[no-untyped-def]
    found = asserted(
        enricher,
        "The storm's death toll climbed to 212 on Sunday, with at least 150 of the dead in "
        "the coastal district.",
        "2024-04-08",
    )
    assert found == [("death_toll", 212.0, "exact")]


def test_all_of_the_dead_is_the_whole_toll(enricher) -> None:  # type: ignore[no-untyped-def]
    found = asserted(enricher, "All 64 of the dead were recovered from the river.")
    assert ("death_toll", 64.0, "exact") in found


def test_survivors_of_a_misread_clause_are_no_deaths(enricher) -> None:  # type: ignore[no-untyped-def]
    found = asserted(
        enricher,
        "Fifty-one of the 53 people aboard were killed; three fishermen pulled from the "
        "water survived.",
    )
    assert [c[1] for c in found if c[0] == "death_toll"] == [51.0]


def test_the_first_such_death_in_a_decade_is_a_count_of_one(enricher) -> None:  # type: ignore[no-untyped-def]
    # README convention: "the first case/death" (also "in 25 years") is a running total
    # of 1; "such" points back at the kind of death just named
    found = asserted(
        enricher, "A farmer has died of anthrax in the valley, the first such death in a decade."
    )
    assert [c for c in found if c[0] == "death_toll"] == [("death_toll", 1.0, "exact")]


def test_a_subject_named_with_a_past_year_is_a_recap(enricher) -> None:  # type: ignore[no-untyped-def]
    found = claims(enricher, "The 1961 Carla storm, a Category 4, remains the benchmark there.")
    assert ("hurricane_category", 4.0, "exact", "recap") in found
    # beside later news (round 20b: a passage that tells only the past asserts it)
    text = (
        "Crews are fighting a new fire. The 2017 Thomas Fire burned 281,893 acres in two counties."
    )
    found = claims(enricher, text)
    assert ("acres_burned", 281893.0, "exact", "recap") in found


def test_people_confirmed_or_reported_killed_are_counted(enricher) -> None:  # type: ignore[no-untyped-def]
    found = asserted(
        enricher, "The ministry said that 640 people had been confirmed killed by the cyclone."
    )
    assert ("death_toll", 640.0, "exact") in found


def test_a_count_of_the_noun_brought_to_a_figure_is_counted(enricher) -> None:  # type: ignore[no-untyped-def]
    found = asserted(
        enricher,
        "The rebels entered two more towns, which brings their count of provincial capitals "
        "in the east to 9.",
    )
    assert [c[1] for c in found if c[0] == "provincial_capitals_captured"] == [9.0]


def test_a_haul_of_the_noun_is_its_count(enricher) -> None:  # type: ignore[no-untyped-def]
    found = asserted(
        enricher,
        "The Taliban's haul of provincial capitals had reached seven by Monday evening.",
        "2021-08-09",
    )
    assert ("provincial_capitals_captured", 7.0, "exact") in found


def test_a_tally_of_a_deadly_event_is_a_death_toll(enricher) -> None:  # type: ignore[no-untyped-def]
    found = asserted(
        enricher, "The official tally from the mudslide stood at 57 on Monday.", "2024-04-08"
    )
    assert found == [("death_toll", 57.0, "exact")]


def test_a_definite_figure_a_hedged_clause_compares_with_is_stated(enricher) -> None:  # type: ignore[no-untyped-def]
    found = claims(
        enricher,
        "Aid workers said the true number of dead could be double the official figure of 2,300.",
    )
    assert ("death_toll", 2300.0, "exact", "asserted") in found


def test_a_count_in_a_relative_clause_with_its_own_subject_is_stated_there(enricher) -> None:  # type: ignore[no-untyped-def]
    found = claims(
        enricher,
        "Researchers estimated that 40,000 people might have been infected, far more than "
        "the 1,870 confirmed cases the ministry reported on Monday.",
        "2024-04-08",
    )
    assert ("confirmed_cases", 1870.0, "exact", "asserted") in found
    assert ("confirmed_cases", 40000.0, "exact", "asserted") not in found


def test_a_figure_the_count_may_reach_stays_a_forecast(enricher) -> None:  # type: ignore[no-untyped-def]
    found = claims(enricher, "Officials fear the toll could pass the 5,000 mark this week.")
    assert [c for c in found if c[3] == "asserted"] == []


def test_a_date_in_a_comparison_dates_the_figure_compared_with(enricher) -> None:  # type: ignore[no-untyped-def]
    found = claims(
        enricher, "The outbreak has grown to 420 cases, 35 more than on Friday.", "2024-04-08"
    )
    assert found == [("confirmed_cases", 420.0, "exact", "asserted")]
    found = claims(
        enricher,
        "Cases reached 3,100, more than double the 1,400 recorded in the same period last year.",
        "2024-04-08",
    )
    assert ("confirmed_cases", 3100.0, "exact", "asserted") in found
    assert ("confirmed_cases", 1400.0, "exact", "recap") in found


def test_a_count_dated_days_ago_stays_a_recap(enricher) -> None:  # type: ignore[no-untyped-def]
    found = claims(enricher, "The toll rose to more than 400 on Friday.", "2024-04-08")
    assert found == [("death_toll", 400.0, "more_than", "recap")]


def test_a_bare_figure_after_capitals_were_named_counts_them(enricher) -> None:  # type: ignore[no-untyped-def]
    found = asserted(
        enricher,
        "Taliban fighters pushed into two more provincial capitals overnight. By noon the "
        "Taliban had seized 13, officials in Kabul said.",
    )
    assert ("provincial_capitals_captured", 13.0, "exact") in found


def test_a_part_of_the_capitals_named_before_is_no_count(enricher) -> None:  # type: ignore[no-untyped-def]
    found = asserted(
        enricher,
        "The Taliban hold 13 provincial capitals. They seized four of them without a fight.",
    )
    assert [c[1] for c in found] == [13.0]


def test_a_district_centre_is_a_town(enricher) -> None:  # type: ignore[no-untyped-def]
    found = asserted(
        enricher,
        "The army said the rebels had seized Kalpa, the fifth district centre captured since "
        "the truce collapsed.",
    )
    assert [(c[0], c[1]) for c in found] == [("cities_captured", 5.0)]


def test_a_part_smaller_than_the_count_is_no_total(enricher) -> None:  # type: ignore[no-untyped-def]
    found = claims(enricher, "At least 18 soldiers were among the 230 killed.")
    [toll] = [c for c in found if c[0] == "death_toll"]
    assert toll[1] == 230.0
    article = Article(
        id="x",
        text="At least 18 soldiers were among the 230 killed.",
        published=datetime.fromisoformat("2024-04-05"),
    )
    [claim] = enricher.enrich([article])[0].claims
    assert claim.total is None


def test_a_count_that_crept_up_to_a_figure_overnight_is_the_new_total(enricher) -> None:  # type: ignore[no-untyped-def]
    found = asserted(
        enricher,
        "The scorched area crept up to 18,300 acres overnight as winds eased.",
        "2024-04-08",
    )
    assert found == [("acres_burned", 18300.0, "exact")]


def test_a_fire_that_grew_by_a_figure_overnight_is_no_total(enricher) -> None:  # type: ignore[no-untyped-def]
    assert asserted(enricher, "The fire grew by 2,500 acres overnight.") == []
