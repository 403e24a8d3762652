"""Observations: the claims and events of one enriched article, keyed for the
threshold stage.

A value observation is keyed `"{metric}|{subject}"` with the subject normalised
(case, punctuation, a leading article dropped), an event observation by the
event's identity without its date (`"{type}|{actor id}[|{place}]"`), its date in
`event_date`: every report of one actor's events lands on one partition and one
table entry, and the threshold stage decides which dates are one event. Keys
become Kafka keys; the stream is repartitioned by them.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, datetime

from .models import EnrichedArticle, Entity, Observation

_DROPPED = re.compile(r"[.'’`]")
_SEPARATORS = re.compile(r"[^\w]+")
_LEADING_WORDS = {"the", "a", "an"}
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


class NoEventTime(ValueError):
    """An article with neither a published nor a fetched time cannot be observed."""


def observations_from(
    enriched: EnrichedArticle, *, fallback_time: datetime | None = None
) -> list[Observation]:
    """One observation per claim with a metric and one per event, in article order."""
    article = enriched.article
    observed_at = article.published or article.fetched or fallback_time
    if observed_at is None:
        raise NoEventTime(
            f"article {article.id} has no published or fetched time; thresholds need event time"
        )
    if observed_at.tzinfo is None:
        observed_at = observed_at.replace(tzinfo=UTC)
    common = {
        "observed_at": observed_at,
        "article_id": article.id,
        "source": article.source,
        "url": article.url,
        "duplicate_of": article.duplicate_of,
        "ingested_at": article.fetched,
    }
    observations = []
    for claim in enriched.claims:
        if claim.metric is None:
            continue
        observations.append(
            Observation(
                key=metric_key(claim.metric, claim.subject),
                kind="value",
                metric=claim.metric,
                subject=claim.subject,
                value=claim.value,
                total=claim.total,
                bound=claim.bound,
                as_of=claim.as_of,
                modality=claim.modality,
                sentence=claim.sentence,
                entities=entity_ids_in(claim.sentence, article.text, enriched.entities),
                **common,
            )
        )
    for event in enriched.events:
        observations.append(
            Observation(
                key=event_identity(event.key),
                kind="event",
                event_date=event.date,
                event_type=event.type,
                subject=event.actor,
                modality=event.modality,
                sentence=event.sentence,
                entities=entity_ids_in(event.sentence, article.text, enriched.entities),
                **common,
            )
        )
    return observations


def event_identity(key: str) -> str:
    """An event key without its date: `"embassy_security_alert|embassy:us:kabul|2021-08-12"`
    -> `"embassy_security_alert|embassy:us:kabul"`. The date (ISO, or `?` when unknown)
    is the last part of an event key; a key without one is returned as it is."""
    head, _, last = key.rpartition("|")
    if head and (last == "?" or _ISO_DATE.fullmatch(last)):
        return head
    return key


def metric_key(metric: str, subject: str) -> str:
    """The observation key of a metric about a subject: `metric|normalised-subject`."""
    return f"{metric}|{normalise_subject(subject)}"


def normalise_subject(subject: str) -> str:
    """Lower case, accents, dots and apostrophes dropped, words joined by `-`, a
    leading article dropped: "The U.S. Embassy" -> "us-embassy"."""
    text = unicodedata.normalize("NFKD", subject.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    words = _SEPARATORS.sub(" ", _DROPPED.sub("", text)).split()
    if len(words) > 1 and words[0] in _LEADING_WORDS:
        words = words[1:]
    return "-".join(words) or "unknown"


def entity_ids_in(sentence: str, text: str, entities: list[Entity]) -> list[str]:
    """Ids of the linked entities mentioned in the sentence, first mention first."""
    start = text.find(sentence) if sentence else -1
    end = start + len(sentence)
    found: list[tuple[int, str]] = []
    for entity in entities:
        if entity.id is None:
            continue
        if start >= 0 and entity.start is not None and entity.end is not None:
            if start <= entity.start and entity.end <= end:
                found.append((entity.start, entity.id))
        elif (at := sentence.find(entity.text)) >= 0:
            found.append((at + max(start, 0), entity.id))
    found.sort(key=lambda pair: pair[0])
    return list(dict.fromkeys(entity_id for _, entity_id in found))
