"""BatchedTopic: alerts.delivered records go to Kafka in batches, and each sender waits
for its own batch's acknowledgement (a fake producer stands in for aiokafka's)."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from aiokafka.errors import KafkaError

from alerts.service import BatchedTopic


class FakeBuilder:
    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.records: list[tuple[bytes, bytes]] = []

    def append(self, *, key: bytes, value: bytes, timestamp: Any) -> object | None:
        if len(self.records) >= self.capacity:
            return None
        self.records.append((key, value))
        return object()


class FakeProducer:
    """Acknowledges each batch when the test says so (or at once)."""

    def __init__(self, capacity: int = 100, auto_ack: bool = True) -> None:
        self.capacity = capacity
        self.auto_ack = auto_ack
        self.sent: list[tuple[str, int, list[tuple[bytes, bytes]]]] = []
        self.futures: list[asyncio.Future[None]] = []

    def create_batch(self) -> FakeBuilder:
        return FakeBuilder(self.capacity)

    async def send_batch(self, batch: FakeBuilder, topic: str, *, partition: int) -> Any:
        self.sent.append((topic, partition, batch.records))
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self.futures.append(future)
        if self.auto_ack:
            future.set_result(None)
        return future


async def test_records_sent_together_share_one_batch_on_partition_0() -> None:
    producer = FakeProducer()
    topic = BatchedTopic(producer, "alerts.delivered")  # type: ignore[arg-type]
    await asyncio.gather(*(topic.send(b"k%d" % i, b"v%d" % i) for i in range(10)))
    assert len(producer.sent) == 1
    name, partition, records = producer.sent[0]
    assert (name, partition) == ("alerts.delivered", 0)
    assert records == [(b"k%d" % i, b"v%d" % i) for i in range(10)]
    await topic.close()


async def test_a_full_batch_goes_out_and_the_rest_follows_in_the_next() -> None:
    producer = FakeProducer(capacity=4)
    topic = BatchedTopic(producer, "t")  # type: ignore[arg-type]
    await asyncio.gather(*(topic.send(b"k", b"%d" % i) for i in range(10)))
    assert [len(records) for _, _, records in producer.sent] == [4, 4, 2]
    await topic.close()


async def test_a_sender_waits_until_its_batch_is_acknowledged() -> None:
    producer = FakeProducer(auto_ack=False)
    topic = BatchedTopic(producer, "t")  # type: ignore[arg-type]
    sending = asyncio.create_task(topic.send(b"k", b"v"))
    deadline = asyncio.get_running_loop().time() + 5
    while not producer.futures:
        assert asyncio.get_running_loop().time() < deadline, "the batch was never sent"
        await asyncio.sleep(0.001)
    await asyncio.sleep(0.05)
    assert not sending.done()
    producer.futures[0].set_result(None)
    await asyncio.wait_for(sending, 5)
    await topic.close()


async def test_a_failed_batch_fails_its_senders_only() -> None:
    producer = FakeProducer(capacity=1, auto_ack=False)
    topic = BatchedTopic(producer, "t")  # type: ignore[arg-type]
    first = asyncio.create_task(topic.send(b"a", b"1"))
    second = asyncio.create_task(topic.send(b"b", b"2"))
    deadline = asyncio.get_running_loop().time() + 5
    while len(producer.futures) < 2:
        assert asyncio.get_running_loop().time() < deadline, "the batches were never sent"
        await asyncio.sleep(0.001)
    producer.futures[0].set_exception(KafkaError("broker gone"))
    producer.futures[1].set_result(None)
    with pytest.raises(KafkaError, match="not written"):
        await first
    await second
    await topic.close()


async def test_close_sends_the_open_batch_and_refuses_more() -> None:
    producer = FakeProducer()
    topic = BatchedTopic(producer, "t", linger=60)  # type: ignore[arg-type]
    sending = asyncio.create_task(topic.send(b"k", b"v"))
    await asyncio.sleep(0)
    await topic.close()
    await asyncio.wait_for(sending, 5)
    assert len(producer.sent) == 1
    with pytest.raises(KafkaError, match="closed"):
        await topic.send(b"k", b"v")
