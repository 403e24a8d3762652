"""The alert service end to end on real servers: the embedded broker, and webhook
receivers on 127.0.0.1 that answer 500, 429, 410 or slowly on cue."""

from __future__ import annotations

import asyncio
import base64
import contextlib
import inspect
import logging
import os
import time
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from aiokafka import AIOKafkaProducer
from standardwebhooks.webhooks import Webhook
from webhook_receiver import WebhookReceiver, dead_url

from alerts.service import AlertService, read_dead, redeliver
from alerts.subscriptions import (
    DeliveryDefaults,
    Subscription,
    SubscriptionsFile,
    SubscriptionStore,
    load_file,
)
from processors.models import Alert, Evidence
from streams.broker import bootstrap_servers
from streams.settings import Settings

pytestmark = pytest.mark.integration

FAST = DeliveryDefaults(
    timeout=1.0, max_attempts=3, backoff_base=0.2, jitter=0.1, breaker_failures=50,
    breaker_cooldown=1.0,
)  # fmt: skip
Receivers = Callable[..., WebhookReceiver]


def secret() -> str:
    return "whsec_" + base64.b64encode(os.urandom(24)).decode()


def alert(n: int, **changes: Any) -> Alert:
    return Alert(
        id=f"alert-{n:04d}",
        kind="first_value",
        rule="captures.first_value",
        metric="provincial_capitals_captured",
        subject="Taliban",
        value=n,
        total=34,
        first_seen=datetime(2021, 8, 12, tzinfo=UTC),
        evidence=[Evidence(article_id=f"art-{n}", source="Kabul Wire", url="https://kw.example/1",
                           sentence=f"Sentence number {n} about captured capitals.")],
    ).model_copy(update=changes)  # fmt: skip


def subscription(sub_id: str, url: str, **fields: Any) -> Subscription:
    return Subscription.model_validate({"id": sub_id, "url": url, "allow_private": True, **fields})


async def produce(settings: Settings, *alerts: Alert) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap_servers(settings.broker or ""))
    await producer.start()
    try:
        for a in alerts:
            await producer.send(settings.topic("alerts"), value=a.dumps(), key=a.id.encode())
        await producer.flush()
    finally:
        await producer.stop()


@contextlib.asynccontextmanager
async def service(
    settings: Settings, store: SubscriptionStore, **kw: Any
) -> AsyncIterator[AlertService]:
    async with AlertService(settings, settings.broker or "", store, **kw) as running:
        yield running


def store_of(*subs: Subscription, defaults: DeliveryDefaults = FAST) -> SubscriptionStore:
    return SubscriptionStore(initial=SubscriptionsFile(delivery=defaults, subscriptions=list(subs)))


async def until(condition: Callable[[], Any], timeout: float = 20.0, what: str = "") -> Any:
    """Poll a condition (plain or async) until it is truthy; return its value."""
    deadline = time.monotonic() + timeout
    while True:
        result = condition()
        if inspect.isawaitable(result):
            result = await result
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout}s waiting for {what or condition}")
        await asyncio.sleep(0.05)


async def arrived(receiver: WebhookReceiver, count: int, **kw: Any) -> list[Any]:
    return await asyncio.to_thread(receiver.wait_for, count, **kw)


async def test_alerts_arrive_signed_in_their_format_once_per_subscription(
    broker_settings: Settings, webhook_receiver: Receivers
) -> None:
    old, new = secret(), secret()
    generic = webhook_receiver(secrets=[new])
    slack = webhook_receiver(secrets=[old])
    other = webhook_receiver()
    store = store_of(
        subscription("generic", generic.url, secrets=[old, new]),  # a rotation: both sign
        subscription("slack", slack.url, format="slack", secrets=[old]),
        subscription("events-only", other.url, filters={"kinds": ["new_event"]}),
    )
    alerts = [alert(i) for i in range(3)]
    async with service(broker_settings, store) as running:
        # Each alert twice on the topic (a producer retry, a reprocessed batch).
        await produce(broker_settings, *alerts, *alerts)
        got = await arrived(generic, 3)
        await arrived(slack, 3)
        await until(lambda: not running.jobs, what="the service to be idle")

    assert sorted(r.webhook_id for r in got) == [a.id for a in alerts]
    assert len(generic.requests) == 3 and len(slack.requests) == 3, "duplicates are not sent"
    assert all(r.verified for r in generic.requests + slack.requests)
    assert other.requests == []
    first = next(r for r in got if r.webhook_id == "alert-0000")
    Webhook(old).verify(first.body, first.headers)  # the old secret verifies too
    assert first.headers["content-type"] == "application/cloudevents+json"
    assert first.json()["data"]["evidence"][0]["sentence"] == alerts[0].evidence[0].sentence
    assert "blocks" in slack.requests[0].json()


async def test_a_500_is_retried_with_the_same_id_until_it_succeeds(
    broker_settings: Settings, webhook_receiver: Receivers
) -> None:
    key = secret()
    receiver = webhook_receiver(secrets=[key])
    receiver.answer(500, times=2)
    async with service(broker_settings, store_of(subscription("s", receiver.url, secrets=[key]))):
        await produce(broker_settings, alert(1))
        await arrived(receiver, 1)
    assert [r.status for r in receiver.requests] == [500, 500, 200]
    assert {r.webhook_id for r in receiver.requests} == {"alert-0001"}
    assert all(r.verified for r in receiver.requests)


async def test_retry_after_of_a_429_is_honoured(
    broker_settings: Settings, webhook_receiver: Receivers
) -> None:
    receiver = webhook_receiver()
    receiver.answer(429, retry_after="2")
    async with service(broker_settings, store_of(subscription("s", receiver.url))):
        await produce(broker_settings, alert(1))
        await arrived(receiver, 1)
    first, second = receiver.requests
    assert first.status == 429 and second.status == 200
    assert second.received_at - first.received_at >= 1.9, "not before Retry-After (backoff 0.2s)"


async def test_a_410_disables_the_subscription_and_persists_it(
    broker_settings: Settings, webhook_receiver: Receivers, tmp_path: Path
) -> None:
    receiver = webhook_receiver()
    receiver.answer(410)
    path = tmp_path / "subscriptions.yaml"
    SubscriptionStore(path, initial=SubscriptionsFile(delivery=FAST)).put(
        subscription("gone", receiver.url)
    )
    store = SubscriptionStore(path)
    async with service(broker_settings, store):
        await produce(broker_settings, alert(1))
        await until(lambda: not store.get("gone").enabled, what="the subscription disabled")
        await produce(broker_settings, alert(2))
        dead = await until(lambda: _dead_now(broker_settings), what="a dead delivery")
    assert len(receiver.requests) == 1, "nothing more goes to a disabled subscription"
    assert load_file(path).subscriptions[0].enabled is False
    assert load_file(path).subscriptions[0].disabled_reason == "the endpoint answered 410 Gone"
    assert [(d.subscription_id, d.reason, d.alert.id) for d in dead] == [
        ("gone", "gone", "alert-0001")
    ]


async def _dead_now(settings: Settings) -> list[Any]:
    return await read_dead(settings, bootstrap_servers(settings.broker or ""))


async def test_a_slow_endpoint_never_delays_a_healthy_one(
    broker_settings: Settings, webhook_receiver: Receivers
) -> None:
    slow, healthy = webhook_receiver(), webhook_receiver()
    slow.answer(200, times=100, delay=30)
    store = store_of(
        subscription("slow", slow.url, concurrency=1, timeout=5),
        subscription("refused", dead_url()),
        subscription("healthy", healthy.url),
    )
    async with service(broker_settings, store) as running:
        await produce(broker_settings, *(alert(i) for i in range(20)))
        started = time.monotonic()
        await arrived(healthy, 20, timeout=15)
        healthy_done = time.monotonic() - started
        assert len(slow.requests) <= 2, "the slow endpoint holds at most its own slots"
        assert healthy_done < 5.0, "one timeout of the slow endpoint would be 5 s"
        for task in list(running.jobs):
            task.cancel()


async def test_exhausted_deliveries_go_to_alerts_dead_and_redeliver_sends_them(
    broker_settings: Settings, webhook_receiver: Receivers
) -> None:
    receiver = webhook_receiver()
    receiver.answer(503, times=3)  # max_attempts is 3
    servers = bootstrap_servers(broker_settings.broker or "")
    async with service(broker_settings, store_of(subscription("s", receiver.url))):
        await produce(broker_settings, alert(7))
        await until(lambda: _dead_now(broker_settings), what="the dead delivery")
        [dead] = await read_dead(broker_settings, servers)
        assert (dead.reason, dead.attempts, dead.last_status) == ("exhausted", 3, "503")

        later = datetime.now(UTC) + timedelta(hours=1)
        assert await redeliver(broker_settings, broker_settings.broker or "", since=later) == []
        assert await redeliver(broker_settings, broker_settings.broker or "", "other") == []
        queued = await redeliver(broker_settings, broker_settings.broker or "", subscription="s")
        assert [d.alert.id for d in queued] == ["alert-0007"]
        await arrived(receiver, 1)
    assert [r.status for r in receiver.requests] == [503, 503, 503, 200]


async def test_a_retry_scheduled_before_a_restart_is_delivered_after_it(
    broker_settings: Settings, webhook_receiver: Receivers
) -> None:
    receiver = webhook_receiver()
    receiver.answer(500)
    slow_retry = FAST.model_copy(update={"backoff_base": 3.0, "jitter": 0.0})
    store = store_of(subscription("s", receiver.url), defaults=slow_retry)
    async with service(broker_settings, store) as first:
        await produce(broker_settings, alert(3))
        await until(lambda: first.pending_retries.get("s") == 1, what="the retry scheduled")
    assert [r.status for r in receiver.requests] == [500], "stopped before the retry was due"

    async with service(broker_settings, store):
        await arrived(receiver, 1, timeout=30)
    assert [r.status for r in receiver.requests] == [500, 200]
    assert receiver.requests[1].webhook_id == "alert-0003"


async def test_a_delivered_alert_is_not_sent_again_after_a_restart(
    broker_settings: Settings, webhook_receiver: Receivers
) -> None:
    receiver = webhook_receiver()
    store = store_of(subscription("s", receiver.url))
    async with service(broker_settings, store):
        await produce(broker_settings, alert(1))
        await arrived(receiver, 1)
    async with service(broker_settings, store) as second:
        assert "s/alert-0001" in second.delivered, "the delivered-ids table is read on start"
        await produce(broker_settings, alert(1), alert(2))
        await arrived(receiver, 2)
        await until(lambda: not second.jobs)
    assert [r.webhook_id for r in receiver.requests] == ["alert-0001", "alert-0002"]


async def test_logs_never_hold_a_secret_or_a_signed_body(
    broker_settings: Settings, webhook_receiver: Receivers, caplog: pytest.LogCaptureFixture
) -> None:
    key = secret()
    receiver = webhook_receiver(secrets=[key])
    receiver.answer(500)
    caplog.set_level(logging.DEBUG)
    async with service(broker_settings, store_of(subscription("s", receiver.url, secrets=[key]))):
        await produce(broker_settings, alert(5))
        await arrived(receiver, 1)
    logged = caplog.text + " ".join(repr(r.args) for r in caplog.records)
    assert "alert-0005" in logged, "the deliveries were logged"
    assert key not in logged and key.removeprefix("whsec_") not in logged
    for request in receiver.requests:
        assert request.body.decode() not in logged
        assert request.headers["webhook-signature"].split(",", 1)[1] not in logged
