"""Claims read from our own example sentences (never the seeds' wording)."""

from __future__ import annotations

import pytest

from processors.claims import extract_claims
from processors.models import Claim
from processors.nlp import load_model
from processors.rulepack import RulePack


@pytest.fixture(scope="module")
def read():  # type: ignore[no-untyped-def]
    nlp = load_model()
    pack = RulePack.load()

    def claims(text: str, headlines: tuple[str, ...] = ()) -> list[Claim]:
        return extract_claims(nlp(text), pack, other_story_headlines=headlines)

    return claims


def only(claims: list[Claim]) -> Claim:
    assert len(claims) == 1, claims
    return claims[0]


def test_n_of_m_gives_value_and_total_and_canonical_subject(read) -> None:  # type: ignore[no-untyped-def]
    c = only(
        read(
            "By Friday evening, 14 of the country's 34 provincial capitals "
            "had been seized by the insurgents."
        )
    )
    assert (c.metric, c.subject, c.value, c.total, c.modality) == (
        "provincial_capitals_captured",
        "Taliban",
        14,
        34,
        "asserted",
    )


def test_number_words_and_bounds(read) -> None:  # type: ignore[no-untyped-def]
    c = only(read("The Taliban have now taken at least twelve provincial capitals."))
    assert (c.value, c.bound) == (12, "at_least")


def test_ordinal_is_the_running_total(read) -> None:  # type: ignore[no-untyped-def]
    c = only(read("Zaranj became the 12th provincial capital to fall to the Taliban."))
    assert (c.value, c.subject, c.modality) == (12, "Taliban", "asserted")


def test_ranking_ordinal_is_not_a_count(read) -> None:  # type: ignore[no-untyped-def]
    assert read("Rebels captured the country's second-largest city on Monday.") == []


def test_share_of_a_total_becomes_a_value(read) -> None:  # type: ignore[no-untyped-def]
    c = only(read("The militants now control half of the 34 provincial capitals."))
    assert (c.value, c.total) == (17, 34)


def test_the_total_is_not_a_claim_of_its_own(read) -> None:  # type: ignore[no-untyped-def]
    values = [c.value for c in read("Insurgents hold 9 of the 34 provincial capitals.")]
    assert values == [9]


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("The Taliban could take 20 provincial capitals within a month.", "forecast"),
        ("The group may already control 15 provincial capitals.", "hedged"),
        ("If Kandahar falls, the Taliban would hold 16 provincial capitals.", "conditional"),
        ("The militants are threatening to capture 20 provincial capitals.", "threatened"),
        ("The Taliban have not captured 25 provincial capitals, officials insisted.", "negated"),
        ("The insurgents have reportedly seized 13 provincial capitals.", "asserted"),
    ],
)
def test_modality_of_the_clause(read, text: str, modality: str) -> None:  # type: ignore[no-untyped-def]
    assert only(read(text)).modality == modality


def test_related_headline_is_another_story(read) -> None:  # type: ignore[no-untyped-def]
    c = only(read("Related: Taliban Seize 15 Provincial Capitals In Ten Days"))
    assert c.modality == "other_story"
    line = "Insurgents capture 16 provincial capitals"
    assert only(read(line, headlines=(line,))).modality == "other_story"


@pytest.mark.parametrize(
    "text",
    [
        "Four more provincial capitals fell to the Taliban on Friday.",
        "The Taliban captured six provincial capitals in less than a week.",
        "The county reported 310 new cases on Monday.",
    ],
)
def test_subcounts_and_increments_are_not_running_totals(read, text: str) -> None:  # type: ignore[no-untyped-def]
    assert read(text) == []


@pytest.mark.parametrize(
    ("text", "metric", "value", "unit"),
    [
        ("The death toll from the floods rose to 1,340 on Sunday.", "death_toll", 1340, None),
        ("At least 57 people were killed in the blast.", "death_toll", 57, None),
        (
            "The Cedar Ridge Fire has scorched more than 82,000 acres.",
            "acres_burned",
            82000,
            "acres",
        ),
        ("The province has confirmed 4,210 cases of cholera.", "confirmed_cases", 4210, None),
        ("Hurricane Talia strengthened into a Category 4 storm.", "hurricane_category", 4, None),
        ("Rebel fighters have captured a dozen towns in the east.", "cities_captured", 12, None),
    ],
)
def test_other_domains(read, text: str, metric: str, value: float, unit: str | None) -> None:  # type: ignore[no-untyped-def]
    c = only(read(text))
    assert (c.metric, c.value, c.unit, c.modality) == (metric, value, unit, "asserted")


def test_numbers_that_count_something_else_are_ignored(read) -> None:  # type: ignore[no-untyped-def]
    text = "Some 650 troops will stay, 150 kilometres from the capital, for 30 days."
    assert read(text) == []
