"""Reading values from numbers written in digits, words, ordinals and shares."""

import pytest

from processors.numbers import (
    parse_bound,
    parse_fraction,
    parse_number,
    parse_ordinal,
    parse_quantity,
    plain_number,
)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("10", 10),
        ("1,200", 1200),
        ("3.5", 3.5),
        ("eleven", 11),
        ("thirty-four", 34),
        ("twenty one", 21),
        ("a dozen", 12),
        ("two dozen", 24),
        ("1.5 million", 1_500_000),
        ("three hundred", 300),
        ("two thousand five hundred", 2500),
    ],
)
def test_cardinals_in_digits_and_words_are_read(text: str, value: float) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["capitals", "", "a", "many"])
def test_words_that_are_not_numbers_give_none(text: str) -> None:
    assert parse_number(text) is None


@pytest.mark.parametrize(
    ("text", "value"), [("12th", 12), ("tenth", 10), ("fifth", 5), ("twenty-first", 21)]
)
def test_ordinals_are_read(text: str, value: int) -> None:
    assert parse_ordinal(text) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [("half", 0.5), ("two-thirds", 2 / 3), ("a quarter", 0.25), ("65%", 0.65), ("40 percent", 0.4)],
)
def test_fractions_and_shares_are_read(text: str, value: float) -> None:
    assert parse_fraction(text) == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "bound"),
    [
        ("at least", "at_least"),
        ("more than", "more_than"),
        ("no more than", "at_most"),
        ("nearly", "about"),
        ("fewer than", "less_than"),
        ("now est.", "about"),
        ("approx.", "about"),
        ("the", "exact"),
    ],
)
def test_bound_words_are_recorded(text: str, bound: str) -> None:
    assert parse_bound(text) == bound


def test_a_quantity_knows_its_kind_and_bound() -> None:
    q = parse_quantity("nine", "at least")
    assert q is not None and (q.value, q.kind, q.bound) == (9, "cardinal", "at_least")
    ordinal = parse_quantity("tenth")
    assert ordinal is not None and (ordinal.value, ordinal.kind) == (10, "ordinal")


def test_plain_numbers_are_ints_when_integral() -> None:
    assert plain_number(10.0) == 10 and isinstance(plain_number(10.0), int)
    assert plain_number(22.5) == 22.5
    assert plain_number(None) is None


def test_as_high_as_is_an_upper_bound() -> None:
    from processors.numbers import parse_quantity as read

    q = read("150,000", "some estimates as high as")
    assert q is not None and (q.value, q.bound) == (150000, "at_most")
