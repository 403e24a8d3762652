"""Embassies' and other missions' acts (`embassy_security_alert`, `embassy_evacuation`,
`embassy_closure`): the cues, vetoes, labels and quotes that make a word a trigger, which
country's mission acts (the embassy named, a government speaking for its embassy, missions
listed or counted) and in which host city, and how a mission's act is told (a demand, an
ultimatum, a readiness, a standing advice, a mission run from elsewhere).
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from processors.candidates import people_plurals
from processors.events.common import (
    LOWERING,
    PLACE_PREPS,
    STATE_PLACES,
    STATES,
    TOWARDS,
    UNTIL,
    Actor,
    _clause_verb,
    _dateline_city,
    _dateline_end,
    _default_words,
    _derived,
    _first_conjunct,
    _folded,
    _forms,
    _fronted_quote,
    _out_of,
    _words,
    resolve_date,
)
from processors.rulepack import EventRule, EventRules
from processors.world import (
    city_sizes,
    city_states,
    countries_by_code,
    plain,
    seat_names,
    state_capitals,
    world_cities,
    world_countries,
)

if TYPE_CHECKING:
    from processors.events.reading import _Context


INSTRUCTING = {"tell", "order", "instruct", "ask", "urge", "direct", "advise", "request"}

# verbs of leaving: their subject is who goes, whatever they leave ("diplomats left X")
LEAVING = {"leave", "depart", "flee", "exit", "quit"}
# nouns of travel whose "to X" names the country a warning is about ("travel to X")
TRAVEL_NOUNS = frozenset({"travel", "trip", "trips", "journey", "journeys", "visit", "visits"})
# what staff board to leave: "diplomats boarded a military flight out of X"
CRAFT = frozenset({"flight", "plane", "aircraft", "airplane", "helicopter", "jet", "ship",
                   "ferry", "boat", "bus", "convoy", "evacuation"})  # fmt: skip

# verbs of moving a mission elsewhere ("moved its embassy from X to Y")
RELOCATING = {"move", "relocate", "transfer", "shift"}

# words of quantity whose "of" names the people counted ("most of the staff")
QUANTITIES = frozenset({"most", "all", "many", "some", "half", "rest", "remainder", "bulk",
                        "majority", "last", "remaining", "both", "dozens", "hundreds",
                        # ...and the part of a body: "the last members of the embassy staff"
                        "members", "member"})  # fmt: skip
# a mission's people: a country's adjective on them names whose mission ("the Danish staff")
MISSION_PEOPLE = frozenset({"staff", "diplomat", "ambassador", "envoy", "personnel",
                            "chargé", "consul", "attaché", "attache", "presence",
                            # ...and its country's people ("told Portuguese citizens")
                            "citizen", "national", "expatriate"})  # fmt: skip
# nouns a country word describes without naming whose embassy acts
NOT_WHOSE = {"border", "borders", "frontier", "frontiers", "territory", "airspace", "side",
             "offensive", "invasion", "attack", "attacks", "strikes", "shelling"}  # fmt: skip

# people taken out of an embassy by force: no evacuation of it
EJECTED = frozenset({"protester", "protestor", "demonstrator", "intruder", "attacker",
                     "gunman", "gunmen", "crowd", "mob"})  # fmt: skip

# words that open a list of the items a count holds ("five fell, among them X and Y")
ENVOYS = {"ambassador", "envoy", "chargé", "charge"}
PATH_WORDS = {"overland", "abroad"}
# the ways staff travel out: "its diplomats left by road", "the staff left by sea"
MEANS = frozenset(
    {"road", "sea", "air", "land", "car", "cars", "bus", "buses", "plane", "ship", "boat",
     "ferry", "convoy", "train", "helicopter", "helicopters", "river"}
)  # fmt: skip


def _left_by(token: Token) -> Token | None:
    """ "its diplomats left by road", "its staff left by sea aboard a ship": a verb of
    leaving the parser read as a passive on the noun before it ("diplomats [who were] left
    by road"), its "by" a way of travel, not an agent; that noun is its subject."""
    if token.dep_ != "acl" or token.tag_ != "VBN" or token.lemma_.lower() not in LEAVING:
        return None
    by = [c for c in token.children if c.dep_ == "agent" and c.lower_ == "by"]
    if not any(p.dep_ == "pobj" and p.lower_ in MEANS for b in by for p in b.children):
        return None
    return token.head


def _since_day(trigger: Token, published: date | None) -> tuple[date, str] | None:
    """ "has been shut since Sunday", "have been working from the airport since Sunday": a
    state's "since <day>" dates the act that began it."""
    state = trigger.lemma_ in STATES or any(
        c.dep_ in ("aux", "auxpass") and c.lower_ == "been" for c in trigger.children
    )
    if not state:
        return None
    for prep in trigger.children:
        if prep.dep_ != "prep" or prep.lower_ != "since":
            continue
        for day in (c for c in prep.children if c.dep_ == "pobj" and c.ent_type_ == "DATE"):
            phrase = " ".join(t.text for t in day.subtree)
            when = resolve_date(phrase, published)
            if when is not None:
                return when, phrase
    return None


def _negated_above(trigger: Token) -> bool:
    """The trigger completes a negated verb ("should not count on being flown out", "did
    not manage to close"): through infinitive and gerund complements and their
    prepositions, a "not" or "never" on a verb above it."""
    token = trigger
    while token.dep_ in ("xcomp", "pcomp", "prep") and token.head.i != token.i:
        token = token.head
        if token.pos_ in ("VERB", "AUX") and any(c.dep_ == "neg" for c in token.children):
            return True
    return False


# adjectives of a readiness to act, not the act: "ready to fly out its staff"
READY = frozenset({"ready", "prepared", "willing", "poised", "standby", "eager"})


EXPELLING = frozenset({"expel", "oust", "eject"})


def _envoy_expelled(trigger: Token) -> bool:
    """ "its ambassador was expelled by the junta and flown home", "the expelled envoy
    flew home": an envoy alone whom the host put out leaves by no evacuation of the mission
    (tests/fixtures/README.md, round 29)."""
    verbs = [trigger, trigger.head] if trigger.dep_ == "conj" else [trigger]
    subjects = [c for v in verbs for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
    envoys = [s for s in subjects if s.lemma_.lower() in ENVOYS and not s.conjuncts]
    return bool(envoys) and (
        any(v.lemma_.lower() in EXPELLING for v in verbs)
        or any(c.lemma_.lower() in EXPELLING for s in envoys for c in s.children)
    )


def _ready(trigger: Token) -> bool:
    """The trigger is the infinitive of an adjective of readiness ("was ready to fly out
    its staff", "stood prepared to evacuate", "on standby to airlift the diplomats")."""
    verb = _first_conjunct(trigger)
    if verb.dep_ not in ("xcomp", "acl", "advcl") or verb.head.i == verb.i:
        return False
    return verb.head.lower_ in READY and any(c.lower_ == "to" for c in verb.children)


def _decision(trigger: Token) -> bool:
    """The trigger is the infinitive of a decision told in the present or present perfect
    ("has decided to withdraw all personnel ... and to close the embassy", "We have decided
    to close the embassy"): the decision is the news, the act to come (not "decided on
    Sunday to take its whole mission out", a past decision told as done)."""
    verb = _first_conjunct(trigger)
    if verb.dep_ != "xcomp" or verb.head.lemma_.lower() != "decide":
        return False
    decided = verb.head
    return decided.tag_ in ("VBZ", "VBP") or any(
        c.dep_ == "aux" and c.lower_ in ("has", "have", "'ve") for c in decided.children
    )


TIME_SPANS = frozenset({"minute", "hour", "day", "week", "month", "deadline", "ultimatum"})


def _no_reason(trigger: Token) -> bool:
    """ "had no reason to close", "has no intention of leaving": the act on a noun that
    "no" denies (or its own noun so denied: "issued no new alert")."""
    noun = trigger.head
    if trigger.dep_ == "pcomp" and noun.dep_ == "prep":
        noun = noun.head  # "no intention of leaving"
    if (
        trigger.dep_ in ("acl", "relcl", "pcomp", "xcomp")
        and noun.pos_ == "NOUN"
        and any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)
    ):
        return True
    # ...or the act's own noun: "issued no new security alert", "no new warning was issued"
    # (the noun may be tagged a verb, its "no" hung on a compound: "no new travel warning")
    nouns = [trigger] if trigger.pos_ == "NOUN" or trigger.dep_ in ("dobj", "nsubjpass") else []
    nouns += [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    # (not "no one": "evacuated its staff, leaving no one behind")
    return any(
        t.dep_ == "det" and t.lower_ == "no"
        for n in nouns
        if n.lower_ not in ("one", "body") and n.pos_ in ("NOUN", "VERB")
        for t in n.doc[n.left_edge.i : n.i]
    )


# verbs that order a mission's act done ("ordered the embassy shut within 48 hours")
ORDERING = frozenset({"order", "demand", "want"})


def _deadline(trigger: Token) -> bool:
    """ "gave the embassy 72 hours to close", "a deadline to leave": a span of time to do
    it in is an ultimatum."""
    noun = trigger.head
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children)
    if infinitive and noun.lemma_.lower() in TIME_SPANS:
        return True
    # ...or a span an infinitive's act must be done within, the trigger's or the one it
    # orders ("orders the staff of the consulate to leave the island within 24 hours")
    acts = [trigger] if infinitive else []
    if trigger.dep_ in ("xcomp", "ccomp", "oprd") and trigger.head.lemma_.lower() in ORDERING:
        acts.append(trigger)  # "ordered Iran's embassy closed within 48 hours": to be done
    acts += [
        c
        for c in trigger.children
        if c.dep_ in ("xcomp", "advcl")
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
    ]
    return any(
        c.dep_ == "prep"
        and c.lower_ == "within"
        and any(g.lemma_.lower() in TIME_SPANS for g in c.children)
        for act in acts
        for c in act.children
    )


def _leave_by(trigger: Token) -> bool:
    """ "ordered its diplomats to return home by April", "told its staff to leave X by
    Friday": an order to leave by a day or month is a departure still to come."""
    if trigger.lemma_.lower() in INSTRUCTING:
        acts = [c for c in trigger.children if c.dep_ == "xcomp"]
    elif trigger.dep_ == "xcomp" and trigger.head.lemma_.lower() in INSTRUCTING:
        acts = [trigger]
    else:
        return False
    return any(
        p.dep_ == "prep"
        and p.lower_ == "by"
        and any(o.dep_ == "pobj" and o.ent_type_ == "DATE" for o in p.children)
        for act in acts
        for p in act.children
    )


def _standing(trigger: Token) -> bool:
    """ "advice to leave has been in force since May", "the warning had stood for weeks",
    "continues to advise against travel": a notice that stands from before is background,
    not a new one."""
    head = trigger.head
    if trigger.dep_ == "xcomp" and head.lemma_ == "continue" and trigger.pos_ == "VERB":
        return True  # "the Foreign Office continues to advise against all travel"
    return (
        trigger.pos_ == "NOUN"
        and trigger.dep_ in ("nsubj", "nsubjpass")
        and head.lemma_ in ("be", "remain", "stand")
        and any(c.dep_ == "aux" and c.lemma_ == "have" for c in head.children)
        and any(c.dep_ == "prep" and c.lower_ in ("since", "for") for c in head.children)
    )


# a verb or noun whose "that" clause says what is wanted done ("demanded that the mission cut
# its staff", "its demand that the mission reduce ...", "insisted that the embassy withdraw")
DEMANDING = frozenset(
    {"demand", "insist", "order", "require", "request", "ask", "urge", "propose", "suggest"}
)


def _mandative(trigger: Token) -> bool:
    """A subjunctive "be" with no other auxiliary: "(demanded) that the embassy be shut";
    or a bare verb with its own subject and no auxiliary in a "that" clause of demanding:
    "Belarus demanded that the embassy cut its staff", "its demand that the mission reduce
    its staff" (wanted done, not done)."""
    auxes = [c for c in trigger.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ == "be" and a.tag_ == "VB" for a in auxes) and len(auxes) == 1:
        return True
    # (a base form: "withdraw", or "cut", which the tagger may read as a past)
    bare = (
        trigger.tag_ == "VB" or trigger.tag_ in ("VBD", "VBP") and trigger.lower_ == trigger.lemma_
    )
    return (
        bare
        and not auxes
        and trigger.dep_ in ("ccomp", "acl")
        and trigger.head.lemma_.lower() in DEMANDING
        and any(c.dep_ == "nsubj" for c in trigger.children)
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in trigger.children)
    )


ALIKE = frozenset({"similar", "same", "identical", "like"})


def _echoes(
    found: list[tuple[Token, Actor, list[str]]], cfg: EventRules
) -> list[tuple[Token, Actor, list[str]]]:
    """ "Spain told its nationals to leave, and Portugal and France issued similar
    warnings", "Norway followed suit on Sunday", "Italy did the same": a clause joined to
    the event's that repeats it tells the same event of each country its subject names,
    in the same city (the echoing verb dates it)."""
    out: list[tuple[Token, Actor, list[str]]] = []
    seen = {a.id.split(":")[1] for _, a, _ in found}
    for trigger, actor, _ in found:
        if not actor.id.startswith("embassy:"):
            continue
        city = actor.id.split(":")[2]
        clause = [trigger, *trigger.ancestors]
        verbs = [c for v in clause for c in v.children if c.dep_ == "conj"]
        # ...or the sentence right after, as a whole: "The US embassy urged Americans to
        # leave. Britain issued similar advice later the same day."
        after = trigger.sent.end
        if after < len(trigger.doc):
            verbs.append(trigger.doc[after].sent.root)
        for verb in verbs:
            if verb.pos_ not in ("VERB", "AUX") or not _repeats(verb):
                continue
            subjects = [c for c in verb.children if c.dep_ == "nsubj"]
            words = [t for s in subjects for t in s.subtree]
            for code in _countries_named(words, cfg):
                if code in seen:
                    continue
                seen.add(code)
                name = cfg.embassy_countries[code].name
                place = "" if city == "?" else f" {_title(_today(city, cfg) or city)}"
                out.append((verb, Actor(f"embassy:{code}:{city}", f"{name} Embassy{place}"), []))
    return out


def _repeats(verb: Token) -> bool:
    """ "followed suit", "did the same", "did likewise", "issued similar warnings"."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if verb.lemma_ == "follow" and any(o.lemma_ == "suit" for o in objects):
        return True
    if verb.lemma_ == "do" and any(
        t.lower_ in ("same", "likewise")
        for c in verb.children
        if c.dep_ in ("dobj", "advmod", "npadvmod")
        for t in c.subtree  # ("did the same hours later": read as a time)
    ):
        return True
    return any(
        o.lower_ in ALIKE or any(c.lower_ in ALIKE for c in o.children if c.dep_ == "amod")
        for o in objects
    )


def _mission_subject(trigger: Token, rule: EventRule) -> bool:
    """The subject of the trigger's clause (or of the verb it hangs on) names a mission."""
    verb = trigger
    while not any(c.dep_ == "nsubj" for c in verb.children) and verb.head.i != verb.i:
        verb = verb.head
    nouns = set(rule.actor_nouns)
    return any(
        t.lower_ in nouns or _consular(t)
        for c in verb.children
        if c.dep_ == "nsubj"
        for t in c.subtree
    )


def _own_subject(verb: Token) -> bool:
    """The verb's clause (or the clause it hangs on: "issued advice, telling Britons to
    leave") has a subject of its own, a noun or a name."""
    while not any(c.dep_ == "nsubj" for c in verb.children) and verb.dep_ in ("advcl", "xcomp"):
        verb = verb.head
    return any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in verb.children)


def _label_triggers(sent: Span, rule: EventRule) -> list[Token]:
    """ "US Embassy in X to Americans: leave on any flight", "Security alert from the
    American mission (Aug. 7): citizens should get out": a verbless label naming the
    actor, a colon, and one of `headline_cues` at the head of what follows."""
    # the colon after the mission ("09:40 BST — New guidance from the embassy: ..."
    # is no label at its time stamp)
    named = next((t.i for t in sent if t.lower_ in rule.actor_nouns), sent.start)
    colons = [t for t in sent if t.text.endswith(":")]
    colon = next((t for t in colons if t.i > named), colons[0] if colons else None)
    if not rule.headline_cues or colon is None:
        return []
    label = sent.doc[sent.start : colon.i]
    reach, cues = 7, set(rule.headline_cues)
    finite = [t for t in label if t.tag_ in ("VBD", "VBZ", "VBP")]
    if not finite:
        # "Text alert from the High Commission, Sunday: Britons should remain in their
        # accommodation": any of the rule's cues in the instruction after the colon
        reach, cues = 12, cues | set(rule.cues)
    if finite and _told_message(label, finite, rule):
        # "The embassy's message to Americans, posted on Sunday, was short: anyone near the
        # gates should leave": what the notice was, told after the colon
        reach, cues = 16, cues | set(rule.cues)
    elif finite:
        return []  # "The embassy said: ..." is a clause, not a label
    if not any(t.lower_ in rule.actor_nouns for t in label):
        return []
    for token in sent.doc[colon.i + 1 : min(sent.end, colon.i + reach)]:
        # (the first word after the colon is an imperative whatever its tag: "shelter"; a
        # negation with its verb is a cue of two words: "should not travel")
        verb = token.pos_ in ("VERB", "AUX") or token.i == colon.i + 1 or token.dep_ == "neg"
        if verb and _cue_here(token, sent.end, cues):
            return [token.head if token.dep_ == "neg" else token]  # (the negated verb)
    # the notice's body goes on past its first sentence: "Security message from the
    # consulate, 16 December: protests are expected this week. Avoid crowds." An
    # instruction in the rest of its paragraph (a command, or what people "should" do) is
    # the notice's (not any verb there: "Police told the crowd to leave" is a report)
    cues = set(rule.headline_cues) | set(rule.cues)
    for token in sent.doc[min(sent.end, colon.i + reach) : _paragraph_end(sent.doc, colon.i)]:
        if not token.tag_:
            break  # (a sentence left unparsed)
        told = _command(token) and token.i == token.sent.start or _should(token)
        if told and _cue_here(token, token.sent.end, cues):
            return [token]
    return []


def _cue_here(token: Token, end: int, cues: AbstractSet[str]) -> bool:
    """A cue starts at the token: its word, a pair ("stay put") or a longer phrase."""
    pair = f"{token.lemma_.lower()} {token.nbor().lower_}" if token.i + 1 < end else ""
    ahead = " ".join(t.lower_ for t in token.doc[token.i : min(end, token.i + 4)])
    phrase = any(f"{ahead} ".startswith(f"{c} ") for c in cues if c.count(" ") > 1)
    return bool(_forms(token) & cues) or pair in cues or phrase


def _paragraph_end(doc: Doc, i: int) -> int:
    """The index just past the paragraph that token i is in (its line)."""
    return next((t.i for t in doc[i:] if "\n" in t.text or "\n" in t.whitespace_), len(doc))


def _should(verb: Token) -> bool:
    """ "US citizens should shelter in place": a verb told with "should" or "must" and a
    subject (what people are told to do)."""
    return (
        verb.tag_ == "VB"
        and any(c.dep_ == "aux" and c.lower_ in ("should", "must") for c in verb.children)
        and any(c.dep_ == "nsubj" for c in verb.children)
    )


def _label_instruction(trigger: Token, rule: EventRule) -> bool:
    """ "New guidance from the embassy: citizens should not travel to X": a negated verb
    after a verbless label naming the mission is the notice's instruction (what it tells
    people not to do), not a denial of the notice."""
    sent = trigger.sent
    colon = next((t for t in reversed(sent[: trigger.i - sent.start]) if t.text == ":"), None)
    if colon is None or not any(c.dep_ == "neg" for c in trigger.children):
        return False
    label = sent.doc[sent.start : colon.i]
    finite = any(t.tag_ in ("VBD", "VBZ", "VBP") for t in label)
    return not finite and any(t.lower_ in rule.actor_nouns for t in label)


def _told_message(label: Span, finite: list[Token], rule: EventRule) -> bool:
    """A label whose only verb is "be" with a notice as its subject ("the embassy's security
    alert on Sunday was blunt", "its latest message was short")."""
    notices = {*rule.trigger_nouns, *(n.split()[-1] for n in rule.nouns)}
    subjects = [c for v in finite for c in v.children if c.dep_ == "nsubj"]
    return all(v.lemma_ == "be" for v in finite) and any(
        s.lemma_.lower() in notices for s in subjects
    )


def _phrase_triggers(sent: Span, rule: EventRule) -> list[Token]:
    """ "its diplomats are on their way home", "its staff were on their way home": a phrase
    after an actor noun or one of the rule's cue nouns (its people: staff, team...)."""
    nouns = set(rule.actor_nouns) | {c for c in rule.cues if " " not in c}
    out = []
    words = [t.lower_ for t in sent]
    for phrase in (p.split() for p in rule.subject_phrases):
        for i in range(len(words) - len(phrase) + 1):
            if words[i : i + len(phrase)] == phrase and (
                any(w in nouns for w in words[max(0, i - 4) : i])
                or _subject_names(sent[i].head, nouns)
            ):
                out.append(sent[i])
    return out


def _subject_names(verb: Token, nouns: AbstractSet[str]) -> bool:
    """The verb's subject is one of `nouns`, however long the phrase it heads ("the
    diplomats who were still there are on their way home", "the embassy staff in X")."""
    return any(
        t.lower_ in nouns
        for s in verb.children
        if s.dep_ in ("nsubj", "nsubjpass")
        for t in (s, *(c for c in s.children if c.dep_ in ("compound", "amod")))
    )


def _quote_triggers(sent: Span, rule: EventRule) -> list[Token]:
    """'"Citizens should leave now," the embassy said': a reporting verb whose subject
    is an actor noun and whose fronted quote holds a cue (not the speaker's own staff)."""
    nouns, verbs = set(rule.actor_nouns), set(rule.quote_triggers)
    out = []
    for token in sent:
        if token.pos_ != "VERB" or not _forms(token) & verbs:
            continue
        subjects = [c for c in token.children if c.dep_ == "nsubj"]
        mission = any(t.lower_ in nouns for s in subjects for t in s.subtree)
        if not mission and not (rule.addressees and subjects):
            continue
        for quote in token.children:
            if not _fronted_quote(quote, token):
                continue
            if not mission and not _command(quote):
                continue  # a government's own command to the public only: "Leave now, X said"
            # the subjects of the quote and of its conjuncts: "the embassy has shut down and
            # its staff have left" tells the mission's own acts, no instruction
            clauses = [quote, *(c for c in quote.children if c.dep_ == "conj")]
            speakers = [c for v in clauses for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
            if any(_forms(c) & set(rule.object_veto) or c.lower_ in ("we", "i", "it")
                   for c in speakers):  # fmt: skip
                continue
            text = " " + " ".join(t.lower_ for t in quote.subtree) + " "
            if any(_cue(t, set(rule.cues)) for t in quote.subtree) or any(
                f" {c} " in text for c in rule.cues if " " in c
            ):
                out.append(token)
    return out


def _country_phrases(cfg: EventRules) -> tuple[dict[tuple[str, ...], str], int]:
    """Each sending country's words as token tuples -> its code, and the longest phrase."""

    def build(cfg: EventRules) -> tuple[dict[tuple[str, ...], str], int]:
        table = {
            tuple(phrase.split()): code
            for code, spec in cfg.embassy_countries.items()
            for phrase in spec.words
        }
        return table, max(map(len, table), default=1)

    return _derived(cfg, "country_phrases", build)


def _coordinated(sent: Span, actor: Actor, cfg: EventRules, trigger: Token) -> list[Actor]:
    """The other countries coordinated with the actor's ("the United States and Britain",
    "the Spanish, Italian and Greek embassies"), each with the same city, in the
    trigger's clause or a clause it completes (not "X attacked the French and US
    embassies; the US Embassy told ...")."""
    verbs = [_clause_verb(trigger)]
    while verbs[-1].head.i != verbs[-1].i and (
        verbs[-1].dep_ in ("ccomp", "xcomp", "advcl")
        or verbs[-1].dep_ == "conj"  # "closed their embassies and pulled staff out"
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verbs[-1].children)
    ):
        verbs.append(_clause_verb(verbs[-1].head))
    _, code, city = actor.id.split(":")
    named: dict[int, str] = {}
    words = [t.lower_ for t in sent]
    phrases, longest = _country_phrases(cfg)
    for i in range(len(words)):
        for n in range(1, min(longest, len(words) - i) + 1):
            other = phrases.get(tuple(words[i : i + n]))
            last = sent[i + n - 1]
            # (not an army's: "Belgian and Dutch troops")
            if (
                other is not None
                and last.i not in named  # the longest phrase ending there ("South Korean")
                and sent[i].text[0].isupper()
                and not _describes(last, set(cfg.army_nouns))
                and not _host_in_name(sent[i], cfg)
            ):
                named[last.i] = other

    def root(token: Token) -> Token:
        token = _first_conjunct(token)
        # "the Spanish, Italian and Greek embassies": modifiers of one noun
        return token.head if token.dep_ in ("amod", "compound", "nmod") else token

    groups: dict[int, set[str]] = {}
    for i, other in named.items():
        groups.setdefault(root(sent.doc[i]).i, set()).add(other)
    found = next(
        (
            g
            for i, g in groups.items()
            if code in g and len(g) > 1 and _clause_verb(sent.doc[i]) in verbs
        ),
        set(),
    )
    out = []
    for other in sorted(found - {code}):
        name = cfg.embassy_countries[other].name
        label = " ".join(p for p in (name, "Embassy", _title(city) if city != "?" else "") if p)
        out.append(Actor(f"embassy:{other}:{city}", label))
    return out


def _host_in_name(word: Token, cfg: EventRules) -> bool:
    """A country's name right after a mission noun, as missions name themselves ("US
    Mission South Africa", "Norwegian Mission Ghana"): the host it serves, not its sender."""
    before = word.doc[word.i - 1] if word.i > word.sent.start else None
    return before is not None and before.lower_ in cfg.embassy_nouns and word.is_title


def _inward(token: Token) -> bool:
    """ "closed in on", "flew in": a verb with "in" right after it moves towards."""
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return (
        token.pos_ == "VERB"
        and after is not None
        and after.lower_ == "in"
        and after.head == token
        and after.dep_ in ("prt", "advmod")
    )


def _instructed(token: Token) -> bool:
    """An infinitive (or its conjunct) that a verb of telling governs: "were told to
    destroy files and lower the flag", "asked the mission to close"."""
    verb = _first_conjunct(token)
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and (
        verb.head.lemma_.lower() in INSTRUCTING
    )


def _command(verb: Token) -> bool:
    """A base-form verb with no subject: a command ("Leave now", "Do not travel to X")."""
    return verb.tag_ == "VB" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _shared_passive_subject(token: Token, cues: set[str]) -> bool:
    """ "all of its embassy staff were safe and had been moved out of the compound": a passive
    joined to a verb before it, with no subject of its own, shares that verb's subject
    (round 37: tr015, found when an expelled ambassador no longer stood in for it)."""
    if (
        token.dep_ != "conj"
        or not any(c.dep_ == "auxpass" for c in token.children)
        or any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
    ):
        return False
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and any(_cue(t, cues) for t in c.subtree)
        for c in token.head.children
    )


def _cue_follows(
    sent: Span, token: Token, rule: EventRule, hosts: AbstractSet[str] = frozenset()
) -> bool:
    if rule.elsewhere_preps:
        return _run_from_elsewhere(token, rule)
    if not rule.cues:
        return True
    cues = set(rule.cues)
    if token.dep_ == "amod":
        return False  # "reduced staffing" describes; it does not report an act
    # "its remaining staff moved to the airport": an intransitive verb of moving
    # ("drove overland from X": a path adverb the tagger read as an object)
    # ...and "crossed back into X", "drove back to Y": the path under "back"
    paths = ("to", "from", "out", "into")
    moving = not any(
        c.dep_ == "dobj" and c.lower_ not in PATH_WORDS for c in token.children
    ) and any(
        c.dep_ in ("prep", "prt", "advmod")
        and c.lower_ in paths
        or c.dep_ == "advmod"
        and c.lower_ == "back"
        and any(g.dep_ == "prep" and g.lower_ in paths for g in c.children)
        for c in token.children
    )
    if (leaver := _left_by(token)) is not None:
        heads = [leaver, *leaver.conjuncts]
        words = [*heads, *_shares_of(heads), *(c for h in heads for c in h.children
                                                if c.dep_ == "compound")]  # fmt: skip
        if any(_cue(t, cues) for t in words):
            return True
    if _shared_passive_subject(token, cues):
        return True
    for child in token.children:  # "a small team were moved", "diplomats were flown"
        subject = child.dep_ in ("nsubjpass", "dobj") or moving and child.dep_ == "nsubj"
        if subject and any(_cue(t, cues) for t in child.subtree):
            return True
        if child.dep_ == "nsubjpass" and _phrase_cue(child, rule):
            return True  # "American diplomatic operations in X had been suspended"
        if (
            child.dep_ == "nsubj"
            and token.lemma_.lower() in LOWERING
            and (any(_cue(t, cues) for t in child.subtree) or _phrase_cue(child, rule))
        ):
            return True  # "the Stars and Stripes came down over the chancery"
        if (
            child.dep_ == "nsubj"
            and (token.lemma_.lower() in LEAVING or _boards(token))
            and not any(t.text == ":" for t in token.doc[child.i : token.i])
        ):
            # "the last diplomats left X", "the ambassador and his staff departed": the
            # subject noun itself, its conjuncts and compounds (not "gunmen who attacked
            # the embassy fled", nor a label before a colon: "US Embassy to Americans: leave")
            heads = [child, *child.conjuncts]
            # "the ambassador left the country with his staff": those he leaves with too
            heads += [
                p for w in (token, child) for c in w.children
                if c.dep_ == "prep" and c.lower_ == "with" for p in c.children if p.dep_ == "pobj"
            ]  # fmt: skip
            heads += _shares_of(heads)
            words = [*heads, *(c for h in heads for c in h.children if c.dep_ == "compound")]
            if any(_cue(t, cues) for t in words):
                return True
            if child.lemma_.lower() in ENVOYS and _leaves_country(token, hosts):
                return True  # "its ambassador left for the Dominican Republic"
        if _fronted_quote(child, token):  # "Stay put, the embassy told ..."
            quoted = " " + " ".join(t.lower_ for t in child.subtree) + " "
            # (an act the quote asks for, not one a noun names: "has no intention of
            # evacuating its embassy, the envoy told a radio station")
            if any(_cue(t, cues) and not _under_noun(t, child) for t in child.subtree) or any(
                f" {c} " in quoted for c in rule.cues if " " in c
            ):
                return True
    if token.lemma_.lower() in LEAVING:
        # a verb of leaving whose leavers stand elsewhere: "staff began leaving", "diplomats
        # arrived in Dubai after leaving Tehran", "... and its staff have left Iran"
        heads = [h for c in _carried_leavers(token) for h in (c, *c.conjuncts)]
        heads += _shares_of(heads)
        words = [*heads, *(c for h in heads for c in h.children if c.dep_ == "compound")]
        if any(_cue(t, cues) for t in words):
            return True
    if token.dep_ == "conj" and not any(c.dep_.startswith("nsubj") for c in token.children):
        # "... had been suspended and moved to Doha": the subject of the verb it joins
        subjects = [c for c in token.head.children if c.dep_ == "nsubjpass"]
        if any(_phrase_cue(c, rule) or _cue(c, cues) for c in subjects):
            return True
        if token.lemma_.lower() in LEAVING:
            # "staff burned papers and left for X": the joined verb's subject leaves
            subjects = [c for c in token.head.children if c.dep_ == "nsubj"]
            heads = [h for c in subjects for h in (c, *c.conjuncts)]
            # ...or those it leaves with: "... and Ambassador X left the country with his
            # staff" (a name the parser joined to the clause before)
            heads += [
                p for c in token.children if c.dep_ == "prep" and c.lower_ == "with"
                for p in c.children if p.dep_ == "pobj"
            ]  # fmt: skip
            if any(_cue(h, cues) for h in [*heads, *_shares_of(heads)]):
                return True
    if token.lemma_.lower() == "lift" and not any(c.lower_ == "off" for c in token.children):
        return False  # a helicopter lifting off the embassy roof (not "lifted the ban")
    if token.dep_ == "attr" and token.head.lemma_ == "be":
        # "Stay indoors and avoid the airport: that was Sunday's message from the embassy"
        for child in token.head.children:
            if _fronted_quote(child, token.head) and any(_cue(t, cues) for t in child.subtree):
                return True
    if _moved_out(token, rule):
        return True
    if "home" in cues and token.lemma_.lower() in ARRIVING and _landed_home(token):
        return True  # "Japan's ambassador and embassy staff landed in Tokyo"
    window = sent.doc[token.i + 1 : min(sent.end, token.i + 1 + rule.window)]
    # a semicolon closes the trigger's clause: "as foreign forces withdraw; Australian
    # diplomats will work from elsewhere"
    window = window[: next((t.i - window.start for t in window if t.text == ";"), len(window))]
    text = " " + " ".join(t.lower_ for t in window) + " "  # "to stay indoors." ends a cue too
    # (a hyphenated cue as written: "in-person services", tokenized "in - person")
    text += text.replace(" - ", "-")
    return (
        any(_cue(t, cues) for t in window)
        or any(f" {c} " in text for c in rule.cues if " " in c)
        or _complement_cue(token, cues, token.i + rule.window)
    )


ARRIVING = frozenset({"land", "arrive", "return", "reach", "come", "get", "touch"})
# verbs a leaving is the phase of, done by their own subject ("began leaving"; not
# "planned to leave", "refused to leave": no leaving done)
PHASES = frozenset({"begin", "start", "continue", "finish"})
# words of time before a leaving with no subject ("arrived in Dubai after leaving Tehran")
TIME_PREPS = frozenset({"after", "before", "upon"})


def _carried_leavers(verb: Token) -> list[Token]:
    """Who leaves when the verb of leaving has no subject of its own, or only a pronoun:
    the subject of the verb it is the phase of ("staff began leaving", "started leaving"),
    of the clause a word of time hangs it on ("diplomats arrived in Dubai after leaving
    Tehran", "... after they left Tehran", "Leaving Tehran, the diplomats ..."), or the
    noun right before it that the parser joined to an object ("Britain has closed its
    embassy and its staff have left Iran": "staff" read as a second thing closed)."""
    own = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    head = verb.head

    def subjects(v: Token) -> list[Token]:
        return [c for c in v.children if c.dep_ == "nsubj"]

    if own:
        pronouns = all(c.lower_ in ("they", "he", "she") for c in own)
        return subjects(head) if verb.dep_ == "advcl" and pronouns and head is not verb else []
    if verb.dep_ == "xcomp" and head.lemma_.lower() in PHASES:
        return subjects(head)
    if verb.dep_ == "pcomp" and head.lower_ in TIME_PREPS and head.dep_ == "prep":
        return subjects(head.head)
    if verb.dep_ == "advcl" and verb.tag_ == "VBG":
        return subjects(head)
    before = verb.i - 1
    while before >= 0 and verb.doc[before].dep_ in ("aux", "neg", "advmod"):
        before -= 1
    noun = verb.doc[before] if before >= 0 else None
    # (or hung on the clause before as a bare adverbial: "... in X and its remaining
    # staff left Y on Wednesday", "staff" joined to X)
    joined = verb.dep_ == "conj" or verb.dep_ == "advcl" and verb.tag_ == "VBD"
    if joined and noun is not None and noun.dep_ == "conj" and noun.pos_ == "NOUN":
        return [noun]
    return []


def _landed_home(verb: Token) -> bool:
    """ "Argentina's diplomats ... landed in Buenos Aires", "the last Czech embassy staff
    landed in Prague", "India's ambassador and embassy staff landed in India": people whose
    state the subject names, arriving in that state (its name, or a city the map puts there
    first), are home, as "landed home" says."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    told = " " + " ".join(plain(t.text) for s in subjects for t in s.subtree) + " "
    own = {
        c.code
        for c in world_countries()
        if f" {c.name} " in told or c.adjective and f" {plain(c.adjective)} " in told
    }
    if not own:
        return False
    names = {c.name for c in world_countries() if c.code in own}
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "at", "to", "into"):
            continue
        for place in (c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"):
            words = [t for t in place.subtree if t.i <= place.i and t.pos_ == "PROPN"]
            name = plain(" ".join(t.text for t in words))
            codes = world_cities().get(name, ())
            if name in names or codes and codes[0] in own:
                return True
    return False


STAYING_AWAY = frozenset({"temporarily", "temporary", "now", "meanwhile"})
FOR_NOW = re.compile(r"\b(?:for now|for the time being|for the moment|until further notice)\b")


def _run_from_elsewhere(verb: Token, rule: EventRule) -> bool:
    """ "the embassy will operate from Qatar", "will run the mission from a temporary office
    in Conakry", "its embassy has temporarily relocated to Osaka": the mission (the verb's
    subject or object) works from a named place the sentence names for nothing else (not
    "the embassy in X is working from a hotel in X"). Relocating is a closure only for a
    while ("temporarily", "for now", or after the mission was shut: "suspended its presence
    in X and moved it to Y"), not a move for good ("relocated its embassy to X"). The place
    may be the one a "where" clause hangs on ("were flown to Istanbul, where the embassy
    will work from a temporary office")."""
    nouns = set(rule.actor_nouns)
    # (a conjunct's subject is its head's: "had left X and would carry on their work from Y")
    holders = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    if not any(
        c.dep_ in ("nsubj", "nsubjpass", "dobj") and _mission_held(c, nouns, verb)
        for h in holders
        for s in h.children
        for c in (s, *s.conjuncts)
    ):
        return False
    lemma = verb.lemma_.lower()
    moving = lemma in RELOCATING
    preps = ["to"] if moving else [p for p in rule.elsewhere_preps if p != "to"]
    if moving:
        adverbs = {c.lower_ for c in verb.children if c.dep_ in ("advmod", "amod", "npadvmod")}
        for_now = adverbs & STAYING_AWAY or FOR_NOW.search(verb.sent.text.lower())
        if not (for_now or _after_shut(verb)):
            return False
    sent = verb.sent
    places = [t for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in preps
              for t in prep.subtree]  # fmt: skip
    places += _where_place(verb)
    for place in places:
        # (a city the model tags as no place: "from Conakry")
        named = (
            place.ent_type_ in ("GPE", "LOC")
            or place.ent_type_ in ("", "ORG")
            and (place.pos_ == "PROPN" and place.dep_ == "pobj")
        )
        if not named or place.dep_ == "compound":
            continue
        name = place.lower_
        if sum(t.lower_ == name for t in sent) == 1:
            return True
    return False


# the mission's work named by its kind ("its diplomatic work", "embassy operations")
MISSION_WORK = frozenset({"work", "operation", "presence", "activity"})
MISSION_KINDS = frozenset({"diplomatic", "embassy", "consular", "mission"})
SHUTTING = frozenset({"suspend", "close", "shut", "halt", "end", "cease"})


def _mission_held(noun: Token, nouns: AbstractSet[str], verb: Token) -> bool:
    """The mission a verb of working or moving holds: one of the rule's nouns, its work
    named by its kind ("its diplomatic work would be run from Doha"), or "it" for what a
    verb of shutting it joins held ("suspended its diplomatic presence in X and moved it
    to Y")."""
    if noun.lower_ in nouns:
        return True
    if noun.lemma_.lower() in MISSION_WORK:
        return any(c.dep_ in ("amod", "compound") and c.lower_ in MISSION_KINDS
                   for c in noun.children)  # fmt: skip
    return (
        noun.lower_ in ("it", "them")
        and _after_shut(verb)
        and any(o.dep_ == "dobj" and _mission_held(o, nouns, verb.head) for o in verb.head.children)
    )


def _after_shut(verb: Token) -> bool:
    """A verb joined to one of shutting the mission: "suspended ... and moved it to Y"."""
    return verb.dep_ == "conj" and verb.head.lemma_.lower() in SHUTTING


def _where_place(verb: Token) -> list[Token]:
    """The place a "where" clause the verb tells (or completes) hangs on: "flown to
    Istanbul, where the embassy will work", "Kabul, where diplomats are continuing to work"."""
    clause = verb.head if verb.dep_ == "xcomp" else verb
    if clause.dep_ == "relcl" and any(c.lower_ == "where" for c in clause.children):
        return [clause.head]
    return []


def _run_there(verb: Token, actor: Actor, cfg: EventRules) -> bool:
    """The mission read is the one in the place it is run from (its city, or its country's
    capital): the sentence names no other city for it."""
    city = actor.id.split(":")[-1]
    capitals = {**cfg.capitals, **cfg.world_capitals}
    places = [t.lower_ for p in verb.children if p.dep_ == "prep" for t in p.subtree]
    places += [t.lower_ for t in _where_place(verb)]
    return any(city in (p, capitals.get(p)) for p in places)


def _for_now(verb: Token) -> bool:
    """ "will operate from Qatar for now", "will run the mission from X until order is
    restored": a state that holds from now on for a while, not a plan."""
    until = any(c.lower_ in UNTIL for c in verb.subtree if c.dep_ in ("prep", "mark"))
    # "will work from a temporary office", "will operate temporarily from X"
    passing = any(t.lower_ in ("temporary", "temporarily") for t in verb.subtree)
    return until or passing or bool(FOR_NOW.search(verb.sent.text.lower()))


def _shares_of(heads: list[Token]) -> list[Token]:
    """The people a share names: "most of the staff", "all of the embassy's diplomats",
    "every one of its diplomats", "with the last of his staff"."""
    return [
        o for h in heads
        if h.lower_ in QUANTITIES
        or h.lower_ == "one" and any(c.lower_ in ("every", "each") for c in h.children)
        for p in h.children if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children if o.dep_ == "pobj"
    ]  # fmt: skip


def _phrase_cue(phrase: Token, rule: EventRule) -> bool:
    """One of the rule's cues of several words inside the phrase `phrase` heads."""
    text = " " + " ".join(t.lower_ for t in phrase.subtree) + " "
    return any(f" {c} " in text for c in rule.cues if " " in c)


def _boards(verb: Token) -> bool:
    """ "staff boarded a military flight (out of X)": boarding a craft is leaving."""
    return verb.lemma_.lower() == "board" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in CRAFT for c in verb.children
    )


def _moved_out(verb: Token, rule: EventRule) -> bool:
    """ "moved its embassy from X to Y", "relocated its embassy in X to Y": the mission
    itself moved out of a named place to another (not "moved its embassy to Y")."""
    if verb.lemma_.lower() not in RELOCATING:
        return False
    missions = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    missions = [m for m in missions if m.lemma_.lower() in rule.actor_nouns]
    holders = [verb, *missions]
    preps = {p.lower_: p for h in holders for p in h.children if p.dep_ == "prep"}
    places = {
        name: any(c.dep_ == "pobj" and c.ent_type_ == "GPE" for c in p.children)
        for name, p in preps.items()
    }
    return bool(missions) and (
        places.get("from", False)
        or (places.get("in", False) and places.get("to", False))
        # (an evacuation only: the embassy is shut only when the passage says so)
        or (rule.type == "embassy_evacuation" and _to_airfield(verb))
    )  # "moved its embassy in X to a new building": no move out of X


AIRFIELDS = frozenset({"airport", "airfield", "airbase", "aerodrome", "airstrip"})


def _to_airfield(verb: Token) -> bool:
    """ "moved its embassy to the airport", "to a site at the airport": staff moved to the
    airport of the same city are evacuated (tests/fixtures/README.md, round 19)."""
    for token in verb.subtree:
        if token.lower_ not in AIRFIELDS:
            continue
        node = token
        while node.i != verb.i and node.head.i != node.i:
            if node.dep_ == "prep" and node.lower_ in TOWARDS:
                return True
            node = node.head
    return False


def _leaves_country(verb: Token, hosts: AbstractSet[str] = frozenset()) -> bool:
    """A departure out of the country: "left the country", "left for <a named place>"
    (not "left for talks", "left for the airport"), or out of a capital embassies sit in
    ("left Kabul"; not a visit elsewhere: "left Kandahar")."""
    for child in verb.children:
        if child.dep_ == "dobj" and child.pos_ == "PROPN":
            ent = next((e for e in child.doc.ents if e.start <= child.i < e.end), None)
            if (ent.text if ent is not None else child.text).lower() in hosts:
                return True  # "left Niamey" (whatever type the model gave the name)
        if child.dep_ == "dobj" and child.lemma_.lower() == "country":
            return any(c.lower_ == "the" for c in child.children)
        if (
            child.dep_ == "prep"
            and child.lower_ == "for"
            and any(p.dep_ == "pobj" and p.ent_type_ == "GPE" for p in child.children)
        ):
            return True
    return False


def _complement_cue(token: Token, cues: set[str], beyond: int) -> bool:
    """A cue as the trigger's own infinitive however far it stands: "told Americans
    waiting at the north and east gates of the airport to leave" (no verb with a
    subject of its own between them)."""
    for verb in token.subtree:
        if verb.i <= beyond or verb.pos_ != "VERB" or not _cue(verb, cues):
            continue
        modal = {c.lower_ for c in verb.children if c.dep_ == "aux"} & {"should", "must"}
        if modal and verb.dep_ == "ccomp" and verb.head.i == token.i:
            return True  # "warned that Americans waiting at the gates should leave"
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            continue
        step = verb.head
        while (
            step.i != token.i
            and step.head.i != step.i
            and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in step.children)
        ):
            step = step.head
        if step.i == token.i:
            return True
    return False


def _under_noun(token: Token, top: Token) -> bool:
    """A noun stands between `token` and `top`, its ancestor ("intention of evacuating")."""
    node = token
    while node.i != top.i and node.head.i != node.i:
        node = node.head
        if node.i != top.i and node.pos_ == "NOUN":
            return True
    return False


def _cue(token: Token, cues: set[str]) -> bool:
    """A cue word, or a consular office where a consulate is one ("the consular office in X
    was closed")."""
    return (
        token.lower_ in cues
        or token.lemma_.lower() in cues
        or ("consulate" in cues and _consular(token))
    )


def _noun_trigger(sent: Span, token: Token, rule: EventRule) -> bool:
    """ "issued a security alert": a rule noun as the object of one of its verbs."""
    if not rule.nouns or token.pos_ not in ("VERB", "AUX") and not token.is_title:
        return False
    if not _forms(token) & set(rule.noun_verbs):
        return False
    window = sent.doc[token.i + 1 : min(sent.end, token.i + 10)].text.lower()
    return any(noun in window for noun in rule.nouns) and not _vetoed(sent, token, rule)


ROUND = frozenset({"hundred", "hundreds", "thousand", "thousands", "dozen", "dozens", "score"})


def _vetoed(sent: Span, token: Token, rule: EventRule) -> bool:
    objects: AbstractSet[str] = set(rule.object_veto)
    reach = min(sent.end, token.i + max(rule.window, 12))  # the instruction's own words
    ahead = " " + sent.doc[token.i + 1 : reach].text.lower() + " "
    if any(f" {w}" in ahead for w in rule.object_veto_unless):
        objects = set()  # "staff were told to shelter in place": an alert all the same
    if _from_mission(token, rule):
        # "flew 90 people out of the embassy": whoever they were, it emptied (not
        # "pulled the protesters out of the embassy")
        objects = EJECTED
    for child in token.children:  # "evacuated civilians", "as foreign troops withdraw"
        if child.dep_ not in ("dobj", "nsubjpass", "nsubj", "dative"):
            continue  # (a dative: "expelled two diplomats and sent them home")
        if child.dep_ == "nsubj" and child.lemma_.lower() in rule.sender_nouns:
            continue  # "the British government told its nationals": the teller, not told
        if (
            child.dep_ == "nsubj"
            and any(c.dep_ == "dobj" for c in token.children)
            and token.lemma_.lower() not in LEAVING | {"abandon", "desert"}
        ):
            # "special forces flew the diplomats out": a verb of moving others moves its
            # object (not "protesters left the embassy": the leaver is the subject)
            continue
        # "ordered family members and non-emergency staff to leave"; a notice and what it
        # names: "State Department notice: employees of the embassy are ordered to leave"
        nouns = [child, *(c for c in child.children if c.dep_ in ("conj", "appos"))]
        # "flew 150 of its citizens out": the people a number counts
        # ("to fly hundreds of ethnic Chinese out": a round number's people too)
        nouns += [o for n in nouns if n.pos_ == "NUM" or n.tag_ == "CD" or n.lemma_ in ROUND
                  for p in n.children if p.dep_ == "prep" and p.lower_ == "of"
                  for o in p.children if o.dep_ == "pobj"]  # fmt: skip
        words = [*nouns, *(c for n in nouns for c in n.children if c.dep_ == "compound")]
        if any(_forms(w) & objects for w in words):
            return True
        if (
            "citizen" in objects
            and any(n.ent_type_ == "NORP" and n.pos_ != "ADJ" for n in nouns)
            and not any(
                n.lemma_.lower() in MISSION_PEOPLE or n.ent_type_ == "PERSON" for n in nouns
            )
        ):
            return True  # "flew ethnic Chinese out", "evacuated Germans": a people, citizens
    if not rule.veto:
        return False
    scope = sent.doc[max(sent.start, token.i - 4) : reach]
    # the words apart from punctuation: a veto word may end the sentence ("for talks.")
    spelled = "".join(" " if t.is_punct and t.text != "-" else t.text_with_ws for t in scope)
    # (a possessive as a word of its own: "for King's Day" holds "'s day")
    text = " " + re.sub(r"(\w)['’]s\b", r"\1 's", spelled.lower()) + " "
    if rule.addressees:
        # "told citizens to consider leaving", "to prepare to leave": what the people are
        # told to do, not a plan of the teller
        text = re.sub(r" to (?:consider|prepare|plan)\w*", " to", text)
    return any(f" {v} " in text for v in rule.veto)


def _from_mission(verb: Token, rule: EventRule) -> bool:
    """A verb of moving whose source is the mission itself: "flew people out of the
    embassy", "airlifted them from the consulate" (an evacuation rule without cues)."""
    if rule.type != "embassy_evacuation" or rule.cues:
        return False
    sources = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"]
    sources += [
        of for out in verb.children if out.lower_ == "out" and out.dep_ in ("prep", "prt", "advmod")
        for of in (*out.children, *verb.children) if of.lower_ == "of" and of.dep_ == "prep"
    ]  # fmt: skip
    return any(
        p.dep_ == "pobj" and p.lower_ in rule.actor_nouns for s in sources for p in s.children
    )


NON_ESSENTIAL = re.compile(r"\bnon ?-? ?(?:emergency|essential)\b")


def _nonessential_staff(token: Token) -> bool:
    """ "ordered non-emergency staff to leave X", "non-essential US government staff": staff
    a government calls non-emergency are its mission's (an ordered departure), as its
    "personnel" and "employees" are."""
    if token.lower_ != "staff":
        return False
    doc = token.doc
    before = doc.text[doc[token.left_edge.i].idx : token.idx].lower()
    return NON_ESSENTIAL.search(before) is not None


def _other_commission(token: Token) -> bool:
    """ "commission" that is no high commission ("the electoral commission")."""
    return token.lower_ in ("commission", "commissions") and (
        token.i == 0 or token.doc[token.i - 1].lower_ != "high"
    )


def _government_senders(
    sent: Span, rule: EventRule, cfg: EventRules, context: _Context, trigger: Token
) -> list[Actor]:
    """ "France, Germany and Britain joined Washington in telling their citizens to get
    out of X", "the foreign ministry told Indians to leave": a government (a country's
    name, or a government noun) telling its own people (the trigger's object is one of the
    rule's addressees) speaks for its embassy in the host country the sentence, else the
    article, names ("<Country> Embassy" when none)."""
    people = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    # a phrasal verb's object after its particle: "called on its nationals to leave"
    people += [c for p in trigger.children if p.dep_ == "prep" and p.lower_ in ("on", "upon")
               for c in p.children if c.dep_ == "pobj"]  # fmt: skip
    if (
        trigger.pos_ == "NOUN"
        and trigger.lemma_.lower() in rule.trigger_nouns
        and trigger.dep_ == "dobj"
        and any(c.dep_ == "poss" for c in trigger.children)
    ):
        # a notice's noun the teller gives out as its own: "repeated its advice that all
        # Britons should leave", "renewed its call for Britons to leave" (not "hours after
        # Washington's warning to Americans to leave, Britain told ...")
        people += [s for c in trigger.children if c.dep_ in ("acl", "advcl", "ccomp")
                   for s in c.children if s.dep_ == "nsubj"]  # fmt: skip
        people += [o for p in trigger.children if p.dep_ == "prep" and p.lower_ in ("to", "for")
                   for o in p.children if o.dep_ == "pobj"]  # fmt: skip
    # ...or a country's people by name ("told Chileans in Bolivia to leave")
    people = [p for p in people if _forms(p) & set(rule.addressees) or _people_of(p, cfg)]
    if (
        not people
        and not any(_command(c) and _fronted_quote(c, trigger) for c in trigger.children)
        and not _advised_against_travel(trigger)
        and not _raised_to_top_level(trigger)
    ):
        return []  # no people told, nor a command to the public ("Do not travel to X, ... said")
    verb = trigger
    while not any(c.dep_ == "nsubj" for c in verb.children) and verb.head.i != verb.i:
        verb = verb.head  # "joined X in telling": the subject of the verb it hangs on
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    # a passive's agent tells: "Dutch nationals were told by their government to leave"
    subjects += [p for a in verb.children if a.dep_ == "agent" for p in a.children
                 if p.dep_ == "pobj"]  # fmt: skip
    # (not where the people told are: "Thai nationals in Cambodia")
    where = {t.i for p in people for r in p.children if r.dep_ == "prep" for t in r.subtree}
    told = [t for p in people for t in p.subtree if t.i not in where]
    passive = any(p.dep_ == "nsubjpass" for p in people)
    unnamed = bool(subjects) and all(s.lower_ in ("he", "she") for s in subjects)
    unnamed = unnamed or passive and not subjects
    if unnamed:
        # "Danes in Afghanistan are urged to leave", "She urged Australians there to leave":
        # no sender named, a country's people are told by their own government (not an
        # active verb whose subject the parser lost: "The Foreign Office, remember, told")
        plurals = _derived(cfg, "people_plurals", people_plurals)
        codes = [plurals[name] for p in people if (name := _people_name(p)) in plurals]
        codes = list(dict.fromkeys(codes or _countries_named(told, cfg)))
        if not codes:
            return []
    elif not subjects:
        return []
    else:
        words = [t for s in subjects for t in s.subtree]
        codes = _countries_named(words, cfg)
        named = any(t.ent_type_ == "GPE" and t.pos_ == "PROPN" for t in words)
        official = any(t.lemma_.lower() in rule.sender_nouns for t in words)
        # "Madrid told Spanish nationals to leave": a sending country's capital is its
        # government
        capitals = {spec.capital for spec in cfg.embassy_countries.values() if spec.capital}
        official = official or any(
            s.ent_type_ == "GPE" and plain(s.text) in capitals for s in subjects
        )
        if not official and not (codes and named):
            return []  # "Russian troops told Americans to leave": no government
        # "the foreign ministry told Indians": the people's own government
        codes = codes or _countries_named(told, cfg) or _peoples_countries(people, cfg)
    # "told Spaniards in Zambia to leave": where the people told are is the host
    abroad = [sent.doc[r.i : r.right_edge.i + 1] for p in [*people, trigger] for r in p.children
              if r.dep_ == "prep" and r.lower_ == "in"]  # fmt: skip
    out = []
    for code in codes:
        own = cfg.embassy_countries[code].capital
        city = next((c for span in abroad if (c := _city_in(span, cfg, own))), None)
        # ...or a town of the host ("its nationals in Benghazi": the embassy in Tripoli)
        city = city or next((c for span in abroad if (c := _seat_of_town(span, cfg))), None)
        city = city or _city_in(sent, cfg, own) or _host_city(context.hosts, own)
        if city is None and own and f" {own} " in _words(sent.text):
            continue  # "urged Kenyans to stay indoors as floods swept Nairobi": at home
        name = cfg.embassy_countries[code].name
        if unnamed and (city is None or city == plain(state_capitals().get(plain(name), ""))):
            continue  # no sender named: only people told abroad ("Zambians in Lusaka")
        city = _today(city, cfg)
        label = " ".join(p for p in (name, "Embassy", _title(city) if city else "") if p)
        out.append(Actor(f"embassy:{code}:{city or '?'}", label))
    return out


def _peoples_countries(people: list[Token], cfg: EventRules) -> list[str]:
    """The sending countries whose people the words name ("Ukrainians", "South Koreans")."""
    plurals = _derived(cfg, "people_plurals", people_plurals)
    codes = [plurals[name] for p in people if (name := _people_name(p)) in plurals]
    for p in people:
        word = p.lower_
        if p.text[:1].isupper() and word.endswith("s"):
            codes += [c for c, spec in cfg.embassy_countries.items() if word[:-1] in spec.words]
    return list(dict.fromkeys(codes))


def _advised_against_travel(trigger: Token) -> bool:
    """ "advised against all travel to Lesotho", "warned against non-essential trips to X":
    a government's advice to the public at large."""
    return any(
        p.dep_ == "prep"
        and p.lower_ == "against"
        and any(o.lower_ in TRAVEL_NOUNS or o.lemma_ == "travel" for o in p.children)
        for p in trigger.children
    )


RAISING = frozenset({"raise", "upgrade", "elevate", "lift"})


def _raised_to_top_level(trigger: Token) -> bool:
    """ "raised its travel advisory for Lebanon to Level 4: Do Not Travel", "raised X to its
    highest 'Do Not Travel' level": a government's advice to the public at large."""
    if trigger.lemma_.lower() not in RAISING:
        return False
    return "do not travel" in " ".join(t.lower_ for t in trigger.subtree)


def _seat_of_town(span: Span, cfg: EventRules) -> str | None:
    """The embassy seat of the country a town `span` names is in ("in Benghazi": Tripoli),
    when the world's table of cities gives it one country."""
    seats = _derived(cfg, "seats_by_code", _seats_by_code)
    for token in span:
        if token.pos_ != "PROPN" or token.ent_type_ not in ("GPE", "LOC") or token.dep_ != "pobj":
            continue
        name = plain(
            " ".join(t.text for t in [*token.lefts, token] if t.dep_ == "compound" or t is token)
        )
        codes = world_cities().get(name, ())
        if len(codes) == 1 and (seat := seats.get(codes[0])):
            return seat
    return None


def _seats_by_code(cfg: EventRules) -> dict[str, str]:
    """Each host country's ISO code -> the city its embassies sit in."""
    table = {**cfg.world_capitals, **cfg.capitals}
    return {c.code: table[c.name] for c in world_countries() if c.name in table}


def _people_of(token: Token, cfg: EventRules) -> bool:
    """A capitalised plural of a sending country's adjective: "Chileans", "Ghanaians",
    "South Koreans", and the irregular ones ("Poles", "New Zealanders")."""
    word = token.lower_
    if not token.text[:1].isupper():
        return False
    countries = cfg.embassy_countries.values()
    if word.endswith("s") and any(word[:-1] in spec.words for spec in countries):
        return True
    return _people_name(token) in _derived(cfg, "people_plurals", people_plurals)


def _people_name(token: Token) -> str:
    """A people's plural with the words compounded before it ("south koreans"), lower case."""
    return " ".join([*(t.lower_ for t in token.lefts if t.dep_ == "compound"), token.lower_])


def _people_words(cfg: EventRules) -> frozenset[str]:
    """The last word of each country's people ("koreans" of "South Koreans")."""
    return frozenset(p.split()[-1] for p in people_plurals(cfg))


def _countries_named(tokens: list[Token], cfg: EventRules, owned: bool = True) -> list[str]:
    """The sending countries whose words the tokens spell, in order ("France, Germany and
    Britain", "Britain's foreign secretary"), each once."""
    taken = _owned_nicknames(tokens, cfg) if owned else set()
    words = _words(" ".join("," if t.i in taken else t.text for t in tokens))
    # a country of the world names a sender only as one ("Thailand's foreign ministry",
    # not "its advice against travel to Afghanistan")
    senders = _words(
        " ".join(t.text if _sender_word(t) and t.i not in taken else "," for t in tokens)
    )
    found: list[tuple[int, str]] = []
    # a sending country's capital as the subject or possessor speaks for its government
    # ("Warsaw closed its embassy", "Berlin's decision")
    capitals = {spec.capital: code for code, spec in cfg.embassy_countries.items() if spec.capital}
    for token in tokens:
        if token.ent_type_ == "GPE" and token.dep_ != "compound" and _sender_word(token):
            name = " ".join(t.text for t in token.lefts if t.dep_ == "compound")
            code = capitals.get(plain(f"{name} {token.text}"))
            if code is not None:
                found.append((words.find(f" {_words(token.text).strip()} "), code))
    for code, spec in cfg.embassy_countries.items():
        within = senders if spec.world else words
        at = [within.find(f" {w} ") for w in spec.words if f" {w} " in within]
        at += [within.find(f" {w}s ") for w in spec.words if f" {w}s " in within]
        if at:
            found.append((min(at), code))
    return list(dict.fromkeys(code for _, code in sorted(found)))


def _owned_nicknames(tokens: list[Token], cfg: EventRules) -> set[int]:
    """The words of a ministry's nickname that another country's name owns or qualifies
    ("Germany's Foreign Office", "the Dutch Foreign Office"): that country's ministry, not
    the one the nickname names alone (Whitehall's). Round 37: both were read, a false UK
    alert beside the German one."""
    out: set[int] = set()
    for head in tokens:
        owners = [
            c
            for c in head.children
            if c.i < head.i
            and c.dep_ in ("poss", "amod", "compound", "nmod")
            and _countries_named([c], cfg, owned=False)
        ]
        if not owners:
            continue
        name = [c for c in head.lefts if c.dep_ in ("compound", "amod") and c not in owners]
        nickname = _countries_named([*name, head], cfg, owned=False)
        if nickname and not set(nickname) & set(_countries_named(owners, cfg, owned=False)):
            out |= {t.i for t in (*name, head)}
    return out


def _other_party(mention: Token, trigger: Token) -> bool:
    """`mention` is in a clause conjoined to the trigger's whose own subject is a name."""
    above = {trigger.i, *(t.i for t in trigger.ancestors)}
    node = mention
    while node.i not in above and node.head.i != node.i:
        if node.dep_ == "conj" and node.pos_ in ("VERB", "AUX"):
            subjects = [c for c in node.children if c.dep_ == "nsubj"]
            if any(c.pos_ == "PROPN" and c.i != mention.i for c in subjects):
                return True
        if (
            node.dep_ in ("parataxis", "ccomp")
            and node.pos_ == "VERB"
            and node.head.i in above
            and node.head.i != trigger.i
        ):
            # "US forces flew staff out of the embassy ...; Britain said its diplomats were
            # evacuated": a clause set beside the trigger's report, with a named subject
            subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
            if any(
                mention not in c.subtree
                and (c.pos_ == "PROPN" or any(
                    n.dep_ in ("compound", "nmod") and n.pos_ == "PROPN"
                    or n.dep_ == "amod" and n.ent_type_ in ("NORP", "GPE")
                    for n in c.children
                ))
                for c in subjects
            ):  # fmt: skip
                return True
        if node.dep_ == "advcl" and node.pos_ in ("VERB", "AUX"):
            # "the ministry told Indians to leave, while Italy's minister said its embassy
            # would stay open": an adverbial clause with a speaker of its own
            subjects = [c for c in node.children if c.dep_ == "nsubj"]
            if any(c.pos_ in ("NOUN", "PROPN") and c.i != mention.i for c in subjects):
                return True
        node = node.head
    return False


def _subject_mentions(mentions: list[Token], trigger: Token) -> list[Token]:
    """The mentions in the subject of the trigger's clause (up through the verbs it is an
    object or conjunct of): "the US embassy closed and told its staff to shelter; the
    Italian embassy also shut" tells the US embassy's notice."""
    verb = trigger
    while not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and verb.dep_ in (
        "xcomp", "conj", "ccomp"
    ):  # fmt: skip
        verb = verb.head
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    inside = {t.i for s in subjects for t in s.subtree}
    return [m for m in mentions if m.i in inside]


def _under(token: Token, verb: Token) -> bool:
    """`token` is in `verb`'s own clause or below it, not in a verb conjoined to it."""
    while token.head.i != token.i and token.i != verb.i:
        if token.dep_ == "conj" and token.pos_ in ("VERB", "AUX"):
            return False
        token = token.head
    return token.i == verb.i


def _embassy_actor(
    sent: Span,
    mention: Token,
    cfg: EventRules,
    context: Actor | None,
    hosts: _Hosts | None = None,
) -> Actor:
    """Country and city of the embassy: next to the mention, else anywhere in the
    sentence ("Britain's ambassador ... from the embassy", "evacuated from Sudan"),
    else the article's first full embassy mention, else the capital of the host
    country the article is about. An article whose host cannot be told keeps the
    city unknown ("embassy:us:?"). Never the sending country's own capital."""
    code, city = _embassy_parts(mention, cfg)
    if code is None:
        code = _possessor_country(mention, cfg) or _nearest_country(sent, mention, cfg)
        if code and city and cfg.embassy_countries[code].capital == city:
            # "the Czech diplomats and their Afghan interpreters ..., and the embassy in
            # Kabul is closed": no mission is in its own capital, so another country named
            # is the sender (where one is: "Moscow said its embassy" is Moscow's)
            code = _nearest_country(sent, mention, cfg, frozenset({code})) or code
    own = cfg.embassy_countries[code].capital if code else None
    if city == own:
        city = None  # "Moscow said its embassy ...": the sender, not the host
    if city is None:
        city = _filed_from(mention, sent, cfg, own)
    if city is None:
        city = _city_in(sent, cfg, own)
        if _inferred_elsewhere(city, sent, mention, code, context):
            city = None  # "the Embassy advises ... the border with Azerbaijan": the notice's
    if city is None and context is not None and context.id.startswith("embassy:?:"):
        # "lifted off the embassy roof in X, ending the Portuguese diplomatic presence": the
        # article's one mission city, named with no country
        city = None if context.id.endswith(":?") else context.id.split(":")[2]
    if city is None and (
        context is None or context.id.endswith(":?") or code not in (None, context.id.split(":")[1])
    ):
        # no context gives a city; a consulate is in no capital by default
        city = _host_city(hosts, own, _mission(mention) == "Embassy") if hosts else None
    if context is not None:
        ctx_code, ctx_city = context.id.split(":")[1:3]
        if code in (None, ctx_code) and city in (None, ctx_city):
            return _consulate_placed(context, mention.doc, cfg)
        if code is None and ctx_code != "?" and ctx_city == "?":
            # "Japanese embassy staff in X were flown out. The embassy has been closed": the
            # article's mission, whose country is known and whose city only this one tells
            # (not where the article's mission has another city: another country's, then)
            code = ctx_code
    name = cfg.embassy_countries[code].name if code else ""
    city = _today(city, cfg)
    kind = "Consulate" if _consulate_town(mention, city, cfg) else _mission(mention)
    label = " ".join(p for p in (name, kind, _title(city) if city else "") if p)
    return _consulate_placed(Actor(f"embassy:{code or '?'}:{city or '?'}", label), mention.doc, cfg)


def _inferred_elsewhere(
    city: str | None, sent: Span, mention: Token, code: str | None, context: Actor | None
) -> bool:
    """A bare "the Embassy" given a city only from a country the sentence names ("fighting
    along the border with Azerbaijan"), in an article about one sender's mission whose
    city the parse of its heading left unknown ("Security Alert - U.S. Embassy Yerevan"):
    the article's hosts place it, not that country."""
    if city is None or context is None or f" {city} " in _words(sent.text):
        return False
    ctx_code, ctx_city = context.id.split(":")[1:3]
    bare = not any(c.dep_ in ("compound", "amod", "poss", "prep") for c in mention.children)
    return bare and ctx_city == "?" and code in (None, ctx_code)


def _consulate_placed(actor: Actor, doc: Doc, cfg: EventRules) -> Actor:
    """A mission of known country and unknown city, placed from the passage: a consulate in
    the city `_consulate_city` reads, an embassy in the capital of the dateline city's
    country (the actor itself where neither is read)."""
    code, city = actor.id.split(":")[1:3]
    if code == "?" or city != "?":
        return actor
    own = cfg.embassy_countries[code].capital
    if actor.name.endswith("Consulate"):
        found = _today(_consulate_city(doc, cfg, own), cfg)
    elif actor.name.endswith("Embassy"):
        found = _today(_dateline_seat(doc, cfg, own), cfg)
    else:
        return actor
    return Actor(f"embassy:{code}:{found}", f"{actor.name} {_title(found)}") if found else actor


def _dateline_seat(doc: Doc, cfg: EventRules, own: str | None) -> str | None:
    """ "MOMBASA, May 16 — The US embassy warned ...": the capital of the country whose city
    (its largest of the name) the dateline names, where the sender's own land is not it."""
    filed = _dateline_city(doc, cfg, tagged=False)
    codes = world_cities().get(plain(filed)) if filed else None
    if not codes:
        return None
    country = countries_by_code().get(codes[0])
    if country is None or not country.capital or country.capital == own:
        return None
    seat = cfg.embassy_seats.get(country.name.lower(), country.capital)
    return seat or None


def _filed_from(mention: Token, sent: Span, cfg: EventRules, own: str | None) -> str | None:
    """ "PORTO ALEGRE, Brazil — The US consulate here ...", "CEBU — ... at the Japanese
    consulate ... the mission closed": a consulate the story names with no city of its
    own is in the dateline's city (not the sender's capital, nor any capital: consulates
    sit outside them). An embassy is left to `_city_in` (a dateline in a capital may be a
    regional bureau's)."""
    consulate = _mission(mention) == "Consulate" or (
        mention.lower_ == "mission" and any(t.lower_ == "consulate" for t in sent)
    )
    filed = _dateline_city(mention.doc, cfg, tagged=False) if consulate else None
    if filed is None or filed.lower() == own:
        return None
    seats = {*cfg.embassy_cities, *cfg.world_cities, *cfg.capitals.values()}
    return None if filed.lower() in seats else filed.lower()


RELATED_LINE = re.compile(
    r"^\s*(?:related|see also|read more|more on this|also read)\b", re.I | re.M
)


def _consulate_city(doc: Doc, cfg: EventRules, own: str | None) -> str | None:
    """ "Looting spread through X overnight. The US consulate closed", "Consulate shuts as
    unrest grips X": a consulate the passage names with no city is in the one city the
    passage names (headline and all, not a related story's line) that is no country's
    capital nor a country's name; none where it names two such cities."""
    seats = {*cfg.embassy_cities, *cfg.world_cities, *cfg.capitals.values()}
    related = RELATED_LINE.search(doc.text)
    end = related.start() if related else len(doc.text)
    countries = {*cfg.countries, *cfg.capitals, *cfg.world_capitals}
    countries |= {w for spec in cfg.embassy_countries.values() for w in spec.words}
    found: set[str] = set()
    for run in _name_runs(doc):
        if run[0].idx >= end or _destination(run[-1]) and run[-1].head.head.pos_ == "VERB":
            continue  # (not where people went: "flown to X"; "the roads into X" is X's)
        if _land_of_office(run[0]):
            continue  # "the governor of Balkh", "the capital of North Kivu": a land, no city
        i = 0
        # (up to three words, and the hyphens and particles between them)
        reach = 3 + 2 * sum(t.text == "-" for t in run)
        while i < len(run):  # the longest name at each word ("Porto Alegre", not "Porto")
            for j in range(min(len(run), i + reach), i, -1):
                name = plain(doc[run[i].i : run[j - 1].i + 1].text)
                person = any(t.ent_type_ == "PERSON" for t in run[i:j])
                if person and not _whole_entity(run[i:j]):
                    continue  # part of a person's name ("Victoria Lane"), not a city's
                if name in seats or name in countries or _big_city(name):
                    if name not in seats and name not in countries and name != own:
                        found.add(name)
                    break
            i = j
    return found.pop() if len(found) == 1 else None


# nouns whose "of X" names a land a city lies in, not the city
LAND_HOLDERS = frozenset({"governor", "province", "region", "state", "capital", "district"})


def _land_of_office(name: Token) -> bool:
    """ "the governor of Balkh", "the capital of North Kivu": the name (its first word)
    right after "of" on an office or a land's noun is a province, however the map knows it."""
    # (read over the words: a sentence the candidate finder left unparsed has no tree)
    words = [t.lower_ for t in name.doc[max(0, name.i - 2) : name.i]]
    return len(words) == 2 and words[1] == "of" and words[0] in LAND_HOLDERS


CITY_POPULATION = 100_000  # a city a consulate may sit in, not a hamlet sharing a word's name


def _whole_entity(tokens: list[Token]) -> bool:
    """`tokens` are one named entity, whole ("Porto Alegre" the tagger took for a person's
    name, not "Victoria" of "Victoria Lane")."""
    first, last = tokens[0], tokens[-1]
    doc = first.doc
    return (
        first.ent_iob_ == "B"
        and all(t.ent_iob_ == "I" for t in tokens[1:])
        and (last.i + 1 == len(doc) or doc[last.i + 1].ent_iob_ != "I")
    )


def _big_city(name: str) -> bool:
    """A city of the world's table with at least `CITY_POPULATION` people (a name the table
    knows only as a large city's other name, "Basra", counts)."""
    sizes = city_sizes(name)
    return max(sizes.values()) >= CITY_POPULATION if sizes else name in world_cities()


def _name_runs(doc: Doc) -> list[list[Token]]:
    """The runs of capitalised names in `doc` (no day's), each whole ("Porto Alegre", "US
    Consulate General Kisangani"); a sentence the candidate finder left unparsed counts its
    capitalised words."""
    runs: list[list[Token]] = []
    for token in doc:
        name = token.pos_ in ("PROPN", "") and token.is_alpha and token.text[:1].isupper()
        before = doc[token.i - 1] if token.i else None
        # a hyphenated name goes on through its hyphens and particles ("Mazar-i-Sharif",
        # "Pul-e-Khumri", "Port-au-Prince"), the words written together
        joined = (
            runs
            and before is not None
            and runs[-1][-1].i == before.i
            and not before.whitespace_
            and (token.text == "-" or before.text == "-" and token.is_alpha)
        )
        if joined:
            runs[-1].append(token)
            continue
        if not name or token.ent_type_ in ("DATE", "TIME"):
            continue
        if runs and runs[-1][-1].i == token.i - 1:
            runs[-1].append(token)
        else:
            runs.append([token])
    return runs


def _consulate_town(mention: Token, city: str | None, cfg: EventRules) -> bool:
    """ "The remaining American personnel in Benghazi were flown out ... The consulate
    compound was left gutted": staff in a town that is no country's embassy seat, in an
    article that names a consulate, are that consulate's (embassies sit in seats)."""
    if city is None or mention.lower_ in ("embassy", "embassies", "consulate", "consulates"):
        return False
    seats = {*cfg.embassy_cities, *cfg.world_cities, *cfg.capitals.values()}
    return (
        city not in seats
        and city in world_cities()
        and any(t.lower_ in ("consulate", "consulates") for t in mention.doc)
    )


def _possessor_country(mention: Token, cfg: EventRules) -> str | None:
    """ "The State Department said it was relocating its embassy": a possessive pronoun
    on the mission points back to the subject of the clauses above it, whose country
    word (the only one) sends the embassy."""
    phrase = mention.head if mention.dep_ == "compound" else mention
    if not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in phrase.children):
        return None
    for verb in phrase.ancestors:
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if any(phrase in c.subtree for c in subjects):
            continue  # the phrase itself: "Seoul said its diplomats had left X": Seoul's
        named = [s for s in subjects if s.pos_ != "PRON"]
        if named:
            codes = _countries_named([t for s in named for t in s.subtree], cfg)
            return codes[0] if len(codes) == 1 else None
        if not subjects and verb.pos_ in ("VERB", "AUX"):
            return None  # (through "most of its staff" to the verb)
    return None


def _mission_before(sent: Span, trigger: Token, cfg: EventRules, context: _Context) -> Actor | None:
    """ "X closed its embassy in Y on Saturday. Its staff were flown out the same day", "The
    embassy in Y told citizens to leave. It closed hours later": "it" or "its" as the
    trigger's subject or object (or their possessor), in a sentence naming no mission,
    points back to the one mission the sentence before names."""
    if sent.start == 0 or any(_forms(t) & set(cfg.embassy_nouns) for t in sent):
        return None
    args = [c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    pronouns = [a for a in args if a.lower_ == "it"]
    pronouns += [c for a in args for c in a.children if c.dep_ == "poss" and c.lower_ == "its"]
    if not pronouns:
        return None
    before = sent.doc[sent.start - 1].sent
    mentions = [t for t in before if t.lower_ in cfg.embassy_nouns and t.lower_ != "embassies"]
    actors = {a.id: a for m in mentions if (a := _embassy_at(m, cfg)) is not None}
    if len(actors) != 1:
        return None
    (mention,) = mentions[:1]
    actor = _embassy_actor(before, mention, cfg, context.embassy, context.hosts)
    return None if actor.id.startswith("embassy:?") else actor


def _listed_missions(sent: Span, actor: Actor, cfg: EventRules) -> list[Actor]:
    """ "closed its embassies in A, B and C": the same country's mission in each city
    listed with the actor's own after a mission's "in"."""
    code, city = actor.id.split(":")[1:3]
    if code == "?" or city == "?":
        return []
    known = {*cfg.embassy_cities, *cfg.world_cities}
    out: list[Actor] = []
    for prep in sent:
        if prep.lower_ != "in" or not _forms(prep.head) & set(cfg.embassy_nouns):
            continue
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            names = [obj, *obj.conjuncts]
            cities = [
                plain(" ".join(t.text for t in (*(c for c in n.lefts if c.dep_ == "compound"), n)))
                for n in names
                if n.pos_ == "PROPN"
            ]
            # "its embassies in Togo and Benin": each country's seat
            seats = {**cfg.capitals, **cfg.world_capitals}
            cities = [seats.get(c, c) for c in cities]
            if city not in cities or not all(c in known for c in cities):
                continue
            name = cfg.embassy_countries[code].name
            for other in map(lambda c: _today(c, cfg) or c, cities):
                if other != city:
                    label = f"{name} {_mission(prep.head)} {_title(other)}"
                    out.append(Actor(f"embassy:{code}:{other}", label))
    return out


def _conjoined_missions(trigger: Token, actor: Actor, cfg: EventRules) -> list[Actor]:
    """ "The US embassy and the consulate in X were shut", "the embassy in Y and the consulate
    in Z all closed": each other mission conjoined in the subject of the trigger's clause,
    the actor's country's, in the city its own "in" names (an embassy with none: the
    dateline's, when that is a capital)."""
    code = actor.id.split(":")[1]
    if code == "?":
        return []
    verb = _clause_verb(trigger)
    mentions = [
        m
        for s in verb.children
        if s.dep_ in ("nsubj", "nsubjpass")
        # (the parser may hang the second on the first one's city: "in X and the consulate")
        for m in s.subtree
        if (m.i == s.i or m.dep_ == "conj")
        and (m.lower_ in ("embassy", "consulate") or _consular(m))
    ]
    seats = {*cfg.embassy_cities, *cfg.capitals.values()}
    out: list[Actor] = []
    for mention in mentions if len(mentions) > 1 else []:
        country, city = _embassy_parts(mention, cfg)
        if country not in (None, code):
            continue
        if city is None and _mission(mention) == "Embassy":
            filed = _dateline_city(mention.doc, cfg, tagged=False)
            city = filed.lower() if filed and filed.lower() in seats else None
        city = _today(city, cfg) if city else None
        if city and f"embassy:{code}:{city}" != actor.id:
            label = f"{cfg.embassy_countries[code].name} {_mission(mention)} {_title(city)}"
            out.append(Actor(f"embassy:{code}:{city}", label))
    return out


def _counted_missions(sent: Span, actor: Actor, cfg: EventRules) -> list[Actor]:
    """ "Washington shut 21 embassies and consulates across the region, its missions in A, B
    and C among them": missions counted by a number are no one city's; those the sentence
    names by city ("missions in A, B and C") are the ones it tells of."""
    code = actor.id.split(":")[1]
    if code == "?":
        return []
    nouns = set(cfg.embassy_nouns) | {"missions", "consulates"}
    if not any(t.lower_ in nouns and any(c.dep_ == "nummod" for c in t.children) for t in sent):
        return []
    known = {*cfg.embassy_cities, *cfg.world_cities}
    for prep in sent:
        if prep.lower_ != "in" or prep.head.lower_ not in nouns or prep.head.lower_[-1] != "s":
            continue
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            cities = [
                plain(" ".join(t.text for t in (*(c for c in n.lefts if c.dep_ == "compound"), n)))
                for n in (obj, *obj.conjuncts)
            ]
            # (a consulate's city need be no capital: "its consulates in Jeddah and Adana")
            consulates = prep.head.lower_ == "consulates"
            if len(cities) > 1 and all(c in known or consulates and city_states(c) for c in cities):
                name = cfg.embassy_countries[code].name
                return [
                    Actor(f"embassy:{code}:{c}", f"{name} {_mission(prep.head)} {_title(c)}")
                    for c in (_today(c, cfg) or c for c in cities)
                ]
    return []


def _mission(mention: Token) -> str:
    """ "Consulate" for a consulate ("its consulate in X", "the US consular office in Y": the
    mission named as it is), else "Embassy"."""
    consulate = mention.lower_ in ("consulate", "consulates") or _consular(mention)
    return "Consulate" if consulate else "Embassy"


# the ranks of a high commission's posts outside the capital, a consulate's rank
COMMISSION_RANKS = frozenset({"deputy", "assistant"})


def _consular(token: Token) -> bool:
    """ "the US consular office in X", "consular posts": a consulate named by what it does;
    "its deputy high commission in X", "the assistant high commission": a high commission's
    post outside the capital, of a consulate's rank (tests/fixtures/README.md)."""
    modifiers = [c.lower_ for c in token.lefts if c.dep_ in ("amod", "compound", "nmod")]
    if token.lower_ in ("commission", "commissions"):
        return "high" in modifiers and bool(COMMISSION_RANKS & set(modifiers))
    return token.lower_ in ("office", "offices", "post", "posts", "agency") and (
        "consular" in modifiers
    )


def _embassy_parts(mention: Token, cfg: EventRules) -> tuple[str | None, str | None]:
    doc = mention.doc
    start = max(mention.sent.start, mention.i - 4)
    # (a language is no sender: "issued in French, that the embassy ...")
    before = _words(
        " ".join(
            "," if _languages(t) or _place_owned(t) else t.text for t in doc[start : mention.i]
        )
    )
    country = None
    # a country of the world only in the mission's own words ("the Danish embassy",
    # "Denmark's mission"; not "its Afghanistan mission", nor "left Ethiopia, and the embassy")
    owned = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in mention.children)
    # (each modifier whole: "the New Zealand High Commission")
    own = _words(
        " ".join(t.text for m in mention.lefts for t in m.subtree if not owned and t.i >= start)
    )
    nearest = -1
    for code, spec in cfg.embassy_countries.items():
        within = own if spec.world else before
        at = [within.rfind(f" {w}{s} ") for w in spec.words for s in ("", "s")]
        if max(at) > nearest:
            # "the American embassy", "the Americans shuttered their mission"; the word
            # nearest the mission ("China closed the US consulate")
            country, nearest = code, max(at)
    end = min(len(doc), mention.i + 4)
    # "the Consulate General of India", "the Consulate-General of Japan": the title's rest
    first = mention.i + 1
    while first < min(len(doc), mention.i + 3) and doc[first].lower_ in ("-", "general"):
        first += 1
    first = first if first > mention.i + 1 and doc[first - 1].lower_ == "general" else mention.i + 1
    if country is None and first + 1 < len(doc) and doc[first].lower_ == "of":
        # "the embassy of Spain in Malabo": the sender after "of"
        stop = first + 1
        while stop < min(len(doc), first + 4) and doc[stop].pos_ in ("PROPN", "DET"):
            stop += 1
        named = _words(doc[first + 1 : stop].text)
        for code, spec in cfg.embassy_countries.items():
            if stop > first + 1 and any(f" {w} " in named for w in spec.words):
                country = code
        if country is not None:
            # "... of Spain in Malabo", "... of the United States with seat in Hermosillo",
            # "... of Japan based in Osaka": the "in" a few words on, no verb between
            while (
                stop + 1 < min(len(doc), first + 8)
                and doc[stop].lower_ != "in"
                and doc[stop].pos_ not in ("VERB", "AUX", "PUNCT")
                and any(t.lower_ == "in" for t in doc[stop + 1 : stop + 3])
            ):
                stop += 1
            names = doc[stop + 1 : stop + 4]
            if stop < len(doc) and doc[stop].lower_ == "in" and names and names[0].pos_ == "PROPN":
                words = []
                for t in names:  # the name's own words ("La Paz"), not "Malabo on Sunday"
                    if t.pos_ != "PROPN" or t.ent_type_ == "DATE":
                        break
                    words.append(t.text_with_ws)
                    if t.whitespace_:
                        continue
                    # ...hyphens and all ("Mazar-i-Sharif")
                    while t.i + 2 < len(doc) and doc[t.i + 1].text == "-" and not t.whitespace_:
                        words.append("".join(w.text_with_ws for w in doc[t.i + 1 : t.i + 3]))
                        t = doc[t.i + 2]
                    break
                return country, plain("".join(words).strip())
    # "the US Consulate General in Matamoros": the place after the title's rest
    end = max(end, min(len(doc), first + 3))
    while end < len(doc) and not doc[end - 1].whitespace_:
        end += 1  # the whole of "Port-au-Prince"
    following = doc[first:end]
    after = _words(following.text)
    # (a city before the mission only in its own phrase: "the Hanoi embassy", not "the
    # embassy in Islamabad and the consulate in Peshawar")
    joint = max(
        (t.i + 1 for t in doc[start : mention.i] if t.lower_ in ("and", "or", ",")), default=0
    )
    near = _words(" ".join(t.text for t in doc[max(start, joint) : mention.i]))
    city = next((c for c in cfg.embassy_cities if f" {c} " in after or f" {c} " in near), None)
    if city is None:  # "the US Embassy in Saigon", "the Hanoi embassy", "the embassy roof in X"
        city = next(iter(_world_cities_in(doc[start:end], cfg, mention)), None)
    if city is None and after.startswith(" in "):  # "the embassy in Libya", "in South Sudan"
        table = {**cfg.capitals, **cfg.world_capitals}
        # (the whole name, past the mention's window: "in Trinidad and Tobago")
        rest = _words(doc[first : mention.sent.end].text)
        city = next(
            (c for w, c in table.items() if rest.startswith((f" in {w} ", f" in the {w} "))), None
        )
    if city is None and mention.lower_ in ENVOYS and after.startswith(" to "):
        # "the Norwegian ambassador to Madagascar": the country he is posted to
        table = {**cfg.capitals, **cfg.world_capitals}
        city = next((c for w, c in table.items() if after.startswith(f" to {w} ")), None)
    if (
        len(following) > 2
        and mention.dep_ == "compound"
        and following[0].i == mention.head.i
        and following[1].lower_ == "in"
        and following[2].ent_type_ in ("GPE", "")
        and not (following[2].i + 1 < len(doc) and doc[following[2].i + 1].pos_ == "PROPN")
    ):
        # "the embassy roof in X": a one-word place (not a district: "the embassy compound
        # in Wazir Akbar Khan")
        following = following[1:]
    if (
        city is None
        and len(following) > 1
        and following[0].lower_ == "in"
        and following[1].pos_ == "PROPN"
        and following[1].lower_ not in cfg.countries
    ):
        # "the embassy in Aldmere", the whole of a hyphenated name ("in Mazar-i-Sharif")
        last = following[1].i
        while (
            not doc[last].whitespace_
            and last + 2 < len(doc)
            and doc[last + 1].text == "-"
            and doc[last + 2].is_alpha
        ):
            last += 2
        # ...and of a name of several words ("in Port of Spain", "in St Petersburg on X")
        rest = _words(doc[following[1].i : mention.sent.end].text)
        long = next((c for c in _long_city_names(cfg) if rest.startswith(f" {c} ")), None)
        while long is None and last + 1 < mention.sent.end and _name_goes_on(doc[last + 1]):
            last += 1
        city = long or doc[following[1].i : last + 1].text.lower()
        name = doc[following[1].i : last + 1]
        if long is None and len(name) > 2 and any(t.ent_type_ == "PERSON" for t in name):
            city = None  # a long name read as a person's is a district's ("Wazir Akbar Khan")
    if city is None and following and following[0].lower_ == "there":
        city = _place_before(mention, cfg)  # "flew out of X for staff of its consulate there"
    if (
        city is None
        and len(following) > 2
        and following[0].lower_ == "in"
        and following[1].lower_ == "the"
        and following[2].lemma_.lower() in cfg.city_nouns
    ):
        city = _place_before(mention, cfg)  # "attacks in X, and the consulate in the city"
    return country, city


def _name_goes_on(token: Token) -> bool:
    """The next word of a place's name: a proper name, no day ("St Petersburg", not
    "Dakar Sunday")."""
    return token.pos_ == "PROPN" and token.ent_type_ not in ("DATE", "TIME") and token.is_title


def _place_before(token: Token, cfg: EventRules) -> str | None:
    """The last place named before `token` in its sentence, whole ("Pul-e-Khumri")."""
    for before in reversed(token.doc[token.sent.start : token.i]):
        place = before.ent_type_ in ("GPE", "LOC") or (
            before.pos_ == "PROPN" and before.dep_ == "pobj" and not before.ent_type_
        )
        if not place or before.dep_ == "compound":
            continue
        name = token.doc[before.left_edge.i : before.i + 1]
        if all(t.pos_ == "PROPN" or t.is_punct for t in name):
            words = name.text.lower()
            if words not in cfg.countries and not any(
                words in spec.words for spec in cfg.embassy_countries.values()
            ):
                return words
        return None
    return None


def _nearest_country(
    sent: Span, mention: Token, cfg: EventRules, hosts: AbstractSet[str] = frozenset()
) -> str | None:
    best: tuple[int, str] | None = None
    chain = [mention, *mention.ancestors]
    words = [t.lower_ for t in sent]
    in_city = _in_city_names(sent, cfg)
    capitals = {spec.capital: code for code, spec in cfg.embassy_countries.items()}
    capital_names = frozenset(c for c in capitals if c)
    # a country's phrase inside another's longer one is the longer one's ("Federal Foreign
    # Office" is Germany's, not the "Foreign Office" of Whitehall)
    spans = [
        (i, i + len(p.split()))
        for spec in cfg.embassy_countries.values()
        for p in spec.words
        for i in range(len(words))
        if words[i : i + len(p.split())] == p.split()
    ]
    for code, spec in cfg.embassy_countries.items():
        if code in hosts:
            continue
        for phrase in spec.words:
            parts = phrase.split()
            plural = [*parts[:-1], parts[-1] + "s"]  # "Americans", "Canadians"
            for i in range(len(words) - len(parts) + 1):
                if words[i : i + len(parts)] in (parts, plural) and sent[i].text[0].isupper():
                    end = i + len(parts)
                    if any(a <= i and end <= b and b - a > end - i for a, b in spans):
                        continue
                    if sent[i].i in in_city:
                        continue  # "in Port of Spain": a city's name, no country's
                    if sent[i + len(parts) - 1].head.lower_ in NOT_WHOSE:
                        continue  # "near the Polish border", "as Russian troops massed"
                    craft = sent[i + len(parts) - 1].head
                    if craft.lemma_.lower() in CRAFT - {"evacuation"} and craft.dep_ == "pobj":
                        continue  # "aboard a British military plane": its carrier's, no sender
                    if _languages(sent[i + len(parts) - 1]):
                        continue  # "a statement issued in French": a language, no sender
                    if _place_owned(sent[i + len(parts) - 1], capital_names):
                        continue  # "Berlin's Foreign Office": the possessor's, not Whitehall
                    if sent[i].i > mention.i and any(
                        t.text == ";" for t in sent.doc[mention.i : sent[i].i]
                    ):
                        continue  # "the embassy has closed; Belgian soldiers guard the airport"
                    if spec.world and not _sender_word(sent[i + len(parts) - 1]):
                        continue  # "staff at the embassy fled Sudan": the host, not whose
                    if _host_in_name(sent[i], cfg):
                        continue  # "US Mission South Africa": a mission's name, its host after
                    # a country whose clause governs the mention first ("Britain said it
                    # had withdrawn its diplomatic staff; France said ...")
                    verb = _clause_verb(sent[i])
                    if (
                        sent[i].i > mention.i
                        and verb not in chain
                        and verb.dep_ == "conj"
                        and sent[i + len(parts) - 1].dep_ == "nsubj"
                    ):
                        continue  # "the embassy will remain closed, and Iraq has told ...":
                        # the doer of the next act, not the mission's sender
                    depth = chain.index(verb) if verb in chain else len(chain)
                    distance = depth * 1000 + abs(sent[i].i - mention.i)
                    if sent[i].i > mention.i:
                        distance += 500  # "the embassy" points back to a country named before
                    if best is None or distance < best[0]:
                        best = (distance, code)
    if best is None:
        # "Berlin's Foreign Office says the embassy ...": a sending country's capital that
        # owns or says something speaks for its government
        for token in sent:
            owner = capitals.get(plain(token.text))
            # ("Foreign Office Berlin communicates": the capital headed by the nickname)
            named = token.ent_type_ == "GPE" or any(c.dep_ == "compound" for c in token.children)
            if token.dep_ in ("poss", "nsubj") and named and owner:
                return owner
    return best[1] if best else None


def _place_owned(word: Token, capitals: AbstractSet[str] = frozenset()) -> bool:
    """A word of a phrase a place owns ("Berlin's Foreign Office") or a sending country's
    capital heads ("Foreign Office Berlin"): the place's, not a ministry nickname's."""
    head = word.head if word.dep_ == "compound" else word
    if word.dep_ == "compound" and plain(head.text) in capitals:
        return True  # "Foreign Office Berlin communicates"
    return any(c.dep_ == "poss" and c.ent_type_ == "GPE" for c in head.children)


def _languages(word: Token) -> bool:
    """ "in French", "from Portuguese": a people's adjective alone after a preposition of
    speech names its language."""
    return (
        word.dep_ == "pobj"
        and word.head.lower_ in ("in", "from", "into")
        and word.pos_ in ("PROPN", "ADJ", "NOUN")
        and word.ent_type_ != "GPE"  # "in France", "in Taiwan": a place
        and word.lower_.endswith(("ish", "ese", "ch", "an", "ic", "i"))
        and not any(c.dep_ == "det" for c in word.children)
    )


def _in_city_names(sent: Span, cfg: EventRules) -> set[int]:
    """The tokens inside the name of a city of several words ("Port of Spain", "Kuwait
    City") that holds a country's word."""
    text = _folded(sent.text).lower()
    out: set[int] = set()
    for found in _default_words(_long_city_names(cfg)).finditer(text):
        name = sent.char_span(found.start(), found.end(), alignment_mode="expand")
        if name is not None:
            out.update(t.i for t in name)
    return out


def _long_city_names(cfg: EventRules) -> tuple[str, ...]:
    def build(cfg: EventRules) -> tuple[str, ...]:
        cities = {*cfg.embassy_cities, *cfg.world_cities}
        return tuple(sorted((c for c in cities if " " in c), key=len, reverse=True))

    return _derived(cfg, "long_city_names", build)


def _describes(word: Token, nouns: AbstractSet[str]) -> bool:
    """A country word (or one of a list of them) modifying one of `nouns`."""
    word = _first_conjunct(word)
    return word.head.lower_ in nouns and word.head.i != word.i


def _sender_word(token: Token) -> bool:
    """A country word that can name whose mission it is: a subject ("Denmark closed
    ..."), a possessor ("Thailand's diplomats") or a word before one ("Danish diplomats
    left"), also in a list ("Spain, Denmark and Norway are pulling ...")."""
    if token.i < _dateline_end(token.doc):
        return False  # "SANAA, Yemen — ...": where the story is filed
    token = _first_conjunct(token)
    if token.dep_ == "poss" and _land_part(token.head):
        return False  # "travelling to India's north-east": the region's country, a host
    if token.dep_ in ("amod", "compound", "nmod") and token.head.i != token.i:
        token = token.head
        if token.lemma_.lower() in MISSION_PEOPLE:
            return True  # "lifted the last Danish staff out": whose people, whatever their role
    token = _first_conjunct(token)
    return token.dep_ in ("nsubj", "nsubjpass", "poss", "agent")


# parts of a country's land a possessor names: "India's north-east", "Peru's southern
# highlands", "Kenya's border areas" (with STATE_PLACES)
LAND_PARTS = frozenset(
    {
        "northeast",
        "northwest",
        "southeast",
        "southwest",
        "highland",
        "lowland",
        "border",
        "borderland",
        "area",
        "part",
        "state",
        "district",
        "delta",
        "valley",
        "hinterland",
    }
)


def _land_part(noun: Token) -> bool:
    """`noun` names a part of a country's land ("north-east", "far west", "northern
    border areas"), its last word or any compound before it."""
    words = [noun, *(c for c in noun.children if c.dep_ == "compound")]
    return any(w.lemma_.lower() in STATE_PLACES | LAND_PARTS for w in words)


def _destination(name: Token) -> bool:
    """ "flown to Doha", "crossed into Hungary", "left for the Dominican Republic"."""
    if name.dep_ != "pobj":
        return False
    prep = name.head
    if prep.lower_ == "to" and prep.head.lemma_.lower() in TRAVEL_NOUNS:
        return False  # "advised against all travel to X": where the citizens are warned off
    # ("left by road for Baghdad": "for" on the means of leaving)
    verb = prep.head.head.head if prep.head.dep_ == "pobj" else prep.head
    leaving = bool(LEAVING & {prep.head.lemma_, verb.lemma_})
    return prep.lower_ in TOWARDS or prep.lower_ == "for" and leaving


def _city_in(sent: Span, cfg: EventRules, own: str | None = None) -> str | None:
    """The embassy city `sent` names, else the capital of a country it names (never
    `own`, the sending country's capital)."""
    text = _words(sent.text)
    # (not where staff go: "left by road for Baghdad", "were flown to Doha")
    gone = {
        _words(" ".join(w.text for w in t.subtree if w.dep_ == "compound" or w is t)).strip()
        for t in sent
        if _destination(t)
    }
    city = next(
        (c for c in cfg.embassy_cities if f" {c} " in text and c != own and c not in gone), None
    )
    if city is None:  # a capital of the world named as a place
        city = next((c for c in _world_cities_in(sent, cfg) if c != own), None)
    if city is None:  # one host country only: "flee Sudan", not "from Sudan into Chad"
        named = {c for w, c in cfg.capitals.items() if f" {w} " in text and c != own}
        if not named:
            named = {c for c in _world_hosts_in(sent, cfg) if c != own}
        city = named.pop() if len(named) == 1 else None
    return city or _sender_left(sent, cfg, own)


def _sender_left(sent: Span, cfg: EventRules, own: str | None) -> str | None:
    """The seat of a country of the pack's own senders that the sentence names as a place
    left ("pulling its diplomats out of Turkey", "left Greece") or as owning a region
    ("Turkey's south-east"): a sender hosts embassies too."""
    names = _derived(
        cfg,
        "sender_names",
        lambda c: {
            w: s.capital
            for s in c.embassy_countries.values()
            if not s.world
            for w in s.words
            if s.capital and " " not in w
        },  # fmt: skip
    )
    for token in sent:
        seat = names.get(token.lower_) if token.pos_ == "PROPN" else None
        if seat is None or seat == own:
            continue
        left = token.dep_ == "dobj" and token.head.lemma_.lower() in LEAVING
        # ...or as owning a part of its land: "to take care in India's north-east"
        left = left or token.dep_ == "poss" and _land_part(token.head)
        if left or token.dep_ == "pobj" and (_out_of(token.head) or token.head.lower_ == "from"):
            return str(cfg.embassy_seats.get(token.lower_, seat))
    return None


def _world_cities_in(span: Span, cfg: EventRules, mission: Token | None = None) -> list[str]:
    """The world's capitals `span` names as places, in text order: a capitalised name, not
    a person or an organisation, nor a government speaking ("Copenhagen said", "Hanoi's
    decision"), nor where people go ("flown to Doha", "crossed into Hungary"). With
    `mission`, only a name in the mission's own phrase ("the embassy in X", "the X
    embassy", "the embassy roof in X")."""
    if not cfg.world_cities:
        return []
    out: list[str] = []
    filed: list[str] = []  # the dateline's city, after any the text names with its news
    text = _folded(span.text)
    for found in _default_words(tuple(cfg.world_cities)).finditer(text.lower()):
        if not text[found.start()].isupper():
            continue  # "male staff", "the valley"
        name = span.char_span(found.start(), found.end(), alignment_mode="expand")
        if name is None:
            continue
        head = name.root
        if head.i < _dateline_end(span.doc):
            filed.append(found.group())  # "MONROVIA, May 15 —": the story's own city
            continue
        placed = head.dep_ == "pobj" and (head.head.lower_ in PLACE_PREPS or _out_of(head.head))
        placed = placed or head.dep_ == "dobj" and head.head.lemma_.lower() in LEAVING
        if not placed and found.group() in _sender_capitals(cfg):
            continue  # "joined Washington in telling ...": a sending government
        if head.dep_ in ("nsubj", "poss") or (
            head.ent_type_ in ("PERSON", "ORG", "NORP") and not placed
        ):
            continue  # "Vienna shut its embassy": a government; "Hamilton said": a person
        if mission is not None and not _of_mission(head, mission):
            continue
        if _destination(head):
            continue
        out.append(found.group())
    return out + filed


COMPASS = re.compile(r"(?:North|South|East|West|Northern|Southern|Eastern|Western)[ -]$")


def _sender_capitals(cfg: EventRules) -> frozenset[str]:
    """The capitals of the pack's own senders, which host embassies only as places."""
    return _derived(
        cfg,
        "sender_capitals",
        lambda c: frozenset(
            s.capital for s in c.embassy_countries.values() if s.capital and not s.world
        ),
    )


def _compass_before(text: str, start: int) -> bool:
    """ "North Vietnamese", "South Korean": a compass word makes another country's name."""
    return COMPASS.search(text[max(0, start - 9) : start]) is not None


def _of_mission(name: Token, mission: Token) -> bool:
    """`name` belongs to the mission's phrase: its modifier ("the Hanoi embassy") or the
    object of "in" on the mission or on the noun the mission modifies."""
    phrase = mission.head if mission.dep_ in ("compound", "poss", "amod") else mission
    if name.head.i in (mission.i, phrase.i) and name.dep_ in ("compound", "amod", "nmod"):
        return True
    return (
        name.dep_ == "pobj"
        and name.head.lower_ in ("in", "at")
        and name.head.head.i in (mission.i, phrase.i)
    )


def _longest_first(cfg: EventRules) -> tuple[str, ...]:
    return tuple(sorted(cfg.world_capitals, key=len, reverse=True))


def _world_hosts_in(span: Span, cfg: EventRules, every: bool = False) -> list[str]:
    """The seats of the world's countries whose names or people `span` names, once each
    (with `every`, once a mention): capitalised, not where people go ("crossed into
    Hungary"), nor a sender ("Spain, Denmark and Norway are pulling their diplomats")."""
    out: list[str] = []
    text = _folded(span.text)
    words = _derived(cfg, "world_hosts", _longest_first)
    for found in _default_words(words).finditer(text.lower()) if words else ():
        # ("in the Gambia": the name after its article)
        start = found.start() + (4 if found.group().startswith("the ") else 0)
        if not text[start].isupper() or _compass_before(text, found.start()):
            continue
        name = span.char_span(found.start(), found.end(), alignment_mode="expand")
        if name is not None and (
            _destination(name.root) or _sender_word(name.root) or _languages(name.root)
        ):
            continue  # (nor a language: "translated from Spanish")
        seat = cfg.world_capitals[found.group()]
        if every or seat not in out:
            out.append(seat)
    return out


def _embassy_at(mention: Token, cfg: EventRules) -> Actor | None:
    code, city = _embassy_parts(mention, cfg)
    if code is None and city is None:
        return None
    name = cfg.embassy_countries[code].name if code else ""
    city = _today(city, cfg)
    kind = "Consulate" if _consulate_town(mention, city, cfg) else _mission(mention)
    label = " ".join(p for p in (name, kind, _title(city) if city else "") if p)
    return Actor(f"embassy:{code or '?'}:{city or '?'}", label)


def _today(city: str | None, cfg: EventRules) -> str | None:
    """An embassy city by the name it goes by today: "Rangoon" is Yangon, "Peking" Beijing
    (the other names GeoNames gives the cities embassies sit in)."""
    if city is None:
        return None
    city = plain(city)

    def build(cfg: EventRules) -> dict[str, str]:
        capitals = (c.capital for c in world_countries())
        return seat_names(tuple(sorted({*cfg.embassy_cities, *cfg.world_cities, *capitals})))

    return _derived(cfg, "seat_names", build).get(city, city)


# the short words a place name keeps in lower case but at its start ("Mazar-i-Sharif",
# "Port-au-Prince", "Dar es Salaam", "Port of Spain")
_NAME_PARTICLES = frozenset(
    {"i", "e", "au", "aux", "al", "el", "ul", "as", "ad", "an", "ar", "ash", "es", "ed", "de",
     "di", "du", "da", "do", "la", "le", "les", "sur", "sous", "en", "on", "upon", "of"}
)  # fmt: skip


def _title(city: str) -> str:
    """A city's name for a label: each word and each part after a hyphen capitalised but the
    particles ("mazar-i-sharif" is "Mazar-i-Sharif", not "Mazar-I-Sharif"); after an
    apostrophe only behind one letter ("N'Djamena", "Nuku'alofa")."""

    def cap(part: str) -> str:
        head, apostrophe, tail = part.partition("'")
        if apostrophe and len(head) == 1:
            return f"{head.upper()}'{tail[:1].upper()}{tail[1:]}"
        return part[:1].upper() + part[1:]

    words = [word.split("-") for word in city.lower().split()]
    return " ".join(
        "-".join(
            part if (w or i) and part in _NAME_PARTICLES else cap(part)
            for i, part in enumerate(parts)
        )
        for w, parts in enumerate(words)
    )


@dataclass(frozen=True)
class _Hosts:
    """The embassy cities an article names and, for each host capital, how often the
    article names its country's name, people, places or armed groups."""

    cities: tuple[str, ...]
    mentions: tuple[tuple[str, int], ...]


def _hosts(doc: Doc, cfg: EventRules) -> _Hosts:
    text = _words(doc.text)
    cities = tuple(c for c in cfg.embassy_cities if f" {c} " in text)
    cities += tuple(c for c in dict.fromkeys(_world_cities_in(doc[:], cfg)) if c not in cities)
    table = _host_words(cfg)
    counts: dict[str, int] = {}
    lower = doc.text.lower()
    for found in _default_words(tuple(sorted(table, key=len, reverse=True))).finditer(lower):
        if doc.text[found.start()].isupper() and not _compass_before(doc.text, found.start()):
            # a name: "Chad", not "the provincial capital"; not "North Vietnamese"
            capital = table[found.group()]
            counts[capital] = counts.get(capital, 0) + 1
    for capital in _world_hosts_in(doc[:], cfg, every=True):
        counts[capital] = counts.get(capital, 0) + 1
    return _Hosts(cities, tuple(counts.items()))


def _host_words(cfg: EventRules) -> dict[str, str]:
    """Words naming one host country -> its capital: the `capitals` table, and each
    group's `default_in` words when one of them names a country or is a capital
    ("taliban", the Afghan provincial capitals: Kabul)."""
    table = dict(cfg.capitals)
    for group in cfg.groups:
        capital = next((cfg.capitals[w] for w in group.default_in if w in cfg.capitals), None)
        capital = capital or next((w for w in group.default_in if w in cfg.embassy_cities), None)
        if capital:
            table.update({w: capital for w in group.default_in if w not in table})
    return table


def _host_city(hosts: _Hosts, own: str | None, capital: bool = True) -> str | None:
    """The embassy city the article names (not the sender's own), else (with `capital`)
    the capital of the one country it names most (`None` for a tie: "fighting spread
    from X into Y")."""
    city = next((c for c in hosts.cities if c != own), None)
    if city is not None or not capital:
        return city
    ranked = sorted(((n, c) for c, n in hosts.mentions if c != own), reverse=True)
    if not ranked or len(ranked) > 1 and ranked[0][0] == ranked[1][0]:
        return None
    return ranked[0][1]


def _embassy_context(doc: Doc, cfg: EventRules) -> Actor | None:
    """The article's first embassy mention naming both country and city."""
    partial = None
    nouns = {n for n in cfg.embassy_nouns if " " not in n} - {"embassies"}
    for token in doc:
        if token.lower_ in nouns:
            actor = _embassy_at(token, cfg)
            if actor and actor.id.startswith("embassy:?:") and not actor.id.endswith(":?"):
                actor = _sent_by(token, actor, cfg)
            if actor and "?" not in actor.id:
                return actor
            partial = partial or actor
    return partial


def _sent_by(mention: Token, actor: Actor, cfg: EventRules) -> Actor:
    """A mission named with its city but not its country ("Japan's foreign ministry says
    the staff of its embassy in Kabul ..."): the country its sentence names as the sender,
    as `_embassy_actor` reads it (the actor itself where none is named)."""
    code = _possessor_country(mention, cfg) or _nearest_country(mention.sent, mention, cfg)
    city = actor.id.split(":")[2]
    if code is None or cfg.embassy_countries[code].capital == city:
        return actor
    return Actor(f"embassy:{code}:{city}", f"{cfg.embassy_countries[code].name} {actor.name}")
