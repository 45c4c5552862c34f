"""
Stage 4: running totals laid out in time beside the incident reports.

One :class:`RunningTotal` per category, side, group, place and period start
that has dated totals; each point sets the reported total beside the
previous total plus the incidents since, and the incidents' own sum.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING, Any

from conflictfigures._aggregation.construct import new_point, new_running_total
from conflictfigures._aggregation.results import (
    Claim,
    CountKeys,
    RunningTotal,
    TotalPoint,
    iso,
    overlaps,
    sum_range,
    totals_of,
)
from conflictfigures._aggregation.timelines import IncidentIndex, covered, incident_index

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Iterator, Sequence

__all__ = ["running_totals"]


def running_totals(
    claims: Sequence[Claim], index: IncidentIndex | None = None
) -> list[RunningTotal]:
    """
    The running totals of some claims (given in key order), in a stable
    order; ``index`` is the index of their incident claims, if already built.
    """
    series: dict[tuple[Any, ...], list[Claim]] = defaultdict(list)
    for claim in totals_of(claims):
        k = claim.key
        if k.date is not None:
            series[(k.category, k.side, k.group, k.place, k.period_start)].append(claim)
    if index is None:
        index = incident_index(claims)
    result: list[RunningTotal] = []
    keys = CountKeys()
    for (category, side, group, place, start), points in series.items():
        in_order = covered(points[-1].key, index, None)
        result.append(
            new_running_total(
                category,
                side,
                group,
                place,
                start,
                tuple(_points(points, in_order, start, keys)),
                tuple(sorted(in_order, key=lambda c: c.key.sort_key())),
            )
        )
    result.sort(
        key=lambda r: (
            r.category._value_,  # the plain attribute behind ``.value``
            r.side or "",
            r.group or "",
            "\x00".join(r.place or ()),
            iso(r.period_start),
        )
    )
    return result


def _points(
    points: Sequence[Claim], incidents: Sequence[Claim], start: dt.date | None, keys: CountKeys
) -> Iterator[TotalPoint]:
    """
    The points of a series; ``incidents`` are in order of their last date;
    ``keys`` orders counts (each point's are its claim's ``counts``).
    """
    previous: Claim | None = None
    taken = 0  # incidents up to the previous point
    inc_low = 0
    inc_high: int | None = 0
    for claim in points:
        as_of = claim.key.date
        if as_of is None:  # pragma: no cover - series only hold dated totals
            continue
        since = previous.key.date if previous is not None else None
        upto = taken
        while upto < len(incidents) and incidents[upto].dates[-1] <= as_of:
            upto += 1
        added = tuple(incidents[taken:upto])
        taken = upto
        inc_low, inc_high = sum_range(added, inc_low, inc_high)
        derived_low: int | None
        derived_high: int | None
        if previous is not None:
            derived_low, derived_high = sum_range(added, previous.low, previous.high)
        elif start is not None and added:
            derived_low, derived_high = sum_range(added)
        else:
            derived_low = derived_high = None
        counts = keys.distinct(claim.figures)
        if derived_low is None:
            reconciles: tuple[bool | None, ...] = (None,) * len(counts)
        else:
            reconciles = tuple(overlaps(c, derived_low, derived_high) for c in counts)
        yield new_point(
            as_of,
            claim,
            derived_low,
            derived_high,
            since,
            added,
            inc_low,
            inc_high,
            reconciles,
            previous is not None and claim.high is not None and claim.high < previous.low,
        )
        previous = claim
