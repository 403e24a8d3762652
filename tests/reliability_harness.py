"""The reliability tests' harness: the whole pipeline (workers, alert service, sources)
on the embedded broker, real webhook receivers behind subscriptions, and the checks made
at the receiver: every expected alert arrived, none twice after dedup by webhook-id,
every body signed (verified by the standardwebhooks library), no secret in any log.

Each test records its figures with `record_figures`; tests/conftest.py prints the table
at the end of the run (the README's reliability section quotes it).
"""

from __future__ import annotations

import base64
import json
import os
import socket
import time
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import yaml
from kafka import KafkaConsumer, TopicPartition
from webhook_receiver import WebhookReceiver

from processors.models import Alert
from streams.broker import bootstrap_servers, free_port
from streams.record import Recorded
from streams.replay import PipelineRun, compare_alerts
from streams.settings import Settings, load_settings
from streams.sources import Item

REPO = Path(__file__).resolve().parents[1]
STORY = REPO / "streams" / "samples" / "story"
STORY_EXPECTED: list[dict[str, Any]] = json.loads(
    (REPO / "streams" / "samples" / "expected_alerts.default_rules.json").read_text()
)
# The story in four bursts, each waited for: within a burst no two articles report the
# same metric (or one is a stale or duplicate report that alerts in no order), so the
# stages may reorder a burst and the alerts (and their first evidence) stay those of the
# file-order replay. 010 and 011 both report 24 of 34: 010 must be first.
STORY_STEPS = ((0, 2, 4, 6, 8), (1, 9), (3, 5, 7), (10,), (11,))
FAST_DELIVERY = {
    "timeout": 2.0, "max_attempts": 20, "backoff_base": 0.2, "backoff_max": 2.0,
    "jitter": 0.2, "breaker_failures": 5, "breaker_cooldown": 1.0,
}  # fmt: skip


def secret() -> str:
    return "whsec_" + base64.b64encode(os.urandom(24)).decode()


def pipeline_settings(broker_url: str, tmp_path: Path, name: str, **overrides: Any) -> Settings:
    """Settings for a PipelineRun of the test's own: topic prefix, data dir, free ports."""
    values: dict[str, Any] = {
        "broker": broker_url,
        "profile": "embedded",
        "topic_prefix": f"{name[:40]}.",
        "data_dir": tmp_path,
        "metrics_port": 0,
        "ingest_port": free_port(),
        "admin_port": free_port(),
    }
    values.update(overrides)
    return load_settings(**values)


def write_subscriptions(
    path: Path, subscriptions: Iterable[dict[str, Any]], delivery: dict[str, Any] | None = None
) -> Path:
    """A subscriptions file: each subscription is CloudEvents on 127.0.0.1 (allowed)."""
    subs = [{"format": "cloudevents", "allow_private": True, **s} for s in subscriptions]
    path.write_text(yaml.safe_dump({"delivery": delivery or FAST_DELIVERY, "subscriptions": subs}))
    path.chmod(0o600)
    return path


def send_step(run: PipelineRun, items: list[Item | Recorded], step: int, wait: bool = True) -> None:
    """Send one burst of the story (STORY_STEPS); wait until every stage is idle."""
    run.send([items[i] for i in STORY_STEPS[step]])
    if wait:
        run.wait_idle()


def received_alerts(receiver: WebhookReceiver) -> list[Alert]:
    """The alerts of the receiver's first successful deliveries, one per webhook-id."""
    return [Alert.model_validate(r.json()["data"]) for r in receiver.deliveries]


@dataclass
class Figures:
    """What one fault test did and what the receivers saw."""

    test: str
    faults: int
    expected: int
    delivered: int  # distinct expected alerts that reached every receiver that wants them
    lost: int
    duplicated: int  # alerts beyond the expected ones after dedup by webhook-id
    repeats_dropped: int  # second 2xx deliveries of an id, dropped by the receiver's dedup


FIGURES: list[Figures] = []
NOTES: list[str] = []


def record_figures(figures: Figures) -> None:
    FIGURES.append(figures)


def record_note(line: str) -> None:
    """A line printed under the figures table (bad inputs per source...)."""
    NOTES.append(line)


def check_receiver(
    receiver: WebhookReceiver,
    expected: list[dict[str, Any]],
    origins: dict[str, str],
) -> tuple[int, int, int, int]:
    """Assert the receiver got exactly the expected alerts once each (after dedup by
    webhook-id), every request signed; return (delivered, lost, duplicated, repeats)."""
    alerts = received_alerts(receiver)
    differences = compare_alerts(alerts, expected, origins)
    lost = sum(d.startswith("missing") for d in differences)
    duplicated = sum(d.startswith("unexpected") for d in differences)
    repeats = sum(1 for r in receiver.requests if r.repeat and 200 <= r.status < 300)
    assert differences == [], f"{receiver.url}: {differences}"
    assert len({a.id for a in alerts}) == len(alerts) == len(expected)
    unsigned = [r.webhook_id for r in receiver.requests if r.verified is not True]
    assert unsigned == [], f"requests whose signature did not verify: {unsigned}"
    return len(alerts) - duplicated, lost, duplicated, repeats


def wait_until(condition: Callable[[], Any], timeout: float, what: str, step: float = 0.1) -> Any:
    """Poll `condition` until it is truthy; return its value or fail naming `what`."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout}s waiting for {what}")
        time.sleep(step)


def secrets_in_logs(log_dir: Path, secrets: Iterable[str]) -> list[str]:
    """`file: secret` for every secret (or its base64 key) found in a log of the run."""
    found = []
    needles = [n for s in secrets for n in {s, s.removeprefix("whsec_")} if n]
    for log in sorted(log_dir.glob("*.log")):
        text = log.read_text(errors="replace")
        found += [f"{log.name}: {needle[:12]}..." for needle in needles if needle in text]
    return found


def read_topic(settings: Settings, broker_url: str, name: str, partitions: int = 1) -> list[Any]:
    """Every record on a topic, read up to the high watermark of each partition."""
    consumer = KafkaConsumer(
        bootstrap_servers=bootstrap_servers(broker_url), enable_auto_commit=False
    )
    tps = [TopicPartition(settings.topic(name), p) for p in range(partitions)]
    consumer.assign(tps)
    consumer.seek_to_beginning(*tps)
    records: list[Any] = []
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            for batch in consumer.poll(timeout_ms=200, max_records=10_000).values():
                records += batch
            highwaters = [consumer.highwater(tp) for tp in tps]
            if all(
                h is not None and consumer.position(tp) >= h
                for tp, h in zip(tps, highwaters, strict=True)
            ):
                return records
        raise AssertionError(f"could not read {settings.topic(name)} to its end")
    finally:
        consumer.close()


def scrape(port: int) -> dict[tuple[str, frozenset[tuple[str, str]]], float]:
    """The samples of a /metrics page: (name, labels) -> value."""
    from urllib.request import urlopen

    from prometheus_client.parser import text_string_to_metric_families

    with urlopen(f"http://127.0.0.1:{port}/metrics", timeout=5) as response:
        text = response.read().decode()
    return {
        (s.name, frozenset(s.labels.items())): s.value
        for family in text_string_to_metric_families(text)
        for s in family.samples
    }


def metric(samples: dict[Any, float], name: str, **labels: str) -> float:
    """The sum of a metric's samples whose labels include `labels`."""
    wanted = set(labels.items())
    return sum(v for (n, ls), v in samples.items() if n == name and wanted <= ls)


def free_port_block(offsets: tuple[int, ...]) -> int:
    """A metrics_port whose role ports (base + offset) are all free now."""
    for _ in range(50):
        base = free_port()
        if base + max(offsets) < 65536 and all(bindable(base + o) for o in offsets):
            return base
    raise RuntimeError("no free block of ports for /metrics")


def bindable(port: int) -> bool:
    with socket.socket() as s:
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
        return True


def figures_table() -> list[str]:
    """The recorded figures as markdown table lines."""
    if not FIGURES:
        return list(NOTES)
    columns = list(asdict(FIGURES[0]))
    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    for figures in FIGURES:
        lines.append("| " + " | ".join(str(v) for v in asdict(figures).values()) + " |")
    return lines + NOTES
