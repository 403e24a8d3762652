"""Typed events from a parsed article: embassy security alerts, evacuations and
closures, cities captured. Each event gets an identity key
("<type>|<actor id>|[<place>|]<date>") so several outlets reporting one event give
one event; weekday names are resolved against the article's published date.

The package: `reading` reads an article's sentences rule by rule (`extract_events`);
`captures` and `places` read cities captured (the group that took a place, the places it
took); `missions` reads embassies' alerts, evacuations and closures; `common` holds what
both share (days, how an event is told, the shape of a clause). This module re-exports
what other modules use.
"""

from processors.events.common import (
    FIGHTING_ON,
    IN_THE_PLACE,
    MONTH_NAME,
    MONTHS,
    SAYING,
    WEEKDAYS,
    event_key,
    is_old,
    is_weekday_phrase,
    resolve_date,
    still_holding_here,
)
from processors.events.places import BESIEGING
from processors.events.reading import extract_events

__all__ = [
    "BESIEGING",
    "FIGHTING_ON",
    "IN_THE_PLACE",
    "MONTH_NAME",
    "MONTHS",
    "SAYING",
    "WEEKDAYS",
    "event_key",
    "extract_events",
    "is_old",
    "is_weekday_phrase",
    "resolve_date",
    "still_holding_here",
]
