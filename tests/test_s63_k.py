"""
Session 63, helper k (probe 67, groups 3, 5 and 6): tallies of people
freed, rescued or returned (no captives, refugees or displaced), of an
ordinal before a plain noun of a person (one more of the story's people, no
toll so far), and of people no one can account for (missing).
"""

from __future__ import annotations

import pytest

from conflictfigures import Category, extract, tally

P = "2025-03-12"


def _best(text: str, category: Category) -> int:
    tolls = tally(extract(text, published=P))
    return tolls[category].best if category in tolls else 0


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "Police freed 18 kidnapped students, including seven girls, on Monday.",
            Category.DETAINED,
        ),
        ("The UN welcomed the release of 260 detainees by the rebels.", Category.DETAINED),
        (
            "About 70,000 people have returned to the city, including 25,000 refugees.",
            Category.REFUGEES,
        ),
    ],
    ids=["rescued parts", "release told done", "returned parts"],
)
def test_people_whose_harm_ended_are_no_stock(text: str, category: Category) -> None:
    """The freed, the rescued and the returned count no one held or in flight."""
    assert _best(text, category) == 0


def test_a_third_man_is_one_more_person() -> None:
    """'Two men were arrested. A third man was killed' is one dead, not three."""
    text = "Two men were arrested at the scene. A third man was killed by police."
    assert _best(text, Category.KILLED) == 1
    assert _best(text, Category.DETAINED) == 2


def test_an_ordinal_victim_still_brings_the_toll() -> None:
    """(guard) 'A fourth victim has died' still makes the toll four."""
    assert _best("A fourth victim has died in hospital, police said.", Category.KILLED) == 4


def test_people_no_one_can_account_for_are_missing() -> None:
    """'18 people we cannot account for' are missing."""
    text = "The governor said: 'We still have 18 people we cannot account for.'"
    assert _best(text, Category.MISSING) == 18


def test_a_third_man_after_two_dead_men_brings_the_toll_to_three() -> None:
    """(guard) rule 0o: 'Two men were killed ... A third man died' is three, one at a time."""
    text = "Two men were shot dead outside a bar on Friday. A third man died in hospital later."
    found = tally(extract(text, published=P), incidents="all")
    assert found[Category.KILLED].best == 3
