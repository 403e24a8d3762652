"""Claims of round nine: general rules found on unseen text (places smaller than the
towns they are listed with, older figures an article replaces, a total broken down after
a dash or colon, parts "among them"). Every sentence here is written for these tests."""

from __future__ import annotations

from datetime import datetime

from processors.models import Article


def claims(enricher, text: str, published: str = "2024-04-05"):  # type: ignore[no-untyped-def]
    article = Article(id="x", text=text, published=datetime.fromisoformat(published))
    found = enricher.enrich([article])[0].claims
    return [(c.metric, c.value, c.bound, c.modality) for c in found]


def asserted(enricher, text: str, published: str = "2024-04-05"):  # type: ignore[no-untyped-def]
    return [c[:3] for c in claims(enricher, text, published) if c[3] == "asserted"]


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
