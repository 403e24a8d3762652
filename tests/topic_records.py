"""Reading what a test's pipeline put on a topic (partition 0), with a deadline."""

from __future__ import annotations

import time

from kafka import KafkaConsumer, TopicPartition
from kafka.consumer.fetcher import ConsumerRecord

from streams.broker import EmbeddedBroker, bootstrap_servers


def read_topic(
    broker: EmbeddedBroker, topic: str, count: int, timeout: float = 15.0
) -> list[ConsumerRecord]:
    """The first `count` records of partition 0 of a topic, waiting up to `timeout`."""
    consumer = KafkaConsumer(bootstrap_servers=bootstrap_servers(broker.url))
    partition = TopicPartition(topic, 0)
    consumer.assign([partition])
    consumer.seek_to_beginning(partition)
    records: list[ConsumerRecord] = []
    deadline = time.monotonic() + timeout
    try:
        while len(records) < count and time.monotonic() < deadline:
            for batch in consumer.poll(timeout_ms=200).values():
                records.extend(batch)
    finally:
        consumer.close()
    assert len(records) >= count, f"{topic}: {len(records)} records, expected {count}"
    return records
