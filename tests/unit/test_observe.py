"""Observations from enriched articles: one per metric claim and one per event."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from processors.models import Article, Claim, EnrichedArticle, Entity, Event, Observation
from processors.observe import (
    NoEventTime,
    entity_ids_in,
    event_identity,
    metric_key,
    normalise_subject,
    observations_from,
)

PUBLISHED = datetime(2021, 8, 12, 9, 30, tzinfo=UTC)
CAPTURE = "By Thursday the Taliban held 10 of the 34 provincial capitals."
ALERT = "The U.S. Embassy in Kabul told Americans to leave at once."
TEXT = f"Opening line. {CAPTURE} {ALERT}"


def enriched(**article_fields: object) -> EnrichedArticle:
    fields: dict[str, object] = {
        "id": "art-1",
        "url": "https://news.test/a",
        "source": "news.test",
        "text": TEXT,
        "published": PUBLISHED,
    }
    start = TEXT.index("Taliban")
    embassy = TEXT.index("U.S. Embassy in Kabul")
    return EnrichedArticle(
        article=Article.model_validate(fields | article_fields),
        entities=[
            Entity(text="Taliban", label="ORG", id="org:taliban", start=start, end=start + 7),
            Entity(
                text="U.S. Embassy in Kabul",
                label="ORG",
                id="embassy:us-kabul",
                start=embassy,
                end=embassy + 21,
            ),
            Entity(text="Kabul", label="GPE", id=None),
        ],
        claims=[
            Claim(
                metric="provincial_capitals_captured",
                subject="the Taliban",
                value=10,
                total=34,
                bound="exact",
                modality="asserted",
                sentence=CAPTURE,
            ),
            Claim(metric=None, subject="fighters", value=3, sentence=CAPTURE),
            Claim(
                metric="provincial_capitals_captured",
                subject="Taliban",
                value=13,
                modality="threatened",
                sentence=CAPTURE,
            ),
        ],
        events=[
            Event(
                type="embassy_security_alert",
                actor="U.S. Embassy in Kabul",
                date=date(2021, 8, 12),
                sentence=ALERT,
                key="embassy_security_alert|embassy:us-kabul|2021-08-12",
            )
        ],
    )


def test_one_observation_per_metric_claim_and_per_event() -> None:
    observations = observations_from(enriched())
    assert [(o.kind, o.key, o.value) for o in observations] == [
        ("value", "provincial_capitals_captured|taliban", 10),
        ("value", "provincial_capitals_captured|taliban", 13),
        ("event", "embassy_security_alert|embassy:us-kabul", None),
    ]


def test_a_value_observation_carries_the_claim_and_the_article() -> None:
    obs = observations_from(enriched())[0]
    assert obs.metric == "provincial_capitals_captured"
    assert obs.subject == "the Taliban"
    assert (obs.total, obs.bound, obs.modality) == (34, "exact", "asserted")
    assert obs.observed_at == PUBLISHED
    assert (obs.article_id, obs.source, obs.url) == ("art-1", "news.test", "https://news.test/a")
    assert obs.sentence == CAPTURE
    assert obs.entities == ["org:taliban"]


def test_modality_is_carried_for_the_thresholds_to_judge() -> None:
    assert observations_from(enriched())[1].modality == "threatened"


def test_an_event_observation_carries_type_actor_and_identity_key() -> None:
    obs = observations_from(enriched())[2]
    assert obs.event_type == "embassy_security_alert"
    assert obs.subject == "U.S. Embassy in Kabul"
    assert obs.metric is None
    assert obs.entities == ["embassy:us-kabul"]


def test_an_event_is_keyed_by_its_identity_and_carries_its_date_apart() -> None:
    obs = observations_from(enriched())[2]
    assert obs.key == "embassy_security_alert|embassy:us-kabul"
    assert obs.event_date == date(2021, 8, 12)
    assert observations_from(enriched())[0].event_date is None


def test_reports_of_one_event_dated_differently_share_one_key() -> None:
    """Outlets resolve "Thursday" or an undated story to different days; the key
    (Kafka partition, table entry) must not depend on it."""
    keys = set()
    for day in (date(2021, 8, 12), date(2021, 8, 14), None):
        article = enriched()
        stamp = day.isoformat() if day else "?"
        event = article.events[0].model_copy(
            update={"date": day, "key": f"embassy_security_alert|embassy:us-kabul|{stamp}"}
        )
        obs = observations_from(article.model_copy(update={"events": [event]}))[-1]
        assert obs.event_date == day
        keys.add(obs.key)
    assert keys == {"embassy_security_alert|embassy:us-kabul"}


@pytest.mark.parametrize(
    ("key", "identity"),
    [
        (
            "embassy_security_alert|embassy:us:kabul|2021-08-12",
            "embassy_security_alert|embassy:us:kabul",
        ),
        ("embassy_closure|embassy:us:kabul|?", "embassy_closure|embassy:us:kabul"),
        ("city_captured|group:taliban|ghazni|2021-08-12", "city_captured|group:taliban|ghazni"),
        ("embassy_closure|embassy:us:kabul", "embassy_closure|embassy:us:kabul"),
        ("2021-08-12", "2021-08-12"),
    ],
)
def test_an_event_identity_is_its_key_without_the_date(key: str, identity: str) -> None:
    assert event_identity(key) == identity


def test_a_near_duplicate_article_marks_its_observations() -> None:
    observations = observations_from(enriched(duplicate_of="art-0"))
    assert {o.duplicate_of for o in observations} == {"art-0"}


def test_event_time_falls_back_to_fetched_then_to_the_given_time() -> None:
    fetched = datetime(2021, 8, 13, tzinfo=UTC)
    assert observations_from(enriched(published=None, fetched=fetched))[0].observed_at == fetched
    fallback = datetime(2021, 8, 14, tzinfo=UTC)
    got = observations_from(enriched(published=None), fallback_time=fallback)
    assert got[0].observed_at == fallback


def test_an_article_without_any_time_is_refused() -> None:
    with pytest.raises(NoEventTime, match="art-1"):
        observations_from(enriched(published=None))


def test_naive_times_are_taken_as_utc() -> None:
    obs = observations_from(enriched(published=datetime(2021, 8, 12, 9, 30)))[0]
    assert obs.observed_at == PUBLISHED


def test_observations_round_trip_as_wire_records() -> None:
    for obs in observations_from(enriched()):
        assert Observation.loads(obs.dumps()) == obs


@pytest.mark.parametrize(
    ("subject", "normalised"),
    [
        ("Taliban", "taliban"),
        ("the Taliban", "taliban"),
        ("The  TALIBAN ", "taliban"),
        ("The U.S. Embassy", "us-embassy"),
        ("Taliban's fighters", "talibans-fighters"),
        ("Hérat province", "herat-province"),
        ("The", "the"),
        ("...", "unknown"),
    ],
)
def test_subjects_are_normalised_into_stable_keys(subject: str, normalised: str) -> None:
    assert normalise_subject(subject) == normalised


def test_metric_key_joins_metric_and_subject() -> None:
    assert metric_key("death_toll", "The Earthquake") == "death_toll|earthquake"


def test_entities_are_found_by_text_when_offsets_are_missing() -> None:
    entities = [Entity(text="Herat", label="GPE", id="city:herat")]
    assert entity_ids_in("They took Herat.", "unrelated text", entities) == ["city:herat"]
    assert entity_ids_in("They took Ghazni.", "unrelated text", entities) == []


def test_a_value_observation_carries_the_day_its_count_is_dated_to() -> None:
    article = enriched()
    claims = [article.claims[0].model_copy(update={"as_of": date(2021, 8, 12)})]
    [obs, _] = observations_from(article.model_copy(update={"claims": claims}))
    assert obs.as_of == date(2021, 8, 12)
    assert observations_from(enriched())[0].as_of is None
