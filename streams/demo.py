"""`tocsin run --demo`: a local webhook receiver that verifies and prints each alert,
a subscription pointing at it, and the bundled sample story fed as a live stream."""

from __future__ import annotations

import base64
import json
import os
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import yaml
from standardwebhooks.webhooks import Webhook, WebhookVerificationError

SAMPLES = Path(__file__).parent / "samples" / "story"


class PrintingReceiver:
    """A webhook endpoint on 127.0.0.1 that checks Standard Webhooks signatures,
    drops repeats by webhook-id and hands each alert to `on_alert`."""

    def __init__(self, on_alert: Callable[[dict[str, Any]], None]) -> None:
        self.secret = "whsec_" + base64.b64encode(os.urandom(24)).decode()
        self.seen: set[str] = set()
        self.rejected = 0
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("content-length", 0)))
                status = receiver._receive(body, dict(self.headers.items()))
                self.send_response(status)
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self._on_alert = on_alert
        self._lock = threading.Lock()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/alerts"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def _receive(self, body: bytes, headers: dict[str, str]) -> int:
        try:
            Webhook(self.secret).verify(body, {k.lower(): v for k, v in headers.items()})
        except WebhookVerificationError:
            self.rejected += 1
            return 401
        with self._lock:
            webhook_id = headers.get("webhook-id") or headers.get("Webhook-Id", "")
            if webhook_id in self.seen:
                return 204
            self.seen.add(webhook_id)
        event = json.loads(body)
        self._on_alert(event.get("data", event))
        return 204

    def subscriptions_file(self, path: Path) -> Path:
        """Write a subscriptions file with one CloudEvents subscription to this receiver."""
        path.write_text(
            yaml.safe_dump(
                {
                    "subscriptions": [
                        {
                            "id": "demo-receiver",
                            "url": self.url,
                            "format": "cloudevents",
                            "secrets": [self.secret],
                            "allow_private": True,
                        }
                    ]
                }
            )
        )
        path.chmod(0o600)
        return path

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def describe(alert: dict[str, Any]) -> str:
    """One line a person reads: what changed, and the first evidence."""
    what = alert.get("metric") or alert.get("event_type")
    if alert["kind"] == "new_event":
        change = "new event"
    elif alert.get("previous") is not None:
        change = f"{_n(alert['previous'])} -> {_n(alert['value'])}"
    else:
        change = f"{_n(alert['value'])}"
    if alert.get("total") is not None and alert["kind"] != "new_event":
        change += f" of {_n(alert['total'])}"
    evidence = (alert.get("evidence") or [{}])[0]
    source = evidence.get("source") or evidence.get("url") or evidence.get("article_id")
    sentence = evidence.get("sentence", "")
    headline = f"ALERT {alert['kind']:<11} {what} | {alert['subject']}: {change}"
    return f"{headline}\n  [{source}] {sentence}"


def _n(value: float) -> str:
    return f"{value:g}"
