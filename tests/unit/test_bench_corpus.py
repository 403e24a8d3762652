"""The benchmark corpus: reproducible, realistic sizes, distinct articles, and alerting
articles that do alert with the default rule pack."""

from __future__ import annotations

import itertools
import string

from processors.dedup import NearDuplicateIndex, mark_duplicate
from processors.observe import observations_from
from processors.thresholds import evaluate
from streams.corpus import CorpusGenerator, disaster_name

WORDS = ["".join(p) for p in itertools.product(string.ascii_lowercase, repeat=3)][:5000]


def test_the_same_seed_gives_the_same_corpus_and_another_seed_another() -> None:
    first = [i.article.text for i in CorpusGenerator(WORDS, seed=3).corpus(20)]
    again = [i.article.text for i in CorpusGenerator(WORDS, seed=3).corpus(20)]
    other = [i.article.text for i in CorpusGenerator(WORDS, seed=4).corpus(20)]
    assert first == again
    assert first != other


def test_articles_have_300_to_900_words_distinct_ids_and_a_share_alerting() -> None:
    corpus = CorpusGenerator(WORDS).corpus(200)
    sizes = [len(i.article.text.split()) for i in corpus]
    assert min(sizes) >= 300 and max(sizes) <= 900
    assert len({i.article.id for i in corpus}) == 200
    assert 0.15 < sum(i.alerting for i in corpus) / 200 < 0.35


def test_no_article_of_the_corpus_is_taken_for_a_near_duplicate() -> None:
    index = NearDuplicateIndex()
    marked = [mark_duplicate(i.article, index) for i in CorpusGenerator(WORDS).corpus(150)]
    assert [a.id for a in marked if a.duplicate_of] == []


def test_disaster_names_are_distinct_for_the_first_1200() -> None:
    assert len({disaster_name(n) for n in range(1200)}) == 1200


def test_each_alerting_article_of_the_latency_phase_causes_one_alert_of_its_own(
    enricher,  # type: ignore[no-untyped-def]
) -> None:
    generator = CorpusGenerator(WORDS)
    alerting = [generator.alerting_article(600 + n) for n in range(6)]
    articles = [
        a
        for pair in zip(alerting, [generator.article() for _ in alerting], strict=True)
        for a in pair
    ]
    states: dict = {}
    alerts = []
    for enriched in enricher.enrich(articles):
        for observation in observations_from(enriched):
            state, new = evaluate(
                states.get(observation.key), observation, enricher.rules.thresholds
            )
            states[observation.key] = state
            alerts += new
    assert sorted(a.evidence[0].article_id for a in alerts) == sorted(a.id for a in alerting)
    assert {a.kind for a in alerts} == {"first_value"}
