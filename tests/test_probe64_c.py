"""
Tallies of probe 64 (helper C): households in their people, losses split
by outcome, the dead by their posture, losses put at fighters.
"""

from __future__ import annotations

import datetime as dt

import pytest

from conflictfigures import Category, extract, tally

FRI = dt.date(2024, 3, 22)


@pytest.mark.parametrize(
    ("text", "best"),
    [
        (
            (
                "Aid agencies recorded 1,500 newly displaced households (about 9,000 "
                "people) this week."
            ),
            9_000,
        ),
        ("The fighting displaced 600 families - roughly 3,600 people - in two villages.", 3_600),
    ],
    ids=["participle and brackets", "dashes"],
)
def test_probe64_households_tally_their_people(text: str, best: int) -> None:
    """Probe 64: households with their people beside them tally the people, never the homes."""
    tolls = tally(extract(text, published=FRI))
    assert tolls[Category.DISPLACED].best == best


@pytest.mark.parametrize(
    "text",
    [
        (
            "Analysts have logged the loss of 700 Russian armoured vehicles: 450 destroyed, "
            "90 damaged, 60 abandoned and 100 captured."
        ),
        (
            "Russian armoured vehicle losses stand at 700, according to the tracker, of which "
            "450 were destroyed, 90 damaged, 60 abandoned and 100 captured."
        ),
    ],
    ids=["colon", "of which past a source"],
)
def test_probe64_losses_split_by_outcome_tally_each_outcome(text: str) -> None:
    """
    Probe 64: a total of things lost, split by outcome, is no destruction
    of its own; the tally of destroyed things is the destroyed share alone
    (it added the total and the share), and the captured are things, no one
    detained.
    """
    tolls = tally(extract(text, published=FRI))
    assert tolls[Category.EQUIPMENT_DESTROYED].best == 450
    assert tolls[Category.EQUIPMENT_CAPTURED].best == 100
    assert Category.DETAINED not in tolls


def test_probe64_the_dead_by_posture_are_in_the_toll() -> None:
    """Probe 64: "lay dead or dying" gives the story's dead beside its wounded."""
    text = (
        "Thirty people lay dead or dying in the hall after the gunman opened fire, "
        "and 41 more had been wounded, police said."
    )
    tolls = tally(extract(text, published=FRI))
    assert (tolls[Category.KILLED].best, tolls[Category.WOUNDED].best) == (30, 41)


def test_probe64_losses_put_at_fighters_are_casualties() -> None:
    """
    Probe 64: a side's own losses put at a count of fighters are casualties
    (killed and wounded together), as the library reads "losses" of people.
    """
    tolls = tally(extract("The militia put its own losses at 17 fighters.", published=FRI))
    assert tolls[Category.CASUALTIES].best == 17
    assert Category.KILLED not in tolls
