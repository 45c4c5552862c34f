"""
Tallies of helper s63j (probe 67, groups 2 and 7): a toll aboard two
vehicles is read whole and a later body count stays inside it; a day's toll
of a diffuse harm told first, then its incidents place by place, holds them.
"""

from __future__ import annotations

import datetime as dt

import pytest

from conflictfigures import Category, extract, tally

FRI = dt.date(2024, 3, 22)


def _killed(text: str) -> int:
    tolls = tally(extract(text, published=FRI))
    return tolls[Category.KILLED].best if Category.KILLED in tolls else 0


def test_s63j_toll_aboard_two_vehicles_holds_the_later_bodies() -> None:
    """A toll aboard a bus and a minibus, then fewer bodies identified: the toll."""
    text = (
        "All 31 people aboard a bus and a minibus were killed when the two vehicles"
        " plunged into a gorge on Tuesday. By Thursday, rescuers had recovered 19 bodies."
    )
    assert _killed(text) == 31


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "At least eight people were killed in post-election violence on Wednesday."
                " In Kisumu, a teacher was beaten to death, and three protesters were shot dead"
                " in Nakuru."
            ),
            8,
        ),
        (
            (
                "At least ten people died in unrest on Monday. In Gonder, police shot dead four"
                " demonstrators."
            ),
            10,
        ),
    ],
    ids=["two places", "one place"],
)
def test_s63j_day_toll_of_violence_holds_its_places(text: str, expected: int) -> None:
    """The placed counts on the day's toll's day, adding up to no more, are in it."""
    assert _killed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "At least eight people were killed in violence on Wednesday. In Kisumu, two more"
                " people were shot dead on Wednesday."
            ),
            10,
        ),
        (
            (
                "At least eight people were killed in violence on Wednesday. In Kisumu, police"
                " shot dead five protesters, and six were killed in Nakuru."
            ),
            11,
        ),
        (
            (
                "A bomb killed eight people at a bus stop on Wednesday. In Kisumu, police shot"
                " dead two protesters."
            ),
            10,
        ),
        (
            (
                "At least eight people were killed in violence on Wednesday. In Kisumu, police"
                " shot dead two protesters on Thursday."
            ),
            10,
        ),
    ],
    ids=["more", "more than the toll", "one incident's toll", "another day"],
)
def test_s63j_day_toll_guards(text: str, expected: int) -> None:
    """
    (guard) "more", a single incident or another day: added; counts that add up
    to more than the toll are no breakdown of it (its floor rises to their sum).
    """
    assert _killed(text) == expected
