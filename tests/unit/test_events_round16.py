"""Events, round 16: general shapes of news English read from text the rules were not
written from. Our own example sentences (invented places and people)."""

from __future__ import annotations

from processors.models import Event

# `read` (events of one passage, published on Monday 2022-05-16): tests/conftest.py


def places(events: list[Event]) -> set[str]:
    return {e.location or "" for e in events if e.type == "city_captured"}


# --- a person named beside a capture is no place taken -----------------------------------------


def test_a_commander_in_apposition_handed_over_is_a_person_not_a_place(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Dorvik fell to the rebels on Sunday, and Amir Talwan Rezai, the old commander who "
        "had held its walls, was handed over to the insurgents."
    )
    found = places(read(text))
    assert "Dorvik" in found
    assert not any("Rezai" in p for p in found)


def test_a_mayor_named_after_his_role_is_no_place_taken(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Rebel troops now hold Velgrad, the city's governor, Marek Oston Halvi, said on "
        "Sunday, making it the largest city to fall this year."
    )
    found = places(read(text))
    assert not any("Halvi" in p for p in found)


def test_a_place_before_a_role_noun_that_is_the_next_verbs_subject_is_still_taken(read) -> None:  # type: ignore[no-untyped-def]
    text = "Rebel forces now control Velgrad, its governor said on Sunday."
    assert "Velgrad" in places(read(text))


def test_a_leader_declared_gone_beside_a_city_declared_free_is_not_a_place(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Rebels declared the capital liberated and Tomas Varenko gone on Sunday; "
        "Dorvik came under full rebel control overnight."
    )
    found = places(read(text))
    assert not any("Varenko" in p for p in found)
    assert "Dorvik" in found


# --- a notice belongs to its clause's subject ----------------------------------------------------


def alerts(events: list[Event]) -> set[str]:
    return {
        e.actor for e in events if e.type == "embassy_security_alert" and e.modality == "asserted"
    }


def test_the_embassy_subject_of_the_notice_gives_it_not_embassies_named_later(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Canadian embassy in Kyiv shut on Sunday and told its staff to stay in shelters; "
        "the Dutch and Polish embassies also closed for the day."
    )
    assert alerts(read(text)) == {"Canadian Embassy Kyiv"}


def test_an_embassy_in_a_while_clause_with_its_own_speaker_does_not_take_the_notice(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Japan's foreign ministry on Sunday told Japanese citizens in Syria to leave at once, "
        "while Spain's foreign minister said the Spanish embassy in Damascus would stay open."
    )
    assert alerts(read(text)) == {"Japanese Embassy Damascus"}


# --- whose embassy, and in which city ------------------------------------------------------------


def evacuations(events: list[Event]) -> set[str]:
    return {e.actor for e in events if e.type == "embassy_evacuation" and e.modality == "asserted"}


def test_its_embassy_belongs_to_the_speaker_not_to_the_army_named_after_it(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Foreign Office said on Sunday it was moving its embassy operations in Ukraine "
        "from Kyiv to Lviv as Russian troops massed nearby."
    )
    assert evacuations(read(text)) == {"UK Embassy Kyiv"}


def test_an_embassy_in_a_two_word_country_is_in_that_countrys_capital(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The State Department on Sunday ordered non-emergency staff to leave the US embassy "
        "in South Sudan after heavy fighting."
    )
    assert evacuations(read(text)) == {"US Embassy Juba"}


# --- the past perfect in a clause of time is background ------------------------------------------


def test_a_capture_in_the_past_perfect_after_the_news_is_background(read) -> None:  # type: ignore[no-untyped-def]
    text = "Dorvik fell on Sunday, a day after the rebels had seized Velgrad and Ostmark."
    found = read(text)
    recaps = {e.location for e in found if e.type == "city_captured" and e.modality == "recap"}
    assert {"Velgrad", "Ostmark"} <= recaps
    assert ("Dorvik", "asserted") in {(e.location, e.modality) for e in found}


def test_a_capture_in_the_simple_past_after_the_news_stays_asserted(read) -> None:  # type: ignore[no-untyped-def]
    text = "Dorvik fell on Sunday, a day after the rebels seized Velgrad."
    found = read(text)
    assert ("Velgrad", "asserted") in {(e.location, e.modality) for e in found}
