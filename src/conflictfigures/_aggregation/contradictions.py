"""
Stage 3: reports that cannot all be true.

A claim whose reports' ranges do not share a point contradicts itself; a
total for a place above the total for a wider place on the same date
contradicts it (``relation="within"``). Only sides are kept, and whether a
contradiction is a revision is decided without listing pairs, so the cost
is ``O(n log n)`` in the sides even when every pair conflicts.
"""

from __future__ import annotations

import bisect
from operator import attrgetter, itemgetter
from typing import TYPE_CHECKING, Any, Literal

from conflictfigures._aggregation.construct import new_contradiction, new_side
from conflictfigures._aggregation.results import (
    Claim,
    Contradiction,
    ContradictionSide,
    CountKeys,
    memory_order,
    totals_of,
)

if TYPE_CHECKING:
    from collections.abc import Sequence

    from conflictfigures._places import PlacePath
    from conflictfigures.models import Count, Figure

__all__ = ["contradictions"]


#: Up to this many pairs of sides, :func:`_kind` looks at each pair.
_FEW_PAIRS = 16


def _apart(a: ContradictionSide, b: ContradictionSide) -> bool:
    """Whether two sides have no independent claimant in common."""
    return set(a.independents).isdisjoint(b.independents)


def _kind(
    lower: Sequence[ContradictionSide], upper: Sequence[ContradictionSide]
) -> Literal["revision", "conflict"]:
    """
    ``"conflict"`` when some side of ``upper`` lies entirely above a side of
    ``lower`` with no independent claimant in common, else ``"revision"``.

    With few sides (most claims), each pair is looked at. Otherwise the
    sides of ``lower`` are taken in order of their ceilings; those below
    a side of ``upper`` are a prefix. Each distinct set of claimants in the
    prefix is checked once, so the cost is the sides times the distinct
    claimant sets, not the pairs.
    """
    if len(lower) * len(upper) <= _FEW_PAIRS:  # most claims: a few sides, pair by pair
        for side in upper:
            floor = side.count.low
            for other in lower:
                high = other.count.high
                if high is not None and high < floor and _apart(other, side):
                    return "conflict"
        return "revision"
    ranked = sorted(
        ((s.count.high, frozenset(s.independents)) for s in lower if s.count.high is not None),
        key=itemgetter(0),
    )
    highs = [h for h, _ in ranked]
    first_seen: dict[frozenset[str], int] = {}
    for pos, (_h, names) in enumerate(ranked):
        first_seen.setdefault(names, pos)
    by_position = sorted(first_seen.items(), key=itemgetter(1))
    for side in upper:
        below = bisect.bisect_left(highs, side.count.low)
        mine = set(side.independents)
        for names, pos in by_position:
            if pos >= below:
                break
            if not names & mine:
                return "conflict"
    return "revision"


class _Shared:
    """
    What the contradictions of one analysis share: equal tuples of
    claimants (one object each), and the sort key of each count object.
    """

    __slots__ = ("counts", "tuples")

    def __init__(self) -> None:
        self.tuples: dict[tuple[Any, ...], tuple[Any, ...]] = {}
        self.counts = CountKeys()


def _by_count(counts: list[Count], keys: CountKeys) -> list[tuple[Count, list[int]]]:
    """
    The positions of each distinct count, with its first object, lowest
    first (by :func:`~conflictfigures._aggregation.results.count_key`).

    Counts are mostly shared objects: they are grouped by identity first
    (no Python-level hash per figure), then equal objects are joined by
    their keys (equal exactly when the counts are, see ``CountKeys``).
    """
    by_id: dict[int, list[int]] = {}
    for i, count in enumerate(counts):
        found = by_id.get(id(count))
        if found is None:
            by_id[id(count)] = [i]
        else:
            found.append(i)
    if len(by_id) == 1:
        return [(counts[0], list(range(len(counts))))]
    known, key_of = keys.known.get, keys.key
    by_key: dict[tuple[Any, ...], tuple[Count, list[int]]] = {}
    for oid, idx in by_id.items():
        count = counts[idx[0]]
        found_key = known(oid)
        key = key_of(count) if found_key is None else found_key[0]
        seen = by_key.get(key)
        if seen is None:
            by_key[key] = (count, idx)
        else:
            seen[1].extend(idx)
            seen[1].sort()
    return [by_key[k] for k in sorted(by_key)]


_consistent = attrgetter("_consistent")


def sides_of(claim: Claim, shared: _Shared | None = None) -> list[ContradictionSide]:
    """
    One side per distinct count of a claim, lowest first; each side's
    claimants are taken from ``shared`` when an equal tuple was made before.
    """
    if shared is None:
        shared = _Shared()
    figures = claim.figures
    claimants, independents, place = claim.claimants, claim.independents, claim.key.place
    tuples = shared.tuples
    sides = []
    for count, idx in _by_count([f.count for f in figures], shared.counts):
        if len(idx) == 1:
            i = idx[0]
            labels: tuple[str | None, ...] = (claimants[i],)
            picked: tuple[Figure, ...] = (figures[i],)
            inds: tuple[str, ...] = (independents[i],)
        else:  # picked in C (``itemgetter`` of several gives a tuple)
            pick = itemgetter(*idx)
            labels, picked, inds = pick(claimants), pick(figures), pick(independents)
        sides.append(new_side(count, place, picked, tuples.setdefault(labels, labels), inds))
    return sides


def _same_claim(claim: Claim, shared: _Shared) -> Contradiction:
    """The contradiction of a claim whose reports cannot all be true."""
    sides = sides_of(claim, shared)
    return new_contradiction((claim,), tuple(sides), _kind(sides, sides), "same")


def _nested_pair(inner: Claim, outer: Claim, shared: _Shared) -> Contradiction | None:
    inner_sides, outer_sides = sides_of(inner, shared), sides_of(outer, shared)
    ceilings = [s.count.high for s in outer_sides if s.count.high is not None]
    if not ceilings or max(s.count.low for s in inner_sides) <= min(ceilings):
        return None
    return new_contradiction(
        (inner, outer), (*inner_sides, *outer_sides), _kind(outer_sides, inner_sides), "within"
    )


def _nested(claims: Sequence[Claim], shared: _Shared) -> list[Contradiction]:
    """
    Totals for a place that exceed the total reported for a wider place on
    the same date: a total for Tripoli of at least 16 cannot sit inside a
    total for Libya of 2.
    """
    slots: dict[tuple[Any, ...], dict[PlacePath, list[Claim]]] = {}
    for claim in totals_of(claims):
        k = claim.key
        place = k.place
        if place is not None and k.date is not None:
            slot = (k.category, k.side, k.group, k.date)
            by_place = slots.get(slot)
            if by_place is None:
                slots[slot] = {place: [claim]}
            else:
                by_place.setdefault(place, []).append(claim)
    found: list[Contradiction] = []
    for by_place in slots.values():
        if len(by_place) == 1:  # (most slots: one place, nothing nested)
            continue
        for place, inner_claims in by_place.items():
            for cut in range(len(place) - 1, 0, -1):
                for outer in by_place.get(place[:cut], ()):
                    for inner in inner_claims:
                        starts = {inner.key.period_start, outer.key.period_start} - {None}
                        if len(starts) > 1:
                            continue
                        contradiction = _nested_pair(inner, outer, shared)
                        if contradiction is not None:
                            found.append(contradiction)
    return found


def _sort_key(c: Contradiction) -> tuple[Any, ...]:
    return (c.key.sort_key(), c.relation, tuple(cl.key.sort_key() for cl in c.claims))


def contradictions(
    claims: Sequence[Claim], made: Sequence[int] | None = None
) -> list[Contradiction]:
    """
    Every contradiction among the claims (given in key order), in key order;
    ``made``: the positions of the claims in the order to read them
    (default: the order they lie in memory).

    A claim's own contradictions come in the claims' order, already sorted;
    the few between nested places are put in place by bisection, each after
    any equal key (as a stable sort of the whole list would).
    """
    shared = _Shared()
    # Each claim's own contradiction depends on that claim alone: the claims
    # are read in the order they lie in memory, beside their figures, and
    # the contradictions put back in key order. (Whether each is consistent
    # is read in C, from the attribute behind ``Claim.consistent``.)
    own: list[Contradiction | None] = [None] * len(claims)
    consistent = list(map(_consistent, claims))
    for i in memory_order(claims) if made is None else made:
        if not consistent[i]:
            own[i] = _same_claim(claims[i], shared)
    found = [c for c in own if c is not None]
    for nested in sorted(_nested(claims, shared), key=_sort_key):
        bisect.insort_right(found, nested, key=_sort_key)
    return found
