"""The real pipeline: embedded broker, worker processes, articles in, alerts out."""

from __future__ import annotations

import json
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
from kafka import KafkaProducer
from topic_records import read_topic

from processors.models import Alert
from streams.broker import EmbeddedBroker, bootstrap_servers
from streams.record import record_topic
from streams.replay import PipelineRun, compare_alerts, read_inputs
from streams.settings import Settings, load_settings
from streams.topics import ARTICLES_RAW, DeadLetter

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
STORY = FIXTURES / "stream_story.jsonl"
EXPECTED = json.loads((FIXTURES / "stream_story_expected.json").read_text())

ALL_THREE = [("first_value", None, 12), ("increase", 12, 14), ("increase", 14, 17)]

pytestmark = pytest.mark.integration


@pytest.fixture
def settings(embedded_broker: EmbeddedBroker, tmp_path: Path, request) -> Settings:
    return load_settings(
        broker=embedded_broker.url,
        profile="embedded",
        topic_prefix=f"t{zlib.crc32(request.node.nodeid.encode())}.",
        metrics_port=0,
        data_dir=tmp_path,
    )


def _summary(alerts: list[Alert]) -> list[tuple]:
    return [(a.kind, a.previous, a.value) for a in alerts]


def test_alerts_on_first_value_and_increases_never_on_stale_or_duplicate(
    settings: Settings,
) -> None:
    with PipelineRun(settings) as run:
        run.send(read_inputs([STORY]), ordered=True)
        alerts = run.wait_idle()
        origins = run.origins
    assert compare_alerts(alerts, EXPECTED, origins) == []
    assert _summary(alerts) == ALL_THREE
    assert all(a.evidence and a.evidence[0].sentence for a in alerts)
    assert all(a.ingested_at is not None for a in alerts), "end-to-end latency needs it"


def test_bad_records_go_to_the_dead_letter_topic_and_the_pipeline_goes_on(
    settings: Settings, embedded_broker: EmbeddedBroker
) -> None:
    raw_topic = settings.topic(ARTICLES_RAW.name)
    bad = [
        b"\xff\xfe not utf-8",
        b"{not json",
        b'{"schema": "tocsin.article/9", "id": "x"}',
        b'{"id": "blank", "text": "   \\n\\n  "}',
    ]
    with PipelineRun(settings) as run:
        producer = KafkaProducer(bootstrap_servers=bootstrap_servers(embedded_broker.url))
        for n, value in enumerate(bad):
            producer.send(raw_topic, key=f"bad{n}".encode(), value=value)
        producer.flush()
        producer.close()
        run.send(read_inputs([STORY]), ordered=True)
        alerts = run.wait_idle()
    assert len(alerts) == 3

    dead = read_topic(embedded_broker, settings.topic("articles.raw.dead"), len(bad))
    letters = {d.key: DeadLetter.loads(d.value) for d in dead}
    assert sorted(letters) == [b"bad0", b"bad1", b"bad2", b"bad3"]
    assert letters[b"bad0"].reason == "undecodable"
    assert letters[b"bad0"].original() == bad[0]
    assert letters[b"bad3"].reason == "empty"
    assert all(letter.stage == "clean" and letter.error for letter in letters.values())


@pytest.mark.parametrize("store", ["memory://", "rocksdb://"])
def test_a_worker_killed_mid_replay_loses_no_alert_and_recovers_its_table(
    settings: Settings, store: str
) -> None:
    settings = settings.model_copy(update={"table_store": store})
    items = list(read_inputs([STORY]))
    with PipelineRun(settings) as run:
        run.send(items[:2], ordered=True)
        assert _summary(run.wait_idle()) == [("first_value", None, 12), ("increase", 12, 14)]
        run.stop_worker(0, kill=True)
        run.start_worker(0)
        run.send(items[2:], ordered=True)
        alerts = run.wait_idle()
    # 17 is an increase from the recovered 14, not a first value of a lost table.
    assert _summary(alerts) == ALL_THREE


def test_recorded_raw_topic_replays_to_the_same_alerts(
    settings: Settings, embedded_broker: EmbeddedBroker, tmp_path: Path
) -> None:
    with PipelineRun(settings) as run:
        run.send(read_inputs([STORY]), ordered=True)
        first = run.wait_idle()
    recording = tmp_path / "raw.jsonl"
    with recording.open("w") as out:
        count = record_topic(embedded_broker.url, settings.topic(ARTICLES_RAW.name), out)
    assert count == 5
    line = json.loads(recording.read_text().splitlines()[0])
    assert {"topic", "partition", "offset", "timestamp", "key", "headers", "value"} <= set(line)

    again = settings.model_copy(update={"topic_prefix": settings.topic_prefix + "again."})
    with PipelineRun(again) as run:
        run.send(read_inputs([recording]), ordered=True)
        second = run.wait_idle()
    assert [a.id for a in second] == [a.id for a in first]


def test_replay_command_checks_expected_alerts(tmp_path: Path) -> None:
    env_settings = {"TOCSIN_METRICS_PORT": "0", "TOCSIN_DATA_DIR": str(tmp_path)}
    ok = _tocsin(
        ["replay", str(STORY), "--expect", str(FIXTURES / "stream_story_expected.json")],
        env_settings,
    )
    assert ok.returncode == 0, ok.stderr[-3000:]
    printed = [json.loads(line) for line in ok.stdout.splitlines()]
    assert [a["kind"] for a in printed] == ["first_value", "increase", "increase"]

    wrong = tmp_path / "wrong.json"
    wrong.write_text(json.dumps(EXPECTED[:2]))
    differs = _tocsin(["replay", str(STORY), "--expect", str(wrong)], env_settings)
    assert differs.returncode == 1
    assert "unexpected:" in differs.stderr and "'value': 17.0" in differs.stderr


def test_seeds_replay_gives_exactly_the_three_design_alerts(
    seeds_dir: Path, tmp_path: Path
) -> None:
    result = _tocsin(
        ["replay", str(seeds_dir), "--expect", str(FIXTURES / "seeds_expected_alerts.json")],
        {"TOCSIN_METRICS_PORT": "0", "TOCSIN_DATA_DIR": str(tmp_path)},
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert len(result.stdout.splitlines()) == 3


def _tocsin(args: list[str], env_settings: dict[str, str]) -> subprocess.CompletedProcess[str]:
    import os

    env = {k: v for k, v in os.environ.items() if not k.startswith("TOCSIN_")}
    env.update(env_settings)
    return subprocess.run(
        [sys.executable, "-m", "streams.cli", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
