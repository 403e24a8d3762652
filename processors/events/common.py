"""What the readings of captures and of missions' acts share: the day an event is told
of (`resolve_date`, `_date`: weekdays, anniversaries, a timeline's stamps, a day counted from
another), how an event is told beyond `processors.modality` (news or background, an aim, a
question, a denial, an unconfirmed report, a state that lasts), the forms of words and the
shape of a clause, and an event's identity (`Actor`, `event_key`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import TypeVar, cast

from spacy.tokens import Doc, Span, Token

from processors.modality import clause_verbs
from processors.numbers import parse_number
from processors.rulepack import Country, EventRule, EventRules, RulePack

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
# a month's name as a pattern, abbreviated or whole ("Sep", "Sept.", "September")
MONTH_NAME = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)

ORDINALS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
            "ninth", "tenth", "last", "latest"}  # fmt: skip
PLACE_PREPS = {"in", "into", "outside", "inside", "near", "around", "at", "from", "to"}

ENTERING = {"enter", "storm", "penetrate", "push", "break", "move", "roll", "sweep", "march",
            "advance", "overrun"}  # fmt: skip
REPELLING = {"repel", "repulse", "rebuff", "expel"}
DRIVING = {"push", "beat", "drive", "force", "throw", "fight", "turn"}

TOWARDS = {"to", "into", "toward", "towards"}

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

# another speaker's account that the battle for a place goes on ("said fighting was still
# going on", "says clashes continue"): a reported capture is then unconfirmed
FIGHTING_ON = re.compile(
    r"\b(?:fighting|clashes|battles?|combat)\b(?: [\w'-]+){0,4}? (?:(?:was|were|is|are|had) )?"
    r"(?:still )?(?:going on|goes on|went on|continu\w*|rag\w*|under ?way)\b"
)
SAYING = re.compile(r"\b(?:said|says|insisted|insists|maintained|reported|added)\b")

# verbs of a state going on ("stay closed", "remain shut")
LASTING = {"stay", "remain"}
# prepositions that give a state's end, not its day ("closed through Monday")
UNTIL = {"through", "until", "till", "til", "thru"}


@dataclass(frozen=True)
class Actor:
    id: str
    name: str


STAMP = "tocsin_timeline_stamp"  # a reparsed timeline entry's doc: the day its stamp names


FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})

SMALL_COUNTS = "one|two|three|four|five|six|seven|eight|nine|ten"


def _stamp_of(sent: Span) -> date | None:
    """The day of the timeline entry a sentence read by `_timeline_read` belongs to."""
    stamps = sent.doc.user_data.get(STAMP) or []
    return next((day for a, b, day in stamps if a <= sent.start_char < b), None)


# "On this day in 1974", "This day, 1982:", "on this date in 1961", a post's "#OnThisDay 1760",
# a column's heading with the day before its entry's year ("Today in history, May 6. 1962:")
THIS_DAY_IN = re.compile(
    r"\b(?:(?:on ?)?this ?(?:day|date)(?: ?in ?history)?|today in history)(?:,| in|:)?"
    r" (?:[a-z]+\.? \d{1,2}[.:,]? )?(\d{4})\b",
    re.IGNORECASE,
)
THIS_DAY = re.compile(r"(?:on )?this (?:day|date)", re.IGNORECASE)
# "went this morning", "early this afternoon": a part of the day of publication
THIS_PART_OF_DAY = re.compile(
    r"(?:(?:early|late|earlier|later) )?this (?:morning|afternoon|evening)"
)
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
    # (the heading may close its day with a full stop before the year: "..., May 6. 1962:")
    named = THIS_DAY_IN.match(text.lstrip())
    text = _opening(text)  # (only an item that opens on it: news may recall a day in passing)
    year: int | None = None
    if (named := THIS_DAY_IN.search(text) or named) is not None:
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
# a year alone heading a timeline ("Chronology, 1914.", "Abkhazia, 1993 —", "Western Desert
# 1942 | 21 June: ...") (not a year counted from: "Worst fighting since 1998:")
HEADING_YEAR = re.compile(r"(?<!since )(?<!until )\b(\d{4})(?:\s*[.:—–|]|\s+-\s)", re.I)
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


# a day of the month spelled as an ordinal, as speakers give it ("on the nineteenth of June",
# "the twenty-sixth of June 1857": a narrator's or lecturer's day)
ORDINAL_WORDS = (
    ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
     "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
     "seventeenth", "eighteenth", "nineteenth", "twentieth")
)  # fmt: skip
ORDINAL_DAY = re.compile(
    r"\b(?:(twenty|thirty)[- ])?(" + "|".join(ORDINAL_WORDS) + r"|thirtieth) of (?=[a-z])",
    re.IGNORECASE,
)


def _spelled_days(text: str) -> str:
    """The text with a spelled ordinal day before "of" given in figures ("the 19 of June")."""

    def figure(match: re.Match[str]) -> str:
        tens = {"twenty": 20, "thirty": 30}.get((match[1] or "").lower(), 0)
        unit = match[2].lower()
        value = 30 if unit == "thirtieth" else ORDINAL_WORDS.index(unit) + 1
        return f"{tens + value if tens and value < 10 else value} of "

    return ORDINAL_DAY.sub(figure, text)


def resolve_date(text: str, published: date | None, latest: bool = False) -> date | None:
    """The calendar date of a date phrase: weekday names ("Thursday", "last Saturday")
    are the most recent such day on or before `published`; "August 12", "12 Aug 2021",
    ISO dates, today and yesterday are read directly. With `latest`, a month or a
    year alone ("in January", "since 1960") gives its last day."""
    text = _spelled_days(text)
    words = re.findall(r"[a-z]+|\d+", text.lower())
    iso = re.search(r"(\d{4})-(\d{2})-(\d{2})", text)
    if iso:
        return date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
    # ("may" is a month in a full date: "4 May 1799", "May 4, 1799"; not the modal, nor a
    # name's "the May 12 earthquake", nor a timeline's "Sat 11 May", left to its line)
    may = re.search(r"\b(?:\d{1,2}(?:st|nd|rd|th)? May|May \d{1,2}),? \d{4}\b", text) is not None
    month = next((MONTHS[w] for w in words if w in MONTHS and (w != "may" or may)), None)
    days = [int(w) for w in words if w.isdigit() and 1 <= int(w) <= 31]
    if published is not None:
        told = month and days  # ("Today, August 5": the calendar date, as a weekday's)
        this_day = "today" in words or "tonight" in words or THIS_DAY.fullmatch(text.strip())
        if this_day and not told:
            return published  # ("on this day": an anniversary item's own day)
        if "yesterday" in words and not told:
            return published - timedelta(days=1)
        if "weekend" in words and ("last" in words or "past" in words):
            # "last weekend": the Saturday of the latest weekend before the article's own
            back = (published.weekday() - 5) % 7 or 7
            return published - timedelta(days=back + (7 if published.weekday() == 6 else 0))
        for word in words:
            if word in WEEKDAYS and not told:
                # (a weekday beside its calendar date, "from Friday 13 February", is that date)
                back = (published.weekday() - WEEKDAYS.index(word)) % 7
                if back == 0 and "last" in words:
                    back = 7
                return published - timedelta(days=back)
        if (feast := _feast_day(words)) is not None:
            # "on New Year's Day", "on Christmas Eve": the latest on or before publication,
            # or in the year the phrase names
            years = [int(w) for w in words if w.isdigit() and len(w) == 4]
            day = date(years[0] if years else published.year, *feast)
            return day if years or day <= published else date(published.year - 1, *feast)
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


# days named for a feast on a fixed day of the year (month, day), by their words in order
FEASTS = (
    (("new", "year", "eve"), (12, 31)),
    (("new", "year", "day"), (1, 1)),
    (("christmas", "eve"), (12, 24)),
    (("boxing", "day"), (12, 26)),
    (("christmas",), (12, 25)),
)


def _feast_day(words: list[str]) -> tuple[int, int] | None:
    """The (month, day) of a fixed feast the words name ("New Year's Day": new, year, s,
    day; "Christmas afternoon"), else None."""
    named = [w for w in words if w not in ("s", "on", "the", "of")]
    for feast, day in FEASTS:
        if any(tuple(named[i : i + len(feast)]) == feast for i in range(len(named))):
            return day
    return None


def _feast_entity(ent: Span) -> bool:
    """A feast the tagger took for an event ("New Year's Day" as EVENT): a day; so is a
    full calendar date it took for one ("On this day, 9 December 1835: X fell")."""
    words = re.findall(r"[a-z]+|\d+", ent.text.lower())
    full = (
        any(w in MONTHS for w in words)
        and any(w.isdigit() and 1 <= int(w) <= 31 for w in words)
        and any(w.isdigit() and len(w) == 4 for w in words)
    )
    return ent.label_ == "EVENT" and (full or _feast_day(words) is not None)


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
        (
            verb.dep_ == "ccomp"
            and verb.head.dep_ == "ROOT"
            and verb.head.lemma_.lower() in ATTRIBUTING
        )
        or _before_semicolon(verb)
        or _before_time_clause(verb)
    )
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


# conjunctions that open a clause of time after a main clause: "..., two months after the
# siege began", "..., a week before the army fled"
TIME_MARKS = frozenset({"after", "before", "as", "when", "while", "until"})


def _before_time_clause(verb: Token) -> bool:
    """ "Troops entered X on 29 October 1870, two months after the siege began": the parser
    hangs the main clause on the clause of time after its comma, as a ccomp of that clause's
    verb; the first clause is still the sentence's own (the mirror of a semicolon's)."""
    if verb.dep_ != "ccomp" or verb.head.dep_ != "ROOT" or verb.head.i <= verb.i:
        return False
    marks = [c for c in verb.head.children if c.dep_ == "mark" and c.lower_ in TIME_MARKS]
    between = verb.doc[verb.right_edge.i + 1 : verb.head.i]
    return bool(marks) and marks[0].i > verb.right_edge.i and any(t.text == "," for t in between)


def _names_day(text: str) -> bool:
    """A date phrase naming a day of its own: a number, a month, a weekday, "yesterday", a
    feast ("New Year's Day")."""
    words = re.findall(r"[a-z]+|\d+", text.lower())
    own = {*MONTHS, *WEEKDAYS, "today", "yesterday", "tonight", "dawn", "noon", "midnight"}
    return any(w.isdigit() or w in own for w in words) or _feast_day(words) is not None


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


def _helped_aim(trigger: Token) -> bool:
    """ "troops were sent to help fly the staff out": the bare infinitive of "help" is the
    aim "help" names; so is one with a subject of its own ("sending 600 troops to Kabul to
    help British nationals and embassy staff leave", tw034, which the parser hangs as a
    clause)."""
    return (
        trigger.dep_ in ("xcomp", "ccomp")
        and trigger.head.lemma_ == "help"
        and trigger.tag_ in ("VB", "VBP")
        and _aim(trigger.head)
    )


# what a government sends to bring its staff out, besides its army's nouns
CARRIERS = frozenset({"plane", "planes", "aircraft", "jet", "jets", "helicopters", "ship", "ships"})


def _sent_for_aim(trigger: Token, army_nouns: AbstractSet[str]) -> bool:
    """ "Washington is flying in 3,000 troops to help bring its embassy staff out", "sent a
    plane to Djibouti to evacuate the staff": troops or aircraft sent, the staff's departure
    only the infinitive of purpose after them (te010): an aim, not yet an act."""
    carried = [c for c in trigger.children if c.dep_ == "dobj"]
    carried += [g for c in trigger.children if c.dep_ == "prep" and c.lower_ == "in"
                for g in c.children if g.dep_ == "pobj"]  # fmt: skip
    if not any(n.lower_ in army_nouns or n.lower_ in CARRIERS for n in carried):
        return False
    return any(
        c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in trigger.children
    )


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


def _share_still_held(trigger: Token, but: Token) -> bool:
    """ "have taken much of the state capital, but junta troops still hold the airport and a
    large part of the town": a share of a place taken while, after "but", the other side
    still holds some of it, is no fall of the place (round 37: read once the taker, "Karenni
    resistance forces", was read right; td069)."""
    share = any(c.dep_ == "dobj" and c.lower_ in ("much", "most") for c in trigger.children)
    return share and any(
        t.lemma_.lower() in ("hold", "control", "keep")
        and any(c.lower_ == "still" for c in t.children)
        for t in trigger.sent
        if t.i > but.i
    )


def _denied_after_but(trigger: Token, rules: RulePack) -> bool:
    """ "the flag went up over X, but the other side denied that it had fallen" / "called
    the claim false": an event set against another party's denial ("but", a verb of denying
    with a clause, a report noun or a pronoun as its object, or "call ... false") is
    contested, whether or not the event itself is told as a report."""
    but = next((t for t in trigger.sent if t.i > trigger.i and t.lower_ in ("but", "yet")), None)
    if but is None:
        return False
    if _share_still_held(trigger, but):
        return True
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
    cues = rules.modality
    # (a teller after the act, wherever the parser hangs it: "X have occupied Y, a border town,
    # Salvadoran radio claimed tonight", "the president tweeted: 'Our army freed Y!'")
    telling = {v for v in cues.attribution_verbs if v != "confirm"}
    told = any(
        t.lemma_.lower() in telling
        and t.pos_ == "VERB"
        and (t.i > trigger.i or any(c.text == ":" for c in sent.doc[t.i : trigger.i]))
        for t in sent
    )
    # ...or a label naming the word before a colon ("Statement of the Islamic Emirate: 'We
    # have liberated X'")
    colon = next((t.i for t in sent if t.text in (":", "):") and t.i < trigger.i), None)
    labels = (*cues.report_nouns, *ANNOUNCING)
    if colon is not None and any(t.lower_ in labels for t in sent.doc[sent.start : colon]):
        told = True
    if _reported(trigger, rules) is None and not _entry(trigger) and not told:
        return False
    if _denied_in_apposition(sent, trigger, rules):
        return True
    # ...or the clause after a semicolon ("X say they took Y; the government calls it false")
    semicolon = next((t for t in sent if t.i > trigger.i and t.text == ";"), None)
    texts = [sent.doc[semicolon.i + 1 : sent.end].text.lower()] if semicolon else []
    rest = ""
    if sent.end < len(sent.doc):
        after = sent.doc[sent.end].sent
        while after.end < len(sent.doc) and not any(t.is_alpha for t in after):
            after = sent.doc[after.end].sent  # (a live blog's time stamp: "10:15")
        texts.append(after.text.lower())
        rest = sent.doc[after.end :].text.lower()
    reports = (*cues.report_nouns, *ANNOUNCING)
    false = tuple(cues.negation_adjectives)
    denied = _denial_pattern(tuple(cues.negation_verbs) + DISPUTING, reports, false)
    for text in texts:
        if FIGHTING_ON.search(text) and SAYING.search(text):
            return True  # "... said fighting for the town was still going on"
        if STILL_FIGHTING.search(text) or still_holding_here(text):
            return True  # "; the resistance leaders insist they are still fighting"
        if _unconfirmed_claim(text) or IF_CONFIRMED.search(text):
            return True  # "officials have not confirmed the loss", "If confirmed, it would be"
        if denied.search(text) or _called_false(reports, false).search(text):
            return True
        if DENIED_LOSS.search(text) or _still_theirs(text, trigger):
            return True  # "denied losing the town", "says the town remains in its hands"
        if REPELLED.search(text):
            return True  # "the army said it had repelled the attack and remained in control"
        if COUNTER_ACCOUNT.search(text):
            return True  # "the governor said the militants had been pushed back"
    # the other side's word on the claim itself may come further on ("... He listed the
    # villages freed. Armenia called the announcement a lie"): a report noun named, not a
    # pronoun, ties a later sentence to the claim
    named = _denial_pattern(tuple(cues.negation_verbs) + DISPUTING, reports, false, pronouns=False)
    return bool(
        named.search(rest)
        or _called_false(reports, false).search(rest)
        or DENIED_PLACE_LOSS.search(rest)
    )


# what a side calls its own word on a capture, besides the report nouns ("the announcement
# was a lie", "called the statement false")
ANNOUNCING = ("announcement", "announcements", "statement", "statements", "tweet", "broadcast")
# "denied losing the town", "denies that the city has fallen": the loss itself denied, of the
# town told before ("it", "the town"; not another one named: "denied that Y had fallen")
LOSS_DENIAL = r"(?<!not )(?<!n't )\b(?:den(?:y|ies|ied|ying)|reject\w*|dismiss\w*)\b(?: that)?"
LOSS = (
    r"(?: (?:had|has|have|was|were|is))?(?: been)? (?:having )?(?:los(?:e|es|ing|t)|fall(?:en|s)?"
    r"|fell|surrender\w*|abandon\w*|taken|captured|seized|overrun)\b"
)
PLACE_NOUN = r" the (?:town|city|port|capital|garrison|valley|province|district)"
DENIED_LOSS = re.compile(
    LOSS_DENIAL + rf"(?:{PLACE_NOUN}| it| they| its [\w'-]+| their [\w'-]+)?" + LOSS
)
# ...further on, only with the place's noun: "... He called it the tenth capital taken. An
# interior ministry spokesman denied the city had fallen" (tt003)
DENIED_PLACE_LOSS = re.compile(LOSS_DENIAL + PLACE_NOUN + LOSS)
# "the army said it had repelled the attack", "said troops had fought off the rebels", "the
# assault had been beaten back": the other side's account that the attack on the place failed
# (the attack told before, not one on another place: "repelled an attack on Goma")
BEATEN_OFF = (
    r"(?:repell\w*|repuls\w*|beat(?:en)? (?:back|off)|fought off|fend\w* off|thwart\w*"
    # ("said its units had stopped the rebels at the bridge", "had pushed the attackers back")
    r"|stopp\w*|halt\w*|held off|(?:push\w*|drove|driven|forced) back)"
)
REPELLED = re.compile(
    r"\b(?:said|says|say|insist\w*|maintain\w*|added)\b(?: [\w'-]+){0,6}? "
    rf"{BEATEN_OFF} (?:the |their |its )(?:[\w'-]+ )?"
    r"(?:attack|assault|offensive|advance|rebels|insurgents|militants|fighters|militia)\b"
    r"(?! (?:on|against|near|in|at) (?!the |it\b|its ))"
    r"|\bthe (?:attack|assault|offensive|advance) (?:had |has |was |were )?(?:been )?"
    rf"{BEATEN_OFF}"
)
# the other side's account that the takers are not there, said of the place told before:
# the attackers driven off ("the militants had been pushed back before dawn", "the attackers
# were driven out"), the place not in their hands ("the town was not in their hands", "'is
# not under rebel control'"), their presence denied ("denies that RSF fighters are in the
# city")
COUNTER_ACCOUNT = re.compile(
    r"\b(?:the |its |their )?(?:[\w'-]+ )?(?:militants|rebels|insurgents|attackers|fighters"
    r"|militiamen|assailants|they) (?:were |was |(?:had|have|has) been )(?:pushed|driven"
    r"|beaten|forced|thrown) (?:back|out)\b(?! of (?!the |it\b|its ))"
    r"|\b(?:it|the (?:[\w'-]+ )?(?:town|city|port|capital|valley))[ '\"‘“]+(?:is|was|are|were"
    r"|remains?|remained)(?: still)? (?:not|never) (?:in (?:the hands of [\w'-]+|[\w'-]+ hands)"
    r"|under [\w'-]+ control)\b"
    r"|" + LOSS_DENIAL + r"(?: [\w'-]+){0,3}? (?:were|are|was|is|had been|have been) (?:in|inside)"
    r" (?:the (?:town|city|port|capital)|it|there)\b"
)
# "a capture told as a claim and then "If confirmed, it would be the sixth capital to fall":
# the passage waits for confirmation, so the capture is unconfirmed (hedged); the consequent
# must speak of the place or a fall ("it would", "the city would"), not of another figure
IF_CONFIRMED = re.compile(
    r"\b(?:if|should|were)\b (?:(?:it|this|that|so|the (?:[\w'-]+ ){0,2}?(?:claims?|reports?|"
    r"news|accounts?|loss|fall|capture|announcement))(?: is| are| be| was| were)? )?"
    r"(?:confirmed|true|verified|accurate|correct)\b[^.;]*?(?:\bit would\b|\bwould (?:be|mark|"
    r"make|leave|give)\b[^.;]*?\b(?:fall|fell|lost|taken|captured|seized|capital|city|town|"
    r"port)\b)"
)
# the other side's word that it still holds the place ("the town remains in government
# hands", "it is still under army control"), said of the town told before (not another named:
# "only Kabul and Jalalabad are still under government control"); not the taker's own hands
STILL_THEIRS = re.compile(
    r"\b(?:it|the (?:[\w'-]+ )?(?:town|city|port|capital))[ '\"‘“]+"
    r"(?:remains?|remained|stays?|stayed|(?:is|was|are|were) still)\b (?:firmly )?"
    r"(?:in (?:the hands of (?P<of>[\w' -]+?)|(?P<own>[\w'-]+) hands)|under (?P<ctl>[\w'-]+) "
    r"control)\b"
)


def _still_theirs(text: str, trigger: Token) -> bool:
    """ "the town remains in the hands of the mujahideen", said after a capture: the other
    side's account that it holds the place still (not the taker's own: "in rebel hands")."""
    verb = _clause_verb(trigger)
    takers = {
        w.lower_
        for c in verb.children
        if c.dep_ in ("nsubj", "nsubjpass", "agent") or (c.dep_ == "prep" and c.lower_ == "to")
        for w in c.subtree
    }
    for held in STILL_THEIRS.finditer(text):
        holder = set(re.findall(r"[\w'-]+", held["of"] or held["own"] or held["ctl"] or ""))
        if holder - {"the", "its", "their", "his", "our"} and not holder & takers:
            return True
    return False


# what a side calls the other's word on a capture besides the pack's words for false
FALSITY = (
    "lie", "lies", "propaganda", "fiction", "disinformation", "misinformation", "fabrication",
    "fabrications", "fake news", "nonsense",
)  # fmt: skip
# a verb that names the word as false: "called the claim 'disinformation'", "described the
# report as false", "branded the announcement a lie"
CALLING = ("call", "describe", "brand", "label", "term", "dismiss")


def _calling_false(said: str, wrong: str) -> str:
    """ "calls the report a lie", "described the claim as false", "called the claim
    'disinformation'" (quoted): a pattern of a verb of calling on a report noun and a word
    of falsity after it."""
    calling = "|".join(re.escape(v.removesuffix("e")) for v in CALLING)
    return (
        rf"\b(?:{calling})(?:e|es|ed|s|ing)? (?:the |this |that )?(?:{said})\b(?: \w+){{0,3}}?"
        rf"(?: as)?[ '\"‘“]+(?:a |an )?(?:{wrong})\b"
    )


@lru_cache(maxsize=8)
def _called_false(reports: tuple[str, ...], false: tuple[str, ...]) -> re.Pattern[str]:
    """ "reports of the town's fall were lies", "the announcement was false": a report
    noun its clause calls false."""
    said = "|".join(re.escape(r) for r in reports)
    wrong = "|".join(re.escape(w) for w in (*false, *FALSITY))
    return re.compile(
        rf"\b(?:{said})\b(?: [\w'-]+){{0,5}}? (?:is|was|were|are)(?: all| simply| a| an)* "
        rf"(?:{wrong})\b"
        rf"|{_calling_false(said, wrong)}"
    )


def _denied_in_apposition(sent: Span, trigger: Token, rules: RulePack) -> bool:
    """ "said they had seized X, a claim the government rejected", "..., an account the
    ministry disputed": a report noun after the event whose relative clause denies it."""
    cues = rules.modality
    denials = {v for v in cues.negation_verbs if v != "fail"} | set(DISPUTING)
    # ...or calls false: "a claim the army called 'fake news'", "which Kyiv described as a lie"
    wrong = re.compile(
        r"\b(?:" + "|".join(re.escape(w) for w in (*cues.negation_adjectives, *FALSITY)) + r")\b"
    )
    return any(
        token.i > trigger.i
        and token.lower_ in cues.report_nouns
        and any(
            c.dep_ == "relcl"
            and (
                c.lemma_.lower() in denials
                or c.lemma_.lower() in CALLING
                and wrong.search(sent.doc[c.i : c.right_edge.i + 1].text.lower()) is not None
            )
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
    r"|maintain\w*|contend\w*)\b(?:(?: [\w'-]+){0,4}? that)? (?:it|they|its|their|his|our"
    # ...or the defenders by name ("the ministry says the army still holds the airport")
    # (also bare or the government's: "said government troops were still fighting inside X")
    r"|(?:the |government |the (?:town|city|port)'s |its )?"
    r"(?:army|military|garrison|defenders|troops|soldiers|government))\b"
    r"(?: [\w'-]+){0,5}? "
    r"(?:(?:was|were|is|are) )?still (?:fighting|holding|held|holds?|controll?\w*|in control"
    r"|resisting|defending|in|inside)\b"  # ("said their fighters were still in the valley")
)
# ...in the place itself or a part of it, the land it is the seat of, or positions held there
# ("still fighting in the valley", "on its southern edge"; not "still fighting in the hills")
IN_THE_PLACE = re.compile(
    r"\b(?:inside|city|town|centre|center|streets?|port|capital|valley|province|region|positions"
    r"|edge|outskirts|quarters?|districts?"
    # ...or a stronghold in it ("the garrison was still holding out in the church")
    r"|church|cathedral|mosque|citadel|fortress|barracks)\b"
)


def still_holding_here(text: str) -> bool:
    """Another speaker's account that it still holds or fights in the town ("the army
    answered that its troops still held the town centre")."""
    for still in STILL_HOLDING.finditer(text):
        if IN_THE_PLACE.search(re.split(r"[.;]", text[still.end() :], maxsplit=1)[0]):
            return True
    return False


# "An aide disputes this", "the army contests the claim": a report the other side disputes
DISPUTING = ("dispute", "contest")
UNCONFIRMED = re.compile(
    r"\b(?:has|have|had|did|does|do|could|can)(?: not|n't| yet to)(?: \w+| be reached to)? "
    r"(?:confirm|acknowledge|verif)"
    r"|\bwithout (?:confirming|acknowledging|verifying)\b"  # "listed fighting there without
)  # confirming its loss"


# an unconfirmed figure of its own in the sentence after a capture: "... now held as many as
# 25 capitals, a figure the ministry did not confirm", "claimed to have killed 40 soldiers,
# which the army could not confirm" (the doubt is the figure's, not the capture's)
OWN_FIGURE = re.compile(
    r"(?:\d|\b(?:dozens?|hundreds?|thousands?|" + SMALL_COUNTS + r")\b)[^,;]*,"
    r" (?:which|a (?:figure|number|toll|tally|count|claim|estimate)\b)[^,;]*$"
)


def _unconfirmed_claim(text: str) -> bool:
    """The sentence says no one confirmed the capture ("officials have not confirmed the
    loss"), not a figure of its own it told (`OWN_FIGURE`)."""
    return any(
        OWN_FIGURE.search(text[: doubt.start()]) is None for doubt in UNCONFIRMED.finditer(text)
    )


@lru_cache(maxsize=4)
def _denial_pattern(
    verbs: tuple[str, ...], reports: tuple[str, ...], false: tuple[str, ...], pronouns: bool = True
) -> re.Pattern[str]:
    def inflected(verb: str) -> str:
        if verb.endswith("y"):
            return re.escape(verb[:-1]) + "(?:y|ies|ied|ying)"
        stem = verb[:-1] if verb.endswith("e") else verb
        return re.escape(stem) + "(?:e|es|ed|ing|s)?"

    denials = "|".join(inflected(v) for v in verbs if v != "fail")
    said = "|".join(re.escape(r) for r in (*reports, *(("it", "this") if pronouns else ())))
    wrong = "|".join(re.escape(w) for w in (*false, *FALSITY))
    # (a denial itself denied confirms: "officials did not dispute it")
    return re.compile(
        rf"(?<!not )(?<!n't )(?<!never )\b(?:{denials})\b(?: \w+){{0,2}}? (?:{said})\b"
        rf"|{_calling_false(said, wrong)}"
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
    # (the condition on the state or its telling, not one inside another clause: "will
    # remain closed on Wednesday, it said, advising Americans to shelter if an alert is
    # announced")
    return not any(
        t.lower_ in ("if", "unless") and t.head.head in (trigger, verb, verb.head)
        for t in trigger.sent
    )


def _closed_until_notice(trigger: Token) -> bool:
    """ "said the embassy would be closed to the public until further notice": a state
    told from now on with no end, no day of its own (not "will be closed on Monday", nor
    "will close until further notice": an act still to come)."""
    passive = any(c.dep_ == "auxpass" for c in trigger.children) or (
        trigger.dep_ == "acomp" and trigger.head.lemma_ == "be"
    )
    text = " ".join(t.lower_ for t in trigger.subtree)
    dated = any(t.ent_type_ in ("DATE", "TIME") for t in trigger.subtree)
    return passive and "until further notice" in text and not dated


def _repelled(trigger: Token) -> bool:
    """A verb of entering whose next conjunct, passive, drives its subject back or out
    ("entered X but were pushed back", "stormed X and were repelled", "were pushed out by
    the army"), or whose next conjunct's own subject drives them out ("stormed X ..., but
    government forces pushed them out by nightfall"): the place was not taken (one that was
    seized and then lost was taken)."""
    if trigger.lemma_.lower() not in ENTERING:
        return False
    for verb in trigger.conjuncts:
        if verb.i < trigger.i:
            continue
        back = any(
            c.dep_ in ("prt", "advmod") and c.lower_ in ("back", "out") for c in verb.children
        )
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        lemma = verb.lemma_.lower()
        driven = lemma in REPELLING or back and lemma in DRIVING
        if passive and driven:
            return True
        # (the other side as the subject, the entering side as a pronoun object)
        them = any(c.dep_ == "dobj" and c.lower_ in ("them", "him") for c in verb.children)
        if driven and them and any(c.dep_ == "nsubj" for c in verb.children):
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


def _forms(token: Token) -> frozenset[str]:
    return _word_forms(token.lower_, token.lemma_.lower())


@lru_cache(maxsize=65536)
def _word_forms(word: str, lemma: str) -> frozenset[str]:
    forms = {word, lemma}
    for suffix, repl in (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", "")):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            forms.add(word[: -len(suffix)] + repl)
    return frozenset(forms)


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


_DERIVED: dict[tuple[int, str], tuple[EventRules, object]] = {}


def _derived(cfg: EventRules, name: str, build: Callable[[EventRules], T]) -> T:
    """`build(cfg)`, computed once per rule pack (the pack is kept, so its id stays its own)."""
    cached = _DERIVED.get((id(cfg), name))
    if cached is None or cached[0] is not cfg:
        cached = _DERIVED[(id(cfg), name)] = (cfg, build(cfg))
    return cast(T, cached[1])


def _fronted_quote(child: Token, trigger: Token) -> bool:
    """An instruction quoted before its verb: a ccomp, or an imperative the parser
    attached as a bare advcl (no subject, no "after"/"when")."""
    if child.i > trigger.i or child.dep_ not in ("ccomp", "advcl"):
        return False
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in child.children)
    if child.dep_ == "ccomp" and perfect:
        return False  # "Britain has closed its embassy and its staff have left, X told MPs":
        # an act done reported, no instruction
    return child.dep_ == "ccomp" or not any(
        c.dep_ in ("mark", "nsubj", "nsubjpass", "aux")
        and not (c.lemma_ == "do" and c.i == child.left_edge.i)  # "Do not travel to X"
        for c in child.children
    )


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
    if trigger.dep_ != "pcomp" or prep.lower_ not in ("after", "before"):
        return None
    if prep.head.pos_ == "VERB":
        return _reported_act(prep.head)
    # ("took X on Saturday, a day after seizing Y": "after" read as the day's preposition)
    verb = _period_verb(prep.head)
    return _reported_act(verb) if verb is not None else None


def _reported_act(verb: Token) -> Token:
    """The act a verb of telling reports, for a subjectless "-ing" clause the parser hung
    on the telling ("took X on Saturday, residents said, a day after seizing Y", "have
    captured X, residents told AFP, a day after storming Y"): the clause shares the act's
    subject (the residents seized nothing), so it hangs on the act; else the verb itself."""
    if verb.lemma_.lower() not in ATTRIBUTING:
        return verb
    if verb.dep_ == "parataxis" and verb.head.pos_ == "VERB":
        return verb.head  # "X, a local official said, ..."
    acts = [c for c in verb.children if c.dep_ == "ccomp" and c.pos_ == "VERB" and c.i < verb.i]
    return acts[0] if acts else verb  # "took X ..., residents said"


def _period_on_verb(token: Token) -> bool:
    """ "a day", "two weeks", "hours" measuring how long after: a period noun on a verb."""
    return (
        token.dep_ == "npadvmod"
        and token.lemma_.lower() in PERIOD_DAYS
        and token.head.pos_ == "VERB"
    )


def _period_verb(period: Token) -> Token | None:
    """The verb a period noun measures from: its head (`_period_on_verb`), or the verb
    whose object the parser set it beside ("have taken X, a day after seizing Y" with "a
    day" read as an apposition to X: with no day named, nothing else holds the period)."""
    if _period_on_verb(period):
        return period.head
    if (
        period.dep_ == "appos"
        and period.lemma_.lower() in PERIOD_DAYS
        and period.head.dep_ == "dobj"
        and period.head.head.pos_ == "VERB"
    ):
        return period.head.head
    return None


def _in_earlier_act(token: Token) -> bool:
    """The token lies in a subjectless "after/before -ing" clause ("a day after seizing
    Y"): an act told as the background of the sentence's news, however it hangs."""
    return any(
        a.tag_ == "VBG"
        and a.dep_ == "pcomp"
        and a.head.lower_ in ("after", "before")
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in a.children)
        for a in [token, *token.ancestors]
    )


def _earlier_capture(trigger: Token, rule: EventRule) -> bool:
    """ "entered X on Monday, (two days) after retaking Y": a capture told in an "after
    -ing" clause of another capture is its background ("patrol X after overrunning it" is
    the news); so is a capture noun the clause's subject owns ("fell to them a day after
    their seizure of Y"), the nominal form of the same clause."""
    if _owned_earlier_act(trigger, rule):
        return True
    main = _adjunct_head(trigger)
    verbs = {*rule.triggers, *(v for spec in rule.prep_triggers for v in spec.verbs)}
    return main is not None and bool(_forms(main) & verbs) and not _clearing(main)


def _clearing(token: Token) -> bool:
    """ "commandos are clearing the city (of mines)": the fight or the work goes on, no
    capture (a town "cleared" is taken)."""
    return token.lemma_ == "clear" and token.tag_ == "VBG"


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
        if _period_verb(prep.head) is not None:
            counted.append(prep.head)  # ("a day after seizing Y": the day the count)
            # ("have taken X, a day after seizing Y": a period set beside the object tells
            # a main clause with no day of its own, so of the publication's)
            need_phrase = prep.head.dep_ != "appos"
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
        if (
            marks
            and verb.dep_ in ("relcl", "advcl")
            and head.dep_ == "appos"
            and head.lemma_.lower() in PERIOD_DAYS
        ):
            # "took X on Saturday, the second capital to fall, a day after they seized Y":
            # the period read as a second name for the noun before it; its clause's day
            main = _clause_verb(head)
            if main.pos_ in ("VERB", "AUX"):
                return _days_from(head, marks[0], main, sent, published, dated, False)
        earlier = [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i]
        if marks and verb.dep_ == "ROOT" and earlier and earlier[0].pos_ == "VERB":
            # "X fell on Friday, bringing the tally to 17, a week after the insurgents took
            # Y": the clause of time read as the sentence's root, the main clause as what it
            # says; the main clause before it keeps its day
            head, adverbial = earlier[0], True
        if not marks or not adverbial or head.pos_ not in ("VERB", "AUX"):
            return None
        prep, main, need_phrase, counted = marks[0], head, False, list(verb.children)
        # ("the city fell a day after they took X": the period read as the main verb's)
        counted += [c for c in head.children if c.dep_ == "npadvmod" and c.i == prep.i - 1]
    counts = [
        c for c in counted if c.dep_ in ("npadvmod", "appos") and c.lemma_.lower() in PERIOD_DAYS
    ]
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


@lru_cache(maxsize=8)
def _default_words(words: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(f"({re.escape(w)})" for w in words)
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])")


RANKING = {"make", "be", "become"}


def _is_rank(token: Token) -> bool:
    return token.ent_type_ == "ORDINAL" or token.tag_ == "JJS" or token.lower_ in ORDINALS


def _out_of(prep: Token) -> bool:
    """ "ordered the troops out of X": "of" after "out"."""
    return prep.lower_ == "of" and prep.i > 0 and prep.doc[prep.i - 1].lower_ == "out"


# a bulletin's time before its dateline city ("14:10", "0930")
STAMP_TIME = re.compile(r"\d{1,2}[:.]?\d{2}")


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
    if (
        dash is not None
        and (head is None or head > dash + 1)
        and any(t.is_alpha for t in doc[:dash])
        and all(
            (t.text.isupper() and t.is_alpha) or STAMP_TIME.fullmatch(t.text) for t in doc[:dash]
        )
        and not doc[dash + 1].text.isupper()
    ):  # "BULLETIN 14:10 KABUL -- X, capital of Y, has fallen": a bulletin's label and time
        # before the city (not "FLASH — KABUL, Aug 6 —", a label before a dateline)
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
    # (the city after a bulletin's label and time: "BULLETIN 14:10 KABUL --")
    start = max((t.i + 1 for t in doc[:head] if STAMP_TIME.fullmatch(t.text)), default=0)
    words = [t for t in doc[start:head] if t.is_alpha]
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
    # (a feast the tagger takes for an event is a day all the same: "on New Year's Day")
    # (in the trigger's own clause: not "the offensive that ended on New Year's Day")
    dates = [
        e for e in sent.ents
        if e.label_ in ("DATE", "TIME")
        or _feast_entity(e) and _clause_verb(e.root).i == _clause_verb(trigger).i
    ]  # fmt: skip
    # "since Friday, when they took X": a clause of "when" on a day is that day's
    clause = _clause_verb(trigger)
    if clause.dep_ == "relcl" and any(c.lower_ == "when" for c in clause.children):
        named = next((e for e in dates if e.start <= clause.head.i < e.end), None)
        if named is not None and (told := _day_told(named, _date_text(named), published)):
            return told, named.text
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
        if (back := DAYS_EARLIER.fullmatch(ent.text.lower())) is not None:
            # "The insurgents entered X on Sunday. A day earlier they overran Y": the day
            # the sentence (or, naming none, the one before) gives, less the days counted
            day = _day_counted_from(sent, ent, published)
            if day is not None:
                return day - timedelta(days=_count_of(back[1]) * PERIOD_DAYS[back[2]]), ent.text
            continue
        if PREVIOUS_DAY.fullmatch(ent.text.lower()):
            # "wrote on Monday that the team had moved to the airport the previous day"
            base = (resolve_date(e.text, published) for e in dates if e is not ent)
            day = next((d for d in base if d is not None), None)
            if day is not None:
                return day - timedelta(days=1), ent.text
            continue
        text = _date_text(ent)
        if (
            THIS_PART_OF_DAY.fullmatch(text.lower())
            and _clause_verb(ent.root) == _clause_verb(trigger)
            and not any(e.start < dateline or e.end <= label_end for e in dates)
            and any(_clause_verb(e.root) != _clause_verb(trigger) for e in dates)
        ):
            # "X fell on Sunday, and Y went this morning": the clause's own part of the day
            # of publication (not an archive item's, "26 March 1913: ... this morning")
            return (published if dated else None), text
        if YEARS_AGO.fullmatch(text) and YEARS_AGO_TODAY.search(_opening(sent.doc.text)):
            return published, text  # "Thirty years ago [today]": the anniversary's day
        if text.lower() in ("today", "today also") and (pinned := _today_pinned(ent)):
            # "'Today, August 5, troops captured X. Today also, troops captured Y'": the
            # day a statement gave its own "today" holds for its later "today"
            return _day_told(pinned, pinned.text, published), pinned.text
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
    if (issued := _notice_day(sent, published)) is not None:
        return issued
    return (published if dated else None), None


# a mission's notice heading its own first line with the day it was issued, in brackets
# ("Security Alert - U.S. Embassy Yerevan (September 13, 2022)"), the body on the next line
# or after a colon ("US Embassy Juba - Security Message for U.S. Citizens (July 10, 2016):
# Heavy fighting ...", round 37: ub045)
NOTICE_HEADING = re.compile(
    r"\A[^\n]{0,80}\b(?:Embassy|Consulate)\b[^\n]{0,60}"
    r"\(((?:[A-Z][a-z]+ \d{1,2}, \d{4})|(?:\d{1,2} [A-Z][a-z]+ \d{4}))\)[ \t]*(?:\n|:)"
)
# how many days a notice may be published after the day its heading gives
NOTICE_LAG_DAYS = 3


def _notice_day(sent: Span, published: date | None) -> tuple[date, str] | None:
    """The day a mission's notice heading gives, for a sentence of its body that names no
    day: the body is the notice of that day, though a feed publishes it a day or so later
    (tz015)."""
    text = sent.doc.user_data.get(BEFORE, "") + sent.doc.text[: sent.start_char]
    heading = NOTICE_HEADING.match(text)
    if heading is None or published is None:
        return None
    day = resolve_date(heading[1], published)
    if day is None or not 0 <= (published - day).days <= NOTICE_LAG_DAYS:
        return None
    return day, heading[1]


DAYS_LATER = re.compile(
    rf"(a|an|{SMALL_COUNTS}|\d{{1,2}}) "
    r"(day|week|fortnight)s? (?:later|afterwards|on)"
)
# ...and before: "a day earlier they overran X", "two days earlier"
DAYS_EARLIER = re.compile(rf"(a|an|{SMALL_COUNTS}|\d{{1,2}}) (day|week)s? earlier")


def _count_of(word: str) -> int:
    """ "five", "5", "a": the number of periods counted."""
    return int(parse_number(word) or 1)


def _today_pinned(ent: Span) -> Span | None:
    """The date an earlier sentence gave with its own "Today," ("Today, August 5, troops
    ..."), when there is one."""
    for sent in ent.doc.sents:
        if sent.start >= ent.sent.start:
            return None
        dates = [e for e in sent.ents if e.label_ == "DATE"]
        for named in dates:
            if re.match(r"today, \w", named.text.lower()):
                return named  # ("Today, August 5" as one date)
            if (
                named.text.lower() == "today"
                and named.end < sent.end
                and ent.doc[named.end].text == ","
            ):
                after = next((e for e in dates if e.start == named.end + 1), None)
                if after is not None:
                    return after  # ("Today", "12 June")
    return None


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
    """ "25 April", "on April 25", "the nineteenth of June": a month and a day, no year."""
    words = re.findall(r"[a-z]+|\d+", _spelled_days(text).lower())
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


# a dispatch dated in its opening: "PONCE, Porto Rico, July 28. -", "THE HAGUE, May 14. -",
# "Statement of the Ta'ang National Liberation Army, 15 December (unofficial translation):"
DISPATCH_DAY = re.compile(
    r"[^:\n]{0,60}?,\s*(\d{1,2} [A-Z][a-z]+|[A-Z][a-z]+\.? \d{1,2})\.?(?:,? \d{4})?\s*"
    r"(?:\([^)\n]{0,40}\)\s*)?(?:[-\u2013\u2014:|]|\.\s)"
)
# ...up to this many days before the paper that prints it (a morning paper's "July 28")
DISPATCH_LAG = 3


def _dispatch_day(text: str, published: date | None) -> date | None:
    """The day a dispatch's opening dates it, when a day or a few before publication: its
    "today", "this morning", "yesterday" and weekdays are told as of that day, not the
    paper's (dev: c038, i012, tm031, tp036, tr041, tw041, tw072, tx012 date every event
    by it)."""
    if published is None or (match := DISPATCH_DAY.match(text)) is None:
        return None
    day = _line_day(match[1], published)
    if day is not None and day > published:
        day = _in_year(day, day.year - 1)  # "Dec. 31" printed on 2 January
    if day is None or not timedelta(0) < published - day <= timedelta(days=DISPATCH_LAG):
        return None
    return day


SAME_DAY = re.compile(
    r"\b(?:(?:hours|minutes|moments) later|(?:later|earlier) that (?:day|night|evening)"
    r"|earlier in the day"
    r"|that (?:morning|afternoon|evening|night)|by (?:nightfall|dusk|evening|midday|noon)"
    r"|the (?:very )?same (?:day|night|evening|morning|afternoon))\b"
)


# "earlier" bound to the news day: "Earlier on Saturday they seized X", "earlier in the day",
# "earlier that day", "earlier this afternoon"
EARLIER_SAME_DAY = re.compile(
    r"earlier,? (?:on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|today|tonight"
    r"|in the day|that (?:day|morning|afternoon|evening)|the same day"
    r"|this (?:morning|afternoon|evening))\b",
    re.IGNORECASE,
)


def _earlier_same_day(trigger: Token) -> bool:
    """The trigger's clause says "earlier" of the news day itself ("Earlier on Saturday they
    seized X"): an act before the news, on its day, not an older one. Only of the act's own
    verb: an act named by a noun ("had announced the town's fall earlier in the day") may be
    another's telling of it."""
    if trigger.pos_ not in ("VERB", "AUX"):
        return False
    verb = _clause_verb(trigger)
    return any(
        t.lower_ == "earlier" and EARLIER_SAME_DAY.match(t.doc.text, t.idx) is not None
        for c in verb.children
        for t in (c, *c.children)
    )


def _days_earlier(trigger: Token) -> bool:
    """The trigger's clause opens a count of days or hours back with "earlier" ("A day
    earlier they overran X", "two days earlier"): an act with its own day, told from the
    news before it, not an older one (as "a day after X" is asserted with its own day)."""
    if trigger.pos_ not in ("VERB", "AUX"):
        return False
    verb = _clause_verb(trigger)
    if any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children):
        return False  # "the embassy had suspended operations two days earlier": background
    return any(
        t.lower_ == "earlier"
        and DAYS_EARLIER.fullmatch(t.doc[t.left_edge.i : t.i + 1].text.lower()) is not None
        for t in verb.children
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
