"""Modality of a claim or event: is the clause that carries it asserted, hedged,
a forecast, conditional, a threat, negated, a recap or another story's headline?

The clause is read from the parse: the predicate verb, the verbs it is the
complement of (xcomp/ccomp/conj, so "threatening to conquer" and "predicts that
... may fall" count) but not the clauses it merely sits beside (advcl/relcl), and
the auxiliaries, adverbs and negations attached to those verbs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from spacy.tokens import Doc, Span, Token

from processors.models import Claim, Modality
from processors.rulepack import ModalityCues

PRIORITY: tuple[Modality, ...] = (
    "other_story",
    "negated",
    "conditional",
    "threatened",
    "forecast",
    "hedged",
    "recap",
    "asserted",
)
_LABEL = re.compile(r"^([a-z]+(?: [a-z]+){0,2}):\s+\S")  # a short label and a colon
# "ALSO ON THIS STORY: ...", "Also in the news: ...": a label pointing to more reading
_ALSO_LABEL = re.compile(r"^(?:see |read )?also(?: [a-z']+){0,4}:\s+\S")
CLIMB_DEPS = {"xcomp", "ccomp", "conj", "pcomp", "acomp", "oprd", "auxpass", "aux"}
VERBAL = {"VERB", "AUX"}
# words of a multiple that compare a figure with another ("double last year's figure")
MULTIPLES = {"double", "twice", "triple", "treble", "half", "thrice"}
FINITE = {"VBD", "VBZ", "VBP"}
# forecast verbs that, over a past tense, measure what happened ("estimate ... burned")
MEASURING = {"estimate", "calculate", "reckon"}
# adjectives that put the infinitive after them in a time to come ("is likely to weaken to
# a Category 1", "is set to pass 500", "is due to reach")
FORECAST_ADJECTIVES = {"likely", "unlikely", "set", "poised", "due", "bound", "certain", "sure",
                       "expected", "liable", "apt"}  # fmt: skip
# verbs of a count or storm moving to a value: with "could" or "may" ("could reach 500",
# "may strengthen to a Category 4") the value lies ahead, a forecast; "may have reached",
# "may be as high as" doubt the present value (hedged)
REACHING = {"reach", "pass", "top", "hit", "near", "approach", "rise", "climb", "grow",
            "increase", "double", "triple", "jump", "soar", "swell", "mount", "balloon",
            "strengthen", "intensify"}  # fmt: skip
# the verdict of a fact check that finds the claim it checks wrong ("Our verdict: false",
# "RATING: Misleading", "Verdict - Fake")
VERDICT = re.compile(
    r"\b(?:verdict|rating|ruling|conclusion|assessment|fact)\s*[:|\-\u2013\u2014]\s*"
    r"(?:it'?s\s+|this is\s+)?(?:mostly\s+|partly\s+|largely\s+)?"
    r"(?:false|fake|misleading|incorrect|untrue|wrong|fabricated|baseless|unfounded"
    r"|not true|no evidence|unproven|unsupported|pants on fire|four pinocchios)\b"
)
# ...and the claim it checks: a line labelled as the claim, or what a post, video or
# screenshot "says"
CHECKED_LABEL = re.compile(r"^\W*(?:the |viral |online |a )?claims?\s*[:|\-\u2013\u2014]\s*\S")
CHECKED_SOURCE = re.compile(
    r"\b(?:videos?|posts?|screenshots?|messages?|tweets?|clips?|images?|photos?|pictures?"
    r"|memes?|graphics?|rumou?rs?|claims?|captions?|headlines?|stor(?:y|ies)|threads?)\b"
    r"[^.]{0,80}?\b(?:says?|said|claims?|claimed|shows?|showed|suggests?|alleges?"
    r"|purports?|asserts?|insists?)\b"
)
# words that set a figure against another ("compared with 190 last week", "against 858")
COMPARING = {"compared", "versus", "against", "vs"}
# nouns that name a count itself: a date on them dates the count ("last week's toll")
COUNT_NOUNS = {"toll", "tally", "count", "total", "number", "figure", "estimate", "death",
               "case", "infection", "fatality", "casualty", "acre", "hectare",
               "category"}  # fmt: skip


@dataclass(frozen=True)
class Reading:
    """The modality of one clause and who it is attributed to, if anyone."""

    modality: Modality
    attributed_to: str | None = None


def is_other_story(sentence: Span | str, cues: ModalityCues, headlines: Iterable[str] = ()) -> bool:
    """A "Read Also"/"Related" line or one of the article's other-story headlines."""
    text = sentence if isinstance(sentence, str) else _line_so_far(sentence)
    lowered = text.strip().lstrip("(").lower()
    own = lowered if isinstance(sentence, str) else sentence.text.strip().lstrip("(").lower()
    if any(w.startswith(p) for w in (lowered, own) for p in cues.other_story_prefixes):
        return True  # "... said. Read more: Helene hit" on one line: the sentence's own label
    if _ALSO_LABEL.match(own) or _ALSO_LABEL.match(lowered) and _only_label_before(lowered, own):
        return True  # not "Also this week: X opens. The flood it marks killed 147": an item
    if not isinstance(sentence, str) and _label_before(sentence, cues):
        return True
    if not isinstance(sentence, str) and other_story_line(sentence, cues):
        return True
    if (
        not isinstance(sentence, str)
        and _body_before(sentence)
        and any(w.startswith(p) for w in (lowered, own) for p in cues.archive_labels)
    ):
        return True  # "... said on Friday.\nFrom the archive: the 1968 quake that killed 410"
    label = _LABEL.match(lowered)
    if label and any(lowered[label.end() - 1 :].startswith(p) for p in cues.other_story_prefixes):
        return True  # "Anniversary coverage: Read more: ...": the pointer after a section label
    if any(
        (m := _LABEL.match(w)) and set(m.group(1).split()) <= set(cues.pointer_words)
        for w in (lowered, own)
    ):
        return True  # "Listen next: ...", "Coming up next: ...": a label of pointer words only
    if label and label.group(1).strip() not in cues.own_story_labels:
        # "Further reading: Toll Rises To 50": a short label and a Title Case headline
        words = [w for w in text.strip()[label.end() - 1 :].split() if len(w) > 3]
        if len(words) >= 2 and sum(w[0].isupper() for w in words) >= 0.8 * len(words):
            return True
    norm = " ".join(lowered.split())
    for headline in headlines:
        h = " ".join(headline.lower().split())
        if h and (h in norm or norm in h and len(norm) > 20):
            return True
    return False


# a list item's mark: a bullet, arrow or dash, or "1." / "2)"
_BULLET = re.compile(
    r"^(?:[\u2022\u25ba\u25b6\u25aa\u25cf\u00b7\u00bb>*\u2013\u2014-]|\d{1,2}[.)])\s+"
)
# a year the line dates its own event to: "Floods of 1999 ...", "in 1999", "(1999)", "1999:"
# or a line opening with it ("1996 Lark fire burned ..."); not "since 1999", a comparison
_OWN_YEAR = re.compile(r"(?:^|\b(?:of|in|the)\s+|\()(?:1[5-9]\d\d|20\d\d)\b", re.I)
_ENDS_SENTENCE = re.compile(r"[.!?:;][\"'\u201d\u2019)\]]*$")
HEADLINE_MAX_WORDS = 25
LABEL_MAX_WORDS = 6


def other_story_line(sent: Span, cues: ModalityCues) -> bool:
    """A line, by its shape, that names another story: a headline (a line that does not end
    as a sentence) or a list item under a line that is only a pointer label ("Related
    stories", "MORE ON THIS STORY", "From our archive", "Most read"); a list item of
    headline shape with a year of its own or in Title Case ("\u2022 Floods of 1999 killed
    33"); or a headline-shaped line with a year of its own set after the story's body has
    begun ("Orm valley landslide of 1974 killed 140" under a sentence of today's news).
    The passage's own first line (its headline) and the story's own list items ("\u2022 Two
    firefighters have died") are not."""
    lines = _lines(sent.doc)
    at = next((i for i, (start, _) in enumerate(lines) if start > sent.start_char), len(lines))
    i = at - 1
    if i <= 0:
        return False  # the passage's own headline or first line
    line = lines[i][1]
    item = _BULLET.match(line)
    body = line[item.end() :] if item else line
    if _ENDS_SENTENCE.search(body) or len(body.split()) > HEADLINE_MAX_WORDS:
        return False
    for j in range(i - 1, -1, -1):
        above = lines[j][1]
        pointer = _pointer_label(above, cues.other_story_prefixes)
        if pointer or (_pointer_label(above, cues.archive_labels) and _told(lines[:j])):
            return True  # under "Related stories": every headline and item down to here
        if _ENDS_SENTENCE.search(above) and not _BULLET.match(above):
            break
    own_year = bool(_OWN_YEAR.search(body))
    if item:
        words = [w for w in body.split() if len(w) > 3 and w.isalpha()]
        title = len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)
        return own_year or title
    # a bare headline with its own year, once a sentence of the story has been told
    return own_year and _told(lines[:i])


def _told(lines: list[tuple[int, str]]) -> bool:
    """Some line ends as a sentence: the story's body has begun."""
    return any(_ENDS_SENTENCE.search(text) for _, text in lines)


def _body_before(sent: Span) -> bool:
    """A sentence of the story ends on a line before the sentence's own."""
    lines = _lines(sent.doc)
    return _told([(start, text) for start, text in lines if start + len(text) < sent.start_char])


def _pointer_label(line: str, labels: Iterable[str]) -> bool:
    """A line that is only a label pointing to other stories: "Related stories", "MORE ON
    THIS STORY", "Read more", "From our archive:" (a few words, no figure, no sentence)."""
    text = line.strip().rstrip(":").strip().lower()
    if not text or len(text.split()) > LABEL_MAX_WORDS or any(c.isdigit() for c in text):
        return False
    if _ENDS_SENTENCE.search(text):
        return False
    for prefix in labels:
        label = prefix.rstrip(":").strip()
        if prefix.endswith(":") and text == label:
            return True  # "More", "Latest": a bare label, not "More rain expected"
        if not prefix.endswith(":") and (text == label or text.startswith(label + " ")):
            return True
    return False


def _lines(doc: Doc) -> list[tuple[int, str]]:
    """The passage's non-empty lines as (character offset, text), read once per doc."""
    cached = doc.user_data.get("tocsin_lines")
    if cached is None:
        cached, offset = [], 0
        for raw in doc.text.split("\n"):
            if raw.strip():
                cached.append((offset + len(raw) - len(raw.lstrip()), raw.strip()))
            offset += len(raw) + 1
        doc.user_data["tocsin_lines"] = cached
    return cached


def _only_label_before(line: str, own: str) -> bool:
    """What precedes the sentence on its line is only an "Also ...:" label (the pointer's
    headline split off it), not a sentence of its own."""
    before = line[: len(line) - len(own)].strip() if line.endswith(own) else line
    return bool(re.fullmatch(r"(?:see |read )?also(?: [a-z']+){0,4}:", before))


def _label_before(sent: Span, cues: ModalityCues) -> bool:
    """ "... on Monday. READ MORE | Toll rises to 27" on one line: the sentence before,
    on the same line, is only an other-story label."""
    if sent.start == 0 or "\n" in sent.doc[sent.start - 1].text_with_ws:
        return False
    previous = sent.doc[sent.start - 1].sent
    if previous.text.strip() == "|" and previous.start > 0:
        previous = sent.doc[previous.start - 1].sent  # "READ MORE | Toll ...": past the bar
    before = previous.text.strip(" |:-\u2013\u2014").lower()
    return any(before == p.rstrip(":").strip() for p in cues.other_story_prefixes)


def _line_so_far(sent: Span) -> str:
    """The sentence with what precedes it on its line: "READ NEXT: Toll rises" is
    parsed as two sentences, and the label of the first marks the second."""
    doc, start = sent.doc, sent.start
    while start > 0 and "\n" not in doc[start - 1].text_with_ws:
        start -= 1  # walk tokens, never doc.text: that joins the whole article per call
    return doc[start : sent.end].text


def clause_verbs(token: Token, reports: Iterable[str] = ()) -> list[Token]:
    """The verb that governs `token` and the verbs its clause is a complement of
    (`reports`: nouns whose infinitive is a reported act, "claims to have taken X")."""
    report_nouns = set(reports)
    verb = token
    # (a word the tagger calls a noun, with a subject and the "to" of an infinitive, is a
    # verb: "expect the storm to peak as a Category 3")
    while verb.pos_ not in VERBAL and not _noun_infinitive(verb) and verb.head.i != verb.i:
        verb = verb.head
    chain = [verb]
    while verb.head.i != verb.i:
        if verb.dep_ == "conj" and _tensed(verb) and _modal(verb.head):
            break  # "would cut its staff and urged citizens": the modal is not shared
        if _semicolon_between(verb, verb.head):
            break  # "...; organisers expect 400 million visitors": a statement of its own
        if _contrast_with_own_subject(verb):
            break  # "have not released a toll, but hospitals say 41 died": its own statement
        if _told_how(verb):
            break  # "might now explain how 33 capitals changed hands": a fact asked about
        if _subordinate_after(verb) or _second_complement(verb):
            break  # "rose to 15,000, ..., with thousands still believed buried": misparsed
        if verb.dep_ in CLIMB_DEPS or verb.dep_ == "advcl" and _infinitive(verb):
            verb = verb.head  # "will fly in troops to help reduce staff": a purpose
        elif verb.dep_ in ("acl", "relcl") and verb.head.dep_ in ("attr", "oprd"):
            verb = verb.head.head  # "X would be the 16th capital taken": the copula governs
        elif (
            verb.dep_ in ("acl", "ccomp", "relcl")
            and verb.head.pos_ == "NOUN"
            and (_has_that(verb) or _infinitive(verb) and verb.head.lower_ in report_nouns)
        ):
            # "denied reports that the toll had reached 5,000", "rejected claims to
            # have taken X": the noun's verb governs
            noun = verb.head
            if noun.head.pos_ not in VERBAL or noun.dep_ not in ("dobj", "nsubj", "pobj"):
                break
            verb = noun.head
        else:
            break
        chain.append(verb)
    return chain


def _noun_infinitive(token: Token) -> bool:
    return (
        token.pos_ == "NOUN"
        and _infinitive(token)
        and any(c.dep_ == "nsubj" for c in token.children)
    )


def _semicolon_between(a: Token, b: Token) -> bool:
    low, high = sorted((a.i, b.i))
    return any(t.text == ";" and low < t.i < high for t in (*a.children, *b.children))


def _contrast_with_own_subject(verb: Token) -> bool:
    """A conjunct with a subject of its own after "but" or "yet": the contrast is a
    statement of its own, and the first clause's "not" or modal does not carry over. So is
    one with a subject and a "that" of its own after any conjunction ("said they had not
    identified the victims and that 14 people had died": a second thing said), and a tensed
    verb after "but" with none ("denied shelling the town but said 12 were killed")."""
    if verb.dep_ != "conj":
        return False
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    if own_subject and any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children):
        return True
    contrast = any(
        c.dep_ == "cc" and c.lower_ in ("but", "yet") and c.i < verb.i for c in verb.head.children
    )
    return contrast and (own_subject or verb.tag_ in ("VBD", "VBZ", "VBP"))


def _told_how(verb: Token) -> bool:
    """A clause opened by "how" or "why" ("explain how 33 capitals fell", "ask why 57
    died"): it tells a fact the verb above asks or explains, so that verb's modal or
    negation is not the fact's."""
    return verb.dep_ in ("ccomp", "xcomp", "pcomp") and any(
        c.dep_ == "advmod" and c.lower_ in ("how", "why") and c.i < verb.i for c in verb.children
    )


def _subordinate_after(verb: Token) -> bool:
    """The verb's head is a subordinate clause opened after it ("The toll rose to 15,000,
    the agency said, with tens of thousands still believed buried", parsed with "believed"
    as the head): a later clause of circumstance governs nothing before it."""
    return verb.dep_ in ("ccomp", "conj") and any(
        c.dep_ == "mark" and c.i > verb.i and c.lower_ not in ("that", "to")
        for c in verb.head.children
    )


def _second_complement(verb: Token) -> bool:
    """ "Winston crossed ... as a Category 5, ..., and the government warned that the toll
    would rise": a clause before a verb that has its own complement clause after it is no
    complement of that verb (a verb takes one), only a statement the parser hung there."""
    head = verb.head
    return (
        verb.dep_ == "ccomp"
        and verb.i < head.i
        and any(c.dep_ == "ccomp" and c.i > head.i for c in head.children)
    )


def _tensed(verb: Token) -> bool:
    """A finite verb, or one with a tensed auxiliary of its own ("and that staff had been
    told"): a conjunct with its own tense shares no modal."""
    return verb.tag_ in FINITE or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE for c in verb.children
    )


def _modal(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _has_that(verb: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)


def read_modality(
    token: Token,
    cues: ModalityCues,
    extra_recap: Iterable[str] = (),
    tokens: Iterable[Token] = (),
    current_year: int | None = None,
) -> Reading:
    """The modality of the clause carrying `token` (`tokens`: more words of the
    claim, e.g. the number, whose modifiers count too; `current_year`: the year the
    article was published, which dates no recap)."""
    found = set(_cues(token, cues, set(extra_recap), list(tokens), current_year))
    if _unverified_source(token, cues):
        found.add("hedged")
    modality = next(m for m in PRIORITY if m in found or m == "asserted")
    return Reading(modality, _attribution(token, cues))


def ratio_phrase(sent: Span, number: Span) -> set[int]:
    """The words of a ratio set off by a comma after the count ("has spread to 1,200
    hectares, the agency said, double the area two days ago"; "6,820 cases since the start
    of the year, more than three times last year's total"), to the next comma: their time is
    that of the figure the count is measured against, wherever the parser hangs it."""
    out: set[int] = set()
    for t in sent.doc[number.end : sent.end]:
        if out and t.text in (",", ";", ":", "\u2014"):
            break
        if not out and (t.lower_ in MULTIPLES or t.lower_ == "times" and t.i > number.end):
            start = max(sent.start, t.i - 4)
            if not any(w.text == "," for w in sent.doc[start : t.i]):
                continue
        if out or t.lower_ in MULTIPLES or t.lower_ == "times":
            out.add(t.i)
    return out


def _cues(
    token: Token,
    cues: ModalityCues,
    extra_recap: set[str],
    tokens: list[Token],
    current_year: int | None = None,
) -> Iterator[Modality]:
    chain = clause_verbs(token, cues.report_nouns)
    own = chain[0]
    recap = set(cues.recap_adverbs) | extra_recap
    # a relative clause dates its noun, not the clause ("the quake that struck last week")
    # ...and "up from 74 a week ago" dates the older figure
    relative = [t for t in own.subtree if t.dep_ == "relcl" and t.i != own.i] + [
        c for c in own.children if c.lower_ in ("up", "down", "compared")
    ]
    # ...wherever the comparison hangs ("has infected 312, officials said, compared with
    # 190 last week")
    relative += [
        t
        for t in own.subtree
        if t.lower_ in COMPARING and t.dep_ in ("prep", "advcl") and token not in t.subtree
    ]
    # "killed 63 people, double last year's figure": the figure compared with has its date
    relative += [
        c
        for c in own.children
        if c.dep_ in ("npadvmod", "appos")
        and any(a.lower_ in MULTIPLES for a in c.children if a.dep_ in ("amod", "predet"))
    ]
    # "..., the first storm of that strength since Felix in 2007": an appositive ranking the
    # news against the past dates the record, not the clause
    relative += [
        c
        for c in own.children
        if c.dep_ in ("appos", "dep", "npadvmod")
        and c.pos_ in ("NOUN", "PROPN")
        and token not in c.subtree
        and any(t.lower_ == "since" for t in c.subtree)
    ]
    # "since Katrina in 2005", "since March last year", "last week's floods" date the
    # start of a count or name an event, not the clause
    relative += [
        t
        for t in own.subtree
        if t.lower_ == "since"
        and t.dep_ in ("prep", "mark")
        or t.dep_ == "poss"
        and t.ent_type_
        and t.head.dep_ == "pobj"  # "the toll from last week's floods"
        # "Last week's blast has now killed 19": a dated event named as the subject of a
        # count that holds now (not "last week's toll was 40", the count's own date)
        or t.dep_ == "poss"
        and t.ent_type_ in ("DATE", "TIME")
        and t.head.dep_ in ("nsubj", "nsubjpass")
        and t.head.lemma_.lower() not in COUNT_NOUNS
        and holds_now(own)
    ]
    # "the fourth town they have taken this month, after seizing Voinjama last week": an
    # earlier act in an "after V-ing" phrase has its own time, not the count's
    relative += [
        t
        for t in own.subtree
        if t.dep_ == "prep"
        and t.lower_ in ("after", "before")
        and token not in t.subtree
        and any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in t.children)
    ]
    # "the second provincial capital to fall, after Goma in late January": an afterthought
    # naming what came before, with the time phrase the parser hangs beside it
    for item in own.subtree:
        if token not in item.subtree and (earlier := earlier_item(item)):
            relative += earlier
    # ...wherever "up from 151" hangs ("died last night, up from 151 earlier this morning"
    # read with "up" under "morning"): the phrase of the clause that holds it
    for part in own.subtree:
        # ("up 113 cases on last week": the increment over an earlier count)
        if part.lower_ in ("up", "down") and any(c.lower_ in ("from", "on") for c in part.children):
            top = part
            while top.head.i != own.i and top.head.i != top.i:
                top = top.head
            if top.head.i == own.i and token not in top.subtree:
                relative.append(top)
                # ("down from Category 5 when it struck the Marianas last week": the "when"
                # clause right after the older value is its own, wherever the parser hangs it)
                relative += [
                    c
                    for c in own.children
                    if c.dep_ == "advcl"
                    and c.left_edge.i == top.right_edge.i + 1
                    and c.left_edge.lower_ in ("when", "as", "while")
                    and token not in c.subtree
                ]
        # ("122 percent more than in the same period last year", "three times as many as
        # last year": the time of the figure compared with, not of this one)
        if (
            part.lower_ in ("than", "as")
            and part.dep_ == "prep"
            and (part.head.tag_ in ("JJR", "RBR") or part.head.lower_ in ("many", "much"))
        ):
            top = part
            while top.head.i != own.i and top.head.i != top.i:
                top = top.head
            if top.head.i == own.i and token not in top.subtree:
                relative.append(top)
    inner = {t.i for clause in relative for t in clause.subtree}
    figure = next((t for t in tokens if t.like_num), None)
    if figure is not None:
        # ("..., double the area two days ago": a ratio's words, wherever they hang)
        inner |= ratio_phrase(figure.sent, figure.doc[figure.i : figure.i + 1])
    spans = [range(e.start, e.end) for e in token.doc.ents]
    inner |= {i for span in spans if inner.intersection(span) for i in span}
    # a date inside a clause of its own ("an epidemic introduced in 2010", "making it the
    # deadliest since Katrina in 2005") dates that clause, unless it says when the
    # clause happened ("died when the dam burst in 2019")
    dated = {
        t.i
        for c in own.subtree
        if c.i != own.i
        and c.dep_ in ("ccomp", "advcl", "acl", "csubj")
        and c.pos_ in VERBAL
        and not any(m.dep_ in ("mark", "advmod") and m.lower_ == "when" for m in c.children)
        for t in c.subtree
    }
    recap_text = " ".join(t.lower_ for t in own.subtree if t.i not in inner | dated)
    # "so far in 2025", "in 2025" in an article of 2025: the current year, no background
    recap_text = re.sub(r"\bso far in \d{4}\b", " ", recap_text)
    if current_year is not None:
        recap_text = re.sub(rf"\bin {current_year}\b", " ", recap_text)
    # "weakened to a Category 4 and is expected to come ashore as a 3": the later
    # conjunct's forecast words are its own
    later = {
        t.i
        for c in own.children
        if c.dep_ == "conj" and c.pos_ in VERBAL and c.i > token.i
        for t in c.subtree
    }
    # ...and so are those of a conjunct hung on the attribution ("strengthened into a
    # Category 5, the center said, and was expected to become the strongest")
    later |= {
        t.i
        for p in own.children
        if p.dep_ == "parataxis"
        for c in p.children
        if c.dep_ == "conj" and c.pos_ in VERBAL and c.i > token.i
        for t in c.subtree
    }
    # ...and those of a clause that only places a figure in time ("made landfall as a
    # Category 2, a day before the Pope was due to fly to the region"; an event's trigger is
    # left as it was: the events reader misnames some places such clauses follow)
    if any(t.like_num for t in (token, *tokens)):
        later |= {
            t.i
            for c in own.subtree
            if c.dep_ == "advcl"
            and token not in c.subtree
            and any(b.lower_ in ("before", "until") and b.i < c.i for b in c.subtree)
            for t in c.subtree
        }
    forecast_text = " ".join(t.lower_ for t in own.subtree if t.i not in inner | later)
    if fact_checked(token.sent):
        yield "negated"  # "CLAIM: X fell on Monday. RATING: False."
    if _inverted_opening(token):
        yield "conditional"  # "Were the storm to reach Category 5, ..."
    for t in tokens:
        for child in t.children:
            if child.lower_ in cues.negation_words and child.dep_ in ("neg", "det"):
                yield "negated"
            if child.lower_ in cues.hedge_adverbs:
                yield "hedged"
    noun = None
    if own.dep_ == "acl" and own.head.pos_ == "NOUN" and _infinitive(own):
        noun = own.head  # "had no plans to close", "plans to evacuate"
    elif own.dep_ == "pcomp" and own.head.lower_ == "of" and own.head.head.pos_ == "NOUN":
        noun = own.head.head  # "has no intention of evacuating"
    if noun is not None:
        if any(c.dep_ == "det" and c.lower_ in cues.negation_words for c in noun.children):
            yield "negated"
        elif noun.lemma_ in cues.forecast_verbs:
            yield "forecast"
        elif noun.lemma_ in cues.threat_verbs:
            yield "threatened"  # "an attempt to seize X was repelled": tried, not done
    for depth, verb in enumerate(chain):
        if depth > 0:
            # Cues carried by the verbs our clause is the complement of.
            if verb.lower_ in FORECAST_ADJECTIVES and chain[depth - 1].dep_ == "xcomp":
                yield "forecast"  # "is likely to weaken to a Category 1"
            if _be_to(verb, chain[depth - 1]):
                yield "forecast"  # "Norway is to close its embassy": the "be to" future
            if verb.lemma_ in cues.threat_verbs:
                yield "threatened"
            if (
                verb.lemma_ == "warn"
                and chain[depth - 1].i < verb.i
                and _stated_past(chain[depth - 1])
            ):
                # "Tomas was upgraded to a category 4 overnight, ..., the service warned": a
                # warning's attribution after what it tells done is no forecast of it
                pass
            elif verb.lemma_ in cues.forecast_verbs and _past(chain[depth - 1]):
                # "officials estimate the fire burned 2,170 acres": a measure of the past;
                # "fear 300 died": an uncertain present value, no forecast
                if verb.lemma_ not in MEASURING:
                    yield "hedged"
            elif verb.lemma_ == "fear" and _stated_state(chain[depth - 1], cues):
                # "fears as many as 500 are dead", "fear the real figure may be as high as
                # 10,000": a feared present state no one has checked, no forecast
                yield "hedged"
            elif verb.lemma_ in cues.forecast_verbs:
                yield "forecast"
            # ("rejected reports of a cover-up and said nine cases had been confirmed": a
            # conjunct verb is a second statement, not a thing the denial denies)
            if verb.lemma_ in cues.negation_verbs and not _conjunct_of(chain[depth - 1], verb):
                yield "negated"
            if verb.lemma_ in cues.hedge_verbs:
                yield "hedged"
            if verb.lemma_ in cues.attribution_verbs and any(
                c.dep_ == "nsubj" and any(a.lower_ in cues.hedge_adverbs for a in c.children)
                for c in verb.children
            ):
                yield "hedged"  # "unconfirmed reports said X had fallen"
        if _some_sources(verb, token):
            yield "hedged"  # "some estimates put the toll at half a million"
        # "was not a Category 5 but a Category 4": the figure after "but" is affirmed
        # ...also when the figures are the verb's complements ("was not a Category 5 but a
        # strong Category 4")
        affirmed = depth == 0 and any(
            t.dep_ == "conj"
            and any(
                h.i == verb.i or h.head.i == verb.i and h.i == t.head.i
                for h in (t.head,)
                for c in (verb.children if h.i == verb.i else h.children)
                if c.dep_ == "cc" and c.lower_ == "but" and c.i < t.i
            )
            for t in tokens
        )
        for child in verb.children:
            word = child.lower_
            if child.dep_ == "aux" and _hyphen_piece(child):
                pass  # "Typhoon Co-may made landfall": a piece of a name, no modal
            elif child.dep_ == "neg" and affirmed and child.i < min(t.i for t in tokens):
                pass
            elif child.dep_ == "neg" or (child.dep_ == "advmod" and word in ("never",)):
                yield "negated"
            elif child.dep_ == "acomp" and child.lemma_.lower() in cues.negation_adjectives:
                yield "negated"  # "reports of 90 cases were inaccurate"
            elif child.dep_ == "aux" and word in cues.forecast_modals:
                yield "forecast"
            elif (
                child.dep_ == "aux"
                and word in cues.conditional_modals
                and any(v.lemma_ in cues.forecast_verbs for v in chain[depth + 1 :])
                and not any(
                    m.dep_ == "mark" and m.lower_ in cues.conditional_marks for m in verb.children
                )
            ):
                # "forecasters predicted the storm would reach Category 5": the future seen
                # from the past of a verb of foreseeing, no condition
                yield "forecast"
            elif (
                child.dep_ == "aux"
                and word in cues.conditional_modals
                and _reported_future(verb, chain[depth + 1 :], cues)
            ):
                # "Sweden said it would shut its embassy": "will" put in the past of a verb
                # of saying, a plan told, no condition
                yield "forecast"
            elif child.dep_ == "aux" and word in cues.conditional_modals:
                yield "conditional"
            elif (
                child.dep_ == "aux"
                and word == "can"
                and depth > 0
                and verb.lemma_ in cues.attribution_verbs
            ):
                pass  # "we can now tell you 14 are dead", "I can confirm": said, no doubt
            elif child.dep_ == "aux" and word in cues.hedge_modals:
                ahead = _has_horizon(verb, cues) or _reaching(verb)
                yield "forecast" if ahead else "hedged"
            elif child.dep_ == "aux" and word == "should" and child.i < _subject_index(verb):
                yield "conditional"  # "should X be confirmed"
            elif (child.dep_ == "mark" and word in cues.conditional_marks) or (
                child.dep_ == "advcl" and _is_condition(child, cues)
            ):
                yield "conditional"
            elif child.dep_ in ("advmod", "npadvmod") and word in cues.hedge_adverbs:
                yield "hedged"
            elif child.dep_ in ("advmod", "npadvmod") and word in recap and depth == 0:
                yield "recap"
            elif depth == 0 and _long_held(verb, child):
                yield "recap"  # "Long listed as a Category 4, Audrey is classed as a 3"
        # "is expected to", "is projected"; not "the fire is now estimated at 131,000 acres",
        # a measure of what is (its bound "about", its doubt the claims' own)
        measured = verb.lemma_ in MEASURING and any(c.lower_ == "at" for c in verb.children)
        forecast = verb.lemma_ in cues.forecast_verbs and verb.tag_ == "VBN" and not measured
        if forecast and verb.i == token.i and _warned_to(verb):
            # "the embassy has warned Americans to leave", "had warned them on Wednesday to
            # leave": a warning told done, an instruction, not a passive "is expected to"
            forecast = False
        if depth == 0 and forecast:
            yield "forecast"
        if depth == 0 and verb.lemma_ in cues.hedge_verbs and verb.tag_ == "VBN":
            yield "hedged"  # "300 are believed dead"
        if (
            depth == 0
            and verb.lemma_ in cues.negation_verbs
            and any(_report_denied(t, verb, cues) for t in (token, *tokens))
        ):
            yield "negated"  # "denied reports of 15 deaths": the report's figure, denied
    # "ordered staff to leave, as rebels threatened to march on the capital": a threat in
    # an adverbial clause of its own is the clause's background, not the act's modality
    aside = {
        t.i
        for c in own.subtree
        if c.dep_ == "advcl"
        and token not in c.subtree
        and any(m.dep_ == "mark" and m.lower_ in ("as", "while", "after") for m in c.children)
        for t in c.subtree
    }
    # ...and so is a joined clause with its own subject ("took X on Tuesday and a spokesman
    # threatened to move on Y")
    aside |= {
        t.i
        for c in own.children
        if c.dep_ == "conj"
        and c.pos_ in ("VERB", "AUX")
        and token not in c.subtree
        and any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)
        for t in c.subtree
    }
    clause_text = " ".join(t.lower_ for t in own.subtree if t.i not in inner | aside)
    if any(phrase in clause_text for phrase in cues.threat_phrases):
        yield "threatened"
    if any(phrase in forecast_text for phrase in cues.forecast_words):
        yield "forecast"
    # at a word's start: "ago" is no recap in "Lagos", "in 20" still is in "in 2019"
    if _names_recap_date(recap_text, cues):
        yield "recap"
    if _dated_antecedent(own, cues, current_year) or any(
        _dated_antecedent(c, cues, current_year)
        for t in tokens
        for c in t.children
        if c.dep_ == "acl"  # "below the 410 killed by the floods of 1996"
    ):
        yield "recap"


def _hyphen_piece(token: Token) -> bool:
    """The word ends a hyphenated word the tokenizer split ("Co-may", "Ma-on"): no word of
    its own."""
    doc = token.doc
    return (
        token.i >= 2
        and doc[token.i - 1].text == "-"
        and not doc[token.i - 1].whitespace_
        and not doc[token.i - 2].whitespace_
    )


def _conjunct_of(verb: Token, head: Token) -> bool:
    """`verb` is a conjunct of `head` that takes a subject or object of its own or says
    something ("... and said nine cases had been confirmed")."""
    return (
        verb.dep_ == "conj"
        and verb.head.i == head.i
        and verb.pos_ == "VERB"
        and any(c.dep_ in ("ccomp", "dobj", "nsubj", "nsubjpass") for c in verb.children)
    )


def _report_denied(token: Token, verb: Token, cues: ModalityCues) -> bool:
    """ "The ministry denied foreign media reports of 15 deaths", "dismissing claims of 300
    dead as rumour": the figure sits in the object of a verb of denying, inside a report
    noun's "of" phrase, as "denied reports that 15 had died" puts it in the noun's clause."""
    node, under = token, False
    while node.head.i != node.i and node.i != verb.i:
        if node.lower_ in cues.report_nouns and under:
            return node.dep_ == "dobj" and node.head.i == verb.i
        under = under or node.lower_ == "of"
        node = node.head
    return False


def earlier_item(prep: Token) -> list[Token]:
    """An afterthought set off by a comma that names what came before ("..., after Goma in
    late January", "..., after a poultry culler in 2022"): "after" with a noun for its
    object, and a time phrase right after it, wherever the parser hangs that."""
    doc = prep.doc
    if (
        prep.lower_ != "after"
        or prep.dep_ != "prep"
        or prep.i == 0
        or doc[prep.i - 1].text != ","
        or not any(c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN") for c in prep.children)
    ):
        return []
    after = prep.right_edge.i + 1
    beside = [
        t
        for t in prep.head.children
        if t.left_edge.i == after
        and t.dep_ in ("prep", "npadvmod")
        and any(d.ent_type_ in ("DATE", "TIME") for d in t.subtree)
    ]
    return [prep, *beside]


def _dated_antecedent(own: Token, cues: ModalityCues, current_year: int | None) -> bool:
    """ "The same route saw a sinking in 2008 that killed 90", "a quake last year that
    killed 300": a past relative clause on an event noun an earlier date is set at tells
    what that event did then."""
    if own.dep_ == "acl" and own.tag_ == "VBN":
        # "well below the 410 killed by the floods of 1996": the agent's own year
        agents = [o for a in own.children if a.dep_ == "agent" for o in a.children]
        return any(_earlier_year_of(o, current_year) for o in agents)
    if (
        own.dep_ in ("ROOT", "conj", "ccomp")
        and own.tag_ == "VBD"
        and any(_earlier_year_of(c, current_year) for c in own.children if c.dep_ == "nsubj")
    ):
        return True  # "The wildfire season of 2020 burned 4.2 million acres"
    if own.dep_ != "relcl" or own.tag_ != "VBD" or own.head.pos_ != "NOUN":
        return False
    noun = own.head
    phrase = noun.head if noun.dep_ == "pobj" else None
    if (
        phrase is not None
        and phrase.lower_ in ("after", "since")
        and any(c.dep_ == "npadvmod" and c.lemma_ in LONG_SPANS for c in phrase.children)
    ):
        # "A year after the quake that killed 300, another quake struck"; not "came ashore
        # ..., a week after a rampage that left more than 300 dead": days or weeks on, the
        # same story's toll, which no newer one replaces
        return True
    holders = [noun, noun.head] if noun.dep_ in ("dobj", "nsubj", "attr") else [noun]
    dates = [
        c
        for h in holders
        for c in h.children
        if c.i != own.i and c.dep_ in ("prep", "npadvmod") and c.i < own.i
    ]
    text = " ".join(t.lower_ for d in dates for t in d.subtree)
    if current_year is not None:
        text = re.sub(rf"\bin {current_year}\b", " ", text)
    return _names_recap_date(text, cues)


# spans long enough to set what happened before them in the past of another story ("a year
# after", "on the anniversary of")
LONG_SPANS = {"month", "year", "decade", "century", "anniversary"}


def _names_recap_date(text: str, cues: ModalityCues) -> bool:
    """A date of background at a word's start ("ago" is none in "Lagos", "in 20" is in
    "in 2019")."""
    return any(f" {phrase}" in f" {text}" for phrase in cues.recap_dates)


def _earlier_year_of(noun: Token, current_year: int | None) -> bool:
    """A noun dated by a year before the article's ("the floods of 1996", "a quake in 2003")."""
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("of", "in", "during"):
            continue
        for year in prep.children:
            if (
                year.dep_ == "pobj"
                and re.fullmatch(r"1[89]\d\d|20\d\d", year.text)
                and (current_year is None or int(year.text) < current_year)
            ):
                return True
    return False


# words that make the sayer only a part of those who give a figure ("some estimates",
# "other historians", "several studies"): the figure is one reading among others
PARTIAL = {"some", "other", "several", "certain"}


def _some_sources(verb: Token, token: Token) -> bool:
    """ "Some estimates put the toll at half a million", "other historians put it at
    40,000": the verb's subject is some sources among others (not the counted noun itself,
    "some 40 people died")."""
    return any(
        c.dep_ == "nsubj"
        and token not in c.subtree
        and c.pos_ in ("NOUN", "PROPN")
        and any(d.dep_ in ("det", "amod") and d.lower_ in PARTIAL for d in c.children)
        for c in verb.children
    )


def _long_held(verb: Token, child: Token) -> bool:
    """A value held for a long time before now: a fronted participle with "long" ("Long
    listed as a Category 4, ...") or a simple past or past perfect after a fronted "for
    years" or "for decades" ("For years the fire's area was given as 30,000 acres; new
    mapping puts it at 41,000", "for three decades the toll had stood at 96")."""
    if child.dep_ == "advmod" and child.lower_ == "long":
        return verb.tag_ == "VBN" and verb.dep_ in ("advcl", "acl")
    pluperfect = any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children)
    if child.dep_ != "prep" or child.lower_ != "for" or child.i > verb.i:
        return False  # (not "has captured X, for a decade the rebels' capital")
    passive = any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in verb.children)
    if verb.tag_ != "VBD" and not pluperfect and not passive:
        return False  # ("for decades the toll was given as 81")
    return any(o.dep_ == "pobj" and o.lemma_ in LONG_SPANS for o in child.children)


def _be_to(be: Token, verb: Token) -> bool:
    """ "Portugal is to close its embassy", "the envoy was to leave on Friday": "be" with a
    subject and an infinitive complement tells a plan (the "be to" future)."""
    return (
        be.lemma_ == "be"
        and verb.dep_ == "xcomp"
        and _infinitive(verb)
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in be.children)
    )


def _reaching(verb: Token) -> bool:
    """ "could reach 500", "may strengthen to a Category 4": a modal of doubt on a bare verb
    of moving to a value looks ahead (not "may have reached", "may be reached")."""
    # ("could re-intensify to Category 3": the verb is the last part of a word the
    # tokenizer split at its hyphen, the modal on the first)
    doc, end = verb.doc, verb.i + 2
    if end < len(doc) and doc[verb.i + 1].text == "-" and not verb.whitespace_:
        verb = doc[end] if not doc[verb.i + 1].whitespace_ and doc[end].is_alpha else verb
    return (
        verb.lemma_ in REACHING
        and verb.tag_ == "VB"
        and not any(c.dep_ == "auxpass" or c.lemma_ == "have" for c in verb.children)
    )


def _reported_future(verb: Token, above: list[Token], cues: ModalityCues) -> bool:
    """ "said on Friday it would close", "announced that they would shut": "would" in the
    complement of a verb of saying in the past, with no condition in the sentence."""
    if not above or above[0].lemma_ not in cues.attribution_verbs or above[0].tag_ != "VBD":
        return False
    if verb.dep_ not in ("ccomp", "conj"):
        return False
    if any(
        c.dep_ in ("nsubj", "nsubjpass") and any(d.lower_ in ("a", "an", "any") for d in c.children)
        for c in verb.children
    ):
        return False  # "a direct hit from a Category 5 would flatten it": a case imagined
    return not any(
        t.lower_ in cues.conditional_marks
        and t.dep_ == "mark"
        or t.dep_ == "advcl"
        and _is_condition(t, cues)
        or t.dep_ == "advcl"
        and _inverted(t)
        for t in verb.sent
    )


def _inverted(clause: Token) -> bool:
    """ "Were the capital to fall", "Had the dam held", "Should it spread": a condition told
    by putting the auxiliary before its subject."""
    first = clause.doc[clause.left_edge.i]
    return (
        first.lower_ in ("were", "had", "should")
        and first.i < _subject_index(clause)
        or (
            clause.lower_ in ("were", "had", "should")
            and any(c.dep_ in ("nsubj", "nsubjpass") and c.i > clause.i for c in clause.children)
        )
    )


def _inverted_opening(token: Token) -> bool:
    """ "Were the storm to reach Category 5, ...", "Had the levee failed, ...": a sentence
    that opens on an auxiliary before its subject, and is no question, states a condition up
    to its first comma."""
    sent = token.sent
    words = [t for t in sent if not t.is_punct and not t.is_quote]
    if not words or words[0].lower_ not in ("were", "had", "should") or sent[-1].text == "?":
        return False
    comma = next((t.i for t in sent if t.text == "," and t.i > words[0].i), None)
    return comma is not None and token.i < comma and _subject_after(words[0], comma)


def _subject_after(aux: Token, end: int) -> bool:
    """A subject stands between the opening auxiliary and the comma ("Had the levee failed")."""
    return any(t.dep_ in ("nsubj", "nsubjpass", "expl") and aux.i < t.i < end for t in aux.sent)


def fact_checked(sent: Span) -> bool:
    """The claim a fact check finds wrong: a line labelled as the claim, or a sentence telling
    what a post, video or screenshot says, before a verdict of "false" or "misleading"."""
    doc = sent.doc
    verdicts = doc.user_data.get("tocsin_verdicts")
    if verdicts is None:
        verdicts = [m.start() for m in VERDICT.finditer(doc.text.lower())]
        doc.user_data["tocsin_verdicts"] = verdicts
    if not any(v >= sent.end_char for v in verdicts):
        return False
    text = _line_so_far(sent).lower()
    if VERDICT.search(text):
        return False
    return bool(CHECKED_LABEL.match(text) or CHECKED_SOURCE.search(sent.text.lower()))


def _stated_state(verb: Token, cues: ModalityCues) -> bool:
    """A clause of being told in the present, plainly or with a modal of doubt ("are dead",
    "may be as high as"), with no word of a time to come: a state, not a forecast."""
    if _infinitive(verb) or _has_horizon(verb, cues):
        return False
    passive = [c for c in verb.children if c.dep_ == "auxpass"]
    if verb.lemma_ != "be" and not (verb.tag_ == "VBN" and passive):
        return False  # ("are infected", "may be buried": a state told in the passive)
    modals = [c.lower_ for c in verb.children if c.dep_ == "aux" and c.tag_ == "MD"]
    if modals:
        return all(m in cues.hedge_modals for m in modals)
    finite = passive[0] if passive else verb
    return finite.tag_ in ("VBZ", "VBP")


def _present(verb: Token) -> bool:
    """A finite verb in the present tense ("stands", "are") with no modal."""
    return verb.tag_ in ("VBZ", "VBP") and not _modal(verb)


def _warned_to(verb: Token) -> bool:
    """ "has warned Americans to leave", "had warned them to go": a perfect in the active
    voice telling someone to act (not "had warned the toll could rise", a forecast)."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return (
        verb.lemma_ == "warn"
        and any(c.lemma_ == "have" and c.dep_ == "aux" for c in aux)
        and not any(c.dep_ == "auxpass" for c in aux)
        and any(c.dep_ == "xcomp" for c in verb.children)
    )


def _past(verb: Token) -> bool:
    """A clause in the past tense with no modal: "burned", "has burned", "had died"."""
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return False
    if verb.tag_ == "VBD":
        return True
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def _stated_past(verb: Token) -> bool:
    """A clause in the past, active or passive ("intensified", "has killed", "was
    upgraded"), with no modal: what a warning tells as done, a fact, no forecast."""
    if _past(verb):
        return True
    return (
        verb.tag_ == "VBN"
        and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)
        and any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in verb.children)
    )


def _has_horizon(verb: Token, cues: ModalityCues) -> bool:
    text = " ".join(t.lower_ for t in verb.subtree)
    if any(f" {w} " in f" {text} " for w in cues.horizon_words):
        return True
    return any(t.ent_type_ == "DATE" and t.head.lower_ in ("in", "by") for t in verb.subtree)


def _subject_index(verb: Token) -> int:
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass", "expl"):
            return child.i
    return -1


def _is_condition(clause: Token, cues: ModalityCues) -> bool:
    for child in clause.children:
        if child.dep_ == "mark" and child.lower_ in cues.conditional_marks:
            # "..., even if officials say it could rise": a concession, the main clause holds
            return child.i == 0 or clause.doc[child.i - 1].lower_ != "even"
        if child.dep_ == "aux" and child.lower_ == "should" and child.i < _subject_index(clause):
            return True
    return clause.i > 0 and clause.doc[clause.sent.start].lower_ == "should"


# what circulates unchecked: a figure only one of these says is no one's count
# (not a caption or a graphic: a paper's own, that a correction sets right)
UNVERIFIED_SOURCES = {"post", "video", "clip", "tweet", "message", "meme", "rumour", "rumor",
                      "screenshot"}  # fmt: skip


def _unverified_source(token: Token, cues: ModalityCues) -> bool:
    """ "A viral clip claims the fire has burned 200,000 acres", "A post shared 40,000 times
    says the collapse killed 3,000": a figure told by a post, a video or a rumour is
    hedged, whatever the fact-check makes of it. (The parser may give the verb of saying no
    subject and hang the source on a clause before it: "A post shared ... says".)"""
    chain = clause_verbs(token, cues.report_nouns)
    for verb in chain[1:]:
        if verb.lemma_ not in cues.attribution_verbs:
            continue
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects:
            subjects = [
                s
                for c in verb.children
                if c.dep_ == "ccomp" and c.i < verb.i
                for s in c.children
                if s.dep_ in ("nsubj", "nsubjpass")
            ]
        # (not one someone owns: "the governor's message said 12 had died")
        if any(
            s.lemma_.lower() in UNVERIFIED_SOURCES and not any(c.dep_ == "poss" for c in s.children)
            for s in subjects
        ):
            return True
    return False


def _attribution(token: Token, cues: ModalityCues) -> str | None:
    chain = clause_verbs(token, cues.report_nouns)
    for verb in chain:
        for child in verb.children:
            if child.lower_ in cues.attribution_adverbs:
                return child.lower_
        if verb.lemma_ in cues.attribution_verbs and verb is not chain[0]:
            for child in verb.children:
                if child.dep_ == "nsubj" and child.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
                    # "The coalition, which says it has seized 10 towns": the relative's head
                    words = [t.text for t in verb.head.subtree if t.i < verb.left_edge.i]
                    return " ".join(words).strip(" ,") or None
                if child.dep_ in ("nsubj", "nsubjpass"):
                    return " ".join(t.text for t in child.subtree)
    sent = token.sent
    text = sent.text.lower()
    if "according to" in text:
        start = text.index("according to") + len("according to")
        return sent.text[start:].strip(" ,.") or None
    return None


def holds_now(verb: Token | None, number: Token | None = None) -> bool:
    """A count told in the present perfect or the present ("has killed 80", "have risen to
    40", "now counts 57") is a running total that holds now: a date on the event it counts
    ("the April 25 quake, which has killed ...", "struck on Monday and has killed ...") is
    the event's, not the count's. Not a figure the verb's count is compared with ("ahead of
    the 297,845 acres of the 2012 fire"): that one keeps its own date."""
    if verb is None or _modal(verb):
        return False
    if number is not None and not _argument_of(number, verb):
        return False
    if verb.tag_ in ("VBZ", "VBP"):
        if verb.lemma_ == "be" and not _complement_of(number, verb):
            return False  # ("The 1935 hurricane, a Category 5, is still the most intense")
        # ("the toll from the crash on Saturday is 17"; not "on Monday the toll is 17")
        return not any(c.ent_type_ in ("DATE", "TIME") for c in verb.children) and not any(
            g.ent_type_ in ("DATE", "TIME")
            for c in verb.children
            if c.dep_ == "prep"
            for g in c.children
        )
    if verb.tag_ != "VBN":
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return any(a.lower_ in ("has", "have", "'ve") for a in auxes) and not any(
        a.lower_ in ("had", "'d") for a in auxes
    )


def _complement_of(number: Token | None, verb: Token) -> bool:
    """The number is what "is" says the subject is ("the toll is 17")."""
    if number is None:
        return False
    token = number
    while token.head.i != verb.i and token.head.i != token.i:
        token = token.head
    return token.head.i == verb.i and token.dep_ in ("attr", "acomp", "oprd")


# the words a count's own figure hangs on its verb by ("risen to 40", "stands at 19")
_OWN_PREPS = {"to", "at", "past", "above", "beyond", "over", "of"}


def _argument_of(number: Token, verb: Token) -> bool:
    """The number is the verb's own count: reached from it through its noun and at most
    a preposition of reaching, never through a phrase of comparing ("ahead of", "than")."""
    token = number
    while token.i != verb.i:
        if token.head.i == token.i:
            return False
        head = token.head
        if head.dep_ == "prep" and head.i != verb.i and head.lower_ not in _OWN_PREPS:
            return False
        if head.lower_ in ("ahead", "than", "compared", "beside", "after", "before", "since"):
            return False
        if token.dep_ in ("relcl", "advcl", "acl", "ccomp", "conj", "appos", "npadvmod"):
            return False
        token = head
    return True


# the frames of an anniversary or retrospective piece: the past disaster is the story
_AGO = r"(?:years?|decades?|a century|centuries|months?|a year)"
RETROSPECTIVE = re.compile(
    rf"\b{_AGO} ago (?:today|tonight|this (?:week|month|morning|evening|weekend|year)"
    r"|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b"
    r"|\b(?:years|decades|a decade|a year|a century|half a century) (?:on|later)\b"
    r"(?! end)"
    r"|\b(?:years|decades|a decade|a century) since\b"
    # a label the piece opens on: "One year after the Holiday Farm Fire: ..." (not a lede
    # setting later news beside it: "Ten years after Cyclone Dova, ... was finished")
    r"|^\W*(?:[\w-]+ )?(?:years?|decades?|a century) after [^:.,;]{1,60}:"
    r"|\bon this (?:day|date)\b|\bthis (?:day|week|month|date) in (?:history|\d{4})\b"
    r"|\banniversary\b|\barchives?\b|\blooking back\b|\bretrospective\b"
    r"|\bremember(?:ing|ed)\b|\bremembrance\b|\bcommemorat\w*|\bmemorial\b"
)
# ...or a lede that opens on a time long ago ("Twenty years ago, a mudslide ...")
_LEDE_AGO = re.compile(rf"^\W*(?:[\w-]+ ){{0,2}}{_AGO} ago\b")
# ...or an item of a chronology that opens on its year or its full date ("1998 - A hurricane
# makes landfall", "1931: Fire breaks out", "2 September 1935: the hurricane crosses ...",
# "Texas City, 16 April 1947, 9.12 a.m.: ...")
_MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?"
)
_YEAR = r"(?:1[5-9]\d\d|20\d\d)"
_YEAR_ITEM = re.compile(
    rf"^\W*(?P<place>[a-z][\w .'-]{{0,30}},\s*)?(?:{_YEAR}|\d{{1,2}} {_MONTH},? {_YEAR}"
    rf"|{_MONTH} \d{{1,2}},? {_YEAR})(?:,[^:]{{0,20}})?\s*[:\-\u2013\u2014]\s+\S"
)
# a short label the piece opens on ("Translated from Spanish: ", "Timeline: ",
# "From the archive: "): the lede or the item comes after it
_OPENING_LABEL = re.compile(r"^\W*(?:[a-z][\w'-]*\s){0,4}[a-z][\w'-]*:\s+")


def retrospective(text: str) -> bool:
    """An anniversary or retrospective piece: "Thirty years ago today", "Ten years on",
    "On this day in 1961", "It is 40 years since", a lede set years ago or an item of a
    chronology, also after a short opening label."""
    spaced = " ".join(text.split())
    lowered = spaced.lower()
    if RETROSPECTIVE.search(lowered):
        return True
    label = _OPENING_LABEL.match(lowered)
    starts = (0, label.end()) if label else (0,)
    for start in starts:
        opening = lowered[start:]
        item = _YEAR_ITEM.match(opening)
        place = item.group("place") if item else None
        if place and spaced[start : start + len(place)].isupper():
            item = None  # "KABUL, Aug. 15, 2021 - ...": a wire dateline, today's news
        if item or _LEDE_AGO.match(opening):
            return True
    return False


def _values_by_metric(claims: list[Claim]) -> dict[str | None, set[float]]:
    """The values the passage gives each count (a denied figure or another story's is none)."""
    values: dict[str | None, set[float]] = {}
    for claim in claims:
        if claim.modality not in ("other_story", "negated"):
            values.setdefault(claim.metric, set()).add(claim.value)
    return values


def retold_past(claims: list[Claim], text: str) -> list[Claim]:
    """The final toll of a past disaster restated in an anniversary or retrospective piece
    is asserted: its date makes it old, not an older value of a count a newer one replaces.
    A recap count stays a recap where the passage gives another value of the same count
    (a newer toll, or another story's count beside it)."""
    if not retrospective(text):
        return claims
    values = _values_by_metric(claims)
    return [
        claim.model_copy(update={"modality": "asserted"})
        if claim.modality == "recap" and values.get(claim.metric) == {claim.value}
        else claim
        for claim in claims
    ]


# a report or figure of an earlier time: "initial reports", "the first estimate"
FIRST_FIGURES = re.compile(
    r"\b(?:initial|first|early|earlier|original|preliminary|previous|prior|old)"
    r" (?:reports?|figures?|estimates?|counts?|tolls?|tallies|tally|accounts?|totals?)\b"
    r"|\b(?:initially|at first|first) (?:reported|put|given|estimated|said|counted)\b"
)


# a sentence that tells a figure came after another ("was later raised to 143")
_REVISED = (
    r"(?:raised|revised|corrected|lowered|put|set|increased|cut|reduced|updated|adjusted"
    r"|rose|risen|climbed|grew|grown|fell|fallen|dropped|changed|amended)"
)
LATER = re.compile(
    rf"\b(?:later|subsequently|eventually|afterwards) {_REVISED}\b"
    rf"|\b{_REVISED} (?:\w+ )?(?:later|subsequently|eventually|afterwards)\b"
)
# a clause after a semicolon that gives a count anew ("...; officials later raised the toll
# to 11", "...; archivists now put the figure at close to 2,000")
_REVISED_CLAUSE = re.compile(
    rf";[^;]*?(?:{LATER.pattern}"
    r"|\bnow (?:put|puts|say|says|give|gives|estimate|estimates|count|counts|set|sets)\b)"
)


def _written_after(value: float, sentence: str, start: int) -> bool:
    """The figure is written in digits in the sentence at or after `start`."""
    if not float(value).is_integer():
        return False
    forms = (f"{int(value):,}", str(int(value)))
    return any(
        re.search(rf"(?<![\d,.]){re.escape(f)}(?![\d,]*\d)", sentence[start:]) for f in forms
    )


def replaced_first_figures(claims: list[Claim]) -> list[Claim]:
    """ "Initial reports spoke of nine dead. Police now say 17 people were killed": a value
    a sentence gives as the first or earlier report is the older value of a count another
    sentence of the passage gives anew (recap)."""
    out = []
    for position, claim in enumerate(claims):
        if claim.modality == "asserted" and any(
            other.metric == claim.metric
            and other.value != claim.value
            and other.modality == "asserted"
            and other.sentence != claim.sentence
            and (other.subject == claim.subject or "unknown" in (other.subject, claim.subject))
            and LATER.search(other.sentence.lower())
            and not LATER.search(claim.sentence.lower())
            for other in claims[position + 1 :]
        ):
            # "..., the government said 80 had died. The count was later raised to 143"
            claim = claim.model_copy(update={"modality": "recap"})
        elif (
            claim.modality == "asserted"
            and FIRST_FIGURES.search(claim.sentence.lower())
            and any(
                other.metric == claim.metric
                and other.value != claim.value
                and other.modality == "asserted"
                and other.sentence != claim.sentence
                and not FIRST_FIGURES.search(other.sentence.lower())
                for other in claims
            )
        ):
            claim = claim.model_copy(update={"modality": "recap"})
        elif (
            claim.modality == "asserted"
            and (own := _clause_of(claim)) is not None
            and FIRST_FIGURES.search(own.lower())
            and any(
                other.metric == claim.metric
                and other.value != claim.value
                and other.modality == "asserted"
                and other.sentence == claim.sentence
                and (theirs := _clause_of(other)) is not None
                and theirs != own
                and not FIRST_FIGURES.search(theirs.lower())
                for other in claims
            )
        ):
            # "Early reports that afternoon spoke of about 200 dead; the final toll was 953":
            # the first report and the newer value in two clauses of one sentence
            claim = claim.model_copy(update={"modality": "recap"})
        elif (
            claim.modality == "asserted"
            and (revision := _REVISED_CLAUSE.search(claim.sentence.lower())) is not None
            and not _written_after(claim.value, claim.sentence, revision.start())
            and any(
                other.metric == claim.metric
                and other.value != claim.value
                and other.modality == "asserted"
                and other.sentence == claim.sentence
                and _written_after(other.value, claim.sentence, revision.end())
                for other in claims
            )
        ):
            # "'Nine dead' read the first post; officials later raised the toll to 11": a
            # figure before a clause that gives the count anew is its older value
            claim = claim.model_copy(update={"modality": "recap"})
        out.append(claim)
    return out


def _clause_of(claim: Claim) -> str | None:
    """The clause of a claim's sentence, between semicolons, that holds its figure as
    written in digits (None: the figure is not found so, or in more than one clause)."""
    figure = int(claim.value) if float(claim.value).is_integer() else None
    if figure is None:
        return None
    forms = {f"{figure:,}", str(figure)}
    clauses = [
        c
        for c in claim.sentence.split(";")
        if any(re.search(rf"(?<![\d,.]){re.escape(f)}(?![\d,]*\d)", c) for f in forms)
    ]
    return clauses[0] if len(clauses) == 1 else None


# a sentence that calls its figure the newest there is ("the latest figure available")
LATEST = re.compile(
    r"\b(?:latest|most recent|newest|current)(?: available)?"
    r" (?:figures?|counts?|tolls?|tally|tallies|totals?|estimates?|numbers?|data|update)\b"
)


def latest_said(claims: list[Claim]) -> list[Claim]:
    """ "As of Tuesday evening, 1,050 cases had been confirmed, the latest figure available":
    the one value of a count that its sentence calls the latest is no recap, whatever its
    day."""
    values = _values_by_metric(claims)
    return [
        claim.model_copy(update={"modality": "asserted"})
        if claim.modality == "recap"
        and values.get(claim.metric) == {claim.value}
        and LATEST.search(claim.sentence.lower())
        else claim
        for claim in claims
    ]


# verbs of the deed a count measures ("killed 23", "burned 4,300 acres", "hit as a Category
# 3"): told on its day in a clause of its own, the count is what happened then, and it holds
# until the passage gives another value. Not verbs of a state or a report at a day ("stood at
# 820 on Saturday", "put the toll at 40", "reached 900 acres"): those are that day's value.
DEEDS = {"kill", "claim", "burn", "scorch", "char", "blacken", "consume", "destroy", "infect",
         "sicken", "strike", "hit", "slam", "batter", "lash", "pound", "crash", "drown", "bury",
         "die", "perish", "leave", "wipe", "sweep", "engulf", "raze", "level", "flatten",
         "make", "come", "roar", "tear", "capture", "take", "seize", "overrun",
         # a capture, whose ordinal ranks the place taken ("stormed X on Monday, the third
         # town to change hands")
         "fall", "storm", "enter", "retake", "recapture", "occupy", "conquer", "liberate",
         "surrender",
         # (the tagger leaves some past forms unlemmatised)
         "retook", "overran"}  # fmt: skip
# a deed at most this many days old: "on Monday", "last weekend" (weekday names reach back
# a week)
DAYS_OLD = 7
# ...and a deed's count told in a clause of its own holds until the passage gives another
# value, for as long as it is no past event's told well back (`claims.WELL_BACK_DAYS`)
DEED_DAYS = 59


def days_old_deed(
    verb: Token | None, number: Token, time: str, age: int | None, state: bool = False
) -> bool:
    """A count of a deed `age` days old told in a clause of its own ("Flash floods killed 23
    people on Monday"): the age rule does not make it background. So is a state a storm
    held on its own day, whatever it did then (`state`: "Judy crossed Efate as a Category
    4 on Wednesday")."""
    if verb is None or age is None or not 0 <= age <= DEED_DAYS:
        return False
    if verb.lemma_ not in DEEDS and not state:
        return False
    if verb.dep_ not in ("ROOT", "ccomp", "conj", "parataxis") or _modal(verb):
        return False
    if verb.dep_ == "conj" and verb.head.dep_ not in ("ROOT", "ccomp", "parataxis"):
        return False
    clauses = ("relcl", "advcl", "acl", "ccomp", "appos", "csubj")
    aside = {t.i for c in verb.children if c.dep_ in clauses for t in c.subtree}
    first = time.split()[0].lower() if time.split() else ""
    if not any(t.lower_ == first and t.i not in aside for t in verb.subtree):
        return False  # the day is another clause's ("died when X collapsed on Friday")
    token = number
    while token.i != verb.i:
        if token.head.i == token.i or token.dep_ in clauses:
            return False  # the count sits in a clause of its own
        if token.lower_ in COMPARING or token.lower_ in ("than", "after", "before", "since"):
            return False
        token = token.head
    return True


def past_alone(claims: list[Claim], dated: set[tuple[str, float, str | None]]) -> list[Claim]:
    """In a passage that tells no later news, a recap count dated to the past (`dated`: a
    year, a day long before publication) is the past event's own count, asserted, unless
    the passage gives the same count another value not so dated, or one it reads as asserted
    or hedged (the newer value it replaces, or another story's set beside it; not a related
    headline's, which is no part of the passage's telling)."""
    # (a recap in the sentence of a dated value is of that past too: "Forty years ago Ora
    # hit as a Category 3, after reaching Category 5 at sea")
    told = {(c.metric, c.sentence) for c in claims if (c.metric, c.value, c.time) in dated}
    undated = {
        (c.metric, c.value)
        for c in claims
        if ((c.metric, c.value, c.time) not in dated or c.modality in ("asserted", "hedged"))
        and c.modality not in ("negated", "other_story")
        and not (c.modality == "recap" and (c.metric, c.sentence) in told)
    }
    out = []
    for claim in claims:
        key = (claim.metric, claim.value, claim.time)
        if (
            claim.modality == "recap"
            and key in dated
            and not any(m == claim.metric and v != claim.value for m, v in undated)
        ):
            claim = claim.model_copy(update={"modality": "asserted"})
        out.append(claim)
    return out


def aged_alone(claims: list[Claim], aged: set[tuple[str, float, str | None]]) -> list[Claim]:
    """A count of a deed a few days old is asserted only where the passage gives no other
    value of the same count (asserted or hedged); beside one it is the older value (recap)."""
    values = {
        (c.metric, c.subject, c.value) for c in claims if c.modality in ("asserted", "hedged")
    }
    out = []
    for claim in claims:
        if (
            claim.modality == "asserted"
            and (claim.metric, claim.value, claim.time) in aged
            and any(
                metric == claim.metric
                and value != claim.value
                and (subject == claim.subject or "unknown" in (subject, claim.subject))
                for metric, subject, value in values
            )
        ):
            claim = claim.model_copy(update={"modality": "recap"})
        out.append(claim)
    return out


# a reply that only denies what was just said ("It wasn't.", "No, that's not true.",
# "Not so."), after an optional speaker label ("FORECASTER: It wasn't.")
_DENIAL = re.compile(
    r"^[\s|\-\u2013\u2014]*(?:[A-Z][A-Za-z .'-]{0,30}:\s*)?(?:no[,.!]?\s+)?"
    r"(?:(?:(?:it|that|this|they)\s*(?:'s|is|was|were|are|'re|did|does|has|had)\s*(?:n't|not)"
    r"(?:\s+(?:true|so|right|correct|the case))?"
    r"|not (?:true|so|correct|right)|(?:false|untrue|wrong))\s*[.!:;]"
    # ...a fact check's or correction's next sentence calling the figure wrong ("It is
    # wrong: the toll was 270", "That figure was a mistake;"), saying it counted something
    # else ("That was the number of passengers and crew on board") or giving the correct one
    r"|(?:it|that|this)(?: (?:figure|number|count|toll|total|tally|claim|estimate|report))?"
    r"\s*(?:'s|is|was) (?:(?:simply|also|just|plainly|completely) )?(?:wrong|false|incorrect"
    r"|untrue|not true|mistaken|inaccurate|a myth|an error|a mistake)\b"
    r"|(?:that|this|it) (?:was|is) the (?:number|figure|count|total|tally) (?:of|for)\b"
    r"|the (?:correct|right) (?:figure|number|toll|count|total|tally) (?:is|was)\b)",
    re.IGNORECASE,
)


def denied_after(claims: list[Claim], text: str) -> list[Claim]:
    """ "CALLER: It was a Category 5, I heard. FORECASTER: It wasn't.": a statement a reply
    of bare denial follows is negated (an answer asserts, and this one says no); so is a
    figure a fact check or correction calls wrong in the next sentence ("A figure of 280
    still circulates. It is wrong: ...", "... as 1,400. That was the number on board")."""
    out = []
    for claim in claims:
        at = text.find(claim.sentence) if claim.sentence else -1
        if (
            claim.modality in ("asserted", "hedged", "recap")
            and at >= 0
            and _DENIAL.match(text[at + len(claim.sentence) :])
        ):
            claim = claim.model_copy(update={"modality": "negated"})
        out.append(claim)
    return out


# the time a live page or a timeline stamps a line with ("10:05 - ...", "14:02: ...")
_STAMP = re.compile(r"^[\W]*(\d{1,2})[:.](\d{2})\b")


def _stamp(text: str, sentence: str) -> int | None:
    """The minutes of the day the line holding `sentence` is stamped with, if any."""
    at = text.find(sentence) if sentence else -1
    if at < 0:
        return None
    line = text[text.rfind("\n", 0, at) + 1 :]
    match = _STAMP.match(line)
    return int(match.group(1)) * 60 + int(match.group(2)) if match else None


def stamped_later(claims: list[Claim], text: str) -> list[Claim]:
    """ "10:05 - Police say 6 have died. / 12:30 - Police now say 9 have died": of two values
    of one count on lines a live page or timeline stamps with the time, told with no day of
    their own, the earlier-stamped one is the older value (recap). (A time of digits alone
    is no day: the parse read a figure or the stamp itself as one, "13:40 The toll climbs
    to 63".)"""
    return recap_earlier(
        claims,
        {
            id(c): _stamp(text, c.sentence) if c.time is None or c.time.isdigit() else None
            for c in claims
        },
    )


_When = TypeVar("_When", int, date)


def recap_earlier(claims: list[Claim], when: dict[int, _When | None]) -> list[Claim]:
    """Of two asserted values of one count, the one `when` (by `id`) puts earlier than the
    other is the older value (recap)."""
    out = []
    for claim in claims:
        mine = when[id(claim)]
        if (
            claim.modality == "asserted"
            and mine is not None
            and any(
                other.modality == "asserted"
                and other.metric == claim.metric
                and other.value != claim.value
                and (other.subject == claim.subject or "unknown" in (other.subject, claim.subject))
                and (later := when[id(other)]) is not None
                and later > mine
                for other in claims
            )
        ):
            claim = claim.model_copy(update={"modality": "recap"})
        out.append(claim)
    return out


def had_told(verb: Token | None, reports: Iterable[str]) -> bool:
    """A count told in the past perfect in a clause of the passage's own ("for three decades
    the toll had stood at 96", "it had been classed a Category 4"), not a reported past
    ("said they had seized six") nor an imagined one ("had the dam held")."""
    if verb is None or not any(
        c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children
    ):
        return False
    if verb.dep_ == "ccomp" and verb.head.lemma_ in set(reports):
        return False
    return (
        verb.dep_ in ("ROOT", "conj", "ccomp") and not _inverted_opening(verb) and not _modal(verb)
    )


# a year a count is dated to, or that a sentence names ("in 2009", "last year", "2019's")
_YEAR_WORD = re.compile(r"\b(?:(1[5-9]\d\d|20\d\d)|(last|this) year)\b", re.IGNORECASE)


def _years(text: str, published: date) -> list[int]:
    return [
        int(m.group(1)) if m.group(1) else published.year - (m.group(2).lower() == "last")
        for m in _YEAR_WORD.finditer(text)
    ]


def latest_period(claims: list[Claim], published: date | None) -> list[Claim]:
    """ "recorded 2,354 cases in 2009, up from 1,000 in 2008", "reached 2,377 last year, up
    from 476 in 2019": of a count told year by year, the value of the latest year its
    sentence names is the count's newest figure (asserted) where the passage gives the count
    no value of a later time; the earlier years' values stay recaps, and so does a value
    told after the newest in its sentence ("up from 476"), whatever year the parse gave it."""
    if published is None:
        return claims
    out = []
    newest = set()  # (metric, sentence) whose newest value is found
    for claim in claims:
        own = _years(claim.time or "", published)
        named = _years(claim.sentence, published)
        if (
            claim.modality == "recap"
            and len(own) == 1
            and own[0] <= published.year
            and any(year < own[0] for year in named)
            and own[0] == max(named)
            and not any(
                other.metric == claim.metric
                and other is not claim
                and (
                    other.modality == "asserted"
                    or max(_years(other.time or "", published), default=0) > own[0]
                )
                for other in claims
            )
        ):
            if (claim.metric, claim.sentence) not in newest:
                claim = claim.model_copy(update={"modality": "asserted"})
            newest.add((claim.metric, claim.sentence))
        out.append(claim)
    return out


_FIRST_HAD = re.compile(
    r"\b(?:initial|first|early|earlier|original|preliminary|previous|prior)"
    r" (?:reports?|figures?|estimates?|counts?|tolls?|tallies|tally|accounts?) had\b"
)


def told_before(
    claims: list[Claim],
    pluperfect: set[tuple[str, float, str | None]],
    sourced: set[tuple[str, float, str | None]] | None = None,
) -> list[Claim]:
    """ "Hillsborough's toll had stood at 96 for decades; a coroner's ruling makes it 97": a
    count told in the past perfect beside another value of it told otherwise is the older
    value (recap). So is one an earlier report gave whose subject is that report (`sourced`:
    "Early reports counted three dead; the final toll was six"), beside any other value."""
    sourced = sourced or set()
    told = {(c.metric, c.value, c.time) for c in claims}
    # "Earlier reports had put the toll at 11": a first report's figure told in the past
    # perfect is the older value by its own words, whether or not the newer one is read
    alone = {
        (c.metric, c.value, c.time)
        for c in claims
        if (c.metric, c.value, c.time) in sourced and _FIRST_HAD.search(c.sentence.lower())
    }
    older = pluperfect | sourced
    others = [
        c for c in claims if c.modality == "asserted" and (c.metric, c.value, c.time) not in older
    ]
    out = []
    for claim in claims:
        key = (claim.metric, claim.value, claim.time)
        if claim.modality == "asserted" and (
            key in alone
            or key in older & told
            and any(
                o.metric == claim.metric
                and o.value != claim.value
                and (
                    o.subject == claim.subject
                    or "unknown" in (o.subject, claim.subject)
                    or key in sourced
                    # subjects that may be one story's ("The number of people killed stood
                    # at 21 ... officials had put the toll at 15"), where the other value is
                    # the larger, as a count grows ("Holy Fire passes 20,000 acres | The
                    # blaze ... had burned 21,473 acres": a headline's rounding, no newer value)
                    or one_story(o, claim)
                    and o.value > claim.value
                )
                for o in others
            )
        ):
            claim = claim.model_copy(update={"modality": "recap"})
        out.append(claim)
    return out


# words that say a count held some of its items twice ("saying some bodies had been counted
# twice", "blaming double counting", "duplicate entries")
DOUBLE_COUNTED = re.compile(
    r"\bcounted (?:\w+ ){0,3}(?:twice|more than once)\b|\bdouble[- ]count\w*|\bduplicat\w*"
)


def _lowered_to(claim: Claim) -> bool:
    """The figure is the one a revision brought the count to ("lowered the toll to 49")."""
    return _figure_after(claim, r"\bto (?:about |around |some )?")


def withdrawn_double(claims: list[Claim], text: str) -> list[Claim]:
    """ "revised the toll down to 275 from 288, saying some bodies had been counted twice":
    the older value of a count that its own sentence says held items twice, or the next one
    beside a lower value told, is withdrawn as an error (negated), not only replaced (recap),
    as the conventions' round-19 item has it; the lower value stands."""
    out = []
    for claim in claims:
        start = text.find(claim.sentence)
        # (its sentence and the next: "... down to nine. One victim had been counted twice.")
        end = start + len(claim.sentence) if start >= 0 else 0
        told = claim.sentence + re.split(r"(?<=[.!?])\s", text[end:].lstrip(), maxsplit=1)[0]
        if (
            claim.modality == "recap"
            and DOUBLE_COUNTED.search(told.lower())
            and (
                DOUBLE_COUNTED.search(claim.sentence.lower())
                and not _lowered_to(claim)
                or any(
                    other.metric == claim.metric
                    and other.modality == "asserted"
                    and other.value < claim.value
                    and one_story(other, claim)
                    for other in claims
                )
            )
        ):
            claim = claim.model_copy(update={"modality": "negated"})
        out.append(claim)
    return out


# words of a subject that name no one story ("Hurricane Maria" and "08:00 - Maria" are one)
GENERIC_NAMES = {"hurricane", "typhoon", "cyclone", "storm", "tropical", "super", "fire",
                 "wildfire", "blaze", "flood", "floods", "earthquake", "quake", "outbreak",
                 "epidemic", "the"}  # fmt: skip


def _names(claim: Claim, opening: bool = False) -> set[str]:
    """The capitalised words of a claim's subject, but a generic one and, unless `opening`,
    the sentence's first word ("Rescuers had recovered ...": a capital that names no one)."""
    first = re.match(r"\W*([\w'-]+)", claim.sentence)
    words = {w.lower() for w in re.findall(r"[A-Z][\w'-]*", claim.subject)} - GENERIC_NAMES
    return words if opening or not first else words - {first.group(1).lower()}


def one_story(one: Claim, other: Claim, opening: bool = False) -> bool:
    """Whether two claims' subjects may be one story's: the same, one unknown or unnamed
    ("fire", "government", "Rescuers" opening its sentence), or sharing a name ("Hurricane
    Maria", "08:00 - Maria"); not two names apart ("Rusk fire", "Tolm fire"). With `opening`
    a name opening its sentence counts too ("Iselle is a Category 1 hurricane. Hurricane Julio
    strengthened to Category 2": two storms)."""
    if one.subject == other.subject or "unknown" in (one.subject, other.subject):
        return True
    mine, theirs = _names(one, opening), _names(other, opening)
    return not mine or not theirs or bool(mine & theirs)


# nouns of a count told as such ("the figure was 17"), which a revision may lower
REPORTED_COUNTS = ("figure", "toll", "count", "tally", "total", "number")


def superseded(
    claims: list[Claim],
    then: set[tuple[str, float, str | None]],
    now: set[tuple[str, float, str | None]],
    states: AbstractSet[str] = frozenset(),
    revised: AbstractSet[tuple[str, float, str | None]] = frozenset(),
    places: Mapping[str, str] | None = None,
) -> list[Claim]:
    """ "The government now puts the toll at 224. On Friday the count stood at 131", "has
    killed 78 ... Rescuers had recovered 67 bodies by the morning", "has intensified to a
    Category 4 ... It was a Category 2 at dawn": a value told in the past and tied to an
    earlier time (`then`: a day, a part of the day, "by the morning", "at first") is the
    older value of a count the passage tells as it stands (`now`: in the present or present
    perfect, or "now") at another value, in any of its sentences (recap). Not beside a
    bound the older value meets ("toll passes 300 | ... said on Tuesday that 312 had
    died": the headline rounds the body's figure), nor another story's count, nor a running
    count larger than the present one ("reported 77 cases on Monday ...; the neighbouring
    district has 12": counts only grow, so that is another count); a state (`states`, a
    storm's category) may be older at any value, and so may a figure told as the count
    itself ("The figure this morning was 17") beside one told with "now" (`revised`:
    "police now say 13": a revision). Nor a count of a place its sentence sets off at its
    front (`places`, by sentence: "In Queensland, ten people have died since ...") beside a
    count whose sentence does not name that place: that is the other place's count."""
    places = places or {}
    current = [c for c in claims if c.modality == "asserted" and (c.metric, c.value, c.time) in now]
    out = []
    for claim in claims:
        key = (claim.metric, claim.value, claim.time)
        if (
            claim.modality == "asserted"
            and key in then - now
            and any(
                other.metric == claim.metric
                and other.value != claim.value
                and one_story(other, claim)
                and (claim.metric not in states or one_story(other, claim, opening=True))
                and places.get(other.sentence, claim.sentence.lower()) in claim.sentence.lower()
                and (
                    claim.metric in states
                    or other.value > claim.value
                    or (claim.object or "").lower().split()[-1:] in [[w] for w in REPORTED_COUNTS]
                    and (other.metric, other.value, other.time) in revised
                )
                for other in current
            )
        ):
            claim = claim.model_copy(update={"modality": "recap"})
        out.append(claim)
    return out


# verbs that give a count its new value in place of an older one ("a review raised it to
# 86", "is classed by the reanalysis as a Category 4", "was reclassified as a Category 3")
REVISING_TO = {"raise", "revise", "reclassify", "classify", "class", "upgrade", "downgrade",
               "lower", "correct", "amend", "update", "rerate", "reassess"}  # fmt: skip


def _revised_from(claim: Claim) -> bool:
    """The figure is the one a revision set aside ("to 131 from 148", "from a Category 4")."""
    return _figure_after(claim, r"\bfrom (?:the |a |an |about |around |some )?(?:category )?")


def _figure_after(claim: Claim, before: str) -> bool:
    """The claim's figure, written in digits, follows the words `before` (a pattern)."""
    value = int(claim.value) if float(claim.value).is_integer() else None
    if value is None:
        return False
    forms = "|".join(re.escape(f) for f in {f"{value:,}", str(value)})
    return bool(re.search(rf"{before}(?:{forms})(?![\d,]*\d)", claim.sentence, re.IGNORECASE))


def revised_to(claims: list[Claim]) -> list[Claim]:
    """ "Originally rated a Category 2, the 1944 hurricane was reclassified as a Category 3 in
    2012": the value a verb of revising gives after an older value of the same count the
    passage told first (not an asserted one: "upgraded Corin to a Category 5; it had been
    classed a Category 4") is the count's current value, asserted whatever its date."""
    out = []
    for position, claim in enumerate(claims):
        if (
            claim.modality == "recap"
            and claim.predicate in REVISING_TO
            # (the value it was revised from is the older: "lowered the toll to 131 from 148
            # on Sunday")
            and not _revised_from(claim)
            and any(
                other.metric == claim.metric
                and other.value != claim.value
                and other.modality not in ("asserted", "other_story")
                # (told first, or the value its own sentence revises from)
                and (index < position or other.sentence == claim.sentence and _revised_from(other))
                for index, other in enumerate(claims)
            )
            # (the verb gives one value: beside another asserted in its sentence, "raised the
            # toll to 413, up from 350 ... and 272", this one is not it)
            and not any(
                other.metric == claim.metric
                and other.sentence == claim.sentence
                and other.value != claim.value
                and other.modality == "asserted"
                for other in claims
            )
        ):
            claim = claim.model_copy(update={"modality": "asserted"})
        out.append(claim)
    return out


def reframe(
    claims: list[Claim], text: str, aged: set[tuple[str, float, str | None]] | None = None
) -> list[Claim]:
    """The modality a claim's framing in the whole passage gives it: an older first
    report replaced by a newer value is recap; a past disaster's toll retold in an
    anniversary or retrospective piece is asserted; a deed a few days old (`aged`) is
    asserted alone, recap beside another value."""
    claims = stamped_later(denied_after(aged_alone(claims, aged or set()), text), text)
    return revised_to(latest_said(retold_past(replaced_first_figures(claims), text)))
