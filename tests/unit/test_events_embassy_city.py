"""An embassy whose city the passage never names is in the capital of the host country
the article is about (tests/fixtures/README.md, "Labelling conventions"): the country
named with the embassy, else the one whose name, people, places or armed groups the
article names. With no host to tell, or two told equally, the city stays unknown."""

from __future__ import annotations

import pytest


def _embassy_keys(read, text: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(e.actor, e.key.split("|")[1]) for e in read(text) if e.modality == "asserted"]


@pytest.mark.parametrize(
    ("text", "actor", "ident"),
    [
        (
            "Insurgent units were reported on the ring road near Charikar on Monday.\n\n"
            "The Norwegian embassy told its nationals on Monday to get out while commercial "
            "flights were still running.",
            "Norwegian Embassy Kabul",
            "embassy:no:kabul",
        ),
        (
            "Taliban commanders posted videos from the governor's office.\n\n"
            "The Canadian embassy told its citizens on Monday to leave immediately.",
            "Canadian Embassy Kabul",
            "embassy:ca:kabul",
        ),
        (
            "The Italian embassy urged its citizens on Monday to leave at once as RSF units "
            "pushed toward the airport.",
            "Italian Embassy Khartoum",
            "embassy:it:khartoum",
        ),
        (
            "Houthi gunboats shelled the harbour overnight.\n\n"
            "The German embassy told its citizens on Monday to leave the country.",
            "German Embassy Sanaa",
            "embassy:de:sanaa",
        ),
        (
            "The M23 advance continued along the lake shore.\n\n"
            "The Swiss embassy told its citizens on Monday to leave the country.",
            "Swiss Embassy Kinshasa",
            "embassy:ch:kinshasa",
        ),
        (
            "Armed gangs blocked the coastal highway again.\n\n"
            "Haitian police said the French embassy had told its citizens on Monday to leave "
            "immediately.",
            "French Embassy Port-au-Prince",
            "embassy:fr:port-au-prince",
        ),
    ],
)
def test_an_embassy_whose_city_is_named_nowhere_is_in_the_host_countrys_capital(
    read,  # type: ignore[no-untyped-def]
    text: str,
    actor: str,
    ident: str,
) -> None:
    assert _embassy_keys(read, text) == [(actor, ident)]


def test_the_country_named_with_the_embassy_is_its_host(read) -> None:  # type: ignore[no-untyped-def]
    text = "The Spanish embassy in Libya told its citizens on Monday to leave immediately."
    assert _embassy_keys(read, text) == [("Spanish Embassy Tripoli", "embassy:es:tripoli")]


def test_two_reports_of_one_alert_share_one_identity_with_or_without_the_city(read) -> None:  # type: ignore[no-untyped-def]
    named = "The Greek embassy in Kabul told its citizens on Monday to leave immediately."
    unnamed = (
        "Afghan officials said the roads north were closed.\n\n"
        "The Greek embassy told its citizens on Monday to leave immediately."
    )
    assert [e.key for e in read(named)] == [e.key for e in read(unnamed)]


def test_an_embassy_is_never_placed_in_its_own_countrys_capital(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Officials in Moscow said on Monday that the Russian embassy had told its citizens "
        "to leave immediately."
    )
    assert _embassy_keys(read, text) == [("Russian Embassy", "embassy:ru:?")]


def test_the_sending_country_named_in_the_article_is_no_host(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Washington said the situation was deteriorating fast.\n\n"
        "The US embassy told Americans on Monday to leave the country immediately."
    )
    assert _embassy_keys(read, text) == [("US Embassy", "embassy:us:?")]


def test_an_article_naming_no_host_keeps_the_city_unknown(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Polish embassy told its citizens on Monday to leave the country while "
        "commercial flights were still running."
    )
    assert _embassy_keys(read, text) == [("Polish Embassy", "embassy:pl:?")]


def test_two_host_countries_named_alike_leave_the_city_unknown(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The French embassy told its citizens on Monday to leave immediately, as the "
        "fighting spread from Sudan into Chad."
    )
    assert _embassy_keys(read, text) == [("French Embassy", "embassy:fr:?")]


def test_the_host_named_most_in_the_article_wins_over_one_named_in_passing(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Sudanese army units fell back from the bridges. RSF fighters took the market.\n\n"
        "Some families had already crossed into Chad.\n\n"
        "The Swedish embassy told its citizens on Monday to leave immediately."
    )
    assert _embassy_keys(read, text) == [("Swedish Embassy Khartoum", "embassy:se:khartoum")]


def test_a_consulate_keeps_the_city_named_beside_it(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Taliban fighters were reported in several provinces.\n\n"
        "The Indian consulate in Kandahar was evacuated on Monday."
    )
    assert _embassy_keys(read, text) == [("Indian Consulate Kandahar", "embassy:in:kandahar")]


def test_a_consulate_whose_city_is_named_nowhere_is_not_put_in_the_capital(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Taliban fighters were reported in several provinces.\n\n"
        "The Indian consulate was evacuated on Monday."
    )
    assert _embassy_keys(read, text) == [("Indian Consulate", "embassy:in:?")]


def test_a_lower_case_word_of_a_group_default_in_is_no_host_name(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Rebels said a provincial capital was surrounded.\n\n"
        "The Japanese embassy told its citizens on Monday to leave the country."
    )
    assert _embassy_keys(read, text) == [("Japanese Embassy", "embassy:jp:?")]
