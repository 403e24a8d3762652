"""Payload formats: one small module each, all with `render(alert, subscription)`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from processors.models import Alert

from ..subscriptions import Subscription


@dataclass(frozen=True)
class Payload:
    """A rendered request body, its content type and the URL to POST it to."""

    body: bytes
    content_type: str
    url: str


def alert_data(alert: Alert) -> dict[str, Any]:
    """The alert as JSON data (DESIGN.md section 5), evidence and id included."""
    return alert.model_dump(mode="json", exclude_none=True, by_alias=True)


def render(alert: Alert, subscription: Subscription) -> Payload:
    """Render the alert in the subscription's format."""
    return RENDERERS[subscription.format](alert, subscription)


def render_url(subscription: Subscription) -> str:
    """The URL a rendered payload goes to: the same as `render(...).url`."""
    if subscription.format == "alertmanager":
        from .alertmanager import api_url

        return api_url(subscription.url)
    return subscription.url


def _renderers() -> dict[str, Callable[[Alert, Subscription], Payload]]:
    from . import alertmanager, cloudevent, slack

    return {
        "cloudevents": cloudevent.render,
        "slack": slack.render,
        "alertmanager": alertmanager.render,
    }


def summary(alert: Alert) -> str:
    """One line for humans: what changed, for which subject."""
    what = alert.metric or alert.event_type or alert.kind
    total = f" of {_num(alert.total)}" if alert.total is not None else ""
    if alert.kind == "increase" and alert.previous is not None:
        change = f"{_num(alert.previous)} -> {_num(alert.value)}{total}"
    elif alert.kind == "level_crossed" and alert.level is not None:
        change = f"crossed {_num(alert.level)}: {_num(alert.value)}{total}"
    elif alert.value is not None:
        change = f"{_num(alert.value)}{total}"
    else:
        change = f"new event, first seen {alert.first_seen.date().isoformat()}"
    return f"{alert.subject}: {what.replace('_', ' ')} {change}"


def _num(value: float | None) -> str:
    if value is None:
        return "?"
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


RENDERERS = _renderers()
