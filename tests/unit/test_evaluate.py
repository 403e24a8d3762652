"""How the evaluation harness matches an extracted claim to a label, and which claim it
takes as the reading of a label."""

from __future__ import annotations

import datetime as dt

from processors.evaluate import Report, _claim_matches, _event_matches, score_passage
from processors.models import Article, Claim, EnrichedArticle, Event


def claim(value: float, total: float | None = None, bound: str = "exact") -> Claim:
    return Claim(
        metric="acres_burned",
        subject="Park Fire",
        value=value,
        total=total,
        bound=bound,
        sentence="s",
    )


def label(value: float, total: float | None = None, bound: str = "exact") -> dict:
    return {"metric": "acres_burned", "value": value, "total": total, "bound": bound}


def test_a_hectare_conversion_rounded_with_another_factor_still_matches():
    # 7.8 million hectares: 19,274,220 acres at 2.4710538, 19,274,190 at 2.47105
    assert _claim_matches(label(19_274_190), claim(19_274_220))


def test_a_conversion_labelled_to_two_decimals_matches_the_whole_acres_read():
    # 240 hectares: 593.05 acres in the label, 593 read (the rule pack rounds conversions)
    assert _claim_matches(label(593.05), claim(593))
    assert _claim_matches(label(312.5), claim(313))
    assert not _claim_matches(label(593.05), claim(594))


def test_counts_one_apart_do_not_match():
    assert not _claim_matches(label(11), claim(12))
    assert not _claim_matches(label(2_056), claim(2_057))


def test_bound_and_a_labelled_total_must_agree():
    assert not _claim_matches(label(10, bound="at_least"), claim(10))
    assert not _claim_matches(label(10, total=34), claim(10, total=30))
    assert _claim_matches(label(10), claim(10, total=34))


def test_a_related_headline_with_the_story_s_figure_is_not_read_as_asserted():
    # "Ida came ashore as a Category 4. Related: How Laura became a Category 4"
    def category(subject: str, modality: str) -> Claim:
        return Claim(
            metric="hurricane_category", subject=subject, value=4, modality=modality,
            sentence="s",
        )  # fmt: skip

    row = {
        "id": "t",
        "claims": [
            {"metric": "hurricane_category", "subject": "Hurricane Ida", "value": 4,
             "total": None, "bound": "exact", "modality": "asserted"},
            {"metric": "hurricane_category", "subject": "Hurricane Laura", "value": 4,
             "total": None, "bound": "exact", "modality": "other_story"},
        ],
        "events": [],
    }  # fmt: skip
    read = [category("Ida", "asserted"), category("Laura", "other_story")]
    report = Report()
    score_passage(row, EnrichedArticle(article=Article(id="t", text="t"), claims=read), report)
    assert report.false_asserted == []
    assert report.claim_modality[("other_story", "other_story")] == 1


def test_a_forecast_of_the_value_already_asserted_is_no_forecast_read_as_asserted():
    # "Patricia was a Category 5 on Friday, and forecasters expected a Category 5 at landfall":
    # the one asserted reading is the asserted label's
    def category(value: int, modality: str) -> dict:
        return {"metric": "hurricane_category", "subject": "Hurricane Patricia", "value": value,
                "total": None, "bound": "exact", "modality": modality}  # fmt: skip

    def read(value: int) -> Claim:
        return Claim(
            metric="hurricane_category", subject="Hurricane Patricia", value=value,
            modality="asserted", sentence="s",
        )  # fmt: skip

    row = {"id": "t", "claims": [category(5, "asserted"), category(5, "forecast")], "events": []}
    report = Report()
    score_passage(row, EnrichedArticle(article=Article(id="t", text="t"), claims=[read(5)]), report)
    assert report.false_asserted == []
    # a forecast of another value read as asserted still counts
    row = {"id": "t", "claims": [category(4, "asserted"), category(5, "forecast")], "events": []}
    report = Report()
    read_both = [read(4), read(5)]
    score_passage(row, EnrichedArticle(article=Article(id="t", text="t"), claims=read_both), report)
    assert len(report.false_asserted) == 1


def test_an_undated_forecast_event_beside_the_asserted_one_it_matches_is_no_leak():
    # "Germany moved its staff to the airport on Sunday; planes are due to fly them out"
    def evacuation(date: str | None, modality: str) -> dict:
        return {"type": "embassy_evacuation", "actor": "German Embassy Kabul", "date": date,
                "modality": modality}  # fmt: skip

    read = Event(
        type="embassy_evacuation", actor="German Embassy Kabul", date=dt.date(2021, 8, 15),
        sentence="s", key="k",
    )  # fmt: skip
    row = {"id": "t", "claims": [], "events": [evacuation("2021-08-15", "asserted"),
                                               evacuation(None, "forecast")]}  # fmt: skip
    report = Report()
    score_passage(row, EnrichedArticle(article=Article(id="t", text="t"), events=[read]), report)
    assert report.false_asserted == []
    # with no asserted label to account for it, the reading is the forecast read as asserted
    row = {"id": "t", "claims": [], "events": [evacuation(None, "forecast")]}
    report = Report()
    score_passage(row, EnrichedArticle(article=Article(id="t", text="t"), events=[read]), report)
    assert len(report.false_asserted) == 1


def test_an_event_s_actor_matches_by_its_identity_not_its_spelling():
    # outlets and labellers write a mission's country by name or adjective and a city with
    # or without accents; the event's identity key (embassy:in:merida) is the same
    read = Event(
        type="embassy_closure", actor="Indian Consulate Merida", date=dt.date(2024, 7, 5),
        sentence="s", key="k",
    )  # fmt: skip
    for actor in ("India Consulate Mérida", "Indian consulate Merida", "INDIAN CONSULATE MÉRIDA"):
        gold = {"type": "embassy_closure", "actor": actor, "date": "2024-07-05"}
        assert _event_matches(gold, read), actor
    for actor in ("Pakistan Consulate Mérida", "Indian Embassy Mérida", "Indian Consulate Mérid"):
        gold = {"type": "embassy_closure", "actor": actor, "date": "2024-07-05"}
        assert not _event_matches(gold, read), actor
