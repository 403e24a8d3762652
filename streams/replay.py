"""Run the real pipeline over recorded articles: broker, topics, worker processes,
the articles fed in order, and the alerts collected once every stage is idle.

`PipelineRun` is also the test harness: tests, the benchmark and `tocsin replay`
all drive the same processes a user runs.
"""

from __future__ import annotations

import contextlib
import subprocess
import sys
import time
from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from kafka import KafkaAdminClient, KafkaConsumer, TopicPartition

from processors.models import Alert

from .broker import bootstrap_servers, broker_for, child_environment, die_with_parent
from .record import Recorded, read_recording
from .settings import Settings
from .sources import ArticleProducer, Item, read_paths
from .topics import ALERTS, ARTICLES_CLEAN, ARTICLES_ENRICHED, ARTICLES_RAW, OBSERVATIONS

# The topics the workers consume: idle means each is consumed up to its end.
CONSUMED = (ARTICLES_RAW, ARTICLES_CLEAN, ARTICLES_ENRICHED, OBSERVATIONS)


class PipelineTimeout(TimeoutError):
    """The pipeline did not finish the articles in time."""


class ProcessFailed(RuntimeError):
    """A child process (worker, alert service, sources) stopped on its own."""


class PipelineRun:
    """A running pipeline on the configured broker (or a new embedded one)."""

    def __init__(
        self,
        settings: Settings,
        workers: int = 1,
        log_dir: Path | None = None,
        services: bool = False,
    ) -> None:
        self.settings = settings
        self.log_dir = log_dir or settings.data_dir / "logs"
        self.processes: dict[str, subprocess.Popen[bytes]] = {}
        self.sent = 0
        self.origins: dict[str, str] = {}
        self._initial_workers = workers
        self._services = services
        self._stack = contextlib.ExitStack()
        self._alerts: dict[str, Alert] = {}
        self._positions: dict[TopicPartition, int] = {}

    def __enter__(self) -> PipelineRun:
        try:
            self.broker_url = self._stack.enter_context(broker_for(self.settings))
            self.log_dir.mkdir(parents=True, exist_ok=True)
            self._env = child_environment(self.settings, self.broker_url)
            self._stack.callback(self.stop_all)
            for index in range(self._initial_workers):
                self.start_worker(index)
            if self._services:
                self.start_process("alerts", ["alerts", "serve"])
                self.start_process("sources", ["sources", "serve"])
            self._producer = ArticleProducer(self.settings, self.broker_url)
            self._stack.callback(self._producer.close)
            self._monitor = self._consumer()
            self._stack.callback(self._monitor.close)
            self._admin = KafkaAdminClient(bootstrap_servers=bootstrap_servers(self.broker_url))
            self._stack.callback(self._admin.close)
        except BaseException:
            self._stack.close()
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        self._stack.close()

    def start_process(self, name: str, args: list[str]) -> None:
        """Start `tocsin ARGS...` as a child process named `name`, logging to a file."""
        log = (self.log_dir / f"{name}.log").open("ab")
        self.processes[name] = subprocess.Popen(
            [sys.executable, "-m", "streams.cli", *args],
            env=self._env,
            stdout=log,
            stderr=log,
            preexec_fn=die_with_parent,
            start_new_session=True,  # Ctrl-C goes to the supervisor, which stops us in order
        )
        log.close()

    def stop_process(self, name: str, kill: bool = False, timeout: float = 30) -> None:
        """Stop one child: gracefully (SIGTERM), or with SIGKILL to test recovery."""
        process = self.processes.pop(name)
        if process.poll() is None:
            process.kill() if kill else process.terminate()
        try:
            process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()

    def start_worker(self, index: int) -> None:
        self.start_process(f"worker-{index}", ["worker", "--index", str(index)])

    def stop_worker(self, index: int, kill: bool = False) -> None:
        self.stop_process(f"worker-{index}", kill=kill)

    def stop_all(self) -> None:
        # Workers last: the alert service and sources depend on nothing they hold.
        for name in sorted(self.processes, key=lambda n: n.startswith("worker")):
            self.stop_process(name)

    def check_processes(self) -> None:
        """Raise ProcessFailed when a child has stopped on its own."""
        for name, process in self.processes.items():
            if process.poll() is not None:
                log = (self.log_dir / f"{name}.log").read_text(errors="replace")
                raise ProcessFailed(
                    f"{name} exited with code {process.returncode}; end of its log:\n{log[-3000:]}"
                )

    def send(
        self, items: Iterable[Item | Recorded], speed: float = 0, ordered: bool = False
    ) -> None:
        """Put items on articles.raw in file order. `speed` > 0 keeps their original
        pace (published or recorded time) divided by `speed`; `ordered` waits for each
        article to go through every stage before the next, as in a live run where
        reports come minutes apart (stages run in parallel and may reorder a burst)."""
        start_wall, start_event = time.monotonic(), None
        for item in items:
            event_time = _event_time(item)
            if speed > 0 and event_time is not None:
                start_event = start_event or event_time
                due = start_wall + (event_time - start_event) / speed
                time.sleep(max(0.0, due - time.monotonic()))
            if isinstance(item, Recorded):
                self._producer.send_recorded(item)
                self.sent += 1
            elif item.article is not None:
                self.origins[item.article.id] = item.origin
                self._producer.send(item)
                self.sent += 1
            else:
                self._producer.send(item)
            if ordered:
                self._producer.flush()
                self.wait_idle()
        self._producer.flush()

    def wait_idle(self, timeout: float = 300) -> list[Alert]:
        """Wait until every record sent has gone through every stage; return the
        alerts so far, one per id, in the order they first appeared."""
        deadline = time.monotonic() + timeout
        quiet_rounds = 0
        while quiet_rounds < 3:
            if time.monotonic() > deadline:
                raise PipelineTimeout(f"pipeline not idle after {timeout}s: {self.progress()}")
            self.check_processes()
            self._drain()
            quiet_rounds = quiet_rounds + 1 if self._idle() else 0
            time.sleep(0.05)
        return self.alerts()

    def alerts(self) -> list[Alert]:
        self._drain()
        return list(self._alerts.values())

    def progress(self) -> dict[str, Any]:
        committed = self._committed()
        return {
            f"{tp.topic}[{tp.partition}]": f"{committed.get(tp, 0)}/{end}"
            for tp, end in self._positions.items()
            if end
        }

    def _consumer(self) -> KafkaConsumer:
        # A short fetch wait: the default 500 ms would let the monitor lag behind
        # what the stages produced, and an idle check trusts the monitor's view.
        consumer = KafkaConsumer(
            bootstrap_servers=bootstrap_servers(self.broker_url),
            enable_auto_commit=False,
            fetch_max_wait_ms=10,
        )
        partitions = [
            TopicPartition(self.settings.topic(spec.name), p)
            for spec in (*CONSUMED, ALERTS)
            for p in range(spec.partitions(self.settings))
        ]
        consumer.assign(partitions)
        consumer.seek_to_beginning(*partitions)
        self._positions = dict.fromkeys(partitions, 0)
        return consumer

    def _drain(self) -> None:
        """Read everything now on the watched topics; note how far each partition goes."""
        alerts_topic = self.settings.topic(ALERTS.name)
        while batch := self._monitor.poll(timeout_ms=50):
            for tp, messages in batch.items():
                self._positions[tp] = messages[-1].offset + 1
                if tp.topic == alerts_topic:
                    for message in messages:
                        alert = Alert.loads(message.value)
                        self._alerts.setdefault(alert.id, alert)

    def _committed(self) -> dict[TopicPartition, int]:
        group = self.settings.topic(self.settings.app_id)
        offsets = self._admin.list_group_offsets({group: None}).get(group, {})
        return {tp: meta.offset for tp, meta in offsets.items() if meta.offset >= 0}

    def _idle(self) -> bool:
        committed = self._committed()
        raw = self.settings.topic(ARTICLES_RAW.name)
        consumed = {self.settings.topic(s.name) for s in CONSUMED}
        raw_done = sum(n for tp, n in committed.items() if tp.topic == raw)
        return raw_done >= self.sent and all(
            committed.get(tp, 0) >= end
            for tp, end in self._positions.items()
            if tp.topic in consumed
        )


def _event_time(item: Item | Recorded) -> float | None:
    if isinstance(item, Recorded):
        return item.timestamp / 1000
    published: datetime | None = item.article.published if item.article else None
    return published.timestamp() if published else None


def read_inputs(paths: Iterable[Path]) -> Iterator[Item | Recorded]:
    """Articles from files and folders, or records from `tocsin record` files."""
    for path in paths:
        if path.suffix == ".jsonl" and _is_recording(path):
            yield from read_recording(path)
        else:
            yield from read_paths([path])


def _is_recording(path: Path) -> bool:
    with path.open("rb") as f:
        first = f.readline()
    return first.startswith(b"{") and b'"offset"' in first and b'"topic"' in first


def compare_alerts(
    actual: list[Alert], expected: list[dict[str, Any]], origins: dict[str, str]
) -> list[str]:
    """Differences between the alerts and the expected ones (empty when they agree).
    Each expected alert names only what it checks; timestamps are never compared.
    `evidence_article` is the file (or article id) of the first evidence."""
    unmatched = list(actual)
    differences = []
    for want in expected:
        found = next((a for a in unmatched if _matches(a, want, origins)), None)
        if found is None:
            differences.append(f"missing: {want}")
        else:
            unmatched.remove(found)
    differences += [f"unexpected: {_summary(a, origins)}" for a in unmatched]
    return differences


_COMPARED = ("id", "kind", "metric", "event_type", "subject", "previous", "value", "total")


def _matches(alert: Alert, want: dict[str, Any], origins: dict[str, str]) -> bool:
    fields = alert.model_dump(mode="json")
    for name in _COMPARED:
        if name in want and fields.get(name) != want[name]:
            return False
    if "evidence_article" in want:
        first = alert.evidence[0].article_id if alert.evidence else None
        if want["evidence_article"] not in (first, origins.get(first or "")):
            return False
    return True


def _summary(alert: Alert, origins: dict[str, str]) -> dict[str, Any]:
    summary = {k: v for k, v in alert.model_dump(mode="json").items() if k in _COMPARED}
    if alert.evidence:
        first = alert.evidence[0].article_id
        summary["evidence_article"] = origins.get(first, first)
    return summary
