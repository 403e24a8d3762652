"""Cleaning raw articles: normalisation, datelines, boilerplate, ids."""

from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from processors.clean import (
    EmptyArticle,
    article_from_html,
    article_from_text,
    article_id,
    canonical_url,
    clean_article,
    content_hash,
    html_to_text,
    is_keyword_spam,
    normalise_text,
    parse_dateline,
)
from processors.models import Article

STORY = """Politics

Floodwaters Cut Off Three Towns in the North

(Photo by JANE ROE/AFP via Getty Images)

Jane Roe Senior News Editor
Font Size:

MAZAR-I-SHARIF, Afghanistan (AP) \u2014 Rising rivers cut the road to three towns on Monday, \
officials said.

Read Also: Drought Ends in the South After Two Years

Rescue teams reached the first town by boat. (RELATED: Heavy Rain Expected Through Friday)

Boats wait on the riverbank. AP Photo/John Doe

Share this article
"""


def clean(text: str, **fields: object) -> Article:
    return clean_article(Article(id="a1", text=text, **fields))  # type: ignore[arg-type]


def test_curly_quotes_dashes_and_spaces_are_normalised():
    text = "\u201cWe\u2019re\u00a0here,\u201d he said \u2013 twice\u2014loudly.\u200b"
    assert normalise_text(text) == '"We\'re here," he said - twice \u2014 loudly.'


def test_blank_lines_and_padding_are_collapsed():
    assert normalise_text("  one  \n\n\n\t two\r\n") == "one\ntwo"


def test_section_label_dropped_and_headline_becomes_title():
    article = clean(STORY)
    assert article.title == "Floodwaters Cut Off Three Towns in the North"
    assert "Politics" not in article.text


def test_ap_dateline_sets_place_and_is_removed_from_body():
    article = clean(STORY)
    assert article.place == "Mazar-i-Sharif, Afghanistan"
    assert article.text.startswith("Rising rivers cut the road")


def test_photo_credits_bylines_and_widgets_are_removed():
    body = clean(STORY).text
    for boilerplate in ("Photo by", "AP Photo", "Senior News Editor", "Font Size", "Share"):
        assert boilerplate not in body
    assert "Rescue teams reached the first town by boat." in body


def test_by_line_before_the_dateline_is_removed():
    article = clean("By Jane Roe and Sam Poe\n\nHERAT (Wire) \u2014 Shops reopened on Sunday.")
    assert (article.text, article.place) == ("Shops reopened on Sunday.", "Herat")


def test_other_story_headlines_are_kept_aside_not_in_body():
    article = clean(STORY)
    assert article.other_story_headlines == [
        "Drought Ends in the South After Two Years",
        "Heavy Rain Expected Through Friday",
    ]
    assert "Drought" not in article.text and "RELATED" not in article.text


def test_leading_date_line_sets_published():
    article = clean(" date 2022-03-04 Storm closes the port. Ships wait offshore.")
    assert article.published == datetime(2022, 3, 4, tzinfo=UTC)
    assert article.text == "Storm closes the port. Ships wait offshore."


def test_date_only_line_sets_published_and_is_removed():
    article = clean("Published: Aug. 9, 2023\n\nThe river rose overnight.")
    assert article.published == datetime(2023, 8, 9, tzinfo=UTC)
    assert article.text == "The river rose overnight."


def test_existing_published_and_place_are_not_overwritten():
    known = datetime(2020, 1, 1, tzinfo=UTC)
    article = clean("date 2022-03-04 KABUL (Reuters) - Text here.", published=known, place="X")
    assert (article.published, article.place) == (known, "X")
    assert article.text == "Text here."


def test_dateline_parser_handles_agency_and_plain_city():
    assert parse_dateline("WASHINGTON \u2014 The vote passed.") == (
        "The vote passed.",
        None,
        "Washington",
    )
    rest, published, place = parse_dateline("GHAZNI, Afghanistan (Reuters) - Fighting eased.")
    assert (rest, published, place) == ("Fighting eased.", None, "Ghazni, Afghanistan")


def test_ordinary_sentences_are_not_datelines():
    for line in ("The U.S. - and its allies - disagreed.", "UPDATE - Talks resume in Doha."):
        assert parse_dateline(line) == (line, None, None)


def test_headline_after_date_prefix_is_the_title():
    article = clean("date 2022-03-04 Storm Closes the Port Again\n\nShips wait offshore.")
    assert article.title == "Storm Closes the Port Again"
    assert article.text == "Ships wait offshore."


def test_keyword_stuffing_line_is_spam_but_prose_is_not():
    spam = "cheap flights cheap flights best cheap flights deals cheap hotels cheap flights now"
    assert is_keyword_spam(spam)
    assert not is_keyword_spam(
        "The council met on Monday to discuss the budget. Members voted to delay a decision "
        "until the next session in the spring."
    )
    assert "cheap" not in clean(spam + "\nWorld News\n\nThe council voted on Monday.").text


def test_raw_keeps_the_original_text():
    assert clean(STORY).raw == STORY


def test_cleaning_is_idempotent():
    once = clean(STORY)
    assert clean_article(once) == once


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=40),
        min_size=1,
        max_size=6,
    )
)
def test_cleaning_any_text_twice_changes_nothing(paragraphs):
    try:
        once = clean("\n\n".join(paragraphs))
    except EmptyArticle:
        return
    assert clean_article(once) == once


# pieces of the things cleaning removes or reads, to shuffle into odd articles
_PIECES = [
    "KABUL,", "Afghanistan", "(AP)", "\u2014", "-", "date", "2021-08-12", "Photo", "by",
    "X/AFP", "Read", "Also:", "Related:", "World", "News", "\n", "\n\n", ".", "The",
    "rebels", "said", "Font", "Size:", "Aug.", "12,", "2021", "\u201c", "\u201d", "..",
    "(RELATED:", ")", "Editor", "By", "Jane", "Roe", "EPA/X", "A", "B", "spam", "spam",
    "Published:", "Share", "UPDATE",
]  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=40).map(" ".join), st.booleans())
def test_cleaning_boilerplate_shaped_text_twice_changes_nothing(text, titled):
    try:
        once = clean(text, title="A Title" if titled else None)
    except EmptyArticle:
        return
    assert clean_article(once) == once


def test_given_title_is_not_repeated_in_body():
    article = clean(
        "Storm Hits Coast Again\n\nWaves broke the pier.", title="Storm Hits Coast Again"
    )
    assert article.text == "Waves broke the pier."


def test_single_headline_like_line_stays_as_body():
    assert clean("Storm hits the coast").text == "Storm hits the coast"


@pytest.mark.parametrize("text", ["", "   \n\t ", "Font Size:\n\nShare this article"])
def test_nothing_left_raises_empty_article(text):
    with pytest.raises(EmptyArticle):
        clean(text)


def test_article_from_text_refuses_blank_input():
    with pytest.raises(EmptyArticle):
        article_from_text("  \n ")


def test_article_from_text_uses_url_id_when_given():
    a = article_from_text("Body.", source="feed", url="https://Example.com/a/?utm_source=x")
    assert a.id == article_id("https://example.com/a", "other text")
    assert (a.source, a.text, a.raw) == ("feed", "Body.", None)


def test_canonical_url_strips_tracking_fragment_slash_and_case():
    assert (
        canonical_url("HTTPS://News.Example.COM:443/world/story/?b=2&utm_medium=x&a=1#top")
        == "https://news.example.com/world/story?a=1&b=2"
    )


def test_content_id_ignores_case_whitespace_and_quote_style():
    assert article_id(None, "\u201cHello\u201d  World") == article_id(None, '"hello" world')
    assert article_id(None, "Hello world") != article_id(None, "Hello there world")
    assert content_hash("A  b") == content_hash("a b")


def test_article_id_is_16_hex_digits():
    ident = article_id("https://example.com/x", "")
    assert len(ident) == 16 and int(ident, 16) >= 0


def test_html_to_text_extracts_main_text():
    page = (
        "<html><head><title>T</title><script>var x=1;</script></head><body>"
        "<nav>Home | World</nav><article><h1>Bridge reopens</h1>"
        + "".join(
            f"<p>The bridge reopened to traffic after repairs, paragraph {i}.</p>" for i in range(6)
        )
        + "</article><footer>Copyright</footer></body></html>"
    )
    text = html_to_text(page)
    assert "The bridge reopened to traffic" in text
    assert "var x" not in text


def test_article_from_html_reads_title_date_and_text():
    page = (
        "<html><head><title>Bridge reopens | Site</title>"
        "<meta property='article:published_time' content='2023-05-02T10:00:00Z'></head>"
        "<body><article><h1>Bridge reopens</h1>"
        + "".join(f"<p>The bridge reopened to traffic, paragraph {i}.</p>" for i in range(6))
        + "</article></body></html>"
    )
    article = article_from_html(page, source="site", url="https://example.com/bridge")
    assert article.title == "Bridge reopens"
    assert article.published == datetime(2023, 5, 2, tzinfo=UTC)
    cleaned = clean_article(article)
    assert cleaned.text.startswith("The bridge reopened to traffic, paragraph 0.")


def test_html_to_text_falls_back_to_tag_stripping_for_fragments():
    assert html_to_text("<p>Short &amp; sweet</p>") == "Short & sweet"
