"""Typed events from a parsed article: embassy security alerts, evacuations and
closures, cities captured. Each event gets an identity key
("<type>|<actor id>|[<place>|]<date>") so several outlets reporting one event give
one event; weekday names are resolved against the article's published date.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from spacy.tokens import Doc, Span, Token

from processors.headlines import Reparse, sentences
from processors.modality import is_other_story, read_modality
from processors.models import Event, Modality
from processors.rulepack import EventRule, EventRules, RulePack

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = {
    m: i + 1
    for i, names in enumerate(
        ("jan january", "feb february", "mar march", "apr april", "may", "jun june",
         "jul july", "aug august", "sep sept september", "oct october", "nov november",
         "dec december")
    )
    for m in names.split()
}  # fmt: skip
PLACE_LABELS = {"GPE", "LOC", "FAC", "CITY", "PROVINCE", "PLACE"}


@dataclass(frozen=True)
class Actor:
    id: str
    name: str


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
    cfg = rules.events
    context = _embassy_context(doc, cfg)
    headlines = tuple(other_story_headlines)
    found: dict[tuple[str, str], Event] = {}
    for sent, original in sentences(doc, rules, reparse):
        other = is_other_story(original, rules.modality, headlines)
        for rule in cfg.events:
            for event in _events_in(sent, rule, rules, context, pub, other, dated):
                event = event.model_copy(update={"sentence": original.text.strip()})
                found.setdefault((event.key, event.modality), event)
    return list(found.values())


def resolve_date(text: str, published: date | None, latest: bool = False) -> date | None:
    """The calendar date of a date phrase: weekday names ("Thursday", "last Saturday")
    are the most recent such day on or before `published`; "August 12", "12 Aug 2021",
    ISO dates, today and yesterday are read directly. With `latest`, a month or a
    year alone ("in January", "since 1960") gives its last day."""
    words = re.findall(r"[a-z]+|\d+", text.lower())
    iso = re.search(r"(\d{4})-(\d{2})-(\d{2})", text)
    if iso:
        return date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
    if published is not None:
        if "today" in words or "tonight" in words:
            return published
        if "yesterday" in words:
            return published - timedelta(days=1)
        for word in words:
            if word in WEEKDAYS:
                back = (published.weekday() - WEEKDAYS.index(word)) % 7
                if back == 0 and "last" in words:
                    back = 7
                return published - timedelta(days=back)
    month = next((MONTHS[w] for w in words if w in MONTHS and w != "may"), None)
    days = [int(w) for w in words if w.isdigit() and 1 <= int(w) <= 31]
    years = [int(w) for w in words if w.isdigit() and len(w) == 4]
    if month and days:
        year = years[0] if years else (published.year if published else None)
        if year is None:
            return None
        try:
            return date(year, month, days[0])
        except ValueError:
            return None
    if latest and (month or years):
        year = years[0] if years else (published.year if published else None)
        if year is None:
            return None
        if month is None:
            return date(year, 12, 31)
        if published is not None and not years and month > published.month:
            year -= 1
        return date(year, month, 28)
    return None


def is_weekday_phrase(text: str) -> bool:
    """ "Thursday", "on Thursday morning", "last Saturday": a weekday and no calendar date.
    Against an ingest date (an undated article) such a phrase cannot tell how old it is."""
    words = re.findall(r"[a-z]+|\d+", text.lower())
    return any(w in WEEKDAYS for w in words) and not any(
        w.isdigit() or w in MONTHS and w != "may" for w in words
    )


def is_old(
    when: date | None, phrase: str | None, published: date | None, days: int, dated: bool
) -> bool:
    """A date `days` or more before publication makes a report a recap; against an
    ingest date (`dated` false) a weekday name does not (news weekdays are this week)."""
    if when is None or published is None:
        return False
    if not dated and phrase is not None and is_weekday_phrase(phrase):
        return False
    return (published - when).days >= days


def event_key(event_type: str, actor_id: str, when: date | None, place: str | None = None) -> str:
    parts = [event_type, actor_id, *([place] if place else []), when.isoformat() if when else "?"]
    return "|".join(parts)


def _events_in(
    sent: Span,
    rule: EventRule,
    rules: RulePack,
    context: Actor | None,
    published: date | None,
    other: bool,
    dated: bool = True,
) -> list[Event]:
    cfg = rules.events
    events = []
    for trigger in _triggers(sent, rule):
        actor = _actor(sent, rule, cfg, context, trigger)
        if actor is None:
            continue
        place = _place(trigger, cfg) if rule.needs_place else None
        if rule.needs_place and place is None:
            continue
        when, phrase = _date(sent, trigger, published, dated)
        reading = read_modality(trigger, rules.modality, extra_recap=cfg.recap_adverbs)
        modality: Modality = "other_story" if other else reading.modality
        if modality == "asserted" and is_old(when, phrase, published, cfg.recap_after_days, dated):
            modality = "recap"
        place_id = place.lower() if place and rule.keyed_location else None
        events.append(
            Event(
                type=rule.type,
                actor=actor.name,
                date=when,
                modality=modality,
                sentence=sent.text.strip(),
                location=place,
                key=event_key(rule.type, actor.id, when, place_id),
            )
        )
    return events


def _forms(token: Token) -> set[str]:
    word = token.lower_
    forms = {word, token.lemma_.lower()}
    for suffix, repl in (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", "")):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            forms.add(word[: -len(suffix)] + repl)
    return forms


def _triggers(sent: Span, rule: EventRule) -> list[Token]:
    """Trigger tokens with their cue (if the rule needs one) and no veto word."""
    triggers = set(rule.triggers)
    out = []
    for token in sent:
        if token.pos_ in ("NOUN", "DET", "ADP") and not token.is_title:
            is_trigger = False
        else:
            is_trigger = bool(_forms(token) & triggers)
        cued = is_trigger and _cue_follows(sent, token, rule) and not _vetoed(sent, token, rule)
        if cued or _noun_trigger(sent, token, rule):
            out.append(token)
    return out[:1] if rule.actor == "embassy" else out


def _cue_follows(sent: Span, token: Token, rule: EventRule) -> bool:
    if not rule.cues:
        return True
    cues = set(rule.cues)
    if token.dep_ == "amod":
        return False  # "reduced staffing" describes; it does not report an act
    for child in token.children:  # "a small team were moved", "diplomats were flown"
        if child.dep_ in ("nsubjpass", "dobj") and any(_cue(t, cues) for t in child.subtree):
            return True
    window = sent.doc[token.i + 1 : min(sent.end, token.i + 1 + rule.window)]
    text = " " + window.text.lower() + " "
    return any(_cue(t, cues) for t in window) or any(
        f" {c} " in text for c in rule.cues if " " in c
    )


def _cue(token: Token, cues: set[str]) -> bool:
    return token.lower_ in cues or token.lemma_.lower() in cues


def _noun_trigger(sent: Span, token: Token, rule: EventRule) -> bool:
    """ "issued a security alert": a rule noun as the object of one of its verbs."""
    if not rule.nouns or token.pos_ not in ("VERB", "AUX") and not token.is_title:
        return False
    if not _forms(token) & set(rule.noun_verbs):
        return False
    window = sent.doc[token.i + 1 : min(sent.end, token.i + 8)].text.lower()
    return any(noun in window for noun in rule.nouns) and not _vetoed(sent, token, rule)


def _vetoed(sent: Span, token: Token, rule: EventRule) -> bool:
    if not rule.veto:
        return False
    scope = sent.doc[max(sent.start, token.i - 4) : min(sent.end, token.i + rule.window)]
    text = " " + scope.text.lower() + " "
    return any(f" {v} " in text for v in rule.veto)


def _actor(
    sent: Span, rule: EventRule, cfg: EventRules, context: Actor | None, trigger: Token
) -> Actor | None:
    if rule.actor == "embassy":
        nouns = set(rule.actor_nouns)
        mentions = [t for t in sent if t.lower_ in nouns]
        if not mentions:
            return None
        mention = min(mentions, key=lambda t: abs(t.i - trigger.i))
        actor = _embassy_actor(sent, mention, cfg, context)
        # an embassy of unknown country is no identity to alert on
        return None if actor.id.startswith("embassy:?") else actor
    text = " " + " ".join(t.lower_ for t in sent) + " "
    for group in cfg.groups:
        if any(f" {a} " in text for a in group.aliases):
            return Actor(group.id, group.name)
    return None


def _embassy_actor(sent: Span, mention: Token, cfg: EventRules, context: Actor | None) -> Actor:
    """Country and city of the embassy: next to the mention, else anywhere in the
    sentence ("Britain's ambassador ... from the embassy", "evacuated from Sudan"),
    else the article's first full embassy mention."""
    code, city = _embassy_parts(mention, cfg)
    if code is None:
        code = _nearest_country(sent, mention, cfg)
    if city is None:
        city = _city_in(sent, cfg)
    if context is not None:
        ctx_code, ctx_city = context.id.split(":")[1:3]
        if code in (None, ctx_code) and city in (None, ctx_city):
            return context
    name = cfg.embassy_countries[code].name if code else ""
    label = " ".join(p for p in (name, "Embassy", city.title() if city else "") if p)
    return Actor(f"embassy:{code or '?'}:{city or '?'}", label)


def _embassy_parts(mention: Token, cfg: EventRules) -> tuple[str | None, str | None]:
    doc = mention.doc
    start = max(mention.sent.start, mention.i - 4)
    before = " " + doc[start : mention.i].text.lower() + " "
    country = None
    for code, spec in cfg.embassy_countries.items():
        if any(f" {w} " in before for w in spec.words):
            country = code
    following = doc[mention.i + 1 : min(len(doc), mention.i + 4)]
    after = " " + following.text.lower() + " "
    city = next((c for c in cfg.embassy_cities if f" {c} " in after or f" {c} " in before), None)
    if (
        city is None
        and len(following) > 1
        and following[0].lower_ == "in"
        and following[1].pos_ == "PROPN"
        and following[1].lower_ not in cfg.countries
    ):
        city = following[1].lower_  # "the embassy in Aldmere"
    return country, city


def _nearest_country(sent: Span, mention: Token, cfg: EventRules) -> str | None:
    best: tuple[int, str] | None = None
    words = [t.lower_ for t in sent]
    for code, spec in cfg.embassy_countries.items():
        for phrase in spec.words:
            parts = phrase.split()
            for i in range(len(words) - len(parts) + 1):
                if words[i : i + len(parts)] == parts and sent[i].text[0].isupper():
                    distance = abs(sent[i].i - mention.i)
                    if best is None or distance < best[0]:
                        best = (distance, code)
    return best[1] if best else None


def _city_in(sent: Span, cfg: EventRules) -> str | None:
    text = " " + " ".join(t.lower_ for t in sent) + " "
    city = next((c for c in cfg.embassy_cities if f" {c} " in text), None)
    if city is None:
        city = next((c for w, c in cfg.capitals.items() if f" {w} " in text), None)
    return city


def _embassy_at(mention: Token, cfg: EventRules) -> Actor | None:
    code, city = _embassy_parts(mention, cfg)
    if code is None and city is None:
        return None
    name = cfg.embassy_countries[code].name if code else ""
    label = " ".join(p for p in (name, "Embassy", city.title() if city else "") if p)
    return Actor(f"embassy:{code or '?'}:{city or '?'}", label)


def _embassy_context(doc: Doc, cfg: EventRules) -> Actor | None:
    """The article's first embassy mention naming both country and city."""
    partial = None
    for token in doc:
        if token.lower_ == "embassy":
            actor = _embassy_at(token, cfg)
            if actor and "?" not in actor.id:
                return actor
            partial = partial or actor
    return partial


def _place(trigger: Token, cfg: EventRules) -> str | None:
    """The named place that is the object (or, for "fall", the subject) of the trigger."""
    countries = {w for spec in cfg.embassy_countries.values() for w in spec.words}
    countries |= set(cfg.countries)
    candidates: list[Token] = []
    for child in trigger.children:
        if child.dep_ in ("dobj", "nsubjpass", "attr") or (
            child.dep_ == "nsubj" and trigger.lemma_ == "fall"
        ):
            candidates.extend(_object_words(child))
        elif child.dep_ == "prep" and child.lower_ == "of":  # "in control of Ghazni"
            candidates.extend(t for c in child.children for t in _object_words(c))
    for token in candidates:
        if token.ent_type_ in PLACE_LABELS and token.lower_ not in countries:
            for ent in trigger.doc.ents:
                if ent.start <= token.i < ent.end and ent.text.lower() not in countries:
                    return ent.text
    return None


def _object_words(noun: Token) -> list[Token]:
    """The noun, its compounds and appositions, and "control of X" / "hold of X"."""
    words = [noun, *(c for c in noun.children if c.dep_ in ("compound", "appos", "conj"))]
    if noun.lemma_ in ("control", "hold", "capital", "city", "town"):
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                words.extend(c for c in prep.children if c.dep_ == "pobj")
    return words


def _date(
    sent: Span, trigger: Token, published: date | None, dated: bool = True
) -> tuple[date | None, str | None]:
    """The event's date and the phrase it was read from. A sentence naming no day
    gives the publication date, or no date when the article is undated (its ingest
    day may be days after the news)."""
    dates = [e for e in sent.ents if e.label_ in ("DATE", "TIME")]
    dates.sort(key=lambda e: abs(e.start - trigger.i))
    for ent in dates:
        when = resolve_date(ent.text, published)
        if when is not None:
            return when, ent.text
    return (published if dated else None), None
