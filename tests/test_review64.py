"""
Review 64 (of session 61's later rules): tallies that the review found
wrong, each with the case the rule was written for beside it.
"""

from __future__ import annotations

import datetime as dt

import pytest

from conflictfigures import Category, extract, tally

TUE = dt.date(2024, 3, 5)


def _killed_wounded(text: str) -> tuple[int | None, int | None]:
    """The best killed and wounded of a one-document tally (``None`` when not told)."""
    estimates = tally(extract(text, published=TUE))
    killed = estimates.get(Category.KILLED)
    wounded = estimates.get(Category.WOUNDED)
    return (
        killed.best if killed is not None else None,
        wounded.best if wounded is not None else None,
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a noun of anyone after the age names the dead one again (was killed 2, wounded 1)
        (
            (
                "A 19-year-old man has died and two other men were injured in the shooting. One"
                " of them, the 19-year-old victim, was pronounced dead at the scene."
            ),
            (1, 2),
        ),
        (
            (
                "A 19-year-old student has died and two other men were injured. One of them, the"
                " 19-year-old man, was pronounced dead at the scene."
            ),
            (1, 2),
        ),
        # a noun of the other sex is another person (the rule's own case)
        (
            (
                "A 19-year-old man died and a 19-year-old woman was wounded. One of them, the"
                " 19-year-old woman, later died."
            ),
            (2, 0),
        ),
    ],
)
def test_the_one_dead_named_again_by_a_noun_of_anyone(
    text: str, expected: tuple[int | None, int | None]
) -> None:
    assert _killed_wounded(text) == expected


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # a final toll first of its kind, after a count of the wounded (was 358)
        (
            (
                "A committee investigating the bombing in October said on Friday that 1,200"
                " people were wounded, and put the final death toll at 587, up from the 358"
                " announced in the days after the blast."
            ),
            587,
        ),
        # an older event's final toll after the story's own count stays background
        (
            (
                "A landslide killed 12 people on Monday. A committee investigating last year's"
                " landslide, which struck in June, put the final death toll at 300."
            ),
            12,
        ),
    ],
)
def test_a_final_toll_first_of_its_kind(text: str, killed: int) -> None:
    assert _killed_wounded(text)[0] == killed


@pytest.mark.parametrize(
    ("after", "killed"),
    [
        ("Both were survived by loving families.", (2, None)),  # the obituary's passive
        ("Both survived by pretending to be dead.", (None, 2)),  # how they survived
        ("Both survived by a miracle.", (None, 2)),
    ],
)
def test_survived_by_is_the_obituary_only_in_the_passive(
    after: str, killed: tuple[int | None, int | None]
) -> None:
    assert _killed_wounded("Two men were lined up and shot. " + after) == killed


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        # a warning tells a count (was (12, 12, 111))
        ("Officials warned that dozens more were killed in nearby hamlets.", (36, 48)),
        # a fear hedges it
        ("Officials fear that dozens more died in nearby hamlets.", (12, 12)),
    ],
)
def test_a_warning_is_no_hedge_on_more(second: str, expected: tuple[int, int]) -> None:
    estimate = tally(extract("Gunmen killed 12 people in the village. " + second))[Category.KILLED]
    assert (estimate.low, estimate.best) == expected


@pytest.mark.parametrize(
    ("text", "best"),
    [
        # a campaign's total since its start told is the war's, background to the day's
        (
            (
                "Russian forces destroyed 12 Ukrainian tanks on Tuesday, the ministry said. In all,"
                " since the start of the special military operation, 16,300 tanks have been"
                " destroyed."
            ),
            12,
        ),
        # alone, it is the document's count
        ("Since the start of the ground operation, 307 soldiers have been killed.", 307),
    ],
)
def test_a_campaigns_total_since_its_start_is_background(text: str, best: int) -> None:
    """Session 62: "since the start of the operation" counts over the whole war."""
    estimates = tally(extract(text, published=TUE))
    assert [e.best for e in estimates.values()] == [best]


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # review 65: last month's incident is background however near the story's day
        (
            (
                "Gunmen killed five people on Monday. Last month, militants killed 12 soldiers in"
                " an ambush near the town."
            ),
            5,
        ),
        # review 65: an occupation of a site is no war
        (
            (
                "Gunmen killed five guards when they stormed a school in the north on Monday."
                " Twelve pupils were killed during the occupation of the school, police said."
            ),
            17,
        ),
    ],
)
def test_review65_month_incidents_and_local_wars(text: str, killed: int) -> None:
    assert _killed_wounded(text)[0] == killed


@pytest.mark.parametrize(
    ("text", "best"),
    [
        # review 65: one site named holds no list of other places: other incidents
        ("Gunmen killed 15 people in a village, 4 in Jos and 3 in Bauchi.", 22),
        ("Gunmen killed 15 people in the city of Jos, 4 in Bauchi and 3 in Gombe.", 22),
        # a region holds its shares (probe 64's case)
        ("Floods have killed 96 people in the region, 71 in Kenya and 25 in Tanzania.", 96),
    ],
)
def test_review65_a_site_holds_no_shares(text: str, best: int) -> None:
    assert _killed_wounded(text)[0] == best
