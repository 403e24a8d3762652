"""Enrichment: one spaCy parse per article, then entities, claims and events read
from that same Doc."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from processors.claims import extract_claims
from processors.events import extract_events
from processors.models import Article, EnrichedArticle, Entity
from processors.rulepack import RulePack


class Enricher:
    """Parses articles in batches and reads entities, claims and events from them."""

    def __init__(
        self, model: str | None = None, rules: RulePack | None = None, batch_size: int = 32
    ) -> None:
        self.rules = rules or RulePack.load()
        self.nlp = _pipeline(model)
        self.batch_size = batch_size
        self.reparse = lru_cache(maxsize=512)(self.nlp)  # headlines in sentence case

    def enrich(self, articles: Iterable[Article]) -> list[EnrichedArticle]:
        """Enriched records for `articles`, in order, from a single `nlp.pipe` pass."""
        items = list(articles)
        docs = self.nlp.pipe((a.text for a in items), batch_size=self.batch_size)
        return [self.read(article, doc) for article, doc in zip(items, docs, strict=True)]

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
            claims=[c.model_copy(update={"sentence": clip(c.sentence)}) for c in claims],
            events=[e.model_copy(update={"sentence": clip(e.sentence)}) for e in events],
        )


MAX_SENTENCE_CHARS = 1000


def clip(sentence: str, limit: int = MAX_SENTENCE_CHARS) -> str:
    """Evidence sentences at most `limit` characters: every claim carries its sentence,
    and a run-on "sentence" of a hostile article would make records too big for Kafka."""
    return sentence if len(sentence) <= limit else sentence[: limit - 1] + "…"


def published_date(value: str | None) -> date | None:
    """A date from an ISO date or datetime string (None when absent)."""
    if not value:
        return None
    return date.fromisoformat(value[:10])


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines, captions and paragraphs never run on."""
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
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
    if "parser" in nlp.pipe_names and "paragraph_breaks" not in nlp.pipe_names:
        nlp.add_pipe("paragraph_breaks", before="parser")
    return nlp


def _entities(doc: Doc) -> list[Entity]:
    try:
        from processors.entities import entities_from_doc
    except ImportError:
        return [Entity(text=e.text, label=e.label_) for e in doc.ents]
    return entities_from_doc(doc)
