"""Reading quantities from news text: digits, number words, ordinals, "a dozen",
fractions and shares, and the bound words in front of them ("at least", "more than").

spaCy's `like_num` finds candidate tokens; this module turns their text into a value.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Literal

from processors.models import Bound

QuantityKind = Literal["cardinal", "ordinal", "fraction", "percent"]

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
ORDINAL_UNITS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
    "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
    "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
}  # fmt: skip
ORDINAL_TENS = {
    "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60,
    "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
}  # fmt: skip
DENOMINATORS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "tenth": 10, "tenths": 10,
}  # fmt: skip
COLLECTIVES = {"dozen": 12, "score": 20}
# One told without a numeral ("A firefighter died on Wednesday", "has killed a child",
# "a death in California has been reported", "its only death"): the article or "only" stands
# for the count one (processors.claims._told_singly). The verbs that take such a noun as the
# dead or as a case, and the nouns "only" counts as one of ("the outbreak's only case").
SINGLE_VERBS = {"die", "kill", "perish", "drown", "succumb", "find", "leave", "claim",
                "report", "record", "confirm", "register", "announce", "log", "diagnose",
                "detect"}  # fmt: skip
SINGLE_DYING = {"die", "perish", "drown", "succumb"}  # the dead their subject
SINGLE_ONLY = {"only", "sole", "lone"}
SINGLE_NOUNS = {"death", "fatality", "case", "victim"}

# Longest phrases first so "no more than" wins over "more than".
BOUND_PHRASES: tuple[tuple[str, Bound], ...] = (
    ("no fewer than", "at_least"),
    ("no less than", "at_least"),
    ("no more than", "at_most"),
    ("at least", "at_least"),
    ("a minimum of", "at_least"),
    ("at most", "at_most"),
    ("up to", "at_most"),
    ("as many as", "at_most"),
    ("as high as", "at_most"),
    ("more than", "more_than"),
    ("over", "more_than"),
    ("past", "more_than"),
    ("beyond", "more_than"),
    ("above", "more_than"),
    ("below", "less_than"),
    ("upwards of", "more_than"),
    ("upward of", "more_than"),
    ("north of", "more_than"),  # "north of 400": above it, a figure on a rising scale
    ("in excess of", "more_than"),
    ("fewer than", "less_than"),
    ("less than", "less_than"),
    ("under", "less_than"),
    ("about", "about"),
    ("around", "about"),
    ("roughly", "about"),
    ("approximately", "about"),
    ("nearly", "about"),
    ("close to", "about"),
    ("near", "about"),
    ("almost", "about"),
    ("shy of", "about"),  # "just shy of 9,000 acres": nearly it
    ("some", "about"),
    ("an estimated", "about"),
    ("estimated at", "about"),
    ("estimated", "about"),
    ("est.", "about"),
    ("approx.", "about"),
)
# abbreviations of the bound words above, kept one token by the tokenizer (processors.enrich)
ESTIMATE_ABBREVIATIONS = ("est.", "Est.", "approx.", "Approx.")

_DIGITS = re.compile(r"^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$")
_ORDINAL_DIGITS = re.compile(r"^(\d+)(st|nd|rd|th)$")
_SPLIT = re.compile(r"[\s\-]+")
_SPACED_THOUSANDS = re.compile(r"^\d{1,3}( \d{3})+$")  # "12 000": groups set off by spaces
_PLUS = re.compile(r"^(.+?)\s*(?:-\s*plus|\+)$", re.IGNORECASE)


@dataclass(frozen=True)
class Quantity:
    """A number read from text: its value, how it was written and its bound."""

    value: float
    kind: QuantityKind = "cardinal"
    bound: Bound = "exact"


def parse_number(text: str) -> float | None:
    """The value of a cardinal written in digits or words ("1,200", "thirty-four",
    "1.5 million", "a dozen", "two dozen"); None when it is not a number."""
    if _SPACED_THOUSANDS.match(" ".join(text.split())):
        text = text.replace(" ", "")  # "12 000 hectares": one figure, grouped by spaces
    words = [w for w in _SPLIT.split(text.lower().strip()) if w and w != "and"]
    if not words:
        return None
    if len(words) == 3 and words[0] == "half" and words[1] in ("a", "an"):
        # "half a million", "half a dozen": half of the one scale word
        whole = parse_number(" ".join(words[1:]))
        return None if whole is None else whole / 2
    if words[0] in ("a", "an"):
        words = words[1:] or ["?"]
        if words[0] in SCALES or words[0] in COLLECTIVES:
            words = ["one", *words]
    total = 0.0
    current = 0.0
    seen = False
    for i, word in enumerate(words):
        if _DIGITS.match(word):
            if i and _DIGITS.match(words[i - 1]):
                return None  # "1975-90", "20-25": a span of years or a range, not one number
            current += float(word.replace(",", ""))
        elif word in UNITS:
            current += UNITS[word]
        elif word in TENS:
            current += TENS[word]
        elif word in COLLECTIVES:
            current = (current or 1) * COLLECTIVES[word]
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in SCALES:
            total += (current or 1) * SCALES[word]
            current = 0.0
        else:
            return None
        seen = True
    value = total + current
    # A float holds no more: 400 digits read as inf, which no count is.
    return value if seen and math.isfinite(value) else None


def parse_ordinal(text: str) -> int | None:
    """The value of an ordinal ("12th", "tenth", "twenty-first"); None otherwise."""
    word = text.lower().strip()
    match = _ORDINAL_DIGITS.match(word)
    if match:
        value = int(match.group(1))
        # Past 2**53 a float no longer holds it exactly (and past ~1e308 not at all).
        return value if value <= 2**53 else None
    parts = [p for p in _SPLIT.split(word) if p]
    if not parts:
        return None
    last = parts[-1]
    if last in ORDINAL_UNITS:
        base = ORDINAL_UNITS[last]
    elif last in ORDINAL_TENS:
        base = ORDINAL_TENS[last]
    else:
        return None
    if len(parts) == 1:
        return base
    head = parse_number(" ".join(parts[:-1]))
    return None if head is None else int(head) + base


def parse_fraction(text: str) -> float | None:
    """A share as a fraction of one: "half" 0.5, "two-thirds", "a quarter",
    "65%", "65 percent"; None otherwise."""
    word = text.lower().strip()
    percent = re.match(r"^([\d.,]+)\s*(%|per\s?cent)$", word)
    if percent:
        number = parse_number(percent.group(1))
        return None if number is None else number / 100
    parts = [p for p in _SPLIT.split(word) if p]
    if not parts or parts[-1] not in DENOMINATORS:
        return None
    denominator = DENOMINATORS[parts[-1]]
    if len(parts) == 1:
        return 1 / denominator if parts[0] in ("half", "halves") else None
    numerator = 1.0 if parts[0] in ("a", "an", "one") else parse_number(" ".join(parts[:-1]))
    if numerator is None or numerator >= denominator and parts[-1] != "half":
        return None
    return numerator / denominator


def parse_bound(text: str) -> Bound:
    """The bound a phrase in front of a number sets ("at least" -> at_least)."""
    phrase = " ".join(text.lower().split())
    for words, bound in BOUND_PHRASES:
        if phrase == words or phrase.endswith(" " + words):
            return bound
    return "exact"


def parse_quantity(text: str, bound: str = "") -> Quantity | None:
    """Read `text` as a cardinal, ordinal or share, with the bound phrase before it.
    "20-plus" and "20+" are more than 20."""
    b = parse_bound(bound) if bound else "exact"
    plus = _PLUS.match(text.strip())
    if plus:
        inner = parse_quantity(plus.group(1))
        if inner is None or inner.kind != "cardinal":
            return None
        return Quantity(inner.value, "cardinal", b if b != "exact" else "more_than")
    fraction = parse_fraction(text)
    if fraction is not None:
        kind: QuantityKind = "percent" if re.search(r"%|per\s?cent", text.lower()) else "fraction"
        return Quantity(fraction, kind, b)
    cardinal = parse_number(text)
    if cardinal is not None:
        return Quantity(cardinal, "cardinal", b)
    words = text.split(maxsplit=1)
    if len(words) == 2 and words[0].lower() == "first":
        # "the first two deaths", "its first 12 cases": the count from the start, N
        first = parse_number(words[1])
        if first is not None:
            return Quantity(first, "cardinal", b)
    ordinal = parse_ordinal(text)
    if ordinal is not None:
        return Quantity(float(ordinal), "ordinal", b)
    return None


def plain_number(value: float | None) -> int | float | None:
    """An int when the value is integral, so JSON shows 10 rather than 10.0."""
    if value is None:
        return None
    return int(value) if float(value).is_integer() else round(value, 4)


def is_number_word(word: str) -> bool:
    """True for words that can be part of a written number or share."""
    w = word.lower()
    return (
        w in UNITS
        or w in TENS
        or w in SCALES
        or w in COLLECTIVES
        or w in ORDINAL_UNITS
        or w in ORDINAL_TENS
        or w in DENOMINATORS
        or bool(_DIGITS.match(w) or _ORDINAL_DIGITS.match(w))
    )
