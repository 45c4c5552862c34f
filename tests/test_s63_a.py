"""Tallies of helper s63a (review 65, item 6): a place's name with its unit's noun is one place."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictfigures import Category, extract, tally

FRI = dt.date(2024, 3, 22)


@pytest.mark.parametrize(
    ("later", "expected"),
    [
        ("Officials also said 40 people had died in Herat province.", (31, 31, 40)),
        ("Officials also said 40 people had died in Herat city.", (31, 31, 40)),
        ("Officials also said 12 people had died in Farah province.", (43, 43, 43)),
        ("Officials also said 12 people had died in Farah on Saturday.", (43, 43, 43)),
    ],
    ids=["the name and its province", "the name and its city", "another province", "another"],
)
def test_s63a_a_name_and_its_unit_are_one_place(later: str, expected: tuple[int, int, int]) -> None:
    """
    Review 65: "in Herat province" after "in Herat" is the one incident told
    again (a rival count), "in Farah province" another place, whose dead add.
    """
    text = "A truck bomb killed 31 people in Herat on Thursday. " + later
    est = tally(extract(text, published=FRI))[Category.KILLED]
    assert (est.low, est.best, est.high) == expected
