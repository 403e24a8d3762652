"""Benchmark of the alert service: signed deliveries per second to 50 local endpoints,
and p50/p99 latency from the alert on the `alerts` topic to the receiver.

Baseline, measured in the same run: plain POSTs of an alert body to the same 50 endpoints
with the service's HTTP client, an `AiohttpTransport` session (no Kafka, no matching, no
rendering, no signing). Figures are printed, never asserted. CPU milliseconds per
delivery (service, receivers, embedded broker) are printed too: they move far less than
rates when other processes load the machine (though they grow too under heavy load;
compare with the baseline's CPU per POST from the same run).
`estimated_deliveries_per_s_with_a_core` is an estimate (1 / service CPU per delivery),
not a measurement.

    .venv/bin/python tests/bench/bench_delivery.py [--alerts 200] [--endpoints 50]
        [--loop auto|asyncio|uvloop]

`run() -> dict` gives the figures to `tocsin bench`. The receivers run in a child
process (they verify every signature with `standardwebhooks`), so on a 2-core machine
the service and the receivers get a core each.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import contextlib
import json
import os
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
from aiokafka import AIOKafkaProducer

from alerts.run import event_loop_factory
from alerts.service import AlertService
from alerts.subscriptions import (
    DeliveryDefaults,
    Subscription,
    SubscriptionsFile,
    SubscriptionStore,
)
from alerts.transport import AiohttpTransport
from processors.models import Alert, Evidence
from streams.broker import EmbeddedBroker, bootstrap_servers, create_topics
from streams.settings import Settings, load_settings

RECEIVER = Path(__file__).resolve().parents[1] / "webhook_receiver.py"


def run(
    alerts: int = 200, endpoints: int = 50, paced_alerts: int = 30, rate: float = 20.0,
    loop: str = "auto",
) -> dict[str, Any]:  # fmt: skip
    """Run the benchmark on an embedded broker (or TOCSIN_BROKER); return the figures.
    `loop`: the event loop the service runs on, as `tocsin alerts serve` picks it
    ("auto": uvloop when installed), or "asyncio"."""
    broker_url = os.environ.get("TOCSIN_BROKER")
    factory = event_loop_factory(loop)
    with contextlib.ExitStack() as stack:
        pid = None
        if not broker_url:
            broker = stack.enter_context(EmbeddedBroker())
            broker_url, pid = broker.url, broker.process.pid if broker.process else None
        with asyncio.Runner(loop_factory=factory) as runner:
            figures = runner.run(_bench(broker_url, alerts, endpoints, paced_alerts, rate, pid))
    figures["event_loop"] = "asyncio" if factory is None else factory.__module__.split(".")[0]
    return figures


async def _bench(
    broker_url: str, alerts: int, endpoints: int, paced_alerts: int, rate: float,
    broker_pid: int | None = None,
) -> dict[str, Any]:  # fmt: skip
    settings = load_settings(
        broker=broker_url, profile="embedded", topic_prefix=f"bench{int(time.time())}."
    )
    create_topics(settings, broker_url)
    secret = "whsec_" + base64.b64encode(os.urandom(32)).decode()
    receivers = subprocess.Popen(
        [sys.executable, str(RECEIVER), "--count", str(endpoints), "--secret", secret],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE,
    )  # fmt: skip
    try:
        assert receivers.stdout is not None
        urls: list[str] = json.loads(receivers.stdout.readline())
        cpu_before = _cpu_seconds(receivers.pid)
        baseline = await _baseline(urls, alerts * endpoints // 4, AiohttpTransport())
        cpu_baseline = _cpu_seconds(receivers.pid)
        figures = await _service(
            settings, urls, secret, alerts, paced_alerts, rate, receivers.pid, broker_pid
        )
    finally:
        assert receivers.stdin is not None
        receivers.stdin.close()
        receivers.wait(timeout=30)
    figures["baseline_plain_posts_per_s"] = round(baseline[0], 1)
    figures["baseline_client_cpu_ms_per_post"] = round(baseline[1] * 1000, 3)
    if cpu_before is not None and cpu_baseline is not None:
        figures["baseline_receiver_cpu_ms_per_post"] = round(
            (cpu_baseline - cpu_before) / baseline[2] * 1000, 3
        )
    figures["ratio_to_baseline"] = round(figures["deliveries_per_s"] / baseline[0], 3)
    figures["endpoints"] = endpoints
    return figures


async def _baseline(
    urls: list[str], requests: int, client: AiohttpTransport
) -> tuple[float, float, int]:
    """Plain POSTs with an HTTP client, 8 in flight per endpoint as the service allows,
    no Kafka, no rendering, no signing: the HTTP ceiling. Returns posts per second, client
    CPU seconds per post, and the number of posts."""
    body = _alert("baseline", 0).dumps()
    per_endpoint = requests // len(urls)

    async def worker(url: str) -> None:
        for i in range(per_endpoint // 8):
            await client.post(url, body, {"webhook-id": f"b{i}"}, 10.0)

    try:
        start, cpu = time.perf_counter(), time.process_time()
        await asyncio.gather(*(worker(u) for u in urls for _ in range(8)))
        elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    finally:
        await client.aclose()
    posts = (per_endpoint // 8) * 8 * len(urls)
    return posts / elapsed, cpu / posts, posts


async def _service(
    settings: Settings, urls: list[str], secret: str, alerts: int, paced: int, rate: float,
    receiver_pid: int, broker_pid: int | None,
) -> dict[str, Any]:  # fmt: skip
    subs = [
        Subscription(id=f"ep{i:02d}", url=url, secrets=[secret], allow_private=True)
        for i, url in enumerate(urls)
    ]
    store = SubscriptionStore(
        initial=SubscriptionsFile(delivery=DeliveryDefaults(timeout=10), subscriptions=subs)
    )
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap_servers(settings.broker or ""))
    await producer.start()
    sent: dict[str, float] = {}
    topic = settings.topic("alerts")
    try:
        async with AlertService(settings, settings.broker or "", store):
            # Throughput: a burst of alerts, each for every endpoint.
            start, cpu = time.time(), time.process_time()
            receiver_cpu, broker_cpu = _cpu_seconds(receiver_pid), _cpu_seconds(broker_pid)
            for i in range(alerts):
                a = _alert("burst", i)
                sent[a.id] = time.time()
                await producer.send(topic, a.dumps(), key=a.id.encode())
            await producer.flush()
            arrivals = Arrivals(urls)
            burst = await arrivals.wait_for(alerts * len(urls))
            burst_end = max(r[1] for r in burst)
            # CPU per delivery: robust when other processes share the machine (the figure
            # includes this process's polling of /_stats, and the receivers answering it).
            cpu = time.process_time() - cpu
            receiver_cpu_end, broker_cpu_end = _cpu_seconds(receiver_pid), _cpu_seconds(broker_pid)
            # Latency: alerts at half the measured throughput, a pace the service keeps up with.
            rate = min(rate, 0.5 * len(burst) / (burst_end - start) / len(urls))
            for i in range(paced):
                a = _alert("paced", i)
                sent[a.id] = time.time()
                await producer.send_and_wait(topic, a.dumps(), key=a.id.encode())
                await asyncio.sleep(1 / rate)
            everything = await arrivals.wait_for((alerts + paced) * len(urls))
    finally:
        await producer.stop()
    paced_latency = sorted(r[1] - sent[r[0]] for r in everything if r[0].startswith("bench-paced"))
    burst_latency = sorted(r[1] - sent[r[0]] for r in burst)
    unverified = sum(1 for r in everything if not r[2])
    return {
        "deliveries": len(burst),
        "deliveries_per_s": round(len(burst) / (burst_end - start), 1),
        "paced_offered_deliveries_per_s": round(rate * len(urls), 1),
        "latency_p50_ms": round(_quantile(paced_latency, 0.50) * 1000, 1),
        "latency_p99_ms": round(_quantile(paced_latency, 0.99) * 1000, 1),
        "burst_latency_p50_ms": round(_quantile(burst_latency, 0.50) * 1000, 1),
        "burst_latency_p99_ms": round(_quantile(burst_latency, 0.99) * 1000, 1),
        "service_cpu_ms_per_delivery": round(cpu / len(burst) * 1000, 3),
        # An estimate, not a measurement: the rate if the service had a core to itself.
        "estimated_deliveries_per_s_with_a_core": round(len(burst) / cpu),
        "receiver_cpu_ms_per_delivery": _per_delivery(receiver_cpu, receiver_cpu_end, burst),
        "broker_cpu_ms_per_delivery": _per_delivery(broker_cpu, broker_cpu_end, burst),
        "unverified_signatures": unverified,
        "repeated_requests": arrivals.repeats,
    }


class Arrivals:
    """What the receivers answered, polled from their /_stats (only the new requests
    each time): the first 200 answer to each (endpoint, bench alert id)."""

    def __init__(self, urls: list[str]) -> None:
        self.bases = [url.rsplit("/", 1)[0] for url in urls]
        self.seen = [0] * len(urls)
        self.first: dict[tuple[int, str], list[Any]] = {}
        self.repeats = 0

    async def wait_for(self, count: int, timeout: float = 300) -> list[list[Any]]:
        """Poll until `count` distinct deliveries arrived; [[id, time, verified, endpoint]]."""
        deadline = time.monotonic() + timeout
        async with httpx.AsyncClient(transport=AiohttpTransport()) as client:
            while True:
                for n, base in enumerate(self.bases):
                    answer = await client.get(f"{base}/_stats", params={"since": self.seen[n]})
                    stats = answer.json()
                    self.seen[n] += len(stats)
                    for wid, at, verified, status in stats:
                        if not (wid and wid.startswith("bench-") and status == 200):
                            continue
                        if (n, wid) in self.first:
                            self.repeats += 1
                        else:
                            self.first[(n, wid)] = [wid, at, verified, n]
                if len(self.first) >= count or time.monotonic() > deadline:
                    return list(self.first.values())
                await asyncio.sleep(0.5)


def _per_delivery(before: float | None, after: float | None, burst: list[Any]) -> float | None:
    if before is None or after is None:
        return None
    return round((after - before) / len(burst) * 1000, 3)


def _cpu_seconds(pid: int | None) -> float | None:
    """User + system CPU seconds of a child process so far (Linux /proc; None elsewhere)."""
    if pid is None:
        return None
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _alert(phase: str, i: int) -> Alert:
    return Alert(
        id=f"bench-{phase}-{i:06d}", kind="increase", rule="bench.increase",
        metric="provincial_capitals_captured", subject="Taliban", previous=i, value=i + 1,
        total=34, first_seen=datetime(2021, 8, 12, tzinfo=UTC),
        evidence=[Evidence(article_id=f"a{i}", source="Bench Wire", url="https://b.example/",
                           sentence="A benchmark sentence about provincial capitals.")],
    )  # fmt: skip


def _quantile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[int(q * 100) - 1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--alerts", type=int, default=200)
    parser.add_argument("--endpoints", type=int, default=50)
    parser.add_argument("--loop", choices=["auto", "asyncio", "uvloop"], default="auto")
    args = parser.parse_args()
    figures = run(alerts=args.alerts, endpoints=args.endpoints, loop=args.loop)
    print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
