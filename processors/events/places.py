"""The places a capture took (`city_captured`): a trigger's place (its object, a path's
end, a city told by its noun or by a rank: "the fourth provincial capital to fall"), the names
listed with it ("took X, Y and Z", "X on Friday and Y on Saturday") and each listed place's
own day.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from datetime import date
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from processors.events.common import (
    MONTHS,
    ORDINALS,
    PLACE_PREPS,
    RANKING,
    WEEKDAYS,
    _clause_verb,
    _dateline_city,
    _dateline_end,
    _in_earlier_act,
    _is_rank,
    _out_of,
    _pack_countries,
    resolve_date,
)
from processors.numbers import parse_number
from processors.rulepack import EventRules
from processors.world import plain, state_capitals, state_table, world_cities

PLACE_LABELS = {"GPE", "LOC", "FAC", "CITY", "PROVINCE", "PLACE"}
# entity types the model gives unknown names ("the town of X" typed as a product)
NAME_LIKE = {"PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "LANGUAGE"}

# the gazetteer's ids of a country ("AF") and of a province ("AF-PAN", ISO 3166-2): a
# region or a country is no city taken (a bare name it shares with its capital is the city's)
REGION_ID = re.compile(r"[A-Z]{2}(?:-[A-Z0-9]{1,3})?")
PATH_PREPS = {"from", "toward", "towards"}
CLAUSE_WORDS = {"NOUN", "VERB", "AUX", "PRON"}

TIMES_OF_DAY = {"dawn", "daybreak", "morning", "noon", "midday", "afternoon", "evening",
                "dusk", "nightfall", "night", "midnight", "sunset", "sunrise"}  # fmt: skip

# verbs of laying siege to or attacking a place ("had surrounded X for a month")
BESIEGING = {"surround", "encircle", "besiege", "attack", "shell", "bombard", "assault",
             "blockade", "pound", "ring"}  # fmt: skip

# nouns of holding a place ("in rebel hands", "under army control")
HOLDING = {"hand", "hands", "control"}

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


DAY_LEADS = frozenset({"on", "late", "early", "by", "later", "earlier"})


# "X went on Sunday morning as well": a place that goes, with nothing after the verb but
# times and adverbs of manner, falls (not "went to the polls", "went quiet", "went on strike")
TIME_PREPS = frozenset(
    {"on", "in", "at", "within", "before", "after", "during", "by", "early", "late", "overnight"}
)


_STATE_WORDS: dict[int, tuple[EventRules, dict[tuple[str, ...], tuple[str, bool]]]] = {}


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


# verbs of taking whose object is the place taken (not "fell", "changed hands")
TAKING = frozenset(
    {"take", "capture", "seize", "overrun", "retake", "recapture", "occupy", "conquer", "storm",
     "liberate", "grab", "regain", "overtake", "win", "free", "secure"}
)  # fmt: skip


TELLING = frozenset({"say", "tell", "report", "announce", "add", "claim", "state"})


COMPASS = frozenset(
    {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
)


def _landmark_of(noun: Token) -> Token:
    """The place a landmark locates ("Y, just 70 km south of X": Y for X), else the noun
    (the parser hangs a relative clause after the landmark on it)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or prep.head.lower_ not in COMPASS:
        return noun
    described = prep.head.head
    return described if described.pos_ == "PROPN" and described.i < noun.i else noun


def _places(trigger: Token, cfg: EventRules) -> list[str]:
    """The named places that is the object (or, used intransitively, the subject) of
    the trigger: "seized Dorvik", "Velo Brin was overrun", "Ghazni fell", "the river
    port of Orvel", "control of Tarvin", "X became the ninth capital to fall"."""
    parts, seats = set(cfg.part_nouns), set(cfg.seat_modifiers)
    if any(c.pos_ == "ADJ" and c.dep_ in ("acomp", "advmod", "oprd") for c in trigger.children):
        return []  # "fell ill", "fell silent", "went quiet": a state, not a capture
    candidates: list[Token] = []
    has_object = any(c.dep_ == "dobj" and not _aside(c, cfg) for c in trigger.children)
    # "the third town the Kurds have taken": a relative clause with no pronoun whose taking
    # verb lacks its object has the noun it describes for that object, and its subject is
    # the taker ("the Kurds"), not a place that fell
    gap = (
        trigger.dep_ == "relcl"
        and not has_object
        and trigger.lemma_.lower() in TAKING
        and not any(c.tag_ in ("WDT", "WP") for c in trigger.children)
    )
    if gap:
        candidates.extend(_object_words(trigger.head, parts, seats))
    for child in trigger.children:
        if child.dep_ == "dobj" and child.tag_ == "WDT" and trigger.dep_ == "relcl":
            candidates.extend(_object_words(trigger.head, parts, seats))  # "X, which they took"
        elif (
            child.dep_ in ("nsubj", "nsubjpass") and child.tag_ == "WDT" and trigger.dep_ == "relcl"
        ):
            if child.dep_ == "nsubj" and has_object:
                continue  # "the coalition, which has seized a string of towns": the taker
            # "X, which fell" ("Y, 70 km south of X, which fell": Y, X its landmark)
            candidates.extend(_object_words(_landmark_of(trigger.head), parts, seats))
        elif child.dep_ in ("dobj", "nsubjpass", "attr") or (
            child.dep_ == "nsubj" and not has_object and not gap
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
                # ...or "at" ("overran the army garrison at X")
                if prep.dep_ == "prep" and prep.lower_ in ("in", "at"):
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
    if not found and any(_counted(t) for t in candidates):
        # "Four more capitals fell on Friday: A, B, C and D" (before the dateline's city)
        found = _spelled_out(trigger, candidates, cfg)
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


# the marks after which a clause spells out the places it counts
SPELLING_MARKS = frozenset({":", "-", "--", "—", "–", ","})


def _spelled_out(trigger: Token, counted: list[Token], cfg: EventRules) -> list[str]:
    """ "Four more provincial capitals fell on Friday: A, B, C and D", "overran three towns
    on Sunday -- A, B and C --", "captured two more capitals on Sunday, A and B", "Three of
    them -- A, B and C -- went on Sunday": a counted city noun (or "three of them") whose
    phrase or clause ends at a colon, dash or comma that a list of as many names follows
    (the parser hangs the names anywhere: on the date, on the next verb). A colon or dash
    may spell out a count it does not give ("capitals fell: A and B"); a comma must give as
    many names as counted, so "took two towns, X said" is no list."""
    doc, sent = trigger.doc, trigger.sent
    nouns = {*cfg.city_nouns, "capital"}
    for noun in counted:
        if noun.tag_ == "NNS" and noun.lemma_.lower() in nouns:
            number = next((c for c in noun.children if c.dep_ == "nummod"), None)
        elif noun.tag_ == "CD" and any(
            p.dep_ == "pobj" and (p.pos_ in ("PRON", "DET") or p.lemma_.lower() in nouns)
            for c in noun.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for p in c.children
        ):
            number = noun  # "three of them", "two of the towns"
        else:
            continue
        count = None
        if number is not None:
            value = PLURAL_COUNTS.get(number.lower_) or parse_number(number.text)
            count = int(value) if value else None
        # the mark closes the counted phrase (a subject: "Three of them -- A, B --") or the
        # clause after the verb ("fell on Friday: A, B")
        own = [
            max(t.i for t in c.subtree if not t.is_punct)
            for c in noun.children
            if c.dep_ not in ("appos", "punct", "conj")
        ]
        start = max([noun.i, *own]) if noun.i < trigger.i else noun.i
        mark = None
        for token in doc[start + 1 : sent.end]:
            if token.i == trigger.i:
                continue
            if token.pos_ in ("VERB", "AUX") or token.text == ";":
                break  # the counting clause has ended
            if token.text in SPELLING_MARKS:
                mark = token
                break
        if mark is None or (mark.text == "," and count is None):
            continue
        limit = sent.end
        if mark.i == sent.end - 1 and mark.i + 1 < len(doc):
            limit = doc[mark.i + 1].sent.end  # the parser often ends the sentence at the colon
        item = _read_item(doc, mark.i + 1, trigger, cfg, limit)
        if item is None:
            continue
        names = [name for name, _ in _list_from(doc[item[1] - 1], trigger, cfg, limit)]
        if len(names) >= 2 and (count is None or len(names) == count):
            return names
    return []


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
    if any(
        c.dep_ == "prep" and c.lower_ == "of" and any(p.pos_ == "PROPN" for p in c.children)
        for c in noun.children
    ):
        return None  # "the Red Sea town of X": its "of" names the place, the words before
        # only describe it
    if noun.tag_ == "NNS" and noun.lemma_.lower() in cfg.city_nouns:
        return None  # "the towns the army has captured": many places, not the last named
        # (`_cities_before` reads a counted plural)
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
        if ranked and pronoun and _in_earlier_act(token):
            # "took X on Saturday, a day after seizing Y, making it the second": the rank
            # restates the news, not the act told as its background
            continue
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
        if _left_standing(token):
            continue  # "X fell, leaving Y the last city in government hands": not Y
        if (name := _place_name(token, trigger, cfg, dateline)) and (
            not bare or _capital_city(name)
        ):
            return name
    return None


def _left_standing(token: Token) -> bool:
    """ "leaving X the only city in government hands", "left X the last holdout": a name
    a fall left as it was, with a second object that describes it."""
    verb = token.head
    return (
        token.dep_ == "dobj"
        and verb.lemma_.lower() == "leave"
        and any(c.i > token.i and c.dep_ in ("dobj", "oprd", "attr") for c in verb.children)
    )


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
        # (not a teller or a taker: "..., the Syrian Observatory said", "X troops entered Y")
        verb = token.head.head if token.dep_ == "appos" else token.head
        if token.dep_ != "nsubjpass" and verb.lemma_.lower() in (*TAKING, *TELLING, "enter"):
            continue
        if _in_earlier_act(token):
            continue  # (not a place in "a day after seizing Y": the background of the news)
        if subject and (name := _place_name(token, trigger, cfg)):
            return name
    # ...else the place it took: "Fighters overran X on Sunday. It was the fifth capital to
    # fall" (not the dateline's city, which `_place_name` leaves out)
    for token in before:
        # ("took control of X", "the port town of X", "swept into X"; not "north of X")
        head = token.head.head
        # ("took control of X" with "of" hung on the verb whose object is "control")
        controls = {head.lemma_.lower()} | {
            c.lemma_.lower() for c in head.children if c.dep_ == "dobj" and head.pos_ == "VERB"
        }
        taken = token.dep_ == "dobj" or (
            token.dep_ == "pobj"
            and (
                token.head.lower_ == "into"
                or token.head.lower_ == "of"
                and ("control" in controls or head.lemma_.lower() in cfg.city_nouns)
            )
        )
        if _in_earlier_act(token):
            continue  # ("took X on Saturday, a day after seizing Y. It was the second ...")
        if taken and token.pos_ == "PROPN" and (name := _place_name(token, trigger, cfg)):
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
    named = token
    while named.dep_ == "conj" and named.head.i < named.i:
        named = named.head  # (the first of a list: "the Steppe and Voronezh fronts")
    if named.dep_ in ("compound", "nmod") and named.head.lower_ in cfg.not_place_words:
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
    if _held_captive(token):
        return None  # "some 1,000 X were taken prisoner": people, no place
    if ent is not None and ent.label_ == "NORP" and token.tag_ == "NNPS":
        return None  # "cleared the Germans from X": a people in the plural, no place
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
            and not _named_by_city_noun(token, cfg)  # "the towns of X and Kafr Zita"
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
    text = _joined_name(token, text)
    words = text.lower().removeprefix("the ").strip()
    if words in countries or words in groups or any(f" {w} " in f" {words} " for w in groups):
        return None
    if words in _state_names(cfg):
        return None  # "Kisangani, Zaire's third city": a state is no city taken
    if words.startswith("operation "):
        return None  # "a day and a half into Operation Storm": a military operation's name
    return text.removeprefix("the ").removeprefix("The ")


# a name joined by a lower-case particle between hyphens ("Pul-e-Hisar", "Mazar-i-Sharif")
JOINED_NAME = re.compile(r"[A-Z][\w'’]*(?:-[a-z]{1,3}-[A-Z][\w'’]*)+")


def _joined_name(token: Token, text: str) -> str:
    """The whole of a name joined by a particle between hyphens that the parser cut into
    parts ("Pul" or "Hisar" of "Pul-e-Hisar"), else `text`."""
    if " " in text:
        return text
    doc = token.doc.text
    start = doc.rfind(" ", 0, token.idx) + 1
    end = doc.find(" ", token.idx)
    word = JOINED_NAME.search(doc[start : end if end >= 0 else len(doc)])
    if word is None or text not in word.group(0):
        return text
    return word.group(0)


def _argument_of(token: Token, trigger: Token) -> bool:
    """ "captured X", "swept (back) into X": the trigger's object, or its preposition's."""
    if token.head == trigger:
        return True
    prep = token.head
    holder = prep.head.head if prep.head.dep_ == "advmod" else prep.head  # "back into X"
    return token.dep_ == "pobj" and prep.lower_ in PLACE_PREPS and holder == trigger


CAPTIVE_NOUNS = frozenset({"prisoner", "captive", "hostage"})


def _held_captive(token: Token) -> bool:
    """A name its verb makes a prisoner ("X were taken prisoner", "held X hostage"): people."""
    while token.dep_ == "compound" and token.head.i > token.i:
        token = token.head  # (any word of the name: "Red" of "Red Guards")
    if token.dep_ not in ("nsubjpass", "dobj", "nsubj"):
        return False
    return any(
        c.dep_ in ("oprd", "attr", "xcomp", "dobj", "acomp") and c.lemma_.lower() in CAPTIVE_NOUNS
        for c in token.head.children
    )


def _named_person(token: Token, ent: Span | None) -> bool:
    """A name the model did not call a place, set in apposition with a noun of a person's
    office or role ("its mayor, X", "X, the veteran commander"), or two names, the second
    a person's ("the capital liberated and X gone"), is a person's name."""
    if ent is not None and ent.label_ in PLACE_LABELS:
        return False
    root = ent.root if ent is not None else token
    # (or a role noun before the name: "veteran commander X")
    nouns = [
        c for c in root.children if c.dep_ == "appos" or c.dep_ == "compound" and c.i < token.i
    ]
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
    """ "X, capital of Y", "X, a market town", "X, the last stronghold of Y": an apposition
    calls the name a place."""
    return any(
        c.dep_ == "appos" and c.lemma_.lower() in {*cfg.city_nouns, *RANKED_NOUNS}
        for c in token.children
    )


def _named_by_city_noun(token: Token, cfg: EventRules) -> bool:
    """ "the nearby town of Sake", "Damboa town": a capitalised word a city noun names,
    whatever its tag."""
    of = token.head
    listed = token
    while listed.dep_ == "conj" and listed.head.i < listed.i:
        listed = listed.head  # "the towns of X and Y"
    called = (  # "overran Damboa town": the name as the lower-case noun's compound
        token.dep_ == "compound"
        and of.i == token.i + 1
        and of.lower_ in cfg.city_nouns
        and token.pos_ == "PROPN"
        and not any(c.dep_ == "det" for c in of.children)  # not "the Baghlan city"
    )
    return called or (
        listed.dep_ == "pobj"
        and listed.head.lower_ == "of"
        and listed.head.head.lemma_.lower() in cfg.city_nouns
        and listed.i > listed.sent.start
    )


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
    listed = [c for c in noun.children if c.dep_ in ("appos", "conj") and not _land_of(c)]
    listed += [c for c in noun.children if c.dep_ == "npadvmod" and c.pos_ == "PROPN"]
    # "Qala-e-Naw, capital of Badghis, fell": a hyphenated name before its apposition's
    # comma read as the noun's modifier
    words += [
        c for c in noun.children
        if c.dep_ == "nmod" and c.pos_ == "PROPN" and noun.i - 2 <= c.right_edge.i < noun.i
        and noun.doc[noun.i - 1].text == ","
    ]  # fmt: skip
    while listed:
        word = listed.pop()
        words.append(word)
        listed.extend(c for c in word.children if c.dep_ in ("conj", "appos"))
        if word.pos_ == "NOUN" and word.lemma_.lower() in towns:
            # "the command's headquarters and Ann town": the town's name before it
            words.extend(
                c for c in word.children
                if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i == word.i - 1
            )  # fmt: skip
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


def _land_of(appos: Token) -> bool:
    """ "Goma, North Kivu, on Tuesday", "into Chattanooga, Tennessee.": a lone name set
    after a place's name between commas (no other name listed with either: a list of two
    takes "and") is the land the place lies in, not a second place taken."""
    noun, doc = appos.head, appos.doc
    return (
        appos.dep_ == "appos"
        and appos.pos_ == "PROPN"
        and noun.pos_ == "PROPN"
        and doc[appos.left_edge.i - 1].text == ","
        and (appos.i + 1 == len(doc) or doc[appos.i + 1].text in (",", "."))
        and not any(c.dep_ in ("appos", "conj") for c in appos.subtree if c.i != appos.i)
        and not any(c.dep_ in ("appos", "conj") and c.i != appos.i for c in noun.children)
    )


# the parts of a town that stand for the town taken: its centre, its main square
CORE_NOUNS = frozenset({"centre", "center", "heart", "core", "downtown", "square", "middle"})


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
    joins: list[str] = []
    while True:
        i, day = _tail(doc, i, limit)
        if day is not None:
            items.extend((n, day) for n in pending)
            pending = []
        nxt = _separator(doc, i, limit)
        item = _read_item(doc, nxt, trigger, cfg, limit) if nxt is not None else None
        if item is None:
            break
        joins.append(doc[nxt - 1].text if nxt is not None else "")
        pending.append(item[0])
        i = item[1]
    items.extend((n, None) for n in pending)
    if joins == [","] and i < len(doc) and doc[i].text in (",", "."):
        return items[:1]  # "Goma, North Kivu, on Tuesday": the land it lies in (`_land_of`)
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
