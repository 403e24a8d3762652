"""Readings of the events one passage gives, shared by the events test modules."""

from __future__ import annotations

from processors.models import Event


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
