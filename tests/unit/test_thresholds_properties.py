"""Properties of the threshold state machine over arbitrary observation sequences."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from processors.models import Alert, Observation
from processors.thresholds import MetricState, ThresholdRule, evaluate

KEY = "death_toll|quake"
T0 = datetime(2024, 1, 1, tzinfo=UTC)
RULES = [
    ThresholdRule(
        name="toll",
        match=["death_toll"],
        alert_on={"first_value": True, "increase": True, "levels": [10, 100]},
    )
]
STRICT_RULES = [RULES[0].model_copy(update={"min_sources": 2, "window": timedelta(hours=6)})]

observations = st.builds(
    lambda value, hours, article, source, modality, bound, dup: Observation(
        key=KEY,
        kind="value",
        metric="death_toll",
        subject="quake",
        value=value,
        bound=bound,
        modality=modality,
        observed_at=T0 + timedelta(hours=hours),
        article_id=f"a{article}",
        source=f"outlet-{source}",
        sentence=f"{value} died ({article}).",
        duplicate_of="a0" if dup else None,
    ),
    value=st.integers(0, 200),
    hours=st.integers(-48, 48),
    article=st.integers(0, 8),
    source=st.integers(0, 3),
    modality=st.sampled_from(["asserted", "asserted", "asserted", "forecast", "hedged"]),
    bound=st.sampled_from(["exact", "exact", "at_least", "about"]),
    dup=st.booleans(),
)
sequences = st.lists(observations, max_size=25)
rule_sets = st.sampled_from([RULES, STRICT_RULES])


def run(
    sequence: list[Observation], rules: list[ThresholdRule]
) -> tuple[list[MetricState], list[list[Alert]]]:
    state: MetricState | None = None
    states, alerts = [], []
    for obs in sequence:
        state, new = evaluate(state, obs, rules)
        states.append(state)
        alerts.append(new)
    return states, alerts


@settings(max_examples=100, deadline=None)
@given(sequences, rule_sets)
def test_never_alerts_on_a_value_at_or_below_the_confirmed_one(
    sequence: list[Observation], rules: list[ThresholdRule]
) -> None:
    confirmed: float | None = None
    state: MetricState | None = None
    for obs in sequence:
        state, alerts = evaluate(state, obs, rules)
        for alert in alerts:
            assert confirmed is None or (alert.value is not None and alert.value > confirmed)
            if alert.previous is not None:
                assert alert.value is not None and alert.value > alert.previous
        if state.confirmed:
            confirmed = state.value


@settings(max_examples=100, deadline=None)
@given(sequences, rule_sets)
def test_the_confirmed_value_never_goes_down(
    sequence: list[Observation], rules: list[ThresholdRule]
) -> None:
    states, _ = run(sequence, rules)
    values = [s.value for s in states if s.confirmed and s.value is not None]
    assert values == sorted(values)


@settings(max_examples=100, deadline=None)
@given(sequences, rule_sets)
def test_evaluate_is_deterministic(sequence: list[Observation], rules: list[ThresholdRule]) -> None:
    assert run(sequence, rules) == run(sequence, rules)


@settings(max_examples=100, deadline=None)
@given(sequences, rule_sets)
def test_each_alert_id_is_issued_at_most_once(
    sequence: list[Observation], rules: list[ThresholdRule]
) -> None:
    _, alerts = run(sequence, rules)
    ids = [a.id for batch in alerts for a in batch]
    assert len(ids) == len(set(ids))


@settings(max_examples=100, deadline=None)
@given(sequences, rule_sets)
def test_refeeding_every_observation_gives_no_new_alert_and_the_same_state(
    sequence: list[Observation], rules: list[ThresholdRule]
) -> None:
    states, _ = run(sequence, rules)
    if not states:
        return
    state = states[-1]
    for obs in sequence:
        again, alerts = evaluate(state, obs, rules)
        assert alerts == []
        assert again == state


@settings(max_examples=100, deadline=None)
@given(sequences, rule_sets)
def test_state_round_trips_through_json_at_every_step(
    sequence: list[Observation], rules: list[ThresholdRule]
) -> None:
    state: MetricState | None = None
    for obs in sequence:
        restored = MetricState.loads(state.dumps()) if state is not None else None
        assert restored == state
        state, alerts = evaluate(state, obs, rules)
        replayed, replayed_alerts = evaluate(restored, obs, rules)
        assert (replayed, replayed_alerts) == (state, alerts)


@settings(max_examples=100, deadline=None)
@given(sequences, rule_sets)
def test_evaluate_never_changes_the_state_it_is_given(
    sequence: list[Observation], rules: list[ThresholdRule]
) -> None:
    state: MetricState | None = None
    for obs in sequence:
        before = state.dumps() if state is not None else None
        following, _ = evaluate(state, obs, rules)
        assert (state.dumps() if state is not None else None) == before
        state = following


@settings(max_examples=100, deadline=None)
@given(sequences)
def test_uncounted_observations_never_alert(sequence: list[Observation]) -> None:
    loose = [o for o in sequence if o.modality != "asserted" or o.bound == "about"]
    _, alerts = run(loose, RULES)
    assert all(batch == [] for batch in alerts)


# --- events -----------------------------------------------------------------

EVENT_KEY = "embassy_security_alert|embassy:us:kabul"
EVENT_RULES = [
    ThresholdRule(
        name="embassy", match=["embassy_*"], alert_on={"new_event": True}, same_event_days=2
    )
]
STRICT_EVENT_RULES = [EVENT_RULES[0].model_copy(update={"min_sources": 2})]

event_reports = st.builds(
    lambda day, hours, article, source, dup: Observation(
        key=EVENT_KEY,
        kind="event",
        event_type="embassy_security_alert",
        subject="US Embassy Kabul",
        observed_at=T0 + timedelta(hours=hours),
        event_date=None if day is None else T0.date() + timedelta(days=day),
        article_id=f"a{article}",
        source=f"outlet-{source}",
        sentence=f"The embassy told citizens to leave ({article}).",
        duplicate_of="a0" if dup else None,
    ),
    day=st.one_of(st.none(), st.integers(0, 20)),
    hours=st.integers(0, 480),
    article=st.integers(0, 12),
    source=st.integers(0, 3),
    dup=st.booleans(),
)
event_sequences = st.lists(event_reports, max_size=25)
event_rule_sets = st.sampled_from([EVENT_RULES, STRICT_EVENT_RULES])


@settings(max_examples=100, deadline=None)
@given(event_sequences, event_rule_sets)
def test_alerted_events_are_farther_apart_than_the_same_event_window(
    sequence: list[Observation], rules: list[ThresholdRule]
) -> None:
    states, alerts = run(sequence, rules)
    if not states:
        return
    days = [e.matched_day for e in states[-1].events]
    assert len(days) == sum(len(batch) for batch in alerts)
    for i, one in enumerate(days):
        for other in days[i + 1 :]:
            assert abs((one - other).days) > rules[0].same_event_days


@settings(max_examples=100, deadline=None)
@given(event_sequences, event_rule_sets)
def test_event_reports_refed_or_restored_give_no_new_alert(
    sequence: list[Observation], rules: list[ThresholdRule]
) -> None:
    states, alerts = run(sequence, rules)
    ids = [a.id for batch in alerts for a in batch]
    assert len(ids) == len(set(ids))
    if not states:
        return
    state = MetricState.loads(states[-1].dumps())
    assert state == states[-1]
    for obs in sequence:
        again, repeated = evaluate(state, obs, rules)
        assert repeated == [] and again == state
