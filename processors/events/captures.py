"""Cities captured (`city_captured`): the readings of a capture beyond a rule's trigger
verbs (by a preposition, control, loss, presence, one capture following another), the armed
group that took a place (named, aliased, a state's forces told by its land, a side's own), a
timeline's or a table's entries read as sentences, and the article's captures set against one
another (a day each, one denied). The places taken are read in `processors.events.places`;
`_gate_captures` and `_broad_captures`, which read their actor as any rule's does, sit with
`_occurrences` in `processors.events.reading`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from datetime import date, timedelta
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from processors.events.common import (
    BEFORE,
    FINITE,
    MONTH_NAME,
    MONTHS,
    PERIOD_DAYS,
    SMALL_COUNTS,
    STAMP,
    STATE_PLACES,
    WEEKDAYS,
    Actor,
    _adjunct_head,
    _dateline_end,
    _day_and_month,
    _day_phrase,
    _default_words,
    _first_conjunct,
    _forms,
    _fronted_quote,
    _in_year,
    _is_rank,
    _it_took,
    _line_day,
    _name_verb,
    _narrative_year,
    _own_day_in,
    _pack_countries,
    _stamp_of,
    _words,
)
from processors.events.places import (
    HOLDING,
    PERSON_ROLES,
    PLACE_LABELS,
    TIME_PREPS,
    TIMES_OF_DAY,
    _capital_noun,
    _city_before,
    _counted,
    _name_end,
    _object_words,
    _path_end,
    _place_name,
    _places,
    _ranked_subject,
    _so_did,
    _spelled_out,
    _state_capital,
    _state_words,
    _states_in,
)
from processors.headlines import Reparse, sentences
from processors.models import Event
from processors.numbers import parse_number
from processors.rulepack import EventRule, EventRules, RulePack
from processors.world import (
    COMMON_ZIPF,
    LANDS_FROM,
    LEFT_EARLY,
    PAST_LANDS,
    city_sizes,
    city_states,
    plain,
    state_capitals,
    world_cities,
    zipf_frequency,
)

if TYPE_CHECKING:
    from processors.events.reading import _Context


# a timeline's stamp opening an entry at the text's or a line's start, or after a sentence
# ("8 Aug: ...", "11 Mar 1975: ...", "Nov 9: ...", "29 May - ..."), its weekday before it
# or not ("Fri 6 Aug: ...", "Sunday, Aug 8 - ...")
ENTRY_STAMP = re.compile(
    r"(?:^|(?<=[.;!?|\n])[ \t]*)(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?[ \t]+)?(\d{1,2} "
    + MONTH_NAME
    + r"(?: \d{4})?|"
    + MONTH_NAME
    + r" \d{1,2}(?:,? \d{4})?)[ \t]*[:\u2013\u2014-][ \t]+",
    re.IGNORECASE,
)


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
        if (bar := text.find("|", stamp.end(), end)) != -1:
            end = bar  # (a one-line table's entry ends at its bar: "Mon 3 Feb: X | ...")
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
    verbs = {w for r in rules.events.events if r.type == "city_captured" for w in r.triggers}
    pieces: list[tuple[int, int, str | None, date | None]] = [
        (start, end, None, day) for start, end, day in entries
    ]
    pieces += [(start, end, said, None) for start, end, said in labels]
    pieces += placed
    for start, end, said, day in sorted(pieces, key=lambda piece: piece[0]):
        # (an entry of a one-line table ends at its bar: "5 Oct: Adigrat | 6 Oct: ...")
        entry = said or doc.text[start:end].strip().removesuffix("|").rstrip()
        if not entry:
            continue
        if said is None and lists_falls and (places := _entry_places(doc, start, end, verbs)):
            # "8 Aug - Kunduz, Sar-e Pul and Taloqan"; a clause after a semicolon is read
            # as written ("15 Aug: X in the morning; by evening fighters had entered Y")
            rest = "" if _semicolon_names(entry) else entry.partition(";")[2].strip()
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


# an entry's list of places ends at a description after a comma (", the first to fall") or
# at a one-line table's bar ("5 Oct: Adigrat | 6 Oct: ...")
# (not ", then Y", the next place: "Farah, then Pul-e Khumri by nightfall")
PLACES_END = re.compile(r",\s+(?!and\b|or\b|then\b)[a-z(]|\s*[(\u2013\u2014:;|]|\s+-\s")


# a place's name: capitalised words, with a name's particles ("Sar-e Pul", "Tal al-Hawa")
NAME = re.compile(r"[A-Z][\w'’]*(?:(?:[ -]|-[a-z]{1,3}[ -])[A-Z][\w'’]*)*")


# a table's labelled line: "Fell today (6): Kandahar, Lashkar Gah, Qalat", "Taken on
# Friday: X (Kandahar), Y (Helmand)" (a weekday the label's only capital after its first)
LABEL_LIST = re.compile(
    r"^[ \t]*([A-Z][a-z]+(?: (?:[a-z]+|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)){0,3})"
    r"[ \t]*(?:\(\d+\))?[ \t]*:[ \t]*(\S.*)$",
    re.MULTILINE,
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
        listed = LAND_NOTE.sub("", line.group(2)).strip().rstrip(".")
        if places is None or _names(places) != _names(listed):
            continue  # (the line holds the names, each with its land or not, and nothing else)
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
    if armed and any(_forms(t) & words for t in doc):
        return True
    # ...or its heading or tally counts towns lost ("provincial capitals lost since Friday",
    # "Running total: 6 of 34", "towns taken"): a count of places taken, whose taker the
    # rule pack tells from the places (Afghan towns: the Taliban) when no group is named
    told = armed or _default_group(doc, cfg) is not None
    return told and TOWNS_LOST.search(doc.text) is not None


# a heading or tally of towns taken: "provincial capitals lost", "cities fallen", "towns in
# rebel hands", "Running total: 6 of 34", "Tally at 14 Aug: 24 of 34" (not "Rain fell")
TOWNS_LOST = re.compile(
    r"\b(?:capitals|cities|towns|district centres|district centers|provinces)\b(?: [\w'-]+){0,2}? "
    # ("How the capitals fell": a timeline's heading in the past)
    r"(?:lost|fell|fallen|taken|captured|seized|overrun|surrendered|in [\w'-]+ hands)\b"
    # (told bare, not "capitals that lost power in the storm")
    r"(?=\s*(?:$|[,.:;|(\n]|(?:to|since|by|in|so far|this|on|last|over|within|during)\b))"
    r"|\b(?:running total|tally|count)\b[^.\n]{0,30}?\b\d+ of (?:the )?\d+\b",
    re.IGNORECASE,
)


# the land a listed place lies in, in brackets after it: "Qalat (Zabul)", "X (Gao region)"
LAND_NOTE = re.compile(r"[ \t]*\([A-Z][\w'’-]*(?: [\w'’-]+){0,2}\)")
COUNTED_REST = rf"(?:\d+|{SMALL_COUNTS}) (?:more|others?)"
ENTRY_NOTES = (
    re.compile(r"\s*\(\d+(?: of \d+)?\)"),
    LAND_NOTE,
    re.compile(
        r"\s+(?:in the (?:morning|afternoon|evening)|(?:that|this|at|by) (?:morning|afternoon"
        r"|evening|night|dawn|dusk|nightfall))(?=\s*(?:,|;|\band\b|$))"
    ),
    # ...and where in the land it lies ("Farah in the west", "X in the far north")
    re.compile(
        r"\s+in the (?:far )?(?:north|south|east|west|north-?east|north-?west|south-?east"
        r"|south-?west|centre|center)\b(?=\s*(?:,|;|\band\b|\bthen\b|$))"
    ),
    re.compile(rf"^\s*{COUNTED_REST},? (?:including|among them) "),
    re.compile(rf",? and {COUNTED_REST}(?=\s*$)"),
)


def _entry_places(
    doc: Doc, start: int, end: int, verbs: AbstractSet[str] = frozenset()
) -> str | None:
    """A timeline entry with no finite verb that opens with a list of places and nothing
    else but a description ("Kunduz, Sar-e Pul and Taloqan", "Zaranj, the first provincial
    capital to fall"): the list's names, which a timeline of captures tells as taken that
    day. A capture verb of `verbs` closing the list is the entry's own verb, which the
    tagger took for a noun ("10 Aug - Farah and Pul-e-Khumri fall": "fall" a noun)."""
    # (the list is the entry's first clause: a verb after a semicolon tells more news,
    # "X in the morning; by evening fighters had entered Y")
    semi = doc.text.find(";", start, end)
    # (nor does a sentence after it: "13 Aug: X, Y. Tally: 16 of 34.")
    if (stop := re.search(r"\.[ \t]+(?=[A-Z])", doc.text[start:end])) is not None:
        end = start + stop.start() + 1
        semi = semi if semi < end else -1
    listed = _semicolon_names(doc.text[start:end])
    if listed:
        semi = -1  # (names between semicolons are one list: "Kunduz; Sar-e Pul; Taloqan")
    span = doc.char_span(start, end if semi == -1 else semi, alignment_mode="expand")
    if span is None or any(t.tag_ in FINITE for t in span):
        return None
    text = doc.text[start:end].replace(";", ",") if listed else doc.text[start:end]
    # (an entry's closing full stop is no part of its last name: "Aug 10: X and Y.")
    text = re.sub(r"\.(\s*)$", lambda m: " " + m.group(1), text)
    # a running count after a name ("Ghazni (10), Herat (11)"), its time of day ("Ghazni in
    # the morning, Herat that night") and the unnamed rest ("six more, including X and Y",
    # "X and six more") are no description of the places: blanked, keeping the offsets
    # (a name given its land in brackets is a place, whatever the tagger made of it)
    landed = {m.start() for m in LAND_NOTE.finditer(text)}
    for note in ENTRY_NOTES:
        text = note.sub(lambda m: " " * len(m.group(0)), text)
    cut = PLACES_END.search(text)
    head = text[: cut.start()] if cut else text
    if (told := re.search(r"\s+([a-z]+)\s*$", head)) is not None and (
        told.group(1) in verbs or told.group(1).removesuffix("s") in verbs
    ):
        head = head[: told.start()]  # (round 37: the headline present, "X and Y fall")
    at, names = 0, []
    for item in re.split(r",|\band\b|\bthen\b", head):
        if not item.strip():
            continue
        names.append(item.strip())
        at = head.index(item.strip(), at)
        first = doc.char_span(start + at, start + at + 1, alignment_mode="expand")
        # (a place by the entity tagger or the world's city table: "President Ghani" is none)
        if (
            first is None
            or not NAME.fullmatch(item.strip())
            or (
                first[0].ent_type_ not in PLACE_LABELS
                and not city_states(item.strip())
                and at + len(item.strip()) not in landed
            )
        ):
            return None
        at += len(item.strip())
    # (told as "X, Y and Z", which the parser reads as one subject)
    return f"{', '.join(names[:-1])} and {names[-1]}" if len(names) > 1 else next(iter(names), None)


def _semicolon_names(entry: str) -> bool:
    """An entry that lists bare names between semicolons, each with its land in brackets or
    not ("Kunduz; Sar-e Pul; Taloqan (Takhar)"): one list of places, not clauses."""
    items = [LAND_NOTE.sub("", item).strip().rstrip(".") for item in entry.split(";")]
    return len(items) > 1 and all(NAME.fullmatch(item) for item in items)


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
    no day (dated by publication) and again with its day is one capture, on that day; so is
    a mission's act ("US suspends embassy in Kabul | ... said on Monday the United States had
    suspended its diplomatic presence", tw036; "... The embassy is closed.", e047)."""

    def act(e: Event) -> tuple[str, str, str]:
        place = (e.location or "").lower()
        return ("capture" if e.type == "city_captured" else e.type, e.actor, place)

    def undated(e: Event) -> bool:
        return (
            e.modality == "asserted"
            and e.date == published
            and _day_phrase(e.sentence) is None
            and "today" not in e.sentence.lower()
        )

    dated = {act(e) for e in events if e.modality == "asserted" and e.date != published}
    events = [e for e in events if not (undated(e) and act(e) in dated)]
    # "Italy flew its embassy staff out of Khartoum on Sunday ... The embassy has been shut":
    # a mission told closed with no day, beside its staff's leaving told with a day just
    # before publication, closed when they left (the day the alert is for)
    left = {
        e.actor: e.date
        for e in events
        if e.type == "embassy_evacuation"
        and e.modality == "asserted"
        and e.date is not None
        and published is not None
        and 0 < (published - e.date).days <= EVACUATION_CLOSES_DAYS
    }
    return [
        _redated(e, left[e.actor])
        if e.type == "embassy_closure" and e.actor in left and undated(e)
        else e
        for e in events
    ]


# how many days before publication a mission's staff left for its closure told with no day
# to be dated by their leaving (a dispatch of the next day or two)
EVACUATION_CLOSES_DAYS = 2


def _redated(event: Event, when: date) -> Event:
    """The event on another day, its key with it."""
    parts = event.key.split("|")
    key = "|".join([*parts[:-1], when.isoformat()])
    return event.model_copy(update={"date": when, "key": key})


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
        if not places and any(_counted(t) for t in subjects):
            places = _spelled_out(token, subjects, cfg)  # "Three of them -- A, B and C -- went"
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
            and not _time_phrase(c)
            or c.dep_ == "advmod" and c.lower_ in DIRECTIONS
            for c in token.children
        ):  # fmt: skip
            continue
        out.append((token, _enemy_of_government(sent, cfg, context), places))
    return out


def _time_phrase(prep: Token) -> bool:
    """A preposition of time before a day or a time ("on Sunday", "within the hour", "in
    the afternoon"); the word after it counts too (the day the parser left hanging beside
    "on" in "went on Sunday morning")."""
    return prep.lower_ in TIME_PREPS and any(
        g.ent_type_ in ("DATE", "TIME") or g.lower_ in TIMES_OF_DAY
        for g in (*prep.children, *prep.doc[prep.i + 1 : prep.i + 2])
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
            # "the Taliban, who swept into X": a relative pronoun stands for its noun
            phrases = [
                token.head if p.tag_ in ("WP", "WDT") and token.dep_ == "relcl" else p
                for p in phrases
            ]
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
        adjective in territory or _once_own_land(adjective, territory, year, cfg, trigger.sent)
    ):
        return Actor(government.id, government.name)
    if not territory:
        return None
    return _abroad(adjective, cfg)


def _abroad(adjective: str, cfg: EventRules) -> Actor:
    """A state's army taking a place of another state: "<Adjective> forces", the United
    States' "US forces" (tests/fixtures/README.md), a pack group's id when it has one."""
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


# verbs that carry a count on ("bringing the tally to 17", "taking their total to nine")
CARRYING = frozenset({"bring", "take", "raise", "push", "lift", "put"})


def _tally_captures(
    sent: Span, cfg: EventRules, context: _Context
) -> list[tuple[Token, Actor | None, list[str]]]:
    """ "On Friday they added X, Y and Z, bringing the tally to 17 of 34": places a side
    adds to its count of captures are taken by it (the verb's own subject, else the side
    the article's last capture names)."""
    out: list[tuple[Token, Actor | None, list[str]]] = []
    for token in sent:
        if token.lemma_.lower() != "add" or token.pos_ != "VERB":
            continue
        counted = any(
            c.dep_ in ("advcl", "xcomp", "conj")
            and c.lemma_.lower() in CARRYING
            and any(
                g.dep_ == "dobj" and g.lemma_.lower() in TALLIES | {"total"} for g in c.children
            )
            for c in token.children
        ) or any(
            c.dep_ == "prep"
            and c.lower_ == "to"
            and any(g.lemma_.lower() in TALLIES | {"total"} for g in c.children)
            for c in token.children
        )  # ("added X to their tally")
        objects = [c for c in token.children if c.dep_ == "dobj" and c.pos_ == "PROPN"]
        if not counted or not objects:
            continue
        places = [n for c in objects if (n := _place_name(c, token, cfg))]
        subjects = [c for c in token.children if c.dep_ == "nsubj"]
        actor = _named_group(subjects, cfg) or context.last_taker or context.group
        if places:
            out.append((token, actor, places))
    return out


def _following_captures(
    sent: Span, cfg: EventRules, context: _Context, taker: Actor | None = None
) -> list[tuple[Token, Actor | None, list[str]]]:
    """ "X fell to the rebels on 2 May. Y follows nine days later.", "26 April - Y
    follows.": after a capture the article has told (or the sentence's own, `taker`: "X
    fell on Thursday; Y followed overnight"), a place that "follows" (its own clause, no
    object: not "follows suit", "followed the talks"; only times after it: "followed in
    the afternoon", "after the garrison withdrew") is taken by the same side; "<N> days
    later" counts from the capture before (`_later_than_last`)."""
    taker = taker or context.last_taker
    if taker is None:
        return []
    out: list[tuple[Token, Actor | None, list[str]]] = []
    for token in sent:
        if token.lemma_ not in cfg.follow_verbs or token.pos_ != "VERB":
            continue
        if token.dep_ not in ("ROOT", "conj") or any(
            c.dep_ == "dobj"
            # ("followed in the afternoon after a negotiated withdrawal": "after" is time)
            or (c.dep_ == "prep" and c.lower_ not in ("on", "after") and not _time_phrase(c))
            or (c.dep_ in ("xcomp", "ccomp") and c.i > token.i)  # (not a clause before a ";")
            for c in token.children
        ):
            continue
        subjects = [c for c in token.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"]
        subjects += [c for s in subjects for c in s.conjuncts]  # "X and Y followed"
        places = [n for c in subjects if c.pos_ == "PROPN" and (n := _place_name(c, token, cfg))]
        if places:
            out.append((token, taker, places))
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
                # "the Syrian Democratic Forces said they had driven IS out of X": "they" is
                # the reporter (not men loyal to a leader: whose side they are is the loser's
                # enemy, "forces loyal to exiled President Hadi")
                reporters = [p for p in _owners(winner, token) if p not in winner]
                winner += [p for p in reporters if _loyal_to_rival(p, cfg) is None]
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
    """ "Abkhaz forces", "Bosnian Serb troops", "Karen resistance forces", "Kurdish-led
    forces": an army noun whose words before it name a people that is no state's, or an
    armed rising ("resistance", "militia"), is a non-state group's army; so is an army
    noun joined to it ("Ta'ang fighters and allied resistance troops")."""
    head = phrase
    if phrase.dep_ in ("prep", "agent"):
        head = next((c for c in phrase.children if c.dep_ == "pobj"), phrase)
    group = next((g for g in cfg.groups if g.named_organisations), None)
    if group is None:
        return None
    for noun in (head, *head.conjuncts):
        if noun.lower_ not in cfg.army_nouns or noun.i == 0:
            continue
        # (round 37: the word right before alone missed "Chin resistance forces")
        before = [t for t in noun.subtree if t.i < noun.i]
        words = {w for t in before for w in t.lower_.split("-")}
        if words & {"anti", "counter", *STATE_SIDE}:
            continue  # "counter-insurgency troops", "pro-government militia forces"
        rising = any(t.lemma_.lower() in RISING_ARMY for t in before)
        if (rising and not _states_in(before, cfg)) or any(  # not "Cuban volunteer units"
            _stateless_people(t, cfg, ("amod", "compound", "npadvmod")) for t in before
        ):
            return Actor(group.id, group.name)
    return None


def _stateless_people(
    word: Token, cfg: EventRules, deps: tuple[str, ...] = ("amod", "compound")
) -> bool:
    """A people's word the model types as such ("Abkhaz", "Serb", "Tamil") that names no
    state, no alliance of states and no group the pack lists."""
    if word.ent_type_ != "NORP" or not word.text[:1].isupper() or word.dep_ not in deps:
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
        name = [t for c in names for t in c.subtree if not t.is_punct]
        labels = ("ORG", "PERSON")
    elif head.pos_ == "PROPN" and head.tag_ == "NNPS":
        name, labels = [head], ("ORG", "NORP")  # "the Sandinistas"
    else:
        return None
    if not name or any(
        t.pos_ != "PROPN" or t.ent_type_ not in labels and not _rare_name(t) for t in name
    ):
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


def _rare_name(token: Token) -> bool:
    """A proper noun the entity model typed as nothing or as a place, rare in English and no
    town's name ("Haganah forces"): a movement's name the model does not know, not a
    headline's capitalised word ("Government Forces") nor a town's ("Donetsk forces")."""
    return (
        token.ent_type_ in ("", "GPE")
        and token.is_title
        and zipf_frequency(token.lower_, "en") < COMMON_ZIPF
        and plain(token.text) not in world_cities()
    )


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
        head = _past_dateline(head, cfg)
        # (not a roundup's heading parsed into the phrase: "LESOTHO - South African troops",
        # nor the dateline's: "BRIDGETOWN, Barbados, Oct. 27 - US forces said")
        start = _dateline_end(head.doc) if head.i >= _dateline_end(head.doc) else 0
        tokens = [t for t in _taker_words(head, trigger) if not _heading_word(t) and t.i >= start]
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
        if head.lower_ in cfg.army_nouns and any(
            c.dep_ == "prep" and c.lower_ == "of" and c.i < first.i <= c.right_edge.i
            for c in head.children
        ):
            return adjective, False, frozenset({adjective})  # "troops of the Dutch Republic"
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


def _past_dateline(head: Token, cfg: EventRules) -> Token:
    """The army a dateline read as the subject hangs after it ("NEW DELHI, Dec 8 - Indian
    troops captured X": in apposition; "JINJA, Uganda, April 22 - Tanzanian troops and ...
    entered X": joined to the dateline's country), else the phrase's own head."""
    end = _dateline_end(head.doc)
    if head.i >= end:
        return head
    return next((t for t in head.subtree if t.i >= end and t.lower_ in cfg.army_nouns), head)


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
        head = _past_dateline(head, cfg)  # "GAZIANTEP, Aug 24 — Turkish tanks and ..."
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


def _movement_first(trigger: Token, cfg: EventRules) -> bool:
    """The first of two joined takers is a movement whose name holds a state's word
    ("Pathet Lao and North Vietnamese troops")."""
    for phrase in _agent_phrases(trigger):
        if phrase.dep_ != "nsubj":
            continue
        others = {t.i for c in phrase.children if c.dep_ in ("conj", "cc") for t in c.subtree}
        if not others:
            continue
        first = [t for t in phrase.subtree if t.i not in others]
        states = _states_in(first, cfg)
        if states and _inside_movement_name(states[0][1], cfg):
            return True
    return False


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
        if end.dep_ == "case":  # "St. George's, the Grenadian capital": on the name's head
            end = end.head
        for child in end.children:
            if child.dep_ == "appos" or (child.dep_ == "prep" and child.lower_ == "in"):
                found |= {a for a, *_ in _states_in(_outside_clauses(child), cfg)}
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
            story |= {a for a, _, _, name in _states_in(_outside_clauses(token), cfg) if name}
        elif token.lemma_.lower() in STATE_PLACES:
            # "the Somali capital", "Cyprus's main port", "Ethiopia's Ogaden region" (not
            # the army's own in a plural, "firing on Israeli towns": its land at large)
            for child in token.children:
                if child.dep_ in ("amod", "compound", "poss") and child.i < token.i:
                    named = {a for a, *_ in _states_in(list(child.subtree), cfg)}
                    story |= named - set(own) if token.tag_ == "NNS" else named
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
    return (
        (_neighbours_land(sent, places, cfg) if cfg.world else set())
        or _holders_land(sent, places, cfg)
        or _losers_land(trigger, places, own | allies, cfg)
    )


def _outside_clauses(phrase: Token) -> list[Token]:
    """The words of a phrase outside the relative clauses in it: a state such a clause names
    is not where the place lies ("the Ugandan town from which Amin's troops had invaded
    Tanzania", "a city in the Kharkiv region which Russia had occupied")."""
    inner = {t.i for c in phrase.subtree if c.dep_ == "relcl" for t in c.subtree}
    return [t for t in phrase.subtree if t.i not in inner]


def _holders_land(sent: Span, places: list[str], cfg: EventRules) -> set[str]:
    """The state whose garrison held a place no map tells the land of ("the French garrison
    of Louisbourg surrendered", "its Spanish garrison marched out", "the Turkish defenders
    of X"): the place was that state's; only one such state."""
    found: set[str] = set()
    for token in sent:
        if token.lemma_.lower() not in HOLDERS and token.lower_ not in HOLDERS:
            continue
        tied = any(c.dep_ == "poss" and c.lower_ == "its" for c in token.children) or any(
            p.dep_ == "pobj" and p.text in " ".join(places)
            for c in token.children
            if c.dep_ == "prep" and c.lower_ in ("of", "in", "at")
            for p in c.children
        )
        if tied:
            before = [t for c in token.children if c.i < token.i and c.dep_ in ("amod", "compound")
                      for t in c.subtree]  # fmt: skip
            found |= {a for a, *_ in _states_in(before, cfg)}
    return found if len(found) == 1 else set()


# nouns that name a state's hold on a place by themselves ("the last Eritrean position",
# "451 years of Portuguese rule")
HELD_NOUNS = frozenset({"garrison", "defender", "defenders", "position", "positions", "rule"})
# verbs of an army giving ground ("Indian units fell back", "South Korean units withdrew")
GIVING_GROUND = frozenset({"withdraw", "retreat", "pull", "flee", "surrender", "abandon"})


def _losers_land(
    trigger: Token, places: list[str], sides: AbstractSet[str], cfg: EventRules
) -> set[str]:
    """The one state, of neither the taker's side nor its allies, whose army the passage
    tells giving ground ("Indian units fell back", "200 Pakistani soldiers were taken
    prisoner") or holding the front ("the last Eritrean position", "Portuguese rule"): a war
    between states, fought in the loser's land, for a place no map or phrase tells the
    land of (dev: tx040, tx041, tq011, tt041, tl047 read as the taker's own). Not after a
    verb of retaking: a land won back is the taker's own ("retook X after Russian units
    withdrew"); nor from an army giving up another place it names, which tells of that
    place only ("raised their flag over X, and Russian units abandoned Y": an occupier
    leaving)."""
    if _takes_back(trigger):
        return set()
    found: set[str] = set()
    for token in trigger.doc:
        if token.lower_ in cfg.army_nouns:
            # (the subject's verb or one it shares the subject with: "held its sector, fell
            # back towards X")
            verbs = [token.head, *(c for c in token.head.children if c.dep_ == "conj")]
            giving = token.dep_ == "nsubj" and any(
                (
                    v.lemma_.lower() in GIVING_GROUND
                    or v.lemma_.lower() == "fall"
                    and any(c.lower_ == "back" for c in v.children)
                )
                and not _gives_up_other(v, places)
                for v in verbs
            )
            taken = token.dep_ == "nsubjpass" and any(
                c.lower_ in ("prisoner", "prisoners", "captive") for c in token.head.subtree
            )
            if not (giving or taken):
                continue
        elif token.lower_ not in HELD_NOUNS:
            continue
        before = [
            t for c in token.children if c.i < token.i and c.dep_ in ("amod", "compound", "nmod")
            for t in c.subtree
        ]  # fmt: skip
        found |= {a for a, *_ in _states_in(before, cfg)}
    found -= set(sides)
    return found if len(found) == 1 else set()


def _gives_up_other(verb: Token, places: list[str]) -> bool:
    """A verb of giving ground whose object or "from" phrase names a place other than
    `places` ("abandoned Izium", "withdrew from Kherson")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"
                for g in c.children if g.dep_ == "pobj"]  # fmt: skip
    return any(o.pos_ == "PROPN" and not any(o.text in p.split() for p in places) for o in objects)


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
    place, the bare people ("fell to the North Vietnamese") are an army abroad, and so is a
    state's army in a story set before `WARS_OF_STATES` (`_story_year`); else an army noun
    keeps the actor read."""
    army = _state_army(trigger, cfg) or _red_army(trigger, _story_year(sent, year))
    if army is None:
        if actor is not None and _movement_first(trigger, cfg):
            # "Pathet Lao and North Vietnamese troops overran X": two takers together take
            # the first one's name, a movement's, not the army noun's side after it
            return next((Actor(g.id, g.name) for g in cfg.groups if g.name == "rebels"), actor)
        return actor
    adjective, bare, joint = army
    allies = _allies_land(trigger, cfg) - joint
    territory = _territory(sent, trigger, places, cfg, joint, allies)
    government = next((g for g in cfg.groups if g.only_as_agent), None)
    own = joint & territory or _once_own_land(adjective, territory, year, cfg, sent)
    told = _story_year(sent, year)
    if told is not None and told < LANDS_FROM.get(adjective, told):
        own = False  # "Nazareth surrendered to Israeli forces" in July 1948
    if own and government is not None:  # with or without foreign help
        return Actor(government.id, government.name)
    old_war = told is not None and told < WARS_OF_STATES and not _irregulars_named(sent, cfg)
    if territory or bare or old_war:
        return _abroad(adjective, cfg)
    return actor


# before this year, a state's army named taking a town whose land the passage leaves untold
# fought abroad: of the dev sets' captures of towns no map knows, 30 of 31 before 1950 were
# a foreign army's ("British and Indian troops stormed back into Sidi Barrani", "Japanese
# forces occupied Weihaiwei"), and 42 of 54 since 2000 were a government's own
WARS_OF_STATES = 1950


# the years "the Red Army" named the Soviet army alone: China's Red Army had become the
# Eighth Route Army, and the Soviet one was renamed the Soviet Army in 1946
RED_ARMY_YEARS = (1937, 1946)


def _red_army(trigger: Token, year: int | None) -> tuple[str, bool, frozenset[str]] | None:
    """ "The Red Army entered Warsaw" in a story set in `RED_ARMY_YEARS`: the Soviet army
    (before, it may be China's or the Bolsheviks' in a civil war, a movement's name)."""
    if year is None or not RED_ARMY_YEARS[0] <= year <= RED_ARMY_YEARS[1]:
        return None
    for phrase in _agent_phrases(trigger):
        head = phrase
        if phrase.dep_ in ("prep", "agent"):
            head = next((c for c in phrase.children if c.dep_ == "pobj"), phrase)
        # ("the Red Army", "units of the Red Army", "Red Army troops")
        words = _taker_words(head, trigger)
        if any(t.lower_ == "army" and t.i and t.nbor(-1).lower_ == "red" for t in words):
            return "Soviet", False, frozenset({"Soviet"})
    return None


def _irregulars_named(sent: Span, cfg: EventRules) -> bool:
    """The sentence names a non-state side ("three weeks after the town fell to the
    guerrillas"): a civil war, fought at home."""
    text = f" {' '.join(t.lower_ for t in sent)} "
    return any(t.lemma_.lower() in IRREGULARS for t in sent) or any(
        f" {a} " in text
        for g in cfg.groups
        if not g.only_as_agent and not g.cedes_on_withdrawal
        for a in g.aliases
    )


def _story_year(sent: Span, year: int | None) -> int | None:
    """The year the sentence's story is set in: its timeline entry's stamp's ("New Guinea,
    September 1943 | 11 Sep: Australian troops enter X"), else the last year named with a
    month up to its end ("80 years ago today, on 6 November 1943, Soviet troops took Kyiv"),
    else the report's."""
    if (stamp := _stamp_of(sent)) is not None:
        return stamp.year
    if year is None:
        return None
    return _narrative_year(sent.doc.text[: sent.end_char], date(year, 12, 31)) or year


def _once_own_land(
    army: str, territory: set[str], year: int | None, cfg: EventRules, sent: Span | None = None
) -> bool:
    """The place lies in a land the army's past state then held ("Soviet troops retook X" in
    1943 Ukraine): processors.world.PAST_LANDS, by the year the story is set in
    (`_story_year`), else the year of the report."""
    if sent is not None:
        year = _story_year(sent, year)
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


def _falls_back(verb: Token) -> bool:
    """ "fell back", "fall back on the capital": the phrasal verb of retreating, not a
    fall (unless it falls back to someone: "X fell back to the rebels")."""
    return (
        verb.lemma_.lower() == "fall"
        and any(c.lower_ == "back" and c.dep_ in ("prt", "advmod") for c in verb.children)
        and not any(c.dep_ == "prep" and c.lower_ in ("to", "into") for c in verb.children)
    )


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


def _imperative(token: Token) -> bool:
    """A base-form verb quoted before the verb that reports it, with no subject, or after a
    colon that gives a message's words ("the message to Americans hasn't changed: leave
    now")."""
    if token.tag_ != "VB" or any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        return False
    if token.i > token.sent.start + 1 and token.doc[token.i - 1].text == ":":
        return not any(c.dep_ in ("aux", "auxpass") for c in token.children)
    return token.head.i != token.i and _fronted_quote(token, token.head)


def _event_noun(token: Token, rule: EventRule) -> bool:
    """ "the fall of Hesper", "with the capture of Kandahar": the noun names the event."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in rule.trigger_nouns or rule.cues:
        return False
    return any(c.dep_ == "prep" and c.lower_ == "of" or c.dep_ == "poss" for c in token.children)


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


# words before an army noun that name an armed rising, not a state's army: "resistance
# forces", "militia forces", "guerrilla units" (the bare army noun alone is the government's)
RISING_ARMY = frozenset({"resistance", "militia", "insurgency", *IRREGULARS, *RISING})


def _irregulars(phrases: list[Token], cfg: EventRules) -> Actor | None:
    group = next((g for g in cfg.groups if g.named_organisations), None)
    for phrase in phrases:
        head = phrase
        if phrase.dep_ in ("prep", "agent"):
            head = next((c for c in phrase.children if c.dep_ == "pobj"), phrase)
        head = _men_counted(head)
        if group is None or head.lemma_.lower() not in IRREGULARS:
            continue
        if not _states_in(list(head.subtree), cfg):  # not "Cuban volunteers"
            return Actor(group.id, group.name)
    return None


# round counts of men ("hundreds of fighters", "dozens of gunmen"): the men counted take
ROUND_COUNTS = frozenset({"hundred", "thousand", "dozen", "score", "handful"})


def _men_counted(head: Token) -> Token:
    """The noun a round count or a number stands before ("hundreds of fighters seized X":
    the fighters), else `head`."""
    if head.lemma_.lower() not in ROUND_COUNTS and head.tag_ != "CD":
        return head
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    men = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return men if men is not None else head


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


# common nouns of a league of armed groups, after its name ("the X alliance")
LEAGUES = frozenset({"alliance", "coalition"})


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
        if head.pos_ == "NOUN" and head.lower_ in LEAGUES:
            # "the Chin Brotherhood alliance": the name before the common noun
            head = next((c for c in reversed(list(head.lefts)) if c.dep_ == "compound"), head)
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


# verbs whose subject gives its object up: "the army handed X over", "Townshend surrendered X"
GIVING_UP = frozenset({"hand", *YIELDING})


def _agent_phrases(trigger: Token) -> list[Token]:
    out = []
    # "the military handed it over", "Townshend surrendered Kut to the Turks": the subject
    # of a verb of giving a place up is the side that lost it; the taker is whom it went to
    giver = trigger.lemma_.lower() in GIVING_UP and any(c.dep_ == "dobj" for c in trigger.children)
    for child in trigger.children:
        if (child.dep_ == "nsubj" and not giver) or child.dep_ == "agent":
            out.append(child)
        elif child.dep_ in ("prep", "dative") and child.lower_ in ("to", "by"):
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
    if (
        trigger.pos_ == "NOUN"
        and trigger.dep_ == "dobj"
        and not out
        and trigger.lemma_.lower() in YIELDED
        and trigger.head.lemma_.lower() in ACCEPTING
    ):  # "British troops accepted the surrender of the garrison at X": who accepts it takes it
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


# verbs whose object noun, a yielding, their subject receives ("accepted the surrender of X")
ACCEPTING = frozenset({"accept", "receive", "take"})
YIELDED = frozenset({"surrender", "capitulation", "handover"})
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


INVADING = frozenset({"invasion", "invade"})
# capture words that take a place back: the invaded side's, not the invader's
RETAKING = frozenset(
    {"retake", "recapture", "regain", "liberate", "reclaim", "retook", "retaken"}
)  # (the tagger leaves "retook" its own lemma)


def _invader(doc: Doc, cfg: EventRules) -> Actor | None:
    """The one state the article names as an invader ("Italy's invasion of Ethiopia", "the
    Japanese invasion of Burma", "when Iraq invaded Kuwait"): the taker of a town its
    timeline or story tells fell with no taker named."""
    found: set[str] = set()
    for token in doc:
        if token.lemma_.lower() not in INVADING:
            continue
        if token.pos_ == "NOUN":  # "Italy's invasion", "the Italian invasion"
            sides = [c for c in token.children if c.dep_ in ("poss", "amod", "compound")]
            sides += [g for c in token.children if c.dep_ == "prep" and c.lower_ == "by"
                      for g in c.children if g.dep_ == "pobj"]  # fmt: skip
        elif token.pos_ == "VERB":
            sides = [c for c in token.children if c.dep_ == "nsubj"]
        else:
            continue
        found |= {a for side in sides for a, *_ in _states_in(list(side.subtree), cfg)}
    if len(found) != 1:
        return None
    adjective = next(iter(found))
    return _abroad(adjective, cfg)


def _invader_took(trigger: Token, invader: Actor | None) -> Actor | None:
    """The invader as the taker of a place a capture word with no taker tells fell, unless
    the word takes it back ("Kherson was liberated")."""
    if invader is None or _takes_back(trigger):
        return None
    return invader


def _takes_back(trigger: Token) -> bool:
    """A capture word that takes a place back: "retook", "was liberated", "took back"."""
    return bool(_forms(trigger) & RETAKING) or any(
        c.lower_ == "back" and c.dep_ in ("advmod", "prt") for c in trigger.children
    )


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
