"""Extraction quality may not drop below the level reached (processors.evaluate).

Floors are the figures measured when the rules were last changed; raise them when
the extractor improves. Rules are written from "dev" to "dev55" only; "test", "test2", "test3",
"test53" to "test56" are held out, and "val20" and "val22" are seen by rule writers as figures
only.
"""

from __future__ import annotations

import re

import pytest

from processors.evaluate import (
    AGGREGATE_ONLY,
    Report,
    evaluate_rows,
    evaluate_seeds,
    load_devset,
)

NEVER_ASSERTED = ("forecast", "threatened", "conditional", "other_story")
# (claims precision, claims recall, events precision, events recall), the figures measured
# when the rules were last changed, rounded down. "dev2" to "dev55" are the fresh dev sets
# (rules are written from them; dev7 to dev46 and dev48 to dev55 were the held-out test4 to test52
# until their unseen scores were recorded); "test2" and "test3" are held-out files written
# before the rules were tuned (see processors.evaluate).
FLOORS = {
    "dev": (1.00, 1.00, 1.00, 0.97),
    "dev2": (1.00, 1.00, 1.00, 0.97),
    "dev3": (1.00, 0.99, 1.00, 0.94),
    "dev4": (0.99, 0.97, 1.00, 0.92),
    "dev5": (1.00, 1.00, 1.00, 0.97),
    "dev6": (1.00, 1.00, 1.00, 0.90),
    "dev7": (1.00, 0.98, 1.00, 0.97),
    "dev8": (1.00, 1.00, 1.00, 0.90),
    "dev9": (1.00, 1.00, 1.00, 0.95),
    "dev10": (1.00, 1.00, 1.00, 0.97),
    "dev11": (1.00, 1.00, 1.00, 0.94),
    "dev12": (1.00, 1.00, 0.98, 0.91),
    "dev13": (1.00, 0.98, 0.97, 0.90),
    "dev14": (0.98, 0.97, 1.00, 0.81),
    "dev15": (0.98, 0.93, 0.98, 0.86),
    "dev16": (0.98, 0.92, 0.89, 0.68),
    "dev17": (0.98, 0.95, 0.84, 0.78),
    "dev18": (0.97, 0.91, 0.89, 0.66),
    "dev19": (0.91, 0.87, 0.86, 0.69),
    "dev20": (0.98, 0.87, 0.86, 0.63),
    # round 20's unseen test18 and test19, opened in round 21
    # dev21's events precision was 0.85 until round 26: Kursk, now tagged a place, names its
    # region in o036 and "the town" after it was read as Kursk (one false capture)
    "dev21": (0.98, 0.95, 0.86, 0.81),
    "dev22": (0.85, 0.87, 0.89, 0.63),
    # round 21's unseen test21 and test22, opened in round 22
    "dev23": (0.95, 0.94, 0.98, 0.96),
    "dev24": (0.94, 0.94, 0.89, 0.73),
    # round 22's unseen test23 and test24, opened in round 23
    "dev25": (1.00, 1.00, 0.95, 0.90),
    "dev26": (1.00, 0.97, 0.91, 0.90),
    # round 23's unseen test25 and test26, opened in round 24
    "dev27": (0.96, 0.96, 0.81, 0.85),
    "dev28": (0.98, 0.91, 0.90, 0.76),
    # round 24's unseen test27 and test28, opened in round 25 (test28's events precision was
    # 0.80 at its start, one false event fewer)
    "dev29": (0.95, 0.96, 0.92, 0.87),
    # dev30's events precision was 0.83 until round 27: an old embassy act in a main clause
    # with its own day, now asserted, reads th076's with no city (the plant names none)
    "dev30": (0.96, 0.85, 0.86, 0.58),
    # round 25's unseen test29 and test30, opened in round 26 (test30's events precision was
    # 0.787 at its start: the broad capture reading added one false event)
    "dev31": (0.95, 0.97, 0.91, 0.85),
    "dev32": (0.98, 0.95, 0.84, 0.71),
    # round 26's unseen test31 and test32, opened in round 27
    "dev33": (1.00, 0.95, 0.91, 0.88),
    "dev34": (0.98, 0.92, 0.88, 0.68),
    # round 27's unseen test33 and test34, opened in round 28
    "dev35": (0.98, 0.93, 0.97, 0.93),
    "dev36": (0.90, 0.90, 0.93, 0.77),
    # round 28's unseen test35 and test36, opened in round 30
    "dev37": (0.97, 0.96, 0.78, 0.73),
    "dev38": (0.97, 0.93, 0.88, 0.57),
    # round 30's unseen test37 and test38, opened in round 32
    "dev39": (1.00, 0.95, 0.94, 0.97),
    "dev40": (1.00, 0.97, 0.91, 0.89),
    # round 31's unseen test39 and test40, opened in round 33
    "dev41": (0.97, 0.98, 0.83, 0.73),
    "dev42": (1.00, 0.93, 0.97, 0.86),
    # round 32's unseen test41 and test42, opened in round 34
    "dev43": (1.00, 0.97, 0.96, 0.96),
    "dev44": (0.95, 0.96, 0.92, 0.90),
    # round 33's unseen test43 and test44, opened in round 35
    "dev45": (0.98, 0.92, 0.92, 0.88),
    "dev46": (0.97, 0.92, 0.94, 0.87),
    # round 35's set of hard cases, written for rule writing (uc061's "the 10th", relabelled recap
    # in round 37, is read so since that round's timeline reading)
    "dev47": (0.95, 0.89, 0.95, 0.84),
    # round 34's unseen test45 and test46, opened in round 36
    "dev48": (0.98, 0.96, 0.92, 0.89),
    "dev49": (0.95, 0.95, 0.95, 0.87),
    # round 35's unseen test47 and test48, opened in round 37
    "dev50": (0.98, 0.97, 1.00, 1.00),
    "dev51": (1.00, 0.97, 0.98, 0.97),
    # round 36's unseen test49 and test50, opened in round 38
    "dev52": (1.00, 0.96, 0.97, 0.97),
    "dev53": (0.98, 0.97, 0.96, 0.90),
    # round 37's unseen test51 and test52, opened in round 39 (test52's claims recall was 0.86 for
    # part of round 38: a rival teller's reading hedged one of its true claims while unhedging one
    # false)
    "dev54": (0.96, 0.98, 0.91, 0.92),
    "dev55": (0.97, 0.95, 0.95, 0.94),
    "test": (0.96, 0.87, 1.00, 0.80),
    "test2": (1.00, 1.00, 0.93, 1.00),
    "test3": (1.00, 0.90, 0.97, 0.88),
    "val20": (0.91, 0.83, 0.83, 0.64),
    # written in round 22, seen by rule writers as figures only
    "val22": (0.96, 0.90, 0.94, 0.74),
    # written in round 38, scored unseen at its start
    "test53": (0.93, 0.89, 0.89, 0.74),
    "test54": (0.96, 0.90, 0.90, 0.82),
    # written in round 39, scored unseen at its start
    "test55": (0.96, 0.92, 0.90, 0.85),
    "test56": (0.93, 0.83, 0.93, 0.87),
}
DEV = [split for split in FLOORS if split.startswith("dev")]
HELD_OUT = [split for split in FLOORS if not split.startswith("dev")]
# Forecasts, threats, conditions and other stories read as asserted, per split: none on the older
# dev sets; one on dev26 (round 22's unseen test24, at its start and end); none now on dev19 (a
# refusal read as a handover) nor on dev21 ("will remain closed", relabelled an asserted closure in
# round 23). (Until round 22 the harness also counted a forecast or condition of the value an
# asserted label holds, "a Category 5 now, expected to be a Category 5 at landfall", and an undated
# forecast event matching an asserted one: dev13, dev15, dev20, dev21 and dev22 held one each of
# those.) dev27 (round 23's unseen test25) held one, at its start and end, until round 35. val22's
# one came to light in round 23, when the harness began to compare a mission's actor as its identity
# key does ("China Consulate Houston" is the "Chinese Consulate Houston" read), and went in round 34
# (its figures only say so: one of that round's events readings). dev29 and dev30 (round 24's unseen
# test27 and test28) hold one each, at their start and end; so does dev32 (round 25's unseen
# test30). dev34 (round 26's unseen test32) held two, at its start and end, until round 27 read its
# "has decided to withdraw all personnel" as a forecast. dev37 (round 28's unseen test35) held one,
# at its start and at rounds 29 to 37's ends, none after round 38. dev40 (round 30's unseen test38)
# holds two, at its start and at rounds 31 to 33's ends (opened in round 32); dev41 (round 31's
# unseen test39) held one at rounds 31 and 32, until round 33 read its ordered closure "within 48
# hours" as an ultimatum; dev43 and dev44 (round 32's unseen test41 and test42, opened in round 34)
# none; dev45 and dev46 (round 33's unseen test43 and test44, opened in round 35) one each, at their
# start and at rounds 33 and 34's ends, dev45 none after round 35, dev46 none after round 38; dev48
# and dev49 (round 34's unseen test45 and test46, opened in round 36) none at their start and at
# rounds 34 and 35's ends; dev50 and dev51 (round 35's unseen test47 and test48, opened in round 37)
# one and none, at their start and at rounds 35 and 36's ends, dev50 none after round 38; dev52 and
# dev53 (round 36's unseen test49 and test50, opened in round 38) none at their start and at rounds
# 36 and 37's ends; dev54 and dev55 (round 37's unseen test51 and test52, opened in round 39) one
# and none, at their start and at round 38's end, dev54 none after round 39; test53 and test54
# (written in round 38) one and two at their start and end and round 39's end; test55 and test56
# (written in round 39) one and none at their start and end.
KNOWN_LEAKS: dict[str, int] = {
    "dev26": 1, "dev29": 1, "dev30": 1, "dev32": 1,
    "dev40": 2, "test53": 1, "test54": 2, "test55": 1,
}  # fmt: skip


def _leaks(report: Report) -> list[str]:
    return [
        line
        for line in report.false_asserted
        if re.search(r"'modality': '(" + "|".join(NEVER_ASSERTED) + ")'", line)
    ]


class _Reports(dict[str, Report]):
    """Each split evaluated when a test first asks for it (`-k dev` scores no held-out set)."""

    def __init__(self, enricher) -> None:  # type: ignore[no-untyped-def]
        super().__init__()
        self.enricher = enricher

    def __missing__(self, split: str) -> Report:
        self[split] = evaluate_rows(load_devset(split=split), self.enricher)
        return self[split]

    def __repr__(self) -> str:  # (a failing test's traceback shows its arguments)
        return f"<reports of {', '.join(self)}>"


@pytest.fixture(scope="module")
def reports(enricher):  # type: ignore[no-untyped-def]
    return _Reports(enricher)


@pytest.mark.parametrize("split", sorted(FLOORS))
def test_precision_and_recall_stay_above_the_floor(reports, split: str) -> None:  # type: ignore[no-untyped-def]
    report = reports[split]
    figures = (
        ("claims precision", report.claims.precision, report.claims.errors),
        ("claims recall", report.claims.recall, report.claims.errors),
        ("events precision", report.events.precision, report.events.errors),
        ("events recall", report.events.recall, report.events.errors),
    )
    for (name, figure, errors), floor in zip(figures, FLOORS[split], strict=True):
        # the misses of a set rule writers may not read are not printed (nor its report,
        # which pytest would show beside an assert on its attributes)
        assert figure >= floor, (name, [] if split in AGGREGATE_ONLY else errors)


@pytest.mark.parametrize("split", DEV)
def test_no_forecast_threat_condition_or_other_story_reads_as_asserted_on_dev(  # type: ignore[no-untyped-def]
    reports, split: str
) -> None:
    assert len(_leaks(reports[split])) <= KNOWN_LEAKS.get(split, 0), _leaks(reports[split])


@pytest.mark.parametrize("split", HELD_OUT)
def test_held_out_leaks_do_not_grow(reports, split: str) -> None:  # type: ignore[no-untyped-def]
    leaks = _leaks(reports[split])
    count = len(leaks)  # (an assert on len(leaks) would print them)
    assert count <= KNOWN_LEAKS.get(split, 0), [] if split in AGGREGATE_ONLY else leaks


def test_seed_claims_and_events_are_read_with_their_modality(enricher, seeds_dir) -> None:  # type: ignore[no-untyped-def]
    report = evaluate_seeds(enricher, seeds_dir)
    if report is None:
        pytest.skip("seed labels not present")
    assert (report.claims.precision, report.claims.recall) == (1.0, 1.0), report.claims.errors
    assert report.events.precision == 1.0, report.events.errors
    assert report.events.recall >= 0.8, report.events.errors
    assert _leaks(report) == []
