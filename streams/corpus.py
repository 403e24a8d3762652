"""A deterministic corpus of news-like articles for `tocsin bench`.

Articles of 300-900 words built from sentence templates whose slots are filled half
from news words and half from a large vocabulary, so that unrelated articles share
few word pairs (as real ones do) and none is taken for a near-duplicate. A share of
the articles carries a paragraph that the default rule pack alerts on: the first
death toll of a named disaster, a rising toll, burned acres crossing a level, or an
embassy security alert. No sentence comes from a real article.
"""

from __future__ import annotations

import random
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from processors.models import Article

_PLACES = [
    "Herat", "Kandahar", "Ghazni", "Kunduz", "Mazar-e-Sharif", "Lashkargah", "Faizabad",
    "Pul-e-Khumri", "Sar-e-Pul", "Maidan Shar", "Jalalabad", "Khost", "Zaranj", "Farah",
]  # fmt: skip
_REGIONS = ["Helmand province", "Balkh", "Badakhshan", "Faryab province", "Takhar", "Nangarhar"]
_PEOPLE = [
    "Maria Okafor", "Daniel Brenner", "Amina Rahimi", "Lucas Ferreira", "Sofia Lindqvist",
    "Omar Haidari", "Grace Mensah", "Tomasz Nowak", "Priya Raman", "Hugo Castell",
]  # fmt: skip
_ORGS = [
    "the United Nations", "Human Rights Watch", "the State Department",
    "the Red Cross", "the World Health Organization", "the Pentagon",
]  # fmt: skip
_OUTLETS = ["Example Wire", "Example Daily", "Example Herald", "Example Courier", "Example Post"]
_HAZARDS = ["wildfire", "flood", "storm", "landslide", "drought"]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_SUBJECTS = [
    "Officials", "Local officials", "Aid workers", "Residents", "Witnesses", "Doctors",
    "Police", "Elders", "Engineers", "Teachers", "Traders", "Farmers", "Volunteers",
    "Rescuers", "Analysts", "Diplomats", "Observers", "Nurses", "Drivers", "Journalists",
]  # fmt: skip
_VERBS = [
    "said", "reported", "warned", "estimated", "confirmed", "noted", "claimed",
    "announced", "feared", "suggested", "insisted", "acknowledged", "repeated", "added",
]  # fmt: skip
_ADJECTIVES = [
    "damaged", "empty", "crowded", "remote", "flooded", "abandoned", "temporary",
    "rural", "northern", "southern", "eastern", "western", "central", "private", "public",
    "small", "large", "old", "new", "main", "local", "coastal", "mountain", "border",
    "makeshift", "overloaded", "reopened", "guarded", "unpaid", "shared",
]  # fmt: skip
_NOUNS = [
    "houses", "clinics", "schools", "bridges", "roads", "wells", "markets", "farms", "shops",
    "checkpoints", "warehouses", "trucks", "generators", "pumps", "tents",
    "shelters", "bakeries", "offices", "buses", "fields", "orchards", "depots",
    "pipelines", "radio stations", "camps", "ferries", "bakers", "guards",
]  # fmt: skip
_STATES = [
    "closed", "reopened", "were repaired", "were evacuated", "ran out of supplies",
    "stopped working", "were searched", "lost power", "were flooded", "changed hands",
    "were rebuilt", "filled up", "were inspected", "stayed open",
    "were requisitioned", "went silent", "were rationed", "were cut off", "were reached",
]  # fmt: skip
_LINKS = ["that", "how", "when", "after", "because", "as", "once", "since", "while", "although"]
_PREPOSITIONS = ["in", "near", "around", "outside", "beyond", "across", "inside", "towards"]
_TIMES = [
    "on {day}", "overnight", "yesterday", "today", "recently", "again", "later",
    "earlier", "briefly", "quietly", "suddenly", "finally", "partly", "gradually",
]  # fmt: skip
_SOURCES = ["{outlet}", "{org}", "{person}", "{outlet} reported", "{person} added"]

# Names of made-up disasters: first x second gives 48 x 25 = 1200 distinct names.
_NAME_FIRST = [
    "Cedar", "Harlan", "Marlow", "Oriel", "Ashford", "Bramble", "Calder", "Dunmore",
    "Elmwood", "Fenwick", "Garnet", "Holloway", "Ironside", "Juniper", "Kestrel", "Larkin",
    "Mossgrove", "Northam", "Oakhurst", "Pemberton", "Quarry", "Redfern", "Sablewood",
    "Thornbury", "Underhill", "Vantage", "Westbrook", "Yarrow", "Alder", "Birchmont",
    "Copperhead", "Driftwood", "Emberly", "Foxhollow", "Granite", "Hawthorne", "Inverness",
    "Jasper", "Kingsley", "Lockwood", "Maple", "Nettle", "Osprey", "Pinecrest", "Ravenna",
    "Silverton", "Tamarack", "Wolcott",
]  # fmt: skip
_NAME_SECOND = [
    "Ridge", "Creek", "Valley", "Canyon", "Hollow", "Pass", "Springs", "Mesa", "Basin",
    "Bluff", "Flats", "Gulch", "Heights", "Lake", "Meadow", "Peak", "Point", "Rapids",
    "Summit", "Trail", "Grove", "Crossing", "Fork", "Bend", "Falls",
]  # fmt: skip
# Embassies for security alerts, each used once (a second notice within two days
# corroborates the first rather than alerting): 10 countries x 12 cities.
_EMBASSY_COUNTRIES = [
    "U.S.", "British", "French", "German", "Canadian", "Australian", "Italian", "Dutch",
    "Japanese", "Spanish",
]  # fmt: skip
_EMBASSY_CITIES = [
    "Niamey", "Khartoum", "Bamako", "Tripoli", "Beirut", "Yangon", "Sanaa", "Juba",
    "Kinshasa", "Bangui", "Mogadishu", "Ouagadougou",
]  # fmt: skip


@dataclass(frozen=True)
class BenchArticle:
    """An article and how many alerts it is meant to cause on its own."""

    article: Article
    alerting: bool


def disaster_name(index: int) -> str:
    """The `index`-th made-up place name (distinct for index < 1200)."""
    first = _NAME_FIRST[index % len(_NAME_FIRST)]
    second = _NAME_SECOND[(index // len(_NAME_FIRST)) % len(_NAME_SECOND)]
    return f"{first} {second}"


class CorpusGenerator:
    """Seeded article factory; `vocabulary` is a list of plain lowercase words."""

    def __init__(self, vocabulary: list[str], seed: int = 7) -> None:
        self.rng = random.Random(seed)
        self.pool = self.rng.sample(vocabulary, min(4000, len(vocabulary)))
        self.start = datetime(2024, 5, 6, 8, 0, tzinfo=UTC)
        self._count = 0
        self._embassies = 0

    def corpus(self, n: int, alert_share: float = 0.25, first_name: int = 0) -> list[BenchArticle]:
        """`n` articles; about `alert_share` of them carry an alerting paragraph. Rising
        tolls come back in later articles; disaster names start at `first_name`."""
        items: list[BenchArticle] = []
        name = first_name
        tolls: list[tuple[str, int, str]] = []  # (name, last value, hazard)
        for _ in range(n):
            kind = self.rng.random()
            if kind >= alert_share:
                items.append(BenchArticle(self.article(), alerting=False))
            elif tolls and kind < alert_share * 0.25:
                i = self.rng.randrange(len(tolls))
                subject, value, hazard = tolls[i]
                value += self.rng.randint(1, 5)
                tolls[i] = (subject, value, hazard)
                items.append(BenchArticle(self.article(_toll(subject, hazard, value)), True))
            elif kind < alert_share * 0.4 and self._embassies < len(_EMBASSY_CITIES) * 10:
                items.append(BenchArticle(self.article(self._embassy()), True))
            else:
                subject, hazard = disaster_name(name), self.rng.choice(_HAZARDS)
                name += 1
                value = self.rng.randint(2, 9)
                tolls.append((subject, value, hazard))
                items.append(BenchArticle(self.article(_toll(subject, hazard, value)), True))
        return items

    def alerting_article(self, name_index: int) -> Article:
        """An article whose only alert is the first death toll of a new disaster."""
        hazard = self.rng.choice(_HAZARDS)
        value = self.rng.randint(2, 9)
        return self.article(_toll(disaster_name(name_index), hazard, value))

    def article(self, key_paragraph: str | None = None) -> Article:
        """One article of 300-900 words; `key_paragraph` goes second, after the lede."""
        rng = self.rng
        published = self._next_published()
        self._count += 1
        hazard = rng.choice(_HAZARDS)
        target = rng.randint(300, 900)
        title = f"{hazard.title()} near {rng.choice(_PLACES)} leaves thousands waiting for aid"
        paragraphs: list[str] = []
        words = len(title.split()) + (len(key_paragraph.split()) if key_paragraph else 0)
        while True:
            paragraph = " ".join(self._sentence(hazard) for _ in range(rng.randint(2, 4)))
            size = len(paragraph.split())
            if words >= 300 and words + size > target:
                break
            paragraphs.append(paragraph)
            words += size
            if key_paragraph and len(paragraphs) == 1:
                paragraphs.append(key_paragraph)
        return Article(
            id=f"bench-{self._count:06d}-{rng.getrandbits(32):08x}",
            url=f"https://news.example/{published:%Y/%m/%d}/{self._count}",
            source=rng.choice(_OUTLETS),
            title=title,
            text="\n\n".join([title, *paragraphs]),
            published=published,
        )

    def _sentence(self, hazard: str) -> str:
        rng, pool = self.rng, self.pool

        def slot(options: list[str]) -> str:
            return rng.choice(options if rng.random() < 0.5 else pool)

        words = [
            slot(_SUBJECTS), slot(_VERBS), slot(_LINKS),
            rng.choice(["{m}", "many", "some", "several", "few", "most", "dozens of"]),
            slot(_ADJECTIVES), slot(_NOUNS), slot(_STATES), slot(_PREPOSITIONS),
            rng.choice(["{place}", "{region}", "{org}"]), slot(_TIMES), slot(_LINKS),
            rng.choice(pool),
        ]  # fmt: skip
        sentence = " ".join(words) + ", " + rng.choice(_SOURCES) + " " + slot(_VERBS) + "."
        return self._fill(sentence, hazard)

    def _fill(self, template: str, hazard: str) -> str:
        rng = self.rng
        return template.format(
            place=rng.choice(_PLACES), region=rng.choice(_REGIONS), person=rng.choice(_PEOPLE),
            org=rng.choice(_ORGS), outlet=rng.choice(_OUTLETS), day=rng.choice(_DAYS),
            hazard=hazard, m=rng.randint(2, 40),
        )  # fmt: skip

    def _next_published(self) -> datetime:
        return self.start + timedelta(minutes=7 * (self._count + 1))

    def _embassy(self) -> str:
        n = self._embassies
        self._embassies += 1
        country = _EMBASSY_COUNTRIES[n % len(_EMBASSY_COUNTRIES)]
        city = _EMBASSY_CITIES[(n // len(_EMBASSY_COUNTRIES)) % len(_EMBASSY_CITIES)]
        day = f"{self._next_published():%A}"  # the day it is published: a new notice
        return (
            f"The {country} Embassy in {city} issued a security alert on {day} urging its "
            f"citizens to leave the country immediately."
        )


def _toll(subject: str, hazard: str, value: int) -> str:
    return f"The death toll from the {subject} {hazard} rose to {value}, officials said."


def vocabulary(strings: Iterable[str]) -> list[str]:
    """Plain lowercase words of a spaCy StringStore, sorted (a reproducible pool). Take
    it from a freshly loaded model: the store grows with every text parsed."""
    return sorted(w for w in strings if w.isalpha() and w.islower() and 4 < len(w) < 11)
