"""`tocsin alerts serve` as `tocsin run` starts it (a child process with TOCSIN_BROKER),
hot reload of the subscriptions file, `tocsin alerts redeliver`, a clean SIGTERM."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest
import yaml
from kafka import KafkaProducer
from webhook_receiver import WebhookReceiver

from processors.models import Alert, Evidence
from streams.broker import bootstrap_servers, free_port
from streams.settings import Settings

pytestmark = pytest.mark.integration
REPO = Path(__file__).resolve().parents[2]


def alert(n: int) -> Alert:
    return Alert(
        id=f"cli-{n}", kind="new_event", rule="embassy.new_event",
        event_type="embassy_security_alert", subject="U.S. Embassy in Kabul",
        first_seen=datetime(2021, 8, 12, tzinfo=UTC),
        evidence=[Evidence(article_id="000", sentence="The embassy issued an alert.")],
    )  # fmt: skip


def produce(settings: Settings, a: Alert) -> None:
    producer = KafkaProducer(bootstrap_servers=bootstrap_servers(settings.broker or ""))
    producer.send(settings.topic("alerts"), key=a.id.encode(), value=a.dumps())
    producer.flush()
    producer.close()


def write_subs(path: Path, *receivers: tuple[str, WebhookReceiver]) -> None:
    subs = [{"id": i, "url": r.url, "allow_private": True} for i, r in receivers]
    path.write_text(yaml.safe_dump({"delivery": {"timeout": 2}, "subscriptions": subs}))
    # Make the change visible to an mtime check even within one clock tick.
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))


@pytest.fixture
def env(broker_settings: Settings, tmp_path: Path) -> Iterator[dict[str, str]]:
    yield {
        **os.environ,
        "TOCSIN_BROKER": broker_settings.broker or "",
        "TOCSIN_PROFILE": "embedded",
        "TOCSIN_TOPIC_PREFIX": broker_settings.topic_prefix,
        "TOCSIN_SUBSCRIPTIONS": str(tmp_path / "subscriptions.yaml"),
        "TOCSIN_ADMIN_TOKEN": "t0ken",
        "TOCSIN_ADMIN_PORT": str(free_port()),
        "TOCSIN_METRICS_PORT": "0",
    }


def test_serve_delivers_reloads_its_file_and_stops_on_sigterm(
    broker_settings: Settings, webhook_receiver, env: dict[str, str], tmp_path: Path
) -> None:
    first, second = webhook_receiver(), webhook_receiver()
    path = Path(env["TOCSIN_SUBSCRIPTIONS"])
    write_subs(path, ("first", first))
    child = subprocess.Popen(
        [sys.executable, "-m", "streams.cli", "alerts", "serve"], env=env, cwd=REPO,
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
    )  # fmt: skip
    try:
        produce(broker_settings, alert(1))
        first.wait_for(1, timeout=30)

        write_subs(path, ("first", first), ("second", second))
        admin = f"http://127.0.0.1:{env['TOCSIN_ADMIN_PORT']}/subscriptions"
        deadline = time.monotonic() + 10
        while len(httpx.get(admin, headers={"Authorization": "Bearer t0ken"}).json()[
            "subscriptions"]) < 2:  # fmt: skip
            assert time.monotonic() < deadline, "the file was not reloaded"
            time.sleep(0.1)
        produce(broker_settings, alert(2))
        second.wait_for(1, timeout=30)
        assert [r.webhook_id for r in second.requests] == ["cli-2"]
    finally:
        child.send_signal(signal.SIGTERM)
        output = child.communicate(timeout=30)[0].decode()
    assert child.returncode == 0, output
    assert "stopping the alert service" in output
    assert "t0ken" not in output


def test_serve_without_a_broker_is_a_clear_error(env: dict[str, str]) -> None:
    env = {k: v for k, v in env.items() if k != "TOCSIN_BROKER"}
    done = subprocess.run(
        [sys.executable, "-m", "streams.cli", "alerts", "serve"], env=env, cwd=REPO,
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 1 and "needs TOCSIN_BROKER" in done.stderr


def test_redeliver_lists_dead_deliveries_by_subscription(
    broker_settings: Settings, env: dict[str, str]
) -> None:
    from alerts.service import DEAD
    from streams.topics import DeadDelivery

    producer = KafkaProducer(bootstrap_servers=bootstrap_servers(broker_settings.broker or ""))
    for sub in ("a", "b"):
        dead = DeadDelivery(subscription_id=sub, alert=alert(3), attempts=8, reason="exhausted")
        producer.send(broker_settings.topic(DEAD.name), key=sub.encode(), value=dead.dumps())
    producer.flush()
    producer.close()
    done = subprocess.run(
        [sys.executable, "-m", "streams.cli", "alerts", "redeliver", "--subscription", "b",
         "--dry-run"], env=env, cwd=REPO, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("\n") == 1 and '"subscription": "b"' in done.stdout
    assert "would redeliver 1 dead delivery" in done.stderr
