"""Probe 64 (group 2): a count of claims a statement rejects never leads its rival tellings."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictfigures import Category, extract, tally

FRI = dt.date(2024, 3, 22)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "The governor dismissed claims by activists that 60 people had been killed, "
                "insisting the death toll stood at nine."
            ),
            (9, 9, 60),
        ),
        (
            (
                "The interior ministry rejected claims that more than 70 protesters had died, "
                "saying 14 people were killed in the unrest."
            ),
            (14, 14, 70),
        ),
        (
            "Police said 14 people were killed, dismissing reports of 70 dead.",
            (14, 14, 70),
        ),
    ],
    ids=["claims by whom, then a toll", "claims, then a count", "a count, then reports"],
)
def test_probe64_rejected_claims(text: str, expected: tuple[int, int, int]) -> None:
    """
    Probe 64: the count of claims or reports a statement rejects rivals the
    statement's own count of the same dead, whichever comes first, and the
    statement's count is the best: not the rejected claims raised by it,
    nor the claims leading as the first told.
    """
    killed = tally(extract(text, published=FRI))[Category.KILLED]
    assert (killed.low, killed.best, killed.high) == expected


def test_probe64_rival_without_rejection_still_led_by_the_first() -> None:
    """
    (guard) Two sources' counts with no rejection between them keep the
    first told as the best, as one document's rival tellings do.
    """
    text = "Residents said 60 people had died, but the governor said nine people were killed."
    killed = tally(extract(text, published=FRI))[Category.KILLED]
    assert (killed.low, killed.best, killed.high) == (9, 60, 60)
