"""
Session 63 (s63g, review 66): a report's period total that leads a news
story is its background, not the total of its parts; one site with a
modifier holds no list of other places.
"""

from __future__ import annotations

import datetime as dt

import pytest

from conflictfigures import Category, extract, tally

TUE = dt.date(2024, 3, 5)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "Since the war began in April, 9,000 people have been killed, the UN reports. "
                "On Sunday, a drone strike killed 25 people at a mosque in El Fasher."
            ),
            25,
        ),
        (
            (
                "In a report released on Friday, the rights group said 2,300 civilians had been "
                "killed since January. Gunmen shot dead 18 farmers in Benue on Monday."
            ),
            18,
        ),
        (
            (
                "Since the start of the year, 900 people have been killed, according to the "
                "ministry, which rejected reports of a massacre. Gunmen killed 30 people in a "
                "village on Monday."
            ),
            30,
        ),
        (
            (
                "Since the fighting began on 10 May, the ministry reports 640 people killed. "
                "In the town of Kutum, at least 150 people were killed between 2 and 4 June."
            ),
            640,
        ),
        (
            (
                "Saudi authorities executed at least 170 people in 2023, Human Rights Watch said "
                "in its yearly report on Monday. The figure was up from 2022, when 147 people "
                "were executed."
            ),
            170,
        ),
    ],
    ids=[
        "reports then today",
        "in a report then today",
        "relative clause's reports",
        "old parts",
        "said in its yearly report",
    ],
)
def test_s63g_report_lead_gives_way_to_todays_incident(text: str, expected: int) -> None:
    """
    Review 66 #1: a report's period total is the lead that holds its parts
    only when no later count of its document is dated in its last week, and
    only when the claim itself is told as a report's (not a relative
    clause's "reports of a massacre"); a report of old parts keeps its total.
    """
    assert tally(extract(text, published=TUE))[Category.KILLED].best == expected


@pytest.mark.parametrize(
    ("place", "expected"),
    [
        ("in a small village", 25),
        ("in a remote town", 25),
        ("in a village", 25),
        ("in the region", 18),
        ("across the state", 18),
    ],
)
def test_s63g_one_site_with_a_modifier_holds_no_list(place: str, expected: int) -> None:
    """
    Review 66 #7: "in a small village" is one site, as "in a village" is:
    the places listed after it are incidents of their own; a region or a
    wide place holds them as shares.
    """
    text = f"Gunmen killed 18 people {place}, 5 in Kano and 2 in Zaria."
    assert tally(extract(text, published=TUE))[Category.KILLED].best == expected
