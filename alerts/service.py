"""The alert service: consume `alerts`, and for every matching subscription run the
delivery steps match -> render -> sign -> deliver -> record.

Kafka holds every piece of state that must survive a restart:
- `alerts.retry.<n>s`: deliveries waiting for their next attempt. Each tier holds waits
  of at most n seconds, so its records are (nearly) in due order and its consumer only
  waits for the head of its own tier; the main topic and other tiers never wait.
- `alerts.delivered`: the delivered-ids table (subscription id / alert id), read in full
  on start, so an alert is delivered at most once per subscription after a success.
- `alerts.dead`: deliveries given up on, for `tocsin alerts redeliver`.
Offsets are committed only for records whose deliveries finished (delivered, handed to a
retry tier, or dead-lettered): a crash re-reads the rest (at least once overall).
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import functools
import itertools
import logging
import random
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, ConsumerRecord, TopicPartition
from aiokafka.errors import CommitFailedError, KafkaError
from pydantic import ValidationError

from processors.models import Alert
from streams import metrics
from streams.app import EMBEDDED_FETCH_MAX_WAIT_MS, EMBEDDED_PROFILE, FetchWait
from streams.broker import bootstrap_servers
from streams.settings import Settings
from streams.topics import (
    ALERT_RETRY_TOPICS,
    ALERTS,
    ALERTS_DELIVERED,
    RETRY_TIER_SECONDS,
    DeadDelivery,
    DeliveredRecord,
    DeliveryRecord,
    TopicSpec,
    dead_letter_topic,
)

from .delivery import Attempt, Deliverer, Outcome, backoff
from .formats import render, render_url
from .signing import sign
from .subscriptions import Subscription, SubscriptionStore, match

log = logging.getLogger(__name__)

DEAD = dead_letter_topic(ALERTS)
# Below Kafka's default message.max.bytes (1 MiB); one batch holds ~2,500 delivered records.
PRODUCER_BATCH_BYTES = 512 * 1024
RENDER_CACHE_SIZE = 256


@dataclass(frozen=True)
class Job:
    """One delivery of one alert to one subscription, due now."""

    subscription_id: str
    alert: Alert
    attempts: int
    queued_at: datetime  # when the alert reached the `alerts` topic


def tier_for(delay: float) -> int:
    """The index of the retry tier that holds a wait of `delay` seconds."""
    for i, seconds in enumerate(RETRY_TIER_SECONDS):
        if delay <= seconds:
            return i
    return len(RETRY_TIER_SECONDS) - 1


def delivered_key(subscription_id: str, alert_id: str) -> str:
    return f"{subscription_id}/{alert_id}"


class OffsetTracker:
    """Which consumed offsets are finished: the committable offset of a partition is its
    lowest unfinished offset (or the next one when all are finished)."""

    def __init__(self) -> None:
        self.pending: dict[TopicPartition, set[int]] = {}
        self.next: dict[TopicPartition, int] = {}
        self.committed: dict[TopicPartition, int] = {}

    def started(self, tp: TopicPartition, offset: int) -> None:
        self.pending.setdefault(tp, set()).add(offset)
        self.next[tp] = max(self.next.get(tp, 0), offset + 1)

    def finished(self, tp: TopicPartition, offset: int) -> None:
        self.pending.get(tp, set()).discard(offset)

    def committable(self) -> dict[TopicPartition, int]:
        """Offsets to commit that moved since the last call."""
        out = {}
        for tp, nxt in self.next.items():
            pending = self.pending.get(tp)
            offset = min(pending) if pending else nxt
            if self.committed.get(tp) != offset:
                out[tp] = offset
        return out

    def mark_committed(self, offsets: dict[TopicPartition, int]) -> None:
        self.committed.update(offsets)

    def forget(self, tps: Iterable[TopicPartition]) -> None:
        for tp in tps:
            self.pending.pop(tp, None)
            self.next.pop(tp, None)
            self.committed.pop(tp, None)


class SubscriptionMetrics:
    """The labelled metric children of one subscription, looked up once (a `labels()`
    call costs more than the update)."""

    def __init__(self, subscription_id: str) -> None:
        self.id = subscription_id
        self.delivered = metrics.DELIVERIES.labels(subscription_id, "delivered")
        self.latency = metrics.DELIVERY_LATENCY.labels(subscription_id)
        self.attempt_seconds = metrics.DELIVERY_ATTEMPT_SECONDS.labels(subscription_id)
        self.circuit_open = metrics.CIRCUIT_OPEN.labels(subscription_id)
        self.attempts: dict[str, Any] = {}

    def attempt(self, status: str, seconds: float) -> None:
        counter = self.attempts.get(status)
        if counter is None:
            counter = self.attempts[status] = metrics.DELIVERY_ATTEMPTS.labels(self.id, status)
        counter.inc()
        self.attempt_seconds.observe(seconds)


class AlertService:
    """Run with `async with AlertService(...) as service: await stop_event.wait()`."""

    def __init__(
        self,
        settings: Settings,
        broker_url: str,
        store: SubscriptionStore,
        *,
        client: httpx.AsyncClient | None = None,
        rng: random.Random | None = None,
        reload_interval: float = 1.0,
        max_in_flight: int = 2000,
    ) -> None:
        self.settings = settings
        self.servers = bootstrap_servers(broker_url)
        self.store = store
        self.deliverer = Deliverer(store.defaults, client=client)
        self.rng = rng or random.Random()
        self.reload_interval = reload_interval
        self.slots = asyncio.Semaphore(max_in_flight)
        self.delivered: set[str] = set()
        self.in_flight: set[str] = set()
        self.pending_retries: dict[str, int] = {}
        self.producer: AIOKafkaProducer | None = None
        self.consumers: dict[AIOKafkaConsumer, OffsetTracker] = {}
        self.tasks: list[asyncio.Task[None]] = []
        self.jobs: set[asyncio.Task[None]] = set()
        self.caught_up = asyncio.Event()
        # (alert id, format) -> (alert, body, content type): an alert goes to many
        # subscriptions, its body differs only by format.
        self.rendered: dict[tuple[str, str], tuple[Alert, bytes, str]] = {}
        self.metrics: dict[str, SubscriptionMetrics] = {}

    # Lifecycle ---------------------------------------------------------------------

    async def __aenter__(self) -> AlertService:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    async def start(self) -> None:
        """Read the delivered-ids table, then consume `alerts` and the retry tiers."""
        # One `alerts.delivered` record per delivery: big batches, or hundreds of sends
        # wait for each small batch to drain (aiokafka wakes every waiter per batch: most
        # of the CPU at 300 deliveries/s). Batching is safe: nothing here reads
        # end_offsets (EMBEDDED_BROKER.md), the delivered table is read up to the Fetch
        # high watermark.
        self.producer = AIOKafkaProducer(
            bootstrap_servers=self.servers, acks="all", linger_ms=5, enable_idempotence=False,
            max_batch_size=PRODUCER_BATCH_BYTES,
        )  # fmt: skip
        await self.producer.start()
        self.tasks.append(asyncio.create_task(self._tail_delivered(), name="delivered"))
        await self.caught_up.wait()
        self.tasks.append(asyncio.create_task(self._consume(ALERTS, self._on_alert), name="alerts"))
        for spec, seconds in zip(ALERT_RETRY_TOPICS, RETRY_TIER_SECONDS, strict=True):
            handler = self._retry_handler(spec, seconds)
            self.tasks.append(asyncio.create_task(self._consume(spec, handler), name=spec.name))
        self.tasks.append(asyncio.create_task(self._reload_subscriptions(), name="reload"))
        log.info(
            "alert service started: %d subscription(s), %d delivered id(s) known",
            len(self.store.all()), len(self.delivered),
        )  # fmt: skip

    async def stop(self, grace: float = 10.0) -> None:
        """Stop consuming, let deliveries in flight finish (up to `grace` seconds),
        commit what finished, close everything."""
        for task in self.tasks:
            task.cancel()
        # Consumer tasks commit their finished offsets when cancelled.
        await asyncio.gather(*self.tasks, return_exceptions=True)
        self.tasks.clear()
        if self.jobs:
            await asyncio.wait(self.jobs, timeout=grace)
            for job in self.jobs:
                job.cancel()
            await asyncio.gather(*self.jobs, return_exceptions=True)
        for consumer, tracker in self.consumers.items():
            await self._commit(consumer, tracker)
            with contextlib.suppress(KafkaError):
                await consumer.stop()
        self.consumers.clear()
        if self.producer is not None:
            with contextlib.suppress(KafkaError):
                await self.producer.stop()
            self.producer = None
        await self.deliverer.close()

    # The delivery steps ------------------------------------------------------------

    async def process(self, job: Job) -> None:
        """match has happened; render, sign, deliver, record one delivery."""
        sub = self.store.get(job.subscription_id)
        if sub is None or not sub.enabled:
            reason = "deleted" if sub is None else "disabled"
            metrics.DELIVERIES.labels(job.subscription_id, "disabled").inc()
            await self._dead(job, reason, job.attempts, None, f"subscription {reason}")
            return
        key = delivered_key(sub.id, job.alert.id)
        if key in self.delivered or key in self.in_flight:
            metrics.DELIVERIES.labels(sub.id, "skipped_duplicate").inc()
            return
        self.in_flight.add(key)
        try:
            url, body, content_type = self._render(job.alert, sub)
            headers = {"content-type": content_type}
            headers.update(sign(job.alert.id, body, sub.secrets))
            attempt = await self.deliverer.deliver(sub, url, body, headers)
            if attempt.outcome is Outcome.DELIVERED:
                self.delivered.add(key)
        finally:
            self.in_flight.discard(key)
        await self.record(job, sub, attempt)

    def _render(self, alert: Alert, sub: Subscription) -> tuple[str, bytes, str]:
        """The URL, body and content type; the body is rendered once per alert and format
        (the URL is the only part that depends on the subscription)."""
        key = (alert.id, sub.format)
        cached = self.rendered.get(key)
        if cached is not None and cached[0] is alert:
            return render_url(sub), cached[1], cached[2]
        payload = render(alert, sub)
        if len(self.rendered) >= RENDER_CACHE_SIZE:
            del self.rendered[next(iter(self.rendered))]  # the oldest
        self.rendered[key] = (alert, payload.body, payload.content_type)
        return payload.url, payload.body, payload.content_type

    async def record(self, job: Job, sub: Subscription, attempt: Attempt) -> None:
        """Remember a success, schedule a retry, or give up (dead letter)."""
        attempts = job.attempts + (1 if attempt.counts else 0)
        counted = self._metrics(sub.id)
        if attempt.counts:
            counted.attempt(attempt.status, attempt.seconds)
        counted.circuit_open.set(1 if self.deliverer.circuit_open(sub) else 0)
        if attempt.outcome is Outcome.DELIVERED:
            await self._delivered(job, sub, attempts, counted)
            return
        max_attempts = sub.max_attempts or self.store.defaults.max_attempts
        if attempt.outcome is Outcome.RETRY and attempts < max_attempts:
            await self._schedule_retry(job, sub, attempts, attempt)
            return
        if attempt.outcome is Outcome.GONE:
            log.warning("subscription %s answered 410 Gone: disabling it", sub.id)
            self.store.set_enabled(sub.id, False, reason="the endpoint answered 410 Gone")
            outcome, reason = "disabled", "gone"
        elif attempt.outcome is Outcome.RETRY:
            outcome, reason = "dead", "exhausted"
        else:
            outcome, reason = "failed", attempt.outcome.value
        metrics.DELIVERIES.labels(sub.id, outcome).inc()
        log.warning(
            "giving up delivery of alert %s to %s after %d attempt(s): %s",
            job.alert.id, sub.id, attempts, attempt.error,
        )  # fmt: skip
        await self._dead(job, reason, attempts, attempt.status, attempt.error)

    def _metrics(self, subscription_id: str) -> SubscriptionMetrics:
        counted = self.metrics.get(subscription_id)
        if counted is None:
            counted = self.metrics[subscription_id] = SubscriptionMetrics(subscription_id)
        return counted

    async def _delivered(
        self, job: Job, sub: Subscription, attempts: int, counted: SubscriptionMetrics
    ) -> None:
        now = datetime.now(UTC)
        counted.delivered.inc()
        counted.latency.observe(max(0.0, (now - job.queued_at).total_seconds()))
        if job.alert.ingested_at is not None:
            metrics.END_TO_END_LATENCY.observe(
                max(0.0, (now - job.alert.ingested_at).total_seconds())
            )
        log.info("delivered alert %s to %s (attempt %d)", job.alert.id, sub.id, attempts)
        record = DeliveredRecord.model_construct(  # our own values: nothing to validate
            subscription_id=sub.id, alert_id=job.alert.id, attempts=attempts, delivered_at=now
        )
        # One partition: naming it spares aiokafka hashing the key in Python.
        key = delivered_key(sub.id, job.alert.id)
        await self._send(ALERTS_DELIVERED, key, record.dumps(), partition=0)

    async def _schedule_retry(
        self, job: Job, sub: Subscription, attempts: int, attempt: Attempt
    ) -> None:
        policy = self.store.defaults
        delay = backoff(max(attempts, 1), policy, self.rng)
        if attempt.retry_after is not None:
            delay = max(delay, attempt.retry_after)
        delay = min(delay, policy.backoff_max)
        record = DeliveryRecord(
            subscription_id=sub.id,
            alert=job.alert,
            attempts=attempts,
            due=datetime.now(UTC) + timedelta(seconds=delay),
            last_status=attempt.status,
            last_error=attempt.error,
            queued_at=job.queued_at,
        )
        await self._send(ALERT_RETRY_TOPICS[tier_for(delay)], sub.id, record.dumps())
        metrics.DELIVERIES.labels(sub.id, "retrying").inc()
        self._pending(sub.id, +1)
        log.info(
            "alert %s to %s: %s (%s); attempt %d in %.1fs",
            job.alert.id, sub.id, attempt.status, attempt.error, attempts + 1, delay,
        )  # fmt: skip

    async def _dead(
        self, job: Job, reason: str, attempts: int, status: str | None, error: str | None
    ) -> None:
        record = DeadDelivery(
            subscription_id=job.subscription_id,
            alert=job.alert,
            attempts=attempts,
            reason=reason,
            last_status=status,
            error=error,
        )
        metrics.DEAD_LETTERS.labels("deliver", reason).inc()
        await self._send(DEAD, job.subscription_id, record.dumps())

    def _pending(self, subscription_id: str, change: int) -> None:
        n = max(0, self.pending_retries.get(subscription_id, 0) + change)
        self.pending_retries[subscription_id] = n
        metrics.DELIVERIES_PENDING.labels(subscription_id).set(n)

    async def _send(
        self, spec: TopicSpec, key: str, value: bytes, partition: int | None = None
    ) -> None:
        assert self.producer is not None, "the service is not started"
        await self.producer.send_and_wait(
            self.settings.topic(spec.name), value=value, key=key.encode(), partition=partition
        )

    # Consumers ---------------------------------------------------------------------

    async def _on_alert(
        self, message: ConsumerRecord[bytes, bytes], done: Callable[[], None]
    ) -> None:
        try:
            alert = Alert.loads(message.value)
        except ValidationError as e:
            log.error("undecodable record at alerts offset %d: %s", message.offset, e)
            dead = DeadDelivery(
                reason="undecodable", error=str(e)[:2000],
                value_b64=base64.b64encode(message.value or b"").decode(),
            )  # fmt: skip
            metrics.DEAD_LETTERS.labels("deliver", "undecodable").inc()
            await self._send(DEAD, "", dead.dumps())
            done()
            return
        queued_at = datetime.fromtimestamp(message.timestamp / 1000, UTC)
        subs = match(alert, self.store.all())
        jobs = [Job(s.id, alert, 0, queued_at) for s in subs]
        await self._spawn(jobs, done)

    def _retry_handler(
        self, spec: TopicSpec, tier_seconds: int
    ) -> Callable[[ConsumerRecord[bytes, bytes], Callable[[], None]], Awaitable[None]]:
        async def on_retry(message: ConsumerRecord[bytes, bytes], done: Callable[[], None]) -> None:
            try:
                record = DeliveryRecord.loads(message.value)
            except ValidationError as e:
                log.error("undecodable record on %s offset %d: %s", spec.name, message.offset, e)
                done()
                return
            wait = (record.due - datetime.now(UTC)).total_seconds()
            if wait > tier_seconds:
                # Longer than this tier holds (e.g. a long Retry-After): wait one tier
                # length, then go round again, so the records behind never wait longer.
                await asyncio.sleep(tier_seconds)
                await self._send(spec, record.subscription_id, record.dumps())
                done()
                return
            if wait > 0:
                await asyncio.sleep(wait)
            self._pending(record.subscription_id, -1)
            job = Job(
                record.subscription_id,
                record.alert,
                record.attempts,
                record.queued_at or record.due,
            )
            await self._spawn([job], done)

        return on_retry

    async def _spawn(self, jobs: list[Job], done: Callable[[], None]) -> None:
        """Start the jobs (waiting for free slots); `done` runs when all have finished."""
        if not jobs:
            done()
            return
        remaining = len(jobs)

        def finished(task: asyncio.Task[None]) -> None:
            nonlocal remaining
            self.jobs.discard(task)
            self.slots.release()
            if not task.cancelled() and task.exception() is not None:
                log.error("delivery failed unexpectedly", exc_info=task.exception())
                return  # not done: re-read after a restart
            if task.cancelled():
                return
            remaining -= 1
            if remaining == 0:
                done()

        for job in jobs:
            await self.slots.acquire()
            task = asyncio.create_task(self.process(job))
            self.jobs.add(task)
            task.add_done_callback(finished)

    async def _consume(
        self,
        spec: TopicSpec,
        handler: Callable[[ConsumerRecord[bytes, bytes], Callable[[], None]], Awaitable[None]],
    ) -> None:
        """Consume one topic in its own consumer group, committing finished offsets."""
        topic = self.settings.topic(spec.name)
        longest_wait = max(RETRY_TIER_SECONDS) + 60
        consumer = AIOKafkaConsumer(
            topic,
            bootstrap_servers=self.servers,
            group_id=f"{self.settings.app_id}-alerts-{topic}",
            enable_auto_commit=False,
            auto_offset_reset="earliest",
            max_poll_interval_ms=longest_wait * 1000,
            **self._consumer_profile(),
        )
        tracker = self.consumers[consumer] = OffsetTracker()
        wait = FetchWait() if self.settings.effective_profile == "embedded" else None
        await consumer.start()
        committer = asyncio.create_task(self._commit_loop(consumer, tracker))
        try:
            while True:
                batches = await consumer.getmany(timeout_ms=1000)
                if wait is not None:
                    wait.after_fetch(consumer, bool(batches))
                for message in itertools.chain.from_iterable(batches.values()):
                    tp = TopicPartition(message.topic, message.partition)
                    tracker.started(tp, message.offset)
                    await handler(message, functools.partial(tracker.finished, tp, message.offset))
        finally:
            committer.cancel()
            await asyncio.gather(committer, return_exceptions=True)

    async def _commit_loop(self, consumer: AIOKafkaConsumer, tracker: OffsetTracker) -> None:
        while True:
            await asyncio.sleep(0.2)
            await self._commit(consumer, tracker)

    async def _commit(self, consumer: AIOKafkaConsumer, tracker: OffsetTracker) -> None:
        offsets = tracker.committable()
        if not offsets:
            return
        assigned = consumer.assignment()
        offsets = {tp: o for tp, o in offsets.items() if tp in assigned}
        if not offsets:
            return
        try:
            await consumer.commit(offsets)
            tracker.mark_committed(offsets)
        except (CommitFailedError, KafkaError) as e:
            log.warning("offset commit failed (will retry): %s", e)

    async def _tail_delivered(self) -> None:
        """Read the delivered-ids table from the start, then keep following it."""
        tp = TopicPartition(self.settings.topic(ALERTS_DELIVERED.name), 0)
        consumer = AIOKafkaConsumer(
            bootstrap_servers=self.servers, enable_auto_commit=False, **self._consumer_profile()
        )
        await consumer.start()
        try:
            consumer.assign([tp])
            await consumer.seek_to_beginning(tp)
            while True:
                batches = await consumer.getmany(timeout_ms=200)
                for messages in batches.values():
                    for m in messages:
                        if m.key is not None:
                            self.delivered.add(m.key.decode())
                # The Fetch high watermark is right on every broker (end_offsets is not on
                # Tansu): caught up when our position reaches it.
                highwater = consumer.highwater(tp)
                if highwater is not None and await consumer.position(tp) >= highwater:
                    self.caught_up.set()
        finally:
            with contextlib.suppress(KafkaError):
                await consumer.stop()

    async def _reload_subscriptions(self) -> None:
        while True:
            await asyncio.sleep(self.reload_interval)
            self.store.reload_if_changed()

    def _consumer_profile(self) -> dict[str, Any]:
        if self.settings.effective_profile != "embedded":
            return {}
        # EMBEDDED_BROKER.md: short sessions, or joins after a restart take ~30 s.
        # Tansu answers a fetch only when its wait runs out (streams/app.py): with
        # aiokafka's 500 ms wait an alert waited ~250 ms before the service saw it.
        # _consume shortens the wait while records flow (FetchWait).
        return {
            "session_timeout_ms": int(EMBEDDED_PROFILE["broker_session_timeout"] * 1000),
            "heartbeat_interval_ms": int(EMBEDDED_PROFILE["broker_heartbeat_interval"] * 1000),
            "fetch_max_wait_ms": EMBEDDED_FETCH_MAX_WAIT_MS,
        }


async def redeliver(
    settings: Settings,
    broker_url: str,
    subscription: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    dry_run: bool = False,
) -> list[DeadDelivery]:
    """Queue dead deliveries again (on the first retry tier, due now) for the alert
    service to send; filter by subscription and by when they died. Returns them."""
    servers = bootstrap_servers(broker_url)
    chosen: dict[str, DeadDelivery] = {}
    for dead in await read_dead(settings, servers):
        if dead.alert is None or dead.subscription_id is None:
            continue
        if subscription and dead.subscription_id != subscription:
            continue
        if (since and dead.failed_at < since) or (until and dead.failed_at > until):
            continue
        chosen[delivered_key(dead.subscription_id, dead.alert.id)] = dead
    if dry_run or not chosen:
        return list(chosen.values())
    producer = AIOKafkaProducer(bootstrap_servers=servers, acks="all")
    await producer.start()
    try:
        now = datetime.now(UTC)
        topic = settings.topic(ALERT_RETRY_TOPICS[0].name)
        for dead in chosen.values():
            assert dead.alert is not None and dead.subscription_id is not None
            record = DeliveryRecord(
                subscription_id=dead.subscription_id, alert=dead.alert, attempts=0, due=now,
                last_status=dead.last_status, last_error="redelivered", queued_at=now,
            )  # fmt: skip
            await producer.send(topic, value=record.dumps(), key=dead.subscription_id.encode())
        await producer.flush()
    finally:
        await producer.stop()
    return list(chosen.values())


async def read_dead(settings: Settings, servers: list[str]) -> list[DeadDelivery]:
    """Every DeadDelivery on `alerts.dead`, oldest first."""
    tp = TopicPartition(settings.topic(DEAD.name), 0)
    consumer = AIOKafkaConsumer(bootstrap_servers=servers, enable_auto_commit=False)
    await consumer.start()
    out: list[DeadDelivery] = []
    try:
        consumer.assign([tp])
        await consumer.seek_to_beginning(tp)
        while True:
            batches = await consumer.getmany(timeout_ms=500)
            for messages in batches.values():
                for m in messages:
                    try:
                        out.append(DeadDelivery.loads(m.value))
                    except ValidationError:
                        log.warning("skipping an unreadable record on %s", tp.topic)
            highwater = consumer.highwater(tp)
            if highwater is not None and await consumer.position(tp) >= highwater:
                return out
    finally:
        await consumer.stop()
