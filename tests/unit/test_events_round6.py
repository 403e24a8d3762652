"""Events, round 6: general capture idioms, embassy notices without a reporting verb,
and clause shapes that hid events before. Our own example sentences."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from processors.models import Article, Event

SATURDAY = date(2021, 8, 14)


@pytest.fixture(scope="module")
def read(enricher):  # type: ignore[no-untyped-def]
    """Events of one passage through the whole enrichment (candidate gate, headlines)."""

    def events(text: str, published: date = SATURDAY) -> list[Event]:
        when = datetime(published.year, published.month, published.day)
        (enriched,) = enricher.enrich([Article(id="t", text=text, published=when)])
        return enriched.events

    return events


def asserted(events: list[Event], kind: str = "city_captured") -> list[tuple[str, str | None]]:
    return sorted(
        (e.actor, e.location) for e in events if e.type == kind and e.modality == "asserted"
    )


def test_places_gone_after_with_are_asserted_captures(read) -> None:  # type: ignore[no-untyped-def]
    text = "With Kismayo and Baidoa gone, the militants now hold most of the south."
    assert asserted(read(text)) == [("rebels", "Baidoa"), ("rebels", "Kismayo")]


def events_of(
    events: list[Event], kind: str = "city_captured"
) -> list[tuple[str, str | None, str]]:
    return sorted((e.actor, e.location, e.modality) for e in events if e.type == kind)


def test_posts_or_claims_dismissed_by_officials_report_no_capture(read) -> None:  # type: ignore[no-untyped-def]
    posts = "The governor on Friday dismissed as fake rebel posts claiming the seizure of Kidal."
    claims = "A ministry spokesman rejected claims spreading online that Gao had been overrun."
    assert asserted(read(posts)) == []
    assert asserted(read(claims)) == []


def test_a_fall_years_before_the_news_is_background(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The president flew to Raqqa on Friday to praise the army for recapturing the city, "
        "four years after it fell to the jihadists."
    )
    assert events_of(read(text)) == [
        ("government forces", "Raqqa", "asserted"),
        ("rebels", "Raqqa", "recap"),
    ]


def test_a_place_now_held_by_a_group_is_captured(read) -> None:  # type: ignore[no-untyped-def]
    assert asserted(read("Residents said Kidal is now held by the rebels.")) == [
        ("rebels", "Kidal")
    ]
    assert asserted(read("In Mali the rebels now hold Kidal, a spokesman said.")) == [
        ("rebels", "Kidal")
    ]


def test_a_place_held_without_now_is_no_news(read) -> None:  # type: ignore[no-untyped-def]
    assert asserted(read("The rebels hold Kidal and Tessalit.")) == []


def test_a_place_given_up_goes_to_the_group_the_sentence_names(read) -> None:  # type: ignore[no-untyped-def]
    text = "Tessalit was given up without a fight on Friday as the rebels closed in."
    assert asserted(read(text)) == [("rebels", "Tessalit")]


def test_a_place_declared_liberated_is_taken_by_the_declarer(read) -> None:  # type: ignore[no-untyped-def]
    text = "The army declared Fallujah fully liberated on Thursday."
    assert asserted(read(text)) == [("government forces", "Fallujah")]


def test_a_town_the_army_abandoned_or_withdrew_from_goes_to_its_enemy(read) -> None:  # type: ignore[no-untyped-def]
    abandoned = "Gao was abandoned by the army on Friday, the jihadists said."
    withdrew = "The army withdrew from Gao on Friday as the jihadists advanced."
    assert asserted(read(abandoned)) == [("rebels", "Gao")]
    assert asserted(read(withdrew)) == [("rebels", "Gao")]


def test_rebels_withdrawing_is_no_capture(read) -> None:  # type: ignore[no-untyped-def]
    assert asserted(read("The rebels withdrew from Gao on Friday.")) == []


def test_a_nearby_town_of_a_list_is_taken_too(read) -> None:  # type: ignore[no-untyped-def]
    text = "The rebels seized Goma and the nearby town of Sake on Friday."
    assert asserted(read(text)) == [("rebels", "Goma"), ("rebels", "Sake")]


def test_a_speaker_who_says_we_lost_a_city_lost_it_to_the_named_group(read) -> None:  # type: ignore[no-untyped-def]
    text = '"We have lost Gao," an official said on Friday as the jihadists stormed the base.'
    assert asserted(read(text)) == [("rebels", "Gao")]


def test_conceding_the_city_named_before_by_a_preposition(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The army said on Friday it had moved its units outside Gao, in effect conceding "
        "the city to the jihadists."
    )
    assert asserted(read(text)) == [("rebels", "Gao")]


def test_a_loss_verb_is_a_candidate_only_beside_an_armed_side_or_its_particle(enricher) -> None:  # type: ignore[no-untyped-def]
    finder = enricher.finder

    def parsed(text: str) -> bool:
        return any(p.parse for p in finder.pieces(enricher.nlp.make_doc(text)))

    assert parsed("Gao was abandoned by the army.")
    assert parsed("Gao is now held by the rebels.")
    assert parsed("Tessalit was given up without a fight.")
    assert not parsed("The old ship was abandoned at sea.")
    assert not parsed("The concert was held in the park.")


def dated(
    events: list[Event], kind: str = "city_captured"
) -> list[tuple[str, str | None, date | None]]:
    return sorted(
        (e.actor, e.location, e.date) for e in events if e.type == kind and e.modality == "asserted"
    )


def test_a_description_after_a_dash_is_not_the_object_of_fallen(read) -> None:  # type: ignore[no-untyped-def]
    text = "Kismayo has fallen — the third big town the militants have taken this month."
    assert asserted(read(text)) == [("rebels", "Kismayo")]


def test_became_the_capital_to_fall_with_to_fall_read_as_a_clause(read) -> None:  # type: ignore[no-untyped-def]
    text = "Gao became the second regional capital to fall to the separatists on Friday."
    assert asserted(read(text)) == [("rebels", "Gao")]


def test_its_forces_in_a_reported_clause_are_the_speakers(read) -> None:  # type: ignore[no-untyped-def]
    text = "Russia's defence ministry said on Friday its forces had taken Marinka."
    assert asserted(read(text)) == [("Russian forces", "Marinka")]


def test_a_flag_over_a_towns_hall_takes_the_town(read) -> None:  # type: ignore[no-untyped-def]
    text = "The rebels raised their flag over Kidal's town hall on Friday."
    assert asserted(read(text)) == [("rebels", "Kidal")]


def test_a_place_under_rebel_control_is_captured(read) -> None:  # type: ignore[no-untyped-def]
    text = "Goma is under rebel control, residents said on Friday."
    assert asserted(read(text)) == [("rebels", "Goma")]


def test_keeping_close_to_shelters_closes_no_embassy(read) -> None:  # type: ignore[no-untyped-def]
    text = "The French embassy in Beirut told citizens on Friday to keep close to shelters."
    kinds = {e.type for e in read(text) if e.modality == "asserted"}
    assert kinds == {"embassy_security_alert"}


def test_an_undated_headline_takes_the_day_of_its_lede(read) -> None:  # type: ignore[no-untyped-def]
    text = "Kidal Falls To Rebels\nThe governor fled the town on Friday night as columns arrived."
    assert dated(read(text)) == [("rebels", "Kidal", date(2021, 8, 13))]


def actors(events: list[Event], kind: str) -> list[str]:
    return sorted(e.actor for e in events if e.type == kind and e.modality == "asserted")


def test_a_verbless_embassy_label_and_an_instruction_after_the_colon_is_an_alert(read) -> None:  # type: ignore[no-untyped-def]
    one = "French Embassy in Niamey to citizens: leave the country on the first flight"
    two = "Security alert from the British embassy in Juba (Aug. 13): nationals should shelter."
    assert actors(read(one), "embassy_security_alert") == ["French Embassy Niamey"]
    assert actors(read(two), "embassy_security_alert") == ["UK Embassy Juba"]


def test_an_embassy_quoted_telling_citizens_to_leave_is_an_alert(read) -> None:  # type: ignore[no-untyped-def]
    told = '"German nationals should leave Sudan now," the German embassy in Khartoum said.'
    own = '"We will leave on Friday," the German embassy in Khartoum said.'
    assert actors(read(told), "embassy_security_alert") == ["German Embassy Khartoum"]
    assert actors(read(own), "embassy_security_alert") == []


def test_coordinated_countries_each_close_their_embassy(read) -> None:  # type: ignore[no-untyped-def]
    text = "France and Germany have shut their embassies in Bamako, officials said on Friday."
    assert actors(read(text), "embassy_closure") == [
        "French Embassy Bamako",
        "German Embassy Bamako",
    ]
    text = "The Swedish, Polish and Dutch embassies in Kyiv closed on Friday."
    assert actors(read(text), "embassy_closure") == [
        "Dutch Embassy Kyiv",
        "Polish Embassy Kyiv",
        "Swedish Embassy Kyiv",
    ]


def test_diplomats_on_their_way_home_or_an_emptied_embassy_is_an_evacuation(read) -> None:  # type: ignore[no-untyped-def]
    home = "Australia closed its embassy in Kabul and its diplomats are on their way home."
    emptied = "The Dutch embassy in Tripoli was emptied on Friday."
    assert actors(read(home), "embassy_evacuation") == ["Australian Embassy Kabul"]
    assert actors(read(emptied), "embassy_evacuation") == ["Dutch Embassy Tripoli"]


def test_a_since_date_starts_a_count_and_dates_no_capture(read) -> None:  # type: ignore[no-untyped-def]
    text = "The rebels have raised their flag over Kidal, the third town taken since Friday."
    assert dated(read(text)) == [("rebels", "Kidal", SATURDAY)]
