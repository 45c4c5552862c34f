"""
Session 63 (helper c): tallies of probe 66's groups 4, 5 and 7 told in new
sentences: a breakdown told after its total adds nothing to it, and a count
a source gave before ("Previously, the army stated ...") is given up beside
the later one, as "previously said" is.
"""

from __future__ import annotations

import datetime as dt

import pytest

from conflictfigures import Category, extract, tally

FRI = dt.date(2024, 3, 8)


def _best(text: str, category: Category) -> int:
    tolls = tally(extract(text, published=FRI))
    return tolls[category].best if category in tolls else 0


@pytest.mark.parametrize(
    ("text", "category", "expected"),
    [
        (
            (
                "Officials said 48 people were wounded in the riots. The 48 include 30 police"
                " officers hurt in the capital."
            ),
            Category.WOUNDED,
            48,
        ),
        (
            (
                "At least 120 migrants drowned off Libya this week. Nearly a third of them, 41,"
                " were children."
            ),
            Category.KILLED,
            120,
        ),
        (
            (
                "Nine pupils and their driver were hurt when the bus overturned; three of the"
                " pupils were admitted to hospital."
            ),
            Category.WOUNDED,
            10,
        ),
        (
            "The nurse was one of about 60 people who were killed when the market was shelled.",
            Category.KILLED,
            60,
        ),
    ],
    ids=["the N include", "a share set off", "of a part's group", "one of the N who"],
)
def test_s63c_breakdown_after_its_total_adds_nothing(
    text: str, category: Category, expected: int
) -> None:
    """A part told after its whole (or the member of a count) leaves the whole's count."""
    assert _best(text, category) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "Eight soldiers died in the clash, the army said on Thursday. Previously, the army"
                " stated two soldiers had fallen in the clash."
            ),
            8,
        ),
        (
            (
                "Eight miners died in the flood, officials said on Thursday. Initially, the company"
                " reported three deaths."
            ),
            8,
        ),
        (
            (
                "Eight miners died in the flood, officials said on Thursday. Earlier, the company"
                " reported three deaths at another mine."
            ),
            11,
        ),
        ("Previously, the army stated two soldiers had fallen in the clash.", 2),
    ],
    ids=["previously stated", "initially reported", "earlier is no earlier count", "alone"],
)
def test_s63c_count_stated_before_is_given_up(text: str, expected: int) -> None:
    """
    A sentence that opens on "Previously" or "Initially" with a statement in
    the simple past tells a count given up beside the later one; alone, it
    is the count; "Earlier," opens other events as often, and adds.
    """
    assert _best(text, Category.KILLED) == expected
