"""Generic JSON: a CloudEvents 1.0 envelope in structured mode, the alert as `data`."""

from __future__ import annotations

from cloudevents.core.bindings.http import to_structured
from cloudevents.core.formats.json import JSONFormat
from cloudevents.core.v1.event import CloudEvent

from processors.models import Alert

from ..subscriptions import Subscription
from . import Payload, alert_data

SOURCE = "urn:tocsin:alerts"
TYPE_PREFIX = "io.tocsin.alert."


def render(alert: Alert, subscription: Subscription) -> Payload:
    """`application/cloudevents+json`; the event id is the alert id, the type names the kind."""
    event = CloudEvent(
        attributes={
            "id": alert.id,
            "source": SOURCE,
            "type": TYPE_PREFIX + alert.kind,
            "subject": alert.subject,
            "time": alert.first_seen,
            "datacontenttype": "application/json",
            "dataschema": "urn:tocsin:schema:" + alert.schema_,
        },
        data=alert_data(alert),
    )
    message = to_structured(event, JSONFormat())
    return Payload(message.body, message.headers["content-type"], subscription.url)
