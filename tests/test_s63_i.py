"""Tallies of a count the text calls false after telling it (session 63, helper i)."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictfigures import Category, extract, tally

WED = dt.date(2025, 3, 12)


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "Claims that 300 prisoners died in the riot are false. The ministry said 41 died.",
            41,
        ),
        (
            "The ministry said 41 people died in the riot. Claims that 300 died are false.",
            41,
        ),
        (
            (
                "Allegations that 80 marchers were shot dead are entirely baseless. "
                "Police said 6 marchers were killed."
            ),
            6,
        ),
        (
            (
                "Reports that 25 villagers were killed were untrue, the army said. "
                "Officials said 4 villagers died."
            ),
            4,
        ),
        (
            (
                "Claims spreading on social media that 300 inmates died are false. "
                "The ministry said 41 people died."
            ),
            41,
        ),
        # near misses: reports confirmed, or nothing said of them, lead as before
        (
            (
                "Reports that 25 villagers were killed were confirmed by the army. "
                "Officials said 4 villagers died."
            ),
            25,
        ),
        ("Claims that 300 prisoners died in the riot spread online.", 300),
    ],
    ids=[
        "claims false first",
        "claims false second",
        "allegations baseless",
        "reports untrue",
        "claims spreading",
        "reports confirmed",
        "claims alone",
    ],
)
def test_s63i_counts_called_false(text: str, killed: int) -> None:
    """
    Session 63 (probe 67, group 1): "Claims that N ... are false" tells a
    rejected report, which never leads the rival tellings, whatever the order.
    """
    assert tally(extract(text, published=WED))[Category.KILLED].best == killed
