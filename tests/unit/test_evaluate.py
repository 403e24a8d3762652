"""How the evaluation harness matches an extracted claim to a label."""

from __future__ import annotations

from processors.evaluate import _claim_matches
from processors.models import Claim


def claim(value: float, total: float | None = None, bound: str = "exact") -> Claim:
    return Claim(
        metric="acres_burned", subject="Park Fire", value=value, total=total, bound=bound,
        sentence="s",
    )


def label(value: float, total: float | None = None, bound: str = "exact") -> dict:
    return {"metric": "acres_burned", "value": value, "total": total, "bound": bound}


def test_a_hectare_conversion_rounded_with_another_factor_still_matches():
    # 7.8 million hectares: 19,274,220 acres at 2.4710538, 19,274,190 at 2.47105
    assert _claim_matches(label(19_274_190), claim(19_274_220))


def test_counts_one_apart_do_not_match():
    assert not _claim_matches(label(11), claim(12))
    assert not _claim_matches(label(2_056), claim(2_057))


def test_bound_and_a_labelled_total_must_agree():
    assert not _claim_matches(label(10, bound="at_least"), claim(10))
    assert not _claim_matches(label(10, total=34), claim(10, total=30))
    assert _claim_matches(label(10), claim(10, total=34))
