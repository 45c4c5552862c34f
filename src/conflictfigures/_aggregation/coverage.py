"""
Tally rule 3: which running totals count, and what each one covers.

A total counts when no other supersedes it (:func:`live_totals`); it takes
in the incidents and narrower totals inside its scope (:func:`covers`).
Both are found through indexes by side, group and place, so the cost grows
with the units that could match a total, not with the totals times the
units of a category.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING, Any

from conflictfigures._aggregation.results import scopes_agree

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Iterator, Sequence

    from conflictfigures._aggregation.documents import Unit
    from conflictfigures._aggregation.results import Claim, ClaimKey
    from conflictfigures._places import PlacePath

__all__ = ["Coverage", "covers", "live_totals", "supersedes"]


def covers(total: ClaimKey, claim: Claim) -> bool:
    """Whether a running total's scope includes a claim (an incident or a narrower total)."""
    k = claim.key
    if not scopes_agree(total, k, places="inside"):
        return False
    first = claim.dates[0] if claim.dates else k.period_start
    last = claim.dates[-1] if claim.dates else k.date
    if total.date is not None and first is not None and first > total.date:
        return False
    return total.period_start is None or last is None or last >= total.period_start


def supersedes(wider: ClaimKey, narrower: ClaimKey) -> bool:
    """
    Whether a total makes another redundant: side and group agree, the
    other's place inside its own, not later, and a period that does not
    start before its own.
    """
    if not scopes_agree(wider, narrower, places="inside_known"):
        return False
    if wider.date is not None and narrower.date is not None and narrower.date > wider.date:
        return False
    return (
        wider.period_start is None
        or narrower.period_start is None
        or narrower.period_start >= wider.period_start
    )


def _widest_first(unit: Unit) -> tuple[Any, ...]:
    """
    An order in which a total comes before every total it supersedes: wider
    places first (an unknown place last, since it takes in no known one),
    then unknown and later as-of dates, then unknown and earlier period
    starts; ties in key order.
    """
    key = unit.key
    return (
        len(key.place) if key.place is not None else 1_000,
        key.date is not None,
        -(key.date.toordinal() if key.date is not None else 0),
        key.period_start is not None,
        key.period_start.toordinal() if key.period_start is not None else 0,
        key.sort_key(),
    )


def live_totals(totals: Sequence[Unit]) -> tuple[list[Unit], list[Unit]]:
    """
    The totals no other total supersedes (the latest and widest), and those
    another does (a total with no place smaller than the totals of several
    places apart that would supersede it is in neither: it is none of
    theirs). Taken widest first, a total is checked against the live
    totals that could supersede it: those of its side or none, its group
    or none, and its place or a place containing it (any place, for a total
    without one). Of two totals that supersede each other (one scope), the
    first is live.
    """
    live: list[Unit] = []
    dropped: list[Unit] = []
    #: The live totals by side and group, then by place.
    by_scope: dict[tuple[str | None, str | None], dict[PlacePath | None, list[Unit]]] = {}
    #: The live totals a wider one took in after them (by ``id``).
    taken_in: set[int] = set()
    for unit in sorted(totals, key=_widest_first):
        key = unit.key
        beaten = [
            other
            for other in _wider(by_scope, key)
            if id(other) not in taken_in and supersedes(other.key, key)
        ]
        if beaten and key.place is None and _apart([other.key.place for other in beaten]):
            if unit.estimate.best < sum(other.estimate.best for other in beaten):
                # smaller than the places it would hold: no whole over them
                # and no narrower total of any one of them ("The death toll
                # has risen to 50 ... 120 in Khartoum and 80 in El Geneina")
                continue
            # A total with no place beside totals of several places apart
            # ("Colombia hosts 1.3 million, ... Peru 768,000" and "The number
            # who have left Venezuela has passed four million"), as large as
            # they are together, is the whole over them, not one of them:
            # they are its narrower totals.
            taken_in.update(id(other) for other in beaten)
            dropped.extend(beaten)
            beaten = []
        if beaten:
            dropped.append(unit)
            continue
        live.append(unit)
        by_scope.setdefault((key.side, key.group), {}).setdefault(key.place, []).append(unit)
    return [u for u in live if id(u) not in taken_in], dropped


def _apart(places: Sequence[PlacePath | None]) -> bool:
    """Whether two of some known places do not nest (neither holds the other)."""
    known = [p for p in places if p is not None]
    if not known:
        return False
    # (they nest when each is a start of the longest: one pass, not pairs)
    longest = max(known, key=len)
    return any(longest[: len(p)] != p for p in known)


def _wider(
    by_scope: dict[tuple[str | None, str | None], dict[PlacePath | None, list[Unit]]],
    key: ClaimKey,
) -> Iterator[Unit]:
    """The live totals whose side, group and place agree with a narrower total's."""
    for (side, group), by_place in by_scope.items():
        if key.side is not None and side is not None and side != key.side:
            continue
        if key.group is not None and group is not None and group != key.group:
            continue
        if key.place is None:
            for found in by_place.values():
                yield from found
            continue
        for cut in range(len(key.place), -1, -1):
            yield from by_place.get(key.place[:cut], ())


#: A unit whose claims give several sides (or groups).
_SEVERAL = "\x00several"
#: The place key under which every unit is filed (for totals without a place).
_EVERY: tuple[str, ...] = ("\x00every",)
#: The place key of units without a known place (inside any total's place).
_UNPLACED: tuple[str, ...] = ("\x00unplaced",)


class Coverage:
    """
    Units (incidents, or narrower totals) indexed for the totals that may
    cover them.

    Each unit is filed under its one side (``None`` if its claims give none,
    ``_SEVERAL`` if they give several), likewise its group, and every prefix
    of the longest place its claims' known places share, in order of the
    earliest last date of its claims. A total looks in the files its side,
    group and place can cover, at the units whose last dates are not before
    its period starts, and checks each with :func:`covers`; a unit taken
    (``take``) is dropped from the files as they are next read.
    """

    __slots__ = ("_files", "_units", "taken")

    def __init__(self, units: Sequence[Unit]) -> None:
        self._units = units
        #: Indexes of the units already taken by a total.
        self.taken: set[int] = set()
        #: Per place key, then (side, group): the negated ordinal of each
        #: unit's earliest last date (``-inf`` for none) ascending, and the units.
        self._files: dict[
            tuple[str, ...], dict[tuple[str | None, str | None], tuple[list[float], list[int]]]
        ]
        self._files = {}
        entries: dict[tuple[Any, ...], list[tuple[float, int]]] = {}
        for i, unit in enumerate(units):
            side = _one({c.key.side for c in unit.claims if c.key.side is not None})
            group = _one({c.key.group for c in unit.claims if c.key.group is not None})
            places = [c.key.place for c in unit.claims if c.key.place is not None]
            lasts = [last for c in unit.claims if (last := _last(c)) is not None]
            order = -float(min(lasts).toordinal()) if lasts else float("-inf")
            for place_key in _place_keys(places):
                entries.setdefault((place_key, side, group), []).append((order, i))
        for (place_key, side, group), found in entries.items():
            found.sort()
            files = self._files.setdefault(place_key, {})
            files[side, group] = ([o for o, _ in found], [i for _, i in found])

    def covered(self, total: ClaimKey, *, take: bool) -> list[int]:
        """
        The units (indexes, ascending) not yet taken that ``total`` covers;
        with ``take``, they are taken.
        """
        start = total.period_start
        bound = float("inf") if start is None else -float(start.toordinal())
        found: list[int] = []
        for place_key in (_EVERY if total.place is None else total.place, _UNPLACED):
            files = self._files.get(place_key)
            if not files:
                continue
            if total.side is None or total.group is None:
                scopes: list[tuple[str | None, str | None]] = [
                    (side, group)
                    for side, group in files
                    if total.side is None or side in (None, total.side)
                    if total.group is None or group in (None, total.group)
                ]
            else:
                scopes = [(s, g) for s in (None, total.side) for g in (None, total.group)]
            for scope in scopes:
                file = files.get(scope)
                if file is not None:
                    found.extend(self._read(total, file, bound))
        found.sort()
        if take:
            self.taken.update(found)
        return found

    def _read(
        self, total: ClaimKey, file: tuple[list[float], list[int]], bound: float
    ) -> Iterator[int]:
        """The units of a file whose last dates are not before ``bound`` that ``total`` covers."""
        orders, ids = file
        end = bisect.bisect_right(orders, bound)
        taken = self.taken
        if taken:  # drop what was taken, as far as this total reads
            keep = [j for j in range(end) if ids[j] not in taken]
            if len(keep) < end:
                orders[:end] = [orders[j] for j in keep]
                ids[:end] = [ids[j] for j in keep]
                end = len(keep)
        units = self._units
        for i in ids[:end]:
            if all(covers(total, c) for c in units[i].claims):
                yield i


def _one(values: set[str | None]) -> str | None:
    """The one value of a set, ``None`` for none, ``_SEVERAL`` for several."""
    if not values:
        return None
    return next(iter(values)) if len(values) == 1 else _SEVERAL


def _last(claim: Claim) -> dt.date | None:
    """A claim's last date as :func:`covers` reads it (``None``: unknown)."""
    return claim.dates[-1] if claim.dates else claim.key.date


def _place_keys(places: list[PlacePath]) -> list[tuple[str, ...]]:
    """
    The place keys a unit is filed under: every prefix of the place its
    known places share (the empty one too), and ``_EVERY``;
    ``_UNPLACED`` for a unit without a known place.
    """
    if not places:
        return [_UNPLACED]
    shared = places[0]
    for place in places[1:]:
        n = 0
        while n < len(shared) and n < len(place) and shared[n] == place[n]:
            n += 1
        shared = shared[:n]
    return [shared[:cut] for cut in range(len(shared) + 1)] + [_EVERY]
