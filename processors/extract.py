"""`tocsin extract`: JSON Lines of articles in, one JSON line of entities, claims and
events out per input line, in order (DESIGN.md section 5). A bad line yields
{"id", "error"} and the stream goes on."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import Any

from pydantic import ValidationError

from processors.enrich import Enricher
from processors.models import Article, EnrichedArticle
from processors.numbers import plain_number


class BadInputLine(ValueError):
    """An input line that is not a JSON object with a string "id" and "text"."""


def extract_lines(lines: Iterable[str], enricher: Enricher, batch: int = 64) -> Iterator[str]:
    """Output lines for the input JSONL `lines`, parsed in batches of `batch`."""
    pending: list[tuple[int, Article | dict[str, Any]]] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        pending.append((number, _article(line, number)))
        if len(pending) >= batch:
            yield from _flush(pending, enricher)
            pending = []
    yield from _flush(pending, enricher)


def record(enriched: EnrichedArticle) -> dict[str, Any]:
    """The section-5 output object of one enriched article."""
    return {
        "id": enriched.article.id,
        "entities": [
            {"text": e.text, "label": e.label, **({"id": e.id} if e.id else {})}
            for e in enriched.entities
        ],
        "claims": [
            {
                "metric": c.metric,
                "subject": c.subject,
                "value": plain_number(c.value),
                "total": plain_number(c.total),
                **({"unit": c.unit} if c.unit else {}),
                "modality": c.modality,
                "sentence": c.sentence,
            }
            for c in enriched.claims
        ],
        "events": [
            {
                "type": e.type,
                "actor": e.actor,
                "date": e.date.isoformat() if e.date else None,
                "modality": e.modality,
                "sentence": e.sentence,
            }
            for e in enriched.events
        ],
    }


def _article(line: str, number: int) -> Article | dict[str, Any]:
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        return {"id": None, "error": f"line {number}: not JSON: {exc.msg}"}
    ident = data.get("id") if isinstance(data, dict) else None
    try:
        if not isinstance(data, dict) or not isinstance(data.get("text"), str):
            raise BadInputLine(f'line {number}: expected an object with a string "text"')
        if not isinstance(ident, str | int) or isinstance(ident, bool):
            raise BadInputLine(f'line {number}: expected a string "id"')
        return Article(
            id=str(ident),
            text=data["text"],
            published=_published(data.get("published")),
            source=data.get("source"),
        )
    except (BadInputLine, ValidationError, ValueError) as exc:
        message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        return {"id": ident, "error": message}


def _published(value: Any) -> datetime | None:
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise BadInputLine(f'"published" must be an ISO date string, got {value!r}')
    text = value.replace("Z", "+00:00")
    return datetime.fromisoformat(text if "T" in text or " " in text else text + "T00:00:00")


def _flush(
    pending: list[tuple[int, Article | dict[str, Any]]], enricher: Enricher
) -> Iterator[str]:
    articles = [a for _, a in pending if isinstance(a, Article)]
    enriched = iter(enricher.enrich(articles))
    for _, item in pending:
        out = record(next(enriched)) if isinstance(item, Article) else item
        yield json.dumps(out, ensure_ascii=False)
