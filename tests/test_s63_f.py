"""Tallies of helper s63f (probe 66 group 12, review 65 #11): register stocks and "N more"."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictfigures import Category, extract, tally

FRI = dt.date(2024, 3, 22)


@pytest.mark.parametrize(
    ("stock", "expected"),
    [
        ("Across the region, 2,300 people are recorded as missing.", 6),
        ("Nationwide, more than 40,000 people are officially listed as missing.", 6),
        ("Across the region, 2,300 people are registered as missing.", 6),
    ],
    ids=["recorded", "officially listed", "registered"],
)
def test_s63f_a_registers_stock_is_no_incidents_count(stock: str, expected: int) -> None:
    """
    Probe 66: people a register holds as missing now are a stock
    (``cumulative``), so beside an incident's own missing the tally keeps
    the incident's count, not the register's.
    """
    text = "Six hikers went missing in the mountains on Wednesday. " + stock
    assert tally(extract(text, published=FRI))[Category.MISSING].best == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The army said it had eliminated 40 militants and neutralised 15 more.", 55),
        ("Troops neutralised 25 insurgents and eliminated 9 more near the border.", 34),
        ("Gunmen killed four villagers and neutralised two more.", 4),
    ],
    ids=["neutralised more militants", "eliminated more insurgents", "villagers"],
)
def test_s63f_more_of_armed_men_are_killed(text: str, expected: int) -> None:
    """
    Review 65: "and neutralised 15 more" after armed men are more of them, so
    the verb that kills armed men only kills them too; villagers are not.
    """
    assert tally(extract(text, published=FRI))[Category.KILLED].best == expected
