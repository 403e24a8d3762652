"""Candidate sentences: only sentences that can hold a claim or an event are parsed,
and enrichment reads the same claims and events as a parse of the whole article."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from processors.candidates import CandidateFinder, rule_words
from processors.enrich import Enricher
from processors.evaluate import load_devset
from processors.models import Article
from processors.rulepack import DEFAULT_PACK, RulePack


@pytest.fixture(scope="module")
def full_enricher() -> Enricher:
    return Enricher(select=False)


@pytest.fixture(scope="module")
def finder(enricher: Enricher) -> CandidateFinder:
    assert enricher.finder is not None
    return enricher.finder


def is_candidate(enricher: Enricher, finder: CandidateFinder, text: str) -> bool:
    doc = enricher.nlp.make_doc(text)
    return any(finder.is_candidate_word(t) for t in doc)


@pytest.mark.parametrize(
    "sentence",
    [
        "The toll rose to 57 on Monday.",
        "Seven people were missing.",
        "Kunduz was the twelfth capital to be lost.",
        "A dozen homes were damaged.",
        "Half of the village was empty.",
        "Rebels took the town overnight.",  # irregular: took -> take
        "The city fell without a fight.",  # fell -> fall
        "Insurgents were seizing the roads.",
        "The embassy said little.",
        "Diplomats met in the capital.",
    ],
)
def test_a_sentence_with_a_number_or_a_rule_word_is_a_candidate(
    enricher: Enricher, finder: CandidateFinder, sentence: str
) -> None:
    assert is_candidate(enricher, finder, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Residents waited in the rain outside the clinic.",
        "Officials said the road was quiet.",
        # an embassy trigger without an embassy word makes no embassy event
        "Officials urged residents to leave the area.",
    ],
)
def test_a_plain_narrative_sentence_is_not_a_candidate(
    enricher: Enricher, finder: CandidateFinder, sentence: str
) -> None:
    assert not is_candidate(enricher, finder, sentence)


def test_a_trigger_added_to_a_rule_pack_makes_a_candidate(
    enricher: Enricher, tmp_path: Path
) -> None:
    pack = tmp_path / "pack"
    shutil.copytree(DEFAULT_PACK, pack)
    events = yaml.safe_load((pack / "events.yaml").read_text())
    events["events"].append(
        {"type": "town_quarantined", "actor": "group", "triggers": ["quarantine"]}
    )
    (pack / "events.yaml").write_text(yaml.safe_dump(events))
    sentence = "Soldiers quarantined the northern villages."
    default = CandidateFinder(RulePack.load(), enricher.finder.lemmas if enricher.finder else None)
    extended = CandidateFinder(RulePack.load(pack), default.lemmas)
    assert "quarantine" in rule_words(RulePack.load(pack))
    assert not is_candidate(enricher, default, sentence)
    assert is_candidate(enricher, extended, sentence)


def test_sentences_split_at_line_breaks_and_sentence_ends(
    enricher: Enricher, finder: CandidateFinder
) -> None:
    text = 'Quiet day.\n\nThe toll rose to 5. "Leave now," he said. It rained. it went on.'
    doc = enricher.nlp.make_doc(text)
    starts = finder.sentence_starts(doc)
    sentences = [
        doc[a:b].text.strip() for a, b in zip(starts, [*starts[1:], len(doc)], strict=True)
    ]
    assert sentences == [
        "Quiet day.",
        "The toll rose to 5.",
        '"Leave now," he said.',
        "It rained. it went on.",  # a lower-case word starts no sentence
    ]


def test_pieces_cover_the_article_and_alternate(
    enricher: Enricher, finder: CandidateFinder
) -> None:
    text = "Rain fell on the town. People waited. The toll rose to 5. Roads were shut."
    doc = enricher.nlp.make_doc(text)
    pieces = finder.pieces(doc)
    assert pieces[0].start == 0 and pieces[-1].end == len(doc)
    assert all(
        a.end == b.start and a.parse != b.parse for a, b in zip(pieces, pieces[1:], strict=False)
    )
    parsed = [doc[p.start : p.end].text.strip() for p in pieces if p.parse]
    assert parsed == ["Rain fell on the town.", "The toll rose to 5."]  # fell: "fall"


def test_the_enriched_doc_keeps_the_text_offsets_and_gazetteer_entities(
    enricher: Enricher,
) -> None:
    text = (
        "Residents of Herat waited for news.\n\n"
        "The death toll from the flood rose to 12, officials said on Tuesday."
    )
    [doc] = enricher.parse([text])
    assert doc.text == text
    assert [s.text.strip() for s in doc.sents] == [
        "Residents of Herat waited for news.",
        "The death toll from the flood rose to 12, officials said on Tuesday.",
    ]
    assert ("Tuesday", "DATE") in [(e.text, e.label_) for e in doc.ents]  # NER, parsed part
    [enriched] = enricher.enrich([Article(id="a", text=text)])
    herat = next(e for e in enriched.entities if e.text == "Herat")  # an unparsed sentence
    assert herat.id is not None and text[herat.start : herat.end] == "Herat"
    for entity in enriched.entities:
        assert text[entity.start : entity.end] == entity.text
    assert [c.value for c in enriched.claims] == [12]


def test_an_article_without_candidates_is_not_parsed(enricher: Enricher) -> None:
    text = "Residents waited in the rain.\n\nShops stayed shut for the evening."
    before = enricher.stats.parsed
    [enriched] = enricher.enrich([Article(id="b", text=text)])
    assert enricher.stats.parsed == before
    assert enriched.claims == [] and enriched.events == []


@pytest.mark.parametrize("text", ["", "   ", "\n\n", "5", "Quiet.\n\n\n"])
def test_empty_and_tiny_texts_enrich(enricher: Enricher, text: str) -> None:
    [enriched] = enricher.enrich([Article(id="c", text=text)])
    assert enriched.claims == []


def test_every_sentence_claims_could_read_is_a_candidate(
    enricher: Enricher, finder: CandidateFinder
) -> None:
    """Claims start from a token `like_num`, "dozen" or "half" (claims' own filter)."""
    for row in load_devset():
        doc = enricher.nlp.make_doc(row["text"])
        for token in doc:
            if token.like_num or token.lower_ in ("dozen", "half"):
                assert finder.is_candidate_word(token), token.text


def test_claims_and_events_equal_those_of_a_whole_article_parse(
    enricher: Enricher, full_enricher: Enricher
) -> None:
    articles = [
        Article(id=row["id"], text=row["text"], published=row.get("published"))
        for row in load_devset()
    ]
    selected = enricher.enrich(articles)
    whole = full_enricher.enrich(articles)
    for article, a, b in zip(articles, selected, whole, strict=True):
        assert a.claims == b.claims, article.id
        assert a.events == b.events, article.id
