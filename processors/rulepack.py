"""Rule packs: the YAML files that say which numbers are claims about which metric,
which words make an event, and which cues set a modality.

A pack is a folder: metrics.yaml, events.yaml, modality.yaml (optional, the
default pack's cues are used when absent) and thresholds.yaml (read by
`processors.thresholds`). `RulePack.load()` without a path loads the default pack
shipped in `processors/rules/default/`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from processors.models import Bound

M = TypeVar("M", bound=BaseModel)

DEFAULT_PACK = Path(__file__).parent / "rules" / "default"


class RulePackError(ValueError):
    """A rule pack that cannot be used; the message names the file and the problem."""


class _Rules(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ObjectRule(_Rules):
    """What a metric counts: head-noun lemma phrases and the predicates that count them."""

    nouns: list[str]
    predicates: list[str] = Field(default_factory=lambda: ["*"])
    # verbs whose bare number counts this object with no noun ("Floods kill over 5,000")
    bare_predicates: list[str] = Field(default_factory=list)
    # ...only when this object was named just before ("cases climb to 198; New Mexico
    # reports 30", "only about 3,000 have been confirmed")
    elliptic_predicates: list[str] = Field(default_factory=list)

    @property
    def any_predicate(self) -> bool:
        return "*" in self.predicates


class MetricRule(_Rules):
    name: str
    subject: str | None = None
    subject_aliases: list[str] = Field(default_factory=list)
    subject_required: bool = False
    default_total: float | None = None
    unit: str | None = None
    objects: list[ObjectRule]
    number_after: bool = False
    subcounts: bool = True  # false: windows and "more" do not make a sub-count
    exclude: list[str] = Field(default_factory=list)
    keywords: list[str] = Field(default_factory=list)  # "measles tally" -> this metric
    # other units of the object and the factor to `unit` ("hectare": 2.4710538)
    conversions: dict[str, float] = Field(default_factory=dict)
    # the metric's place: an article naming none of these words, whose subject is no
    # alias, counts with the `elsewhere` metric ("rebels took their fifth provincial
    # capital" in Syria counts cities)
    context: list[str] = Field(default_factory=list)
    elsewhere: str | None = None
    # verbs whose subject is the loser, not the subject the metric wants ("the army lost")
    loser_predicates: list[str] = Field(default_factory=list)
    # the value is a state, not a running total: "after ... as a Category 4" is older
    state_value: bool = False


class Subcounts(_Rules):
    modifiers: list[str] = Field(default_factory=list)
    windows: list[str] = Field(default_factory=list)
    time_nouns: list[str] = Field(default_factory=list)
    # a number after one of these is a change, not a total ("grew by 4,000 acres")
    prepositions: list[str] = Field(default_factory=list)


class ModalityCues(_Rules):
    other_story_prefixes: list[str] = Field(default_factory=list)
    # labels that point to another story only once the story's own body has begun
    archive_labels: list[str] = Field(default_factory=list)
    # a short label made only of these points to other stories ("Listen next", "See more")
    pointer_words: list[str] = Field(default_factory=list)
    own_story_labels: list[str] = Field(default_factory=list)
    hedge_modals: list[str] = Field(default_factory=list)
    forecast_modals: list[str] = Field(default_factory=list)
    conditional_modals: list[str] = Field(default_factory=list)
    conditional_marks: list[str] = Field(default_factory=list)
    hedge_adverbs: list[str] = Field(default_factory=list)
    attribution_adverbs: list[str] = Field(default_factory=list)
    attribution_verbs: list[str] = Field(default_factory=list)
    forecast_verbs: list[str] = Field(default_factory=list)
    hedge_verbs: list[str] = Field(default_factory=list)
    forecast_words: list[str] = Field(default_factory=list)
    horizon_words: list[str] = Field(default_factory=list)
    threat_verbs: list[str] = Field(default_factory=list)
    threat_phrases: list[str] = Field(default_factory=list)
    negation_verbs: list[str] = Field(default_factory=list)
    negation_words: list[str] = Field(default_factory=list)
    negation_adjectives: list[str] = Field(default_factory=list)  # "reports ... were false"
    report_nouns: list[str] = Field(default_factory=list)  # "claims", "reports", "rumours"
    recap_adverbs: list[str] = Field(default_factory=list)
    recap_dates: list[str] = Field(default_factory=list)
    # bound words that hedge the figure ("as high as 150,000")
    hedge_bounds: list[str] = Field(default_factory=list)


class Country(_Rules):
    name: str
    words: list[str]
    # the sending country's own capital: its embassies are never there
    capital: str | None = None
    # added from the world's country table (processors.world), not named by the pack
    world: bool = False


class Group(_Rules):
    id: str
    name: str
    aliases: list[str]
    # true: only the grammatical actor ("Government troops retook X", "fell to the
    # army"), never a mention elsewhere in the sentence ("after the army pulled out")
    only_as_agent: bool = False
    # the actor of a capture whose taker the article never names, in an article that
    # names one of these words ("Kunduz fell on Sunday" in a story about Afghanistan)
    default_in: list[str] = Field(default_factory=list)
    # the group (id) its generic aliases ("militants", "insurgents") mean in an article
    # naming none of `default_in` ("militants swept into Tikrit" in a story on Iraq)
    elsewhere: str | None = None
    # true: a front-line army whose withdrawal leaves the place to the host government
    # ("Russian troops were pulled out of X"); insurgents who withdraw just melt away
    cedes_on_withdrawal: bool = False
    # true: the taker when a capture's grammatical actor is an organisation's name the
    # pack lists under no group ("the Three Brotherhood Alliance seized X")
    named_organisations: bool = False


class PrepTrigger(_Rules):
    """ "rolled into X", "raised their flag over X": a verb whose place is the object
    of one of `preps`, with one of `objects` as its object when given."""

    verbs: list[str]
    preps: list[str]
    objects: list[str] = Field(default_factory=list)


class EventRule(_Rules):
    type: str
    actor: str  # "embassy" or "group"
    actor_nouns: list[str] = Field(default_factory=lambda: ["embassy", "embassies"])
    triggers: list[str] = Field(default_factory=list)
    cues: list[str] = Field(default_factory=list)
    window: int = 14
    nouns: list[str] = Field(default_factory=list)
    noun_verbs: list[str] = Field(default_factory=list)
    veto: list[str] = Field(default_factory=list)
    # the trigger's object is one of these: another event ("ordered staff to depart")
    object_veto: list[str] = Field(default_factory=list)
    # ...unless one of these follows the trigger ("staff were told to shelter in place")
    object_veto_unless: list[str] = Field(default_factory=list)
    keyed_location: bool = False
    needs_place: bool = False
    # nouns that are the event with "of <place>": "the fall of Hesper", "capture of X"
    trigger_nouns: list[str] = Field(default_factory=list)
    # verbs whose place follows a preposition; the actor must be their subject
    prep_triggers: list[PrepTrigger] = Field(default_factory=list)
    # "X came under Taliban control", "X is now in rebel hands": a place, one of
    # `control_verbs`, a preposition and one of these nouns, the group its modifier
    control_nouns: list[str] = Field(default_factory=list)
    control_verbs: list[str] = Field(default_factory=list)
    # "claimed control of X": these verbs with a control noun as object take the place
    control_takers: list[str] = Field(default_factory=list)
    # the subject gives up a control noun: "the army lost control of X"
    loss_triggers: list[str] = Field(default_factory=list)
    # the object is driven from the place: "troops were driven out of X"
    expel_triggers: list[str] = Field(default_factory=list)
    # holding a place now is the news: "the rebels now hold X", "X is now held by G"
    hold_verbs: list[str] = Field(default_factory=list)
    # "the army declared X liberated": the declarer is the actor of its complement
    declare_verbs: list[str] = Field(default_factory=list)
    # the subject leaves the place to the enemy: "the army withdrew from X"
    withdraw_triggers: list[str] = Field(default_factory=list)
    # an armed group's being in a place: "by evening the rebels were inside X" (with
    # "in" only beside a time of day: "before dawn rebel fighters were in X")
    presence_preps: list[str] = Field(default_factory=list)
    # after a verbless label naming the actor and a colon, one of these verbs is the
    # event: "US Embassy in X to Americans: leave now", "Security alert from ...: shelter"
    headline_cues: list[str] = Field(default_factory=list)
    # one of these after an actor noun is the event: "diplomats on their way home"
    subject_phrases: list[str] = Field(default_factory=list)
    # reporting verbs whose fronted quote holds a cue: '"Leave now," the embassy said'
    quote_triggers: list[str] = Field(default_factory=list)
    # a government telling its own people: the people addressed ("told British nationals
    # to leave") and the words that make the teller a government ("the foreign ministry")
    addressees: list[str] = Field(default_factory=list)
    sender_nouns: list[str] = Field(default_factory=list)
    # the mission works from a place elsewhere: "will operate from Qatar", "has temporarily
    # relocated to Osaka" (a named place after one of these prepositions, not its own city)
    elsewhere_preps: list[str] = Field(default_factory=list)


class EventRules(_Rules):
    embassy_countries: dict[str, Country] = Field(default_factory=dict)
    embassy_cities: list[str] = Field(default_factory=list)
    capitals: dict[str, str] = Field(default_factory=dict)
    countries: list[str] = Field(default_factory=list)
    # "the outskirts of X", "the capital of X province": X is not the place taken
    part_nouns: list[str] = Field(default_factory=list)
    # ...except with one of these: "the provincial capital of X" names X
    seat_modifiers: list[str] = Field(default_factory=list)
    groups: list[Group] = Field(default_factory=list)
    # a name ending in one of these is a unit or a building, not a place ("16th Division")
    not_place_words: list[str] = Field(default_factory=list)
    # "handed the city over": "the city" is the last place named before it
    city_nouns: list[str] = Field(default_factory=list)
    # "seized the presidential palace in X": a building's place is taken with it
    building_nouns: list[str] = Field(default_factory=list)
    # "President X declared Y liberated": a head of government speaks for its forces
    government_titles: list[str] = Field(default_factory=list)
    # "fighters rolled into X", "they rolled into X": the subject names no side, so the
    # group is the one the sentence or the article names
    armed_nouns: list[str] = Field(default_factory=list)
    # "X was handed over, and Y followed": Y is taken too
    follow_verbs: list[str] = Field(default_factory=list)
    recap_adverbs: list[str] = Field(default_factory=list)
    # recap adverbs that mean a repeat, not a recap, when a recent day is named ("again")
    repeat_adverbs: list[str] = Field(default_factory=list)
    embassy_nouns: list[str] = Field(default_factory=lambda: ["embassy", "embassies"])
    recap_after_days: int = 3
    events: list[EventRule] = Field(default_factory=list)
    # every state's adjective and its names ("North Vietnamese": [north vietnam]): a
    # state's army taking a place in another state is "<Adjective> forces"
    state_adjectives: dict[str, list[str]] = Field(default_factory=dict)
    # nouns that head a state's army ("Argentine troops", "Israeli tanks")
    army_nouns: list[str] = Field(default_factory=list)
    # alliances of states whose name before an army noun names no rebel movement ("NATO
    # forces", "UN troops")
    state_bodies: list[str] = Field(default_factory=list)
    # `world`: every country of processors.world sends embassies (added to
    # `embassy_countries`) and hosts them in its seat (`world_cities`; `world_capitals`:
    # its name and people's words -> seat), besides the pack's own lists
    world: bool = False
    # a country's embassy seat where it is not its capital ("" where there is no one seat)
    embassy_seats: dict[str, str] = Field(default_factory=dict)
    world_cities: list[str] = Field(default_factory=list)
    world_capitals: dict[str, str] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _add_world(self) -> EventRules:
        if self.world and not self.world_cities:
            from processors.world import add_world

            add_world(self)
        return self


class MetricRules(_Rules):
    metrics: list[MetricRule]
    subcounts: Subcounts = Field(default_factory=Subcounts)
    count_nouns: list[str] = Field(default_factory=list)
    bound_verbs: dict[str, Bound] = Field(default_factory=dict)
    rank_possessors: list[str] = Field(default_factory=list)
    # entity labels whose plural nouns count as this noun ("25,105 Palestinians": people)
    entity_nouns: dict[str, str] = Field(default_factory=dict)
    scale_nouns: list[str] = Field(default_factory=list)  # "passed the 1,000 mark"
    shortfall_words: list[str] = Field(default_factory=list)  # "just shy of Category 5"
    hedge_modifiers: list[str] = Field(default_factory=list)  # "eight suspected deaths"


class RulePack(BaseModel):
    """Everything the extractors and thresholds read from one rule-pack folder."""

    path: Path
    metrics: list[MetricRule]
    subcounts: Subcounts
    count_nouns: list[str] = Field(default_factory=list)
    bound_verbs: dict[str, Bound] = Field(default_factory=dict)
    rank_possessors: list[str] = Field(default_factory=list)
    entity_nouns: dict[str, str] = Field(default_factory=dict)
    scale_nouns: list[str] = Field(default_factory=list)
    shortfall_words: list[str] = Field(default_factory=list)
    hedge_modifiers: list[str] = Field(default_factory=list)
    modality: ModalityCues
    events: EventRules
    thresholds: list[Any] = Field(default_factory=list)

    @classmethod
    def load(cls, path: Path | str | None = None) -> RulePack:
        """Load the pack in folder `path` (None: the default pack)."""
        folder = Path(path) if path is not None else DEFAULT_PACK
        if not folder.is_dir():
            raise RulePackError(f"{folder}: rule pack folder not found")
        modality_file = folder / "modality.yaml"
        if not modality_file.exists():
            modality_file = DEFAULT_PACK / "modality.yaml"
        metrics = _validate(MetricRules, folder / "metrics.yaml")
        events = _validate(EventRules, folder / "events.yaml", required=False)
        modality = _validate(ModalityCues, modality_file)
        return cls(
            path=folder,
            metrics=metrics.metrics,
            subcounts=metrics.subcounts,
            count_nouns=metrics.count_nouns,
            bound_verbs=metrics.bound_verbs,
            rank_possessors=metrics.rank_possessors,
            entity_nouns=metrics.entity_nouns,
            scale_nouns=metrics.scale_nouns,
            shortfall_words=metrics.shortfall_words,
            hedge_modifiers=metrics.hedge_modifiers,
            modality=modality,
            events=events,
            thresholds=_thresholds(folder),
        )

    def metric(self, name: str) -> MetricRule:
        for rule in self.metrics:
            if rule.name == name:
                return rule
        raise KeyError(name)


def _validate(model: type[M], file: Path, required: bool = True) -> M:
    try:
        return model.model_validate(_read(file, required))
    except ValidationError as exc:
        raise RulePackError(f"{file}: {exc}") from exc


def _read(file: Path, required: bool = True) -> dict[str, Any]:
    if not file.exists():
        if required:
            raise RulePackError(f"{file}: missing from the rule pack")
        return {}
    try:
        data = yaml.safe_load(file.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise RulePackError(f"{file}: cannot read: {exc}") from exc
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise RulePackError(f"{file}: expected a mapping at the top level")
    return data


def _thresholds(folder: Path) -> list[Any]:
    file = folder / "thresholds.yaml"
    if not file.exists():
        return []
    try:
        from processors.thresholds import load_threshold_rules
    except ImportError:  # thresholds module not present in this build
        return []
    return list(load_threshold_rules(file))
