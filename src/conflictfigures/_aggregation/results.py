"""
The results of aggregation, and the small rules every stage shares.

The result types (:class:`Claim`, :class:`Contradiction`,
:class:`RunningTotal`, :class:`Estimate` and their parts) are re-exported by
:mod:`conflictfigures.aggregate`; their records are built in
:mod:`conflictfigures.serialize`.
Shared rules live here once: the consensus range of some counts
(:func:`consensus`), the order on counts, and when two scopes agree on side,
group and place (:func:`scopes_agree`).
"""

from __future__ import annotations

import bisect
import datetime as dt
import enum
from itertools import compress, repeat
from operator import attrgetter, is_
from typing import TYPE_CHECKING, Any, Literal

import attrs

from conflictfigures._groups import outlet_key
from conflictfigures._places import PlacePath, is_unplaced, is_within
from conflictfigures.errors import InvalidPolicy
from conflictfigures.models import Category, Count, Figure, Qualifier

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Sequence

__all__ = [
    "Claim",
    "ClaimKey",
    "ClaimKind",
    "Contradiction",
    "ContradictionSide",
    "Estimate",
    "RunningTotal",
    "TotalPoint",
]

_count_of = attrgetter("count")

#: Incident dates this many days apart may be one incident reported from
#: different time zones or news cycles ("late on Wednesday" / "on Thursday").
DATE_TOLERANCE = dt.timedelta(days=1)


def shift(day: dt.date, days: int) -> dt.date | None:
    """Return ``day`` moved by ``days``, or ``None`` past either end of the calendar."""
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:
        return None


def iso(value: dt.date | None) -> str:
    """An ISO date, or ``""`` for none."""
    return "" if value is None else value.isoformat()


def place_label(place: PlacePath | None) -> str | None:
    """A readable name of a place path: its most specific part, capitalised."""
    if place is None:
        return None
    return " ".join(w[:1].upper() + w[1:] for w in place[-1].split())


class ClaimKind(enum.Enum):
    """
    What a claim speaks of.

    ``INCIDENT``: one dated event (a figure that is not cumulative and has an
    incident date). ``TOTAL``: a running total, a stock, or an undated figure,
    each read as the state of things on its as-of date.

    .. versionadded:: 0.1.0
    """

    INCIDENT = "incident"
    TOTAL = "total"

    #: Members are singletons compared by identity, so they hash by identity
    #: too: a C slot instead of ``Enum.__hash__`` (a Python call hashing the
    #: name), which every hash of a figure, count or claim key pays.
    __hash__ = object.__hash__


@attrs.frozen(kw_only=True)
class ClaimKey:
    """
    What makes figures one claim, after normalisation.

    Attributes:
        category: what is counted.
        kind: an incident or a total.
        side: the counted group's side (a country such as ``"Turkey"``), or
            ``None`` when nothing says.
        group: the counted group's role (``"military"``, ``"civilians"``, an
            equipment type), or ``None`` when nothing says.
        place: the place as a path from its country down, or ``None``.
        date: an incident's (first) date, or a total's as-of date.
        period_start: where a total's period starts, when known.

    .. versionadded:: 0.1.0
    """

    category: Category
    kind: ClaimKind
    side: str | None
    group: str | None
    place: PlacePath | None
    date: dt.date | None
    period_start: dt.date | None = None

    @property
    def id(self) -> str:
        """
        A stable, readable identifier:
        ``category/kind/side/group/place/date[/period start]``, ``-`` for unknown.
        """
        parts = [
            self.category.value,
            self.kind.value,
            self.side or "-",
            self.group or "-",
            ">".join(self.place) if self.place else "-",
            iso(self.date) or "-",
        ]
        if self.period_start is not None:
            parts.append("from " + self.period_start.isoformat())
        return "/".join(parts)

    def sort_key(self) -> tuple[str, ...]:
        """A total order on keys, for stable output."""
        return (
            self.category._value_,  # the plain attribute behind ``.value``
            self.kind._value_,
            self.side or "",
            self.group or "",
            "\x00".join(self.place or ()),
            iso(self.date),
            iso(self.period_start),
        )


def scopes_agree(
    a: ClaimKey,
    b: ClaimKey,
    *,
    places: Literal["nested", "inside", "inside_known", "document"] = "nested",
) -> bool:
    """
    The one rule for when two claims may count the same people: side, group
    and place agree.

    Sides agree, and groups agree, when equal or when either is unknown.
    Places agree, with ``places="nested"``, when either is unknown or one
    lies within the other; with ``places="inside"``, when ``b``'s place lies
    within ``a``'s (``a`` is the wider scope; an unknown place on either side
    agrees); with ``places="inside_known"``, likewise, except that ``a``
    without a place does not take in ``b`` with one; with
    ``places="document"`` (a single person named again in one document),
    as ``"nested"``, except that groups may differ (the same man is "a
    facilitator", then "the leader", then "he") and a name the gazetteer
    does not place ("Shah Joy" beside "Zabul") agrees with any place.
    """
    if a.side is not None and b.side is not None and a.side != b.side:
        return False
    if a.group is not None and b.group is not None and a.group != b.group and places != "document":
        return False
    if b.place is None:
        return True
    if a.place is None:
        return places != "inside_known"
    if places in ("nested", "document"):
        return (
            is_within(a.place, b.place)
            or is_within(b.place, a.place)
            or (places == "document" and (is_unplaced(a.place) or is_unplaced(b.place)))
        )
    return is_within(b.place, a.place)


def count_key(count: Count) -> tuple[Any, ...]:
    """A total order on counts: by bounds, then by how they were written."""
    return (
        count.low,
        count.high is None,
        count.high or 0,
        count.stated is None,
        count.stated or 0,
        count.qualifier._value_,  # the plain attribute behind ``.value``
        count.stated_high or 0,
        count.vague or "",
        count.rounding,
    )


class CountKeys:
    """
    The :func:`count_key` of each count object, read once per object within
    one analysis (by identity, with the count, which keeps it alive).

    Counts are mostly shared objects. Their key tells any two unequal
    counts apart (each field is in it; a ``None`` field differs from any
    value beside it, or only one qualifier allows the field), so counts
    with equal keys are equal: distinct counts are found and ordered by
    their keys, without hashing a count (a Python call each).
    """

    __slots__ = ("known",)

    def __init__(self) -> None:
        self.known: dict[int, tuple[tuple[Any, ...], Count]] = {}

    def key(self, count: Count) -> tuple[Any, ...]:
        """The count's :func:`count_key`."""
        found = self.known.get(id(count))
        if found is None:
            found = self.known[id(count)] = (count_key(count), count)
        return found[0]

    def distinct(self, figures: Iterable[Figure]) -> tuple[Count, ...]:
        """The distinct counts of some figures, lowest first: :attr:`Claim.counts`."""
        objects = {id(c): c for c in map(_count_of, figures)}
        if len(objects) == 1:
            return tuple(objects.values())
        known, key = self.known.get, self.key
        by_key: dict[tuple[Any, ...], Count] = {}
        for oid, count in objects.items():
            found = known(oid)
            by_key.setdefault(key(count) if found is None else found[0], count)
        return tuple(by_key[k] for k in sorted(by_key))


def top_figure(count: Count) -> int:
    """
    The highest number a report gives: the top of a range, the number stated
    (for "about 14" that is 14, not the band's ceiling), else (a vague word)
    its floor.
    """
    if count.stated_high is not None:
        return count.stated_high
    if count.stated is not None:
        return count.stated
    return count.low


def consensus(counts: Iterable[Count]) -> tuple[int, int | None, bool]:
    """
    Return ``(low, high, consistent)`` for some counts.

    When every pair of ranges overlaps (for intervals, that is when all share
    a point), the range is their intersection, widened to hold the number
    each exact report states (a rounded "3.6 million" beside "more than 3.6
    million" keeps 3,600,000 in range). Otherwise it runs from the lowest
    floor to the highest figure reported (:func:`top_figure`).

    One pass, no lists: claims are made by the hundred thousand.

    Raises:
        ValueError: no counts.
    """
    exact = Qualifier.EXACT
    highest_floor = lowest_floor = top = -1
    ceiling: int | None = None
    point_low: int | None = None
    point_high = -1
    # Comparisons rather than ``max``/``min`` calls: this loop runs for every figure.
    for c in counts:
        floor = c.low
        if floor > highest_floor:  # noqa: PLR1730 - no max() call per figure
            highest_floor = floor
        if floor < lowest_floor or lowest_floor < 0:
            lowest_floor = floor
        high = c.high
        if high is not None and (ceiling is None or high < ceiling):
            ceiling = high
        stated = c.stated
        if stated is not None and c.qualifier is exact:
            if point_low is None or stated < point_low:
                point_low = stated
            if stated > point_high:  # noqa: PLR1730 - no max() call per figure
                point_high = stated
        # ``top_figure(c)``, inline.
        figure = c.stated_high
        if figure is None:
            figure = floor if stated is None else stated
        if figure > top:  # noqa: PLR1730 - no max() call per figure
            top = figure
    if lowest_floor < 0:
        raise ValueError("consensus() of no counts")
    if ceiling is None or highest_floor <= ceiling:
        if point_low is None:
            return highest_floor, ceiling, True
        return (
            min(highest_floor, point_low),
            None if ceiling is None else max(ceiling, point_high),
            True,
        )
    return lowest_floor, max(lowest_floor, top), False


def claim_range(figures: tuple[Figure, ...]) -> tuple[int, int | None, bool]:
    """
    A claim's ``(low, high, consistent)``: the :func:`consensus` of its
    figures' counts; for one figure, its range widened to hold the number
    it states exactly.
    """
    if len(figures) == 1:
        c = figures[0].count
        point = c.stated if c.qualifier is Qualifier.EXACT else None
        low = c.low if point is None else min(c.low, point)
        high = c.high if point is None or c.high is None else max(c.high, point)
        return low, high, True
    return consensus([f.count for f in figures])


@attrs.frozen(kw_only=True)
class Claim:
    """
    Figures that report the same thing, with who stands behind them.

    Attributes:
        key: what was counted, where and when (normalised).
        figures: every figure in the claim, in a stable order.
        claimants: for each figure (same order), its claimant in normal form
            (``"Turkey defense ministry"``), or ``None`` when the text names
            none (the outlet's own reporting).
        independents: for each figure (same order), the key of its
            independent claimant: a state for a state organ whose country is
            known, a known source's independence group (see
            docs/aggregation.md), the claimant otherwise, the outlet for
            unattributed figures.
        dates: the distinct incident dates of an incident claim; two dates a
            day apart mean the reports may describe one incident.

    ``low``, ``high`` and ``consistent`` are derived from the figures' counts.

    .. versionadded:: 0.1.0
    """

    key: ClaimKey
    figures: tuple[Figure, ...]
    claimants: tuple[str | None, ...]
    independents: tuple[str, ...]
    dates: tuple[dt.date, ...] = ()
    _low: int = attrs.field(init=False, eq=False, hash=False, repr=False)
    _high: int | None = attrs.field(init=False, eq=False, hash=False, repr=False)
    _consistent: bool = attrs.field(init=False, eq=False, hash=False, repr=False)

    def __attrs_post_init__(self) -> None:
        """Derive the consensus range once (the class is frozen)."""
        low, high, consistent = claim_range(self.figures)
        object.__setattr__(self, "_low", low)
        object.__setattr__(self, "_high", high)
        object.__setattr__(self, "_consistent", consistent)

    @property
    def low(self) -> int:
        """The consensus floor (see :func:`consensus`)."""
        return self._low

    @property
    def high(self) -> int | None:
        """The consensus ceiling (``None``: no ceiling)."""
        return self._high

    @property
    def consistent(self) -> bool:
        """Whether every report can be true at once."""
        return self._consistent

    @property
    def outlets(self) -> tuple[str, ...]:
        """The distinct outlets that carry the claim (unnamed ones by document)."""
        return tuple(sorted({outlet_key(f.source) for f in self.figures}))

    @property
    def independent_claimants(self) -> tuple[str, ...]:
        """The distinct independent claimants behind the claim."""
        return tuple(sorted(set(self.independents)))

    @property
    def possibly_same_incident(self) -> bool:
        """Whether the claim joins reports dated a day apart (see ``DATE_TOLERANCE``)."""
        return len(self.dates) > 1

    @property
    def counts(self) -> tuple[Count, ...]:
        """The distinct counts reported, lowest first."""
        # Count objects are mostly shared: only distinct objects are hashed
        # (a Python call each), first occurrences first, as a set of all would.
        distinct = {id(c): c for c in map(_count_of, self.figures)}
        if len(distinct) == 1:
            return tuple(distinct.values())
        return tuple(sorted(set(distinct.values()), key=count_key))

    @property
    def subject(self) -> str:
        """A readable name of the counted group: ``"Turkey military"``."""
        return " ".join(p for p in (self.key.side, self.key.group) if p) or "unspecified"

    @property
    def location(self) -> str | None:
        """A readable name of the place (its most specific part), or ``None``."""
        return place_label(self.key.place)

    def claimant_of(self, figure: Figure) -> str | None:
        """
        Return the normalised claimant of one of the claim's figures.

        Raises:
            ValueError: the figure is not in the claim.
        """
        return self.claimants[self.figures.index(figure)]


@attrs.frozen(kw_only=True)
class ContradictionSide:
    """
    One count reported in a contradiction, with every report of it.

    Attributes:
        count: the count as stated.
        place: the place of the claim the reports belong to (they differ
            between sides only for a total that does not fit inside the
            total of the wider place).
        figures: the reports stating it.
        claimants: their normalised claimants (same order; ``None``:
            unattributed).
        independents: their independent claimants (same order).

    .. versionadded:: 0.1.0
    """

    count: Count
    place: PlacePath | None
    figures: tuple[Figure, ...]
    claimants: tuple[str | None, ...]
    independents: tuple[str, ...]

    @property
    def outlets(self) -> tuple[str, ...]:
        """The distinct outlets on this side."""
        return tuple(sorted({outlet_key(f.source) for f in self.figures}))


def _below(a: Count, b: Count) -> bool:
    """Whether ``a``'s range lies entirely below ``b``'s."""
    return a.high is not None and a.high < b.low


@attrs.frozen(kw_only=True)
class Contradiction:
    """
    Reports of one claim (or of nested places) that cannot all be true.

    Only the sides are kept: which pairs conflict follows from their counts
    (:attr:`conflicts`), so a claim stated with many different counts costs
    space linear in its reports.

    Attributes:
        claims: the claim the reports belong to; for ``relation="within"``,
            the claim of the inner place and the claim of the wider place.
        sides: one side per distinct count, lowest first (for
            ``relation="within"``: the inner claim's sides, then the outer's).
        kind: ``"revision"`` when every conflicting pair shares an
            independent claimant (the same source changed its figure),
            ``"conflict"`` when different claimants disagree.
        relation: ``"same"`` when the reports describe one claim;
            ``"within"`` when a total for a place exceeds the total reported
            for a wider place that contains it (Tripoli inside Libya).

    .. versionadded:: 0.1.0
    """

    claims: tuple[Claim, ...]
    sides: tuple[ContradictionSide, ...]
    kind: Literal["revision", "conflict"]
    relation: Literal["same", "within"] = "same"

    @property
    def key(self) -> ClaimKey:
        """The key of the (outer) claim."""
        return self.claims[-1].key

    @property
    def counts(self) -> tuple[Count, ...]:
        """The count of each side."""
        return tuple(s.count for s in self.sides)

    @property
    def inner_sides(self) -> int:
        """How many of :attr:`sides` belong to the inner claim (``relation="within"``)."""
        return len(self.sides) if self.relation == "same" else len(self.claims[0].counts)

    def conflicting(self, i: int, j: int) -> bool:
        """Whether sides ``i`` and ``j`` cannot both be true."""
        a, b = self.sides[i].count, self.sides[j].count
        if self.relation == "within":
            inner = self.inner_sides
            if (i < inner) == (j < inner):
                return False
            if i >= inner:
                a, b = b, a
            return _below(b, a)
        return i != j and not a.compatible(b)

    def conflict_counts(self) -> tuple[int, ...]:
        """
        For each side, how many sides it cannot be true beside; computed from
        the counts in ``O(n log n)``, without listing pairs.
        """
        if self.relation == "within":
            inner = self.inner_sides
            outer_highs = sorted(
                s.count.high for s in self.sides[inner:] if s.count.high is not None
            )
            inner_lows = sorted(s.count.low for s in self.sides[:inner])
            result = []
            for i, side in enumerate(self.sides):
                c = side.count
                if i < inner:
                    n = bisect.bisect_left(outer_highs, c.low)
                else:
                    n = (
                        0
                        if c.high is None
                        else len(inner_lows) - bisect.bisect_right(inner_lows, c.high)
                    )
                result.append(n)
            return tuple(result)
        highs = sorted(s.count.high for s in self.sides if s.count.high is not None)
        lows = sorted(s.count.low for s in self.sides)
        out = []
        for side in self.sides:
            c = side.count
            n = bisect.bisect_left(highs, c.low)  # sides entirely below
            if c.high is not None:
                n += len(lows) - bisect.bisect_right(lows, c.high)  # entirely above
            out.append(n)
        return tuple(out)

    @property
    def conflicts(self) -> tuple[tuple[int, int], ...]:
        """
        The pairs of sides (indexes into ``sides``, ``i < j``) that cannot both
        be true. A side may conflict with some sides and not others ("at least
        2" is compatible with both 2 and 3). Listing every pair is quadratic
        in the sides; :meth:`conflict_counts` is not.
        """
        n = len(self.sides)
        return tuple((i, j) for i in range(n) for j in range(i + 1, n) if self.conflicting(i, j))


@attrs.frozen(kw_only=True)
class TotalPoint:
    """
    A running total on one as-of date, beside what the incident reports give.

    Attributes:
        as_of: the date the total speaks for.
        claim: the reported total (all reports for that date).
        derived_low, derived_high: the previous reported total plus the
            incidents reported since (for the first point: the incidents since
            the period started, when the period's start is known), else
            ``None``.
        base: the as-of date of the previous total used as a base, if any.
        incidents: the incident claims added to the base.
        incident_low, incident_high: the sum of all incident reports from the
            period's start (or the first point) to this date; never decreases.
        reconciles: for each count of the claim (lowest first), whether it is
            compatible with the derived range (``None``: nothing derived).
        revised_down: the total is entirely below the previous point's: a
            revision (or an error), not growth.

    .. versionadded:: 0.1.0
    """

    as_of: dt.date
    claim: Claim
    derived_low: int | None
    derived_high: int | None
    base: dt.date | None
    incidents: tuple[Claim, ...]
    incident_low: int
    incident_high: int | None
    reconciles: tuple[bool | None, ...]
    revised_down: bool

    @property
    def reconciled(self) -> bool | None:
        """Whether every count of the point matches the derived range (``None``: unknown)."""
        if self.derived_low is None:
            return None
        return all(self.reconciles)


@attrs.frozen(kw_only=True)
class RunningTotal:
    """
    The timeline of reported totals for one category, group, side and place.

    Attributes:
        category, side, group, place, period_start: what the totals count.
        points: one point per as-of date, in date order.
        incidents: the incident claims inside the place and period.

    .. versionadded:: 0.1.0
    """

    category: Category
    side: str | None
    group: str | None
    place: PlacePath | None
    period_start: dt.date | None
    points: tuple[TotalPoint, ...]
    incidents: tuple[Claim, ...]

    @property
    def reconciled(self) -> bool | None:
        """Whether every point with a derived range matches it (``None``: nothing derived)."""
        known = [p.reconciled for p in self.points if p.reconciled is not None]
        return all(known) if known else None

    @property
    def subject(self) -> str:
        """A readable name of the counted group."""
        return " ".join(p for p in (self.side, self.group) if p) or "unspecified"


@attrs.frozen(kw_only=True)
class Estimate:
    """
    Low, best and high for a claim (or, from :func:`tally`, a category).

    Attributes:
        category: what is counted.
        low: the low estimate.
        best: the best estimate, ``low <= best``, except that the reports
            of open floors alone give their stated number ("more than 40"
            is best 40, as event coders record it, with low 41).
        high: the high estimate, ``low <= high`` and ``best <= high``;
            ``None`` for no ceiling.
        policy: the name of the policy that made it.
        key: the claim's key (``None`` for a tally of several claims).
        claims: the claims it rests on (one for a claim's estimate).

    .. versionadded:: 0.1.0
    """

    category: Category
    low: int
    best: int
    high: int | None
    policy: str
    key: ClaimKey | None = None
    claims: tuple[Claim, ...] = ()

    def __attrs_post_init__(self) -> None:
        """Reject an estimate whose numbers are out of order."""
        check_estimate(self.low, self.best, self.high)


def check_estimate(low: int, best: int, high: int | None) -> None:
    """
    Reject an estimate whose numbers are out of order.

    Raises:
        InvalidPolicy: not ``0 <= low``, ``0 <= best``, ``low <= high`` and ``best <= high``.
    """
    if low < 0 or best < 0 or (high is not None and (high < best or high < low)):
        raise InvalidPolicy(
            f"an estimate must satisfy 0 <= low <= high and best <= high, got "
            f"low={low}, best={best}, high={high}"
        )


_key_of, _kind_of = attrgetter("key"), attrgetter("kind")


def totals_of(claims: Sequence[Claim]) -> Iterator[Claim]:
    """The total claims among some claims, in order (picked in C: most are incidents)."""
    return compress(claims, map(is_, map(_kind_of, map(_key_of, claims)), repeat(ClaimKind.TOTAL)))


def memory_order(items: Sequence[object]) -> list[int]:
    """
    The positions of some objects in the order they lie in memory (CPython's
    ``id`` is the address; elsewhere this is merely some order).

    Claims are made in the order of their figures and lie in memory near
    them, so a stage that reads each claim's figures for that claim alone
    reads them in this order, not scattered as key order would: at a
    million figures, most reads would otherwise miss the processor's caches.
    """
    ids = list(map(id, items))
    return sorted(range(len(ids)), key=ids.__getitem__)


def add(a: int | None, b: int | None) -> int | None:
    """The sum of two ceilings (``None``: no ceiling)."""
    return None if a is None or b is None else a + b


def sum_range(
    claims: Iterable[Claim], low: int = 0, high: int | None = 0
) -> tuple[int, int | None]:
    """Add the claims' ranges to ``[low, high]``."""
    for c in claims:
        low += c.low
        high = add(high, c.high)
    return low, high


def holds(estimate: Estimate, n: int) -> bool:
    """Whether ``n`` lies within an estimate's range (a ``None`` high: no ceiling)."""
    return estimate.low <= n and (estimate.high is None or n <= estimate.high)


def overlaps(count: Count, low: int, high: int | None) -> bool:
    """Whether a count's range meets ``[low, high]`` (``None``: no ceiling)."""
    return (high is None or count.low <= high) and (count.high is None or low <= count.high)
