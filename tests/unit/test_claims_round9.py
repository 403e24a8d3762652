"""Claims of round nine: general rules found on unseen text (places smaller than the
towns they are listed with, older figures an article replaces, a total broken down after
a dash or colon, parts "among them"). Every sentence here is written for these tests."""

from __future__ import annotations

from datetime import datetime

from claim_readings import asserted, claims

from processors.models import Article


def test_villages_listed_beside_towns_are_not_towns(enricher) -> None:  # type: ignore[no-untyped-def]
    found = asserted(
        enricher,
        "The rebels said they had seized six towns, 14 villages and two hamlets during the week.",
    )
    assert found == [("cities_captured", 6.0, "exact")]


def test_an_earlier_figure_the_article_replaces_is_not_asserted(enricher) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Officials cut the flood toll to 88 on Friday, saying an earlier figure of 97 had "
        "included people who were later found alive."
    )
    assert asserted(enricher, text) == [("death_toll", 88.0, "exact")]


def test_figures_after_a_dash_that_split_a_total_are_its_parts(enricher) -> None:  # type: ignore[no-untyped-def]
    text = "The cyclone's toll rose to 240 on Friday — 180 in the port city and 60 in the delta."
    assert asserted(enricher, text) == [("death_toll", 240.0, "exact")]


def test_figures_after_a_colon_that_split_a_total_are_its_parts(enricher) -> None:  # type: ignore[no-untyped-def]
    text = "Cholera cases have reached 3,100: 2,400 in the capital and 700 in the south."
    assert asserted(enricher, text) == [("confirmed_cases", 3100.0, "exact")]


def test_a_part_among_those_counted_is_no_count(enricher) -> None:  # type: ignore[no-untyped-def]
    found = asserted(enricher, "The bus crash killed 37 people, among them five children.")
    assert found == [("death_toll", 37.0, "exact")]


def test_a_count_one_side_gives_and_another_denies_is_hedged(enricher) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The rebels now hold four market towns in the east, their commander said on Friday; an "
        "army spokesman denied that any of them had fallen."
    )
    found = claims(enricher, text)
    assert ("cities_captured", 4.0, "exact", "hedged") in found
    assert asserted(enricher, text) == []


def test_a_denial_of_the_figure_itself_still_negates(enricher) -> None:  # type: ignore[no-untyped-def]
    found = claims(enricher, "The ministry denied that the flood toll had reached 900.")
    assert ("death_toll", 900.0, "exact", "negated") in found


def test_all_n_of_a_noun_is_the_whole_set(enricher) -> None:  # type: ignore[no-untyped-def]
    article = Article(
        id="x",
        text="The rebels now control all four regional capitals of the north.",
        published=datetime(2024, 4, 5),
    )
    found = [(c.value, c.total) for c in enricher.enrich([article])[0].claims]
    assert found == [(4.0, 4.0)]


def test_a_figure_called_the_deadliest_day_is_that_days_count(enricher) -> None:  # type: ignore[no-untyped-def]
    text = "Shelling killed 210 people across the country on Friday, the bloodiest day of the war."
    assert asserted(enricher, text) == []
    text = "Air raids killed 64 civilians on Friday, the worst night the city has seen."
    assert asserted(enricher, text) == []


def test_a_days_record_said_of_something_else_keeps_the_total(enricher) -> None:  # type: ignore[no-untyped-def]
    text = "The quake's death toll rose to 1,240 on Friday as rescuers reached the last villages."
    assert asserted(enricher, text) == [("death_toll", 1240.0, "exact")]


def test_an_estimate_of_what_burned_is_no_forecast(enricher) -> None:  # type: ignore[no-untyped-def]
    text = "Officials estimate the canyon fire scorched roughly 5,400 acres before crews held it."
    assert asserted(enricher, text) == [("acres_burned", 5400.0, "about")]


def test_a_fear_about_the_past_is_hedged_not_a_forecast(enricher) -> None:  # type: ignore[no-untyped-def]
    found = claims(enricher, "Rescuers fear 80 people died when the ferry overturned.")
    assert ("death_toll", 80.0, "exact", "hedged") in found


def test_a_fear_about_the_future_stays_a_forecast(enricher) -> None:  # type: ignore[no-untyped-def]
    found = claims(enricher, "Officials fear the toll will climb to 300.")
    assert ("death_toll", 300.0, "exact", "forecast") in found


def test_a_dateline_read_as_the_subject_leaves_the_count_to_its_apposition(enricher) -> None:  # type: ignore[no-untyped-def]
    text = "LIMA, Mar 4 — The death toll from the floods in the north passed 1,300 on Monday."
    assert asserted(enricher, text, "2024-03-05") == [("death_toll", 1300.0, "more_than")]


def test_a_number_the_adjective_dead_took_is_a_toll(enricher) -> None:  # type: ignore[no-untyped-def]
    text = "Peru bus crash: 41 dead in the Andes as search ends"
    assert asserted(enricher, text) == [("death_toll", 41.0, "exact")]


def test_a_part_called_fatal_counts_the_dead(enricher) -> None:  # type: ignore[no-untyped-def]
    found = asserted(enricher, "The region has recorded 14 cholera cases, three of them fatal.")
    assert ("confirmed_cases", 14.0, "exact") in found
    assert ("death_toll", 3.0, "exact") in found


def test_a_capital_to_go_is_a_capital_that_fell(enricher) -> None:  # type: ignore[no-untyped-def]
    text = "Kunduz changed hands on Sunday, the seventh provincial capital to go since Friday."
    found = asserted(enricher, text, "2021-08-08")
    assert [c[:2] for c in found] == [("provincial_capitals_captured", 7.0)]


def test_what_is_left_to_go_is_not_what_went(enricher) -> None:  # type: ignore[no-untyped-def]
    found = claims(enricher, "The Taliban offensive: 12 capitals down, 22 to go.", "2021-08-11")
    assert all(c[1] != 22.0 for c in found)
