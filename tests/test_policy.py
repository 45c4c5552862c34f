"""The bounds policy, table by table: what each stated count implies."""

from __future__ import annotations

import attrs
import pytest

from conflictfigures import (
    ACLED_POLICY,
    DEFAULT_POLICY,
    BoundsPolicy,
    Count,
    InvalidCount,
    InvalidPolicy,
    Qualifier,
    VagueBounds,
)

# Rows: stated, qualifier, stated_high, rounding, low, high, note.
NUMBER_BOUNDS = [
    (2, "exact", None, 1, 2, 2, "two"),
    (3_600_000, "exact", None, 100_000, 3_550_000, 3_649_999, "3.6 million carries its rounding"),
    (3_700_000, "exact", None, 100_000, 3_650_000, 3_749_999, "3.7 million"),
    (2_000_000, "exact", None, 1_000_000, 1_500_000, 2_499_999, "2 million"),
    (19, "at_least", None, 1, 19, None, "at least 19 is 19 up"),
    (50, "more_than", None, 1, 51, None, "more than 50 is at least 51"),
    (3_600_000, "more_than", None, 100_000, 3_600_001, None, "more than 3.6 million"),
    (1_000_000, "nearly", None, 1_000_000, 900_000, 1_000_000, "nearly a million"),
    (200, "about", None, 1, 180, 220, "about 200: a 10% band"),
    (5, "about", None, 1, 4, 6, "about 5: at least one either side"),
    (15, "up_to", None, 1, 0, 15, "up to 15"),
    (10, "fewer_than", None, 1, 0, 9, "fewer than 10"),
    (10, "range", 15, 1, 10, 15, "10 to 15"),
    (0, "exact", None, 1, 0, 0, "no one"),
]


@pytest.mark.parametrize(
    ("stated", "qualifier", "stated_high", "rounding", "low", "high", "note"),
    NUMBER_BOUNDS,
    ids=[row[-1] for row in NUMBER_BOUNDS],
)
def test_default_bounds_of_numbers(
    stated: int,
    qualifier: str,
    stated_high: int | None,
    rounding: int,
    low: int,
    high: int | None,
    note: str,
) -> None:
    count = Count.read(stated, qualifier, stated_high=stated_high, rounding=rounding)
    assert (count.low, count.high) == (low, high), note


VAGUE = [
    ("a few", 3, 9),
    ("several", 3, 9),
    ("multiple", 3, None),
    ("numerous", 4, None),
    ("a number", 4, None),
    ("dozens", 24, 99),
    ("scores", 40, 199),
    ("hundreds", 200, 999),
    ("thousands", 2_000, 9_999),
    ("tens of thousands", 20_000, 99_999),
    ("hundreds of thousands", 200_000, 999_999),
    ("millions", 2_000_000, 9_999_999),
]


@pytest.mark.parametrize(("word", "low", "high"), VAGUE, ids=[w for w, _, _ in VAGUE])
def test_default_bounds_of_vague_words(word: str, low: int, high: int | None) -> None:
    count = Count.read(None, "vague", vague=word)
    assert (count.low, count.high) == (low, high)


def test_acled_preset_reads_dozens_as_twelve() -> None:
    dozens = Count.read(None, "vague", vague="dozens", policy=ACLED_POLICY)
    assert (dozens.low, ACLED_POLICY.best(dozens)) == (12, 12)
    assert Count.read(None, "vague", vague="hundreds", policy=ACLED_POLICY).low == 100


def test_a_caller_replaces_the_policy() -> None:
    strict = attrs.evolve(
        DEFAULT_POLICY,
        name="strict",
        round_scaled=False,
        vague={"dozens": VagueBounds(low=12, best=12, high=None)},
    )
    assert strict.rounding_of(3_600_000, scaled_unit=100_000, written_digits=False) == 1
    assert Count.read(None, "vague", vague="dozens", policy=strict).high is None
    with pytest.raises(
        InvalidCount, match="no reading for the vague word 'several'; known: dozens"
    ):
        Count.read(None, "vague", vague="several", policy=strict)


def test_rebound_keeps_the_words_and_changes_the_bounds() -> None:
    count = Count.read(None, "vague", vague="dozens")
    again = count.rebound(ACLED_POLICY)
    assert (again.vague, again.qualifier, again.low) == ("dozens", Qualifier.VAGUE, 12)


@pytest.mark.parametrize(
    ("value", "scaled_unit", "digits", "unit"),
    [
        (520_000, None, True, 10_000),
        (380_000, None, True, 10_000),
        (1_500, None, True, 1),
        (100_000, None, True, 100_000),
        (12_345, None, True, 1),
        (3_600_000, 100_000, False, 100_000),
        (20, None, False, 1),
    ],
)
def test_rounding_of_written_numbers(
    value: int, scaled_unit: int | None, digits: bool, unit: int
) -> None:
    assert DEFAULT_POLICY.rounding_of(value, scaled_unit=scaled_unit, written_digits=digits) == unit


def test_bad_policies_are_refused() -> None:
    with pytest.raises(InvalidPolicy, match="'about_band' must be in"):
        BoundsPolicy(about_band=1.5)
    with pytest.raises(InvalidPolicy, match="0 <= low <= best <= high"):
        VagueBounds(low=10, best=5, high=20)


def test_compatibility_is_rounding_aware() -> None:
    m36 = Count.read(3_600_000, "exact", rounding=100_000)
    m37 = Count.read(3_700_000, "exact", rounding=100_000)
    more36 = Count.read(3_600_000, "more_than", rounding=100_000)
    assert not m36.compatible(m37)
    assert more36.compatible(m37)
    assert Count.read(19, "at_least").compatible(Count.exact(20))
    assert not Count.exact(2).compatible(Count.exact(3))


@pytest.mark.parametrize(
    ("count", "best"),
    [
        (Count.exact(7), 7),
        (Count.read(50, "more_than"), 50),
        (Count.read(19, "at_least"), 19),
        (Count.read(1_000_000, "nearly", rounding=1_000_000), 1_000_000),
        (Count.read(50, "nearly"), 50),
        (Count.read(10, "fewer_than"), 9),
        (Count.read(15, "up_to"), 15),
        (Count.read(200, "about"), 200),
        (Count.read(10, "range", stated_high=15), 12),
        (Count.read(None, "vague", vague="several"), 4),
    ],
)
def test_best_numbers(count: Count, best: int) -> None:
    assert DEFAULT_POLICY.best(count) == best
