"""Tallies of a refugee or displaced stock told with its breakdown by host country or by time."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictfigures import Category, extract, tally

FRI = dt.date(2024, 3, 22)


@pytest.mark.parametrize(
    ("text", "category", "expected"),
    [
        (
            (
                "The number of Syrians forced to flee their country has passed two million. "
                "Lebanon has taken in the most, with 716,000 people registered, followed by "
                "Jordan with 515,000. Turkey (460,000), Iraq (168,000) and Egypt (110,000) "
                "account for most of the rest."
            ),
            Category.REFUGEES,
            2_000_000,
        ),
        (
            (
                "The UNHCR said some 860,000 ethnic Albanians had fled Kosovo since March 24: "
                "444,600 are in Albania, 247,800 in Macedonia and 69,900 in Montenegro."
            ),
            Category.REFUGEES,
            860_000,
        ),
        (
            (
                "The agency said 874,000 people had crossed out of Ukraine into neighbouring "
                "countries, about 454,000 of them into Poland."
            ),
            Category.REFUGEES,
            874_000,
        ),
        (
            (
                "An estimated 262,000 refugees have arrived through the Morini crossing, "
                "including some 25,000 in the past 24 hours."
            ),
            Category.REFUGEES,
            262_000,
        ),
        (
            (
                "Around 1.3 million people have fled the country, 610,000 of them to Chad and "
                "480,000 to Egypt."
            ),
            Category.REFUGEES,
            1_300_000,
        ),
        (
            (
                "Some 45,000 people were uprooted by the fighting last month: 30,000 are now in "
                "Bentiu and 15,000 in Malakal."
            ),
            Category.DISPLACED,
            45_000,
        ),
        (
            "Floods have displaced 90,000 people, including 14,000 in the past week.",
            Category.DISPLACED,
            90_000,
        ),
    ],
    ids=[
        "hosts after a ranking",
        "parts after a colon",
        "of them into a country",
        "a part by its time",
        "two countries' shares",
        "towns after a colon",
        "the past week's share",
    ],
)
def test_review62f_a_stock_broken_down_is_counted_once(
    text: str, category: Category, expected: int
) -> None:
    """
    Review 62 (helper f): the parts of a refugee or displaced stock by host
    country, town or time are parts of it, never added to it: the tally is
    the whole's number.
    """
    assert tally(extract(text, published=FRI))[category].best == expected


def test_review62f_a_country_list_of_the_dead_after_refugees_stays_killed() -> None:
    """Review 62 (helper f, guard): "Deaths: France (12), Spain (3)" after refugees is 15 killed."""
    text = "Some 2 million Syrians have fled abroad. Deaths: France (12), Spain (3)."
    est = tally(extract(text, published=FRI))
    assert est[Category.KILLED].best == 15
    assert est[Category.REFUGEES].best == 2_000_000
