"""The embedded broker: real Tansu, real clients."""

from __future__ import annotations

import os
import socket

import pytest
from kafka import KafkaAdminClient, KafkaConsumer, KafkaProducer, TopicPartition

from streams.broker import BrokerError, EmbeddedBroker, bootstrap_servers
from streams.settings import Settings
from streams.topics import ALL_TOPICS, ARTICLES_CLEAN


def _listening(port: int) -> bool:
    with socket.socket() as s:
        return s.connect_ex(("127.0.0.1", port)) == 0


def test_topics_exist_with_their_declared_partition_counts(
    embedded_broker: EmbeddedBroker, broker_settings: Settings
) -> None:
    admin = KafkaAdminClient(bootstrap_servers=bootstrap_servers(embedded_broker.url))
    try:
        described = {t["name"]: len(t["partitions"]) for t in admin.describe_topics()}
    finally:
        admin.close()
    for spec in ALL_TOPICS:
        assert described[broker_settings.topic(spec.name)] == spec.partitions(broker_settings)
    assert broker_settings.partitions == 4
    assert described[broker_settings.topic("articles.raw")] == 1


def test_records_round_trip_with_keys_headers_and_timestamps(
    embedded_broker: EmbeddedBroker, broker_settings: Settings
) -> None:
    topic = broker_settings.topic(ARTICLES_CLEAN.name)
    servers = bootstrap_servers(embedded_broker.url)
    producer = KafkaProducer(bootstrap_servers=servers)
    for i in range(8):
        producer.send(
            topic,
            key=f"k{i}".encode(),
            value=f"v{i}".encode(),
            headers=[("h", b"1")],
            timestamp_ms=1_628_700_000_000 + i,
        )
    producer.flush()
    producer.close()

    consumer = KafkaConsumer(bootstrap_servers=servers, consumer_timeout_ms=10_000)
    partitions = [TopicPartition(topic, p) for p in range(4)]
    consumer.assign(partitions)
    consumer.seek_to_beginning(*partitions)
    got = {}
    for message in consumer:
        got[message.key] = message
        if len(got) == 8:
            break
    consumer.close()

    assert sorted(got) == [f"k{i}".encode() for i in range(8)]
    assert got[b"k3"].value == b"v3"
    assert got[b"k3"].headers == [("h", b"1")]
    assert got[b"k3"].timestamp == 1_628_700_000_003
    assert len({m.partition for m in got.values()}) > 1, "keys spread over partitions"


def test_broker_process_is_gone_after_the_block() -> None:
    with EmbeddedBroker() as broker:
        port, process = broker.port, broker.process
        assert _listening(port)
    assert process is not None and process.poll() is not None
    assert not _listening(port)


def test_a_taken_port_is_a_clear_error() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        port = s.getsockname()[1]
        with pytest.raises(BrokerError, match=f"port {port} .* already in use"):
            EmbeddedBroker(port=port).start()


def test_a_missing_binary_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CALF_TANSU_BIN", os.devnull + "-missing")
    with pytest.raises(BrokerError, match="binary .* not found.*TOCSIN_BROKER"):
        EmbeddedBroker().start()
