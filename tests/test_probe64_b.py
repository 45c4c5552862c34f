"""Tallies of probe 64, helper b: a total split across places, and loose breakdowns."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictfigures import Category, extract, tally

FRI = dt.date(2024, 3, 22)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Flash floods have killed 64 people in the region, 40 in Kenya and 24 in Ethiopia.",
            64,
        ),
        ("At least 35 people died in the cold snap, 20 in Punjab and the rest in Haryana.", 35),
        (
            (
                "The cyclone's toll in Malawi and Mozambique has passed 500, with 340 people "
                "confirmed dead in Malawi and at least 170 in Mozambique."
            ),
            500,
        ),
        (
            (
                "Wildfires have left at least 19 people dead across southern Europe: eight in "
                "Greece, six in Turkey and five in Italy."
            ),
            19,
        ),
        ("Storms killed 9 people in Lagos, 4 in Ibadan and 2 in Abeokuta.", 15),
        ("Two people were killed on Friday, three in Kunduz and one in Baghlan.", 6),
    ],
    ids=[
        "shares after 'in the region'",
        "a share before 'the rest'",
        "shares of a toll naming both countries, past its number",
        "shares after a colon",
        "(guard) members after one named place add",
        "(guard) members larger than the figure add",
    ],
)
def test_probe64_b_total_split_by_place(text: str, expected: int) -> None:
    """
    Probe 64 (group 3): a total followed by its split across places in a
    gapped list is tallied once, its shares parts of it, when its place
    holds theirs; counts in places beside one named place, or larger
    together than the figure, still add.
    """
    assert tally(extract(text, published=FRI))[Category.KILLED].best == expected


def test_probe64_b_split_keeps_the_combined_place() -> None:
    """A combined toll's place naming two countries is kept whole, beside its shares' places."""
    text = "The combined toll in Chile and Peru rose to 90, with 60 in Chile and 30 in Peru."
    places = [(f.count.stated, f.location, f.part_of is not None) for f in extract(text)]
    assert places == [(90, "Chile and Peru", False), (60, "Chile", True), (30, "Peru", True)]


@pytest.mark.parametrize(
    ("text", "category", "low"),
    [
        (
            (
                "Jordan shelters some 650,000 Syrians who fled the conflict, of whom about 130,000 "
                "are Palestinians."
            ),
            Category.REFUGEES,
            585_000,
        ),
        (
            (
                "Security forces killed at least 80 protesters in the unrest that followed the "
                "disputed election, including 12 teenagers."
            ),
            Category.KILLED,
            80,
        ),
    ],
    ids=["a part after 'of whom' past a relative clause", "parts past a relative clause"],
)
def test_probe64_b_loose_parts_do_not_lower_the_tally(
    text: str, category: Category, low: int
) -> None:
    """
    Probe 64 (group 11): a part linked to its whole past a relative clause
    is no figure of its own, so the tally's lower bound stays the whole's.
    """
    figures = extract(text, published=FRI)
    assert sum(f.part_of is not None for f in figures) == 1
    assert tally(figures)[category].low == low
