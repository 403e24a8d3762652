"""Exact and near-duplicate detection over a stream of articles."""

import pytest

from processors.dedup import DuplicateMatch, NearDuplicateIndex, mark_duplicate, word_shingles
from processors.models import Article

ORIGINAL = (
    "Heavy rain flooded the lower town on Monday night and forced hundreds of families to "
    "leave their homes, the mayor said. Rescue teams used boats to reach people trapped on "
    "rooftops, and the regional hospital treated dozens of residents for minor injuries. "
    "The river crested early on Tuesday at its highest level in forty years. Officials "
    "warned that more rain was expected later in the week and asked people living near the "
    "banks to stay with relatives until the water receded."
)
# the same story put through a synonym spinner
SPUN = (
    "Torrential rain flooded the lower town on Monday evening and forced hundreds of "
    "households to abandon their houses, the mayor stated. Rescue crews used boats to reach "
    "individuals stranded on rooftops, and the regional hospital treated dozens of locals for "
    "minor injuries. The river peaked early on Tuesday at its highest level in forty years. "
    "Authorities cautioned that more rain was expected later in the week and asked people "
    "living near the banks to stay with family until the water receded."
)
# a different report of the same event
OTHER_REPORT = (
    "The mayor of the lower town declared an emergency after the river burst its banks. "
    "Several hundred residents spent the night in a school gym, volunteers handed out "
    "blankets, and the power company cut electricity to two districts as a precaution. "
    "Forecasters expect another band of storms by Thursday."
)
UNRELATED = (
    "The city council approved a new budget for public libraries on Wednesday, adding "
    "funds for longer opening hours and a mobile library that will visit outlying villages "
    "twice a month starting in the spring."
)


def test_first_article_has_no_duplicate():
    assert NearDuplicateIndex().check("a", ORIGINAL) is None


def test_spun_rewrite_is_a_near_duplicate_of_the_earlier_article():
    index = NearDuplicateIndex()
    index.check("original", ORIGINAL)
    match = index.check("spun", SPUN)
    assert match is not None and match.duplicate_of == "original" and not match.exact
    assert 0.15 <= match.similarity < 1.0


def test_other_reports_and_unrelated_articles_are_not_duplicates():
    index = NearDuplicateIndex()
    index.check("original", ORIGINAL)
    assert index.check("other", OTHER_REPORT) is None
    assert index.check("unrelated", UNRELATED) is None


def test_same_content_in_other_case_and_spacing_is_an_exact_duplicate():
    index = NearDuplicateIndex()
    index.check("original", ORIGINAL)
    assert index.exact_duplicate_of("  " + ORIGINAL.upper()) == "original"
    assert index.check("copy", ORIGINAL.upper()) == DuplicateMatch("original", 1.0, exact=True)


def test_the_most_similar_earlier_article_wins():
    index = NearDuplicateIndex()
    index.check("spun", SPUN)
    index.check("original", ORIGINAL)
    match = index.check("copy", ORIGINAL + " Updated.")
    assert match is not None and match.duplicate_of == "original"


def test_checking_an_id_again_gives_the_first_answer():
    index = NearDuplicateIndex()
    index.check("original", ORIGINAL)
    first = index.check("spun", SPUN)
    assert index.check("spun", SPUN) == first
    assert len(index) == 2


def test_same_order_gives_same_matches():
    texts = [ORIGINAL, OTHER_REPORT, SPUN, UNRELATED, ORIGINAL]

    def run() -> list[DuplicateMatch | None]:
        index = NearDuplicateIndex()
        return [index.check(str(i), text) for i, text in enumerate(texts)]

    assert run() == run()


def test_oldest_articles_are_evicted_beyond_capacity():
    index = NearDuplicateIndex(capacity=2)
    index.check("original", ORIGINAL)
    index.check("other", OTHER_REPORT)
    index.check("unrelated", UNRELATED)
    assert len(index) == 2 and "original" not in index
    assert index.check("spun", SPUN) is None
    assert index.exact_duplicate_of(ORIGINAL) is None


def test_short_items_sharing_a_phrase_are_not_near_duplicates():
    index = NearDuplicateIndex()
    index.check("a", "Rebels capture the town of Ghazni")
    assert index.check("b", "Rebels capture the town of Herat") is None


def test_text_without_words_is_never_a_near_duplicate():
    index = NearDuplicateIndex()
    index.check("a", "...")
    assert index.check("b", "!!!") is None


def test_shingles_are_casefolded_word_pairs():
    assert word_shingles("The Cat sat.") == {"the cat", "cat sat"}
    assert word_shingles("Hello") == {"hello"}


@pytest.mark.parametrize("kwargs", [{"threshold": 0}, {"threshold": 1.5}, {"capacity": 0}])
def test_invalid_settings_are_refused(kwargs):
    with pytest.raises(ValueError):
        NearDuplicateIndex(**kwargs)


def test_mark_duplicate_sets_fields_and_keeps_the_article():
    index = NearDuplicateIndex()
    first = mark_duplicate(Article(id="original", text=ORIGINAL), index)
    second = mark_duplicate(Article(id="spun", text=SPUN), index)
    assert first.duplicate_of is None
    assert second.duplicate_of == "original" and second.similarity is not None
    assert second.text == SPUN
