"""Extraction throughput: passages/s of Enricher.enrich (parse + entities + claims +
events) next to bare `nlp.pipe` parsing of the same passages with the same pipeline,
in the same run. Prints figures; asserts nothing about time.

    .venv/bin/python tests/bench/bench_extract.py [--repeat N]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from processors.enrich import Enricher
from processors.models import Article
from processors.nlp import load_model

DEVSET = Path(__file__).resolve().parents[1] / "fixtures" / "devset.jsonl"


def passages(repeat: int) -> list[str]:
    rows = [json.loads(line) for line in DEVSET.read_text(encoding="utf-8").splitlines() if line]
    return [r["text"] for r in rows] * repeat


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=4)
    args = parser.parse_args()
    texts = passages(args.repeat)
    enricher = Enricher()
    articles = [Article(id=str(i), text=t) for i, t in enumerate(texts)]
    enricher.enrich(articles[:20])  # warm up

    plain_nlp = load_model()
    for _ in plain_nlp.pipe(texts[:20]):
        pass
    start = time.perf_counter()
    for _ in plain_nlp.pipe(texts, batch_size=enricher.batch_size):
        pass
    plain = time.perf_counter() - start

    start = time.perf_counter()
    for _ in enricher.nlp.pipe(texts, batch_size=enricher.batch_size):
        pass
    bare = time.perf_counter() - start

    start = time.perf_counter()
    enriched = enricher.enrich(articles)
    full = time.perf_counter() - start

    claims = sum(len(e.claims) for e in enriched)
    events = sum(len(e.events) for e in enriched)
    print(f"passages: {len(texts)} ({claims} claims, {events} events)")
    print(f"bare model nlp.pipe:  {len(texts) / plain:8.1f} passages/s")
    print(f"enricher's nlp.pipe:  {len(texts) / bare:8.1f} passages/s (gazetteer, line breaks)")
    print(f"enrich (extraction):  {len(texts) / full:8.1f} passages/s")
    print(f"ratio enrich / bare model: {plain / full:5.2f}  (overhead {full / plain - 1:+.1%})")
    print(f"ratio enrich / own parse:  {bare / full:5.2f}  (overhead {full / bare - 1:+.1%})")


if __name__ == "__main__":
    main()
