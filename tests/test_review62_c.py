"""Tallies of review 62 (helper c): executions told alive again, appositives, denied records."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictfigures import Category, extract, tally

FRI = dt.date(2024, 3, 22)


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        (
            (
                "Seven recruits were lined up against a wall and shot. All seven had survived "
                "a roadside bomb the week before."
            ),
            7,
            0,
        ),
        (
            (
                "Three drivers were lined up and shot. All three survived the first volley but "
                "died hours later in a clinic."
            ),
            3,
            0,
        ),
        (
            (
                "Two elders were lined up and shot by the insurgents. Both are survived by "
                "their grandchildren."
            ),
            2,
            0,
        ),
        ("Ten labourers were lined up and shot. All ten survived.", 0, 10),
    ],
    ids=["an earlier survival", "a survival undone", "survived by kin", "the whole group lived"],
)
def test_review62_execution_survivors(text: str, killed: int, wounded: int) -> None:
    """
    Review 62, item 7: a next sentence that tells the whole executed group
    survived makes it the wounded, but not a survival of an earlier event,
    one the sentence undoes with a death, nor the obituary's "survived by".
    """
    result = tally(extract(text, published=FRI))
    got_killed = result[Category.KILLED].best if Category.KILLED in result else 0
    got_wounded = result[Category.WOUNDED].best if Category.WOUNDED in result else 0
    assert (got_killed, got_wounded) == (killed, wounded)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen killed a shepherd, a trader on Wednesday.", 2),
        ("The blast killed a soldier, a passer-by at the scene.", 2),
        ("The shelling killed a woman, a teacher at the village school.", 1),
    ],
    ids=["a day's phrase", "the deed's spot and a civilian role", "a workplace describes"],
)
def test_review62_appositive_or_two(text: str, expected: int) -> None:
    """
    Review 62, item 6: a phrase of the deed's time or spot after a second
    noun describes no one, so two people are counted; a workplace's phrase
    describes the one person.
    """
    assert tally(extract(text, published=FRI))[Category.KILLED].best == expected


@pytest.mark.parametrize(
    "text",
    [
        "Case No. 88: homicide. Victims: 2 brothers.",
        "Entry 5. Type: Shooting. Victims: 2 men. Nobody knows who killed them.",
    ],
    ids=["an abbreviation 'No.'", "'nobody knows who killed'"],
)
def test_review62_record_victims_dead(text: str) -> None:
    """
    Review 62, item 10: a record's "Victims:" line counts the dead when the
    text tells deaths; "No." before a number and a subject of another verb
    ("Nobody knows who killed them") deny no death.
    """
    assert tally(extract(text, published=FRI))[Category.KILLED].best == 2
