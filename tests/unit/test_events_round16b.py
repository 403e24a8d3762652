"""Events, round 16 (second pass): general shapes of news English behind the misses on
text the rules were not written from. Our own example sentences (invented places and
people)."""

from __future__ import annotations

from datetime import date

from processors.models import Event

# `read` (events of one passage, published on Monday 2022-05-16): tests/conftest.py
FRIDAY = date(2022, 5, 20)


def captures(events: list[Event], modality: str = "asserted") -> dict[str, Event]:
    return {
        e.location or "": e for e in events if e.type == "city_captured" and e.modality == modality
    }


def of_type(events: list[Event], kind: str, modality: str = "asserted") -> set[str]:
    return {e.actor for e in events if e.type == kind and e.modality == modality}


# --- a capture another party denies in the same sentence is contested ----------------------


def test_a_flag_raised_over_a_town_the_other_side_says_never_fell_is_not_asserted(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Rebel fighters raised their banner over the governor's compound in Kalvora on Monday, "
        "but the provincial council denied that the town had fallen."
    )
    events = read(text)
    assert "Kalvora" not in captures(events)
    assert any(e.location == "Kalvora" for e in events)


def test_a_claimed_capture_the_other_side_calls_untrue_is_hedged(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The rebels said on Monday they had stormed Doria, but the defence ministry called "
        "the report untrue."
    )
    assert "Doria" not in captures(read(text))


def test_a_but_clause_that_rejects_something_else_leaves_the_capture_asserted(read) -> None:  # type: ignore[no-untyped-def]
    text = "Rebels seized Hesper on Monday, but the army rejected calls for a ceasefire."
    assert "Hesper" in captures(read(text))


def test_the_takers_own_denial_of_something_else_leaves_the_capture_asserted(read) -> None:  # type: ignore[no-untyped-def]
    text = "Rebels seized Hesper on Monday, but they denied that civilians had been harmed."
    assert "Hesper" in captures(read(text))


# --- the takers' own earlier capture, told as a noun, is background --------------------------


def test_a_capture_noun_the_subject_owns_after_after_is_recap(read) -> None:  # type: ignore[no-untyped-def]
    text = "Vantor fell to the rebels on Monday, a day after their seizure of Oskel."
    events = read(text)
    assert "Vantor" in captures(events)
    assert "Oskel" not in captures(events)


# --- "last weekend" is a day, and a subordinate clause's day is its own ----------------------


def test_a_capture_last_weekend_is_recap_by_friday(read) -> None:  # type: ignore[no-untyped-def]
    text = "Rebel fighters captured Oskel last weekend, residents said."
    events = read(text, published=FRIDAY)
    assert "Oskel" not in captures(events)
    assert "Oskel" in captures(events, "recap")


def test_a_day_in_an_as_clause_does_not_date_the_notice_above_it(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The US embassy in Khartoum told Americans to leave at once, as fighters who say they "
        "took the airport last weekend hold the road to the south."
    )
    assert "US Embassy Khartoum" in of_type(read(text, published=FRIDAY), "embassy_security_alert")


# --- a person named before his office is no place -------------------------------------------


def test_a_name_after_a_role_noun_and_before_the_verb_is_no_place(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Rebels said on Sunday they had taken full control of Vantor, hours after Ukraine's "
        "army chief, Pavel Dorinsky, announced that his units were withdrawing from the town."
    )
    found = captures(read(text))
    assert "Vantor" in found
    assert not any("Dorinsky" in p for p in found)


# --- a news label and a dash before a headline ----------------------------------------------


def test_a_capture_headline_after_a_flash_label_is_read(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "FLASH — Sar-e-Pul, capital of the province of the same name, falls to Taliban: "
        "council member"
    )
    assert "Sar-e-Pul" in captures(read(text))


def test_an_all_capitals_headline_after_a_label_is_read_item_by_item(read) -> None:  # type: ignore[no-untyped-def]
    text = "BREAKING — VANTOR FALLS TO REBELS ... CURFEW DECLARED IN THE NORTH"
    assert "Vantor" in captures(read(text))


def test_a_forecast_after_a_flash_label_stays_a_forecast(read) -> None:  # type: ignore[no-untyped-def]
    text = "FLASH — Rebels could take Vantor within days, officials warn"
    assert "Vantor" not in captures(read(text))
