"""`tocsin ingest` and `tocsin sources serve` as processes against the embedded broker."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from topic_records import read_topic

from processors.models import Article
from streams.broker import EmbeddedBroker, free_port
from streams.settings import Settings
from streams.topics import DeadLetter

pytestmark = pytest.mark.integration

BODY = "Inspectors counted 9 flooded underpasses after the storm on Monday."


def tocsin_env(broker_url: str | None, settings: Settings | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TOCSIN_")}
    if broker_url:
        env["TOCSIN_BROKER"] = broker_url
    if settings is not None:
        env["TOCSIN_TOPIC_PREFIX"] = settings.topic_prefix
    return env


def tocsin(args: list[str], env: dict[str, str], stdin: bytes = b"") -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "streams.cli", *args],
        input=stdin, capture_output=True, env=env, timeout=120,
    )  # fmt: skip


def test_ingest_sends_files_and_stdin_and_dead_letters_bad_input(
    tmp_path: Path, embedded_broker: EmbeddedBroker, broker_settings: Settings
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(BODY)
    (folder / "b.json").write_text(json.dumps({"url": "https://city.example/b", "text": BODY}))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "latin1.txt").write_bytes("Caf\xe9 reopened".encode("latin-1"))
    stdin = json.dumps({"url": "https://city.example/c", "text": BODY}).encode() + b"\n"

    result = tocsin(["ingest", str(folder), "-"], tocsin_env(embedded_broker.url, broker_settings),
                    stdin)  # fmt: skip

    assert result.returncode == 0, result.stderr.decode()
    summary = result.stdout.decode().strip().splitlines()[-1]
    assert re.search(r"3 article\(s\) to \S+articles\.raw, 2 bad input\(s\)", summary), summary
    assert "empty: 1" in summary and "not_utf8: 1" in summary
    assert "latin1.txt: not UTF-8" in result.stderr.decode()

    raw = read_topic(embedded_broker, broker_settings.topic("articles.raw"), 3)
    assert {Article.loads(r.value).url for r in raw} == {
        None, "https://city.example/b", "https://city.example/c",
    }  # fmt: skip
    dead = read_topic(embedded_broker, broker_settings.topic("articles.raw.dead"), 2)
    assert sorted(DeadLetter.loads(r.value).reason for r in dead) == ["empty", "not_utf8"]


def test_ingest_with_an_unreachable_broker_exits_1_with_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(BODY)
    url = f"kafka://127.0.0.1:{free_port()}"
    result = tocsin(["ingest", str(tmp_path / "a.txt")], tocsin_env(url))
    assert result.returncode == 1
    assert f"cannot reach the broker at {url}" in result.stderr.decode()


def test_sources_serve_needs_a_broker() -> None:
    result = tocsin(["sources", "serve"], tocsin_env(None))
    assert result.returncode == 1
    assert "needs TOCSIN_BROKER" in result.stderr.decode()


def test_sources_serve_accepts_articles_and_stops_on_sigterm(
    tmp_path: Path, embedded_broker: EmbeddedBroker, broker_settings: Settings
) -> None:
    env = tocsin_env(embedded_broker.url, broker_settings)
    env.update(TOCSIN_INGEST_PORT="0", TOCSIN_METRICS_PORT="0")
    log = tmp_path / "serve.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "streams.cli", "sources", "serve"], stderr=out, env=env
        )
    try:
        deadline = time.monotonic() + 60
        while not (match := re.search(r"HTTP ingest on (\S+)/articles", log.read_text())):
            assert process.poll() is None, log.read_text()
            assert time.monotonic() < deadline, "timed out waiting for the server"
            time.sleep(0.1)
        response = httpx.post(f"{match.group(1)}/articles", json={"text": BODY}, timeout=30)
        assert response.status_code == 202
        (record,) = read_topic(embedded_broker, broker_settings.topic("articles.raw"), 1)
        assert record.key.decode() == response.json()["id"]
    finally:
        process.send_signal(signal.SIGTERM)
        code = process.wait(timeout=30)
    assert code == 0, log.read_text()
