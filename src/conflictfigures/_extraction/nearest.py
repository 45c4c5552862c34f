"""
The incident date of a figure among its sentence's dates: the nearest in
its own stretch, else the nearest in the sentence, statements' days and a
dateline's yielding to any other (see :func:`nearest_date`).  Moved from
:mod:`.when` in session 43 (it passed 800 lines).
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    from conflictfigures._extraction.dates import DateMention

__all__ = ["DATE_REACH", "nearest_date"]


#: How many dates on either side of a figure are looked at for the nearest.
DATE_REACH = 16


def nearest_date(
    dates: list[DateMention],
    *,
    firsts: list[int],
    statement_after: list[int],
    lo: int,
    hi: int,
    anchor: int,
    yielding: frozenset[int] = frozenset(),
    prefer_after: bool = False,
) -> DateMention | None:
    """
    The incident date of a figure at ``anchor``: the nearest date in its own
    stretch ``[lo, hi)`` of the sentence, else the nearest in the sentence;
    dates that only date a statement about it are skipped, and the dates in
    ``yielding`` (the indices of dates right after a reporting verb, and of
    a dateline's) yield to any other date of the stretch and, when the
    stretch holds only such dates, to any other date of the sentence.
    With ``prefer_after`` (a figure after another), a date of the stretch
    after the figure comes first: one before it trails the figure before
    ("killed on Saturday and another died of wounds on Monday").
    """

    def usable(i: int) -> bool:
        return statement_after[i] >= anchor

    a = bisect.bisect_left(firsts, lo)
    b = bisect.bisect_left(firsts, hi)
    centre = bisect.bisect_left(firsts, anchor)

    def nearest(found: list[int]) -> DateMention:
        return dates[min(found, key=lambda i: abs(firsts[i] - anchor))]

    # (the nearest of the stretch's dates found by looking outward from the
    # figure, so a long list of dated members stays linear)
    inside = _nearest_index(firsts, anchor, centre, (a, b), usable)
    # "The army said Sunday that nine soldiers were killed on Friday",
    # "NAIROBI, March 14 - ... killed ... early on Monday": the day a
    # statement was made or a story filed yields to the incident's own,
    # in the stretch or else in the sentence.
    own = _nearest_index(firsts, anchor, centre, (a, b), lambda i: usable(i) and i not in yielding)
    if own is not None:
        if prefer_after:
            after = _nearest_index(
                firsts,
                anchor,
                centre,
                (max(a, centre), b),
                lambda i: usable(i) and i not in yielding,
            )
            if after is not None:
                return dates[after]
        return dates[own]
    near = [
        i
        for i in range(max(0, centre - DATE_REACH), min(len(dates), centre + DATE_REACH))
        if usable(i) and not (inside is not None and i in yielding)
    ]
    if near:
        return nearest(near)
    return dates[inside] if inside is not None else None


def _nearest_index(
    firsts: list[int],
    anchor: int,
    centre: int,
    bounds: tuple[int, int],
    ok: Callable[[int], bool],
) -> int | None:
    """
    The index in ``[bounds)`` whose date starts nearest ``anchor`` (the
    lower on a tie) among those ``ok`` accepts, looked for outward from
    ``centre`` (where ``anchor`` would stand among ``firsts``).
    """
    a, b = bounds
    right = min(max(centre, a), b)
    left = right - 1
    while left >= a or right < b:
        if right >= b or (left >= a and anchor - firsts[left] <= firsts[right] - anchor):
            if ok(left):
                return left
            left -= 1
        else:
            if ok(right):
                return right
            right += 1
    return None
