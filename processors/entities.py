"""Named entities: spaCy's statistical NER plus a gazetteer (processors/gazetteer.yaml)
that types and links the names the domain cares about: countries, Afghan provinces and
their capitals, armed groups, embassies, news and photo agencies.

The gazetteer is a phrase-matching component placed before "ner", so the model predicts around the
names it fixes. After "ner", the world's towns (`TownTagger`) become places where the model
typed them as people or organisations or missed them. `entities_from_doc` works on any doc
from a pipeline that has them, including a full one (tagger and parser kept) shared with
claim extraction.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import spacy
import yaml
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from processors.models import Entity
from processors.nlp import resolve_model_name

GAZETTEER_PATH = Path(__file__).with_name("gazetteer.yaml")
RULER_NAME = "gazetteer"
TOWNS_NAME = "towns"
NAMED_LABELS = frozenset(
    {"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW",
     "LANGUAGE"}
)  # fmt: skip
# components an entities-only pipeline does not run (unless ner listens to tok2vec)
_NOT_FOR_ENTITIES = ("tagger", "parser", "attribute_ruler", "lemmatizer", "senter", "morphologizer")
_ANAPHORIC_DETERMINERS = {"the", "its", "this", "that"}


def build_entity_pipeline(
    model: str | None = None, *, parse: bool = False, gazetteer: Path = GAZETTEER_PATH
) -> Language:
    """A fresh pipeline (never the shared cached one) with the gazetteer before "ner";
    only the components NER needs unless `parse` keeps tagger, parser and the rest."""
    name = resolve_model_name(model)
    nlp = spacy.load(name) if parse else spacy.load(name, exclude=list(_NOT_FOR_ENTITIES))
    if not parse and "tok2vec" in nlp.pipe_names:
        listeners = getattr(nlp.get_pipe("tok2vec"), "listening_components", [])
        if not set(listeners) & set(nlp.pipe_names):
            nlp.remove_pipe("tok2vec")
    add_gazetteer(nlp, gazetteer)
    return nlp


def add_gazetteer(nlp: Language, path: Path = GAZETTEER_PATH) -> GazetteerMatcher:
    """Add the gazetteer component (named "gazetteer") before "ner", or last when there
    is no "ner", and the world's towns ("towns", last) when the gazetteer asks for them;
    returns the gazetteer. Adding it twice returns the existing one."""
    if RULER_NAME not in nlp.pipe_names:
        nlp.add_pipe(
            "tocsin_gazetteer",
            name=RULER_NAME,
            before="ner" if "ner" in nlp.pipe_names else None,
            config={"path": str(path)},
        )
    population = load_gazetteer(path).town_population
    if population and TOWNS_NAME not in nlp.pipe_names:
        nlp.add_pipe("tocsin_towns", name=TOWNS_NAME, config={"min_population": population})
    component = nlp.get_pipe(RULER_NAME)
    assert isinstance(component, GazetteerMatcher)
    return component


class GazetteerMatcher:
    """Pipeline component that marks gazetteer names as entities, with label and id
    (`span.ent_id_`). Works like an EntityRuler, but with a single PhraseMatcher on
    LOWER: case-sensitive aliases ("US", "AP") are matched the same way and then
    checked as written, which is several times cheaper than token patterns."""

    def __init__(self, nlp: Language, path: Path = GAZETTEER_PATH) -> None:
        gaz = load_gazetteer(path)
        self._exact = gaz.exact
        self._keys: dict[int, tuple[str, str, bool]] = {}
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        groups: dict[tuple[str, str, bool], list[str]] = {}
        for key, (label, ent_id) in gaz.lower.items():
            groups.setdefault((label, ent_id, False), []).append(gaz.written[key])
        for alias, (label, ent_id) in gaz.exact.items():
            groups.setdefault((label, ent_id, True), []).append(alias)
        for (label, ent_id, exact), aliases in groups.items():
            key = f"{label}|{ent_id}|{'exact' if exact else 'lower'}"
            self.matcher.add(key, [nlp.make_doc(alias) for alias in aliases])
            self._keys[nlp.vocab.strings.add(key)] = (label, ent_id, exact)

    def __len__(self) -> int:
        return len(self.matcher)

    def __call__(self, doc: Doc) -> Doc:
        # longest match first, then leftmost, as the EntityRuler does
        matches = sorted(self.matcher(doc), key=lambda m: (m[1] - m[2], m[1]))
        taken: set[int] = set()
        spans: list[Span] = []
        for match_id, start, end in matches:
            label, ent_id, exact = self._keys[match_id]
            if exact and self._exact.get(doc[start:end].text) != (label, ent_id):
                continue
            if taken.intersection(range(start, end)):
                continue
            taken.update(range(start, end))
            spans.append(Span(doc, start, end, label=label, span_id=ent_id))
        if spans:
            kept = [e for e in doc.ents if not taken.intersection(range(e.start, e.end))]
            doc.ents = sorted([*kept, *spans], key=lambda span: span.start)
        return doc


@Language.factory("tocsin_gazetteer", default_config={"path": str(GAZETTEER_PATH)})
def make_gazetteer(nlp: Language, name: str, path: str) -> GazetteerMatcher:
    return GazetteerMatcher(nlp, Path(path))


PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_LONGEST_TOWN = 6  # tokens ("Vila Franca de Xira")


class TownTagger:
    """Pipeline component after "ner": a town of the world's city table of at least
    `min_population` people (`world.towns_as_written`: no common word or given name),
    named as written and standing alone (no capitalised word before or after it but a
    sentence's first stop word: "In Sikasso"), becomes a place (GPE, "city:<slug>") where
    the model typed it as something else or not at all. A place the model found, a
    gazetteer name and a longer entity ("Ali Sennar", "Kosti Port Authority") stay."""

    def __init__(self, min_population: int) -> None:
        from processors.world import towns_as_written, unaccented

        self.names = towns_as_written(min_population)
        self.fold = unaccented
        self.first_words = {_first_word(name) for name in self.names}

    def __call__(self, doc: Doc) -> Doc:
        spans: list[Span] = []
        i = 0
        while i < len(doc):
            town = self._town_at(doc, i)
            if town is not None and self._retypes(doc, town):
                spans.append(town)
            i = town.end if town is not None else i + 1
        if spans:
            taken = {(s.start, s.end) for s in spans}
            kept = [e for e in doc.ents if (e.start, e.end) not in taken]
            doc.ents = sorted([*kept, *spans], key=lambda span: span.start)
        return doc

    def _town_at(self, doc: Doc, i: int) -> Span | None:
        """The longest town name starting at token `i`, standing alone."""
        if _first_word(doc[i].text) not in self.first_words:
            return None
        if i and _capitalised(doc[i - 1]) and not _opens(doc, i - 1):
            return None
        for end in range(min(len(doc), i + _LONGEST_TOWN), i, -1):
            if doc[i:end].text in self.names:
                if end < len(doc) and _capitalised(doc[end]):
                    return None
                town_id = f"city:{slug(self.fold(doc[i:end].text))}"
                return Span(doc, i, end, label="GPE", span_id=town_id)
        return None

    @staticmethod
    def _retypes(doc: Doc, town: Span) -> bool:
        """No entity the town would override: a place, a gazetteer name, a longer one."""
        for token in town:
            if token.ent_iob_ in ("B", "I"):
                ent = next(e for e in doc.ents if e.start <= token.i < e.end)
                if (
                    ent.label_ in PLACE_LABELS
                    or ent.ent_id_
                    or (ent.start, ent.end) != (town.start, town.end)
                ):
                    return False
        return True


def _first_word(text: str) -> str:
    """ "Rostov" of "Rostov-on-Don", "L" of "L'Aquila": how a name's first token starts."""
    return re.split(r"[\s\-'’.]", text, maxsplit=1)[0]


def _capitalised(token: Token) -> bool:
    return token.is_alpha and token.text[:1].isupper()


def _opens(doc: Doc, i: int) -> bool:
    """Token `i` is a stop word that opens its sentence or line ("In", "The")."""
    return doc[i].is_stop and (i == 0 or doc[i - 1].is_punct or doc[i - 1].is_space)


@Language.factory("tocsin_towns", default_config={"min_population": 15000})
def make_towns(nlp: Language, name: str, min_population: int) -> TownTagger:
    return TownTagger(min_population)


def entities_from_doc(doc: Doc, labels: Collection[str] | None = NAMED_LABELS) -> list[Entity]:
    """The doc's entities in order, typed and linked by the gazetteer where it knows the
    name; "the embassy" (and "U.S. Embassy", "embassy in Kabul") is linked to the embassy
    the text named before it. `labels=None` keeps every label (dates, numbers...)."""
    gaz = load_gazetteer(GAZETTEER_PATH)
    spans = sorted([*doc.ents, *_anaphoric_embassies(doc)], key=lambda s: s.start)
    full_embassies = [
        (span.start, span.ent_id_) for span in spans if _is_full_embassy_id(span.ent_id_)
    ]
    entities: list[Entity] = []
    last_embassy: str | None = None
    for span in spans:
        label, ent_id = span.label_, span.ent_id_ or None
        if ent_id is None:
            label, ent_id = gaz.lookup(span.text) or (label, None)
        if ent_id is not None and ent_id.startswith("embassy:"):
            ent_id = last_embassy = _resolve_embassy(ent_id, span.start, full_embassies)
        elif ent_id is None and span.text.lower() in ("embassy", "the embassy"):
            if last_embassy is None and span.label_ == "":
                continue  # "the embassy" before any embassy is named
            label, ent_id = "ORG", last_embassy
        if labels is not None and label not in labels:
            continue
        entities.append(
            Entity(text=span.text, label=label, id=ent_id, start=span.start_char, end=span.end_char)
        )
    return entities


def extract_entities(
    nlp: Language, texts: Iterable[str], batch_size: int = 32
) -> list[list[Entity]]:
    """Entities of each text, in order, parsing them in batches with `nlp.pipe`."""
    return [entities_from_doc(doc) for doc in nlp.pipe(texts, batch_size=batch_size)]


# --- embassies --------------------------------------------------------------------------------


def _is_full_embassy_id(ent_id: str) -> bool:
    return ent_id.startswith("embassy:") and ent_id.count(":") == 2


def _resolve_embassy(ent_id: str, position: int, full: list[tuple[int, str]]) -> str:
    """A partial embassy id ("embassy:us", "embassy:kabul") becomes the last full one
    before it that agrees, else the first after it; otherwise it stays partial."""
    if _is_full_embassy_id(ent_id):
        return ent_id
    part = ent_id.removeprefix("embassy:")

    def agrees(candidate: str) -> bool:
        return part in candidate.split(":")[1:]

    before = [c for start, c in full if start < position and agrees(c)]
    if before:
        return before[-1]
    after = [c for start, c in full if start > position and agrees(c)]
    return after[0] if after else ent_id


def _anaphoric_embassies(doc: Doc) -> list[Span]:
    """Bare "the embassy" mentions that no entity covers, as unlabelled spans."""
    if "embass" not in doc.text.lower():
        return []
    spans = []
    for token in doc:
        if (
            token.lower_ == "embassy"
            and token.ent_iob_ in ("O", "")
            and token.i > 0
            and doc[token.i - 1].lower_ in _ANAPHORIC_DETERMINERS
        ):
            spans.append(doc[token.i : token.i + 1])
    return spans


# --- gazetteer ----------------------------------------------------------------------------------


@dataclass
class Gazetteer:
    """Aliases with their label and id: `lower` match case-insensitively, `exact` only
    as written (acronyms like "US", and names in `case_sensitive`)."""

    lower: dict[str, tuple[str, str]] = field(default_factory=dict)
    exact: dict[str, tuple[str, str]] = field(default_factory=dict)
    # the alias as written for each lowercase key: the tokenizer's special cases
    # ("U.S.") are case-sensitive, so phrase patterns are tokenized as written
    written: dict[str, str] = field(default_factory=dict)
    # the world's towns of at least this many people are places (`TownTagger`)
    town_population: int | None = None

    def add(self, alias: str, label: str, ent_id: str, case_sensitive: bool) -> None:
        if case_sensitive:
            self.exact[alias] = (label, ent_id)
        else:
            self.lower[alias.lower()] = (label, ent_id)
            self.written[alias.lower()] = alias

    def lookup(self, text: str) -> tuple[str, str] | None:
        """Label and id of a mention found by the statistical model, if it is a known
        name ("The U.S. Embassy", "Herat's")."""
        text = re.sub(r"^(?:the|its)\s+|'s$", "", text.strip(), flags=re.I)
        return self.exact.get(text) or self.lower.get(text.lower())


class GazetteerError(ValueError):
    """The gazetteer YAML is malformed; the message names the entry."""


@lru_cache(maxsize=4)
def load_gazetteer(path: Path = GAZETTEER_PATH) -> Gazetteer:
    """Read the gazetteer YAML (see its header for the id scheme)."""
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    case_sensitive = set(data.get("case_sensitive", []))
    gaz = Gazetteer()

    def add(alias: str, label: str, ent_id: str) -> None:
        if not isinstance(ent_id, str) or not isinstance(alias, str):
            raise GazetteerError(f"{path}: id and names must be strings: {ent_id!r}: {alias!r}")
        alias = alias.strip()
        exact = alias in case_sensitive or (" " not in alias and _is_acronym(alias))
        gaz.add(alias, label, ent_id, exact)

    try:
        for code, names in data.get("countries", {}).items():
            for name in names:
                add(name, "GPE", code)
        # order matters: a later alias wins, so a bare capital name is the city
        for district in data.get("districts", []):
            for name in district["names"]:
                add(name, "GPE", f"district:{slug(district['names'][0])}")
        for city in data.get("cities", []):
            for name in city["names"]:
                add(name, "GPE", f"city:{slug(city['names'][0])}")
        for province in data.get("provinces", []):
            for name in province["names"]:
                add(name, "GPE", province["id"])
        for province in data.get("provinces", []):
            city_id = f"city:{slug(province['capital'][0])}"
            for name in province["capital"]:
                add(name, "GPE", city_id)
                add(f"{name} city", "GPE", city_id)
            for name in province["names"]:
                for form in (f"{name} province", f"province of {name}"):
                    add(form, "GPE", province["id"])
        for section in ("groups", "orgs", "agencies"):
            for ent_id, names in data.get(section, {}).items():
                for name in names:
                    add(name, "ORG", ent_id)
        _add_embassies(data.get("embassies", {}), data.get("countries", {}), add)
        if data.get("world_capitals"):
            _add_world_capitals(gaz)
        gaz.town_population = data.get("world_towns")
    except (KeyError, TypeError, AttributeError) as error:
        raise GazetteerError(f"{path}: malformed entry ({error!r})") from error
    return gaz


def _add_world_capitals(gaz: Gazetteer) -> None:
    """Every country's capital (GeoNames) as a place, matched only as written with its
    capital letter ("Gitega", "Bissau"; not "male staff"), unless the gazetteer already
    names it: the small model tags capitals it never saw as people or organisations."""
    from processors.world import capitals_as_written, unaccented

    for capital in capitals_as_written():
        folded = unaccented(capital)
        for form in dict.fromkeys((capital, folded)):
            if form.lower() not in gaz.lower and form not in gaz.exact:
                gaz.add(form, "GPE", f"city:{slug(folded)}", True)


def _add_embassies(spec: dict[str, Any], countries: dict[str, list[str]], add: Any) -> None:
    cities = [str(c) for c in spec.get("cities", [])]
    for city in cities:
        add(f"embassy in {city}", "ORG", f"embassy:{slug(city)}")
    for code, names in spec.get("countries", {}).items():
        country_names = [*names, *countries.get(code.upper(), [])]
        for name in dict.fromkeys(country_names):
            add(f"{name} embassy", "ORG", f"embassy:{code}")
            add(f"embassy of {name}", "ORG", f"embassy:{code}")
            add(f"embassy of the {name}", "ORG", f"embassy:{code}")
            for city in cities:
                ent_id = f"embassy:{code}:{slug(city)}"
                add(f"{name} embassy in {city}", "ORG", ent_id)
                add(f"embassy of {name} in {city}", "ORG", ent_id)
                add(f"embassy of the {name} in {city}", "ORG", ent_id)


def _is_acronym(alias: str) -> bool:
    letters = [c for c in alias if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def slug(name: str) -> str:
    """Lowercase ASCII-ish id part: "Mazar-i-Sharif" -> "mazar-i-sharif"."""
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
