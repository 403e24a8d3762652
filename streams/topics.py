"""Every topic of the pipeline: its name, record type, key and partition count.

Tansu auto-creates unknown topics with 4 partitions whatever is asked, so
`create_topics` makes every topic up front, before anything produces.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal

from pydantic import Field

from processors.models import Alert, Article, EnrichedArticle, Observation, Record

from .settings import Settings


class DeadLetter(Record):
    """What could not be processed: the stage, the error and the original bytes."""

    schema_: Literal["tocsin.dead/1"] = Field("tocsin.dead/1", alias="schema")
    topic: str
    stage: str
    error: str
    reason: str = Field(description="short machine-readable cause, a metrics label")
    key_b64: str | None = None
    value_b64: str
    failed_at: datetime = Field(default_factory=lambda: datetime.now(UTC))

    @classmethod
    def of(
        cls, topic: str, stage: str, reason: str, error: str, value: bytes, key: bytes | None
    ) -> DeadLetter:
        return cls(
            topic=topic,
            stage=stage,
            reason=reason,
            error=error[:2000],
            key_b64=base64.b64encode(key).decode() if key is not None else None,
            value_b64=base64.b64encode(value).decode(),
        )

    def original(self) -> bytes:
        return base64.b64decode(self.value_b64)


class DeliveryRecord(Record):
    """A delivery waiting for its next attempt, on an `alerts.retry.<delay>` tier."""

    schema_: Literal["tocsin.delivery/1"] = Field("tocsin.delivery/1", alias="schema")
    subscription_id: str
    alert: Alert
    attempts: int = Field(0, description="attempts made so far")
    due: datetime
    last_status: str | None = Field(None, description="HTTP status, timeout or error")
    last_error: str | None = None
    queued_at: datetime | None = Field(None, description="when the alert reached the service")


class DeliveredRecord(Record):
    """One successful delivery; `alerts.delivered` is the delivered-ids table."""

    schema_: Literal["tocsin.delivered/1"] = Field("tocsin.delivered/1", alias="schema")
    subscription_id: str
    alert_id: str
    attempts: int
    delivered_at: datetime


class DeadDelivery(Record):
    """A delivery given up on (attempts exhausted, 410, refused URL), or an undecodable
    record from `alerts` (then `alert` is None and `value_b64` holds the bytes)."""

    schema_: Literal["tocsin.dead-delivery/1"] = Field("tocsin.dead-delivery/1", alias="schema")
    subscription_id: str | None = None
    alert: Alert | None = None
    attempts: int = 0
    reason: str = Field(description="exhausted, gone, refused, failed, disabled, undecodable")
    last_status: str | None = None
    error: str | None = None
    value_b64: str | None = None
    failed_at: datetime = Field(default_factory=lambda: datetime.now(UTC))


@dataclass(frozen=True)
class TopicSpec:
    name: str
    record: type[Record]
    key: str
    # "one": a single partition (global order, e.g. near-duplicate detection);
    # "keyed": Settings.partitions partitions, work shared by key.
    partitioning: Literal["one", "keyed"]

    def partitions(self, settings: Settings) -> int:
        return 1 if self.partitioning == "one" else settings.partitions


ARTICLES_RAW = TopicSpec("articles.raw", Article, "article id", "one")
ARTICLES_CLEAN = TopicSpec("articles.clean", Article, "article id", "keyed")
ARTICLES_ENRICHED = TopicSpec("articles.enriched", EnrichedArticle, "article id", "keyed")
OBSERVATIONS = TopicSpec("observations", Observation, "metric key or event key", "keyed")
ALERTS = TopicSpec("alerts", Alert, "alert id", "one")

PIPELINE_TOPICS = (ARTICLES_RAW, ARTICLES_CLEAN, ARTICLES_ENRICHED, OBSERVATIONS, ALERTS)
# alerts.dead holds the alert service's DeadDelivery records (redelivered by
# `tocsin alerts redeliver`), the other .dead topics DeadLetter records.
DEAD_LETTER_TOPICS = tuple(
    TopicSpec(
        f"{t.name}.dead",
        DeadDelivery if t is ALERTS else DeadLetter,
        "subscription id" if t is ALERTS else "original key",
        "one",
    )
    for t in PIPELINE_TOPICS
)
# Retry tiers: a delivery waits on the tier whose delay bounds its backoff, so each
# tier is nearly in due order and a consumer only ever waits for its head.
RETRY_TIER_SECONDS = (1, 5, 30, 120, 600)
ALERT_RETRY_TOPICS = tuple(
    TopicSpec(f"alerts.retry.{s}s", DeliveryRecord, "subscription id", "one")
    for s in RETRY_TIER_SECONDS
)
# Compacted on Apache Kafka (cleanup.policy=compact); read in full on start.
ALERTS_DELIVERED = TopicSpec("alerts.delivered", DeliveredRecord, "subscription id/alert id", "one")
ALERT_SERVICE_TOPICS = (*ALERT_RETRY_TOPICS, ALERTS_DELIVERED)
ALL_TOPICS: tuple[TopicSpec, ...] = PIPELINE_TOPICS + DEAD_LETTER_TOPICS + ALERT_SERVICE_TOPICS


def dead_letter_topic(spec: TopicSpec) -> TopicSpec:
    return next(t for t in DEAD_LETTER_TOPICS if t.name == f"{spec.name}.dead")
