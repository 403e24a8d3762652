"""The text processors on the five seed articles: cleaning, the duplicate pair, and the
key entities of each seed. Skipped when ../shared/seeds is absent."""

from datetime import UTC, datetime
from pathlib import Path

import pytest

from processors.clean import article_from_text, clean_article
from processors.dedup import NearDuplicateIndex, mark_duplicate
from processors.entities import extract_entities
from processors.models import Article, Entity

SEEDS = Path(__file__).parents[2].parent / "shared" / "seeds"

pytestmark = pytest.mark.skipif(
    not SEEDS.is_dir() or not any(SEEDS.glob("*.txt")), reason=f"no seed articles at {SEEDS}"
)


@pytest.fixture(scope="module")
def seeds() -> list[Article]:
    """The seeds in file order, cleaned; the list index is the file's number."""
    return [
        clean_article(article_from_text(path.read_text(encoding="utf-8"), source=path.stem))
        for path in sorted(SEEDS.glob("*.txt"))
    ]


@pytest.fixture(scope="module")
def entities(seeds, entity_nlp) -> list[list[Entity]]:
    return extract_entities(entity_nlp, [a.text for a in seeds])


def labelled(entities: list[Entity], text: str) -> set[tuple[str, str | None]]:
    return {(e.label, e.id) for e in entities if e.text == text}


def test_seo_spam_line_of_003_is_removed(seeds):
    assert "EyeQ" not in seeds[3].text and "crab" not in seeds[3].text
    assert seeds[3].text.startswith("The US Embassy in Kabul has warned")


def test_date_line_of_002_sets_published(seeds):
    assert seeds[2].published == datetime(2021, 8, 12, tzinfo=UTC)
    assert not seeds[2].text.lstrip().lower().startswith("date")


def test_credits_font_widget_and_byline_are_not_body(seeds):
    bodies = "\n".join(a.text for a in seeds)
    for boilerplate in ("Photo by", "Photo :", "AP Photo", "EPA/", "/Getty", "Font Size"):
        assert boilerplate not in bodies
    assert "Deputy News Editor" not in seeds[0].text
    assert "With Post wires" not in seeds[3].text


def test_other_story_headlines_are_kept_aside(seeds):
    assert any(h.startswith("Afghanistan President Blames") for h in seeds[0].other_story_headlines)
    assert "RELATED" not in seeds[0].text
    headlines = seeds[4].other_story_headlines
    assert any("Threatens to Take Over 11 Provincial Capitals" in h for h in headlines)
    assert any(h.startswith("Taliban Fighters Claim Capture") for h in headlines)
    assert "Read Also" not in seeds[4].text and "Related Article" not in seeds[4].text


def test_originals_are_kept_and_cleaning_is_idempotent(seeds):
    for article, path in zip(seeds, sorted(SEEDS.glob("*.txt")), strict=True):
        assert article.raw == path.read_text(encoding="utf-8")
        assert clean_article(article) == article


def test_002_is_the_only_duplicate_and_it_duplicates_001(seeds):
    index = NearDuplicateIndex()
    marked = [mark_duplicate(article, index) for article in seeds]
    assert [a.duplicate_of for a in marked] == [None, None, seeds[1].id, None, None]
    assert marked[2].similarity is not None and 0.15 <= marked[2].similarity < 1


def test_herat_is_a_place_with_a_herat_id(entities):
    assert labelled(entities[3], "Herat") == {("GPE", "city:herat")}
    assert labelled(entities[4], "Herat province") == {("GPE", "AF-HER")}


def test_taliban_is_an_armed_group_in_every_seed(entities):
    for ents in entities:
        assert labelled(ents, "Taliban") == {("ORG", "org:taliban")}


def test_us_embassy_in_kabul_is_linked_in_every_seed(entities):
    for ents in entities:
        ids = {e.id for e in ents if "mbassy" in e.text}
        assert ids == {"embassy:us:kabul"}


def test_twitter_is_not_a_person_and_dawlat_abad_not_an_organisation(entities):
    for ents in entities[1:3]:
        assert labelled(ents, "Twitter") == {("ORG", "org:twitter")}
        assert labelled(ents, "Dawlat Abad") == {("GPE", "district:dawlat-abad")}


def test_agencies_are_organisations(entities):
    assert labelled(entities[1], "Reuters") == {("ORG", "agency:reuters")}
    assert labelled(entities[1], "CNN") == {("ORG", "agency:cnn")}
    assert labelled(entities[4], "CBS News") == {("ORG", "agency:cbs-news")}


def test_provincial_capitals_named_in_001_are_linked(entities):
    assert labelled(entities[1], "Lashkar Gah") == {("GPE", "city:lashkar-gah")}
    assert ("GPE", "city:ghazni") in labelled(entities[1], "Ghazni")
    assert labelled(entities[1], "Faryab province") == {("GPE", "AF-FYB")}
