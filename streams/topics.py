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
DEAD_LETTER_TOPICS = tuple(
    TopicSpec(f"{t.name}.dead", DeadLetter, "original key", "one") for t in PIPELINE_TOPICS
)
ALL_TOPICS: tuple[TopicSpec, ...] = PIPELINE_TOPICS + DEAD_LETTER_TOPICS


def dead_letter_topic(spec: TopicSpec) -> TopicSpec:
    return next(t for t in DEAD_LETTER_TOPICS if t.name == f"{spec.name}.dead")
