"""Domain records that cross stage boundaries: articles, entities, claims, events,
observations and alerts.

Every record that travels on a topic is JSON on the wire and carries a `schema`
field naming its type and version, so a consumer can refuse what it cannot read.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from datetime import datetime
from typing import Literal, Self

from pydantic import BaseModel, ConfigDict, Field

Modality = Literal[
    "asserted",
    "hedged",
    "forecast",
    "conditional",
    "threatened",
    "negated",
    "recap",
    "other_story",
]
Bound = Literal["exact", "at_least", "at_most", "more_than", "less_than", "about"]
AlertKind = Literal["new_event", "first_value", "increase", "level_crossed"]
Severity = Literal["info", "warning", "critical"]


class Record(BaseModel):
    """Base of every wire record: JSON bytes in and out, unknown fields ignored."""

    model_config = ConfigDict(populate_by_name=True, serialize_by_alias=True, extra="ignore")

    def dumps(self) -> bytes:
        return self.model_dump_json(exclude_none=True).encode()

    @classmethod
    def loads(cls, data: bytes | str) -> Self:
        return cls.model_validate_json(data)


def stable_id(*parts: str, size: int = 16) -> str:
    """A short deterministic id: the hex SHA-256 of the parts joined by NUL."""
    return hashlib.sha256("\x00".join(parts).encode()).hexdigest()[:size]


class Article(Record):
    """One news article. On `articles.raw` `text` is what arrived; on
    `articles.clean` it is the cleaned body and `raw` keeps the original."""

    schema_: Literal["tocsin.article/1"] = Field("tocsin.article/1", alias="schema")
    id: str
    url: str | None = None
    source: str | None = None
    title: str | None = None
    text: str
    published: datetime | None = None
    fetched: datetime | None = None
    lang: str | None = None
    raw: str | None = None
    place: str | None = None
    other_story_headlines: list[str] = Field(default_factory=list)
    duplicate_of: str | None = None
    similarity: float | None = None


class Entity(BaseModel):
    text: str
    label: str
    id: str | None = None
    start: int | None = None
    end: int | None = None


class Claim(BaseModel):
    """A quantitative claim read from one sentence."""

    metric: str | None = None
    subject: str
    predicate: str | None = None
    object: str | None = None
    value: float
    total: float | None = None
    unit: str | None = None
    bound: Bound = "exact"
    time: str | None = None
    as_of: dt.date | None = Field(
        None,
        description="the latest day `time` can mean ('in 1985': 1985-12-31); none for a count "
        "running up to now ('since January', 'so far this year') or an undated one",
    )
    modality: Modality = "asserted"
    attributed_to: str | None = None
    sentence: str


class Event(BaseModel):
    """A typed event; `key` identifies the event across reports."""

    type: str
    actor: str
    date: dt.date | None = None
    modality: Modality = "asserted"
    sentence: str
    location: str | None = None
    key: str


class EnrichedArticle(Record):
    schema_: Literal["tocsin.enriched/1"] = Field("tocsin.enriched/1", alias="schema")
    article: Article
    entities: list[Entity] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)


class Observation(Record):
    """One claim or event mapped to a metric key or event identity key; the unit
    the threshold stage consumes, keyed by `key`."""

    schema_: Literal["tocsin.observation/1"] = Field("tocsin.observation/1", alias="schema")
    key: str
    kind: Literal["value", "event"]
    metric: str | None = None
    event_type: str | None = None
    subject: str
    value: float | None = None
    total: float | None = None
    bound: Bound = "exact"
    modality: Modality = "asserted"
    observed_at: datetime
    article_id: str
    source: str | None = None
    url: str | None = None
    sentence: str
    duplicate_of: str | None = None
    entities: list[str] = Field(default_factory=list)
    ingested_at: datetime | None = Field(None, description="when the article entered tocsin")
    event_date: dt.date | None = Field(
        None, description="for events: the date the event happened, if the text gives one"
    )
    as_of: dt.date | None = Field(
        None, description="for values: the latest day the text dates the count to, if it does"
    )


class Evidence(BaseModel):
    article_id: str
    source: str | None = None
    url: str | None = None
    sentence: str


class Alert(Record):
    """An alert as on the `alerts` topic, in `tocsin replay` output and in every
    payload format (DESIGN.md section 5)."""

    schema_: Literal["tocsin.alert/1"] = Field("tocsin.alert/1", alias="schema")
    id: str
    kind: AlertKind
    rule: str
    metric: str | None = None
    event_type: str | None = None
    subject: str
    previous: float | None = None
    value: float | None = None
    total: float | None = None
    severity: Severity = "warning"
    first_seen: datetime
    evidence: list[Evidence]
    corroborations: int = 0
    entities: list[str] = Field(default_factory=list)
    ingested_at: datetime | None = Field(
        None, description="ingest time of the article that triggered it (for latency)"
    )
    level: float | None = Field(None, description="for level_crossed: the level crossed")
