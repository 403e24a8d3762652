"""File, folder and JSON parsing of sources: every input becomes an article or a bad input
with a reason; nothing raises and nothing is dropped."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from processors.clean import article_id
from processors.models import Article
from streams.ingest import read_stdin
from streams.settings import Settings
from streams.sources import (
    MAX_ARTICLE_BYTES,
    BadInput,
    Item,
    item_record,
    parse_article_bytes,
    read_paths,
)
from streams.topics import DeadLetter

BODY = "Rangers reported that the wildfire grew to 1,200 acres overnight."


def write(folder: Path, name: str, data: bytes | str) -> Path:
    path = folder / name
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return path


def only(items: list[Item]) -> Item:
    assert len(items) == 1, items
    return items[0]


def reason_of(data: bytes, fmt: str = "json") -> str:
    with pytest.raises(BadInput) as raised:
        parse_article_bytes(data, "input", fmt)
    assert str(raised.value).startswith("input: "), "the message names the input"
    assert raised.value.original == data, "the original bytes are kept for the dead letter"
    return raised.value.reason


def test_text_file_is_one_article_named_after_the_file(tmp_path: Path) -> None:
    item = only(list(read_paths([write(tmp_path, "fire-update.txt", BODY)])))
    assert item.article is not None
    assert (item.article.text, item.article.source) == (BODY, "fire-update")
    assert item.article.fetched is not None


def test_json_file_keeps_its_fields(tmp_path: Path) -> None:
    fields = {"url": "https://fire.example/update", "title": "Fire grows", "text": BODY,
              "source": "Fire Desk", "published": "2024-07-01T06:00:00Z"}  # fmt: skip
    item = only(list(read_paths([write(tmp_path, "a.json", json.dumps(fields))])))
    assert item.article is not None
    assert (item.article.url, item.article.title, item.article.source) == (
        "https://fire.example/update", "Fire grows", "Fire Desk",
    )  # fmt: skip
    assert item.article.published is not None and item.article.published.year == 2024


def test_jsonl_file_gives_one_item_per_non_blank_line_in_order(tmp_path: Path) -> None:
    lines = [json.dumps({"text": f"{BODY} Update {n}."}) for n in (1, 2)]
    path = write(tmp_path, "batch.jsonl", f"{lines[0]}\n\n{lines[1]}\n{{broken\n")
    items = list(read_paths([path]))
    assert [i.origin for i in items] == ["batch.jsonl:1", "batch.jsonl:3", "batch.jsonl:4"]
    assert [i.article.text for i in items if i.article] == [f"{BODY} Update {n}." for n in (1, 2)]
    assert items[2].error is not None and items[2].error.reason == "malformed_json"


def test_json_list_file_gives_one_item_per_element(tmp_path: Path) -> None:
    path = write(tmp_path, "list.json", json.dumps([{"text": BODY}, {"text": BODY + " More."}]))
    items = list(read_paths([path]))
    assert [i.origin for i in items] == ["list.json[1]", "list.json[2]"]
    assert all(i.article is not None for i in items)


def test_json_list_element_that_is_not_an_object_is_bad_input(tmp_path: Path) -> None:
    path = write(tmp_path, "list.json", json.dumps([{"text": BODY}, "just a string", 7]))
    items = list(read_paths([path]))
    assert items[0].article is not None
    assert [i.error.reason for i in items[1:] if i.error] == ["not_an_object", "not_an_object"]


def test_html_file_is_reduced_to_its_text(tmp_path: Path) -> None:
    page = (f"<html><head><style>p {{color: red}}</style><script>track()</script></head>"
            f"<body><p>{BODY}</p></body></html>")  # fmt: skip
    item = only(list(read_paths([write(tmp_path, "page.html", page)])))
    assert item.article is not None
    assert "1,200 acres" in item.article.text
    assert "track()" not in item.article.text and "color" not in item.article.text


def test_folder_is_read_recursively_in_name_order_skipping_other_suffixes(tmp_path: Path) -> None:
    write(tmp_path, "b.txt", BODY + " B.")
    write(tmp_path, "a.txt", BODY + " A.")
    write(tmp_path, "notes.md", "not an article")
    (tmp_path / "sub").mkdir()
    write(tmp_path / "sub", "c.json", json.dumps({"text": BODY + " C."}))
    items = list(read_paths([tmp_path]))
    assert [i.origin for i in items] == ["a.txt", "b.txt", "c.json"]


def test_missing_path_is_bad_input_not_an_exception(tmp_path: Path) -> None:
    item = only(list(read_paths([tmp_path / "nope.txt"])))
    assert item.error is not None and item.error.reason == "missing"
    assert "nope.txt" in str(item.error)


@pytest.mark.parametrize(
    ("data", "fmt", "reason"),
    [
        (b"caf\xe9 au lait", "text", "not_utf8"),
        (b'{"text": "caf\xe9"}', "json", "not_utf8"),
        (b"", "text", "empty"),
        (b"", "json", "empty"),
        (b" \n\t \r\n", "text", "empty"),
        (b"text with a \x00 NUL byte", "text", "binary"),
        (b'{"text": "unterminated', "json", "malformed_json"),
        (b'{"text": "ok", "score": NaN}', "json", "malformed_json"),
        (b'{"text": "ok", "score": Infinity}', "json", "malformed_json"),
        (b'{"text": "ok", "score": -Infinity}', "json", "malformed_json"),
        (b'"a string"', "json", "not_an_object"),
        (b'{"title": "no body"}', "json", "no_text"),
        (b'{"text": "   "}', "json", "no_text"),
        (b'{"text": 42}', "json", "no_text"),
        (b'{"text": "ok", "published": "last Tuesday-ish"}', "json", "invalid_article"),
    ],
)
def test_bad_input_has_a_reason(data: bytes, fmt: str, reason: str) -> None:
    assert reason_of(data, fmt) == reason


def test_deeply_nested_json_is_malformed_not_a_crash() -> None:
    assert reason_of(b"[" * 100_000 + b"]" * 100_000) == "malformed_json"
    assert reason_of(b'{"a":' * 50_000 + b"1" + b"}" * 50_000) == "malformed_json"


def test_deeply_nested_json_list_file_is_malformed(tmp_path: Path) -> None:
    item = only(list(read_paths([write(tmp_path, "deep.json", b"[" * 100_000)])))
    assert item.error is not None and item.error.reason == "malformed_json"


def test_input_over_the_size_limit_is_too_large() -> None:
    assert reason_of(b"x" * (MAX_ARTICLE_BYTES + 1), "text") == "too_large"
    assert parse_article_bytes(b"x" * MAX_ARTICLE_BYTES, "input", "text").text


def test_same_url_gives_the_same_id_whatever_the_tracking_parameters() -> None:
    a = parse_article_bytes(
        json.dumps({"url": "https://fire.example/u?id=3", "text": BODY}).encode(), "a"
    )
    b = parse_article_bytes(
        json.dumps(
            {"url": "HTTPS://Fire.example/u/?utm_source=x&id=3#top", "text": "other"}
        ).encode(),
        "b",
    )
    c = parse_article_bytes(
        json.dumps({"url": "https://fire.example/u?id=4", "text": BODY}).encode(), "c"
    )
    assert a.id == b.id == article_id("https://fire.example/u?id=3", "")
    assert c.id != a.id


def test_without_url_the_id_is_the_normalised_content_hash() -> None:
    a = parse_article_bytes(BODY.encode(), "a.txt", "text")
    b = parse_article_bytes(("  " + BODY.replace(" ", "  ") + "\n").encode(), "b.txt", "text")
    c = parse_article_bytes((BODY + " Later.").encode(), "c.txt", "text")
    assert a.id == b.id != c.id


def test_given_id_is_kept() -> None:
    article = parse_article_bytes(b'{"id": "mine-1", "text": "hello"}', "x")
    assert article.id == "mine-1"


def test_an_article_becomes_a_record_on_articles_raw_keyed_by_id() -> None:
    settings = Settings.model_construct(topic_prefix="p.")
    article = Article(id="abc", text=BODY)
    assert item_record(Item("a.txt", article=article), settings) == (
        "p.articles.raw", b"abc", article.dumps(),
    )  # fmt: skip


def test_bad_input_becomes_a_dead_letter_with_reason_and_original_bytes() -> None:
    settings = Settings.model_construct(topic_prefix="")
    error = BadInput("empty", "e.txt: empty", b" ")
    topic, key, value = item_record(Item("e.txt", error=error), settings) or ("", b"", b"")
    dead = DeadLetter.loads(value)
    assert (topic, key) == ("articles.raw.dead", b"e.txt")
    assert (dead.reason, dead.error, dead.original(), dead.topic) == (
        "empty", "e.txt: empty", b" ", "articles.raw",
    )  # fmt: skip


def test_stdin_is_json_lines_a_json_list_or_one_text_article() -> None:
    lines = list(read_stdin(b'{"text": "one"}\n{"text": "two"}\n'))
    assert [i.article.text for i in lines if i.article] == ["one", "two"]
    listed = list(read_stdin(b'  [{"text": "one"}, 3]'))
    assert listed[0].article is not None and listed[1].error is not None
    (text,) = read_stdin(BODY.encode())
    assert text.article is not None and text.article.text == BODY
    (empty,) = read_stdin(b"")
    assert empty.error is not None and empty.error.reason == "empty"


def test_hostile_html_is_reduced_without_scripts_or_tags() -> None:
    page = (
        b"<div><p>Crews cleared 4 roads.<script>document.write('<p>fake</p>')</script>"
        b"<style>p{}</style></p><p>Another <b>line</b> &amp; more.</p><script>evil()"
    )
    article = parse_article_bytes(page, "page.html", "html")
    assert "Crews cleared 4 roads." in article.text and "& more" in article.text
    assert "fake" not in article.text and "evil" not in article.text and "<" not in article.text


@pytest.mark.timeout(60)  # a liveness guard: quadratic stripping took hours on this input
@pytest.mark.parametrize("unit", [b"<br", b"<a", b"<script>", b"<style"])
def test_pathological_html_near_the_size_limit_is_handled(unit: bytes) -> None:
    page = unit * ((MAX_ARTICLE_BYTES - 1024) // len(unit))
    try:
        article = parse_article_bytes(page, "hostile.html", "html")
    except BadInput as e:
        assert e.reason == "empty"
    else:
        assert "<script" not in article.text
