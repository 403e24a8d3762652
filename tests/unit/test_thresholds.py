"""Threshold rules and the alerting state machine, on hand-made observations."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from processors.models import Observation
from processors.thresholds import (
    MetricState,
    StateKeyMismatch,
    ThresholdRule,
    ThresholdRulesError,
    alert_id,
    evaluate,
    event_alert_id,
    load_threshold_rules,
)

DEFAULT_RULES = Path(__file__).resolve().parents[2] / "processors/rules/default/thresholds.yaml"
T0 = datetime(2021, 8, 12, 8, 0, tzinfo=UTC)
KEY = "provincial_capitals_captured|taliban"
EVENT_KEY = "embassy_security_alert|embassy:us:kabul"
AUG_12 = date(2021, 8, 12)


def rule(**fields: object) -> ThresholdRule:
    base: dict[str, object] = {
        "name": "capitals",
        "match": "provincial_capitals_captured",
        "alert_on": {"first_value": True, "increase": True},
    }
    return ThresholdRule.model_validate(base | fields)


def value(
    v: float,
    *,
    hours: float = 0,
    article: str = "a1",
    source: str | None = "outlet-a",
    sentence: str | None = None,
    modality: str = "asserted",
    bound: str = "exact",
    duplicate_of: str | None = None,
    metric: str = "provincial_capitals_captured",
    key: str = KEY,
) -> Observation:
    return Observation.model_validate(
        {
            "key": key,
            "kind": "value",
            "metric": metric,
            "subject": "Taliban",
            "value": v,
            "total": 34,
            "bound": bound,
            "modality": modality,
            "observed_at": T0 + timedelta(hours=hours),
            "article_id": article,
            "source": source,
            "url": f"https://example.test/{article}",
            "sentence": sentence or f"The group holds {v} of 34 capitals ({article}).",
            "duplicate_of": duplicate_of,
            "entities": ["org:taliban"],
        }
    )


def event(
    *,
    hours: float = 0,
    article: str = "e1",
    source: str | None = "outlet-a",
    modality: str = "asserted",
    key: str = EVENT_KEY,
    duplicate_of: str | None = None,
    day: date | None = AUG_12,
    sentence: str | None = None,
    at: datetime | None = None,
) -> Observation:
    return Observation.model_validate(
        {
            "key": key,
            "kind": "event",
            "event_type": "embassy_security_alert",
            "subject": "US Embassy in Kabul",
            "modality": modality,
            "observed_at": at or T0 + timedelta(hours=hours),
            "article_id": article,
            "source": source,
            "sentence": sentence or f"The embassy told citizens to leave ({article}).",
            "duplicate_of": duplicate_of,
            "event_date": day,
        }
    )


EVENT_RULE = ThresholdRule(
    name="embassy", match=["embassy_*"], alert_on={"new_event": True}, severity="critical"
)


def run(observations: list[Observation], rules: list[ThresholdRule]) -> tuple[MetricState, list]:
    state: MetricState | None = None
    alerts = []
    for obs in observations:
        state, new = evaluate(state, obs, rules)
        alerts.extend(new)
    assert state is not None
    return state, alerts


# --- values -----------------------------------------------------------------


def test_first_value_alerts_once_with_its_evidence() -> None:
    state, alerts = run([value(10, article="n1")], [rule()])
    assert [(a.kind, a.value, a.previous, a.total) for a in alerts] == [
        ("first_value", 10, None, 34)
    ]
    alert = alerts[0]
    assert alert.metric == "provincial_capitals_captured"
    assert alert.subject == "Taliban"
    assert alert.first_seen == T0
    assert [e.article_id for e in alert.evidence] == ["n1"]
    assert alert.evidence[0].url == "https://example.test/n1"
    assert alert.entities == ["org:taliban"]
    assert state.value == 10 and state.confirmed and state.sources == ["outlet-a"]


def test_higher_value_alerts_increase_with_previous() -> None:
    _, alerts = run([value(10), value(11, article="a2", hours=2)], [rule()])
    assert [(a.kind, a.previous, a.value) for a in alerts] == [
        ("first_value", None, 10),
        ("increase", 10, 11),
    ]
    assert alerts[1].first_seen == T0 + timedelta(hours=2)
    assert [e.article_id for e in alerts[1].evidence] == ["a2"]


def test_an_increase_without_a_total_keeps_the_known_total() -> None:
    bare = value(11, article="a2", hours=1).model_copy(update={"total": None})
    state, alerts = run([value(10), bare], [rule()])
    assert (alerts[-1].value, alerts[-1].total) == (11, 34)


def test_equal_value_corroborates_without_alerting() -> None:
    state, alerts = run([value(10), value(10, article="b1", source="outlet-b", hours=1)], [rule()])
    assert [a.kind for a in alerts] == ["first_value"]
    assert state.corroborations == 1
    assert [e.article_id for e in state.evidence] == ["a1", "b1"]
    assert state.sources == ["outlet-a", "outlet-b"]


def test_lower_later_report_is_stale_and_never_lowers_state() -> None:
    state, alerts = run([value(11), value(10, article="a2", hours=5)], [rule()])
    assert [a.kind for a in alerts] == ["first_value"]
    assert state.value == 11 and state.stale == 1


def test_older_lower_report_arriving_late_is_stale() -> None:
    state, alerts = run([value(11, hours=5), value(9, article="old", hours=-20)], [rule()])
    assert [a.value for a in alerts] == [11]
    assert state.value == 11


def test_older_higher_report_arriving_late_is_still_news() -> None:
    state, alerts = run([value(10, hours=5), value(12, article="old", hours=-3)], [rule()])
    assert [(a.kind, a.previous, a.value) for a in alerts] == [
        ("first_value", None, 10),
        ("increase", 10, 12),
    ]
    assert alerts[1].first_seen == T0 - timedelta(hours=3)
    assert state.value == 12


def test_at_least_below_the_confirmed_value_is_consistent_not_an_alert() -> None:
    state, alerts = run([value(10), value(9, article="a2", bound="at_least", hours=1)], [rule()])
    assert len(alerts) == 1
    assert state.value == 10


def test_at_least_above_the_confirmed_value_counts_as_its_value() -> None:
    state, alerts = run([value(10), value(12, article="a2", bound="at_least", hours=1)], [rule()])
    assert [(a.kind, a.value) for a in alerts][-1] == ("increase", 12)
    assert state.value == 12


@pytest.mark.parametrize("bound", ["about", "more_than", "at_most", "less_than"])
def test_loose_bounds_never_count(bound: str) -> None:
    state, alerts = run([value(10, bound=bound)], [rule()])
    assert alerts == []
    assert not state.confirmed


@pytest.mark.parametrize(
    "modality",
    ["hedged", "forecast", "conditional", "threatened", "negated", "recap", "other_story"],
)
def test_uncounted_modalities_never_alert_nor_move_the_value(modality: str) -> None:
    state, alerts = run([value(10), value(30, article="a2", modality=modality)], [rule()])
    assert [a.value for a in alerts] == [10]
    assert state.value == 10


def test_a_rule_can_count_more_modalities() -> None:
    _, alerts = run([value(10, modality="hedged")], [rule(modalities=["asserted", "hedged"])])
    assert [a.kind for a in alerts] == ["first_value"]


def test_allow_decrease_lowers_the_state_on_a_newer_report_without_alerting() -> None:
    lenient = rule(allow_decrease=True)
    state, alerts = run([value(12), value(10, article="a2", hours=3)], [lenient])
    assert [a.value for a in alerts] == [12]
    assert state.value == 10
    state, alerts = run([value(12, hours=3), value(10, article="old")], [lenient])
    assert state.value == 12


def test_levels_alert_once_each_and_a_jump_names_the_highest_level() -> None:
    levels = rule(name="toll", alert_on={"levels": [10, 100, 1000]})
    _, alerts = run(
        [
            value(5),
            value(12, article="a2", hours=1),
            value(15, article="a3", hours=2),
            value(1500, article="a4", hours=3),
        ],
        [levels],
    )
    assert [(a.kind, a.level, a.previous, a.value) for a in alerts] == [
        ("level_crossed", 10, 5, 12),
        ("level_crossed", 1000, 15, 1500),
    ]


def test_a_first_value_above_a_level_also_crosses_it() -> None:
    both = rule(alert_on={"first_value": True, "levels": [100]})
    _, alerts = run([value(150)], [both])
    assert [a.kind for a in alerts] == ["first_value", "level_crossed"]


def test_severity_can_differ_per_kind() -> None:
    graded = rule(severity={"first_value": "warning", "increase": "critical"})
    _, alerts = run([value(10), value(11, article="a2")], [graded])
    assert [a.severity for a in alerts] == ["warning", "critical"]


# --- corroboration ----------------------------------------------------------


def test_corroboration_waits_for_n_independent_sources_within_the_window() -> None:
    strict = rule(min_sources=2, window="6h")
    state, alerts = run([value(10, source="outlet-a")], [strict])
    assert alerts == [] and not state.confirmed
    state, alerts = evaluate(state, value(10, article="b1", source="outlet-b", hours=2), [strict])
    assert [(a.kind, a.corroborations) for a in alerts] == [("first_value", 1)]
    assert [e.article_id for e in alerts[0].evidence] == ["a1", "b1"]
    assert alerts[0].first_seen == T0


def test_reports_outside_the_window_do_not_corroborate_each_other() -> None:
    strict = rule(min_sources=2, window="6h")
    _, alerts = run([value(10), value(10, article="b1", source="outlet-b", hours=7)], [strict])
    assert alerts == []


def test_the_same_outlet_twice_is_one_source() -> None:
    strict = rule(min_sources=2)
    _, alerts = run([value(10), value(10, article="a2", hours=1)], [strict])
    assert alerts == []


def test_a_near_duplicate_is_never_an_independent_source() -> None:
    strict = rule(min_sources=2)
    _, alerts = run(
        [value(10), value(10, article="copy", source="spinner", duplicate_of="a1")], [strict]
    )
    assert alerts == []


def test_a_near_duplicate_alone_never_alerts_but_corroborates_later() -> None:
    state, alerts = run([value(10, article="copy", duplicate_of="a0")], [rule()])
    assert alerts == []
    state, alerts = run([value(10), value(10, article="copy", duplicate_of="a1")], [rule()])
    assert len(alerts) == 1 and state.corroborations == 1
    assert "copy" in [e.article_id for e in state.evidence]


def test_an_increase_can_require_corroboration_too() -> None:
    strict = rule(min_sources=2)
    state, alerts = run(
        [value(10), value(10, article="b1", source="outlet-b"), value(11, article="a2", hours=1)],
        [strict],
    )
    assert [a.kind for a in alerts] == ["first_value"]
    state, alerts = evaluate(state, value(11, article="b2", source="outlet-b", hours=2), [strict])
    assert [(a.kind, a.previous, a.value) for a in alerts] == [("increase", 10, 11)]


# --- events -----------------------------------------------------------------


def test_an_event_alerts_once_per_identity_key_and_later_reports_corroborate() -> None:
    state, alerts = run(
        [event(), event(article="e2", source="outlet-b", hours=3), event(article="e3", hours=4)],
        [EVENT_RULE],
    )
    assert [(a.kind, a.event_type, a.severity) for a in alerts] == [
        ("new_event", "embassy_security_alert", "critical")
    ]
    assert alerts[0].metric is None and alerts[0].value is None
    assert state.corroborations == 2
    assert [e.article_id for e in state.evidence] == ["e1", "e2", "e3"]


def test_another_event_key_is_another_event() -> None:
    _, first = run([event()], [EVENT_RULE])
    _, second = run([event(key="embassy_security_alert|embassy:gb:kabul")], [EVENT_RULE])
    assert first[0].id != second[0].id


def test_reports_dated_a_day_apart_by_two_outlets_are_one_event() -> None:
    state, alerts = run(
        [
            event(article="e1", source="outlet-a", day=AUG_12),
            event(article="e2", source="outlet-b", day=date(2021, 8, 13), hours=20),
            event(article="e3", source="outlet-c", day=date(2021, 8, 11), hours=22),
        ],
        [EVENT_RULE],
    )
    assert [(a.kind, a.first_seen) for a in alerts] == [("new_event", T0)]
    assert [e.article_id for e in alerts[0].evidence] == ["e1"]
    assert state.corroborations == 2
    assert state.sources == ["outlet-a", "outlet-b", "outlet-c"]
    assert [e.article_id for e in state.evidence] == ["e1", "e2", "e3"]


def test_an_embassy_notice_three_days_later_is_a_new_event() -> None:
    """Leave now on the 12th, shelter in place on the 15th: two notices, two alerts."""
    state, alerts = run(
        [
            event(article="leave", day=AUG_12),
            event(article="leave-2", source="outlet-b", day=AUG_12, hours=5),
            event(article="shelter", day=date(2021, 8, 15), hours=72),
            event(article="shelter-2", source="outlet-b", day=date(2021, 8, 16), hours=80),
        ],
        [EVENT_RULE],
    )
    assert [(a.kind, [e.article_id for e in a.evidence]) for a in alerts] == [
        ("new_event", ["leave"]),
        ("new_event", ["shelter"]),
    ]
    assert alerts[1].first_seen == T0 + timedelta(hours=72)
    assert [e.day for e in state.events] == [AUG_12, date(2021, 8, 15)]


def test_a_late_report_of_an_older_event_corroborates_it() -> None:
    _, alerts = run(
        [
            event(article="leave", day=AUG_12),
            event(article="shelter", day=date(2021, 8, 15), hours=72),
            event(article="late", source="outlet-b", day=date(2021, 8, 11), hours=75),
        ],
        [EVENT_RULE],
    )
    assert [a.evidence[0].article_id for a in alerts] == ["leave", "shelter"]


def test_the_same_event_window_is_a_rule_setting() -> None:
    strict = EVENT_RULE.model_copy(update={"same_event_days": 0})
    observations = [event(article="e1"), event(article="e2", day=date(2021, 8, 13), hours=20)]
    _, alerts = run(observations, [strict])
    assert len(alerts) == 2
    _, alerts = run(observations, [EVENT_RULE])
    assert len(alerts) == 1


def test_an_undated_report_belongs_to_the_latest_known_event() -> None:
    state, alerts = run(
        [
            event(article="leave", day=AUG_12),
            event(article="shelter", day=date(2021, 8, 15), hours=72),
            event(article="undated", source="outlet-b", day=None, hours=300),
        ],
        [EVENT_RULE],
    )
    assert len(alerts) == 2
    assert state.corroborations == 1 and "undated" in [e.article_id for e in state.evidence]


def test_an_undated_first_report_is_an_undated_event_matched_by_its_report_time() -> None:
    state, alerts = run(
        [
            event(article="undated", day=None),
            event(article="dated", source="outlet-b", day=date(2021, 8, 13), hours=30),
            event(article="later", source="outlet-b", day=date(2021, 8, 20), hours=200),
        ],
        [EVENT_RULE],
    )
    assert [a.evidence[0].article_id for a in alerts] == ["undated", "later"]
    assert alerts[0].id == event_alert_id("embassy", EVENT_KEY, None)
    assert alerts[1].id == event_alert_id("embassy", EVENT_KEY, date(2021, 8, 20))
    assert [e.day for e in state.events] == [None, date(2021, 8, 20)]
    assert MetricState.loads(state.dumps()) == state


def test_event_alert_ids_hash_rule_key_and_event_date() -> None:
    observations = [event(), event(article="later", day=date(2021, 8, 15), hours=72)]
    _, first = run(observations, [EVENT_RULE])
    _, second = run(observations, [EVENT_RULE])
    assert [a.id for a in first] == [a.id for a in second]
    assert [a.id for a in first] == [
        event_alert_id("embassy", EVENT_KEY, AUG_12),
        event_alert_id("embassy", EVENT_KEY, date(2021, 8, 15)),
    ]
    assert event_alert_id("embassy", EVENT_KEY, None) not in [a.id for a in first]


def test_refeeding_event_reports_changes_nothing() -> None:
    observations = [
        event(),
        event(article="e2", source="outlet-b", day=date(2021, 8, 13), hours=3),
        event(article="later", day=date(2021, 8, 15), hours=72),
    ]
    state, alerts = run(observations, [EVENT_RULE])
    assert len(alerts) == 2
    for obs in observations:
        again, repeated = evaluate(state, obs, [EVENT_RULE])
        assert repeated == [] and again == state
    restored = MetricState.loads(state.dumps())
    assert restored == state


def test_a_new_event_can_require_independent_sources_dated_alike() -> None:
    strict = EVENT_RULE.model_copy(update={"min_sources": 2, "window": timedelta(days=2)})
    state, alerts = run(
        [
            event(article="a1", day=AUG_12),
            event(article="b1", source="outlet-b", day=date(2021, 8, 16), hours=1),
        ],
        [strict],
    )
    assert alerts == [] and len(state.pending) == 2
    state, alerts = evaluate(
        state, event(article="b2", source="outlet-b", day=date(2021, 8, 13), hours=2), [strict]
    )
    assert [(a.corroborations, [e.article_id for e in a.evidence]) for a in alerts] == [
        (1, ["a1", "b2"])
    ]
    assert alerts[0].id == event_alert_id("embassy", EVENT_KEY, AUG_12)
    assert [r.evidence.article_id for r in state.pending] == ["b1"]


def test_seeds_000_and_004_through_the_pipeline_give_one_embassy_alert() -> None:
    """The streaming pipeline dates undated articles by their ingest time. Ingested on
    Saturday 21 November 2026, 000's "Thursday" resolves to the 19th, while 004 names
    no day and takes the ingest date, the 21st: one notice, one alert, 004 corroborates."""
    rules = load_threshold_rules(DEFAULT_RULES)
    ingest = datetime(2026, 11, 21, 15, 2, tzinfo=UTC)
    from_000 = event(
        article="seed-000",
        source="seed-outlet-000",
        day=date(2026, 11, 19),
        at=ingest,
        sentence="On Thursday the embassy put out a security alert telling citizens to go.",
    )
    from_004 = event(
        article="seed-004",
        source="seed-outlet-004",
        day=date(2026, 11, 21),
        at=ingest + timedelta(seconds=4),
        sentence="The embassy repeated its warning that citizens should go now.",
    )
    assert from_000.key == from_004.key  # one partition, one table entry
    state, alerts = run([from_000, from_004], rules)
    assert [(a.kind, a.rule, a.evidence[0].article_id) for a in alerts] == [
        ("new_event", "embassy_events", "seed-000")
    ]
    assert alerts[0].first_seen == ingest
    assert state.corroborations == 1 and state.sources == ["seed-outlet-000", "seed-outlet-004"]


def test_a_threatened_event_never_alerts() -> None:
    _, alerts = run([event(modality="threatened"), event(modality="forecast")], [EVENT_RULE])
    assert alerts == []


def test_a_disabled_rule_is_skipped() -> None:
    off = EVENT_RULE.model_copy(update={"enabled": False})
    _, alerts = run([event()], [off])
    assert alerts == []


def test_the_first_matching_rule_applies() -> None:
    quiet = rule(name="quiet", alert_on={"levels": [1000]})
    _, alerts = run([value(10)], [quiet, rule()])
    assert alerts == []


# --- determinism, idempotency, state ----------------------------------------


def test_refeeding_the_same_observation_changes_nothing() -> None:
    rules = [rule()]
    state, alerts = evaluate(None, value(10), rules)
    again, repeated = evaluate(state, value(10), rules)
    assert len(alerts) == 1 and repeated == []
    assert again == state


def test_evaluate_does_not_mutate_the_given_state() -> None:
    state, _ = evaluate(None, value(10), [rule()])
    before = state.model_copy(deep=True)
    evaluate(state, value(11, article="a2"), [rule()])
    assert state == before


def test_alert_ids_are_deterministic_hashes_of_rule_key_kind_and_value() -> None:
    observations = [value(10), value(11, article="a2", hours=1)]
    _, first = run(observations, [rule()])
    _, second = run(observations, [rule()])
    assert [a.id for a in first] == [a.id for a in second]
    assert first[0].id == alert_id("capitals", KEY, "first_value", 10)
    assert first[1].id == alert_id("capitals", KEY, "increase", 11.0)
    assert len({a.id for a in first}) == 2


def test_an_alert_id_is_never_issued_twice_for_a_key() -> None:
    lenient = rule(allow_decrease=True)
    _, alerts = run(
        [
            value(10),
            value(11, article="a2", hours=1),
            value(10, article="a3", hours=2),
            value(11, article="a4", hours=3),
        ],
        [lenient],
    )
    assert [(a.kind, a.value) for a in alerts] == [("first_value", 10), ("increase", 11)]


def test_state_round_trips_through_json() -> None:
    strict = rule(min_sources=2, alert_on={"first_value": True, "levels": [5]})
    state, _ = run(
        [value(10), value(10, article="b1", source="outlet-b"), value(12, hours=1)], [strict]
    )
    assert state.pending
    restored = MetricState.loads(state.dumps())
    assert restored == state
    _, a = evaluate(state, value(12, article="b2", source="outlet-b", hours=2), [strict])
    _, b = evaluate(restored, value(12, article="b2", source="outlet-b", hours=2), [strict])
    assert a == b


def test_naive_event_times_are_read_as_utc() -> None:
    naive = value(10).model_copy(update={"observed_at": datetime(2021, 8, 12, 8, 0)})
    _, alerts = evaluate(None, naive, [rule()])
    assert alerts[0].first_seen == T0


def test_state_of_another_key_is_refused() -> None:
    state, _ = evaluate(None, value(10), [rule()])
    with pytest.raises(StateKeyMismatch):
        evaluate(state, value(10, key="death_toll|x", metric="death_toll"), [rule()])


def test_state_lists_stay_bounded() -> None:
    state: MetricState | None = None
    for i in range(700):
        obs = value(10, article=f"a{i}", source=f"outlet-{i}", hours=i / 100)
        state, _ = evaluate(state, obs, [rule()])
    assert state is not None
    assert state.corroborations == 699
    assert len(state.evidence) <= 20 and len(state.seen) <= 512


# --- rule files -------------------------------------------------------------


def test_default_rules_load_and_keep_city_captured_off() -> None:
    rules = load_threshold_rules(DEFAULT_RULES)
    names = [r.name for r in rules]
    assert "provincial_capitals_captured" in names and "embassy_events" in names
    assert "city_captured" not in names
    embassy = next(r for r in rules if r.name == "embassy_events")
    assert embassy.matches("embassy_evacuation") and embassy.alert_on.new_event
    assert embassy.same_event_days == 2


def test_rule_file_accepts_shorthands(tmp_path: Path) -> None:
    path = tmp_path / "thresholds.yaml"
    path.write_text(
        "- name: fires\n  match: acres_*\n  alert_on: [first_value, {levels: [10]}]\n"
        "  window: 90m\n  min_sources: 2\n"
    )
    (fires,) = load_threshold_rules(path)
    assert fires.match == ["acres_*"] and fires.matches("acres_burned")
    assert fires.alert_on.first_value and fires.alert_on.levels == [10]
    assert fires.window == timedelta(minutes=90)


@pytest.mark.parametrize(
    ("text", "field"),
    [
        (
            "rules:\n  - name: x\n    match: m\n    alert_on: {first_value: true}\n"
            "    severity: loud\n",
            "rules.0.severity",
        ),
        ("rules:\n  - name: x\n    match: m\n    alert_on: {}\n", "rules.0.alert_on"),
        ("rules:\n  - name: x\n    match: m\n    alert_onn: {increase: true}\n", "alert_onn"),
        (
            "rules:\n  - {name: x, match: m, alert_on: [increase]}\n"
            "  - {name: x, match: n, alert_on: [increase]}\n",
            "rules.name",
        ),
        ("rules: [\n", "not valid YAML"),
    ],
)
def test_a_bad_rule_file_names_the_file_and_the_field(
    tmp_path: Path, text: str, field: str
) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(text)
    with pytest.raises(ThresholdRulesError) as error:
        load_threshold_rules(path)
    assert str(path) in str(error.value)
    assert field in str(error.value)


def test_a_missing_rule_file_is_a_rules_error(tmp_path: Path) -> None:
    with pytest.raises(ThresholdRulesError, match="missing.yaml"):
        load_threshold_rules(tmp_path / "missing.yaml")


def test_an_event_dated_long_before_its_article_never_alerts() -> None:
    """A 'this day in history' item: the capture is told as fact, but it is 80 years old."""
    old = event(day=date(1942, 2, 15), at=datetime(2022, 2, 15, 6, 0, tzinfo=UTC))
    state, alerts = run([old], [EVENT_RULE])
    assert alerts == []
    assert state.events == []


def test_the_age_limit_is_a_rule_setting() -> None:
    month_old = event(day=AUG_12 - timedelta(days=31))
    assert run([month_old], [EVENT_RULE])[1] == []
    assert run([event(day=AUG_12 - timedelta(days=30))], [EVENT_RULE])[1] != []
    no_limit = EVENT_RULE.model_copy(update={"max_age_days": None})
    assert [a.kind for a in run([month_old], [no_limit])[1]] == ["new_event"]


def test_a_count_dated_long_before_its_article_never_alerts() -> None:
    """An anniversary piece: 'the 1985 eruption killed 23,000' is history, not a new toll."""
    old = value(23000).model_copy(update={"as_of": date(1985, 12, 31)})
    state, alerts = run([old], [rule()])
    assert alerts == []
    assert state.value is None
    recent = value(23000).model_copy(update={"as_of": AUG_12 - timedelta(days=1)})
    assert [a.kind for a in run([recent], [rule()])[1]] == ["first_value"]
