"""`tocsin record`: a topic to JSON Lines (keys, headers, timestamps), and back."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from kafka import KafkaConsumer, TopicPartition

from .broker import bootstrap_servers


@dataclass(frozen=True)
class Recorded:
    """One recorded message."""

    topic: str
    partition: int
    offset: int
    timestamp: int
    key: bytes | None
    value: bytes
    headers: list[tuple[str, bytes]]

    def to_json(self) -> dict[str, Any]:
        line: dict[str, Any] = {
            "topic": self.topic,
            "partition": self.partition,
            "offset": self.offset,
            "timestamp": self.timestamp,
            "headers": [[k, _text_or_b64(v)] for k, v in self.headers],
        }
        line.update(_field("key", self.key))
        line.update(_field("value", self.value))
        return line

    @classmethod
    def from_json(cls, line: dict[str, Any]) -> Recorded:
        return cls(
            topic=line["topic"],
            partition=int(line.get("partition", 0)),
            offset=int(line["offset"]),
            timestamp=int(line["timestamp"]),
            key=_bytes(line, "key"),
            value=_bytes(line, "value") or b"",
            headers=[(k, _from_text_or_b64(v)) for k, v in line.get("headers", [])],
        )


def _field(name: str, data: bytes | None) -> dict[str, Any]:
    if data is None:
        return {name: None}
    try:
        return {name: data.decode("utf-8")}
    except UnicodeDecodeError:
        return {f"{name}_b64": base64.b64encode(data).decode()}


def _bytes(line: dict[str, Any], name: str) -> bytes | None:
    if line.get(f"{name}_b64") is not None:
        return base64.b64decode(line[f"{name}_b64"])
    value = line.get(name)
    return None if value is None else str(value).encode()


def _text_or_b64(data: bytes) -> str | dict[str, str]:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return {"b64": base64.b64encode(data).decode()}


def _from_text_or_b64(value: str | dict[str, str]) -> bytes:
    return base64.b64decode(value["b64"]) if isinstance(value, dict) else value.encode()


def record_topic(
    broker_url: str,
    topic: str,
    out: IO[str],
    from_offset: int = 0,
    since: datetime | None = None,
    until: datetime | None = None,
    idle_ms: int = 1500,
) -> int:
    """Write `topic`'s messages (all partitions, from `from_offset`, within the time
    range) to `out` as JSON Lines until nothing new arrives for `idle_ms`; return the
    count. Times are filtered here: the embedded broker's offsets_for_times is wrong."""
    consumer = KafkaConsumer(
        bootstrap_servers=bootstrap_servers(broker_url), enable_auto_commit=False
    )
    try:
        partitions = consumer.partitions_for_topic(topic)
        if not partitions:
            raise LookupError(f"topic {topic!r} does not exist")
        tps = [TopicPartition(topic, p) for p in sorted(partitions)]
        consumer.assign(tps)
        for tp in tps:
            consumer.seek(tp, from_offset)
        low = since.timestamp() * 1000 if since else float("-inf")
        high = until.timestamp() * 1000 if until else float("inf")
        count = 0
        while batch := consumer.poll(timeout_ms=idle_ms):
            for messages in batch.values():
                for m in messages:
                    if low <= m.timestamp <= high:
                        record = Recorded(
                            m.topic,
                            m.partition,
                            m.offset,
                            m.timestamp,
                            m.key,
                            m.value,
                            list(m.headers or []),
                        )
                        out.write(json.dumps(record.to_json()) + "\n")
                        count += 1
        return count
    finally:
        consumer.close()


def read_recording(path: Path) -> Iterator[Recorded]:
    """The messages of a `tocsin record` file, in file order."""
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield Recorded.from_json(json.loads(line))
