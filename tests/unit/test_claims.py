"""Claims read from our own example sentences (never the seeds' wording)."""

from __future__ import annotations

from datetime import date, timedelta

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
        # (a window of one day or less; "in less than a week" with no larger count beside
        # it is the running total, by the window convention of tests/fixtures/README.md)
        "The Taliban captured six provincial capitals in less than a day.",
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


@pytest.fixture(scope="module")
def read_dated():  # type: ignore[no-untyped-def]
    from datetime import date

    from processors.enrich import Enricher
    from processors.models import Article

    enricher = Enricher()

    def claims(text: str) -> list[Claim]:
        article = Article(id="t", text=text, published=date(2024, 3, 9).isoformat() + "T12:00")
        return enricher.enrich([article])[0].claims

    return claims


@pytest.mark.parametrize(
    ("text", "metric", "value", "total", "bound"),
    [
        # rebels, not the Taliban's aliases, and no Afghan word: capitals elsewhere are cities
        ("Rebels now hold 7 out of 20 regional capitals.", "cities_captured", 7, 20, "exact"),
        # the Taliban's aliases, but a whole other than its 34 and no Afghan word: elsewhere
        ("Militants now hold 7 out of 20 regional capitals.", "cities_captured", 7, 20, "exact"),
        ("Of the 34 provincial capitals, insurgents have taken 21.",
         "provincial_capitals_captured", 21, 34, "exact"),
        ("The regional health office puts dengue infections at 930.", "confirmed_cases", 930,
         None, "exact"),
        ("The county's mumps tally climbed to 41 on Friday.", "confirmed_cases", 41, None, "exact"),
        ("Quake toll passes 3,000", "death_toll", 3000, None, "more_than"),
        ("Crews were holding the Elk Bend Fire at 5,400 acres.", "acres_burned", 5400, None,
         "exact"),
        ("Nine of the 34 provincial capitals are now in militant hands.",
         "provincial_capitals_captured", 9, 34, "exact"),
    ],
)  # fmt: skip
def test_structural_readings(read, text: str, metric: str, value: float,
                             total: float | None, bound: str) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    c = only(read(text))
    assert (c.metric, c.value, c.total, c.bound) == (metric, value, total, bound)


def test_that_figure_takes_the_metric_of_the_claim_before(read) -> None:  # type: ignore[no-untyped-def]
    claims = read("Rebels had captured four towns by May; today that figure stands at 11.")
    assert [(c.metric, c.value) for c in claims] == [
        ("cities_captured", 4),
        ("cities_captured", 11),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "A day in which the army lost six towns to the rebels ended in retreat.",
        "Four towns fell to the rebels in 36 hours.",
        "Rebels seized Ostra, the country's second city.",
    ],
)
def test_windows_and_ranks_are_not_running_totals(read, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [c for c in read(text) if c.modality == "asserted"] == []


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("In January the rebels held just three towns.", "recap"),
        ("The toll reached 40 on Sunday, officials said.", "recap"),
        ("Officials rejected reports that the toll had reached 900.", "negated"),
        ("Ilsa, now a Category 3, is expected to weaken before landfall.", "asserted"),
    ],
)
def test_dated_denied_and_apposed_claims(read_dated, text: str, modality: str) -> None:  # type: ignore[no-untyped-def]
    claims = read_dated(text)
    assert claims and claims[0].modality == modality, claims


def test_title_case_headline_is_read_in_sentence_case(read_dated) -> None:  # type: ignore[no-untyped-def]
    c = only(read_dated("Rebels Seize Harnia, Taking Tally To Nine Towns"))
    assert (c.metric, c.value, c.sentence) == (
        "cities_captured",
        9,
        "Rebels Seize Harnia, Taking Tally To Nine Towns",
    )


def test_labelled_line_with_a_headline_is_another_story(read_dated) -> None:  # type: ignore[no-untyped-def]
    (c,) = read_dated("More coverage: Port City Toll Climbs To 80")
    assert c.modality == "other_story"


@pytest.fixture(scope="module")
def read_at():  # type: ignore[no-untyped-def]
    nlp = load_model()
    pack = RulePack.load()

    def claims(text: str, reference: date, dated: bool) -> list[Claim]:
        return extract_claims(nlp(text), pack, reference, dated=dated)

    return claims


WEEK = [date(2021, 8, 12) + timedelta(days=n) for n in range(7)]  # Thursday .. Wednesday


@pytest.mark.parametrize("fetched", WEEK, ids=lambda d: d.strftime("%a"))
def test_in_an_undated_article_a_weekday_never_makes_a_count_a_recap(read_at, fetched) -> None:  # type: ignore[no-untyped-def]
    text = "By Thursday evening the insurgents held 12 of the 34 provincial capitals."
    c = only(read_at(text, fetched, dated=False))
    assert (c.value, c.modality) == (12, "asserted")


def test_in_a_dated_article_a_weekday_days_before_publication_is_a_recap(read_at) -> None:  # type: ignore[no-untyped-def]
    text = "By Thursday evening the insurgents held 12 of the 34 provincial capitals."
    assert only(read_at(text, date(2021, 8, 16), dated=True)).modality == "recap"


@pytest.mark.parametrize("fetched", WEEK, ids=lambda d: d.strftime("%a"))
def test_in_an_undated_article_a_calendar_date_still_makes_a_recap(read_at, fetched) -> None:  # type: ignore[no-untyped-def]
    text = "By July 20 the insurgents held 12 of the 34 provincial capitals."
    assert only(read_at(text, fetched, dated=False)).modality == "recap"


def test_hectares_are_reported_in_acres(read) -> None:  # type: ignore[no-untyped-def]
    c = only(read("The bushfire has blackened 5,000 hectares of scrub."))
    assert (c.metric, c.value, c.unit) == ("acres_burned", 12355, "acres")


def test_the_value_a_count_rose_from_is_a_recap(read) -> None:  # type: ignore[no-untyped-def]
    got = {c.value: c.modality for c in read("Deaths have climbed to 64, up from 39 on Monday.")}
    assert got == {64: "asserted", 39: "recap"}


def test_a_count_believed_reached_is_hedged(read) -> None:  # type: ignore[no-untyped-def]
    assert only(read("Some 150 miners are believed to have died.")).modality == "hedged"


def test_a_window_before_the_new_total_is_no_sub_count(read) -> None:  # type: ignore[no-untyped-def]
    c = only(read("The fire spread overnight to 9,300 acres."))
    assert (c.value, c.modality) == (9300, "asserted")


def test_a_bare_count_of_the_killed_is_a_death_toll(read) -> None:  # type: ignore[no-untyped-def]
    c = only(read("Cyclone kills more than 900 along southern coast"))
    assert (c.metric, c.value, c.bound, c.modality) == ("death_toll", 900, "more_than", "asserted")


def test_a_toll_climbing_past_a_number_is_more_than_it(read) -> None:  # type: ignore[no-untyped-def]
    c = only(read("Landslide toll climbs past 140"))
    assert (c.metric, c.value, c.bound) == ("death_toll", 140, "more_than")


def test_hyphenated_number_words_give_value_and_total(read) -> None:  # type: ignore[no-untyped-def]
    c = only(read("Twenty-two out of thirty-four provincial capitals are now held by the Taliban."))
    assert (c.metric, c.value, c.total) == ("provincial_capitals_captured", 22, 34)


def test_an_inverted_count_takes_the_number_to_its_noun(read) -> None:  # type: ignore[no-untyped-def]
    c = only(read("The fall of Taloqan took to nine the number of provincial capitals they hold."))
    assert (c.metric, c.value) == ("provincial_capitals_captured", 9)
