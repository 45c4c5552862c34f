"""Tallies of a toll told again and broken down in a later sentence."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictfigures import Category, extract, tally

TUE = dt.date(2023, 10, 3)


@pytest.mark.parametrize(
    ("text", "wounded"),
    [
        (
            (
                "Two people have died and four others are in hospital after a man attacked "
                "shoppers on Monday. Of the four injured, a security guard remains in a "
                "critical condition, while three others were being treated for minor wounds."
            ),
            4,
        ),
        (
            (
                "Two people have died and four others are in hospital after a man attacked "
                "shoppers on Monday. Three other people were hurt in a separate attack on "
                "Tuesday."
            ),
            7,
        ),
    ],
    ids=["breakdown after the lead told again", "separate attack (guard)"],
)
def test_a_lead_told_again_leaves_its_breakdown_a_detail(text: str, wounded: int) -> None:
    """
    Rule 2d: the lead's sentence is its first; a later sentence that names
    the lead again ("Of the four injured") and breaks it down (one and three)
    details it, not four more people. A word that sets a count apart still
    adds it.
    """
    assert tally(extract(text, published=TUE))[Category.WOUNDED].best == wounded


def test_a_companion_joined_by_along_with_is_a_list_member() -> None:
    """ "A HIG leader along with two suspected insurgents was detained": three."""
    text = (
        "In Sabari district, a HIG leader along with two suspected insurgents was detained "
        "during a security operation."
    )
    assert tally(extract(text, published=TUE))[Category.DETAINED].best == 3
