"""
Review 64 (helper D): tallies of the aggregation side.  Item 2: "also"
beside a verb of telling adds a count only when its clause, after the
count, names a place or day that is not the earlier count's; item 8: bodies
still under the rubble are dead beyond a toll told before them, bodies lost
from a morgue no deaths; item 10: a relative aside ends at the comma before
its main clause's verb, and a count in it gives way to the main clause's
"now says".
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

import pytest

from conflictfigures import Category, extract, tally

FRI = dt.date(2024, 3, 22)


def _killed(
    text: str, *, incidents: Literal["main", "all"] = "main"
) -> tuple[int, int, int | None] | None:
    """The killed (low, best, high) of a one-document tally (``None`` when not told)."""
    tolls = tally(extract(text, published=FRI), incidents=incidents)
    est = tolls.get(Category.KILLED)
    return None if est is None else (est.low, est.best, est.high)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "A truck bomb killed 14 people in Quetta yesterday. Officials also said 18 people"
                " died yesterday."
            ),
            (14, 14, 18),
        ),
        (
            (
                "A cyclone killed 40 people in the north of the island. The agency also said 52"
                " people had died in the north."
            ),
            (40, 40, 52),
        ),
        (
            (
                "Bandits killed 16 people in a village in Katsina state. Police also said 21"
                " people were killed in a village in Katsina state."
            ),
            (16, 16, 21),
        ),
        (
            (
                "A mudslide killed 9 people three days ago. Officials also said 13 people died"
                " three days ago."
            ),
            (9, 9, 13),
        ),
        (
            (
                "Storms killed 11 people in Bihar on Friday. Officials also said 15 people died"
                " in storms in the state."
            ),
            (11, 11, 15),
        ),
        (
            (
                "A bomb killed 20 people in Peshawar. Police also said 26 people were killed,"
                " compared with 20 counted overnight."
            ),
            (20, 20, 26),
        ),
        (
            (
                "Gunmen killed 25 people at a market in Maiduguri. Officials in three districts"
                " also said 31 people were killed."
            ),
            (25, 25, 31),
        ),
        (
            (
                "A suicide bomber killed 18 people in Mogadishu. Police also said 23 people died"
                " in the attack on a hotel in the south of the city."
            ),
            (18, 18, 23),
        ),
    ],
    ids=[
        "the day told again",
        "the compass point told again",
        "the village told again",
        "'ago' told again",
        "the story's plural event again",
        "a comparison's day is the earlier count's",
        "the speaker's own place",
        "the story's event named with 'the'",
    ],
)
def test_also_with_the_earlier_count_s_place_or_day_is_a_rival(
    text: str, expected: tuple[int, int, int]
) -> None:
    """
    Review 64, item 2: a place or day in an "also" clause that the earlier
    count's words tell too, one before the count or in a comparison after
    it, or one past the story's event named with "the", tells the one
    incident again (was added).
    """
    assert _killed(text) == expected


@pytest.mark.parametrize(
    ("text", "best"),
    [
        (
            (
                "Bandits killed 16 people in a village in Katsina state. Police also said 21"
                " people were killed in another village."
            ),
            37,
        ),
        (
            (
                "A cyclone killed 40 people in the north of the island. The agency also said 12"
                " people had died in the south."
            ),
            52,
        ),
        (
            "A bomb killed 20 people in Peshawar. Police also said 8 people were killed overnight.",
            28,
        ),
        (
            (
                "A bomb killed 20 people in Peshawar. Later, police said 6 people were killed in a"
                " nearby village."
            ),
            26,
        ),
    ],
    ids=["another village", "another compass point", "a day the earlier tells not", "Later,"],
)
def test_also_with_a_place_or_day_of_its_own_still_adds(text: str, best: int) -> None:
    """(guard) Review 63's rule: a place or day that is not the earlier count's adds."""
    killed = _killed(text)
    assert killed is not None
    assert killed[1] == best


def test_also_in_clashes_is_another_incident() -> None:
    """
    Review 64, item 2: "in clashes", events with no article, are another
    incident (was a rival: (6, 9, 9)); the main-incident tally leaves them
    out by rule 0k, the tally of every incident adds them.
    """
    text = (
        "A roadside bomb killed 9 people in Helmand. Officials also reported 6 people killed in"
        " clashes."
    )
    assert _killed(text, incidents="all") == (15, 15, 15)
    assert _killed(text) == (9, 9, 9)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "A quake killed at least 85 people. Rescuers said at least 25 bodies were still"
                " under the rubble."
            ),
            (110, 110, None),
        ),
        (
            "A quake killed at least 85 people, and at least 25 bodies remained under the debris.",
            (110, 110, None),
        ),
        (
            "A mine collapse killed 12 people. The company said 7 bodies were yet to be recovered.",
            (19, 19, 19),
        ),
        ("At least 25 bodies remained under the debris.", (25, 25, None)),
        ("A quake killed 40 people. All 40 bodies were still under the rubble.", (40, 40, 40)),
        (
            "A quake killed 40 people. Twelve of the bodies were still under the rubble.",
            (40, 40, 40),
        ),
        ("A quake killed 40 people. Rescuers said 25 bodies had been recovered.", (25, 40, 40)),
        ("Four bodies went missing from the hospital mortuary after the fire.", None),
    ],
    ids=[
        "under the rubble after a toll",
        "under the debris in the toll's sentence",
        "yet to be recovered",
        "alone",
        "all of them again",
        "a part of them",
        "bodies recovered are the toll's",
        "bodies lost",
    ],
)
def test_bodies_not_yet_recovered_are_further_dead(
    text: str, expected: tuple[int, int, int | None] | None
) -> None:
    """
    Review 64, item 8: bodies still under the rubble are dead that a toll of
    those recovered does not hold, added as "30 more bodies" are (was the
    toll alone); not bodies a determiner or a part names again, nor the
    bodies recovered; bodies lost from a mortuary are no deaths (was 4).
    """
    assert _killed(text) == expected


@pytest.mark.parametrize(
    ("text", "best"),
    [
        (
            (
                "The health office, which had said 640 people, 90 of them women, were killed, now"
                " says 710 died."
            ),
            710,
        ),
        (
            (
                "The ministry, which on 12 February, 2024, said 75 people had died, now says 96"
                " were killed."
            ),
            96,
        ),
        (
            (
                "The ministry, which had said on Friday, March 1, that 75 people had died, now"
                " says 96 were killed."
            ),
            96,
        ),
        ("The ministry, which had said 75 people had died, now says 96 were killed.", 96),
        ("The ministry, which counts the dead, said 75 people had died.", 75),
        (
            "The governor, who visited the site, said 31 people were killed, up from 25.",
            31,
        ),
    ],
    ids=[
        "a part in commas inside the aside",
        "a date with its year inside the aside",
        "a weekday and date inside the aside",
        "no comma inside the aside",
        "(guard) an aside with no count",
        "(guard) an aside before the count's own comparison",
    ],
)
def test_a_count_in_an_aside_gives_way_to_the_main_clause(text: str, best: int) -> None:
    """
    Review 64, item 10: the aside ends at the comma its main clause's verb
    follows ("now says"), past its own commas (was 1,350, 171, 171, 171);
    a count in it that the main clause's "now" tells again is given up.
    """
    killed = _killed(text)
    assert killed is not None
    assert killed[1] == best
