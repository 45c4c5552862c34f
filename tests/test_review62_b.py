"""
Review 62 (helper b): a modal's guess at what is is tallied unless a
scenario governs it; a cleft's statement day does not date the deaths; a
headline's "N said killed" is claimed by the source after it.
"""

from __future__ import annotations

import datetime as dt

import pytest

from conflictfigures import Category, extract, tally

FRI = dt.date(2024, 3, 22)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Amid fears of a cover-up, residents said the dead could number 90.", 90),
        ("Early estimates indicate the death toll could be as high as 800, the agency said.", 800),
        (
            "The dead may number 1,500, though it is not clear whether soldiers are among them.",
            1_500,
        ),
        ("The toll could be 250, 30 percent of them women, the agency said.", 250),
        ("Should the levee break, the dead could number 5,000.", None),
        ("The dead could number 5,000 unless the levee holds.", None),
        ("The death toll could be 600 by the end of the month, aid agencies said.", None),
        ("The death toll may be 30 pc higher than the official figure.", None),
    ],
    ids=[
        "a fear of something else",
        "estimates",
        "a later clause's whether",
        "a share in an aside",
        "a fronted should",
        "an unless after",
        "by the end of the month",
        "a share in pc",
    ],
)
def test_review62_modal_guesses_and_scenarios(text: str, expected: int | None) -> None:
    """
    Review 62: a modal's guess is a count unless its own clause, a clause
    fronted before it or a condition after it tells a scenario; a fear, a
    question's "if" or a "whether" elsewhere in the sentence does not.
    """
    estimates = tally(extract(text, published=FRI))
    if expected is None:
        assert Category.KILLED not in estimates
    else:
        assert estimates[Category.KILLED].best == expected


def test_review62_a_cleft_statement_day_does_not_date_the_deaths() -> None:
    """
    Review 62: "It was not until Tuesday that the navy said" is a cleft, no
    relative clause: the navy's Tuesday is when it spoke, not when the
    migrants drowned (the capsizing's day is not read yet, so undated).
    """
    text = (
        "The boat capsized on Saturday. It was not until Tuesday that the navy said 31 "
        "migrants had drowned."
    )
    (figure,) = extract(text, published=FRI)
    assert figure.count.low == 31
    assert figure.date != dt.date(2024, 3, 19)


def test_review62_a_headline_said_killed_is_claimed_by_its_source() -> None:
    """Review 62: in a headline, "N said killed" is a participle; the source after it claims."""
    (figure,) = extract(
        "Scores of villagers said killed in army raid, activists report", published=FRI
    )
    assert figure.claimed_by == "activists"
