"""Sources: turn files, folders, JSON, JSONL and stdin into raw articles, and put
them on `articles.raw`; what cannot be read goes to `articles.raw.dead`.

Parsing is separate from producing so every source (files, HTTP ingest, feeds)
shares one notion of a valid article and one set of reasons for bad input.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from kafka import KafkaProducer
from pydantic import ValidationError

from processors.clean import article_id, html_to_text
from processors.models import Article

from .broker import bootstrap_servers
from .record import Recorded
from .settings import Settings
from .topics import ARTICLES_RAW, DeadLetter, dead_letter_topic

# An accepted article must fit in one Kafka message (1 MB by default) at every stage:
# the clean record carries the text and the raw original, about twice the input.
MAX_ARTICLE_BYTES = 384 * 1024
# A dead letter keeps the head of a bad input this big (a 20 MB file fits in no message).
DEAD_LETTER_ORIGINAL_BYTES = 256 * 1024
ARTICLE_SUFFIXES = {".txt", ".json", ".jsonl", ".html", ".htm"}


class BadInput(ValueError):
    """Input that is not an article; `reason` is a short label, the message says why."""

    def __init__(self, reason: str, message: str, original: bytes = b"") -> None:
        super().__init__(message)
        self.reason = reason
        self.original = original


@dataclass(frozen=True)
class Item:
    """One parsed input: an article, or the bad input it could not become. `origin`
    names where it came from (file name, line) for messages and replay evidence."""

    origin: str
    article: Article | None = None
    error: BadInput | None = None


def parse_article_bytes(data: bytes, origin: str, fmt: str = "json") -> Article:
    """An article from one message/file body: `fmt` is json, text or html."""
    if len(data) > MAX_ARTICLE_BYTES:
        raise BadInput(
            "too_large", f"{origin}: {len(data)} bytes, over the {MAX_ARTICLE_BYTES} limit", data
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise BadInput("not_utf8", f"{origin}: not UTF-8 ({e})", data) from e
    if "\x00" in text:
        raise BadInput("binary", f"{origin}: contains NUL bytes, not text", data)
    if not text.strip():
        raise BadInput("empty", f"{origin}: empty", data)
    if fmt == "json":
        try:
            value = json.loads(text, parse_constant=_reject_constant)
        except (ValueError, RecursionError) as e:
            raise BadInput("malformed_json", f"{origin}: malformed JSON ({e})", data) from e
        return article_from_json(value, origin, data)
    if fmt == "html":
        text = html_to_text(text)
    return _article({"text": text, "source": Path(origin).stem}, origin, data)


def article_from_json(value: Any, origin: str, original: bytes = b"") -> Article:
    """An article from a decoded JSON object: `text` (or `html`) is required;
    `id`, `url`, `source`, `title`, `published` are optional."""
    if not isinstance(value, dict):
        raise BadInput("not_an_object", f"{origin}: expected a JSON object", original)
    fields = dict(value)
    if "text" not in fields and isinstance(fields.get("html"), str):
        fields["text"] = html_to_text(fields.pop("html"))
    if not isinstance(fields.get("text"), str) or not fields["text"].strip():
        raise BadInput("no_text", f'{origin}: no non-empty "text" field', original)
    return _article(fields, origin, original)


def _article(fields: dict[str, Any], origin: str, original: bytes) -> Article:
    size = len(fields["text"].encode("utf-8", "surrogatepass"))
    if size > MAX_ARTICLE_BYTES:  # a JSON list element or a feed entry: not checked before
        raise BadInput(
            "too_large", f"{origin}: text of {size} bytes, over the {MAX_ARTICLE_BYTES} limit",
            original[:64 * 1024],
        )  # fmt: skip
    fields.setdefault("id", article_id(fields.get("url"), fields["text"]))
    fields.setdefault("fetched", datetime.now(UTC))
    try:
        return Article.model_validate(fields)
    except ValidationError as e:
        raise BadInput("invalid_article", f"{origin}: {_first_error(e)}", original) from e


def _first_error(e: ValidationError) -> str:
    error = e.errors()[0]
    return f"field {'.'.join(map(str, error['loc']))}: {error['msg']}"


def _reject_constant(name: str) -> float:
    raise ValueError(f"{name} is not valid JSON")


def read_paths(paths: Iterable[Path]) -> Iterator[Item]:
    """Every article in the files and folders given, in order (folders sorted by name)."""
    for path in paths:
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.suffix in ARTICLE_SUFFIXES)
            for file in files:
                yield from read_file(file)
        elif path.exists():
            yield from read_file(path)
        else:
            yield Item(str(path), error=BadInput("missing", f"{path}: no such file or folder"))


def read_file(path: Path) -> Iterator[Item]:
    """The articles of one file: .jsonl has one per line, .json one object or a list."""
    data = path.read_bytes()
    if path.suffix == ".jsonl" or (path.suffix == ".json" and data.lstrip()[:1] == b"["):
        yield from read_lines(data, path.name, jsonl=path.suffix == ".jsonl")
        return
    fmt = {".json": "json", ".html": "html", ".htm": "html"}.get(path.suffix, "text")
    yield _item(path.name, data, fmt)


def read_lines(data: bytes, origin: str, jsonl: bool = True) -> Iterator[Item]:
    """Items from JSON Lines (or a JSON list), one per non-blank line / element."""
    if not jsonl:
        try:
            values = json.loads(data, parse_constant=_reject_constant)
        except (ValueError, RecursionError) as e:
            yield Item(origin, error=BadInput("malformed_json", f"{origin}: {e}", data))
            return
        for n, value in enumerate(values, 1):
            yield _json_item(f"{origin}[{n}]", value)
        return
    for n, line in enumerate(data.splitlines(), 1):
        if line.strip():
            yield _item(f"{origin}:{n}", line, "json")


def _item(origin: str, data: bytes, fmt: str) -> Item:
    try:
        return Item(origin, article=parse_article_bytes(data, origin, fmt))
    except BadInput as e:
        return Item(origin, error=e)


def _json_item(origin: str, value: Any) -> Item:
    try:
        return Item(origin, article=article_from_json(value, origin, json.dumps(value).encode()))
    except BadInput as e:
        return Item(origin, error=e)


def item_record(item: Item, settings: Settings) -> tuple[str, bytes, bytes] | None:
    """The record an item becomes, as (topic, key, value): an article on `articles.raw`
    keyed by its id, or a DeadLetter on its dead-letter topic keyed by the origin."""
    if item.article is not None:
        return settings.topic(ARTICLES_RAW.name), item.article.id.encode(), item.article.dumps()
    if item.error is None:
        return None
    error = item.error
    record = DeadLetter.of(
        ARTICLES_RAW.name,
        "source",
        error.reason,
        str(error),
        error.original[:DEAD_LETTER_ORIGINAL_BYTES],
        item.origin.encode(),
    )
    dead_topic = settings.topic(dead_letter_topic(ARTICLES_RAW).name)
    return dead_topic, item.origin.encode(), record.dumps()


class ArticleProducer:
    """Puts articles on `articles.raw` (key: article id) and bad input on its dead-letter
    topic. A blocking kafka-python producer: for tools, files and stdin."""

    def __init__(self, settings: Settings, broker_url: str) -> None:
        self.settings = settings
        self.topic = settings.topic(ARTICLES_RAW.name)
        self.dead_topic = settings.topic(dead_letter_topic(ARTICLES_RAW).name)
        self._producer = KafkaProducer(bootstrap_servers=bootstrap_servers(broker_url))

    def send(self, item: Item, timestamp_ms: int | None = None) -> None:
        record = item_record(item, self.settings)
        if record is not None:
            topic, key, value = record
            self._producer.send(topic, key=key, value=value, timestamp_ms=timestamp_ms)

    def send_recorded(self, record: Recorded) -> None:
        """Re-send a message recorded from articles.raw, with its key and headers."""
        if not record.topic.endswith(ARTICLES_RAW.name):
            raise ValueError(
                f"{record.topic}: only articles.raw recordings can be replayed into the pipeline"
            )
        self._producer.send(self.topic, key=record.key, value=record.value, headers=record.headers)

    def flush(self) -> None:
        self._producer.flush()

    def close(self) -> None:
        self._producer.flush()
        self._producer.close()

    def __enter__(self) -> ArticleProducer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
