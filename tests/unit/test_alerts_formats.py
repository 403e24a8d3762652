"""Payload formats: a CloudEvent, Slack blocks, an Alertmanager v2 alert; each carries
the alert id and its evidence."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from cloudevents.core.bindings.http import HTTPMessage, from_http
from cloudevents.core.formats.json import JSONFormat
from cloudevents.core.v1.event import CloudEvent

from alerts.formats import render, render_url
from alerts.subscriptions import Subscription
from processors.models import Alert, Evidence

ALERT = Alert(
    id="9f2c1e7a5b3d4c6e",
    kind="increase",
    rule="provincial_capitals_captured.increase",
    metric="provincial_capitals_captured",
    subject="Taliban",
    previous=10,
    value=11,
    total=34,
    severity="critical",
    first_seen=datetime(2021, 8, 12, 18, 30, tzinfo=UTC),
    evidence=[
        Evidence(article_id="003", source="Meridian Herald", url="https://mh.example/a",
                 sentence="Herat became the 11th of 34 capitals to fall."),
        Evidence(article_id="004", source="Ridge <Courier>", sentence="A second report."),
    ],
    corroborations=1,
)  # fmt: skip
EVENT = Alert(
    id="e1",
    kind="new_event",
    rule="embassy.new_event",
    event_type="embassy_security_alert",
    subject="U.S. Embassy in Kabul",
    first_seen=datetime(2021, 8, 12, tzinfo=UTC),
    evidence=[Evidence(article_id="000", sentence="The embassy issued a security alert.")],
)


def sub(fmt: str, url: str = "https://hooks.example.com/in") -> Subscription:
    return Subscription(id="s", url=url, format=fmt)


def test_cloudevents_is_a_valid_structured_cloudevent_with_the_alert_as_data() -> None:
    payload = render(ALERT, sub("cloudevents"))
    assert payload.content_type == "application/cloudevents+json"
    event = from_http(
        HTTPMessage({"content-type": payload.content_type}, payload.body), JSONFormat(), CloudEvent
    )
    assert event.get_specversion() == "1.0"
    assert event.get_id() == ALERT.id
    assert event.get_type() == "io.tocsin.alert.increase"
    assert event.get_subject() == "Taliban"
    data = event.get_data()
    assert isinstance(data, dict)
    assert Alert.model_validate(data) == ALERT
    assert data["evidence"][0]["url"] == "https://mh.example/a"


def test_the_same_alert_renders_the_same_bytes() -> None:
    assert render(ALERT, sub("cloudevents")).body == render(ALERT, sub("cloudevents")).body


def test_slack_has_a_header_fields_a_quote_per_evidence_and_the_id() -> None:
    payload = render(ALERT, sub("slack"))
    body = json.loads(payload.body)
    assert payload.content_type == "application/json"
    assert "Taliban" in body["text"] and "10 -> 11 of 34" in body["text"]
    blocks = body["blocks"]
    assert blocks[0]["type"] == "header" and len(blocks[0]["text"]["text"]) <= 150
    fields = " ".join(f["text"] for f in blocks[1]["fields"])
    assert "critical" in fields and "provincial_capitals_captured" in fields
    quotes = [b["text"]["text"] for b in blocks if b["type"] == "section" and "text" in b]
    assert quotes[0].startswith("> Herat became the 11th")
    assert "<https://mh.example/a|Meridian Herald>" in quotes[0]
    assert "Ridge &lt;Courier&gt;" in quotes[1], "mrkdwn control characters are escaped"
    assert ALERT.id in blocks[-1]["elements"][0]["text"]
    assert len(blocks) <= 50


def test_slack_caps_the_evidence_blocks() -> None:
    many = ALERT.model_copy(update={"evidence": ALERT.evidence[:1] * 30})
    blocks = json.loads(render(many, sub("slack")).body)["blocks"]
    assert len(blocks) <= 50
    assert any("20 more" in b["elements"][0]["text"] for b in blocks if b["type"] == "context")


def test_alertmanager_posts_a_v2_alert_list_to_the_api_path() -> None:
    payload = render(ALERT, sub("alertmanager", url="http://am.example:9093/"))
    assert payload.url == "http://am.example:9093/api/v2/alerts"
    [entry] = json.loads(payload.body)
    assert entry["labels"] == {
        "alertname": "tocsin_increase",
        "kind": "increase",
        "rule": "provincial_capitals_captured.increase",
        "subject": "Taliban",
        "severity": "critical",
        "alert_id": ALERT.id,
        "metric": "provincial_capitals_captured",
    }
    assert all(isinstance(v, str) for v in entry["annotations"].values())
    assert "Herat became the 11th" in entry["annotations"]["sentences"]
    assert entry["annotations"]["urls"] == "https://mh.example/a"
    assert json.loads(entry["annotations"]["evidence"])[1]["article_id"] == "004"
    assert entry["startsAt"] == "2021-08-12T18:30:00+00:00"
    assert entry["generatorURL"] == "https://mh.example/a"
    assert "endsAt" not in entry, "Alertmanager resolves it after its resolve_timeout"


def test_alertmanager_keeps_a_url_that_already_names_the_api() -> None:
    payload = render(EVENT, sub("alertmanager", url="http://am.example/api/v2/alerts"))
    assert payload.url == "http://am.example/api/v2/alerts"
    [entry] = json.loads(payload.body)
    assert entry["labels"]["event_type"] == "embassy_security_alert"
    assert "metric" not in entry["labels"]


def test_every_format_carries_the_id_and_every_evidence_sentence() -> None:
    for fmt in ("cloudevents", "slack", "alertmanager"):
        text = render(ALERT, sub(fmt)).body.decode()
        assert ALERT.id in text, fmt
        assert "Herat became the 11th of 34 capitals to fall." in text, fmt
        assert "A second report." in text, fmt


def test_render_url_is_the_url_render_posts_to_and_the_body_ignores_the_url() -> None:
    # The service renders a body once per alert and format, and takes the URL from
    # render_url for every other subscription.
    for fmt in ("cloudevents", "slack", "alertmanager"):
        for url in ("https://hooks.example.com/in", "http://am.example/api/v2/alerts"):
            payload = render(ALERT, sub(fmt, url=url))
            assert render_url(sub(fmt, url=url)) == payload.url, (fmt, url)
            assert payload.body == render(ALERT, sub(fmt)).body, (fmt, url)
