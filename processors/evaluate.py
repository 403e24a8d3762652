"""Precision and recall of asserted claims and events on the labelled development set
(tests/fixtures/devset.jsonl) and on the seed articles (tests/fixtures/seeds_labels.json).

    python -m processors.evaluate
        [--split dev|dev2|...|dev55|test|test2|test3|val20|val22|test53...test56|all]
        [--seeds DIR] [--json]

Splits: "dev" (rules are written from it), "dev2" (tests/fixtures/dev_fresh.jsonl: more
passages to write rules from, by a writer who had not read the rules), "dev3"
(tests/fixtures/dev_fresh2.jsonl: the same, written later and independently), "dev4"
"dev5" and "dev6" (tests/fixtures/dev_fresh3.jsonl to dev_fresh5.jsonl: a third, a fourth and
a fifth, likewise), "dev7" to "dev46" (tests/fixtures/dev_fresh6.jsonl to dev_fresh45.jsonl: the
held-out sets once called test4 to test19 and test21 to test44, opened to rule writing after their
unseen scores were recorded), "dev47" (tests/fixtures/dev_fresh46.jsonl: written in round 35 by
a writer who had not read the rules, made mostly of hard cases, for rule writing), "dev48" and
"dev49" (tests/fixtures/dev_fresh47.jsonl, dev_fresh48.jsonl: round 34's held-out test45 and
test46, opened in round 36), "dev50" and "dev51" (tests/fixtures/dev_fresh49.jsonl,
dev_fresh50.jsonl: round 35's held-out test47 and test48, opened in round 37), "dev52" and
"dev53" (tests/fixtures/dev_fresh51.jsonl, dev_fresh52.jsonl: round 36's held-out test49 and
test50, opened in round 38), "dev54" and "dev55" (tests/fixtures/dev_fresh53.jsonl,
dev_fresh54.jsonl: round 37's held-out test51 and test52, opened in round 39), "test" (held out
in devset.jsonl),
"test2" (tests/fixtures/heldout2.jsonl: a fresh held-out set written in one go before
the rules were tuned against it, scored once at the end of that round), "test3"
(tests/fixtures/heldout3.jsonl: the same, written by someone who had not read the rules),
"val20" (tests/fixtures/validation20.jsonl: likewise, later, whose figures, never its passages
or misses, rule writers see while they work), "val22" (tests/fixtures/validation22.jsonl: the
same, written in round 22), "test53" and "test54" (tests/fixtures/heldout53.jsonl,
heldout54.jsonl: written in round 38 like val22, never shown to a rule writer) and "test55" and
"test56" (heldout55.jsonl, heldout56.jsonl: the same, written in round 39); -v prints no misses
for these six.

A claim matches a label on metric, value (to 1 part in 100,000: labels convert hectares with
rounded factors), bound and, where the label gives one, total.
An event matches on type, actor (as its identity key has it: without case or accents, a
mission's country by any of its names) and date. Only asserted items count as predictions
and as gold; the confusion table shows which modality each labelled item got.
"""

from __future__ import annotations

import argparse
import functools
import json
import math
import re
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from processors.enrich import Enricher
from processors.models import Article, Claim, EnrichedArticle, Event
from processors.rulepack import RulePack
from processors.world import plain

ROOT = Path(__file__).resolve().parent.parent
DEVSET = ROOT / "tests" / "fixtures" / "devset.jsonl"
HELDOUT2 = ROOT / "tests" / "fixtures" / "heldout2.jsonl"
HELDOUT3 = ROOT / "tests" / "fixtures" / "heldout3.jsonl"
VALIDATION20 = ROOT / "tests" / "fixtures" / "validation20.jsonl"
VALIDATION22 = ROOT / "tests" / "fixtures" / "validation22.jsonl"
HELDOUT53 = ROOT / "tests" / "fixtures" / "heldout53.jsonl"
HELDOUT54 = ROOT / "tests" / "fixtures" / "heldout54.jsonl"
HELDOUT55 = ROOT / "tests" / "fixtures" / "heldout55.jsonl"
HELDOUT56 = ROOT / "tests" / "fixtures" / "heldout56.jsonl"
DEV_FRESH = ROOT / "tests" / "fixtures" / "dev_fresh.jsonl"
DEV_FRESH2 = ROOT / "tests" / "fixtures" / "dev_fresh2.jsonl"
DEV_FRESH3 = ROOT / "tests" / "fixtures" / "dev_fresh3.jsonl"
DEV_FRESH4 = ROOT / "tests" / "fixtures" / "dev_fresh4.jsonl"
DEV_FRESH5 = ROOT / "tests" / "fixtures" / "dev_fresh5.jsonl"
DEV_FRESH6 = ROOT / "tests" / "fixtures" / "dev_fresh6.jsonl"
DEV_FRESH7 = ROOT / "tests" / "fixtures" / "dev_fresh7.jsonl"
DEV_FRESH8 = ROOT / "tests" / "fixtures" / "dev_fresh8.jsonl"
DEV_FRESH9 = ROOT / "tests" / "fixtures" / "dev_fresh9.jsonl"
DEV_FRESH10 = ROOT / "tests" / "fixtures" / "dev_fresh10.jsonl"
DEV_FRESH11 = ROOT / "tests" / "fixtures" / "dev_fresh11.jsonl"
DEV_FRESH12 = ROOT / "tests" / "fixtures" / "dev_fresh12.jsonl"
DEV_FRESH13 = ROOT / "tests" / "fixtures" / "dev_fresh13.jsonl"
DEV_FRESH14 = ROOT / "tests" / "fixtures" / "dev_fresh14.jsonl"
DEV_FRESH15 = ROOT / "tests" / "fixtures" / "dev_fresh15.jsonl"
DEV_FRESH16 = ROOT / "tests" / "fixtures" / "dev_fresh16.jsonl"
DEV_FRESH17 = ROOT / "tests" / "fixtures" / "dev_fresh17.jsonl"
DEV_FRESH18 = ROOT / "tests" / "fixtures" / "dev_fresh18.jsonl"
DEV_FRESH19 = ROOT / "tests" / "fixtures" / "dev_fresh19.jsonl"
DEV_FRESH20 = ROOT / "tests" / "fixtures" / "dev_fresh20.jsonl"
DEV_FRESH21 = ROOT / "tests" / "fixtures" / "dev_fresh21.jsonl"
DEV_FRESH22 = ROOT / "tests" / "fixtures" / "dev_fresh22.jsonl"
DEV_FRESH23 = ROOT / "tests" / "fixtures" / "dev_fresh23.jsonl"
DEV_FRESH24 = ROOT / "tests" / "fixtures" / "dev_fresh24.jsonl"
DEV_FRESH25 = ROOT / "tests" / "fixtures" / "dev_fresh25.jsonl"
DEV_FRESH26 = ROOT / "tests" / "fixtures" / "dev_fresh26.jsonl"
DEV_FRESH27 = ROOT / "tests" / "fixtures" / "dev_fresh27.jsonl"
DEV_FRESH28 = ROOT / "tests" / "fixtures" / "dev_fresh28.jsonl"
DEV_FRESH29 = ROOT / "tests" / "fixtures" / "dev_fresh29.jsonl"
DEV_FRESH30 = ROOT / "tests" / "fixtures" / "dev_fresh30.jsonl"
DEV_FRESH31 = ROOT / "tests" / "fixtures" / "dev_fresh31.jsonl"
DEV_FRESH32 = ROOT / "tests" / "fixtures" / "dev_fresh32.jsonl"
DEV_FRESH33 = ROOT / "tests" / "fixtures" / "dev_fresh33.jsonl"
DEV_FRESH34 = ROOT / "tests" / "fixtures" / "dev_fresh34.jsonl"
DEV_FRESH35 = ROOT / "tests" / "fixtures" / "dev_fresh35.jsonl"
DEV_FRESH36 = ROOT / "tests" / "fixtures" / "dev_fresh36.jsonl"
DEV_FRESH37 = ROOT / "tests" / "fixtures" / "dev_fresh37.jsonl"
DEV_FRESH38 = ROOT / "tests" / "fixtures" / "dev_fresh38.jsonl"
DEV_FRESH39 = ROOT / "tests" / "fixtures" / "dev_fresh39.jsonl"
DEV_FRESH40 = ROOT / "tests" / "fixtures" / "dev_fresh40.jsonl"
DEV_FRESH41 = ROOT / "tests" / "fixtures" / "dev_fresh41.jsonl"
DEV_FRESH42 = ROOT / "tests" / "fixtures" / "dev_fresh42.jsonl"
DEV_FRESH43 = ROOT / "tests" / "fixtures" / "dev_fresh43.jsonl"
DEV_FRESH44 = ROOT / "tests" / "fixtures" / "dev_fresh44.jsonl"
DEV_FRESH45 = ROOT / "tests" / "fixtures" / "dev_fresh45.jsonl"
DEV_FRESH46 = ROOT / "tests" / "fixtures" / "dev_fresh46.jsonl"
DEV_FRESH47 = ROOT / "tests" / "fixtures" / "dev_fresh47.jsonl"
DEV_FRESH48 = ROOT / "tests" / "fixtures" / "dev_fresh48.jsonl"
DEV_FRESH49 = ROOT / "tests" / "fixtures" / "dev_fresh49.jsonl"
DEV_FRESH50 = ROOT / "tests" / "fixtures" / "dev_fresh50.jsonl"
DEV_FRESH51 = ROOT / "tests" / "fixtures" / "dev_fresh51.jsonl"
DEV_FRESH52 = ROOT / "tests" / "fixtures" / "dev_fresh52.jsonl"
DEV_FRESH53 = ROOT / "tests" / "fixtures" / "dev_fresh53.jsonl"
DEV_FRESH54 = ROOT / "tests" / "fixtures" / "dev_fresh54.jsonl"
# splits kept in their own files; the dev_fresh files' lines say "dev" but are scored as
# "dev2" to "dev55"
SPLIT_FILES = {
    "dev2": DEV_FRESH,
    "dev3": DEV_FRESH2,
    "dev4": DEV_FRESH3,
    "dev5": DEV_FRESH4,
    "dev6": DEV_FRESH5,
    "dev7": DEV_FRESH6,
    "dev8": DEV_FRESH7,
    "dev9": DEV_FRESH8,
    "dev10": DEV_FRESH9,
    "dev11": DEV_FRESH10,
    "dev12": DEV_FRESH11,
    "dev13": DEV_FRESH12,
    "dev14": DEV_FRESH13,
    "dev15": DEV_FRESH14,
    "dev16": DEV_FRESH15,
    "dev17": DEV_FRESH16,
    "dev18": DEV_FRESH17,
    "dev19": DEV_FRESH18,
    "dev20": DEV_FRESH19,
    "dev21": DEV_FRESH20,
    "dev22": DEV_FRESH21,
    "dev23": DEV_FRESH22,
    "dev24": DEV_FRESH23,
    "dev25": DEV_FRESH24,
    "dev26": DEV_FRESH25,
    "dev27": DEV_FRESH26,
    "dev28": DEV_FRESH27,
    "dev29": DEV_FRESH28,
    "dev30": DEV_FRESH29,
    "dev31": DEV_FRESH30,
    "dev32": DEV_FRESH31,
    "dev33": DEV_FRESH32,
    "dev34": DEV_FRESH33,
    "dev35": DEV_FRESH34,
    "dev36": DEV_FRESH35,
    "dev37": DEV_FRESH36,
    "dev38": DEV_FRESH37,
    "dev39": DEV_FRESH38,
    "dev40": DEV_FRESH39,
    "dev41": DEV_FRESH40,
    "dev42": DEV_FRESH41,
    "dev43": DEV_FRESH42,
    "dev44": DEV_FRESH43,
    "dev45": DEV_FRESH44,
    "dev46": DEV_FRESH45,
    "dev47": DEV_FRESH46,
    "dev48": DEV_FRESH47,
    "dev49": DEV_FRESH48,
    "dev50": DEV_FRESH49,
    "dev51": DEV_FRESH50,
    "dev52": DEV_FRESH51,
    "dev53": DEV_FRESH52,
    "dev54": DEV_FRESH53,
    "dev55": DEV_FRESH54,
    "test2": HELDOUT2,
    "test3": HELDOUT3,
    "val20": VALIDATION20,
    "val22": VALIDATION22,
    "test53": HELDOUT53,
    "test54": HELDOUT54,
    "test55": HELDOUT55,
    "test56": HELDOUT56,
}
SPLITS = (
    "dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11",
    "dev12", "dev13", "dev14", "dev15", "dev16", "dev17", "dev18", "dev19", "dev20", "dev21",
    "dev22", "dev23", "dev24", "dev25", "dev26", "dev27", "dev28", "dev29", "dev30", "dev31",
    "dev32", "dev33", "dev34", "dev35", "dev36", "dev37", "dev38", "dev39", "dev40", "dev41",
    "dev42", "dev43", "dev44", "dev45", "dev46", "dev47", "dev48", "dev49", "dev50", "dev51",
    "dev52", "dev53", "dev54", "dev55", "test", "test2", "test3", "val20", "val22", "test53",
    "test54", "test55", "test56",
)  # fmt: skip
# splits whose passages and misses rule writers must not see: -v prints only their figures
AGGREGATE_ONLY = frozenset({"val20", "val22", "test53", "test54", "test55", "test56"})
SEEDS_LABELS = ROOT / "tests" / "fixtures" / "seeds_labels.json"
VALUE_TOLERANCE = 1e-5
SEEDS_DIR = ROOT.parent / "shared" / "seeds"


@dataclass
class Score:
    """True positives, false positives and false negatives, with the misses listed."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 3),
            "recall": round(self.recall, 3),
            "f1": round(self.f1, 3),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass
class Report:
    claims: Score = field(default_factory=Score)
    events: Score = field(default_factory=Score)
    claim_modality: Counter[tuple[str, str]] = field(default_factory=Counter)
    event_modality: Counter[tuple[str, str]] = field(default_factory=Counter)
    # labelled non-asserted items that came out asserted: would-be false alerts
    false_asserted: list[str] = field(default_factory=list)


def load_devset(path: Path = DEVSET, split: str = "all") -> list[dict[str, Any]]:
    """Labelled passages of `split` (the numbered splits are their own files)."""
    if path == DEVSET and split in SPLIT_FILES:
        path = SPLIT_FILES[split]
        split = "all"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return [r for r in rows if split == "all" or r.get("split") == split]


def evaluate_rows(rows: list[dict[str, Any]], enricher: Enricher) -> Report:
    """Score the enricher on labelled passages."""
    articles = [
        Article(id=str(r["id"]), text=r["text"], published=_published(r.get("published")))
        for r in rows
    ]
    report = Report()
    for row, enriched in zip(rows, enricher.enrich(articles), strict=True):
        score_passage(row, enriched, report)
    return report


def score_passage(row: dict[str, Any], enriched: EnrichedArticle, report: Report) -> None:
    ident = str(row.get("id", ""))
    gold_claims = row.get("claims", [])
    _score(
        report.claims,
        ident,
        [c for c in gold_claims if c.get("modality", "asserted") == "asserted"],
        [c for c in enriched.claims if c.modality == "asserted"],
        _claim_matches,
        lambda c: f"{c.get('metric')}={c.get('value')}/{c.get('total')} {c.get('bound')}",
        lambda c: f"{c.metric}={c.value}/{c.total} {c.bound} [{c.sentence[:70]}]",
    )
    asserted_gold = [c for c in gold_claims if c.get("modality", "asserted") == "asserted"]
    for gold in gold_claims:
        found = _claim_for(gold, enriched.claims)
        got = found.modality if found is not None else "missing"
        report.claim_modality[(gold.get("modality", "asserted"), got)] += 1
        if (
            gold.get("modality", "asserted") != "asserted"
            and found is not None
            and got == "asserted"
            # "a Category 5 now, expected to be a Category 5 at landfall": the one asserted
            # reading is the asserted label's, not the forecast read as asserted
            and not any(_claim_matches(a, found) for a in asserted_gold)
        ):
            report.false_asserted.append(f"{ident}: claim {gold} read as asserted")
    gold_events = [_event_gold(e) for e in row.get("events", [])]
    predicted = list({e.key: e for e in enriched.events if e.modality == "asserted"}.values())
    _score(
        report.events,
        ident,
        _unique([e for e in gold_events if e.get("modality", "asserted") == "asserted"]),
        predicted,
        _event_matches,
        lambda e: f"{e['type']} {e['actor']} {e.get('date')}",
        lambda e: f"{e.type} {e.actor} {e.date} [{e.sentence[:70]}]",
    )
    others = [g for g in gold_events if g.get("modality", "asserted") == "asserted"]
    for gold in gold_events:
        hit = next((e for e in enriched.events if _event_matches(gold, e)), None)
        got = hit.modality if hit is not None else "missing"
        report.event_modality[(gold.get("modality", "asserted"), got)] += 1
        if (
            gold.get("modality", "asserted") != "asserted"
            and hit is not None
            and got == "asserted"
            and not any(_same_event(gold, o) for o in others)
            # an undated label matches any day: the asserted event read may be an asserted
            # label's ("moved its staff to the airport on Sunday" beside "planes are due to
            # fly them out"), not the forecast read as asserted
            and not any(_event_matches(o, hit) for o in others)
        ):
            report.false_asserted.append(f"{ident}: event {gold} read as asserted")


def _score(score: Score, ident: str, gold: list[Any], predicted: list[Any], match: Any,
           show_gold: Any, show_pred: Any) -> None:  # fmt: skip
    remaining = list(predicted)
    for g in gold:
        hit = next((p for p in remaining if match(g, p)), None)
        if hit is None:
            score.fn += 1
            score.errors.append(f"{ident}: MISSED {show_gold(g)}")
        else:
            score.tp += 1
            remaining.remove(hit)
    for p in remaining:
        score.fp += 1
        score.errors.append(f"{ident}: EXTRA {show_pred(p)}")


def _claim_for(gold: dict[str, Any], claims: list[Claim]) -> Claim | None:
    """The claim read for a label: of those that match it, one about the same subject first
    (a related headline's "Laura, a Category 4" is not the story's "Ida, a Category 4")."""
    matching = [c for c in claims if _claim_matches(gold, c)]
    subject = str(gold.get("subject") or "").lower()
    same = [c for c in matching if subject and c.subject and _same_subject(subject, c.subject)]
    return next(iter(same or matching), None)


def _same_subject(label: str, subject: str) -> bool:
    subject = subject.lower()
    return subject in label or label in subject


def _claim_matches(gold: dict[str, Any], claim: Claim) -> bool:
    # converted units (hectares to acres) match whatever factor the label was rounded with,
    # and a label kept to decimals ("593.05 acres") the reading rounded to whole units (593)
    value = float(gold["value"])
    same = math.isclose(value, float(claim.value), rel_tol=VALUE_TOLERANCE) or (
        not value.is_integer() and abs(value - float(claim.value)) <= 0.5
    )
    if gold.get("metric") != claim.metric or not same:
        return False
    if gold.get("bound", "exact") != claim.bound:
        return False
    total = gold.get("total")
    return total is None or claim.total is not None and float(total) == float(claim.total)


def _event_gold(gold: dict[str, Any]) -> dict[str, Any]:
    return {**gold, "date": gold.get("date") or None}


@functools.cache
def _country_names() -> dict[str, str]:
    """Each word the default pack knows a sending country by -> the name its labels use."""
    countries = RulePack.load().events.embassy_countries.values()
    return {plain(w): plain(c.name) for c in countries for w in (c.name, *c.words)}


def _actor(name: str) -> str:
    """An actor as compared: no case, accents or hyphens, and a mission's country by the
    name the extractor labels it with ("India Consulate Mérida" is "indian consulate merida",
    as the event's identity key has it)."""
    words = re.sub(r"[\s-]+", " ", plain(name))
    names = _country_names()
    longest_first = sorted(names, key=len, reverse=True)
    head = next((w for w in longest_first if words.startswith(f"{w} ")), None)
    return f"{names[head]}{words[len(head) :]}" if head else words


def _event_matches(gold: dict[str, Any], event: Event) -> bool:
    if gold["type"] != event.type or _actor(gold["actor"]) != _actor(event.actor):
        return False
    when = event.date.isoformat() if event.date else None
    place = gold.get("location")
    if place and event.location and plain(place) not in plain(event.location):
        return False
    return gold.get("date") is None or gold["date"] == when


def _same_event(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """One event: same type, actor, date and (for captures) place."""
    return (a["type"], _actor(a["actor"]), a.get("date"), (a.get("location") or "").lower()) == (
        b["type"],
        _actor(b["actor"]),
        b.get("date"),
        (b.get("location") or "").lower(),
    )


def _unique(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for e in events:
        if not any(_same_event(e, o) for o in out):
            out.append(e)
    return out


def _published(value: str | None) -> datetime | None:
    if not value:
        return None
    d = date.fromisoformat(value[:10])
    return datetime(d.year, d.month, d.day)


def evaluate_seeds(enricher: Enricher, seeds_dir: Path = SEEDS_DIR,
                   labels: Path = SEEDS_LABELS) -> Report | None:  # fmt: skip
    """Score the seed articles, cleaned as the pipeline cleans them; None without seeds."""
    if not seeds_dir.is_dir() or not labels.exists():
        return None
    from processors.clean import article_from_text, clean_article

    gold = json.loads(labels.read_text(encoding="utf-8"))
    report = Report()
    names = sorted(n for n in gold if (seeds_dir / n).exists())
    articles = []
    for name in names:
        article = clean_article(article_from_text((seeds_dir / name).read_text(encoding="utf-8")))
        published = _published(gold[name].get("published"))
        articles.append(article.model_copy(update={"published": article.published or published}))
    for name, enriched in zip(names, enricher.enrich(articles), strict=True):
        score_passage({"id": name[:3], **gold[name]}, enriched, report)
    return report


def render(title: str, report: Report, verbose: bool = False) -> Iterable[str]:
    yield f"== {title}"
    for name, score in (("claims (asserted)", report.claims), ("events (asserted)", report.events)):
        d = score.as_dict()
        yield (
            f"  {name:18} precision {d['precision']:.3f}  recall {d['recall']:.3f}  "
            f"F1 {d['f1']:.3f}  (tp {d['tp']}, fp {d['fp']}, fn {d['fn']})"
        )
    for name, table in (("claim", report.claim_modality), ("event", report.event_modality)):
        rows = sorted(table.items())
        yield f"  {name} modality, labelled -> extracted: " + ", ".join(
            f"{g}->{p}: {n}" for (g, p), n in rows
        )
    yield f"  non-asserted labels read as asserted: {len(report.false_asserted)}"
    if verbose:
        yield from (f"    {e}" for e in [*report.claims.errors, *report.events.errors])
        yield from (f"    {e}" for e in report.false_asserted)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m processors.evaluate", description=__doc__)
    parser.add_argument("--split", default="all", choices=[*SPLITS, "all"])
    parser.add_argument("--seeds", type=Path, default=SEEDS_DIR)
    parser.add_argument("--devset", type=Path, default=DEVSET)
    parser.add_argument("--verbose", "-v", action="store_true", help="list every miss")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    enricher = Enricher()
    splits = list(SPLITS) if args.split == "all" else [args.split]
    results: dict[str, Report] = {}
    for split in splits:
        results[split] = evaluate_rows(load_devset(args.devset, split), enricher)
    seeds = evaluate_seeds(enricher, args.seeds)
    if seeds is not None:
        results["seeds"] = seeds
    if args.json:
        out = {
            name: {
                "claims": r.claims.as_dict(),
                "events": r.events.as_dict(),
                "false_asserted": len(r.false_asserted),
            }
            for name, r in results.items()
        }
        print(json.dumps(out, indent=2))
    else:
        for name, report in results.items():
            for line in render(name, report, args.verbose and name not in AGGREGATE_ONLY):
                print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
