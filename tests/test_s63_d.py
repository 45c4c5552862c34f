"""
Tallies of session 63 (helper d): a war's or a report's total beside the
day's losses, an event's edition, a stock added to.
"""

from __future__ import annotations

import datetime as dt

import pytest

from conflictfigures import Category, extract, tally

THU = dt.date(2023, 3, 16)


def _best(text: str, category: Category) -> int:
    tolls = tally(extract(text, published=THU))
    return tolls[category].best if category in tolls else 0


@pytest.mark.parametrize(
    ("text", "category", "expected"),
    [
        (
            (
                "Over the past day, the enemy lost 3 tanks and 6 armoured vehicles. Since the"
                " beginning of hostilities in the Donetsk sector, the enemy has lost 412 tanks."
            ),
            Category.EQUIPMENT_DESTROYED,
            9,
        ),
        (
            (
                "Over the past 24 hours, the enemy lost 4 tanks. Since the outbreak of"
                " hostilities, it has lost 1,320 tanks."
            ),
            Category.EQUIPMENT_DESTROYED,
            4,
        ),
        (
            (
                "Over the past 24 hours, the enemy lost up to 420 servicemen. Since the start of"
                " the year, the enemy has lost more than 61,000 servicemen."
            ),
            Category.CASUALTIES,
            420,
        ),
    ],
    ids=["since the beginning of hostilities", "since the outbreak", "lost servicemen alike"],
)
def test_s63d_a_war_total_beside_the_days_losses(
    text: str, category: Category, expected: int
) -> None:
    """
    A total since hostilities began is a war's, background beside the past
    day's losses; a daily report's people lost are casualties in its total
    too, so the total is set apart in the same category.
    """
    assert _best(text, category) == expected


def test_s63d_another_sides_lost_soldiers_stay_dead() -> None:
    """(guard) A daily report on one side leaves another side's lost soldiers dead."""
    text = (
        "Over the past day, the AFU lost 210 troops. Russia has lost 1,500 soldiers in the"
        " region since January."
    )
    tolls = tally(extract(text, published=THU))
    assert tolls[Category.CASUALTIES].best == 210
    assert tolls[Category.KILLED].best == 1_500


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "At least 45 worshippers died during this year's pilgrimage, officials said."
                " Pakistan reported 9 deaths."
            ),
            45,
        ),
        (
            (
                "Nearly 80 people have died in this year's monsoon floods. In Assam, 6 people"
                " drowned on Tuesday."
            ),
            80,
        ),
        (
            (
                "At least 300 people have been killed in this year's fighting in the province."
                " On Tuesday, 6 people were killed in a market."
            ),
            6,
        ),
    ],
    ids=["a pilgrimage", "a season's floods", "(guard) the year's fighting so far"],
)
def test_s63d_this_years_event_is_its_toll(text: str, expected: int) -> None:
    """
    "this year's" before a yearly event names that event's edition: its
    toll is the story's, not a year so far set apart beside a later count
    of one place or day; "this year's fighting" is still the year so far.
    """
    assert _best(text, Category.KILLED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "Renewed clashes since January have displaced some 40,000 people in the district,"
                " adding to 25,000 people already displaced by earlier floods."
            ),
            40_000,
        ),
        (
            (
                "The offensive has forced 9,000 people from their homes since October, on top of"
                " 4,000 previously displaced by the drought."
            ),
            9_000,
        ),
        ("Some 25,000 people were already displaced by earlier floods.", 25_000),
    ],
    ids=["adding to", "on top of", "(guard) alone"],
)
def test_s63d_a_stock_added_to_is_background(text: str, expected: int) -> None:
    """
    A count "already" or "previously" displaced after "adding to" or "on top
    of" is the stock the news adds to, background beside it; alone, it is
    the document's count.
    """
    assert _best(text, Category.DISPLACED) == expected
