"""Probe 65 (groups 3 and 1a): month-dated incidents and war totals in the tally."""

from __future__ import annotations

import pytest

from conflictfigures import Category, extract, tally


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            (
                "A court on Tuesday jailed two men for aiding the gunmen who attacked a church "
                "in Kano in June 2016, killing 32 worshippers. The three attackers who stormed "
                "the church were later shot dead by soldiers."
            ),
            "2023-11-29",
            32,
        ),
        (
            (
                "A bomb killed 12 people at a bus station on Sunday, officials said. It was the "
                "deadliest attack in the city since May 2021, when a blast killed 85 students."
            ),
            "2024-03-05",
            12,
        ),
        (
            (
                "The toll from the clashes in the district rose to 21 on Sunday, officials said. "
                "In clashes over a grazing dispute in August last year, 37 people were killed."
            ),
            "2024-10-13",
            21,
        ),
        (
            (
                "Gunmen killed three villagers on Tuesday, police said. More than 60,000 people "
                "were killed in the civil war."
            ),
            "2024-03-05",
            3,
        ),
        (
            (
                "Militants killed six soldiers at a checkpoint on Friday, the army said. Some "
                "150,000 people died during the 1989-2003 war."
            ),
            "2024-03-05",
            6,
        ),
        (
            (
                "Two men were wounded in a shooting outside the bar on Monday, police said. In "
                "May 2022, a shooting at the same bar killed three people."
            ),
            "2024-03-05",
            None,
        ),
    ],
    ids=[
        "a court story's month-dated attack is its incident",
        "the compared event of a 'since ..., when' clause",
        "last year's clash beside a risen toll",
        "a war's toll in the simple past",
        "a war named by its years",
        "an earlier month's incident beside a lead of another kind",
    ],
)
def test_probe65_month_incidents(text: str, published: str, expected: int | None) -> None:
    """
    Probe 65: a past incident dated only by its month or year is one incident,
    the story's own when the story leads with it (a court or inquest story),
    and background beside a story's own later incident; a war's whole toll
    told in the simple past is a running total, never added to the story's
    incident.
    """
    estimate = tally(extract(text, published=published)).get(Category.KILLED)
    assert (estimate.best if estimate is not None else None) == expected
