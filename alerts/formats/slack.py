"""Slack incoming webhooks: Block Kit blocks with the evidence, and a plain-text fallback."""

from __future__ import annotations

import json
from typing import Any

from processors.models import Alert

from ..subscriptions import Subscription
from . import Payload, summary

# Slack's limits: header text 150 chars, section text 3000, 50 blocks per message.
MAX_EVIDENCE = 10
SEVERITY_ICON = {
    "info": ":information_source:",
    "warning": ":warning:",
    "critical": ":rotating_light:",
}


def render(alert: Alert, subscription: Subscription) -> Payload:
    """A header, the figures as fields, one quoted sentence per piece of evidence, the id."""
    text = summary(alert)
    blocks: list[dict[str, Any]] = [
        {"type": "header", "text": {"type": "plain_text", "text": _cut(text, 150)}},
        {"type": "section", "fields": _fields(alert)},
    ]
    for ev in alert.evidence[:MAX_EVIDENCE]:
        source = ev.source or ev.article_id
        cite = f"<{ev.url}|{_escape(source)}>" if ev.url else _escape(source)
        blocks.append(
            {
                "type": "section",
                "text": {
                    "type": "mrkdwn",
                    "text": _cut(f"> {_escape(ev.sentence)}\n— {cite}", 3000),
                },
            }
        )
    if len(alert.evidence) > MAX_EVIDENCE:
        more = len(alert.evidence) - MAX_EVIDENCE
        blocks.append(_context(f"and {more} more source(s)"))
    blocks.append(_context(f"alert id `{alert.id}` · rule `{_escape(alert.rule)}`"))
    body = {"text": f"{SEVERITY_ICON[alert.severity]} {text}", "blocks": blocks}
    return Payload(json.dumps(body).encode(), "application/json", subscription.url)


def _fields(alert: Alert) -> list[dict[str, str]]:
    pairs = [
        ("Kind", alert.kind.replace("_", " ")),
        ("Severity", alert.severity),
        ("Metric" if alert.metric else "Event", alert.metric or alert.event_type or "-"),
        ("First seen", alert.first_seen.isoformat()),
        ("Corroborations", str(alert.corroborations)),
    ]
    if alert.value is not None:
        pairs.append(
            (
                "Value",
                f"{alert.previous:g} → {alert.value:g}"
                if alert.previous is not None
                else f"{alert.value:g}",
            )
        )
    return [{"type": "mrkdwn", "text": f"*{k}*\n{_escape(v)}"} for k, v in pairs]


def _context(text: str) -> dict[str, Any]:
    return {"type": "context", "elements": [{"type": "mrkdwn", "text": _cut(text, 3000)}]}


def _escape(text: str) -> str:
    # Slack mrkdwn control characters.
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
