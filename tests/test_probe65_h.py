"""Probe 65 (groups 4 and 9): overlapping counts and a report's leading period total."""

from __future__ import annotations

import pytest

from conflictfigures import Category, extract, tally

PUB = "2024-03-05"


def _killed(text: str, published: str = PUB) -> int:
    tolls = tally(extract(text, published=published))
    return tolls[Category.KILLED].best if Category.KILLED in tolls else 0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "Artillery shelled the market town of Kalma on Monday, killing 23 people, the "
                "governor said. A BBC reporter who visited the town later saw 14 bodies in the "
                "hospital yard."
            ),
            23,
        ),
        (
            (
                "Militiamen raided the camp on Sunday, killing 40 people, aid workers said. "
                "Journalists taken to the site counted 31 corpses."
            ),
            40,
        ),
        # ("more" bodies are more dead, and a sight larger than the toll is no part of it)
        (
            (
                "Militiamen raided the camp on Sunday, killing 40 people, aid workers said. "
                "Journalists taken to the site counted 12 more bodies."
            ),
            52,
        ),
        (
            (
                "Militiamen raided the camp on Sunday, killing 40 people, aid workers said. "
                "Journalists taken to the site counted 60 bodies."
            ),
            100,
        ),
    ],
    ids=["reporter saw", "journalists counted", "more bodies", "a larger sight"],
)
def test_probe65_an_onlookers_sight_of_bodies_is_of_the_toll(text: str, expected: int) -> None:
    """
    Probe 65 (4a): bodies a correspondent, reporter or witness saw or counted
    after an incident's toll are a sighting of its dead, not more deaths,
    unless "more", "other" or "another" says so.
    """
    assert _killed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "At least 35 government soldiers were killed in the battle on Thursday, an army "
                "officer said. A rebel commander said his men had killed more than 400 invaders."
            ),
            35,
        ),
        (
            (
                "Twelve soldiers died in the ambush on Thursday, the defence ministry said. The "
                "insurgents said in a statement that they had killed 90 occupiers."
            ),
            12,
        ),
    ],
    ids=["invaders", "occupiers"],
)
def test_probe65_an_enemy_name_rivals_the_soldiers_told_before(text: str, expected: int) -> None:
    """
    Probe 65 (4b): a side's name for the men it fights ("occupiers",
    "invaders", "the enemy") is the same group as the soldiers the other side
    counted: a rival claim, not more dead.
    """
    killed = tally(extract(text, published=PUB))[Category.KILLED]
    assert killed.best == expected
    assert killed.high is None or killed.high > expected


def test_probe65_a_days_rise_after_a_risen_toll_is_inside_it() -> None:
    """
    Probe 65 (4c): "rose to 43 on Sunday ... 11 more in the last 24 hours":
    the day's rise is inside the risen toll told before it.
    """
    text = (
        "The death toll from the floods climbed to 61 on Monday, the disaster agency said. "
        "Nine more people died in the past 24 hours, it said."
    )
    assert _killed(text, "2024-03-04") == 61


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "Since the start of the offensive on 2 January, 412 people have been killed, the "
                "health ministry said in its weekly report. In Kafr Nabl, at least 90 people "
                "were killed between 10 and 12 February. Three paramedics have been killed "
                "since the offensive began."
            ),
            412,
        ),
        (
            (
                "Police have killed at least 64 protesters since January, Human Rights Watch said "
                "in a report on Tuesday. In one incident on 14 February, officers fired on a march "
                "in Kisumu, killing nine people."
            ),
            64,
        ),
        # (a story that leads with its incident keeps the war total as background)
        (
            (
                "Soldiers fired on a march in Kisumu on Monday, killing nine people, witnesses "
                "said. Police have killed at least 64 protesters since January, Human Rights "
                "Watch said in a report."
            ),
            9,
        ),
    ],
    ids=["sitrep", "rights report", "incident lead"],
)
def test_probe65_a_reports_leading_total_holds_its_incidents(text: str, expected: int) -> None:
    """
    Probe 65 (9): a report that leads with its period's total tells the
    dated incidents inside that period as its parts; the total is the news.
    """
    assert _killed(text) == expected
