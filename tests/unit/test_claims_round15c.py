"""Claims of round fifteen, third writer: README conventions and background in relative
clauses. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest
from claim_readings import asserted, claims


@pytest.mark.parametrize(
    "text",
    [
        "A herder in the hills died of rabies on Monday, the first such death in 30 years.",
        "Health officials reported a death from plague, the first such death since 1994.",
    ],
)
def test_the_first_such_death_is_a_running_total_of_one(enricher, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("death_toll", 1.0, "exact") in asserted(enricher, text)


def test_a_later_ordinal_such_death_is_still_a_record(enricher) -> None:  # type: ignore[no-untyped-def]
    text = "A miner died of anthrax on Monday, the third such death in a decade."
    assert [c for c in asserted(enricher, text) if c[0] == "death_toll"] == []


@pytest.mark.parametrize(
    ("text", "older", "newer"),
    [
        (
            "The storm, which had reached Category 3 near the islands, weakened to a "
            "Category 1 on Thursday.",
            3.0,
            ("hurricane_category", 1.0, "exact", "asserted"),
        ),
        (
            "Hurricane Oren, which swept past the islands as a Category 2 storm on "
            "Thursday, is expected to reach Category 4 before landfall.",
            2.0,
            ("hurricane_category", 4.0, "exact", "forecast"),
        ),
    ],
)
def test_a_value_in_a_relative_clause_on_the_subject_is_background_to_the_main_clause(
    enricher, text: str, older: float, newer: tuple[str, float, str, str]
) -> None:  # type: ignore[no-untyped-def]
    found = claims(enricher, text)
    assert ("hurricane_category", older, "exact", "recap") in found
    assert newer in found


def test_a_relative_clause_with_no_other_value_beside_it_stays_asserted(enricher) -> None:  # type: ignore[no-untyped-def]
    text = "The blaze, which has burned 3,400 acres, forced the closure of two highways."
    assert asserted(enricher, text) == [("acres_burned", 3400.0, "exact")]


@pytest.mark.parametrize(
    "text",
    [
        "The militia's flag flies over seven urban centres, residents said.",
        "The insurgents' banners now fly over seven towns in the north.",
    ],
)
def test_over_after_a_flag_flying_places_it_and_bounds_no_figure(enricher, text: str) -> None:  # type: ignore[no-untyped-def]
    assert asserted(enricher, text) == [("cities_captured", 7.0, "exact")]


def test_over_after_a_verb_of_taking_is_still_a_bound(enricher) -> None:  # type: ignore[no-untyped-def]
    text = "The fire has burned over 1,200 acres since Sunday."
    assert asserted(enricher, text) == [("acres_burned", 1200.0, "more_than")]


def test_a_perfect_participle_tagged_a_noun_is_still_the_verb(enricher) -> None:  # type: ignore[no-untyped-def]
    text = "The rebels have overrun more than 300 army posts and at least 15 towns."
    assert asserted(enricher, text) == [("cities_captured", 15.0, "at_least")]


@pytest.mark.parametrize(
    "text",
    [
        "Since May, the coalition says, it has seized at least 15 towns.",
        "Since the offensive began, the coalition says, it has overrun at least 15 towns.",
    ],
)
def test_a_pronoun_after_a_parenthetical_sayer_names_the_sayer(enricher, text: str) -> None:  # type: ignore[no-untyped-def]
    assert asserted(enricher, text) == [("cities_captured", 15.0, "at_least")]


def test_an_ordinal_in_brackets_after_a_name_ranks_it_in_the_count_named(enricher) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kunduz (9th) and Sar-e Pul (10th): both fell on Thursday, leaving the government "
        "with 24 of its 34 provincial capitals."
    )
    assert asserted(enricher, text) == [("provincial_capitals_captured", 10.0, "exact")]


def test_a_bracketed_ordinal_with_no_count_named_is_no_claim(enricher) -> None:  # type: ignore[no-untyped-def]
    assert asserted(enricher, "The Eagles (3rd) beat the Lions (5th) on Thursday.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The Taliban have taken five provincial capitals since Friday. Kunduz, seized on "
        "Thursday, was the sixth to fall.",
        "Taloqan became the fifth provincial capital taken this week; Kunduz was the sixth "
        "to fall.",
    ],
)
def test_an_ordinal_with_its_noun_left_out_counts_the_places_counted_before(
    enricher, text: str
) -> None:  # type: ignore[no-untyped-def]
    assert ("provincial_capitals_captured", 6.0, "exact") in asserted(enricher, text)


def test_an_elided_ordinal_with_nothing_counted_before_is_no_claim(enricher) -> None:  # type: ignore[no-untyped-def]
    assert asserted(enricher, "Kunduz was the sixth to fall.") == []


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("The Ridge Fire has burned 12,000 acres and the Creek Fire 8,000.", [12000.0, 8000.0]),
        (
            "The Alder Fire has burned 9,000 acres, the Birch Fire 4,000 and the Cedar Fire 2,500.",
            [9000.0, 4000.0, 2500.0],
        ),
    ],
)
def test_a_gapped_clause_counts_the_noun_of_the_clause_before_for_its_own_subject(
    enricher, text: str, values: list[float]
) -> None:  # type: ignore[no-untyped-def]
    assert [c[1] for c in asserted(enricher, text)] == values


def test_a_number_after_a_category_is_no_gapped_clause(enricher) -> None:  # type: ignore[no-untyped-def]
    text = "The storm strengthened to a Category 3 and then Category 4."
    assert [c[1] for c in asserted(enricher, text)] == [3.0, 4.0]


@pytest.mark.parametrize(
    "text",
    [
        "Fires have blackened 2 million hectares in the east this season; the west has "
        "lost 1.2 million.",
        "Fires have blackened 2 million hectares in the east this season; in the west they "
        "have burned 1.2 million.",
    ],
)
def test_a_bare_number_after_a_clause_that_counted_a_noun_counts_that_noun(
    enricher, text: str
) -> None:  # type: ignore[no-untyped-def]
    # the hectares left out are converted like the ones named
    assert [c[1] for c in asserted(enricher, text)] == [4942108.0, 2965265.0]


def test_a_bare_number_of_another_verb_is_not_the_noun_counted_before(enricher) -> None:  # type: ignore[no-untyped-def]
    text = "The quake killed 40 people and injured 120."
    assert asserted(enricher, text) == [("death_toll", 40.0, "exact")]


@pytest.mark.parametrize(
    "text",
    [
        "The government now holds fewer than half of the 34 provincial capitals.",
        "The army still controls 20 of the 34 provincial capitals.",
    ],
)
def test_what_the_defending_state_holds_is_not_what_was_taken(enricher, text: str) -> None:  # type: ignore[no-untyped-def]
    assert asserted(enricher, text) == []


def test_an_insurgent_group_named_an_army_still_holds_what_it_took(enricher) -> None:  # type: ignore[no-untyped-def]
    text = "With the port in its hands, the Kachin Army controls 9 of the state's 12 townships."
    assert asserted(enricher, text) == [("cities_captured", 9.0, "exact")]


@pytest.mark.parametrize(
    "text",
    [
        "The rebels have taken 12 towns and Highway 3.",
        "Rebels have seized 12 towns, Camp 7 and Route 66.",
    ],
)
def test_a_number_ending_a_name_is_no_gapped_count(enricher, text: str) -> None:  # type: ignore[no-untyped-def]
    assert asserted(enricher, text) == [("cities_captured", 12.0, "exact")]


def test_a_current_count_in_a_relative_clause_stays_asserted_beside_a_forecast(enricher) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Taliban, who have taken 10 provincial capitals, are expected to take a 12th "
        "within days."
    )
    assert ("provincial_capitals_captured", 10.0, "exact", "asserted") in claims(enricher, text)


def test_the_and_a_number_standing_alone_as_subject_points_back(enricher) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kunduz and Taloqan fell on Thursday. The two bring the Taliban's tally to nine "
        "provincial capitals."
    )
    assert asserted(enricher, text) == [("provincial_capitals_captured", 9.0, "exact")]


def test_a_list_of_ordinals_counts_its_last(enricher) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Taliban took Kunduz, Taloqan and Sar-e Pul on Thursday; these were the seventh, "
        "eighth and ninth provincial capitals to fall."
    )
    assert asserted(enricher, text) == [("provincial_capitals_captured", 9.0, "exact")]


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("The hospital reported two deaths on Thursday, bringing the toll to 14.", 14.0),
        ("Health officials logged 30 new cases on Thursday, raising the total to 410.", 410.0),
    ],
)
def test_a_count_a_gerund_moving_a_larger_total_follows_is_the_increment(
    enricher, text: str, total: float
) -> None:  # type: ignore[no-untyped-def]
    assert [c[1] for c in asserted(enricher, text)] == [total]
