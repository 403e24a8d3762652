"""Threshold rules and the state machine that decides which observations alert.

`evaluate(state, observation, rules)` is pure: no clock, no I/O. State is one
`MetricState` per observation key (it lives in a Faust table keyed like the
`observations` topic); time is the observation's event time, so a replay of
history gives the same alerts as the live run.

Decisions (see also the rule file's comments):
- Only observations whose modality the rule counts (default: asserted) and whose
  bound is `exact` or `at_least` count; `at_least N` counts as N. Anything else
  (about, more_than, at_most, less_than, forecasts, threats, ...) never alerts and
  never changes the confirmed value.
- A value equal to the confirmed one corroborates it: evidence is appended,
  `corroborations` grows, no alert.
- A lower value never alerts and never lowers the state (a stale report), unless
  the rule sets `allow_decrease`; then a report newer (event time) than everything
  behind the confirmed value lowers it, still without an alert (the alert kinds
  have no "decrease").
- A higher value is news whatever its event time: an older article arriving late
  with a higher count alerts `increase`, `first_seen` its own event time.
- Corroboration: a new value is confirmed once `min_sources` independent sources
  report exactly it within `window` (event time). Sources are independent when
  their `source` differs; a report marked `duplicate_of` is never a source of its
  own (it adds evidence, it never confirms anything, even with `min_sources: 1`).
- Events: one state per event identity (type, actor, keyed place; no date) holds
  the dates of the events it has alerted. A report dated within `same_event_days`
  of a known event is that event: it corroborates, no alert. Farther from every
  known event, it is a new event and alerts `new_event`. A report without a date
  adds to the most recent known event, or, when none is known, is a new undated
  event; an undated known event is matched by the date of its first report's event
  time. A new event's alert id hashes rule, key and the event's date (or
  "undated"), so each event alerts once however many outlets report it.
- Levels: each level alerts at most once; when one change crosses several levels,
  one `level_crossed` alert names the highest and the lower ones are spent.
- Idempotent: a report already seen (same article, sentence and value) changes
  nothing; alert ids are deterministic and never issued twice for one key.
- Bounded: evidence, pending reports, seen fingerprints and alert ids are capped.
"""

from __future__ import annotations

import fnmatch
import re
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, Literal, TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from .models import Alert, AlertKind, Evidence, Modality, Observation, Record, Severity, stable_id

MAX_EVIDENCE = 20
MAX_PENDING = 64
MAX_SEEN = 512
MAX_ALERTED = 128
MAX_ENTITIES = 32
MAX_EVENTS = 64

COUNTED_BOUNDS = ("exact", "at_least")
_T = TypeVar("_T")
_COUNTED_BY_DEFAULT: tuple[Modality, ...] = ("asserted",)


class ThresholdRulesError(ValueError):
    """A threshold rule file that cannot be used; the message names file and field."""


class StateKeyMismatch(ValueError):
    """An observation was evaluated against the state of another key."""


class AlertOn(BaseModel):
    """Which changes alert. YAML: a mapping, or a list of names for the flags."""

    model_config = ConfigDict(extra="forbid")

    first_value: bool = False
    increase: bool = False
    levels: list[float] = Field(default_factory=list)
    new_event: bool = False

    @property
    def on_values(self) -> bool:
        return self.first_value or self.increase or bool(self.levels)


class ThresholdRule(BaseModel):
    """One rule: which metrics or event types it matches and which changes alert."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1)
    match: list[str] = Field(min_length=1, description="metric names or event types, globs ok")
    alert_on: AlertOn
    modalities: list[Modality] = Field(default_factory=lambda: list(_COUNTED_BY_DEFAULT))
    min_sources: int = Field(1, ge=1)
    window: timedelta = Field(timedelta(days=1), description="for min_sources > 1")
    same_event_days: int = Field(
        2, ge=0, description="events: reports dated this many days apart or less are one event"
    )
    max_age_days: int | None = Field(
        30,
        ge=0,
        description="a report of an event or a count dated more days than this before its article "
        "(an anniversary, a 'this day in history' item) never alerts; null: no limit",
    )
    severity: Severity | dict[AlertKind, Severity] = "warning"
    allow_decrease: bool = False
    enabled: bool = True
    description: str | None = None

    @field_validator("match", mode="before")
    @classmethod
    def _one_or_many(cls, value: Any) -> Any:
        return [value] if isinstance(value, str) else value

    @field_validator("alert_on", mode="before")
    @classmethod
    def _flag_list(cls, value: Any) -> Any:
        if isinstance(value, str):
            value = [value]
        if isinstance(value, list):
            flags: dict[str, Any] = {}
            for item in value:
                if isinstance(item, dict):
                    flags.update(item)
                else:
                    flags[str(item)] = True
            return flags
        return value

    @field_validator("window", mode="before")
    @classmethod
    def _duration(cls, value: Any) -> Any:
        if isinstance(value, str) and (m := _DURATION.fullmatch(value.strip())):
            return timedelta(seconds=float(m[1]) * _UNIT_SECONDS[m[2]])
        return value

    @field_validator("alert_on")
    @classmethod
    def _something_alerts(cls, value: AlertOn) -> AlertOn:
        if not (value.on_values or value.new_event):
            raise ValueError("set at least one of first_value, increase, levels, new_event")
        return value

    def matches(self, name: str | None) -> bool:
        return name is not None and any(fnmatch.fnmatchcase(name, p) for p in self.match)

    def severity_of(self, kind: AlertKind) -> Severity:
        if isinstance(self.severity, str):
            return self.severity
        return self.severity.get(kind, "warning")


_DURATION = re.compile(r"(\d+(?:\.\d+)?)\s*([smhdw])")
_UNIT_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}


class ThresholdRules(BaseModel):
    """The file: `rules:` a list of rules (a bare list is accepted too)."""

    model_config = ConfigDict(extra="forbid")

    version: Literal[1] = 1
    rules: list[ThresholdRule] = Field(default_factory=list)


def load_threshold_rules(path: str | Path) -> list[ThresholdRule]:
    """The enabled rules of a YAML file, in file order (the first matching rule applies)."""
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ThresholdRulesError(f"{path}: cannot read threshold rules: {exc}") from exc
    except yaml.YAMLError as exc:
        raise ThresholdRulesError(f"{path}: not valid YAML: {exc}") from exc
    if isinstance(data, list):
        data = {"rules": data}
    if data is None:
        data = {}
    try:
        rules = ThresholdRules.model_validate(data).rules
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc']) or '(top level)'}: {err['msg']}"
            for err in exc.errors()
        )
        raise ThresholdRulesError(f"{path}: invalid threshold rules: {problems}") from exc
    names = [r.name for r in rules]
    if dupes := sorted({n for n in names if names.count(n) > 1}):
        raise ThresholdRulesError(f"{path}: rules.name: duplicate rule names {dupes}")
    return [r for r in rules if r.enabled]


class Report(BaseModel):
    """One counted observation kept in state: when, from whom, and the evidence."""

    fingerprint: str
    at: datetime
    source: str | None = Field(None, description="independence identity; None: a duplicate")
    value: float | None = None
    total: float | None = None
    day: date | None = Field(None, description="events: the event's date, if known")
    evidence: Evidence
    entities: list[str] = Field(default_factory=list)


class KnownEvent(BaseModel):
    """An event already alerted on an event key: its date and first report's event time."""

    day: date | None = None
    first_seen: datetime

    @property
    def matched_day(self) -> date:
        """The date reports are compared with: the event's, else its first report's."""
        return self.day or self.first_seen.date()


class MetricState(Record):
    """What is known about one observation key (a metric key or an event key)."""

    schema_: Literal["tocsin.metric_state/1"] = Field("tocsin.metric_state/1", alias="schema")
    key: str
    confirmed: bool = False
    value: float | None = None
    total: float | None = None
    since: datetime | None = Field(
        None, description="event time the confirmed value was first seen"
    )
    as_of: datetime | None = Field(None, description="latest event time behind the confirmed value")
    sources: list[str] = Field(default_factory=list)
    evidence: list[Evidence] = Field(default_factory=list)
    entities: list[str] = Field(default_factory=list)
    corroborations: int = 0
    stale: int = Field(0, description="lower or older reports ignored")
    pending: list[Report] = Field(default_factory=list, description="awaiting corroboration")
    levels_crossed: list[float] = Field(default_factory=list)
    alerted: list[str] = Field(default_factory=list)
    events: list[KnownEvent] = Field(
        default_factory=list, description="event keys: the events alerted, oldest first"
    )
    seen: list[str] = Field(default_factory=list, description="fingerprints of reports seen")


def rule_for(obs: Observation, rules: list[ThresholdRule]) -> ThresholdRule | None:
    """The first enabled rule that applies to the observation, if any."""
    for rule in rules:
        if not rule.enabled:
            continue
        if obs.kind == "event" and rule.alert_on.new_event and rule.matches(obs.event_type):
            return rule
        if obs.kind == "value" and rule.alert_on.on_values and rule.matches(obs.metric):
            return rule
    return None


def counts(obs: Observation, rule: ThresholdRule) -> bool:
    """Whether the observation can move state under this rule at all."""
    if obs.modality not in rule.modalities:
        return False
    if _too_old(obs, rule):
        return False
    if obs.kind == "value":
        return obs.value is not None and obs.bound in COUNTED_BOUNDS
    return True


def _too_old(obs: Observation, rule: ThresholdRule) -> bool:
    day = obs.event_date if obs.kind == "event" else obs.as_of
    if day is None or rule.max_age_days is None:
        return False
    return (_utc(obs.observed_at).date() - day).days > rule.max_age_days


def evaluate(
    state: MetricState | None, obs: Observation, rules: list[ThresholdRule]
) -> tuple[MetricState, list[Alert]]:
    """The next state for `obs.key` and the alerts this observation causes. Pure."""
    # A shallow copy is enough: the steps below replace lists, never change them in place.
    state = state.model_copy() if state is not None else MetricState(key=obs.key)
    if state.key != obs.key:
        raise StateKeyMismatch(f"observation key {obs.key!r} evaluated on state of {state.key!r}")
    rule = rule_for(obs, rules)
    if rule is None or not counts(obs, rule):
        return state, []
    report = _report(obs)
    if report.fingerprint in state.seen:
        return state, []
    state.seen = _capped(state.seen + [report.fingerprint], MAX_SEEN)
    if obs.kind == "event":
        alerts = _event(state, report, obs, rule)
    else:
        alerts = _value(state, report, obs, rule)
    fresh = [a for a in alerts if a.id not in state.alerted]
    state.alerted = _capped(state.alerted + [a.id for a in fresh], MAX_ALERTED)
    return state, fresh


def alert_id(rule: str, key: str, kind: AlertKind, value: float | None) -> str:
    """Deterministic: the same rule, key, kind and value always give the same id."""
    return stable_id(rule, key, kind, _number(value))


def event_alert_id(rule: str, key: str, day: date | None) -> str:
    """Deterministic: the same rule, event key and event date always give the same id."""
    return stable_id(rule, key, "new_event", day.isoformat() if day else "undated")


# --- values -----------------------------------------------------------------


def _value(
    state: MetricState, report: Report, obs: Observation, rule: ThresholdRule
) -> list[Alert]:
    value = report.value
    assert value is not None  # counts() guarantees it
    if state.confirmed and value == state.value:
        _corroborate(state, report)
        return []
    if state.confirmed and state.value is not None and value < state.value:
        newer = state.as_of is None or report.at > state.as_of
        if not (rule.allow_decrease and newer and obs.bound == "exact"):
            state.stale += 1
            return []
    state.pending = _prune(state.pending + [report], state, rule)
    window = _corroborated([r for r in state.pending if r.value == value], rule)
    if window is None:
        return []
    previous = state.value if state.confirmed else None
    _confirm(state, window, value)
    state.pending = _prune(state.pending, state, rule)
    if previous is not None and value < previous:
        return []  # an allowed decrease: the state follows, nobody is alerted
    return _value_alerts(state, window, obs, rule, previous)


def _value_alerts(
    state: MetricState,
    window: list[Report],
    obs: Observation,
    rule: ThresholdRule,
    previous: float | None,
) -> list[Alert]:
    value = state.value
    assert value is not None
    alerts = []
    if previous is None and rule.alert_on.first_value:
        alerts.append(_alert(state, window, obs, rule, "first_value", value, None))
    if previous is not None and rule.alert_on.increase:
        alerts.append(_alert(state, window, obs, rule, "increase", value, previous))
    crossed = sorted(
        level
        for level in rule.alert_on.levels
        if level <= value and level not in state.levels_crossed
    )
    if crossed:
        state.levels_crossed = sorted(set(state.levels_crossed) | set(crossed))
        alerts.append(
            _alert(state, window, obs, rule, "level_crossed", crossed[-1], previous, crossed[-1])
        )
    return alerts


# --- events -----------------------------------------------------------------


def _event(
    state: MetricState, report: Report, obs: Observation, rule: ThresholdRule
) -> list[Alert]:
    if _is_known(state.events, report.day, rule):
        _corroborate(state, report)
        return []
    pending = _capped(state.pending + [report], MAX_PENDING)
    same = [r for r in pending if _same_day(r.day, report.day, rule)]
    window = _corroborated(same, rule)
    if window is None:
        state.pending = pending
        return []
    _confirm(state, window, None)
    days = [r.day for r in window if r.day is not None]
    event = KnownEvent(day=min(days) if days else None, first_seen=window[0].at)
    state.events = _capped(state.events + [event], MAX_EVENTS)
    state.pending = [
        r for r in pending if r not in window and not _is_known(state.events, r.day, rule)
    ]
    return [_alert(state, window, obs, rule, "new_event", None, None, day=event.day)]


def _is_known(events: list[KnownEvent], day: date | None, rule: ThresholdRule) -> bool:
    """Whether a report of this date is an event already alerted (an undated report
    belongs to the most recent one, so to any)."""
    return any(_same_day(e.matched_day, day, rule) for e in events)


def _same_day(one: date | None, other: date | None, rule: ThresholdRule) -> bool:
    if one is None or other is None:
        return True
    return abs((one - other).days) <= rule.same_event_days


# --- shared steps -----------------------------------------------------------


def _report(obs: Observation) -> Report:
    value = None if obs.value is None else float(obs.value)
    source = None
    if obs.duplicate_of is None:
        source = (obs.source or "").strip().lower() or f"article:{obs.article_id}"
    return Report(
        fingerprint=stable_id(obs.article_id, obs.sentence, _number(value)),
        at=_utc(obs.observed_at),
        source=source,
        value=value,
        total=obs.total,
        day=obs.event_date if obs.kind == "event" else None,
        evidence=Evidence(
            article_id=obs.article_id, source=obs.source, url=obs.url, sentence=obs.sentence
        ),
        entities=list(obs.entities),
    )


def _corroborated(reports: list[Report], rule: ThresholdRule) -> list[Report] | None:
    """The earliest run of reports within `window` holding `min_sources` independent
    sources, or None. Duplicates inside the run come along as evidence."""
    ordered = sorted(reports, key=lambda r: r.at)
    for i, first in enumerate(ordered):
        if first.source is None:
            continue
        run = [r for r in ordered[i:] if r.at - first.at <= rule.window]
        sources = {r.source for r in run if r.source is not None}
        if len(sources) >= rule.min_sources:
            return run
    return None


def _confirm(state: MetricState, window: list[Report], value: float | None) -> None:
    state.confirmed = True
    state.value = value
    # a report without a total ("its 11th capital") keeps the known total ("of 34")
    state.total = next((r.total for r in window if r.total is not None), state.total)
    state.since = window[0].at
    latest = max(r.at for r in window)
    state.as_of = latest if state.as_of is None else max(state.as_of, latest)
    state.sources = sorted({r.source for r in window if r.source is not None})
    state.evidence = [r.evidence for r in window][:MAX_EVIDENCE]
    state.entities = _union([e for r in window for e in r.entities])
    state.corroborations = len(window) - 1


def _corroborate(state: MetricState, report: Report) -> None:
    state.corroborations += 1
    if report.source is not None and report.source not in state.sources:
        state.sources = sorted(state.sources + [report.source])
    if report.evidence not in state.evidence and len(state.evidence) < MAX_EVIDENCE:
        state.evidence = state.evidence + [report.evidence]
    if state.total is None:
        state.total = report.total
    if state.as_of is None or report.at > state.as_of:
        state.as_of = report.at
    state.entities = _union(state.entities + report.entities)


def _prune(pending: list[Report], state: MetricState, rule: ThresholdRule) -> list[Report]:
    """Drop candidates that can no longer confirm anything; keep the newest."""

    def alive(r: Report) -> bool:
        if not state.confirmed or state.value is None or r.value is None:
            return True
        if r.value > state.value:
            return True
        return rule.allow_decrease and r.value < state.value

    kept = [r for r in pending if alive(r)]
    kept.sort(key=lambda r: r.at)
    return kept[-MAX_PENDING:]


def _alert(
    state: MetricState,
    window: list[Report],
    obs: Observation,
    rule: ThresholdRule,
    kind: AlertKind,
    id_value: float | None,
    previous: float | None,
    level: float | None = None,
    day: date | None = None,
) -> Alert:
    if kind == "new_event":
        id_ = event_alert_id(rule.name, state.key, day)
    else:
        id_ = alert_id(rule.name, state.key, kind, id_value)
    return Alert(
        id=id_,
        kind=kind,
        rule=rule.name,
        metric=obs.metric if obs.kind == "value" else None,
        event_type=obs.event_type if obs.kind == "event" else None,
        subject=obs.subject,
        previous=previous,
        value=state.value,
        total=state.total,
        severity=rule.severity_of(kind),
        first_seen=window[0].at,
        evidence=[r.evidence for r in window][:MAX_EVIDENCE],
        corroborations=len(window) - 1,
        entities=state.entities,
        level=level,
    )


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def _utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _capped(items: list[_T], cap: int) -> list[_T]:
    return items[-cap:]


def _union(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))[:MAX_ENTITIES]
