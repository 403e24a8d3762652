"""Alertmanager API v2: `POST /api/v2/alerts` with labels and annotations, so teams get
Alertmanager's grouping, inhibition, silences and routing for tocsin alerts."""

from __future__ import annotations

import json
import re
from typing import Any

from processors.models import Alert

from ..subscriptions import Subscription
from . import Payload, alert_data, summary

API_PATH = "/api/v2/alerts"


def render(alert: Alert, subscription: Subscription) -> Payload:
    """A one-alert list; the subscription URL is Alertmanager's base URL (or the API URL)."""
    labels = {
        "alertname": "tocsin_" + alert.kind,
        "kind": alert.kind,
        "rule": alert.rule,
        "subject": alert.subject,
        "severity": alert.severity,
        "alert_id": alert.id,
    }
    if alert.metric:
        labels["metric"] = alert.metric
    if alert.event_type:
        labels["event_type"] = alert.event_type
    annotations = {
        "summary": summary(alert),
        "sources": ", ".join(e.source or e.article_id for e in alert.evidence),
        "urls": " ".join(e.url for e in alert.evidence if e.url),
        "sentences": "\n".join(e.sentence for e in alert.evidence),
        "evidence": json.dumps(alert_data(alert)["evidence"]),
        "alert": json.dumps(alert_data(alert)),
    }
    entry: dict[str, Any] = {
        "labels": {_label_name(k): v for k, v in labels.items()},
        "annotations": {k: v for k, v in annotations.items() if v},
        "startsAt": alert.first_seen.isoformat(),
    }
    first_url = next((e.url for e in alert.evidence if e.url), None)
    if first_url:
        entry["generatorURL"] = first_url
    return Payload(json.dumps([entry]).encode(), "application/json", api_url(subscription.url))


def api_url(base: str) -> str:
    base = base.rstrip("/")
    return base if base.endswith(API_PATH) else base + API_PATH


def _label_name(name: str) -> str:
    return re.sub(r"[^a-zA-Z0-9_]", "_", name)
