"""Typed events from a parsed article: embassy security alerts, evacuations and
closures, cities captured. Each event gets an identity key
("<type>|<actor id>|[<place>|]<date>") so several outlets reporting one event give
one event; weekday names are resolved against the article's published date.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cached_property, lru_cache
from typing import TypeVar, cast

from spacy.tokens import Doc, Span, Token

from processors.candidates import people_plurals
from processors.headlines import Reparse, sentences
from processors.modality import clause_verbs, is_other_story, read_modality, retrospective
from processors.models import Event, Modality
from processors.numbers import parse_number
from processors.rulepack import Country, EventRule, EventRules, RulePack
from processors.world import (
    LEFT_EARLY,
    PAST_LANDS,
    city_sizes,
    city_states,
    countries_by_code,
    plain,
    seat_names,
    state_capitals,
    state_table,
    world_cities,
    world_countries,
)

T = TypeVar("T")
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
# entity types the model gives unknown names ("the town of X" typed as a product)
NAME_LIKE = {"PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "LANGUAGE"}
ORDINALS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
            "ninth", "tenth", "last", "latest"}  # fmt: skip
PLACE_PREPS = {"in", "into", "outside", "inside", "near", "around", "at", "from", "to"}
# the gazetteer's ids of a country ("AF") and of a province ("AF-PAN", ISO 3166-2): a
# region or a country is no city taken (a bare name it shares with its capital is the city's)
REGION_ID = re.compile(r"[A-Z]{2}(?:-[A-Z0-9]{1,3})?")
PATH_PREPS = {"from", "toward", "towards"}
CLAUSE_WORDS = {"NOUN", "VERB", "AUX", "PRON"}
ENTERING = {"enter", "storm", "penetrate", "push", "break", "move", "roll", "sweep", "march",
            "advance", "overrun"}  # fmt: skip
REPELLING = {"repel", "repulse", "rebuff"}
DRIVING = {"push", "beat", "drive", "force", "throw", "fight", "turn"}
TIMES_OF_DAY = {"dawn", "daybreak", "morning", "noon", "midday", "afternoon", "evening",
                "dusk", "nightfall", "night", "midnight", "sunset", "sunrise"}  # fmt: skip
INSTRUCTING = {"tell", "order", "instruct", "ask", "urge", "direct", "advise", "request"}
TOWARDS = {"to", "into", "toward", "towards"}
# verbs of leaving: their subject is who goes, whatever they leave ("diplomats left X")
LEAVING = {"leave", "depart", "flee", "exit", "quit"}
# nouns of travel whose "to X" names the country a warning is about ("travel to X")
TRAVEL_NOUNS = frozenset({"travel", "trip", "trips", "journey", "journeys", "visit", "visits"})
# what staff board to leave: "diplomats boarded a military flight out of X"
CRAFT = frozenset({"flight", "plane", "aircraft", "airplane", "helicopter", "jet", "ship",
                   "ferry", "boat", "bus", "convoy", "evacuation"})  # fmt: skip
# verbs of laying siege to or attacking a place ("had surrounded X for a month")
BESIEGING = {"surround", "encircle", "besiege", "attack", "shell", "bombard", "assault",
             "blockade", "pound", "ring"}  # fmt: skip
# verbs of moving a mission elsewhere ("moved its embassy from X to Y")
RELOCATING = {"move", "relocate", "transfer", "shift"}
# missions of no one country: "foreign embassies", "other Western missions"
GENERIC_MISSIONS = {"foreign", "other", "western", "several", "many", "most", "some", "all"}
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
# a day told from the date before it in the sentence
NEXT_DAY = re.compile(r"(?:the )?(?:next|following) day|a day later|the day after")
PREVIOUS_DAY = re.compile(r"(?:the )?(?:previous|preceding) day|a day earlier|the day before")
# verbs of a speaker setting another account against a report ("but the ministry insisted")
COUNTERING = {"insist", "maintain", "counter", "contend", "argue", "retort", "respond"}
# verbs whose negation leaves a report unconfirmed ("could not be reached to confirm")
# conjunctions of a clause whose day is its own, not the main clause's
UNDATING_MARKS = {"as", "while", "before", "because", "although", "though", "whereas", "until"}
# ...and "since" a campaign began: the start of a count ("the sixth town it has taken since
# its offensive began on 27 October"), not a state's ("since the embassy was shut on Sunday")
STARTING = frozenset({"begin", "start", "launch", "open", "commence"})
CONFIRMING = {"confirm", "verify", "corroborate"}
# people taken out of an embassy by force: no evacuation of it
EJECTED = frozenset({"protester", "protestor", "demonstrator", "intruder", "attacker",
                     "gunman", "gunmen", "crowd", "mob"})  # fmt: skip
# another speaker's account that the battle for a place goes on ("said fighting was still
# going on", "says clashes continue"): a reported capture is then unconfirmed
FIGHTING_ON = re.compile(
    r"\b(?:fighting|clashes|battles?|combat)\b(?: [\w'-]+){0,4}? (?:(?:was|were|is|are|had) )?"
    r"(?:still )?(?:going on|goes on|went on|continu\w*|rag\w*|under ?way)\b"
)
SAYING = re.compile(r"\b(?:said|says|insisted|insists|maintained|reported|added)\b")
# nouns of holding a place ("in rebel hands", "under army control")
HOLDING = {"hand", "hands", "control"}
# verbs of a state going on ("stay closed", "remain shut")
LASTING = {"stay", "remain"}
# prepositions that give a state's end, not its day ("closed through Monday")
UNTIL = {"through", "until", "till", "til", "thru"}
# words that open a list of the items a count holds ("five fell, among them X and Y")
ENVOYS = {"ambassador", "envoy", "chargé", "charge"}
PATH_WORDS = {"overland", "abroad"}
LIST_MARKERS = {"including", "among", "such", "notably"}
# verbs people undergo as well as places: a person's name they take is no place
# the lower-case words inside a place's name ("San Cristóbal de las Casas", "Ciudad del Este")
NAME_PARTICLES = frozenset(
    {
        "de",
        "del",
        "la",
        "las",
        "los",
        "da",
        "do",
        "dos",
        "das",
        "di",
        "du",
        "des",
        "della",
        "el",
        "le",
        "les",
    }
)
PEOPLE_UNDERGO = {"capture", "take", "control", "hold", "go", "gone"}
# nouns of a person's office or role: a name in apposition with one is a person's
PERSON_ROLES = {"mayor", "governor", "commander", "chief", "leader", "president", "minister",
                "spokesman", "spokeswoman", "spokesperson", "general", "warlord", "official",
                "lawmaker", "envoy", "ambassador", "secretary", "head", "king", "emir",
                "colonel", "officer", "premier", "strongman", "ruler", "dictator"}  # fmt: skip


@dataclass(frozen=True)
class Actor:
    id: str
    name: str


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

    # the taker of the article's last capture read so far ("Y had also been retaken")
    last_taker: Actor | None = None
    # ...and its day ("Nine days later they are in X": counted from it)
    last_day: date | None = None
    # an anniversary item ("On this day in 1974"), told as of its day
    anniversary: bool = False

    @cached_property
    def embassy(self) -> Actor | None:
        return _embassy_context(self._doc, self._cfg)

    @cached_property
    def group(self) -> Actor | None:
        return _default_group(self._doc, self._cfg)

    @cached_property
    def hosts(self) -> _Hosts:
        return _hosts(self._doc, self._cfg)


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
    pub = anniversary or pub
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
    events = list(found.values())
    # a mission run from elsewhere restates a closure the article tells ("the embassy,
    # which Tokyo closed on Sunday, will operate from Istanbul for now"): read only alone
    restated = context.elsewhere
    closed = {e.key.split("|")[1] for e in events if e.type == "embassy_closure"
              and (e.key, e.modality) not in restated}  # fmt: skip
    events = [
        e
        for e in events
        if (e.key, e.modality) not in restated or e.key.split("|")[1] not in closed
    ]
    return _one_day_each(_contested(events), pub)


MONTH_NAME = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# a timeline's stamp opening an entry at the text's or a line's start, or after a sentence
# ("8 Aug: ...", "11 Mar 1975: ...", "Nov 9: ...", "29 May - ...")
ENTRY_STAMP = re.compile(
    r"(?:^|(?<=[.;!?|\n])[ \t]*)(\d{1,2} "
    + MONTH_NAME
    + r"(?: \d{4})?|"
    + MONTH_NAME
    + r" \d{1,2}(?:,? \d{4})?)[ \t]*[:\u2013\u2014-][ \t]+",
    re.IGNORECASE,
)
STAMP = "tocsin_timeline_stamp"  # a reparsed timeline entry's doc: the day its stamp names


def _timeline_entries(text: str, published: date | None) -> list[tuple[int, int, date]]:
    """(start, end, day) of each entry of a timeline, two or more entries each opened by a
    day stamp ("6 Aug: X falls. 8 Aug: Y and Z are lost."): an entry runs to the next
    stamp or its line's end; its year is the stamp's, else the narrative's before it
    (`_narrative_year`), else the publication's."""
    stamps = [
        m for m in ENTRY_STAMP.finditer(text)
        if any(w in MONTHS for w in re.findall(r"[a-z]+", m.group(1).lower()))
    ]  # fmt: skip
    if len(stamps) < 2:
        return []
    entries = []
    for i, stamp in enumerate(stamps):
        end = stamps[i + 1].start() if i + 1 < len(stamps) else len(text)
        if (line_end := text.find("\n", stamp.end())) != -1:
            end = min(end, line_end)
        day = _line_day(stamp.group(1), published)
        if day is None:
            continue
        if _day_and_month(stamp.group(1)):
            year = _narrative_year(text[: stamp.start()], published)
            day = _in_year(day, year) if year is not None else day
        entries.append((stamp.end(), end, day))
    return entries


def _timeline_read(
    doc: Doc, rules: RulePack, reparse: Reparse | None, published: date | None
) -> list[tuple[Span, Span]]:
    """(sentence to read, sentence as written) as `sentences` gives them, save a timeline's
    entries: the parser cuts "8" off "8 Aug: Kunduz falls" into the sentence before and
    takes "Aug" for the subject, so the entries are read from one parse of their text
    without the stamps (the entries before an entry stay its context: "the city" it
    refers back to, the side named earlier), each sentence dated by its entry's stamp."""
    entries = _timeline_entries(doc.text, published) if reparse is not None else []
    labels = _label_lists(doc, rules.events, reparse) if reparse is not None else []
    placed = _place_lines(doc, rules.events, published) if reparse is not None else []
    if not entries and not labels and not placed:
        return list(sentences(doc, rules, reparse))
    first, last = (entries[0][0], entries[-1][1]) if entries else (len(doc.text) + 1, 0)
    read: list[tuple[Span, Span]] = []
    for sent, original in sentences(doc, rules, reparse):
        if any(a < original.end_char and original.start_char < b for a, b, *_ in labels + placed):
            continue  # (a labelled list, read from its own parse below)
        if original.end_char <= first - 1 and not ENTRY_STAMP.match(original.text.strip()):
            read.append((sent, original))  # (a heading before the first stamp)
        elif original.start_char >= last:
            read.append((sent, original))
    text, spans = "", []
    lists_falls = _tells_captures(doc, rules.events)
    pieces: list[tuple[int, int, str | None, date | None]] = [
        (start, end, None, day) for start, end, day in entries
    ]
    pieces += [(start, end, said, None) for start, end, said in labels]
    pieces += placed
    for start, end, said, day in sorted(pieces, key=lambda piece: piece[0]):
        entry = said or doc.text[start:end].strip()
        if not entry:
            continue
        if said is None and lists_falls and (places := _entry_places(doc, start, end)):
            # "8 Aug - Kunduz, Sar-e Pul and Taloqan"; a clause after a semicolon is read
            # as written ("15 Aug: X in the morning; by evening fighters had entered Y")
            rest = entry.partition(";")[2].strip()
            entry = f"{places} fell" + (f"; {rest}" if rest else "")
        entry += "" if entry[-1] in ".!?;" else "."
        spans.append((len(text), len(text) + len(entry), day, start, end))
        text += entry + " "
    if not spans:
        return read
    parsed = reparse(text.strip())  # type: ignore[misc]
    parsed.user_data[STAMP] = [(a, b, day) for a, b, day, _, _ in spans if day is not None]
    for inner in parsed.sents:
        here = [s for s in spans if s[0] <= inner.start_char < s[1]]
        written = doc.char_span(here[0][3], here[0][4], alignment_mode="expand") if here else None
        if written is not None:
            read.append((inner, written))
    return sorted(read, key=lambda pair: pair[1].start_char)


# a list's line that names a place and then its day ("Tam Ky: 24 March 1975", "- Velsk - 14 May")
PLACE_LINE = re.compile(
    r"^[ \t]*(?:[-\u2013\u2022*][ \t]*)?([A-Z][^\n:\u2013\u2014]{0,40}?)"
    r"[ \t]*[:\u2013\u2014-][ \t]+"
    r"(\d{1,2} " + MONTH_NAME + r"(?:,? \d{4})?|" + MONTH_NAME + r" \d{1,2}(?:,? \d{4})?)[ \t.]*$",
    re.IGNORECASE | re.MULTILINE,
)


def _place_lines(
    doc: Doc, cfg: EventRules, published: date | None
) -> list[tuple[int, int, str, date | None]]:
    """(start, end, the line told as a sentence, its day) of each line of a list that names
    places each with its day and nothing else ("Tam Ky: 24 March 1975", "Quang Ngai: 25
    March"), two lines or more, in a text that tells captures (`_tells_captures`): each
    place fell on its line's day (a day with no year takes the narrative's before it)."""
    lines = list(PLACE_LINE.finditer(doc.text))
    if len(lines) < 2 or not _tells_captures(doc, cfg):
        return []
    out: list[tuple[int, int, str, date | None]] = []
    for line in lines:
        places = _entry_places(doc, line.start(1), line.end(1))
        day = _line_day(line.group(2), published)
        if places is None or day is None or _names(places) != _names(line.group(1)):
            continue
        if _day_and_month(line.group(2)):
            year = _narrative_year(doc.text[: line.start()], published)
            day = _in_year(day, year) if year is not None else day
        out.append((line.start(), line.end(), f"{places} fell", day))
    return out if len(out) >= 2 else []


FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
# an entry's list of places ends at a description after a comma: ", the first to fall"
PLACES_END = re.compile(r",\s+(?!and\b|or\b)[a-z(]|\s*[(\u2013\u2014:;]|\s+-\s")


# a place's name: capitalised words, with a name's particles ("Sar-e Pul", "Tal al-Hawa")
NAME = re.compile(r"[A-Z][\w'’]*(?:(?:[ -]|-[a-z]{1,3}[ -])[A-Z][\w'’]*)*")


# a table's labelled line: "Fell today (6): Kandahar, Lashkar Gah, Qalat"
LABEL_LIST = re.compile(
    r"^[ \t]*([A-Z][a-z]+(?: [a-z]+){0,3})[ \t]*(?:\(\d+\))?[ \t]*:[ \t]*(\S.*)$", re.MULTILINE
)


def _label_lists(doc: Doc, cfg: EventRules, reparse: Reparse) -> list[tuple[int, int, str]]:
    """(start, end, the line told as a sentence) of each line of a table that labels a list
    of places with a capture verb ("Fell today (6): Kandahar, Lashkar Gah" is "Kandahar,
    Lashkar Gah fell today", "Taken: X" is "X was taken"; "Under attack: X, Y" is no
    capture), in a text naming an armed group."""
    verbs = {w for r in cfg.events if r.type == "city_captured" for w in r.triggers}
    out = []
    for line in LABEL_LIST.finditer(doc.text):
        label = doc.char_span(line.start(1), line.end(1), alignment_mode="expand")
        # (the label's verb lemmatised in lower case: "Fell" is tagged a name)
        if label is None or not _forms(reparse(label[0].lower_)[0]) & verbs:
            continue
        places = _entry_places(doc, line.start(2), line.end(2))
        if places is None or _names(places) != _names(line.group(2).strip().rstrip(".")):
            continue  # (the line holds the names and nothing else)
        told = f"{line.group(1)[0].lower()}{line.group(1)[1:]}"
        if label[0].tag_ == "VBN":  # "Taken today: X, Y" is "X, Y were taken today"
            told = ("were " if re.search(r",|\band\b", places) else "was ") + told
        said = f"{places} {told}"
        out.append((line.start(), line.end(), said))
    return out if out and _group_in(_words(doc.text), cfg, agent=True) is not None else []


def _names(listed: str) -> list[str]:
    """The items of a list of names ("X, Y and Z")."""
    return [n.strip() for n in re.split(r",|\band\b", listed) if n.strip()]


def _tells_captures(doc: Doc, cfg: EventRules) -> bool:
    """The text names an armed group and holds a capture rule's verb or noun ("Taliban
    advance ... the first provincial capital to fall"): a timeline of it lists places
    taken (a storm's timeline, where rain falls, names no armed group)."""
    words = {
        w for r in cfg.events if r.type == "city_captured" for w in (*r.triggers, *r.trigger_nouns)
    }
    armed = _group_in(_words(doc.text), cfg, agent=True) is not None
    return armed and any(_forms(t) & words for t in doc)


DAY_LEADS = frozenset({"on", "late", "early", "by", "later", "earlier"})
SMALL_COUNTS = "one|two|three|four|five|six|seven|eight|nine|ten"
COUNTED_REST = rf"(?:\d+|{SMALL_COUNTS}) (?:more|others?)"
ENTRY_NOTES = (
    re.compile(r"\s*\(\d+(?: of \d+)?\)"),
    re.compile(
        r"\s+(?:in the (?:morning|afternoon|evening)|(?:that|this|at|by) (?:morning|afternoon"
        r"|evening|night|dawn|dusk|nightfall))(?=\s*(?:,|;|\band\b|$))"
    ),
    re.compile(rf"^\s*{COUNTED_REST},? (?:including|among them) "),
    re.compile(rf",? and {COUNTED_REST}(?=\s*$)"),
)


def _entry_places(doc: Doc, start: int, end: int) -> str | None:
    """A timeline entry with no finite verb that opens with a list of places and nothing
    else but a description ("Kunduz, Sar-e Pul and Taloqan", "Zaranj, the first provincial
    capital to fall"): the list's names, which a timeline of captures tells as taken that
    day."""
    # (the list is the entry's first clause: a verb after a semicolon tells more news,
    # "X in the morning; by evening fighters had entered Y")
    semi = doc.text.find(";", start, end)
    span = doc.char_span(start, end if semi == -1 else semi, alignment_mode="expand")
    if span is None or any(t.tag_ in FINITE for t in span):
        return None
    text = doc.text[start:end]
    # (an entry's closing full stop is no part of its last name: "Aug 10: X and Y.")
    text = re.sub(r"\.(\s*)$", lambda m: " " + m.group(1), text)
    # a running count after a name ("Ghazni (10), Herat (11)"), its time of day ("Ghazni in
    # the morning, Herat that night") and the unnamed rest ("six more, including X and Y",
    # "X and six more") are no description of the places: blanked, keeping the offsets
    for note in ENTRY_NOTES:
        text = note.sub(lambda m: " " * len(m.group(0)), text)
    cut = PLACES_END.search(text)
    head = text[: cut.start()] if cut else text
    at, names = 0, []
    for item in re.split(r",|\band\b", head):
        if not item.strip():
            continue
        names.append(item.strip())
        at = head.index(item.strip(), at)
        first = doc.char_span(start + at, start + at + 1, alignment_mode="expand")
        # (a place by the entity tagger or the world's city table: "President Ghani" is none)
        if (
            first is None
            or not NAME.fullmatch(item.strip())
            or (first[0].ent_type_ not in PLACE_LABELS and not city_states(item.strip()))
        ):
            return None
        at += len(item.strip())
    # (told as "X, Y and Z", which the parser reads as one subject)
    return f"{', '.join(names[:-1])} and {names[-1]}" if len(names) > 1 else next(iter(names), None)


def _stamp_of(sent: Span) -> date | None:
    """The day of the timeline entry a sentence read by `_timeline_read` belongs to."""
    stamps = sent.doc.user_data.get(STAMP) or []
    return next((day for a, b, day in stamps if a <= sent.start_char < b), None)


# a fact check's verdict on the claim told before it ("Our verdict: false", "RATING: False")
VERDICT = re.compile(
    r"\b(?:verdict|rating|ruling|fact check)\s*[:—–-]\s*(?:false|fake|untrue|wrong|"
    r"incorrect|pants on fire|fabricated)\b",
    re.IGNORECASE,
)


def _full_name(event: Event, text: str) -> Event:
    """ "Mazar is the fourth big city to fall" after "Mazar-i-Sharif": a place told by the
    first part of a hyphenated name the passage gives in full is that place (a name that
    ends on a capital: not "a Kabul-based analyst"; nor on another city: not "the
    Kabul-Jalalabad road")."""
    place = event.location
    if not place or "-" in place:
        return event
    full = re.search(rf"\b{re.escape(place)}(?:-[a-z]+)*-([A-Z][a-z]+)\b", text)
    parts = event.key.split("|")
    if full is None or len(parts) != 4 or plain(full.group(1)) in world_cities():
        return event
    type_, actor_id, _, day = parts
    key = "|".join((type_, actor_id, full.group(0).lower(), day))
    return event.model_copy(update={"location": full.group(0), "key": key})


def _one_day_each(events: list[Event], published: date | None) -> list[Event]:
    """ "Madrid has surrendered. Troops entered the capital on Tuesday": a capture told with
    no day (dated by publication) and again with its day is one capture, on that day."""
    dated = {
        (e.actor, (e.location or "").lower())
        for e in events
        if e.type == "city_captured" and e.modality == "asserted" and e.date != published
    }
    return [
        e
        for e in events
        if not (
            e.type == "city_captured"
            and e.modality == "asserted"
            and e.date == published
            and (e.actor, (e.location or "").lower()) in dated
            and _day_phrase(e.sentence) is None
            and "today" not in e.sentence.lower()
        )
    ]


def _contested(events: list[Event]) -> list[Event]:
    """ "The rebels said they took X on Sunday. The government said X had not fallen": a
    capture another sentence of the article denies is left hedged."""
    denied = {
        (e.location.lower(), e.sentence)
        for e in events
        if e.type == "city_captured" and e.modality == "negated" and e.location
    }
    out = []
    for event in events:
        place = (event.location or "").lower()
        if (
            event.type == "city_captured"
            and event.modality == "asserted"
            and any(p == place and s != event.sentence for p, s in denied)
        ):
            event = event.model_copy(update={"modality": "hedged"})
        out.append(event)
    return out


# "On this day in 1974", "This day, 1982:", "on this date in 1961"
THIS_DAY_IN = re.compile(r"\b(?:on )?this (?:day|date)(?: in history)?(?:,| in|:)? (\d{4})\b",
                         re.IGNORECASE)  # fmt: skip
THIS_DAY = re.compile(r"(?:on )?this (?:day|date)", re.IGNORECASE)
# "Forty years ago today", "twenty-five years ago today", "50 years ago to the day", "a year
# ago today", "a decade ago tonight", "twenty years ago this morning"
AGO_UNIT = r"(years?|decades?|century|centuries)"
AGO_TODAY = r"(?: today| tonight| to the day| this (?:morning|afternoon|evening))"
YEARS_AGO = re.compile(rf"(?:[\w-]+ ){{0,3}}[\w-]+ {AGO_UNIT} ago{AGO_TODAY}?", re.IGNORECASE)
YEARS_AGO_TODAY = re.compile(rf"\b((?:[\w-]+ ){{0,3}}[\w-]+) {AGO_UNIT} ago{AGO_TODAY}\b",
                             re.IGNORECASE)  # fmt: skip
# "Khujand marks 150 years since ...", "gathered to mark 30 years since ...": an anniversary
MARKS_YEARS_SINCE = re.compile(
    rf"\bmark(?:s|ed|ing)? ((?:[\w-]+ ){{0,3}}[\w-]+) {AGO_UNIT} since\b", re.IGNORECASE
)
AGO_UNITS = {"year": 1, "years": 1, "decade": 10, "decades": 10, "century": 100, "centuries": 100}


def _anniversary_day(text: str, published: date | None) -> date | None:
    """The day an anniversary item tells of ("On this day in 1974", "Forty years ago
    today", "X marks 150 years since"): the publication's day and month in the year it
    names."""
    if published is None:
        return None
    text = _opening(text)  # (only an item that opens on it: news may recall a day in passing)
    year: int | None = None
    if (named := THIS_DAY_IN.search(text)) is not None:
        year = int(named.group(1))
    elif (ago := YEARS_AGO_TODAY.search(text) or MARKS_YEARS_SINCE.search(text)) is not None:
        # the longest run of words before "years" that is a number ("a hundred and fifty")
        words = ago.group(1).split()
        count = next(
            (n for i in range(len(words)) if (n := parse_number(" ".join(words[i:])))), None
        )
        unit = AGO_UNITS[ago.group(2).lower()]
        if count is None and words[-1].lower() in ("a", "one"):
            count = 1  # "a year ago today", "a century ago today"
        count = count * unit if count else None
        year = published.year - int(count) if count and count == int(count) else None
    if year is None or not 1000 < year < published.year:
        return None
    try:
        return published.replace(year=year)
    except ValueError:  # 29 February in a year without one
        return published.replace(year=year, day=28)


# a calendar date with its year ("3 April 1982", "April 3, 1982", "in April 1982")
DATED_YEAR = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?: \d{1,2})?,? "
    r"(\d{4})\b",
    re.IGNORECASE,
)


BEFORE = "tocsin_text_before"  # a reparsed sentence's doc: the article's text before it
# a year alone heading a timeline ("Chronology, 1914.", "Abkhazia, 1993 —")
# (not a year counted from: "Worst fighting since 1998:")
HEADING_YEAR = re.compile(r"(?<!since )(?<!until )\b(\d{4})(?:\s*[.:—–]|\s+-\s)", re.I)
# any year of an opening that heads the text or asks what it answers ("The 1987 border war,
# its first month:", "Q: Which town fell first in the 1994 uprising?")
OPENING_YEAR = re.compile(r"(?<!since )(?<!until )\b(1\d{3}|20\d{2})\b", re.I)
FIRST_SENTENCE = re.compile(r"[.!?]\s|\n")


def _opening(text: str) -> str:
    """The first sentence of a text (its heading or lede)."""
    stop = FIRST_SENTENCE.search(text + " ", 1)
    return text[: stop.end() if stop else len(text)]


def _narrative_year(text: str, published: date | None) -> int | None:
    """The year of the last month named with a year in `text` ("3 April 1982 — ... 25 April
    — ..."), else of a year alone heading it ("Chronology, 1914. ... 23 June: ..."), else of
    the last year an opening heading or question names ("Falklands 1982, the break:", "which
    towns fell in 1971?"): a narrative or timeline's day and month alone fall in it."""
    years = [int(m.group(1)) for m in DATED_YEAR.finditer(text)]
    if not years:
        return _opening_year(text, published)
    if published is None or not 1000 < years[-1] < published.year:
        return None
    return years[-1]


def _opening_year(text: str, published: date | None) -> int | None:
    """The past year a text's opening sets it in: a year alone heading it ("Chronology,
    1914."), else the last year an opening heading or question names ("Falklands 1982, the
    break:", "Which towns fell in 1971?")."""
    opening = _opening(text)
    years = [int(m.group(1)) for m in HEADING_YEAR.finditer(opening)]
    if not years and opening.rstrip().endswith((":", "?")):
        years = [int(m.group(1)) for m in OPENING_YEAR.finditer(opening)]
    if not years or published is None or not 1000 < years[-1] < published.year:
        return None
    return years[-1]


# a line of a timeline that opens with its day: "14 May - the embassy closes", "Aug 15: ...",
# "This day in history, 15 May 1998: ..."
LINE_DAY = re.compile(
    r"[^:\n]{0,40}?\b(\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+\.?(?:,? \d{4})?"
    r"|[A-Z][a-z]+\.? \d{1,2}(?:st|nd|rd|th)?(?:,? \d{4})?)\s*(?:[-\u2013\u2014:|]|\.\s)"
)


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
        if "today" in words or "tonight" in words or THIS_DAY.fullmatch(text.strip()):
            return published  # ("on this day": an anniversary item's own day)
        if "yesterday" in words:
            return published - timedelta(days=1)
        if "weekend" in words and ("last" in words or "past" in words):
            # "last weekend": the Saturday of the latest weekend before the article's own
            back = (published.weekday() - 5) % 7 or 7
            return published - timedelta(days=back + (7 if published.weekday() == 6 else 0))
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
        # (a capture or an embassy's act told in the main clause with a day of its own is
        # news, however old: tests/fixtures/README.md "framing not age decides recap")
        framed = phrase is not None and _told_as_news(trigger)
        if rule.actor == "embassy" and framed:
            # ...its own day, not one in a clause below ("has stayed shut since it closed
            # on 9 May": the state is the news, the closure its background)
            framed = all(_clause_verb(e.root).i == trigger.i for e in sent.ents if e.text == phrase)
        if rule.actor == "group" and when is not None and when == _stamp_of(sent):
            framed = True  # "12 Aug: X and Y fall": a timeline's entry is its own news
        if (day := _later_than_last(trigger, context)) is not None:
            # "X fell on 6 August. Nine days later ...": the count on the verb itself dates
            # it, not another date phrase of the sentence ("its summer offensive")
            when, phrase = day, day.isoformat()
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
        if not framed and _told_as_news(trigger) and retrospective(sent.doc.text):
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
        modality: Modality = "other_story" if other else reading.modality
        if modality == "recap" and context.anniversary and _told_as_news(trigger):
            # "Thirty years ago today X fell", "a year ago today the consulate urged ...":
            # the item's own news
            modality = "asserted"
        if modality in ("forecast", "conditional") and _lasting_state(trigger):
            modality = "asserted"  # "will stay closed on Monday": closed now, and still then
        if modality in ("forecast", "conditional") and rule.elsewhere_preps and _for_now(trigger):
            modality = "asserted"  # "will operate from Qatar for now": run from there now
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
        if modality == "asserted" and (_aim(trigger) or _helped_aim(trigger)):
            modality = "forecast"  # "launched an offensive to capture X": an aim, not an act
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
                    # (a day and month alone fall in the narrative's year, as `_day_told`)
                    text_before = (
                        sent.doc.user_data.get(BEFORE, "") + sent.doc.text[: sent.start_char]
                    )
                    year = _narrative_year(text_before, published)
                    own_day = _in_year(own_day, year) if year is not None else own_day
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
                        and is_old(day, own, published, cfg.recap_after_days, dated)
                    ):
                        mode = "recap"
            if rule.elsewhere_preps:
                context.elsewhere.add((event_key(rule.type, actor.id, day, place_id), mode))
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


RANK_WORDS = {"last", "next", "latest", "only", "final"}
# verbs that with "down" lower a flag: "came down", "was taken down", "pulled down"
LOWERING = frozenset({"come", "take", "pull", "bring"})
# verbs of a state that follows an act: "have been working from the airport since Sunday"
STATES = frozenset({"work", "operate"})


def _told_as_news(trigger: Token) -> bool:
    """The trigger is the sentence's main verb (or its conjunct), in the simple past or
    present perfect ("Rebels took X on Friday", "and seized Y on Sunday"): the passage tells
    it as news, not as background."""
    verb = trigger.head if trigger.dep_ == "conj" else trigger
    if any(
        c.dep_ in ("xcomp", "advcl")
        and "only" in (c.left_edge.lower_, c.doc[max(c.left_edge.i - 1, 0)].lower_)
        for c in trigger.children
    ):
        return False  # "seized X in August, only to be driven out": undone since
    # (attribution leaves it news: "rebels seized X on Tuesday, Tass said")
    reported = (
        verb.dep_ == "ccomp"
        and verb.head.dep_ == "ROOT"
        and verb.head.lemma_.lower() in ATTRIBUTING
    ) or _before_semicolon(verb)
    # (an anniversary's own story: "X marks 150 years since troops stormed the city")
    marked = (
        verb.dep_ == "advcl"
        and verb.head.dep_ == "ROOT"
        and verb.head.lemma_.lower() == "mark"
        and any(c.dep_ == "mark" and c.lower_ == "since" for c in verb.children)
    )
    # (the historic present of a timeline or a this-day item is its narrative tense:
    # "3 April 1982 — Argentine troops take Grytviken")
    # (a conjunct of a present the tagger leaves bare is that present: "troops break
    # through and take X")
    present = trigger.tag_ == "VB" and trigger.dep_ == "conj" and verb.tag_ in ("VBZ", "VBP")
    present = present and not any(c.dep_ in ("aux", "auxpass") for c in trigger.children)
    return (
        (verb.dep_ == "ROOT" or reported or marked)
        and (trigger.tag_ in ("VBD", "VBN", "VBZ", "VBP") or present or _name_verb(trigger))
        and not any(c.lemma_ == "have" and c.tag_ == "VBD" for c in trigger.children)
    )


def _before_semicolon(verb: Token) -> bool:
    """ "a British force retakes X; its garrison surrenders": two main clauses the parser
    hung on each other across a semicolon (not when a day follows the semicolon, which is
    the other clause's: "took X in January; on Sunday a memorial service was held"; a span
    or a day named by the first clause's is none: "the same day", "three weeks away")."""
    if verb.dep_ != "ccomp" or verb.head.i <= verb.i:
        return False
    if not any(t.text == ";" for t in verb.doc[verb.i : verb.head.i]):
        return False
    after = verb.doc[verb.right_edge.i : verb.sent.end]
    return not any(_names_day(e.text) for e in after.ents if e.label_ in ("DATE", "TIME"))


def _names_day(text: str) -> bool:
    """A date phrase naming a day of its own: a number, a month, a weekday, "yesterday"."""
    words = re.findall(r"[a-z]+|\d+", text.lower())
    own = {*MONTHS, *WEEKDAYS, "today", "yesterday", "tonight", "dawn", "noon", "midnight"}
    return any(w.isdigit() or w in own for w in words)


ATTRIBUTING = frozenset(
    {"say", "report", "announce", "state", "add", "claim", "confirm", "admit", "concede",
     "acknowledge", "tell", "telegraph"}
)  # fmt: skip


def _aim(trigger: Token) -> bool:
    """ "an offensive to capture X", "a bid to retake X", "troops were sent to retake X": an
    infinitive of purpose on a noun (not a rank: "the ninth city to fall") or on a verb
    names an aim; so does an event noun a verb of wanting takes ("wanted a peaceful handover
    of the city", "called for the surrender of X")."""
    if trigger.pos_ == "NOUN" and trigger.dep_ in ("dobj", "pobj"):
        verb = trigger.head
        if trigger.dep_ == "pobj" and verb.lower_ in ("for", "on"):
            verb = verb.head  # "called for the surrender of X", "insisted on a handover"
        return verb.lemma_.lower() in WANTING
    if trigger.tag_ != "VB" or not any(
        c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children
    ):
        return False
    infinitive = trigger.head if trigger.dep_ == "conj" else trigger
    if infinitive.dep_ == "advcl" and _it_took(infinitive.head):
        return False  # "it took the rebels a week to take X": the time a done act took
    if trigger.dep_ == "advcl":  # not "became the third capital to fall", whatever its parse
        verb = trigger.head
        nouns = [c for c in verb.children if c.dep_ in ("attr", "dobj", "oprd")]
        return verb.lemma_ not in RANKING and not any(_ranked_noun(n) for n in nouns)
    if trigger.dep_ == "relcl" and trigger.head.pos_ == "NOUN":
        # "it is time for Britain to close its embassy": an infinitive with a subject of its
        # own ("for X to"), or on "time", is wanted (not "a flight to bring staff home")
        return trigger.head.lemma_.lower() in ("time", "moment") or any(
            c.dep_ == "mark" and c.lower_ == "for" for c in trigger.children
        )
    return trigger.dep_ == "acl" and trigger.head.pos_ == "NOUN" and not _ranked_noun(trigger.head)


def _first_conjunct(token: Token) -> Token:
    """The first of the conjuncts `token` is one of ("took X and then seized Y": "took")."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def _background_clause(trigger: Token) -> bool:
    """A relative clause told as background to the news (tests/fixtures/README.md, framing
    not age): set off by a comma ("Australia, which closed its embassy in May, ...") or on a
    time ("since April, when Washington ordered staff to leave")."""
    verb = _first_conjunct(trigger)
    # (a participle set off by commas is a relative clause too: "X, retaken in March, was
    # quiet"; not a headline's "X, capital of Y, taken by rebels", with no other verb)
    reduced = (
        verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and verb.head.pos_ == "PROPN"
        and verb.head.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "attr")
    )
    if verb.dep_ != "relcl" and not reduced or verb.head.i == verb.i:
        return False
    if verb.head.ent_type_ in ("DATE", "TIME"):
        # "since April, when Washington ordered ...": a time's "when" clause (not "said the
        # same day it was reducing ...", a clause the parser hangs on the day)
        return any(c.lower_ == "when" for c in verb.children)
    edge = verb.left_edge.i
    if not (edge > 0 and verb.doc[edge - 1].text == "," and verb.head.i < edge):
        return False
    if verb.tag_ not in ("VBD", "VBN"):
        return False  # "..., which ends the embassy's presence": what follows, no background
    # ...unless told with a day of its own in the simple past ("the embassy, which was
    # closed on Monday, urged ...": its own news); "which it had shut on Sunday" is background
    had = any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)
    return had or not _own_day_in(verb)


def _own_day_in(verb: Token) -> bool:
    """The clause of `verb` names a day of its own (not a month or a year: "which closed its
    embassy in May"; not a day that describes a noun: "during last Wednesday's uprising")."""
    span = range(verb.left_edge.i, verb.right_edge.i + 1)
    return any(
        e.label_ == "DATE"
        and e.start in span
        and e.root.dep_ != "poss"
        # ("24 [May 1866]": a day number the tagger left out; May, read as a month here)
        and _day_told(e, _date_text(e), date(2000, 1, 3)) is not None
        for e in verb.doc.ents
    )


# conjunctions of a time clause that, inside a relative clause, only sets the scene for it
SCENE_MARKS = frozenset({"as", "when", "after", "before", "while", "once"})


def _subordinate_background(trigger: Token) -> bool:
    """A capture told in a clause that only sets the scene for other news (tests/fixtures/
    README.md, framing not age): an absolute "with" ("With X gone, the rebels now hold ..."),
    a "since" clause with no day of its own ("has sheltered foreigners since the rebels took
    the city"), or a time clause inside a relative clause ("the governor, who left the
    country as X fell on Sunday, said ...")."""
    verb = _first_conjunct(trigger)
    if verb.dep_ != "advcl":
        return False
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
    if "with" in marks:  # (not "With X taken on Tuesday, the RSF holds ...": its own day)
        return verb.tag_ == "VBN" and not _own_day_in(verb)
    if "since" in marks:
        return not _own_day_in(verb)
    return bool(marks & SCENE_MARKS) and verb.head.dep_ in ("relcl", "acl")


def _on_place(trigger: Token, places: list[str]) -> bool:
    """The trigger's relative clause hangs on the place taken ("X, which rebels seized in
    May, ..."), not on the taker ("the rebels, who entered it without a fight")."""
    verb = _first_conjunct(trigger)
    if verb.dep_ == "relcl" and any(
        c.lower_ in ("who", "whom") or c.dep_ == "dobj" and c.tag_ not in ("WDT", "WP")
        for c in verb.children
    ):
        return False  # "the mayor of X, who surrendered the city": the clause's own object
    return any(verb.head.text in place.split() for place in places)


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


def _helped_aim(trigger: Token) -> bool:
    """ "troops were sent to help fly the staff out": the bare infinitive of "help" is the
    aim "help" names."""
    return trigger.dep_ == "xcomp" and trigger.head.lemma_ == "help" and _aim(trigger.head)


# verbs of wanting, asking and planning: their object is an aim, not an act
WANTING = frozenset(
    {
        "want",
        "demand",
        "seek",
        "request",
        "propose",
        "offer",
        "plan",
        "expect",
        "await",
        "urge",
        "call",
        "press",
        "push",
        "hope",
        "prepare",
        "insist",
        "ask",
        "order",
        "threaten",
        "vow",
        "promise",
        "predict",
        "fear",
        "discuss",
        "consider",
        "prevent",
        "avert",
        "resist",
    }
)


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
    "no" denies."""
    noun = trigger.head
    if trigger.dep_ == "pcomp" and noun.dep_ == "prep":
        noun = noun.head  # "no intention of leaving"
    return (
        trigger.dep_ in ("acl", "relcl", "pcomp", "xcomp")
        and noun.pos_ == "NOUN"
        and any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)
    )


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


def _mandative(trigger: Token) -> bool:
    """A subjunctive "be" with no other auxiliary: "(demanded) that the embassy be shut"."""
    auxes = [c for c in trigger.children if c.dep_ in ("aux", "auxpass")]
    return any(a.lower_ == "be" and a.tag_ == "VB" for a in auxes) and len(auxes) == 1


def _ranked_noun(noun: Token) -> bool:
    return _is_rank(noun) or any(_is_rank(c) or c.lower_ in RANK_WORDS for c in noun.children)


ASKING = frozenset({"ask", "wonder", "question", "query"})


def _question(trigger: Token) -> bool:
    """The trigger's sentence asks, with the auxiliary before its subject ("Did X fall?",
    "Has X fallen to the rebels?")."""
    if (
        trigger.head.lemma_.lower() in ASKING
        and trigger.dep_ in ("advcl", "ccomp")
        and any(c.lower_ in ("when", "whether", "if") for c in trigger.children)
    ):
        return True  # "Asked when Britons had first been told to go, ...": asked, not told
    sent = trigger.sent
    last = next((t for t in reversed(sent) if not t.is_space), None)
    first = sent[0]
    if (
        len(sent) > 2
        and (first.text in ("Q", "Question") or first.is_upper)
        and sent[1].text == ":"
    ):
        first = sent[2]  # "Q: Has Norway evacuated its embassy?", "SENATOR: When did ..."
    if first.lower_ == "when" and first.i + 1 < sent.end:
        first = sent.doc[first.i + 1]  # "When did the mission shut?": asked, not told
    return (
        last is not None
        and last.text == "?"
        and first.pos_ == "AUX"
        # ("When did the embassy last close?": the parser may hang "did" on the adverb)
        and trigger.i in (first.head.i, first.head.head.i)
        and first.lower_ in ("did", "has", "have", "had", "is", "was", "were", "are")
    )


def _lede(doc: Doc) -> tuple[int, str | None]:
    """The end of the article's headline (its first line, one sentence without a full
    stop) and the first sentence of the next line; (0, None) without a headline."""
    text = doc.text
    first, _, rest = text.lstrip().partition("\n")
    if not rest.strip() or first.rstrip().endswith((".", '"', "”")) or len(first) > 160:
        return 0, None
    end = len(text) - len(text.lstrip()) + len(first)
    body = rest.strip()
    lede = re.split(r"(?<=[.!?])\s+(?=[A-Z\"“])", body, maxsplit=1)[0]
    return end, lede.split("\n")[0]


def _day_phrase(text: str) -> str | None:
    """The first weekday or "Month day" phrase of a text ("on Sunday afternoon")."""
    months = "|".join(m for m in MONTHS if m != "may")
    found = re.search(
        rf"\b(?:{'|'.join(WEEKDAYS)}|yesterday|(?:{months})\.? \d{{1,2}})\b", text.lower()
    )
    return found.group(0) if found else None


def _denied_report(trigger: Token, rules: RulePack) -> bool:
    """ "dismissed as baseless posts claiming the capture of X", "rejected claims that X
    had been surrendered": the event hangs on a report noun that a negation verb governs."""
    cues = rules.modality
    reports = set(cues.report_nouns)
    node = clause_verbs(trigger, reports)[-1]
    for _ in range(2):
        named = node.lower_ in reports or node.lemma_.lower() in reports
        if named and any(
            c.dep_ == "csubj" and c.lemma_.lower() in cues.negation_verbs for c in node.children
        ):
            return True  # "rejected on Sunday reports that ..." with "reports" read as a verb
        if named and node.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass"):
            head = node.head.head if node.dep_ == "pobj" else node.head
            return head.lemma_.lower() in cues.negation_verbs
        if node.dep_ not in ("acl", "ccomp", "relcl") or node.head.i == node.i:
            return False
        node = node.head
    return False


CORRECTED = frozenset({"earlier", "previous", "original", "initial", "erroneous"})


def _corrected(trigger: Token) -> bool:
    """ "Correction: an earlier version of this report said X had fallen": what a
    corrected version of the article said is withdrawn."""
    verb = trigger
    while verb.dep_ in ("ccomp", "conj", "xcomp") and verb.head.i != verb.i:
        verb = verb.head
        for subject in (c for c in verb.children if c.dep_ == "nsubj"):
            if subject.lemma_.lower() in ("version", "report", "story", "article") and any(
                c.lower_ in CORRECTED for c in subject.children
            ):
                return True
    return False


def _disputed(trigger: Token, rules: RulePack) -> bool:
    """ "a spokesman said fighters had entered X, but residents said troops still held
    it": a report that another report, set against it with "but", contradicts."""
    verb = _clause_verb(trigger)
    report = verb.head
    said = set(rules.modality.attribution_verbs) | set(rules.modality.negation_verbs)
    if verb.dep_ != "ccomp" or report.lemma_.lower() not in said:
        return False
    pair = [c for c in report.children if c.dep_ == "conj"]
    if report.dep_ == "conj":
        pair.append(report.head)
    for other in pair:
        first, second = sorted((report, other), key=lambda t: t.i)
        but = any(c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in first.children)
        but = but or any(c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in second.children)
        speakers = [c for c in second.children if c.dep_ in ("nsubj", "nsubjpass")]
        if but and other.lemma_.lower() in said and speakers:  # not "said X, but said Y"
            return True
    return False


def _reported(trigger: Token, rules: RulePack) -> Token | None:
    """The verb of saying or claiming the trigger's clause is the complement of."""
    verb = _clause_verb(trigger)
    while verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ == "VERB":
        verb = _clause_verb(verb.head.head)  # "says the army is combing X after taking it"
    while verb.dep_ == "conj" and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head  # "said they had taken X and raised their flag over Y": reported too
    said = set(rules.modality.attribution_verbs)
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in said:
        return verb.head
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in said and _perfect_infinitive(verb):
        return verb.head  # "the rebels claimed to have captured X"
    return None


def _unconfirmed_source(trigger: Token, rules: RulePack) -> bool:
    """ "X has fallen, according to unconfirmed reports", and "unconfirmed reports said X had
    fallen" however the parser hangs the clause under the verb of saying: a source the text
    calls unconfirmed ("unconfirmed", "unverified") tells the event."""
    hedges = set(rules.modality.hedge_adverbs)
    said = set(rules.modality.attribution_verbs)
    for verb in [trigger, *trigger.ancestors]:
        sources = [c for c in verb.children if c.dep_ == "nsubj" and verb.lemma_.lower() in said]
        sources += [
            g for p in verb.children if p.dep_ == "prep" and p.lower_ == "according"
            for t in p.children if t.lower_ == "to" for g in t.children if g.dep_ == "pobj"
        ]  # fmt: skip
        if any(c.lower_ in hedges and c.dep_ == "amod" for s in sources for c in s.children):
            return True
    return False


def _perfect_infinitive(verb: Token) -> bool:
    """ "to have taken": a past act the subject of the verb above reports."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and any(
        c.dep_ == "aux" and c.lower_ == "have" for c in verb.children
    )


def _countered(trigger: Token, rules: RulePack) -> bool:
    """ "X said its troops had taken Y, but the other side insisted fighting went on": a
    report followed in its sentence by "but" and another speaker's verb of saying."""
    report = _reported(trigger, rules)
    if report is None or report.lemma_.lower() == "confirm":
        return False
    said = {*rules.modality.attribution_verbs, *rules.modality.negation_verbs, *COUNTERING}
    speaker = {c.lemma_.lower() for c in report.children if c.dep_ == "nsubj"}
    but = next((t for t in trigger.sent if t.i > trigger.i and t.lower_ in ("but", "yet")), None)
    if but is None:
        return False
    for verb in trigger.sent[but.i + 1 - trigger.sent.start :]:
        subjects = {c.lemma_.lower() for c in verb.children if c.dep_ == "nsubj"}
        if verb.pos_ == "VERB" and verb.lemma_.lower() in said and subjects - speaker:
            return True
    return False


def _denied_after_but(trigger: Token, rules: RulePack) -> bool:
    """ "the flag went up over X, but the other side denied that it had fallen" / "called
    the claim false": an event set against another party's denial ("but", a verb of denying
    with a clause, a report noun or a pronoun as its object, or "call ... false") is
    contested, whether or not the event itself is told as a report."""
    but = next((t for t in trigger.sent if t.i > trigger.i and t.lower_ in ("but", "yet")), None)
    if but is None:
        return False
    cues = rules.modality
    denials = {v for v in cues.negation_verbs if v != "fail"}
    reports = {*cues.report_nouns, "it", "this", "that"}
    own = {c.lemma_.lower() for c in _clause_verb(trigger).children if c.dep_ == "nsubj"}
    for verb in trigger.sent[but.i + 1 - trigger.sent.start :]:
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if (
            verb.pos_ != "VERB"
            or not subjects
            or any(c.pos_ == "PRON" or c.lemma_.lower() in own for c in subjects)
        ):
            continue
        objects = [c for c in verb.children if c.dep_ in ("dobj", "ccomp")]
        lemma = verb.lemma_.lower()
        if lemma in denials and any(o.dep_ == "ccomp" or o.lower_ in reports for o in objects):
            return True
        false = [c for c in verb.children if c.dep_ in ("oprd", "acomp", "ccomp", "xcomp")]
        false += [g for o in objects for g in o.children if g.dep_ in ("amod", "oprd", "acomp")]
        if lemma == "call" and any(f.lower_ in cues.negation_adjectives for f in false):
            return True
    return False


def _denied_next(sent: Span, trigger: Token, rules: RulePack) -> bool:
    """ "X said its fighters had taken Y. The government denied it" / "called the report a
    lie": a report the next sentence rejects (a denial verb on a report noun, a pronoun or
    a clause, or "call ... false") is left hedged. Holding positions elsewhere is no
    denial. Read from the words (the next sentence may be unparsed). An entry told
    directly ("rebels broke into X. ... the garrison says it still holds the port") is
    left hedged by the same counter-claims: entering a town is not yet holding it."""
    if _reported(trigger, rules) is None and not _entry(trigger):
        return False
    cues = rules.modality
    if _denied_in_apposition(sent, trigger, rules):
        return True
    # ...or the clause after a semicolon ("X say they took Y; the government calls it false")
    semicolon = next((t for t in sent if t.i > trigger.i and t.text == ";"), None)
    texts = [sent.doc[semicolon.i + 1 : sent.end].text.lower()] if semicolon else []
    if sent.end < len(sent.doc):
        after = sent.doc[sent.end].sent
        while after.end < len(sent.doc) and not any(t.is_alpha for t in after):
            after = sent.doc[after.end].sent  # (a live blog's time stamp: "10:15")
        texts.append(after.text.lower())
    for text in texts:
        if FIGHTING_ON.search(text) and SAYING.search(text):
            return True  # "... said fighting for the town was still going on"
        if STILL_FIGHTING.search(text) or _still_holding_here(text):
            return True  # "; the resistance leaders insist they are still fighting"
        if UNCONFIRMED.search(text):
            return True  # "officials have not confirmed the loss"
        if _denial_pattern(tuple(cues.negation_verbs) + DISPUTING, tuple(cues.report_nouns),
                           tuple(cues.negation_adjectives)).search(text):  # fmt: skip
            return True
    return False


def _denied_in_apposition(sent: Span, trigger: Token, rules: RulePack) -> bool:
    """ "said they had seized X, a claim the government rejected", "..., an account the
    ministry disputed": a report noun after the event whose relative clause denies it."""
    cues = rules.modality
    denials = {v for v in cues.negation_verbs if v != "fail"} | set(DISPUTING)
    return any(
        token.i > trigger.i
        and token.lower_ in cues.report_nouns
        and any(
            c.dep_ == "relcl"
            and c.lemma_.lower() in denials
            and not any(g.dep_ == "neg" for g in c.children)  # "a claim the army did not deny"
            for c in token.children
        )
        for token in sent
    )


def _entry(trigger: Token) -> bool:
    """ "entered X", "broke into X", "marched into X": a capture told as going in."""
    return trigger.lemma_.lower() == "enter" or any(
        c.dep_ == "prep" and c.lower_ == "into" for c in trigger.children
    )


# "the defenders insist they are still fighting", "maintain the garrison is still holding
# out": a counter-claim (not "said it was still fighting in the valley": elsewhere)
STILL_FIGHTING = re.compile(
    r"\b(?:insist|insists|insisted|maintain|maintains|maintained|contend|contends)\b.*"
    r"\bstill (?:fighting|holding out|resisting|holding the|in control)\b"
)
# "the army answered that its troops still held the town centre", "said its units were still
# fighting in the north of the city", "say they have only pulled back and are still fighting on
# its edge", "the ministry says the army still holds the airport ...
# and is clearing the city": the other side's account that it still holds or fights
STILL_HOLDING = re.compile(
    r"\b(?:said|says|say|answer\w*|repl\w*|respond\w*|counter\w*|retort\w*|insist\w*"
    r"|maintain\w*|contend\w*)\b(?: that)? (?:it|they|its|their|his|our"
    # ...or the defenders by name ("the ministry says the army still holds the airport")
    r"|the (?:army|military|garrison|defenders|troops|soldiers|government))\b(?: [\w'-]+){0,5}? "
    r"(?:(?:was|were|is|are) )?still (?:fighting|holding|held|holds?|controll?\w*|in control"
    r"|resisting|defending)\b"
)
# ...in the place itself or a part of it, the land it is the seat of, or positions held there
# ("still fighting in the valley", "on its southern edge"; not "still fighting in the hills")
IN_THE_PLACE = re.compile(
    r"\b(?:city|town|centre|center|streets?|port|capital|valley|province|region|positions"
    r"|edge|outskirts|quarters?|districts?)\b"
)


def _still_holding_here(text: str) -> bool:
    """Another speaker's account that it still holds or fights in the town ("the army
    answered that its troops still held the town centre")."""
    for still in STILL_HOLDING.finditer(text):
        if IN_THE_PLACE.search(re.split(r"[.;]", text[still.end() :], maxsplit=1)[0]):
            return True
    return False


# "An aide disputes this", "the army contests the claim": a report the other side disputes
DISPUTING = ("dispute", "contest")
UNCONFIRMED = re.compile(
    r"\b(?:has|have|had|did|does|do)(?: not|n't| yet to)(?: \w+)? (?:confirm|acknowledge|verif)"
    r"|\bwithout (?:confirming|acknowledging|verifying)\b"  # "listed fighting there without
)  # confirming its loss"


@lru_cache(maxsize=4)
def _denial_pattern(
    verbs: tuple[str, ...], reports: tuple[str, ...], false: tuple[str, ...]
) -> re.Pattern[str]:
    def inflected(verb: str) -> str:
        if verb.endswith("y"):
            return re.escape(verb[:-1]) + "(?:y|ies|ied|ying)"
        stem = verb[:-1] if verb.endswith("e") else verb
        return re.escape(stem) + "(?:e|es|ed|ing|s)?"

    denials = "|".join(inflected(v) for v in verbs if v != "fail")
    said = "|".join(re.escape(r) for r in (*reports, "it", "this"))
    wrong = "|".join(re.escape(w) for w in (*false, "lie", "lies", "propaganda"))
    # (a denial itself denied confirms: "officials did not dispute it")
    return re.compile(
        rf"(?<!not )(?<!n't )(?<!never )\b(?:{denials})\b(?: \w+){{0,2}}? (?:{said})\b"
        rf"|\bcall(?:s|ed|ing)? (?:the |this |that )?(?:{said})\b(?: \w+){{0,3}}? (?:{wrong})\b"
    )


def _unconfirmed(trigger: Token, rules: RulePack) -> bool:
    """ "the group claimed X had fallen; officials could not be reached to confirm": a
    report its sentence says no one could confirm or verify."""
    if _reported(trigger, rules) is None:
        return False
    for verb in trigger.sent:
        if verb.lemma_.lower() not in CONFIRMING or verb.pos_ != "VERB":
            continue
        objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        if any(o.pos_ == "NOUN" and o.lower_ not in rules.modality.report_nouns for o in objects):
            continue  # "could not confirm the number of dead": something else
        chain = [verb, verb.head] if verb.dep_ in ("xcomp", "advcl") else [verb]
        negated = any(
            c.dep_ == "neg" or c.lower_ in ("unable", "no") for v in chain for c in v.children
        )
        if negated or verb.head.lower_ == "unable":
            return True
    return False


REPORTED = frozenset({"reported", "alleged", "claimed", "purported", "rumoured", "rumored"})
STAYING = frozenset({"be", "remain", "stay", "seem", "appear"})


def _unverified_noun(trigger: Token, rules: RulePack) -> bool:
    """An event noun told as only reported ("the reported takeover of X", "alleged
    seizures"), or whose clause says it is unconfirmed ("takeovers ... remain unverified")."""
    if trigger.pos_ != "NOUN":
        return False
    hedges = {*rules.modality.hedge_adverbs, *REPORTED}
    if any(c.dep_ == "amod" and c.lower_ in hedges for c in trigger.children):
        return True
    # (the adjective after a determiner or possessive that the parser took for a verb:
    # "the rebels' reported seizure of X")
    before = trigger.doc[max(trigger.i - 2, 0) : trigger.i]
    if len(before) == 2 and before[1].lower_ in hedges and before[0].tag_ in ("DT", "POS", "PRP$"):
        return True
    verb = trigger.head
    return (
        trigger.dep_ in ("nsubj", "nsubjpass")
        and verb.lemma_.lower() in STAYING
        and any(c.dep_ == "acomp" and c.lower_ in hedges for c in verb.children)
    )


SPANS_AHEAD = frozenset({"time", "day", "days", "hour", "hours", "week", "weeks", "month",
                         "months"})  # fmt: skip


def _only_a_matter_of_time(trigger: Token, rules: RulePack) -> bool:
    """ "The fall of X is (only) a matter of days", "its capture is a question of time": an
    event told as certain to come, not as done."""
    verb = trigger.head
    if trigger.dep_ != "nsubj" or verb.lemma_ != "be":
        return False
    reported = verb.dep_ == "ccomp" and verb.head.lemma_ in rules.modality.attribution_verbs
    if verb.tag_ == "VBD" and not reported:
        return False  # "the capture of X was a matter of hours": how fast it went
    for child in verb.children:
        if child.dep_ == "attr" and child.lemma_.lower() in ("matter", "question"):
            spans = [g for p in child.children if p.lower_ == "of" for g in p.children]
            if any(g.lower_ in SPANS_AHEAD for g in spans):
                return True
    return False


def _lasting_state(trigger: Token) -> bool:
    """ "the embassy will stay closed on Monday", "would remain shut through Friday": a
    state that holds now and is said to go on, under a verb of lasting (not "will close",
    nor a condition: "would stay closed if ...")."""
    verb = trigger.head
    if trigger.dep_ not in ("acomp", "oprd", "xcomp") or verb.lemma_.lower() not in LASTING:
        return False
    return not any(t.lower_ in ("if", "unless") for t in trigger.sent)


def _repelled(trigger: Token) -> bool:
    """A verb of entering whose next conjunct, passive, drives its subject back ("entered X
    but were pushed back", "stormed X and were repelled"): the place was not taken (one that was
    seized and then lost was taken)."""
    if trigger.lemma_.lower() not in ENTERING:
        return False
    for verb in trigger.conjuncts:
        if verb.i < trigger.i:
            continue
        back = any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in verb.children)
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        lemma = verb.lemma_.lower()
        if passive and (lemma in REPELLING or back and lemma in DRIVING):
            return True
    return False


def _ongoing(trigger: Token) -> bool:
    """A present perfect progressive ("has been urging", "have been telling"): something
    going on for a while, background to the news rather than a new act."""
    auxes = {c.lower_ for c in trigger.children if c.dep_ == "aux"}
    return trigger.tag_ == "VBG" and "been" in auxes and bool(auxes & {"has", "have"})


def _under_way(trigger: Token) -> bool:
    """ "its diplomats were already leaving", "staff are already on their way home": an act
    in progress (a progressive, or a state told with "be") is going on as the news is told,
    so "already" makes it no background (unlike "had already left", "already left in
    June")."""
    verb = _clause_verb(trigger)
    auxes = {c.lemma_.lower() for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if "have" in auxes:
        return False
    return "be" in auxes if verb.tag_ == "VBG" else verb.lemma_.lower() == "be"


def _long_after(trigger: Token) -> bool:
    """ "three years after it fell", "seven months after losing the city": an event
    weeks or years before the clause it is told beside is background."""
    durations: list[Token] = []
    for verb in (trigger, _clause_verb(trigger)):
        if any(c.dep_ == "mark" and c.lower_ == "after" for c in verb.children):
            durations += [c for c in verb.children if c.dep_ == "npadvmod"]
        if verb.dep_ == "pcomp" and verb.head.lower_ == "after":
            durations += [c for c in verb.head.children if c.dep_ == "npadvmod"]
    return any(d.lemma_.lower() in ("week", "month", "year", "decade") for d in durations)


def _pluperfect_after(trigger: Token) -> bool:
    """ "X fell a day after the rebels had taken Y": the past perfect in a clause of time
    ("after", "since") sets its event before the news, as background."""
    perfect = any(c.dep_ == "aux" and c.lower_ == "had" for c in trigger.children)
    return perfect and any(
        c.dep_ == "mark" and c.lower_ in ("after", "since") for c in trigger.children
    )


def _background_perfect(trigger: Token) -> bool:
    """ "UNITA took Kuito on Monday. Huambo had fallen to it at the weekend": a main clause
    in the past perfect after a sentence told in the simple past sets its event before the
    news, as background (not "by nightfall the town had fallen", nor a lead)."""
    if trigger.dep_ != "ROOT" or not any(
        c.dep_ in ("aux", "auxpass") and c.lower_ == "had" for c in trigger.children
    ):
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("by", "within") for c in trigger.children):
        return False
    sent = trigger.sent
    if sent.start == 0:
        return False
    before = trigger.doc[sent.start - 1].sent.root
    return before.tag_ == "VBD" and not any(c.lower_ == "had" for c in before.children)


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
        *_following_captures(sent, cfg, context),
        *_verbless_control(sent, rule, cfg, context),
        *_passing_captures(sent, rule, cfg, context),
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


YIELDING = frozenset({"surrender", "capitulate"})
# the side that held a place, whose yielding gives it up: "X's garrison surrendered"
HOLDERS = frozenset({"garrison", "defender", "defenders", "defence", "defense", "defences"})
SPEAKING_PRONOUNS = frozenset({"it", "they", "we", "its", "their", "our"})


def _yielded_by_pronoun(trigger: Token) -> bool:
    """ "they surrender the town", "it surrendered X": the side a pronoun stands for gives
    the place up, so it is no taker (not "surrendered X to them", where the taker is named,
    nor "the governor, who surrendered the city", where the taker is the story's)."""
    return (
        trigger.lemma_.lower() in YIELDING
        and any(c.dep_ == "nsubj" and c.tag_ == "PRP" for c in trigger.children)
        and any(c.dep_ == "dobj" for c in trigger.children)
        and not any(c.dep_ in ("prep", "dative") and c.lower_ == "to" for c in trigger.children)
    )


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
        if actor is not None and actor.id not in losers:
            out.append((trigger, actor, places))
    return out


def _passive_sides(sent: Span, cfg: EventRules) -> set[str]:
    """The groups a sentence tells as the subject of a passive verb ("Government forces were
    driven out of X, ... the second city to fall"): the side that lost, never the broad
    reading's taker."""
    subjects = (t for t in sent if t.dep_ == "nsubjpass")
    groups = (
        _group_in(sent.doc[t.left_edge.i : t.i + 1].text.lower(), cfg, True) for t in subjects
    )
    return {g.id for g in groups if g is not None}


def _linked_places(trigger: Token, cfg: EventRules) -> list[str]:
    """Places the parse hangs on a capture word where `_places` does not look: the town
    noun a reduced passive describes ("X city conquered by the rebels"), the owner of the
    garrison that yields ("X's garrison surrendered", "the defenders of X capitulated",
    "the garrison at X surrenders"), else an object the sentence calls a town
    (`_described_object`)."""
    parts, seats, towns = set(cfg.part_nouns), set(cfg.seat_modifiers), set(cfg.city_nouns)
    candidates: list[Token] = []
    head = trigger.head
    if trigger.dep_ in ("acl", "amod") and head.lemma_.lower() in towns:
        candidates += [c for c in head.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    if trigger.lemma_.lower() in YIELDING:
        for subject in (c for c in trigger.children if c.dep_ == "nsubj"):
            if subject.lower_ not in HOLDERS and subject.lemma_.lower() not in HOLDERS:
                continue
            for child in subject.children:
                if child.dep_ == "poss" and child.ent_type_ not in ("PERSON", "NORP"):
                    candidates.append(child)  # (not a commander's: "Osman Pasha's garrison")
                elif child.dep_ == "prep" and child.lower_ in ("of", "in", "at"):
                    candidates += [g for g in child.children if g.dep_ == "pobj"]
    candidates = [w for c in candidates for w in _object_words(c, parts, seats, towns)]
    names = [_place_name(t, trigger, cfg) for t in candidates if not _path_end(t)]
    return list(dict.fromkeys(n for n in names if n is not None)) or _described_object(trigger, cfg)


DESCRIBING = frozenset({"appos", "npadvmod", "nsubj", "attr", "dep", "dobj"})


def _described_object(trigger: Token, cfg: EventRules) -> list[str]:
    """A name the entity tagger typed as a person or an organisation, as the capture verb's
    object ("captured Ain Issa", "took full control of X"), that the sentence after it calls
    a town with no name of its own ("..., a town about 50 km north of Y", "..., the largest
    town the army has recaptured"): that name."""
    objects = [c for c in trigger.children if c.dep_ == "dobj"]
    objects += [
        g for o in list(objects) if o.lemma_.lower() in HOLDING
        for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
        for g in p.children if g.dep_ == "pobj"
    ]  # fmt: skip
    nouns = {*cfg.city_nouns, "capital"}
    found = []
    for obj in objects:
        if not _name_word(obj):
            continue
        # the entity's words, from after the trigger when the tagger ran them together
        # ("[Boko Haram seizes Madagali]")
        ent = next(e for e in obj.doc.ents if e.start <= obj.i < e.end)
        start = trigger.i + 1 if ent.start <= trigger.i < obj.i else ent.start
        name = obj.doc[start : ent.end]
        if not all(w.is_title or w.text == "-" or w.lower_ in ARTICLES for w in name):
            continue
        if any(_town_described(t, nouns) for t in obj.sent if t.i > obj.i):
            found.append(name.text)
    return found


# the article inside an Arabic place name ("Maarat al-Numan")
ARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "az"})


def _name_word(token: Token) -> bool:
    """A name's word the entity tagger took for a person's or an organisation's (whatever its
    tag: "Tell" read as a verb)."""
    return token.is_title and token.ent_type_ in ("PERSON", "ORG")


def _town_described(noun: Token, nouns: AbstractSet[str]) -> bool:
    """ ", a town about 50 km north of Y", ", the largest town ...": a town noun set after a
    comma beside a name (not one a preposition governs, nor one with a name of its own or
    an owner)."""
    return (
        noun.lemma_.lower() in nouns
        and noun.dep_ in DESCRIBING
        and noun.left_edge.i > 0
        and noun.doc[noun.left_edge.i - 1].text == ","
        and any(c.dep_ in ("det", "amod") for c in noun.children)
        and not any(
            c.dep_ == "poss"
            or (c.dep_ == "compound" and c.pos_ == "PROPN")
            or (
                c.dep_ == "prep" and c.lower_ == "of" and any(g.pos_ == "PROPN" for g in c.children)
            )
            for c in noun.children
        )
    )


def _speakers_group(trigger: Token, cfg: EventRules) -> Actor | None:
    """ "The Alliance says X is the sixth town it has taken": a pronoun taker stands for the
    group that speaks in the clause above (its subject), as the speaker's own act."""
    pronouns = [
        t for p in _agent_phrases(trigger) for t in p.subtree if t.lower_ in SPEAKING_PRONOUNS
    ]
    if not pronouns:
        return None
    for verb in trigger.ancestors:
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        group = _named_group(subjects, cfg) or _named_organisation(subjects, cfg)
        if group is not None:
            return group
    return None


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
        for verb in (c for v in clause for c in v.children if c.dep_ == "conj"):
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


# "X went on Sunday morning as well": a place that goes, with nothing after the verb but
# times and adverbs of manner, falls (not "went to the polls", "went quiet", "went on strike")
TIME_PREPS = frozenset(
    {"on", "in", "at", "within", "before", "after", "during", "by", "early", "late", "overnight"}
)
# "by my count", "by one account": the teller's tally, no complement of the verb
TALLIES = frozenset({"count", "account", "reckoning", "tally", "estimate"})
GOING_ON = frozenset({"dep", "dobj", "xcomp", "acomp", "attr", "prt", "oprd", "ccomp", "dative"})
DIRECTIONS = frozenset(
    {
        "home",
        "back",
        "up",
        "down",
        "out",
        "away",
        "off",
        "ahead",
        "on",
        "missing",
        "abroad",
        "along",
        "around",
        "forward",
        "there",
        "here",
        "astray",
        "wrong",
        "far",
        "further",
    }
)


def _passing_captures(
    sent: Span, rule: EventRule, cfg: EventRules, context: _Context
) -> list[tuple[Token, Actor | None, list[str]]]:
    """A place that "went" (with only times after it: "X went on Sunday as well"), or went or
    passed "to" an armed group ("X passed to the guerrillas", "went to the Chinese"), is taken:
    by that group, else by the group the sentence or article names."""
    if rule.type != "city_captured":
        return []
    out: list[tuple[Token, Actor | None, list[str]]] = []
    for token in sent:
        lemma = token.lemma_.lower()
        if lemma not in ("go", "pass") or token.pos_ != "VERB":
            continue
        subjects = [c for c in token.children if c.dep_ == "nsubj"]
        # "X went to the Taliban, and so did Y and Z": the elided predicate's new subjects
        subjects += [
            s for c in token.children if _so_did(c)
            for s in c.children if s.dep_ in ("nsubj", "dobj", "attr")
        ]  # fmt: skip
        subjects += [c for s in subjects for c in s.conjuncts]
        places = [n for t in subjects if t.pos_ == "PROPN" and (n := _place_name(t, token, cfg))]
        if not places or any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
            continue
        to = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "to"]
        if to:
            words = " ".join(t.lower_ for p in to for t in p.subtree)
            out.append((token, _group_in(words, cfg, agent=True), places))
            continue
        if lemma != "go" or any(c.dep_ in GOING_ON for c in token.children):
            continue
        if any(
            c.dep_ == "prep"
            and c.lower_ != "without"  # (a manner: "went without a fight")
            and not any(g.lemma_.lower() in TALLIES for g in c.children)
            and (
                c.lower_ not in TIME_PREPS
                # (and the word after it: the day the parser left hanging beside "on" in
                # "went on Sunday morning")
                or not any(g.ent_type_ in ("DATE", "TIME") or g.lower_ in TIMES_OF_DAY
                           for g in (*c.children, *c.doc[c.i + 1 : c.i + 2]))
            )
            or c.dep_ == "advmod" and c.lower_ in DIRECTIONS
            for c in token.children
        ):  # fmt: skip
            continue
        out.append((token, _enemy_of_government(sent, cfg, context), places))
    return out


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


def _governs(verb: Token, other: Token) -> bool:
    """`other` is in an adverbial clause under `verb` ("X, months after troops seized it")."""
    node = other
    while node.head.i != node.i and node.i != verb.i:
        if (
            node.dep_ in ("advcl", "pcomp")
            and node.head.i == verb.i
            or (node.dep_ == "pcomp" and node.head.head.i == verb.i)
        ):
            return True
        node = node.head
    return False


def _local(actor: Actor | None, cfg: EventRules, context: _Context) -> Actor | None:
    """A group read from a generic alias ("militants") outside its own country is the
    group the rule pack names for elsewhere ("rebels" in a story on Iraq)."""
    group = next((g for g in cfg.groups if actor is not None and g.id == actor.id), None)
    if group is None or group.elsewhere is None or not group.default_in:
        return actor
    if context.group is not None and context.group.id == group.id:
        return actor
    other = next((g for g in cfg.groups if g.id == group.elsewhere), None)
    return Actor(other.id, other.name) if other is not None else actor


def _prep_captures(
    sent: Span, rule: EventRule, cfg: EventRules, context: _Context
) -> list[tuple[Token, Actor | None, list[str]]]:
    """ "Taliban fighters rolled into X", "the rebels raised their flag over X": the
    place follows a preposition; only the verb's own subject (or its flag's owner) is
    the actor, since crowds and refugees pour into cities too."""
    out = []
    for spec in rule.prep_triggers:
        verbs, preps, objects = set(spec.verbs), set(spec.preps), set(spec.objects)
        for token in sent:
            if (
                not (token.pos_ in ("VERB", "AUX") or _name_verb(token))
                or not _forms(token) & verbs
            ):
                continue
            flags = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass", "nsubj")]
            flags = [c for c in flags if _forms(c) & objects]
            if objects and not flags:
                continue
            # "marched back into X": the preposition hangs on the adverb
            back = [c for c in token.children if c.dep_ == "advmod" and c.lower_ == "back"]
            holders = [token, *flags, *back]
            places = [
                name
                for pobj in _prep_objects(holders, preps)
                for name in _places_under(pobj, token, cfg, refer=True)
            ]
            phrases = [*_agent_phrases(token), *flags]
            actor = next(
                (
                    g
                    for p in phrases
                    if (g := _movement_army(p, cfg))  # "Pathet Lao troops rolled into X"
                    or (g := _militia(p, cfg))  # "the Cobra militia marched into X"
                    or (g := _group_in(" ".join(t.lower_ for t in p.subtree), cfg, True))
                ),
                None,
            )
            if actor is None and flags and places and _flag_news(token, flags[0]):
                # "the Peruvian flag flew over X again": a state's flag names its army
                actor = _state_holder(flags[0], token, places, cfg, context.year)
            if actor is None and any(_forms(p) & set(cfg.armed_nouns) for p in phrases):
                actor = _enemy_of_government(sent, cfg, context)  # "they rolled into X"
            owners = [c for f in flags for c in f.children if c.dep_ == "poss"]
            if actor is None and any(
                _forms(o) & {*cfg.armed_nouns, "group", "their", "its"} for o in owners
            ):
                actor = _enemy_of_government(sent, cfg, context)  # "the group's flag over X"
            out.append((token, actor, places))
    return out


def _name_verb(token: Token) -> bool:
    """A verb in lower case the tagger took for a noun after the name before it ("troops
    under General Leopoldo O'Donnell march into X"): a noun with a subject of its own, in
    the present tense."""
    return (
        token.pos_ in ("PROPN", "NOUN")
        and token.is_lower
        and token.i > 0
        and token.doc[token.i - 1].pos_ == "PROPN"
        and any(c.dep_ == "nsubj" for c in token.children)
    )


def _flag_news(verb: Token, flag: Token) -> bool:
    """A flag raised over a place is news; a flag flying there is only with "now", "again"
    or "back" or on a day ("was flying over X on Thursday"), not "flew over X for years"."""
    if flag.dep_ != "nsubj" or verb.lemma_.lower() != "fly":
        return True
    if any(c.lower_ in CHANGE_ADVERBS for c in verb.children):
        return True
    return any(
        p.dep_ == "pobj" and p.lower_ in WEEKDAYS
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "on"
        for p in c.children
    )


def _prep_objects(holders: Iterable[Token], preps: AbstractSet[str]) -> list[Token]:
    """The objects of the prepositions in `preps` attached to `holders` ("out of X")."""
    found: list[Token] = []
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ not in ("prep", "prt", "advmod"):
                continue
            if prep.lower_ in preps:
                found.extend(c for c in prep.children if c.dep_ == "pobj")
            if prep.lower_ == "out" and "out of" in preps:
                found.extend(c for p in prep.children if p.lower_ == "of" for c in p.children
                             if c.dep_ == "pobj")  # fmt: skip
    return found


def _places_under(pobj: Token, trigger: Token, cfg: EventRules, refer: bool = False) -> list[str]:
    """The place a prepositional object names: itself, or for a building or square a
    place in it ("over the governor's office in X"); with `refer` (a verb of entering), a
    city noun refers back to the last place named ("marched into the city")."""
    parts, seats = set(cfg.part_nouns), set(cfg.seat_modifiers)
    names = [n for t in _object_words(pobj, parts, seats) if (n := _place_name(t, trigger, cfg))]
    if not names and pobj.pos_ == "NOUN" and pobj.lower_ not in parts:
        for owner in pobj.children:  # "over Kupiansk's city council"
            if owner.dep_ == "poss" and (n := _place_name(owner, trigger, cfg)):
                names.append(n)
        for prep in pobj.children:
            if prep.dep_ == "prep" and prep.lower_ in ("in", "of"):
                for inner in prep.children:
                    if inner.dep_ == "pobj" and (n := _place_name(inner, trigger, cfg)):
                        names.append(n)
    # "rolled into the Ethiopian capital", "marched into the islands' capital"; "marched into
    # the city": the last place named before it
    if (
        not names
        and (_capital_noun(pobj, cfg) or refer and pobj.lemma_.lower() in cfg.city_nouns)
        and (n := _state_capital(pobj, cfg) or _city_before(pobj, trigger, cfg))
    ):
        names.append(n)
    return list(dict.fromkeys(names))


def _control_captures(
    sent: Span, rule: EventRule, cfg: EventRules, context: _Context
) -> list[tuple[Token, Actor | None, list[str]]]:
    """ "X came under Taliban control", "X is now in rebel hands", "X passed into the
    hands of the militants": the group is named in the control phrase. "The militants
    claimed control of X": the verb's actor."""
    nouns, verbs = set(rule.control_nouns), set(rule.control_verbs)
    takers, holds = set(rule.control_takers), set(rule.hold_verbs)
    out = []
    for token in sent:
        if token.pos_ not in ("VERB", "AUX"):
            continue
        taken = [c for c in token.children if c.dep_ == "dobj" and _forms(c) & nouns]
        if taken and _forms(token) & takers:  # "the militants claimed control of X"
            actor = _group_actor(sent, token, cfg, context)
            out.append((token, actor, _places(token, cfg)))
            continue
        if _brought_under(token, nouns):  # "troops brought X under their control"
            out.append((token, _group_actor(sent, token, cfg, context), _places(token, cfg)))
            continue
        if _forms(token) & (nouns | holds) and any(c.lower_ == "now" for c in token.children):
            # "the Taliban now control Herat", "X is now held by the rebels": holding it
            # now is the news (an active verb's subject holds, it is no place held)
            places = _places(token, cfg)
            if not any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children):
                holders = {
                    n for c in token.children if c.dep_ == "nsubj"
                    for n in [_place_name(c, token, cfg)] if n
                }  # fmt: skip
                places = [p for p in places if p not in holders]
            out.append((token, _group_actor(sent, token, cfg, context), places))
            continue
        if (left := _left_in_control(token, nouns, cfg)) is not None:
            out.append((token, _named_group([left[0]], cfg), left[1]))
            continue
        if not _forms(token) & verbs:
            continue
        subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects:  # "while in the east X and Y came under Taliban control"
            subjects = [
                p for c in token.children if c.dep_ == "prep" and c.i < token.i
                for p in c.children if p.dep_ == "pobj"
            ]  # fmt: skip
        if taken and subjects:  # "X changed hands": taken by the government's enemy
            places = [
                n
                for c in subjects
                for t in _object_words(c, set(cfg.part_nouns), set(cfg.seat_modifiers))
                if (n := _place_name(t, token, cfg))
            ]
            # "capitals: 24, after X, Y and Z changed hands" with the names hung elsewhere
            places = places or [
                n
                for c in _stray_subject(token)
                for t in _object_words(c)
                if (n := _place_name(t, token, cfg))
            ]
            out.append((token, _enemy_of_government(sent, cfg, context), places))
            continue
        # "X was back in government hands": the phrase hangs on "back"
        back = [c for c in token.children if c.dep_ == "advmod" and c.lower_ == "back"]
        phrases = [c for h in (token, *back) for c in h.children if c.dep_ == "prep"]
        under = any(c.lower_ == "under" for c in phrases)
        # "officials now confirm that X is in Taliban hands": the report's "now" too
        reporters = [token, token.head] if token.dep_ == "ccomp" else [token]
        by = _by_time(token)
        if (
            token.lemma_ == "be"
            and not under
            and by is None
            and not _dated_state(token)
            and not any(c.lower_ in CHANGE_ADVERBS for v in reporters for c in v.children)
            and not _at_last(token)
            and not _told_holding(token)
        ):
            continue  # "has been in Taliban hands since 2019" is old news; "is in
            # Taliban hands" told now, "is now in", "was in their hands by dawn" or "is under
            # rebel control" tell the change, as "is back in government hands" or "is in their
            # hands again" tell a return
        if not subjects and by is not None and by.dep_ == "pobj":
            subjects = [by]  # "by Friday morning X was in their hands", X read as "by"'s
        told = token
        if not subjects and (ranked := _ranked_subject(token, cfg)) is not None:
            # "X on Saturday became the second town to pass into British hands, after Y on
            # Friday": the place, and the ranking verb that dates and frames it
            subjects, told = [ranked], ranked.head
        held = [
            n
            for h in (token, *back)  # "were back in control of X"
            for of in _in_control_of(h, nouns)
            for pobj in of.children
            if pobj.dep_ == "pobj"
            for n in _places_under(pobj, token, cfg)
        ]
        holder = _named_group(subjects, cfg) if held else None
        if holder is not None and (
            back or holder.id not in {g.id for g in cfg.groups if g.only_as_agent}
        ):
            # "the rebels were in control of X by Sunday evening": the subject holds it (a
            # government in control of its own town is no news of a capture, unless it is
            # "back in control": a return)
            out.append((token, holder, held))
            continue
        for prep in phrases:
            if prep.lower_ not in ("under", "into", "in", "to"):
                continue
            for noun in prep.children:
                if noun.dep_ != "pobj" or not _forms(noun) & nouns:
                    continue
                group = _group_in(" ".join(t.lower_ for t in noun.subtree), cfg, agent=True)
                places = [
                    n
                    for c in subjects
                    for t in _object_words(c, set(cfg.part_nouns), set(cfg.seat_modifiers))
                    if (n := _place_name(t, token, cfg))
                ]
                group = group or _state_holder(noun, token, places, cfg, context.year)
                group = group or _their_hands(noun, cfg)
                out.append((told, group, places))
    return out


def _their_hands(noun: Token, cfg: EventRules) -> Actor | None:
    """ "Rebels took X. Y is in their hands since this morning": a control noun owned by a
    plural pronoun is the last group named before it, in its sentence or the one before."""
    if not any(c.dep_ == "poss" and c.lower_ == "their" for c in noun.children):
        return None
    sent = noun.sent
    start = noun.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    return _group_in(" ".join(t.lower_ for t in noun.doc[start : noun.i]), cfg, True, last=True)


# "brought X under their control", "put Y under rebel rule": the causative of "came under"
BRINGING = frozenset({"bring", "put", "place"})


def _brought_under(verb: Token, nouns: AbstractSet[str]) -> bool:
    """A verb of bringing with an object and "under"/"into" a control noun: its subject
    takes the object."""
    if verb.lemma_.lower() not in BRINGING or not any(c.dep_ == "dobj" for c in verb.children):
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("under", "into")
        and any(p.dep_ == "pobj" and _forms(p) & nouns for p in c.children)
        for c in verb.children
    )


# a state of holding told with one of these is a change, news: "X is now in rebel hands",
# "X was back in government hands", "the flag flew over X again" (a return)
CHANGE_ADVERBS = frozenset({"now", "back", "again", "finally"})


def _at_last(verb: Token) -> bool:
    """ "X is in Japanese hands at last": a state just reached, the news of its change."""
    return any(
        c.dep_ == "prep" and c.lower_ == "at" and any(p.lower_ == "last" for p in c.children)
        for c in verb.children
    )


def _state_holder(
    noun: Token, trigger: Token, places: list[str], cfg: EventRules, year: int | None
) -> Actor | None:
    """ "X was back in Peruvian hands", "under Mexican control": a state's adjective on the
    control noun names that state's army, "government forces" in its own land (README)."""
    states = _states_in([t for t in noun.subtree if t.i < noun.i], cfg)
    if not states or not places:
        return None
    adjective = states[0][0]
    territory = _territory(trigger.sent, trigger, places, cfg, {adjective})
    government = next((g for g in cfg.groups if g.only_as_agent), None)
    if government is not None and (
        adjective in territory or _once_own_land(adjective, territory, year, cfg)
    ):
        return Actor(government.id, government.name)
    if not territory:
        return None
    name = "US forces" if adjective == "American" else f"{adjective} forces"
    same = next((g for g in cfg.groups if g.name == name), None)
    return Actor(same.id if same else f"state:{adjective.lower()}", name)


def _in_control_of(verb: Token, nouns: AbstractSet[str]) -> list[Token]:
    """The "of" of a control noun in an "in" phrase on `verb` ("in control of X")."""
    return [
        of
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ == "in"
        for noun in prep.children
        if noun.dep_ == "pobj" and _forms(noun) & nouns
        for of in noun.children
        if of.dep_ == "prep" and of.lower_ == "of"
    ]


def _left_in_control(
    verb: Token, nouns: AbstractSet[str], cfg: EventRules
) -> tuple[Token, list[str]] | None:
    """ "..., leaving the rebels in control of the town": a side left in control of a
    place (the object of "leave", in a control noun's "of") took it."""
    if verb.lemma_.lower() != "leave":
        return None
    sides = [c for c in verb.children if c.dep_ == "dobj"]
    held = _in_control_of(verb, nouns)
    if not sides or not held:
        return None
    places = [
        n
        for of in held
        for p in of.children
        if p.dep_ == "pobj"
        for t in _object_words(p, set(cfg.part_nouns), set(cfg.seat_modifiers), set(cfg.city_nouns))
        if (n := _place_name(t, verb, cfg) or _city_before(t, verb, cfg))
    ]
    return (sides[0], places) if places else None


HELD_BEFORE = frozenset({"still", "already", "long", "always", "once", "formerly", "previously"})
SPAN_PREPS = frozenset({"for", "during", "until", "throughout", "between", "from"})
REPORTING = frozenset(
    {"say", "confirm", "report", "tell", "announce", "acknowledge", "concede", "add", "state",
     "admit"}
)  # fmt: skip


def _told_holding(verb: Token) -> bool:
    """ "X, the province's second city, is in rebel hands, officials said", "officials
    confirmed that X was in their hands": a holding told as it stands now (present, or past
    in what a report says) is the news of the fall, as a reader takes it (not "still" or
    "already" held, nor held "for most of the 1990s", nor "since 2019")."""
    if verb.lemma_ != "be" or any(c.lower_ in HELD_BEFORE for c in verb.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ in SPAN_PREPS for c in verb.children):
        return False
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    return verb.tag_ == "VBD" and verb.dep_ == "ccomp" and verb.head.lemma_.lower() in REPORTING


def _dated_state(verb: Token) -> bool:
    """ "X was in rebel hands on Sunday", "the insurgents were in control of X on
    Wednesday", "X is in their hands since this morning": a state the report gives a day
    of its own (or of its start) is that day's news (unless the
    sentence tells an earlier fall: "..., three weeks after it fell")."""
    if verb.lemma_ != "be" or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return False
    # ...or the time it began: "X is in their hands since this morning", "since Sunday"
    since = {*WEEKDAYS, *TIMES_OF_DAY, "yesterday", "today", "tonight"}
    days = [
        p for c in verb.children if c.dep_ == "prep"
        for p in c.children if p.dep_ == "pobj"
        and (c.lower_ == "on" and p.lower_ in WEEKDAYS or c.lower_ == "since" and p.lower_ in since)
    ]  # fmt: skip
    if not days:
        return False
    # "..., weeks after it fell", "since the rebels took the city": the same place fell before
    earlier = any(
        t.lemma_.lower() in ("fall", "capture", "seize", "take") and t.pos_ == "VERB"
        and any(c.dep_ == "mark" and c.lower_ in ("after", "since") for c in t.children)
        and any(c.dep_ in ("nsubj", "nsubjpass", "dobj")
                and (c.lower_ == "it" or c.lemma_.lower() in ("city", "town"))
                for c in t.children)
        for t in verb.sent
    )  # fmt: skip
    return not earlier


def _by_time(verb: Token) -> Token | None:
    """The object of "by" naming a time the verb's state was reached ("was in their hands
    by dawn", "by Friday morning"): a time of day, a weekday or a date."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "by":
            continue
        for obj in prep.children:
            words = [t for t in obj.subtree if t.i >= prep.i]
            if obj.dep_ == "pobj" and any(
                t.lemma_.lower() in TIMES_OF_DAY
                or t.lower_ in WEEKDAYS
                or t.ent_type_ in ("DATE", "TIME")
                and t.lower_ not in ("year", "years")
                for t in words
            ):
                return obj
    return None


def _verbless_control(
    sent: Span, rule: EventRule, cfg: EventRules, context: _Context
) -> list[tuple[Token, Actor | None, list[str]]]:
    """A headline or flash without a verb: "Taliban fighters in control of the palace in
    X", "rebels in full control of X": an armed group's noun with "in control of"."""
    nouns = set(rule.control_nouns)
    government = {g.id for g in cfg.groups if g.only_as_agent}
    out: list[tuple[Token, Actor | None, list[str]]] = []
    for token in sent:
        if token.pos_ != "NOUN" or not _forms(token) & nouns or token.dep_ != "pobj":
            continue
        prep, holder = token.head, token.head.head
        if (
            prep.lower_ in ("in", "under")
            and holder.lower_ in CHANGE_ADVERBS
            and holder.dep_ == "advmod"
            and holder.head.pos_ == "PROPN"
            and holder.head.dep_ == "ROOT"
        ):
            # "X back in government hands", "X now under rebel control": a headline's
            # place, the change adverb and the holder's control phrase
            taker = _group_in(" ".join(t.lower_ for t in token.subtree), cfg, agent=True)
            place = _place_name(holder.head, token, cfg)
            if place is not None:
                taker = taker or _state_holder(token, token, [place], cfg, context.year)
                out.append((token, taker, [place]))
            continue
        if prep.lower_ != "in" or holder.pos_ not in ("NOUN", "PROPN"):
            continue
        if holder.dep_ == "pobj" and holder.head.lower_ in ("with", "without"):
            continue  # "with the rebels in control of X, ...": a state set as background
        if any(c.lower_ == "still" for c in (*prep.children, *token.children)):
            continue  # "rebels still in control of X": no change
        group = _named_group([holder], cfg)
        if group is None or group.id in government:
            continue
        places = [
            n
            for pobj in [
                *_prep_objects([token, prep], {"of", "in"}),
                *_prep_objects([holder], {"in"}),  # "fighters in control of the palace in X"
            ]
            for n in _places_under(pobj, token, cfg)
        ]
        out.append((token, group, list(dict.fromkeys(places))))
    return out


def _presence_captures(
    sent: Span, rule: EventRule, cfg: EventRules, context: _Context | None = None
) -> list[tuple[Token, Actor | None, list[str]]]:
    """ "By evening the Taliban were inside X", "before dawn rebel fighters were in X":
    an armed group (never the host's own forces) the subject of "be" with a place after
    one of `presence_preps`, or after "in" when a time of day or "now" says it is new."""
    preps = set(rule.presence_preps)
    government = {g.id for g in cfg.groups if g.only_as_agent}
    out: list[tuple[Token, Actor | None, list[str]]] = []
    if not preps:
        return out
    for token in sent:
        if token.lemma_ != "be" or token.pos_ not in ("AUX", "VERB"):
            continue
        subjects = [c for c in token.children if c.dep_ == "nsubj"]
        group = _named_group(subjects[-1:], cfg)  # the subject nearest the verb
        if group is None and subjects:
            group = _pronoun_group(token, subjects[-1], cfg, context)
        # "American troops are in X tonight": a state's army abroad (never in its own land)
        abroad = _state_army(token, cfg) if group is None or group.id in government else None
        if (group is None or group.id in government) and (abroad is None or abroad[1]):
            continue
        timed = _dated_state(token) or any(
            c.dep_ == "advmod"
            and c.lower_ in ("now", "already")
            or c.dep_ == "prep"
            and c.lower_ in ("by", "before")
            and c.i + 1 < len(c.doc)
            and c.nbor().lemma_.lower() in TIMES_OF_DAY  # "by evening", "before dawn"
            or c.dep_ == "advmod"
            and c.lower_ == "later"
            and any(g.dep_ == "npadvmod" for g in c.children)  # "nine days later"
            and not any(a.lower_ == "still" for a in token.children)  # (a state that lasts)
            for c in token.children
        )
        inside = [
            c for c in token.children
            if c.dep_ == "prep" and (c.lower_ in preps or timed and c.lower_ in ("in", "into"))
        ]  # fmt: skip
        holders = [token]
        if timed:  # "were in control of X on Wednesday": the place after the control noun
            holders += [
                p for c in inside for p in c.children
                if p.dep_ == "pobj" and _forms(p) & set(rule.control_nouns)
            ]  # fmt: skip
        preps_here = {c.lower_ for c in inside} | ({"of"} if len(holders) > 1 else set())
        places = [
            n
            for pobj in _prep_objects(holders, preps_here)
            if not _forms(pobj) & set(rule.control_nouns)
            for n in _places_under(pobj, token, cfg)
        ]
        if places and abroad is not None:
            side = _state_side(sent, token, None, places, cfg)
            group = side if side is not None and side.id not in government else None
        if places and group is not None:
            out.append((token, group, places))
    return out


def _following_captures(
    sent: Span, cfg: EventRules, context: _Context
) -> list[tuple[Token, Actor | None, list[str]]]:
    """ "X fell to the rebels on 2 May. Y follows nine days later.", "26 April - Y
    follows.": after a capture the article has told, a place that "follows" (its own
    clause, no object: not "follows suit", "followed the talks") is taken by the same
    side; "<N> days later" counts from the capture before (`_later_than_last`)."""
    if context.last_taker is None:
        return []
    out: list[tuple[Token, Actor | None, list[str]]] = []
    for token in sent:
        if token.lemma_ not in cfg.follow_verbs or token.pos_ != "VERB":
            continue
        if token.dep_ not in ("ROOT", "conj") or any(
            (c.dep_ in ("dobj", "prep") and c.lower_ != "on")
            or (c.dep_ in ("xcomp", "ccomp") and c.i > token.i)  # (not a clause before a ";")
            for c in token.children
        ):
            continue
        subjects = [c for c in token.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"]
        places = [n for c in subjects if (n := _place_name(c, token, cfg))]
        if places:
            out.append((token, context.last_taker, places))
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


FIGHTER_NOUNS = frozenset(
    {"fighter", "troop", "soldier", "force", "column", "unit", "militant", "gunman", "man"}
)


def _pronoun_group(
    verb: Token, subject: Token, cfg: EventRules, context: _Context | None
) -> Actor | None:
    """ "The Taliban took X ..., and by evening their fighters were in Y", "X fell to the
    rebels. Nine days later they are in Y": a subject that is "they", or fighters "their"
    owns, stands for the group the clause the verb is joined to names as its subject, else
    for the taker of the article's last capture."""
    owned = subject.lemma_.lower() in FIGHTER_NOUNS and any(
        c.dep_ == "poss" and c.lower_ in ("their", "its") for c in subject.children
    )
    if subject.lower_ != "they" and not owned:
        return None
    if verb.dep_ == "conj":
        group = _named_group([c for c in verb.head.children if c.dep_ == "nsubj"], cfg)
        if group is not None:
            return group
    taker = context.last_taker if context is not None else None
    if taker is None:
        return None
    # (the pronoun's nearest antecedent: the taker's name, with no other people between,
    # "the rebels took X. By evening the diplomats had left; now they are in Y" is none)
    names = {w.lower() for w in taker.name.split()}
    doc = subject.doc
    for k in range(subject.i - 1, max(subject.i - 60, 0) - 1, -1):
        word = doc[k]
        if word.lower_ in names or word.lemma_.lower() in names:
            return taker
        if word.tag_ in ("NNS", "NNPS") and word.ent_type_ not in ("DATE", "TIME"):
            return None
    return None


def _stray_subject(verb: Token) -> list[Token]:
    """The subject of a finite verb the parser hung elsewhere: the name right before it, with
    the list it ends ("after X, Y and Z changed hands", with the names hung on "after")."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i == verb.sent.start:
        return []
    name = verb.doc[verb.i - 1]
    if name.pos_ != "PROPN" or name.head.i == verb.i:
        return []
    while name.dep_ == "conj" and name.head.pos_ == "PROPN" and name.head.i != name.i:
        name = name.head
    return [name]


def _loss_captures(
    sent: Span, rule: EventRule, cfg: EventRules, context: _Context
) -> list[tuple[Token, Actor | None, list[str]]]:
    """The other side loses a place: "government forces were driven out of X", "the
    army lost control of X", "the Taliban pushed the army out of X". The actor is the winner when
    named, else the enemy of the loser: any armed group for a government loser (the
    sentence's, the article's, the rule pack's default), government forces for a group."""
    losers_verbs, expel_verbs = set(rule.loss_triggers), set(rule.expel_triggers)
    leave_verbs = set(rule.withdraw_triggers)
    government = next((g for g in cfg.groups if g.only_as_agent), None)
    out: list[tuple[Token, Actor | None, list[str]]] = []
    for token in sent:
        if token.pos_ not in ("VERB", "AUX"):
            continue
        # "was given up", "pulled out": a verb and its particle, also past its object
        # ("pulled its troops out of X")
        forms = _forms(token) | {
            f"{token.lemma_} {c.lower_}"
            for c in token.children
            if c.dep_ == "prt"
            or c.dep_ in ("prep", "advmod")
            and (c.i == token.i + 1 or c.lower_ in ("out", "back") and c.i > token.i)
        }
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children) or (
            token.tag_ == "VBN" and not any(c.dep_ == "aux" for c in token.children)
        )  # "Afghan Troops Driven Out Of X": a headline drops the auxiliary
        if forms & losers_verbs and not passive:
            # "the army lost control of X", "the junta lost X to the rebels"
            winner = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "to"]
            loser = [c for c in token.children if c.dep_ == "nsubj"]
            holders = [c for c in token.children if c.dep_ == "dobj"]
            places = [
                n
                for h in holders
                for t in _object_words(h, set(cfg.part_nouns), set(cfg.seat_modifiers))
                if (n := _place_name(t, token, cfg))
                or (t.i == h.i and (n := _city_before(t, token, cfg)))
            ]
            if not holders and not winner and context.last_taker is not None:
                # "X also lost late Thursday", "13 Aug: X and Y lost": a report's clipped
                # passive, the place its subject and no object, after a capture the article
                # told: lost to the same taker (not "X lost 2-1", a score)
                named = [
                    n
                    for h in loser
                    if h.pos_ == "PROPN"
                    for t in _object_words(h, set(cfg.part_nouns), set(cfg.seat_modifiers))
                    if (n := _place_name(t, token, cfg))
                ]
                counted = any(c.like_num or c.ent_type_ == "CARDINAL" for c in token.subtree)
                if named and not counted:
                    out.append((token, context.last_taker, named))
                continue
            if not loser and not winner:
                continue  # "losing X" with no side named
        elif forms & losers_verbs:
            # "X was abandoned by government troops", "X and Y were reported lost"
            winner = []
            loser = [c for c in token.children if c.dep_ == "agent"]
            subject = token.head if token.dep_ in ("xcomp", "oprd", "acl") else token
            holders = [c for c in subject.children if c.dep_ in ("nsubjpass", "nsubj")]
            if token.dep_ == "acl":  # "the 11th provincial capital lost"
                holders.append(token.head)
            places = [
                n
                for h in holders
                for t in _object_words(h, set(cfg.part_nouns), set(cfg.seat_modifiers))
                if (n := _place_name(t, token, cfg))
            ]
            if not loser and government is not None:
                # "lost to the SPLA": the side it was lost to (a state's people named bare,
                # "abandoned to the North Vietnamese", is read after)
                to = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "to"]
                actor = _named_group(to, cfg) or _named_organisation(to, cfg)
                actor = actor or _enemy_of_government(sent, cfg, context)
                if places:
                    out.append((token, actor, places))
                continue
        elif forms & leave_verbs:
            # "the army withdrew from X", "government forces pulled out of X": a
            # government leaving gives the place to its enemy; "its troops had been
            # pulled out of X" (the reporting ministry's): an army that cedes ground on
            # withdrawal leaves it to the government (insurgents melt away)
            winner = []
            loser = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
            loser = _owners(loser, token)
            lost_by = _named_group(loser, cfg)
            cedes = {g.id for g in cfg.groups if g.only_as_agent or g.cedes_on_withdrawal}
            if lost_by is None or government is None or lost_by.id not in cedes:
                continue
            places = [
                n
                for pobj in _prep_objects([token], {"out of", "from"})
                for n in _places_under(pobj, token, cfg)
            ]
        elif forms & expel_verbs:
            if passive:
                winner = [c for c in token.children if c.dep_ == "agent"]
                loser = [c for c in token.children if c.dep_ in ("nsubjpass", "nsubj")]
                if token.dep_ == "acl":  # "troops driven out of X"
                    loser.append(token.head)
            else:
                winner = [c for c in token.children if c.dep_ == "nsubj"]
                loser = [c for c in token.children if c.dep_ == "dobj"]
            places = [
                n
                for pobj in _prep_objects([token, *loser], {"out of", "from"})
                for n in _places_under(pobj, token, cfg)
            ]
        else:
            continue
        if not places:
            continue
        actor = _named_group(winner, cfg)
        if actor is None:
            lost_by = _named_group(loser, cfg)
            if lost_by is None and any(c.lower_ == "we" for c in loser):
                # "'We have lost X,' an official said as the insurgents stormed ...": the
                # speaker's side lost it to the group the sentence names
                actor = _group_in(" ".join(t.lower_ for t in sent), cfg, agent=False)
                if actor is not None:
                    out.append((token, actor, places))
                continue
            if lost_by is None:
                continue
            if government is not None and lost_by.id == government.id:
                actor = _enemy_of_government(sent, cfg, context)
            elif government is not None:
                actor = Actor(government.id, government.name)
        out.append((token, actor, places))
    return out


def _owners(phrases: list[Token], verb: Token) -> list[Token]:
    """ "the ministry said its troops had withdrawn": a side named only by "its" or
    "their" in a reported clause is the reporter's."""
    owned = any(
        p.lower_ in ("they", "it")
        or any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in p.children)
        for p in phrases
    )
    if owned and verb.dep_ == "ccomp":
        return [c for c in verb.head.children if c.dep_ == "nsubj"] + phrases
    return phrases


def _named_group(
    phrases: list[Token], cfg: EventRules, trigger: Token | None = None
) -> Actor | None:
    subjects = [p for p in phrases if p.dep_ == "nsubj"]
    if len(subjects) > 1 and len({p.head.i for p in subjects}) == 1:
        # "Forces loyal to X — largely the former New Forces rebels — entered Y": a dashed
        # apposition parsed as a second subject; the one naming a non-state group tells
        named = [_group_in(" ".join(t.lower_ for t in p.subtree), cfg, agent=False)
                 for p in subjects]  # fmt: skip
        if any(named):
            return next(n for n in named if n is not None)
    for phrase in phrases:
        if (loyal := _loyal_to_rival(phrase, cfg)) is not None:
            return loyal
        if (own := _personal_army(phrase, cfg)) is not None:
            return own
        if (movement := _movement_army(phrase, cfg)) is not None:
            return movement
        if (called := _called_in_apposition(phrase, cfg, trigger)) is not None:
            return called
        if (risen := _risen(phrase, cfg)) is not None:
            return risen
        if (people := _people_army(phrase, cfg)) is not None:
            return people
        if (militia := _militia(phrase, cfg)) is not None:
            return militia
        words = _taker_words(phrase, trigger)
        group = _group_in(" ".join(t.lower_ for t in words), cfg, agent=True)
        if group is not None:
            return group
    return None


def _taker_words(phrase: Token, trigger: Token | None) -> list[Token]:
    """The words of a taker's phrase: its subtree, cut at the trigger when the phrase
    comes before it (a misparse that hangs the verb and what follows on the subject,
    "troops backed by X seized Y, the last rebel stronghold", names no rebel taker)."""
    words = list(phrase.subtree)
    if trigger is not None and phrase.i < trigger.i:
        words = [t for t in words if t.i < trigger.i]
    return words


# words that tie a militia to the state ("pro-government", "army-backed", "state militia")
STATE_SIDE = frozenset({"government", "pro", "loyalist", "state", "army", "police", "official"})


def _militia(phrase: Token, cfg: EventRules) -> Actor | None:
    """ "The Cobra militia took X", "General Y's militia seized Z", "fell to the militia of
    the clans": a militia as the taker is a non-state armed group (tests/fixtures/README.md:
    named movements and militias), unless its phrase ties it to the state ("a
    pro-government militia")."""
    group = next((g for g in cfg.groups if g.named_organisations), None)
    head = phrase
    if phrase.dep_ in ("prep", "agent"):
        head = next((c for c in phrase.children if c.dep_ == "pobj"), phrase)
    if group is None or head.lemma_.lower() not in ("militia", "militias"):
        return None
    words = {w for t in head.subtree for w in t.lower_.split("-")}
    return None if words & STATE_SIDE else Actor(group.id, group.name)


def _people_army(phrase: Token, cfg: EventRules) -> Actor | None:
    """ "Abkhaz forces", "Bosnian Serb troops": an army noun named by a people that is no
    state's (the word before the noun) is a non-state group's army."""
    head = phrase
    if phrase.dep_ in ("prep", "agent"):
        head = next((c for c in phrase.children if c.dep_ == "pobj"), phrase)
    group = next((g for g in cfg.groups if g.named_organisations), None)
    if group is None or head.lower_ not in cfg.army_nouns or head.i == 0:
        return None
    return Actor(group.id, group.name) if _stateless_people(head.doc[head.i - 1], cfg) else None


def _stateless_people(word: Token, cfg: EventRules) -> bool:
    """A people's word the model types as such ("Abkhaz", "Serb", "Tamil") that names no
    state, no alliance of states and no group the pack lists."""
    if (
        word.ent_type_ != "NORP"
        or not word.text[:1].isupper()
        or word.dep_
        not in (
            "amod",
            "compound",
        )
    ):
        return False
    listed = {w for g in cfg.groups for a in g.aliases for w in a.split()}
    window = list(word.doc[max(word.i - 3, word.sent.start) : word.i + 1])
    return (
        not any(last.i == word.i for _, _, last, _ in _states_in(window, cfg))  # "North Korean"
        and word.lower_ not in cfg.state_bodies
        and word.lower_ not in listed
        and word.lower_ not in ("north", "south", "east", "west", "free", "allied")
    )


RISING = frozenset({"rise", "mutiny", "rebel", "revolt"})


def _risen(phrase: Token, cfg: EventRules) -> Actor | None:
    """ "The soldiers who rose on Thursday now hold X": men a relative clause says rose
    against the state (not "rose through the ranks") are a non-state group."""
    head = phrase
    if phrase.dep_ in ("prep", "agent"):
        head = next((c for c in phrase.children if c.dep_ == "pobj"), phrase)
    group = next((g for g in cfg.groups if g.named_organisations), None)
    for clause in (c for c in head.children if c.dep_ == "relcl"):
        if (
            group is not None
            and clause.lemma_.lower() in RISING
            and not any(
                c.dep_ in ("prep", "dobj") and c.lower_ not in ("on", "in", "at", "against")
                for c in clause.children
            )
        ):
            return Actor(group.id, group.name)
    return None


def _called_in_apposition(
    phrase: Token, cfg: EventRules, trigger: Token | None = None
) -> Actor | None:
    """ "Forces loyal to X — largely the former New Forces rebels — entered Y": an
    apposition that calls the taker a non-state group names it (one before the trigger:
    after it, a misparse's apposition describes the place, `_taker_words`)."""
    head = phrase
    if phrase.dep_ in ("prep", "agent"):
        head = next((c for c in phrase.children if c.dep_ == "pobj"), phrase)
    for appos in (c for c in head.children if c.dep_ == "appos"):
        if trigger is not None and head.i < trigger.i < appos.i:
            continue
        words = " ".join(t.lower_ for t in appos.subtree)
        group = _group_in(words, cfg, agent=False)
        if group is not None:
            return group
    return None


def _movement_army(phrase: Token, cfg: EventRules) -> Actor | None:
    """ "Pathet Lao forces", "the Sandinistas": an army noun a movement's or a man's name
    modifies, or such a name alone as the taker ("fell to the Sandinistas"), is a non-state
    armed group, the pack's group for named organisations; not a state's ("Argentine
    troops"), nor an alliance of states ("NATO forces", `state_bodies`), nor a group the
    pack lists (its aliases decide)."""
    group = next((g for g in cfg.groups if g.named_organisations), None)
    if group is None:
        return None
    head = phrase
    if phrase.dep_ in ("prep", "agent"):
        head = next((c for c in phrase.children if c.dep_ == "pobj"), phrase)
    if head.lower_ in cfg.army_nouns:
        names = [c for c in head.children if c.dep_ == "compound" and c.i < head.i]
        name = [t for c in names for t in c.subtree]
        labels = ("ORG", "PERSON")
    elif head.pos_ == "PROPN" and head.tag_ == "NNPS":
        name, labels = [head], ("ORG", "NORP")  # "the Sandinistas"
    else:
        return None
    if not name or any(t.pos_ != "PROPN" or t.ent_type_ not in labels for t in name):
        return None
    words = " ".join(t.lower_ for t in name)
    listed = {a for g in cfg.groups for a in g.aliases}
    states = _states_in(name, cfg)
    if (
        states
        and not _inside_movement_name(states[0][1], cfg)  # "Pathet Lao" is no Lao state's
        or words in set(cfg.state_bodies)
        or any(f" {a} " in f" {words} " for a in listed)
    ):
        return None
    return Actor(group.id, group.name)


def _loyal_to_rival(phrase: Token, cfg: EventRules) -> Actor | None:
    """ "troops loyal to former vice-president Y", "forces loyal to the ousted premier":
    men loyal to a former or rival leader are the pack's group for named organisations
    (a rival's army)."""
    group = next((g for g in cfg.groups if g.named_organisations), None)
    loyal = next((t for t in phrase.subtree if t.lower_ == "loyal"), None)
    if group is None or loyal is None:
        return None
    for prep in loyal.children:
        for person in (c for c in prep.children if prep.lower_ == "to" and c.dep_ == "pobj"):
            named = any(t.ent_type_ == "PERSON" for t in person.subtree)  # "Y, the ex-..."
            role = {person.lemma_.lower(), *person.lower_.split("-")} & {
                *PERSON_ROLES,
                *cfg.government_titles,
            }  # "loyal to the former vice-president"
            if person.ent_type_ != "PERSON" and not named and not role:
                continue
            words = {t.lower_ for t in person.subtree} | {
                w for t in person.subtree for w in t.lower_.split("-")
            }
            # (a bare name may be the sitting ruler's: "troops loyal to <the ruler>")
            if words & {"former", "ousted", "exiled", "rival", "renegade", "dissident"}:
                return Actor(group.id, group.name)
            if not words & set(cfg.government_titles) and _against_government(phrase):
                return Actor(group.id, group.name)
    return None


def _against_government(phrase: Token) -> bool:
    """ "forces loyal to X took Y and pushed towards the capital": men loyal to a bare name
    whose sentence sets them against the government's capital fight it (not "pushing the
    rebels back")."""
    inside = {t.i for t in phrase.subtree}
    for token in phrase.sent:
        if token.i in inside:
            continue
        if (
            token.lower_ == "capital"
            and token.dep_ == "pobj"
            and token.head.lower_ in ("toward", "towards", "on", "to", "into")
            and any(c.lower_ == "the" for c in token.children)
        ):
            return True  # "pushing north towards the capital", "push on to the capital"
    return False


def _personal_army(phrase: Token, cfg: EventRules) -> Actor | None:
    """ "<Name>'s Libyan National Army": a force with a proper name of its own that a
    person's name owns (not a country's: "Sudan's army", "Russia's Wagner") is a
    non-state armed group, the pack's group for named organisations."""
    group = next((g for g in cfg.groups if g.named_organisations), None)
    head = phrase.head if phrase.dep_ in ("prep", "agent") else phrase
    head = next((c for c in phrase.children if c.dep_ == "pobj"), head)
    if group is None or head.pos_ != "PROPN":
        return None
    countries = {w for spec in _pack_countries(cfg) for w in spec.words}
    countries |= set(cfg.countries) | set(cfg.capitals)
    for owner in head.children:
        if (
            owner.dep_ == "poss"
            and owner.pos_ == "PROPN"
            and owner.ent_type_ not in ("GPE", "LOC", "NORP")
            and owner.lower_ not in countries
        ):
            return Actor(group.id, group.name)
    return None


def _left_without(sent: Span, cfg: EventRules) -> Actor | None:
    """ "the fall of X left the rebels without a single town", "cost the rebels their last
    stronghold": a group the loss leaves without or costs is the loser, so the taker is
    the government's forces."""
    government = next((g for g in cfg.groups if g.only_as_agent), None)
    if government is None:
        return None
    for token in sent:
        verb = token.head
        losing = verb.lemma_.lower() in ("deprive", "cost", "strip", "rob") or (
            verb.lemma_.lower() == "leave"
            and any(c.dep_ == "prep" and c.lower_ == "without" for c in verb.children)
        )
        if token.dep_ in ("dobj", "dative") and losing:
            group = _group_in(" ".join(t.lower_ for t in token.subtree), cfg, agent=False)
            if group is not None and group.id != government.id:
                return Actor(government.id, government.name)
    return None


def _enemy_of_government(sent: Span, cfg: EventRules, context: _Context) -> Actor | None:
    """The armed group the sentence or the article names (nearest first), else the rule
    pack's default group for the article."""
    if (loser := _left_without(sent, cfg)) is not None:
        return loser
    group = _group_in(" ".join(t.lower_ for t in sent), cfg, agent=False)
    if group is not None:
        return group
    doc = sent.doc
    # (a sentence read from its own parse: the article's text before it too, in words)
    earlier = " ".join(re.findall(r"[\w'-]+|[^\w\s]", doc.user_data.get(BEFORE, "").lower()))
    before_words = f"{earlier} " + " ".join(t.lower_ for t in doc[: sent.start])
    before = _group_in(before_words, cfg, False, last=True)
    after = _group_in(" ".join(t.lower_ for t in doc[sent.end :]), cfg, False)
    return before or after or context.group


_STATE_WORDS: dict[int, tuple[EventRules, dict[tuple[str, ...], tuple[str, bool]]]] = {}
# a taker's verb whose subject is the place or its loser ("X fell", "the junta lost X",
# "troops pulled out of X"), so only its "to"/"by" phrase names the taker
UNDERGOING = frozenset(
    {
        "fall",
        "slip",
        "go",
        "pass",
        "change",
        "switch",
        "collapse",
        "come",
        "surrender",
        "lose",
        "abandon",
        "concede",
        "cede",
        "yield",
        "relinquish",
        "vacate",
        "withdraw",
        "retreat",
        "pull",
        "evacuate",
        "flee",
        "give",
    }
)


def _state_words(cfg: EventRules) -> dict[tuple[str, ...], tuple[str, bool]]:
    """Each state's adjective, its people's plural ("Israelis") and its names, as lower-case
    word sequences, to the adjective (and whether the words are a name of the state)."""
    cached = _STATE_WORDS.get(id(cfg))
    if cached is not None and cached[0] is cfg:
        return cached[1]
    words: dict[tuple[str, ...], tuple[str, bool]] = {}
    table = state_table(cfg.state_adjectives) if cfg.world else cfg.state_adjectives
    for adjective, names in table.items():
        for name in names:
            words[tuple(name.split())] = (adjective, True)
        forms = [adjective.lower()]
        if adjective[-1] in "ni":  # "the Israelis", "the Americans"
            forms.append(adjective.lower() + "s")
        for form in forms:
            words[tuple(form.split())] = (adjective, False)
    _STATE_WORDS[id(cfg)] = (cfg, words)
    return words


# states whose name is their one city's too ("Singapore", "Gaza"): a capture may name them
CITY_STATES = frozenset(
    {
        "singapore",
        "monaco",
        "djibouti",
        "san marino",
        "luxembourg",
        "vatican",
        "kuwait",
        "gaza",
        "hong kong",
        "macao",
        "macau",
        "gibraltar",
    }  # fmt: skip
)
_STATE_NAMES: dict[int, tuple[EventRules, frozenset[str]]] = {}


def _state_names(cfg: EventRules) -> frozenset[str]:
    """Every state's names but a city-state's (lower case)."""
    cached = _STATE_NAMES.get(id(cfg))
    if cached is not None and cached[0] is cfg:
        return cached[1]
    names = (
        frozenset(" ".join(words) for words, (_, name) in _state_words(cfg).items() if name)
        - CITY_STATES
    )
    _STATE_NAMES[id(cfg)] = (cfg, names)
    return names


def _states_in(tokens: list[Token], cfg: EventRules) -> list[tuple[str, Token, Token, bool]]:
    """The states the tokens name: (adjective, first word, last word, a name of the state),
    longest names first."""
    words = _state_words(cfg)
    out: list[tuple[str, Token, Token, bool]] = []
    i = 0
    while i < len(tokens):
        for size in (4, 3, 2, 1):
            key = tuple(t.lower_ for t in tokens[i : i + size])
            if len(key) == size and key in words:
                adjective, name = words[key]
                out.append((adjective, tokens[i], tokens[i + size - 1], name))
                i += size - 1
                break
        i += 1
    return out


def _state_army(trigger: Token, cfg: EventRules) -> tuple[str, bool, frozenset[str]] | None:
    """The state whose army the trigger's taker is: "North Vietnamese tanks", "Argentina's
    army" (adjective, False), or the people named bare, "fell to the North Vietnamese"
    (adjective, True), with every state of a joint army ("French and Malian troops"); not
    "Syrian rebels" (a non-state group's alias in the phrase), nor a man's army ("Haftar's
    Libyan National Army"), nor the place or the loser as subject ("the largest Ukrainian
    city to fall")."""
    if not cfg.state_adjectives:
        return None
    non_state = [g for g in cfg.groups if not g.only_as_agent and not g.cedes_on_withdrawal]
    undergoing = trigger.lemma_.lower() in UNDERGOING
    for phrase in _agent_phrases(trigger):
        if undergoing and phrase.dep_ not in ("prep", "agent"):
            continue
        if (
            phrase.dep_ == "nsubj"
            and phrase.head.i == trigger.i
            and trigger.tag_ == "VBN"
            and not any(c.lemma_ == "have" for c in trigger.children)
        ):
            continue  # a headline's passive without "were": "Afghan Troops Driven Out Of X"
            # (not a subject shared with a verb before: "troops crossed and captured X")
        head = phrase
        if phrase.dep_ in ("prep", "agent"):
            head = next((c for c in phrase.children if c.dep_ == "pobj"), phrase)
        if head.i < _dateline_end(head.doc):
            # "NEW DELHI, Dec 8 - Indian troops captured X": the dateline read as the subject,
            # the army in apposition to it
            head = next(
                (c for c in head.children if c.dep_ == "appos" and c.lower_ in cfg.army_nouns),
                head,
            )
        # (not a roundup's heading parsed into the phrase: "LESOTHO - South African troops")
        tokens = [t for t in _taker_words(head, trigger) if not _heading_word(t)]
        # two takers together take the first one's name ("the Yugoslav army and Serb
        # paramilitaries"): a non-state group named second does not hide the army
        others = {t.i for c in head.children if c.dep_ in ("conj", "cc") for t in c.subtree}
        first_taker = [t for t in tokens if t.i not in others]
        text = f" {' '.join(t.lower_ for t in first_taker)} "
        if any(f" {a} " in text for g in non_state for a in g.aliases):
            continue
        states = _states_in(tokens, cfg)
        reporter = None if states else _reporting_owner(head, cfg)
        # "Russia says its troops now control X": the army of the state that reports
        if reporter is not None and (owned := _states_in(list(reporter.subtree), cfg)):
            return owned[0][0], False, frozenset({owned[0][0]})
        liberating = phrase.head.i != trigger.i and trigger.lemma_.lower() == "liberate"
        if not states and liberating and (state := _capital_voice(tokens, cfg)) is not None:
            return state, False, frozenset({state})  # '"X is liberated," Tehran radio said'
        if not states:
            continue
        adjective, first, last, name = states[0]
        if _inside_movement_name(first, cfg):
            continue  # "Pathet Lao troops": a movement's name, not the Lao state's army
        if (
            head.lower_ in cfg.army_nouns
            and head.i
            and _stateless_people(head.doc[head.i - 1], cfg)
        ):
            continue  # "Bosnian Serb forces": a people's army, not Bosnia's
        if liberating:
            return adjective, False, frozenset({adjective})  # the voice of a liberating state
        if head.lower_ in cfg.army_nouns and last.i < head.i:
            if head.is_title and any(
                c.dep_ == "poss" and c.pos_ == "PROPN" and not _states_in(list(c.subtree), cfg)
                for c in head.children
            ):
                continue  # "Haftar's Libyan National Army": a man's, not the state's (not
                # "Kitchener's Anglo-Egyptian army": a general's command of a state's army)
            joint = {a for a, _, end, _ in states if end.i < head.i}
            for other in head.children:  # "Ethiopian troops and Somali government forces"
                if (
                    other.dep_ == "conj"
                    and other.lower_ in cfg.army_nouns
                    and not _non_state_ally(other, cfg)  # not "and Syrian rebel forces"
                ):
                    joint |= {a for a, *_ in _states_in(list(other.subtree), cfg)}
            return adjective, False, frozenset(joint)
        if first.i <= head.i <= last.i and not name and first.i > tokens[0].i:
            return adjective, True, frozenset({adjective})  # "the North Vietnamese"
        if (
            first.i == head.i == last.i == tokens[0].i
            and not name
            and head.tag_ in ("NNPS", "NNS")
            and head.is_title
            and head.lower_ != adjective.lower()
        ):
            return adjective, True, frozenset({adjective})  # a headline's "Russians take X"
    return None


# words that make a phrase joined to an army its helpers: "allied Syrian rebels", "their
# Congolese allies"
ALLY_WORDS = frozenset({"ally", "allies", "allied"})


def _non_state_ally(phrase: Token, cfg: EventRules) -> bool:
    """A phrase naming an army's helpers as allies or as a non-state group ("allied Somali
    militiamen", "their Congolese allies", "Syrian rebel forces")."""
    rebels = {
        a for g in cfg.groups if not g.only_as_agent and not g.cedes_on_withdrawal
        for a in g.aliases if " " not in a
    }  # fmt: skip
    return any(t.lower_ in ALLY_WORDS or t.lower_ in rebels for t in phrase.subtree)


def _allies_land(trigger: Token, cfg: EventRules) -> set[str]:
    """The states whose people an army's allies or local rebels are ("Turkish troops and
    allied Syrian rebels took X", "Rwandan soldiers and their Congolese allies", "Ethiopian
    troops together with allied Somali militiamen"): those allies fight in their own land."""
    land: set[str] = set()
    for phrase in _agent_phrases(trigger):
        head = phrase
        if phrase.dep_ in ("prep", "agent"):
            head = next((c for c in phrase.children if c.dep_ == "pobj"), phrase)
        if head.i < _dateline_end(head.doc):  # "GAZIANTEP, Aug 24 — Turkish tanks and ..."
            head = next(
                (c for c in head.children if c.dep_ == "appos" and c.lower_ in cfg.army_nouns),
                head,
            )
        if head.lower_ not in cfg.army_nouns:
            continue
        joined = [c for c in head.children if c.dep_ == "conj"]
        joined += [
            g for c in head.children if c.dep_ == "prep" and c.lower_ in ("with", "alongside")
            for g in c.children if g.dep_ == "pobj"
        ]  # fmt: skip
        for other in joined:
            if _non_state_ally(other, cfg):
                land |= {a for a, *_ in _states_in(list(other.subtree), cfg)}
    return land


def _reporting_owner(head: Token, cfg: EventRules) -> Token | None:
    """ "X says its troops took Y": the subject of the verb of saying whose clause an army
    owned by "its" or "their" is the subject of."""
    if head.lower_ not in cfg.army_nouns or not any(
        c.dep_ == "poss" and c.lower_ in ("its", "their") for c in head.children
    ):
        return None
    verb = _first_conjunct(head.head)
    if head.dep_ != "nsubj" or verb.dep_ != "ccomp":
        return None
    return next((c for c in verb.head.children if c.dep_ == "nsubj"), None)


def _capital_voice(tokens: list[Token], cfg: EventRules) -> str | None:
    """The state whose capital names a voice before a noun ("Tehran radio", "Santiago
    radio"): its adjective."""
    words = _state_words(cfg)
    capitals = {plain(c): a for a, c in state_capitals().items()}
    for token in tokens:
        if token.dep_ == "compound" and token.pos_ == "PROPN" and token.head.pos_ == "NOUN":
            adjective = capitals.get(plain(token.text))
            if adjective is not None and (adjective,) in words:
                return words[(adjective,)][0]
    return None


def _heading_word(token: Token) -> bool:
    """A word of a heading in capitals that opens the sentence before a dash or colon
    ("CYPRUS — Turkish columns entered X", "LESOTHO - South African troops ...")."""
    if not token.is_upper or len(token.text) < 2 or token.i - token.sent.start > 3:
        return False
    after = token.doc[token.i + 1 : token.sent.end]
    dash = next((t for t in after if not t.is_upper or t.is_punct), None)
    return dash is not None and dash.text in ("-", "—", "–", ":", "--")


def _inside_movement_name(first: Token, cfg: EventRules) -> bool:
    """The state word follows a proper noun of the same name that is no state's word nor an
    alliance's ("Pathet Lao", not "Royal Lao" or "North Vietnamese")."""
    if first.i == 0:
        return False
    before = first.doc[first.i - 1]
    return (
        before.pos_ == "PROPN"
        and before.ent_iob_ in ("B", "I")
        and first.ent_iob_ == "I"
        and before.lower_ not in cfg.state_bodies
        and not _states_in([before], cfg)
        and before.lower_ not in ("north", "south", "east", "west", "new")
    )


# nouns of a state's land: "the Somali capital", "Lebanon's fourth city"
STATE_PLACES = frozenset(
    {
        "capital",
        "city",
        "town",
        "port",
        "region",
        "province",
        "territory",
        "soil",
        "coast",
        "island",
        "enclave",
        "countryside",
        "interior",
        "heartland",
        "village",
        "north",
        "south",
        "east",
        "west",
    }
)


def _territory(
    sent: Span,
    trigger: Token,
    places: list[str],
    cfg: EventRules,
    own: AbstractSet[str] = frozenset(),
    allies: AbstractSet[str] = frozenset(),
) -> set[str]:
    """The states a captured place is told to lie in: its apposition or "in" phrase ("Da
    Nang, South Vietnam's second-largest city"), else the land of the taker's local allies
    (`_allies_land`), else the state the passage puts its story
    in ("in South Vietnam", a dateline's country) when it names one alone, else the state the
    world's city table puts the place in (of homonyms, one of the army's `own` states
    before the most populous: "South Sudan's army recaptured Bor")."""
    found: set[str] = set()
    for place in places:
        end = _name_end(sent, place, trigger)
        if end is None:
            continue
        for child in end.children:
            if child.dep_ == "appos" or (child.dep_ == "prep" and child.lower_ == "in"):
                found |= {a for a, *_ in _states_in(list(child.subtree), cfg)}
    if found:
        return found
    if allies:
        return set(allies)
    doc = sent.doc
    story: set[str] = set()
    for token in doc:
        if token.dep_ == "pobj" and (
            token.head.lower_ == "in"
            or token.head.lower_ == "of"
            and token.head.head.lemma_.lower() in STATE_PLACES
        ):  # "in southern Lebanon", "the north coast of Cyprus" (a state's name)
            story |= {a for a, _, _, name in _states_in(list(token.subtree), cfg) if name}
        elif token.lemma_.lower() in STATE_PLACES:
            # "the Somali capital", "Cyprus's main port", "Ethiopia's Ogaden region"
            for child in token.children:
                if child.dep_ in ("amod", "compound", "poss") and child.i < token.i:
                    story |= {a for a, *_ in _states_in(list(child.subtree), cfg)}
    if (stop := _dateline_end(doc)) and (
        comma := next((t.i for t in doc[:6] if t.text == ","), None)
    ) is not None:  # "KNIN, Croatia —"
        story |= {a for a, *_ in _states_in(list(doc[comma + 1 : stop]), cfg)}
    if len(story) == 1:
        return story
    # no state told for the place: the world's city table ("Iraqi troops took Abadan")
    words = _state_words(cfg) if cfg.world else {}
    seen: set[str] = set()
    each: list[list[str]] = []
    for place in places:
        states = [words.get(tuple(n.split()), ("", False))[0] for n in city_states(place)]
        # (an army's own homonym only when not dwarfed by the largest: "American troops
        # entered Rome" is Italy's Rome, not a Georgia town of 36,000)
        sizes = city_sizes(place)
        top = max(sizes.values(), default=0)
        near = {words.get(tuple(n.split()), ("", False))[0] for n, size in sizes.items()
                if size * HOMONYM_SHARE >= top}  # fmt: skip
        # the pack's own places of a land come first ("faizabad" among the Afghan words)
        pack = [
            words[(w,)][0]
            for g in cfg.groups
            if place.lower() in g.default_in
            for w in g.default_in
            if (w,) in words and words[(w,)][1]
        ]
        states, near = (pack, set(pack)) if pack else (states, near or set(states))
        each.append(states)
        seen.add(next((a for a in states if a in own and a in near), states[0] if states else ""))
    known = [states for states in each if states]
    if len(seen) > 1 and len(known) > 1:
        # places taken together lie together: of homonyms ("Heilbron" is a town in Germany
        # and in the Free State), the one state every listed place the table knows can lie
        # in, a listed place it does not know lying with them
        common = set(known[0]).intersection(*known[1:])
        shared = [a for a in known[0] if a in common]
        if shared:
            return {next((a for a in shared if a in own), shared[0])}
    if known and len(each) > 1:
        seen.discard("")
    if len(seen) == 1 and "" not in seen:
        return seen
    return _neighbours_land(sent, places, cfg) if cfg.world else set()


# the geographic noun closing a neighbour's name ("Hangzhou Bay", "Donetsk Oblast")
AREA_NOUNS = frozenset({"bay", "gulf", "region", "province", "oblast", "district", "valley"})


def _neighbours_land(sent: Span, places: list[str], cfg: EventRules) -> set[str]:
    """A place the city table does not know lies where the other places its sentence names
    lie, when the table puts them all in one state ("Soledar, the salt-mining town near
    Bakhmut", "Novohrodivka in Donetsk region", "a walled port on Hangzhou Bay"); not the
    dateline's city (a reporter files from abroad), a state's own name ("the highway to
    Jordan") nor a capital speaking for its state ("Juba insisted")."""
    words = _state_words(cfg)
    start = _dateline_end(sent.doc)
    found: set[str] = set()
    for ent in sent.ents:
        if ent.label_ not in ("GPE", "LOC", "FAC") or ent.start < start or ent.text in places:
            continue
        if ent.root.dep_ in ("nsubj", "nsubjpass", "poss"):
            continue  # a capital for its government: "Juba's forces", "Juba insisted"
        name = [t for t in ent if not (t.lower_ in AREA_NOUNS and t.i > ent.start)]
        if tuple(t.lower_ for t in name) in words or tuple(t.lower_ for t in ent) in words:
            continue
        states = city_states(" ".join(t.text for t in name))
        if states and tuple(states[0].split()) in words:
            found.add(words[tuple(states[0].split())][0])
    return found if len(found) == 1 else set()


# a homonym of the army's own state counts when its city has at least a quarter of the
# largest one's people ("Bor": Russia's 61,000 and South Sudan's 27,000)
HOMONYM_SHARE = 4


def _state_side(
    sent: Span,
    trigger: Token,
    actor: Actor | None,
    places: list[str],
    cfg: EventRules,
    year: int | None = None,
) -> Actor | None:
    """A state's army as taker (tests/fixtures/README.md): "government forces" in a place of
    its own state, "<Adjective> forces" in a place of another; with no state told for the
    place, the bare people ("fell to the North Vietnamese") are an army abroad and an army
    noun keeps the actor read."""
    army = _state_army(trigger, cfg)
    if army is None:
        return actor
    adjective, bare, joint = army
    allies = _allies_land(trigger, cfg) - joint
    territory = _territory(sent, trigger, places, cfg, joint, allies)
    government = next((g for g in cfg.groups if g.only_as_agent), None)
    own = joint & territory or _once_own_land(adjective, territory, year, cfg)
    if own and government is not None:  # with or without foreign help
        return Actor(government.id, government.name)
    if territory or bare:
        name = "US forces" if adjective == "American" else f"{adjective} forces"  # README
        same = next((g for g in cfg.groups if g.name == name), None)
        return Actor(same.id if same else f"state:{adjective.lower()}", name)
    return actor


def _once_own_land(army: str, territory: set[str], year: int | None, cfg: EventRules) -> bool:
    """The place lies in a land the army's past state then held ("Soviet troops retook X" in
    1943 Ukraine): processors.world.PAST_LANDS, by the year of the report."""
    lands = PAST_LANDS.get(army)
    if lands is None or year is None or not territory or year > lands[1]:
        return False
    words = _state_words(cfg)
    held = {
        words[tuple(n.split())][0]
        for n in lands[0]
        if tuple(n.split()) in words and year <= LEFT_EARLY.get((army, n), lands[1])
    }
    return territory <= held


_RULE_WORDS: dict[int, tuple[EventRule, frozenset[str]]] = {}


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
        ]  # fmt: skip
    words = frozenset(w.lower() for p in phrases for w in p.split())
    _RULE_WORDS[id(rule)] = (rule, words)
    return words


def _forms(token: Token) -> frozenset[str]:
    return _word_forms(token.lower_, token.lemma_.lower())


@lru_cache(maxsize=65536)
def _word_forms(word: str, lemma: str) -> frozenset[str]:
    forms = {word, lemma}
    for suffix, repl in (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", "")):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            forms.add(word[: -len(suffix)] + repl)
    return frozenset(forms)


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


def _falls_back(verb: Token) -> bool:
    """ "fell back", "fall back on the capital": the phrasal verb of retreating, not a
    fall (unless it falls back to someone: "X fell back to the rebels")."""
    return (
        verb.lemma_.lower() == "fall"
        and any(c.lower_ == "back" and c.dep_ in ("prt", "advmod") for c in verb.children)
        and not any(c.dep_ == "prep" and c.lower_ in ("to", "into") for c in verb.children)
    )


def _own_subject(verb: Token) -> bool:
    """The verb's clause (or the clause it hangs on: "issued advice, telling Britons to
    leave") has a subject of its own, a noun or a name."""
    while not any(c.dep_ == "nsubj" for c in verb.children) and verb.dep_ in ("advcl", "xcomp"):
        verb = verb.head
    return any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in verb.children)


def _elliptic(token: Token, rule: EventRule) -> bool:
    """A capture told again without its verb: "declares X 'free'" (a declared state), "...
    had taken the police headquarters, and X went hours later" ("go" with a place subject
    and only a time, conjoined to a capture verb), "X was the latest to go", "X, the third
    capital to go" (a rank)."""
    if not rule.needs_place:
        return False
    head = token.head
    if token.lower_ in ("free", "freed") and token.dep_ in ("ccomp", "oprd", "xcomp"):
        return head.lemma_.lower() in rule.declare_verbs
    if token.lemma_.lower() == "go" and token.dep_ in ("relcl", "acl"):
        # "X was the latest to go": a place ranked among those that went
        # "X, the third capital to go"
        rank = token.head
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
            return False
        if not (_is_rank(rank) or any(c.dep_ == "amod" and _is_rank(c) for c in rank.children)):
            return False
        if rank.dep_ == "appos":
            return rank.head.pos_ == "PROPN"
        return rank.dep_ == "attr" and any(
            c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in rank.head.children
        )
    if token.lemma_.lower() != "go" or token.pos_ != "VERB" or token.dep_ != "conj":
        return False
    captures = set(rule.triggers)
    if not (_forms(head) & captures or any(_forms(c) & captures for c in head.children)):
        return False
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    rest = [c for c in token.children if c.dep_ not in ("nsubj", "npadvmod", "advmod", "punct")]
    return bool(subjects) and subjects[0].pos_ == "PROPN" and not rest


def _headline_verb(token: Token, sent: Span) -> bool:
    """ "Greece shuts embassy in X": a headline's present tense read as a plural noun
    compounded on its object, in a clause with no verb above it ("... as fighting nears")."""
    if token.tag_ == "NN" and token.dep_ == "compound" and token.head.pos_ == "PROPN":
        # "Rebels overrun Huambo": a bare verb between a subject and a name, the three read
        # as one noun phrase (with no article: "the cost overrun" is a noun)
        return (
            token.i > sent.start
            and not any(c.dep_ == "det" for c in token.children)
            and any(c.dep_ == "compound" and c.i < token.i for c in token.children)
            and not any(t.pos_ in ("VERB", "AUX") for t in token.ancestors)
        )
    return (
        token.tag_ == "NNS"
        and token.dep_ == "compound"
        and token.i > sent.start
        and not any(t.pos_ in ("VERB", "AUX") for t in token.ancestors)
    )


def _present_read_as_plural(token: Token, triggers: AbstractSet[str]) -> bool:
    """ "On this day in 1945, X surrenders to Soviet forces": a verb in the historic present
    tagged as a plural noun, the sentence's root, with the place before it as its compound:
    a trigger's verb (no article: not "the surrenders of X")."""
    return (
        token.tag_ == "NNS"
        and token.dep_ == "ROOT"
        and token.lower_.endswith("s")
        and token.lower_[:-1] in triggers
        and not any(c.dep_ == "det" for c in token.children)
        and any(
            c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < token.i for c in token.children
        )
    )


def _verb_read_as_noun(token: Token, rule: EventRule) -> bool:
    """ "the army retook X on Saturday" parsed as a noun "retook" with its subject as a
    compound and X in apposition: a trigger's verb form (not an event noun), no article."""
    return (
        token.lower_ not in rule.trigger_nouns
        and not any(c.dep_ == "det" for c in token.children)
        and any(c.dep_ == "appos" and c.i > token.i and c.pos_ == "PROPN" for c in token.children)
        and any(c.dep_ in ("compound", "poss", "amod") and c.i < token.i for c in token.children)
    )


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


_DERIVED: dict[tuple[int, str], tuple[EventRules, object]] = {}


def _derived(cfg: EventRules, name: str, build: Callable[[EventRules], T]) -> T:
    """`build(cfg)`, computed once per rule pack (the pack is kept, so its id stays its own)."""
    cached = _DERIVED.get((id(cfg), name))
    if cached is None or cached[0] is not cfg:
        cached = _DERIVED[(id(cfg), name)] = (cfg, build(cfg))
    return cast(T, cached[1])


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


def _imperative(token: Token) -> bool:
    """A base-form verb quoted before the verb that reports it, with no subject, or after a
    colon that gives a message's words ("the message to Americans hasn't changed: leave
    now")."""
    if token.tag_ != "VB" or any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        return False
    if token.i > token.sent.start + 1 and token.doc[token.i - 1].text == ":":
        return not any(c.dep_ in ("aux", "auxpass") for c in token.children)
    return token.head.i != token.i and _fronted_quote(token, token.head)


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


STAYING_AWAY = frozenset({"temporarily", "temporary", "now", "meanwhile"})
FOR_NOW = re.compile(r"\b(?:for now|for the time being|for the moment|until further notice)\b")


def _run_from_elsewhere(verb: Token, rule: EventRule) -> bool:
    """ "the embassy will operate from Qatar", "will run the mission from a temporary office
    in Conakry", "its embassy has temporarily relocated to Osaka": the mission (the verb's
    subject or object) works from a named place the sentence names for nothing else (not
    "the embassy in X is working from a hotel in X"). Relocating is a closure only for a
    while ("temporarily", "for now"), not a move for good ("relocated its embassy to X")."""
    nouns = set(rule.actor_nouns)
    if not any(
        c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.lower_ in nouns for c in verb.children
    ):
        return False
    lemma = verb.lemma_.lower()
    preps = ["to"] if lemma == "relocate" else [p for p in rule.elsewhere_preps if p != "to"]
    if lemma == "relocate":
        adverbs = {c.lower_ for c in verb.children if c.dep_ in ("advmod", "amod", "npadvmod")}
        if not (adverbs & STAYING_AWAY or FOR_NOW.search(verb.sent.text.lower())):
            return False
    sent = verb.sent
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in preps):
        for place in prep.subtree:
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


def _run_there(verb: Token, actor: Actor, cfg: EventRules) -> bool:
    """The mission read is the one in the place it is run from (its city, or its country's
    capital): the sentence names no other city for it."""
    city = actor.id.split(":")[-1]
    capitals = {**cfg.capitals, **cfg.world_capitals}
    places = [t.lower_ for p in verb.children if p.dep_ == "prep" for t in p.subtree]
    return any(city in (p, capitals.get(p)) for p in places)


def _for_now(verb: Token) -> bool:
    """ "will operate from Qatar for now", "will run the mission from X until order is
    restored": a state that holds from now on for a while, not a plan."""
    until = any(c.lower_ in UNTIL for c in verb.subtree if c.dep_ in ("prep", "mark"))
    return until or bool(FOR_NOW.search(verb.sent.text.lower()))


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


def _fronted_quote(child: Token, trigger: Token) -> bool:
    """An instruction quoted before its verb: a ccomp, or an imperative the parser
    attached as a bare advcl (no subject, no "after"/"when")."""
    if child.i > trigger.i or child.dep_ not in ("ccomp", "advcl"):
        return False
    return child.dep_ == "ccomp" or not any(
        c.dep_ in ("mark", "nsubj", "nsubjpass", "aux")
        and not (c.lemma_ == "do" and c.i == child.left_edge.i)  # "Do not travel to X"
        for c in child.children
    )


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


def _event_noun(token: Token, rule: EventRule) -> bool:
    """ "the fall of Hesper", "with the capture of Kandahar": the noun names the event."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in rule.trigger_nouns or rule.cues:
        return False
    return any(c.dep_ == "prep" and c.lower_ == "of" or c.dep_ == "poss" for c in token.children)


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


def _actor(
    sent: Span, rule: EventRule, cfg: EventRules, context: _Context, trigger: Token
) -> Actor | None:
    if rule.actor == "embassy":
        nouns = set(rule.actor_nouns)
        mentions = [
            t for t in sent if t.lower_ in nouns and not _other_commission(t) or _consular(t)
        ]
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
        # an embassy of unknown country is no identity to alert on
        return None if actor.id.startswith("embassy:?") else actor
    return _group_actor(sent, trigger, cfg, context, set(rule.declare_verbs))


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
    # ...or a country's people by name ("told Chileans in Bolivia to leave")
    people = [p for p in people if _forms(p) & set(rule.addressees) or _people_of(p, cfg)]
    if (
        not people
        and not any(_command(c) and _fronted_quote(c, trigger) for c in trigger.children)
        and not _advised_against_travel(trigger)
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
        codes = codes or _countries_named(told, cfg)
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


def _advised_against_travel(trigger: Token) -> bool:
    """ "advised against all travel to Lesotho", "warned against non-essential trips to X":
    a government's advice to the public at large."""
    return any(
        p.dep_ == "prep"
        and p.lower_ == "against"
        and any(o.lower_ in TRAVEL_NOUNS or o.lemma_ == "travel" for o in p.children)
        for p in trigger.children
    )


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


def _countries_named(tokens: list[Token], cfg: EventRules) -> list[str]:
    """The sending countries whose words the tokens spell, in order ("France, Germany and
    Britain", "Britain's foreign secretary"), each once."""
    words = _words(" ".join(t.text for t in tokens))
    # a country of the world names a sender only as one ("Thailand's foreign ministry",
    # not "its advice against travel to Afghanistan")
    senders = _words(" ".join(t.text if _sender_word(t) else "," for t in tokens))
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


def _group_actor(
    sent: Span,
    trigger: Token,
    cfg: EventRules,
    context: _Context,
    declarers: AbstractSet[str] = frozenset(),
) -> Actor | None:
    """The armed group of a capture: the grammatical actor ("rebels seized X", "fell
    to the army", "captured by the insurgents", "in Taliban hands"), else a group
    named in the sentence, else the nearest group named in the article, else the
    rule pack's default group for the article (`default_in`)."""
    phrases = _agent_phrases(trigger)
    if trigger.dep_ in ("ccomp", "xcomp", "oprd") and trigger.head.lemma_.lower() in declarers:
        # "the army declared X liberated": the declarer did it
        phrases += [c for c in trigger.head.children if c.dep_ == "nsubj"]
    # an intransitive trigger's subject is the place ("X fell"), not a taker
    agents = [
        p for p in phrases
        if p.dep_ != "nsubj" or p.head.i != trigger.i or any(
            c.dep_ == "dobj" for c in trigger.children)
    ]  # fmt: skip
    # ...nor is a description of that place ("X, the army's last stronghold, fell to Y")
    takers = [p for p in phrases if p in agents or not _names_place(p, trigger, cfg)]
    # "the garrison in X surrendered to Y": the side the place fell to, before the subject
    takers.sort(key=lambda p: p.dep_ == "nsubj" and p.head.i == trigger.i and p not in agents)
    group = _named_group(takers, cfg, trigger) or _named_organisation(agents, cfg)
    group = _speakers_own(takers, trigger, cfg) or group
    group = group or _head_of_government(agents, cfg)
    if group is None and not agents and _also_passive(trigger) and context.last_taker:
        return context.last_taker  # "Y and Z had also been retaken": the same side again
    if group is None and not agents and context.last_taker and _ranked_subject(trigger, cfg):
        # "X is the first town taken in the operation": a rank of the capture told before
        # is the same side's (not the nearest group named, the loser or a helper)
        return context.last_taker
    return group or _enemy_of_government(sent, cfg, context) or _irregulars(agents, cfg)


FIRST_PERSON = frozenset({"our", "we"})


def _speakers_own(takers: list[Token], trigger: Token, cfg: EventRules) -> Actor | None:
    """'a statement issued by the Arakan Army: "Our forces took X"', "the RSF said: 'we
    have taken Y'": the first person's army is the non-state group named before as the
    speaker (the last one named before the trigger)."""
    first_person = any(
        t.lower_ == "we"
        or (t.lower_ in cfg.army_nouns and any(c.lower_ == "our" for c in t.children))
        for t in takers
    )
    if not first_person:
        return None
    return _group_in(_words(trigger.doc.text[: trigger.idx]).lower(), cfg, agent=False, last=True)


def _also_passive(trigger: Token) -> bool:
    """ "X and Y had also been retaken", "Z was taken too": an agentless passive that
    adds places to a capture told before."""
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in trigger.children)
    also = (
        any(c.dep_ == "advmod" and c.lower_ in ("also", "too") for c in trigger.children)
        or trigger.doc[trigger.i + 1 : trigger.i + 3].text.lower() == "as well"
    )
    return passive and also


# men under arms no state fields under these names: a capture by "Abkhaz fighters",
# "revolutionaries" or "tribesmen" the passage names no group for is a non-state group's
IRREGULARS = frozenset(
    {"fighter", "guerrilla", "gunman", "militiaman", "irregular", "tribesman", "raider",
     "revolutionary", "partisan", "insurgent", "militant", "volunteer"}
)  # fmt: skip


def _irregulars(phrases: list[Token], cfg: EventRules) -> Actor | None:
    group = next((g for g in cfg.groups if g.named_organisations), None)
    for phrase in phrases:
        head = phrase
        if phrase.dep_ in ("prep", "agent"):
            head = next((c for c in phrase.children if c.dep_ == "pobj"), phrase)
        if group is None or head.lemma_.lower() not in IRREGULARS:
            continue
        if not _states_in(list(head.subtree), cfg):  # not "Cuban volunteers"
            return Actor(group.id, group.name)
    return None


def _names_place(phrase: Token, trigger: Token, cfg: EventRules) -> bool:
    """The phrase is a place: a place's name, or a city noun ("the town")."""
    return phrase.lemma_.lower() in cfg.city_nouns or (
        phrase.pos_ == "PROPN" and _place_name(phrase, trigger, cfg) is not None
    )


def _head_of_government(phrases: list[Token], cfg: EventRules) -> Actor | None:
    """ "President X declared Y liberated", "the prime minister announced that ...": a
    head of government as the actor speaks for the government's forces (not a foreign
    army's: "the Russian president")."""
    government = next((g for g in cfg.groups if g.only_as_agent), None)
    if government is None or not cfg.government_titles:
        return None
    foreign = {
        a.split()[0] for g in cfg.groups if not g.only_as_agent for a in g.aliases
    }  # "russian", "wagner", "taliban"...
    for phrase in phrases:
        words = [t.lower_ for t in phrase.subtree]
        text = " " + " ".join(words) + " "
        if any(f" {t} " in text for t in cfg.government_titles) and not foreign & set(words):
            return Actor(government.id, government.name)
    return None


def _named_organisation(phrases: list[Token], cfg: EventRules) -> Actor | None:
    """ "the Three Brotherhood Alliance seized X": an organisation's name the pack lists
    under no group (nor a country or a government word in it) as the grammatical actor
    is the pack's group for named organisations (non-state armed groups)."""
    group = next((g for g in cfg.groups if g.named_organisations), None)
    if group is None:
        return None
    countries = {w for spec in _pack_countries(cfg) for w in spec.words}
    countries |= set(cfg.countries)
    known = {
        w for g in cfg.groups if g.only_as_agent for a in g.aliases for w in a.split()
        if w.isalpha() and w not in ("the", "loyal")
    }  # fmt: skip
    for phrase in phrases:
        head = phrase
        if phrase.dep_ in ("prep", "agent"):
            head = next((c for c in phrase.children if c.dep_ == "pobj"), phrase)
        head = _organisation_of_army(head, cfg) or head  # "UNITA fighters", "EPRDF columns"
        ent = next((e for e in head.doc.ents if e.start <= head.i < e.end), None)
        if head.pos_ != "PROPN" or ent is None or ent.label_ != "ORG":
            continue
        words = {t.lower_ for t in ent}
        if words & (countries | known) or ent.text.lower() in countries:
            continue
        return Actor(group.id, group.name)
    return None


def _organisation_of_army(head: Token, cfg: EventRules) -> Token | None:
    """ "UNITA fighters", "EPRDF columns": an army or armed noun named by an organisation
    (an ORG name before it, not a state's), whose name then stands for the taker."""
    if head.lemma_.lower() not in {*cfg.army_nouns, *cfg.armed_nouns} and (
        head.lower_ not in cfg.army_nouns
    ):
        return None
    names = [c for c in head.children if c.dep_ in ("compound", "nmod") and c.i < head.i]
    for name in reversed(names):
        if name.pos_ == "PROPN" and name.ent_type_ == "ORG":
            return name
    return None


def _agent_phrases(trigger: Token) -> list[Token]:
    out = []
    for child in trigger.children:
        if child.dep_ == "nsubj" or child.dep_ == "agent":
            out.append(child)
        elif child.dep_ == "prep" and child.lower_ in ("to", "by"):
            out.append(child)  # "fell to the army", "surrendered to the militants"
    backed = _backed_army(trigger)
    if backed is not None and not out:
        # "Syrian troops backed by Hezbollah fighters seized X": the parser hangs the verb
        # on the helpers as a clause of theirs; the army they back is the subject
        out.append(backed)
    if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" and not out:
        # "negotiated the handover of X to the SPLA": the noun's "to" hangs on its verb
        out += [c for c in trigger.head.children if c.dep_ == "prep" and c.lower_ == "to"]
    if (
        trigger.pos_ == "NOUN"
        and trigger.dep_ == "dobj"
        and not out
        and trigger.head.lemma_.lower() in ACCOMPLISHING
    ):  # "American troops completed the capture of X": who completes it takes it
        out += [c for c in trigger.head.children if c.dep_ == "nsubj"]
    if trigger.dep_ == "pcomp" and trigger.head.lower_ in ("on", "for") and not out:
        # "congratulated the army on retaking X": the verb's object did it
        out += [c for c in trigger.head.head.children if c.dep_ == "dobj"]
    if (
        not out
        and trigger.dep_ == "acl"
        and trigger.head.dep_ == "appos"
        and trigger.head.head.i < _dateline_end(trigger.doc)
    ):  # "TRIPOLI, Aug 22 — Rebel fighters swept into X": the dateline parsed as the head,
        # the sentence's subject as its apposition and the verb as a clause on it
        out.append(trigger.head)
    infinitive = trigger.head if trigger.dep_ == "conj" else trigger  # "to reach and seize"
    if (
        not out
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in infinitive.children)
        and _it_took(infinitive.head)
    ):  # "It took Iran one night to seize X": who it took is the infinitive's subject
        out += [c for c in infinitive.head.children if c.dep_ in ("dobj", "dative")][:1]
    verb = trigger
    own = any(c.dep_ in ("nsubjpass", "expl", "csubj") for c in trigger.children)
    while (
        not out
        and not own  # "... pulled out, and X and Y were surrendered": the places', not theirs
        and verb.pos_ == "VERB"
        and verb.head.pos_ == "VERB"
        and (
            verb.dep_ == "conj"
            # a list of verbs the parser breaks with a clause ("crossed the border, pushed
            # on and took X"), past the trigger itself and with no "after", "while"
            or verb.dep_ == "advcl"
            and verb.i != trigger.i
            and not any(c.dep_ in ("mark", "nsubj") for c in verb.children)
        )
    ):  # "British troops broke through and took X": a verb conjoined to another with no
        # subject of its own shares its
        verb = verb.head
        out += [c for c in verb.children if c.dep_ in ("nsubj", "agent")]
    main = _adjunct_head(trigger)
    if main is not None and not out:
        # "entered X on Monday, two days after seizing Y": the main clause's subject did it
        out += [c for c in main.children if c.dep_ in ("nsubj", "agent")]
    if (
        not out
        and (trigger.pos_ == "NOUN" or trigger.pos_ == "PROPN" and trigger.text.islower())
        and (trigger.pos_ == "PROPN" or not any(c.dep_ == "det" for c in trigger.children))
    ):  # "Sudan's army retook X" read as a noun (or, lower-case, as a name's word: "after
        # the army retook X"): the words before it are its subject (not "Tropical Storm X")
        out += [c for c in trigger.children if c.dep_ == "compound" and c.i < trigger.i]
    if (
        not out
        and trigger.lemma_.lower() == "liberate"
        and trigger.dep_ == "ccomp"
        and any(c.dep_ == "nsubjpass" for c in trigger.children)
    ):  # '"X has been liberated," Paraguayan radio announced': calling a place liberated is
        # the taking side's word, so a state's voice names its own army
        out += [c for c in trigger.head.children if c.dep_ == "nsubj"]
    pronoun = any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in trigger.children)
    if pronoun and trigger.dep_ == "ccomp":  # "the army said it had retaken X"
        out += [c for c in trigger.head.children if c.dep_ == "nsubj"]
    owned = any(
        c.dep_ == "nsubj"
        and any(p.dep_ == "poss" and p.lower_ in ("its", "their") for p in c.children)
        for c in trigger.children
    )
    if owned and trigger.dep_ == "ccomp":  # "the ministry said its forces had taken X"
        out = [c for c in trigger.head.children if c.dep_ == "nsubj"] + out
    return out


# verbs whose object noun is an act their subject carries out to its end
ACCOMPLISHING = frozenset({"complete", "finish", "accomplish", "achieve", "effect"})

# participles that name helpers beside the taker ("troops backed by militias")
BACKING = frozenset({"back", "support", "aid", "assist", "help", "accompany", "join", "reinforce"})


def _backed_army(trigger: Token) -> Token | None:
    """The taker a misparse hides behind its helpers: a finite verb read as a clause on
    the noun of a "backed by" phrase ("troops backed by X fighters seized Y": "seized"
    hangs on "fighters"), the noun the participle qualifies ("troops")."""
    if trigger.dep_ != "acl" or trigger.tag_ != "VBD" or trigger.head.dep_ != "pobj":
        return None
    agent = trigger.head.head
    participle = agent.head
    if agent.dep_ != "agent" or participle.dep_ != "acl" or participle.head.i == participle.i:
        return None
    if participle.lemma_.lower() not in BACKING or participle.head.pos_ not in ("NOUN", "PROPN"):
        return None
    return participle.head


def _it_took(verb: Token) -> bool:
    """ "It took the rebels a week (to take X)": "take" with "it" as its subject, past."""
    return (
        verb.lemma_.lower() == "take"
        and verb.tag_ == "VBD"
        and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in verb.children)
    )


def _adjunct_head(trigger: Token) -> Token | None:
    """The verb a subjectless "after/before -ing" clause of the trigger hangs on ("two days
    after seizing X"), else None."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children) or trigger.tag_ != "VBG":
        return None
    prep = trigger.head
    if trigger.dep_ == "pcomp" and prep.lower_ in ("after", "before") and prep.head.pos_ == "VERB":
        return prep.head
    return None


def _earlier_capture(trigger: Token, rule: EventRule) -> bool:
    """ "entered X on Monday, (two days) after retaking Y": a capture told in an "after
    -ing" clause of another capture is its background ("patrol X after overrunning it" is
    the news); so is a capture noun the clause's subject owns ("fell to them a day after
    their seizure of Y"), the nominal form of the same clause."""
    if _owned_earlier_act(trigger, rule):
        return True
    main = _adjunct_head(trigger)
    verbs = {*rule.triggers, *(v for spec in rule.prep_triggers for v in spec.verbs)}
    return main is not None and bool(_forms(main) & verbs)


def _owned_earlier_act(trigger: Token, rule: EventRule) -> bool:
    """ "after their capture of Y", "since its seizure of Y": an event noun with a possessive
    pronoun, the object of "after" or "since" on a verb of the same kind."""
    prep = trigger.head
    if trigger.dep_ != "pobj" or prep.lower_ not in ("after", "since"):
        return False
    if not (_forms(trigger) & set(rule.trigger_nouns)):
        return False
    owned = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in trigger.children)
    main = _clause_verb(prep)  # "fell on Wednesday, a day after their capture of Y"
    verbs = {*rule.triggers, *(v for spec in rule.prep_triggers for v in spec.verbs)}
    return owned and main.pos_ == "VERB" and bool(_forms(main) & verbs)


def _later_than_last(trigger: Token, context: _Context) -> date | None:
    """ "X fell on 6 August. Nine days later they were in Y": a capture verb with no day
    of its own but "<N> days (weeks) later" falls that long after the article's last
    capture read."""
    if context.last_day is None or trigger.pos_ not in ("VERB", "AUX"):
        return None
    for later in trigger.children:
        if later.dep_ != "advmod" or later.lower_ != "later":
            continue
        for count in later.children:
            unit = count.lemma_.lower()
            if count.dep_ != "npadvmod" or unit not in PERIOD_DAYS:
                continue
            number = next((c for c in count.children if c.dep_ in ("nummod", "det")), None)
            if number is None:
                continue
            n = 1 if number.lower_ in ("a", "one") else parse_number(number.text)
            if n is not None:
                return context.last_day + timedelta(days=int(n) * PERIOD_DAYS[unit])
    return None


def _relative_day(trigger: Token, sent: Span, published: date | None, dated: bool) -> date | None:
    """ "entered X on Monday, two days after seizing Y": the main clause's day less (after)
    or plus (before) the days counted."""
    main = _adjunct_head(trigger)
    if (
        main is None
        and trigger.pos_ == "NOUN"
        and trigger.dep_ == "pobj"
        and trigger.head.lower_ in ("after", "before")
        and trigger.head.head.pos_ in ("VERB", "AUX")
    ):  # "X fell on Sunday, three weeks after the loss of Y": the noun's own day
        prep = trigger.head
        main, need_phrase, counted = prep.head, False, list(prep.children)
    elif main is not None:
        prep = trigger.head
        need_phrase, counted = True, list(prep.children)
    else:
        # "told Americans on Monday to stay indoors, a day after Washington ordered staff to
        # leave": a finite clause "N days after" hangs on the main verb; a main clause with
        # no day of its own is the day of publication
        verb = _clause_verb(trigger)
        marks = [c for c in verb.children if c.dep_ == "mark" and c.lower_ in ("after", "before")]
        # (a clause with "after" the parser read as a conjunct, or as a complement with its
        # "after" as a mark, is adverbial all the same: "a spokesperson said, a day after
        # the mission issued ...")
        adverbial = verb.dep_ in ("advcl", "conj") or verb.dep_ == "ccomp" and bool(marks)
        marks += [  # "a day after" with "after" read as the day's preposition
            p for c in verb.children if c.dep_ == "npadvmod" and c.lemma_.lower() == "day"
            for p in c.children if p.dep_ == "prep" and p.lower_ in ("after", "before")
        ]  # fmt: skip
        head = verb.head
        if marks and verb.dep_ == "relcl" and head.dep_ == "npadvmod" and head.lemma_ == "day":
            # "a day after the White House told ...": the clause read as the day's own
            return _days_from(head, marks[0], head.head, sent, published, dated, False)
        if not marks or not adverbial or verb.head.pos_ not in ("VERB", "AUX"):
            return None
        prep, main, need_phrase, counted = marks[0], verb.head, False, list(verb.children)
    counts = [c for c in counted if c.dep_ == "npadvmod" and c.lemma_.lower() in PERIOD_DAYS]
    if not counts:
        return None
    return _days_from(counts[0], prep, main, sent, published, dated, need_phrase)


# the days in a period counted before "after" ("two days after", "three weeks after")
PERIOD_DAYS = {"day": 1, "week": 7, "fortnight": 14}


def _days_from(
    count: Token,
    prep: Token,
    main: Token,
    sent: Span,
    published: date | None,
    dated: bool,
    need_phrase: bool,
) -> date | None:
    """The main clause's day less (after) or plus (before) the days `count` counts."""
    words = [c for c in count.children if c.dep_ == "nummod"]
    days = parse_number(words[0].text) if words else None
    if count.lower_ in PERIOD_DAYS and not words:
        days = 1  # "a day after", "a fortnight after"
    if days is None:
        return None
    base, phrase = _date(sent, main, published, dated)
    if base is None or phrase is None and need_phrase:
        return None
    step = timedelta(days=int(days) * PERIOD_DAYS.get(count.lemma_.lower(), 1))
    return base - step if prep.lower_ == "after" else base + step


def _group_in(text: str, cfg: EventRules, agent: bool, last: bool = False) -> Actor | None:
    """The group whose alias occurs in `text` (the first one, or with `last` the last)."""
    text = f" {text} "
    best: tuple[int, Actor] | None = None
    for group in cfg.groups:
        if group.only_as_agent and not agent:
            continue
        for alias in group.aliases:
            at = text.rfind(f" {alias} ") if last else text.find(f" {alias} ")
            if at >= 0 and (best is None or (at > best[0] if last else at < best[0])):
                best = (at, Actor(group.id, group.name))
    return best[1] if best else None


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
        i = 0
        while i < len(run):  # the longest name at each word ("Porto Alegre", not "Porto")
            for j in range(min(len(run), i + 3), i, -1):
                name = plain(" ".join(t.text for t in run[i:j]))
                person = any(t.ent_type_ == "PERSON" for t in run[i:j])
                if person and not _whole_entity(run[i:j]):
                    continue  # part of a person's name ("Victoria Lane"), not a city's
                if name in seats or name in countries or _big_city(name):
                    if name not in seats and name not in countries and name != own:
                        found.add(name)
                    break
            i = j
    return found.pop() if len(found) == 1 else None


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


def _words(text: str) -> str:
    """Lower-case words between spaces, hyphens and apostrophes kept ("port-au-prince"),
    without accents ("Lomé" is "lome", as the world's city table writes it)."""
    text = re.sub(r"['’]s\b", " ", _folded(text).lower())  # "Afghanistan's" is "afghanistan"
    return " " + " ".join(re.findall(r"(?:\w\.){2,}|\w[\w'\-]*", text)) + " "


def _folded(text: str) -> str:
    """`text` without accents, each character in its place ("Yaoundé" is "Yaounde"); the
    text itself where folding would move a character."""
    folded = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return folded if len(folded) == len(text) else text


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


def _default_group(doc: Doc, cfg: EventRules) -> Actor | None:
    """The group whose `default_in` words the article names first."""
    words = tuple((w, g.id, g.name) for g in cfg.groups for w in g.default_in)
    if not words:
        return None
    # the leftmost word wins, the first group listed among words found at one place
    found = _default_words(tuple(w for w, _, _ in words)).search(doc.text.lower())
    if found is None:
        return None
    _, ident, name = words[found.lastindex - 1 if found.lastindex else 0]
    return Actor(ident, name)


@lru_cache(maxsize=8)
def _default_words(words: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(f"({re.escape(w)})" for w in words)
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])")


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


def _places(trigger: Token, cfg: EventRules) -> list[str]:
    """The named places that is the object (or, used intransitively, the subject) of
    the trigger: "seized Dorvik", "Velo Brin was overrun", "Ghazni fell", "the river
    port of Orvel", "control of Tarvin", "X became the ninth capital to fall"."""
    parts, seats = set(cfg.part_nouns), set(cfg.seat_modifiers)
    if any(c.pos_ == "ADJ" and c.dep_ in ("acomp", "advmod", "oprd") for c in trigger.children):
        return []  # "fell ill", "fell silent", "went quiet": a state, not a capture
    candidates: list[Token] = []
    has_object = any(c.dep_ == "dobj" and not _aside(c, cfg) for c in trigger.children)
    for child in trigger.children:
        if child.dep_ == "dobj" and child.tag_ == "WDT" and trigger.dep_ == "relcl":
            candidates.extend(_object_words(trigger.head, parts, seats))  # "X, which they took"
        elif (
            child.dep_ in ("nsubj", "nsubjpass") and child.tag_ == "WDT" and trigger.dep_ == "relcl"
        ):
            if child.dep_ == "nsubj" and has_object:
                continue  # "the coalition, which has seized a string of towns": the taker
            candidates.extend(_object_words(trigger.head, parts, seats))  # "X, which fell"
        elif child.dep_ in ("dobj", "nsubjpass", "attr") or (
            child.dep_ == "nsubj" and not has_object
        ):
            candidates.extend(_object_words(child, parts, seats, set(cfg.city_nouns)))
        elif child.dep_ == "prep" and child.lower_ == "of":  # "in control of Ghazni"
            candidates.extend(t for c in child.children for t in _object_words(c, parts, seats))
        elif child.dep_ in ("npadvmod", "advmod") and child.pos_ == "PROPN" and child.i < trigger.i:
            # "Aybak, the capital of ..., was handed over"; "X is now occupied" with the
            # name read as an adverb
            candidates.append(child)
        elif (
            child.dep_ == "npadvmod"
            and child.pos_ == "PROPN"
            and child.i > trigger.i
            and child.doc[child.left_edge.i - 1].text == ","
            and any(c.dep_ == "dobj" and _counted(c) for c in trigger.children)
        ):
            candidates.append(child)  # "seized three towns on Sunday, X in the north and Y"
        elif child.dep_ == "conj" and child.pos_ == "PROPN":
            candidates.append(child)  # "swept into X ... and Y": Y read as a verb's conjunct
        elif child.dep_ == "conj" and child.lemma_.lower() in cfg.city_nouns:
            # "took X and the nearby town of Y" with the town read as the verb's conjunct
            candidates.extend(_object_words(child, parts, seats, set(cfg.city_nouns)))
        elif child.dep_ == "compound" and child.pos_ == "PROPN" and trigger.pos_ == "PROPN":
            candidates.append(child)  # the headline "Ghazni Falls to Taliban"
        elif (
            child.dep_ == "compound"
            and child.pos_ == "PROPN"
            and trigger.tag_ == "NNS"
            and trigger.dep_ == "ROOT"
            and not any(c.dep_ == "det" for c in trigger.children)
        ):
            candidates.append(child)  # "X surrenders to ..." read as a plural noun
        elif child.dep_ == "poss" and trigger.pos_ == "NOUN" and child.i > trigger.i - 3:
            candidates.extend(_object_words(child, parts, seats))  # "the town's handover"
        elif child.dep_ == "appos" and trigger.pos_ == "NOUN" and child.i > trigger.i:
            candidates.extend(_object_words(child, parts, seats))  # "army retook X" (a noun)
        elif _so_did(child) and not has_object:
            # "X fell on Monday, and so did Y and Z", "X was taken, as was Y": the ellipsis
            # repeats the predicate, so the new subject is a place taken too (never after a
            # verb with an object: "rebels took X, and so did the army" names a taker)
            for subject in child.children:
                if subject.dep_ in ("nsubj", "nsubjpass", "dobj", "attr"):
                    candidates.extend(_object_words(subject, parts, seats))
        elif child.dep_ == "conj" and child.lemma_ in cfg.follow_verbs:
            # "X was handed over, and Y and Z followed"
            for subject in child.children:
                if subject.dep_ == "nsubj":
                    candidates.extend(_object_words(subject, parts, seats))
    if trigger.dep_ in ("amod", "compound") and trigger.head.pos_ == "PROPN":
        candidates.append(trigger.head)  # "insurgents captured Ghazni" read as "captured Ghazni"
    if trigger.dep_ == "acl" and trigger.tag_ == "VBN" and trigger.head.pos_ == "PROPN":
        candidates.append(trigger.head)  # a headline's reduced passive: "X taken by rebels"
    if trigger.lower_ in ("free", "freed") and not candidates:
        # "declares X 'free'" with X read as the adjective's possessor or the verb's object
        candidates += [c for c in trigger.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
        candidates += [c for c in trigger.head.children if c.dep_ == "dobj"]
    if not candidates and _ranked_infinitive(trigger):
        candidates.append(trigger.head.head)  # "X, the 11th of the capitals to fall"
    if not candidates:
        verb = _verb_of_description(trigger)
        for child in verb.children if verb is not None else ():
            if child.dep_ in ("nsubj", "nsubjpass"):
                candidates.extend(_object_words(child, parts, seats))
    for noun in list(candidates):  # "seized the presidential palace in X"
        named = " ".join(t.lower_ for t in noun.doc[noun.left_edge.i : noun.i + 1])
        if noun.pos_ == "NOUN" and any(f"{b} " in f" {named} " for b in cfg.building_nouns):
            # the place may hang on the list's last item or on the verb ("took over the
            # palace in X", "government buildings and the broadcaster in X")
            holders = [noun, *noun.conjuncts, trigger]
            for prep in (c for h in holders for c in h.children):
                if prep.dep_ == "prep" and prep.lower_ == "in":
                    candidates.extend(c for c in prep.children if c.dep_ == "pobj")
    # "rebels advancing from X (towards X) captured Y": where a move starts or heads,
    # hung on the verb by a bad parse, is not what was taken
    candidates = [t for t in candidates if not _path_end(t)]
    names = (
        _place_name(t, trigger, cfg) or _state_capital(t, cfg) or _city_before(t, trigger, cfg)
        for t in candidates
    )
    found = list(dict.fromkeys(n for n in names if n is not None))
    if not found:
        # "officials in X and Y say both cities were overrun": the places named before
        found = [n for t in candidates for n in _cities_before(t, trigger, cfg)]
    if not found and (ranked := _ranked_subject(trigger, cfg)) is not None:
        # "making it the sixth capital to fall", "making the port the first city to fall"
        name = (
            _place_name(ranked, trigger, cfg)
            or _city_before(ranked, trigger, cfg, ranked=True)
            or _subject_before(ranked, trigger, cfg)
        )
        found = [name] if name else []
    if not found and (after := _name_after(trigger)) is not None:
        found = [n] if (n := _place_name(after, trigger, cfg)) else []
    if not found and (dateline := _dateline_end(trigger.doc)):
        # "MOSUL, June 10 — The city fell on Tuesday": with no other name, the dateline's
        # city, when the sentence's own words refer to it (not the dateline itself parsed
        # as the subject: "VANTOR, May 16 — Rebel fighters swept into X")
        names = (
            _place_name(t, trigger, cfg, dateline=True)
            or _city_before(t, trigger, cfg, dateline=True)
            for t in candidates
            if t.i >= dateline or _subject_names_city(trigger, candidates, dateline, cfg)
        )
        found = list(dict.fromkeys(n for n in names if n is not None))
    if not found and any(_counted(t) for t in candidates):
        # "five capitals fell, among them X, Y and Z", "had taken ten, including X"
        found = _listed_places(trigger, candidates, cfg)
    return found


def _so_did(verb: Token) -> bool:
    """ "..., and so did Y", "..., as did Y", "..., as was Y": an auxiliary that repeats
    the clause it hangs on (its predicate elided) for a new subject."""
    if verb.lemma_ not in ("do", "be", "have") or verb.dep_ not in ("conj", "advcl"):
        return False
    if any(c.dep_ in ("xcomp", "ccomp", "acomp", "neg") for c in verb.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ not in TIME_PREPS for c in verb.children):
        return False  # "so did the talks in Geneva": no bare repeat ("so did Y on Monday")
    if verb.dep_ == "conj":
        return any(c.dep_ == "advmod" and c.lower_ == "so" and c.i < verb.i for c in verb.children)
    return any(c.dep_ == "mark" and c.lower_ == "as" and c.i < verb.i for c in verb.children)


def _subject_names_city(
    trigger: Token, candidates: list[Token], dateline: int, cfg: EventRules
) -> bool:
    """The trigger's subject after the dateline (or a noun set beside the dateline's city)
    is a city noun: "MOSUL — The largest city in the north fell", "X — Y's capital fell"."""
    nouns = {*cfg.city_nouns, "capital"}
    words = [c for h in (trigger, *candidates) for c in h.children
             if c.dep_ in ("nsubj", "nsubjpass", "appos")]  # fmt: skip
    return any(w.i >= dateline and w.lemma_.lower() in nouns for w in words)


def _path_end(token: Token) -> bool:
    """The name follows "from" or "towards": the start or the heading of a move."""
    start = token.i
    while start > 0 and token.doc[start - 1].head == token and token.doc[start - 1].dep_ in (
        "det", "compound", "amod"
    ):  # fmt: skip
        start -= 1
    return start > 0 and token.doc[start - 1].lower_ in PATH_PREPS


def _name_after(verb: Token) -> Token | None:
    """ "now control X, its mayor said" with X parsed as the subject of "said": a name
    right after an active transitive verb that the parser hung elsewhere."""
    doc = verb.doc
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i + 1 >= len(doc):
        return None
    if any(c.dep_ in ("dobj", "nsubjpass", "auxpass", "prt") for c in verb.children):
        return None
    end = verb.i + 1
    if doc[end].pos_ != "PROPN" or doc[end].is_sent_start:
        return None
    return doc[end] if doc[end].head.i != verb.i else None


def _ranked_infinitive(trigger: Token) -> bool:
    """ "to fall" describing a rank in apposition to a name: "X, the 11th to fall"."""
    rank = trigger.head
    return (
        trigger.dep_ in ("relcl", "acl")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children)
        and rank.dep_ == "appos"
        and rank.head.pos_ == "PROPN"
        and (
            _is_rank(rank)
            or any(c.dep_ in ("amod", "advmod") and _is_rank(c) for c in rank.children)
        )
    )


RANKED_NOUNS = {"capital", "port", "centre", "center", "stronghold"}
RANKING = {"make", "be", "become"}


def _ranked_subject(trigger: Token, cfg: EventRules) -> Token | None:
    """The place a rank is predicated of: "making the port the first city to fall",
    "making it the sixth capital the rebels have taken", "it is the first provincial
    capital to fall" (a small clause or a copula whose predicate is a ranked city noun
    that the capture verb describes)."""
    nouns = {*cfg.city_nouns, *RANKED_NOUNS}

    def ranked(noun: Token) -> bool:
        return noun.lemma_.lower() in nouns and (
            _is_rank(noun) or any(c.dep_ == "amod" and _is_rank(c) for c in noun.children)
        )

    if trigger.dep_ in ("attr", "acomp") and trigger.head.lemma_ == "be":
        trigger = trigger.head  # "the second capital to be overrun" read as "be" + attribute
    if (
        trigger.dep_ == "advcl"
        and trigger.head.lemma_.lower() in RANKING
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children)
        and any(c.dep_ == "attr" and ranked(c) for c in trigger.head.children)
    ):  # "X became the first town on the coast to be overrun": the infinitive on the verb
        subjects = [c for c in trigger.head.children if c.dep_ == "nsubj"]
        return subjects[0] if subjects and _plain_fact(trigger.head) else None
    if trigger.dep_ in ("relcl", "acl") and ranked(trigger.head):
        rank = trigger.head  # "the sixth capital the rebels have taken", "... to fall"
    else:  # "making the port the largest city to fall": both read as subjects of "fall"
        small = next((c for c in trigger.children if c.dep_ == "nsubj" and ranked(c)), None)
        if small is None or trigger.dep_ != "ccomp":
            return None
        subjects = [
            c for w in (trigger, small) for c in w.children if c.dep_ == "nsubj" and c.i < small.i
        ]
        if trigger.head.lemma_.lower() == "make" and subjects and _plain_fact(trigger.head):
            return subjects[0]
        return None
    if rank.dep_ == "ccomp" and rank.head.lemma_.lower() == "make":
        subjects = [c for c in rank.children if c.dep_ == "nsubj"]  # "making it the sixth"
    elif rank.dep_ == "attr" and rank.head.lemma_.lower() in RANKING:
        subjects = [c for c in rank.head.children if c.dep_ == "nsubj"]  # "it is the first"
    elif rank.dep_ == "appos":
        return rank.head  # "took X, the 13th town it has seized": the place it is said of
    elif rank.dep_ == "npadvmod" and rank.head.pos_ in ("VERB", "AUX"):
        # ...the apposition hung on the verb whose object the place is
        return next((c for c in rank.head.children if c.dep_ == "dobj"), None)
    else:
        return None
    return subjects[0] if subjects and _plain_fact(rank.head) else None


def _plain_fact(verb: Token) -> bool:
    """No modal, infinitive marker or negation on the verb of ranking ("would be the first
    city to fall", "threatens to make it the first", "is not the first")."""
    return not any(
        c.dep_ in ("aux", "neg") and (c.tag_ == "MD" or c.lower_ in ("to", "not", "n't", "never"))
        for c in verb.children
    )


def _is_rank(token: Token) -> bool:
    return token.ent_type_ == "ORDINAL" or token.tag_ == "JJS" or token.lower_ in ORDINALS


def _counted(noun: Token) -> bool:
    """A plural noun or a number: what a list of names can spell out."""
    return noun.tag_ in ("NNS", "CD") and noun.pos_ != "PROPN"


def _listed_places(trigger: Token, counted: list[Token], cfg: EventRules) -> list[str]:
    """The names after "including", "among them" or "such as" hung on the trigger or
    its counted noun, up to the next verb; a name after a preposition ("X in the
    north", "Y in Z province") only says where a listed one lies."""
    markers = [
        t
        for t in trigger.sent
        if t.lower_ in LIST_MARKERS
        and t.i > trigger.i
        and (t.head in counted or _clause_verb(t.head) == trigger)
    ]
    if not markers:
        return []
    doc, names = trigger.doc, []
    start = min(m.i for m in markers) + 1
    for token in doc[start : trigger.sent.end]:
        if token.pos_ == "VERB" or token.text == ";":
            break
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if (
            token.pos_ != "PROPN"
            or after is not None
            and (after.pos_ == "PROPN" or after.tag_ == "POS")
        ):
            continue  # a name is read at its last word; a possessor is no item
        first = token.i  # back over the name's own words ("Pul-e-Khumri") and "the"
        while first > start and (
            doc[first - 1].pos_ in ("PROPN", "DET")
            or doc[first - 1].tag_ == "HYPH"
            or not doc[first - 1].whitespace_
        ):
            first -= 1
        if first > start and doc[first - 1].pos_ == "ADP":
            continue
        if any(_is_rank(t) or t.tag_ == "POS" for t in doc[first : token.i + 1]):
            continue  # "Including Country's Second City": a description in title case
        if (name := _place_name(token, trigger, cfg)) is not None:
            names.append(name)
    return list(dict.fromkeys(names))


PLURAL_COUNTS = {"both": 2, "two": 2, "three": 3, "four": 4}


def _cities_before(noun: Token, trigger: Token, cfg: EventRules) -> list[str]:
    """ "both cities", "the two towns", "all three cities": a plural city noun counted by
    its determiner refers back to as many places, the last named before it in the
    sentence (none when fewer are named)."""
    if noun.lemma_.lower() not in cfg.city_nouns or noun.tag_ != "NNS":
        return []
    count = next((PLURAL_COUNTS[c.lower_] for c in noun.children if c.lower_ in PLURAL_COUNTS), 0)
    names: list[str] = []
    for token in reversed(noun.doc[noun.sent.start : noun.left_edge.i]):
        if token.pos_ == "PROPN" and token.dep_ != "compound":
            name = _place_name(token, trigger, cfg)
            if name and name not in names:
                names.append(name)
        if len(names) == count:
            return names[::-1]
    return []


def _city_before(
    noun: Token, trigger: Token, cfg: EventRules, dateline: bool = False, ranked: bool = False
) -> str | None:
    """ "who handed the city over": "the city" is the last place named before it in
    the sentence ("Ghazni's governor, who handed the city over"); a ranked place may be
    any definite noun ("making the river port the largest city to fall")."""
    # "after it fell", "abandoned it without a fight"
    pronoun = noun.lower_ == "it" and noun.dep_ in ("nsubj", "nsubjpass", "dobj")
    # "the Basque capital", "the islands' capital", "Helmand's capital": as "the city" (a
    # state's own capital is named by `_state_capital`; "the capital of X" names X's)
    capital = _capital_noun(noun, cfg) and not any(
        c.dep_ == "prep" and c.lower_ == "of" for c in noun.children
    )
    # ...but "the capital" alone is a state's: "took X on Sunday and the capital on Monday"
    # refers back only to a place that is some state's capital
    bare = capital and all(c.lower_ == "the" for c in noun.children)
    if (
        not pronoun
        and not capital
        and (
            (
                noun.lemma_.lower() not in cfg.city_nouns
                and not (ranked and noun.pos_ == "NOUN")
                and not _seat_noun(noun, cfg)
                and not (dateline and _national_capital(noun, cfg))
            )
            or not any(c.lower_ in ("the", "his", "its", "their", "her") for c in noun.children)
        )
    ):  # "the governor handed over his city"
        return None
    if noun.dep_ == "appos" and noun.head.pos_ == "PROPN":
        return None  # "recaptured Gwoza, the town where ...": the name is the place
    if any(c.tag_ == "JJS" or c.lemma_ in ORDINALS for c in noun.children):
        return None  # "the largest city to fall": a rank that describes, not a reference
    # a government's own capital is its government ("a blow to Moscow"), no city referred to
    seats = {spec.capital for spec in _pack_countries(cfg)}
    # a name inside a ranked noun's phrase classifies it ("the Black Sea port")
    end = noun.left_edge.i if ranked or capital else noun.i
    for token in reversed(noun.doc[noun.sent.start : end]):
        # a place entity, or a name after a preposition of place ("units outside Hama"
        # with "Hama" typed as an organisation)
        located = (
            token.pos_ == "PROPN"
            and token.dep_ == "pobj"
            and (token.head.lower_ in PLACE_PREPS or _out_of(token.head))
        ) or (ranked and token.pos_ == "PROPN" and token.dep_ in ("pobj", "nsubj", "nsubjpass"))
        # "rebels, who had surrounded X for a month, entered the town": a one-word name as
        # the object of a verb of siege or attack, whatever type the model gave it
        located = located or (
            token.pos_ == "PROPN"
            and token.dep_ == "dobj"
            and token.head.lemma_.lower() in BESIEGING
            and _one_word_name(token)
        )
        located = located or _line_label(token)  # "Bunia: militia took the town on Monday"
        if token.lower_ in seats and not (capital and _undergoes_capture(token, cfg)):
            continue
        if (token.ent_type_ in PLACE_LABELS or located) and (
            name := _place_name(token, trigger, cfg, dateline)
        ):
            if bare and not _capital_city(name):
                continue
            return name
    if dateline and (city := _dateline_city(noun.doc, cfg)) is not None:
        return city  # "MOSUL, May 16 — The city fell": a dateline names a city, known or not
    if pronoun or noun.sent.start == 0:
        return None
    # "Palmyra is back in rebel hands. The rebels retook the ancient city on Sunday": the
    # last place the sentence before names, when it names one
    before = noun.doc[noun.sent.start - 1].sent
    while (_speaker_turn(before) or _bare_reply(before)) and before.start > 0:
        # "ANCHOR: ... in X? CORRESPONDENT: ...", "Q: Has X fallen? A: Yes. Troops took the
        # town on Sunday"
        before = noun.doc[before.start - 1].sent
    for token in reversed(before):
        if (token.lower_ in seats and not (capital and _undergoes_capture(token, cfg))) or not (
            token.ent_type_ in ("GPE", "LOC") or _held(token) or _place_argument(token)
        ):
            continue
        if token.dep_ == "compound" and token.head.pos_ == "NOUN":
            continue  # "the tip of the Bihac pocket", "the Jaffna peninsula": not the town
        if (name := _place_name(token, trigger, cfg, dateline)) and (
            not bare or _capital_city(name)
        ):
            return name
    return None


def _undergoes_capture(token: Token, cfg: EventRules) -> bool:
    """ "Madrid has surrendered", "troops took Rome": a name a capture verb governs (a
    sending state's capital is otherwise its government: "a blow to Moscow")."""
    words = {w for r in cfg.events if r.type == "city_captured" for w in r.triggers}
    return token.dep_ in ("nsubj", "nsubjpass", "dobj") and token.head.lemma_.lower() in words


def _speaker_turn(sent: Span) -> bool:
    """A transcript's speaker label parsed as a sentence of its own ("CORRESPONDENT:")."""
    words = [t for t in sent if not t.is_space]
    return (
        1 < len(words) <= 4
        and words[-1].text == ":"
        and all(t.text.isupper() for t in words[:-1] if t.is_alpha)
    )


REPLIES = frozenset({"yes", "no", "indeed", "correct", "right", "true", "false"})


def _bare_reply(sent: Span) -> bool:
    """An answer with no words of its own ("A: Yes.", "No."): what it answers is the
    sentence before it."""
    words = [t for t in sent if t.is_alpha and not (t.i + 1 < len(t.doc) and t.nbor().text == ":")]
    return bool(words) and len(words) <= 2 and any(t.lower_ in REPLIES for t in words)


def _line_label(token: Token) -> bool:
    """A name labelling a report's line ("Bunia: militia took control of the town"):
    a proper noun opening its sentence (or a line after a full stop), before a colon."""
    if not (token.pos_ == "PROPN" or token.is_title) or token.i + 1 >= len(token.doc):
        return False
    if token.nbor().text != ":":
        return False
    return token.i == token.sent.start or token.doc[token.i - 1].text in (".", "\n")


def _capital_city(name: str) -> bool:
    """Some state's capital (the world's table), as "the capital" alone may refer to."""
    return plain(name) in _capital_names()


@lru_cache(maxsize=1)
def _capital_names() -> frozenset[str]:
    return frozenset(plain(c) for c in state_capitals().values())


def _state_capital(noun: Token, cfg: EventRules) -> str | None:
    """ "the Ethiopian capital", "Uganda's capital", "the capital of Peru": a state's capital
    named by its state, as the world's table writes it (not "the provincial capital")."""
    if not _capital_noun(noun, cfg):
        return None
    owners = [c for c in noun.children if c.dep_ in ("amod", "compound", "poss")]
    owners += [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
               for p in c.children if p.dep_ == "pobj"]  # fmt: skip
    states = {adjective for o in owners for adjective, *_ in _states_in(list(o.subtree), cfg)}
    if len(states) != 1:
        return None
    return state_capitals().get(plain(states.pop()))


def _capital_noun(noun: Token, cfg: EventRules) -> bool:
    """ "the capital", "the Basque capital", "the islands' capital", "Helmand's capital": one
    definite capital, neither ranked ("the largest capital") nor a province's seat ("the
    provincial capital", read as "the town")."""
    return (
        noun.lemma_.lower() == "capital"
        and noun.tag_ == "NN"
        and noun.dep_ != "appos"
        and any(c.dep_ == "poss" or c.lower_ == "the" for c in noun.children)
        and not any(
            c.tag_ == "JJS" or c.lemma_ in ORDINALS or c.lower_ in cfg.seat_modifiers
            for c in noun.children
        )
    )


def _one_word_name(token: Token) -> bool:
    ent = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    return ent is None or len(ent) == 1


def _national_capital(noun: Token, cfg: EventRules) -> bool:
    """ "the capital", "the Ugandan capital" (no "of X", no "provincial"): under a dateline,
    the dateline's city ("KAMPALA — rebels captured the Ugandan capital")."""
    return (
        noun.lemma_.lower() == "capital"
        and noun.tag_ == "NN"
        and not any(c.dep_ in ("prep", "nmod", "poss") for c in noun.children)
        and all(
            _states_in([c], cfg) and not _states_in([c], cfg)[0][3]
            for c in noun.children
            if c.dep_ in ("amod", "compound")
        )
    )


def _seat_noun(noun: Token, cfg: EventRules) -> bool:
    """ "the provincial capital", "the regional seat" (with no "of X"): a reference to a
    town named before, as "the town" is."""
    return (
        noun.lemma_.lower() in ("capital", "seat")
        and noun.tag_ == "NN"  # "the 34 provincial capitals": a count, no reference
        and any(c.dep_ == "amod" and c.lower_ in cfg.seat_modifiers for c in noun.children)
        # "the capital of X", "the Anbar provincial capital": named in its own phrase
        and not any(c.dep_ in ("prep", "compound", "nmod", "poss") for c in noun.children)
    )


def _place_argument(token: Token) -> bool:
    """A proper noun the model gave no place type, named as a clause's subject or object or
    after a preposition ("encircled X", "an assault on X", "Why does X matter?"): a place
    a later "the town" may refer to, if it is one."""
    if token.pos_ != "PROPN" or token.ent_type_ in ("PERSON", "DATE", "TIME"):
        return False
    if token.ent_type_ == "NORP" and token.tag_ != "NNP":
        return False  # "the Americans"; a town read as a people is singular ("encircled X")
    if token.i == token.sent.start and token.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return token.dep_ in ("dobj", "nsubj", "nsubjpass") or (
        token.dep_ == "pobj" and token.head.lower_ in (*PLACE_PREPS, "on", "of")
    )


def _out_of(prep: Token) -> bool:
    """ "ordered the troops out of X": "of" after "out"."""
    return prep.lower_ == "of" and prep.i > 0 and prep.doc[prep.i - 1].lower_ == "out"


def _subject_before(pronoun: Token, trigger: Token, cfg: EventRules) -> str | None:
    """ "X was handed over on Thursday. It is the tenth capital to fall": a sentence-initial
    "it" is the place the sentence before is about (its first place subject)."""
    if pronoun.lower_ != "it" or pronoun.sent.start == 0 or pronoun.i != pronoun.sent.start:
        return None
    before = pronoun.doc[pronoun.sent.start - 1].sent
    for token in before:
        subject = token.dep_ in ("nsubj", "nsubjpass") or (
            token.dep_ == "appos" and token.head.dep_ in ("nsubj", "nsubjpass")
        )  # "BREAKING — X, capital of Y, is in rebel hands"
        if subject and (name := _place_name(token, trigger, cfg)):
            return name
    return None


def _held(name: Token) -> bool:
    """ "X is back in rebel hands", "X remains under army control": a name said to be held."""
    verb = name.head
    holders = [verb, *(c for c in verb.children if c.dep_ == "advmod")]  # "is back in"
    return name.dep_ == "nsubj" and any(
        prep.dep_ == "prep" and prep.lower_ in ("in", "under") and pobj.lemma_.lower() in HOLDING
        for holder in holders
        for prep in holder.children
        for pobj in prep.children
    )


def _place_name(
    token: Token, trigger: Token, cfg: EventRules, dateline: bool = False
) -> str | None:
    """The name of a place: a place entity, or a proper noun the model typed as
    something else ("Dorvik" as an organisation), never a country or an armed group
    (nor the dateline's city, unless `dateline`)."""
    countries = {w for spec in _pack_countries(cfg) for w in spec.words}
    countries |= set(cfg.countries)
    groups = {a for g in cfg.groups for a in g.aliases}
    doc = token.doc
    if token.lower_ in MONTHS or token.lower_ in WEEKDAYS:
        return None
    if not dateline and token.i < _dateline_end(doc):
        return None  # "KABUL, Aug 6 —": where the story was filed, not what was taken
    if dateline and token.i < _dateline_end(doc) and any(t.text in ",(" for t in doc[: token.i]):
        return None  # "MOSUL (Reuters) —": the city opens the dateline, the wire follows it
    if token.dep_ == "compound" and token.head.lower_ in cfg.not_place_words:
        return None  # "Rakhine state", "the Kharkiv region"
    if token.lower_ in cfg.not_place_words:
        return None  # "seize police HQ in X" with "HQ" read as a name
    if (
        token.dep_ == "compound"
        and token.head.lemma_.lower() in cfg.city_nouns
        and any(c.dep_ == "det" for c in token.head.children)
    ):
        return None  # "the flag over the southern Idlib town": a town of the province
    ent = next((e for e in doc.ents if e.start <= token.i < e.end), None)
    if ent is not None and (
        any(c.isdigit() for c in ent.text)
        or ent[-1].lower_ in cfg.not_place_words
        or ent.label_ == "ORG"
        and token.i < ent.end - 1
        and ent[-1].pos_ == "NOUN"
    ):
        return None  # "the army's 16th Infantry Division", "Rapid Support Forces"
    if token.pos_ == "ADJ":
        return None  # "the largest Ukrainian city": a nationality, not a place
    if ent is not None and REGION_ID.fullmatch(ent.ent_id_) and not _named_by_city_noun(token, cfg):
        return None  # "X had been completely captured" of a province: its capital is the city
    head = token.head
    if (
        token.dep_ in ("compound", "nmod")
        and head.pos_ == "PROPN"
        and head.i > token.i
        and any(doc[k].lower_ in NAME_PARTICLES for k in range(token.i + 1, head.i))
    ):
        return None  # "San Cristóbal de las Casas": the name's last word stands for it
    if ent is not None and ent.label_ in PLACE_LABELS:
        text = ent.text
    elif token.text[:1].isupper() and (
        token.pos_ == "PROPN"
        or ent is not None
        and len(ent) == 1
        and token.pos_ == "NOUN"
        or _named_by_city_noun(token, cfg)
        or _described_as_place(token, cfg)  # "Enugu, the rebel capital," tagged a noun
    ):  # "Homs" tagged as the plural of "hom"
        if (
            ent is not None
            and ent.label_ == "PERSON"
            and len(ent) > 1
            and {trigger.lemma_, trigger.lower_} & PEOPLE_UNDERGO
            and not _described_as_place(token, cfg)
            and plain(ent.text) not in world_cities()  # "took Pointe-Noire" typed a person
        ):
            return None  # people are captured and taken too (a one-word "person" is a
            # place the model does not know: "took Gharna")
        if _named_person(token, ent):
            return None  # "X, the veteran commander, was handed over", "its mayor, X, said"
        if (
            ent is not None
            and ent.label_ not in ("ORG", "PERSON", "NORP")
            and not (
                ent.label_ in NAME_LIKE
                and (
                    _named_by_city_noun(token, cfg)
                    or len(ent) == 1
                    and _argument_of(token, trigger)
                )
            )
        ):
            return None  # "the town of X", "captured X" name a place whatever type X got
        start = token.i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ == "PROPN":
            start -= 1
        inner = (  # "the Chinese embassy in X" typed as one organisation: X is the place
            ent is not None and token.dep_ == "pobj" and token.head.lower_ == "in"
            and token.head.i > ent.start
        )  # fmt: skip
        text = ent.text if ent is not None and not inner else doc[start : token.i + 1].text
    else:
        return None
    start = token.i
    while (
        start > 0
        and doc[start - 1].head.i == token.i
        and doc[start - 1].dep_ in ("compound", "nmod")
        and (doc[start - 1].pos_ == "PROPN" or doc[start - 1].lower_ in NAME_PARTICLES)
    ):
        start -= 1
    if doc[start].lower_ not in NAME_PARTICLES and any(
        doc[k].lower_ in NAME_PARTICLES for k in range(start, token.i)
    ):
        text = doc[start : token.i + 1].text  # the whole name, its particles within
    text = text.rstrip(",;:")  # "Famagusta, Cyprus's main port": the name, not its comma
    last = text.rsplit(" ", 1)
    first = ent.start if ent is not None and ent.text == text else token.i
    bare = first == 0 or doc[first - 1].dep_ != "det"
    if len(last) == 2 and last[1] in cfg.city_nouns and bare:
        # "Kandahar city", "Damboa town": a lower-case city noun says what the place is
        # (not "Kuwait City", whose capital is its name's, nor "the Baghlan city": a
        # city of the province)
        text = last[0]
    words = text.lower().removeprefix("the ").strip()
    if words in countries or words in groups or any(f" {w} " in f" {words} " for w in groups):
        return None
    if words in _state_names(cfg):
        return None  # "Kisangani, Zaire's third city": a state is no city taken
    if words.startswith("operation "):
        return None  # "a day and a half into Operation Storm": a military operation's name
    return text.removeprefix("the ").removeprefix("The ")


def _argument_of(token: Token, trigger: Token) -> bool:
    """ "captured X", "swept (back) into X": the trigger's object, or its preposition's."""
    if token.head == trigger:
        return True
    prep = token.head
    holder = prep.head.head if prep.head.dep_ == "advmod" else prep.head  # "back into X"
    return token.dep_ == "pobj" and prep.lower_ in PLACE_PREPS and holder == trigger


def _named_person(token: Token, ent: Span | None) -> bool:
    """A name the model did not call a place, set in apposition with a noun of a person's
    office or role ("its mayor, X", "X, the veteran commander"), or two names, the second
    a person's ("the capital liberated and X gone"), is a person's name."""
    if ent is not None and ent.label_ in PLACE_LABELS:
        return False
    root = ent.root if ent is not None else token
    nouns = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        nouns.append(root.head)
    doc = token.doc
    return any(
        n.pos_ == "NOUN"
        and n.lemma_.lower() in PERSON_ROLES
        # "X, its mayor said": the role noun is the subject of the next verb, no apposition
        # (a role before the name is one: "the army chief, X, announced")
        and not (
            n.i > root.i
            and n.right_edge.i + 1 < len(doc)
            and doc[n.right_edge.i + 1].pos_ in ("VERB", "AUX")
        )
        for n in nouns
    )


def _described_as_place(token: Token, cfg: EventRules) -> bool:
    """ "X, capital of Y", "X, a market town": an apposition calls the name a place."""
    return any(
        c.dep_ == "appos" and c.lemma_.lower() in {*cfg.city_nouns, "capital"}
        for c in token.children
    )


def _named_by_city_noun(token: Token, cfg: EventRules) -> bool:
    """ "the nearby town of Sake", "Damboa town": a capitalised word a city noun names,
    whatever its tag."""
    of = token.head
    called = (  # "overran Damboa town": the name as the lower-case noun's compound
        token.dep_ == "compound"
        and of.i == token.i + 1
        and of.lower_ in cfg.city_nouns
        and token.pos_ == "PROPN"
        and not any(c.dep_ == "det" for c in of.children)  # not "the Baghlan city"
    )
    return called or (
        token.dep_ == "pobj"
        and of.lower_ == "of"
        and of.head.lemma_.lower() in cfg.city_nouns
        and token.i > token.sent.start
    )


def _dateline_end(doc: Doc) -> int:
    """The token after a dateline ("KABUL, Aug 6 —", "GOMA (Reuters) -"), else 0."""
    head = next((t.i for t in doc[:6] if t.text in (",", "(")), None)
    dash = next((t.i for t in doc[1:5] if t.text in ("—", "–", "--")), None)
    if dash is None and len("".join(t.text for t in doc[:3] if t.is_alpha)) >= 4:
        # "HONIARA - Japan evacuated ...": a spaced hyphen after a city in capitals
        dash = next((t.i for t in doc[1:4] if t.text == "-" and t.whitespace_
                     and doc[t.i - 1].whitespace_), None)  # fmt: skip
    if (
        head is None
        and dash is not None
        and all(t.text.isupper() and t.is_alpha for t in doc[:dash])
    ):  # "DAMASCUS — Rebels entered X": a city in capitals and a dash, no day
        return dash + 1
    if head is None or head == 0 or not all(t.text.isupper() for t in doc[:head] if not t.is_punct):
        return 0  # "FLASH — KABUL, Aug 6 —": a label before the dateline is upper case too
    for token in doc[head:12]:
        if token.text in ("—", "–", "-", "--") and token.whitespace_:
            return token.i + 1
        if (
            token.text == ":"
            and token.i > head + 1
            and all(
                t.text in ",()" or t.like_num or t.ent_type_ == "DATE" for t in doc[head : token.i]
            )
        ):  # "CASABLANCA, 15 April 2007: ...": a colon after the day (its words only)
            return token.i + 1
    return 0


def _dateline_city(doc: Doc, cfg: EventRules, tagged: bool = True) -> str | None:
    """The capitals before a dateline's comma ("MOSUL, May 16 —"), when they are no
    country's or armed group's name (nor, unless `tagged` is false, a name the tagger
    took for a person's or an organisation's: it often does so for a town in capitals)."""
    if not _dateline_end(doc):
        return None
    head = next((t.i for t in doc[:6] if t.text in (",", "(", "—", "–", "--")), 0)
    words = [t for t in doc[:head] if t.is_alpha]
    person_or_org = tagged and any(t.ent_type_ in ("PERSON", "ORG") for t in words)
    if not words or len(words) > 3 or person_or_org:
        return None
    text = " ".join(t.text for t in words).title()
    named = {w for spec in _pack_countries(cfg) for w in spec.words}
    named |= {*cfg.countries, *(a for g in cfg.groups for a in g.aliases)}
    return None if text.lower() in named else text


def _pack_countries(cfg: EventRules) -> list[Country]:
    """The rule pack's own sending countries (captures read only these)."""
    return [spec for spec in cfg.embassy_countries.values() if not spec.world]


def _aside(noun: Token, cfg: EventRules) -> bool:
    """ "Hama has fallen — the second big city the rebels have taken": a description of
    the subject after a dash or comma, read as the verb's object."""
    words = {noun.lemma_.lower(), noun.lower_}
    edge = noun.left_edge  # the dash may be the noun's own first child ("— ninth capital")
    before = edge if edge.is_punct else noun.doc[edge.i - 1] if edge.i > 0 else None
    return (
        bool(words & ({*cfg.city_nouns, "capital"}))
        and before is not None
        and before.is_punct
        and before.i > noun.head.i
    )


def _verb_of_description(trigger: Token) -> Token | None:
    """The verb whose subject a trigger describes: "X became the ninth capital to fall",
    "X and Y were among the latest to fall", "X was overrun" (read as a noun)."""
    if trigger.dep_ in ("attr", "acomp"):
        return trigger.head  # "Sar-e-Pul is gone"
    before = trigger.doc[trigger.i - 1] if trigger.i > 0 else None
    if trigger.pos_ == "NOUN" and before is not None and before.lemma_ == "be":
        return before  # "X was overrun" with "overrun" tagged as a noun
    if (
        trigger.dep_ == "advcl"
        and trigger.head.lemma_ in ("become", "be")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children)
        and any(c.dep_ == "attr" for c in trigger.head.children)
    ):
        return trigger.head  # "X became the third capital to fall" with "to fall" as a clause
    if trigger.dep_ not in ("acl", "relcl"):
        return None
    noun = trigger.head
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        noun = noun.head
    return noun.head if noun.dep_ in ("attr", "prep", "oprd") else None


WHOLE_SHARES = frozenset({"most", "much", "all"})


def _object_words(
    noun: Token,
    parts: AbstractSet[str] = frozenset(),
    seats: AbstractSet[str] = frozenset(),
    towns: AbstractSet[str] = frozenset(),
) -> list[Token]:
    """The noun, its compounds and appositions, and for a common noun "X of <place>"
    ("control of X", "the river port of X", "the provincial capital of X" with a
    `seats` modifier; not "the outskirts of X", "the capital of X province")."""
    seat = any(c.dep_ == "amod" and c.lower_ in seats for c in noun.children)
    part = noun.lemma_.lower() in parts or noun.lower_ in parts
    # "the Gezira state capital" names a province's seat, not the province; "the Black Sea
    # resort of X" names X, the words before the noun only describe it
    named_by_of = noun.pos_ == "NOUN" and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(p.pos_ == "PROPN" for p in c.children)
        for c in noun.children
    )
    # ...but "Damboa town of Borno State" names the town before its bare noun, the "of"
    # its region
    named_by_of = named_by_of and not (
        noun.lower_ in ("town", "city")
        and noun.i > 0
        and noun.doc[noun.i - 1].dep_ == "compound"
        and noun.doc[noun.i - 1].pos_ == "PROPN"
        and not any(c.dep_ == "det" for c in noun.children)
    )
    words = [
        noun,
        *(
            c
            for c in noun.children
            if c.dep_ == "compound" and (seat or not part) and not named_by_of
        ),
    ]
    # "Maidan Shar, Asadabad, Sharana and Mehtarlam": a list the parser chained (through
    # appositions and conjuncts, "Chaghcharan, Pul-e-Alam, Tarinkot and Qalat")
    listed = [c for c in noun.children if c.dep_ in ("appos", "conj")]
    listed += [c for c in noun.children if c.dep_ == "npadvmod" and c.pos_ == "PROPN"]
    while listed:
        word = listed.pop()
        words.append(word)
        listed.extend(c for c in word.children if c.dep_ in ("conj", "appos"))
        if word.pos_ == "NOUN" and word.lemma_.lower() in towns:
            # "X and the nearby town of Y"
            listed.extend(
                p for c in word.children if c.dep_ == "prep" and c.lower_ == "of"
                for p in c.children if p.dep_ == "pobj"
            )  # fmt: skip
    if noun.pos_ == "NOUN" and noun.lemma_.lower() in CORE_NOUNS:
        # "took full control of X's town centre", "recaptured X's main square": the town
        # owning its core is the place taken (not "X's outskirts", nor "X's mayor")
        words.extend(c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PROPN")
    # "swept through most of X", "seized much of X": the share of a place names it
    whole = noun.lower_ in WHOLE_SHARES and noun.tag_ in ("JJS", "JJ", "DT", "PDT", "RBS")
    if (noun.pos_ == "NOUN" and (seat or not part)) or whole:
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in prep.children:
                    if pobj.dep_ == "pobj" and pobj.pos_ == "NOUN":  # "of the city of X"
                        words.extend(_object_words(pobj, parts, seats, towns))
                    elif pobj.dep_ == "pobj":
                        conjs = [c for c in pobj.children if c.dep_ == "conj"]
                        words.extend([pobj, *conjs])
    return words


# the parts of a town that stand for the town taken: its centre, its main square
CORE_NOUNS = frozenset({"centre", "center", "heart", "core", "downtown", "square", "middle"})

FUTURE_AUX = frozenset({"will", "would", "'ll", "shall", "wo"})


def _future_clause(verb: Token) -> bool:
    """A clause told as to come: "will be closed", "would stay shut", "will close and
    reopen" (a bare verb joined to one with "will", sharing its subject; not a tensed one:
    "would stay closed, and urged ...")."""
    while True:
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in FUTURE_AUX for c in verb.children):
            return True
        if (
            verb.dep_ != "conj"
            or verb.tag_ in FINITE
            or any(c.dep_.startswith("nsubj") for c in verb.children)
        ):
            return False
        verb = verb.head


def _clause_verb(token: Token) -> Token:
    """The verb whose clause the token is in (itself for a verb)."""
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token


MAY = re.compile(r"(?:in |early |late |mid-?)?May(?:,? (\d{4}))?")


def _period_end(text: str, published: date | None) -> date | None:
    """The last day of a month or year alone (`resolve_date` with `latest`), the month May
    too where the named-entity tagger calls the capitalised word a date ("in May")."""
    found = MAY.fullmatch(text.strip())
    if found is None:
        return resolve_date(text, published, latest=True)
    if found.group(1):
        return date(int(found.group(1)), 5, 28)
    if published is None:
        return None
    return date(published.year - (published.month < 5), 5, 28)


def _month_phrase(sent: Span, published: date | None) -> tuple[str | None, date | None]:
    """A month or year alone ("back in April", "in 2019") and its last day."""
    for ent in sent.ents:
        if ent.label_ == "DATE" and not _until(ent):
            if _since(ent):
                continue  # "the first to fall since troops began pulling out in May"
            if resolve_date(_date_text(ent), published) is not None:
                continue  # a day ("last weekend"), read by `_date` if it dates the event
            when = _period_end(ent.text, published)
            if when is not None:
                return ent.text, when
    return None, None


def _since(ent: Span) -> bool:
    """A date that starts a period: "since May", "since the troops began leaving in May";
    not one a "when" clause dates ("since January, when X withdrew its diplomats")."""
    after = [t.lower_ for t in ent.doc[ent.end : ent.end + 2]]
    if after[:1] == ["when"] or after == [",", "when"]:
        return False
    if ent.start > 0 and ent.doc[ent.start - 1].lower_ == "since":
        return True
    return any(
        c.dep_ == "mark" and c.lower_ == "since" for v in ent.root.ancestors for c in v.children
    )


def _own_period(sent: Span, trigger: Token, published: date | None) -> tuple[str, date] | None:
    """A month or year alone in the trigger's own clause, and its last day, when that
    clause names no day."""
    verb = _clause_verb(trigger)
    owners = {verb}
    if any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children):
        # "had first urged nationals to leave in July": a past perfect's complement dates it
        owners |= {c for c in verb.children if c.dep_ == "xcomp"}
    own = [
        e for e in sent.ents
        if e.label_ == "DATE" and not _until(e) and _date_owner(e) in owners
    ]  # fmt: skip
    if any(resolve_date(_date_text(e), published) is not None for e in own):
        return None
    for ent in own:
        when = _period_end(ent.text, published)
        if when is not None and (published is None or when <= published):
            return ent.text, when
    return None


def _date_owner(ent: Span) -> Token:
    """The verb a date phrase dates: its clause's, but a phrase between a subject's relative
    clause and the main verb closes that relative clause ("rebels who took X in March
    seized Y", with "in March" hung on "seized")."""
    verb = _clause_verb(ent.root)
    for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        for rel in (c for c in subject.children if c.dep_ == "relcl"):
            if rel.i < ent.start and ent.end <= verb.i:
                return rel
    return verb


def _in_clause_below(token: Token, trigger: Token) -> bool:
    """`token` hangs in an adverbial clause with a subject and a conjunction of its own,
    below the trigger ("told citizens to go while flights still run, as fighters who took
    X last weekend hold the road"): that clause's day, not the trigger's ("X is in rebel
    hands after troops left on Sunday" is dated by its "after" clause)."""
    node = token
    while node.head.i != node.i and node.i != trigger.i:
        marks = {c.lower_ for c in node.children if c.dep_ == "mark"}
        if (
            node.dep_ == "advcl"
            and (marks & UNDATING_MARKS or "since" in marks and node.lemma_.lower() in STARTING)
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children)
            and trigger in node.ancestors
        ):
            return True
        node = node.head
    return False


def _in_relative_on(token: Token, trigger: Token) -> bool:
    """`token` hangs in a relative clause on one of the trigger's own nouns ("the soldiers
    who rose on Thursday now hold X")."""
    node = token
    while node.head.i != node.i and node.i != trigger.i:
        # (not a relative clause deeper down: "flew them out in an operation that began on
        # Saturday night" dates the act)
        if node.dep_ == "relcl" and node.head.head.i == trigger.i and node.i != trigger.i:
            return True
        if node.dep_ == "relcl" and any(
            c.dep_ == "aux" and c.lower_ == "had" for c in node.children
        ):
            return True  # "staff of its embassy, which it had shut on Sunday, were flown out"
        node = node.head
    return False


def _until(ent: Span) -> bool:
    """ "closed through at least Monday", "until Friday": the end of a state, not its day."""
    return ent.root.dep_ == "pobj" and ent.root.head.lower_ in UNTIL


def _date(
    sent: Span, trigger: Token, published: date | None, dated: bool = True
) -> tuple[date | None, str | None]:
    """The event's date and the phrase it was read from. A sentence naming no day
    gives the publication date, or no date when the article is undated (its ingest
    day may be days after the news)."""
    dates = [e for e in sent.ents if e.label_ in ("DATE", "TIME")]
    # "the capitals they have taken since Friday": the start of a count, not the day
    dates = [e for e in dates if e.start == 0 or e.doc[e.start - 1].lower_ != "since"]
    # "laid on a special flight for Saturday": the day something is set for, not the event's
    dates = [e for e in dates if e.start == 0 or e.doc[e.start - 1].lower_ != "for"]
    # "would stay closed through at least Monday": the end of a state, not its day
    dates = [e for e in dates if not _until(e)]
    # "hours before Thursday's bombing": a day that describes another noun is not the
    # event's (unless that noun is the trigger or its subject: "Thursday's alert told")
    dates = [
        e for e in dates
        if e.root.dep_ != "poss" or e.root.head.i == trigger.i or e.root.head.head.i == trigger.i
    ]  # fmt: skip
    # "told citizens to leave, as fighters who took X last weekend hold the road": a day
    # in a subordinate clause of the trigger's dates that clause only
    dates = [e for e in dates if not _in_clause_below(e.root, trigger)]
    # "the soldiers who rose on Thursday now hold X": a day in a relative clause on one of
    # the trigger's own nouns dates that clause
    dates = [e for e in dates if not _in_relative_on(e.root, trigger)]
    # "said on Monday it would stay closed on Wednesday, and urged ...": a day in a clause
    # told as to come dates that clause only, not an act told as done
    if not _future_clause(_clause_verb(trigger)):
        dates = [e for e in dates if not _future_clause(_clause_verb(e.root))]
    # a date in the trigger's own clause first ("the embassy, which was closed on
    # Monday, urged Americans on Tuesday"), then the nearest; a dateline's date ("KABUL,
    # Aug 12 —") is the filing day, read only when the sentence names no other
    dateline = _dateline_end(sent.doc)
    # ...and so is the day of a label the sentence opens on ("Newsletter, Sunday 15 August:
    # Australia shut its embassy back on 28 May", "Flash Update, 2 May: RSF fighters entered
    # X on 1 May"): the item's day, not the act's when the act names its own
    # (its colon maybe fused to a bracket: "NEW DELHI, 11 July (from a broadcast): ...")
    colon = next((t.i for t in sent[:15] if t.text in (":", "):")), -1)
    label_end = colon if colon < trigger.i else -1
    dates.sort(
        key=lambda e: (
            e.start < dateline or e.end <= label_end,
            _clause_verb(e.root) != _clause_verb(trigger),
            abs(e.start - trigger.i),
        )
    )
    for ent in dates:
        if NEXT_DAY.fullmatch(ent.text.lower()):
            # "on Sunday ...; Britain began withdrawing staff the next day"; naming no day
            # before it, the one day the sentence before names ("On 8 September troops
            # storm X. ... the next day they enter the city")
            base = (resolve_date(e.text, published) for e in dates if e.start < ent.start)
            day = next((d for d in base if d is not None), None)
            day = day or _day_counted_from(sent, ent, published)
            if day is not None:
                return day + timedelta(days=1), ent.text
            continue
        if (later := DAYS_LATER.fullmatch(ent.text.lower())) is not None:
            # "Asmara itself falls five days later": the day the sentence (or, naming none,
            # the one before) gives, and the days counted after it
            day = _day_counted_from(sent, ent, published)
            if day is not None:
                return day + timedelta(days=_count_of(later[1]) * PERIOD_DAYS[later[2]]), ent.text
            continue
        if PREVIOUS_DAY.fullmatch(ent.text.lower()):
            # "wrote on Monday that the team had moved to the airport the previous day"
            base = (resolve_date(e.text, published) for e in dates if e is not ent)
            day = next((d for d in base if d is not None), None)
            if day is not None:
                return day - timedelta(days=1), ent.text
            continue
        text = _date_text(ent)
        if YEARS_AGO.fullmatch(text) and YEARS_AGO_TODAY.search(_opening(sent.doc.text)):
            return published, text  # "Thirty years ago [today]": the anniversary's day
        if (when := _day_told(ent, text, published)) is not None:
            return when, text
    if (stamped := _stamp_of(sent)) is not None:
        return stamped, stamped.isoformat()  # a timeline entry's own stamp
    if (continued := _day_before(sent, published)) is not None:
        return continued
    # (from the line's start: the parser may cut "14" from "May: ...")
    line = sent.doc.text[sent.doc.text.rfind("\n", 0, sent.start_char) + 1 : sent.end_char]
    if (label := LINE_DAY.match(line)) and (day := _line_day(label[1], published)):
        return day, label[1]  # "14 May - French embassy tells ...": the line's own day
    return (published if dated else None), None


DAYS_LATER = re.compile(
    rf"(a|an|{SMALL_COUNTS}|\d{{1,2}}) "
    r"(day|week|fortnight)s? (?:later|afterwards|on)"
)


def _count_of(word: str) -> int:
    """ "five", "5", "a": the number of periods counted."""
    return int(parse_number(word) or 1)


def _day_counted_from(sent: Span, later: Span, published: date | None) -> date | None:
    """The one day a count of days "later" runs from: a day named before it in its
    sentence, else the one day the sentence before names (with the narrative's year)."""
    named = [e for e in sent.ents if e.label_ == "DATE" and e.start < later.start]
    if not named and sent.start > 0:
        named = [e for e in sent.doc[sent.start - 1].sent.ents if e.label_ == "DATE"]
    days = set()
    for ent in named:
        text = _date_text(ent)
        if not re.search(r"\d|" + "|".join(WEEKDAYS), text.lower()) or DAYS_LATER.search(text):
            continue  # ("eight weeks of fighting", "this day": no day of their own)
        if (day := _day_told(ent, text, published)) is not None:
            days.add(day)
    return days.pop() if len(days) == 1 else None


def _day_told(ent: Span, text: str, published: date | None) -> date | None:
    """The day a date entity's text names; a day and month alone in the narrative's year
    ("25 April" after "3 April 1982"), not publication's."""
    day = resolve_date(text, published) or _line_day(text, published)
    if day is not None and _day_and_month(text):
        before = ent.doc.user_data.get(BEFORE, "") + ent.doc.text[: ent.start_char]
        year = _narrative_year(before, published)
        day = _in_year(day, year) if year is not None else day
    return day


def _date_text(ent: Span) -> str:
    """A date entity's text with a day number the tagger left out ("3 [March 1970]")."""
    if ent.start > 0 and re.fullmatch(r"[0-3]?\d", ent.doc[ent.start - 1].text):
        return f"{ent.doc[ent.start - 1].text} {ent.text}"
    return ent.text


def _day_and_month(text: str) -> bool:
    """ "25 April", "on April 25": a month and a day, and no year."""
    words = re.findall(r"[a-z]+|\d+", text.lower())
    return (
        any(w in MONTHS for w in words)
        and any(w.isdigit() and 1 <= int(w) <= 31 for w in words)
        and not any(w.isdigit() and len(w) == 4 for w in words)
    )


def _in_year(day: date, year: int) -> date:
    try:
        return day.replace(year=year)
    except ValueError:  # 29 February
        return day.replace(year=year, day=28)


def _line_day(label: str, published: date | None) -> date | None:
    """The day a timeline line opens with ("14 May", "Aug 15, 2021"); May too, which
    `resolve_date` leaves to the modal verb's reading."""
    found = resolve_date(label, published)
    if found is not None or not re.search(r"\bMay\b", label):
        return found
    year = re.search(r"\b\d{4}\b", label)
    day = re.search(r"\b\d{1,2}\b", label)
    year_of = int(year[0]) if year else published.year if published else None
    if day is None or year_of is None or not 1 <= int(day[0]) <= 31:
        return None
    return date(year_of, 5, int(day[0]))


SAME_DAY = re.compile(
    r"\b(?:(?:hours|minutes|moments) later|later that (?:day|night|evening)"
    r"|that (?:morning|afternoon|evening|night)|by (?:nightfall|dusk|evening|midday|noon)"
    r"|the (?:very )?same (?:day|night|evening|morning|afternoon))\b"
)


def _day_before(sent: Span, published: date | None) -> tuple[date, str] | None:
    """A sentence naming no day that goes on from the one before ("X fell on Thursday. It
    was the third capital to fall"; "Rebels stormed X on Sunday. Hours later the town
    fell") tells that sentence's day: it opens with "it", says "hours later", or refers
    back with "the town"/"the provincial seat"."""
    if sent.start == 0 or published is None:
        return None
    first = sent[0]
    before = sent.doc[sent.start - 1].sent
    if (stamped := _trailing_stamp(before, published)) is not None:
        return stamped  # "... annotated: 3 April 1982 — | Argentine troops take X."
    # "Sunday, 15:40: The embassy tells ...": a timeline's stamp before the entry
    stamp = all(
        t.ent_type_ in ("DATE", "TIME") or t.is_punct or t.like_num or t.text[:1].isdigit()
        for t in before
    )
    back = (
        stamp
        or first.lower_ == "it"
        or SAME_DAY.search(sent.text.lower()) is not None
        or any(
            t.lemma_.lower() in ("city", "town", "capital", "seat")
            and t.tag_ == "NN"
            and any(c.lower_ == "the" for c in t.children)
            and not any(c.dep_ in ("prep", "compound", "nmod", "poss") for c in t.children)
            for t in sent
        )
    )
    if not back:
        return None
    found = [(resolve_date(m.group(0), published), m.group(0)) for m in
             WEEKDAY_PHRASE.finditer(before.text)]  # fmt: skip
    days = [(d, phrase) for d, phrase in found if d is not None]
    if not days and SAME_DAY.search(sent.text.lower()) is not None:
        # "... on April 27. In an alert the same day, the embassy told ...": a date the
        # sentence before names in any form
        named = [e for e in before.ents if e.label_ == "DATE"]
        days = [(d, e.text) for e in named if (d := resolve_date(e.text, published)) is not None]
    if len({d for d, _ in days}) != 1:
        return None  # no day, or two: which one the sentence goes on from is unclear
    # the weekday phrase itself: against an ingest date it cannot make a recap (is_old)
    return days[0]


STAMP_DASHES = frozenset({"—", "–", "-", "--", ":"})


def _trailing_stamp(before: Span, published: date | None) -> tuple[date, str] | None:
    """A timeline's date stamp the parser left at the end of the sentence before ("...
    annotated: 3 April 1982 —"), which dates the entry after it."""
    if len(before) < 3 or before[-1].text not in STAMP_DASHES:
        return None
    start = before.end - 1
    while start > before.start and (
        before.doc[start - 1].ent_type_ == "DATE" or before.doc[start - 1].like_num
    ):
        start -= 1
    phrase = before.doc[start : before.end - 1].text
    if start == before.end - 1 or not _day_and_month(phrase) and len(phrase) < 8:
        return None
    when = resolve_date(phrase, published)
    if when is None:
        return None
    year = _narrative_year(before.doc.text[: before.doc[start].idx], published)
    return (_in_year(when, year) if year is not None and _day_and_month(phrase) else when), phrase


WEEKDAY_PHRASE = re.compile(r"\b(?:last )?(?:" + "|".join(WEEKDAYS) + r")\b", re.IGNORECASE)


# --- lists of places taken ---------------------------------------------------------------
# "took X, Y and Z", "X in the north and Y in the east", "X on Friday and Y on Saturday":
# read over the words, since the parser hangs later items on a modifier or a date


def _listed_captures(sent: Span, trigger: Token, places: list[str], cfg: EventRules) -> list[str]:
    """`places` and the names listed with them ("X, Y and Z", "X in the north and Y,
    the capital of Z province"), the places taken before it ("entered X, after Y on
    Friday") and a list a pronoun sums up ("X and Y both fell")."""
    found = list(places)
    for end in [t for p in places if (t := _name_end(sent, p, trigger)) is not None]:
        found.extend(name for name, _ in _list_from(end, trigger, cfg)[1:])
    for end in _after_places(trigger, cfg):
        found.extend(name for name, _ in _list_from(end, trigger, cfg))
    found.extend(_days_after_places(trigger, cfg))
    if places:
        found.extend(_also_places(trigger, cfg))
    if not places:
        found.extend(_summed_up(trigger, cfg))
    found.extend(_followers(trigger, cfg))
    if places:
        found.extend(name for name, _ in _gapped_places(trigger, cfg))
    return list(dict.fromkeys(found))


def _item_days(sent: Span, trigger: Token, places: list[str], cfg: EventRules) -> dict[str, str]:
    """The date phrase each listed place has of its own ("X on Friday and Y on Saturday";
    "Y and Z on Sunday" share one)."""
    days: dict[str, str] = {}
    firsts = [t for p in places if (t := _name_end(sent, p, trigger)) is not None]
    # (not a name another clause holds that a reference stands for: "guards outside the
    # palace in X on Monday, a day after the capital fell")
    firsts = [t for t in firsts if not _referred_from_other_clause(t, trigger)]
    firsts += _after_places(trigger, cfg)
    for end in firsts:
        for name, day in _list_from(end, trigger, cfg):
            if day is not None:
                days.setdefault(name, day)
    for name, day in _gapped_places(trigger, cfg):
        days.setdefault(name, day)
    return days


def _gapped_places(trigger: Token, cfg: EventRules) -> list[tuple[str, str]]:
    """ "X fell on 6 August and Y on 15 August", "took X on Friday and, after a week of
    fighting, Y on Sunday", "took control of X on Friday and of Y the next day": once the
    capture verb's clause has told its day, a name after "and" with a day of its own and no
    verb repeats the verb (the verb is left out, "gapped"): a place taken on its own day.
    The parser hangs such a name anywhere (a conjunct of the first day, an adverb of the
    verb), so the words are read in order. Not a name a verb follows ("and Y on Saturday
    came under fire"), nor one with no day ("and Y residents fled")."""
    if trigger.pos_ not in ("VERB", "AUX") or trigger.dep_ in ("acl", "relcl", "amod"):
        return []
    doc, limit = trigger.doc, trigger.sent.end
    found: list[tuple[str, str]] = []
    dated, i = False, trigger.i + 1
    while i < limit:
        token = doc[i]
        if token.pos_ in ("VERB", "AUX"):
            break  # a clause of its own
        if token.ent_type_ in ("DATE", "TIME"):
            dated = True
        if token.lower_ != "and" or not dated:
            i += 1
            continue
        j = i + 1
        if j < limit and doc[j].text == ",":  # ", after a week of fighting,"
            close = next((k for k in range(j + 1, min(limit, j + 10)) if doc[k].text == ","), None)
            if close is None or any(t.pos_ in ("VERB", "AUX") for t in doc[j + 1 : close]):
                break
            j = close + 1
        if j < limit and doc[j].lower_ == "of":  # "control of X ... and of Y"
            j += 1
        item = _read_item(doc, j, trigger, cfg, limit)
        if item is None:
            break
        end, day = _tail(doc, item[1], limit)
        if day is None or (end < limit and doc[end].pos_ in ("VERB", "AUX")):
            break
        found.append((item[0], day))
        i = end
    return found


def _referred_from_other_clause(name: Token, trigger: Token) -> bool:
    """The name sits in a clause above the trigger's and the trigger's own argument is a
    noun referring to it ("the capital fell")."""
    above = trigger.dep_ in ("advcl", "conj", "ccomp") and _clause_verb(name) == trigger.head
    return above and any(
        c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.pos_ == "NOUN" for c in trigger.children
    )


def _name_end(sent: Span, place: str, trigger: Token) -> Token | None:
    """The last word of the mention of `place` nearest the trigger."""
    doc = sent.doc
    ends = [
        t
        for t in sent
        if place.endswith(t.text)
        and any(doc[t.i - k : t.i + 1].text == place for k in range(min(8, t.i - sent.start + 1)))
    ]
    return min(ends, key=lambda t: abs(t.i - trigger.i), default=None)


def _after_places(trigger: Token, cfg: EventRules) -> list[Token]:
    """ "entered X on Sunday, after Y on Friday": a place named after "after" on the
    capture verb was taken before it."""
    if trigger.tag_ not in ("VBD", "VBZ", "VBP", "VBN") or trigger.dep_ in ("acl", "relcl"):
        return []  # "the third city to fall after X and Y": X and Y are background
    return [
        pobj
        for prep in trigger.children
        if prep.dep_ == "prep" and prep.lower_ == "after"
        for pobj in prep.children
        if pobj.dep_ == "pobj"
        and pobj.pos_ == "PROPN"
        and _place_name(pobj, trigger, cfg)
        # "after the army retook X" misread as "after X": a clause of its own
        and not any(t.pos_ in CLAUSE_WORDS for t in pobj.doc[prep.i + 1 : pobj.i])
    ]


def _days_after_places(trigger: Token, cfg: EventRules) -> dict[str, int]:
    """ "X fell on Sunday, a day after Y and two days after Z": each place named right after
    "<N> day(s) after" on a capture verb was taken that many days before it."""
    if trigger.tag_ not in ("VBD", "VBZ", "VBP", "VBN") or trigger.dep_ in ("acl", "relcl"):
        return {}
    doc, sent = trigger.doc, trigger.sent
    out: dict[str, int] = {}
    for after in sent:
        if after.lower_ != "after" or after.i < trigger.i + 2 or _clause_verb(after) != trigger:
            continue
        unit, count = doc[after.i - 1], doc[after.i - 2]
        if unit.lemma_.lower() != "day":
            continue
        days = 1 if count.lower_ in ("a", "one") else parse_number(count.text)
        item = _read_item(doc, after.i + 1, trigger, cfg, sent.end)
        if days is not None and item is not None:
            out.setdefault(item[0], int(days))
    return out


def _also_places(trigger: Token, cfg: EventRules) -> list[str]:
    """ "captured X on Thursday and, by nightfall, Y as well": a name closed by "as well" or
    "too" with no verb of its own after the capture verb is another place it took."""
    doc, sent = trigger.doc, trigger.sent
    found = []
    for token in doc[trigger.i + 1 : sent.end - 1]:
        if token.pos_ in ("VERB", "AUX"):
            break  # a clause of its own
        if token.pos_ != "PROPN":
            continue
        after = doc[token.i + 1 : min(sent.end, token.i + 3)].text.lower()
        if after.startswith(("as well", "too")) and (name := _place_name(token, trigger, cfg)):
            found.append(name)
    return found


def _summed_up(trigger: Token, cfg: EventRules) -> list[str]:
    """ "X in the west and Y, the capital of Z province, both fell": the names before a
    subject "both" or "all", read as one list that ends at it."""
    pronoun = next(
        (c for c in trigger.children
         if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("both", "all")),
        None,
    )  # fmt: skip
    if pronoun is None:
        return []
    return _list_between(trigger.sent.start, pronoun.i, trigger, cfg)


def _followers(trigger: Token, cfg: EventRules) -> list[str]:
    """ "X was handed over, and Y in Z and W followed": the names between ", and" and a
    verb of following with no subject of its own (the parser hangs them elsewhere)."""
    doc, found = trigger.doc, []
    for verb in trigger.children:
        if verb.dep_ != "conj" or verb.lemma_ not in cfg.follow_verbs:
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue
        commas = [
            t.i for t in doc[trigger.i : verb.i] if t.text == "," and doc[t.i + 1].lower_ == "and"
        ]
        if commas:
            found.extend(_list_between(commas[-1] + 2, verb.i, trigger, cfg))
    return found


def _list_between(start: int, stop: int, trigger: Token, cfg: EventRules) -> list[str]:
    """The names of a list that fills the words from `start` to `stop`, else none."""
    doc = trigger.doc
    first = _read_item(doc, start, trigger, cfg, stop)
    if first is None:
        return []
    name, after = first
    listed = _list_from(doc[after - 1], trigger, cfg, stop)
    items = [name, *(n for n, _ in listed[1:])]
    last = _name_end(trigger.sent, items[-1], trigger)
    if last is None or _tail(doc, last.i + 1, stop)[0] < stop - 1:
        return []  # the list must run up to `stop`
    return items


def _list_from(
    end: Token, trigger: Token, cfg: EventRules, limit: int | None = None
) -> list[tuple[str, str | None]]:
    """The item ending at `end` and the names listed after it, each with the date
    phrase it has (a date after a group of names is theirs)."""
    doc = end.doc
    limit = end.sent.end if limit is None else limit
    first = _place_name(end, trigger, cfg) or end.text
    items: list[tuple[str, str | None]] = []
    pending = [first]
    i = end.i + 1
    while True:
        i, day = _tail(doc, i, limit)
        if day is not None:
            items.extend((n, day) for n in pending)
            pending = []
        nxt = _separator(doc, i, limit)
        item = _read_item(doc, nxt, trigger, cfg, limit) if nxt is not None else None
        if item is None:
            break
        pending.append(item[0])
        i = item[1]
    items.extend((n, None) for n in pending)
    return items


def _tail(doc: Doc, i: int, limit: int) -> tuple[int, str | None]:
    """Past a listed name's modifiers from `i`: where it lies ("in the north", "in Z
    province"), an apposition between commas (", the capital of Z,") and its date ("on
    Friday", "this morning"); the index reached and the date phrase met."""
    day = None
    while i < limit:
        token = doc[i]
        # (one or two words before the day: "on Friday", "early on Friday", "later on Friday")
        lead = 0
        while lead < 2 and i + lead + 1 < limit and doc[i + lead].lower_ in DAY_LEADS:
            lead += 1
        date_start = doc[i + lead]
        if date_start.ent_type_ in ("DATE", "TIME") and date_start.ent_iob_ == "B":
            ent = next(e for e in doc.ents if e.start == date_start.i)
            day, i = ent.text, ent.end
            continue
        if token.lower_ == "in" and token.dep_ == "prep":
            j = i + 1
            while (
                j < limit
                and j - i <= 5
                and (doc[j].pos_ in ("DET", "ADJ", "NOUN", "PROPN") or doc[j].tag_ == "HYPH")
                and doc[j].lower_ != "and"
                and doc[j].ent_type_ not in ("DATE", "TIME")
            ):
                j += 1
            if j == i + 1:
                break
            i = j
            continue
        if token.text == "," and i + 1 < limit and _apposition_start(doc[i + 1]):
            close = next((j for j in range(i + 2, min(limit, i + 12)) if doc[j].text == ","), None)
            inside = doc[i + 1 : close] if close is not None else ()
            if close is None or any(t.pos_ in ("VERB", "AUX") or t.lower_ == "and" for t in inside):
                break
            i = close
            continue
        break
    return i, day


def _apposition_start(token: Token) -> bool:
    """ "the capital of ...", "a market town ...", "its biggest city": not a name."""
    return token.pos_ in ("DET", "ADJ", "NOUN") or token.tag_ == "PRP$"


def _separator(doc: Doc, i: int, limit: int) -> int | None:
    """The index after a list separator at `i` (",", "and", ", and")."""
    if i >= limit:
        return None
    if doc[i].text == ",":
        i += 1
        if i < limit and doc[i].lower_ == "and":
            i += 1
        return i
    if doc[i].lower_ == "and":
        return i + 1
    return None


def _read_item(
    doc: Doc, i: int, trigger: Token, cfg: EventRules, limit: int
) -> tuple[str, int] | None:
    """The place name that starts at `i` ("Y", "the Y") and the index after it;
    None for anything else, or a name that opens a clause of its own ("Y fell
    later", "Y residents fled")."""
    if i < limit and doc[i].lower_ == "the":
        i += 1
    if i >= limit or not doc[i].text[:1].isupper() or doc[i].ent_type_ in ("DATE", "TIME"):
        return None
    j = i
    if doc[i].ent_iob_ == "B":
        j = next(e.end for e in doc.ents if e.start == i)
    else:
        while j < limit and (
            doc[j].pos_ == "PROPN" or doc[j].tag_ == "HYPH" or j > i and doc[j - 1].tag_ == "HYPH"
        ):  # "Pul-e-Khumri" with its last word read as an adjective
            j += 1
    if j == i:
        return None
    after = doc[j] if j < len(doc) and j < limit else None  # a list read up to its verb
    if after is not None and (
        after.pos_ in ("NOUN", "PROPN", "PART") or after.tag_ == "POS"
        or after.pos_ in ("VERB", "AUX")
        and after.i != trigger.i
        and not (after.head.i == trigger.i and after.i < trigger.i)  # "Y were overrun"
    ):  # fmt: skip
        return None
    words = [t for t in doc[i:j] if t.pos_ == "PROPN"]
    name = _place_name(words[-1], trigger, cfg) if words else None
    if name is None:
        return None
    run = doc[i:j].text
    return (run if name in run else name), j


def _own_day(phrase: str, published: date | None) -> date | None:
    """The day of a listed place's own date phrase ("on Friday", "this morning")."""
    words = set(phrase.lower().split())
    if published is not None and "this" in words and words & TIMES_OF_DAY:
        return published
    return resolve_date(phrase, published) or resolve_date(phrase, published, True)
