"""Quantitative claims from a parsed article: "10 of Afghanistan's 34 provincial
capitals had been captured" -> provincial_capitals_captured = 10 of 34, asserted.

A spaCy Matcher finds the numbers (digits, words, ordinals, "a dozen", shares); the
dependency parse links each number to the noun it counts, the total ("of 34") and
the predicate; the rule pack decides which metric that is. Sub-counts and
increments ("eight in less than a week", "three more") are not running totals and
are dropped.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans
from spacy.vocab import Vocab

from processors.events import (
    BESIEGING,
    FIGHTING_ON,
    IN_THE_PLACE,
    MONTH_NAME,
    MONTHS,
    WEEKDAYS,
    is_old,
    is_weekday_phrase,
    resolve_date,
    still_holding_here,
)
from processors.events import (
    SAYING as SAID_IN_WORDS,
)
from processors.headlines import Reparse, sentences
from processors.modality import (
    DAYS_OLD,
    LONG_SPANS,
    REVISING_TO,
    Reading,
    days_old_deed,
    earlier_item,
    had_told,
    holds_now,
    is_other_story,
    latest_period,
    past_alone,
    ratio_phrase,
    read_modality,
    recap_earlier,
    reframe,
    superseded,
    told_before,
    withdrawn_double,
)
from processors.models import Bound, Claim
from processors.numbers import (
    DENOMINATORS,
    ORDINAL_TENS,
    ORDINAL_UNITS,
    SINGLE_DYING,
    SINGLE_NOUNS,
    SINGLE_ONLY,
    SINGLE_VERBS,
    TENS,
    UNITS,
    Quantity,
    parse_bound,
    parse_number,
    parse_ordinal,
    parse_quantity,
)
from processors.rulepack import MetricRule, ModalityCues, ObjectRule, RulePack
from processors.world import world_countries

NOUNS = {"NOUN", "PROPN"}
MODIFIER_DEPS = {"compound", "amod", "nmod"}
# bound words that are also prepositions of place: a bound only when they modify the number
SPATIAL_BOUNDS = {"over", "under", "above", "below", "past", "beyond"}
# verbs of saying that can stand in a parenthesis ("the alliance says, it has ...")
SAYING = {"say", "claim", "report", "announce", "state", "add", "insist", "tell"}
# words that leave a quantity vague, a figure in brackets after them stating it
VAGUE_QUANTITIES = {"more", "many", "thousands", "hundreds", "dozens", "scores", "others"}
# words of being out of someone's hands ("17 capitals are outside government control")
OUT_OF = ("outside", "beyond")
# verbs of keeping places, and the state's side as their subject ("the government holds")
HOLDING_VERBS = {"hold", "control", "keep", "retain"}
DEFENDERS = {"government", "army", "military", "regime", "authorities", "administration"}
# gerunds that move a total after an increment ("..., bringing the toll to 14")
MOVING = {"bring", "raise", "take", "push", "lift", "put", "send"}
# verbs that lower a count a later reckoning revises ("a study cut it to 105,000")
CUTTING = {"cut", "reduce", "lower", "trim", "revise", "correct", "bring", "scale"}
PLACING = {"put", "place", "set", "revise", "raise", "lower", "stand", "update"}
BOUND_WORDS = {"at", "least", "more", "than", "over", "about", "around", "some", "nearly",
               "almost", "roughly", "approximately", "up", "to", "fewer", "less", "just",
               "under", "close", "an", "estimated", "upwards", "of", "no", "est.",
               "approx."}  # fmt: skip
# verbs of standing above or ruling: "over" after them places the subject ("reigns over")
POSITION_VERBS = {"reign", "preside", "tower", "loom", "hover"}
# a flag's verbs: with a flag as subject, "over" after them is a place ("flies over")
FLAG_VERBS = {"fly", "hang", "wave", "flutter", "float"}
FLAGS = {"flag", "banner", "colours", "colors", "standard", "ensign", "pennant"}
# verbs of a count growing: "past"/"beyond"/"above" after them bound the figure
GROWTH_VERBS = {
    "grow",
    "climb",
    "rise",
    "jump",
    "surge",
    "soar",
    "spread",
    "swell",
    "balloon",
    "creep",
    "edge",
    "inch",
    "tick",
    "mount",
    "increase",
    "burn",
    "expand",
}
# words of a comparison: a date beside them dates the figure compared with
COMPARISONS = {"than", "compared", "versus", "double", "twice", "triple", "treble", "ahead",
               "behind", "beyond"}  # fmt: skip
# prepositions that set a figure beside the claim as the one it is measured against
COMPARING = {"against", "versus", "vs", "vs."}
# spans of time over which an ordinal ranks ("the first ... in a decade")
PERIODS = {"year", "decade", "century", "generation", "lifetime"}
EARLIER_VERSION = {"earlier", "previous", "prior", "original", "first"}
PRONOUNS = {"it", "they", "them", "its", "their", "which", "that", "who", "he", "she", "none",
            "one"}  # fmt: skip
# places smaller than a town: listed beside cities or towns, the text itself says they
# are not among them ("five cities, four settlements and 286 villages")
LESSER_PLACES = {"village", "settlement", "hamlet"}
TOWNS = {"city", "town"}
# marks after which figures break a total down ("240 — 180 in the port and 60 ...")
BREAK_MARKS = {"—", "–", ":", "--"}
# verbs of denial: said beside a figure given by someone else, they contest it
DENIALS = {"deny", "refute"}
# verbs of beating a record ("has overtaken the 2018 fire's 459,123 acres")
SURPASSING = {"pass", "surpass", "overtake", "eclipse", "exceed", "top", "beat", "outstrip",
              "outpace", "dwarf"}  # fmt: skip
# verbs of checking a figure: "could not verify", "has not been confirmed"
CHECKING_VERBS = {"verify", "confirm", "corroborate", "substantiate", "check"}
# verbs of taking one's own figure back ("withdrew a toll of 11,300")
RETRACTIONS = {"withdraw", "retract", "rescind", "disown", "disavow", "scrap"}
# nouns of persons whose age a bound word gives ("children under five", "people over 80")
PERSONS = {"child", "children", "people", "person", "adult", "patient", "man", "men", "woman",
           "women", "boy", "girl", "baby", "infant", "toddler", "resident", "victim", "those",
           "teenager", "pensioner", "student", "pupil", "elderly", "youngster"}  # fmt: skip
AGE_WORDS = {"under", "over", "above", "below", "aged", "past"}
# places a country's ordinal ranks by size ("Afghanistan's second city")
RANKED_PLACES = {"city", "town", "capital", "port", "hub", "centre", "center", "seat",
                 "settlement", "village", "metropolis"}  # fmt: skip
# nouns of a report of a count: an ordinal ranks the reports ("the first official toll")
REPORTS = {"toll", "estimate", "update", "report", "assessment", "tally", "count", "figure"}
# verbs after which "ahead of X" ranks a figure against X ("is now ahead of the 2006 fire")
RANKING_VERBS = {"be", "move", "rank", "climb", "sit", "stand", "put", "place", "jump", "pull",
                 *SURPASSING}  # fmt: skip
# nouns of holding: "in the insurgents' hands", "under rebel control"
HOLDINGS = {"hand", "hands", "control", "grip", "possession"}
# verbs whose object is the span a count covers ("ended 2024 with 74 cases")
SPAN_ENDS = {"end", "close", "finish", "conclude", "complete"}
# prepositions that limit a count to a window ("in four days", "within 24 hours")
WINDOW_PREPOSITIONS = {"in", "within", "inside", "during", "over", "under"}
# nouns of a measure: a count in apposition to one is its value ("the pace of the
# offensive, 17 capitals in eight days", "the tally so far, 12 towns")
MEASURES = {"pace", "rate", "speed", "tempo", "tally", "count", "total", "score"}
# verbs of a count reaching a figure ("the toll passed 7,800", "cases had reached 571")
REACHING = {"reach", "pass", "top", "exceed", "surpass", "hit", "cross", "near", "approach"}
# words of measure between a window preposition and its time noun ("in less than a week")
WINDOW_FILLERS = {"a", "an", "the", "one", "single", "less", "than", "fewer", "just", "only",
                  "past", "last", "previous", "first", "few", "mere", "barely", "about",
                  "some", "nearly", "around", "roughly"}  # fmt: skip
# time nouns of one day or less ("in a single day", "overnight", "in one night")
ONE_DAY = {"day", "night", "morning", "afternoon", "evening", "overnight", "minute"}
# adverbs that set a clause before the time of the sentence ("two weeks earlier")
ANTERIOR = {"earlier", "ago", "before", "previously"}
# nouns of forecasting: what they have or put a count at is a forecast
FORECASTS = {"forecast", "projection", "prediction", "outlook"}
# nouns of probability: a count "of" them is a possible value, not one told
CHANCES = {"chance", "chances", "probability", "likelihood", "odds", "risk", "possibility",
           "prospect", "danger"}  # fmt: skip
# nouns of places or households a count "of" which is their population ("a city of 300,000")
POPULATED = {"city", "town", "village", "camp", "country", "nation", "community", "district",
             "island", "region", "state", "province", "county", "metropolis", "family",
             "household", "settlement", "neighbourhood", "neighborhood", "municipality",
             "suburb", "population", "capital", "enclave", "territory"}  # fmt: skip
# divisions other than a province: their capitals are towns ("a district capital")
DIVISIONS = {"district", "state", "county", "municipal", "municipality", "department",
             "departmental", "prefecture", "prefectural", "oblast", "canton", "cantonal",
             "township", "subdistrict", "sub-district"}  # fmt: skip
# nouns that name a taker already named before ("to fall to the group"), no other group
GENERIC_TAKERS = {"group", "movement", "fighter", "organisation", "organization", "side",
                  "force", "man", "gunman", "one", "they", "them"}  # fmt: skip
# words that make a count noun an older figure ("an earlier figure of 174")
FIRST_TOLD = {"initially", "originally", "previously", "earlier", "first"}
SUPERSEDED = {"earlier", "previous", "prior", "original", "initial", "old", "former"}


def extract_claims(
    doc: Doc,
    rules: RulePack,
    published: date | None = None,
    other_story_headlines: Iterable[str] = (),
    reparse: Reparse | None = None,
    dated: bool = True,
) -> list[Claim]:
    """Every claim in `doc` that the rule pack maps to a metric, in text order.
    `reparse` parses a headline again in sentence case (the model misreads Title Case).
    `dated` false: `published` is only the ingest date (see `events.is_old`)."""
    headlines = tuple(other_story_headlines)
    claims: list[Claim] = []
    seen: set[tuple[object, ...]] = set()
    windowed: dict[tuple[object, ...], int] = {}  # several days: sentence
    spanned: set[tuple[object, ...]] = set()  # a labelled window or a place "alone"
    placed: set[tuple[object, ...]] = set()  # the dead of one place ("at the scene")
    counts: list[tuple[str | None, str, float, int]] = []  # every count told, with its sentence
    told_in: dict[int, int] = {}  # the sentence of each claim kept
    offsets: dict[tuple[object, ...], int] = {}  # where in the text each claim's figure is
    figures: dict[int, list[float]] = {}  # every cardinal told, by sentence
    places: dict[int, set[str]] = {}  # the names (places, tellers) each sentence has
    apart: set[int] = set()  # claims their clause tells as a part (see `_set_apart`)
    batch: set[int] = set()  # ...or as a batch added to a count (see `_added_batch`)
    eased: set[int] = set()  # sentences where "it has since weakened" (see `_eased_since`)
    words = " ".join(re.sub(r"[^\w'-]+", " ", doc.text.lower()).replace("'s ", " ").split())
    state = _State(published=published, dated=dated, text=f" {words} ")
    for index, (sent, original) in enumerate(sentences(doc, rules, reparse)):
        if _speaker_label(sent) == len(sent):
            continue  # "REPORTER:" alone: the turn goes on from the sentence before
        state.before, state.named = state.named, _count_named(sent, rules)
        state.written = original
        places[index] = {
            t.lower_ for t in sent if t.pos_ == "PROPN" or t.ent_type_ in ("GPE", "LOC", "FAC")
        }
        state.asked, state.question = state.question, _question(sent, rules)
        if _eased_since(sent):
            eased.add(index)
        if not _may_hold_claim(sent):
            continue
        other_story = is_other_story(original, rules.modality, headlines)
        matcher = _number_matcher(sent.doc.vocab)
        spans = filter_spans([sent[s:e] for _, s, e in matcher(sent)])
        found: list[tuple[Claim, bool]] = []
        where: dict[int, Span] = {}
        figures[index] = [
            q.value
            for n in spans
            if (q := _quantity(n)) is not None
            and q.kind == "cardinal"
            and not (n.end < len(n.doc) and n.doc[n.end].lower_ in OTHER_FATES)
        ]
        # (marks by object id hold within one sentence; the id of a claim copied and let go
        # may come back as another claim's, so the copy's original leaves the marks)
        state.current.clear()
        state.windowed.clear()
        state.spanned.clear()
        state.placed.clear()
        state.apart.clear()
        state.batch.clear()
        told = {t.i for n in spans for t in n}
        singles = [sent[t.i - sent.start : t.i - sent.start + 1] for t in sent
                   if t.i not in told and _told_singly(t)]  # fmt: skip
        for number in sorted([*spans, *singles], key=lambda n: n.start):
            claim = _claim(number, sent, rules, other_story, state)
            if claim is not None:
                q = _quantity(number)
                id_ = id(claim)
                current = id_ in state.current
                claim = claim.model_copy(update={"sentence": original.text.strip()})
                if number.doc is doc:
                    offsets.setdefault(
                        (claim.metric, claim.value, claim.sentence), number.start_char
                    )
                if id_ in state.windowed:
                    windowed[(claim.metric, claim.value, claim.sentence)] = index
                if id_ in state.spanned:
                    spanned.add((claim.metric, claim.value, claim.sentence))
                if id_ in state.placed:
                    windowed[(claim.metric, claim.value, claim.sentence)] = index
                    placed.add((claim.metric, claim.value, claim.sentence))
                if id_ in state.apart:
                    apart.add(id(claim))
                if id_ in state.batch:
                    batch.add(id(claim))
                state.placed.discard(id_)
                state.current.discard(id_)
                state.windowed.discard(id_)
                if current:
                    state.current.add(id(claim))
                found.append((claim, q is not None and q.kind == "ordinal"))
                where[id(claim)] = number
        # a one told without a numeral beside a figure of its metric in the sentence is
        # that figure's (its part, its case: "its first infection, a 53-year-old man")
        single = {id(c) for c, _ in found if where[id(c)] in singles}
        numbered = {c.metric for c, _ in found if id(c) not in single}
        found = [f for f in found if id(f[0]) not in single or f[0].metric not in numbered]
        state.singles.update((c.metric, c.sentence) for c, _ in found if id(c) in single)
        found = _breakdowns(found, where)
        found = _every_one_died(found, where, rules)
        found = _milestones(found, where)
        found = _listed_bounds(found, where)
        found = _corrections(found, where)
        found = _relative_background(found, where, rules, state.published)
        found = _increments(found, where)
        found = _kind_ordinals(found, where)
        found = _later_ordinals(found)
        found = _bodies_beside_toll(found)
        for claim, _ in _totals_over_ordinals(_older_values(found, state, where, rules)):
            if claim.modality in ("asserted", "recap", "hedged"):
                counts.append((claim.metric, claim.subject, claim.value, index))
            ident = (claim.metric, claim.value, claim.total, claim.sentence, claim.modality)
            # the headline's figure restated in the body is one claim
            restated = (claim.metric, claim.value, claim.total, claim.bound, claim.modality)
            if ident not in seen and restated not in seen:
                seen.update((ident, restated))
                claims.append(claim)
                told_in[id(claim)] = index
    claims = _contested(claims, told_in)
    claims = _rival_tellers(claims, told_in, places, state.given_now)
    claims = _denier_figure(claims, told_in)
    if _CORRECTION.search(state.text):
        # "An earlier version said the storm had killed 83. The confirmed toll is 47; the
        # figure of 83 combined the dead and the missing": the figure a correction withdraws
        # for another value, told again, is withdrawn; not one the correction keeps, moving
        # only its place ("The 42 deaths were across China, not in Fuyang alone")
        withdrawn = {(c.metric, c.value) for c in claims if c.modality == "negated" and c.value}
        kept = {
            (c.metric, c.value)
            for c in claims
            if c.modality == "asserted" and (c.metric, c.value) not in withdrawn
        }
        claims = [
            c.model_copy(update={"modality": "negated"})
            if c.modality == "asserted"
            and (c.metric, c.value) in withdrawn
            and any(metric == c.metric for metric, _ in kept)
            else c
            for c in claims
        ]
    claims = [  # the rival a hedged figure was set against is hedged too (also one read
        # as conditional for its "would": "a government spokesman would confirm only 14")
        c.model_copy(update={"modality": "hedged"})
        if c.modality in ("asserted", "conditional") and (c.metric, c.value) in state.rivals
        else c
        for c in claims
    ]
    claims = _parts_summing_to_whole(claims, told_in, figures, apart, batch)
    claims = _moved_on(claims, told_in, published)
    # a state told in the sentence before "it has since weakened" is the older value
    states = {metric.name for metric in rules.metrics if metric.state_value}
    claims = [
        c.model_copy(update={"modality": "recap"})
        if c.modality == "asserted" and c.metric in states and told_in.get(id(c), -2) + 1 in eased
        else c
        for c in claims
    ]
    claims = _window_parts(claims, windowed, counts, spanned, placed)
    claims = _dated_later(claims, state, doc.text, offsets, states)
    claims = _overtaken_tallies(claims, doc, state.published, offsets, rules, state.dated)
    claims = told_before(claims, state.pluperfect, state.sourced)
    claims = superseded(claims, state.then, state.now, states, state.now_said, _fronted_places(doc))
    if state.dated_past and not _tells_later_news(doc, state, rules.modality, headlines):
        claims = past_alone(claims, state.dated_past)
    elif state.dated_deeds and not _sets_beside_another(doc, rules.modality, headlines):
        # beside later news of the event itself (a trial, an anniversary, rebuilding) a count
        # of its deeds stays its own; not a state held then (a storm's category), nor a rank
        # in a story that went on ("March 5: the first death")
        claims = past_alone(claims, state.dated_deeds)
    claims = latest_period(reframe(claims, doc.text, state.aged), published)
    # (an anniversary piece's count is read as the past event's final one, `retold_past`; a
    # count "by then" is a stage of it, not the final)
    claims = [
        c.model_copy(update={"modality": "recap"})
        if c.modality == "asserted" and (c.metric, c.value, c.time) in state.staged
        else c
        for c in _anchor_beside_news(claims, state.anchored)
    ]
    claims = _set_against(claims, state.compared)
    claims = withdrawn_double(_year_shared(claims, published), doc.text)
    # ...also a larger toll the passage tells as the news in another sentence ("the explosion
    # killed 266 men. Only 11 bodies were ever recovered"; not a past event's, a recap)
    tolls = [(c, False) for c in claims if c.modality == "asserted"]
    left = {id(c) for c, _ in _bodies_beside_toll(tolls)}
    claims = [c for c in claims if id(c) in left or c.modality != "asserted"]
    return _single_alone(claims, state.singles, state.text, rules)


def _single_alone(
    claims: list[Claim], singles: set[tuple[str | None, str]], text: str, rules: RulePack
) -> list[Claim]:
    """A count of one told without a numeral (`_told_singly`) is the story's toll or case
    count only where the passage tells no other figure of that metric (else the one is a
    part or an addition: "a man died, bringing the toll to 12"), it is told as news or
    hedged (not a condition, a forecast or a recap), and the passage is of a disaster or an
    outbreak, not a raid or a siege: it names one (a word of a metric's context or keywords,
    or of a storm) or tells a figure of another metric of one (cases beside a death)."""
    if not singles:
        return claims
    # the metrics of a war (captures, with their places for context) tell no disaster
    war = {name for m in rules.metrics if m.elsewhere for name in (m.name, m.elsewhere)}
    story = SINGLE_STORIES | {
        w
        for m in rules.metrics
        if m.name not in war
        for w in (*m.context, *m.keywords)
        if " " not in w
    }
    story -= {"death", "dead", "fatality", "killed", "mortality", "martyr", "die", "perish",
              "drown", "drowned", "victim", "body", "corpse", "deceased", "case", "infection",
              "bombing", "massacre", "explosion", "blast"}  # fmt: skip
    told = {c.metric for c in claims if (c.metric, c.sentence) not in singles} - war
    disaster = bool(set(text.split()) & story)
    out = []
    for claim in claims:
        if (claim.metric, claim.sentence) in singles and claim.value == 1:
            others = any(
                other.metric == claim.metric
                and other.modality != "other_story"
                and (other.metric, other.sentence) not in singles
                for other in claims
            )
            if (
                others
                or claim.modality not in ("asserted", "hedged")
                or not (disaster or told - {claim.metric})
            ):
                continue
        out.append(claim)
    return out


def _fronted_places(doc: Doc) -> dict[str, str]:
    """The place each sentence sets off at its front for its whole clause ("In Queensland,
    ten people have died"), by the sentence's text: a place phrase before the main verb
    and its subject, closed by a comma."""
    out = {}
    for sent in doc.sents:
        root = sent.root
        for prep in root.children:
            pobj = _pobj(prep) if prep.dep_ == "prep" and prep.i < root.i else None
            if (
                pobj is not None
                and prep.lower_ == "in"
                and (pobj.ent_type_ in ("GPE", "LOC") or pobj.pos_ == "PROPN")
                and pobj.ent_type_ not in ("DATE", "TIME", "EVENT")
                and pobj.i + 1 < root.i
                and doc[pobj.i + 1].text == ","
                and all(c.i > pobj.i for c in root.children if c.dep_ in ("nsubj", "nsubjpass"))
            ):
                out[sent.text.strip()] = pobj.text.lower()
    return out


def _year_shared(claims: list[Claim], published: date | None) -> list[Claim]:
    """ "2025 so far: 3,400 cases. In 2024 the country recorded 9,800 cases and 41 deaths":
    figures one verb tells of one earlier year are that year's together; where one of them
    is read as the earlier year's beside a later count (recap), so are the others, though
    their own metric has no later value in the passage."""
    if published is None:
        return claims
    days = {id(c): resolve_date(c.time, published, latest=True) if c.time else None for c in claims}
    later = [days[id(c)] for c in claims if c.modality == "asserted"]
    out = []
    for claim in claims:
        day = days[id(claim)]
        if (
            claim.modality == "asserted"
            and day is not None
            and day.year < published.year
            and any(other is not None and other > day for other in later)
            and any(
                other.modality == "recap"
                and other.metric != claim.metric
                and (other.sentence, other.time, other.predicate, other.subject)
                == (claim.sentence, claim.time, claim.predicate, claim.subject)
                for other in claims
            )
        ):
            claim = claim.model_copy(update={"modality": "recap"})
        out.append(claim)
    return out


# words and phrases of a time near publication: "today", "now", "this week", "last night"
_NOW_WORDS = {"today", "tonight", "now", "currently", "yesterday"}
# present forms and weekday names that tell later news in a sentence left unparsed
_PRESENT_WORDS = {"is", "are", "has", "have", "remains", "remain", "says", "say"} | {
    f"{day}day" for day in ("mon", "tues", "wednes", "thurs", "fri", "satur", "sun")
}
# comparatives that only bound a figure ("more than 8,000"), not compare two events
_QUANTIFYING = {"more", "less", "fewer", "greater", "lower", "higher"}
_NEAR_SPAN = re.compile(
    r"\b(?:this|last) (?:week|weekend|morning|afternoon|evening|month|year)\b|\blast night\b"
)


def _tells_later_news(
    doc: Doc, state: _State, cues: ModalityCues, headlines: tuple[str, ...]
) -> bool:
    """Whether the passage tells news of a later time than a count dated to the past: a
    day near publication ("on Monday", "this week", "today", "now"), a comparison with
    another event ("bigger", "deadlier"), or a sentence whose main verb states the present
    ("the fire is 40 per cent contained", "floods have killed 23"). A passage without any
    of these tells only the past event. Lines naming other stories (related headlines,
    `is_other_story`) are no part of the passage's telling and are not read."""
    own = [sent for sent in doc.sents if not is_other_story(sent, cues, headlines)]
    tokens = [t for sent in own for t in sent]
    text = " ".join(sent.text for sent in own).lower()
    # ("Sixty years ago today": the anniversary's day, no news of it)
    if any(t.lower_ in _NOW_WORDS and (t.i == 0 or t.nbor(-1).lower_ != "ago") for t in tokens):
        return True
    # ("Twenty years ago this week": the anniversary's week)
    if _NEAR_SPAN.search(re.sub(r"\bago this (?:week|weekend|month)\b", "ago", text)):
        return True
    if any(_compares(t) for t in tokens):
        return True  # "Only the Hill Fire of 2019 ... was bigger", "the last major quake"
    for sent in own:
        for ent in sent.ents:
            if ent.label_ not in ("DATE", "TIME") or state.published is None:
                continue
            age = _age(ent.text, state)
            if age is not None and 0 <= age <= DAYS_OLD:
                return True
    for sent in own:
        if sent.text.rstrip().endswith("?"):
            continue  # an explainer's question ("Why is the Serra fire still studied?") asks
        if not sent.root.tag_:
            # a sentence left unparsed (it holds no figure): its words alone
            if any(t.lower_ in _PRESENT_WORDS for t in sent):
                return True
            continue
        main = [sent.root, *(t for t in sent.root.children if t.dep_ == "conj")]
        if any(_states_present(verb) and not _tells_of_past(verb, cues) for verb in main):
            return True
    return False


def _tells_of_past(verb: Token, cues: ModalityCues) -> bool:
    """A teller's present verb whose report is in the past ("A post claims the floods
    killed 3,000", "it says most went untreated", "researchers think many more were
    infected"): the telling is now, its news is not."""
    tellers = (SAYING, cues.attribution_verbs, cues.hedge_verbs)
    if not any(verb.lemma_ in words for words in tellers):
        return False
    told = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX")]
    return bool(told) and not any(_states_present(c) for c in told)


_YEAR_NUMBER = re.compile(r"\b(1[5-9]\d\d|20\d\d)\b")
# verbs of holding a state: a count held at a past time ("In January the rebels controlled
# two cities") is a snapshot of a state that changes, not a past event's final count
HOLDING = {"control", "hold", "have", "govern", "occupy", "keep", "remain", "stand"}


# a count dated at least this many days before publication is "well back": a date nearer
# publication may be an earlier stage of a story still told ("on 3 March" in April); a bare
# earlier year ("the 2019 epidemic" told in February 2020) is an earlier year's event
WELL_BACK_DAYS = 60


_AGO = re.compile(
    r"\b(?P<n>[\w,.-]+) (?P<unit>day|week|month|year|decade|centur)(?:y|s|ies)? ago\b"
)
_UNIT_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365, "decade": 3650, "centur": 36500}


def _years_back(time: str | None, verb: Token | None, state: _State, held: bool = True) -> bool:
    """A count of a past event's deed dated well back: "N years ago", a bare year before
    publication's, or a date (its own, else a year in its clause: "the 1923 earthquake")
    whose last day is WELL_BACK_DAYS or more before publication. Not a state held then."""
    if verb is None or held and verb.lemma_ in HOLDING or state.published is None:
        return False
    text = time or ""
    ago = _AGO.search(text.lower())
    if ago:
        # "a century ago", "12 years ago": well back; "three weeks ago": not
        number = 1.0 if ago["n"] in ("a", "an") else parse_number(ago["n"])
        days = (number or 0) * _UNIT_DAYS[ago["unit"]]
        return days >= WELL_BACK_DAYS
    if re.search(r"\bago\b", text.lower()):
        return True  # "years ago", "long ago"
    if not text:
        years = [t.text for t in verb.subtree if _YEAR_NUMBER.fullmatch(t.text)]
        text = years[-1] if years else ""
    year = _YEAR_NUMBER.search(text)
    if year and text.strip() == year.group(1) and int(year.group(1)) < state.published.year:
        return True  # "the 2019 epidemic" told alone in 2020: an earlier year's event
    when = resolve_date(text, state.published, latest=True) if text else None
    if when is None and year:
        when = date(int(year.group(1)), 12, 31)
    return when is not None and (state.published - when).days >= WELL_BACK_DAYS


def _example_clause(verb: Token | None) -> bool:
    """The count is told in a relative clause on a noun brought in by "a"/"an" or a bare
    plural ("Officials said a fire that burned 300 acres in 2019 had left the slope bare"):
    an example the sentence's own news draws on, not the story it tells."""
    if verb is None or verb.dep_ != "relcl":
        return False
    noun = verb.head
    dets = [t.lower_ for t in noun.children if t.dep_ in ("det", "poss")]
    return dets[:1] in (["a"], ["an"]) or noun.tag_ == "NNS" and not dets


def _sets_beside_another(doc: Doc, cues: ModalityCues, headlines: tuple[str, ...]) -> bool:
    """Whether the passage sets a past event beside another: a comparison ("Only the Hill
    Fire of 2019 ... was bigger", "the deadliest since 1960", "outgrew the 2018 Camp Fire",
    "against 125 hectares in 2022"), words pointing to another event ("the last major
    quake", "in the same valley") or news of a new one of the kind (`_new_of_kind`).
    Related headlines are not read."""
    own = [sent for sent in doc.sents if not is_other_story(sent, cues, headlines)]
    tokens = [t for sent in own for t in sent]
    return any(
        _compares(t)
        or (t.tag_ == "JJS" and t.lower_ not in ("most", "least"))  # "the deadliest since"
        or t.lemma_ in _OVERTAKING
        or (t.lower_ == "against" and any(c.like_num for c in t.subtree))
        or _new_of_kind(t)
        for t in tokens
    )


def _compares(token: Token) -> bool:
    """A comparative ("Only the Hill Fire of 2019 ... was bigger": set beside a current one)
    or a word pointing to another story ("the last major quake", "in the same valley")."""
    return (token.tag_ == "JJR" and token.lower_ not in _QUANTIFYING) or _points_to_another(token)


def _describes_event(verb: Token | None) -> bool:
    """ "the earthquake that killed 309 people", "the Zogg Fire, which burned 56,338 acres",
    "the 29 miners killed at Ostwick": the count's verb describes a noun of a sentence whose
    own news is another (a trial, a rebuilding, an anniversary of that event)."""
    while verb is not None and verb.dep_ == "conj":
        verb = verb.head  # "which killed 22 people and burned 36,807 acres"
    if verb is None or verb.dep_ not in ("relcl", "acl"):
        return False
    return verb.head.pos_ in ("NOUN", "PROPN")


def _new_of_kind(token: Token) -> bool:
    """ "The river is rising again", "The new outbreak comes a decade after ...", "A cyclone
    is nearing the delta": news of a new event of the kind, beside which a past one's count
    is background."""
    if token.lower_ in ("again", "anew"):
        return True
    if token.dep_ not in ("nsubj", "nsubjpass") or not _states_present(token.head):
        return False
    return any(
        (c.dep_ == "det" and c.lower_ in ("a", "an", "another"))
        or (c.dep_ == "amod" and c.lower_ in ("new", "fresh"))
        for c in token.children
    )


# verbs that set one event's count beside another's ("outgrew the 2018 Camp Fire")
_OVERTAKING = {"outgrow", "overtake", "eclipse", "surpass", "outstrip", "exceed", "top"}


def _points_to_another(token: Token) -> bool:
    """ "the same valley" (a place another story told), "the last major quake", "the
    previous outbreak" (the one before the present story's): words that set the event beside
    another, not dates ("last year", "last November"); "a similar fire", "a comparable
    outbreak": one set beside the story's own."""
    if token.lower_ in ("same", "similar", "comparable"):
        return True
    return (
        token.lower_ in ("last", "previous")
        and token.dep_ == "amod"
        and token.head.ent_type_ not in ("DATE", "TIME")
    )


def _states_present(verb: Token) -> bool:
    """A finite main verb in the present or present perfect ("is", "have killed")."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    auxes = [t for t in verb.children if t.dep_ in ("aux", "auxpass")]
    if any(t.tag_ in ("MD", "VBD") for t in auxes):
        return False
    return verb.tag_ in ("VBZ", "VBP") or any(t.tag_ in ("VBZ", "VBP") for t in auxes)


# words a teller sets its own figure against another's with ("claimed the real figure was 24")
CONTRASTING = {"real", "actual", "true"}
# nouns that take back a count just told ("officials put it at 22", "put the count at 22")
BACK_REFERENCES = {"it", "count", "figure", "number", "total", "tally", "toll"}


def _contested(claims: list[Claim], told_in: dict[int, int]) -> list[Claim]:
    """ "Afghan officials put the number at 22. A Taliban spokesman claimed the real figure
    was 24", "Our count stands at 24; officials in Kabul put it at 22": a second teller's
    figure for the count just told, set against it ("the real figure") or put in the same
    sentence ("put it at"), contests it: both are hedged."""
    hedged: set[int] = set()
    for later, claim in enumerate(claims):
        words = (claim.object or "").lower().split()
        if not words or claim.modality not in ("asserted", "recap"):
            continue
        # (told by a teller: the writer's own "The correct figure is 90" corrects)
        contrasted = (
            words[-1] in BACK_REFERENCES
            and bool(set(words) & CONTRASTING)
            and claim.attributed_to is not None
        )
        put = (
            words == [words[-1]]
            and words[-1] in BACK_REFERENCES
            and claim.predicate == "put"
            and _untimed_after_semicolon(claim.sentence)
        )
        if not contrasted and not put:
            continue
        for earlier, other in enumerate(claims[:later]):
            gap = told_in[id(claim)] - told_in[id(other)]
            if (
                other.metric == claim.metric
                and other.value != claim.value
                and other.modality in ("asserted", "recap", "hedged")
                and (gap == 0 and put or gap in (0, 1) and contrasted)
            ):
                hedged |= {earlier, later}
    return [
        c.model_copy(update={"modality": "hedged"}) if i in hedged else c
        for i, c in enumerate(claims)
    ]


def _parts_summing_to_whole(
    claims: list[Claim],
    told_in: dict[int, int],
    figures: dict[int, list[float]],
    apart: set[int],
    batch: set[int],
) -> list[Claim]:
    """ "China quake toll rises to 131 | The quake killed 113 people in Gansu and 18 in
    Qinghai": two or more figures of a count, told one after another within three sentences
    of a larger figure of it, that add up exactly to that figure are its parts, no claims of
    their own. So is one figure whose own sentence tells the rest of the larger one, read as
    a count or not ("killed 41 workers. Thirty-eight died underground; three more died in
    hospital", "34 died. Twenty-nine were found on the lower deck and five died ashore").
    So is a figure its own clause tells as a part (`apart`: "Seville, where 40 died"), told
    after an asserted whole of it in an earlier sentence (not a toll of another place told
    after it, nor a whole only feared: "may have died"). A batch added to a count
    (`batch`: "after adding 210 cases found in a review") is a part of a larger count of it
    told near, before or after."""
    asserted = [c for c in claims if c.modality == "asserted"]
    parts: set[int] = set()
    for whole in asserted:
        for part in asserted:
            if part.metric != whole.metric or not 0 < part.value < whole.value:
                continue
            if not abs(told_in[id(part)] - told_in[id(whole)]) <= 3:
                continue  # told within three sentences of the whole
            if id(part) in batch:
                parts.add(id(part))
                continue
            if (
                id(part) in apart
                and told_in[id(whole)] < told_in[id(part)]
                # ("Eleven of the dead were skiers": a subject that is the figure names none)
                and (
                    parse_number(part.subject) is not None
                    or _subject_alike(part.subject, whole.subject)
                )
            ):
                parts.add(id(part))
                continue
            told = figures.get(told_in[id(part)], [])
            if (
                len(told) > 2
                and sum(told) == whole.value
                and told_in[id(part)] != told_in[id(whole)]
            ):
                # "killed 135 people in Samoa, while 31 died in American Samoa and nine in
                # Tonga" beside "the regional toll stands at 175": three or more figures of
                # one sentence, read as counts or not, that add up to the whole are its
                # parts, whatever place each names
                parts.add(id(part))
                continue
            if not _subject_alike(part.subject, whole.subject):
                continue  # "the nearby Kell fire has burned 3,000 acres" beside 5,000
            if part.total is not None:
                # "killed 242 people in all; 234 of them died that night": a share of the
                # dead is a part of the toll ("179 of the 181 aboard" is a toll of its own)
                if part.total == whole.value and whole.total is None:
                    parts.add(id(part))
                continue
            rest = whole.value - part.value
            if told.count(rest) > (rest == part.value):
                parts.add(id(part))
        near = [
            c
            for c in asserted
            if c is not whole
            and c.metric == whole.metric
            and c.value < whole.value
            and abs(told_in[id(c)] - told_in[id(whole)]) <= 3
        ]
        for start in range(len(near)):
            total = 0.0
            for end in range(start, len(near)):
                total += near[end].value
                if total == whole.value and end > start:
                    parts |= {id(c) for c in near[start : end + 1]}
                if total >= whole.value:
                    break
    return [c for c in claims if id(c) not in parts]


# what befell people besides death: "9 dead, 4 missing" is no 13 dead in two parts
OTHER_FATES = {"missing", "injured", "wounded", "hurt", "unaccounted", "displaced",
               "homeless", "rescued", "evacuated", "hospitalised", "hospitalized",
               "survivors", "safe"}  # fmt: skip


# words that make a second sentence's figure a later count, an earlier one ("Earlier
# reports had put the toll at four"), a part, or another event's ("in a separate
# protest"), not a rival
MOVING_ON = {"by", "later", "then", "after", "until", "since", "more", "another", "further",
             "them", "whom", "including", "among", "had", "first", "separate", "other",
             "elsewhere", "nearby"}  # fmt: skip


# the past forms of a count's growing: "said the toll had risen to 52" is a later count
RISEN = {"risen", "rose", "climbed", "grown", "grew", "jumped", "increased", "mounted",
         "soared", "surged", "swelled", "reached"}  # fmt: skip


def _moving_words(sentence: str) -> set[str]:
    """The words of a sentence that may tell of a later, earlier or partial count: not
    those of a bound ("claimed the number was more than 100"), nor the past perfect of
    reported speech after its verb of saying ("said at least 135 people had died")."""
    text = re.sub(r"\bmore than\b", " ", sentence.lower())
    text = re.sub(r"\b(said|told|claimed|reported|stated|announced)\b(.*?)\bhad\b", r"\1\2", text)
    # (nor "including" after a figure, which names what it holds: "put the dead at 19,
    # including members of the Guards", nor "all of them")
    text = re.sub(r"(\d),? including\b", r"\1", text)
    text = re.sub(r"\ball of them\b", " ", text)
    return set(re.findall(r"[a-z]+", text))


def _teller(claim: Claim) -> str | None:
    """Who gives the figure: the teller it is attributed to, or the subject of "put" ("Police
    put the death toll at 12")."""
    # (or of a verb whose subject gives the figure: "Army communiques acknowledge only four")
    giving = claim.predicate in ("put", "count") or claim.predicate in GIVERS
    teller = claim.attributed_to or (claim.subject if giving else None)
    return teller.lower().removeprefix("the ") if teller else None


def _figure_giver(number: Span) -> str | None:
    """Who gives the figure when no teller reads off its clause: the subject of the first
    verb above it that gives a figure ("Officials put the number lost at seven", with "at"
    on "lost"; "which he called the eighth capital to fall"), or of a verb of saying above
    the clause the figure is in, through the relative clause or apposition that stops the
    modality's chain ("The Taliban said they had taken Sheberghan, the fourth capital to
    fall": theirs)."""
    token, first = number[-1], True
    while token.head.i != token.i:
        token = token.head
        if token.pos_ not in ("VERB", "AUX"):
            continue
        if _norm(token) in GIVERS or not first and _norm(token) in SAYING:
            subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
            return " ".join(t.text for t in subject.subtree) if subject is not None else None
        first = False
    return None


def _told_on_day(claim: Claim) -> bool:
    """The claim is dated by a day's name alone ("said on Friday", "killed ... on Sunday"):
    the day of the telling or of the event, not a count's moment ("by Tuesday", "since
    June", "this year"), so a rival may answer it in the next sentence."""
    words = re.findall(r"[a-z]+", (claim.time or "").lower())
    return bool(words) and all(w in WEEKDAYS or w in ("on", "yesterday") for w in words)


def _breakdown_of(sentence: str, whole: float) -> bool:
    """The sentence splits the whole into figures that sum to no more than it ("About 70
    were killed in Tchoma Bangou and 30 in Zaroumdareye" after "killed at least 100"): its
    parts, not a rival count."""
    figures = [parse_number(w) for w in re.findall(r"\d[\d,]*", sentence)]
    values = [f for f in figures if f is not None]
    return len(values) >= 2 and sum(values) <= whole


@lru_cache(maxsize=1)
def _country_adjectives() -> dict[str, str]:
    """A country's adjective -> its name, both in lower case ("malian": "mali")."""
    return {c.adjective.lower(): c.name.lower() for c in world_countries() if c.adjective}


def _words(sentence: str) -> set[str]:
    """The words of a sentence, with those of the country each adjective of a people names
    ("Malian troops": "mali")."""
    words = set(re.findall(r"[\w'-]+", sentence.lower()))
    named = " ".join(_country_adjectives()[w] for w in words if w in _country_adjectives())
    return words | set(named.split())


def _named_within(sentence: str) -> set[str]:
    """The words after "including" next to a figure, which tell what it holds, not where it
    was counted ("put the dead at 19, including members of the Revolutionary Guards")."""
    held = re.search(r"\d,? including\b([^,;.]*)", sentence.lower())
    return set(re.findall(r"[\w'-]+", held.group(1))) if held else set()


def _rival_tellers(
    claims: list[Claim],
    told_in: dict[int, int],
    places: dict[int, set[str]],
    given_now: set[tuple[str, float, str | None]],
) -> list[Claim]:
    """ "The ministry says 40 people have died. The Red Cross says 52 people have died",
    "Police put the death toll at 12. Hospital officials, however, say 19 people have died":
    two tellers' different figures of one count in consecutive sentences, neither dated,
    are rivals nobody settles (both hedged), as in one sentence after "while" or a
    semicolon (`_rival_figure_after`). Not a later count ("By Tuesday officials said 19"),
    a part or an addition ("3 more", "12 of them"), nor a count of a place only the second
    sentence names ("In Kesh, officials say 12 have died")."""
    hedged: set[int] = set()
    for j, later in enumerate(claims):
        teller = _teller(later)
        if later.modality != "asserted" or later.time or teller is None or id(later) not in told_in:
            continue
        moving = MOVING_ON | SUPERSEDED | EARLIER_TIMES | NOW_TIMES | RISEN
        if _moving_words(later.sentence) & moving:
            continue
        at = told_in[id(later)]
        for i, earlier in enumerate(claims[:j]):
            if (
                earlier.metric == later.metric
                and earlier.value != later.value
                and (
                    earlier.modality == "asserted"
                    and (not earlier.time or _told_on_day(earlier))
                    # (a past day's count a teller gives now: "Amnesty says security forces
                    # killed at least 66 on September 30. Officials put the dead at 19")
                    or (earlier.metric, earlier.value, earlier.time) in given_now
                )
                and told_in.get(id(earlier)) == at - 1
                and _teller(earlier) not in (None, teller)
                # (no name the first sentence lacks, but the second teller's own)
                and not places.get(at, set())
                - set(teller.split())
                - _words(earlier.sentence)
                - _named_within(later.sentence)
                and not _breakdown_of(later.sentence, earlier.value)
            ):
                hedged |= {i, j}
    return [
        c.model_copy(update={"modality": "hedged"}) if i in hedged else c
        for i, c in enumerate(claims)
    ]


def _denier_figure(claims: list[Claim], told_in: dict[int, int]) -> list[Claim]:
    """ "The rebels said they had taken Kabo, bringing to seven the towns they hold. A
    government spokesman denied that Kabo had fallen and put the number ... at five": the
    figure the denier of the account just told gives in its place is the other side's, a
    rival nobody settles (hedged, as the contested one is), not the count."""
    out = []
    for claim in claims:
        words = re.findall(r"[a-z]+", claim.sentence.lower())
        denied = {w for w in words if w in DENIAL_WORDS} or _DISMISSED.search(claim.sentence)
        if (
            # (read as denied itself, beside the denial: "denied that Hale had fallen and
            # said the insurgents held six towns")
            claim.modality in ("asserted", "negated")
            and denied
            and id(claim) in told_in
            and any(
                other.metric == claim.metric
                and other.value != claim.value
                and other.modality == "hedged"
                and told_in.get(id(other)) == told_in[id(claim)] - 1
                for other in claims
            )
        ):
            claim = claim.model_copy(update={"modality": "hedged"})
        out.append(claim)
    return out


def _subject_alike(one: str | None, other: str | None) -> bool:
    """Two claims' subjects name one thing, or one of them is not named."""
    a, b = (one or "").lower(), (other or "").lower()
    return not a or not b or a in b or b in a


def _untimed_after_semicolon(sentence: str) -> bool:
    """The sentence goes on after a semicolon with no word of time ("...; officials in Kabul
    put it at 22", not "...; by midnight officials put it at 26", a later count)."""
    if ";" not in sentence:
        return False
    words = set(re.findall(r"[a-z]+", sentence.rsplit(";", 1)[1].lower()))
    return not words & (EARLIER_TIMES | NOW_TIMES | {"by", "later", "then", "after", "until"})


def _moved_on(claims: list[Claim], told_in: dict[int, int], published: date | None) -> list[Claim]:
    """ "The morning toll was 37. By evening it had climbed to 52", "the toll stood at 19;
    by midnight it had risen to 26": a count that "it" with a verb of growing, moving or
    standing moves on, in the next sentence or later in the same one, is the older value
    (recap). Not when "it" is dated to a day before the count's ("stood at 21 on
    Wednesday. On Tuesday afternoon, officials had put it at 15": that goes back)."""

    def day(claim: Claim) -> date | None:
        return resolve_date(claim.time, published, latest=True) if claim.time else None

    def goes_back(mover: Claim, claim: Claim) -> bool:
        then, now = day(mover), day(claim)
        return then is not None and now is not None and then < now

    moving = GROWTH_VERBS | MOVING | REACHING | {"stand"}
    movers = [
        (told_in[id(c)], c.metric, position)
        for position, c in enumerate(claims)
        if c.object == "it" and c.modality == "asserted" and (c.predicate or "") in moving
    ]
    # "By noon it had charred 600 acres. At 4pm crews said it had grown to 1,900 acres": a
    # count of the same subject a verb of growing takes higher in the next sentence
    growers = [
        (told_in[id(c)], c.metric, position)
        for position, c in enumerate(claims)
        if c.modality == "asserted" and (c.predicate or "") in GROWTH_VERBS
    ]

    def older(c: Claim, position: int) -> bool:
        return any(
            metric == c.metric
            and (index == told_in[id(c)] + 1 or index == told_in[id(c)] and later > position)
            and claims[later].value != c.value
            and not goes_back(claims[later], c)
            for index, metric, later in movers
        ) or any(
            metric == c.metric
            and index == told_in[id(c)] + 1
            and claims[later].value > c.value
            and (
                claims[later].subject == c.subject
                or "unknown" in (c.subject, claims[later].subject)
            )
            for index, metric, later in growers
        )

    return [
        c.model_copy(update={"modality": "recap"})
        if c.modality == "asserted" and c.object != "it" and older(c, position)
        else c
        for position, c in enumerate(claims)
    ]


def _dated_later(
    claims: list[Claim],
    state: _State,
    text: str,
    offsets: dict[tuple[object, ...], int],
    states: set[str],
) -> list[Claim]:
    """ "put the toll at 1,297 on Sunday night. By Monday afternoon it had climbed to
    1,419": of two values of one count the article dates on different days, in any of its
    sentences, the earlier one is background (recap).

    In a timeline whose entries open with a day of the month, an entry's day dates what
    it tells: a state (a storm's category) an earlier entry gives is of that day, once
    later entries move on, whatever they tell ("28 Aug: becomes a Category 4 / 31 Aug:
    makes landfall"); and a count told on an undated line after the entries ("Towns now
    held by the rebels: 9") is the count as it stands, the entries' own values older."""
    if state.published is None:
        return claims
    published = state.published
    bars = [0, *(m.end() for m in re.finditer(r"[|\n]", text))]

    def segment(start: int) -> str:
        ends = [e for e in (text.find("|", start), text.find("\n", start)) if e >= 0]
        return text[start : min(ends, default=len(text))].lstrip()

    def entry(claim: Claim) -> str:
        # the entry that holds the claim's figure, in a line of entries set off by bars
        # ("| 10 Aug: ... 60 dead | 13 Aug: ... the total to 75"), which the parse may
        # split anywhere: the figure's own entry dates it, not the line's first
        at = offsets.get((claim.metric, claim.value, claim.sentence))
        if at is None:
            return _line_of(text, claim.sentence)
        return segment(max(text.rfind("|", 0, at), text.rfind("\n", 0, at)) + 1)

    days = {id(c): _entry_date(entry(c), published) for c in claims}
    when = {
        # "8 May: starts ... and is over 9,000 acres by nightfall": a timeline entry's date
        # dates a count its own clause leaves undated
        id(c): (resolve_date(c.time, published, latest=True) if c.time else None) or days[id(c)]
        for c in claims
    }
    claims = recap_earlier(claims, when)
    entries = [(start, d) for start in bars if (d := _entry_date(segment(start), published))]
    if len(entries) >= 2:
        last_day = max(d for _, d in entries)
        last_start = max(start for start, _ in entries)
        closing = {
            c.metric
            for c in claims
            if c.modality == "asserted"
            and days[id(c)] is None
            and offsets.get((c.metric, c.value, c.sentence), -1) > last_start
        }
        claims = [
            c.model_copy(update={"modality": "recap"})
            if c.modality == "asserted"
            and (day := days[id(c)]) is not None
            and (c.metric in states and day < last_day or c.metric in closing)
            else c
            for c in claims
        ]
    return _timeline_latest(claims, text, state.pluperfect | state.sourced, offsets)


def _overtaken_tallies(
    claims: list[Claim],
    doc: Doc,
    published: date | None,
    offsets: dict[tuple[object, ...], int],
    rules: RulePack,
    dated: bool,
) -> list[Claim]:
    """ "6 Aug - Zaranj becomes the first capital to fall / 12 Aug - The Taliban take Ghazni,
    the 10th / 14 Aug - Mazar-i-Sharif falls": in a timeline of dated entries (one a line or
    one a sentence), a count of captures an entry gives is older (recap) when an entry of a
    later day tells a further capture, with or without a number of its own; only the count
    no later entry overtakes stands. So too a count told as of a day ("By Friday night they
    held 18") beside a capture the passage dates to a later day ("On Saturday they added
    Maimana"). Against an ingest date (`dated` false) a weekday tells no order."""
    captured = {m.name for m in rules.metrics for o in m.objects if "capture" in o.predicates}
    if published is None or not any(
        c.modality == "asserted" and c.metric in captured for c in claims
    ):
        return claims
    text = doc.text
    starts = {
        0,
        *(m.end() for m in re.finditer(r"[|\n]|[.!?]\s", text)),
        *(s.start_char for s in doc.sents),
    }
    entries = []
    for start in sorted(starts):
        opening = text[start : start + 60].lstrip()
        if _ENTRY_DATE.match(opening) and (day := _entry_date(opening, published)):
            entries.append((start, day))
    verbs = {
        word
        for rule in rules.events.events
        if rule.type == "city_captured"
        for word in (*rule.triggers, *rule.trigger_nouns)
    } | {"lose", "add"}
    capture_days = _capture_days(doc, verbs, published, dated)
    if len(entries) >= 2:
        ends = [start for start, _ in entries[1:]] + [len(text)]
        capture_days += [
            day
            for (start, day), end in zip(entries, ends, strict=True)
            if any(
                t.lemma_.lower() in verbs or _forms(t.text) & verbs
                for t in doc.char_span(start, end, alignment_mode="expand") or ()
            )
        ]

    def day_of(claim: Claim) -> date | None:
        at = offsets.get((claim.metric, claim.value, claim.sentence))
        if at is None:
            at = text.find(claim.sentence) if claim.sentence else -1
        own = [day for start, day in entries if start <= at]
        if own and len(entries) >= 2:
            return own[-1]
        if not claim.time or not dated and is_weekday_phrase(claim.time):
            return None
        return resolve_date(claim.time, published)

    def overtaken(claim: Claim) -> bool:
        day = day_of(claim)
        return day is not None and any(later > day for later in capture_days)

    return [
        c.model_copy(update={"modality": "recap"})
        if c.modality == "asserted" and c.metric in captured and overtaken(c)
        else c
        for c in claims
    ]


def _capture_days(doc: Doc, verbs: set[str], published: date, dated: bool) -> list[date]:
    """The days of the captures `doc` tells with a day of their own ("On Saturday they added
    Maimana", "fell on Thursday morning"): a sentence with a verb of capture told as done
    (no modal or "to" just before it) and a day named on its own, not as a limit ("by
    Friday", "since Monday"), no later than publication. Read from the words: a sentence
    with no figure may be left unparsed."""
    days = []
    for sent in doc.sents:
        captures = [
            t
            for t in sent
            if _forms(t.text) & verbs
            # ("added Maimana": "officials added" is a verb of saying)
            and ("add" not in _forms(t.text) or t.nbor(1).text[:1].isupper())
            and not any(
                w.lower_ in ("to", "could", "may", "might", "will", "would", "should", "can")
                for w in sent.doc[max(sent.start, t.i - 2) : t.i]
            )
        ]
        for named in _NAMED_DAY.finditer(sent.text):
            at = sent.start_char + named.start()
            if named.group("limit") or not any(
                # (the day of the capture, not of its telling: "took X on Friday, officials
                # said on Saturday")
                not _SAID_WORDS.search(sent.doc.text[min(at, t.idx) : max(at, t.idx)])
                for t in captures
            ):
                continue
            if not dated and is_weekday_phrase(named.group("day")):
                continue  # (against an ingest date a weekday tells no order)
            day = resolve_date(named.group("day"), published)
            if day is not None and day <= published:
                days.append(day)
    return days


_SAID_WORDS = re.compile(
    r"\b(?:said|says|say|told|tells|reported|reports|announced|confirmed|according)\b", re.I
)
# a day a sentence names ("on Saturday", "12 August"), with a word that makes it a limit
_NAMED_DAY = re.compile(
    rf"(?:\b(?P<limit>by|since|until|till|before|after|from|through)\s+)?\b(?P<day>"
    rf"(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d{{1,2}} {MONTH_NAME}|{MONTH_NAME} \d{{1,2}})\b",
    re.IGNORECASE,
)


# the label a timeline entry opens with, when no day of the month dates it: an hour
# ("06:15", "11:30 GMT"), a weekday ("Tue:", "Wednesday -") or a week ("Week 31:")
_ENTRY_LABEL = re.compile(
    r"^[\W_]*(?:(?P<hour>\d{1,2})[:.](?P<minute>\d{2})\b|(?P<day>mon|tue|wed|thu|fri|sat|sun)"
    r"[a-z]*\b\.?\s*[:\u2014\u2013-]|(?:epi(?:demiological)?\s+)?week\s+(?P<week>\d{1,2})\b)",
    re.IGNORECASE,
)
_DAY_ORDER = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _entry_label(sentence: str) -> tuple[str, int] | None:
    """The kind and the order of the label a timeline entry opens with (see `_ENTRY_LABEL`)."""
    label = _ENTRY_LABEL.match(sentence)
    if label is None:
        return None
    if label.group("hour") is not None:
        return "hour", int(label.group("hour")) * 60 + int(label.group("minute"))
    if label.group("day") is not None:
        return "day", _DAY_ORDER.index(label.group("day").lower())
    return "week", int(label.group("week"))


def _timeline_latest(
    claims: list[Claim],
    text: str,
    told_earlier: set[tuple[str, float, str | None]],
    offsets: dict[tuple[object, ...], int],
) -> list[Claim]:
    """ "06:15 Police say 12 dead / 09:40 Toll rises to 19 / 13:05 ... puts the toll at 27",
    "Mon: 4 dead / Tue: 9 dead / Wed: 15 dead": of the values of one count told in the
    entries of a timeline labelled by hour, weekday or week, the latest entry's is the
    count, the others' are older values (recap), in whichever order the entries run. A
    value a later entry tells as older than itself (`told_earlier`: "18:30 At midday
    officials had counted 16") is no entry's latest; it is left to `told_before`. The
    entries may run in one sentence, set off by semicolons ("week by week: week 30, 212
    cases; week 31, 340 cases"): the figure's own entry opens after the last semicolon
    (or colon) before it."""

    def own_entry(claim: Claim) -> str:
        at = offsets.get((claim.metric, claim.value, claim.sentence))
        if at is None:
            return ""
        opens = max(text.rfind(sep, 0, at) + len(sep) for sep in ("|", "\n", ";", ": "))
        own = text[opens:at].strip().rstrip(",")
        # (a weekday alone before the figure labels its entry: "; Tue 3,900 acres;")
        return f"{own}:" if len(own.split()) == 1 else own

    labels = {
        id(c): _entry_label(c.sentence)
        or _entry_label(_entry_of(text, c.sentence))
        or _entry_label(_line_of(text, c.sentence))
        or _entry_label(own_entry(c))
        for c in claims
    }
    latest: dict[tuple[str | None, str], int] = {}
    for claim in claims:
        label = labels[id(claim)]
        told = (claim.metric, claim.value, claim.time) in told_earlier
        if claim.modality == "asserted" and label is not None and not told:
            key = (claim.metric, label[0])
            latest[key] = max(latest.get(key, label[1]), label[1])
    out = []
    for claim in claims:
        label = labels[id(claim)]
        if (
            claim.modality == "asserted"
            and label is not None
            and label[1] < latest.get((claim.metric, label[0]), label[1])
        ):
            claim = claim.model_copy(update={"modality": "recap"})
        out.append(claim)
    return out


def _entry_of(text: str, sentence: str) -> str:
    """The entry of a line of entries set off by bars that holds `sentence`, from its start
    ("LIVE | 08:00 The toll is 31. | 11:30 ...", where the parse left the hour behind)."""
    at = text.find(sentence) if sentence else -1
    if at < 0:
        return sentence
    start = max(text.rfind("|", 0, at), text.rfind("\n", 0, at)) + 1
    return text[start : at + len(sentence)]


def _line_of(text: str, sentence: str) -> str:
    """The line of `text` that holds `sentence`, from its start ("30 Oct, 6 AM: 72 dead",
    where the parse split the sentence after the day)."""
    at = text.find(sentence) if sentence else -1
    return sentence if at < 0 else text[text.rfind("\n", 0, at) + 1 :]


def _entry_date(sentence: str, published: date) -> date | None:
    """The day a timeline entry opens with ("6 Aug:", "May 8 -", "| 16 Sep:"), in the
    publication's year or the one before."""
    entry = _ENTRY_DATE.search(sentence[:60])
    if entry is None:
        return None
    words = re.findall(r"[a-z]+|\d+", entry.group(1).lower())
    month = next(MONTHS[w] for w in words if w in MONTHS)
    day = int(next(w for w in words if w.isdigit()))
    year = published.year - (month > published.month)
    try:
        return date(year, month, day)
    except ValueError:
        return None


_WEEKDAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?"
# (an hour as the services write it, "0600", "1800 UTC", or "6 AM", "18:00")
_CLOCK = (
    r"(?:(?:[01]\d|2[0-3])[0-5]\d(?:\s*(?:utc|gmt|local|hrs?))?"
    r"|\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?)"
)
# the date an entry of a timeline opens with: "6 Aug:", "March 3 -", "| 16 Sep:", with its
# weekday or hour ("Tue 5 Jul:", "30 Oct, 6 AM:")
_ENTRY_DATE = re.compile(
    rf"(?:^|[|\u2014\u2013]\s*|\s-\s*)(?:{_WEEKDAY}\s+)?"
    rf"(\d{{1,2}} {MONTH_NAME}|{MONTH_NAME} \d{{1,2}})(?:,?\s+{_CLOCK})?\s*[:\u2014\u2013-]\s",
    re.IGNORECASE,
)


def _window_parts(
    claims: list[Claim],
    windowed: dict[tuple[object, ...], int],
    counts: list[tuple[str | None, str, float, int]],
    spanned: set[tuple[object, ...]],
    placed: set[tuple[object, ...]],
) -> list[Claim]:
    """ "10 of the 34 capitals have fallen. Eight were captured in less than a week": a
    count over several days told beside (in its sentence or the next one) a larger count
    of the same thing is a part of it; with none beside it ("six capitals in four days")
    it is the running total. A count a label sets in a window ("Last 24 hours: 3 new cases,
    1 death", "Week 40 alone: 57 deaths") or a place "alone" has (`spanned`) is a part of a
    larger count of the same thing anywhere in the passage (a sitrep's cumulative line).
    The dead of one place (`placed`: "Fourteen died at the scene; two more died later in
    hospital, bringing the toll to 16") are a part of a larger toll beside them, whoever
    the sentence makes its subject."""
    out = []
    for claim in claims:
        key = (claim.metric, claim.value, claim.sentence)
        index = windowed.get(key)
        anywhere = key in spanned
        part = (
            (index is not None or anywhere)
            and claim.modality == "asserted"
            and any(
                metric == claim.metric
                and (subject == claim.subject or anywhere or key in placed)
                and value > claim.value
                and (anywhere or index is not None and abs(other - index) <= 1)
                for metric, subject, value, other in counts
            )
        )
        if not part:
            out.append(claim)
    return out


def _corrections(
    found: list[tuple[Claim, bool]], where: dict[int, Span]
) -> list[tuple[Claim, bool]]:
    """ "was a Category 5 when it struck last October, not a Category 4 as first
    estimated": a figure set against a denied one of the same metric corrects it; the
    correction is the news, however old the event it dates."""
    denied = [
        where[id(c)]
        for c, _ in found
        if c.modality == "negated" and any(t.lower_ == "not" for t in _before(where[id(c)], 3))
    ]
    out = []
    for claim, ordinal in found:
        span = where[id(claim)]
        if claim.modality == "recap" and any(
            other.start > span.end
            and any(
                c.metric == claim.metric and where[id(c)] is other and c.value != claim.value
                for c, _ in found
            )
            for other in denied
        ):
            claim = claim.model_copy(update={"modality": "asserted"})
            where[id(claim)] = span
        out.append((claim, ordinal))
    return out


def _relative_background(
    found: list[tuple[Claim, bool]],
    where: dict[int, Span],
    rules: RulePack,
    published: date | None,
) -> list[tuple[Claim, bool]]:
    """ "The storm, which had reached Category 3 near the islands, weakened to a Category
    1": a relative clause on the subject tells where the subject stood before the main
    verb moved it; where the main clause gives another value of the same metric (or
    forecasts one: "..., which hit as a Category 2, is expected to reach Category 4"),
    the relative clause's is the older one (recap). So is a state's value (a storm's
    category) there when the main clause tells later news with no value of its own ("The
    storm, which hit Samar as a Category 4 on Monday, has killed 41", "..., which came
    ashore as a Category 1 late on Monday, was blamed on Wednesday for nine deaths"), or
    when the main verb eases the state off ("..., which peaked as a Category 4, weakened
    before ..."); not
    beside a main clause of the same past ("..., which peaked as a Category 4, crossed the
    coast on Monday night": the storm's strength on the day told)."""
    out = []
    for claim, ordinal in found:
        span = where[id(claim)]
        clause = _relative_clause(span) or _earlier_relative_clause(span)
        dated = clause is not None and _past(clause)
        if clause is None:
            clause = _past_when_description(span)  # "Ida, a Category 1 when it crossed ..."
            dated = clause is not None
        if clause is None and claim.metric and rules.metric(claim.metric).state_value:
            # "the cost of Hurricane Iris, which came ashore on Monday as a Category 4": a
            # clause set off on any other noun, said of the storm only against later news
            clause = _set_off_relative_clause(span)
            dated = clause is not None and _past(clause)
        if (
            clause is None
            and claim.modality == "asserted"
            and claim.metric
            and rules.metric(claim.metric).state_value
        ):
            # "Teddy, a Category 4 hurricane last week, was expected to reach ...": a
            # description its own date sets before the news, beside a main clause of now
            aside = _earlier_description(span, published)
            if aside is not None and not _simple_past(aside.head.head):
                claim = claim.model_copy(update={"modality": "recap"})
                where[id(claim)] = span
        if claim.modality == "asserted" and claim.metric and clause is not None and dated:
            verb = (
                clause.head.head if clause.head.dep_ in ("nsubj", "nsubjpass") else clause.sent.root
            )
            inside = range(clause.left_edge.i, clause.right_edge.i + 1)
            if (
                any(
                    c.metric == claim.metric
                    and c.value != claim.value
                    and c.modality in ("asserted", "forecast", "hedged")
                    and where[id(c)].start not in inside
                    and any(t.i == verb.i for t in where[id(c)][-1].ancestors)
                    for c, _ in found
                )
                or (
                    rules.metric(claim.metric).state_value
                    and (_later_than_clause(verb, clause, published) or _norm(verb) in EASING)
                )
                or _other_news_than_captures(verb, clause, rules.metric(claim.metric))
            ):
                claim = claim.model_copy(update={"modality": "recap"})
                where[id(claim)] = span
        out.append((claim, ordinal))
    return out


def _other_news_than_captures(verb: Token, clause: Token, metric: MetricRule) -> bool:
    """ "The Taliban, who took all but one of the 34 provincial capitals in ten days, held
    their first news conference in Kabul on Tuesday": a count of captures in a past relative
    clause on the subject of a main clause that tells another act (no verb of taking or
    holding places, or one whose object is no place: "held a news conference") is the
    background of that news (recap), as a capture told so is (round 34)."""
    if clause.head.dep_ not in ("nsubj", "nsubjpass") or not (
        metric.loser_predicates or metric.elsewhere
    ):
        return False
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() in ("be", "become"):
        return False
    taking = {p for o in metric.objects for p in o.predicates}
    if verb.lemma_.lower() not in taking:
        return True
    objects = [c for c in verb.children if c.dep_ in ("dobj", "attr")]
    return bool(objects) and all(
        o.pos_ == "NOUN"
        and o.ent_type_ not in ("GPE", "LOC", "FAC")
        and not any(t.pos_ == "NUM" for t in o.subtree)
        and o.lemma_.lower() not in {n.split()[-1] for ob in metric.objects for n in ob.nouns}
        for o in objects
    )


def _later_than_clause(verb: Token, clause: Token, published: date | None) -> bool:
    """The main verb tells a later time than the clause that describes its subject: it is
    in the present or present perfect ("has killed 41", "has weakened"), or its own day
    falls after the clause's ("was blamed on Wednesday" after "late on Monday"). Not a
    clause of change, whose value stands ("Milton, which had weakened to a Category 4
    overnight, ..."), nor a main verb of news to come ("is expected to make landfall")."""
    if verb.pos_ not in ("VERB", "AUX") or _modal_verb(verb) or _norm(clause) in CHANGE_VERBS:
        return False
    if any(c.dep_ == "xcomp" for c in verb.children):
        return False
    if _states_present(verb):
        return True
    if published is None:
        return False
    inside = {t.i for t in clause.subtree}

    def day(tokens: Iterable[Token]) -> date | None:
        days = [t.lower_ for t in tokens if t.lower_ in WEEKDAYS]
        return resolve_date(days[0], published, latest=True) if days else None

    theirs = day(t for t in verb.subtree if t.i not in inside)
    mine = day(clause.subtree)
    return theirs is not None and mine is not None and theirs > mine


def _increments(
    found: list[tuple[Claim, bool]], where: dict[int, Span]
) -> list[tuple[Claim, bool]]:
    """ "reported two deaths on Thursday, bringing the toll to 14": a count whose clause a
    gerund of moving a total ('bringing', 'raising', 'taking') follows, that total of the
    same metric larger, is the increment, no running total."""
    out = []
    for claim, ordinal in found:
        span = where[id(claim)]
        verb = _first_verb(span[-1])
        moved = [
            g
            for g in (verb.children if verb is not None else [])
            if g.dep_ == "advcl" and g.tag_ == "VBG" and _norm(g) in MOVING and g.i > span.end
        ]
        if (
            not ordinal
            and claim.modality == "asserted"
            and any(
                c.metric == claim.metric
                and c.value > claim.value
                and any(g.is_ancestor(where[id(c)][-1]) for g in moved)
                for c, _ in found
            )
        ):
            continue
        out.append((claim, ordinal))
    return out


def _present(number: Span) -> bool:
    """The count's own verb is in the present perfect or the present ("has burned 700
    acres", "stands at 40"): a value that holds now."""
    verb = _first_verb(number[-1])
    if verb is None or any(t.dep_ == "appos" for t in _path(number[-1], verb)):
        return False  # "Beryl, a Category 5 as it passed ..., has since weakened": a description
    return verb.tag_ in ("VBZ", "VBP") or any(
        c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children
    )


def _past(verb: Token) -> bool:
    """A simple past or past perfect ("which struck", "which had reached"); not "which
    has taken", a count still current."""
    if any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children):
        return False
    return verb.tag_ == "VBD" or any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)


def _relative_clause(span: Span) -> Token | None:
    """The relative clause the figure stands in, when it describes the subject of a
    verb ("The storm, which had reached ..., weakened")."""
    for token in span[-1].ancestors:
        if token.dep_ == "relcl":
            if token.head.dep_ in ("nsubj", "nsubjpass") and token.head.head.pos_ in (
                "VERB",
                "AUX",
            ):
                return token
            return None
    return None


def _set_off_relative_clause(span: Span) -> Token | None:
    """The relative clause the figure stands in, set off by a comma from the noun it
    describes ("..., which struck the coast on Sunday as ...", "..., where it came ashore
    ..."): an aside on that noun, not a restriction of it."""
    clause = next((t for t in span[-1].ancestors if t.dep_ == "relcl"), None)
    if clause is None or clause.head.i + 1 >= len(clause.doc):
        return None
    return clause if clause.doc[clause.head.i + 1].text == "," else None


def _past_when_description(span: Span) -> Token | None:
    """ "Ida, a Category 1 storm when it crossed Cuba on Friday, is expected to ...": an
    apposition on the subject that its own past "when" clause dates (the apposition). The
    parser may hang the clause on the subject, right after the apposition ("Ombra, a
    Category 2 storm when it crossed the keys overnight, has killed four")."""
    for token in span[-1].ancestors:
        if token.dep_ == "appos":
            if token.head.dep_ not in ("nsubj", "nsubjpass"):
                return None
            after = [c for c in token.head.children if c.i > token.i]
            if any(
                c.dep_ in ("advcl", "relcl")
                and c.tag_ == "VBD"
                and any(w.lower_ in ("when", "as") for w in c.children if w.i < c.i)
                for c in (*token.children, *after)
            ) or _at_peak(token):
                return token
            return None
    return None


# words that set a date phrase before the news ("last week", "two days ago", "earlier")
BEFORE_NEWS = {"last", "ago", "earlier", "yesterday", "previous"}


def _earlier_description(span: Span, published: date | None) -> Token | None:
    """The phrase set off by commas on the subject that holds the figure with no verb of
    its own ("Teddy, a Category 4 hurricane last week, ...", "Pim, a Category 2 earlier in
    the week, ..."), when its own date phrase, or one the parser hangs on the subject right
    after it, falls before the news (a day before publication, "last", "ago", "earlier")."""
    part = span[-1]
    while part.head.i != part.i and part.head.dep_ not in ("nsubj", "nsubjpass"):
        if part.pos_ in ("VERB", "AUX"):
            return None
        part = part.head
    subject = part.head
    if (
        part.pos_ in ("VERB", "AUX")
        or subject.dep_ not in ("nsubj", "nsubjpass")
        or part.i < subject.i
        or part.left_edge.i < 1
        or part.doc[part.left_edge.i - 1].text != ","
    ):
        return None
    if any(t.lower_ == "now" for t in part.subtree):
        return None  # "now the equivalent of a Category 2 after peaking ... on Tuesday"
    # (the description's own date, not one of a clause inside it: "after peaking on Tuesday")
    dates = [
        t
        for t in _description_dates(part)
        if not any(a.pos_ in ("VERB", "AUX") for a in t.ancestors if part.is_ancestor(a))
    ]
    if not dates:
        return None
    end = max(t.i for t in dates)
    if any(t.lower_ in BEFORE_NEWS for t in part.doc[part.left_edge.i : end + 1]):
        return part
    when = resolve_date(" ".join(t.text for t in dates), published)
    return part if when is not None and published is not None and when < published else None


def _simple_past(verb: Token) -> bool:
    """A verb in the simple past ("hit", "crossed"), not the past perfect."""
    return verb.tag_ == "VBD" and not any(c.lower_ in ("had", "'d") for c in verb.children)


def _at_peak(token: Token) -> bool:
    """ "The typhoon, a Category 5 at its peak, has weakened to ...": the description of a
    state at its height, before the main clause moved it."""
    return any(
        c.dep_ == "prep" and c.lower_ == "at" and any(p.lemma_ == "peak" for p in c.children)
        for c in token.children
    )


# adverbs that set a description in the past ("Gustavo, once a Category 3, is now ...")
FORMER = {"once", "formerly", "previously", "earlier"}


def _former_description(number: Span) -> bool:
    """A value in an apposition or description an adverb of a former time sets back."""
    for token in number[-1].ancestors:
        if token.dep_ == "appos":
            # ("Sandy, a Category 1 hurricane until shortly before landfall, ...": the
            # description held until a time, the "until" hung on the appositive or its head)
            until = [c for c in (*token.children, *token.head.children) if c.i > token.i]
            return any(c.dep_ == "advmod" and c.lower_ in FORMER for c in token.children) or any(
                c.dep_ == "prep"
                and c.lower_ in ("until", "till")
                or c.dep_ == "advcl"
                and any(m.dep_ == "mark" and m.lower_ in ("until", "till") for m in c.children)
                for c in until
            )
        if token.pos_ in ("VERB", "AUX"):
            return False
    return False


# things that imagine a disaster, and verbs of imagining one
# (a model's figure is a forecast: "modelling suggests the outbreak could top 20,000")
SCENARIOS = {"exercise", "drill", "simulation", "scenario", "film", "movie", "novel", "game",
             "rehearsal", "hypothetical", "script"}  # fmt: skip
IMAGINING = {"imagine", "simulate", "envisage", "envision", "assume", "depict", "suppose",
             "picture", "rehearse", "posit", "portray", "stage"}  # fmt: skip


def _imagined(number: Span, verb: Token | None) -> bool:
    """ "The exercise imagines an earthquake that kills 2,000", "In the drill, a tsunami
    kills 800", "the scenario assumes 40,000 cases": a count a scenario, drill or film
    tells, or a verb of imagining takes, is no report."""
    if verb is None:
        return False
    # (the scenario's own events are told in the present: "a storm kills 500"; not "the
    # quake killed 40 during a school exercise")
    present = verb.tag_ in ("VBZ", "VBP") and not any(c.dep_ == "aux" for c in verb.children)
    for token in [verb, *verb.ancestors]:
        if token.pos_ in ("VERB", "AUX") and _norm(token) in IMAGINING:
            return True
        for child in token.children if present else ():
            if child.dep_ in ("nsubj", "nsubjpass") and _norm(child) in SCENARIOS:
                return True
            if (
                child.dep_ == "prep"
                and child.lower_ in ("in", "during")
                and any(o.dep_ == "pobj" and _norm(o) in SCENARIOS for o in child.children)
            ):
                return True
    return False


def _forecast_said(number: Span) -> bool:
    """A figure a forecast gives, told now or in the past ("earlier forecasts had the
    storm reaching land as a Category 1", "the projections put the toll at 400"): the
    verb of its clause, or one it complements, has a noun of forecasting as subject."""
    for token in number[-1].ancestors:
        if token.pos_ not in ("VERB", "AUX"):
            continue
        if any(c.dep_ == "nsubj" and _norm(c) in FORECASTS for c in token.children):
            return True
        if token.dep_ not in ("ccomp", "xcomp"):
            return False
    return False


def _earlier_relative_clause(span: Span) -> Token | None:
    """ "... neared the coast that Eta struck as a Category 4 two weeks earlier", "the
    town it had hit as a Category 3": a relative clause on any other noun that the past
    perfect or a word of an earlier time ("earlier", "ago", "before") sets back."""
    clause = next((t for t in span[-1].ancestors if t.dep_ == "relcl"), None)
    if clause is None or clause.head.dep_ in ("nsubj", "nsubjpass"):
        return None
    perfect = any(c.dep_ == "aux" and c.lower_ == "had" for c in clause.children)
    earlier = any(t.lower_ in ANTERIOR for t in clause.subtree)
    return clause if perfect or earlier else None


def _before(span: Span, n: int) -> Span:
    return span.doc[max(span.sent.start, span.start - n) : span.start]


def _breakdowns(
    found: list[tuple[Claim, bool]], where: dict[int, Span]
) -> list[tuple[Claim, bool]]:
    """ "rose to 240 — 180 in the port and 60 in the delta", "reached 3,100: 2,400 in the
    capital ...": figures after a dash or colon that split a larger one are its parts; so
    are figures after it that a named place sets apart ("passed 500, with 223 dead in Nova
    Friburgo and 213 in Teresopolis")."""
    out = []
    for claim, ordinal in found:
        span = where[id(claim)]
        whole = any(
            other.metric == claim.metric
            and other.modality == "asserted"
            and other.value > claim.value
            and where[id(other)].end <= span.start
            and (
                any(t.text in BREAK_MARKS for t in span.doc[where[id(other)].end : span.start])
                # (not beside a first figure with its own place: "300 cases in Kenya, 120
                # cases in Uganda" lists parallel counts)
                or _named_part(span)
                and not _named_part(where[id(other)])
            )
            # (rows of one list are its items: "Kora – 212 cases; Ambel – 87 cases")
            and not (_row_figure(span) and _row_figure(where[id(other)]))
            for other, _ in found
        )
        parts = not ordinal and any(
            other.metric == claim.metric
            and other.modality == claim.modality
            and other.value > claim.value
            and where[id(other)].end <= span.start
            and _sum_of_parts(where[id(other)], span, other.value)
            for other, _ in found
        )
        if not (whole and claim.modality == "asserted" and not ordinal) and not parts:
            out.append((claim, ordinal))
    return out


def _named_part(number: Span) -> bool:
    """A figure a named place sets apart ("223 dead in Nova Friburgo", "61 people in Hilo",
    "12 at Ostwick"); not "19 of them tested positive", a kind within those counted."""
    doc = number.doc
    after = doc[number.end : min(number.end + 4, number.sent.end)]
    for i, token in enumerate(after[:-1]):
        if token.lower_ in PART_PREPOSITIONS:
            place = after[i + 1]
            return place.pos_ == "PROPN" or place.ent_type_ in ("GPE", "LOC", "FAC")
        if token.pos_ not in ("NOUN", "ADJ"):
            return False  # ("223 dead in ...", "61 people in ...": the counted word between)
    return False


def _sum_of_parts(whole: Span, part: Span, value: float) -> bool:
    """ "all 142 people on board, 130 passengers and 12 crew", "killed 58 people, 40 of them
    in the port and 18 in the hills": figures after the whole that add up to it, the part
    among them, break it down."""
    doc = whole.doc
    figures: list[tuple[int, float]] = []
    for token in doc[whole.end : part.sent.end]:
        group = token.head if token.dep_ == "nummod" else token
        if group.dep_ == "pobj" and group.head.lower_ == "of" and group.head.head.like_num:
            continue  # "165 of the 226 on board": the group the part is taken from
        if token.like_num and not (token.i > 0 and doc[token.i - 1].like_num):
            figure = parse_number(token.text)
            if figure is not None:
                figures.append((token.i, figure))
    total = 0.0
    for i, figure in figures:
        total += figure
        if total > value:
            return False
        if total == value:
            return i >= part.start and len(figures) > 1
    return False


def _milestones(
    found: list[tuple[Claim, bool]], where: dict[int, Span]
) -> list[tuple[Claim, bool]]:
    """ "reached 1,017 on Saturday, the first time the toll has passed 1,000": a lower
    bound the exact figure of the same count in the sentence already meets is the
    milestone it passed, not a claim of its own. Not beside another event's count named to
    place the news in time ("killed at least 31 on Friday, less than a year after 157
    villagers died there", `_after_other_event`): that is no figure of the same count."""
    exact = [
        c
        for c, _ in found
        if c.modality == "asserted"
        and c.bound == "exact"
        and c.total is None
        and not any(_after_other_event(a) for a in where[id(c)][-1].ancestors)
    ]
    return [
        (claim, ordinal)
        for claim, ordinal in found
        if not (
            claim.modality == "asserted"
            and claim.bound in ("more_than", "at_least")
            and any(
                e.metric == claim.metric and e.value > claim.value and e.subject == claim.subject
                for e in exact
            )
        )
    ]


def _listed_bounds(
    found: list[tuple[Claim, bool]], where: dict[int, Span]
) -> list[tuple[Claim, bool]]:
    """ "about 2,170 acres for one fire, 3,240 acres for another and 678 for a third":
    an "about" before the first figure of a list (no verb between them) covers the list."""
    out: list[tuple[Claim, bool]] = []
    for claim, ordinal in found:
        previous = out[-1][0] if out else None
        if (
            previous is not None
            and previous.bound == "about"
            and claim.bound == "exact"
            and claim.metric == previous.metric
            and claim.modality == previous.modality
        ):
            span, before = where[id(claim)], where[id(previous)]
            between = span.doc[before.end : span.start]
            # (not into a gapped clause with its own subject: "burned nearly 20,000 acres
            # and the Creek Fire 8,000 acres" bounds only the first)
            if (
                any(t.text == "," or t.lower_ == "and" for t in between)
                and not any(t.pos_ in ("VERB", "AUX") for t in between)
                and not _own_subject_before(between)
            ):
                claim = claim.model_copy(update={"bound": "about"})
                where[id(claim)] = span
        out.append((claim, ordinal))
    return out


def _own_subject_before(between: Span) -> bool:
    """A name right before a listed figure, after the last comma or "and", is the subject
    of a gapped clause of its own ("..., and the Creek Fire 13,690 acres"; not "the Creek
    fire at 800 acres", a list item whose figure a preposition takes)."""
    marks = [t.i for t in between if t.text == "," or t.lower_ == "and"]
    return bool(marks) and marks[-1] < between.end - 1 and between[-1].pos_ == "PROPN"


BODIES = {"body", "bodies", "corpse", "corpses", "remains"}


def _bodies_beside_toll(found: list[tuple[Claim, bool]]) -> list[tuple[Claim, bool]]:
    """ "all 67 people on board were killed; divers have recovered 28 bodies": bodies found
    beside a larger toll of the same dead are the part found so far, not the toll."""

    def bodies(claim: Claim) -> bool:
        words = (claim.object or "").lower().split()
        return bool(words) and words[-1] in BODIES

    tolls = [
        # (a feared or estimated toll leaves the bodies found the count: "more than 2,000
        # buried alive, it believed; only six bodies have been recovered")
        c
        for c, _ in found
        if not bodies(c) and c.modality in ("asserted", "recap")
    ]
    return [
        (c, ordinal)
        for c, ordinal in found
        if not (bodies(c) and any(t.metric == c.metric and t.value > c.value for t in tolls))
    ]


def _later_ordinals(found: list[tuple[Claim, bool]]) -> list[tuple[Claim, bool]]:
    """ "Herat fell on Thursday, making it the 11th provincial capital taken; Kandahar
    followed overnight, the 12th": of two ranks in one running count told in a sentence, the
    lower is the count before the later capture (recap); a running count only grows."""
    ranks = [c for c, ordinal in found if ordinal and c.modality == "asserted"]
    return [
        (claim.model_copy(update={"modality": "recap"}), ordinal)
        if ordinal
        and claim.modality == "asserted"
        and any(
            r.metric == claim.metric and r.subject == claim.subject and r.value > claim.value
            for r in ranks
        )
        else (claim, ordinal)
        for claim, ordinal in found
    ]


def _kind_ordinals(
    found: list[tuple[Claim, bool]], where: dict[int, Span]
) -> list[tuple[Claim, bool]]:
    """ "The death of a second nurse makes her the 14th fatality of the outbreak": an
    indefinite ordinal beside a definite, larger one of the same count ranks one kind within
    it; the definite one is the running count."""

    def indefinite(claim: Claim) -> bool:
        span = where[id(claim)]
        return span.start > 0 and span.doc[span.start - 1].lower_ in ("a", "an")

    definite = [
        c for c, ordinal in found if ordinal and c.modality == "asserted" and not indefinite(c)
    ]
    return [
        (c, ordinal)
        for c, ordinal in found
        if not (
            ordinal
            and indefinite(c)
            and any(d.metric == c.metric and d.value > c.value for d in definite)
        )
    ]


def _totals_over_ordinals(found: list[tuple[Claim, bool]]) -> list[tuple[Claim, bool]]:
    """ "the third capital to go on a day that saw the tally climb to 12": where a
    sentence gives an ordinal and a count of the same metric, the count is the total."""
    counts = {
        (c.metric, c.value, c.subject)
        for c, ordinal in found
        if not ordinal and c.modality == "asserted"
    }
    # ("The US confirmed its first case, and China's count climbed to 440": the
    # ordinal and the count have subjects of their own, so each counts its own)
    return [
        (c, ordinal)
        for c, ordinal in found
        if not ordinal
        or c.modality != "asserted"
        or not any(
            m == c.metric and v != c.value and _same_subject(s, c.subject) for m, v, s in counts
        )
    ]


def _same_subject(one: str, other: str) -> bool:
    return one == other or "unknown" in (one, other)


def _named_apart(one: str, other: str) -> bool:
    """Two subjects named by different names ("Judy crossed Efate as a Category 4 on
    Wednesday, and Kevin passed Tanna on Friday as a Category 5"): two storms, fires or
    places, each with its own value, not one count told at two times."""
    names = [{w for w in s.split() if w[:1].isupper() and w != "The"} for s in (one, other)]
    return bool(names[0] - names[1]) and bool(names[1] - names[0])


def _older_values(
    found: list[tuple[Claim, bool]], state: _State, where: dict[int, Span], rules: RulePack
) -> list[tuple[Claim, bool]]:
    """ "On Wednesday they held nine; by Friday the count stood at 17", "a Category 3 on
    Wednesday, has since weakened to a Category 2": where one sentence gives two values
    of a metric, the one dated earlier, or the one beside a value said to hold "since"
    or "now", is a recap; a value told in the present perfect or present is current too
    ("now puts the Sawtooth Fire at 12,000 acres; the Mesa Fire has burned 700 acres")."""
    asserted = [c for c, _ in found if c.modality == "asserted"]
    when = {
        id(c): resolve_date(c.time, state.published, latest=True)
        if c.time and state.published
        else None
        for c in asserted
    }
    out = []
    for claim, ordinal in found:
        older = any(
            other.metric == claim.metric
            and other.value != claim.value
            and not _named_apart(other.subject, claim.subject)
            and (
                (when[id(other)] or date.min) > (when.get(id(claim)) or date.max)
                or id(other) in state.current
                and id(claim) not in state.current
                and not (id(claim) in where and _present(where[id(claim)]))
            )
            for other in asserted
        )
        held = bool(claim.metric and rules.metric(claim.metric).state_value)
        if claim.modality == "asserted" and (older or _changed_since(claim, found, where, held)):
            claim = claim.model_copy(update={"modality": "recap"})
        out.append((claim, ordinal))
    return out


# verbs of a state easing off: said of a subject whose relative clause gives its state
# ("Bolaven, which peaked as a Category 4 near Okinawa, weakened before ..."), they leave
# that state behind
EASING = {"weaken", "downgrade", "degrade", "ease", "diminish", "subside", "wane", "fade",
          "decay", "lessen", "abate", "dissipate"}  # fmt: skip
# verbs of a state changing to another ("strengthened into a Category 5", "has weakened to")
CHANGE_VERBS = {"strengthen", "weaken", "intensify", "upgrade", "downgrade", "become", "grow",
                "deepen", "degrade", "explode", "regain", "ramp", "escalate",
                # every verb of a state easing off ("it had eased to a Category 4")
                "ease", "drop", "fall", "slip", "decline", "diminish", "subside", "wane",
                "fade", "decay", "lessen", "abate", "dip", "sink"}  # fmt: skip


def _changed_since(
    claim: Claim, found: list[tuple[Claim, bool]], where: dict[int, Span], held: bool = False
) -> bool:
    """ "made landfall as a Category 4 on Monday, then strengthened into a Category 5",
    "came ashore as a Category 3 and has since weakened to a Category 1", "the toll stood
    at 19; by midnight it had risen to 26": a value told in a simple past before a verb of
    change or growth moves it to another is the older one. So is a state (`held`: a storm's
    category) a verb of change reached before a later one moves it on ("strengthened to a
    Category 4 overnight, then weakened to a Category 3 by Thursday"); not a count a verb
    of growth reached ("cases rose to 200 in A and grew to 50 in B": two places'), nor one
    an "after" clause tells came first ("exploded into a Category 5, a day after it first
    became a Category 1")."""
    span = where.get(id(claim))
    verb = _first_verb(span[-1]) if span is not None else None
    if span is None or verb is None or verb.tag_ != "VBD":
        return False
    moved = _norm(verb) in CHANGE_VERBS
    if moved and not held:
        return False
    peaked = _norm(verb) == "peak"  # "peaked as a Category 4 ..., but made landfall as a 3"
    for other, _ in found:
        there = where.get(id(other))
        if (
            there is None
            or other.metric != claim.metric
            or other.value == claim.value
            or other.modality != "asserted"  # ("is forecast to strengthen to 4": not yet)
            or not _same_subject(other.subject, claim.subject)  # (another country's count)
            or there.start <= span.end
        ):
            continue
        if peaked:
            return True
        changer = _first_verb(there[-1])
        # ("the toll stood at 19; by midnight it had risen to 26": a count grows on)
        changing = CHANGE_VERBS | (GROWTH_VERBS - {"burn", "spread"})
        if changer is not None and changer.i != verb.i and _norm(changer) in changing:
            # (a state moved on by a later move of its own: a conjunct of the verb, or a
            # clause on it with no word setting it before or apart, ", then weakened")
            later = (
                changer.dep_ == "conj"
                or changer.dep_ == "advcl"
                and not any(c.dep_ == "mark" for c in changer.children)
            )
            if not moved or later and changer.head.i == verb.i:
                return True
    return False


@dataclass
class _State:
    """What earlier sentences of the article tell later ones."""

    published: date | None = None
    dated: bool = True
    subjects: dict[str, str] = field(default_factory=dict)
    last_metric: str | None = None
    text: str = ""  # the article in lower case, spaced at both ends
    current: set[int] = field(default_factory=set)  # ids of claims said to hold "since"
    windowed: set[int] = field(default_factory=set)  # ids of counts over several days
    spanned: set[int] = field(default_factory=set)  # ...in a labelled window, or "X alone"
    apart: set[int] = field(default_factory=set)  # ...told as a part ("Seville, where 40 died")
    batch: set[int] = field(default_factory=set)  # ...told as added late ("a backlog of 300")
    singles: set[tuple[str | None, str]] = field(default_factory=set)  # one told as "a"
    placed: set[int] = field(default_factory=set)  # ...of the dead of one place ("at the scene")
    named: str | None = None  # the metric of a count this sentence names ("the toll rose")
    before: str | None = None  # ... and the one the sentence before named
    question: str | None = None  # the metric a "How many people died?" asks about
    asked: str | None = None  # ... the one the sentence before asked about
    last_ordinal: bool = False  # the last claim's figure was an ordinal ("the tenth")
    story: str | None = None  # the one metric the article's keywords name ("" for none)
    # (metric, value, day) of deeds a few days old told in a clause of their own: asserted
    # unless the passage gives another value of the count (processors.modality.aged_alone)
    aged: set[tuple[str, float, str | None]] = field(default_factory=set)
    # ...and of counts told in the past perfect ("the toll had stood at 96"): older than a
    # value of the same count the passage tells otherwise (processors.modality.told_before)
    pluperfect: set[tuple[str, float, str | None]] = field(default_factory=set)
    # (with those, the counts an earlier report gave: "Early reports counted three dead")
    sourced: set[tuple[str, float, str | None]] = field(default_factory=set)  # ...its subject
    # ...and of counts dated to the past (a year, a day long before publication): a recap
    # only where the passage also tells later news (processors.modality.past_alone)
    dated_past: set[tuple[str, float, str | None]] = field(default_factory=set)
    # ...of those, the counts of a finished event's deeds told in a clause describing the
    # event ("over the 2009 earthquake, which killed 309 people"; no state value, no rank)
    dated_deeds: set[tuple[str, float, str | None]] = field(default_factory=set)
    # ...of counts told in the past at an earlier time ("On Friday the count stood at 131")
    # and of counts told as they stand ("now puts the toll at 224"): the first are older
    # than a value of the second (processors.modality.superseded)
    then: set[tuple[str, float, str | None]] = field(default_factory=set)
    now: set[tuple[str, float, str | None]] = field(default_factory=set)
    now_said: set[tuple[str, float, str | None]] = field(default_factory=set)  # ..."now"
    # (metric, value) of a rival figure a teller sets against another's (`_rival_figure`)
    rivals: set[tuple[str, float]] = field(default_factory=set)
    # ...of counts of another event named to place the news in time ("came a month after a
    # mudslide killed 27"): background beside the news's own value (`_anchor_beside_news`)
    anchored: set[tuple[str, float, str | None]] = field(default_factory=set)
    # ...of counts told where they stood "by then", an earlier time (`_by_then_past`)
    staged: set[tuple[str, float, str | None]] = field(default_factory=set)
    # ...of counts of a past day a teller gives now ("Amnesty says ... killed at least 66
    # ... on September 30"): one side of a rival pair the next sentence may answer
    given_now: set[tuple[str, float, str | None]] = field(default_factory=set)
    # ...of figures set against another with "far above", "well below" ("89 were killed, far
    # above the 25 it reported on the day"), with whether another teller gave it
    compared: dict[tuple[str, float, str | None], bool] = field(default_factory=dict)
    written: Span | None = None  # the sentence being read, as written (see `_next_sentence`)


def _may_hold_claim(sent: Span) -> bool:
    return any(t.like_num or t.lower_ in ("dozen", "half") or _told_singly(t) for t in sent)


@lru_cache(maxsize=4)
def _number_matcher(vocab: Vocab) -> Matcher:
    matcher = Matcher(vocab)
    fractions = sorted(DENOMINATORS)
    ordinals = sorted(set(ORDINAL_UNITS) | set(ORDINAL_TENS))
    num = {"LIKE_NUM": True}
    units = sorted(UNITS)
    words = sorted(set(UNITS) | set(TENS))
    matcher.add(
        "NUMBER",
        [
            [{"LIKE_NUM": True, "OP": "+"}],
            # "20-30", "20- 30": a range; "Oct. 3 - 40 people died": a dateline's day and a
            # figure (a dash spaced on both sides joins no range)
            [{"LIKE_NUM": True, "SPACY": False}, {"ORTH": "-"}, num],
            [num, {"ORTH": "-", "SPACY": False}, num],
            # "one hundred and twelve", "two thousand and forty-one": one number in words
            [
                {"LIKE_NUM": True, "OP": "*"},
                {"LOWER": {"IN": ["hundred", "thousand"]}},
                {"LOWER": "and"},
                {"LOWER": {"IN": words}},
                {"ORTH": "-", "OP": "?"},
                {"LOWER": {"IN": units}, "OP": "?"},
            ],
            # "20-plus", "1 million-plus"
            [{"LIKE_NUM": True, "OP": "+"}, {"ORTH": "-", "OP": "?"}, {"LOWER": "plus"}],
            [num, {"ORTH": "+"}],
            [{"LIKE_NUM": True, "OP": "?"}, {"LOWER": "dozen"}],
            [{"LOWER": {"IN": ["a", "an"]}}, {"LOWER": "dozen"}],
            # "more than a million acres", "nearly a thousand": the article is the number's
            [{"LOWER": {"IN": ["a", "an"]}}, {"LOWER": {"IN": ["hundred", "thousand", "million"]}}],
            # "half a million hectares", "half a dozen towns": one number, not a share
            [
                {"LOWER": "half"},
                {"LOWER": {"IN": ["a", "an"]}},
                {"LOWER": {"IN": ["dozen", "hundred", "thousand", "million", "billion"]}},
            ],
            [num, {"ORTH": "-", "OP": "?"}, {"LOWER": {"IN": fractions}}],
            [
                {"LOWER": {"IN": ["a", "one"]}},
                {"ORTH": "-", "OP": "?"},
                {"LOWER": {"IN": fractions}},
            ],
            [{"LOWER": "half"}],
            [num, {"LOWER": {"IN": ["%", "percent"]}}],
            [num, {"LOWER": "per"}, {"LOWER": "cent"}],
            [{"LOWER": {"IN": ordinals}}],
            [num, {"ORTH": "-"}, {"LOWER": {"IN": ordinals}}],
        ],
        greedy="LONGEST",
    )
    return matcher


def _claim(
    number: Span,
    sent: Span,
    rules: RulePack,
    other_story: bool,
    state: _State,
) -> Claim | None:
    quantity = _quantity(number)
    if quantity is None or _superlative(number) or _is_year(number) or _year_label(number):
        return None
    short = any(
        t.lower_ == "of" and t.head.lower_ in rules.shortfall_words for t in number[-1].ancestors
    )
    if _remainder(number):
        return None  # "12 capitals down, 22 to go"
    if _identifier(number):
        return None  # "UPDATE 3", "Flash update #3", "Situation report no. 7", "Episode 12"
    if _day_of_month(number) or _day_ordinal(number):
        return None  # "ISLAMABAD, Oct 9 - At least ...", "on 14 March", "on the 20th": a date
    if _is_age(number[-1]):
        return None  # "children under five", "residents aged 12 to 15"
    if _pieces(number):
        return None  # "the jet broke in two": the pieces a thing broke into, no count
    if _whole_alone(number):
        return None  # "(running tally, of 34)": the whole a table's rows count within
    if _fronted_whole(number):
        return None  # "Of the 34 passengers, all but one died": the whole, not the count
    if _demonstrative(number) or _elided_time(number):
        return None  # "with these two and Qalat", "cut off within a month and taken within three"
    if _rate(number) or _population(number) or _comparison_standard(number):
        return None  # "3 per 100,000", "a city of 300,000 people", "larger than X's 9,000"
    if quantity.kind == "ordinal" and _paired_ordinal(number[-1]) is not None:
        return None  # "the seventh and eighth capitals": the pair is read at its first
    root = number[-1]
    if (
        root.dep_ == "pobj"
        and root.head.lower_ == "of"
        and root.head.head.like_num
        and not _infected_group(number)
    ):
        return None  # "two of the six have died": the six is the group, told before
    found: tuple[Token, Token | None, Token | None, MetricRule] | None = (
        _killed_part(number, rules)
        or _infected_whole(number, rules)
        or _part_dead(number, rules)
        or _confirmed_part(number, rules, state)
    )
    moved = False  # counted with the `elsewhere` metric (its subject may stay unnamed)
    cell = _table_cell(number)  # "Deaths: 41 | Recovered: 1,650": the label is the noun
    nouns = _counted_nouns(number, rules.scale_nouns) if cell is None else cell
    misread = _verb_read_as_counted(number)
    if misread is not None:
        nouns = [*nouns, (misread, None, False)]  # "The official toll of 57 counts only ..."
    placed = _placed_before_pair(number)
    if placed is not None:
        nouns = [(placed, None, False), *nouns]  # "the toll at 54 and 86 people missing"
    for noun, total_token, modifies in [] if found else nouns:
        if (
            _is_total_of_other(number, noun)
            and not _whole_of_other_count(number, noun, rules)
            and not _infected_group(number)
        ):
            return None
        if quantity.kind == "ordinal" and number[-1].head.i == noun.i and _is_rank(noun, rules):
            return None
        if (
            quantity.kind == "ordinal"
            and number[-1].head.i == noun.i
            and quantity.value != 1
            and _record(noun)
        ):
            # "the third death in a decade": a record of deaths of that kind ("the
            # territory's first case in 25 years", "the first such death in a decade" are
            # a count of one: "such" points back at the kind of death just named)
            return None
        if (
            quantity.kind == "ordinal"
            and number[-1].head.i == noun.i
            and (_norm(noun) in rules.count_nouns or _norm(noun) in REPORTS)
        ):
            return None  # "the first official toll", "its second estimate": a report
        counted = number[-1].head
        if (
            quantity.kind == "cardinal"
            and number[-1].dep_ == "nummod"
            and (counted.i == noun.i or noun.head.i == counted.i and noun.dep_ == "compound")
            and counted.tag_ == "NNS"
            and (_norm(counted) in rules.count_nouns or _norm(counted) in REPORTS)
            and misread is None
        ):
            return None  # "two death tolls", "three case counts": reports counted, no toll
        partitive = noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head == root
        if (
            quantity.value == 1
            and quantity.kind == "ordinal"
            and noun.tag_ in ("NNS", "NNPS")
            and not partitive
        ):
            # "its first cholera deaths": how many, the text does not say (but "the first of
            # the 34 capitals to fall" is one of them)
            return None
        verb = _governing_verb(noun, number)
        if placed is not None and noun.i == placed.i:
            verb = None  # "with the toll at 54 and 86 people still unaccounted for": verbless
        listed = bool(cell) and _listed_cell(number)
        if listed and _parts_hedged(number, rules):
            return None  # "cases 51 (confirmed 24, probable 27)": no confirmed count
        match = None if listed else _metric_for(noun, number, rules, modifies, verb, state)
        if match is None and cell:
            # "Cases: 2,310 |"; in a list's cell the label alone: "cases 14; deaths 4"
            # (a label of persons says nothing of their fate, "Crews: 800", but a speaker's,
            # in capitals, before a count stays read: "GUEST: Four hundred")
            label_only = listed or not noun.text.isupper()
            verb, match = None, _labelled_metric(noun, rules, label_only)
            if match is None and _norm(noun) in rules.count_nouns:
                match = _header_metric(noun, rules)  # "deaths by country: ... | total 391"
        if (
            match is not None
            and match.elsewhere
            and _elsewhere(verb, noun, match, rules, state, _total(total_token, noun, number))
        ):
            match, moved = rules.metric(match.elsewhere), True
        if match is not None:
            found = (noun, total_token, verb, match)
            break
    yearly = False  # a row of a table by year
    if found is None and cell is not None and _year_row(number):
        # "cases by year: 2022: 13 | 2023: 20 | 2024: 14": each year's count of the header's
        metric = _header_metric(number[0], rules)
        found = (number[-1], None, None, metric) if metric is not None else None
        yearly = found is not None
    if found is None and cell is not None:
        found = _dated_row_count(number, rules)  # "Fri 6 Aug: 1" under the line it counts
    if found is None and cell is not None:
        return None  # "Structures lost: 96", "Recovered: 890": a label of no count
    if found is None:
        found = (
            _elided_object(number, rules, state)
            or _pronoun_count(number, rules, state)
            or _moved_past_clause(number, rules, state)
            or _dead_after(number, rules)
            or _answered_count(number, rules, state)
            or _bare_count(number, rules, state)
            or _elided_count(number, rules, state)
            or _part_of_told_whole(number, rules, state)
            or _bracketed_restatement(number, rules)
            or _surface_subject_count(number, rules, state)
            or _listed_rank(number, sent, rules)
            or _elided_rank(number, sent, rules, state)
            or _restated_rank(number, sent, rules, state)
            or _trailing_rank(number, sent, rules, state)
            or _joined_rank(number, sent, rules, state)
            or _none_survived(number, rules)
            or _disease_found_in(number, rules)
            or _gapped_count(number, rules, state)
            or _gapped_prep_count(number, rules, state)
            or _count_at_part(number, rules, state)
            or _segment_metric(number, rules, state)
            or _placed_past_phrase(number, rules)
            or _revised_past_phrase(number, rules)
        )
    if found is None:
        return None
    noun, total_token, verb, metric = found
    if short and metric.state_value:
        return None  # "just shy of Category 5" (but "just shy of 9,000 acres" is nearly it)
    if _sized_thing(noun, metric):
        return None  # "a 400-acre farm": the size of the farm, no area burned
    if _included_part(number, noun, verb, rules):
        return None  # "the tally of 54 includes 11 people who died in hospital"
    if _listed_part(number) or _one_of_most(number):
        return None  # "rose to 33, including 12 people who drowned"; "one of the deadliest"
    if _increment(number, noun, verb, rules):
        return None  # "the 12 cases confirmed on Monday brought the total to 98"
    if _group_among(number, noun, metric):
        return None  # "76 deaths had been recorded among 222 suspected and confirmed cases"
    if quantity.kind == "cardinal" and not metric.number_after and _names_counted(number, noun):
        return None  # "captured X on Saturday and Y on Sunday, two towns on the highway"
    if _lesser_place(noun):
        return None  # "liberated five cities and 286 villages": villages are no cities
    if _defender_holds(verb):
        return None  # "the government now holds fewer than half of the 34 capitals"
    verb = _contact_clause(noun, number) or verb
    if (
        quantity.kind == "ordinal"
        and verb is not None
        and noun.dep_ == "appos"
        and (
            _norm(verb) not in {p for o in metric.objects for p in o.predicates}
            or any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)
        )
    ):
        verb = _rank_infinitive(noun) or verb
    if verb is not None and _measured(noun):
        verb = None  # "the pace ..., 17 capitals in eight days, has made ...": not its verb
    if metric.context and metric.elsewhere is None and not _in_context(metric, state):
        return None  # "Kyiv has won back 3,000 square kilometres": land, not a fire
    if (
        verb is not None
        and verb.lower_ in metric.exclude
        and not _later_figures(number, verb)
        and not _own_subject(verb, noun, number)
    ):
        return None  # "200-plus still missing"
    if _lost_other(verb, noun, number):
        return None  # "2,500 people lost their homes", "60 lost contact": no lives lost
    if metric.name == "death_toll" and (_casualties(verb, number) or _claimed_by_teller(verb)):
        return None  # "3,000 defenders were killed, captured or missing"; "claimed 4,000 prisoners"
    if metric.name == "death_toll" and _battle_losses(verb, noun):
        return None  # "30 of its soldiers had been killed in the fighting": a side's losses
    if (
        _own_state_excluded(number, metric, noun)
        and not _listed_cell(number)
        and _none_survived(number, rules) is None  # ("none of the 176 ... survived": all died)
    ):
        # (a cell of a list is its label's: "cases 310; deaths 12; recovered 250")
        return None  # "and 140 were unaccounted for", "two crew members survived"
    if (
        metric.subcounts
        and quantity.kind == "cardinal"
        and _is_subcount(number, noun, verb, rules)
        and not _other_subject(verb, noun, metric, state)
    ):
        return None
    if state.last_metric == metric.name and _part_of_those(number, verb):
        return None  # "... more than 36,000. Of those, over 31,000 died in Turkey."
    total = _total(total_token, noun, number)
    value = quantity.value
    if quantity.kind == "ordinal":
        # "became the seventh and eighth provincial capitals to fall": the count is 8
        # "the seventh, eighth and ninth": every ordinal of the list
        more = [c for c in number[-1].subtree if c.dep_ == "conj" and c.i > number[-1].i]
        value = max([value, *(_ordinal_value(c) for c in more if _paired_ordinal(c))])
    # ("None of the 34 capitals has fallen": zero; "None of the 176 aboard survived": all died)
    zero = _none_of(number) and _none_survived(number, rules) is None
    if zero:
        # "None of the 34 provincial capitals has fallen": 0 of 34; "no one died": 0
        total = value if quantity.value > 1 else total
        value = 0.0
    whole_bound: Bound | None = None
    whole_token = total_token or next(
        (c for c in noun.children if c.dep_ == "nummod" and c.i >= number.end), None
    )
    if (
        total is not None
        and whole_token is not None
        and not zero
        and quantity.kind != "ordinal"
        and _kind_within(noun, verb, metric)
    ):
        # "About 20 percent of the 5,000 cases were in children", "two of the 300 deaths
        # were in the capital": a part of a count of happenings is a kind within it; the
        # count is the whole
        whole = _quantity(number.doc[whole_token.i : whole_token.i + 1])
        whole_bound = whole.bound if whole is not None else "exact"
        value, total = total, None
    elif quantity.kind in ("fraction", "percent"):
        if total is None:
            return None  # "nearly half of the provincial capitals": a share, no count
        value = round(quantity.value * total, 2)
    if total is None and _all_of(number):
        total = value  # "all 34 of the country's provincial capitals"
    preceding = [
        t.lower_ for t in number.doc[max(number.sent.start, number.start - 2) : number.start]
    ]
    if total is not None and preceding == ["all", "but"] and quantity.kind == "cardinal":
        value = total - value  # "all but one of the 34 provincial capitals"
    if total is None and _exception_to_all(number):
        return None
    if total is not None and total < value:
        total = None  # "18 soldiers were among the 230 killed": a part is no total
    if _member_of(number):
        # "he was one of 3 people killed": one member; the group told by its event is the
        # count ("one of the 34 provincial capitals" names no count at all)
        if total is None or not any(c.dep_ in ("acl", "relcl") for c in noun.children):
            return None
        value, total = total, None
    if (
        total is None
        and quantity.kind == "cardinal"
        and (_rest_beside_survivors(number) or _part_of_fronted_group(number))
    ):
        total = _whole_before(number, quantity.value)  # "Of the 181 on board, two survived"
    if total is None and quantity.kind == "cardinal":
        total = _whole_of_them(number, quantity.value)  # "38 cases, nine of them fatal"
    if total is None and quantity.kind == "cardinal":
        total = _cases_including(number, noun, quantity.value)  # "444 cases, including 32 deaths"
    if total is None:
        total = metric.default_total
    if _converted(1.0, noun, metric) != 1.0 and _stated_in_unit(noun, metric):
        return None  # "32,000 hectares (79,000 acres)": one figure, the acres as stated
    value = _converted(value, noun, metric)
    subject = _subject(verb, noun, metric, state.subjects)
    taker = _taker(noun, verb) if moved else None
    if taker is not None and taker.pos_ in ("NOUN", "PROPN"):
        subject = _noun_phrase(taker)  # "the second capital to fall to the rebels"
    gapped = _gapped_subject(number)
    if gapped is not None and gapped.i > noun.i:
        subject = _noun_phrase(gapped)  # "..., and the Creek Fire 8,000": its own subject
    if metric.subject_required and subject == "unknown" and not moved:
        # "Homs was taken overnight, the third city the government has lost, and rebel
        # fighters were in Damascus": a city someone lost, taken by the one armed group
        # the sentence names; so too "Russian forces have taken Kherson, ..., making the
        # port the first major city to fall" (a clause of the count's own predicates)
        told = {*metric.loser_predicates, *(p for o in metric.objects for p in o.predicates)}
        to_fall = noun.dep_ == "nsubj" and noun.head.tag_ == "VB" and _norm(noun.head) in told
        if to_fall or any(c.dep_ in ("relcl", "acl") and _norm(c) in told for c in noun.children):
            subject = _group_named(sent, rules) or subject
        taker = _ranked_taker(noun, sent, metric, rules) if quantity.kind == "ordinal" else None
        if subject == "unknown" and taker is not None:
            subject = _noun_phrase(taker)
        doer = _summing_doer(noun) if subject == "unknown" else None
        if doer is not None:
            subject = _noun_phrase(doer)
        if subject == "unknown":
            return None
    state.last_metric = metric.name
    state.last_ordinal = quantity.kind == "ordinal"
    year = state.published.year if state.published is not None and state.dated else None
    reading = _reading(noun, number, verb, rules, year)
    if reading.modality != "asserted" and _summed_up_after(verb, rules):
        reading = Reading("asserted", reading.attributed_to)
    opening = number.doc[max(number.sent.start, number.start - 3) : number.start].text.lower()
    if (
        reading.modality == "negated"
        and parse_bound(opening).startswith("at_")
        and " no " in (f" {opening} ")
    ):
        # "no fewer than 14" bounds the number; its "no" negates nothing
        reading = read_modality(verb or noun, rules.modality, tokens=[noun])
    if reading.modality == "negated" and _denies_other_figure(verb, number, noun):
        reading = Reading("asserted", reading.attributed_to)  # "15 people died, not 18"
    if reading.modality == "negated" and _doubt_denied(verb, number):
        reading = Reading("asserted", reading.attributed_to)  # "has never been challenged"
    time = _time(verb, sent, number)
    description = _subject_description(noun, number, verb)
    if time is not None and description is not None:
        # "Ida, now a Category 1, is forecast to ... on Sunday": the description's own date
        own = _description_dates(description)
        time = _entity_text(own[0], sent) if own else None
    if time is None and description is not None:
        # "The 1961 storm, a Category 5, is still ...": the described subject's year
        time = _year_of(description.head) or _when_dated(description, sent)
    if time is None and verb is not None:
        time = _subject_dated(verb, sent)  # "the cyclone that hit the port in 2019 killed 600"
    modality = "other_story" if other_story else reading.modality
    if modality == "conditional" and _condition_of_next_figure(number, verb):
        modality = "asserted"  # "seven of 34 in Taliban hands, eight if Pul-e Khumri is confirmed"
    if modality == "recap" and _toll_on_the_way(verb, time):
        # "made landfall on Friday as a Category 4, after killing at least 94 people in the
        # Philippines earlier in the week": the storm's toll so far, unless the passage
        # gives it another value (processors.modality.aged_alone)
        modality = "asserted"
        state.aged.add((metric.name, value, time))
    if modality == "recap" and metric.state_value and _moved_to_state(verb, number):
        modality = "asserted"  # (asserted alone, recap beside another value: `aged_alone`)
        state.aged.add((metric.name, value, time))
    if modality == "asserted" and metric.state_value and _peak_in_background(verb):
        modality = "recap"
    if modality == "asserted" and _after_comma_not(number):
        modality = "negated"  # "15 people died, not 18": the figure set aside
    if zero and modality in ("asserted", "recap"):
        modality = "negated"
    if modality == "asserted" and _asked(sent):
        # "Was the storm really a Category 5? No, says the final report": a figure a yes-no
        # question asks about is no statement; the answer "No" denies it
        answer = _answer(sent)
        if answer != "yes":
            modality = "negated" if answer == "no" else "hedged"
    if modality == "asserted" and _imagined(number, verb):
        modality = "conditional"  # "the drill simulated a flood that kills 500 people"
    if modality == "asserted" and _forecast_said(number):
        modality = "forecast"  # "earlier forecasts had it landing as a Category 1"
    if modality == "forecast" and _perfect_guess(verb, rules):
        modality = "hedged"  # "estimate that 4,000 may have been infected": a past unknown
    if modality == "forecast" and _feared_state(verb):
        modality = "hedged"  # "80 people are feared dead": a present state no one checked
    # a row of a table by year is its year's count: the latest year's is the table's news,
    # the earlier rows older values of it (`_dated_later`), whatever the publication's year
    aged = _is_old(time, state, rules) and not holds_now(verb, number[-1]) and not yearly
    cut_off = aged and modality == "asserted" and _as_of(sent, time)
    if (
        aged
        and modality == "asserted"
        and time
        and (
            days_old_deed(verb, number[-1], time, _age(time, state), bool(metric.state_value))
            or metric.state_value
            and _age(time, state) in range(DAYS_OLD + 1)
            and _moved_to_state(verb, number)
            # an ordinal restates the place of the deed it is set beside ("stormed X on
            # Monday, the third town to fall"): it stands with the deed's own clause
            or quantity.kind == "ordinal"
            and any(
                days_old_deed(d, d, time, _age(time, state))
                for d in (verb, sent.root)
                if d is not None
            )
        )
    ):
        state.aged.add((metric.name, value, time))  # framing, not age, decides recap
        aged = False
    if cut_off:
        # "As of 29 August, 175 children had died ...": where a running count stood on its
        # cut-off day, asserted unless the passage gives another value (`aged_alone`)
        state.aged.add((metric.name, value, time))
        aged = False
    own_after = bool(metric.state_value) and _own_after_clause(number)
    if own_after and modality == "asserted":
        state.aged.add((metric.name, value, time))
    if modality == "asserted" and had_told(verb, rules.modality.attribution_verbs):
        state.pluperfect.add((metric.name, value, time))
    if modality == "asserted" and _first_told(noun, verb, rules):
        # older only beside a newer value; of any subject where the report is the subject
        last = subject.split()[-1].lower() if subject.split() else ""
        reported = last in SOURCE_NOUNS or last.removesuffix("s") in SOURCE_NOUNS
        (state.sourced if reported else state.pluperfect).add((metric.name, value, time))
    if (
        modality in ("asserted", "recap")
        and (
            (aged or not yearly and _of_earlier_year(noun, verb, state))
            # (a count of things held, captures or a state, is held then; "had 4,000
            # cases" counts what happened)
            and _years_back(
                time,
                verb,
                state,
                held=bool(metric.state_value or metric.loser_predicates or metric.elsewhere),
            )
            or _long_after(verb)
        )
        and not _example_clause(verb)
    ):
        # dated to the past: a recap only beside later news (processors.modality.past_alone)
        state.dated_past.add((metric.name, value, time))
        if not metric.state_value and quantity.kind != "ordinal" and _describes_event(verb):
            state.dated_deeds.add((metric.name, value, time))
    if modality == "asserted" and _by_then_past(verb, sent, state, bool(metric.state_value)):
        state.staged.add((metric.name, value, time))
        modality = "recap"
    if modality == "asserted" and _after_other_event(verb):
        state.anchored.add((metric.name, value, time))
    if modality == "asserted" and _of_earlier_period(number):
        # "Last season's totals: 290 cases": an older value beside the current one, the
        # past's own count when the passage tells no later news (`past_alone`)
        state.dated_past.add((metric.name, value, time))
        modality = "recap"
    if modality == "asserted" and (
        aged
        or _is_earlier_value(number)
        or _superseded(number)
        or not cut_off
        and _past_perfect(verb, time, state, rules.modality.attribution_verbs, metric.state_value)
        or (metric.state_value and _after_clause(number) and not own_after)
        or (metric.state_value and _state_when_past(number))
        or (metric.state_value and _before_forecast(verb, rules))
        or _surpassed(noun, number)
        or _when_of_earlier_time(verb)
        or _long_after(verb)
        or _former_description(number)
        or _shared_earlier_time(verb)
        or not yearly
        and _of_earlier_year(noun, verb, state)
        or _pluperfect_after(verb)
    ):
        modality = "recap"
    if modality == "asserted":
        compared = _compared_figure(number)
        if compared is not None:
            state.compared[(metric.name, value, time)] = compared
    if modality == "recap" and aged and time and _given_in_present(number):
        state.given_now.add((metric.name, value, time))
    if modality == "recap" and not metric.state_value and _told_of_named_event(verb, rules):
        # "the trial over the Love Parade disaster, in which 21 people died in 2010": the
        # final count of the event the sentence names, asserted unless the passage gives
        # the count another value (processors.modality.aged_alone)
        modality = "asserted"
        state.aged.add((metric.name, value, time))
    if modality in ("asserted", "recap") and (
        _discredited(number, sent, rules)
        or _retracted(number, _CORRECTION.search(state.text) is not None)
        or _revised_away(number)
    ):
        # (negation outranks recap: "withdrew on Monday its toll of 90")
        modality = "negated"
    bound = whole_bound or quantity.bound
    if bound == "exact":
        bound = _bracketed_bound(number)
    if bound == "exact" and _estimate_marked(number):
        bound = "about"
    if bound == "exact" and metric.number_after and noun.i < number.start:
        bound = _bound_before_noun(noun)  # "roughly a Category 1 hurricane"
    if (
        modality == "recap"
        and _given_in_present(number)
        and _rival_figure(number, value, metric, state)
    ):
        # "Witnesses say at least 60 died in Kesh on Sunday; the army says 25": a rival's
        # figure set against it contests a figure of a past day that a teller gives now as
        # one of today (not an old figure, "was given for years as 30,000; new mapping puts
        # it at 41,000")
        modality = "hedged"
    if modality == "asserted" and (
        _confirmed_part_after(noun, number)
        or _confirmed_part_told(noun, value)
        or _hedging_bound(number, rules)
        or _hedged_report(noun, number, verb, rules)
        or _denied_beside(number, sent)
        or _rival_figure(number, value, metric, state)
        or _rival_figure_before(number, value)
        or _alternative_figure(number)
        # (a count of captures: a metric with a loser, or one counted elsewhere as such)
        or (
            bool(metric.loser_predicates or metric.elsewhere)
            and (
                _capture_denied_after(sent, metric, _next_sentence(sent, state))
                or _fighting_goes_on_after(sent, _next_sentence(sent, state))
                or _fighting_goes_on_after(sent, _sentence_before(sent, state))
                or _held_on_beside(number, sent)
            )
        )
        or _unverified_afterthought(number, sent, rules)
        or _unverified_next(_next_sentence(sent, state), state)
        or _unanswered(number, sent, _next_sentence(sent, state))
        or _unchecked_teller(number, verb, rules)
        or _cause_doubted_after(verb)
        or metric.name == "death_toll"
        and _cause_doubted_later(number)
        or _unconfirmed_later(noun, number, sent)
        or _unchecked_after(number)
        or _mostly_unconfirmed(number, sent, rules)
        or _dead_or_missing(number, verb)
        or _buried_alive(number, noun, verb, sent)
        or _under_review(noun)
    ):
        modality = "hedged"
    if modality in ("asserted", "recap") and (
        _conventional_figure(noun, number, verb) or _estimated_people(number, metric)
    ):
        modality = "hedged"  # (doubt outranks age: "the 1889 flood's toll is usually put at")
    if modality in ("asserted", "recap", "hedged") and _unsupported_after(verb):
        modality = "negated"  # "put the toll above 100, but hospital lists do not support it"
    if (
        bound == "exact"
        and verb is not None
        and _norm(verb) in rules.bound_verbs
        and not _surpassed(noun, number)  # the record passed is its own exact figure
        and not any(
            t.dep_ == "prep"
            and t.lower_ not in ("to", "past", "beyond", "above")
            # ("Dovi, a category 3 system, was passing west": the subject's, not passed)
            or t.dep_ in ("nsubj", "nsubjpass")
            for t in _path(number[-1], verb)
        )
    ):
        bound = rules.bound_verbs[_norm(verb)]  # not "crossed the coast as a Category 4"
    end = _range_end(number)
    if end == "low" and bound == "exact":
        bound = "at_least"  # "between 40 and 50 people were killed": at least 40
    elif end == "high":
        bound = "at_most"  # ... and perhaps as many as 50, as "up to 50" says
    if end is not None and modality in ("asserted", "recap"):
        modality = "hedged"  # a range of estimates is two hedged claims, both ends
    before = number.doc[number.start - 1] if number.start > sent.start else None
    if bound == "exact" and before is not None and before.lower_ in rules.bound_verbs:
        bound = rules.bound_verbs[before.lower_]  # "cases top 7,000" read as an adjective
    if modality == "asserted" and verb is not None:
        if _told_then(verb):
            state.then.add((metric.name, value, time))
        elif _told_now(verb):
            state.now.add((metric.name, value, time))
            if _said_now_word(verb):
                state.now_said.add((metric.name, value, time))
    claim = Claim(
        metric=metric.name,
        subject=subject,
        predicate=verb.lemma_ if verb is not None else None,
        object=_noun_phrase(noun),
        value=value,
        total=total,
        unit=metric.unit,
        bound=bound,
        time=time,
        modality=modality,
        attributed_to=reading.attributed_to or _figure_giver(number),
        sentence=sent.text.strip(),
    )
    if (
        verb is not None
        and any(c.dep_ == "advmod" and c.lower_ in ("since", "now") for c in verb.children)
        and not any(t.dep_ in ("nsubj", "nsubjpass") for t in _path(number[-1], verb))
    ):
        state.current.add(id(claim))
    if (
        metric.subcounts
        and quantity.kind == "cardinal"
        and not _is_new_total(number, noun, verb if verb is not None else noun)
        and _norm(noun) not in rules.count_nouns
        and _window(number, noun, verb, rules) == "days"
    ):
        state.windowed.add(id(claim))
    if (
        metric.subcounts
        and quantity.kind == "cardinal"
        and (
            time is not None
            and WINDOW_TIME.match(time.strip())
            or _alone_subject(verb)
            or _alone_near(verb)
            or _killed_whole(number, verb)
            and _window(number, noun, verb, rules) == "day"
        )
    ):
        state.spanned.add(id(claim))
    if metric.subcounts and quantity.kind == "cardinal" and _set_apart(number, verb):
        state.apart.add(id(claim))
    if (
        metric.subcounts
        and quantity.kind == "cardinal"
        and (_added_batch(number, noun) or metric.name == "death_toll" and _country_lost(verb))
    ):
        state.batch.add(id(claim))
    if metric.subcounts and quantity.kind == "cardinal" and _died_where(verb):
        state.placed.add(id(claim))
    return claim


# where some of the dead died or were found, of all who died ("at the scene", "on the spot",
# "in hospital", "found dead inside", "killed instantly")
DEATH_PLACES = {"scene", "spot", "hospital", "hospitals"}
DEATH_PLACE_ADVERBS = {"inside", "instantly"}


def _died_where(verb: Token | None) -> bool:
    """ "Fourteen people died at the scene", "Seventeen were found dead inside", "four died
    in hospital": a count of the dead told by where they died, a part of a larger toll."""
    if verb is None:
        return False
    adverbs = [c for c in verb.children if c.dep_ == "advmod"]
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("at", "on", "in")]
    return any(c.lower_ in DEATH_PLACE_ADVERBS for c in adverbs) or any(
        o.dep_ == "pobj" and o.lower_ in DEATH_PLACES for c in preps for o in c.children
    )


# a time phrase that is a window, not a point or a running span: "Last 24 hours", "the past
# seven days", "Week 40", "epidemiological week 12" (not "this week": "reached 10,141 this
# week" is the day a running count stands at)
WINDOW_TIME = re.compile(
    r"(?:the )?(?:(?:past|last|previous|first) (?:\d+|one|two|three|four|five|six|seven|ten"
    r"|few|several) (?:hours?|days?|nights?|weeks?)|past (?:day|week|weekend|fortnight)"
    r"|(?:epi(?:demiological)? )?week \d+|\d+ hours)\W*$",
    re.IGNORECASE,
)


def _alone_subject(verb: Token | None) -> bool:
    """ "Quarn district alone has reported 140 cases", "Massachusetts alone has reported 12":
    a subject set apart by "alone" is one part of a count the passage may give whole."""
    return verb is not None and any(
        c.dep_ in ("nsubj", "nsubjpass") and any(a.lower_ == "alone" for a in c.children)
        for c in verb.children
    )


# the dead a share is taken from: "eleven of the dead", "nine of the victims"
DEAD_GROUPS = {"dead", "victims", "fatalities", "deaths", "killed", "deceased"}
# what a part leaves of its whole: "41 died inside, the rest in hospital"
REST_WORDS = {"rest", "remainder", "others"}


# verbs that tell a batch was found late or added to a count, and words that tell it had
# been left out ("cases that had gone unreported", "deaths that had not been counted")
FOUND_LATE = {"add", "find", "identify", "uncover", "discover", "unearth"}
LEFT_OUT = {"unreported", "uncounted", "unrecorded", "unregistered", "missed", "overlooked"}
COUNTING = {"count", "report", "record", "register", "include", "log", "notify"}


def _added_batch(number: Span, noun: Token) -> bool:
    """A figure told as a batch added to a count, not the count: the object or subject of
    a verb of adding ("after adding 210 cases", "A backlog of 300 cases was added"), or
    described as found late or left out before ("210 cases found in a review", "17 deaths
    that had not been counted", "58 cases that had gone unreported")."""
    verb = _first_verb(number[-1])
    # (the thing added, itself or what holds it: not "'300 cases,' he added", a saying)
    holder = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else noun
    if (
        verb is not None
        and _norm(verb) == "add"
        and holder.dep_ in ("dobj", "nsubjpass")
        and holder.head == verb
    ):
        return True
    for clause in (c for c in noun.children if c.dep_ in ("relcl", "acl")):
        words = list(clause.subtree)
        if clause.dep_ == "acl" and clause.tag_ == "VBN" and _norm(clause) in FOUND_LATE:
            return True
        if any(t.lower_ in LEFT_OUT for t in words):
            return True
        if _norm(clause) in COUNTING and any(c.dep_ == "neg" for c in clause.children):
            return True
    return False


def _eased_since(sent: Span) -> bool:
    """ "It has since weakened to a tropical storm", "The storm has since been downgraded":
    a sentence whose verb of easing "since" sets after the one before; a state told there
    (a storm's category when it came ashore) is the older value, though no new one is
    given (see `extract_claims`)."""
    return any(
        _norm(t) in EASING
        and any(c.dep_ == "advmod" and c.lower_ == "since" for c in t.children)
        and any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in t.children)
        for t in sent
    )


def _killed_whole(number: Span, verb: Token | None) -> bool:
    """ "Storms killed 28 people overnight, 19 of them in Brandt": the object of a verb of
    killing that a share of it ("N of them") follows is the toll the night's storms took,
    not a day's increment, unless the passage tells a larger count (`_window_parts`)."""
    if verb is None or _norm(verb) not in DYING:
        return False
    if any(c.like_num and any(p.lower_ == "of" for p in c.children) for c in verb.children):
        return True
    # "Flash floods swept through Ormoc City, killing more than 4,900 people within hours":
    # a participle of killing whose doer is the event itself (no subject of its own) tells
    # the whole event's toll, however short it lasted; not "12 more died overnight"
    return (
        verb.tag_ == "VBG"
        and verb.dep_ in ("advcl", "xcomp", "conj")
        and _norm(verb) == "kill"
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        and any(number[-1].i in {t.i for t in c.subtree} for c in verb.children if c.dep_ == "dobj")
    )


def _alone_near(verb: Token | None) -> bool:
    """A place or time of the figure's own clause set apart by "alone", as its subject or
    the object of its preposition ("In Marash alone the dead numbered 1,450", "Orna village
    alone lost 86"): one part of a count the passage may give whole (see `_alone_subject`)."""
    near = [t for c in verb.children for t in (c, *c.children)] if verb is not None else []
    return any(t.lower_ == "alone" for t in near)


def _set_apart(number: Span, verb: Token | None) -> bool:
    """A figure its own clause tells as one part of a count, whatever the place or group (a
    whole told before it makes it that whole's part, see `_parts_summing_to_whole`): a
    clause of a place ("Seville, where 40 died"), a share of the dead with no number
    ("Eleven of the dead were skiers"), or a figure beside the rest of its whole ("41
    died inside the building, the rest in hospital")."""
    root = number[-1]
    if any(
        o.dep_ == "pobj" and _norm(o) in DEAD_GROUPS and not any(n.like_num for n in o.children)
        for c in root.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for o in c.children
    ):
        return True
    # "Of the dead, 18 died before reaching a treatment centre", "Of the victims, 20 died in
    # Kesh": a share of a group counted before, fronted, wherever the parser hangs it
    first = number.doc[number.sent.start]
    if (
        first.lower_ == "of"
        and first.i < number.start
        and any(
            o.dep_ == "pobj"
            and (_norm(o) in DEAD_GROUPS or o.lower_ in ("them", "those", "these"))
            and not any(n.like_num for n in o.children)
            for o in first.children
        )
    ):
        return True
    if verb is None:
        return False
    if verb.dep_ == "relcl" and any(
        c.dep_ == "advmod" and c.lower_ == "where" for c in verb.children
    ):
        return True
    # the rest told beside the figure, or as the subject or object of its verb or of a verb
    # joined to it ("Twelve died in the blast; the rest were pulled from the rubble", parsed
    # either way round), not inside another phrase ("the search for the rest resumes": the
    # rest of the missing)
    return any(
        t.lower_ in REST_WORDS
        and any(d.lower_ == "the" for d in t.children)
        and (t.head in (root, verb, verb.head) or t.head.dep_ == "conj" and t.head.head == verb)
        for t in number.sent
    )


CELL_ENDS = {".", ";", "|", ",", "/", "·", "•"}


# nouns of the items of a series: a number after one names the item ("UPDATE 3", "Part 2",
# "Episode 12", "Flight 261", "Photo 3 of 12", "Epidemiological week 14"), it counts nothing
SERIES_NOUNS = {"update", "sitrep", "bulletin", "report", "part", "episode", "page", "chapter",
                "photo", "picture", "image", "slide", "flight", "route", "highway", "item",
                "issue", "edition", "volume", "round", "phase", "stage", "day", "week", "gate",
                "platform", "terminal", "ward", "block", "sector", "zone", "lot", "exhibit",
                "annex", "appendix", "table", "act", "scene", "no", "no.", "nr", "nr.", "#",
                "number"}  # fmt: skip
# words before a series noun that make it a span of time or a kind ("in a week 14 died")
NOT_SERIES = {"a", "an", "one", "each", "every", "per", "that", "this", "last", "next",
              "single", "first", "same", "whole", "entire", "the"}  # fmt: skip


def _identifier(number: Span) -> bool:
    """ "UPDATE 3-Floods kill 40", "Flash update #3: ...", "sitrep no. 7": a digit right after
    a noun of the items of a series (or "#", "No.") names the item, it counts nothing."""
    if (
        len(number) == 1
        and len(number.text) > 1
        and number.text.isdigit()
        and number.text[0] == "0"
    ):
        return True  # "the crane vessel Fujing 001": a figure padded with zeros names a thing
    if number.start == 0 or not number[0].is_digit:
        return False
    before = number.doc[number.start - 1]
    if before.text == "#":
        return True
    if before.text == "." and before.i > 0:
        # "no. 7" tokenized "no", ".", "7" (and the sentence often cut after "no.")
        return number.doc[before.i - 1].lower_ in ("no", "nr")
    if number.start == number.sent.start:
        return False
    if before.lower_ not in SERIES_NOUNS or before.lower_ == "number" and before.is_lower:
        return False
    told = any(c.dep_ == "nsubj" for c in before.children)
    if before.pos_ == "VERB" and before.is_lower and told:
        return False  # "officials report 180 confirmed ...": a verb with its subject
    if before.lower_ in ("no", "no.", "nr", "nr.") and not before.text[0].isupper():
        return before.text.endswith(".")  # "no. 7", not "no 12 people died"
    ahead = number.doc[before.i - 1] if before.i > number.sent.start else None
    return ahead is None or ahead.lower_ not in NOT_SERIES


def _verb_read_as_counted(number: Span) -> Token | None:
    """ "The official Northridge toll of 57 counts only those killed ...": the sentence's verb
    read as the plural noun the number counts, leaving a noun with no verb of its own as
    the root (or as an unlabelled dependent before a semicolon); the figure is that
    noun's, after its "of" ("the toll of 57")."""
    root = number[-1]
    counted = root.head
    if root.dep_ != "nummod" or counted.i != number.end or counted.tag_ != "NNS":
        return None
    of = counted.head
    if counted.dep_ != "pobj" or of.lower_ != "of" or of.head.pos_ not in NOUNS:
        return None
    sent = number.sent
    if of.head.dep_ not in ("ROOT", "dep") or any(
        t.pos_ in ("VERB", "AUX") for t in sent[: counted.i - sent.start]
    ):
        return None
    if counted.i + 1 >= sent.end or sent.doc[counted.i + 1].is_punct:
        return None  # "the toll of 57 counts." ends there: a noun after all
    return of.head


def _placed_before_pair(number: Span) -> Token | None:
    """ "with the confirmed death toll at 54 and 86 people still unaccounted for": a figure
    after a noun's "at" that the parser paired with the next figure ("54 and 86 people")
    is the value of that noun, not a count of the next one's noun."""
    doc = number.doc
    root = number[-1]
    if number.start < 1 or doc[number.start - 1].lower_ != "at":
        return None
    at = doc[number.start - 1]
    head = at.head
    if not (at.dep_ == "prep" and head.pos_ == "NOUN" and head.i < at.i):
        return None
    if root.dep_ == "pobj" and root.head.i == at.i and _norm(head) in REPORTS:
        return head  # "Flood toll at 31, officials say": a headline's verbless toll
    if root.dep_ != "nummod":
        return None
    paired = any(
        c.like_num and c.i > root.i and (c.dep_ == "conj" or c.dep_ == "nummod")
        for c in [*root.children, *root.head.children]
    )
    return head if paired else None


def _table_cell(number: Span) -> list[tuple[Token, Token | None, bool]] | None:
    """ "Deaths: 41 | Recovered: 1,650", "Dead: 73. Injured: 240.": a figure right after a
    short label and its colon, closed by a separator or the end, counts the label's noun
    and nothing the parser hung it on (an empty list: a label of no noun). In a row of cells
    split by bars or lines the colon may be left out ("| dead 845 | injured 4,948")."""
    doc = number.doc
    colon = number.start >= 2 and doc[number.start - 1].text in (":", "—", "–")
    listed = not colon and _listed_cell(number)
    if number.start < 2 or not colon and not listed and not _barred_cell(number):
        return None  # ("Dead — 28; injured — 91")
    if number.end < len(doc) and not (
        doc[number.end].text in CELL_ENDS
        or "\n" in doc[number.end].text
        or doc[number.end].is_space
        or (listed or colon and _dated_row_label(number))
        and doc[number.end].text == "("  # ("19 Nov: 52 (two deaths)": a note of its own)
    ):
        return None  # fmt: skip
    label_end = number.start - 1 if colon or listed and _comma_cell(number) else number.start
    if colon:
        label_end = _before_time_phrase(doc, label_end)  # "Deaths since January: 11"
    start = _label_start(doc, label_end, 3)
    label = doc[start:label_end]
    if not 1 <= len(label) <= 3 or (
        start > 0
        and not (
            doc[start - 1].is_punct
            or doc[start - 1].text in CELL_ENDS
            or "\n" in doc[start - 1].text
            or doc[start - 1].is_space
        )
    ):
        return None  # fmt: skip
    nouns = [t for t in label if t.pos_ in NOUNS or t.lower_ == "dead"]
    if not nouns and len(label) == 1:
        nouns = [label[0]]  # "Killed: 19": a participle of a verb of dying names the dead
    return [(nouns[-1], None, False)] if nouns else []


# prepositions of a time phrase that closes a cell's label and dates the whole count to
# now ("Deaths since January: 11", "Cases as of 3 May: 40"; not "in week 12", a window)
LABEL_TIME_PREPOSITIONS = {"since", "from", "of", "through", "until", "till"}


def _before_time_phrase(doc: Doc, end: int) -> int:
    """Where a cell's label ends before `end` once a phrase of time that closes it is left
    out: a date after "since", "from", "as of", "through" or "until" ("Cumulative cases
    since 2 March: 1,408"). The label itself stays whole; `end` if no such phrase."""
    start = end
    while start > 0 and doc[start - 1].ent_type_ == "DATE" and doc[start - 1].lower_ != "since":
        start -= 1
    if [t.lower_ for t in doc[start:end]] in (["this", "year"], ["this", "season"]):
        return start  # "confirmed cases this year: 1,754": the year so far, now
    if start == end or start == 0 or doc[start - 1].lower_ not in LABEL_TIME_PREPOSITIONS:
        return _since_clause(doc, end)
    start -= 1
    if doc[start].lower_ == "of":
        if start == 0 or doc[start - 1].lower_ != "as":
            return end  # "Deaths of 3 May": no phrase of time opens with a bare "of"
        start -= 1
    return start


def _since_clause(doc: Doc, end: int) -> int:
    """Where a cell's label ends before a clause of "since" that closes it ("Cumulative cases
    since outbreak began: 1,204", "Deaths since the floods started: 40"); `end` if none."""
    for i in range(end - 2, max(end - 6, 0), -1):
        word = doc[i]
        if word.is_punct or word.is_space:
            break
        if word.lower_ == "since" and word.dep_ == "mark" and word.head.pos_ == "VERB":
            return i
    return end


def _label_start(doc: Doc, end: int, words: int, floor: int = 0) -> int:
    """Where a cell's label before `end` begins: back over at most `words` tokens, to a
    mark, a cell's end or a line break (and not before `floor`)."""
    start = end
    while start > floor and end - start < words:
        word = doc[start - 1]
        if word.is_punct or word.is_space or "\n" in word.text or word.text in CELL_ENDS:
            break
        start -= 1
    return start


def _listed_cell(number: Span) -> bool:
    """A figure in a row of cells split by semicolons or bars, each a label of up to three
    words and its figure ("to 3 May: cases 14; deaths 4.", "deaths 19 (confirmed 9);"):
    the label follows a colon, semicolon or bar, holds only nouns, and the row has a
    semicolon or bar beside the cell. A comma may set the figure off from its label
    ("cases, 90; deaths, 4"), and then the row's first label may open the sentence, the
    figure closing its cell at a semicolon or the sentence's end."""
    doc, sent = number.doc, number.sent
    end = number.start - 1 if _comma_cell(number) else number.start
    start = end
    while start > sent.start and end - start < 3 and doc[start - 1].is_alpha:
        start -= 1
    label = doc[start:end]
    return (
        1 <= len(label) <= 3
        and (start > sent.start or end < number.start)
        # (a dash set off by a space, not a hyphen within a word: "a high-end Category 4")
        and (
            doc[start - 1].text.endswith(":")
            or doc[start - 1].text in (";", "|")
            or doc[start - 1].text in DASHES
            and bool(doc[start - 1].whitespace_)
            or end < number.start
            and "\n" in doc[start - 1].text
        )
        # (a comma's label may be a participle or an adjective: "recovered, 150")
        and all(
            t.pos_ in NOUNS
            or t.tag_ in ("NNS", "NN")
            or end < number.start
            and t.tag_ in ("VBN", "VBD", "JJ")
            for t in label
        )
        and any(t.text in (";", "|") for t in sent)
    )


def _comma_cell(number: Span) -> bool:
    """A figure set off from the label before it by a comma in a row of cells split by
    semicolons ("cases, 90; deaths, 4; people in hospital, 17"), closing its cell."""
    doc, sent = number.doc, number.sent
    return (
        number.start - 1 > sent.start
        and doc[number.start - 1].text == ","
        and (number.end >= sent.end or doc[number.end].text in (";", "."))
        and any(t.text == ";" for t in sent)
    )


def _parts_hedged(number: Span, rules: RulePack) -> bool:
    """The brackets right after a figure break it into parts one of which is unconfirmed
    ("cases 51 (confirmed 24, probable 27)"): the figure is no count of confirmed ones."""
    doc = number.doc
    if number.end >= number.sent.end or doc[number.end].text != "(":
        return False
    inside = itertools.takewhile(lambda t: t.text != ")", doc[number.end + 1 : number.sent.end])
    return any(t.lower_ in rules.hedge_modifiers for t in inside)


def _barred_cell(number: Span) -> bool:
    """A figure in a row of cells split by bars or line breaks (each read as a sentence of
    its own): the cell holds only a label of up to three words (no clause with a subject
    or an auxiliary) and the figure."""
    sent = number.sent
    before = sent.doc[sent.start : number.start]
    after = sent.doc[number.end : sent.end]
    bar = {"|", "\u2502"}
    return (
        1 <= len(before) <= 3
        # (a label names; it says nothing: "Oklahoma has recorded 12.", "It is 54.")
        and all(
            t.is_alpha and t.pos_ not in ("AUX", "PRON") and t.dep_ not in ("nsubj", "nsubjpass")
            for t in before
        )
        and all(t.is_punct or t.text in bar or t.is_space for t in after)
    )


def _listed_row(noun: Token, number: Span) -> bool:
    """A row of a list that labels a figure with a short name and a dash or colon and
    says nothing of it ("Tresk - 14 cases | Burrin - 9 cases", "Kora – 212 cases;"): the
    noun right after the figure is what the row counts. The row holds no verb or
    auxiliary from its label to its end (a bar, a semicolon, a line or the sentence's end
    closes it), so a told clause ("Tresk - 14 cases were suspected") keeps its predicate."""
    doc = number.doc
    dash = doc[number.start - 1] if number.start >= 2 else None
    if noun.i != number.end or dash is None or dash.text not in DASHES or not dash.whitespace_:
        return False
    start = _label_start(doc, number.start - 1, 4, number.sent.start)
    label = doc[start : number.start - 1]
    if not 1 <= len(label) <= 4 or not all(t.is_alpha and t.pos_ in NOUNS for t in label):
        return False
    end = noun.i + 1
    while end < number.sent.end and not (
        doc[end].text in (";", "|", "\u2502") or "\n" in doc[end].text
    ):
        end += 1
    comma = next((t.i for t in doc[noun.i + 1 : end] if t.text == ","), None)
    if comma is not None and _teller_tail(doc[comma + 1 : end]):
        end = comma  # "New Caledonia dengue outbreak: 2,100 cases, health authorities say"
    return not any(t.pos_ in ("VERB", "AUX") for t in doc[start:end])


def _teller_tail(words: Span) -> bool:
    """ "health authorities say", "officials said": a teller and a verb of saying, all that
    follows a headline's figures."""
    said = [t for t in words if t.is_alpha]
    return (
        len(said) >= 2
        and said[-1].lemma_ in ("say", "report")
        and all(t.pos_ in (*NOUNS, "DET", "ADJ") for t in said[:-1])
    )


def _row_figure(number: Span) -> bool:
    """The figure of a list's row (see `_listed_row`)."""
    return number.end < len(number.doc) and _listed_row(number.doc[number.end], number)


DASHES = {"-", "\u2013", "\u2014", ":"}


def _labelled_metric(noun: Token, rules: RulePack, listed: bool = False) -> MetricRule | None:
    """The metric one of whose object nouns a table label names whole ("Cases", "Deaths",
    "Confirmed cases"; not "Recovered cases", nor where `listed` (a list's cell, or any
    label but a speaker's) persons with no word of their fate: "staff 12", "Crews: 800")."""
    label = [t for t in noun.doc[noun.left_edge.i : noun.i + 1] if t.is_alpha]
    # (the words after the last mark only: "Plague, week 9 - deaths", parsed as one phrase)
    label = [t for t in label if not any(not w.is_alpha for w in noun.doc[t.i : noun.i + 1])]
    # (a word of tallying opens a label and adds nothing: "Reported dead", "Cumulative
    # deaths", "Recorded deaths"; "Suspected cases", "Expected deaths" stay whole)
    while len(label) > 1 and label[0].lower_ in TALLYING and label[1].i <= noun.i:
        label = label[1:]
    words = [_norm(t) for t in label]
    for metric in rules.metrics:
        if set(words) & set(metric.exclude):
            continue
        if any(
            phrase.lower().split() == words
            for obj in metric.objects
            # (in a list's cell a label of persons says nothing of what befell them: "staff
            # 12"; a speaker's label before a count stays read: "GUEST: Four hundred")
            if obj.any_predicate or "person" not in obj.nouns or not listed
            for phrase in obj.nouns
        ):
            return metric
        if (
            noun.pos_ == "VERB"
            and words == [_norm(noun)]
            and any(words[0] in obj.bare_predicates for obj in metric.objects)
        ):
            return metric  # "Killed: 19", "Drowned: 7"
    return None


# words of tallying that may open a count's label and change nothing it counts
TALLYING = {"reported", "recorded", "registered", "notified", "cumulative", "total", "counted",
            "confirmed", "documented", "verified", "official", "overall"}  # fmt: skip

# marks that close a figure's segment: a cell, a line, a list's item or a clause
SEGMENT_ENDS = {"|", "\u2502", ";", "(", ")", ",", "[", "]"}
# ...of those, the marks that close a cell or a line, not a clause's part
HARD_ENDS = {"|", "\u2502", ";", ":", ".", "!", "?", "(", ")"}


def _segment_end(token: Token) -> bool:
    """A token that closes a segment: a bar, a semicolon, a bracket, a comma, a sentence's
    stop, a line break, a colon or a dash set off by spaces (a sentence the splitter ends
    at none of these, "bodies recovered | 9", goes on)."""
    return (
        token.text in SEGMENT_ENDS
        or token.text in (".", "!", "?")
        or "\n" in token.text
        # (the tokenizer may join a colon to the bracket before it: "(bulletin of 7 March):")
        or (token.is_punct and token.text.endswith(":"))
        or token.text in DASHES
        and (bool(token.whitespace_) or token.i > 0 and bool(token.doc[token.i - 1].whitespace_))
    )


def _segment_metric(
    number: Span, rules: RulePack, state: _State
) -> tuple[Token, Token | None, Token | None, MetricRule] | None:
    """The last reading of a cardinal no construction reader links to a metric: the metric
    word nearest the figure within its segment (its cell, line or clause, closed by bars,
    semicolons, commas, brackets, colons, spaced dashes, stops or line breaks). The word
    right after the figure decides where there is one ("2,310 cases", "hepatitis E cases",
    "103 infected", "24 of 34 provincial capitals"); else the label the segment opens with,
    a few words with no finite verb ending at the figure ("dead 27 |", "deaths: more than
    90", "toll - 64", "bodies recovered 9", "total 391"). A word of another count
    ("missing 22", "600 workers evacuated", "40 houses", "140 mph") gives no claim. The
    reading goes through every check and modality reading of `_claim` as any other."""
    quantity = _quantity(number)
    if quantity is None or quantity.kind != "cardinal":
        return None  # "second only to 2020's August Complex": a rank, no count
    if _quoted(number) and not any(t.lemma_.lower() in SAYING for t in number.sent):
        return None  # 'Episode 214: "Twelve capitals in eight days"': a title, no speech
    doc = number.doc
    start, end = number.start, number.end
    while start > 0 and not _segment_end(doc[start - 1]):
        start -= 1
    while end < len(doc) and not _segment_end(doc[end]):
        end += 1
    segment = doc[start:end]
    word: Token | None = None
    total: Token | None = None
    for token in doc[number.end : end]:
        if token.like_num and token.i > number.end and (total is None or total.i >= token.i - 2):
            total = token  # "24 of 34 provincial capitals": the group, the figure's whole
        elif (
            token.pos_ in ("DET", "NUM")
            or token.lower_ == "of"
            or token.dep_ == "compound"
            or token.text == "-"
            and token.i > 0
            and doc[token.i - 1].like_num
        ):
            continue  # ("twelve of the thirty-four provincial capitals")
        elif token.pos_ == "ADJ" and not _segment_word(token, segment, rules, False):
            continue  # "41 confirmed deaths"
        else:
            word = token
            break
    if word is not None and word.pos_ not in ("NOUN", "PROPN", "ADJ", "VERB"):
        word = None  # "deaths 212 since March": no word of the figure after it
    if word is not None and any(c.dep_ in ("dobj", "attr") for c in word.children):
        return None  # "of magnitude 5.9 killed 300 people": a verb counting its own object
    if word is None and _placed_part(number):
        return None  # "Deaths - 3 in Arlo, 5 in Bex": a place's part of the label's count
    if word is None:
        # the label: back over the bound and the colon or dash before the figure to the
        # segment's start ("deaths: more than 90", "bodies recovered 9", "toll - 64")
        total, head = None, number.start
        while head > 0 and doc[head - 1].lower_ in BOUND_WORDS:
            head -= 1
        if head > 0 and doc[head - 1].text in DASHES:
            head -= 1
        start = head
        while start > 0 and not _segment_end(doc[start - 1]):
            start -= 1
        label = [t for t in doc[start:head] if t.is_alpha]
        # (a word of tallying opening the label is no finite verb: "confirmed cases 846")
        said = label[1:] if label and label[0].lower_ in TALLYING else label
        if not 1 <= len(label) <= 4 or any(t.pos_ == "AUX" or t.tag_ in FINITE for t in said):
            return None  # a label names, it says nothing: not "the toll rose to 40"
        word = next((t for t in reversed(label) if t.pos_ in NOUNS), label[-1])
        if any(t.tag_ not in ("VBN", "JJ") for t in doc[word.i + 1 : head] if t.is_alpha):
            return None  # the label ends at the figure ("bodies recovered 9"; not "toll now 40")
        segment = doc[start:end]
    verb = _governing_verb(word, number)
    # (verbless: no verb in the figure's clause, or only one across a cell's or line's end)
    verbless = verb is None or any(
        t.text in HARD_ENDS or "\n" in t.text
        for t in doc[min(verb.i, number.start) : max(verb.i, number.end)]
    )
    metric = _segment_word(word, segment, rules, verbless)
    if metric is None and _norm(word) in rules.count_nouns and word.i < number.start:
        # "total 391" in a row of deaths: the count the row or the table's header is of
        metric = _metric_of_count(word, rules, state) or _header_metric(word, rules)
    if metric is None:
        return None
    if (
        verbless
        or word.i < number.start
        and not (verb is not None and word.head.i == verb.i and word.dep_ in CORE_DEPS)
    ):
        # a label's figure set off in an aside is no argument of the clause's verb ("its
        # predecessor in 2019 - dead 300 - was worse"): it takes the sentence's time
        verb = None
    return word, total, verb, metric


def _counted(metric: MetricRule) -> list[str]:
    """The metric's object nouns that are no persons."""
    return [p for obj in metric.objects if "person" not in obj.nouns for p in obj.nouns]


def _header_metric(token: Token, rules: RulePack) -> MetricRule | None:
    """The metric a table's header names, the words that open the token's line up to its
    first colon or bar ("deaths by country as of 29 Oct: Pakistan 272 | ... | total 391",
    "cases by year: 2023: 20 | 2024: 14"): its first noun that is a metric's object, not
    persons ("people in shelters by district") nor a member of a set whose count needs a
    taker ("capitals by status" names only the set the rows split)."""
    doc = token.doc
    start = token.i
    while start > 0 and "\n" not in doc[start - 1].text:
        start -= 1
    end = start
    while end < token.i and doc[end].text not in (":", "|", "\u2502"):
        end += 1
    for word in doc[start:end]:
        words = [*_modifiers(word), _norm(word)]
        for metric in rules.metrics:
            if (
                word.pos_ in NOUNS
                and not metric.subject_required
                and metric.default_total is None
                and not set(words) & set(metric.exclude)
                and any(words[-len(p.split()) :] == p.lower().split() for p in _counted(metric))
            ):
                return metric
    return None


def _quoted(number: Span) -> bool:
    """A figure within quotation marks opened earlier on its line."""
    line = number.doc.text[: number.start_char].rsplit("\n", 1)[-1]
    return (
        sum(line.count(q) for q in ('"', "\u201c", "\u201d")) % 2 == 1
        or "\u201c" in line[line.rfind("\u201d") + 1 :]
    )


def _threat_words(rules: RulePack) -> frozenset[str]:
    """The words of laying siege, attacking or threatening: the pack's verbs of threat, the
    last words of its phrases of threat ("under siege"), and the verbs of besieging."""
    cues = rules.modality
    phrases = (p.split()[-1] for p in cues.threat_phrases)
    return frozenset({*cues.threat_verbs, *phrases, *BESIEGING})


def _placed_part(number: Span) -> bool:
    """A figure followed by a place or a group it is counted in ("3 in Arlo", "12 among
    the crew", "5 at the mine"), not by a time ("in March", "since Monday")."""
    doc = number.doc
    if number.end >= len(doc) or doc[number.end].lower_ not in PART_PREPOSITIONS:
        return False
    return not any(t.ent_type_ in ("DATE", "TIME") for t in doc[number.end + 1 : number.end + 4])


FINITE = {"VBD", "VBZ", "VBP", "MD"}
CORE_DEPS = {"nsubj", "nsubjpass", "dobj", "attr"}
PART_PREPOSITIONS = {"in", "among", "at", "across", "from", "inside", "outside"}


def _segment_word(word: Token, segment: Span, rules: RulePack, verbless: bool) -> MetricRule | None:
    """The metric a word of a figure's segment names: one of its object nouns (its
    modifiers none of the metric's exclusions: not "the two largest cities"), counted by any
    predicate, or by one of the object's own in the segment, or in a clause with no verb
    ("2,310 cases, 41 deaths"); or a predicate of persons with the persons left out ("103
    infected", "40 killed"). A noun of persons is left to the parsed readers ("19,000
    people were moved out" counts no dead)."""
    words = [*_modifiers(word), _norm(word)]
    said = {*words, word.lower_, *(t.lower_ for t in word.lefts)}
    lemmas = {_norm(t) for t in segment} | {t.lower_ for t in segment}
    told = {_norm(t) for t in word.sent} | {t.lower_ for t in word.sent}
    for metric in rules.metrics:
        if said & set(metric.exclude):
            continue
        for obj in metric.objects:
            if "person" in obj.nouns:
                fates = {*obj.bare_predicates, *(PERSONS_BEFALLEN & set(obj.predicates))}
                if word.tag_ in ("JJ", "VBN") and _forms(word.text) & fates:
                    return metric
            elif any(words[-len(p.split()) :] == p.lower().split() for p in obj.nouns) and (
                obj.any_predicate
                or verbless
                or lemmas & set(obj.predicates)
                # a member of a set of known size needs no verb of taking ("18 capitals
                # down", "they have 21 provincial capitals"), but a word of attack or threat
                # in the sentence names no capture ("three capitals - X, Y and Z - under
                # siege"), nor does a verb's preposition ("pressing on three capitals")
                or metric.default_total is not None
                and not told & _threat_words(rules)
                and not (word.dep_ == "pobj" and word.head.head.pos_ == "VERB")
            ):
                return metric
    return None


def _count_at_part(
    number: Span, rules: RulePack, state: _State
) -> tuple[Token, Token | None, Token | None, MetricRule] | None:
    """ "raising the toll to 29 of the 31 men", "the tally stood at 12 of the 40 towns":
    a count (a tally, or a noun a metric counts whole, "the toll") brought to or standing
    at a part of a numbered group is that part, the group its whole (the group's own noun
    need be no metric's: "men", "passengers")."""
    root = number[-1]
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in ("to", "at"):
        return None
    group = next(
        (
            n
            for c in root.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for n in c.children
            if n.dep_ == "pobj"
        ),
        None,
    )
    total = (
        None
        if group is None
        else next(
            (c for c in group.children if c.dep_ == "nummod"), group if group.like_num else None
        )
    )
    if total is None:
        return None
    head = prep.head
    nouns = (
        [head]
        if head.pos_ in NOUNS
        else [c for c in head.children if c.dep_ in ("dobj", "nsubj", "nsubjpass") and c.i < prep.i]
    )
    verb = head if head.pos_ in ("VERB", "AUX") else None
    for noun in nouns:
        # a tally or total of some metric, or a noun a metric counts whole ("the toll")
        if _norm(noun) in rules.count_nouns:
            metric = _metric_of_count(noun, rules, state)
        else:
            metric = _metric_for(noun, number, rules, False, verb, state)
        if metric is not None:
            return noun, total, verb, metric
    return None


def _killed_part(
    number: Span, rules: RulePack
) -> tuple[Token, Token | None, Token, MetricRule] | None:
    """ "killed 12 of the 80 people infected", "claimed 31 of the 640 who caught it": the
    part right after a verb of killing, taken "of" a numbered group, is the count of the
    dead with the group as its whole (the parser may hang the part on the group's
    participle and read it as the infected)."""
    doc = number.doc
    if number.start <= number.sent.start or number.end + 2 >= number.sent.end:
        return None
    verb = doc[number.start - 1]
    if verb.pos_ != "VERB" or doc[number.end].lower_ != "of":
        return None
    group = doc[number.end + 1 : min(number.end + 4, number.sent.end)]
    total = next((t for t in group if t.like_num), None)
    if total is None or not all(t.pos_ == "DET" for t in doc[number.end + 1 : total.i]):
        return None
    metric = next(
        (
            m
            for m in rules.metrics
            if any(_norm(verb) in o.bare_predicates and _norm(verb) in DYING for o in m.objects)
        ),
        None,
    )
    return (number[-1], total, verb, metric) if metric is not None else None


def _every_one_died(
    found: list[tuple[Claim, bool]], where: dict[int, Span], rules: RulePack
) -> list[tuple[Claim, bool]]:
    """ "confirmed two cases, both of whom died", "four cases of Lassa fever, all of whom
    have died", "six cases of Nipah virus in Marro, all fatal": a fate told of every one of
    the counted (after a comma that closes their noun phrase) is a count of the dead of the
    same value, under the metric whose bare verb or adjective tells that fate."""
    out = list(found)
    for claim, ordinal in found:
        number = where.get(id(claim))
        if number is None or ordinal or number[-1].dep_ != "nummod":
            continue
        noun = number[-1].head
        doc = noun.doc
        after = next((t.i for t in doc[noun.i : number.sent.end] if t.text == ","), None)
        own = {t.i for t in noun.subtree}
        if after is None or after + 1 >= number.sent.end or not own >= set(range(noun.i, after)):
            continue
        every = doc[after + 1]
        if every.lower_ not in ("both", "all"):
            continue
        fate = every.head  # "both (of whom) died", "all fatal"
        if every.dep_ not in ("nsubj", "advmod", "det") or fate.i < every.i:
            continue
        metric = next(
            (
                m
                for m in rules.metrics
                if m.name != claim.metric
                and any(
                    _norm(fate) in o.bare_predicates and _norm(fate) in DYING | {"fatal"}
                    for o in m.objects
                )
            ),
            None,
        )
        if metric is None or any(
            c.metric == metric.name and c.value == claim.value for c, _ in out
        ):
            continue
        dead = claim.model_copy(update={"metric": metric.name, "unit": metric.unit})
        where[id(dead)] = number
        out.append((dead, False))
    return out


# verbs of killing or dying: a part they take is the dead (see `_killed_part`)
DYING = {"kill", "claim", "die", "perish", "drown", "slay", "succumb"}
# what tells a group of persons fell ill: "people infected", "who fell ill", "who caught it"
INFECTED = {"infect", "sicken", "ill", "sick", "catch", "contract", "diagnose"}


def _infected_whole(
    number: Span, rules: RulePack
) -> tuple[Token, Token | None, Token, MetricRule] | None:
    """The figure of a group told as the infected, that a part of the dead is taken from
    (see `_infected_group`), counts the metric a verb of infecting counts bare."""
    if not _infected_group(number):
        return None
    metric = next(
        (m for m in rules.metrics if any("infect" in o.bare_predicates for o in m.objects)),
        None,
    )
    noun = number[-1].head if number[-1].dep_ == "nummod" else number[-1]
    if not (noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.like_num):
        return None  # a group a part is taken from, not the infected told alone
    verb = _governing_verb(noun, number)
    return (noun, None, verb, metric) if metric is not None and verb is not None else None


def _infected_group(number: Span) -> bool:
    """ "killed 12 of the 80 people infected", "nine of the 57 people who fell ill": the
    group a part is taken from is told as the infected, so its figure is their count (a
    group of the aboard or the workers is no count of its own). The words after the
    group's noun, to the next comma or the sentence's end, say it fell ill; none of the
    group's own words is a verb of another kind before them."""
    doc = number.doc
    noun = number[-1].head if number[-1].dep_ == "nummod" else number[-1]
    if noun.i < number.end - 1 or noun.pos_ not in NOUNS and noun.i != number[-1].i:
        return False
    after = doc[noun.i + 1 : min(noun.i + 6, number.sent.end)]
    for token in after:
        if token.text in (",", ";", ".") or token.pos_ == "ADP":
            return False
        if _norm(token) in INFECTED:
            return True
        if token.pos_ == "VERB" and _norm(token) not in ("fall", "become", "get", "be"):
            return False
    return False


def _part_dead(
    number: Span, rules: RulePack
) -> tuple[Token, Token | None, Token, MetricRule] | None:
    """ "two of the six have died", "three of the 40 perished": the part that a verb of
    dying takes is the count of the dead (the whole is the group named before)."""
    root = number[-1]
    verb = root.head
    if root.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX"):
        return None
    whole = [
        o
        for c in root.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for o in c.children
        # ("four of the boat's nine crew drowned": a group its number counts)
        if o.dep_ == "pobj" and (o.like_num or any(n.dep_ == "nummod" for n in o.children))
    ]
    if not whole:
        return None
    # ("179 of the 181 people on board were killed": the group's own number is the total)
    total = next((n for n in whole[0].children if n.dep_ == "nummod"), None)
    for metric in rules.metrics:
        if any(_norm(verb) in obj.bare_predicates for obj in metric.objects):
            return root, total, verb, metric
    return None


def _confirmed_part(
    number: Span, rules: RulePack, state: _State
) -> tuple[Token, Token | None, Token | None, MetricRule] | None:
    """ "14 cases, 12 of them laboratory-confirmed": the part a participle of confirming
    takes counts the confirmed cases (the whole is not all confirmed)."""
    whole = _confirmed_whole(number)
    if whole is None:
        return None
    figure = next(c for c in whole.children if c.dep_ == "nummod")
    span = whole.doc[figure.i : figure.i + 1]
    verb = _governing_verb(whole, span)
    metric = _metric_for(whole, span, rules, True, verb, state) or next(
        # ("310 suspected cases, 88 of them confirmed": the confirmed part is no suspect)
        (
            m
            for m in rules.metrics
            for o in m.objects
            if _norm(whole) in o.nouns and "confirm" in (*o.predicates, *o.elliptic_predicates)
        ),
        None,
    )
    return (whole, None, verb, metric) if metric is not None else None


def _confirmed_whole(number: Span) -> Token | None:
    """The counted noun before ", 12 of them (laboratory-)confirmed" or ", 12 of which have
    been confirmed", if the number is that part: the whole may carry its own phrases ("22
    cases of illness, 18 of them confirmed", "2,420 suspected cases since December, 736 of
    them confirmed in the laboratory")."""
    doc, i = number.doc, number.end
    if i + 2 >= number.sent.end or number.start - 2 < number.sent.start:
        return None
    if doc[i].lower_ != "of" or doc[i + 1].lower_ not in ("them", "those", "which"):
        return None
    rest = doc[i + 2 : min(i + 6, number.sent.end)]
    confirm = next((t for t in rest if t.lemma_.lower() == "confirm"), None)
    if confirm is None or confirm.tag_ not in ("VBN", "VBD", "JJ"):
        return None
    between = doc[i + 2 : confirm.i]
    if doc[i + 1].lower_ == "which":
        # ", 35 of which have been confirmed": only the auxiliaries of the passive
        if not all(t.pos_ == "AUX" or t.lower_ in ("now", "since", "so", "far") for t in between):
            return None
    elif not all(t.pos_ in ("NOUN", "PUNCT") for t in between):
        return None  # "laboratory-confirmed", "lab-confirmed"
    if doc[number.start - 1].text != ",":
        return None
    return _counted_before_comma(doc[number.start - 1])


def _counted_before_comma(comma: Token) -> Token | None:
    """The nearest noun counted by a number of its own in the phrase before `comma` (back
    over its prepositional phrases, to no other comma): "96 reported cases of typhoid in the
    port, ..." gives "cases"; back to a verb, the counted noun it takes ("640 cases had been
    reported in Osk since May, ...", "had reported 212 cases since January, ...")."""
    doc = comma.doc
    for token in reversed(doc[max(comma.sent.start, comma.i - 14) : comma.i]):
        if token.text in (",", ";"):
            return None
        if token.pos_ in ("VERB", "AUX") and token.dep_ != "amod":
            verb = token if token.pos_ == "VERB" else token.head
            while True:  # ("recorded 1,030 cases since the outbreak began in March, ...")
                counted = [
                    c
                    for c in verb.children
                    if c.dep_ in ("nsubj", "nsubjpass", "dobj")
                    and c.i < comma.i
                    and any(n.dep_ == "nummod" and n.like_num for n in c.children)
                ]
                if counted or verb.dep_ not in ("advcl", "relcl", "acl", "pcomp"):
                    return counted[0] if counted else None
                verb = verb.head
        if (
            token.pos_ == "NOUN"
            and token.ent_type_ not in ("DATE", "TIME")  # ("in the first six weeks, ...")
            and any(c.dep_ == "nummod" and c.like_num for c in token.children)
        ):
            return token
    return None


def _confirmed_part_after(noun: Token, number: Span) -> bool:
    """ "14 cases, 12 of them confirmed": the whole a confirmed part follows."""
    doc = noun.doc
    if noun.i < number.end:
        return False
    comma = next(
        (t for t in doc[noun.i + 1 : min(noun.i + 14, noun.sent.end)] if t.text in (",", ";")),
        None,
    )
    if comma is None or comma.text != "," or comma.i + 1 >= noun.sent.end:
        return False
    after = doc[comma.i + 1]
    if not after.like_num:
        return False
    part = doc[after.i : after.i + 1]
    return _confirmed_whole(part) is not None and _counted_before_comma(comma) == noun


# words that may stand between a part's figure and "confirmed" ("14 of them confirmed",
# "of whom 130 are confirmed", "Three of the cases have been laboratory-confirmed")
PART_LINKS = {"of", "them", "whom", "which", "those", "the", "these", "are", "were", "is",
              "was", "have", "has", "had", "been", "now", "so", "far", "by", "in",
              "laboratory", "lab", "-", "tested"}  # fmt: skip


def _confirmed_part_told(noun: Token, value: float) -> bool:
    """ "62 cases (14 of them confirmed)", "39 cases - two confirmed, 20 probable", "cases
    ... number 197, of whom 130 are confirmed", "44 cases ... . Three of the cases are
    confirmed", "77 people have fallen ill; 19 of them have tested positive": a count of
    which the rest of its sentence or the next one says a smaller part is confirmed is not
    all confirmed (hedged), however the part is phrased. A count its own words call
    confirmed, a part of another count ("including 82 deaths") or a figure confirmed of
    another noun ("13 deaths and 7 laboratory-confirmed cases") is left alone."""
    if noun.head.lower_ in ("including", "among") or any(
        c.lemma_.lower() == "confirm" and c.i < noun.i for c in noun.children
    ):
        return False  # (a part itself: "245 cases, including 82 deaths; 64 of them confirmed")
    doc = noun.doc
    end = doc[noun.sent.end].sent.end if noun.sent.end < len(doc) else noun.sent.end
    for part in doc[noun.i + 1 : end]:
        figure = parse_number(part.text) if part.like_num else None
        if figure is None or not 0 < figure < value:
            continue
        for link in doc[part.i + 1 : min(part.i + 7, end)]:
            tested = link.lower_ == "positive" and doc[link.i - 1].lemma_.lower() == "test"
            if tested or link.lemma_.lower() == "confirm" and link.tag_ in ("VBN", "VBD", "JJ"):
                # (not a count of its own: "13 deaths and 7 laboratory-confirmed cases")
                return link.i + 1 == end or doc[link.i + 1].pos_ not in NOUNS
            if link.lower_ not in PART_LINKS and link.lemma_.lower() != noun.lemma_.lower():
                break
    return False


def _bare_count(
    number: Span, rules: RulePack, state: _State
) -> tuple[Token, Token | None, Token, MetricRule] | None:
    """ "Floods kill over 5,000", "5,000 killed": a number with no noun as the object
    of one of an object's `bare_predicates`; the number stands for the noun. With an
    `elliptic_predicates` verb the object must have been named just before ("cases
    climb to 198; New Mexico reports 30")."""
    root = number[-1]
    verb = root.head
    # "14 cases, three of them fatal": a verbless clause whose adjective is the predicate
    verbless = root.dep_ == "nsubj" and verb.pos_ == "ADJ"
    if root.dep_ not in ("dobj", "nsubjpass", "nsubj") or (
        verb.pos_ not in ("VERB", "AUX") and not verbless
    ):
        return None
    if any(c.dep_ == "prep" and c.lower_ == "of" and not _pronoun_object(c) for c in root.children):
        return None  # "killed 12 of the 40 passengers": the count has a noun after all
    # "and 15 died", "12 of them perished": the bare subject of a verb with no object
    # (a noun phrase set off by a comma is no object: "15 of them died, a rate below ...")
    intransitive = root.dep_ == "nsubj" and not any(
        c.dep_ == "dobj" and not any(t.text == "," for t in number.doc[verb.i : c.i])
        for c in verb.children
    )
    # "Eight are dead", "8 were confirmed dead": an adjective of a metric's state as the
    # complement of the bare subject's verb
    complement = next(
        (c for c in verb.children if c.dep_ in ("acomp", "oprd") and c.pos_ == "ADJ"), None
    )
    for metric in rules.metrics:
        for obj in metric.objects:
            if _norm(verb) in obj.bare_predicates and (root.dep_ != "nsubj" or intransitive):
                return root, None, verb, metric
            if (
                complement is not None
                and root.dep_ in ("nsubj", "nsubjpass")
                and root.i < verb.i
                and complement.lower_ in obj.predicates
            ):
                return root, None, verb, metric
    topic = _topic(number, rules)
    if topic is not None and not any(c.dep_ == "prep" and c.lower_ == "of" for c in root.children):
        # ("2,009 cases, 189 of them reported since Thursday": a part of the count)
        metric, objs = topic
        doc = number.doc
        commas = [t.i for t in doc[number.sent.start : verb.i] if t.text in (",", ";", "—")]
        clause = doc[max(commas, default=number.sent.start) : verb.i]
        if any(t.lower_ == "alone" for t in clause):
            return None  # "with one county alone counting 30": a part of the count before
        if root.dep_ == "nsubj" and any(c.dep_ == "dobj" for c in verb.children):
            return None  # "One counts only the drowned": the active subject counts, no count
        if any(_norm(verb) in obj.elliptic_predicates for obj in objs):
            return root, None, verb, metric
    return None


# irregular past forms of the verbs counts are told with ("have the rebels taken?")
IRREGULAR_FORMS = {
    "taken": ("take",), "took": ("take",), "fallen": ("fall",), "fell": ("fall",),
    "won": ("win",), "held": ("hold",), "lost": ("lose",), "overran": ("overrun",),
    "seen": ("see",), "burnt": ("burn",), "caught": ("catch",), "slain": ("slay",),
    "struck": ("strike",), "stricken": ("strike",), "swept": ("sweep",), "ran": ("run",),
    "given": ("give",), "gave": ("give",), "grew": ("grow",), "grown": ("grow",),
}  # fmt: skip


def _forms(word: str) -> set[str]:
    """A word and the stems its plain inflections leave ("deaths" death, "killed" kill,
    "died" die): the sentence may be unparsed, with no lemmas."""
    w = word.lower()
    out = {w, *IRREGULAR_FORMS.get(w, ())}
    for suffix, stem in (("ies", "y"), ("s", ""), ("ed", ""), ("ed", "e"), ("d", "")):
        if w.endswith(suffix) and len(w) > len(suffix) + 2:
            out.add(w[: -len(suffix)] + stem)
    return out


def _count_named(sent: Span, rules: RulePack) -> str | None:
    """The metric of the one count a sentence names ("The toll kept rising", "Officials
    updated the number of deaths"), by the keywords beside the count noun. Read from the
    words alone: a sentence with no figure is left unparsed."""
    nouns = {*rules.count_nouns, "toll"}
    found = set()
    for token in sent:
        if not _forms(token.text) & nouns:
            continue
        near = sent.doc[max(sent.start, token.i - 2) : min(sent.end, token.i + 4)]
        words = {f for t in near for f in _forms(t.text)}
        named = {m.name for m in rules.metrics if words & set(m.keywords)}
        if not named and token.lower_ == "toll":
            named = {m.name for m in rules.metrics for o in m.objects if "toll" in o.nouns}
        found |= named
    return found.pop() if len(found) == 1 else None


def _pronoun_count(
    number: Span, rules: RulePack, state: _State
) -> tuple[Token, Token | None, Token, MetricRule] | None:
    """ "The toll kept rising. By evening officials put it at 212", "It now stands at
    1,032": "it" as the subject or object of a verb that places or moves a count, with the
    figure after "at" or "to", is the count the sentence before named (or asked about: "How
    many acres have burned? The agency puts it at 12,300")."""
    named = state.before or state.asked
    root = number[-1]
    if named is None and root.dep_ == "pobj" and root.head.lower_ == "to":
        # "the toll was given as 140,000, but a later study cut it to roughly 105,000": the
        # count the sentence itself names, before the pronoun
        named = state.named
    if named is None:
        return None
    if root.dep_ == "pobj" and root.head.lower_ in ("at", "to"):
        verb = root.head.head
    elif root.dep_ == "dobj" and _norm(root.head) in REACHING:
        verb = root.head
    elif root.dep_ == "attr" and root.head.lemma_ == "be" and root.head.i < root.i:
        verb = root.head  # "An earlier version gave the toll as 45. It is 54."
    else:
        return None
    lemma = verb.lemma_.lower()
    placing = RANKING_VERBS | GROWTH_VERBS | MOVING | REACHING | PLACING | CUTTING | {"be"}
    if verb.pos_ not in ("VERB", "AUX") or lemma not in placing:
        return None
    pronoun = next(
        (c for c in verb.children if c.lower_ == "it" and c.dep_ in ("nsubj", "dobj")), None
    )
    if pronoun is None or any(t.like_num for t in number.doc[verb.i + 1 : number.start]):
        return None
    return pronoun, None, verb, rules.metric(named)


def _dead_after(
    number: Span, rules: RulePack
) -> tuple[Token, Token | None, Token | None, MetricRule] | None:
    """ "revised its figure to 3,958 confirmed dead", "at 40 dead": a figure followed by
    "dead" (after "confirmed", "known" or "reported") counts the dead, however parsed."""
    doc = number.doc
    words = doc[number.end : min(number.end + 2, number.sent.end)]
    dead = next((t for t in words if t.lower_ == "dead"), None)
    if dead is None or (
        dead.i > number.end
        and doc[number.end].lower_ not in ("confirmed", "known", "reported", "recorded", "counted")
    ):
        return None  # fmt: skip
    for metric in rules.metrics:
        if any("dead" in obj.nouns for obj in metric.objects):
            return dead, None, _first_verb(number[-1]), metric
    return None


def _placed_past_phrase(
    number: Span, rules: RulePack
) -> tuple[Token, Token | None, Token, MetricRule] | None:
    """ "Officials now put the dead in the flooding of the mine at 29": the "at" of a verb
    placing a count, which the parser hung on a noun of the place phrase between
    them, completes the placing verb; its object names the count ("the dead", "the toll")."""
    root = number[-1]
    if not (root.dep_ == "pobj" and root.head.lower_ == "at"):
        return None
    token = root.head.head
    while token.dep_ in ("pobj", "prep") and token.head.i != token.i:
        token = token.head
    verb = token
    if token is root.head.head or verb.pos_ != "VERB" or _norm(verb) not in PLACING:
        return None
    noun = next((c for c in verb.children if c.dep_ == "dobj" and c.i < number.start), None)
    if noun is None:
        return None
    for metric in rules.metrics:
        if any(o.any_predicate and _norm(noun) in o.nouns for o in metric.objects):
            return noun, None, verb, metric
    return None


def _revised_past_phrase(
    number: Span, rules: RulePack
) -> tuple[Token, Token | None, Token, MetricRule] | None:
    """ "corrected the death toll from the Lang Nu flash flood to 53" (read with "flash" a
    verb), "revised down the death toll from the sinking to 18", "revised the toll from the
    ferry sinking down to 18": the "to" of a verb revising or moving a count, which the parser
    hung on a word of the phrase between them, completes that verb; its object (or that of
    its particle, "down the toll") names the count, as `_placed_past_phrase` reads "at"."""
    root = number[-1]
    if not (root.dep_ == "pobj" and root.head.lower_ == "to"):
        return None
    verbs = REVISING | MOVING | {"raise", "update"}
    token = root.head.head
    while not (token.pos_ == "VERB" and _norm(token) in verbs):
        if token.dep_ not in ("pobj", "prep", "advcl", "acl", "advmod") or token.head.i == token.i:
            return None
        token = token.head
    verb = token
    objects = [c for c in verb.children if c.dep_ == "dobj"] + [
        o
        for c in verb.children
        if c.dep_ in ("prep", "prt", "advmod") and c.lower_ in ("down", "up")
        for o in c.children
        if o.dep_ == "pobj"
    ]
    noun = next((o for o in objects if o.i < number.start), None)
    if noun is None or any(t.like_num for t in number.doc[noun.i + 1 : number.start]):
        return None
    for metric in rules.metrics:
        if any(o.any_predicate and _norm(noun) in o.nouns for o in metric.objects):
            return noun, None, verb, metric
    return None


def _moved_past_clause(
    number: Span, rules: RulePack, state: _State
) -> tuple[Token, Token | None, Token, MetricRule] | None:
    """ "taking the total since the outbreak began in March to more than 6,500": the "to"
    of a verb moving a count (its object a noun of counting) that the parser hung on a
    "since"/"after" clause between them completes the moving verb."""
    root = number[-1]
    if not (root.dep_ == "pobj" and root.head.lower_ == "to"):
        return None
    clause = root.head.head
    if clause.dep_ != "advcl" or not any(
        c.dep_ == "mark" and c.lower_ in ("since", "after", "when") for c in clause.children
    ):
        return None
    verb = clause.head
    if verb.pos_ != "VERB" or _norm(verb) not in MOVING:
        return None
    noun = next((c for c in verb.children if c.dep_ == "dobj" and c.i < clause.i), None)
    if noun is None or _norm(noun) not in set(rules.count_nouns) | REPORTS:
        return None
    # ("reported 3,000 new chikungunya cases ..., taking the total ... to 7,000": the
    # count the sentence names)
    metric = _metric_of_count(noun, rules, state) or (
        rules.metric(state.named) if state.named else None
    )
    return (noun, None, verb, metric) if metric is not None else None


def _question(sent: Span, rules: RulePack) -> str | None:
    """ "How many people have died?": the metric of the count asked about, by its noun
    and a predicate of that noun (or a bare predicate: "How many have died?"). Read from
    the words alone: a sentence with no figure is left unparsed."""
    words = [t.text for t in sent[_speaker_label(sent) :] if not t.is_punct]
    if len(words) < 3 or sent[-1].text != "?" or words[0].lower() != "how":
        return None
    if words[1].lower() not in ("many", "much"):
        return None
    rest = [_forms(w) for w in words[2:]]
    said = set().union(*rest)
    found = set()
    alone = set()  # "How many cases are there?": the noun alone asks for the count
    for metric in rules.metrics:
        for obj in metric.objects:
            # ("How many provincial capitals ...": the head of a phrase of up to three words)
            heads = {n.split()[-1] for n in obj.nouns}
            named = set().union(*(r & heads for r in rest[:3]))
            told = {*obj.predicates, *obj.bare_predicates} if named else set(obj.bare_predicates)
            if said & told or named and obj.any_predicate:
                found.add(metric.name)  # ("How many acres have burned?": any verb counts)
            if named and said & {"are", "is", "were", "was", "there"}:
                alone.add(metric.name)
    found = found or alone
    return found.pop() if len(found) == 1 else None


YES_NO_OPENERS = {"is", "was", "are", "were", "did", "does", "do", "has", "have", "had",
                  "could", "can", "will", "would", "should", "might", "may"}  # fmt: skip


def _asked(sent: Span) -> bool:
    """The sentence is a yes-no question ("Was Iota really a Category 5?", "Has the toll
    passed 100?"): it opens with an auxiliary and ends with a question mark."""
    words = [t for t in sent[_speaker_label(sent) :] if not t.is_space and not t.is_punct]
    last = [t for t in sent if not t.is_space]
    return bool(words and last) and last[-1].text == "?" and words[0].lower_ in YES_NO_OPENERS


def _answer(sent: Span) -> str | None:
    """ "no" or "yes": how the sentence after a question opens (after a speaker label)."""
    doc = sent.doc
    rest = [t for t in doc[sent.end : min(len(doc), sent.end + 10)] if not t.is_space]
    colon = next((i for i, t in enumerate(rest[:4]) if t.text == ":"), None)
    if colon is not None and all(t.text.isupper() for t in rest[:colon]):
        rest = rest[colon + 1 :]  # "A: No.", "HEALTH OFFICER: Fifty-eight, yes"
    first = rest[0].lower_ if rest else ""
    if first in ("no", "not", "nope"):
        return "no"
    opening = {t.lower_ for t in rest[:6]}
    return "yes" if opening & {"yes", "yeah", "indeed", "correct"} else None


# words that date a report or figure before another ("the first reports", "a preliminary
# count", "the previous tally", "yesterday's figure", "last night's bulletin")
EARLIER_SOURCE = {"first", "early", "earlier", "initial", "original", "preliminary", "previous",
                  "prior", "old", "yesterday", "last"}  # fmt: skip
# nouns of a report that gives a figure ("the first bulletin", "an early flash")
SOURCE_NOUNS = REPORTS | {"bulletin", "flash", "post", "statement", "briefing", "release",
                          "dispatch", "alert", "message", "tweet", "reading", "account",
                          "total", "number", "return", "reckoning"}  # fmt: skip


def _first_told(noun: Token, verb: Token | None, rules: RulePack) -> bool:
    """ "Early reports counted three dead", "Yesterday's figure was 381", "a preliminary count
    had the fire at 3,200 acres", "officials first counted 210 cases": a count an earlier
    report gives (its subject, or the count's own noun, a report dated before another; its
    verb told "first"). Older than a value the passage gives otherwise (`told_before`)."""
    if verb is None:
        return False
    if verb.lemma_ != "be" and any(
        c.dep_ == "advmod" and c.lower_ == "first" for c in verb.children
    ):
        return True
    sources = list(_clause_subjects(verb))
    if noun.dep_ in ("nsubj", "nsubjpass"):
        sources.append(noun)
    reports = SOURCE_NOUNS | set(rules.modality.report_nouns)
    for source in sources:
        if _norm(source) not in reports:
            continue
        for child in source.children:
            if child.dep_ in ("amod", "poss", "compound", "advmod") and (
                {t.lower_ for t in child.subtree} & EARLIER_SOURCE
            ):
                return True
            # "This morning's figure was 109", "Tuesday's count": a report of a time named
            # (not today's, tonight's or the latest)
            if (
                child.dep_ == "poss"
                and child.ent_type_ in ("DATE", "TIME")
                and not {t.lower_ for t in child.subtree} & NOW_REPORT
            ):
                return True
    return False


# the times of a report that name no earlier one ("Today's figure is 127")
NOW_REPORT = {"today", "tonight", "now", "latest", "current", "evening"}


def _clause_subjects(verb: Token) -> Iterable[Token]:
    """The subjects of `verb`, or of the verb it is conjoined to or completes when it has
    none of its own."""
    while True:
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects or verb.dep_ not in ("conj", "xcomp") or verb.head.i == verb.i:
            return subjects
        verb = verb.head


def _pluperfect_after(verb: Token | None) -> bool:
    """ "a day after the tally had reached 18": a past perfect in an "after" clause set a
    span of time before the news is the older value ("contained on Sunday after it had
    burned 153,336 acres" is the final one)."""
    if verb is None or not any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children):
        return False
    if not any(c.dep_ == "mark" and c.lower_ == "after" for c in verb.children):
        return False
    return any(c.dep_ == "npadvmod" and _norm(c) in SPAN_NOUNS for c in verb.children)


SPAN_NOUNS = {"minute", "hour", "day", "night", "week", "month", "year", "fortnight"}


def _earlier_year(token: Token, state: _State) -> bool:
    """The token is a year before the article's ("1979" in an article of 2024)."""
    if state.published is None or not state.dated or not token.like_num:
        return False
    text = token.text
    return len(text) == 4 and text.isdigit() and 1800 <= int(text) < state.published.year


def _of_earlier_year(noun: Token, verb: Token | None, state: _State) -> bool:
    """ "since a Category 5 in 1979": the counted noun dated by an earlier year; "the summer
    of 1994, when fires blackened 300,000 acres": a "when" clause of an earlier year's noun
    dates its verb."""
    # ("a Category 4 storm in 1998": the noun the figure's noun describes)
    described = noun.head if noun.dep_ in ("compound", "nmod", "amod") else noun
    dated = [
        o
        for p in (*noun.children, *described.children)
        if p.dep_ == "prep" and p.lower_ in ("in", "of", "during")
        for o in p.children
        if o.dep_ == "pobj"
    ]
    if any(_earlier_year(o, state) for o in dated):
        return True
    if verb is None or verb.dep_ != "relcl":
        return False
    if not any(c.lower_ == "when" for c in verb.children):
        return False
    head = verb.head
    return any(
        _earlier_year(t, state) for t in head.subtree if not verb.is_ancestor(t) and t != verb
    )


def _speaker_label(sent: Span) -> int:
    """The length of a transcript's speaker label opening the sentence ("Q:", "HOST:",
    "MINISTER OKAFOR:"): words in capitals and a colon; 0 when there is none."""
    for i, token in enumerate(sent[:6]):
        if token.text == ":":
            words = [t for t in sent[:i] if not t.is_space]
            upper = words and all(t.text.isupper() and t.is_alpha for t in words)
            return i + 1 if upper else 0
    return 0


def _answered_count(
    number: Span, rules: RulePack, state: _State
) -> tuple[Token, Token | None, Token | None, MetricRule] | None:
    """ "How many people have died? At least 28, according to officials": a figure with no
    verb of its own, first in the sentence after a question of "how many", answers it."""
    if state.asked is None:
        return None
    root = number[-1]
    sent = number.sent
    if (
        root.dep_ in ("dobj", "ccomp", "attr")
        and root.head.lemma_.lower() in SAYING | PLACING
        and root.head.i < root.i
        and not any(c.dep_ in ("prep", "appos") or c.pos_ in NOUNS for c in root.children)
        and all(not t.like_num for t in sent if t.i < number.start)
        and (number.end == sent.end or not sent.doc[number.end].is_alpha)
    ):
        # "How many died? The disaster agency says 1,700.": a bare figure a sayer gives
        return root, None, None, rules.metric(state.asked)
    opening = sent.doc[sent.start + _speaker_label(sent) : number.start]
    if not all(t.lower_ in BOUND_WORDS or t.is_punct for t in opening):
        return None  # the answer opens with the figure ("At least 28, ...")
    head = root.head
    said = head.lemma_.lower() in SAYING and head.i > root.i  # "More than 400, it says"
    # "Six, as of Monday evening, when X was handed over": a figure a comma closes is a
    # verbless answer, whatever later verb the parser hung it on
    said = said or (number.end < sent.end and sent.doc[number.end].text in (",", "—", "–"))
    if head.pos_ in ("VERB", "AUX") and head.i != root.i and root.dep_ != "npadvmod" and not said:
        return None  # "Officials have confirmed 1,140": a clause of its own
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in root.children):
        return None  # "Two of them": a part
    return root, None, None, rules.metric(state.asked)


def _elided_count(
    number: Span, rules: RulePack, state: _State
) -> tuple[Token, Token | None, Token | None, MetricRule] | None:
    """A count whose noun was named just before and is left out: "acknowledged the fall
    of only nine" (the noun of the event takes the number), "which makes it 41", "That
    makes 14" (the count the sentence before moved)."""
    root = number[-1]
    quantity = parse_quantity(number.text)
    if quantity is None or quantity.kind != "cardinal":
        return None
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in root.children):
        return None  # "the fall of nine of them": a part
    counted = _count_read_as_clause(number, rules)
    if counted is not None:
        return counted
    counted = _conjunct_count(number, rules, state)
    if counted is not None:
        return counted
    event = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "of" else None
    if event is not None and event.pos_ == "NOUN" and not event.like_num:
        topic = _topic(number, rules)
        if topic is not None and any(
            not obj.any_predicate and _norm(event) in obj.predicates for obj in topic[1]
        ):
            return root, None, _first_verb(root), topic[0]
        return None
    verb = root.head
    if root.dep_ == "appos" and verb.lower_ == "it":
        verb = verb.head  # "Makes It Six"
    elif root.dep_ == "ccomp" and any(
        c.lower_ == "it" for c in (*root.children, *root.head.children)
    ):
        pass  # "which makes it 41": "it 41" read as a clause
    elif root.dep_ not in ("dobj", "oprd", "attr"):
        return None
    if verb.lemma_.lower() != "make" or verb.pos_ != "VERB":
        return None
    topic = _topic(number, rules)
    metric = topic[0] if topic is not None else _named_after(number, rules)
    if metric is None and state.last_metric is not None:
        metric = rules.metric(state.last_metric)
    return (root, None, verb, metric) if metric is not None else None


def _part_of_told_whole(
    number: Span, rules: RulePack, state: _State
) -> tuple[Token, Token | None, Token | None, MetricRule] | None:
    """ "Tally so far: six of 34", "officials count ten of the 34 under insurgent control",
    "the 12 district towns of Osk ... had taken seven of the 12": a count whose noun is left
    out, its whole a bare figure. The whole tells what is counted: the metric's own known
    whole (`default_total`, where the article names its context) or a figure an earlier
    noun of the metric carried in the article. The part must be told with one of that
    object's predicates, or stand alone in a label line ("Running total: 8 of 34")."""
    root = number[-1]
    quantity = parse_quantity(number.text)
    if quantity is None or quantity.kind != "cardinal":
        return None
    prep = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    whole = _pobj(prep) if prep is not None and prep.i > root.i else None
    if whole is None or not whole.like_num or whole.dep_ != "pobj":
        return None
    told = parse_quantity(_hyphenated(whole))
    if told is None or told.kind != "cardinal" or told.value <= quantity.value:
        return None
    metric = next(
        (
            m
            for m in rules.metrics
            if m.default_total == told.value and (not m.context or _in_context(m, state))
        ),
        None,
    ) or _whole_named_before(number, told.value, rules)
    if metric is None:
        return None
    verb = _governing_verb(root, number)
    label = verb is None and any(t.text == ":" for t in number.doc[number.sent.start : root.i])
    if not label and not any(_predicate_ok(obj, root, number, verb) for obj in metric.objects):
        return None
    return root, whole, verb, metric


def _bracketed_restatement(
    number: Span, rules: RulePack
) -> tuple[Token, Token | None, Token | None, MetricRule] | None:
    """ "has killed 22 children and infected many more (3,736 so far)", "infected thousands
    (4,100 by Friday)": a figure in brackets that puts a number on a vague quantity ("many
    more", "thousands", "hundreds") standing bare as the object or subject of a verb that
    counts one metric with no noun (its `bare_predicates`)."""
    doc = number.doc
    if number.start - 2 < number.sent.start or doc[number.start - 1].text != "(":
        return None
    vague = doc[number.start - 2]
    if vague.lower_ not in VAGUE_QUANTITIES or vague.dep_ not in ("dobj", "nsubj", "nsubjpass"):
        return None
    verb = vague.head
    if verb.pos_ != "VERB":
        return None
    named = {m.name for m in rules.metrics for o in m.objects if _norm(verb) in o.bare_predicates}
    # (the figure stands as its own noun: "more" is no increment here, it compares the
    # infected with the dead)
    return (number[-1], None, verb, rules.metric(named.pop())) if len(named) == 1 else None


def _whole_named_before(number: Span, value: float, rules: RulePack) -> MetricRule | None:
    """The metric whose object noun a figure of `value` counted earlier in the article
    ("the 12 district towns of Osk province": towns, so cities captured)."""
    for token in reversed(number.doc[: number.start]):
        if token.dep_ != "nummod" or token.head.pos_ not in NOUNS:
            continue
        q = parse_quantity(_hyphenated(token))
        if q is None or q.kind != "cardinal" or q.value != value:
            continue
        noun = _norm(token.head)
        named = {m.name for m in rules.metrics for o in m.objects for n in o.nouns
                 if n.split()[-1] == noun}  # fmt: skip
        return rules.metric(named.pop()) if len(named) == 1 else None
    return None


def _surface_subject_count(
    number: Span, rules: RulePack, state: _State
) -> tuple[Token, Token | None, Token | None, MetricRule] | None:
    """ "the combined death toll from Monday's quake in Turkey and Syria passed 7,800",
    "confirmed cases of the virus had reached 571", parsed with another subject or none:
    the figure a verb of reaching took counts the noun that stands before the verb as
    its subject, with no verb between them."""
    root = number[-1]
    verb = root.head
    if root.dep_ != "dobj" or verb.pos_ != "VERB" or _norm(verb) not in REACHING:
        return None
    if verb.tag_ == "VB" or any(c.dep_ == "prep" and c.lower_ == "of" for c in root.children):
        return None  # "was likely to pass 3,000" looks ahead; "84 of them" is a part
    doc = number.doc
    if any(t.like_num for t in doc[verb.i + 1 : number.start]) or number.start - verb.i > 4:
        return None  # the verb's figure is the one right after it
    for i in range(verb.i - 1, max(number.sent.start, verb.i - 13) - 1, -1):
        word = doc[i]
        reduced = (
            # "the number of people confirmed dead in the quake has passed": a participle and
            # its adjective after a noun, a reduced relative clause (the parser's main verb)
            word.tag_ in ("VBN", "VBD")
            and doc[i + 1].pos_ == "ADJ"
            and i > number.sent.start
            and doc[i - 1].pos_ == "NOUN"
        )
        if (
            word.pos_ == "VERB"
            and word.dep_ not in ("amod", "acl")
            and doc[i + 1].pos_ != "NOUN"
            and not reduced
        ):
            return None
        if word.pos_ != "NOUN" or doc[i - 1].lower_ in ("of", "from") and i > 0:
            continue
        match = _metric_for(word, number, rules, False, verb, state)
        if match is not None and not match.number_after:
            return word, None, verb, match
    return None


def _listed_rank(
    number: Span, sent: Span, rules: RulePack
) -> tuple[Token, Token | None, Token | None, MetricRule] | None:
    """ "Kunduz (9th) and Sar-e Pul (10th): both fell on Sunday, the rebels now holding
    10 of the 34 provincial capitals": an ordinal alone in brackets after a name ranks
    that place in the count the sentence names; of several such, the last is the
    count (as in "the ninth and tenth capitals")."""
    quantity = parse_quantity(number.text)
    if quantity is None or quantity.kind != "ordinal" or not _bracketed_alone(number):
        return None
    name = number.doc[number.start - 2]
    if name.pos_ != "PROPN":
        return None
    later = sent.doc[number.end : sent.end]
    if any(
        t.text == "(" and t.i + 2 < sent.end and _bracketed_alone(sent.doc[t.i + 1 : t.i + 2])
        for t in later
    ):
        return None  # "X (9th) and Y (10th)": the count is read at the last
    metric = _named_in(sent, rules)
    return (name, None, None, metric) if metric is not None else None


def _elided_rank(
    number: Span, sent: Span, rules: RulePack, state: _State
) -> tuple[Token, Token | None, Token | None, MetricRule] | None:
    """ "The rebels have taken five towns. Kunduz was the sixth to fall": an ordinal with
    its noun left out, given an infinitive of a verb the count takes and said of a named
    place, counts the places the sentence or the claim before it counted."""
    root = number[-1]
    quantity = parse_quantity(number.text)
    if quantity is None or quantity.kind != "ordinal":
        return None
    doc = number.doc
    if number.start - 1 < sent.start or doc[number.start - 1].lower_ != "the":
        return None
    # "the 33rd of the 34 to fall": the whole the rank is in, before the infinitive
    whole = _rank_whole(number)
    after = whole.i + 1 if whole is not None else number.end
    if after + 1 >= sent.end or doc[after].lower_ != "to":
        return None
    verb = doc[after + 1]  # "the sixth to fall": the infinitive right after it
    if verb.tag_ != "VB":
        return None
    # the place it is said of, however the parse reads the ordinal (an attribute, an
    # adjective, a clause's subject): the appositive's head ("Kunduz, the sixth to
    # fall"), the subject of "be" ("Kunduz is the sixth to fall") or the object of
    # "make" ("making it the sixth to fall", "makes Kunduz the sixth to fall")
    place = root.head if root.dep_ == "appos" else None
    if place is None:
        copula = next((a for a in root.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if copula is not None and copula.lemma_ == "be":
            place = next((c for c in copula.children if c.dep_ == "nsubj"), None)
    maker = doc[number.start - 3] if number.start - 3 >= sent.start else None
    if place is None and maker is not None and maker.lemma_ == "make":
        place = doc[number.start - 2]
    if place is None:
        return None
    verbs = [verb]
    named = _named_in(sent, rules)
    # "it" stands for the place only where the sentence names the kind of place counted
    if place.ent_type_ not in ("GPE", "LOC", "FAC") and not (
        place.lower_ == "it" and named is not None
    ):
        return None
    metric = named
    if metric is None and state.last_metric is not None:
        metric = rules.metric(state.last_metric)
    topic = _topic(number, rules, span=80) if metric is None and whole is not None else None
    if topic is not None:
        metric = topic[0]  # "How the provincial capitals fell ... Kabul, the 33rd of the 34"
    if metric is None or not any(
        _norm(v) in obj.predicates for v in verbs for obj in metric.objects
    ):
        return None
    return place, whole, verbs[0], metric


def _bound_before_noun(noun: Token) -> Bound:
    """The bound a word sets before the noun a figure follows ("roughly a Category 1",
    "about Category 2"), past its article."""
    doc = noun.doc
    at = noun.i - 1
    if at > noun.sent.start and doc[at].lower_ in ("a", "an"):
        at -= 1
    if at < noun.sent.start:
        return "exact"
    return parse_bound(doc[at].text)


def _rank_whole(number: Span) -> Token | None:
    """The number of "of the 34" or "of 34" right after an ordinal ("the 33rd of the 34")."""
    doc = number.doc
    at = number.end
    if at >= len(doc) or doc[at].lower_ != "of":
        return None
    at += 1 if at + 1 < len(doc) and doc[at + 1].lower_ == "the" else 0
    whole = doc[at + 1] if at + 1 < len(doc) else None
    return whole if whole is not None and whole.like_num else None


def _restated_rank(
    number: Span, sent: Span, rules: RulePack, state: _State
) -> tuple[Token, Token | None, Token | None, MetricRule] | None:
    """ "An earlier version said X was the tenth provincial capital taken. It was the
    ninth.": a short sentence of "be" and a bare ordinal, said of "it" or a place, ranks in
    the count the claim before it counted."""
    quantity = parse_quantity(number.text)
    if quantity is None or quantity.kind != "ordinal" or state.last_metric is None:
        return None
    if not state.last_ordinal:
        return None  # ("The fire has burned 4,000 acres. It was the third.": no rank before)
    words = [t for t in sent if not t.is_punct and not t.is_space]
    doc = number.doc
    if len(words) > 6 or words[-1].i != number.end - 1 or doc[number.start - 1].lower_ != "the":
        return None
    copula = number[-1].head
    if copula.lemma_ != "be" or number[-1].dep_ != "attr":
        return None
    place = next((c for c in copula.children if c.dep_ == "nsubj"), None)
    if place is None or not (place.lower_ == "it" or place.ent_type_ in ("GPE", "LOC", "FAC")):
        return None
    return place, None, None, rules.metric(state.last_metric)


# verbs a test or a doctor finds a disease with, in the persons it names after "in"
FINDING_DISEASE = {"confirm", "detect", "diagnose", "identify", "find", "record"}


def _disease_found_in(
    number: Span, rules: RulePack
) -> tuple[Token, Token | None, Token | None, MetricRule] | None:
    """ "has confirmed Nipah virus infection in 12 people", "laboratory tests had confirmed
    anthrax in 23 people", "detected cholera in 41 residents": a disease a verb of finding
    takes as its object, found "in" a number of persons, counts them as cases. Not a thing
    no metric names ("found mould in 40 homes")."""
    root = number[-1]
    noun = root.head if root.dep_ == "nummod" else root
    if noun.dep_ != "pobj" or noun.head.lower_ != "in":
        return None
    verb = noun.head.head
    if verb.pos_ != "VERB" or _norm(verb) not in FINDING_DISEASE:
        return None
    metric = next((m for m in rules.metrics if m.name == "confirmed_cases"), None)
    if metric is None:
        return None
    persons = {n for o in metric.objects if "infect" in o.predicates for n in o.nouns}
    if _norm(noun) not in persons:
        return None
    keywords = set(metric.keywords)
    disease = [
        o
        for o in verb.children
        if o.dep_ in ("dobj", "nsubjpass")
        and any(t.lower_ in keywords or _norm(t) in keywords for t in o.subtree)
    ]
    return (noun, None, verb, metric) if disease else None


def _country_lost(verb: Token | None) -> bool:
    """ "Canada, which lost 57 citizens", "The Netherlands lost 196 citizens": the dead a
    country lost are its share of a disaster's toll, a part of a larger count of it told
    near (as a batch is, `_parts_summing_to_whole`); alone, they are the count."""
    if verb is None or _norm(verb) != "lose":
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in ("which", "who", "that") and verb.dep_ == "relcl":
        subject = verb.head
    return subject is not None and subject.ent_type_ in ("GPE", "NORP")


def _none_survived(
    number: Span, rules: RulePack
) -> tuple[Token, Token | None, Token | None, MetricRule] | None:
    """ "None of the 176 people on board survived", "confirming that none of the 262 miners
    trapped since the fire had survived", "There were no survivors among the 44 people
    aboard": every one of the persons counted died, a toll of them all. Not one found alive
    or not yet ("If none of the 80 unaccounted for is found alive": a verb of finding)."""
    root = number[-1]
    noun = root.head if root.dep_ == "nummod" else root
    if noun.dep_ != "pobj":
        return None
    prep = noun.head
    if prep.lower_ == "of" and prep.head.lower_ in ("none", "neither"):
        verb = prep.head.head
        if _norm(verb) != "survive" or prep.head.dep_ not in ("nsubj", "nsubjpass"):
            return None
    elif (
        prep.lower_ == "among"
        and _norm(prep.head) == "survivor"
        and any(c.dep_ == "det" and c.lower_ == "no" for c in prep.head.children)
    ):
        verb = prep.head.head
    else:
        return None
    metric = next((m for m in rules.metrics if m.name == "death_toll"), None)
    # (no verb: "survived" is a verb the toll excludes, the survivors counted so)
    return (noun, None, None, metric) if metric is not None and verb is not None else None


def _trailing_rank(
    number: Span, sent: Span, rules: RulePack, state: _State
) -> tuple[Token, Token | None, Token | None, MetricRule] | None:
    """ "Herat fell on Thursday, the 11th provincial capital taken; Kandahar followed
    overnight, the 12th.", "12 Aug - The Taliban take Ghazni, the 10th.": a bare ordinal set
    off after a clause that names a place, with nothing after it, ranks that place in the
    count the claim before it counted with an ordinal (as `_restated_rank` reads "It was
    the ninth.")."""
    quantity = parse_quantity(number.text)
    if quantity is None or quantity.kind != "ordinal" or state.last_metric is None:
        return None
    if not state.last_ordinal:
        return None
    doc = number.doc
    if number.start - 2 < sent.start or doc[number.start - 1].lower_ != "the":
        return None
    if doc[number.start - 2].text not in (",", "—", "–"):
        return None
    # ("the 33rd of 34": the whole it ranks within, right after it)
    whole = _rank_whole(number)
    end = whole.i + 1 if whole is not None else number.end
    if end < sent.end and doc[end].text not in (".", ";", ",", "\n") and not doc[end].is_space:
        return None
    clause = [t for t in doc[sent.start : number.start - 2] if t.text != ";"]
    stops = [t.i for t in doc[sent.start : number.start - 2] if t.text == ";"]
    if stops:
        clause = [t for t in clause if t.i > stops[-1]]
    places = [t for t in clause if t.ent_type_ in ("GPE", "LOC", "FAC")]
    if not places:
        return None
    return places[-1], None, None, rules.metric(state.last_metric)


def _joined_rank(
    number: Span, sent: Span, rules: RulePack, state: _State
) -> tuple[Token, Token | None, Token | None, MetricRule] | None:
    """ "It was the second town the rebels have taken in two days and the 14th since
    January": an ordinal with its noun left out, joined by "and" to a lower ordinal of the
    same sentence, ranks in the count that ordinal's noun names, by the same clause."""
    quantity = parse_quantity(number.text)
    if quantity is None or quantity.kind != "ordinal":
        return None
    doc = number.doc
    if number.start - 2 < sent.start or doc[number.start - 1].lower_ != "the":
        return None
    if doc[number.start - 2].lower_ != "and":
        return None
    if number.end < sent.end and doc[number.end].pos_ in NOUNS:
        return None  # "and the 14th town": its own noun
    for token in reversed(doc[sent.start : number.start - 2]):
        value = _ordinal_value(token)
        if not value:
            continue
        noun = token.head
        if value >= quantity.value or token.dep_ != "amod" or noun.pos_ != "NOUN":
            return None
        earlier = doc[token.i : token.i + 1]
        verb = _governing_verb(noun, earlier)
        metric = _metric_for(noun, earlier, rules, True, verb, state)
        return (noun, None, verb, metric) if metric is not None else None
    return None


def _gapped_count(
    number: Span, rules: RulePack, state: _State
) -> tuple[Token, Token | None, Token | None, MetricRule] | None:
    """ "The Ridge Fire has burned 12,000 acres and the Creek Fire 8,000": in a clause
    whose verb and noun are left out (gapping), a new subject stands with a bare number;
    the number counts the noun of the clause before, for that subject."""
    name = _gapped_subject(number)
    if name is None:
        return None
    token = name
    while token.dep_ in ("conj", "appos", "npadvmod") and token.head.i != token.i:
        token = token.head
    if token.pos_ in ("VERB", "AUX"):
        verb = token
        counted = [c for c in verb.children if c.dep_ == "dobj" and c.i < name.i]
        if not counted:
            return None
        noun = counted[0]
    elif token.dep_ == "dobj":
        noun, verb = token, token.head
    else:
        return None
    if not any(c.dep_ == "nummod" and c.i < noun.i for c in noun.children):
        return None  # the clause before counts its noun with a number of its own
    match = _metric_for(noun, number, rules, False, verb, state)
    return (noun, None, verb, match) if match is not None else None


def _gapped_prep_count(
    number: Span, rules: RulePack, state: _State
) -> tuple[Token, Token | None, Token | None, MetricRule] | None:
    """ "the Ash Fire stood at 3,700 acres and the Birch Fire at 1,400": a bare number after
    a preposition its verb took before with a counted noun counts that noun (the verb and
    the noun left out)."""
    root = number[-1]
    if root.dep_ != "pobj" or any(c.dep_ == "prep" for c in root.children):
        return None
    if root.ent_type_ in ("DATE", "TIME") or any(c.dep_ != "punct" for c in root.children):
        return None  # "after the April 25 earthquake": a day, or a number with words of its own
    prep = root.head
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    for other in verb.children:
        if other.dep_ != "prep" or other.lower_ != prep.lower_ or other.i >= prep.i:
            continue
        noun = _pobj(other)
        if noun is None or not any(c.dep_ == "nummod" and c.like_num for c in noun.children):
            continue
        match = _metric_for(noun, number, rules, False, verb, state)
        if match is not None:
            return noun, None, verb, match
    return None


def _elided_object(
    number: Span, rules: RulePack, state: _State
) -> tuple[Token, Token | None, Token | None, MetricRule] | None:
    """ "Fires have blackened 2 million hectares in the east; the west has lost 1.2
    million": a bare number a verb with a subject of its own takes, after a clause of the
    sentence that counted a noun with a number, counts that noun (its noun left out)."""
    root = number[-1]
    verb = root.head
    if root.dep_ != "dobj" or verb.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.pos_ in NOUNS or c.dep_ == "prep" for c in root.children):
        return None
    if not any(c.dep_ == "nsubj" for c in verb.children):
        return None
    sent = number.sent
    for other in sent.doc[sent.start : number.start]:
        if other.dep_ != "dobj" or other.pos_ != "NOUN" or other.head.i == verb.i:
            continue
        if other.head.head.i != verb.i and verb.head.i != other.head.i:
            continue  # the two clauses are not joined to each other
        sibling = next((c for c in other.children if c.dep_ == "nummod"), None)
        if sibling is None:
            continue
        span = sent.doc[sibling.i : sibling.i + 1]
        metric = _metric_for(other, span, rules, False, other.head, state)
        if metric is not None and any(
            _norm(verb) in obj.elliptic_predicates
            for obj in metric.objects
            if _norm(other) in obj.nouns or other.lemma_ in obj.nouns
        ):
            return other, None, verb, metric
    return None


def _gapped_subject(number: Span) -> Token | None:
    """The subject a bare number stands after in a gapped clause ("and the floods 40")."""
    root = number[-1]
    head = root.head
    doc = number.doc
    following = doc[number.end] if number.end < len(doc) else None
    if (
        root.dep_ != "nummod"
        or number.start != head.i + 1
        or head.dep_ not in ("conj", "appos", "npadvmod")
        or head.pos_ != "PROPN"  # a named subject: "the Creek Fire 8,000"
        or (following is not None and not (following.is_punct or following.lower_ == "and"))
    ):
        return None
    if any(c.dep_ == "compound" and c.lower_ in ("category", "cat") for c in head.children):
        return None
    # a name a number may end ("Highway 3", "Camp 7") is a subject only with "the" or as
    # a place ("the Creek Fire 8,000", "Oregon 150,000")
    if not (any(c.dep_ == "det" for c in head.children) or head.ent_type_ in ("GPE", "LOC")):
        return None
    if root.ent_iob_ == "I" and root.ent_type_ == head.ent_type_:
        return None  # the number is part of the name
    return head


def _defender_holds(verb: Token | None) -> bool:
    """ "The government now holds fewer than half of the 34 provincial capitals", "the
    army still controls 20 towns": what the defending state keeps is not what was taken
    from it."""
    if verb is None or _norm(verb) not in HOLDING_VERBS:
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ == "ccomp" and any(c.pos_ == "PRON" for c in subjects):
        # "the army says it still holds 14 of the 20 towns": the pronoun is the sayer
        subjects += [c for c in verb.head.children if c.dep_ == "nsubj"]
    return any(
        # a common noun: "the Arakan Army", an insurgent group's name, is no state army
        c.pos_ == "NOUN" and _norm(c) in DEFENDERS
        for c in subjects
    )


def _bracketed_alone(number: Span) -> bool:
    doc = number.doc
    return (
        number.start > 0
        and number.end < len(doc)
        and doc[number.start - 1].text == "("
        and doc[number.end].text.startswith(")")  # "):" may be one token
        and parse_quantity(number.text) is not None
    )


def _conjunct_count(
    number: Span, rules: RulePack, state: _State
) -> tuple[Token, Token | None, Token | None, MetricRule] | None:
    """ "three capitals in a single day, and five in three days": a bare number joined to
    a counted noun counts the same noun, in its own window."""
    root = number[-1]
    noun = root.head
    if root.dep_ == "conj" and noun.pos_ in ("VERB", "AUX"):
        # ("That is three capitals in a day, and five since Friday", read as two clauses)
        noun = next(
            (
                c
                for c in noun.children
                if c.dep_ in ("attr", "dobj", "nsubj", "nsubjpass")
                and c.i < root.i
                and c.pos_ in NOUNS
                and any(n.dep_ == "nummod" for n in c.children)
            ),
            noun,
        )
    if root.dep_ != "conj" or noun.pos_ not in NOUNS or root.i < noun.i:
        return None
    if any(c.pos_ in NOUNS for c in root.children):
        return None
    sibling = next((c for c in noun.children if c.dep_ == "nummod" and c.like_num), None)
    if sibling is None:
        return None
    span = noun.doc[sibling.i : sibling.i + 1]
    for counted, total_token, modifies in _counted_nouns(span, rules.scale_nouns):
        if counted.i != noun.i:
            continue
        verb = _governing_verb(noun, span)
        metric = _metric_for(noun, span, rules, modifies, verb, state)
        if metric is not None:
            return noun, total_token, verb, metric
    return None


def _named_after(number: Span, rules: RulePack) -> MetricRule | None:
    """ "Aybak makes it six: Samangan capital handed over": the one metric whose object
    noun the rest of the sentence names."""
    found = {
        metric.name
        for t in number.doc[number.end : number.sent.end]
        if t.pos_ in NOUNS
        for metric in rules.metrics
        for obj in metric.objects
        for phrase in obj.nouns
        if phrase.split()[-1] in (_plain(t), t.lower_)
    }
    return rules.metric(found.pop()) if len(found) == 1 else None


def _count_read_as_clause(
    number: Span, rules: RulePack
) -> tuple[Token, Token | None, Token | None, MetricRule] | None:
    """ "The number killed when a truck hit the crowd rose to 84": the parse makes the
    count noun the subject of its participle, and the verb the number goes "to" a clause
    below it; the participle says what is counted."""
    root = number[-1]
    if root.dep_ != "pobj" or root.head.lower_ not in ("to", "at"):
        return None
    verb = root.head.head
    subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    if verb.pos_ != "VERB" or subject and verb.dep_ != "advcl":
        return None  # (an advcl's subject may be the misread "truck ploughed ... rose")
    # (or the verb's clausal subject: "The number of people sickened in the meningitis
    # outbreak rose to 205" parsed with "number" the subject of "sickened", a csubj)
    clausal = [c for c in verb.children if c.dep_ == "csubj" and c.i < verb.i]
    for participle in [*verb.ancestors, *clausal]:
        noun = participle.doc[participle.i - 1] if participle.i > 0 else None
        if noun is not None and noun.dep_ == "pobj" and noun.head.lower_ == "of":
            noun = noun.head.head  # "the number of people sickened"
        if (
            noun is not None
            and participle.tag_ in ("VBD", "VBN")
            and noun.dep_ in ("nsubj", "nsubjpass")
            and noun.head.i == participle.i
            and _norm(noun) in rules.count_nouns
            and not any(c.dep_ == "dobj" for c in participle.children)
        ):
            named = {
                m.name
                for m in rules.metrics
                for obj in m.objects
                if not obj.any_predicate and _norm(participle) in obj.predicates
            }
            if len(named) != 1:
                return None  # "the number injured when ...": no metric's count
            return noun, None, participle, rules.metric(named.pop())
    return None


def _pronoun_object(prep: Token) -> bool:
    """ "of them", "of those": a part of a group named before, not a noun of its own."""
    pobj = _pobj(prep)
    return pobj is not None and pobj.pos_ == "PRON"


def _plain(token: Token) -> str:
    """The word without a plural ending, read without the parse (earlier sentences of
    the article may be unparsed)."""
    word = token.lower_
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _topic(
    number: Span, rules: RulePack, span: int = 60
) -> tuple[MetricRule, list[ObjectRule]] | None:
    """The metric and objects named last before the number in the article (by head
    noun; a noun that two metrics count, like "people", names none)."""
    heads: dict[str, list[tuple[MetricRule, ObjectRule]]] = {}
    for metric in rules.metrics:
        for obj in metric.objects:
            for phrase in obj.nouns:
                heads.setdefault(phrase.split()[-1], []).append((metric, obj))
    # "the quake killed 40 people": a verb that counts one metric with a bare number
    verbs: dict[str, set[str]] = {}
    for metric in rules.metrics:
        for obj in metric.objects:
            for lemma in obj.bare_predicates:
                verbs.setdefault(lemma, set()).add(metric.name)
    doc = number.doc
    for token in reversed(doc[max(0, number.start - span) : number.start]):
        found = heads.get(_plain(token)) or heads.get(token.lower_)
        if found and token.pos_ == "VERB":
            found = None  # "now counts 92": the verb is no noun named before
        if found and len({m.name for m, _ in found}) == 1:
            return found[0][0], [obj for _, obj in found]
        named = verbs.get(token.lemma_.lower(), set()) if token.pos_ == "VERB" else set()
        if len(named) == 1:
            metric = rules.metric(named.pop())
            return metric, list(metric.objects)
    return None


def _year_of(noun: Token) -> str | None:
    """The year among the words before a noun ("the 1961 storm"), if any."""
    lefts = [t for left in noun.lefts for t in left.subtree]
    years = [t for t in lefts if _is_year(t.doc[t.i : t.i + 1], tagged=False)]
    return years[0].text if years else None


def _day_of_month(number: Span) -> bool:
    """ "Oct 9", "March 14th", "9 October": a day number beside a capitalised month's name
    (or its abbreviation) is a date, whatever the model tags it."""
    if len(number) != 1 or not number[0].is_digit or not 1 <= int(number[0].text) <= 31:
        return False
    doc = number.doc
    beside = [doc[i] for i in (number.start - 1, number.end) if 0 <= i < len(doc)]
    if number.start >= 2 and doc[number.start - 1].text == ".":
        beside.append(doc[number.start - 2])  # "Oct. 9"
    return any(
        t.text[:1].isupper()
        and t.lower_.rstrip(".") in MONTHS
        and t.lower_ != "may"
        or t.text == "May"
        and (t.i == number.start - 1 or _ends_phrase(t))  # "May 3", "3 May:", "3 May 2024"
        for t in beside
    )


def _day_ordinal(number: Span) -> bool:
    """ "entered Bayamo on the 20th", "since their rising on the 10th", "by the 3rd": a bare
    ordinal of a day of the month after "on", "since", "by", "until" or "from" and "the", with
    no noun after it, is a date, no rank in a count."""
    quantity = parse_quantity(number.text)
    if quantity is None or quantity.kind != "ordinal" or not 1 <= quantity.value <= 31:
        return False
    if not any(t.text[:1].isdigit() for t in number):
        return False  # ("on the third day", "the third of the 34": spelled ranks stay ranks)
    doc = number.doc
    if number.start < 2 or doc[number.start - 1].lower_ != "the":
        return False
    if doc[number.start - 2].lower_ not in ("on", "since", "by", "until", "till", "from"):
        return False
    after = doc[number.end] if number.end < len(doc) else None
    return after is None or after.is_punct or after.lower_ in ("of", "and", "to", "after")


def _ends_phrase(token: Token) -> bool:
    """The token is followed by punctuation, a figure or nothing (not "3 May have died")."""
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return after is None or after.is_punct or after.like_num


def _is_year(number: Span, tagged: bool = True) -> bool:
    """ "In 1999, a quake ..." names a year, not a count (`tagged`: the model says so).
    A year the model tags may be of any century ("won the city back in 1637"): a bare
    four-digit figure told as a date is no count of anything, however old."""
    token = number[-1]
    dated = token.ent_type_ == "DATE"
    return (
        len(number) == 1
        and (dated or not tagged)
        and token.text.isdigit()
        and len(token.text) == 4
        and (1000 if dated else 1800) <= int(token.text) <= 2100
    )


def _first_verb(token: Token) -> Token | None:
    """The nearest verb above `token`."""
    return next((t for t in token.ancestors if t.pos_ in ("VERB", "AUX")), None)


def _path(token: Token, top: Token) -> list[Token]:
    """`token` and its heads up to `top` (excluded)."""
    path = []
    while token.i != top.i and token.head.i != token.i:
        path.append(token)
        token = token.head
    return path


def _all_of(number: Span) -> bool:
    """ "all 34 of the country's provincial capitals", "all three of", "all three
    regional capitals": total = value."""
    doc = number.doc
    return (
        number.start > 0
        and doc[number.start - 1].lower_ == "all"
        and number.end < len(doc)
        and (
            doc[number.end].lower_ == "of"
            or number[-1].dep_ == "nummod"
            and number[-1].head.pos_ == "NOUN"
        )
    )


def _own_after_clause(number: Span) -> bool:
    """ "a day after Fiona made landfall as a Category 1": an "N days after" clause with its
    own subject and verb tells its own news, asserted unless the passage gives the count
    another value (recorded for processors.modality.aged_alone)."""
    token = number[-1]
    while token.head.i != token.i and not any(
        c.lower_ == "after" and c.dep_ == "mark" for c in token.children
    ):
        token = token.head
    mark = next((c for c in token.children if c.lower_ == "after" and c.dep_ == "mark"), None)
    if mark is None or token.tag_ != "VBD":
        return False
    if not any(c.dep_ == "nsubj" for c in token.children):
        return False
    # ("a day after", "two days after": the measure hangs on "after" or heads the clause; a
    # span of days or hours, not "16 years after Katrina came ashore", another story)
    measures = [c for c in (*mark.children, *token.children) if c.dep_ == "npadvmod"]
    if token.head.dep_ == "npadvmod":
        measures.append(token.head)
    return any(m.lemma_.lower() in ("day", "hour", "night") for m in measures)


def _after_clause(number: Span) -> bool:
    """ "after tearing through the Grenadines as a Category 4": an earlier state. Not a
    time after "after" ("came ashore shortly after midnight as a Category 2 storm", the
    state hung on the time by the parser): the news's own time."""
    token = number[-1]
    while token.head.i != token.i:
        token = token.head
        if token.lower_ == "after" and token.dep_ in ("prep", "mark"):
            return not any(
                c.dep_ == "pobj" and (c.ent_type_ in ("DATE", "TIME") or c.lower_ in EARLIER_TIMES)
                for c in token.children
            )
        if any(c.lower_ == "after" and c.dep_ == "mark" for c in token.children):
            return True
        if token.tag_ == "VBN" and any(
            c.dep_ == "aux" and c.lower_ == "having" for c in token.children
        ):
            return True  # "came ashore as a Category 3, having briefly reached Category 4"
    return False


def _state_when_past(number: Span) -> bool:
    """ "The remnants of Typhoon X, a Category 3 storm when it struck Luzon on Tuesday, are
    now drenching ...": a state told in an apposition that a past "when" clause closes is
    the state then, older than the news of a sentence told in the present or perfect
    (however the parse hangs the clause)."""
    token = number[-1]
    appos = next((t for t in (token, *token.ancestors) if t.dep_ == "appos"), None)
    doc = number.doc
    after = appos.right_edge.i + 1 if appos is not None else len(doc)
    if after >= number.sent.end or doc[after].lower_ != "when":
        return False
    root = number.sent.root
    return doc[after].head.tag_ == "VBD" and root.tag_ != "VBD"


def _bracketed_bound(number: Span) -> Bound:
    """ "about 32,000 hectares (79,000 acres)": the bracketed figure restates the one
    before it, with its bound; "100,000 hectares (about 250,000 acres)": its own bound."""
    doc = number.doc
    i = number.start - 1
    if i >= 2 and doc[i - 1].text == "(" and parse_bound(doc[i].text) != "exact":
        return parse_bound(doc[i].text)
    if i < 1 or doc[i].text != "(":
        return "exact"
    for j in range(i - 1, max(number.sent.start, i - 4) - 1, -1):
        if doc[j].like_num:
            start = j  # "about 7.8 million hectares (": the whole figure, with its bound
            while start > number.sent.start and doc[start - 1].like_num:
                start -= 1
            quantity = _quantity(doc[start : j + 1])
            return quantity.bound if quantity is not None else "exact"
    return "exact"


# the marks of an estimate a fact sheet sets after a figure or before its label
ESTIMATE_MARKS = {"est", "est.", "estimated", "estimate", "approx", "approx.", "approximately"}


def _estimate_marked(number: Span) -> bool:
    """ "Acres: 81,000 (est.)", "12,400 acres (estimated)", "3,500 acres est.", "Est. acreage:
    9,200": a fact sheet's mark of an estimate after the figure (its unit between) or at the
    head of its label is the bound "about", as "an estimated 81,000" is."""
    doc = number.doc
    after = [t for t in doc[number.end : min(number.end + 3, number.sent.end)]]
    for t in after:
        if t.lower_ in ESTIMATE_MARKS:
            return True
        if not (t.text == "(" or t.pos_ == "NOUN" and t is after[0]):
            break
    line = number.start
    while line > number.sent.start and "\n" not in doc[line - 1].text_with_ws:
        line -= 1
    label = doc[line : number.start]
    return len(label) > 1 and label[-1].text == ":" and label[0].lower_ in ESTIMATE_MARKS


def _hedged_report(noun: Token, number: Span, verb: Token | None, rules: RulePack) -> bool:
    """ "eight suspected deaths", "unconfirmed reports put the number at 27": a word
    that makes the count, or the report giving it, uncertain."""
    words = _described_by(noun, number)
    if _confirmed_whole(number) is not None:
        words = set()  # "310 suspected cases, 88 of them confirmed": the part is no suspect
    token = number[-1] if number[-1].dep_ == "pobj" else noun
    if (
        token.dep_ == "pobj"
        and token.head.lower_ == "of"
        and token.head.head.lemma_.lower() in rules.modality.forecast_verbs
    ):
        return True  # "the agency's estimate of 670": an estimate, not a count
    chance = token.head.head
    if (
        token.dep_ == "pobj"
        and token.head.lower_ == "of"
        and {_norm(chance), chance.lower_} & CHANCES
    ):
        return True  # "put the chance of more than 10,000 deaths at one in three"
    if verb is not None:
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        words |= {
            w for c in subjects for t in _own_conjunct(c, number) for w in (_norm(t), t.lower_)
        }
        if verb.dep_ == "acl" and verb.head.pos_ == "NOUN":
            # "with unconfirmed reports putting the toll at 61": the participle's noun is
            # the report that gives the count
            words |= {w for t in (verb.head, *verb.head.lefts) for w in (_norm(t), t.lower_)}
    report = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else None
    if report is not None and _norm(report) in rules.modality.report_nouns:
        # "unconfirmed reports of 12 deaths", "reports of a third death were unconfirmed":
        # the count is what the reports say, as uncertain as they are said to be
        words |= {w for t in report.lefts for w in (_norm(t), t.lower_)}
        if report.dep_ in ("nsubj", "nsubjpass"):
            told = report.head
            words |= {
                w
                for t in (told, *(c for c in told.children if c.dep_ in ("acomp", "attr")))
                for w in (_norm(t), t.lower_)
            }
    return bool(words & set(rules.hedge_modifiers))


def _own_conjunct(subject: Token, number: Span) -> list[Token]:
    """The words of the subject, but only of the conjunct that holds the number when it holds
    it ("2,035 suspected cases and 17 deaths have been recorded": the deaths are no suspects;
    so of an item a semicolon sets apart, "6,203 suspected cases; 98 deaths")."""
    doc = subject.doc
    listed = [
        c
        for c in subject.children
        if c.dep_ == "appos" and c.left_edge.i > 0 and doc[c.left_edge.i - 1].text == ";"
    ]
    conjuncts = [subject, *subject.conjuncts, *listed]
    holding = [k for k in conjuncts if any(t.i == number[-1].i for t in k.subtree)]
    if not holding:
        return list(subject.subtree)
    own = max(holding, key=lambda k: k.i)  # the innermost: the conjunct's own subtree
    others = {t.i for k in conjuncts if k.i != own.i and k.i > own.i for t in k.subtree}
    return [t for t in own.subtree if t.i not in others]


def _denied_beside(number: Span, sent: Span) -> bool:
    """ "Rebels said they held two towns; the army denied that either had fallen": a
    figure one side gives and another denies in the same sentence is contested; so is one
    the sentence goes on to dismiss ("...; the government called the figure propaganda")."""
    if _DISMISSED.search(sent.doc.text[number.end_char : sent.end_char]):
        return True
    return any(
        t.lemma_.lower() in DENIALS
        and t.pos_ == "VERB"
        and not any(  # what it denies follows it ("denied that 40 had died")
            c.i > t.i and number[-1] in c.subtree
            for c in t.children
            if c.dep_ in ("ccomp", "dobj", "xcomp", "prep")
        )
        and not _denies_other(t, number)
        and not _denial_of_another_thing(t)
        and not _denier_own_figure(t, number)
        for t in sent
    )


def _denier_own_figure(denial: Token, number: Span) -> bool:
    """ "The ministry said 62 were killed, denying reports that more than 70 had died",
    "denied reports that 5,000 hectares had burned, saying satellite data showed 1,860": the
    figure the denier gives in the clause its denial hangs on, or in the "saying" clause
    hung on the denial, is the denier's own count, which the denial does not contest."""
    token = number[-1]

    def participle(verb: Token) -> bool:  # (its subject the clause's it hangs on)
        return verb.tag_ == "VBG" and not any(c.dep_ in ("nsubj", "mark") for c in verb.children)

    if (
        denial.dep_ == "advcl"
        and participle(denial)
        and number.end <= denial.i
        and token in denial.head.subtree
    ):
        return True
    return any(
        c.dep_ == "advcl" and c.i > denial.i and participle(c) and token in c.subtree
        for c in denial.children
    )


def _denial_of_another_thing(denial: Token) -> bool:
    """ "..., and the group blamed for it denied any role", "a figure no one in Kinshasa
    denies": a denial whose object is a thing of its own (not "it", "this", "the claim",
    "the figure"), or one nobody makes, contests no figure."""
    negated = any(c.dep_ == "neg" for c in denial.children) or any(
        c.dep_ in ("nsubj", "nsubjpass")
        and (c.lower_ in ("nobody", "none") or any(d.lower_ == "no" for d in c.children))
        for c in denial.children
    )
    own = any(
        c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") and _norm(c) not in FIGURE_WORDS
        for c in denial.children
    )
    return negated or own


# nouns that name a figure or the report of one ("denied the claim", "disputes the figure")
FIGURE_WORDS = REPORTS | {"claim", "number", "total", "account", "report", "allegation", "death"}


# verbs a teller gives a figure with ("puts it at 26", "says it's closer to five")
GIVING_FIGURE = {"say", "put", "estimate", "count", "reckon", "claim", "give"}
# verbs whose subject gives the figure they take ("Officials put the number lost at seven",
# "which he called the eighth capital to fall", "the ministry acknowledges six deaths"); not
# "confirm", which the passage's own reporters do ("Our correspondents have confirmed 17")
GIVERS = (GIVING_FIGURE - SAYING) | {"call", "acknowledge", "admit"}
# ...and the words that may stand between such a verb and its figure ("puts it at 26", "said
# it could confirm about 1,000"; not "put the chance of more than 10,000 deaths at", nor a
# hedged rival, "put the dead at as many as 143")
RIVAL_LINKS = {"it", "it's", "'s", "is", "was", "at", "to", "closer", "nearer", "about",
               "around", "only", "just", "some", "more", "than", "could", "can", "confirm",
               "the", "toll", "figure", "number", "count", "tally", "total", "dead", "that",
               "roughly", "nearly", "almost", "over", "under"}  # fmt: skip
# ...and the verbs the second teller gives its own figure with ("would confirm only 14",
# "the military acknowledged nine"): a smaller figure owned up to is a rival too
RIVAL_GIVING = GIVING_FIGURE | {"confirm", "acknowledge", "admit"}
# verbs that measure or give a figure at a time ("mapping overnight put the fire at ...")
MEASURING = GIVING_FIGURE | {"map", "measure", "show"}
# words that set a second teller's clause beside the first in one sentence
RIVAL_JOINS = {"while", "whereas", ";"}
# ...and the concessive ones that set it against the first ("..., though the ministry's
# count stood at 64")
RIVAL_CONCEDING = {"though", "although"}


def _rival_figure_after(number: Span, value: float, metric: MetricRule) -> float | None:
    """ "the spokesman says all but five of the 34 are in their hands, while a Western
    official puts it at 26", "The rebels say they hold nine towns; Kinshasa says it's closer
    to five", "put the toll at more than 2,000, while a UN agency said it could confirm about
    1,000 deaths": a figure a teller gives, set beside another teller's different figure of
    the same thing after "while", "whereas" or a semicolon, is one of two rival counts
    (hedged), and so is the rival (its value is returned). A figure of something else after
    the join ("40 soldiers died", "12 people
    were missing") is no rival."""
    sent = number.sent
    joins = RIVAL_JOINS | RIVAL_CONCEDING
    join = next((t for t in sent if t.i >= number.end and t.lower_ in joins), None)
    if join is None:
        # "Police say 14 people died, hospital staff say 22": two tellers' clauses spliced
        # by a bare comma (not a list's ", and ...")
        join = next((t for t in sent if t.i >= number.end and _teller_after_comma(t)), None)
    if join is None:
        return None
    # (the first teller's verb: "says", "puts it at", "told reporters that")
    tellers = GIVING_FIGURE | SAYING
    if not any(
        t.lemma_.lower() in tellers and t.pos_ in ("VERB", "AUX")
        for t in sent[: join.i - sent.start]
    ):
        return None
    doc = number.doc
    rest = doc[join.i + 1 : sent.end]
    later = EARLIER_TIMES | NOW_TIMES | {"by", "later", "then", "after", "until"}
    # (nouns that are the count itself: "1,000 deaths", not "12 people were missing")
    nouns = {n for o in metric.objects if "*" in o.predicates for n in o.nouns}
    for verb in rest:
        if verb.pos_ not in ("VERB", "AUX") or (
            verb.lemma_.lower() not in RIVAL_GIVING and not _owned_count_stands(verb)
        ):
            continue
        for figure in doc[verb.i + 1 : min(verb.i + 9, sent.end)]:
            other = parse_number(figure.text) if figure.like_num else None
            if other is None:
                if figure.lower_ not in RIVAL_LINKS:
                    break
                continue
            if other == value or _dated(figure):
                break
            if any(_dated(t) or t.lower_ in later for t in doc[join.i + 1 : figure.i]):
                return None  # "...; aerial mapping on Friday put it at 4,750": a later count
            after = doc[figure.i + 1] if figure.i + 1 < sent.end else None
            return other if after is None or after.is_punct or _norm(after) in nouns else None
    return None


def _owned_count_stands(verb: Token) -> bool:
    """ "the health ministry's count stood at 64", "the army's own figure is 25": a verb of
    being whose subject is a teller's own count gives that teller's figure."""
    return verb.lemma_.lower() in ("stand", "be") and any(
        c.dep_ == "nsubj"
        and _norm(c) in REPORTS
        and any(p.dep_ == "poss" for p in c.children)
        # (not a newer value: "the coastguard's final toll was 22")
        and not any(a.lower_ in NEWER_COUNTS for a in c.children)
        for c in verb.children
    )


# words that make a count the newer value ("the final toll", "its revised count")
NEWER_COUNTS = {"final", "latest", "new", "newest", "revised", "updated", "corrected", "later"}


def _rival_figure_before(number: Span, value: float) -> bool:
    """ "The Taliban say 18; the government in Kabul acknowledges 14": a figure a second
    teller gives after "while" or a semicolon, set against a bare figure the first teller
    gives before it (no count noun, so no claim of its own for `_rival_figure_after` to
    start from), is one of two rival counts (hedged). Not a later count ("...; by midnight
    officials put it at 26")."""
    sent, doc = number.sent, number.doc
    before = reversed(doc[sent.start : number.start])
    join = next((t for t in before if t.lower_ in RIVAL_JOINS), None)
    if join is None:
        return False
    later = EARLIER_TIMES | NOW_TIMES | {"by", "later", "then", "after", "until"}
    between = doc[join.i + 1 : number.start]
    if any(_dated(t) or t.lower_ in later for t in between) or not any(
        t.lemma_.lower() in RIVAL_GIVING
        and t.pos_ in ("VERB", "AUX")
        and any(c.dep_ == "nsubj" and c.i > join.i for c in t.children)
        for t in between
    ):
        return False
    tellers = GIVING_FIGURE | SAYING
    for verb in doc[sent.start : join.i]:
        if verb.lemma_.lower() not in tellers or verb.pos_ not in ("VERB", "AUX"):
            continue
        for figure in doc[verb.i + 1 : join.i]:
            if figure.like_num:
                # (a bare figure: "say 30 people are missing" counts something else)
                other = parse_number(figure.text)
                bare = doc[figure.i + 1].is_punct or doc[figure.i + 1].lower_ in RIVAL_JOINS
                return bare and other is not None and other != value and not _dated(figure)
            if figure.lower_ not in RIVAL_LINKS:
                break
    return False


def _given_in_present(number: Span) -> bool:
    """A teller before the figure gives it in the present tense ("Witnesses say")."""
    tellers = GIVING_FIGURE | SAYING
    return any(
        t.lemma_.lower() in tellers and t.tag_ in ("VBZ", "VBP")
        for t in number.doc[number.sent.start : number.start]
    )


def _dated(figure: Token) -> bool:
    """A figure (or word) of a date or a time: not "only 14", which the tagger may call a
    date though nothing but the figure and its bound is in it."""
    if figure.ent_type_ not in ("DATE", "TIME"):
        return False
    span = next((e for e in figure.doc.ents if e.start <= figure.i < e.end), None)
    return span is None or any(not t.like_num and t.lower_ not in RIVAL_LINKS for t in span)


def _teller_after_comma(comma: Token) -> bool:
    """ "..., hospital staff say 22": a comma opening a clause of its own, a teller (a noun
    phrase, no conjunction) and then a verb giving a figure of which it is the subject."""
    if comma.text != ",":
        return False
    doc = comma.doc
    for t in doc[comma.i + 1 : min(comma.i + 6, comma.sent.end)]:
        if t.pos_ in ("VERB", "AUX"):
            return _norm(t) in GIVING_FIGURE and any(
                c.dep_ == "nsubj" and comma.i < c.i < t.i for c in t.children
            )
        if t.pos_ not in ("NOUN", "PROPN", "ADJ", "DET") and t.tag_ != "POS":
            return False
    return False


def _rival_figure(number: Span, value: float, metric: MetricRule, state: _State) -> bool:
    """The figure has a rival after it (`_rival_figure_after`), which the passage then
    hedges too ("Police say 12 people died; hospital officials count 14")."""
    rival = _rival_figure_after(number, value, metric)
    if rival is not None:
        state.rivals.add((metric.name, rival))
    return rival is not None


def _alternative_figure(number: Span) -> bool:
    """ "the Taliban now hold 17 or 18 of the 34", "the toll is either 21 or 23", "have
    killed 40 or 45 people": a figure joined by "or" to another figure is one of two values
    the teller does not choose between; neither is asserted."""
    root = number[-1]
    others = [c for c in root.children if c.dep_ == "conj"]
    if root.dep_ == "conj":
        others.append(root.head)
    return any(
        other.like_num
        and any(t.lower_ == "or" for t in root.doc[min(root.i, other.i) + 1 : max(root.i, other.i)])
        for other in others
    )


def _next_sentence(sent: Span, state: _State) -> Span | None:
    """The sentence after `sent` as written: after a headline read from a parse of its own
    (in sentence case), the body's first sentence."""
    if state.written is not None and state.written.doc is not sent.doc:
        sent = state.written
    return sent.doc[sent.end].sent if sent.end < len(sent.doc) else None


def _sentence_before(sent: Span, state: _State) -> Span | None:
    """The sentence before `sent` as written ("The Government said its troops were still
    fighting inside the town. The rebels claim to hold nine towns": the account the
    taker's count answers, as the next sentence may answer it)."""
    if state.written is not None and state.written.doc is not sent.doc:
        sent = state.written
    return sent.doc[sent.start - 1].sent if sent.start > 0 else None


def _capture_denied_after(sent: Span, metric: MetricRule, after: Span | None) -> bool:
    """ "Rebels said they had captured X, the third town to fall. The army denied that the
    town had fallen.": a count of captures that the next sentence denies or disputes (a
    verb of denying whose words name a capture, the places or the count) is contested; a
    denial of something else ("denied reports that civilians were killed") is not."""
    if after is None:
        return False
    doc = after.doc
    told = {p for o in metric.objects for p in (*o.predicates, *o.nouns)} | RUNNING_COUNTS
    # (the sentence may be unparsed: its words, not its lemmas)

    def stems(word: Token) -> set[str]:
        bare = word.lower_.removesuffix("ing")
        return _forms(word.text) | {bare, f"{bare}e"}

    return any(
        t.lower_ in DENIAL_WORDS and any(stems(w) & told for w in doc[t.i + 1 : after.end])
        for t in after
    ) or bool(_DISMISSED.search(after.text))


# "The army called the claim propaganda", "described the report as false": the account just
# told, dismissed as untrue (not "reports of looting", "the claim that civilians ...": another)
_FALSITY = (
    r"(?:false|untrue|baseless|groundless|lies?|fake|fabricat\w*|propaganda|(?:dis|mis)information"
    # ("said the figure was \"nonsense\"", "called the number inflated")
    r"|nonsense|absurd|ridiculous|exaggerat\w*|inflated"
    # ("said those posts counted some ground twice", "the figure double-counts")
    r"|counted\W+(?:\w+\W+){0,3}twice|double[- ]count\w*)"
)
_DISMISSED = re.compile(
    rf"\b(?:the|that|this|these|those|its|their) (?:claims?|reports?|account|figures?|numbers?"
    rf"|posts?)\b(?! of| that)[^.;]{{0,30}}\b{_FALSITY}\b"
    rf"|\b{_FALSITY}\W{{0,3}}\s*(?:the|that|this) "
    rf"(?:claims?|reports?|account|figures?|numbers?)\b(?! of| that)",
    re.IGNORECASE,
)


def _fighting_goes_on_after(sent: Span, sentence_after: Span | None) -> bool:
    """ "The rebels say they have taken X, the fifth town they hold. The army says fighting
    there continues." / "... said its troops were still fighting inside the town": a count
    of captures told as someone's report, which the next sentence answers with an account
    that the fighting goes on there (the place named, "there", "the town"), is contested
    (hedged), as the capture itself is. Fighting elsewhere ("in the hills") is no answer.
    So is the other side's word that it still holds positions there ("said its fighters
    still held strategic positions across the valley")."""
    if sentence_after is None or not any(t.lemma_.lower() in SAYING for t in sent):
        return False
    after = sentence_after.text.lower()  # (the sentence may be unparsed: its words)
    if still_holding_here(after):
        return True
    fighting = FIGHTING_ON.search(after) or re.search(r"\bstill fighting\b", after)
    if fighting is None or not SAID_IN_WORDS.search(after):
        return False
    names = {t.lower_ for t in sent if t.pos_ == "PROPN" or t.ent_type_ in ("GPE", "LOC")}
    return bool(
        IN_THE_PLACE.search(after) or set(re.findall(r"[\w-]+", after)) & (names | {"there"})
    )


def _held_on_beside(number: Span, sent: Span) -> bool:
    """ "The Taliban said they had raised their flag in Bazarak, giving them all 34
    capitals, but resistance leader Massoud said his fighters still held positions across
    the valley": a count of captures told as someone's report that the sentence goes on,
    after "but", "though" or "while", to answer with the other side's word that it still
    holds or fights there is contested (hedged), as `_fighting_goes_on_after` reads it
    in the next sentence."""
    if not any(t.lemma_.lower() in SAYING and t.i < number.start for t in sent):
        return False
    rest = number.doc.text[number.end_char : sent.end_char].lower()
    turn = re.search(r"\b(?:but|though|although|while)\b", rest)
    return turn is not None and still_holding_here(rest[turn.end() :])


# the words of denying or disputing, inflected (in a sentence perhaps left unparsed)
DENIAL_WORDS = {f"{stem}{end}" for stem in ("refut", "disput") for end in ("e", "es", "ed", "ing")}
DENIAL_WORDS |= {"deny", "denies", "denied", "denying"}


def _denies_other(denial: Token, number: Span) -> bool:
    """ "revised its toll to 3,958, after quoting a figure of 11,300 attributed to the Red
    Crescent, which denied issuing it": a denial in a relative clause speaks of its
    antecedent's clause, not of a figure outside it."""
    if denial.dep_ != "relcl":
        return False
    clause = _first_verb(denial.head)
    return clause is not None and number[-1] not in clause.subtree


# adverbs that make a figure the one people repeat ("usually put at", "most often quoted")
CONVENTION_ADVERBS = {"usually", "commonly", "often", "generally", "widely", "typically",
                      "traditionally", "conventionally", "customarily",
                      # "the one you'll hear most"
                      "most"}  # fmt: skip
# ...said of verbs of repeating a figure others gave (or of meeting it, "the figure you'll
# usually hear"), or of giving one
REPEATING_VERBS = {"quote", "cite", "repeat", "hear"}
GIVING_VERBS = {"give", "put", "use", "accept", "state", "place", *REPEATING_VERBS}
# conjunctions that set doubt beside the figure ("..., but nobody could count properly")
DOUBTING_CONJUNCTIONS = {"but", "though", "although", "yet"}


def _conventional_figure(noun: Token, number: Span, verb: Token | None) -> bool:
    """ "The figure most often quoted is 86,000 dead", "The toll is usually put at around
    30,000, but nobody could count properly": a figure told as the one others usually quote,
    or as the one usually given with doubt set beside it, is no count anyone stands by
    (hedged). "The toll is usually given as about 228,000" alone is the accepted figure."""
    givers = [t for t in number[-1].ancestors if t.pos_ in ("VERB", "AUX")][:2]
    for owner in (noun, *(c for c in (verb.children if verb else ()) if c.dep_ == "nsubj")):
        givers += [c for c in owner.children if c.dep_ in ("acl", "amod", "relcl")]
    doubted = any(t.lower_ in DOUBTING_CONJUNCTIONS and t.i > number.end for t in number.sent)
    return any(
        _norm(giver) in GIVING_VERBS
        and any(c.dep_ == "advmod" and c.lower_ in CONVENTION_ADVERBS for c in giver.children)
        and (doubted or _norm(giver) in REPEATING_VERBS)
        for giver in givers
    )


def _hedging_bound(number: Span, rules: RulePack) -> bool:
    """ "as high as 150,000": the bound itself says the figure is uncertain."""
    doc = number.doc
    span = doc[max(number.sent.start, number.start - 4) : number.start]
    if len(span) and _verb_particle(span):
        return False  # "ticked up to 231" is where the count went
    before = " " + span.text.lower()
    return any(before.endswith(" " + phrase) for phrase in rules.modality.hedge_bounds)


# fates that, joined by "or" to death, leave a count's dead unknown ("dead or missing")
UNKNOWN_FATES = {"missing", "unaccounted", "disappeared"}
DEATH_WORDS = {"dead", "killed", "died", "drowned"}


def _dead_or_missing(number: Span, verb: Token | None) -> bool:
    """ "At least 800 people are dead or missing", "60 are dead or unaccounted for": a count
    of the dead and the missing together told as it stands, how many died it does not yet
    say; not a past disaster's final count ("the quake, which left more than 105,000 dead or
    missing")."""
    if verb is None or not _states_present(verb):
        return False
    if any(
        # "Five of the seven crew of the boat are dead or missing": the verb's own complement,
        # however far the figure's noun sets it from the figure
        c.dep_ == "acomp"
        and c.lower_ in DEATH_WORDS
        and any(g.dep_ == "conj" and g.lower_ in UNKNOWN_FATES for g in c.children)
        for c in verb.children
    ):
        return True
    words = [t.lower_ for t in number.doc[number.end : min(number.end + 6, number.sent.end)]]
    return any(
        {words[i - 1], words[i + 1]} & DEATH_WORDS and {words[i - 1], words[i + 1]} & UNKNOWN_FATES
        for i in range(1, len(words) - 1)
        if words[i] == "or"
    )


# the dead a funeral buries ("buried 30 victims", "buried the bodies")
THE_DEAD = {"victim", "body", "dead", "corpse", "remains"}


# the passage's doubt that the buried live ("little hope of finding anyone alive", "the
# chances of finding survivors were slim", "all are presumed dead")
SURVIVAL_DOUBTED = re.compile(
    r"\b(?:little|no|slim|faint|fading|dim|dwindling)(?: [\w'-]+){0,2} (?:hopes?|chances?)\b"
    r"|\b(?:hopes?|chances?|prospects?)\b(?: [\w'-]+){0,7} (?:slim|fading|faded|dim|remote)\b"
    r"|\b(?:presumed|feared) dead\b"
)


def _buried_alive(number: Span, noun: Token, verb: Token | None, sent: Span) -> bool:
    """ "an avalanche struck the headquarters, burying 140 people ... . Rescue work is under
    way, but there is little hope of finding anyone alive", "buried 12 climbers; all are
    presumed dead": people buried by the disaster whom the passage (the sentence or the
    next) gives little hope are presumed dead, not counted dead (hedged). People "buried"
    alone are the count (a memorial's "61 people are buried"); so is a funeral's count of
    the dead ("villagers buried 30 victims", "buried 19 people killed in the blast")."""
    doc = sent.doc
    after = doc[sent.end].sent.end if sent.end < len(doc) else sent.end
    if not SURVIVAL_DOUBTED.search(doc[sent.start : after].text.lower()):
        return False
    if (
        verb is None
        or verb.lemma_.lower() != "bury"
        or noun.i not in (number[-1].i, number[-1].head.i)
    ):
        return False  # ("buried its children ..., among the 26 killed": a count of its own)
    while noun.dep_ in ("conj", "appos") and noun.head.i != noun.i:
        noun = noun.head  # ("burying 140 people, 129 soldiers and 11 civilians")
    if noun.head.i != verb.i or noun.dep_ not in ("dobj", "nsubjpass"):
        return False
    return _norm(noun) not in THE_DEAD and not any(
        c.dep_ in ("acl", "relcl") and _norm(c) in PERSONS_BEFALLEN for c in noun.children
    )


def _estimated_people(number: Span, metric: MetricRule) -> bool:
    """ "an estimated 403,000 people fell ill", "an estimated 70 were killed", "the flu, which
    the CDC estimates killed about 100,000", "researchers estimated that 61,672 people died":
    a count of people given as an estimate (the word before it, or a verb of estimating
    before it whose complement its clause is) is uncertain, however old; an estimated area
    ("an estimated 2,170 acres") is a measurement (mapped from the air), as the labels read
    it, and so is a storm's strength."""
    if metric.unit is not None or metric.state_value:
        return False
    doc = number.doc
    before = doc[max(number.sent.start, number.start - 2) : number.start].text.lower()
    if before in ("an estimated", "estimated", "estimated at") or before.endswith("est."):
        return True
    verb = _first_verb(number[-1])
    if verb is None:
        return False
    path = _path(number[-1], verb)
    if _estimate_tells(verb) and not any(
        t.dep_ == "prep" and t.lower_ not in ESTIMATE_LINKS for t in path
    ):
        return True
    if any(t.dep_ == "prep" and t.lower_ != "of" for t in path):
        return False  # ("far above the 9,692 confirmed cases": another figure set beside)
    while verb.dep_ in ("ccomp", "xcomp") and verb.lemma_ != "estimate":
        verb = verb.head
    return verb.lemma_ == "estimate" and verb.i < number.start


# nouns of a figure worked out, not counted ("estimates for 1889 are around 1 million")
ESTIMATE_NOUNS = {"estimate", "estimation", "guess", "guesstimate", "extrapolation"}
# ...and the words that take the figure to the verb they are the subject of ("most estimates
# put the toll at about 240,000", "estimates stand at around 1,200")
ESTIMATE_LINKS = {"of", "at", "to", "around"}


def _estimate_tells(verb: Token) -> bool:
    """ "the flu, which the CDC estimates killed about 100,000" (the parser's noun),
    "estimates for 1889-90 are around 1 million deaths", "the best estimate is that 3,000
    died": an estimate is the subject of the figure's clause, or of a clause it completes."""
    while True:
        if any(
            c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN" and _norm(c) in ESTIMATE_NOUNS
            for c in verb.children
        ):
            return True
        head = verb.head
        if verb.dep_ not in ("ccomp", "xcomp") or head.i == verb.i:
            return False
        if any(t.text == ";" for t in verb.doc[min(verb.i, head.i) : max(verb.i, head.i)]):
            return False  # ("40 have died; estimates from aid groups are higher": two clauses)
        verb = head


def _elsewhere(
    verb: Token | None,
    noun: Token,
    metric: MetricRule,
    rules: RulePack,
    state: _State,
    whole: float | None = None,
) -> bool:
    """The metric is counted elsewhere: the noun is the seat of another kind of division
    ("the third district capital"); or the article names none of its `context` words and
    the whole told is not the metric's ("seven of the country's 21 provincial capitals"),
    or the taker is named by a noun that is none of its aliases ("to fall to the militia"),
    or the subject is none of its aliases and the sentence names some place or group, or
    the subject is another group of the rule pack ("fell to the rebels")."""
    if _seat_of_other_division(noun):
        return True
    if any(f" {w} " in state.text for w in metric.context):
        return False
    if whole is not None and metric.default_total and whole != metric.default_total:
        return True
    aliases = {a.lower() for a in metric.subject_aliases}
    taker = _taker(noun, verb)
    if (
        taker is not None
        and taker.pos_ in ("NOUN", "PROPN")
        and _norm(taker) not in GENERIC_TAKERS
        and not ({t.lower_ for t in taker.subtree} | {_norm(t) for t in taker.subtree}) & aliases
    ):
        return True  # "the third capital to fall to the militia"
    found = _subject_token(verb, noun)
    if found is None or found.pos_ == "PRON":
        found = taker or found  # "it was the fifth to fall to the rebels"
    words: set[str] = set()
    if found is not None:
        words = {t.lower_ for t in found.subtree} | {_norm(t) for t in found.subtree}
        if words & aliases:
            return False
    others = {
        a.lower()
        for g in rules.events.groups
        if g.name != metric.subject and not g.only_as_agent
        for a in g.aliases
    }
    return bool(words & others) or any(
        e.label_ in ("GPE", "NORP", "ORG", "LOC") for e in noun.sent.ents
    )


def _seat_of_other_division(noun: Token) -> bool:
    """ "the third district capital", "the state capital": the seat of a division other
    than a province."""
    return any(c.dep_ in ("compound", "amod") and _norm(c) in DIVISIONS for c in noun.children)


def _in_context(metric: MetricRule, state: _State) -> bool:
    """The article names one of the metric's `context` words."""
    return any(f" {w} " in state.text for w in metric.context)


def _other_subject(verb: Token | None, noun: Token, metric: MetricRule, state: _State) -> bool:
    """ "The neighbouring Windy Deuce Fire has burned another 144,000 acres": a named
    subject other than the one counted before; "another" is that subject's total."""
    found = _subject_token(verb, noun)
    before = state.subjects.get(metric.name)
    if found is None or before is None or found.pos_ != "PROPN":
        return False
    return _noun_phrase(found) != before


def _own_state_excluded(number: Span, metric: MetricRule, noun: Token) -> bool:
    """The number's own clause says what the metric excludes: "and 140 were unaccounted
    for", "three fishermen survived" (its verb or the adjective after it)."""
    if _placed_before_pair(number) is not None:
        return False  # "the toll at 54 and 86 people still unaccounted for": the 86's state
    verb = number[-1]
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    verbs = [verb] if verb.pos_ in ("VERB", "AUX") else []
    doc = number.doc
    if number.end < number.sent.end and doc[number.end].pos_ in ("VERB", "AUX"):
        verbs.append(doc[number.end])  # "... and 242 were unaccounted for" parsed apart
    # "two crew members pulled from the wreck survived", parsed with "pulled" as the verb
    verbs += [
        c
        for v in list(verbs)
        for c in v.children
        if c.dep_ == "advcl"
        and c.i > v.i
        and not any(s.dep_ in ("nsubj", "nsubjpass", "mark") for s in c.children)
        # "the toll stands at 17, with 3 still unaccounted for": the later figure's state
        and not any(t.like_num for t in doc[number.end : c.i])
    ]
    verbs = [
        v for v in verbs if not _later_figures(number, v) and not _own_subject(v, noun, number)
    ]
    # "with 17,923 still listed as missing", the participle hung on the number itself
    verbs += [c for c in number[-1].children if c.dep_ == "acl" and c.pos_ == "VERB"]
    words = [w for v in verbs for w in (v, *v.children) if w is v or w.dep_ in ("acomp", "oprd")]
    # "17,923 still listed as missing": the state after "as"
    words += [o for v in verbs for p in v.children if p.lower_ == "as" for o in p.children]
    if number[-1].dep_ == "nsubj" and number[-1].head.pos_ == "ADJ":
        words.append(number[-1].head)  # "with 20 still unaccounted for", a verbless clause
    if any(_never_found(c) for c in noun.children if c.dep_ in ("relcl", "acl")):
        return True  # "and 2,526 people who were never found": the missing
    return any(w.lower_ in metric.exclude or w.lemma_.lower() in metric.exclude for w in words)


FINDING = {"find", "locate", "recover", "trace", "identify", "account"}


# fates beside death that make a count of casualties, not of the dead ("missing" is left out:
# "dead or missing" is told as a toll)
CASUALTY_FATES = {"wound", "wounded", "injure", "injured", "capture", "captured", "hurt", "maim",
                  "scatter", "freeze", "frozen"}  # fmt: skip


def _casualties(verb: Token | None, number: Span) -> bool:
    """ "about 3,000 defenders had been killed, captured or were missing", "400 soldiers were
    killed or wounded", "killed or wounded 400": a verb of dying joined to another fate that
    takes the same persons (no figure or object of its own) counts the casualties of all the
    fates, no toll. Not "killed 12 people and wounded 30 others": each fate its own count."""
    if verb is None or _norm(verb) not in DYING | {"dead"}:
        return False
    for other in (*verb.conjuncts,):
        if _norm(other) not in CASUALTY_FATES and other.lower_ not in CASUALTY_FATES:
            continue
        own = [t for t in other.subtree if t.i != other.i]
        if any(t.like_num and t.i not in range(number.start, number.end) for t in own):
            continue
        if any(c.dep_ in ("dobj", "nsubj", "nsubjpass") for c in other.children):
            continue
        return True
    return False


# the fighters of a side, and the fighting they fall in
COMBATANTS = {"soldier", "troop", "trooper", "man", "defender", "fighter", "militant", "rebel",
              "insurgent", "guerrilla", "gunman", "attacker", "combatant", "serviceman",
              "marine", "paratrooper", "militiaman", "enemy"}  # fmt: skip
FIGHTING = {"fighting", "battle", "combat", "clash", "skirmish", "firefight", "gunbattle",
            "engagement"}  # fmt: skip


def _battle_losses(verb: Token | None, noun: Token) -> bool:
    """ "30 of its soldiers had been killed in the fighting", "The enemy is said to have lost
    1,000 men in the fighting for the bridge": fighters a side lost in a battle are its
    losses, no disaster's toll. Not soldiers killed in an attack or an assault on them (a
    raid's toll), nor civilians killed in the fighting."""
    if verb is None or _norm(verb) not in DYING | {"lose", "dead"}:
        return False
    counted = noun
    if counted.like_num:  # "30 of its soldiers": the persons the number's "of" names
        counted = next(
            (o for c in noun.children if c.lower_ == "of" for o in c.children if o.dep_ == "pobj"),
            noun,
        )
    if _norm(counted) not in COMBATANTS:
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("in", "during")
        and any(o.dep_ == "pobj" and _norm(o) in FIGHTING for o in c.children)
        for c in (*verb.children, *noun.children)
    )


def _claimed_by_teller(verb: Token | None) -> bool:
    """ "The statement claimed 4,000 prisoners", "the rebels claimed 300 enemy dead": "claim"
    with a teller as its subject (a report, a person, a group, a side) says, it takes no
    lives; "the floods claimed 40 lives" has a disaster as its subject."""
    if verb is None or _norm(verb) != "claim":
        return False
    if any(c.dep_ == "dobj" and _norm(c) == "life" for c in verb.children):
        return False  # "claimed 33 lives": whoever the parse makes its subject
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects:
        return False
    subject = subjects[-1]  # the nearest
    return (
        _norm(subject) in SOURCE_NOUNS
        or subject.ent_type_ in ("PERSON", "ORG", "NORP")
        or subject.lower_ in ("he", "she", "they", "we")
        or _norm(subject) in GENERIC_TAKERS
    )


def _lost_other(verb: Token | None, noun: Token, number: Span) -> bool:
    """ "2,500 people lost their homes", "lost their footing", "lost contact": the counted
    persons, subject of "lose" with an object of its own other than their lives, lost
    something else; they are not the dead ("lost their lives", "were lost at sea")."""
    if verb is None or _norm(verb) != "lose":
        return False
    counted = {noun.i, number[-1].i}
    if not any(c.dep_ == "nsubj" and c.i in counted for c in verb.children):
        return False
    return any(c.dep_ == "dobj" and _norm(c) != "life" for c in verb.children)


def _never_found(clause: Token) -> bool:
    """A clause saying the persons were not found ("who were never found", "not yet
    located", "still unaccounted for")."""
    negated = any(c.dep_ == "neg" or c.lower_ == "never" for c in clause.children)
    return negated and _norm(clause) in FINDING


def _cell_after(word: Token) -> Span:
    """The words after `word` to the end of its cell (a comma, semicolon, bar or stop) or
    sentence: "missing: 5" for "missing"."""
    doc, end = word.doc, word.i + 1
    while end < word.sent.end and doc[end].text not in CELL_ENDS and "\n" not in doc[end].text:
        end += 1
    return doc[word.i + 1 : end]


def _later_figures(number: Span, word: Token) -> bool:
    """ "confirms 318 dead and 45 missing": the number has its own word after it, and
    `word` follows a later figure of the list, so it is that figure's; "dead 27, still
    missing 40", "deaths 18, displaced 4,000", "dead: 6, missing: 4": `word` opens a later
    cell, past a comma or other segment's end, and that cell has a figure of its own after
    it."""
    doc = number.doc
    if (
        word.i > number.end
        and any(_segment_end(t) for t in doc[number.end : word.i])
        and any(t.like_num for t in _cell_after(word))
    ):
        return True
    return any(c.dep_ == "amod" and c.i >= number.end for c in number[-1].children) and any(
        t.like_num and t.dep_ == "conj" for t in doc[number.end : word.i]
    )


def _hyphenated_head(verb: Token) -> Token:
    """ "could re-intensify to Category 3": a verb the tokenizer split at its hyphen, whose
    first part the parser took for the verb (with its modal, its subject, its conjunction);
    that part carries the clause. Else the verb itself."""
    doc = verb.doc
    if verb.i < verb.sent.start + 2 or doc[verb.i - 1].text != "-":
        return verb
    first = doc[verb.i - 2]
    joined = not first.whitespace_ and not doc[verb.i - 1].whitespace_
    if joined and first.is_alpha and any(c.dep_ in ("aux", "neg") for c in first.children):
        return first
    return verb


def _reading(
    noun: Token, number: Span, verb: Token | None, rules: RulePack, year: int | None = None
) -> Reading:
    """ "Pelham, now a Category 4, is forecast to ...": an apposition is its own
    statement; otherwise the clause of the verb decides."""
    if verb is not None:
        verb = _hyphenated_head(verb)
    if (
        verb is not None
        and verb.dep_ == "advcl"
        and verb.tag_ == "VBN"
        and noun.i > verb.i
        and any(c.dep_ == "nsubj" and _part_of_pronoun_word(c) for c in verb.children)
    ):
        # "15,600 cases, most of them suspected, and 537 deaths": the deaths the parser
        # hung on the participle of the part are told by the main clause
        verb = verb.head
    if noun.dep_ in ("compound", "amod") and noun.head.pos_ in NOUNS:
        return Reading("asserted")  # "the 20,000-acre fire could spread": a description
    if verb is not None and any(
        t.dep_ == "prep" and (t.lower_ == "despite" or t.lower_ == "with" and t.i < verb.i)
        for t in _path(noun, verb)
    ):
        return Reading("asserted")  # "despite the fall of nine capitals", "With 900 cases, ..."
    if verb is not None:
        for t in [*_path(number[-1], verb), verb]:
            if (
                (t.dep_ == "appos" or t.dep_ == "acl" and t.tag_ == "VBN")
                and t.head.dep_ in ("nsubj", "nsubjpass")
                and not _in_dateline(t.head)
                and t.i < t.head.head.i
                and not {w.lower_ for w in t.subtree} & set(rules.modality.hedge_adverbs)
                # "projected at 50,000 acres" looks ahead; "estimated at" is a bound
                and (
                    t.lemma_ not in rules.modality.forecast_verbs
                    or parse_bound(t.lower_) != "exact"
                )
            ):
                # "the fire, estimated at 32,000 hectares, could keep burning", "the fire,
                # already the largest at 299,565 acres, could double": a description of
                # the subject is stated, whatever the clause says of it
                return Reading("asserted")
            if _set_off_description(t):
                # "the outbreak, now at 481 cases, could top 1,000 if ...": a phrase set
                # off by commas describes the subject as it is
                return Reading("asserted")
    if _presupposed(noun, number, rules):
        # "may be several times the official figure of 1,700", "far above the 9,692
        # confirmed cases reported so far": a definite count the clause compares with
        return Reading("asserted")
    told = _apposition_read_as_subject(noun)
    if told is not None:
        # "captured Bosanski Brod on Tuesday, the sixth town to fall to them, and their
        # commanders threatened to take Orasje next": the clause the apposition follows
        if verb is None or verb not in told.ancestors:
            return read_modality(told, rules.modality, tokens=[number[-1]], current_year=year)
        # (the parser hung that clause on the next one's verb: its own modals alone)
        cues = rules.modality
        for c in told.doc[told.left_edge.i : told.i]:
            if c.head.i != told.i and c.head.dep_ != "aux":
                continue  # (its own auxiliaries, "may have" hung on "have" too)
            if c.dep_ == "neg":
                return Reading("negated")
            if c.dep_ == "aux" and c.lower_ in cues.forecast_modals:
                return Reading("forecast")
            if c.dep_ == "aux" and c.lower_ in (*cues.hedge_modals, *cues.conditional_modals):
                return Reading("hedged")
        return Reading("asserted")
    if noun.dep_ != "appos" and number[-1].head.dep_ == "appos":
        noun = number[-1].head  # "Mira, now a category-three hurricane, is expected ..."
    if (
        noun.dep_ == "appos"
        and noun.head.dep_ in ("nsubj", "nsubjpass")
        and not _in_dateline(noun.head)
        and (verb is None or verb.i > noun.i)
    ):
        words = {t.lower_ for t in noun.subtree}
        if words & set(rules.modality.hedge_adverbs):
            return Reading("hedged")
        return Reading("asserted")
    return read_modality(verb or noun, rules.modality, tokens=[number[-1], noun], current_year=year)


def _apposition_read_as_subject(noun: Token) -> Token | None:
    """The verb of the clause before an apposition the parser took for the subject of the
    next clause ("Bosnian Serb forces captured Bosanski Brod on Tuesday, the sixth town to
    fall to them, and their commanders threatened to take Orasje next"; "said Qala-i-Naw had
    fallen, the Taliban's 12th provincial capital, and a lawmaker said Chaghcharan was under
    siege"): set off by a comma, its "subject" has another subject beside it, after "and"."""
    verb, start = noun.head, noun.left_edge.i
    if noun.dep_ != "nsubj" or verb.i < noun.i or start == noun.sent.start:
        return None
    if noun.doc[start - 1].text != ",":
        return None
    other = any(c.dep_ == "nsubj" and c.i > noun.i for c in verb.children) or any(
        c.dep_ == "conj" and c.i > noun.i for c in noun.children
    )
    if not other:
        return None
    before = [t for t in noun.doc[noun.sent.start : start - 1] if t.pos_ == "VERB"]
    return before[-1] if before else None


# verbs of doubting a figure: denied, they uphold it ("has never been challenged")
DOUBTING = {"challenge", "dispute", "question", "doubt", "contest", "revise", "overturn"}


def _doubt_denied(verb: Token | None, number: Span) -> bool:
    """ "The figure of 350 dead, confirmed by the coroner in 1961, has never been
    challenged": a verb of doubting, negated, said of the figure in its subject upholds it."""
    if verb is None or verb.lemma_ not in DOUBTING:
        return False
    if not any(c.dep_ in ("neg",) or c.lower_ == "never" for c in verb.children):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and number[-1] in c.subtree for c in verb.children)


def _told_of_named_event(verb: Token | None, rules: RulePack) -> bool:
    """A past relative clause dated by its own year on the event the sentence is about ("the
    Tubbs fire, which killed 22 people ... in 2017", "the Love Parade disaster, in which 21
    people died in 2010"): its date is the event's, not that of an older value. Not an event
    set beside the news to compare ("since 1960, when 12,000 died", "short of the 1998 blaze
    that burned 90,000 acres"), nor a clause that says it is earlier ("which had previously
    ...", "which burned 4,000 acres last week")."""
    if verb is None or verb.dep_ != "relcl" or verb.tag_ != "VBD":
        return False
    noun = verb.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.ent_type_ in ("DATE", "TIME"):
        return False
    named = noun.pos_ == "PROPN" or any(
        c.dep_ == "det" and c.lower_ == "the" or c.dep_ == "compound" and c.pos_ == "PROPN"
        for c in noun.children
    )
    if not named:
        return False  # "a fire that burned 300 acres in 2019 had left the slope bare"
    if any(c.lower_ in ("when", "where") for c in verb.children):
        return False
    recap = set(rules.modality.recap_adverbs) | EARLIER | {"ago", "yesterday"}
    if any(t.lower_ in recap for t in verb.subtree):
        return False  # ("which burned 4,000 acres last week": a date of background)
    if not any(re.fullmatch(r"1[5-9]\d\d|20\d\d", t.text) for t in verb.subtree):
        return False  # the clause's own year, not the noun's ("the 1999 hailstorm, which ...")
    if any(
        c.dep_ in ("det", "amod", "poss") and (c.lower_ in EARLIER or c.ent_type_ == "DATE")
        for c in noun.children
    ):
        return False  # "Haiti's last epidemic, which ...", "last year's August Complex, which"
    head = noun
    while head.head.i != head.i and head.dep_ not in ("nsubj", "nsubjpass", "ROOT"):
        head = head.head
        if head.lower_ in COMPARING_WORDS or head.lemma_ in SURPASSING | OUTGROWING:
            return False  # "eclipsing the 2006 East Amarillo Complex, which burned ..."
    return True


def _before_forecast(verb: Token | None, rules: RulePack) -> bool:
    """ "Amphan, which peaked on Monday as the equivalent of a Category 5, is expected to
    cross the coast on Wednesday as a severe storm": a past state told in a relative clause
    on the subject of a forecast is what the storm was before (recap)."""
    if verb is None or verb.dep_ != "relcl" or verb.tag_ != "VBD":
        return False
    noun = verb.head
    if noun.dep_ not in ("nsubj", "nsubjpass") or noun.head.pos_ not in ("VERB", "AUX"):
        return False
    return read_modality(noun.head, rules.modality).modality == "forecast"


# words that set an event beside the news to compare ("since", "short of", "than", "behind")
COMPARING_WORDS = {"since", "than", "after", "before", "like", "compared", "versus", "of",
                   "beyond", "above", "below", "over", "under", "past", "behind"}  # fmt: skip
OUTGROWING = {"outgrow", "outburn", "rival", "match", "equal", "approach", "near"}
EARLIER = {"last", "previous", "earlier", "prior", "former"}


def _in_dateline(token: Token) -> bool:
    """The token is part of a wire dateline ("MANILA, Dec 22 — More than 1,500 people are
    feared dead"): the parser may hang the lead's subject on it as an apposition, which
    describes nothing."""
    sent = token.sent
    if not (sent[0].is_upper and len(sent[0].text) > 1):
        return False
    dash = next((t.i for t in sent[:10] if t.text in ("\u2014", "\u2013", "--", "-")), None)
    return dash is not None and token.i < dash


def _set_off_description(token: Token) -> bool:
    """A prepositional phrase between commas after the clause's subject, before the verb
    (the parse hangs it on either)."""
    if token.dep_ != "prep":
        return False
    head = token.head
    if head.dep_ in ("nsubj", "nsubjpass"):
        if token.i > head.head.i:
            return False
    elif not (
        head.pos_ in ("VERB", "AUX")
        and token.i < head.i
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.i < token.i for c in head.children)
    ):
        return False
    doc = token.doc
    words = list(token.subtree)
    first, last = words[0].i, words[-1].i
    if first > 0 and doc[first - 1].dep_ == "advmod" and doc[first - 1].head.i == token.head.i:
        first -= 1  # "the fire, now at 12,400 acres, ..." with "now" on the noun
    return (
        first > 0
        and last + 1 < len(doc)
        and doc[first - 1].text == ","
        and doc[last + 1].text == ","
    )


def _contact_clause(noun: Token, number: Span) -> Token | None:
    """ "the 9,692 cases China reported on Friday": a relative clause with its own subject
    states the count ("China reported 9,692 cases on Friday") with its own date."""
    if number[-1].head.i != noun.i or number[-1].dep_ != "nummod":
        return None
    for clause in noun.children:
        if (
            clause.dep_ == "relcl"
            and clause.i > noun.i
            and any(c.dep_ == "nsubj" and c.pos_ in NOUNS for c in clause.children)
        ):
            return clause
    return None


def _presupposed(noun: Token, number: Span, rules: RulePack) -> bool:
    """The number sits in a definite noun phrase that a verb's clause takes as its object
    or compares with ("exceed the official count of 900", "above the 400 cases recorded"):
    the phrase states the count whatever the clause says of it."""
    root = number[-1]
    if (
        root.dep_ == "pobj"
        and root.head.lower_ == "of"
        and _norm(root.head.head) in (rules.count_nouns)
    ):
        phrase = root.head.head  # "the official figure of 1,700"
    elif root.dep_ == "nummod" and root.head.i == noun.i:
        phrase = noun  # "the 9,692 confirmed cases"
    elif (
        (bare := root.head if root.dep_ == "appos" else root).dep_ == "pobj"
        and parse_ordinal(root.text) is None
        and any(t.lower_ == "the" for t in root.doc[bare.head.i + 1 : root.i])
        and not any(c.dep_ in ("acl", "relcl", "prep") for c in root.children)
    ):
        # "far higher than the official 214": the figure its own phrase, "the" before it
        # (the parser may hang "the official" apart, the figure its apposition; not one a
        # clause of its own tells of: "well below the 410 killed by the floods of 1996")
        phrase = root = bare
    else:
        return False
    if phrase.dep_ not in ("dobj", "pobj", "attr", "npadvmod") or phrase.head.lower_ == "to":
        return False
    # definite: "the", or an owner ("several times the government's figure of 31")
    if phrase is not root and not any(
        c.dep_ == "det" and c.lower_ == "the" or c.dep_ == "poss" for c in phrase.children
    ):
        return False
    if phrase.dep_ == "dobj" and _does_counted_event(phrase, rules):
        return False  # "the rebels could take the remaining four towns": the event itself
    cues = rules.modality
    doubt = {*cues.forecast_verbs, *cues.hedge_modals, *cues.forecast_modals, *cues.hedge_verbs}
    doubt |= {*cues.conditional_modals, *rules.hedge_modifiers, *rules.scale_nouns}
    words = {t.lower_ for t in phrase.subtree} | {_norm(t) for t in phrase.subtree}
    return not words & doubt


def _does_counted_event(phrase: Token, rules: RulePack) -> bool:
    """The verb taking the phrase as its object is a predicate that names the counted event
    for the phrase's noun ("take" of towns, "kill" of people), not one of comparing."""
    verb, head = phrase.head, _norm(phrase)
    if _norm(verb) in {*rules.bound_verbs, *SURPASSING, *REACHING, *GROWTH_VERBS}:
        return False  # "may soon exceed the 400 cases recorded so far": a comparison
    return verb.pos_ == "VERB" and any(
        _norm(verb) in obj.predicates
        for metric in rules.metrics
        for obj in metric.objects
        if any(n.split()[-1] == head for n in obj.nouns)
    )


def _subject_description(noun: Token, number: Span, verb: Token | None) -> Token | None:
    """The apposition or participle describing the subject that holds the number
    ("Ida, now a Category 1, is ...", "the fire, estimated at 32,000 hectares, could")."""
    if verb is None:
        return None
    for t in [number[-1], *_path(number[-1], verb), verb]:
        if (
            (t.dep_ == "appos" or t.dep_ == "acl" and t.tag_ == "VBN")
            and t.head.dep_ in ("nsubj", "nsubjpass")
            and t.i < t.head.head.i
        ):
            return t
    return None


def _description_dates(description: Token) -> list[Token]:
    """The date tokens of an apposition, with those of a date the parser hangs on the
    subject right after it, inside the same commas ("Teddy, a Category 4 hurricane last
    week, was expected to ...": "last week" dates the description, not the subject)."""
    own = [t for t in description.subtree if t.ent_type_ in ("DATE", "TIME")]
    end = description.right_edge.i
    for child in description.head.children:
        if child.i <= end or child.dep_ not in ("npadvmod", "advmod", "prep"):
            continue
        between = description.doc[end + 1 : child.left_edge.i]
        if any(t.is_punct for t in between):
            break  # past the comma that closes the apposition
        own += [t for t in child.subtree if t.ent_type_ in ("DATE", "TIME")]
        end = child.right_edge.i
    return own


def _when_dated(description: Token, sent: Span) -> str | None:
    """ "Katrina, a Category 3 storm when it hit in 2005, ...": a "when" clause on the
    description (or on the subject it describes) dates the description."""
    for owner in (description, description.head):
        for clause in owner.children:
            if clause.dep_ not in ("advcl", "relcl") or clause.i < description.i:
                continue
            if not any(c.lower_ == "when" for c in clause.children):
                continue
            dates = [t for t in clause.subtree if t.ent_type_ == "DATE"]
            if dates:
                return _entity_text(dates[0], sent)
    return None


def _subject_dated(verb: Token, sent: Span) -> str | None:
    """ "The cyclone that hit the port in 2019 killed 600 people": a past relative clause
    on the subject that names a year dates the event the verb tells."""
    for subject in verb.children:
        if subject.dep_ not in ("nsubj", "nsubjpass"):
            continue
        for clause in subject.children:
            if clause.dep_ in ("relcl", "acl") and clause.tag_ in ("VBD", "VBN"):
                years = [t for t in clause.subtree if t.ent_type_ == "DATE" and _year_like(t)]
                if years:
                    return _entity_text(years[0], sent)
    return None


def _past_perfect(
    verb: Token | None,
    time: str | None,
    state: _State,
    reports: Iterable[str] = (),
    state_value: bool = False,
) -> bool:
    """ "By Monday the militants had taken six": the past perfect with a day before
    publication tells where the count stood then, not now."""
    if verb is None or not time or state.published is None:
        return False
    if not any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children):
        return False
    if not state.dated and is_weekday_phrase(time):
        return False  # against an ingest date a weekday cannot tell (see events.is_old)
    if verb.dep_ == "ccomp" and _norm(verb.head) in reports:
        return False  # "rebels said they had seized X on Saturday": a reported past tense
    when = resolve_date(time, state.published, latest=True)
    # "had scorched 463,000 acres by Saturday evening" in Sunday's paper is the latest count
    # (a running total only grows); a state ("had still been a Category 3") may have changed
    return when is not None and (state.published - when).days > (0 if state_value else 1)


# a day as written in a sentence: a weekday, a date, a year, a span ago
_TOLD_DAY = re.compile(
    r"\b(?:(?:last|on|this) )?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b"
    r"|\b(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+) (?:days?|weeks?|months?"
    r"|years?|decades?) ago(?: (?:today|this week|this month))?\b"
    r"|\b\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*(?: \d{4})?\b"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{1,2}(?:, \d{4})?\b"
    r"|\b(?:19|20)\d{2}\b|\byesterday\b",
    re.IGNORECASE,
)


def _by_then_past(verb: Token | None, sent: Span, state: _State, state_value: bool = False) -> bool:
    """ "A year ago today, Taliban fighters entered Kabul. By then the insurgents had taken
    26 of the 34": the past perfect "by then" ("by that time", "by that point") tells where
    the count stood at the time told just before it, in its sentence or the one before; a
    time more than a day before publication makes it an older value, as `_past_perfect`
    reads a day named ("The Palisades Fire had burned 20,000 acres by then", after "on
    Thursday night" in Friday's paper, is the latest)."""
    if verb is None or state.published is None:
        return False
    if not any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children):
        return False
    by = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "by"), None)
    if by is None:
        return False
    then = next((c for c in by.children if c.dep_ in ("pcomp", "pobj")), None)
    if then is None:
        return False
    if not (
        then.lower_ == "then"
        or then.lower_ in ("time", "point", "stage")
        and any(c.dep_ == "det" and c.lower_ == "that" for c in then.children)
    ):
        return False
    times = [e.text for e in sent.ents if e.label_ in ("DATE", "TIME") and e.end <= by.i]
    if not times and (before := _sentence_before(sent, state)) is not None:
        # (a sentence with no figure may be left unparsed: its days as written)
        times = [e.text for e in before.ents if e.label_ in ("DATE", "TIME")] or [
            m.group(0) for m in _TOLD_DAY.finditer(before.text)
        ]
    if not times:
        return False
    text = times[-1]
    if re.search(r"\bago\b", text.lower()):
        return not re.search(r"\b(?:hours?|minutes?)\b", text.lower())  # "A year ago today"
    if not state.dated and is_weekday_phrase(text):
        return False
    age = _age(text, state)
    return age is not None and age > (0 if state_value else 1)


ERROR_NOUNS = {"mistake", "error", "miscount", "miscalculation", "overcount", "undercount",
               "blunder", "myth", "fabrication", "hoax", "invention"}  # fmt: skip


# pieces a newsroom or a poster publishes, whose figures a correction or a fact check
# takes back ("a caption on this story gave ...", "a video captioned '... kills 10,000'")
PIECES = {"version", "article", "story", "report", "item", "caption", "headline", "graphic",
          "infographic", "map", "chart", "table", "photo", "picture", "image", "video", "clip",
          "post", "tweet", "feature", "piece", "edition", "broadcast", "segment", "newsletter",
          "screenshot", "meme", "message"}  # fmt: skip
# verdicts of a fact check beside the falsity words of the rule pack
FACT_CHECK_VERDICTS = {"misleading", "doctored", "misattributed"}


def _discredited(number: Span, sent: Span, rules: RulePack) -> bool:
    """ "reports that the rebels held 11 cities were false", "called claims of 20
    capitals baseless", "a video captioned '... kills 10,000' is misleading": a report
    noun or a published piece before the number and a falsity word."""
    cues = rules.modality
    # a clause after a semicolon is a statement of its own ("... are false; the agency's
    # latest mapping puts it at 23,713 acres")
    falsity = set(cues.negation_adjectives) | FACT_CHECK_VERDICTS
    marks = [t.i for t in sent if t.text == ";"]
    # ...and so is a clause after a colon that a verdict ends ("Posts claiming more than 50
    # dead are false: the province puts the toll at 19"): the count the verdict answers with
    marks += [
        t.i
        for t in sent.doc[sent.start : number.start]
        if t.text == ":" and any(w.lower_ in falsity for w in sent.doc[sent.start : t.i])
    ]
    start = max([i for i in marks if i < number.start], default=sent.start)
    end = min([i for i in marks if i >= number.end], default=sent.end)
    sent = sent.doc[start:end]
    words = {t.lower_ for t in sent} | {t.lemma_.lower() for t in sent}
    reports = set(cues.report_nouns) | PIECES
    errors = [t for t in sent if t.i >= number.end and t.lemma_.lower() in ERROR_NOUNS]
    between = list(sent.doc[number.end : errors[0].i]) if errors else []
    if errors and not any(t.like_num and t.ent_type_ != "DATE" for t in between):
        # "the toll of 359 issued by police had been a mistake": a count called an error
        # (a year between is none: "the figure of 3,000 for the 1931 flood is a myth")
        reports |= {*rules.count_nouns, "toll"}
    elif not words & falsity:
        return False
    return any(
        (t.lower_ in reports or t.lemma_.lower() in reports) and t.i < number.start for t in sent
    )


def _unverified_afterthought(number: Span, sent: Span, rules: RulePack) -> bool:
    """ "..., a figure aid agencies could not verify", "..., which could not be
    independently confirmed": an afterthought after the figure says no one could check it.
    So does one that says another side disputes it ("..., a figure the government
    disputes", "a number the army rejects", "a toll Kyiv contests"): a figure one side
    gives and the other rejects is contested (the conventions' round-19 item), whatever
    the verb of disputing; "a figure nobody disputes" is agreement."""
    doc = number.doc
    commas = [t.i for t in doc[number.end : sent.end] if t.text in (",", "—", "–", "-")]
    if not commas or commas[0] + 2 >= sent.end:
        return False
    opener = doc[commas[0] + 1]
    report = doc[commas[0] + 2]
    if not (
        opener.lower_ in ("which", "that")
        or opener.lower_ in ("a", "an", "the")
        and _norm(report) in rules.modality.report_nouns
        or opener.lower_ in ("a", "an", "the")
        and _norm(report) in (*rules.count_nouns, "toll")
    ):
        return False
    rest = doc[commas[0] + 1 : sent.end]
    ends = [t.i for t in rest if t.text in (";", ".")]
    rest = doc[commas[0] + 1 : ends[0] if ends else sent.end]
    negated = any(t.lower_ in (*rules.modality.negation_words, "nobody") for t in rest)
    if any(t.lower_ in DISPUTING_WORDS for t in rest):
        return not negated
    return negated and any(_norm(t) in CHECKING_VERBS for t in rest)


# the words of disputing a figure, inflected (the parser may tag "disputes" a noun)
DISPUTING_WORDS = DENIAL_WORDS | {
    f"{stem}{end}" for stem in ("reject", "contest") for end in ("", "s", "ed", "ing")
}


def _unchecked_teller(number: Span, verb: Token | None, rules: RulePack) -> bool:
    """ "Local media tallies, which could not be verified, put the number at 22", "Hospital
    sources, whose figures could not be checked, said 61 had died", "..., according to
    counts that have not been verified": a clause on the teller (the subject of the
    figure's verb or of the verb of saying its clause completes, or what "according to"
    names) says no one could check its figures. A teller's clause of anything else ("who
    briefed reporters on Monday") leaves the figure asserted."""
    tellers: list[Token] = []
    while verb is not None:
        tellers += [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        tellers += [
            o
            for a in verb.children
            if a.lower_ == "according"
            for to in a.children
            for o in to.children
            if o.dep_ == "pobj"
        ]
        # (a participle on a noun of the clause is told by that clause's teller: "put the
        # number of capitals held by the Taliban at 19", read with "at 19" under "held")
        head = (
            verb.head if verb.dep_ == "ccomp" else _first_verb(verb) if verb.dep_ == "acl" else None
        )
        if head is None or any(
            t.text == ";" for t in verb.doc[min(verb.i, head.i) : max(verb.i, head.i)]
        ):
            break
        verb = head
    return any(
        clause.dep_ in ("relcl", "acl")
        and number[-1] not in clause.subtree
        and _unchecked(clause, rules)
        for teller in tellers
        for clause in teller.subtree
    ) or any(_norm(t) in rules.hedge_modifiers for teller in tellers for t in teller.children)


def _unchecked(clause: Token, rules: RulePack) -> bool:
    """The clause says no one checked or could check: a verb of checking negated ("could
    not be verified"), or left to "unable" or to a verb of refusing ("which Reuters was
    unable to confirm", "which officials declined to confirm")."""
    return any(
        _norm(t) in CHECKING_VERBS
        and (
            any(c.dep_ == "neg" for c in t.children)
            or t.dep_ == "xcomp"
            and (
                t.head.lower_ in ("unable", "impossible")
                or t.head.lemma_.lower() in rules.modality.negation_verbs
                or any(c.dep_ == "neg" for c in t.head.children)
            )
        )
        for t in clause.subtree
    )


# words of knowing that, negated, leave a cause in doubt ("it was not clear", "have not
# established"), and those that say so themselves
KNOWING = {"clear", "known", "certain", "establish", "determine", "confirm", "prove"}
UNKNOWING = {"unclear", "uncertain", "unknown", "unproven"}
# verbs that put a death down to its cause ("killed them", "caused their deaths"); not
# "died", whose doubt may be only how ("whether they drowned or died of exposure")
CAUSING = {"kill", "cause", "contribute"}
BACK_TO_THEM = {"they", "them", "their"}


def _cause_doubted_after(verb: Token | None) -> bool:
    """ "four of the patients died, though it was not clear the fungus killed them",
    "eleven have died, although it is unclear whether the virus caused their deaths": a
    concessive clause of the figure's verb doubts that its members died of the cause the
    passage counts (a verb of causing death that refers back to them): the count is
    doubted. Doubt about something else ("though it was not clear what started the
    blaze") leaves it asserted."""
    if verb is None:
        return False
    clauses = [
        c
        for c in verb.children
        if c.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in ("though", "although") for m in c.children)
        or c.dep_ == "conj"
        and c.i > verb.i
        and any(k.dep_ == "cc" and k.lower_ == "but" for k in verb.children)
    ]
    for clause in clauses:
        words = list(clause.subtree)
        doubt = any(
            t.lower_ in UNKNOWING
            or _norm(t) in KNOWING
            and any(c.dep_ == "neg" for t2 in (t, t.head) for c in t2.children)
            for t in words
        )
        cause = any(
            _norm(t) in CAUSING
            and any(p.lower_ in BACK_TO_THEM and p.dep_ != "nsubj" for p in t.subtree)
            for t in words
            if t.pos_ == "VERB"
        )
        if doubt and cause:
            return True
    return False


# "though it was not yet clear the infection had caused all five deaths": a concessive
# clause after the figure that doubts the cause of the deaths it counts
_CAUSE_DOUBTED = re.compile(
    r"\b(?:though|although|but)\b[^;]*?\b(?:unclear|uncertain|unknown|not (?:yet |immediately )?"
    r"(?:clear|known|certain|established|confirmed))\b[^;]*?\b(?:caused|killed|contributed to)"
    r" (?:them|(?:all |the |these |those |their )+(?:\w+ )?(?:deaths|fatalities))"
)


def _cause_doubted_later(number: Span) -> bool:
    """ "five patients had died, though officials stressed it was not yet clear the
    infection had caused all five deaths": the words after the figure doubt that its dead
    died of the cause the passage counts, however the parse hangs the clause
    (`_cause_doubted_after` reads the clause of the figure's verb); so do those words
    themselves ("all five deaths")."""
    sent = number.sent
    return any(
        found.end() >= number.end_char - sent.start_char
        for found in _CAUSE_DOUBTED.finditer(sent.text)
    )


def _mostly_unconfirmed(number: Span, sent: Span, rules: RulePack) -> bool:
    """ "more than 15,600 cases, most of them suspected": a part-of-them phrase set off
    after the count says much of it is unconfirmed (only the count just before it)."""
    doc = number.doc
    comma = next((t.i for t in doc[number.end : sent.end] if t.text in (",", "—", "(")), None)
    if comma is None or any(t.like_num for t in doc[number.end : comma]):
        return False
    words = [t.lower_ for t in doc[comma + 1 : min(comma + 8, sent.end)]]
    if "of" not in words[:4] or words.index("of") + 1 >= len(words):
        return False
    at = words.index("of")
    quantifier = " ".join(words[:at])
    if quantifier not in (
        "most",
        "many",
        "all",
        "nearly all",
        "almost all",
        "the majority",
        "half",
        "the bulk",
        "much",
        "a majority",
        "the vast majority",
    ):
        return False  # fmt: skip
    if words[at + 1] not in ("them", "those", "which", "these"):
        return False
    rest = words[at + 2 :]
    hedges = set(rules.hedge_modifiers)
    return any(w in hedges for w in rest[:3]) or (
        "not" in rest[:3] and any(w in ("confirmed", "verified", "tested") for w in rest[:5])
    )


def _unconfirmed_later(noun: Token, number: Span, sent: Span) -> bool:
    """ "recorded 15,600 cases ..., though most of the cases have not been confirmed": a
    later clause says the same noun's figure was not checked."""
    for verb in sent:
        if verb.i <= number.end or _norm(verb) not in CHECKING_VERBS:
            continue
        if not any(c.dep_ == "neg" for c in verb.children):
            continue
        for subject in verb.children:
            if subject.dep_ not in ("nsubj", "nsubjpass"):
                continue
            named = _pobj(next((c for c in subject.children if c.lower_ == "of"), subject))
            if _norm(named or subject) == _norm(noun):
                return True
    return False


# a sentence that says the figure just told could not be checked ("The figure could not be
# independently verified.", "Reuters could not independently verify the toll.")
_UNVERIFIED_NEXT = re.compile(
    r"^\W*(?:the|that|this|these|those|neither|both|either)\s+(?:figures?|tolls?|counts?"
    r"|numbers?|claims?|tally|tallies|totals?)\b[^.;]*?\b(?:could not|cannot|can't|couldn't"
    r"|could n't|has not|have not|had not|was not|were not)\s+(?:yet\s+)?(?:be\s+|been\s+)?"
    r"(?:independently\s+)?(?:verified|confirmed|checked|corroborated|substantiated)\b"
    r"|^\W*neither\s+(?:figure|toll|count|number|claim|tally|total)\s+(?:could|can|has|was)"
    r"\s+(?:yet\s+)?(?:be\s+|been\s+)?(?:independently\s+)?(?:verified|confirmed|checked"
    r"|corroborated|substantiated)\b"
    r"|^[^.;]*\b(?:could not|cannot|couldn't|could n't|was unable to|were unable to)\s+"
    r"(?:independently\s+)?(?:verify|confirm|check|corroborate)\s+(?:the|that|this|these"
    r"|those|either|both)\s+(?:figures?|tolls?|counts?|numbers?|claims?|tally|totals?)\b",
    re.IGNORECASE,
)


def _unanswered(number: Span, sent: Span, after: Span | None) -> bool:
    """ "...a statement that put the number of soldiers killed at about 100; the army did not
    respond to the claim": a figure one side claims that the other, asked, leaves
    unanswered (after it in its sentence, or in the next) is no count anyone else stands
    by (hedged), as one no one could verify."""
    rest = sent.doc.text[number.end_char : sent.end_char]
    return bool(_UNANSWERED.search(rest) or after is not None and _UNANSWERED.search(after.text))


# "did not respond to the claim", "has not commented on the figure", "declined to comment on
# the report"
_UNANSWERED = re.compile(
    r"\b(?:did not|didn't|did n't|has not|hasn't|have not|haven't|had not|declined to|"
    r"refused to)\s+(?:yet\s+)?(?:respond|responded|react|reacted|comment|commented|reply|"
    r"replied)\s+(?:to|on)\s+(?:the|that|this|its|their)\s+(?:claims?|figures?|statements?|"
    r"reports?|tolls?|numbers?)\b",
    re.IGNORECASE,
)


def _unverified_next(after: Span | None, state: _State) -> bool:
    """ "Local officials said 62 people died in the floods. The figure could not be
    independently verified.": the next sentence says no one could check the figure just
    told (as `_unverified_afterthought` reads ", a figure no one could verify"); one of two
    figures ("Neither figure could be verified") speaks of the sentence before too."""
    if after is None:
        return False
    if _UNVERIFIED_NEXT.search(after.text.strip()) is not None:
        return True
    later = _next_sentence(after, state)
    return (
        later is not None
        and re.match(r"\W*(?:neither|both|the two|these|those)\b", later.text.strip(), re.I)
        is not None
        and _UNVERIFIED_NEXT.search(later.text.strip()) is not None
    )


def _unchecked_after(number: Span) -> bool:
    """ "Local media reported a third death, but health officials have yet to confirm it",
    "State media put the toll at 31, but the figure could not be verified": a later "but"
    conjunct of a clause above the figure whose verb of checking, negated or yet to come,
    takes the figure back ("it", "the figure", "the claim") leaves the figure unconfirmed."""
    for clause in (a for a in number[-1].ancestors if a.pos_ in ("VERB", "AUX")):
        if not any(c.dep_ == "cc" and c.lower_ == "but" for c in clause.children):
            continue
        for conj in (c for c in clause.children if c.dep_ == "conj" and c.i >= number.end):
            # ("have yet to confirm it": "yet" on "have", the check its complement)
            yet = any(c.lower_ == "yet" for c in conj.children)
            for check in (conj, *(c for c in conj.children if c.dep_ == "xcomp")):
                if _norm(check) not in CHECKING_VERBS:
                    continue
                if not (yet or any(c.dep_ == "neg" for c in check.children)):
                    continue
                if any(
                    c.dep_ in ("dobj", "nsubjpass") and _figure_taken_back(c)
                    for c in check.children
                ):
                    return True
    return False


def _figure_taken_back(word: Token) -> bool:
    """ "it", "that", "the figure", "this claim": a word that takes a figure told before back
    (not "its cause", "the victims")."""
    if word.lower_ in ("it", "that", "this"):
        return True
    return _norm(word) in FIGURE_WORDS and any(
        d.dep_ == "det" and d.lower_ in ("the", "that", "this") for d in word.children
    )


# what a count still being checked is under ("120 deaths still under investigation")
REVIEWS = {"investigation", "review", "verification", "examination", "analysis"}
# ...and their verbs
REVIEWING = {"investigate", "review", "verify", "examine", "analyse", "analyze", "probe", "check"}


def _under_review(noun: Token) -> bool:
    """ "with a further 120 deaths still under investigation": deaths not yet confirmed. So
    are those a verb of examining has in hand now ("A third death, of an elderly man, is
    still being investigated", "Officials are examining a fourth case"), not one whose
    examining is done ("was investigated")."""
    if any(
        c.dep_ == "prep" and c.lower_ == "under" and any(_norm(o) in REVIEWS for o in c.children)
        for c in noun.children
    ):
        return True
    verb = noun.head
    if noun.dep_ not in ("nsubjpass", "dobj") or _norm(verb) not in REVIEWING:
        return False
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if auxes & {"was", "were", "has", "have", "had", "been"}:
        return False
    return bool(auxes & {"is", "are", "'s", "'re", "being"})


# verbs of other records bearing a figure out ("hospital lists do not support that figure")
SUPPORTING = {"support", "back", "match", "bear", "reflect"}


def _unsupported_after(verb: Token | None) -> bool:
    """ "One official put the toll above 100, but hospital lists do not support that
    figure": a later "but" conjunct of the figure's verb whose negated verb of bearing out
    takes the figure back ("that figure", "it") disputes it."""
    if verb is None:
        return False
    for conj in verb.children:
        if conj.dep_ != "conj" or _norm(conj) not in SUPPORTING:
            continue
        if not any(c.dep_ == "neg" for c in conj.children):
            continue
        if not any(c.dep_ == "cc" and c.lower_ == "but" for c in verb.children):
            continue
        for obj in conj.children:
            if obj.dep_ != "dobj":
                continue
            if obj.lower_ in ("it", "that", "this") or any(
                d.lower_ in ("that", "this", "the") for d in obj.children if d.dep_ == "det"
            ):
                return True
    return False


REVISING = {"revise", "correct", "lower", "cut", "amend", "downgrade", "pare", "scale"}


# words that tie a clause to a time before the passage's news ("at dawn", "by the morning",
# "at first"), beside weekday and month names and "ago"
EARLIER_TIMES = {"dawn", "daybreak", "sunrise", "morning", "noon", "midday", "afternoon",
                 "evening", "dusk", "nightfall", "night", "midnight", "overnight", "initially",
                 "originally", "ago", "yesterday", *WEEKDAYS}  # fmt: skip
PARTS_OF_DAY = {"morning", "afternoon", "dawn", "noon", "midday"}
# words that set a clause at the time of the news itself
NOW_TIMES = {"now", "today", "tonight", "currently", "still", "since", "so", "this"}


def _told_then(verb: Token) -> bool:
    """ "On Friday the count stood at 131", "Rescuers had recovered 67 bodies by the
    morning", "It was a Category 2 at dawn", "struck as a Category 4 on Wednesday": a
    count's verb in the simple past or past perfect whose clause names an earlier time (a
    weekday, a month, a part of the day, "at first", "ago"), and no word of the present
    ("now", "today", "still", "since", "so far", "this week"); the time of an older figure
    beside it ("up from 90 on Friday") is not the clause's."""
    if not _past(verb) or _modal_verb(verb):
        return False
    older = {t.i for f in verb.subtree if f.lower_ == "from" for t in f.subtree}
    # (nor is that of what came before, "..., after Sella earlier this month")
    older |= {t.i for w in verb.subtree for e in earlier_item(w) for t in e.subtree}
    tokens = [t for t in verb.subtree if t.i not in older]
    # ("this week" spans the news; "this morning", told in the past, is before it)
    if any(
        t.lower_ in NOW_TIMES and not (t.lower_ == "this" and t.head.lower_ in PARTS_OF_DAY)
        for t in tokens
    ):
        return False
    return any(
        t.lower_ in EARLIER_TIMES
        or (t.lower_ in MONTHS and t.text[0].isupper() and t.lower_ != "may")
        or (t.lower_ == "first" and (t.dep_ == "advmod" or t.head.lower_ == "at"))
        for t in tokens
    )


def _told_now(verb: Token) -> bool:
    """ "now puts the toll at 224", "has killed 78", "has since weakened to a Category 3":
    a count's verb in the present or present perfect in a clause of the passage's own news
    (not a relative clause on another noun), or with "now" or "currently"."""
    if verb.dep_ in ("relcl", "acl") or _modal_verb(verb):
        return False
    return _states_present(verb) or _said_now_word(verb)


def _said_now_word(verb: Token) -> bool:
    """The count's verb, or the saying it is told by ("police now say 13 people were
    killed"), carries "now" or "currently"."""
    saying = verb.head if verb.dep_ == "ccomp" and verb.head.lemma_ in SAYING else None
    return any(
        c.dep_ == "advmod" and c.lower_ in ("now", "currently")
        for v in (verb, *([saying] if saying is not None else []))
        for c in v.children
    )


def _modal_verb(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


def _when_of_earlier_time(verb: Token | None) -> bool:
    """ "It comes a year after the worst season on record, when 18.5 million hectares
    burned": a past "when" clause after a phrase of an earlier time ("after", "since",
    "before" a season or event) tells what happened then (recap)."""
    if verb is None or verb.dep_ not in ("advcl", "relcl") or verb.tag_ not in ("VBD", "VBN"):
        return False
    if not any(c.lower_ == "when" and c.i < verb.i for c in verb.children):
        return False
    if any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children):
        return False
    if verb.dep_ == "relcl":  # "... two years after the record summer, when ... burned"
        head = verb.head
        return head.dep_ == "pobj" and head.head.lower_ in ("after", "since", "before")
    return any(
        c.dep_ == "prep" and c.lower_ in ("after", "since", "before") and c.i < verb.i
        for c in verb.head.children
    )


def _long_after(verb: Token | None) -> bool:
    """ "A decade on from the floods that killed 1,100", "ten years after the quake that
    killed 300", "on the anniversary of the fire that burned ...": a past relative clause
    on the event a long span of time is counted from tells what happened then (recap)."""
    if verb is None or verb.dep_ != "relcl" or verb.tag_ != "VBD":
        return False
    head = verb.head
    if head.dep_ != "pobj" or head.head.lower_ not in ("after", "from", "of", "since"):
        return False
    span = [*head.head.ancestors, *head.head.children]  # "ten years after": "years" on "after"
    return any(t.lemma_.lower() in LONG_SPANS for t in span if t.pos_ == "NOUN")


def _condition_of_next_figure(number: Span, verb: Token | None) -> bool:
    """ "Tally: seven of 34 provincial capitals in Taliban hands, eight if Pul-e Khumri is
    confirmed", "The toll stands at 40, or 46 if the missing are counted": the condition is
    the next figure's, set after a comma, and the figure before it is told plainly (not
    under a modal of its own: "would hold 12 towns, 13 if ...")."""
    if verb is not None and any(
        c.dep_ == "aux" and c.lower_ in ("would", "could", "might", "'d") for c in verb.children
    ):
        return False
    sent = number.sent
    comma = next((t for t in number.doc[number.end : sent.end] if t.text in (",", ";")), None)
    if comma is None or any(t.lower_ in ("if", "unless") for t in sent[: comma.i - sent.start]):
        return False
    rest = [t for t in number.doc[comma.i + 1 : min(comma.i + 5, sent.end)] if t.lower_ != "or"]
    return len(rest) >= 2 and rest[0].like_num and rest[1].lower_ in ("if", "unless")


# words that widen a comparison of two figures ("far above", "well below")
FAR = {"far", "well", "much", "way", "sharply", "significantly", "considerably", "slightly"}


def _compared_figure(number: Span) -> bool | None:
    """A figure set against the count with "far above" or "well below" and "the" ("89
    soldiers were killed, far above the 25 it reported on the day"; "well below the 471 dead
    reported by the health ministry"): whether another teller gave it ("by" the ministry);
    None for any other figure ("rose above 500", "climbed above the 500 mark")."""
    token = number[-1]
    if token.dep_ == "nummod" and token.head.dep_ == "pobj":
        token = token.head  # "the 471 dead"
    prep = token.head
    if (
        token.dep_ != "pobj"
        or prep.lower_ not in ("above", "below", "beyond", "under", "over")
        or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
        or not any(c.dep_ == "advmod" and c.lower_ in FAR for c in prep.children)
    ):
        return None
    clauses = [c for c in token.children if c.dep_ in ("acl", "relcl")]
    return any(g.dep_ == "agent" for c in clauses for g in c.children)


def _set_against(
    claims: list[Claim], compared: dict[tuple[str, float, str | None], bool]
) -> list[Claim]:
    """A figure set against a count the sentence tells (`_compared_figure`) is that count's
    older value (recap, "the 25 it reported on the day") or another teller's rival figure
    (hedged, "the 471 reported by the ministry"); only beside a count told as news (not "may
    have been infected, far above the 9,692 confirmed cases China reported"). Against a rival
    figure the count is one of two rivals nobody settles, hedged too."""
    out, rivalled = [], set()
    for claim in claims:
        other = compared.get((claim.metric or "", claim.value, claim.time))
        if (
            other is not None
            and claim.modality == "asserted"
            and any(
                c.metric == claim.metric
                and c.value != claim.value
                and c.sentence == claim.sentence
                and c.modality == "asserted"
                and (c.metric or "", c.value, c.time) not in compared
                for c in claims
            )
        ):
            claim = claim.model_copy(update={"modality": "hedged" if other else "recap"})
            if other:
                rivalled.add((claim.metric, claim.sentence))
        out.append(claim)
    return [
        c.model_copy(update={"modality": "hedged"})
        if c.modality == "asserted" and (c.metric, c.sentence) in rivalled
        else c
        for c in out
    ]


def _anchor_beside_news(
    claims: list[Claim], anchored: set[tuple[str, float, str | None]]
) -> list[Claim]:
    """A count of another event named to place the news in time (`_after_other_event`) is
    background (recap) where the passage gives the same metric another value it tells as
    news (asserted or hedged): "At least four were killed when the volcano erupted on
    Sunday. It came a month after a mudslide killed 27". Alone, it is that event's count."""
    told = {
        (c.metric, c.value)
        for c in claims
        if c.modality in ("asserted", "hedged") and (c.metric, c.value, c.time) not in anchored
    }
    return [
        c.model_copy(update={"modality": "recap"})
        if c.modality == "asserted"
        and (c.metric, c.value, c.time) in anchored
        and any(m == c.metric and v != c.value for m, v in told)
        else c
        for c in claims
    ]


def _after_other_event(verb: Token | None) -> bool:
    """ "It came three weeks after floods in western Japan killed more than 200", "struck a
    month after a mudslide in the same district killed 27", "The outbreak follows an
    epidemic in January that infected 312": the deed of another event, named to place the
    news in time, is that event's count; beside a value of the same count the passage tells
    as its news it is background (`_anchor_beside_news`), alone its own count. Not the
    subject's own earlier deed ("four days after it killed five in Samoa"), nor a count
    that runs on ("after the quake, which has killed 8,000")."""
    if verb is None or verb.pos_ != "VERB":
        return False
    if verb.tag_ != "VBD" and not (
        verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)
    ):
        return False
    if verb.dep_ == "relcl":
        noun = verb.head
        if noun.dep_ == "dobj" and _norm(noun.head) in ("follow", "precede"):
            return True  # "follows an epidemic that infected 312"
        after = noun.head if noun.dep_ == "pobj" else None
        # "two weeks after the floods that killed 60": a span counted from the event
        return (
            after is not None
            and after.lower_ == "after"
            and any(c.dep_ == "npadvmod" for c in after.children)
        )
    marks = [c for c in verb.children if c.dep_ == "mark"]
    if (
        verb.dep_ == "ROOT"
        and marks
        and any(c.dep_ == "ccomp" and c.i < marks[0].i for c in verb.children)
    ):
        pass  # ("Gunmen killed 31 on Friday, the government said, a year after 157 died
        # there": the parser makes the "after" clause the root, the news its complement)
    elif verb.dep_ != "advcl" or verb.head.pos_ not in ("VERB", "AUX"):
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if marks and marks[0].lower_ == "after":
        return subject is not None and subject.pos_ in ("NOUN", "PROPN")
    if marks or subject is not None:
        return False
    # ("came a month after a mudslide ... killed 27": the parser hangs "after" and the
    # event on the main verb, the deed beside them)
    return any(
        c.dep_ == "prep"
        and c.lower_ == "after"
        and c.right_edge.i + 1 == verb.left_edge.i
        and (obj := _pobj(c)) is not None
        and obj.pos_ in ("NOUN", "PROPN")
        for c in verb.head.children
    )


def _shared_earlier_time(verb: Token | None) -> bool:
    """ "Twenty years ago this week, a mudslide buried the village and killed 412": a
    conjunct with no subject of its own shares the time its first verb is set at."""
    if verb is None or verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    first = verb.head
    return any(
        c.dep_ in ("advmod", "npadvmod", "prep") and c.i < first.i and c.lower_ in ANTERIOR
        for c in first.children
    )


def _toll_on_the_way(verb: Token | None, time: str | None) -> bool:
    """A deed in an "after V-ing" phrase on the main verb, dated only "earlier in the week"
    or "over the weekend": what the subject did on its way to the main clause's news."""
    if verb is None or verb.tag_ != "VBG" or verb.dep_ != "pcomp":
        return False
    after = verb.head
    return (
        after.lower_ == "after"
        and after.head.dep_ == "ROOT"
        and re.fullmatch(r"(?:earlier in |over )?the week(?:end)?", (time or "").lower())
        is not None
    )


def _moved_to_state(verb: Token | None, number: Span) -> bool:
    """ "Cyclone Phet, downgraded to Category 1 earlier in the week, lashed ...", "Bret,
    upgraded to Category 3 late on Tuesday, is bearing down ...": a state a verb of change
    moved the subject to, in a description set off on it, holds until the passage tells
    another, whatever its day (not a state held then: "Ida, a Category 1 when it crossed
    Cuba on Friday"; nor the state left: "from Category 4"; nor one the news moves on:
    "..., downgraded to a Category 2 earlier in the week, strengthened again to ..."). The
    parser may make the description the root and the news a conjunct after a comma
    ("Seroja, downgraded to ..., dumped"; not "weakened to a Category 1 earlier on Monday
    and has since been downgraded to a tropical storm")."""
    if verb is None or verb.tag_ not in ("VBD", "VBN"):
        return False
    if _norm(verb) not in CHANGE_VERBS | REVISING_TO:
        return False
    if verb.dep_ == "acl" and verb.head.dep_ in ("nsubj", "nsubjpass"):
        news: Token | None = verb.head.head
    elif verb.dep_ == "ROOT" and not any(c.dep_ == "cc" for c in verb.children):
        news = next((c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"), None)
    else:
        return False
    if news is None or _norm(news) in CHANGE_VERBS | REVISING_TO:
        return False
    token = number[-1]
    while token.i != verb.i:
        if token.head.i == token.i or token.lower_ in ("from", "than", "after", "before", "since"):
            return False
        token = token.head
    return True


def _peak_in_background(verb: Token | None) -> bool:
    """ "Cyclone Honde, which peaked as a Category 3 storm off the coast, brought floods to
    ...": a storm's peak told in a relative clause on the subject of other news is a state
    it has left, `recap` (as the writers label it, tests/fixtures/README.md round 33); not
    the peak told as the news ("Kiko peaked as a Category 4 on Saturday"). A peak told in the
    past perfect ("Hurricane Vince had peaked as a Category 1 storm") is one the storm had
    left by the time the passage tells of, wherever it stands."""
    if verb is None or _norm(verb) != "peak":
        return False
    if any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children):
        return True
    if verb.tag_ != "VBD" or verb.dep_ != "relcl":
        return False
    news = verb.head.head if verb.head.dep_ in ("nsubj", "nsubjpass") else None
    return news is not None and news.pos_ in ("VERB", "AUX") and _norm(news) != "peak"


def _exception_to_all(number: Span) -> bool:
    """ "hold every important town in the state but one", "all the provincial capitals but
    two", "every town along the river except three": a figure after "but" or "except" that
    a word of all sets apart is the exception, no count of its own (with a whole, "all but
    one of the 34", the rest is the count). Not the subject of a clause of its own ("all
    were killed but one survived")."""
    doc, start = number.doc, number.start
    if start - 1 <= number.sent.start or doc[start - 1].lower_ not in ("but", "except"):
        return False
    counted = number.root.head if number.root.dep_ == "nummod" else number.root
    if counted.dep_ in ("nsubj", "nsubjpass") or counted.pos_ in ("VERB", "AUX"):
        return False  # ("every village was evacuated, but 40 people died": a clause's own)
    return any(t.lower_ in ("every", "all", "each") for t in doc[number.sent.start : start - 1])


def _said_now(number: Span) -> bool:
    """A value whose own verb, in the present, is said to hold "now", or a description set
    off by "now" or "currently" ("Typhoon X, now the equivalent of a Category 3 storm after
    peaking as a Category 4 on Thursday, ..."): no date elsewhere in the sentence dates it."""
    doc = number.doc
    for word in reversed(doc[max(number.sent.start, number.start - 6) : number.start]):
        if word.lower_ in ("now", "currently"):
            return True
        if word.is_punct or word.pos_ in ("VERB", "AUX"):
            break
    own = next((t for t in number[-1].ancestors if t.pos_ in ("VERB", "AUX")), None)
    if own is None:
        return False
    if own.tag_ in ("VBZ", "VBP"):
        return any(c.dep_ == "advmod" and c.lower_ == "now" for c in own.children)
    # "struck as a Category 4 on Tuesday and has since dropped to a Category 1": a present
    # perfect "since" holds now, whatever day the first verb had
    return (
        own.tag_ == "VBN"
        and any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in own.children)
        and any(c.dep_ == "advmod" and c.lower_ == "since" for c in own.children)
        # its own figure ("dropped to a Category 1"), not one compared ("ahead of the ...")
        and all(
            t.i == own.i or t.pos_ in NOUNS or t.lower_ in ("to", "at", "as", "into")
            for t in _path(number[-1].head, own)
        )
    )


def _revised_away(number: Span) -> bool:
    """ "the toll was 97, revising down the figure of 115": the figure a verb of revising
    takes as its object ("the figure of N", "its toll of N") is the one set aside."""
    root = number[-1]
    if not (root.dep_ == "pobj" and root.head.lower_ == "of"):
        return False
    noun = root.head.head
    if _norm(noun) not in REPORTS | {"number", "estimate", "total"} or noun.dep_ != "dobj":
        return False
    return _norm(noun.head) in REVISING


# an article that is or holds a correction ("Correction: ...", "CLARIFICATION -")
_CORRECTION = re.compile(r" (?:correction|clarification) ")


def _retracted(number: Span, corrected: bool = False) -> bool:
    """ "An earlier version of this article said 12 ...", "a previous version cited a
    tally of 900": a correction names the figure it withdraws; in an article that is a
    correction (`corrected`) so does any piece of the publication's that gave a figure ("a
    caption on this story gave ... as 13,000 hectares"); "withdrew a toll of 11,300",
    "retracted its count of 90 cases": a report takes its own figure back."""
    verb = _first_verb(number[-1])
    if (
        verb is not None
        and _norm(verb) in RETRACTIONS
        and any(t.dep_ in ("dobj", "nsubjpass") for t in _path(number[-1], verb))
        and not any(c.dep_ == "neg" for c in verb.children)
    ):
        return True  # ... or in the passive: "a figure of 260 was withdrawn"
    for verb in number[-1].ancestors:
        for subject in verb.children:
            if subject.dep_ not in ("nsubj", "nsubjpass"):
                continue
            if subject.lemma_.lower() == "version" and any(
                c.lower_ in EARLIER_VERSION for c in subject.children
            ):
                return True
            if (
                corrected
                and subject.lemma_.lower() in PIECES
                and verb.tag_ == "VBD"
                and _norm(verb) not in REVISING | REVISING_TO
                and not any(c.dep_ == "neg" for c in verb.children)
            ):
                # "Correction: a caption on this story gave the fire's size as 13,000
                # hectares": the figure a piece of the publication's own gave, withdrawn
                return True
    return False


def _converted(value: float, noun: Token, metric: MetricRule) -> float:
    """A value in another unit of the metric ("8,000 hectares") in the metric's unit."""
    words = [*_modifiers(noun), _norm(noun)]
    for phrase, factor in metric.conversions.items():
        wanted = phrase.split()
        if words[-len(wanted) :] == wanted:
            return float(round(value * factor))
    return value


def _stated_in_unit(noun: Token, metric: MetricRule) -> bool:
    """ "about 32,000 hectares (79,000 acres)", "79,000 acres (32,000 hectares)", "400,000
    hectares, or nearly one million acres", "279,000 acres, or roughly 436 square miles": the
    figure in another unit has its restatement in the metric's own unit beside it, in brackets
    or after "or"."""
    if metric.unit is None:
        return False
    doc = noun.doc
    unit = metric.unit.rstrip("s")
    after = doc[noun.i + 1 : min(noun.i + 7, noun.sent.end)]
    opener = [t.lower_ for t in after[:2]]
    if opener[:1] in (["("], ["or"]) or opener == [",", "or"]:
        return any(_norm(t) == unit for t in after)
    before = doc[max(noun.sent.start, noun.i - 6) : noun.i]
    opened = [t for t in before if t.text == "(" or (t.lower_ == "or" and t.nbor(-1).text == ",")]
    if opened and opened[-1].i > noun.sent.start:
        ahead = doc[max(noun.sent.start, opened[-1].i - 3) : opened[-1].i]
        return any(_norm(t) == unit for t in ahead)
    return False


def _remainder(number: Span) -> bool:
    """ "22 to go", "16 still to go": the number of what is left."""
    after = [t.lower_ for t in number.doc[number.end : min(number.end + 3, number.sent.end)]]
    return after[:2] == ["to", "go"] or after == ["still", "to", "go"]


def _lesser_place(noun: Token) -> bool:
    """ "six towns, 14 villages and two hamlets": a place smaller than a town counted
    beside towns or cities is set apart from them."""
    if _norm(noun) not in LESSER_PLACES:
        return False
    top = noun
    while top.dep_ in ("conj", "appos") and top.head.pos_ == "NOUN":
        top = top.head  # "six towns, 14 villages and ...": a list read as an apposition
    listed, queue = [], [top]
    while queue:  # the conjuncts of the list: "cities, settlements and villages"
        item = queue.pop()
        listed.append(item)
        queue += [c for c in item.children if c.dep_ in ("conj", "appos")]
    return any(_norm(t) in TOWNS for t in listed)


def _superseded(number: Span) -> bool:
    """ "an earlier figure of 174", "a previous count of 54": an older figure the
    article replaces."""
    token = number[-1]
    if token.dep_ == "nummod" and token.head.dep_ == "pobj":
        token = token.head  # "an earlier figure of 31 deaths"
    for ancestor in number[-1].ancestors:
        if ancestor.dep_ == "acl" and ancestor.tag_ == "VBN":
            if any(c.dep_ == "advmod" and c.lower_ in FIRST_TOLD for c in ancestor.children):
                return True  # "the toll, initially given as 19, rose to 26"
            break
    if token.dep_ != "pobj" or token.head.lower_ != "of":
        return False
    noun = token.head.head
    return noun.pos_ == "NOUN" and any(
        c.dep_ == "amod" and c.lower_ in SUPERSEDED for c in noun.children
    )


def _feared_state(verb: Token | None) -> bool:
    """ "are feared dead", "were feared killed", "is feared to have died": a passive of
    fearing says what may already be so (hedged), not what is to come."""
    if verb is None:
        return False
    for token in (verb, *verb.ancestors):
        if token.lemma_.lower() == "fear" and token.tag_ == "VBN":
            return any(c.dep_ == "auxpass" for c in token.children)
        if token.pos_ in ("VERB", "AUX") and token.dep_ not in ("xcomp", "acomp", "oprd"):
            break
    return False


def _perfect_guess(verb: Token | None, rules: RulePack) -> bool:
    """ "may in fact have been infected", "could have died": a modal perfect guesses at
    what has already happened (not "will have burned", which looks ahead)."""
    if verb is None:
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return any(c.lemma_.lower() == "have" for c in auxes) and any(
        c.lower_ in rules.modality.hedge_modals for c in auxes
    )


def _surpassed(noun: Token, number: Span) -> bool:
    """ "has passed the 2018 fire's 459,123 acres", "has overtaken the Pine Gulch Fire,
    which burned 139,007 acres", "ahead of the 907,245-acre fire of 2006": the record a
    figure beats is an older value."""
    if not (number[-1].head.i == noun.i or number.start <= noun.i < number.end):
        return False
    token = noun
    described = token.dep_ in ("compound", "amod") and token.head.pos_ in NOUNS
    if described:
        token = token.head  # "the 907,245-acre East Amarillo Complex"
    if token.dep_ == "dobj" and _norm(token.head) in SURPASSING:
        return described or any(c.dep_ == "poss" for c in token.children)
    if described and _compared(token):
        return True
    clause = next((t for t in token.ancestors if t.dep_ == "relcl"), None)
    if clause is None or any(t.dep_ == "relcl" for t in clause.ancestors):
        return False
    antecedent = clause.head
    if antecedent.dep_ == "dobj":
        return _norm(antecedent.head) in SURPASSING
    return _compared(antecedent)


def _compared(token: Token) -> bool:
    """ "than the Hill Fire", "ahead of the Hill Fire": what a figure is compared with."""
    prep = token.head
    if token.dep_ != "pobj":
        return False
    if prep.lower_ == "than":
        return True
    if prep.lower_ != "of" or prep.head.lower_ not in ("ahead", "behind"):
        return False
    # "residents were ordered out ahead of the Caldor Fire": ahead in time or place, no
    # comparison; "now ahead of the 2006 fire" (a copula or a verb of moving past) compares
    verb = prep.head.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() in RANKING_VERBS:
        return True
    # "had burned about 61,000 acres, ahead of the Hill Fire": beside a figure the verb took
    return any(c.dep_ == "dobj" and any(t.like_num for t in c.subtree) for c in verb.children)


def _is_earlier_value(number: Span) -> bool:
    """ "up from 74 a week earlier", "rose from 40 to 57": the older value; so is each
    figure joined to it ("up from 350 earlier in the day and 272 on Sunday night")."""
    token = number[-1]
    # (or the count it numbers: "up from 300 cases and 40 deaths", the deaths joined too)
    joined = token.head if token.dep_ == "nummod" and token.head.dep_ == "conj" else token
    if joined.dep_ == "conj":
        # "... and 272", however the parse hangs it (on the first figure, or on the time
        # beside it): a figure of the same "from" (or "against") phrase is the older value
        # too
        for above in joined.ancestors:
            if above.pos_ in ("VERB", "AUX"):
                break
            if above.dep_ == "prep" and (above.lower_ == "from" or above.lower_ in COMPARING):
                # (a counted noun only after "up from", "down from" or "against": not
                # "reported from 75 countries and five deaths")
                older = above.lower_ in COMPARING or above.head.lower_ in ("up", "down")
                if any(
                    c.dep_ == "pobj"
                    and c.i < token.i
                    and (c.like_num or older and any(n.dep_ == "nummod" for n in c.children))
                    for c in above.children
                ):
                    return True
                break
    clause = next((t for t in token.ancestors if t.dep_ == "relcl"), None)
    if clause is not None and clause.head.dep_ == "pobj":
        # "up from the 155 mph estimate that made it a Category 4": a figure in a relative
        # clause on the older value's noun is told of that older value too
        prep = clause.head.head
        if prep.lower_ in COMPARING or prep.lower_ == "from" and prep.head.lower_ in ("up", "down"):
            return True
    if (
        token.dep_ == "pobj"
        and token.ent_type_ == "ORDINAL"
        and token.head.lower_ in ("after", "following")
    ):
        # "a third death on Thursday, two days after its second": the ordinal of the count
        # told before the news, its noun left out, is the older value (an earlier act named
        # after "after" is recap, the conventions' round-19 item)
        return True
    if token.dep_ != "pobj" and token.head.dep_ == "pobj":
        token = token.head  # "up from 74 deaths"
    elif token.head.dep_ in ("nmod", "compound") and token.head.head.dep_ == "pobj":
        token = token.head.head  # "weakened from a Category 2 storm"
    count = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else None
    if count is not None and _norm(count) in REPORTS | MEASURES:
        token = count  # "up 24 from Friday's total of 481", "down from an earlier tally of 90"
    if token.dep_ != "pobj":
        return False
    prep = token.head
    compared = prep.lower_ in ("with", "to") and _norm(prep.head) in ("compare", "comparison")
    if prep.lower_ in COMPARING or compared:
        return True  # "310 this year, against 250 the year before", "compared with 60"
    # ("rose from 12 to 15", read as the range "12 to 15": the figure reached)
    return prep.lower_ == "from" and not any(
        c.dep_ == "quantmod" and c.lower_ == "to" for c in number[-1].children
    )


def _of_earlier_period(number: Span) -> bool:
    """ "Last season's totals: 290 cases and 15 deaths", "| previous season's cases 2,900",
    "(same period last year: 389)": a figure whose label, the words before it back to the
    list's last separator, names an earlier season, year, month or week with no verb
    between (not a clause's time, "the quake that struck last week has killed", nor a span
    since then, "since last year", nor a window, "last 24 hours")."""
    doc = number.doc
    start = number.sent.start
    for t in reversed(doc[number.sent.start : number.start]):
        if t.text in ("|", ";", ",", "(", ")", "[", "]"):
            start = t.i + 1
            break
    label = doc[start : number.start]
    for t in label:
        after = doc[t.i + 1] if t.i + 1 < number.start else None
        if t.lower_ not in EARLIER_PERIOD or after is None or _norm(after) not in PERIOD_NOUNS:
            continue
        if t.i > start and doc[t.i - 1].lower_ in ("since", "from", "until", "till"):
            continue
        if any(v.pos_ in ("VERB", "AUX") for v in doc[t.i : number.start]):
            continue
        return True
    return _earlier_season_subject(number)


EARLIER_PERIOD = {"last", "previous", "prior", "preceding"}
PERIOD_NOUNS = {"season", "year", "month", "week", "period"}


def _earlier_season_subject(number: Span) -> bool:
    """ "The previous season ended with 12,700 cases", "Last season's biggest blaze, the Arno
    fire, burned 41,000 acres": the subject of the figure's verb is an earlier season or
    year, or what one of them held; its figure is that season's, set beside the current one.
    (Not a week or a month: "last week's floods killed 40" is this story's news.)"""
    verb = _first_verb(number[-1])
    if verb is None:
        return False
    for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        for noun in (subject, *(c for c in subject.children if c.dep_ == "poss")):
            if _norm(noun) in ("season", "year") and any(
                c.lower_ in EARLIER_PERIOD for c in noun.children if c.dep_ == "amod"
            ):
                return True
    return False


def _after_comma_not(number: Span) -> bool:
    """ ", not 18": a figure after a comma and "not" is the one a correction sets aside."""
    doc, start = number.doc, number.start
    while start - 1 > number.sent.start and doc[start - 1].lower_ in SET_ASIDE_FILLERS:
        start -= 1  # ", not the Category 4 it was rated": the figure's own words
    return (
        start - 2 >= number.sent.start
        and doc[start - 1].lower_ == "not"
        and doc[start - 2].text == ","
    )


# the words between a correction's "not" and the figure it sets aside
SET_ASIDE_FILLERS = {"a", "an", "the", "category", "cat"}


def _figure_after(token: Token) -> bool:
    """A figure follows the token, after at most its article and the noun written before
    a number ("not 18", "not a Category 4")."""
    doc, i = token.doc, token.i + 1
    while i < token.sent.end and doc[i].lower_ in SET_ASIDE_FILLERS:
        i += 1
    return i < token.sent.end and doc[i].like_num


def _denies_other_figure(verb: Token | None, number: Span, noun: Token | None = None) -> bool:
    """Every "not" of the verb (or of the counted noun) stands after a comma before a later
    figure ("15 people died, not 18", "was a Category 3, not a Category 4"): the negation
    is that figure's, not this one's."""
    doc = number.doc
    negs = [c for t in (verb, noun) if t is not None for c in t.children if c.dep_ == "neg"]
    return bool(negs) and all(
        n.i > number.end and _figure_after(n) and doc[n.i - 1].text == "," for n in negs
    )


def _range_end(number: Span) -> str | None:
    """ "between 40 and 50", "40 to 50 people": which end of a range of one count the
    number is ("low" or "high"); None for a lone figure and for a change "from A to B"."""
    doc, sent = number.doc, number.sent

    def pair(low: Span | Token, high_start: int) -> bool:
        joint = doc[high_start - 1] if high_start - 1 >= sent.start else None
        if joint is None or joint.lower_ not in ("to", "and") or high_start >= sent.end:
            return False
        first = doc[low.start if isinstance(low, Span) else low.i]
        opener = doc[first.i - 1] if first.i > sent.start else None
        if joint.lower_ == "and":
            return opener is not None and opener.lower_ == "between"
        if opener is not None and opener.lower_ == "from":  # "anywhere from 40 to 50"
            # ("estimates range from 200 to 600": the verb of a spread of estimates)
            return first.i - 2 >= sent.start and (
                doc[first.i - 2].lower_ in ("anywhere", "somewhere")
                or doc[first.i - 2].lemma_.lower() in ("range", "vary")
            )
        return opener is None or opener.lemma_.lower() not in GROWTH_VERBS

    after = number.end + 1
    if after < sent.end and doc[after].like_num and pair(number, after):
        return "low"
    if number.start - 2 >= sent.start and doc[number.start - 2].like_num:
        low = doc[number.start - 2]
        if low.is_digit == number[0].is_digit and pair(low, number.start):
            return "high"
    return None


def _is_old(time: str | None, state: _State, rules: RulePack) -> bool:
    """A claim dated some days before the article is background (a recap)."""
    if not time or state.published is None:
        return False
    when = resolve_date(time, state.published, latest=True)
    if when is None and re.search(r"\blast year\b", time.lower()):
        when = date(state.published.year - 1, 12, 31)  # "last year's fire, which burned ..."
    ago = _AGO.search(time.lower()) if when is None else None
    if ago is not None:
        # "Forty years ago Cyclone Ora hit the islands as a Category 3": well back
        number = 1.0 if ago["n"] in ("a", "an") else parse_number(ago["n"])
        back = (number or 0) * _UNIT_DAYS[ago["unit"]]
        if back >= WELL_BACK_DAYS:
            when = state.published - timedelta(days=int(back))
    days = rules.events.recap_after_days
    return is_old(when, time, state.published, days, state.dated)


def _age(time: str, state: _State) -> int | None:
    """How many days before publication the day `time` names is (None: no day)."""
    when = resolve_date(time, state.published, latest=True) if state.published else None
    return None if when is None or state.published is None else (state.published - when).days


def _record(noun: Token) -> bool:
    """ "the first such death in a decade", "the third deadliest since 1990": an ordinal
    ranking the noun over years, not counting it."""
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "since", "for"):
            continue
        pobj = _pobj(prep)
        if pobj is None:
            continue
        if _norm(pobj) in PERIODS or _is_year(pobj.doc[pobj.i : pobj.i + 1], tagged=False):
            return True
    return False


def _is_rank(noun: Token, rules: RulePack) -> bool:
    """ "Afghanistan's second city", "the country's third-largest city": a place ranked
    among a country's places (not "the territory's first case", its count of one)."""
    if _norm(noun) not in RANKED_PLACES:
        return False
    for child in noun.children:
        if child.dep_ == "poss" and (
            child.ent_type_ in ("GPE", "LOC") or _norm(child) in rules.rank_possessors
        ):
            return True
    return False


# the words of a disaster or an outbreak a single death belongs to (not a raid or a siege)
SINGLE_STORIES = {"storm", "hurricane", "typhoon", "cyclone", "tornado", "flood", "floods"}


def _told_singly(token: Token) -> bool:
    """The article or "only" of a noun counted as one, no numeral: the subject or object of a
    verb of dying, killing or reporting in a clause of its own ("A hiker died", "has killed a
    firefighter", "reported a death"), or "only" before a noun of the dead or of cases with
    "the" or an owner ("the only death recorded so far", "the outbreak's only case"). Not in
    a relative clause ("an adult who died in Lea County had measles"), nor a noun another word
    already counts or sets apart ("a second patient", "a further death", "a new case")."""
    noun = token.head
    if token.lower_ in SINGLE_ONLY and token.dep_ == "advmod" and noun.dep_ == "amod":
        noun = noun.head  # "its only confirmed case": "only" read on the participle
    if token.lower_ in SINGLE_ONLY:
        told = (
            token.dep_ in ("amod", "advmod")
            and noun.lemma_.lower() in SINGLE_NOUNS
            and any(c.lower_ == "the" or c.dep_ == "poss" for c in noun.children)
        )
    else:
        verb = noun.head
        told = (
            token.lower_ in ("a", "an")
            and token.dep_ == "det"
            and verb.pos_ in ("VERB", "AUX")
            and verb.lemma_.lower() in SINGLE_VERBS
            # the dead or the case: the subject of dying, not the killer ("a blast killed
            # five"), nor a finder ("a study found 327 cases")
            and (noun.dep_ in ("dobj", "nsubjpass") or verb.lemma_.lower() in SINGLE_DYING)
            and (noun.dep_ == "nsubjpass" or verb.lemma_.lower() != "find")
            and verb.dep_ not in ("relcl", "acl")
        )
    if not told or noun.pos_ not in NOUNS or noun.tag_ in ("NNS", "NNPS") or noun.i < token.i:
        return False
    if any(
        c.dep_ in ("nummod", "quantmod")
        or c.like_num
        or parse_ordinal(c.text) is not None
        or c.lower_ in ("more", "other", "additional", "further", "new", "fresh", "extra")
        for c in noun.children
    ):
        return False
    # "A woman died on Monday, the third death since the blaze began": one of several
    return not any(
        (parse_ordinal(t.text) or 1) > 1 and t.head.lemma_.lower() in SINGLE_NOUNS
        for t in token.sent
    )


def _quantity(number: Span) -> Quantity | None:
    doc = number.doc
    if len(number) == 1 and number[0].lower_ in {"a", "an"} | SINGLE_ONLY:
        return Quantity(1.0, "cardinal", "exact") if _told_singly(number[0]) else None
    start = number.start
    if start > number.sent.start and doc[start - 1].lower_ == "the" and _ordinal_word(number):
        start -= 1  # "at least the 22nd provincial capital": the bound stands before "the"
    before = doc[max(number.sent.start, start - 3) : start]
    text = " ".join(t.text for t in number)
    if len(number) > 1 and all(t.is_digit for t in number) and number[0].ent_type_ == "DATE":
        return None  # "on May 5 100 people died": a day and a figure, no "5 100"
    attached = len(before) > 0 and before[-1].dep_ != "prt" and _bound_attached(before, number)
    bound = before.text if attached and parse_bound(before.text) != "exact" else ""
    if bound and _verb_particle(before):
        bound = ""  # "ticked up to 82" is where the count went, not "up to 82"
    quantity = parse_quantity(text, bound)
    if quantity is not None and _indefinite_ordinal(number):
        # "a tenth patient died": the next of a series; "and 678 for a third": the next
        # item of a list, whose noun is left out (no count of its own)
        ordinal = parse_ordinal(number[-1].text)
        if ordinal is None or not _modifies_next(number):
            return None
        return Quantity(float(ordinal), "ordinal", quantity.bound)
    return quantity


def _ordinal_word(number: Span) -> bool:
    """ "22nd", "ninth", "twenty-first": an ordinal, no cardinal."""
    return len(number) == 1 and parse_ordinal(number[0].text) is not None and not number[0].is_digit


def _indefinite_ordinal(number: Span) -> bool:
    """ "a third" that is no share: an ordinal word after the indefinite article with no
    "of" after it ("a third of the 34" is a share; "a tenth patient", "for a third" rank)."""
    doc = number.doc
    after = doc[number.end] if number.end < number.sent.end else None
    return (
        len(number) == 2
        and number[0].lower_ in ("a", "an")
        and number[-1].lower_ in ORDINAL_UNITS
        and (after is None or after.lower_ != "of")
    )


def _modifies_next(number: Span) -> bool:
    """The word the number stands before is its head's phrase: "a tenth patient"."""
    doc = number.doc
    head = number[-1].head
    return (
        number.end < number.sent.end
        and head.i >= number.end
        and head.pos_ in NOUNS
        and all(t.pos_ in ("ADJ", "NOUN", "PROPN", "VERB") for t in doc[number.end : head.i])
    )


def _bound_attached(before: Span, number: Span) -> bool:
    """The words before the number modify it ("at least 5", "is near 300"), rather
    than the verb ("flies over eight provincial hubs")."""
    token = before[-1]
    if token.lower_ not in SPATIAL_BOUNDS:
        return True  # "close to a dozen", "near 35,000 acres": only ever a bound here
    if token.lower_ in ("over", "above") and _stands_over(token):
        return False  # "the rebel flag flies over 12 towns": where it stands, not a bound
    if number[-1].head.i == token.i:
        return True  # the number is the object of "near", "above", "over"
    prep = token
    while before.start <= token.head.i < before.end and token.head.i != token.i:
        token = token.head
    if (
        prep.lower_ in ("past", "beyond", "above")
        and prep.head.lemma_.lower() in GROWTH_VERBS | MOVING
        and number[-1].head.head.i == prep.i
    ):
        # "grew past 463,000 acres", "pushing it past 125,000 acres": the figure the count
        # went beyond
        return True
    return number.start <= token.head.i < number.end


def _stands_over(prep: Token) -> bool:
    """ "The rebel flag flies over 12 towns", "a banner hangs over nine cities", "the
    warlord reigns over five towns": after a verb of standing or hanging above (a flag's
    verbs with a flag as subject), "over" places the subject; it bounds no figure."""
    if prep.i == 0:
        return False
    verb = prep.doc[prep.i - 1]
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.pos_ != "VERB" and not subjects:  # "flies" tagged a noun but given a subject
        return False
    lemma = verb.lemma_.lower()
    if lemma in POSITION_VERBS:
        return True
    return lemma in FLAG_VERBS and any(_norm(c) in FLAGS for c in subjects)


def _verb_particle(before: Span) -> bool:
    """ "rose up to", "crept up to": the "up" belongs to the verb."""
    ups = [t for t in before if t.lower_ == "up"]
    if any(t.head.pos_ in ("VERB", "AUX") and t.head.i < t.i for t in ups):
        return True
    # "crept up to 26,000 acres", parsed with "up to" on the number
    doc = before.doc
    return any(
        t.i > 0 and doc[t.i - 1].lemma_.lower() in GROWTH_VERBS and doc[t.i - 1].pos_ == "VERB"
        for t in ups
    )


def _superlative(number: Span) -> bool:
    """ "third-largest city" ranks a city; it does not count them."""
    doc = number.doc
    after = doc[number.end : number.end + 2]
    return any(t.tag_ in ("JJS", "RBS") for t in after) and (
        parse_quantity(number.text) is not None and number[-1].ent_type_ != "CARDINAL"
    )


def _counted_nouns(
    number: Span, scale_nouns: Iterable[str] = ()
) -> list[tuple[Token, Token | None, bool]]:
    """Candidate nouns the number counts, best first: (noun, token holding the total
    if any, whether the number modifies the noun directly); the parse's first, then
    the words around the number where the parse reads them oddly."""
    doc, root = number.doc, number[-1]
    found: list[tuple[Token, Token | None, bool]] = []
    after = doc[number.end] if number.end < number.sent.end else None
    if after is not None and after.lower_ in UNIT_SYMBOLS:
        return [(after, None, True)]  # "167,000 ha", the symbol read as an interjection
    if after is not None and after.head.i == root.i and after.dep_ in ("amod", "acomp"):
        found.append((after, None, True))  # "counts 92 dead"
    elif after is not None and root.head.i == after.i and after.pos_ in ("ADJ", "ADV"):
        found.append((after, None, True))  # "crash: 288 dead in ...": the adjective took it
    else:
        # "police say 153 now dead", "12 already dead": the adjective after an adverb,
        # whichever of the two the parse hangs on the other
        adjective = next(
            (t for t in doc[number.end : min(number.end + 3, number.sent.end)] if t.pos_ != "ADV"),
            None,
        )
        if (
            adjective is not None
            and adjective.pos_ == "ADJ"
            and adjective.i > number.end
            and (root.head.i == adjective.i and root.dep_ == "nsubj" or adjective.head.i == root.i)
        ):
            found.append((adjective, None, True))
    if (
        root.dep_ == "nummod"
        and not root.head.is_alpha
        and not root.head.like_num
        and root.head.pos_ in ("PROPN", "NOUN", "PUNCT")
    ):
        # "outbreak over | 66 confirmed cases, 15 deaths": the bar of a headline took the
        # number; the noun after it is what it counts
        follow = [t for t in doc[number.end : min(number.end + 3, number.sent.end)]]
        noun = next((t for t in follow if t.pos_ == "NOUN"), None)
        if noun is not None and all(
            t.pos_ in ("ADJ", "VERB") for t in follow[: follow.index(noun)]
        ):
            found.append((noun, None, True))
    if (
        after is not None
        and root.dep_ in ("nsubj", "nsubjpass")
        and root.head.i == after.i
        and after.dep_ == "amod"
        and after.tag_ in ("VBN", "VBG")
        and after.head.i > after.i
        and after.head.pos_ == "NOUN"
    ):
        # "counts 66 confirmed human cases" read as "66 confirmed": a participle before
        # its noun takes no subject; the number counts the noun it describes
        found.append((after.head, None, True))
    elif (
        root.dep_ in ("advmod", "amod")
        and root.head.i == number.end
        and root.head.dep_ == "amod"
        and (root.head.tag_ in ("VBN", "VBG") or root.head.pos_ == "ADJ")
        and root.head.head.i > root.head.i
        and root.head.head.pos_ == "NOUN"
    ):
        # "the first confirmed case", "its second reported death", "the fourth walled
        # town": the ordinal read as the adjective's adverb still counts the noun the
        # adjective describes
        found.append((root.head.head, None, True))
    found += _parsed_nouns(number, scale_nouns)
    shared = _shared_noun(number)
    if shared is not None:
        found.insert(0, (shared, None, True))
    if after is not None and after.pos_ == "NOUN" and root.head.pos_ == "PROPN":
        found.append((after, None, True))  # "Eaton 13,690 acres": the name took the number
    if number.start - 2 >= number.sent.start and doc[number.start - 1].text == ":":
        label = doc[number.start - 2]
        if label.pos_ in NOUNS:
            found.append((label, None, False))  # "Maui death toll: 93 and counting"
    named = _noun_after_name(number)
    if named is not None and all(named.i != n.i for n, _, _ in found):
        found.append((named, None, True))  # "1,147 scrub typhus cases", the name misread
    return found


def _noun_after_name(number: Span) -> Token | None:
    """ "has recorded 1,147 scrub typhus cases", "104 confirmed West Nile infections": the
    plural noun a few words after the number, past only the words of a name (a disease's,
    a place's) and "confirmed", which the parse may read as the noun or the verb itself."""
    doc = number.doc
    for token in doc[number.end : min(number.end + 5, number.sent.end)]:
        if token.tag_ == "NNS" and token.i > number.end:
            return token
        name = token.is_alpha and not token.is_stop and token.pos_ in ("PROPN", "NOUN", "ADP")
        if not (name and token.tag_ != "NNS" or token.lemma_ == "confirm"):
            return None
    return None


def _shared_noun(number: Span) -> Token | None:
    """The noun a figure and its own word share with the next figure in a pair ("216
    confirmed and 103 probable measles cases", "40 dead and 12 missing people"): the
    parser hangs the first figure on its word alone; the noun after the second counts
    both."""
    doc, end = number.doc, number.end
    if end + 3 >= number.sent.end or doc[end].pos_ not in ("ADJ", "VERB"):
        return None
    if doc[end + 1].lower_ not in ("and", "or") or not doc[end + 2].like_num:
        return None
    second = doc[end + 2]
    noun = second.head
    between = doc[end + 3 : noun.i]
    if (
        second.dep_ != "nummod"
        or noun.pos_ != "NOUN"
        or noun.i <= end + 3
        or not any(t.pos_ in ("ADJ", "VERB") for t in between)
    ):
        return None
    return noun


# the symbols of units written after a figure, which the tagger does not read as nouns, and
# the unit each stands for
UNIT_SYMBOLS = {"ha": "hectare"}


def _parsed_nouns(
    number: Span, scale_nouns: Iterable[str] = ()
) -> list[tuple[Token, Token | None, bool]]:
    """The nouns the parse says the number counts."""
    root = number[-1]
    if root.lower_ in ("plus", "+") and number.start <= root.head.i < number.end:
        root = number.root  # "9,000-plus cases": "plus" hangs on the number
    if root.dep_ in ("nummod", "compound", "amod") and root.head.lemma_ in scale_nouns:
        root = root.head  # "passed the 1,000 mark": the mark stands for the number
    doc = number.doc
    after = [doc[number.end]] if number.end < len(doc) else []
    for child in [*root.children, *after]:
        # "10 of Afghanistan's 34 provincial capitals", "half of the 34", "18 out of 34"
        if child.dep_ == "prep" and child.lower_ in ("of", "out") and child.i >= root.i:
            pobj = _pobj(child)
            if pobj is None:
                continue
            if pobj.like_num:
                if pobj.dep_ != "nummod":
                    break  # "stood at 17 out of 34": the verb's noun is counted
                return [(pobj.head, pobj, True)]
            counted: list[tuple[Token, Token | None, bool]] = [
                (_of_object(pobj) or pobj, None, True)
            ]
            whole = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "of" else None
            if whole is not None and whole.lower_ in BODIES and whole.i < root.i:
                # "recovered the bodies of 12 of the 30 crew": counted by their bodies
                group = next((c for c in pobj.children if c.dep_ == "nummod"), None)
                counted.append((whole, group, False))
            return counted
    if number.start >= 2 and doc[number.start - 1].text == "-":
        noun = doc[number.start - 2]  # "a category-four storm" (not "LYTTON, B.C. - Two")
        joined = not noun.whitespace_ and not doc[number.start - 1].whitespace_
        if noun.pos_ in NOUNS and noun.sent.start == number.sent.start and joined:
            return [(noun, None, True)]
    head = root.head
    if (
        root.dep_ == "pobj"
        and head.dep_ == "prep"
        and parse_bound(head.lower_) != "exact"
        and head.head.pos_ in NOUNS
        and head.head.tag_ == "NN"
        and any(c.lower_ in ("a", "an") for c in head.head.children)
    ):
        return []  # "a patient over 65": an age, a size, no count
    if _is_age(root):
        return []  # "most of them children under five", "residents over 80": an age
    if (
        root.dep_ == "pobj"
        and head.dep_ == "prep"
        and parse_bound(head.lower_) != "exact"
        and head.head.pos_ in NOUNS
    ):
        # headline "Flood deaths near 3,000"; "Death toll climbs past 300" (the verb
        # read as the head noun of "death toll climbs")
        compounds = [c for c in head.head.children if c.dep_ == "compound"]
        return [(head.head, None, False), *((c, None, False) for c in compounds)]
    if (
        root.dep_ in ("nummod", "amod", "compound", "quantmod", "nmod", "appos")
        and head.pos_ in NOUNS
    ):
        if root.dep_ == "appos" and head.i < root.i and root.i == number.end - 1:
            # "Death toll: 89", "Taliban-held provincial capitals: 24 and counting": the
            # figure restates the noun before it (it does not follow it as a name does)
            return [(head, None, False)]
        before = doc[number.start - 1] if number.start > number.sent.start else None
        if before is not None and before.pos_ in NOUNS and before.head.i == head.i != before.i:
            # "a Cat 5 monster": the noun before the number names it, the one after is
            # what it describes
            return [(head, None, True), (before, None, True)]
        whole = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else None
        if whole is not None and whole.lower_ in BODIES and whole.i < head.i:
            # "the bodies of 22 workers have been recovered": the persons are counted by
            # their bodies, whatever is done with them
            return [(head, None, True), (whole, None, False)]
        return [(head, None, True)]
    if (
        root.dep_ == "pobj"
        and head.lower_ == "at"
        and head.head.pos_ in NOUNS
        and root.ent_type_ not in ("DATE", "TIME")
        and not any(c.dep_ == "nummod" for c in head.head.children)
    ):
        # headline "Toll at 112", "New Mexico count at 10": the noun stands at the number
        return [(head.head, None, False)]
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_ == "be":
        return []
    if (
        root.dep_ == "pobj"
        and head.lower_ == "of"
        and head.head.dep_ == "pobj"
        and head.head.head.lower_ == "for"
        and head.head.lemma_.lower() in ("total", "tally", "count", "sum")
    ):
        # "12 new human cases, for a total of 202": the total counts what it sums (see
        # `_summed_count`), not the verb's noun, the increment
        return [(head.head, None, False)]
    if (
        root.dep_ == "pobj"
        and head.lower_ in ("to", "at")
        and head.head.pos_ in NOUNS
        and head.head.dep_ == "conj"
        and head.head.head.pos_ == "VERB"
    ):
        # "cases rose to 412 and the death toll to 9": the gapped clause's own noun
        return [(head.head, None, False)]
    gapped = doc[head.i - 1] if head.i > number.sent.start else None
    if (
        root.dep_ == "pobj"
        and head.lower_ in ("to", "at")
        and head.head.pos_ == "VERB"
        and gapped is not None
        and gapped.pos_ in NOUNS
        and gapped.dep_ == "conj"
        and gapped.head.i < gapped.i
    ):
        return [(gapped, None, False)]  # the same, parsed "climbed to 880 and deaths | to 31"
    if root.dep_ == "pobj" and head.lower_ in ("to", "at") and head.head.pos_ == "VERB":
        # "deaths rise to 14; confirmed cases this year at 2,310": the verbless clause after
        # a semicolon, its "at" hung on the verb before it, counts its own noun
        stop = next((t for t in reversed(doc[head.head.i : head.i]) if t.text == ";"), None)
        clause = list(doc[stop.i + 1 : head.i]) if stop is not None else []
        named = [t for t in clause if t.pos_ in NOUNS and t.ent_type_ not in ("DATE", "TIME")]
        if named and not any(t.tag_ in FINITE for t in clause):
            return [(named[-1], None, False)]
    if root.dep_ == "npadvmod" and head.dep_ == "ROOT" and head.pos_ in NOUNS and head.i < root.i:
        return [(head, None, False)]  # headline "Chikungunya cases in Foshan top 7,000"
    # "the death toll rose to 57", "cases reached 1,500", "puts deaths at 11,300",
    # "Of the 34 capitals, the Taliban hold 22": a noun of the verb is counted.
    verb = root
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    has_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    if verb is root or verb.pos_ not in ("VERB", "AUX") and not has_subject:
        return []  # (a root with a subject is a verb the tagger missed: "toll climbs")
    out: list[tuple[Token, Token | None, bool]] = []
    if verb.dep_ in ("advcl", "xcomp") and not any(
        c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in verb.children
    ):
        verb = verb.head  # "put the number of capitals lost so far at seven"
    if (
        verb.dep_ == "acl"
        and verb.head.pos_ in NOUNS
        and not any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in verb.children)
    ):
        out.append((verb.head, None, False))  # "the number of people killed as high as N"
    moved = _moved_object(root, verb) or _fronted_moved_object(root)
    if moved is not None:
        out.append((moved, None, False))
    children = list(verb.children)
    if verb.dep_ == "conj" and not has_subject and verb.head.pos_ in ("VERB", "AUX"):
        own = _misread_subject(verb)
        if own is not None:
            # "the toll rose to 23 and confirmed cases reached 612" (with "confirmed" read
            # as a verb): the noun phrase after "and" is the conjunct's own subject
            children.append(own)
        else:
            # "The number killed when ... rose to 84": the conjunct verb shares the subject
            children += [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    elif not has_subject:
        children += _participle_read_as_verb(verb)
    for child in children:
        if child.dep_ in ("nsubj", "nsubjpass", "dobj") and child.i != root.i:
            out.append((_of_object(child) or child, None, False))
            # "Quake and tsunami toll climbs to 310", "hand, foot and mouth toll rises to
            # 42": the parse heads the subject with the first word of a list that names the
            # count's event; the count noun is the list's last conjunct (tried after)
            out.extend(
                (c, None, False)
                for c in child.conjuncts
                if c.i > child.i and c.i < root.i and c.pos_ == "NOUN"
            )
            if child.ent_type_ == "DATE" or _in_dateline(child):
                # "ANKARA, Feb 8 — The death toll ... passed 11,000", "SARDINATA, Colombia —
                # The death toll ...": the dateline read as the subject, and the subject as
                # its apposition
                out.extend((c, None, False) for c in child.children if c.dep_ == "appos")
        elif child.dep_ == "ccomp" and child.i < root.i:
            # "a day that saw the insurgents' tally climb to 12" ("to 12" on "saw")
            subjects = [c for c in child.children if c.dep_ in ("nsubj", "nsubjpass")]
            out.extend((_of_object(c) or c, None, False) for c in subjects)
        elif child.dep_ == "prep" and child.lower_ == "of" and child.i < root.i:
            if root.dep_ not in ("dobj", "attr", "pobj"):
                continue
            pobj = _pobj(child)  # fronted "Of the 34 provincial capitals, ..."
            if pobj is not None:
                total = next((c for c in pobj.children if c.dep_ == "nummod"), None)
                out.append((pobj, total, False))
    return out


def _moved_object(root: Token, verb: Token) -> Token | None:
    """ "bringing the death toll from Thursday's boat sinking to 17", with "to 17" hung on
    the participle inside the object: the object of the gerund of moving, which has no "to"
    of its own, is what the number counts."""
    if root.dep_ != "pobj" or root.head.lower_ != "to" or verb.dep_ not in ("acl", "relcl"):
        return None
    for mover in verb.ancestors:
        if mover.tag_ == "VBG" and _norm(mover) in MOVING:
            if any(c.dep_ == "prep" and c.lower_ == "to" for c in mover.children):
                return None
            return next((c for c in mover.children if c.dep_ == "dobj"), None)
    return None


def _fronted_moved_object(root: Token) -> Token | None:
    """ "bringing to eight the number of capitals the insurgents have taken": the object after
    the figure, read as the subject of the clause that describes it, is what it counts."""
    mover = root.head.head
    if (
        root.dep_ != "pobj"
        or root.head.lower_ != "to"
        or mover.tag_ != "VBG"
        or _norm(mover) not in MOVING
        or any(c.dep_ == "dobj" for c in mover.children)
    ):
        return None
    clause = next((c for c in mover.children if c.dep_ == "ccomp" and c.i > root.i), None)
    if clause is None:
        return None
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return None if subject is None else _of_object(subject) or subject


def _participle_read_as_verb(verb: Token) -> list[Token]:
    """ "said the number of people sickened in the outbreak linked to Chipotle had risen to
    41", parsed with "sickened" as the verb of "number" and "had risen" with no subject: the
    subject of a verb just before it under the same head, a verb with no object of its own
    whose subject is a noun of counting with an "of" phrase, is this verb's subject."""
    earlier = [
        v
        for v in verb.head.children
        if v.i < verb.i and v.dep_ == verb.dep_ and v.pos_ == "VERB" and v.tag_ in ("VBD", "VBN")
    ]
    if not earlier or any(c.dep_ in ("dobj", "ccomp") for c in earlier[-1].children):
        return []
    return [
        c
        for c in earlier[-1].children
        if c.dep_ in ("nsubj", "nsubjpass")
        and c.lemma_.lower() in ("number", "toll", "total", "tally", "count")
        and any(p.dep_ == "prep" and p.lower_ == "of" for p in c.children)
    ]


def _misread_subject(verb: Token) -> Token | None:
    """The head noun of a noun phrase standing between "and" and a conjunct verb with no
    subject of its own ("... and confirmed cases across the province reached 612"): the
    verb's subject, which the parser hung elsewhere."""
    doc = verb.doc
    cc = next(
        (
            t
            for t in reversed(doc[verb.head.i + 1 : verb.i])
            if t.dep_ == "cc" and t.head.i in (verb.head.i, verb.i)
        ),
        None,
    )
    if cc is None or any(t.text in (",", ";") for t in doc[cc.i : verb.i]):
        return None
    nouns = [
        t
        for t in doc[cc.i + 1 : verb.i]
        if t.pos_ == "NOUN" and t.dep_ in ("dobj", "nsubj", "nsubjpass") and t.head.i != verb.i
    ]
    return nouns[0] if nouns else None


def _own_subject(verb: Token, noun: Token, number: Span) -> bool:
    """ "after 85 cases, 36 of them hospitalised": the verb has a subject of its own, other
    than the count, so what it says (hospitalised, missing) is said of that subject."""
    own = {noun.i, *(t.i for t in number)}
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and c.i not in own and c.i > noun.i for c in verb.children
    )


def _demonstrative(number: Span) -> bool:
    """ "these two", "those three": a number pointing back at things already named."""
    doc = number.doc
    if number.start > number.sent.start and doc[number.start - 1].lower_ in ("these", "those"):
        return True
    # "The two bring the tally to nine": "the" and a number standing alone as subject
    root = number[-1]
    return (
        number.start > number.sent.start
        and doc[number.start - 1].lower_ == "the"
        and root.dep_ in ("nsubj", "nsubjpass")
        and all(c.dep_ == "det" for c in root.children)  # not "the 12 held by the rebels"
        and (q := parse_quantity(number.text)) is not None
        and q.kind == "cardinal"
    )


def _elided_time(number: Span) -> bool:
    """ "cut off within a month and in Taliban hands within three": a bare number after a
    preposition of time stands for the time noun said just before."""
    root = number[-1]
    return (
        root.dep_ == "pobj"
        and root.head.lower_ in ("within", "after", "inside")
        and not any(c.dep_ == "prep" for c in root.children)
        and not any(t.like_num is False and t.pos_ == "NOUN" for t in number)
    )


def _names_counted(number: Span, noun: Token) -> bool:
    """ "Dessie and Kombolcha, two towns on the highway": a cardinal in an apposition set
    off after named places counts those places, it is no running total."""
    doc = number.doc
    if noun.dep_ != "appos" or number[-1].head.i != noun.i or _norm(noun) not in RANKED_PLACES:
        return False
    start = noun.left_edge.i
    if start < number.sent.start + 2 or doc[start - 1].text != ",":
        return False
    j = start - 2
    while j > number.sent.start and (
        doc[j].ent_type_ in ("DATE", "TIME") or doc[j].lower_ in ("on", "in", "at")
    ):
        j -= 1  # "... and Kombolcha on Sunday, two towns": the day the place fell
    named = doc[j]
    return named.pos_ == "PROPN" and named.ent_type_ not in ("DATE", "TIME")


def _group_named(sent: Span, rules: RulePack) -> str | None:
    """The one armed group of the rule pack (not the government's forces) the sentence
    names, if exactly one."""
    words = f" {' '.join(t.lower_ for t in sent)} "
    named = {
        g.name
        for g in rules.events.groups
        if not g.only_as_agent and any(f" {a.lower()} " in words for a in g.aliases)
    }
    return named.pop() if len(named) == 1 else None


def _ordinal_value(token: Token) -> float:
    q = parse_quantity(_hyphenated(token))
    return q.value if q is not None and q.kind == "ordinal" else 0.0


def _paired_ordinal(token: Token) -> Token | None:
    """The first ordinal of "the seventh and eighth" when `token` is the second."""
    if token.dep_ == "conj" and _ordinal_value(token.head) and _ordinal_value(token):
        return token.head
    return None


def _none_of(number: Span) -> bool:
    """ "None of the 34 provincial capitals", "neither of the two towns", "no one", "not
    one": the count is zero."""
    doc = number.doc
    before = doc[number.start - 1] if number.start > number.sent.start else None
    if before is not None and before.lower_ in ("no", "not") and number.text.lower() == "one":
        return True
    root = number[-1]
    noun = root.head
    return (
        root.dep_ == "nummod"
        and noun.dep_ == "pobj"
        and noun.head.lower_ == "of"
        and noun.head.head.lower_ in ("none", "neither")
    )


# nouns that are counts of their own, whatever verb a part of them takes
COUNTED_EVENTS = {"case", "death", "infection", "fatality", "casualty", "body", "acre",
                  "hectare"}  # fmt: skip
# the subjects that name a part of a group a fronted "of" phrase gives whole
PART_WORDS = {"all", "most", "half", "none", "many", "some", "one", "two", "three", "four",
              "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds"}  # fmt: skip


def _whole_alone(number: Span) -> bool:
    """ "Provincial capitals taken (running tally, of 34)": an "of" set off by a comma or a
    bracket with nothing counted before it gives the whole, not a count."""
    root = number[-1]
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "of" or prep.i != number.start - 1:
        return False
    return prep.i > number.sent.start and root.doc[prep.i - 1].text in (",", "(")


def _fronted_whole(number: Span) -> bool:
    """ "Of the 34 passengers, all but one died", "Of the 250 patients admitted, 31 have
    died": the number of persons a fronted "of" phrase gives is the group a part of it is
    counted in (a count noun keeps its count: "Of the 505 confirmed cases, 57 ...")."""
    root = number[-1]
    noun = root.head if root.dep_ == "nummod" else root
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or prep.head.pos_ not in ("VERB", "AUX"):
        return False
    verb = prep.head
    if prep.i > verb.i or prep.i != number.sent.start:
        return False
    if noun.lemma_.lower() in COUNTED_EVENTS:
        return False  # "Of the 505 confirmed cases, 57 have required hospital care"
    if _befallen_clause(noun) or any(
        c.dep_ == "acl" and c.tag_ == "VBN" and _norm(c) in PERSONS_BEFALLEN for c in noun.children
    ):
        # "Of the 334 hostages who died in the siege, 186 were children", "Of the 10 people
        # killed in Saturday's shooting, five were women": the whole befallen is the count
        return False
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in PART_WORDS or c.like_num)
        for c in verb.children
    )


def _age_in_order(token: Token) -> bool:
    """ "most of them in children under 15", "most of them over 60": the bound word right
    after a noun of persons (or "them") and the figure with no noun of its own, however the
    parser hangs them (the figure read as the verb's, or "under 15" as a date)."""
    doc, at = token.doc, token.i - 1
    if at <= token.sent.start or doc[at].lower_ not in AGE_WORDS - {"aged", "past"}:
        return False
    if doc[at - 1].lower_ == "aged" and at - 1 > token.sent.start:
        at -= 1  # "children aged under 10"
    after = doc[token.i + 1] if token.i + 1 < token.sent.end else None
    if after is not None and not after.is_punct and after.lower_ not in ("and", "or"):
        return False  # "over 60 people": the figure's own noun
    before = doc[at - 1]
    persons = before.lower_ in PERSONS or _norm(before) in PERSONS
    value = parse_quantity(_hyphenated(token))
    return (
        (before.lower_ == "them" or before.pos_ == "NOUN" and persons)
        and value is not None
        and value.kind == "cardinal"
        and value.value <= 120
    )


def _pieces(number: Span) -> bool:
    """ "broke in two", "split in two and sank", "snapped in two": a figure that is itself
    the object of "in" on a verb, with no noun of its own, tells how a thing was divided."""
    root = number[-1]
    prep = root.head
    return (
        root.dep_ == "pobj"
        and prep.lower_ == "in"
        and prep.head.pos_ == "VERB"
        and not any(c.dep_ in ("amod", "compound", "nmod", "prep") for c in root.children)
        and (root.i + 1 >= root.sent.end or root.doc[root.i + 1].pos_ not in NOUNS)
    )


def _is_age(token: Token) -> bool:
    """ "children under five", "people over 80", "victims aged 12": a small number after
    a bound word or "aged" that describes a noun of persons is their age, not a count;
    so is a number "the youngest" or "the oldest" describes ("the youngest three")."""
    if any(c.dep_ == "amod" and c.lower_ in ("youngest", "oldest") for c in token.children):
        return True
    for above in token.ancestors:  # "residents aged 12 to 15", "aged between 3 and 9"
        if above.lower_ in ("aged", "ages"):
            return True
        if above.pos_ in ("VERB", "AUX") or above.pos_ in NOUNS:
            break
    prep = token.head
    if (
        token.dep_ == "pobj"
        and prep.lower_ == "of"
        and prep.head.tag_ == "NN"
        and _norm(prep.head) in PERSONS
        and any(c.lower_ in ("a", "an") for c in prep.head.children)
        and not any(c.dep_ in ("nummod", "amod", "compound") for c in token.children)
    ):
        # "a woman of 80 died": one person's age ("a man of 94"), not "a crew of 12"
        value = parse_quantity(_hyphenated(token))
        return value is not None and value.kind == "cardinal" and value.value <= 120
    if _age_in_order(token):
        return True
    if token.dep_ != "pobj" or prep.lower_ not in AGE_WORDS or prep.head.pos_ not in NOUNS:
        return False
    if _norm(prep.head) not in PERSONS and prep.head.lower_ not in PERSONS:
        return False
    value = parse_quantity(_hyphenated(token))
    return value is not None and value.kind == "cardinal" and value.value <= 120


def _rate(number: Span) -> bool:
    """ "3 people per 100,000", "1 in 10 residents", "3 of every 10 people": a rate, its
    two figures (the part and the base) no counts."""
    doc, root = number.doc, number[-1]
    part = _quantity(number)
    if part is None or part.kind == "percent":
        return False  # "12 per cent of the capitals" is a share
    if _habitual(number):
        return True  # "the fever kills about 400 people a year": a rate, no count
    before = [t.lower_ for t in doc[max(number.sent.start, number.start - 2) : number.start]]
    if before[-1:] == ["per"] or before[-1:] in (["every"], ["each"]):
        return True  # the base: "per 100,000", "of every 10"
    if root.dep_ == "nummod" and any(
        c.dep_ == "prep" and c.lower_ == "per" for c in root.head.children
    ):
        return True  # the part: "3 people per 100,000", "4 deaths per day"
    after = doc[number.end : min(number.sent.end, number.end + 3)]
    words = [t.lower_ for t in after]
    if words[:2] in (["in", "every"], ["of", "every"], ["for", "every"], ["in", "each"]):
        return True  # "3 of every 10", "one for every 100"
    if len(after) >= 2 and words[0] == "in" and after[1].like_num and not _year_like(after[1]):
        base = parse_quantity(_hyphenated(after[1]))
        if base is not None and base.value > part.value:
            following = doc[after[1].i + 1] if after[1].i + 1 < number.sent.end else None
            return following is None or following.pos_ not in NOUNS or _norm(following) in PERSONS
    if before[-1:] == ["in"] and number.start >= 2 and doc[number.start - 2].like_num:
        first = parse_quantity(_hyphenated(doc[number.start - 2]))
        return (
            first is not None
            and part.value > first.value
            and (root.dep_ != "nummod" or _norm(root.head) in PERSONS)
        )  # the base: "1 in 10 people"
    return False


def _habitual(number: Span) -> bool:
    """A verb in the present simple with "a year", "every year", "annually" of its own:
    what usually happens, a rate ("the disease kills around 400 people a year")."""
    verb = _first_verb(number[-1])
    if verb is None or verb.tag_ not in ("VBZ", "VBP"):
        return False
    if any(c.dep_ == "aux" for c in verb.children):
        return False  # "has killed 400 people this year": a count
    # ("a year worldwide": the time hung on an adverb of the verb)
    adverbs = [g for c in verb.children if c.dep_ == "advmod" for g in c.children]
    for c in (*verb.children, *number[-1].head.children, *adverbs):
        if c.lower_ == "annually":
            return True
        if (
            c.dep_ == "npadvmod"
            and _norm(c) in ("year", "month", "week", "day", "season")
            and [d.lower_ for d in c.children] in (["a"], ["every"], ["each"])
            # ("a week later it is 14", "a month on": the time since, no frequency)
            and c.head.lower_ not in ("later", "earlier", "ago", "on", "after", "before")
        ):
            return True  # (not "a week after the fall": a time of its own)
    return False


def _sized_thing(noun: Token, metric: MetricRule) -> bool:
    """ "a 400-acre farm", "a 200-hectare estate": an area noun compounded with a thing
    measures that thing; an area burned only when the thing is a fire ("the 1,200-acre
    fire") or what a fire burned ("burned a 900-acre tract")."""
    head = noun.head
    if not metric.unit or noun.dep_ != "compound" or head.pos_ not in NOUNS:
        return False
    words = {_norm(head), head.lower_} | {c.lower_ for c in head.children if c.dep_ == "compound"}
    if words & set(metric.context):
        return False
    burning = {p for o in metric.objects for p in o.elliptic_predicates}
    return not (head.head.pos_ == "VERB" and head.head.lemma_ in burning)


# prepositions that set a part beside the count it belongs to or adds to ("including 12
# children", "plus nine", "excluding the crew"), and the words of those said in two words
# ("on top of the nine", "in addition to 40", "apart from six")
PART_PREPS = {"including", "excluding", "besides", "plus"}
PART_PHRASES = {("top", "of"), ("addition", "to"), ("apart", "from"), ("aside", "from")}


def _listed_part(number: Span) -> bool:
    """ "The toll rose to 33, including 12 people who drowned in a tunnel", "killed 32, on
    top of the nine who died on Thursday": a count (or its noun) set after a preposition of
    inclusion or addition is a part of, or an addition to, another count; no total. Not a
    count of another thing the whole holds ("2,310 cases, including 41 deaths"): the part's
    noun is a person's, or the whole's own, or left out."""
    token = number[-1]
    if token.dep_ == "nummod":
        token = token.head
    if token.dep_ != "pobj":
        return False
    prep = token.head
    if prep.lower_ not in PART_PREPS and (prep.head.lower_, prep.lower_) not in PART_PHRASES:
        return False
    lemma = token.lemma_.lower()
    return (
        token.i in range(number.start, number.end)
        or token.lower_ in PERSONS
        or lemma in PERSONS
        or any(t.lemma_.lower() == lemma for t in token.sent if t.i < prep.i)
    )


def _one_of_most(number: Span) -> bool:
    """ "one of the deadliest mine disasters in decades": a member of a ranked class, no
    count of one."""
    doc = number.doc
    after = doc[number.end : number.end + 4]
    return (
        number.text.lower() == "one"
        and len(after) >= 3
        and after[0].lower_ == "of"
        and after[1].lower_ == "the"
        and (after[2].tag_ == "JJS" or after[2].lower_ in ("most", "least", "worst", "best"))
    )


def _included_part(number: Span, noun: Token, verb: Token | None, rules: RulePack) -> bool:
    """ "the tally of 54 includes 11 people", "the dead include 11 children": the object of
    "include" is a part of a count its subject names."""
    if verb is None or verb.lemma_ != "include" or noun.dep_ != "dobj" or noun.head.i != verb.i:
        return False
    if number[-1] not in noun.subtree:
        return False
    for subject in verb.children:
        if subject.dep_ in ("nsubj", "nsubjpass"):
            if _norm(subject) in rules.count_nouns or subject.lower_ in ("dead", "toll"):
                return True
            return any(t.like_num for t in subject.subtree)
    return False


def _member_of(number: Span) -> bool:
    """ "he was one of 3 people killed": "one" as the complement of "be" is a member of
    the group; "two of the 30 people killed were officers", "half of the 40 people killed
    were children": a part as the subject of "be" is a kind within the group."""
    root = number[-1]
    of = [c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"]
    if not of:
        return False
    if root.lower_ == "one" and root.dep_ == "attr":
        return True
    group = [o for o in of[0].children if o.dep_ == "pobj"]
    return (
        root.dep_ == "nsubj"
        and root.head.lemma_ == "be"
        and root.head.i > root.i
        and any(c.dep_ in ("acl", "relcl") for g in group for c in g.children)
    )


def _increment(number: Span, noun: Token, verb: Token | None, rules: RulePack) -> bool:
    """ "the 12 cases confirmed on Monday brought the total to 98": the subject of a verb
    that takes a count "to" a figure is what was added to it."""
    if verb is None or noun.dep_ != "nsubj" or noun.head.i != verb.i:
        return False
    if number[-1].head.i != noun.i:
        return False  # "took the toll to 4,800": the figure reached
    moved = any(
        _norm(t) in rules.count_nouns or t.lower_ == "toll"
        for c in verb.children
        if c.dep_ in ("dobj", "advmod", "npadvmod")  # "the measles total", misparsed
        for t in c.subtree
    )
    return moved and any(
        c.dep_ == "prep" and c.lower_ == "to" and any(o.like_num for o in c.children)
        for c in verb.children
    )


def _year_like(token: Token) -> bool:
    return len(token.text) == 4 and token.text.isdigit() and 1800 <= int(token.text) <= 2100


def _population(number: Span) -> bool:
    """ "a city of 300,000 people", "the camp of 40,000", "a family of six": the people a
    place or a household holds, no count of what happened to them."""
    root = number[-1]
    counted = root.head if root.dep_ == "nummod" else root
    prep = counted.head
    return (
        counted.dep_ == "pobj"
        and prep.lower_ == "of"
        and prep.head.pos_ in NOUNS
        and _norm(prep.head) in POPULATED
        and (counted is root or _norm(counted) in PERSONS)
    )


def _comparison_standard(number: Span) -> bool:
    """ "an area larger than the 2018 fire's 153,000 acres": the figure a comparison
    measures against, when a possessive after "than" gives it to another thing, is no
    claim of the story's own ("far more than the 1,870 cases the ministry reported" is)."""
    for above in number[-1].ancestors:
        if above.lower_ == "than" and above.dep_ == "prep" and above.head.tag_ in ("JJR", "RBR"):
            between = number.doc[above.i + 1 : number.start]
            return any(t.dep_ == "poss" for t in between)
        if above.pos_ in ("VERB", "AUX"):
            return False
    return False


def _is_total_of_other(number: Span, noun: Token) -> bool:
    """ "34" in "10 of Afghanistan's 34 provincial capitals" is the total, not a claim."""
    root = number[-1]
    doc = number.doc
    if number.start >= 2 and doc[number.start - 2].lower_ == "out" and root.head.lower_ == "of":
        return True  # "a 10th provincial seat out of 34", "stood at 17 out of 34"
    if root.dep_ != "nummod" or root.head.i != noun.i:
        return False
    if number.start >= 2 and doc[number.start - 1].lower_ == "of":
        before = doc[number.start - 2]  # "twenty-two out of thirty-four capitals"
        if before.lower_ == "out" or before.like_num:
            return True
    if noun.dep_ == "pobj" and noun.head.lower_ in ("of", "out"):
        prep = noun.head.head if noun.head.head.lower_ == "out" else noun.head
        if prep.head.like_num or prep.i > 0 and prep.doc[prep.i - 1].like_num:
            return True
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.dep_ == "prep":
        verb = noun.head.head  # "Of the 34 provincial capitals, the Taliban hold 22"
        if verb.pos_ in ("VERB", "AUX") and noun.head.i < verb.i:
            return True
    if noun.dep_ == "pobj" and noun.head.head.lower_ in {*DENOMINATORS, "%", "percent"}:
        return True
    return any(c.dep_ == "poss" and c.ent_type_ in ("GPE", "LOC") for c in noun.children)


def _whole_of_other_count(number: Span, noun: Token, rules: RulePack) -> bool:
    """ "Of the 505 confirmed cases, 57 have required hospital care": the part is no
    count of the metric (its verb is none of the object's predicates), so the whole is
    a claim of its own; "Of the 34 capitals, the Taliban hold 22" keeps 34 a total."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or prep.dep_ != "prep":
        return False
    if prep.head.lower_ == "out":
        return _whole_of_other_metric(number, noun, prep.head.head, rules)
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX") or prep.i > verb.i or number[-1].head.i != noun.i:
        return False
    metric = _metric_for(noun, number, rules, True, None, _State())
    if metric is None:
        return False
    lemmas = {p for obj in metric.objects for p in obj.predicates}
    return "*" in lemmas or _norm(verb) not in lemmas


def _whole_of_other_metric(number: Span, noun: Token, verb: Token, rules: RulePack) -> bool:
    """ "has killed 2,100 people out of 3,900 recorded infections": the part's verb counts
    another metric (deaths), so the whole is a count of its own (infections)."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False  # "17 out of 34 capitals": the whole of the same count
    if _norm(verb) in rules.modality.attribution_verbs and verb.dep_ in ("conj", "parataxis"):
        verb = verb.head  # "has killed 2,100, the agency said, out of 3,900 infections"
    whole = _metric_for(noun, number, rules, True, None, _State())
    if whole is None:
        return False
    own = {p for obj in whole.objects for p in obj.predicates}
    others = {
        p
        for metric in rules.metrics
        if metric.name != whole.name
        for obj in metric.objects
        for p in (*obj.predicates, *obj.bare_predicates)
    }
    return _norm(verb) not in own and _norm(verb) in others


def _pobj(prep: Token) -> Token | None:
    for child in prep.children:
        if child.dep_ == "pobj":
            return child
        if child.dep_ == "prep":  # "out of"
            return _pobj(child)
    return None


def _of_object(noun: Token) -> Token | None:
    """ "the number of confirmed cases" -> cases."""
    if noun.lemma_.lower() not in ("number", "tally", "count", "total", "haul"):
        return None
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            return _pobj(child)
    return None


def _norm(token: Token) -> str:
    if token.lower_ in UNIT_SYMBOLS and token.i > 0 and token.doc[token.i - 1].like_num:
        return UNIT_SYMBOLS[token.lower_]  # "1,685 ha": hectares
    lemma = token.lemma_.lower()
    if token.pos_ == "PROPN" or lemma == token.lower_:
        return _plain(token)
    return lemma


def _modifiers(noun: Token) -> list[str]:
    mods = [t for t in noun.lefts if t.dep_ in MODIFIER_DEPS]
    return [_norm(t) for t in mods]


def _metric_for(
    noun: Token,
    number: Span,
    rules: RulePack,
    modifies: bool,
    verb: Token | None,
    state: _State,
) -> MetricRule | None:
    """The metric whose object nouns (longest phrase first) and predicates fit."""
    words = [*_modifiers(noun), _norm(noun)]
    if noun.ent_type_ in rules.entity_nouns and noun.tag_ in ("NNS", "NNPS"):
        words = [rules.entity_nouns[noun.ent_type_]]  # "25,105 Palestinians"
    if any(c.lower_ == "such" for c in noun.children):
        topic = _topic(noun.doc[noun.i : noun.i + 1], rules, span=80)
        if topic is not None:  # "the sixth such city": the object named before
            return topic[0]
    described = _described_by(noun, number) | _own_fate(noun)
    candidates: list[tuple[int, MetricRule, ObjectRule]] = []
    for metric in rules.metrics:
        if modifies and metric.number_after != (noun.i < number.start):
            continue
        if described & set(metric.exclude):
            continue
        for obj in metric.objects:
            for phrase in obj.nouns:
                wanted = phrase.lower().split()
                if words[-len(wanted) :] == wanted:
                    candidates.append((len(wanted), metric, obj))
    candidates.sort(key=lambda c: -c[0])
    doers = _doers(noun) or _befallen_clause(noun)
    fated = noun.lower_ in OTHER_FATES  # ("155 dead and 12 survivors": a fate of their own)
    if (
        not candidates
        and (doers or _who_clause(noun))
        and not _armed_side(noun, rules)
        and not fated
    ):
        # "left 31 traders dead", "gunmen killed 12 loggers": a plural noun of doers names
        # persons, counted by a verb of dying or falling ill; so does one a "who" clause
        # describes, by that clause's verb or its own ("compatriots who lost their lives")
        fate = _own_fate(noun)
        for metric in rules.metrics:
            for obj in metric.objects:
                if "person" in obj.nouns and not described & set(metric.exclude):
                    kept = [p for p in obj.predicates if p in PERSONS_BEFALLEN]
                    if (
                        _predicate_ok(
                            obj.model_copy(update={"predicates": kept}), noun, number, verb
                        )
                        if doers
                        else bool(fate & set(kept)) or verb is not None and _norm(verb) in kept
                    ):
                        return metric
    counted = _counted_by_owner(noun, number, verb, rules)
    if counted:
        # "the number of infected persons": the noun's own participle picks the metric
        own = {_norm(c) for c in noun.children if c.dep_ in ("amod", "acl", "compound")}
        if noun.dep_ == "pobj" and noun.head.lower_ == "of":
            # "the number of children confirmed infected", the participle hung on "number"
            said = [c for c in noun.head.head.children if c.dep_ in ("acl", "amod")]
            own |= {_norm(c) for c in said}
            own |= {_norm(o) for c in said for o in c.children if o.dep_ in ("oprd", "acomp")}
            whole = noun.head.head
            if (
                whole.dep_ in ("nsubj", "nsubjpass")
                and whole.head.tag_ in ("VBD", "VBN")
                and not any(c.dep_ == "dobj" for c in whole.head.children)
            ):
                # "the number of people sickened in the outbreak ... had risen to 41", with
                # "sickened" read as the verb of "number": the participle it is
                own.add(_norm(whole.head))
        for _, metric, obj in candidates:
            if own & set(obj.predicates):
                return metric
        participles = {_norm(c) for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"}
        if (
            participles
            and candidates
            and not any(
                obj.any_predicate or participles & set(obj.predicates) for _, _, obj in candidates
            )
        ):
            # "the number of people evacuated from ... rose to 2,000": the participle says
            # what is counted, and one no metric counts (evacuated, injured) counts nothing
            return None
    # what a "who" clause says befell the persons, among the fates the rules know (not
    # "climbers who had ignored a ban", which tells who they were)
    # (the verbs of objects that count persons: "men who went up the mountain" went nowhere
    # a count of places "goes")
    fates = {
        w
        for m in rules.metrics
        for o in m.objects
        if "person" in o.nouns
        for w in (*o.predicates, *m.exclude)
    }
    # ("claimed 31 of the 640 people who caught it": the clause tells of the whole, of
    # which the number counts a part)
    partitive = noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.like_num
    told = _own_fate(noun) & fates if _who_clause(noun) and not partitive else set()
    for _, metric, obj in candidates:
        if told and not obj.any_predicate and not told & set(obj.predicates):
            continue  # "the number of fishermen who were rescued": not what this counts
        if (
            counted
            or _predicate_ok(obj, noun, number, verb)
            or _whole_among(noun, verb, metric, obj, rules)
        ):
            return metric
    if words[-1] in rules.count_nouns and (not modifies or noun.i < number.start):
        return _metric_of_count(noun, rules, state)
    return None


# what befalls persons only: a plural noun of doers counted by one of these is persons
PERSONS_BEFALLEN = {"kill", "die", "perish", "drown", "dead", "slay", "murder", "massacre",
                    "slaughter", "execute", "trample", "succumb", "behead", "lynch",
                    "assassinate", "infect", "sicken", "ill", "sick", "diagnose"}  # fmt: skip
# adjectives of a fate the tagger may read as adverbs ("fell ill", "took sick")
FATE_ADJECTIVES = {"ill", "sick", "dead"}
# (and "-man", the persons of a trade or a force: "airmen", "firemen", "servicemen")
DOER_ENDINGS = ("er", "or", "ist", "ian", "ant", "man")
NOT_DOERS = {"other", "number", "quarter", "order", "border", "water", "matter", "letter"}


def _doers(noun: Token) -> bool:
    """A plural common noun of one who does something ("traders", "loggers", "sailors",
    "activists", "civilians", "migrants"): a person, by the English agent suffixes."""
    lemma = _norm(noun)
    return (
        noun.tag_ == "NNS"
        and noun.ent_type_ == ""
        and lemma.endswith(DOER_ENDINGS)
        and lemma not in NOT_DOERS
        and len(lemma) > 4
    )


def _befallen_clause(noun: Token) -> bool:
    """The noun's own relative clause says what befalls persons only ("hostages who died",
    "guests who fell ill"): the noun names persons."""
    return any(
        c.dep_ == "relcl"
        and _norm(c) in PERSONS_BEFALLEN
        and any(
            s.tag_ in ("WP", "WDT")
            # ("the earthquake, which has killed 8,000": what the noun did, not suffered)
            and (s.dep_ == "nsubjpass" or s.dep_ == "nsubj" and _norm(c) in DYING_ALONE)
            for s in c.children
        )
        for c in noun.children
    )


DYING_ALONE = {"die", "perish", "drown", "succumb", "starve", "suffocate"}


def _who_clause(noun: Token) -> bool:
    """ "compatriots who lost their lives", "the 11 neighbours who were working there": a
    plural noun with a relative clause of "who" names persons, whatever the noun."""
    return noun.tag_ in ("NNS", "NNPS") and any(
        c.dep_ == "relcl" and any(s.lower_ in ("who", "whom") for s in c.children)
        for c in _own_clauses(noun)
    )


def _own_fate(noun: Token) -> set[str]:
    """What the noun's own clause says befell it ("fishermen who were rescued", "people
    evacuated from the town"): its verb and that verb's complement."""
    clauses = _own_clauses(noun)
    words = [*clauses, *(o for c in clauses for o in c.children if o.dep_ in ("acomp", "oprd"))]
    words = [w for w in words if w.lemma_ not in ("be", "have", "do")]  # ("who were aboard")
    lost_lives = any(
        _norm(c) == "lose" and any(o.dep_ == "dobj" and _norm(o) == "life" for o in c.children)
        for c in clauses
    )
    return (
        {_norm(w) for w in words} | {w.lower_ for w in words} | ({"die"} if lost_lives else set())
    )


def _own_clauses(noun: Token) -> list[Token]:
    """The relative and participle clauses on the noun, and those after it that the parse
    hangs on the count it is "the number of" ("the number of compatriots | who died")."""
    heads = [noun]
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ in NOUNS:
        heads.append(noun.head.head)
    return [c for h in heads for c in h.children if c.dep_ in ("relcl", "acl") and c.i > noun.i]


def _armed_side(noun: Token, rules: RulePack) -> bool:
    """The noun names an armed side ("militants", "insurgents", "fighters"): a side's
    count of enemies killed is no toll of the dead. So does one that names the doers of
    the attack ("gunmen", "attackers", "hostage-takers", "hijackers", "assailants"): the
    attackers' dead are no toll of the attack's victims (the conventions: a count of other
    people)."""
    lemma = _norm(noun)
    return bool(
        {lemma, noun.lower_} & _side_words(rules)
        or lemma in rules.events.armed_nouns
        or lemma == "assailant"
        or _agent_of(noun) in ATTACKING
    )


# the verbs of attacking whose doers ("attackers", "raiders", "kidnappers", "hostage-takers")
# are the attack's side, not its victims
ATTACKING = {"attack", "raid", "hijack", "kidnap", "bomb", "shoot", "snipe", "ambush",
             "storm", "invade", "loot", "rob", "abduct", "take hostage"}  # fmt: skip


def _agent_of(noun: Token) -> str | None:
    """The verb an agent noun is made from ("attacker" -> attack, "kidnapper" -> kidnap,
    "sniper" -> snipe, "hostage-taker" -> take hostage), if it is one of ATTACKING."""
    lemma = _norm(noun)
    if not lemma.endswith(("er", "or")):
        return None
    stem = lemma[:-2]
    if any(c.lower_ == "hostage" for c in noun.children):
        return "take hostage" if stem in ("tak", "take") else None
    for verb in (stem, f"{stem}e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem):
        if verb in ATTACKING:
            return verb
    return None


_SIDE_WORDS: dict[int, frozenset[str]] = {}


def _side_words(rules: RulePack) -> frozenset[str]:
    """Every word of an armed side's name in the rule pack, read once per pack."""
    known = _SIDE_WORDS.get(id(rules))
    if known is None:
        aliases = [a for group in rules.events.groups for a in group.aliases]
        aliases += [a for m in rules.metrics for a in m.subject_aliases]
        known = _SIDE_WORDS[id(rules)] = frozenset(w for a in aliases for w in a.lower().split())
    return known


def _counted_by_owner(noun: Token, number: Span, verb: Token | None, rules: RulePack) -> bool:
    """No predicate needed where a tally or an owner counts the noun: "the Taliban's
    tally reaches 16 capitals", "the seventh provincial capital by our count", "their
    ninth provincial capital"."""
    nouns = [c for c in noun.children if c.dep_ == "prep" for c in c.children]
    if verb is not None:
        nouns += [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        # "lifting the insurgents' tally to 11 of the 34 provincial capitals"
        nouns += [c for c in verb.children if c.dep_ == "dobj" and c.i < number.start]
    if number[-1].dep_ == "appos":
        nouns.append(number[-1].head)  # "Taliban tally now 8 of 34 provincial capitals"
    if any(_norm(t) in rules.count_nouns for t in nouns):
        return True
    if (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "of"
        and _norm(noun.head.head) in rules.count_nouns
    ):
        return True  # "brings their count of provincial capitals to 17"
    ordinal = parse_quantity(number.text)
    return (
        ordinal is not None
        and ordinal.kind == "ordinal"
        and any(c.dep_ == "poss" and c.ent_type_ not in ("GPE", "LOC") for c in noun.children)
    )


def _described_by(noun: Token, number: Span) -> set[str]:
    """The words before the noun that describe it ("more than 17,000 suspected mpox
    cases"); in "48 confirmed and 9 probable cases" only those of this number."""
    others = [c.i for c in noun.children if c.dep_ == "nummod" and c.i >= number.end]
    stop = min(others) if others else noun.i
    words = {t for left in noun.lefts if left.i < stop for t in left.subtree}
    shared = _shared_noun(number)
    if shared is not None and shared.i == noun.i:
        words.add(number.doc[number.end])  # "44 suspected and 12 confirmed cases": its own
    # (a place's name describes nothing: "NEW YORK - A second person has died")
    words = {t for t in words if t.ent_type_ not in ("GPE", "LOC", "FAC")}
    return {_norm(t) for t in words} | {t.lower_ for t in words}


def _metric_of_count(noun: Token, rules: RulePack, state: _State) -> MetricRule | None:
    """ "the measles tally", "the outbreak total" -> the metric of the keyword; "the
    insurgents' tally" -> the metric of that subject; "bringing the total to 18 - more
    than half of the provincial capitals" -> the metric named in the sentence; "that
    figure", "the state's count" -> the metric of the claim before."""
    counted = _of_object(noun)
    if counted is not None and any(
        counted.lower_ in metric.exclude or _norm(counted) in metric.exclude
        for metric in rules.metrics
    ):
        return None  # "the number of injured at 60": a count of what no metric counts
    own = [c for c in noun.children if c.dep_ in ("acl", "amod", "relcl")]
    if any(
        c.lower_ in metric.exclude or _norm(c) in metric.exclude
        for c in own
        for metric in rules.metrics
    ):
        return None  # "the number injured when the ferry capsized": its own participle
    summed = _summed_count(noun, rules)
    if summed is not None:
        return summed
    near = {_norm(t) for t in noun.subtree} | {t.lower_ for t in noun.subtree}
    if counted is not None:
        # "bringing the number of towns they have seized this month to nine": what the
        # count counts, with a verb of its metric in the count's phrase (where the parse
        # hangs the clause on the count noun, not on what it counts)
        for metric in rules.metrics:
            for obj in metric.objects:
                heads = {n.split()[-1] for n in obj.nouns}
                if _norm(counted) in heads and near & set(obj.predicates):
                    return metric
    following = noun.doc[noun.i + 1] if noun.i + 1 < noun.sent.end else None
    if (
        following is not None
        and following.tag_ in ("VBN", "VBD")
        and noun.dep_ in ("nsubj", "nsubjpass")
        and following.i == noun.head.i
        and not any(c.dep_ == "dobj" for c in following.children)
    ):
        near.add(following.lower_)  # "the number killed when ... rose": a clause misread
    if noun.dep_ == "nsubj" and noun.head.tag_ in ("VBN", "VBD"):
        # "the number of people confirmed dead ... has passed 10,000", with "confirmed" read
        # as the verb of "number": the state its participle gives is what is counted
        near |= {c.lower_ for c in noun.head.children if c.dep_ in ("oprd", "acomp")}
    if not any(c.dep_ in ("det", "poss") for c in noun.children):
        # "the confirmed dead in Lahaina now number 106": a bare count noun is a verb the
        # tagger missed, and what it counts stands before it
        near |= {_norm(t) for t in noun.sent if t.i < noun.i}
    for metric in rules.metrics:
        if near & set(metric.keywords):
            return metric
    increment = _increment_metric(noun, rules, state)
    if increment is not None:
        # "Two more towns were lost, bringing the total to 21, more than half of the
        # provincial capitals": a longer object phrase named in the sentence is the count
        return _named_in(noun.sent, rules) or increment
    owners = {t.lower_ for c in noun.children if c.dep_ == "poss" for t in c.subtree}
    said = {t.lower_ for t in noun.sent} if owners else set()
    # (an owner named before the noun as its modifier too: "Taliban tally reaches 10")
    owners |= {
        w
        for c in noun.children
        if c.dep_ in ("compound", "amod", "nmod") and c.i < noun.i
        for t in c.subtree
        for w in (t.lower_, _norm(t))
    }
    for metric in rules.metrics:
        aliases = {a.lower() for a in metric.subject_aliases}
        if owners & aliases or said & aliases:
            return metric  # "the insurgents' tally"; "the group's tally" beside "Taliban"
    named = _named_in(noun.sent, rules)
    if named is not None:
        return named
    # "... the number of deaths. The new figure is 88"; "How many were infected? Officials
    # put the figure at 310"
    known = state.last_metric or state.before or state.asked
    if known and any(c.lower_ in ("that", "this", "the") or c.dep_ == "poss" for c in noun.lefts):
        return rules.metric(known)
    following = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if (
        any(c.lower_ == "the" for c in noun.lefts)
        and all(c.dep_ in ("det", "punct") for c in noun.children)
        and (following is None or following.tag_ != "IN")
    ):
        # "'The count now stands at 290,' officials said": the count the story is about
        return _story_metric(rules, state)
    return None


def _summed_count(noun: Token, rules: RulePack) -> MetricRule | None:
    """ "two more deaths, bringing its toll to 10, and 12 new human cases, for a total of
    202": a total an increment is summed into ("for a total of", or moved by a gerund:
    "taking the total to 140") counts what the nearest figure before it counts, when that
    figure's noun is one only one metric counts (not persons: "20 people", dead or ill)."""
    summing = (noun.dep_ == "pobj" and noun.head.lower_ == "for") or (
        noun.dep_ == "dobj" and noun.head.tag_ == "VBG" and _norm(noun.head) in MOVING
    )
    if not summing or not any(c.dep_ == "det" and c.lower_ in ("a", "the") for c in noun.children):
        return None
    for t in reversed(noun.doc[noun.sent.start : noun.i]):
        if not any(c.dep_ == "nummod" and c.like_num for c in t.children):
            continue
        found = {
            m.name
            for m in rules.metrics
            for o in m.objects
            if "person" not in o.nouns and any(p.split()[-1] == _norm(t) for p in o.nouns)
        }
        if len(found) != 1:
            return None
        metric = rules.metric(found.pop())
        # ("two more towns ..., bringing the total to 21, more than half of the provincial
        # capitals": the narrower count of the same captures the sentence names)
        named = _named_in(noun.sent, rules)
        return named if named is not None and named.elsewhere == metric.name else metric
    return None


def _story_metric(rules: RulePack, state: _State) -> MetricRule | None:
    """The one metric whose keywords the article uses: what "the count" or "the tally"
    with nothing beside it counts."""
    if state.story is None:
        words = {f for w in set(state.text.split()) for f in _forms(w)}
        found = [m.name for m in rules.metrics if words & set(m.keywords)]
        state.story = found[0] if len(found) == 1 else ""
    return rules.metric(state.story) if state.story else None


def _increment_metric(noun: Token, rules: RulePack, state: _State) -> MetricRule | None:
    """ "reported 13 new cases, raising its total to 108", "another 44 people tested
    positive, bringing the ship's tally to 218": a total that a gerund clause moves is
    the count of the figure its main clause adds."""
    verb = noun.head
    if noun.dep_ != "dobj":
        return None
    if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "conj"):
        main = verb.head
    elif _norm(verb) in MOVING and any(
        c.dep_ == "prep" and c.lower_ == "to" and any(o.like_num for o in c.children)
        for c in verb.children
    ):
        # "The 12 new cases pushed the tally to 310": the subject of a verb of moving
        # a total is the figure added
        main = verb
    else:
        return None
    for child in main.children:
        if child.dep_ not in ("nsubj", "nsubjpass", "dobj") or child.i > verb.i:
            continue
        if not any(c.dep_ == "nummod" and c.like_num for c in child.children):
            continue
        count = next(c for c in child.children if c.dep_ == "nummod" and c.like_num)
        found = _metric_for(child, count.doc[count.i : count.i + 1], rules, True, main, state)
        if found is not None:
            return found
        # ("new" vetoes the added figure as a total, not as a count of the noun)
        named = {
            m.name
            for m in rules.metrics
            for obj in m.objects
            for phrase in obj.nouns
            if phrase.split()[-1] == _norm(child)
            and (
                obj.any_predicate
                or _norm(main) in obj.predicates
                or _norm(main) in obj.elliptic_predicates
            )
        }
        if len(named) == 1:
            return rules.metric(named.pop())
    return None


def _named_in(sent: Span, rules: RulePack) -> MetricRule | None:
    """The one metric whose object phrase (of two words or more, or a noun no other
    metric counts) the sentence names."""
    words = [_plain(t) for t in sent]
    text = " " + " ".join(words) + " "
    found = set()
    for metric in rules.metrics:
        for obj in metric.objects:
            for phrase in obj.nouns:
                if " " in phrase and f" {phrase} " in text:
                    found.add(metric.name)
    return rules.metric(found.pop()) if len(found) == 1 else None


def _rank_infinitive(noun: Token) -> Token | None:
    """ "Kunduz, the third provincial capital to fall since Friday, had already been
    overrun in 2015", "hours after the Taliban overran Ghazni, the 10th provincial capital to
    fall in a week" (the parse hanging the rank on another verb): a rank set beside a place
    whose main verb is no capture of the count, or a past perfect telling of the place's
    past, has its own verb, the infinitive after its noun."""
    return next(
        (
            c
            for c in noun.children
            if c.dep_ in ("acl", "relcl")
            and c.tag_ == "VB"
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ),
        None,
    )


def _governing_verb(noun: Token, number: Span) -> Token | None:
    for start in (number[-1], noun):
        token = start
        while token.head.i != token.i:
            if token.dep_ == "conj" and _joined_to_date(token):
                # "410 cases since the epidemic started in March 2023, and 12 deaths": a count
                # the parse joins to the date of a clause on the verb is that verb's
                clause = next(v for v in token.head.ancestors if v.pos_ in ("VERB", "AUX"))
                token = clause
            token = token.head
            if token.pos_ in ("VERB", "AUX") or _participle_read_as_noun(token):
                return token
        if token.pos_ in ("VERB", "AUX") or _participle_read_as_noun(token):
            return token
    return None


def _joined_to_date(token: Token) -> bool:
    """A count (no date itself) joined to a date inside a clause set on a verb ("since ...
    started in March 2023, and 12 deaths"), which no count can be coordinated with."""
    head = token.head
    if token.ent_type_ in ("DATE", "TIME") or head.ent_type_ not in ("DATE", "TIME"):
        return False
    clause = next((v for v in head.ancestors if v.pos_ in ("VERB", "AUX")), None)
    return (
        clause is not None
        and clause.dep_ in ("advcl", "relcl", "acl")
        and clause.head.pos_ in ("VERB", "AUX")
    )


def _participle_read_as_noun(token: Token) -> bool:
    """ "it has overrun 15 towns", with "overrun" tagged a noun: a word with a subject and
    a perfect auxiliary of its own is the clause's verb; so is one with a subject and the
    "to" of an infinitive ("expect the storm to peak as a Category 3")."""
    deps = {c.dep_: c for c in token.children}
    return (
        token.pos_ == "NOUN"
        and "nsubj" in deps
        and any(c.dep_ == "aux" and c.lemma_ in ("have", "to") for c in token.children)
    )


def _other_statement(clause: Token, verb: Token) -> bool:
    """A clause the parser hung on a later verb across a semicolon or dash is a statement
    of its own, no complement of that verb."""
    return clause.i < verb.i and any(
        t.text in (";", "—", "–") for t in verb.doc[clause.right_edge.i + 1 : verb.i]
    )


def _partitive_clause(clause: Token) -> bool:
    """ "of whom 19 have died", "of which 40 were children": a relative clause on a part."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(o.lower_ in ("whom", "which") for o in c.children)
        for c in clause.children
    )


def _predicate_ok(obj: ObjectRule, noun: Token, number: Span, verb: Token | None) -> bool:
    if obj.any_predicate or _sums_up(noun, verb):
        return True
    if number[-1].lower_ in SINGLE_ONLY:
        return True  # "the district's only confirmed case, a boy, died": the count, any verb
    if _measured(noun):
        return True  # "the pace of the offensive, 17 capitals in eight days"
    if _listed_row(noun, number):
        return True  # "Sweden - 26 cases | Netherlands - 21 cases": a list's row counts
    lemmas: set[str] = set()
    for start in (number[-1], noun):
        token = start
        while True:
            lemmas.add(_norm(token))
            if token.pos_ in ("VERB", "AUX") or token.head.i == token.i:
                break
            token = token.head
    for child in [*noun.children, *number[-1].children]:
        if child.dep_ == "relcl" and _partitive_clause(child):
            continue  # "2,406 infected, of whom 19 have died": the clause tells of a part
        if child.dep_ in ("acl", "relcl", "amod", "xcomp", "advcl"):
            lemmas.add(_norm(child))
            # ("to be overrun", with the participle tagged a noun: the attribute of "be")
            lemmas.update(
                _norm(c) for c in child.children if c.dep_ in ("acomp", "dobj", "attr", "oprd")
            )
            for prep in child.children:  # "to come under Taliban control"
                if prep.dep_ == "prep" and prep.lower_ in ("in", "under", "into"):
                    lemmas.update(_norm(c) for c in prep.children if c.dep_ == "pobj")
        elif child.dep_ == "prep" and child.lower_ in ("in", "under", "into"):
            lemmas.update(_norm(c) for c in child.children if c.dep_ == "pobj")
        elif child.dep_ in ("acomp", "oprd") and child.i > noun.i:
            lemmas.add(_norm(child))  # "left 44 inmates dead", "dead" hung on the noun
    if _ordinal_word(number) and noun.i >= number.end:
        lemmas |= _ranked_predicates(noun)
    if number[-1].head.lower_ == "at" and number[-1].head.head.i == noun.i:
        lemmas.add("stand")  # "Cases in Texas at 198": the noun stands at the number
    if verb is not None:
        lemmas.add(_norm(verb))
        described = (noun, number[-1])
        for child in verb.children:
            if child.dep_ == "ccomp" and _other_statement(child, verb):
                continue  # "had burned 400,000 acres; 2,200 firefighters are assigned"
            if child.dep_ in ("prt", "dobj", "acomp", "oprd", "xcomp", "ccomp"):
                lemmas.add(_norm(child))
            elif child.dep_ == "advmod" and (
                child.pos_ == "ADJ" or child.lower_ in FATE_ADJECTIVES
            ):
                # "have fallen ill", parsed with "ill" as an adverb (tagged one too: "480
                # people in Arla fell ill")
                lemmas.add(_norm(child))
            elif child.dep_ == "advmod" and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.i in (noun.i, number[-1].i)
                for c in verb.children
            ):
                # "six towns are back in government hands", "firmly under rebel control"
                # (said of the verb's subject only: "With the loss of two cities, ...")
                lemmas.update(
                    _norm(c)
                    for p in child.children
                    if p.dep_ == "prep" and p.lower_ in ("in", "under", "into")
                    for c in p.children
                    if c.dep_ == "pobj"
                )
            elif child.dep_ == "advcl" and child.tag_ == "VBN" and child.i == verb.i + 1:
                lemmas.add(_norm(child))  # "were confirmed killed", "reported drowned"
            elif (
                child.dep_ in ("advcl", "relcl")
                and any(t.dep_ in ("attr", "oprd") and t.head.i == verb.i for t in described)
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
            ):
                # "became the third capital | to fall to ...", "became the second of the 34
                # capitals | to fall" (the ordinal the attribute, its noun after "of")
                lemmas.add(_norm(child))
            elif child.dep_ == "prep" and child.lower_ in ("in", "under", "into", *OUT_OF):
                # ("are outside government control": out of the state's hands)
                lemmas.update(_norm(c) for c in child.children if c.dep_ == "pobj")
            elif child.dep_ == "attr" and any(c.lower_ in OUT_OF for c in child.children):
                lemmas.add(_norm(child))  # the same with "outside" read as an adjective
        if verb.i < number.start:  # "have overrun 14": a verb the tagger read as a noun
            lemmas.update(_norm(t) for t in verb.doc[verb.i + 1 : number.start] if t.is_alpha)
        if _norm(verb) in ("make", "become") and verb.tag_ == "VBG":
            # "had been unlawfully killed, making him the 97th victim": the clause it
            # follows (its last verb before the comma) tells what made the victim
            doc = verb.doc
            if verb.i - 1 > verb.sent.start and doc[verb.i - 1].text == ",":
                told = next(
                    (t for t in reversed(doc[verb.sent.start : verb.i - 1]) if t.pos_ == "VERB"),
                    None,
                )
                if told is not None:
                    lemmas.add(_norm(told))
        if _left_with(verb, noun) is not None or _left_with(verb, number[-1]) is not None:
            lemmas.add("hold")  # "left the insurgents with 11 of the 34 provincial capitals"
        if _norm(verb) == "go" and any(c.dep_ == "nsubj" and c.like_num for c in verb.children):
            lemmas.discard("go")  # "18 down, 16 to go": what is left, not what went
        if _with_other_object(noun, verb):
            lemmas.discard(_norm(verb))  # "lost power with 43 crew on board": not the crew
    return bool(lemmas & set(obj.predicates))


def _with_other_object(noun: Token, verb: Token) -> bool:
    """ "The carrier lost power with 43 crew on board", "lost contact with 14 crew aboard":
    the counted noun comes in a "with" phrase while the verb has an object of its own;
    the verb does nothing to what is counted."""
    path = [noun, *_path(noun, verb)]
    if not any(t.lower_ == "with" and t.dep_ == "prep" for t in path):
        return False
    return any(c.dep_ == "dobj" and c.i != noun.i for c in verb.children)


def _ranked_predicates(noun: Token) -> set[str]:
    """What an ordinal's noun phrase says befell its places, however the parse hangs it:
    the verbs of the words after the noun up to the phrase's end (a comma, a dash, a
    bracket or a clause of its own: "since the invasion began"), with their objects and
    particles ("the third town in the valley to change hands", "the fourth township in
    the state to come under our control"); with no verb there but a span of time ("the
    seventh provincial capital in five days"), the verb of the sentence's main clause
    ("Farah fell on Tuesday, ..."), which the phrase restates."""
    doc, sent = noun.doc, noun.sent
    phrase = _ranked_phrase(noun)
    verbs = [t for t in phrase if t.pos_ == "VERB"]
    lemmas = {_norm(v) for v in verbs}
    if "recover" in lemmas:
        lemmas.add("retake")  # "the third town recovered from the rebels": won back (not
        # a verb of the count anywhere else: "recovered 86 bodies from ... three villages")
    for verb in verbs:
        lemmas |= {_norm(c) for c in verb.children if c.dep_ in ("dobj", "prt")}
        lemmas |= {
            _norm(o)
            for p in verb.children
            if p.dep_ == "prep" and p.lower_ in ("in", "under", "into", "to")
            for o in p.children
            if o.dep_ == "pobj"
        }
    spanned = any(
        t.lower_ in ("in", "within", "since", "over", "this") and t.i + 1 < len(doc)
        for t in phrase
        if any(_norm(o) in SPAN_NOUNS | {"fortnight"} for o in doc[t.i + 1 : t.i + 4])
    )
    if not verbs and spanned and sent.root.pos_ == "VERB" and sent.root.i < noun.i:
        lemmas.add(_norm(sent.root))
    return lemmas


def _ranked_phrase(noun: Token) -> list[Token]:
    """The words after an ordinal's noun that belong to its phrase: up to a comma, a dash,
    a bracket or a clause of its own ("the fourth town to fall | since the war began")."""
    phrase = []
    for token in noun.doc[noun.i + 1 : noun.sent.end]:
        dash = token.text in ("-", "--", "\u2014", "\u2013") and bool(token.whitespace_)
        if dash or token.text in (",", ";", ":", "(", ")", "|") or token.lower_ in CLAUSE_OPENERS:
            break
        phrase.append(token)
    return phrase


# words that open a clause of its own inside a noun phrase: its verb is another event's
CLAUSE_OPENERS = {"since", "after", "before", "when", "while", "as", "until", "because"}


def _group_among(number: Span, noun: Token, metric: MetricRule) -> bool:
    """ "76 deaths had been recorded among 222 suspected and confirmed cases", "31 deaths
    among 1,200 people infected": the figure after "among" is the group a counted part
    (the noun before it, or its verb's subject or object) was found in, no count of the
    part's metric (the dead among cases are not the cases dead)."""
    group = number[-1] if number[-1].dep_ == "pobj" else noun
    if group.dep_ != "pobj" or group.head.lower_ != "among":
        return False
    head = group.head.head
    parts = [head, *(c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "attr"))]
    # (a noun that names the metric itself, whatever its verb: "deaths", not "people")
    nouns = {n for o in metric.objects if o.any_predicate for n in o.nouns}
    return any(
        p.i < group.i
        and _norm(p) in nouns
        and any(c.dep_ == "nummod" or c.like_num for c in p.children)
        for p in parts
    )


def _whole_among(
    noun: Token, verb: Token | None, metric: MetricRule, obj: ObjectRule, rules: RulePack
) -> bool:
    """ "has killed 4,400 people among close to 9,000 cases": the group "among" which a
    verb of another metric counts its object is a count of its own."""
    if verb is None or noun.dep_ != "pobj" or noun.head.lower_ != "among":
        return False
    if noun.head.head.i != verb.i or _norm(verb) in obj.predicates:
        return False
    if not any(
        c.dep_ == "dobj" and c.i < noun.i and any(n.dep_ == "nummod" for n in c.children)
        for c in verb.children
    ):
        return False
    return any(
        _norm(verb) in (*o.predicates, *o.bare_predicates)
        for m in rules.metrics
        if m.name != metric.name
        for o in m.objects
    )


def _summed_up_after(verb: Token | None, rules: RulePack) -> bool:
    """ "Otis went to Category 5 in 12 hours, a rate forecasters had not predicted": a
    noun phrase after the clause that sums it up (read as the subject of a verb the
    clause is the complement of) says what others failed to foresee; its negation or
    modal is its own, and the clause (with no cue of its own) is stated."""
    if verb is None or verb.dep_ != "ccomp" or verb.i > verb.head.i:
        return False
    head = verb.head
    if head.lemma_ in rules.modality.attribution_verbs:
        return False  # "..., a spokesman said"
    if any(t.text == ";" for t in verb.doc[verb.i : head.i]):
        return False  # "... was given as 81; a 2019 review raised it to 86": its own statement
    if any(c.dep_ in ("neg", "aux") and (c.dep_ == "neg" or c.tag_ == "MD") for c in verb.children):
        return False
    return any(
        c.dep_ in ("nsubj", "nsubjpass")
        and c.i > verb.i
        and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children)
        for c in head.children
    )


def _measured(noun: Token) -> bool:
    """ "the pace of the offensive, 17 capitals in eight days": a count set off beside a
    noun of a measure is its value (the sentence's verb is the measure's, not the count's)."""
    return _norm(noun.head) in MEASURES and (
        noun.dep_ == "appos"
        or noun.dep_ == "conj"
        and not any(c.dep_ == "cc" for c in noun.head.children)
    )


def _sums_up(noun: Token, verb: Token | None) -> bool:
    """ "That is three capitals in a day", "This makes four towns": a demonstrative
    subject sums up what the text before told, whose verb the count takes."""
    return (
        verb is not None
        and _norm(verb) in ("be", "make")
        and noun.head.i == verb.i
        and noun.dep_ in ("attr", "dobj")
        and any(c.dep_ == "nsubj" and c.lower_ in ("that", "this") for c in verb.children)
    )


def _grown_by(verb: Token, rules: RulePack) -> bool:
    """ "the fire grew just 60 acres on Sunday", "The fire added roughly 40,000 acres
    overnight", "the toll rose 12 overnight to 97": a verb of growth said of the counted
    thing (a word of a metric's context: the fire, the outbreak) takes the amount it grew
    by as its object, as "grew by 4,000 acres" does; not a verb of burning ("burned 9,000
    acres"), nor a teller adding to a count ("officials added 12 deaths")."""
    if _norm(verb) not in (GROWTH_VERBS - {"burn", "spread"}) | {"add", "gain"}:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    things = {w for m in rules.metrics for w in m.context} | set(rules.count_nouns) | {"toll"}
    return subject is not None and _norm(subject) in things


def _is_subcount(number: Span, noun: Token, verb: Token | None, rules: RulePack) -> bool:
    doc = number.doc
    change = number[-1].head if number[-1].dep_ == "nummod" else number[-1]
    if change.dep_ == "npadvmod" and change.head.lower_ in ("up", "down"):
        return True  # "505 cases, up 24 since Friday", "up 3,000 acres on Monday": the change
    grown = verb is not None and change.head.i == verb.i and _grown_by(verb, rules)
    if grown and change.dep_ in ("dobj", "npadvmod"):
        return True  # "the fire grew just 60 acres on Sunday": the change
    after = doc[number.end : min(number.end + 2, number.sent.end)]
    # ("to 73 after more bodies were found": a word past a preposition is another phrase's)
    stop = next((t.i for t in after if t.pos_ in ("ADP", "SCONJ")), None)
    before = doc[max(number.sent.start, number.start - 2) : number.start]
    if len(before) and before[-1].text == "(":
        before = before[:0]  # "infected many more (3,736 so far)": words outside the bracket
    near = [  # "more than 35,000", "18 - more than half" bound a number, not add to one
        t
        for t in [
            *before,
            *(t for t in after if stop is None or t.i < stop),
        ]
        # ("35 more than on Friday" right after the number is an increment)
        if doc[min(t.i + 1, len(doc) - 1)].lower_ != "than" or t.i == number.end
    ]
    if not number.start <= noun.i < number.end:  # a bare count is its own noun
        near += [t for t in noun.lefts if t.dep_ in MODIFIER_DEPS]
    modifiers = set(rules.subcounts.modifiers)
    if _rest_beside_survivors(number):
        modifiers.discard("other")  # "Two survived. The other 179 died": all who died
    if any(t.lower_ in modifiers for t in near):
        return True
    if _part_of_count(number, noun, rules):
        return True  # "with at least 60 of the dead in one county"
    if any(
        c.dep_ == "prep" and c.lower_ == "among" and any(o.lower_ in PRONOUNS for o in c.children)
        for c in (*noun.children, *number[-1].children)
    ):
        return True  # "37 people, among them five children": a part of those named
    token = noun if number[-1].head.i == noun.i else number[-1]
    if token.dep_ == "pobj" and token.head.lower_ in rules.subcounts.prepositions:
        return True  # "grew by 4,000 acres"
    scope = verb if verb is not None else noun
    if _is_new_total(number, noun, scope):
        return False  # "grew overnight to 45,000 acres": the window dates the new total
    if _beside_new_total(number, noun, scope):
        return False  # "jumped to 2,744 overnight, with 80 deaths": the same report's toll
    times = set(rules.subcounts.time_nouns)
    if scope.dep_ == "relcl" and _norm(scope.head) in times and _one_day_or_less(scope.head):
        # "a day in which the government lost five capitals" (but "after ten days in which
        # the blaze burned 4,100 hectares": a window of days, the running total alone)
        return True
    if _window(number, noun, verb, rules) == "day" and not _killed_whole(number, verb):
        return True  # "fell in 48 hours", "in a single day", "overnight"
    if _days_record(number.sent, times) and not _held(noun):
        # "killed 210 on Tuesday, the bloodiest day of the war": a day's count ("the worst
        # day ..., one that left five capitals in their hands": a holding after the day)
        return True
    # "202 of them in the Valencia region alone", "on Friday alone", "Kerr County alone
    # accounted for 84 of the deaths"; not "Congo alone has logged 15,600 cases"
    own = {t.i for t in number[-1].subtree} | {t.i for t in noun.subtree}
    part = any(c.dep_ == "prep" and c.lower_ == "of" for c in number[-1].children)
    clause, older = _count_clause(number, verb, noun)
    clause = [t for t in clause if t.i not in older]  # ("..., 38 of them on Friday alone")
    # ("fell on Thursday alone" with "alone" hung on the verb: the time just before it)
    return any(
        t.lower_ == "alone"
        and (
            part
            or t.head.i in own
            or t.head.ent_type_ in ("DATE", "TIME")
            or t.doc[t.i - 1].ent_type_ in ("DATE", "TIME")
        )
        for t in clause
    )


def _count_clause(number: Span, verb: Token | None, noun: Token) -> tuple[list[Token], set[int]]:
    """The tokens of the count's own clause, and those of the older value or of a time the
    count came after, which date no window of the count."""
    scope = verb if verb is not None else noun
    # ("..., the ministry said, on a day when dozens more died": the attribution's own
    # clause dates the report, it is no window of the count)
    said = {t.i for c in scope.children if c.dep_ == "parataxis" for t in c.subtree}
    clause = [t for t in scope.subtree if not _in_subclause(t, scope) and t.i not in said]
    # "up from 84 a day earlier": the window of the older value
    older = {t.i for c in scope.children if c.lower_ in ("up", "down", "from") for t in c.subtree}
    # "after nearly a day of silence": a time the count came after, not its window
    older |= {
        t.i
        for c in clause
        if c.dep_ == "prep" and c.lower_ in ("after", "before", "until") and c.i > number.end
        for t in c.subtree
    }
    # "three capitals in a single day, and five in three days": each conjunct has its own
    # window
    token = number[-1]
    while token.i != scope.i and token.head.i != token.i:
        if token.dep_ == "conj":
            older |= {
                t.i
                for c in token.head.children
                if c.i != token.i and c.dep_ in ("prep", "npadvmod")
                for t in c.subtree
            }
        token = token.head
    # "killed 642 people since July, 57 of them in the past 24 hours": the words after a
    # later part of the count ("N of them", "N of those"), up to the next comma, are the
    # part's, however the parser hung them
    for part in clause:
        if part.i > number.end and _part_of_pronoun(part):
            end = next(
                (t.i for t in part.doc[part.i : part.sent.end] if t.text in (",", ";", "—", "–")),
                part.sent.end,
            )
            older |= set(range(part.i, end))
    # "has recorded 89 cases since last week, with 20 new infections on Sunday alone": a later
    # "with" phrase holding a figure of its own is that figure's (its window, its "alone")
    older |= {
        t.i
        for c in clause
        if c.dep_ == "prep"
        and c.lower_ == "with"
        and c.i >= number.end
        and any(d.like_num and d.ent_type_ not in ("DATE", "TIME") for d in c.subtree)
        for t in c.subtree
    }
    mine = {t.i for t in number[-1].subtree}
    if noun.i not in mine and not any(t.i == number[-1].i for t in noun.subtree):
        # the noun told with a number of its own elsewhere: its window is that number's
        older |= {t.i for c in noun.children if c.dep_ == "prep" for t in c.subtree}
    older |= {
        t.i
        for c in clause
        if c.dep_ == "conj" and c.i not in mine and number[-1].i not in {t.i for t in c.subtree}
        for t in c.subtree
    }
    return clause, older


def _part_of_pronoun_word(token: Token) -> bool:
    """ "most of them", "many of those": a quantifier whose "of" names a count told before."""
    return token.lower_ in ("most", "many", "all", "some", "half", "majority") and any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(o.dep_ == "pobj" and o.lower_ in ("them", "those", "which") for o in c.children)
        for c in token.children
    )


def _part_of_pronoun(token: Token) -> bool:
    """ "57 of them", "13 of those": a number whose "of" names the count told before."""
    return token.like_num and any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(o.dep_ == "pobj" and o.lower_ in ("them", "those", "whom") for o in c.children)
        for c in token.children
    )


def _window(number: Span, noun: Token, verb: Token | None, rules: RulePack) -> str | None:
    """The time window a count is limited to: "day" for one day or night or less ("in a
    single day", "in 24 hours", "overnight"), "days" for a longer one ("in four days", "in
    less than a week", "over the past fortnight"), None for none. A holding ("two capitals
    in Taliban hands within 24 hours") has no window: it is what one side holds now."""
    if _held(noun):
        return None
    scope = verb if verb is not None else noun
    clause, older = _count_clause(number, verb, noun)
    # "less than a day later", "a week earlier": a point in time, measured from another
    older = older | {
        t.i
        for c in clause
        if c.dep_ == "npadvmod" and c.head.lower_ in (*ANTERIOR, "later", "afterwards")
        for t in c.subtree
    }
    times = set(rules.subcounts.time_nouns)
    # the window of the verb, of the counted noun or of the number itself ("three
    # capitals in a single day", "and five in three days")
    heads = {scope.i, noun.i, *(t.i for t in number)}
    ids = {t.i for t in clause}
    found = None
    for t in clause:
        if t.i in older or _norm(t) not in times or t.dep_ in ("amod", "poss"):
            continue  # ("in overnight raids", "in last night's floods" describe the event)
        if (
            t.dep_ == "compound"
            and t.head.pos_ in NOUNS
            and _norm(t.head) not in (*times, *rules.count_nouns)
        ):
            continue  # ("in the weekend attack", "in the night raid": the event's own time)
        if t.head.lower_ == "of" and t.head.head.lower_ == "matter":
            continue  # "burned 6,000 acres in a matter of hours": the pace of the whole
        if any(c.dep_ == "amod" and c.lower_ in ("early", "small", "wee") for c in t.children):
            continue  # "died in the early hours of Sunday": a time of day, not a window
        if (
            t.dep_ == "pobj"
            and t.head.lower_ in ("on", "at")
            and not any(c.lower_ in ("single", "one", "same") for c in t.children)
        ):
            continue  # "seized four towns in Chiapas on New Year's Day": a point in time
        prep = t.head
        while not _opens(prep, heads, ids) and prep.dep_ in ("pobj", "pcomp", "prep", "amod"):
            prep = prep.head  # "in under a week", "in less than ten days"
        if not (t.dep_ == "pobj" and _opens(prep, heads, ids) and prep.i < t.i or _opened(t, ids)):
            continue
        if _one_day_or_less(t):
            return "day"
        found = "days"
    words = [
        t.lower_
        for t in clause
        # ("overnight mapping", "mapping overnight put the fire at ...": when the figure was
        # measured, not a span it grew in)
        if not (t.lower_ == "overnight" and (t.dep_ == "amod" or _norm(t.head) in MEASURING))
        and t.i not in older
        # (a word of a name is no window: "Beirut Daily Digest, 16 October: ... have burned")
        and not (t.pos_ == "PROPN" and t.dep_ == "compound" and t.head.pos_ == "PROPN")
    ]
    text = " " + " ".join(words) + " "
    if any(f" {w} " in text for w in rules.subcounts.windows):
        return "day"
    return found


def _opens(prep: Token, heads: set[int], ids: set[int]) -> bool:
    """A window preposition on the count's verb, noun or number, or on a verb of its clause."""
    return (
        prep.dep_ == "prep"
        and prep.lower_ in WINDOW_PREPOSITIONS
        and (prep.head.i in heads or prep.head.pos_ == "VERB" and prep.head.i in ids)
    )


def _opened(time: Token, ids: set[int]) -> bool:
    """ "in less than a week", "within the past 48 hours", "in just four days", however
    parsed: a window preposition of the clause before the time noun, with only words of
    measure between them."""
    doc = time.doc
    i = time.i - 1
    while i >= time.sent.start and i in ids:
        word = doc[i]
        if word.lower_ in WINDOW_PREPOSITIONS:
            return True
        if not (word.like_num or word.lower_ in WINDOW_FILLERS):
            return False
        i -= 1
    return False


def _one_day_or_less(time: Token) -> bool:
    """ "a day", "a single day", "24 hours", "hours", "a night" (not "four days", "48
    hours", "a week")."""
    name = _norm(time)
    unit = next((c for c in time.children if c.dep_ == "compound" and not c.like_num
                 and _norm(c) in ("hour", *ONE_DAY)), None)  # fmt: skip
    if unit is not None:
        return _one_day_or_less(unit)  # "a 24-hour period", "a two-day span": its unit's
    counts = [c for c in time.children if c.dep_ == "nummod" or c.like_num]
    value = parse_quantity(counts[0].text) if counts else None
    if name == "hour":
        return value is None or value.value <= 24
    if name in ONE_DAY:  # "in a matter of days", "in two nights": several
        return value.value <= 1 if value is not None else time.tag_ != "NNS"
    return False


def _held(noun: Token) -> bool:
    """ "five provincial capitals in the insurgents' hands", "four towns under rebel
    control": the count of what a side holds, whatever day or window the sentence names."""
    return any(
        prep.dep_ == "prep"
        and prep.lower_ in ("in", "under")
        and any(o.dep_ == "pobj" and o.lemma_.lower() in HOLDINGS for o in prep.children)
        for prep in noun.children
    )


def _days_record(sent: Span, times: set[str]) -> bool:
    """ "..., the deadliest single day since 1990", "the worst night of the war": the
    sentence calls its figure the record of one day, so the figure is that day's."""
    return any(
        _norm(t) in times
        and t.dep_ in ("npadvmod", "appos", "attr")
        and any(
            c.dep_ == "amod"
            and (c.tag_ == "JJS" or c.lower_.endswith("iest") or c.lower_ == "worst")
            for c in t.children
        )
        for t in sent
    )


def _part_of_count(number: Span, noun: Token, rules: RulePack) -> bool:
    """ "60 of the dead", "most of the cases": a part of the count itself (the noun is
    what the metric counts, given with no total), not the count."""
    root = number[-1]
    if noun.head.lower_ != "of" or noun.head.head.i != root.i or noun.dep_ != "pobj":
        return False
    if any(c.dep_ == "nummod" for c in noun.children) or _all_of(number):
        return False  # "12 of the 40 deaths": a share with its total; "all 60 of the dead"
    if not any(c.lower_ in ("the", "these", "those") for c in noun.children):
        return False
    if root.dep_ == "nsubjpass" and root.head.lemma_.lower() == "confirm":
        # "Nine of the (suspected) cases were confirmed in the laboratory": the part the
        # verb of confirming takes is the confirmed count, no part of it (as ", 12 of them
        # confirmed", `_confirmed_part`)
        return False
    counted = {
        phrase.split()[-1]
        for metric in rules.metrics
        for obj in metric.objects
        if obj.any_predicate or obj.elliptic_predicates
        for phrase in obj.nouns
    }
    return _norm(noun) in counted or noun.lower_ in counted


def _kind_within(noun: Token, verb: Token | None, metric: MetricRule) -> bool:
    """A part "of" a count whose noun the metric counts by itself (deaths, cases, acres:
    happenings, not places a side holds), with no verb of the part's own that makes it a
    count of its own ("60 of the 90 cases have been confirmed")."""
    if metric.default_total is not None or metric.subject_required:
        return False  # "11 of the 34 provincial capitals": the places taken
    counted = {
        phrase.split()[-1]
        for obj in metric.objects
        if obj.any_predicate or obj.elliptic_predicates
        for phrase in obj.nouns
    }
    if _norm(noun) not in counted and noun.lower_ not in counted:
        return False
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("of", "out"):
        return False
    # (the part has its own state: confirmed, dead)
    return verb is None or not any(
        _norm(v) in CHECKING_VERBS or _norm(v) in ("die", "kill", "perish")
        for v in (verb, *verb.ancestors)
        if v.pos_ in ("VERB", "AUX")
    )


def _is_new_total(number: Span, noun: Token, scope: Token) -> bool:
    """ "rose to 57", "grew to more than 45,000 acres": the number the verb reached."""
    token = noun if number[-1].head.i == noun.i else number[-1]
    if token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.head.i == scope.i:
        return True
    if (
        token.dep_ == "dobj"
        and token.head.i == scope.i
        and _norm(scope) in REACHING
        and any(c.dep_ == "nsubj" and _norm(c) in RUNNING_COUNTS for c in scope.children)
    ):
        return True  # "the number of dead passed 1,000 overnight": the count reached it
    if (
        token.dep_ == "pobj"
        and token.head.lower_ == "at"
        and token.head.head.i == scope.i
        and _norm(scope) in STANDING
    ):
        return True  # "the fire stood at 141,000 acres overnight": a state, no window's count
    if (
        token.dep_ == "pobj"
        and token.head.lower_ == "from"
        and token.head.head.i == scope.i
        and any(c.dep_ == "quantmod" and c.lower_ == "to" for c in number[-1].children)
    ):
        return True  # "rose from 12 to 15 overnight", read as the range "12 to 15"
    # "crept up to 26,000 acres overnight", parsed with "up to" on the number
    doc = number.doc
    return (
        number.start > scope.i
        and doc[number.start - 1].lower_ == "to"
        and _norm(scope) in GROWTH_VERBS
        and all(t.lower_ in ("up", "to") for t in doc[scope.i + 1 : number.start])
    )


SURVIVING = {"survive", "rescue", "escape", "save", "live"}


def _rest_beside_survivors(number: Span) -> bool:
    """ "the other 179" told where the sentence or the one before says some survived or were
    rescued: the rest of the group, every one of its dead."""
    doc = number.doc
    if number.start < 2 or doc[number.start - 1].lower_ != "other":
        return False
    if doc[number.start - 2].lower_ != "the":
        return False
    sent = number.sent
    before = doc[max(0, sent.start - 40) : number.start]
    return any(_norm(t) in SURVIVING and t.pos_ == "VERB" for t in before)


def _part_of_fronted_group(number: Span) -> bool:
    """ "Of the 26 people on board, 20 have been found dead": the subject of a clause whose
    fronted "of" phrase names the group of persons it is a part of."""
    root = number[-1]
    if root.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and c.i == number.sent.start
        and any(_fronted_whole(c.doc[o.i : o.i + 1]) for o in c.subtree if o.like_num)
        for c in root.head.children
    )


def _whole_before(number: Span, value: float) -> float | None:
    """The whole "of the M" names before the number, in its sentence or the one before,
    when larger than the number."""
    doc = number.doc
    start = max(0, number.sent.start - 40)
    for t in doc[start : number.start]:
        if t.like_num and t.i >= 2 and doc[t.i - 2].lower_ == "of" and doc[t.i - 1].lower_ == "the":
            whole = parse_number(t.text)
            if whole is not None and whole > value:
                return whole
    return None


def _whole_of_them(number: Span, value: float) -> float | None:
    """ "38 cases of the fever, nine of them fatal", "600 infected, 40 of whom died": the
    figure "of them" or "of whom" (before the figure or after it, or "among them" after its
    noun) takes its part from, the last number before it in the sentence (no date), when
    larger than the part."""
    doc = number.doc
    sent = number.sent
    after = [t.lower_ for t in doc[number.end : min(number.end + 4, sent.end)]]
    ahead = [t.lower_ for t in doc[max(number.start - 2, sent.start) : number.start]]
    # the group a pronoun points back at, told on either side of the figure: "nine of them",
    # "of whom 14 have died", "six of those patients", "with 11 deaths among them"
    if ahead in (["of", "whom"], ["of", "them"], ["among", "them"], ["among", "whom"]):
        phrase = number.start - 2
    elif after[:2] in (["of", "them"], ["of", "whom"], ["of", "those"], ["of", "these"]) or (
        after[1:3] == ["among", "them"] and not doc[number.end].is_punct
    ):
        phrase = number.start
    else:
        return None
    before = [
        t for t in doc[sent.start : phrase] if t.like_num and t.ent_type_ not in ("DATE", "TIME")
    ]
    whole = parse_number(before[-1].text) if before else None
    return whole if whole is not None and whole > value else None


def _cases_including(number: Span, noun: Token, value: float) -> float | None:
    """ "444 cases since June, including 32 deaths" (or "among them 32 deaths"): the count of
    cases the deaths are included in, the last number before "including" in the sentence,
    when it counts cases and is larger than the part."""
    if noun.lemma_.lower() not in ("death", "fatality") or noun.dep_ != "pobj":
        return None
    prep = noun.head
    if prep.lemma_.lower() not in ("include", "among") or prep.i > number.start:
        return None
    before = [
        t
        for t in number.doc[number.sent.start : prep.i]
        if t.like_num and t.ent_type_ not in ("DATE", "TIME")
    ]
    if not before or before[-1].dep_ != "nummod":
        return None
    if before[-1].head.lemma_.lower() not in ("case", "infection"):
        return None
    whole = parse_number(before[-1].text)
    return whole if whole is not None and whole > value else None


STANDING = {"stand", "sit", "remain", "rest", "hover", "hold"}
RUNNING_COUNTS = {"toll", "tally", "count", "total", "number", "figure", "caseload"}


def _part_of_those(number: Span, verb: Token | None) -> bool:
    """ "Of those, 31,000 died in Turkey", "Among them, 40 ...": a fronted pronoun names
    the group counted just before, and the figure is a part of it."""
    if verb is None:
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("of", "among")
        and c.i < number.start
        and any(o.pos_ == "PRON" and o.lower_ in ("those", "them", "these") for o in c.children)
        for c in verb.children
    )


def _beside_new_total(number: Span, noun: Token, scope: Token) -> bool:
    """ "with 80 deaths" on a verb that moved another count "to" a new total."""
    token = noun if number[-1].head.i == noun.i else number[-1]
    if not (token.dep_ == "pobj" and token.head.lower_ == "with" and token.head.head.i == scope.i):
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ == "to"
        and any(o.like_num or o.pos_ in NOUNS for o in c.children if o.dep_ == "pobj")
        for c in scope.children
    )


def _when(token: Token, scope: Token) -> bool:
    """True inside a "when ..." clause of `scope` (it dates the clause itself)."""
    while token.head.i != scope.i and token.head.i != token.i:
        token = token.head
    return any(c.lower_ == "when" for c in token.children)


def _in_subclause(token: Token, scope: Token, number: Span | None = None) -> bool:
    while token.i != scope.i and token.head.i != token.i:
        if token.dep_ in ("advcl", "relcl", "ccomp", "conj") and token.pos_ in ("VERB", "AUX"):
            return True
        if (
            number is not None
            and token.dep_ == "acl"
            and token.tag_ in ("VBN", "VBG")
            and token.head.dep_ == "pobj"
            and number[-1] not in token.head.subtree
        ):
            # "had tested positive, in an outbreak blamed on a leak at a factory making
            # vaccines last year": a participle on another noun of a phrase dates that noun,
            # not the count (not "past the 273,246 acres burned by the Cedar Fire in 2003")
            return True
        token = token.head
    return False


def _total(total_token: Token | None, noun: Token, number: Span) -> float | None:
    if total_token is not None:
        q = parse_quantity(_hyphenated(total_token))
        return q.value if q else None
    doc = number.doc
    after = doc[max(number.end, noun.i + 1) : number.sent.end]
    if len(after) >= 3 and [t.lower_ for t in after[:2]] == ["out", "of"] and after[2].like_num:
        q = parse_quantity(_hyphenated(after[2]))  # "17 out of 34", "a 10th seat out of 34"
        return q.value if q else None
    for child in noun.children:
        # (a figure of the noun before the number is an earlier item, not its whole:
        # "3,240 acres for one fire and 678 for another")
        if child.dep_ == "nummod" and child.i >= number.end:
            q = parse_quantity(_hyphenated(child))
            if q is not None and q.kind == "cardinal":
                return q.value
    return None


def _hyphenated(token: Token) -> str:
    """The whole number a token ends: "thirty-four" for "four"."""
    doc, start = token.doc, token.i
    while start >= 2 and doc[start - 1].text == "-" and doc[start - 2].like_num:
        start -= 2
    return doc[start : token.i + 1].text


def _subject(verb: Token | None, noun: Token, metric: MetricRule, last: dict[str, str]) -> str:
    found = _subject_token(verb, noun)
    if metric.subject_required:
        found = _counting_clause_subject(noun, metric) or found
    own = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb else None
    if metric.state_value and own is not None and own.pos_ == "PRON":
        found = own  # "it made landfall as a Category 2, forecasters said": the storm, no sayer
    if found is None and metric.state_value and verb is not None:
        # "Andrew was upgraded to a Category 5": a state is said of the passive's subject
        found = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if (
        found is not None
        and verb is not None
        and _norm(verb) in metric.loser_predicates
        and any(c.i == found.i and c.dep_ == "nsubj" for c in verb.children)
    ):
        return "unknown"  # "the government lost its third major city": not the taker
    if (
        found is not None
        and found.tag_ in ("WP", "WDT")
        and verb is not None
        and verb.dep_ == "relcl"
        and verb.head.pos_ in NOUNS
        and not any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)
    ):
        found = verb.head  # "rebels who now hold at least a dozen towns": the relative's head
    if found is not None and found.like_num:
        found = None  # "Of the 10 people killed in the blast, five were women": a part's figure
    relative = _sayer_relative(verb, found)
    if found is None or found.lower_ in PRONOUNS or found.pos_ == "PRON":
        found = _taker(noun, verb) or found  # "the third major town to fall to the group"
    left = _left_with(verb, noun)
    if left is not None:
        found = left  # "the loss left the insurgents with 11 of the 34 capitals"
    if found is None:
        found = _holder(verb, noun)  # "six towns are back in government hands"
    aliases = {a.lower() for a in metric.subject_aliases}
    if found is not None:
        text = _noun_phrase(found)
        words = {t.lower_ for t in found.subtree} | {_norm(t) for t in found.subtree}
        phrase = " ".join(t.lower_ for t in found.subtree)
        if metric.subject and (words & aliases or any(a in phrase for a in aliases if " " in a)):
            return metric.subject
        scope = verb if verb is not None else noun
        clause = " ".join(t.lower_ for t in scope.subtree)
        if metric.subject and any(f" {a} " in f" {clause} " for a in aliases):
            return metric.subject  # "Kunduz became the fifth ... to fall to the Taliban"
        if found.lower_ not in PRONOUNS and found.pos_ != "PRON":
            last[metric.name] = text
            return text
    if relative is not None and not last.get(metric.name) and not metric.subject:
        return _noun_phrase(relative)  # "the coalition, which says it has seized 10 towns"
    return last.get(metric.name) or metric.subject or "unknown"


def _sayer_relative(verb: Token | None, found: Token | None) -> Token | None:
    """The head of a relative clause of saying whose pronoun tells the count ("the rebel
    coalition, which says it has seized 10 towns": the coalition); None if none."""
    said = verb.head if verb is not None and verb.dep_ == "ccomp" else None
    if (
        found is None
        or not (found.lower_ in ("it", "they") or found.tag_ in ("WP", "WDT"))
        or said is None
        or said.dep_ != "relcl"
        or said.head.pos_ not in NOUNS
        or not any(c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT") for c in said.children)
    ):
        return None
    return said.head


def _counting_clause_subject(noun: Token, metric: MetricRule) -> Token | None:
    """ "bringing to six the number of towns the rebels have seized": the clause describing the
    number names who took what it counts (however the parse hangs the clause on "number")."""
    whole = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    if whole is None or _norm(whole) not in ("number", "tally", "total", "count"):
        return None
    told = {p for o in metric.objects for p in o.predicates}
    clauses = [c for c in whole.children if c.dep_ == "relcl"]
    if whole.dep_ == "nsubj" and whole.head.dep_ == "ccomp":
        clauses.append(whole.head)
    for clause in clauses:
        if clause.pos_ == "VERB" and _norm(clause) in told:
            return next(
                (
                    c
                    for c in clause.children
                    if c.dep_ == "nsubj" and c.i > whole.i and c.pos_ in NOUNS
                ),
                None,
            )
    return None


def _holder(verb: Token | None, noun: Token) -> Token | None:
    """The one whose hands or control hold the counted places ("more than 30 towns back in
    Ukrainian hands", "back under government control", "in the hands of the rebels"); a
    state's own side only when the places are back with it (what it kept was never taken)."""
    scope = verb if verb is not None else noun
    if any(c.dep_ == "prep" and c.lower_ in ("in", "under", "into") for c in noun.children):
        scope = noun  # "with more than 30 towns back in Ukrainian hands"
    elif verb is not None and not any(
        c.i == noun.i and c.dep_ in ("nsubj", "nsubjpass") for c in verb.children
    ):
        return None  # "With the loss of the two cities, 18 capitals are in their hands"
    for token in scope.subtree:
        if token.lower_ not in HOLDINGS or token.dep_ != "pobj":
            continue
        if token.head.head.i not in (scope.i, *(c.i for c in scope.children)):
            continue  # the holding said of the clause itself, not of a phrase within it
        if token.head.lower_ not in ("in", "under", "into"):
            continue
        holder = next(
            (c for c in token.children if c.dep_ in ("compound", "amod", "poss", "nmod")), None
        )
        of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if holder is None and of is not None:
            holder = _pobj(of)
        if holder is None or holder.pos_ == "PRON":
            return None
        back = {t.lower_ for t in scope.subtree} & {"back", "again"}
        if _norm(holder) in DEFENDERS and not back:
            return None
        return holder
    return None


def _left_with(verb: Token | None, noun: Token) -> Token | None:
    """ "The loss left the insurgents with 11 of the 34 capitals": the object of "leave"
    holds what "with" counts; None for a state's own side (what it keeps is not taken)."""
    if verb is None or _norm(verb) != "leave":
        return None
    holder = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if holder is None or holder.i > noun.i or _norm(holder) in DEFENDERS:
        return None
    if holder.ent_type_ in ("GPE", "LOC", "FAC"):
        return None  # "leaving Kabul with 23 of its 34": a capital stands for its state
    token = noun
    while token.head.i != token.i and token.head.i != verb.i:
        token = token.head
    if token.dep_ != "prep" or token.lower_ != "with":
        return None
    return holder


def _taker(noun: Token, verb: Token | None = None) -> Token | None:
    """ "the fifth provincial capital to fall to the rebels", "it is the third town to
    fall to the group", "the third town taken by the army": the pobj of "to" after a verb
    describing the counted noun, or of the agent "by" of its passive."""
    clauses = [c for c in noun.children if c.dep_ in ("acl", "relcl")]
    if verb is not None and noun.dep_ == "attr":
        clauses += [c for c in verb.children if c.dep_ == "xcomp"]
    for clause in clauses:
        if clause.pos_ in ("VERB", "AUX"):
            for prep in clause.children:
                if prep.dep_ == "prep" and prep.lower_ == "to" or prep.dep_ == "agent":
                    taker = _pobj(prep)
                    if taker is None or not taker.like_num:  # (not "... to nine": the count)
                        return taker
    return None


def _ranked_taker(noun: Token, sent: Span, metric: MetricRule, rules: RulePack) -> Token | None:
    """ "It is the third town on the coast the rebels have taken", "The alliance seized X,
    the fourth town to come under its control": the one an ordinal's places fell to, where
    the count's own clause names it by a pronoun or not at all. The subject of a verb of
    capture in the noun's phrase (`_ranked_phrase`), else the taker of the main clause of
    capture (its subject, or whom a verb of losing hands the place to), that of the
    sentence before where this one opens "It was the ..."."""
    told = {p for o in metric.objects for p in o.predicates}
    for verb in _ranked_phrase(noun):
        if verb.pos_ == "VERB" and _norm(verb) in told:
            subject = _said_subject(verb)  # "the fifth town the army says it has retaken"
            if subject is not None and subject.pos_ != "PRON" and subject.i != noun.i:
                return subject
    root = sent.root
    opener = next((c for c in root.children if c.dep_ == "nsubj"), None)
    before: Span | None = None
    if root.lemma_ == "be" and opener is not None and opener.lower_ == "it" and sent.start > 0:
        before = root.doc[sent.start - 1].sent
        root = before.root  # "X seized Y. It was the second town ..."
    if _norm(root) in metric.loser_predicates:
        to = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "to"), None)
        return _pobj(to) if to is not None else None
    capture = next((r for r in rules.events.events if r.type == "city_captured"), None)

    def captures(verb: Token) -> bool:
        return _norm(verb) in told or (
            capture is not None
            and (
                _norm(verb) in capture.triggers
                or any(
                    _norm(verb) in t.verbs and any(c.lower_ in t.preps for c in verb.children)
                    for t in capture.prep_triggers
                )
            )
        )

    # the main clause, else a capture it reports ("Iraqi forces said they had recaptured X,
    # their third town"), else one the sentence before tells past a dateline or a label
    # ("Posted on the group's channel: 'Our forces have captured X.' It is the fifth ...")
    clauses = [root, *(c for c in root.children if c.dep_ == "ccomp" and c.pos_ == "VERB")]
    if before is not None:
        clauses += [t for t in before if t.pos_ == "VERB" and t.i not in {c.i for c in clauses}]
    for clause in clauses:
        if not captures(clause):
            continue
        to = next((c for c in clause.children if c.dep_ == "prep" and c.lower_ == "to"), None)
        taker = _pobj(to) if to is not None else None
        if taker is not None and taker.pos_ in NOUNS:
            return taker  # "Juigalpa fell to the Sandinistas. It is the 23rd town ..."
        subject = _said_subject(clause)
        if subject is not None and subject.pos_ != "PRON":
            return subject
    return None


def _summing_doer(noun: Token) -> Token | None:
    """ "Sudanese troops entered Rufaa on Sunday, the army said, bringing the number of
    towns it has retaken to nine": a count a gerund after a clause moves is of that clause's
    doer."""
    gerund = next((a for a in noun.ancestors if a.pos_ == "VERB"), None)
    if gerund is None or gerund.tag_ != "VBG" or gerund.dep_ != "advcl":
        return None
    doer = _said_subject(gerund.head)
    return doer if doer is not None and doer.pos_ != "PRON" else None


def _said_subject(verb: Token) -> Token | None:
    """The subject of a verb, or, where it is a pronoun and the verb's clause is what its
    subject said ("the army says it has retaken"), the sayer."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    # (the nearest before it, where the parse gives a clause more than one: a dateline's)
    subjects = [c for c in subjects if c.i < verb.i] or subjects
    subject = subjects[-1] if subjects else None
    if subject is not None and subject.pos_ == "PRON" and verb.dep_ == "ccomp":
        sayer = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if sayer is not None and sayer.pos_ != "PRON":
            return sayer
    return subject


def _subject_token(verb: Token | None, noun: Token) -> Token | None:
    token = verb
    while token is not None:
        reported = False
        for child in token.children:
            if child.dep_ == "nsubj" and child.i != noun.i:
                if child.pos_ == "PRON" and token.dep_ == "ccomp" and token.head.i != token.i:
                    reported = True  # "the alliance said it had captured 16 towns": the sayer
                    break
                if child.pos_ == "PRON" and (sayer := _parenthetical_sayer(token)) is not None:
                    return sayer  # "the alliance says, it has captured 16 towns"
                return child
            if child.dep_ == "agent":
                return _pobj(child)
        if child_is_counted_subject(token, noun):
            # "The death toll from the earthquake rose": the subject is "earthquake".
            for prep in noun.children:
                if prep.dep_ == "prep" and prep.lower_ in ("from", "in", "of"):
                    return _pobj(prep)
        climbs = token.dep_ in ("xcomp", "conj", "advcl", "pcomp") and token.head.i != token.i
        token = token.head if reported or climbs else None
    for participle in noun.children:  # "Rebel-held towns", "Taliban-controlled capitals"
        if participle.dep_ == "amod" and participle.tag_ == "VBN":
            holder = [c for c in participle.children if c.dep_ in ("npadvmod", "compound")]
            if holder:
                return holder[0]
    return None


def _parenthetical_sayer(verb: Token) -> Token | None:
    """ "Since May, the alliance says, it has seized 16 towns": the subject of a
    parenthetical verb of saying before a pronoun subject is the one the pronoun names."""
    for clause in verb.children:
        if clause.dep_ == "parataxis" and clause.i < verb.i and clause.lemma_ in SAYING:
            for child in clause.children:
                if child.dep_ == "nsubj" and child.pos_ != "PRON":
                    return child
    return None


def child_is_counted_subject(verb: Token, noun: Token) -> bool:
    return any(c.i == noun.i and c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _noun_phrase(token: Token) -> str:
    if token.ent_type_ and token.ent_iob_ in ("B", "I"):
        for ent in token.doc.ents:
            if ent.start <= token.i < ent.end:
                words = ent.text.split()
                return " ".join(words[1:]) if words[0].lower() == "the" else ent.text
    start = token.i
    while (
        start > 0
        and token.doc[start - 1].dep_ in ("compound", "amod")
        and not (
            token.doc[start - 1].like_num
            or token.doc[start - 1].lower_ in ("dozen", "more", "other")
        )
    ):
        start -= 1
    return token.doc[start : token.i + 1].text


def _since(token: Token) -> bool:
    """ "312 cases since January", "since Katrina in 2005": the start of the count, not
    its date; "last week's floods": a date naming an event, not the claim's."""
    ent = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    if ent is not None and len(ent) > 1:
        return any(_since_one(t) for t in ent)
    return _since_one(token)


def _since_one(token: Token) -> bool:
    possessor = token if token.dep_ == "poss" else token.head
    if possessor.dep_ == "poss" and possessor.ent_type_ and possessor.head.dep_ == "pobj":
        return True  # "the toll from last week's floods" (but "last year's floods killed")
    while token.head.i != token.i and token.pos_ not in ("VERB", "AUX"):
        if token.dep_ in ("pobj", "prep", "pcomp") and token.head.lower_ in ("since", "from"):
            return True
        if token.lower_ == "since" and token.dep_ in ("prep", "mark"):
            return True
        token = token.head
    return False


def _time(verb: Token | None, sent: Span, number: Span | None = None) -> str | None:
    if number is not None and _said_now(number):
        return None  # "peaked as a Category 4 on Monday and is now a Category 2"
    if verb is None and number is not None and (row_date := _row_date(number)) is not None:
        return row_date
    if verb is None:
        # ("2,118 cases, up 211 on last Friday": the increment's time, as below)
        tokens = [
            t
            for t in sent
            if number is None
            or t.i not in _increment_phrases(sent, number) | ratio_phrase(sent, number)
        ]
    else:
        earlier = [  # "up from 74 a week ago" dates the older value; "since launching the
            # operation on October 27", "after Friday's floods" date what came before
            c
            for c in verb.children
            if c.lower_ in ("up", "down", "from", "compared", "since", "after")
            # "has passed the 2018 fire's 459,123 acres": the record beaten has its own date
            or c.dep_ == "dobj"
            and _norm(verb) in SURPASSING
            and (number is None or not any(t.i == number[-1].i for t in c.subtree))
        ]
        if number is not None:
            # "35 more than on Friday", "double the 1,400 of last year": a comparison
            # beside the number dates the figure it compares with
            earlier += [
                c
                for w in verb.subtree
                # ("against 17,992 cases in 2019": a preposition setting a figure beside it)
                if w.lower_ in COMPARISONS or w.lower_ in COMPARING and w.dep_ == "prep"
                # ("double last year's figure": the noun the word describes)
                for c in (w.head if w.lower_ == "than" or w.dep_ == "amod" else w, *verb.children)
                if c.i != verb.i
                and any(t.i == w.i for t in c.subtree)
                and not any(t.i == number[-1].i for t in c.subtree)
            ]
        if number is not None:
            # ("..., after Goma in late January": what came before, and its time)
            earlier += [
                t
                for w in verb.subtree
                for t in earlier_item(w)
                if not any(d.i == number[-1].i for d in w.subtree)
            ]
        # ("down from Category 5 when it struck the Marianas last week": a "when" clause
        # right after the older value dates it, wherever the parser hangs the clause)
        ends = {c.right_edge.i for c in earlier}
        earlier += [
            c
            for c in verb.children
            if c.dep_ == "advcl"
            and c.left_edge.i - 1 in ends
            and c.left_edge.lower_ in ("when", "as", "while")
        ]
        skip = {t.i for c in earlier for t in c.subtree}
        if number is not None:
            # "..., the institute reports, up 113 cases on last week": an increment's time
            # is that of the figure it grew from, wherever the parser hangs the increment
            skip |= _increment_phrases(verb.subtree, number) | ratio_phrase(sent, number)
        if verb.tag_ in ("VBZ", "VBP") or any(
            c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children
        ):
            # "The fire, sparked by lightning in late October, has now burned ...": the
            # subject's own description dates its start, not a count that holds now
            # ("two of the 17 patients admitted on Monday have since died")
            # ...nor does its apposition ("The typhoon, a Category 5 at its peak on Monday,
            # has weakened to Category 3")
            skip |= {
                t.i
                for s in verb.children
                if s.dep_ in ("nsubj", "nsubjpass")
                for w in s.subtree
                for c in w.children
                if c.dep_ in ("acl", "relcl") or c.dep_ == "appos" and w.i == s.i
                for t in c.subtree
            }
        tokens = [
            t
            for t in verb.subtree
            if (not _in_subclause(t, verb, number) or _when(t, verb)) and t.i not in skip
        ]
        if any(c.lower_ == "when" for c in verb.children) and verb.head.ent_type_ == "DATE":
            return _entity_text(verb.head, sent)  # "since 1960, when some 12,000 people died"
        if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "acl") and (when := _since_when(verb)):
            return when  # "the deadliest since 1992, when a jet crashed near X, killing 167"
    if verb is not None and verb.dep_ == "relcl":
        # "the 2018 Camp Fire, which burned 153,336 acres": the antecedent's date
        lefts = [t for left in verb.head.lefts for t in left.subtree]
        # ("the August Complex of 2020, which burned ...")
        of_year = [
            t
            for c in verb.head.children
            if c.dep_ == "prep" and c.lower_ == "of" and c.i < verb.i
            for t in c.children
            if t.dep_ == "pobj"
        ]
        years = [t for t in [*lefts, *of_year] if _is_year(t.doc[t.i : t.i + 1], tagged=False)]
        if years and not any(t.ent_type_ in ("DATE", "TIME") for t in lefts):
            return years[0].text
        if " last year " in f" {' '.join(t.lower_ for t in lefts)} ":
            return "last year"  # "last year's August Complex, which burned ..."
        tokens += lefts
    dates = [
        t
        for t in tokens
        if t.ent_type_ in ("DATE", "TIME")
        and not _since(t)
        and not _in_name(t)
        # ("put the toll ... at 56": the figure itself, which the model may read as a time)
        and not (number is not None and number.start <= t.i < number.end)
        # "children under five": an age the model reads as a date
        and not (_is_age(t) or any(_is_age(c) for c in t.children if t.lower_ in AGE_WORDS))
        # "ended 2024 with 74 cases": the span the count covers, not the day of the report
        and not (
            t.dep_ in ("dobj", "npadvmod")
            and t.head.lemma_.lower() in SPAN_ENDS
            and t.i == t.head.i + 1
        )
        # "a charter carrying soldiers home for Christmas": a holiday named as a purpose
        and not _for_holiday(t)
    ]
    if (
        not dates
        and verb is not None
        and verb.dep_ == "conj"
        and verb.head.pos_ == "VERB"
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    ):
        return _time(verb.head, sent)  # "In 2019 an epidemic infected 5,700 and killed 83"
    if not dates and verb is not None:
        # "The 1961 storm, a Category 5, is ...", "the 2018 fire burned ...": the subject's year
        named = [_year_of(c) for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        return next((y for y in named if y is not None), None)
    if not dates:
        return None
    if _this_day_label(dates[0]):
        return "this day"  # "THIS DAY IN 1980: ...": the item's own day, as "This day in 1980"
    return _entity_text(dates[0], sent)


def _for_holiday(token: Token) -> bool:
    """A date entity of one proper name after "for" ("home for Christmas", "closed for
    Eid"): what something is for, not when the figure was told (a span, "for two weeks",
    is a number's, no name)."""
    head = token
    while head.head.i != head.i and head.dep_ not in ("pobj",) and head.head.ent_type_ == "DATE":
        head = head.head
    return (
        head.dep_ == "pobj"
        and head.head.lower_ == "for"
        and head.pos_ == "PROPN"
        and not any(t.like_num for t in head.subtree)
    )


def _as_of(sent: Span, time: str | None) -> bool:
    """The time is a cut-off day, "as of" or "as at" it."""
    text = " ".join(sent.text.lower().split())
    return bool(time) and any(
        f"{w} {' '.join((time or '').lower().split())}" in text for w in ("as of", "as at")
    )


def _increment_phrases(scope: Iterable[Token], number: Span) -> set[int]:
    """The words of increments in `scope` the number is not part of ("..., the institute
    reports, up 113 cases on last week"): their time is that of the figure the count grew
    from, wherever the parser hangs them."""
    return {
        t.i
        for w in scope
        if w.lower_ in ("up", "down")
        and any(c.dep_ == "prep" and c.lower_ in ("from", "on") for c in w.children)
        and not any(t.i == number[-1].i for t in w.subtree)
        for t in w.subtree
    }


# a retrospective item's opening label ("On this day in 1980:", "ON THIS DAY, 1954:")
THIS_DAY_LABEL = re.compile(r"^\W*(?:on )?this day\b[^:]{0,40}:")


def _this_day_label(date_token: Token) -> bool:
    """A date inside a retrospective item's opening label, in any case ("THIS DAY IN 1980:",
    which the model reads as a bare year where "This day in 1980" is a date of its own)."""
    doc = date_token.doc
    line_start = doc.text.rfind("\n", 0, date_token.idx) + 1
    label = THIS_DAY_LABEL.match(doc.text[line_start:].lower())
    return label is not None and date_token.idx < line_start + label.end()


def _since_when(verb: Token) -> str | None:
    """The year of a "since <year>, when ..." clause just before a participle the parse hung
    on the main verb ("It is the deadliest accident since 1992, when a jet crashed near
    Kathmandu, killing 167"): the participle tells that earlier event."""
    sent = verb.sent
    for token in reversed(sent[: verb.i - sent.start]):
        if token.lower_ == "when" and token.i >= 3 and token.nbor(-1).text == ",":
            year = token.nbor(-2)
            if year.ent_type_ == "DATE" and token.nbor(-3).lower_ == "since":
                return _entity_text(year, sent)
            return None
        if token.text in (";", ":") or token.pos_ == "VERB" and token.dep_ == "ROOT":
            return None
    return None


def _row(number: Span) -> Span:
    """The row of a figure within its sentence: from the bar, semicolon or line break
    before it to the one after it."""
    doc, sent = number.doc, number.sent
    start, end = number.start, number.end
    while start > sent.start and not _row_end(doc[start - 1]):
        start -= 1
    while end < sent.end and not _row_end(doc[end]):
        end += 1
    return doc[start:end]


def _row_end(token: Token) -> bool:
    return token.text in ROW_ENDS or "\n" in token.text


ROW_ENDS = {"|", "\u2502", ";"}


def _year_label(number: Span) -> bool:
    """A year labelling the figure after it ("2021: 1,200 | 2022: 3,400", "2016 — 22")."""
    doc = number.doc
    return (
        _is_year(number, tagged=False)
        and number.end + 1 < len(doc)
        and doc[number.end].text in DASHES
        and doc[number.end + 1].like_num
    )


def _year_row(number: Span) -> bool:
    """A figure labelled with a year and a colon or a dash ("| 2024: 14", "2016 — 22"; not
    the year a label's count runs from: "Cases since September 2022: 5,237")."""
    doc = number.doc
    return (
        number.start >= 2
        and doc[number.start - 1].text in DASHES
        and _is_year(doc[number.start - 2 : number.start - 1], tagged=False)
        and _before_time_phrase(doc, number.start - 1) == number.start - 1
    )


def _row_date(number: Span) -> str | None:
    """The day or year a row of several in one sentence opens with, before its figure ("9
    May - 40 cases; 14 May - 112 cases": "14 May" for 112; "2023: 20 | 2024: 14": "2024"
    for 14): a verbless figure's own date (not the day a count runs from)."""
    if _year_row(number):
        return number.doc[number.start - 2].text
    row = _row(number)
    if len(row) == len(number.sent):
        return None
    for token in row:
        if token.i >= number.start:
            return None
        # ("Cumulative cases since 2 March: 1,408": the start of the count, no row's date)
        if token.lower_ in MONTHS and token.text[0].isupper() and not _since(token):
            doc = token.doc
            if token.i + 1 < number.start and doc[token.i + 1].like_num:
                return doc[token.i : token.i + 2].text  # "May 14"
            if token.i > row.start and doc[token.i - 1].like_num:
                return doc[token.i - 1 : token.i + 1].text  # "14 May"
    return None


def _in_name(token: Token) -> bool:
    """ "The August Complex": a date word without digits naming a thing is no date."""
    return (
        token.dep_ in ("compound", "nmod")
        and token.head.ent_type_ not in ("DATE", "TIME")
        and not any(c.isdigit() for c in token.text)
    )


def _entity_text(token: Token, sent: Span) -> str | None:
    for ent in sent.ents:
        if ent.label_ in ("DATE", "TIME") and ent.start <= token.i < ent.end:
            return ent.text
    return None


def _dated_row_label(number: Span) -> bool:
    """The figure's line opens with a dated row's label ("19 Nov: 52")."""
    text = number.doc.text
    line_start = text.rfind("\n", 0, number.start_char) + 1
    return _DATED_ROW.fullmatch(text[line_start : number.start_char]) is not None


def _dated_row_count(number: Span, rules: RulePack) -> tuple | None:
    """ "Provincial capitals taken by the Taliban (running tally, of 34)" then lines "Fri 6
    Aug: 1", "Sun 8 Aug: 5": a row of a date and a colon before a figure alone on its line
    counts what the header line above the rows names, its taker and its whole the header's
    own; the rows' dates order them as a timeline's entries."""
    doc = number.doc
    text = doc.text
    line_start = text.rfind("\n", 0, number.start_char) + 1
    line_end = text.find("\n", number.end_char)
    line_end = len(text) if line_end < 0 else line_end
    before, after = text[line_start : number.start_char], text[number.end_char : line_end]
    # (a note in brackets after the row's figure, "19 Nov: 52 (two deaths)", is its own)
    if re.sub(r"^\s*\([^()]*\)", "", after).strip() or not _DATED_ROW.fullmatch(before):
        return None
    head_end = line_start - 1  # back over the earlier rows to the header line
    while head_end > 0:
        head_start = text.rfind("\n", 0, head_end) + 1
        if not _DATED_ROW.match(text[head_start:head_end]):
            break
        head_end = head_start - 1
    else:
        return None
    if not text[head_start:head_end].strip():
        return None
    span = doc.char_span(head_start, head_end, alignment_mode="expand")
    if span is None:
        return None
    total = next((t for t in span if t.like_num and t.i > 0 and doc[t.i - 1].lower_ == "of"), None)
    for word in span:
        if word.pos_ not in NOUNS:
            continue
        words = [*_modifiers(word), _norm(word)]
        # the header's verb of the noun ("capitals taken by the Taliban"): one of the
        # object's predicates, or the rows count something else ("towns shelled")
        verb = next((c for c in word.children if c.dep_ == "acl" and c.tag_ == "VBN"), None)
        for metric in rules.metrics:
            for obj in metric.objects:
                if (
                    "person" not in obj.nouns
                    and not set(words) & set(metric.exclude)
                    and any(words[-len(n.split()) :] == n.lower().split() for n in obj.nouns)
                    and (obj.any_predicate or verb is not None and verb.lemma_ in obj.predicates)
                ):
                    return (word, total, None, metric)  # a row has no verb of its own
    return None


# a row's date before its figure: "Fri 6 Aug: ", "Fri 13 Aug, 18:00 Kabul time: "
_DATED_ROW = re.compile(
    r"\s*(?:[A-Z][a-z]{2,8}\.? )?\d{1,2} [A-Z][a-z]{2,8}\.?"
    r"(?:,? (?:\d{1,2}:\d\d|[^:\n]){0,30})?: ?\s*"
)
