"""Enrichment: one spaCy doc per article, then entities, claims and events read
from that same Doc.

Only the sentences that can hold a claim or an event (`processors.candidates`) get
the statistical pipeline; the rest of the article is only tokenized and run through
the gazetteer. The pieces are joined back into one Doc with the article's exact
text, so character offsets, the gazetteer's entities and the words around a
sentence are those of the whole article. `select=False` parses everything.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import cast

import numpy
from spacy.attrs import DEP, HEAD, ORTH
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from thinc.types import Ints2d

from processors.candidates import CandidateFinder, Piece, model_lemmas
from processors.claims import extract_claims
from processors.events import extract_events, resolve_date
from processors.models import Article, EnrichedArticle, Entity
from processors.numbers import ESTIMATE_ABBREVIATIONS
from processors.rulepack import RulePack


class Enricher:
    """Parses articles in batches and reads entities, claims and events from them."""

    def __init__(
        self,
        model: str | None = None,
        rules: RulePack | None = None,
        batch_size: int = 32,
        select: bool = True,
    ) -> None:
        self.rules = rules or RulePack.load()
        self.nlp = _pipeline(model)
        self.batch_size = batch_size
        self.reparse = lru_cache(maxsize=512)(self.nlp)  # headlines in sentence case
        self.finder = CandidateFinder(self.rules, model_lemmas(self.nlp)) if select else None
        self.stats = ParseStats()

    def enrich(self, articles: Iterable[Article]) -> list[EnrichedArticle]:
        """Enriched records for `articles`, in order, from a single `nlp.pipe` pass."""
        items = list(articles)
        docs = self.parse([a.text for a in items])
        return [self.read(article, doc) for article, doc in zip(items, docs, strict=True)]

    def parse(self, texts: list[str]) -> list[Doc]:
        """One doc per text, the candidate sentences parsed (all of it without a finder)."""
        if self.finder is None:
            return list(self.nlp.pipe(texts, batch_size=self.batch_size))
        light = [self._light(text) for text in texts]
        cuts = [self.finder.pieces(doc) for doc in light]
        wanted = [
            doc[p.start : p.end].as_doc()
            for doc, pieces in zip(light, cuts, strict=True)
            for p in pieces
            if p.parse
        ]
        parsed = iter(self.nlp.pipe(wanted, batch_size=self.batch_size))
        docs = []
        for doc, pieces in zip(light, cuts, strict=True):
            parts = [next(parsed) if p.parse else self._unparsed(doc, p) for p in pieces]
            docs.append(_joined(doc, parts))
            self.stats.add(doc, pieces)
        return docs

    def _light(self, text: str) -> Doc:
        """The text tokenized, with the gazetteer's entities and nothing else."""
        doc = self.nlp.make_doc(text)
        if "gazetteer" in self.nlp.pipe_names:
            doc = self.nlp.get_pipe("gazetteer")(doc)
        return doc

    def _unparsed(self, doc: Doc, piece: Piece) -> Doc:
        """A piece left unparsed, split into the finder's sentences: each is a flat tree
        (its first token the root), so that the joined doc keeps these boundaries."""
        assert self.finder is not None
        part = doc[piece.start : piece.end].as_doc()
        starts = [*self.finder.sentence_starts(part), len(part)]
        heads = numpy.zeros(len(part), dtype="int64")
        deps = numpy.full(len(part), part.vocab.strings.add("dep"), dtype="uint64")
        for start, end in itertools.pairwise(starts):
            heads[start:end] = start - numpy.arange(start, end)
            deps[start] = part.vocab.strings.add("ROOT")
        array = numpy.stack([heads.astype("uint64"), deps], axis=1)
        part.from_array([HEAD, DEP], cast(Ints2d, array))
        if "towns" in self.nlp.pipe_names:
            part = self.nlp.get_pipe("towns")(part)  # the world's towns, as in parsed pieces
        return part

    def read(self, article: Article, doc: Doc) -> EnrichedArticle:
        """Entities, claims and events of one already parsed article."""
        # Undated articles are read as news at ingest time: "Thursday" and "April 27"
        # resolve against the time the article arrived. That day may be days after
        # the news, so there a weekday name never makes a recap (`dated=False`).
        reference = article.published or article.fetched
        published = reference.date() if reference else None
        dated = article.published is not None
        claims = extract_claims(
            doc, self.rules, published, article.other_story_headlines, self.reparse, dated
        )
        events = extract_events(
            doc, self.rules, published, article.other_story_headlines, self.reparse, dated
        )
        return EnrichedArticle(
            article=article,
            entities=_entities(doc),
            claims=[
                c.model_copy(
                    update={"sentence": clip(c.sentence), "as_of": as_of(c.time, published)}
                )
                for c in claims
            ],
            events=[e.model_copy(update={"sentence": clip(e.sentence)}) for e in events],
        )


@dataclass
class ParseStats:
    """How much of the text the statistical pipeline saw (tokens)."""

    tokens: int = 0
    parsed: int = 0

    def add(self, doc: Doc, pieces: list[Piece]) -> None:
        self.tokens += len(doc)
        self.parsed += sum(p.end - p.start for p in pieces if p.parse)

    @property
    def share(self) -> float:
        return self.parsed / self.tokens if self.tokens else 0.0


def _joined(doc: Doc, parts: list[Doc]) -> Doc:
    """The pieces of `doc` as one Doc again (same text, same tokens)."""
    if len(parts) == 1:
        return parts[0]
    # the parsed pieces have tensors and the others none; nothing downstream reads them
    joined = Doc.from_docs(  # type: ignore[call-arg]  # (`exclude` is missing from the stub)
        parts, ensure_whitespace=False, exclude=["tensor", "user_data"]
    )
    if joined.text != doc.text or len(joined) != len(doc):
        raise ValueError("the parsed pieces do not join back into the article's text")
    return joined


MAX_SENTENCE_CHARS = 1000


def clip(sentence: str, limit: int = MAX_SENTENCE_CHARS) -> str:
    """Evidence sentences at most `limit` characters: every claim carries its sentence,
    and a run-on "sentence" of a hostile article would make records too big for Kafka."""
    return sentence if len(sentence) <= limit else sentence[: limit - 1] + "…"


# a period running up to the article's day: its count is as of publication
_RUNNING = re.compile(r"\b(since|so far|to date|until|up to|this|now)\b", re.IGNORECASE)


def as_of(time: str | None, published: date | None) -> date | None:
    """The latest day a count dated by `time` ("in 1985", "on Tuesday") can be as of."""
    if not time or published is None or _RUNNING.search(time):
        return None
    return resolve_date(time, published, latest=True)


def published_date(value: str | None) -> date | None:
    """A date from an ISO date or datetime string (None when absent)."""
    if not value:
        return None
    return date.fromisoformat(value[:10])


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines, captions and paragraphs never run on; nor
    does a headline into its standfirst ("Headline | standfirst")."""
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
        if token.text == "|" and token.i > 0:
            token.is_sent_start = True
            # the standfirst is a sentence of its own, its first word not one alone
            doc[token.i + 1].is_sent_start = True
            if token.i + 2 < len(doc) and not doc[token.i + 1].is_space:
                doc[token.i + 2].is_sent_start = False
        if token.text == ":" and token.i > 0 and doc[token.i + 1].like_num:
            # "Cumulative cases since outbreak began: 1,204": a row's figure ends its label
            doc[token.i + 1].is_sent_start = False
    return doc


def _pipeline(model: str | None) -> Language:
    try:
        from processors.entities import build_entity_pipeline
    except ImportError:
        import spacy

        from processors.nlp import resolve_model_name

        nlp = spacy.load(resolve_model_name(model))
    else:
        nlp = build_entity_pipeline(model, parse=True)
    for abbreviation in ESTIMATE_ABBREVIATIONS:
        # "now est. 6,400 acres": one token, so the period ends no sentence before the figure
        cast(Tokenizer, nlp.tokenizer).add_special_case(abbreviation, [{ORTH: abbreviation}])
    if "parser" in nlp.pipe_names and "paragraph_breaks" not in nlp.pipe_names:
        nlp.add_pipe("paragraph_breaks", before="parser")
    return nlp


def _entities(doc: Doc) -> list[Entity]:
    try:
        from processors.entities import entities_from_doc
    except ImportError:
        return [Entity(text=e.text, label=e.label_) for e in doc.ents]
    return entities_from_doc(doc)
