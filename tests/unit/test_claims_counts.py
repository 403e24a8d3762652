"""Running totals whose counted noun hangs on another noun, is left out, or is misread by
the parse: "the fall of only nine", "the loss of a sixth capital", "the number killed when
... rose to 31", "now counts 92", "which makes it 41". Every sentence here is written for
these tests."""

from __future__ import annotations

import pytest
from claim_readings import asserted, claims


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Kabul has conceded the loss of a sixth provincial capital to the Taliban.", 6.0),
        ("The Taliban's seizure of an eighth provincial capital stunned Kabul.", 8.0),
        ("Officials admitted the fall of 12 provincial capitals to the Taliban.", 12.0),
    ],
)
def test_a_noun_of_the_event_counts_the_places_it_takes(enricher, text: str, value: float) -> None:  # type: ignore[no-untyped-def]
    assert asserted(enricher, text) == [("provincial_capitals_captured", value, "exact")]


@pytest.mark.parametrize(
    "text",
    [
        "Local radio put the number of provincial capitals lost to the Taliban at 11; the "
        "government acknowledged the fall of only seven.",
        "Local radio put the number of provincial capitals lost to the Taliban at 11, while "
        "the government has acknowledged only seven.",
    ],
)
def test_a_count_owned_to_after_the_noun_was_named_leaves_the_noun_out(enricher, text: str) -> None:  # type: ignore[no-untyped-def]
    # (read, whatever its modality: two tellers' rival figures are both hedged since round
    # 29, and the second "while" clause is now read as one, round 32)
    found = [c[:3] for c in claims(enricher, text)]
    assert ("provincial_capitals_captured", 7.0, "exact") in found


@pytest.mark.parametrize(
    "text",
    [
        "The number killed when the ferry capsized off the coast rose to 63, the navy said.",
        "LAGOS (Reuters) - The number killed when a tanker exploded on the highway rose to "
        "48, among them six children, officials said on Friday.",
        "The number killed in the collapse of the stadium stand has risen to 27.",
    ],
)
def test_the_number_killed_is_a_death_toll_however_the_clause_is_parsed(
    enricher, text: str
) -> None:  # type: ignore[no-untyped-def]
    values = [v for m, v, _ in asserted(enricher, text) if m == "death_toll"]
    assert values and values[0] in (63.0, 48.0, 27.0)


def test_the_number_injured_is_no_death_toll(enricher) -> None:  # type: ignore[no-untyped-def]
    text = "The number injured when the ferry capsized off the coast rose to 63, the navy said."
    assert asserted(enricher, text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The landslide killed 40 people in the valley. The province now counts 52.", 52.0),
        ("The earthquake killed 40 people in the valley. By Friday officials had counted 75.",
         75.0),
        ("Officials in the valley now count 52 dead after the landslide.", 52.0),
    ],
)  # fmt: skip
def test_a_count_of_the_dead_named_just_before_needs_no_noun(
    enricher, text: str, value: float
) -> None:  # type: ignore[no-untyped-def]
    assert ("death_toll", value, "exact") in asserted(enricher, text)


def test_a_count_in_one_place_alone_is_part_of_the_toll_before(
    enricher,
) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The cyclone's death toll has passed 210 across three provinces, with the coastal "
        "district alone counting at least 90."
    )
    assert asserted(enricher, text) == [("death_toll", 210.0, "more_than")]


def test_a_count_of_something_else_after_the_dead_keeps_its_noun(
    enricher,
) -> None:  # type: ignore[no-untyped-def]
    text = "Floods killed 12 people in the north; rescuers also counted 300 homes destroyed."
    assert asserted(enricher, text) == [("death_toll", 12.0, "exact")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The storm killed 30 people. Another body washed ashore on Sunday, which makes it 31.",
         31.0),
        ("Taloqan Makes It Two: Takhar Capital Handed Over to Taliban\nLocal elders "
         "surrendered the city on Sunday to avoid a siege.", 2.0),
    ],
)  # fmt: skip
def test_makes_it_n_moves_the_count_named_around_it(enricher, text: str, value: float) -> None:  # type: ignore[no-untyped-def]
    assert any(v == value for _, v, _ in asserted(enricher, text))


def test_makes_with_its_own_noun_is_not_an_elided_count(
    enricher,
) -> None:  # type: ignore[no-untyped-def]
    text = "The quake killed 30 people. Engineers made 14 inspections of the dam on Sunday."
    assert asserted(enricher, text) == [("death_toll", 30.0, "exact")]


def test_the_fall_of_a_year_or_a_rank_is_no_count(enricher) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Taliban fighters took Kunduz, a provincial capital. Veterans recalled the fall of "
        "1992 and the fall of the second city."
    )
    assert all(v != 1992.0 for _, v, _ in asserted(enricher, text))


@pytest.mark.parametrize(
    "text",
    [
        "The Taliban's capture of two more provincial capitals on Sunday alarmed Kabul.",
        "The fall of three provincial capitals in a single day alarmed Kabul.",
        "The storm killed 30 people. The search went on overnight, which makes it 12 days "
        "since the storm struck.",
        "The storm killed 30 people, which makes it the third deadliest storm of the decade.",
    ],
)
def test_increments_windows_durations_and_ranks_stay_out(enricher, text: str) -> None:  # type: ignore[no-untyped-def]
    found = asserted(enricher, text)
    assert all(v in (30.0,) for _, v, _ in found)
