"""Session 63 (helper b): tallies of totals told beside other counts."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictfigures import Category, extract, tally

FRI = dt.date(2024, 3, 22)


def _best(text: str, category: Category) -> int:
    tolls = tally(extract(text, published=FRI))
    return tolls[category].best if category in tolls else 0


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        (
            (
                "The toll from the clashes rose to 30 on Friday, officials said. According to"
                " the district chief, six more people died in the past day, while the number"
                " of wounded has reached 95."
            ),
            30,
            95,
        ),
        (
            (
                "Four more villagers were killed in the last 24 hours, and the number of"
                " injured has climbed to 41, the governor said."
            ),
            4,
            41,
        ),
    ],
    ids=["while the number", "and the number"],
)
def test_s63b_a_total_with_its_own_noun_is_its_own_figure(
    text: str, killed: int, wounded: int
) -> None:
    """
    A total told with its own noun after a day's rise ("while the number of
    wounded has reached 95") counts its whole category: it takes neither
    the "more" nor the period of the clause before, and stays in the tally.
    """
    assert (_best(text, Category.KILLED), _best(text, Category.WOUNDED)) == (killed, wounded)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "At least 80 Russian troops have been killed in four days of fighting for the"
                " town, a Russian general said. A rebel commander said his men had killed"
                " more than 500 invaders."
            ),
            80,
        ),
        (
            (
                "At least 80 Russian troops were killed in the fighting on Tuesday, a Russian"
                " general said. A rebel commander said his men had killed more than 500"
                " occupiers."
            ),
            80,
        ),
        (
            (
                "At least 80 Ukrainian troops have been killed in four days of fighting, a"
                " Ukrainian general said. A Ukrainian commander said his men had killed"
                " more than 500 occupiers."
            ),
            580,
        ),
        (
            (
                "At least 80 Russian troops have been killed in four days of fighting, a"
                " Russian general said. Rebels say they have killed more than 9,000"
                " occupiers since the war began."
            ),
            80,
        ),
    ],
    ids=["a few days' toll", "one day's toll", "a source of the same side", "a war's total"],
)
def test_s63b_the_enemys_name_for_the_same_men_rivals_a_few_days_toll(
    text: str, expected: int
) -> None:
    """
    The other side's name for the same men ("invaders", "occupiers") rivals
    a toll of a few days' fighting, not only one of a day; a source of the
    counted men's own side means the other side by it (added), and a war's
    total is background either way.
    """
    assert _best(text, Category.KILLED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "Since 3 March, raids on farming villages have displaced at least 9,000 people,"
                " the agency said. In all, more than 700,000 people remain internally displaced"
                " in the region."
            ),
            9_000,
        ),
        (
            (
                "More than 700,000 people remain internally displaced in the region. Since 3"
                " March, raids on farming villages have displaced at least 9,000 people, the"
                " agency said."
            ),
            9_000,
        ),
        (
            (
                "Clashes on Wednesday forced 2,500 people from their homes. Around 300,000"
                " people are still living in camps across the province."
            ),
            2_500,
        ),
        ("Around 300,000 people are still living in camps across the province.", 300_000),
        (
            (
                "Around 4,000 people remain in school shelters, officials said. On Tuesday,"
                " 600 more were displaced."
            ),
            4_600,
        ),
    ],
    ids=["stock after", "stock first", "still living in camps", "alone", "more beside it"],
)
def test_s63b_a_stock_of_the_displaced_is_background(text: str, expected: int) -> None:
    """
    People who "remain" displaced or are "still living in camps" are a
    stock: beside a displacement of the story's own it is background,
    whichever sentence comes first; alone it is the count, and beside
    "more" displaced it is their base.
    """
    assert _best(text, Category.DISPLACED) == expected


WED = dt.date(2024, 10, 16)


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        (
            "Five people were wounded in the attack on Saturday. One died hours later in hospital.",
            1,
            4,
        ),
        (
            "Five people were wounded in the attack on Saturday. A man was also killed.",
            1,
            5,
        ),
        (
            (
                "A second victim of Friday's stabbing at a county fair has died, bringing the"
                " death toll to two, police said Wednesday. Maria Diaz, 22, died Tuesday at a"
                " hospital. Owen Hart, 30, died at the scene."
            ),
            2,
            0,
        ),
        (
            (
                "The death toll from Friday's bombing rose to 12, police said Wednesday. On"
                " Tuesday, Sam Reed, 40, was shot dead outside his home in another part of town."
            ),
            13,
            0,
        ),
    ],
    ids=["died hours later", "one also killed", "named after a risen toll", "a new killing"],
)
def test_s63b_one_already_counted_moves_or_stays(text: str, killed: int, wounded: int) -> None:
    """
    A wounded person who "died hours later" moves from the wounded to the
    dead; a victim named as dying after a risen toll of the incident is one
    of its dead, not one more; a later killing told by its act is its own.
    """
    tolls = tally(extract(text, published=WED))
    got = tuple(tolls[c].best if c in tolls else 0 for c in (Category.KILLED, Category.WOUNDED))
    assert got == (killed, wounded)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "Three nurses and two patients were killed when the clinic was shelled on"
                " Monday. A fourth nurse died of her wounds on Wednesday."
            ),
            6,
        ),
        (
            (
                "Three nurses were killed when the clinic was shelled on Monday. A fourth nurse"
                " died of her wounds on Wednesday."
            ),
            4,
        ),
        (
            (
                "Three nurses and two patients were killed when the clinic was shelled on"
                " Monday. A sixth victim died of her wounds on Wednesday."
            ),
            6,
        ),
    ],
    ids=["a member's ordinal", "no list", "the list's ordinal"],
)
def test_s63b_an_ordinal_of_a_members_noun_adds_to_the_list(text: str, expected: int) -> None:
    """
    "A fourth nurse" after "Three nurses and two patients" numbers the
    nurses: the dead are now six; after "Three nurses" alone, or told as "a
    sixth victim", the ordinal is the toll itself.
    """
    assert _best(text, Category.KILLED) == expected
