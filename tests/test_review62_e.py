"""Tallies of review 62 (helper e): lists after a member's relative clause or a noun's "of"."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictfigures import Category, extract, tally

FRI = dt.date(2024, 3, 22)


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            (
                "Soldiers shot dead a farmer in his compound, a woman who was fetching water "
                "and her son."
            ),
            3,
        ),
        (
            (
                "Troops shot dead a 70-year-old herder in his yard, a woman who was carrying "
                "firewood and her teenage son, and an unarmed man with a limp who could not run."
            ),
            4,
        ),
        ("Gunmen killed a trader in his shop, a neighbour who saw the attack said.", 1),
        ("Soldiers killed a policeman, a 45-year-old father of three.", 1),
        ("Gunmen killed a woman, a nurse at the local hospital.", 1),
    ],
    ids=["three", "four", "a speaker", "an appositive", "an appositive with a place"],
)
def test_review62e_a_relative_clause_on_a_list_member(text: str, killed: int) -> None:
    """
    Review 62e, 1: a relative clause on a member after the first member's
    own place ("a farmer in his compound, a woman who was fetching water and
    her son") holds no verb of a clause of its own; the list goes on. An
    appositive and a speaker are still no members.
    """
    assert tally(extract(text, published=FRI))[Category.KILLED].best == killed


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ("Rescuers recovered the bodies of two soldiers and 11 hostages were freed.", 2, 0),
        (
            (
                "Militants attacked the base, killing 13 people. The bodies of 11 soldiers and "
                "two civilians were found."
            ),
            13,
            0,
        ),
    ],
    ids=["a verb's object", "told again"],
)
def test_review62e_a_list_after_the_bodies_of(text: str, killed: int, wounded: int) -> None:
    """
    Review 62e, 2 (guards; the reading of a list after "the bodies of" as
    one list was withdrawn): a verb's object noun keeps the member's own
    clause, and a list of the dead told before is no more dead.
    """
    tallied = tally(extract(text, published=FRI))
    assert tallied[Category.KILLED].best == killed
    got = tallied[Category.WOUNDED].best if Category.WOUNDED in tallied else 0
    assert got == wounded
