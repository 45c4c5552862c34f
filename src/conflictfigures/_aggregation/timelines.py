"""
The incident claims a running total covers: incident claims filed by
category, side, group and every prefix of their place, in order of their
last date (:func:`incident_index`), and read by a total's scope and period
(:func:`covered`). Used when claims are grouped (earlier states of a total)
and by the running totals.
"""

from __future__ import annotations

import bisect
from itertools import chain
from operator import itemgetter
from typing import TYPE_CHECKING, Any, NamedTuple

from conflictfigures._aggregation.results import Claim, ClaimKind

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Iterable

    from conflictfigures._aggregation.results import ClaimKey

__all__ = ["IncidentIndex", "covered", "incident_index"]


class _Timeline(NamedTuple):
    """Incident claims in order of their last date, and those dates (for bisection)."""

    claims: list[Claim]
    last: list[dt.date]


IncidentIndex = dict[tuple[Any, ...], _Timeline]

_first, _second = itemgetter(0), itemgetter(1)


def incident_index(
    claims: Iterable[Claim], runs: list[tuple[tuple[Any, ...], list[Claim]]] | None = None
) -> IncidentIndex:
    """
    Incident claims by category, side, group and every prefix of their
    place, in order of their last date, then of their keys (``claims`` come
    in key order, and the sort by date is stable).

    Claims of one scope (category, side, group and place) come one after
    the other: each run is filed under its scope's prefixes once (a run,
    already in order of its last dates, as it is), and each list of several
    runs is ordered by a sort on its dates alone. ``runs``: the runs of the
    incident claims, each with its scope, when known.
    """
    if runs is None:
        runs = []
        scope: tuple[Any, ...] | None = None
        run: list[Claim] = []
        for claim in claims:
            k = claim.key
            if k.kind is not ClaimKind.INCIDENT:
                continue
            here = (k.category, k.side, k.group, k.place)
            if here != scope:
                scope, run = here, []
                runs.append((here, run))
            run.append(claim)
    #: Each prefix's runs, and the last date of each run's claims.
    lists: dict[tuple[Any, ...], list[tuple[list[Claim], list[dt.date]]]] = {}
    for (category, side, group, place), found in runs:
        last = [c.dates[-1] for c in found]
        for prefix in [place[:i] for i in range(len(place), 0, -1)] if place else [None]:
            key = (category, side, group, prefix)
            into = lists.get(key)
            if into is None:
                lists[key] = [(found, last)]
            else:
                into.append((found, last))
    index: IncidentIndex = {}
    for key, parts in lists.items():
        if len(parts) == 1:
            # One scope's claims: its windows of dates follow each other, so
            # its claims in key order are in order of their last date.
            index[key] = _Timeline(*parts[0])
            continue
        # (read in C: these lists hold every claim once per prefix of its place)
        found = list(chain.from_iterable(map(_first, parts)))
        last = list(chain.from_iterable(map(_second, parts)))
        order = sorted(range(len(last)), key=last.__getitem__)
        index[key] = _Timeline(
            list(map(found.__getitem__, order)), list(map(last.__getitem__, order))
        )
    return index


def covered(key: ClaimKey, index: IncidentIndex, since: dt.date | None) -> list[Claim]:
    """
    The incident claims a total's scope covers, after ``since`` up to its
    as-of date, in order of their last date.
    """
    timeline = index.get((key.category, key.side, key.group, key.place))
    if timeline is None:
        return []
    lo = 0 if since is None else bisect.bisect_right(timeline.last, since)
    start = key.period_start
    if start is not None:  # an incident that starts on or after ``start`` ends there too
        lo = max(lo, bisect.bisect_left(timeline.last, start))
    hi = len(timeline.last) if key.date is None else bisect.bisect_right(timeline.last, key.date)
    return [c for c in timeline.claims[lo:hi] if start is None or c.dates[0] >= start]
