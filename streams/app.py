"""The Faust app factory: one app per worker process, configured from Settings."""

from __future__ import annotations

import math
import time
from collections.abc import Mapping
from typing import Any

import faust
from faust.transport.consumer import ensure_TP
from faust.transport.drivers import aiokafka as aiokafka_driver
from faust.types import TP
from mode.utils.objects import cached_property
from mode.utils.queues import FlowControlEvent

from .broker import bootstrap_servers, free_port
from .settings import Settings
from .topics import TopicSpec

# EMBEDDED_BROKER.md: what Faust needs to be correct and quick on Tansu.
EMBEDDED_PROFILE: dict[str, Any] = {
    # ListOffsets "latest" is wrong for multi-record batches; table recovery relies on it.
    "producer_max_batch_size": 1,
    # Joins wait half the session timeout; restarted members linger until it expires.
    "broker_session_timeout": 4.0,
    "broker_heartbeat_interval": 0.5,
    # Faust re-reads after rebalances: commit often to re-read little.
    "broker_commit_every": 1,
    "broker_commit_interval": 0.1,
}
KAFKA_PROFILE: dict[str, Any] = {}
# Faust hard-codes a 1500 ms fetch wait. Tansu answers a fetch only when its wait runs
# out, however soon data arrives (real Kafka answers at once), and every stage is a hop:
# a record waits up to the fetch wait at each. So consumers on the embedded broker wait
# 100 ms per fetch when idle and 10 ms while records flow (FetchWait). Idle, a worker and
# Tansu then use about 2% of a core each; 10 ms all the time would cost 8% each.
EMBEDDED_FETCH_MAX_WAIT_MS = 100
EMBEDDED_FETCH_ACTIVE_WAIT_MS = 10


class FetchWait:
    """The fetch wait of one consumer on the embedded broker: short for a second after
    records came, long otherwise. aiokafka's fetcher reads `_fetch_max_wait_ms` for each
    fetch it sends."""

    def __init__(
        self,
        idle_ms: int = EMBEDDED_FETCH_MAX_WAIT_MS,
        active_ms: int = EMBEDDED_FETCH_ACTIVE_WAIT_MS,
        active_for: float = 1.0,
    ) -> None:
        self.idle_ms, self.active_ms, self.active_for = idle_ms, active_ms, active_for
        self._last_records = -math.inf

    def wait_ms(self, got_records: bool, now: float | None = None) -> int:
        now = time.monotonic() if now is None else now
        if got_records:
            self._last_records = now
        return self.active_ms if now - self._last_records < self.active_for else self.idle_ms

    def after_fetch(self, consumer: Any, got_records: bool) -> None:
        """Set the wait of `consumer`'s next fetches (an aiokafka consumer, started)."""
        fetcher = getattr(consumer, "_fetcher", None)
        if fetcher is not None:
            fetcher._fetch_max_wait_ms = self.wait_ms(got_records)


def create_app(settings: Settings, broker_url: str, worker_index: int = 0) -> faust.App:
    """A Faust app for `broker_url` with the settings' profile applied."""
    embedded = settings.effective_profile == "embedded"
    datadir = settings.data_dir / f"worker-{worker_index}"
    datadir.mkdir(parents=True, exist_ok=True)
    app = _App(
        # The prefix namespaces the consumer group and table changelogs too.
        settings.topic(settings.app_id),
        broker=[f"kafka://{h}" for h in bootstrap_servers(broker_url)],
        store=settings.table_store,
        datadir=str(datadir),
        topic_partitions=settings.partitions,
        topic_replication_factor=settings.replication_factor,
        table_standby_replicas=settings.standby_replicas,
        # Every worker binds a web server even when disabled: keep it local and distinct.
        web_bind="127.0.0.1",
        web_port=settings.web_port + worker_index if settings.web_port else free_port(),
        web_enabled=False,
        consumer_auto_offset_reset="earliest",
        key_serializer="raw",
        value_serializer="raw",
        autodiscover=False,
        **(EMBEDDED_PROFILE if embedded else KAFKA_PROFILE),
    )
    app.fetch_max_wait_ms = EMBEDDED_FETCH_MAX_WAIT_MS if embedded else None
    return app


class _ConsumerThread(aiokafka_driver.AIOKafkaConsumerThread):
    """Seeks every stream partition back to its committed offset, nothing committed too;
    on the embedded broker, waits at most `app.fetch_max_wait_ms` per fetch when idle,
    less while records flow (FetchWait).

    aiokafka's seek_to_committed() seeks only when the committed offset is above 0, and
    Faust drops records it has fetched when a rebalance or recovery stops the flow,
    counting on that seek to read them again. A partition with nothing committed kept
    its fetch position past the dropped records: after a kill -9 and restart, one
    stream never saw them ("Stream has not started processing TP(...)").
    """

    _fetch_wait: FetchWait | None = None

    def _create_worker_consumer(self, transport: Any) -> Any:
        consumer = super()._create_worker_consumer(transport)
        wait = getattr(self.app, "fetch_max_wait_ms", None)
        if wait is not None:
            consumer._fetch_max_wait_ms = wait  # read by its start()
            self._fetch_wait = FetchWait(idle_ms=wait)
        return consumer

    async def _fetch_records(self, consumer: Any, *args: Any, **kwargs: Any) -> Any:
        records = await super()._fetch_records(consumer, *args, **kwargs)
        if self._fetch_wait is not None:
            self._fetch_wait.after_fetch(consumer, bool(records))
        return records

    async def seek_to_committed(self) -> Mapping[TP, int]:
        return await self.call_thread(self._seek_to_committed)

    async def _seek_to_committed(self) -> Mapping[TP, int]:
        consumer = self._ensure_consumer()
        committed = await consumer.seek_to_committed()
        for tp, offset in committed.items():
            if offset == 0:
                consumer.seek(tp, 0)
        never = [tp for tp, offset in committed.items() if offset is None or offset < 0]
        if never:  # the reset policy of every worker is "earliest"
            await consumer.seek_to_beginning(*never)
        return committed


class _Consumer(aiokafka_driver.Consumer):
    """Faust's consumer, whose seek keeps a commit made while the seek ran.

    Faust's recovery seeks the stream partitions while the fetcher runs, so records can
    be processed and committed during the seek. Faust's own perform_seek then set the
    committed offsets it had read before that commit: the consumer believed 7 where the
    broker had 9, the next ack (9) left a gap it waits for forever, and nothing more was
    committed on that partition (a stall after a kill -9 and restart)."""

    def _new_consumer_thread(self) -> _ConsumerThread:
        return _ConsumerThread(self, loop=self.loop, beacon=self.beacon)

    async def perform_seek(self) -> None:
        committed = await self.seek_to_committed()
        for key, offset in committed.items():
            tp = ensure_TP(key)
            position = offset if offset is not None and offset >= 0 else None
            newer = self._committed_offset.get(tp)  # committed while the seek ran
            if newer is not None and (position is None or newer > position):
                position = newer  # records below it were processed: drop their re-reads
            self._read_offset[tp] = position
            if position:
                self._committed_offset[tp] = position


class _Transport(aiokafka_driver.Transport):
    Consumer = _Consumer


class _FlowControl(FlowControlEvent):
    """Resuming a flow that is already on keeps what the stream queues hold.

    Faust's recovery resumes the flow to read changelogs, resumes the stream partitions,
    seeks them to their committed offsets while the fetcher runs, then resumes the flow
    again. That second resume cleared the queues, dropping records fetched after the
    seek: their partition's position had moved past them, so they were never processed
    and never committed, and the pipeline stalled after a kill -9 and restart. Clearing
    is only needed when the flow was suspended (a rebalance): then queued records may
    belong to partitions no longer ours, and the seek reads them again.
    """

    def resume(self) -> None:
        if not self.is_active():
            super().resume()


class _App(faust.App):
    """A Faust app whose consumer is the _ConsumerThread above."""

    fetch_max_wait_ms: int | None = None

    def _new_transport(self) -> Any:
        return _Transport(self.conf.broker_consumer, self)

    @cached_property
    def flow_control(self) -> FlowControlEvent:
        return _FlowControl(loop=self.loop)


def faust_topic(app: faust.App, settings: Settings, spec: TopicSpec) -> faust.TopicT:
    """The Faust topic for a spec: raw bytes, decoded by the agent so that bad
    records can go to the dead-letter topic with their original bytes."""
    return app.topic(
        settings.topic(spec.name),
        partitions=spec.partitions(settings),
        key_type=bytes,
        value_type=bytes,
        key_serializer="raw",
        value_serializer="raw",
    )
