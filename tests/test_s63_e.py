"""Session 63 (helper e): tallies of non-victims and of clock-stamped live-blog entries."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictfigures import Category, extract, tally

MON = dt.date(2024, 3, 4)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Paramedics evacuated about 90 patients to other clinics.", Category.DISPLACED),
        ("Veteran war reporter Ana Ruiz dies at 81", Category.KILLED),
        ("The rebels were accused of a massacre of the defenceless.", Category.KILLED),
    ],
    ids=["patients moved between care", "an obituary's age", "a class of people"],
)
def test_s63e_non_victims_tally_nothing(text: str, category: Category) -> None:
    """Patients moved to care, a death told by its age and "the defenceless" count no one."""
    assert category not in tally(extract(text, published=MON))


def test_s63e_clock_stamped_entries_take_the_day_of_publication() -> None:
    """
    Entries stamped with a clock time alone were written on the day of
    publication: their undated incidents take that day, and the risen toll
    replaces the first count.
    """
    text = (
        "Quake live\n"
        "07:05 \u2014 Officials say at least 12 people were killed.\n"
        "09:30 \u2014 The toll has risen to 20, the civil protection agency says."
    )
    figures = extract(text, published=MON)
    assert [f.date for f in figures] == [MON, MON]
    assert tally(figures)[Category.KILLED].best == 20
