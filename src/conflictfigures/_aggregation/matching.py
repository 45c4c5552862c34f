"""
Stage 2a: the known targets a figure with unknown parts can take.

A target is a known group and place, with the side and period start as
reported. :class:`MatchIndex` files the targets of each slot (a category
and kind, and an incident's date) with the document behind each;
:func:`resolve` fills a figure's unknown parts from the one target it fits,
if there is one (see docs/aggregation.md, "Matching rules").
"""

from __future__ import annotations

from collections import defaultdict
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from conflictfigures._aggregation.results import shift
from conflictfigures._lexicon import PERPETRATOR_SIDE

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Iterable, Sequence, Set as AbstractSet
    from typing import TypeAlias

    from conflictfigures._aggregation.normalise import Doc, Reading
    from conflictfigures._places import PlacePath
    from conflictfigures.models import Category, Count, Figure

    #: A target: side, group, place and period start (``None`` for incidents).
    Target: TypeAlias = tuple[str | None, str | None, PlacePath | None, dt.date | None]
    #: A slot: category, whether of incidents, and an incident's date.
    Slot: TypeAlias = tuple[Category, bool, dt.date | None]

__all__ = ["MatchIndex", "fits_period", "resolve"]

_NO_TARGETS: frozenset[Target] = frozenset()


def _fits(own: Target, target: Target, *, hierarchy: bool) -> bool:
    """
    Whether a target fits what a figure says: each known part equal, and the
    figure's place the target's place or (incidents) a place containing it.
    """
    side, group, place, start = own
    if (side is not None and side != target[0]) or (group is not None and group != target[1]):
        return False
    if side is None and target[0] == PERPETRATOR_SIDE:
        return False  # the attackers are a group apart: "eight of the victims" are not the bomber
    if start is not None and start != target[3]:
        return False
    if place is None:
        return True
    found = target[2]
    if found is None:
        return False
    return found[: len(place)] == place if hierarchy else found == place


def _one_doc(idx: list[int], docs: Sequence[Doc]) -> Doc | None:
    """The one document of some figures, ``None`` where they are of several."""
    if len(idx) == 1:
        return docs[idx[0]]
    picked = itemgetter(*idx)(docs)  # (read in C)
    return picked[0] if picked.count(picked[0]) == len(picked) else None


class MatchIndex:
    """
    The known targets of each slot and the document behind each (``None``:
    several documents); a figure with unknown parts finds its compatible
    targets by one scan of its slot per distinct question, remembered.

    Built from the figures' groups (:class:`~.normalise.Reading`), once per
    group: the figures of a group share their target and slot.
    For incidents only the most specific places are targets (a figure in
    "northwest Syria" is matched to the Idlib claim, not kept beside it).
    """

    __slots__ = (
        "_above",
        "_by_parts",
        "_by_scope",
        "_inner",
        "_matches",
        "_shared",
        "counts",
        "support",
    )

    def __init__(self, reading: Reading, figures: Sequence[Figure]) -> None:
        support: dict[Slot, dict[Target, Doc | None]] = {}
        #: One tuple per distinct target: the same target is met on many dates.
        shared: dict[Target, Target] = {}
        #: The counts reported for each total with a known period start.
        self.counts: dict[tuple[Slot, Target], list[Count]] = defaultdict(list)
        scopes, docs = reading.scopes, reading.docs
        # An incident's target is its scope's (one tuple per scope), its
        # slot its date; a total's target has its period start, its slot
        # any date.
        incident_targets: list[Target | None] = []
        for _, side, group, place in scopes:
            made: Target = (side, group, place, None)
            known = group is not None and place is not None
            incident_targets.append(shared.setdefault(made, made) if known else None)
        for (number, day), idx in reading.incidents.items():
            target = incident_targets[number]
            if target is None:
                continue
            slot: Slot = (scopes[number][0], True, day)
            doc = docs[idx[0]] if len(idx) == 1 else _one_doc(idx, docs)
            found = support.get(slot)
            if found is None:
                support[slot] = {target: doc}
            elif found.setdefault(target, doc) != doc:
                found[target] = None
        for (number, _, start, _), idx in reading.totals.items():
            category, side, group, place = scopes[number]
            if group is None or place is None:
                continue
            slot = (category, False, None)
            made = (side, group, place, start)
            target = shared.setdefault(made, made)
            doc = _one_doc(idx, docs)
            found = support.get(slot)
            if found is None:
                support[slot] = {target: doc}
            elif found.setdefault(target, doc) != doc:
                found[target] = None
            if start is not None:
                self.counts[(slot, target)].extend([figures[i].count for i in idx])
        self.support = support
        self._shared = shared
        self._above: dict[Target, tuple[Target, ...]] = {}
        self._inner: dict[Slot, AbstractSet[Target]] = {}
        self._matches: dict[tuple[Slot, Target], list[Target]] = {}
        self._by_scope: dict[Slot, dict[tuple[Any, ...], list[Target]]] = {}
        self._by_parts: dict[tuple[Slot, int], dict[Any, list[Target]]] = {}

    def inner(self, slot: Slot) -> AbstractSet[Target]:
        """Targets of an incident slot whose place has a more specific target below it."""
        found = self._inner.get(slot)
        if found is None:
            found = set()
            if slot[1]:
                for target in self.support.get(slot, ()):
                    found.update(self._wider(target))
            self._inner[slot] = found or _NO_TARGETS
        return found

    def _wider(self, target: Target) -> tuple[Target, ...]:
        """
        The targets of the places that contain a target's place (same side,
        group and period start), one tuple each whatever the slot.
        """
        found = self._above.get(target)
        if found is None:
            side, group, place, start = target
            shared = self._shared
            wider: list[Target] = [
                (side, group, place[:i], start) for i in range(1, len(place or ())) if place
            ]
            found = self._above[target] = tuple(shared.setdefault(t, t) for t in wider)
        return found

    def _buckets(self, slot: Slot) -> dict[tuple[Any, ...], list[Target]]:
        """The slot's most specific targets by side, group and period start."""
        found = self._by_scope.get(slot)
        if found is None:
            inner = self.inner(slot)
            found = defaultdict(list)
            for t in self.support.get(slot, {}):
                if t not in inner:
                    found[(t[0], t[1], t[3])].append(t)
            self._by_scope[slot] = found = dict(found)
        return found

    def _by_part(self, slot: Slot, part: int) -> dict[Any, list[Target]]:
        """
        The slot's most specific targets by their group (``part`` 1) or
        place (``part`` 2; for incidents, under every prefix of the place),
        so that a figure that knows one of them reads only its candidates.
        """
        found = self._by_parts.get((slot, part))
        if found is None:
            found = defaultdict(list)
            prefixes = part == 2 and slot[1]
            for targets in self._buckets(slot).values():
                for t in targets:
                    place = t[2]
                    if prefixes and place is not None:
                        for cut in range(len(place) + 1):
                            found[place[:cut]].append(t)
                    else:
                        found[t[part]].append(t)
            self._by_parts[(slot, part)] = found = dict(found)
        return found

    def matches(self, slot: Slot, own: Target) -> list[Target]:
        """The slot's targets (the most specific ones) that fit what a figure says."""
        key = (slot, own)
        found = self._matches.get(key)
        if found is None:
            buckets = self._buckets(slot)
            side, group, _place, start = own
            if side is not None and group is not None and (start is not None or slot[1]):
                candidates: Iterable[Target] = buckets.get((side, group, start), ())
            elif _place is not None:  # the targets at the place, or (incidents) inside it
                candidates = self._by_part(slot, 2).get(_place, ())
            elif group is not None:
                candidates = self._by_part(slot, 1).get(group, ())
            else:
                candidates = [t for ts in buckets.values() for t in ts]
            found = [t for t in candidates if _fits(own, t, hierarchy=slot[1])]
            self._matches[key] = found
        return found


def fits_period(count: Count, reported: Iterable[Count]) -> bool:
    """
    Whether a total without a period can join a period's reports: its count
    can be true beside each of them.  One that cannot may count over a longer
    stretch ("home to millions of people displaced", over the whole war), so
    it stays a total of its own rather than contradict them.
    """
    return all(count.compatible(c) for c in reported)


def resolve(  # noqa: PLR0917 - what the rule reads of one figure, in order
    index: MatchIndex,
    category: Category,
    own: Target,
    date: dt.date | None,
    doc: Doc,
    count: Count,
    *,
    incident: bool,
) -> Target:
    """
    Fill a figure's unknown group, place or period start (and side), or
    narrow an incident's place to the one specific place it can be.

    ``own``: what the figure says (its side, group, place and period start,
    ``None`` for an incident); ``date``: an incident's date, a total's as-of
    date.

    Rule: among the known targets of the same category and kind (incidents:
    on the same date or a day either side; totals: any as-of date), the
    targets compatible with what the figure does say are looked up; if
    there is exactly one, the figure takes it, otherwise it keeps its own
    (partial) key. A target that only the figure's own document supports,
    on another date, is a different incident and not a candidate.
    A total without a period start takes one only where it fits that
    period's reports (:func:`fits_period`).
    """
    side, group, place, start = own
    known = side is not None and group is not None and place is not None
    if incident and date is not None:
        if known and own not in index.inner((category, True, date)):
            return own  # fully known, and no more specific place to narrow to
        days: list[dt.date | None] = [date, shift(date, -1), shift(date, 1)]
    else:
        if known and start is not None:
            return own  # totals match places exactly: nothing to fill
        days = [None]
    found: set[Target] = set()
    for day in days:
        slot = (category, incident, day)
        if (day is None and incident) or slot not in index.support:
            continue
        docs = index.support[slot]
        for target in index.matches(slot, own):
            if day != date and docs[target] == doc:
                continue
            found.add(target)
            if len(found) > 1:
                return own
    if len(found) == 1:
        target = next(iter(found))
        if (
            start is None
            and not incident
            and target[3] is not None
            and not fits_period(count, index.counts[((category, False, None), target)])
        ):
            return own
        return target
    return own
