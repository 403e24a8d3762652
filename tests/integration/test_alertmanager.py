"""A real Alertmanager (Debian's prometheus-alertmanager, from `make system-deps`)
receives a tocsin alert through the service and shows it with its labels."""

from __future__ import annotations

import asyncio
import contextlib
import shutil
import subprocess
import time
from collections.abc import Iterator
from datetime import UTC, datetime

import httpx
import pytest
from aiokafka import AIOKafkaProducer

from alerts.service import AlertService
from alerts.subscriptions import (
    DeliveryDefaults,
    Subscription,
    SubscriptionsFile,
    SubscriptionStore,
)
from processors.models import Alert, Evidence
from streams.broker import bootstrap_servers, free_port
from streams.settings import Settings

pytestmark = pytest.mark.integration

CONFIG = """
route:
  receiver: blackhole
  group_by: [alertname, metric]
receivers:
  - name: blackhole
"""


@pytest.fixture(scope="module")
def alertmanager(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    binary = shutil.which("prometheus-alertmanager") or shutil.which("alertmanager")
    if binary is None:
        pytest.skip("Alertmanager is not installed: `make system-deps` (apt-get install "
                    "prometheus-alertmanager) installs it")  # fmt: skip
    home = tmp_path_factory.mktemp("alertmanager")
    (home / "alertmanager.yml").write_text(CONFIG)
    port = free_port()
    log = (home / "log.txt").open("wb")
    process = subprocess.Popen(
        [binary, f"--config.file={home / 'alertmanager.yml'}", f"--storage.path={home / 'data'}",
         f"--web.listen-address=127.0.0.1:{port}", "--cluster.listen-address="],
        stdout=subprocess.DEVNULL, stderr=log,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(f"{url}/-/ready", timeout=1).status_code == 200:
                    break
            if process.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"Alertmanager did not start: {(home / 'log.txt').read_text()[-2000:]}")
            time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)
        log.close()


async def test_an_alert_arrives_in_alertmanager_with_its_labels(
    alertmanager: str, broker_settings: Settings
) -> None:
    alert = Alert(
        id="am0123456789abcd", kind="increase", rule="provincial_capitals_captured.increase",
        metric="provincial_capitals_captured", subject="Taliban", previous=10, value=11,
        total=34, severity="critical", first_seen=datetime.now(UTC),
        evidence=[Evidence(article_id="003", source="Meridian Herald", url="https://mh.example/1",
                           sentence="Herat was the 11th provincial capital to fall.")],
    )  # fmt: skip
    sub = Subscription(id="am", url=alertmanager, format="alertmanager", allow_private=True)
    store = SubscriptionStore(
        initial=SubscriptionsFile(delivery=DeliveryDefaults(timeout=5), subscriptions=[sub])
    )
    async with AlertService(broker_settings, broker_settings.broker or "", store):
        producer = AIOKafkaProducer(
            bootstrap_servers=bootstrap_servers(broker_settings.broker or "")
        )
        await producer.start()
        await producer.send_and_wait(
            broker_settings.topic("alerts"), alert.dumps(), key=alert.id.encode()
        )
        await producer.stop()

        found: list[dict] = []
        deadline = time.monotonic() + 20
        async with httpx.AsyncClient() as client:
            while not found:
                assert time.monotonic() < deadline, "the alert did not reach Alertmanager"
                response = await client.get(f"{alertmanager}/api/v2/alerts")
                found = [a for a in response.json() if a["labels"].get("alert_id") == alert.id]
                await asyncio.sleep(0.1)

    [got] = found
    assert got["labels"] == {
        "alertname": "tocsin_increase", "kind": "increase", "alert_id": alert.id,
        "rule": "provincial_capitals_captured.increase", "subject": "Taliban",
        "severity": "critical", "metric": "provincial_capitals_captured",
    }  # fmt: skip
    assert got["status"]["state"] == "active"
    assert "Herat was the 11th" in got["annotations"]["sentences"]
    assert got["generatorURL"] == "https://mh.example/1"
    assert [r["name"] for r in got["receivers"]] == ["blackhole"]
