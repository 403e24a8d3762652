"""Readings of the events one passage gives, shared by the events test modules."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from processors.models import Event

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def day_of(published: date, word: str | None) -> str | None:
    """The ISO day a weekday name or "today" names, on or before publication."""
    if word is None:
        return None
    if word == "today":
        return published.isoformat()
    back = (published.weekday() - WEEKDAYS.index(word)) % 7
    return (published - timedelta(days=back)).isoformat()


def read_as(events: list[Event], kind: str, what: str, day: str | None) -> bool:
    """An asserted event of type `kind` by `what` (any case), on `day` when one is given."""
    return any(
        e.modality == "asserted"
        and e.type == kind
        and e.actor.lower() == what.lower()
        and (day is None or (e.date is not None and e.date.isoformat() == day))
        for e in events
    )


def readings(events: list[Event]) -> list[tuple[str, str, object, str]]:
    """(type, actor, date, modality) of every event: what a failed reading shows."""
    return [(e.type, e.actor, e.date, e.modality) for e in events]


def known_miss(text: str, misses: dict[str, str]) -> list[pytest.MarkDecorator]:
    """A strict xfail for a passage a module's known misses name, whole or by its opening
    words (with its reason)."""
    reason = next((why for opening, why in misses.items() if text.startswith(opening)), None)
    return [pytest.mark.xfail(reason=reason, strict=True)] if reason else []


def asserted_by_place_or_actor(events: list[Event]) -> dict[tuple[str, str], Event]:
    """Each asserted event keyed by (type, place) for captures, (type, actor) otherwise."""
    return {
        (e.type, ((e.location if e.type == "city_captured" else e.actor) or "").lower()): e
        for e in events
        if e.modality == "asserted"
    }


def asserted_embassy_events(events: list[Event]) -> list[tuple[str, str, object]]:
    """(type, actor, date) of each asserted embassy event."""
    return [
        (e.type, e.actor, e.date)
        for e in events
        if e.modality == "asserted" and e.type.startswith("embassy")
    ]


def asserted_captures(events: list[Event]) -> list[tuple[str, str | None]]:
    """(actor, place) of each asserted capture."""
    return sorted(
        {
            (e.actor, e.location)
            for e in events
            if e.type == "city_captured" and e.modality == "asserted"
        },
        key=str,
    )


def dated_captures(events: list[Event]) -> list[tuple[str, str | None, str]]:
    """(place, ISO date, modality) of each capture."""
    return sorted(
        {
            (e.location or "", e.date.isoformat() if e.date else None, e.modality)
            for e in events
            if e.type == "city_captured"
        },
        key=str,
    )


def check_embassy_events(events: list[Event], expected: list[tuple[str, str, str | None]]) -> None:
    """The asserted embassy events are exactly the expected (type, actor, ISO day), actors
    compared without case."""
    got = {
        (t, a.lower(), d.isoformat() if d is not None else None)
        for t, a, d in asserted_embassy_events(events)
    }
    want = {(t, a.lower(), d) for t, a, d in expected}
    assert sorted(got, key=str) == sorted(want, key=str), readings(events)


def check_captures(events: list[Event], expected: list[tuple[str, str, str | None]]) -> None:
    """The asserted captures are exactly the expected (place, taker), each on its ISO day
    where one is given (as the evaluator: a passage naming no day checks none)."""
    assert asserted_captures(events) == sorted({(a, p) for p, a, _ in expected}, key=str)
    days = {
        (place, day) for place, day, modality in dated_captures(events) if modality == "asserted"
    }
    for place, _, day in expected:
        if day is not None:
            assert (place, day) in days


def check_hedged_captures(
    events: list[Event], expected: list[tuple[str, str, str | None]], hedged: list[str]
) -> None:
    """The asserted captures as `check_captures` wants them, and the places `hedged` names
    each read as a hedged capture."""
    check_captures(events, expected)
    doubted = {place for place, _, modality in dated_captures(events) if modality == "hedged"}
    assert set(hedged) <= doubted, dated_captures(events)
