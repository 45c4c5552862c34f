"""Session 63 (helper h): counts of one event by several sources, and the same victims retold."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictfigures import Category, extract, tally

FRI = dt.date(2024, 3, 22)


def _range(text: str, category: Category) -> tuple[int, int, int | None] | None:
    tolls = tally(extract(text, published=FRI))
    if category not in tolls:
        return None
    est = tolls[category]
    return (est.low, est.best, est.high)


def _best(text: str, category: Category) -> int:
    tolls = tally(extract(text, published=FRI))
    return tolls[category].best if category in tolls else 0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "Nurses said 12 bodies had been brought in by noon on Tuesday. Officials later"
                " said 26 people died when the bridge collapsed."
            ),
            26,
        ),
        (
            (
                "The morgue in the town received 12 bodies on Tuesday, a doctor said. Officials"
                " said 26 people died when the bridge collapsed."
            ),
            26,
        ),
        # (near miss: an intake of another day is no part of the later toll)
        (
            (
                "Nurses said 12 bodies had been brought in on Monday. Officials said 26 people"
                " died when a bridge collapsed on Wednesday."
            ),
            38,
        ),
    ],
    ids=["brought in, then the toll", "received, then the toll", "another day"],
)
def test_s63h_an_intake_of_bodies_is_held_by_the_later_toll(text: str, expected: int) -> None:
    """
    Bodies brought in to a place (or taken in by one) are the place's intake
    so far: a later toll of the incident at least as large holds them,
    whoever tells it; an intake of another day does not.
    """
    assert _best(text, Category.KILLED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "Residents said about 80 people were shot dead in the village. Amnesty later"
                " documented at least 80 killings."
            ),
            80,
        ),
        # (near miss: a region's killings since January are a total of their own)
        (
            (
                "Residents said about 80 people were shot dead in the village on Friday."
                " Amnesty said it had documented 300 killings across the region since January."
            ),
            80,
        ),
    ],
    ids=["killings rival", "a total of killings"],
)
def test_s63h_a_count_of_killings_names_no_group(text: str, expected: int) -> None:
    """
    "500 killings" counts deaths, as "500 deaths" does: another source's
    count of the killings tells the same dead, not another incident.
    """
    assert _best(text, Category.KILLED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "Officials said more than 90 people were hurt in the blast on Tuesday. A single"
                " clinic alone treated about 120 injured, a nurse said."
            ),
            (90, 90, 132),
        ),
        # (near miss: a share of another attack adds nothing here either way)
        (
            (
                "Officials said 90 people were hurt in the blast on Tuesday. In a separate"
                " attack, a clinic alone treated 40 injured, a nurse said."
            ),
            (90, 90, 90),
        ),
    ],
    ids=["a share alone", "another attack"],
)
def test_s63h_a_share_told_alone_rivals_the_toll(
    text: str, expected: tuple[int, int, int | None]
) -> None:
    """
    One place's share of the incident told "alone" is at most the whole:
    larger than the toll told before, it is a rival telling of it, no
    further people.
    """
    assert _range(text, Category.WOUNDED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "Elders said an air strike on Thursday killed nine people, contradicting a"
                " statement from the Nigerian Air Force that the strike had killed four Boko"
                " Haram fighters."
            ),
            9,
        ),
        # (near miss: a total over a period told beside it stays apart)
        (
            (
                "Residents said the air strike on Thursday killed nine people, while the army"
                " said 40 militants had been killed in the province since January."
            ),
            9,
        ),
    ],
    ids=["contradicting", "a period's total"],
)
def test_s63h_a_contrasted_count_of_a_day_rivals_whatever_its_tense(
    text: str, expected: int
) -> None:
    """
    A count a word of contrast sets against an incident's, told of a day
    and over no period ("had killed four"), is a rival telling, though its
    past perfect reads as a running total.
    """
    assert _best(text, Category.KILLED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "Three people died and another is in hospital after a shooting on Saturday."
                " A teenager was flown to hospital in serious condition."
            ),
            1,
        ),
        # (near misses: "another man" is a man, and the teenager no man; a
        # further hurt after hurt ones is more)
        (
            (
                "A man died on Saturday and another man was hurt. A teenager was flown to"
                " hospital in serious condition."
            ),
            2,
        ),
        (
            (
                "Three people were hurt in the crash on Saturday and another was hurt. A"
                " teenager was flown to hospital."
            ),
            4,
        ),
    ],
    ids=["another beside the dead", "another man", "another beside the hurt"],
)
def test_s63h_another_beside_the_dead_may_be_told_again(text: str, expected: int) -> None:
    """
    "Another" hurt beside the dead is one hurt, no further hurt, and names
    no kind of person: a single person told later in other words may be
    the same one.
    """
    assert _best(text, Category.WOUNDED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "Moscow said 250 Ukrainian troops were killed on Tuesday. Ukraine's general"
                " staff said its forces had killed 900 occupiers."
            ),
            1_150,
        ),
        # (near miss: a source of neither side names no side)
        (
            (
                "Eleven soldiers died in the ambush on Thursday, the defence ministry said. The"
                " rebels said in a statement that they had killed 70 invaders."
            ),
            11,
        ),
    ],
    ids=["each side's enemy", "no side named"],
)
def test_s63h_an_enemy_name_from_the_counted_side_is_the_other_side(
    text: str, expected: int
) -> None:
    """
    A side's name for the men it fights ("occupiers"), told by a source of
    the side the other count's soldiers belong to, counts the other side's
    men: the two counts add.
    """
    assert _best(text, Category.KILLED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "Shelling killed 25 people in Kharkiv on Sunday. In Izium, a Reuters"
                " photographer saw nine bodies after a separate strike."
            ),
            34,
        ),
        (
            (
                "Gunmen killed 14 villagers on Sunday. In a nearby hamlet, reporters counted"
                " six bodies after another raid."
            ),
            20,
        ),
        # (near miss: the sight of the story's own place is of its dead)
        (
            (
                "Shelling killed 25 people in the town on Sunday. A Reuters photographer who"
                " reached the town saw nine bodies."
            ),
            25,
        ),
    ],
    ids=["another town", "a nearby hamlet", "the same town"],
)
def test_s63h_a_sight_of_bodies_elsewhere_is_not_the_toll(text: str, expected: int) -> None:
    """
    An onlooker's sight of bodies in a place or after an incident of its
    own is not a sight of the toll told before: it adds.
    """
    assert _best(text, Category.KILLED) == expected


def test_s63h_the_more_of_an_earlier_qualifier_is_no_more_people() -> None:
    """
    The "more" of an earlier count's qualifier ("more than 60") makes it no
    count of more people: a later source's count set against it by a word
    of contrast is its rival (rule 1a), the first told kept as best.
    """
    text = (
        "Police said more than 60 people were killed on Monday. Residents, however, said"
        " 90 bodies were found."
    )
    assert _range(text, Category.KILLED) == (60, 60, 90)
