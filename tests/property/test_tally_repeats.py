"""
The tally's repeated-mention rule (rule 2) gives the same units with its
index as the plain first-fit scan over every merged unit, which is the rule
as written in docs/aggregation.md.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import example, given, settings, strategies as st

from conflictfigures import Category, ClaimKey, ClaimKind, Count, Estimate, Figure, Span
from conflictfigures._aggregation.documents import Unit as _Unit
from conflictfigures._aggregation.repeats import _days_apart, _near, merged_repeats
from conflictfigures._aggregation.results import Claim

_FIGURE = Figure(
    category=Category.KILLED, count=Count.exact(1), span=Span(start=0, end=1), surface="1"
)
_PLACES = [None, (), ("syria",), ("syria", "idlib"), ("syria", "aleppo"), ("libya",), ("shah joy",)]


def _unit(
    side: str | None, group: str | None, place: int, day: int | None, lists: set[int]
) -> _Unit:
    key = ClaimKey(
        category=Category.KILLED,
        kind=ClaimKind.INCIDENT,
        side=side,
        group=group,
        place=_PLACES[place],
        date=None if day is None else dt.date(2020, 1, 1) + dt.timedelta(days=day),
    )
    claim = Claim(key=key, figures=(_FIGURE,), claimants=(None,), independents=("outlet:AP",))
    unit = _Unit(claim, Estimate(category=Category.KILLED, low=1, best=1, high=1, policy="ucdp"))
    unit.lists = {("list", n) for n in lists}
    return unit


def _first_fit(units: list[_Unit]) -> list[_Unit]:
    """The rule as written: each unit joins the first merged unit it fits."""
    merged: list[_Unit] = []
    for unit in units:
        for other in merged:
            if (
                all(_near(c.key, unit.key) for c in other.claims)
                and other.lists.isdisjoint(unit.lists)
                and not _days_apart(other, unit)
            ):
                other.claims.extend(unit.claims)
                other.lists |= unit.lists
                break
        else:
            merged.append(unit)
    return merged


_units = st.lists(
    st.tuples(
        st.sampled_from([None, "Syria", "Turkey"]),
        st.sampled_from([None, "military", "civilians"]),
        st.integers(0, len(_PLACES) - 1),
        st.one_of(st.none(), st.integers(0, 6)),
        st.sets(st.integers(0, 3), max_size=2),
    ),
    max_size=40,
)


@settings(max_examples=500, deadline=None)
@given(_units)
@example([(None, None, 3, 0, set()), ("Syria", None, 5, 1, set()), (None, None, 5, 0, set())])
@example([("Syria", None, 3, 0, set()), (None, None, 4, 2, set()), (None, None, 0, None, set())])
def test_repeats_index_matches_first_fit(drawn: list[tuple]) -> None:  # type: ignore[type-arg]
    """
    Merging with the index (by earliest date and country) gives the same
    merged units, with the same claims in the same order, as scanning every
    merged unit in order.
    """
    expected = _first_fit([_unit(*d) for d in drawn])
    found = merged_repeats([_unit(*d) for d in drawn])
    assert [[c.key for c in u.claims] for u in found] == [
        [c.key for c in u.claims] for u in expected
    ]
    assert [u.lists for u in found] == [u.lists for u in expected]


def test_repeats_at_the_ends_of_the_calendar() -> None:
    """Units dated on the first and last days of the calendar are filed without overflow."""
    for day in (dt.date.min, dt.date.max):
        offset = (day - dt.date(2020, 1, 1)).days
        units = [_unit("Syria", None, 3, offset, set()), _unit(None, None, 2, offset, set())]
        [merged] = merged_repeats(units)
        assert len(merged.claims) == 2
