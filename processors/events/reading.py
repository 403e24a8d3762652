"""An article read into events (`extract_events`): its sentences (a timeline's entries
read as sentences), each rule's triggers, actor, places, day and modality (`_events_in`,
`_occurrences`, `_actor`) and what the whole article tells each sentence (`_Context`). A rule's
`actor` parts the two kinds of event: "group" is read by `processors.events.captures` and
`processors.events.places`, "embassy" by `processors.events.missions`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from datetime import date, datetime, timedelta
from functools import cached_property

from spacy.tokens import Doc, Span, Token

from processors.events.captures import (
    FIGHTER_NOUNS,
    REPORTING,
    _background_perfect,
    _contested,
    _control_captures,
    _default_group,
    _elliptic,
    _event_noun,
    _falls_back,
    _following_captures,
    _full_name,
    _governs,
    _group_actor,
    _imperative,
    _invader,
    _invader_took,
    _later_than_last,
    _linked_places,
    _local,
    _loss_captures,
    _named_group,
    _named_organisation,
    _on_place,
    _one_day_each,
    _passing_captures,
    _passive_sides,
    _prep_captures,
    _presence_captures,
    _speakers_group,
    _state_side,
    _subordinate_background,
    _tally_captures,
    _timeline_read,
    _verbless_control,
    _yielded_by_pronoun,
)
from processors.events.common import (
    BEFORE,
    DAYS_LATER,
    LOWERING,
    NEXT_DAY,
    PERIOD_DAYS,
    STATES,
    TOWARDS,
    Actor,
    _aim,
    _anniversary_day,
    _background_clause,
    _clause_verb,
    _clearing,
    _closed_until_notice,
    _corrected,
    _count_of,
    _countered,
    _date,
    _day_and_month,
    _day_phrase,
    _days_earlier,
    _denied_after_but,
    _denied_next,
    _denied_report,
    _derived,
    _dispatch_day,
    _disputed,
    _earlier_capture,
    _earlier_same_day,
    _forms,
    _headline_verb,
    _helped_aim,
    _in_year,
    _lasting_state,
    _lede,
    _long_after,
    _month_phrase,
    _names_day,
    _narrative_year,
    _ongoing,
    _only_a_matter_of_time,
    _own_period,
    _pluperfect_after,
    _present_read_as_plural,
    _question,
    _relative_day,
    _repelled,
    _sent_for_aim,
    _stamp_of,
    _told_as_news,
    _unconfirmed,
    _unconfirmed_source,
    _under_way,
    _unverified_noun,
    _verb_read_as_noun,
    event_key,
    is_old,
    is_weekday_phrase,
    resolve_date,
)
from processors.events.missions import (
    INSTRUCTING,
    _conjoined_missions,
    _consular,
    _coordinated,
    _counted_missions,
    _countries_named,
    _cue_follows,
    _deadline,
    _decision,
    _echoes,
    _embassy_actor,
    _embassy_context,
    _envoy_expelled,
    _for_now,
    _government_senders,
    _Hosts,
    _hosts,
    _instructed,
    _inward,
    _label_instruction,
    _label_triggers,
    _leave_by,
    _listed_missions,
    _mandative,
    _mission_before,
    _mission_subject,
    _negated_above,
    _no_reason,
    _nonessential_staff,
    _noun_trigger,
    _other_commission,
    _other_party,
    _own_subject,
    _people_words,
    _phrase_triggers,
    _quote_triggers,
    _ready,
    _run_there,
    _since_day,
    _standing,
    _subject_mentions,
    _under,
    _vetoed,
)
from processors.events.places import (
    _days_after_places,
    _item_days,
    _listed_captures,
    _object_words,
    _own_day,
    _place_name,
    _places,
    _ranked_subject,
)
from processors.headlines import Reparse
from processors.modality import is_other_story, read_modality, retrospective
from processors.models import Event, Modality
from processors.rulepack import EventRule, EventRules, RulePack

# verbs of work going on from elsewhere ("will continue their work from Paris"): a state
# already begun, as "will stay closed" is
CARRYING_ON = frozenset({"continue", "carry"})
# missions of no one country: "foreign embassies", "other Western missions"
GENERIC_MISSIONS = {"foreign", "other", "western", "several", "many", "most", "some", "all"}


class _Context:
    """What the whole article tells each sentence: its first full embassy mention, the
    rule pack's default group for its captures, and the host countries it names (each
    read from the whole article the first time a sentence asks)."""

    def __init__(self, doc: Doc, cfg: EventRules, published: date | None = None) -> None:
        self._doc, self._cfg = doc, cfg
        self.year = published.year if published else None  # the land's state at the time
        # keys (and modalities) of closures read from a mission run from elsewhere ("will
        # operate from Qatar"), which restate a closure the article tells of its own
        self.elsewhere: set[tuple[str, str]] = set()
        # ...and those of events read by other rules
        self.direct: set[tuple[str, str]] = set()

    # the taker of the article's last capture read so far ("Y had also been retaken")
    last_taker: Actor | None = None
    # ...and its day ("Nine days later they are in X": counted from it)
    last_day: date | None = None
    # the last mission read so far whose country is known ("India flew its staff out of
    # Kabul ... the embassy would stay closed": India's)
    last_mission: Actor | None = None
    # an anniversary item ("On this day in 1974"), told as of its day
    anniversary: bool = False

    @cached_property
    def embassy(self) -> Actor | None:
        return _embassy_context(self._doc, self._cfg)

    @cached_property
    def group(self) -> Actor | None:
        return _default_group(self._doc, self._cfg)

    @cached_property
    def invader(self) -> Actor | None:
        return _invader(self._doc, self._cfg)

    @cached_property
    def hosts(self) -> _Hosts:
        return _hosts(self._doc, self._cfg)


def _dated_when_clause(trigger: Token, phrase: str) -> bool:
    """ "When Smolensk fell to the Germans on 16 July 1941, the road lay open": a "when"
    clause with its own subject and its own day in it is a clause of its own with its own
    day, told as news however old (as an "N days after" clause is)."""
    if trigger.dep_ != "advcl" or trigger.tag_ not in ("VBD", "VBN"):
        return False
    if not any(c.lower_ == "when" and c.dep_ in ("advmod", "mark") for c in trigger.children):
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children):
        return False
    subtree = range(trigger.left_edge.i, trigger.right_edge.i + 1)
    dates = [e for e in trigger.sent.ents if e.label_ in ("DATE", "TIME")]
    # (not the circumstance of a newer act the sentence dates itself: "Amnesty said on
    # Friday that 2,000 may have died when Boko Haram overran Baga on January 3")
    newer = any(e.start not in subtree and _names_day(e.text) for e in dates)
    return not newer and any(e.text == phrase and e.start in subtree for e in dates)


def _completes(verb: Token, trigger: Token) -> bool:
    """The verb is the trigger or an infinitive completing it ("told them to leave")."""
    return verb.i == trigger.i or (verb.dep_ == "xcomp" and verb.head.i == trigger.i)


def _named_after(sent: Span, place: str) -> bool:
    """The place is named right after "after", "before" or "since" in the sentence."""
    return re.search(rf"\b(?:after|before|since) {re.escape(place)}\b", sent.text, re.I) is not None


def _ago_only(trigger: Token, rules: RulePack, recap_words: set[str]) -> bool:
    """Read without "ago" as a recap date, the trigger's clause is no recap: the span back
    the piece counts ("Fifty years ago this week") was all that made it one, and the act has
    a day of its own ("..., on 30 October 1967, ..."; with none, "Ten years ago this week,
    troops stormed X" is still told as the past)."""
    # (a calendar day: "Ten years ago on Sunday" is the span back's own weekday)
    own_day = any(
        e.label_ == "DATE"
        and "ago" not in e.text.lower()
        and _names_day(e.text)
        and any(c.isdigit() for c in e.text)
        for e in trigger.sent.ents
    )
    if not own_day:
        return False
    cues = rules.modality
    without = cues.model_copy(update={"recap_dates": [d for d in cues.recap_dates if d != "ago"]})
    return read_modality(trigger, without, extra_recap=recap_words).modality != "recap"


def extract_events(
    doc: Doc,
    rules: RulePack,
    published: date | datetime | None = None,
    other_story_headlines: Iterable[str] = (),
    reparse: Reparse | None = None,
    dated: bool = True,
) -> list[Event]:
    """Every event the rule pack recognises in `doc`, one per identity key and
    modality, in text order (`reparse`: see `processors.headlines`). `dated` false:
    `published` is only the ingest date, so a bare weekday never makes a recap."""
    pub = published.date() if isinstance(published, datetime) else published
    # "On this day in 1974: ...", "Thirty years ago today ...": the item is told as of
    # that day, which its "today", its weekdays and its news are read against
    anniversary = _anniversary_day(doc.text, pub)
    pub = anniversary or _dispatch_day(doc.text, pub) or pub
    cfg = rules.events
    context = _Context(doc, cfg, pub)
    context.anniversary = anniversary is not None
    headlines = tuple(other_story_headlines)
    found: dict[tuple[str, str], Event] = {}
    headline_end, lede = _lede(doc)
    verdict = VERDICT.search(doc.text)
    for sent, original in _timeline_read(doc, rules, reparse, pub):
        if not sent[0].tag_:
            continue  # a sentence the candidate finder left unparsed holds no event
        forms = frozenset().union(*(_forms(t) for t in sent))
        rules_here = [r for r in cfg.events if forms & _rule_words(r)]
        if sent[0].lower_ in ("it", "its"):
            # "Its staff were flown out the same day": the mission the sentence before names
            rules_here += [r for r in cfg.events if r.actor == "embassy" and r not in rules_here
                           and forms & set(r.triggers)]  # fmt: skip
        if forms & _derived(cfg, "people_words", _people_words):
            # "Seoul told South Koreans in Laos to stay indoors": a country's people told
            rules_here += [r for r in cfg.events if r.addressees and r not in rules_here]
        if not rules_here:
            continue
        if sent.doc is not doc:
            # a sentence read from its own parse: the article's text before it, for the
            # narrative's year (`_narrative_year`)
            sent.doc.user_data[BEFORE] = doc.text[: original.start_char]
        other = is_other_story(original, rules.modality, headlines)
        below = lede if original.start_char < headline_end else None
        for rule in rules_here:
            for event in _events_in(sent, rule, rules, context, pub, other, dated, below):
                event = event.model_copy(update={"sentence": original.text.strip()})
                if (
                    verdict is not None
                    and original.end_char <= verdict.start()
                    and event.modality in ("asserted", "hedged")
                ):
                    # "CLAIM: X fell to the rebels. RATING: False.": the claim checked
                    event = event.model_copy(update={"modality": "negated"})
                event = _full_name(event, doc.text)
                found.setdefault((event.key, event.modality), event)
                if event.type == "city_captured":
                    context.last_taker = Actor(event.key.split("|")[1], event.actor)
                    context.last_day = event.date
                elif event.type.startswith("embassy") and not event.key.split("|")[1].startswith(
                    "embassy:?"
                ):
                    context.last_mission = Actor(event.key.split("|")[1], event.actor)
    events = list(found.values())
    # a mission run from elsewhere restates a closure or a departure the article tells
    # ("the embassy, which Tokyo closed on Sunday, will operate from Istanbul for now";
    # "staff flew out on Tuesday ... will work from Istanbul"): read only alone
    restated = context.elsewhere - context.direct
    told = {(e.type, e.key.split("|")[1]) for e in events
            if e.type.startswith("embassy") and (e.key, e.modality) not in restated}  # fmt: skip
    # (a mission closed long before is run from there by the staff who left it then)
    told |= {("embassy_evacuation", e.key.split("|")[1]) for e in events
             if e.type == "embassy_closure" and e.modality == "recap"}  # fmt: skip
    events = [
        e
        for e in events
        if (e.key, e.modality) not in restated or (e.type, e.key.split("|")[1]) not in told
    ]
    return _one_day_each(_contested(events), pub)


# a fact check's verdict on the claim told before it ("Our verdict: false", "RATING: False")
VERDICT = re.compile(
    r"\b(?:verdict|rating|ruling|fact check)\s*[:—–-]\s*(?:false|fake|untrue|wrong|"
    r"incorrect|pants on fire|fabricated)\b",
    re.IGNORECASE,
)


def _events_in(
    sent: Span,
    rule: EventRule,
    rules: RulePack,
    context: _Context,
    published: date | None,
    other: bool,
    dated: bool = True,
    lede: str | None = None,
) -> list[Event]:
    """`lede`: the first sentence under the headline `sent` is, which dates its news."""
    cfg = rules.events
    events = []
    for trigger, actor, found in _occurrences(sent, rule, cfg, context):
        places: list[str | None] = list(found) if rule.needs_place else [None]
        if not places:
            continue
        if rule.elsewhere_preps and _run_there(trigger, actor, cfg):
            continue  # "the embassy would work from an office in Qatar": not the one in Doha
        when, phrase = _date(sent, trigger, published, dated)
        if not sent.start <= trigger.i < sent.end:
            # an act the next sentence repeats ("Britain did the same on Tuesday"): its own
            # day where it gives one, else the day of the act it repeats
            echo_day, own_phrase = _date(trigger.sent, trigger, published, dated)
            if own_phrase is not None:
                when, phrase = echo_day, own_phrase
        # (a capture or an embassy's act told in the main clause with a day of its own is
        # news, however old: tests/fixtures/README.md "framing not age decides recap")
        framed = phrase is not None and (
            _told_as_news(trigger) or _dated_when_clause(trigger, phrase)
        )
        if rule.actor == "embassy" and framed:
            # ...its own day, not one in a clause below ("has stayed shut since it closed
            # on 9 May": the state is the news, the closure its background)
            # (or an infinitive completing it: "told Italians to leave on Wednesday")
            framed = all(
                _completes(_clause_verb(e.root), trigger) for e in sent.ents if e.text == phrase
            )
        if rule.actor == "group" and when is not None and when == _stamp_of(sent):
            framed = True  # "12 Aug: X and Y fall": a timeline's entry is its own news
        if (day := _later_than_last(trigger, context)) is not None:
            # "X fell on 6 August. Nine days later ...": the count on the verb itself dates
            # it, not another date phrase of the sentence ("its summer offensive")
            when, phrase = day, day.isoformat()
        if (
            phrase is None
            and when in (published, None)  # (not a timeline entry's stamp)
            and context.last_day is not None
            and _goes_along(trigger, cfg)
        ):
            # "Kunduz fell on Sunday. Within hours Sar-e Pul went too": a place that went or
            # followed with no day of its own went on the day of the capture before
            when, phrase = context.last_day, context.last_day.isoformat()
        if (day := _relative_day(trigger, sent, published, dated)) is not None:
            when, phrase = day, day.isoformat()
            # "four days after guerrillas took X": its own day (a clause, not "the loss of X")
            framed = trigger.pos_ in ("VERB", "AUX")
        if rule.actor == "embassy" and (since := _since_day(trigger, published)) is not None:
            when, phrase = since  # "has been shut since Sunday": shut on Sunday
            framed = False  # (a state since an old day is no news of that day)
        if phrase is None and lede is not None:
            # "Kabul Falls" over "... left the country on Sunday afternoon, and ...":
            # the lede dates the headline's news
            phrase = _day_phrase(lede)
            when = resolve_date(phrase, published) if phrase else when
        if phrase is None and when in (published, None):
            phrase, age = _month_phrase(sent, published)  # "back in April"
        else:
            age = when
        if (period := _own_period(sent, trigger, published)) is not None and period[1] != age:
            # "rebels, who took X in March, seized Y on Sunday": a month or year in the
            # trigger's own clause dates it, not another clause's day
            phrase, age = period
            when = None if is_old(age, phrase, published, cfg.recap_after_days, dated) else when
        retro = retrospective(sent.doc.text)
        if not framed and _told_as_news(trigger) and retro:
            # "On this day in 1979, troops enter X", "Fifty years ago this week the last
            # staff flew out": the story the piece retells
            framed = True
        recap_words = set(cfg.recap_adverbs)
        if _under_way(trigger):
            recap_words.discard("already")  # "staff were already leaving": going on now
        if (phrase is None and rule.addressees) or (
            phrase is not None and not is_old(when, phrase, published, cfg.recap_after_days, dated)
        ):
            # "told again on Thursday", an undated "were again urged to leave": a new notice
            recap_words -= set(cfg.repeat_adverbs)
        reading = read_modality(trigger, rules.modality, extra_recap=recap_words)
        if reading.modality == "recap" and (
            _earlier_same_day(trigger)
            and not is_old(when, phrase, published, cfg.recap_after_days, dated)
            or _days_earlier(trigger)
        ):
            # "Earlier on Saturday they seized X", "earlier in the day": an act of the news
            # day, told before the news (dev: to011, ts037, tw007), read without that word;
            # so an act with its own day counted back ("Two days earlier they overran X")
            cues = rules.modality
            same_day = cues.model_copy(
                update={"recap_adverbs": [w for w in cues.recap_adverbs if w != "earlier"]}
            )
            reading = read_modality(trigger, same_day, extra_recap=recap_words - {"earlier"})
        modality: Modality = "other_story" if other else reading.modality
        if modality == "asserted" and (above := _participle_holder(trigger)) is not None:
            # "will be cut to a core team working from the airport": the participle's noun
            # is in a clause still to come, and so is what the participle tells
            held = read_modality(above, rules.modality, extra_recap=recap_words).modality
            modality = held if held in ("forecast", "conditional") else modality
        if (
            modality == "recap"
            and _told_as_news(trigger)
            and (context.anniversary or (retro and _ago_only(trigger, rules, recap_words)))
        ):
            # "Thirty years ago today X fell", "a year ago today the consulate urged ...":
            # the item's own news; so in any piece that opens on its span back ("Fifty
            # years ago this week, on 30 October 1967, the last staff flew out"), where
            # that "ago" is all that made the act a recap
            modality = "asserted"
        if modality in ("forecast", "conditional") and _lasting_state(trigger):
            modality = "asserted"  # "will stay closed on Monday": closed now, and still then
        if modality == "forecast" and _closed_until_notice(trigger):
            modality = "asserted"  # "would be closed until further notice": closed now
        if modality in ("forecast", "conditional") and rule.elsewhere_preps and _for_now(trigger):
            modality = "asserted"  # "will operate from Qatar for now": run from there now
        if (
            modality in ("forecast", "conditional")
            and rule.elsewhere_preps
            and trigger.lemma_.lower() in CARRYING_ON
        ):
            modality = "asserted"  # "would carry on their work from Sweden": begun, and lasting
        if modality == "negated" and rule.headline_cues and _label_instruction(trigger, rule):
            modality = "asserted"  # "Guidance from the embassy: citizens should not travel"
        if modality == "asserted" and (_denied_report(trigger, rules) or _corrected(trigger)):
            modality = "negated"
        if modality == "asserted" and (
            _disputed(trigger, rules)
            or _countered(trigger, rules)
            or _unconfirmed(trigger, rules)
            or _denied_next(sent, trigger, rules)
            or _denied_after_but(trigger, rules)
            or _unconfirmed_source(trigger, rules)
            or _unverified_noun(trigger, rules)
        ):
            modality = "hedged"
        if modality == "asserted" and _only_a_matter_of_time(trigger, rules):
            modality = "forecast"  # "the fall of X is only a matter of days": to come
        if modality == "asserted" and (
            _long_after(trigger) or _earlier_capture(trigger, rule) or _pluperfect_after(trigger)
        ):
            modality = "recap"
        if modality == "asserted" and rule.actor == "group" and _background_perfect(trigger):
            modality = "recap"
        if modality == "asserted" and rule.actor == "embassy" and _mandative(trigger):
            modality = "forecast"  # "demanded that the embassy be shut": wanted, not done
        if modality == "asserted" and rule.actor == "embassy" and _negated_above(trigger):
            modality = "negated"  # "should not count on being flown out later"
        if modality == "asserted" and rule.actor == "embassy" and _background_clause(trigger):
            modality = "recap"  # "Australia, which closed its embassy in May, is sending ..."
        if (
            modality == "asserted"
            and rule.actor == "group"
            and _background_clause(trigger)
            and _on_place(trigger, found)
        ):
            modality = "recap"  # "X, which rebels seized in mid-May, was calm on Tuesday"
        if modality == "asserted" and rule.actor == "group" and _subordinate_background(trigger):
            modality = "recap"  # "With X gone, ...", "since the rebels took the city"
        if modality == "asserted" and rule.actor == "embassy" and _no_reason(trigger):
            modality = "negated"  # "said it had no reason to close", "no plans to leave"
        if modality == "asserted" and rule.actor == "embassy" and _deadline(trigger):
            modality = "threatened"  # "gave the embassy 72 hours to close": an ultimatum
        if modality == "asserted" and rule.actor == "embassy" and _standing(trigger):
            modality = "recap"  # "advice to leave had been in force since 6 August"
        if modality == "asserted" and rule.actor == "embassy" and _ready(trigger):
            modality = "forecast"  # "said it was ready to fly out its staff": not done
        if modality == "asserted" and rule.actor == "embassy" and _decision(trigger):
            modality = "forecast"  # "has decided to withdraw all personnel": to come
        if modality == "asserted" and rule.type == "embassy_evacuation" and _leave_by(trigger):
            modality = "forecast"  # "ordered its diplomats to return home by April"
        if modality == "asserted" and (_aim(trigger) or _helped_aim(trigger)):
            modality = "forecast"  # "launched an offensive to capture X": an aim, not an act
        if (
            modality == "asserted"
            and rule.actor == "embassy"
            and _sent_for_aim(trigger, frozenset(cfg.army_nouns))
        ):
            modality = "forecast"  # "flying in troops to help bring its staff out"
        if modality == "asserted" and _question(trigger):
            modality = "hedged"  # "Has X fallen to the rebels?"
        if modality == "asserted" and _repelled(trigger):
            modality = "negated"  # "stormed X but were beaten back": X was not taken
        if modality == "asserted" and _ongoing(trigger) and trigger.lemma_ not in STATES:
            modality = "recap"  # "has been urging Americans to leave": standing advice
        if (
            modality == "asserted"
            and is_old(age, phrase, published, cfg.recap_after_days, dated)
            and not framed
        ):
            modality = "recap"
        if modality in ("forecast", "conditional") and _weekday_behind(
            when, phrase, published, sent
        ):
            # "will close its embassy on Friday", said on a Tuesday: the Friday to come
            when = when + timedelta(days=7) if when is not None else when
        days = _item_days(sent, trigger, found, cfg) if found and rule.actor == "group" else {}
        before = _days_after_places(trigger, cfg) if found and rule.actor == "group" else {}
        for place in places:
            place_id = place.lower() if place and rule.keyed_location else None
            day, mode = when, modality
            if place in before and when is not None:
                # told as part of the news ("a day after Y"), dated from its day
                day = when - timedelta(days=before[place])
            if place is not None and (own := days.get(place)) is not None:
                own_day = _own_day(own, published)
                if own_day is not None and _day_and_month(own):
                    # (a day and month alone fall in the narrative's year, as `_day_told`,
                    # the sentence's own dates before it included: "take X on 1 February
                    # 1941 and, after eight weeks of fighting, Y on 27 March")
                    at = sent.text.find(own)
                    text_before = (
                        sent.doc.user_data.get(BEFORE, "")
                        + sent.doc.text[: sent.start_char + max(at, 0)]
                    )
                    year = _narrative_year(text_before, published)
                    own_day = _in_year(own_day, year) if year is not None else own_day
                    if year is not None and when is not None and own_day < when:
                        # (a day after the clause's own runs on into the next year: "took
                        # X on 28 December 2011 and Y on 3 January")
                        own_day = _in_year(own_day, year + 1)
                later = DAYS_LATER.search(own.lower()) if when is not None else None
                if later is not None and when is not None:
                    # "took X on 2 May and Y a week later": counted from the clause's day,
                    # and told as it is
                    own_day = when + timedelta(days=_count_of(later[1]) * PERIOD_DAYS[later[2]])
                elif when is not None and (later := NEXT_DAY.fullmatch(own.lower().strip())):
                    # "took X on 28 June and Y the next day": the day after the clause's
                    own_day = when + timedelta(days=1)
                if own_day is not None and own_day != when:
                    day = own_day
                    if (
                        mode == "asserted"
                        and later is None
                        # (a place the verb told as news takes on its own day is news too;
                        # not one named as taken before it: "after Y on Friday")
                        and not (framed and when is not None and not _named_after(sent, place))
                        and is_old(day, own, published, cfg.recap_after_days, dated)
                    ):
                        mode = "recap"
            key = (event_key(rule.type, actor.id, day, place_id), mode)
            if rule.elsewhere_preps and rule.type in ("embassy_closure", "embassy_evacuation"):
                # (a closure restated, or staff told elsewhere as leaving: "flew out on
                # Tuesday ... will work from Istanbul")
                context.elsewhere.add(key)
            else:
                context.direct.add(key)  # (told by another rule too: no restatement only)
            events.append(
                Event(
                    type=rule.type,
                    actor=actor.name,
                    date=day,
                    modality=mode,
                    sentence=sent.text.strip(),
                    location=place,
                    key=event_key(rule.type, actor.id, day, place_id),
                )
            )
    return events


def _participle_holder(trigger: Token) -> Token | None:
    """The verb whose clause holds the noun a participle trigger describes ("a core team
    working from the airport" under "will be cut to"), or that a "with" clause hangs on
    ("will shut its embassy, with its diplomats moved to Nairobi"), else None."""
    if trigger.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ == "with" for c in trigger.children
    ):
        return trigger.head
    if trigger.dep_ != "acl" or trigger.tag_ not in ("VBG", "VBN"):
        return None
    verb = _clause_verb(trigger.head)
    return verb if verb.i != trigger.i and verb.pos_ in ("VERB", "AUX") else None


def _weekday_behind(
    when: date | None, phrase: str | None, published: date | None, sent: Span
) -> bool:
    """A weekday alone ("on Friday") read as the one before publication, where the act is
    still to come (not "last Friday", nor the day it was said: "would be run from Doha,
    Blinken said on Monday")."""
    if when is None or published is None or phrase is None or not is_weekday_phrase(phrase):
        return False
    words = re.findall(r"[a-z]+", phrase.lower())
    told = any(
        _clause_verb(e.root).lemma_.lower() in REPORTING
        for e in sent.ents
        if e.text in phrase or phrase in e.text
    )
    return when < published and not told and not {"last", "past", "previous"} & set(words)


def _expelled(trigger: Token, actor: Actor, cfg: EventRules) -> bool:
    """ "Iraq's government ordered the Swedish ambassador to leave the country": envoys
    another country orders out are expelled, no evacuation of their mission (its own
    government ordering them out is: "the State Department ordered staff to leave")."""
    if _envoy_expelled(trigger):
        return True
    if trigger.lemma_.lower() not in INSTRUCTING:
        return False
    subjects = [t for c in trigger.children if c.dep_ == "nsubj" for t in c.subtree]
    code = actor.id.split(":")[1] if actor.id.startswith("embassy:") else None
    orderers = _countries_named(subjects, cfg) if subjects else []
    return bool(orderers) and code is not None and code not in orderers


def _occurrences(
    sent: Span, rule: EventRule, cfg: EventRules, context: _Context
) -> list[tuple[Token, Actor, list[str]]]:
    """Each trigger of `rule` in the sentence with its actor and (for a rule that
    needs one) its places."""
    out: list[tuple[Token, Actor, list[str]]] = []
    hosts = frozenset({*cfg.embassy_cities, *cfg.capitals.values(), *cfg.world_cities})
    triggers = _triggers(sent, rule, hosts)
    if rule.actor == "embassy":
        triggers += _label_triggers(sent, rule) + _phrase_triggers(sent, rule)
        triggers += _quote_triggers(sent, rule)
    for trigger in triggers:
        if rule.addressees and not _mission_subject(trigger, rule) and _own_subject(trigger):
            # "the US embassy urged Americans to leave, and Britain's foreign secretary told
            # British nationals the same": a government speaker that is its clause's own
            # subject speaks for its embassy, not the mission another clause names
            senders = _government_senders(sent, rule, cfg, context, trigger)
            if senders:
                out.extend((trigger, sender, []) for sender in senders)
                continue
        actor = _local(_actor(sent, rule, cfg, context, trigger), cfg, context)
        if rule.type == "embassy_evacuation" and actor and _expelled(trigger, actor, cfg):
            continue
        if actor is None and rule.actor == "embassy":
            actor = _mission_before(sent, trigger, cfg, context)
        if actor is None and rule.addressees:
            # "Britain's foreign secretary told British nationals to get out": no embassy
            # named, the government's own embassy in the host country
            senders = _government_senders(sent, rule, cfg, context, trigger)
            out.extend((trigger, sender, []) for sender in senders)
            continue
        if actor is not None and rule.actor == "group" and _yielded_by_pronoun(trigger):
            continue
        if actor is not None:
            places = _places(trigger, cfg) if rule.needs_place else []
            if rule.actor == "group" and rule.needs_place:
                places = _listed_captures(sent, trigger, places, cfg)
                actor = _state_side(sent, trigger, actor, places, cfg, context.year) or actor
            if rule.actor == "embassy" and (named := _counted_missions(sent, actor, cfg)):
                # "shut 21 embassies ..., its missions in A, B and C among them": the named
                out.extend((trigger, one, []) for one in named)
                continue
            out.append((trigger, actor, places))
            if rule.actor == "embassy":  # "the United States and Britain closed their embassies"
                others = _coordinated(sent, actor, cfg, trigger)
                out.extend((trigger, other, []) for other in others)
                out.extend((trigger, other, []) for other in _listed_missions(sent, actor, cfg))
                conjoined = _conjoined_missions(trigger, actor, cfg)
                out.extend((trigger, other, []) for other in conjoined)
    if rule.actor == "embassy":
        out += _echoes(out, cfg)
    if rule.actor != "group":
        return out
    taken = {p: t for t, _, places in out for p in places}
    out = [o for o in out if o[2] or not rule.needs_place]
    for trigger, actor, places in [
        *_prep_captures(sent, rule, cfg, context),
        *_control_captures(sent, rule, cfg, context),
        *_loss_captures(sent, rule, cfg, context),
        *_presence_captures(sent, rule, cfg, context),
        *_gate_captures(sent, rule, cfg, context),
        # (a place the same sentence tells taken first: "X fell on Thursday; Y followed")
        *_following_captures(sent, cfg, context, next((a for _, a, p in out if p), None)),
        *_verbless_control(sent, rule, cfg, context),
        *_passing_captures(sent, rule, cfg, context),
        *_tally_captures(sent, cfg, context),
    ]:
        # a place the sentence's capture verb took is not taken again in an aside
        # ("recaptured X, a year after losing the city to the RSF")
        # ...but the main clause's capture is told beside an aside's ("marched back into
        # X, eight months after troops seized it")
        places = _listed_captures(sent, trigger, places, cfg)
        places = [p for p in places if p not in taken or _governs(trigger, taken[p])]
        actor = _local(actor, cfg, context)
        if places:
            actor = _state_side(sent, trigger, actor, places, cfg, context.year)
        if places and actor is not None:
            taken.update((p, trigger) for p in places)
            out.append((trigger, actor, places))
    # a rank restates the capture its sentence tells ("X was abandoned on Sunday, making
    # it the ninth capital to fall"): read alone only when nothing else was taken
    ranked = [o for o in out if _ranked_subject(o[0], cfg) is not None]
    if len(ranked) < len(out):
        told = {p for o in out if o not in ranked for p in o[2]}
        # (a rank in apposition to the place is the capture it ranks, as reported or dated
        # as it is: "says its fighters have taken X, the 13th town it has seized")
        apposed = [o for o in ranked if o[0].head.dep_ in ("appos", "npadvmod")]
        out = [o for o in out if o not in apposed and (o not in ranked or set(o[2]) <= told)]
    return out or _broad_captures(sent, rule, cfg, context)


def _goes_along(trigger: Token, cfg: EventRules) -> bool:
    """The verb of a place that went ("X went too", not "went to the rebels": told of its
    own) or followed (`_passing_captures`, `_following_captures`)."""
    lemma = trigger.lemma_.lower()
    to = any(c.dep_ == "prep" and c.lower_ == "to" for c in trigger.children)
    return trigger.pos_ == "VERB" and (lemma in cfg.follow_verbs or lemma == "go" and not to)


def _broad_captures(
    sent: Span, rule: EventRule, cfg: EventRules, context: _Context
) -> list[tuple[Token, Actor, list[str]]]:
    """The broad reading of a capture the narrower readers leave unread: a capture word of
    the rule pack (a trigger verb or noun) and a named place it governs or stands next to in
    its clause, with the taker the clause names, else the group its reporting speaker is
    ("X says it has taken Y"), else the side the article's last capture or its default group
    names. Read only for a sentence where no other reader found a capture; every modality
    and date reading of `_events_in` follows as for any event."""
    if rule.type != "city_captured":
        return []
    verbs, nouns = set(rule.triggers), set(rule.trigger_nouns)
    # (a verb's word as a noun is another word: "the fourth storm", "in the hands of")
    triggers = [
        t for t in sent
        if (t.pos_ in ("VERB", "ADJ") and _forms(t) & verbs
            or t.pos_ in ("NOUN", "PROPN") and {t.lower_, t.lemma_.lower()} & nouns)
        and not _falls_back(t) and not _imperative(t)
        and not _clearing(t)  # "commandos are clearing the city"
    ]  # fmt: skip
    losers = _passive_sides(sent, cfg)
    out: list[tuple[Token, Actor, list[str]]] = []
    for trigger in triggers:
        places = _listed_captures(sent, trigger, _places(trigger, cfg), cfg)
        places = places or _linked_places(trigger, cfg)  # (no list runs on from these)
        if not places:
            continue
        actor = _local(_actor(sent, rule, cfg, context, trigger), cfg, context)
        actor = _state_side(sent, trigger, actor, places, cfg, context.year)
        # "X fell on 11 December, the fourth town to fall to Indian forces": the taker
        # another capture word of the sentence names, of the same place
        others = (
            _state_side(sent, t, _local(_actor(sent, rule, cfg, context, t), cfg, context),
                        places, cfg, context.year)
            for t in triggers if t is not trigger
        )  # fmt: skip
        actor = actor or next((a for a in others if a is not None), None)
        if _yielded_by_pronoun(trigger):
            continue
        actor = actor or _speakers_group(trigger, cfg) or context.last_taker or context.group
        actor = actor or _invader_took(trigger, context.invader)
        if actor is not None and actor.id not in losers:
            out.append((trigger, actor, places))
    return out


def _gate_captures(
    sent: Span, rule: EventRule, cfg: EventRules, context: _Context
) -> list[tuple[Token, Actor | None, list[str]]]:
    """ "X opened its gates to the Taliban", "X opens its gates on 1 April": a town that
    opens its (their) gates yields to the side it opens them to: the one "to" names, else
    the taker the sentence's actor reading finds, else the article's last taker or its
    default group. Not gates a town's own people open for others ("opened the gates")."""
    out: list[tuple[Token, Actor | None, list[str]]] = []
    parts, seats, towns = set(cfg.part_nouns), set(cfg.seat_modifiers), set(cfg.city_nouns)
    for token in sent:
        if token.lemma_.lower() != "open" or token.pos_ != "VERB":
            continue
        gates = [
            c for c in token.children
            if c.dep_ == "dobj" and c.lemma_.lower() == "gate"
            and any(p.dep_ == "poss" and p.lower_ in ("its", "their") for p in c.children)
        ]  # fmt: skip
        if not gates:
            continue
        subjects = [c for c in token.children if c.dep_ == "nsubj"]
        places = [
            n for h in subjects for t in _object_words(h, parts, seats, towns)
            if (n := _place_name(t, token, cfg))
        ]  # fmt: skip
        if not places:
            continue
        to = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "to"]
        actor = _named_group(to, cfg) or _named_organisation(to, cfg) if to else None
        sides = [o for p in to for o in p.children if o.dep_ == "pobj"]
        if actor is None and any(
            o.text[:1].islower() and o.lemma_.lower() not in FIGHTER_NOUNS for o in sides
        ):
            continue  # "opened its gates to refugees": no side it yields to
        actor = actor or _actor(sent, rule, cfg, context, token)
        out.append((token, actor or context.last_taker or context.group, places))
    return out


_RULE_WORDS: dict[int, tuple[EventRule, frozenset[str]]] = {}


def _same_city_mission(actor: Actor, last: Actor | None) -> Actor | None:
    """ "India flew its staff out of Kabul on Tuesday. The embassy in Kabul would stay
    closed": a mission of no named country in the city of the last mission read is that
    one."""
    parts, known = actor.id.split(":"), (last.id.split(":") if last else [])
    if len(parts) != 3 or parts[:2] != ["embassy", "?"] or parts[2] == "?" or len(known) != 3:
        return None
    return last if known[0] == "embassy" and known[2] == parts[2] else None


def _told_of(mention: Token, trigger: Token) -> bool:
    """The mission is what the act is told of: the subject of the trigger or of the verb it
    completes ("The embassy has been closed", "the embassy in X would stay closed", "The
    embassy building has been shut"), not a noun deeper in it."""
    return any(
        c.dep_ in ("nsubj", "nsubjpass")
        and (c.i == mention.i or mention.dep_ == "compound" and mention.head.i == c.i)
        for verb in (trigger, trigger.head)
        for c in verb.children
    )


def _rule_words(rule: EventRule) -> frozenset[str]:
    """Every word one of the rule's paths needs a token's form to be: without one of them
    in a sentence the rule finds nothing there (an embassy event needs an actor noun)."""
    cached = _RULE_WORDS.get(id(rule))
    if cached is not None and cached[0] is rule:
        return cached[1]
    if rule.actor == "embassy":
        phrases = [*rule.actor_nouns, *rule.addressees]
        if "consulate" in rule.actor_nouns:
            phrases.append("consular")  # "the US consular office in X" (`_consular`)
        if "personnel" in rule.actor_nouns:
            phrases.append("staff")  # "ordered non-emergency staff out" (`_nonessential_staff`)
        if rule.addressees:  # "Do not travel to X, the State Department said"
            phrases += rule.sender_nouns
    else:
        phrases = [
            *rule.triggers, *rule.trigger_nouns, *rule.noun_verbs, *rule.control_nouns,
            *rule.control_verbs, *rule.control_takers, *rule.hold_verbs, *rule.loss_triggers,
            *rule.expel_triggers, *rule.withdraw_triggers, *rule.declare_verbs,
            *(v for spec in rule.prep_triggers for v in spec.verbs),
            "gates",  # "X opened its gates to ..." (`_gate_captures`)
            "follow",  # "Y follows nine days later" (`_following_captures`)
            "tally",  # "added X and Y, bringing the tally to 17" (`_tally_captures`)
        ]  # fmt: skip
    words = frozenset(w.lower() for p in phrases for w in p.split())
    _RULE_WORDS[id(rule)] = (rule, words)
    return words


def _triggers(sent: Span, rule: EventRule, hosts: AbstractSet[str] = frozenset()) -> list[Token]:
    """Trigger tokens with their cue (if the rule needs one) and no veto word."""
    triggers = set(rule.triggers)
    out = []
    for token in sent:
        if token.pos_ in ("NOUN", "DET", "ADP") and not token.is_title:
            # "Velo Brin was overrun": a participle the tagger read as a noun
            # ...with an adverb between ("were also overrun", "was quickly overrun")
            before = token.i - 1
            if before > sent.start and token.doc[before].pos_ == "ADV":
                before -= 1
            after_be = before >= sent.start and token.doc[before].lemma_ == "be"
            is_trigger = (
                token.lower_ in triggers
                and (
                    token.dep_ == "attr"
                    and token.head.lemma_ == "be"
                    or after_be
                    # "the Levant overran Mosul": a verb with an object, whatever its tag;
                    # "With Idlib gone": a noun has no subject
                    or any(c.dep_ in ("dobj", "nsubj", "nsubjpass") for c in token.children)
                    or _verb_read_as_noun(token, rule)
                    # "leaving the embassy shut": a small clause the tagger read as a noun
                    or rule.actor == "embassy"
                    and token.i > sent.start
                    and token.doc[token.i - 1].lower_ in rule.actor_nouns
                    and token.head.lemma_.lower() in ("leave", "keep")
                )
                or (_headline_verb(token, sent) and bool(_forms(token) & triggers))
                or _present_read_as_plural(token, triggers)
            )
        elif token.pos_ in ("ADJ", "ADV") and token.i + 1 < sent.end:
            # "keep close to shelters", "keep a close watch": nearness, not a closure (a
            # participle before its noun keeps its act: "the hastily closed mission")
            # (not a participle: "will remain closed to the public")
            nearness = token.nbor().lower_ in ("to", "by") and not token.lower_.endswith("ed")
            nearness = nearness or (
                token.dep_ == "amod" and token.tag_ == "JJ" and not token.lower_.endswith("ed")
            )
            is_trigger = bool(_forms(token) & triggers) and not nearness
        else:
            is_trigger = bool(_forms(token) & triggers)
            if not is_trigger and "airlift" in triggers and token.lemma_.lower() == "lift":
                # "lifted 80 people out of the embassy": lifting out is an airlift
                is_trigger = any(c.lower_ == "out" for c in token.children)
            if not is_trigger and "lower" in triggers and token.lemma_.lower() in LOWERING:
                # "the Union flag came down over the mission", "took down the flag": lowered
                is_trigger = any(c.dep_ == "prt" and c.lower_ == "down" for c in token.children)
        is_trigger = is_trigger or _elliptic(token, rule)
        if rule.cues and token.pos_ == "NOUN" and token.lemma_.lower() in rule.trigger_nouns:
            is_trigger = True  # "repeated its call for Americans to depart"
        if is_trigger and rule.actor == "embassy" and _inward(token):
            continue  # "as fighting closed in on the city": nearing, not leaving or closing
        if is_trigger and _falls_back(token):
            continue  # "after the commandos fell back toward the river": a retreat
        if is_trigger and _clearing(token):
            continue  # "commandos are clearing the city": the fight goes on
        if is_trigger and _imperative(token):
            continue  # "Pull out now, the embassy told them": an instruction, not an act
        if is_trigger and rule.actor == "embassy" and _instructed(token):
            continue  # "staff were told to shred files and lower the flag": not done yet
        cued = (
            is_trigger and _cue_follows(sent, token, rule, hosts) and not _vetoed(sent, token, rule)
        )
        if cued or _noun_trigger(sent, token, rule) or _event_noun(token, rule):
            out.append(token)
    if rule.actor != "embassy":
        return out
    # one trigger per embassy mention: "the US mission shut ...; the Spanish and Italian
    # embassies closed as well"
    nouns = set(rule.actor_nouns)
    mentions = [t.i for t in sent if t.lower_ in nouns]
    first: dict[int, Token] = {}
    # (a relative clause's act is background: "the embassy, which told Egyptians to stay
    # home last month, urged them on Sunday to leave" keeps the main clause's)
    for token in sorted(out, key=lambda t: t.dep_ == "relcl"):
        near = min(mentions, key=lambda i: abs(i - token.i), default=-1)
        if rule.addressees and not _mission_subject(token, rule) and _own_subject(token):
            near = -2 - token.i  # "..., and the foreign secretary told Britons to leave"
        first.setdefault(near, token)
    return list(first.values())


def _actor(
    sent: Span, rule: EventRule, cfg: EventRules, context: _Context, trigger: Token
) -> Actor | None:
    if rule.actor == "embassy":
        nouns = set(rule.actor_nouns)
        mentions = [
            t for t in sent if t.lower_ in nouns and not _other_commission(t) or _consular(t)
        ]
        if not mentions and "personnel" in nouns:
            # "ordered non-emergency staff to leave X": the staff name the mission
            mentions = [t for t in sent if _nonessential_staff(t)]
        if not mentions:
            return None
        # "staff were relocated to the consulates in X": a destination is not the actor
        origins = [t for t in mentions if not (t.dep_ == "pobj" and t.head.lower_ in TOWARDS)]
        # "Britain withdrew its diplomats, and France said it would shut its embassy": a
        # mission in a clause another named party leads is not the trigger's
        mentions = [t for t in mentions if not _other_party(t, trigger)]
        origins = [t for t in origins if not _other_party(t, trigger)]
        if not mentions:
            return None
        # "pulled diplomats out of its consulate in X": the mission names the embassy
        mention = min(
            _subject_mentions(origins, trigger) or origins or mentions,
            key=lambda t: abs(t.i - trigger.i),
        )
        while mention.dep_ == "conj" and mention.head in mentions:
            # "from the embassy in X and the consulate in Y": the first mission named leads
            # (`_conjoined_missions` reads the others)
            mention = mention.head
        if mention.lower_ not in cfg.embassy_nouns:
            missions = [t for t in origins if t.lower_ in cfg.embassy_nouns and _under(t, trigger)]
            mention = min(missions, key=lambda t: abs(t.i - trigger.i), default=mention)
        if any(c.dep_ == "amod" and c.lower_ in GENERIC_MISSIONS for c in mention.children):
            return None  # "foreign missions there shut down": no one country's
        actor = _embassy_actor(sent, mention, cfg, context.embassy, context.hosts)
        if _told_of(mention, trigger):
            actor = _same_city_mission(actor, context.last_mission) or actor
        # an embassy of unknown country is no identity to alert on
        return None if actor.id.startswith("embassy:?") else actor
    return _group_actor(sent, trigger, cfg, context, set(rule.declare_verbs))
