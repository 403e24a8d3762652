"""The enrich agent's batch step: small spaCy batches, each sent on as soon as it is
parsed, in the order the records came, a failing article to the dead-letter topic.
spaCy is replaced by a fake runner: this is the agent's bookkeeping, not NLP."""

from __future__ import annotations

import asyncio

from processors.models import Article, EnrichedArticle
from streams.pipeline import Pipeline
from streams.settings import Settings
from streams.topics import ARTICLES_ENRICHED, TopicSpec


class FakeNlp:
    """Enriches batches; a batch waits until `release` is set when `gate` names one of
    its articles, and any batch holding the article `bad` fails."""

    def __init__(self, gate: str = "", bad: str = "") -> None:
        self.gate, self.bad = gate, bad
        self.release = asyncio.Event()
        self.batches: list[list[str]] = []

    async def enrich(self, articles: list[Article]) -> list[EnrichedArticle]:
        ids = [a.id for a in articles]
        self.batches.append(ids)
        if self.gate in ids:
            await self.release.wait()
        if self.bad in ids:
            raise ValueError(f"cannot parse {self.bad}")
        return [EnrichedArticle(article=a) for a in articles]


class BatchStep(Pipeline):
    """The pipeline's batch step without Faust: sends and dead letters are recorded."""

    def __init__(self, nlp: FakeNlp, batch: int) -> None:
        self.settings = Settings(nlp_batch=batch)
        self.nlp = nlp  # type: ignore[assignment]
        self.sent: list[str] = []
        self.dead: list[tuple[str, str]] = []  # type: ignore[assignment]

    async def send(self, spec: TopicSpec, key: str, value: bytes) -> None:
        assert spec is ARTICLES_ENRICHED
        self.sent.append(key)
        if len(self.sent) == 1:
            self.nlp.release.set()  # type: ignore[attr-defined]

    async def dead_letter(self, spec, stage, reason, error, value, key) -> None:  # type: ignore[no-untyped-def]
        self.dead.append((key.decode(), reason))


def records(*ids: str, duplicate: str = "") -> list[tuple[bytes, bytes]]:
    out = []
    for i in ids:
        article = Article(id=i, text=f"Text of {i}.")
        if i == duplicate:
            article = article.model_copy(update={"duplicate_of": "a", "similarity": 1.0})
        out.append((i.encode(), article.dumps()))
    return out


async def test_the_first_small_batch_is_sent_on_before_the_last_is_parsed():
    nlp = FakeNlp(gate="e")  # the last batch waits until something has been sent
    step = BatchStep(nlp, batch=2)
    await asyncio.wait_for(step.on_clean_batch(records("a", "b", "c", "d", "e")), timeout=10)
    assert nlp.batches == [["a", "b"], ["c", "d"], ["e"]]
    assert step.sent == ["a", "b", "c", "d", "e"]


async def test_a_failing_batch_is_parsed_article_by_article_and_only_the_bad_one_is_dead():
    nlp = FakeNlp(bad="c")
    step = BatchStep(nlp, batch=2)
    nlp.release.set()
    await asyncio.wait_for(step.on_clean_batch(records("a", "b", "c", "d", "e")), timeout=10)
    assert step.sent == ["a", "b", "d", "e"]
    assert step.dead == [("c", "error")]
    assert ["c"] in nlp.batches and ["d"] in nlp.batches


async def test_an_exact_duplicate_is_sent_unparsed_in_its_place():
    nlp = FakeNlp()
    step = BatchStep(nlp, batch=2)
    nlp.release.set()
    await step.on_clean_batch(records("a", "b", "c", duplicate="b"))
    assert nlp.batches == [["a", "c"]]
    assert step.sent == ["a", "b", "c"]
