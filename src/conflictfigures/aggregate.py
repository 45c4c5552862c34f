"""
Figures from many outlets, set side by side: claims, corroboration,
contradictions, running totals and estimates.

A :class:`Ledger` holds figures from any number of documents.
It groups them into :class:`Claim` objects (the same thing counted: same
category, group, side, place and incident date or as-of date), says how many
outlets and independent claimants stand behind each claim, finds the
:class:`Contradiction` objects among them (reports whose ranges cannot all be
true), lays running totals out in time as :class:`RunningTotal` objects beside
the sum of the incident reports, and gives each claim a low / best / high
:class:`Estimate` under a replaceable :class:`EstimatePolicy`.
:func:`tally` answers the everyday question for one article or any set of
figures: what toll does it report, per category?

Every result is a function of the *set* of figures: the order they were added
in, adding one twice, or building ledgers over parts of a corpus and merging
them changes nothing. The matching rules are in docs/aggregation.md.

>>> from conflictfigures import Category, Count, Figure, Source, Span
>>> def report(n, outlet, qualifier="exact"):
...     return Figure(category=Category.KILLED, count=Count.read(n, qualifier),
...                   span=Span(start=0, end=3), surface="two",
...                   subject="Turkish soldiers", location="Idlib",
...                   date=dt.date(2020, 2, 27), source=Source(outlet=outlet))
>>> ledger = Ledger([report(2, "Haaretz"), report(2, "AP", "at_least"), report(3, "AFP")])
>>> [claim] = ledger.claims()
>>> claim.key.id
'killed/incident/Turkey/military/syria>northwest syria>idlib/2020-02-27'
>>> [c.low for c in ledger.contradictions()[0].counts]
[2, 2, 3]
>>> est = ledger.estimates()[0]
>>> est.low, est.best, est.high
(2, 2, 3)

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import bisect
import contextlib
import datetime as dt
import enum
import gc
import itertools
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any, Literal, NamedTuple, cast

import attrs

from conflictfigures._groups import (
    ClaimantName,
    normalise_claimant,
    normalise_subject,
    outlet_key,
    resolve_claimants,
)
from conflictfigures._places import PlacePath, is_within, normalise_place
from conflictfigures.errors import InvalidFigure, InvalidPolicy
from conflictfigures.models import Category, Count, Figure, Qualifier
from conflictfigures.policy import ACLED_POLICY, DEFAULT_POLICY, BoundsPolicy

__all__ = [
    "ACLED_ESTIMATE",
    "DEFAULT_ESTIMATE",
    "MINMAX_ESTIMATE",
    "UCDP_ESTIMATE",
    "Claim",
    "ClaimKey",
    "ClaimKind",
    "Contradiction",
    "ContradictionSide",
    "Estimate",
    "EstimatePolicy",
    "EstimateRule",
    "Ledger",
    "RunningTotal",
    "TotalPoint",
    "tally",
]

#: Incident dates this many days apart may be one incident reported from
#: different time zones or news cycles ("late on Wednesday" / "on Thursday").
DATE_TOLERANCE = dt.timedelta(days=1)

_ONE_DAY = dt.timedelta(days=1)


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


def _iso(value: dt.date | None) -> str:
    return "" if value is None else value.isoformat()


def _place_label(place: PlacePath | None) -> str | None:
    if place is None:
        return None
    return " ".join(w[:1].upper() + w[1:] for w in place[-1].split())


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
            _iso(self.date) or "-",
        ]
        if self.period_start is not None:
            parts.append("from " + self.period_start.isoformat())
        return "/".join(parts)

    def sort_key(self) -> tuple[str, ...]:
        """A total order on keys, for stable output."""
        return (
            self.category.value,
            self.kind.value,
            self.side or "",
            self.group or "",
            "\x00".join(self.place or ()),
            _iso(self.date),
            _iso(self.period_start),
        )


def _count_key(count: Count) -> tuple[Any, ...]:
    """A total order on counts: by bounds, then by how they were written."""
    return (
        count.low,
        count.high is None,
        count.high or 0,
        count.stated is None,
        count.stated or 0,
        count.qualifier.value,
        count.stated_high or 0,
        count.vague or "",
        count.rounding,
    )


def _opt(value: object) -> tuple[bool, str]:
    return (value is not None, "" if value is None else str(value))


def _figure_sort_key(figure: Figure) -> tuple[Any, ...]:
    """
    A total order on figures (by publication, outlet, document, position,
    then every other field), so that results never depend on insertion order.
    """
    period = figure.period
    return (
        *_cheap_sort_key(figure),
        figure.category.value,
        _count_key(figure.count),
        _opt(figure.subject),
        _opt(figure.side),
        _opt(figure.location),
        _opt(figure.date),
        _opt(None if period is None else (_iso(period.start), _iso(period.end))),
        figure.cumulative,
        _opt(figure.claimed_by),
        _opt(figure.sentence),
        _opt(None if figure.sentence_span is None else figure.sentence_span.start),
    )


def _consensus(counts: Iterable[Count]) -> tuple[int, int | None, bool]:
    """
    Return ``(low, high, consistent)`` for some counts.

    When every pair of ranges overlaps (for intervals, that is when all share
    a point), the range is their intersection. Otherwise it is the span from
    the lowest floor to the highest figure stated: the highest ceiling, where
    an open-ended count ("at least 16") contributes its floor.
    """
    cs = list(counts)
    low = max(c.low for c in cs)
    ceilings = [c.high for c in cs if c.high is not None]
    high = min(ceilings) if ceilings else None
    if high is None or low <= high:
        return low, high, True
    return (
        min(c.low for c in cs),
        max(c.high if c.high is not None else c.low for c in cs),
        False,
    )


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
            known, the claimant otherwise, the outlet for unattributed figures.
        dates: the distinct incident dates of an incident claim; two dates a
            day apart mean the reports may describe one incident.
        low: the consensus floor: the intersection of the reports' ranges when
            they agree, else the lowest floor.
        high: the consensus ceiling (``None``: no ceiling): the intersection's
            top when the reports agree, else the highest figure reported.
        consistent: whether every report can be true at once.

    .. versionadded:: 0.1.0
    """

    key: ClaimKey
    figures: tuple[Figure, ...]
    claimants: tuple[str | None, ...]
    independents: tuple[str, ...]
    dates: tuple[dt.date, ...] = ()
    low: int
    high: int | None
    consistent: bool

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
        """Whether the claim joins reports dated a day apart (see :data:`DATE_TOLERANCE`)."""
        return len(self.dates) > 1

    @property
    def counts(self) -> tuple[Count, ...]:
        """The distinct counts reported, lowest first."""
        return tuple(sorted({f.count for f in self.figures}, key=_count_key))

    @property
    def subject(self) -> str:
        """A readable name of the counted group: ``"Turkey military"``."""
        return " ".join(p for p in (self.key.side, self.key.group) if p) or "unspecified"

    @property
    def location(self) -> str | None:
        """A readable name of the place (its most specific part), or ``None``."""
        return _place_label(self.key.place)

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


@attrs.frozen(kw_only=True)
class Contradiction:
    """
    Reports of one claim (or of nested places) that cannot all be true.

    Attributes:
        claims: the claim the reports belong to; for ``relation="within"``,
            the claim of the inner place and the claim of the wider place.
        sides: one side per distinct count, lowest first.
        conflicts: the pairs of sides (indexes into ``sides``) that cannot
            both be true. A side may conflict with some sides and not others
            ("at least 2" is compatible with both 2 and 3).
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
    conflicts: tuple[tuple[int, int], ...]
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


# ---------------------------------------------------------------------------
# Estimates
# ---------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Estimate:
    """
    Low, best and high for a claim (or, from :func:`tally`, a category).

    Attributes:
        category: what is counted.
        low: the low estimate.
        best: the best estimate, ``low <= best``.
        high: the high estimate, ``best <= high``; ``None`` for no ceiling.
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
        if not 0 <= self.low <= self.best or (self.high is not None and self.high < self.best):
            raise InvalidPolicy(
                f"an estimate must satisfy 0 <= low <= best <= high, got "
                f"low={self.low}, best={self.best}, high={self.high}"
            )


#: A replacement estimate rule: takes a claim, returns ``(low, best, high)``.
EstimateRule = Callable[[Claim], tuple[int, int, int | None]]


def _lower_median(values: Sequence[int]) -> int:
    ordered = sorted(values)
    return ordered[(len(ordered) - 1) // 2]


@attrs.frozen(kw_only=True)
class EstimatePolicy:
    """
    How a claim's reports become one low / best / high estimate.

    A frozen object: copy and change it with :func:`attrs.evolve`, or pass any
    callable ``(claim) -> (low, best, high)`` (an :data:`EstimateRule`)
    wherever a policy is accepted.

    Attributes:
        name: a label for records.
        low: ``"consensus"``: the claim's consensus floor (the intersection of
            agreeing reports, the lowest floor when they conflict);
            ``"lowest"``: always the lowest floor.
        best: ``"median"``: the lower median of the reports' best numbers,
            one per independent claimant and count, kept within
            ``[low, high]``; ``"lowest"``: the low estimate (the most
            conservative figure); ``"midpoint"``: halfway between low and
            high (``low`` without a ceiling).
        high: ``"consensus"``: the claim's consensus ceiling;
            ``"highest"``: the highest ceiling reported, ``None`` if any
            report has none.
        bounds: re-read every count under this bounds policy first (``None``:
            keep the bounds the figures carry).

    >>> UCDP_ESTIMATE.best, ACLED_ESTIMATE.best, MINMAX_ESTIMATE.high
    ('median', 'lowest', 'highest')

    .. versionadded:: 0.1.0
    """

    name: str
    low: Literal["consensus", "lowest"] = attrs.field(default="consensus")
    best: Literal["median", "lowest", "midpoint"] = attrs.field(default="median")
    high: Literal["consensus", "highest"] = attrs.field(default="consensus")
    bounds: BoundsPolicy | None = None

    @low.validator
    def _check_low(self, _a: attrs.Attribute[Any], value: object) -> None:
        if value not in ("consensus", "lowest"):
            raise InvalidPolicy(f"'low' must be 'consensus' or 'lowest', got {value!r}")

    @best.validator
    def _check_best(self, _a: attrs.Attribute[Any], value: object) -> None:
        if value not in ("median", "lowest", "midpoint"):
            raise InvalidPolicy(f"'best' must be 'median', 'lowest' or 'midpoint', got {value!r}")

    @high.validator
    def _check_high(self, _a: attrs.Attribute[Any], value: object) -> None:
        if value not in ("consensus", "highest"):
            raise InvalidPolicy(f"'high' must be 'consensus' or 'highest', got {value!r}")

    def __call__(self, claim: Claim) -> tuple[int, int, int | None]:
        """Return ``(low, best, high)`` for a claim."""
        figures = claim.figures
        counts = [f.count for f in figures]
        if self.bounds is not None:
            counts = [c.rebound(self.bounds) for c in counts]
        c_low, c_high, _ = _consensus(counts)
        low = c_low if self.low == "consensus" else min(c.low for c in counts)
        if self.high == "consensus":
            high = c_high
        else:
            high = None if any(c.high is None for c in counts) else max(c.high or 0 for c in counts)
        low = min(low, high) if high is not None else low
        if self.best == "lowest":
            best = low
        elif self.best == "midpoint":
            best = low if high is None else (low + high) // 2
        else:
            bests_policy = self.bounds or DEFAULT_POLICY
            per_claimant = {
                (ind, count): bests_policy.best(count)
                for ind, count in zip(claim.independents, counts, strict=True)
            }
            best = _lower_median(list(per_claimant.values()))
            best = max(low, best if high is None else min(best, high))
        return low, best, high


#: UCDP GED-style: low and high bound what the reports allow together, best is
#: the median report. The default.
UCDP_ESTIMATE = EstimatePolicy(name="ucdp")

#: The library's default estimate policy (:data:`UCDP_ESTIMATE`).
DEFAULT_ESTIMATE = UCDP_ESTIMATE

#: ACLED-style: the most conservative figure is the best estimate, and vague
#: words take ACLED's fixed readings.
ACLED_ESTIMATE = EstimatePolicy(name="acled", best="lowest", bounds=ACLED_POLICY)

#: IBC- and Airwars-style minimum-maximum range over every report, best halfway.
MINMAX_ESTIMATE = EstimatePolicy(name="minmax", low="lowest", best="midpoint", high="highest")


def _policy_name(policy: EstimatePolicy | EstimateRule) -> str:
    if isinstance(policy, EstimatePolicy):
        return policy.name
    return str(getattr(policy, "__name__", type(policy).__name__))


def _estimate(claim: Claim, policy: EstimatePolicy | EstimateRule) -> Estimate:
    low, best, high = policy(claim)
    return Estimate(
        category=claim.key.category,
        low=low,
        best=best,
        high=high,
        policy=_policy_name(policy),
        key=claim.key,
        claims=(claim,),
    )


# ---------------------------------------------------------------------------
# Normalisation of one figure
# ---------------------------------------------------------------------------


class _Norm(NamedTuple):
    """What the matching rules read from one figure."""

    category: Category
    cat: str  # the category's value: cheaper to hash than the enum
    incident: bool
    side: str | None
    group: str | None
    place: PlacePath | None
    kind: ClaimKind
    date: dt.date | None  # incident date, or the total's as-of date
    period_start: dt.date | None
    doc: tuple[str | None, str | None, str | None, dt.date | None]
    claimant: ClaimantName | None


def _normalise(figure: Figure) -> _Norm:
    side, group = normalise_subject(figure.category, figure.subject, figure.side)
    place = normalise_place(figure.location)
    kind = ClaimKind.TOTAL
    date = figure.as_of
    if not figure.cumulative and figure.date is not None and figure.period is None:
        kind = ClaimKind.INCIDENT
    src = figure.source
    return _Norm(
        category=figure.category,
        cat=figure.category.value,
        incident=kind is ClaimKind.INCIDENT,
        side=side,
        group=group,
        place=place,
        kind=kind,
        date=date,
        period_start=None if figure.period is None else figure.period.start,
        doc=(src.doc_id, src.url, src.outlet, src.published),
        claimant=None if figure.claimed_by is None else normalise_claimant(figure.claimed_by),
    )


# ---------------------------------------------------------------------------
# Grouping figures into claims
# ---------------------------------------------------------------------------

_Target = tuple[str | None, str | None, PlacePath | None, dt.date | None]
_Slot = tuple[str, bool, dt.date | None]
_Doc = tuple[str | None, str | None, str | None, dt.date | None]


def _prefixes(place: PlacePath | None, *, hierarchy: bool) -> list[PlacePath | None]:
    if place is None:
        return [None]
    if not hierarchy:
        return [place, None]
    return [place[:i] for i in range(len(place), 0, -1)] + [None]


def _slot(n: _Norm) -> _Slot:
    """Incidents are matched within their date; totals across all dates."""
    return (n.cat, n.incident, n.date if n.incident else None)


class _Index:
    """
    The known targets of each slot (a known group and place, with the side
    and period start as reported) and the documents behind them; their
    partial patterns are indexed on first use, so a figure with unknown
    parts finds its compatible targets by one lookup.

    For incidents only the most specific places are targets (a figure in
    "northwest Syria" is matched to the Idlib claim, not kept beside it).
    """

    __slots__ = ("_inner", "_patterns", "counts", "support")

    def __init__(
        self, norms: Sequence[_Norm], sides: Sequence[str | None], counts: Sequence[Count]
    ) -> None:
        support: dict[_Slot, dict[_Target, set[_Doc]]] = defaultdict(lambda: defaultdict(set))
        #: The counts reported for each total with a known period start.
        self.counts: dict[tuple[_Slot, _Target], list[Count]] = defaultdict(list)
        for n, side, count in zip(norms, sides, counts, strict=True):
            if n.group is not None and n.place is not None:
                start = None if n.incident else n.period_start
                target = (side, n.group, n.place, start)
                support[_slot(n)][target].add(n.doc)
                if start is not None:
                    self.counts[(_slot(n), target)].append(count)
        self.support = support
        self._inner: dict[_Slot, set[_Target]] = {}
        self._patterns: dict[_Slot, dict[_Target, set[_Target]]] = {}

    def inner(self, slot: _Slot) -> set[_Target]:
        """Targets of an incident slot whose place has a more specific target below it."""
        found = self._inner.get(slot)
        if found is None:
            found = set()
            if slot[1]:
                for s, g, p, st in self.support.get(slot, {}):
                    if p is not None:
                        found.update((s, g, p[:i], st) for i in range(1, len(p)))
            self._inner[slot] = found
        return found

    def patterns(self, slot: _Slot) -> dict[_Target, set[_Target]]:
        """Every partial pattern of the slot's targets, to the targets it matches."""
        found = self._patterns.get(slot)
        if found is None:
            hierarchy = slot[1]
            inner = self.inner(slot)
            index: dict[_Target, set[_Target]] = defaultdict(set)
            for target in self.support.get(slot, {}):
                if target in inner:
                    continue
                side, group, place, start = target
                for sd in {side, None}:
                    for st in {start, None}:
                        for pl in _prefixes(place, hierarchy=hierarchy):
                            for gr in (group, None):
                                index[(sd, gr, pl, st)].add(target)
            found = self._patterns[slot] = dict(index)
        return found


def _document_sides(norms: Sequence[_Norm]) -> list[str | None]:
    """
    Fill a figure's unknown side from its own document.

    Rule: a group without a side ("two soldiers", "20 service members")
    takes the side the same document gives that group in figures of the same
    category, if it gives exactly one.
    """
    found: dict[tuple[_Doc, str, str], set[str]] = defaultdict(set)
    for n in norms:
        if n.side is not None and n.group is not None:
            found[(n.doc, n.cat, n.group)].add(n.side)
    sides: list[str | None] = []
    for n in norms:
        side = n.side
        if side is None and n.group is not None:
            known = found.get((n.doc, n.cat, n.group), set())
            if len(known) == 1:
                side = next(iter(known))
        sides.append(side)
    return sides


def _fits_period(count: Count, reported: Iterable[Count]) -> bool:
    """
    Whether a total without a period can join a period's reports: its count
    can be true beside each of them.  One that cannot may count over a longer
    stretch ("home to millions of people displaced", over the whole war), so
    it stays a total of its own rather than contradict them.
    """
    return all(count.compatible(c) for c in reported)


def _resolve(n: _Norm, side: str | None, index: _Index, count: Count) -> _Target:
    """
    Fill a figure's unknown group, place or period start (and side), or
    narrow an incident's place to the one specific place it can be.

    Rule: among the known targets of the same category and kind (incidents:
    on the same date or a day either side; totals: any as-of date), the
    targets compatible with what the figure does say are looked up; if
    there is exactly one, the figure takes it, otherwise it keeps its own
    (partial) key. A target that only the figure's own document supports,
    on another date, is a different incident and not a candidate.
    A total without a period start takes one only where it fits that
    period's reports (``_fits_period``).
    """
    start = None if n.incident else n.period_start
    own: _Target = (side, n.group, n.place, start)
    known = side is not None and n.group is not None and n.place is not None
    if n.incident and n.date is not None:
        if known and own not in index.inner(_slot(n)):
            return own  # fully known, and no more specific place to narrow to
        days: list[dt.date | None] = [n.date, n.date - _ONE_DAY, n.date + _ONE_DAY]
    else:
        if known and start is not None:
            return own  # totals match places exactly: nothing to fill
        days = [None]
    found: set[_Target] = set()
    for day in days:
        slot = (n.cat, n.incident, day)
        if slot not in index.support:
            continue
        for target in index.patterns(slot).get(own, ()):
            if day != n.date and index.support[slot][target] == {n.doc}:
                continue
            found.add(target)
        if len(found) > 1:
            return own
    if len(found) == 1:
        target = next(iter(found))
        if (
            start is None
            and not n.incident
            and target[3] is not None
            and not _fits_period(count, index.counts[(_slot(n), target)])
        ):
            return own
        return target
    return own


def _windows(
    dates: Mapping[dt.date, set[tuple[Any, ...]]],
) -> list[list[dt.date]]:
    """
    Split sorted incident dates into windows of at most one day.

    Rule: going from the earliest date, a date joins the current window if
    it is within :data:`DATE_TOLERANCE` of the window's first date and no
    document reports on both (a document that gives two dates means two
    incidents).
    """
    windows: list[list[dt.date]] = []
    docs: set[tuple[Any, ...]] = set()
    for day in sorted(dates):
        if windows and day - windows[-1][0] <= DATE_TOLERANCE and not (docs & dates[day]):
            windows[-1].append(day)
            docs |= dates[day]
        else:
            windows.append([day])
            docs = set(dates[day])
    return windows


def _claimants_by_doc(norms: Sequence[_Norm]) -> list[ClaimantName | None]:
    """Resolve each figure's claimant within its document (see ``resolve_claimants``)."""
    per_doc: dict[_Doc, set[ClaimantName]] = defaultdict(set)
    for n in norms:
        if n.claimant is not None:
            per_doc[n.doc].add(n.claimant)
    resolved = {doc: resolve_claimants(names) for doc, names in per_doc.items()}
    return [None if n.claimant is None else resolved[n.doc][n.claimant] for n in norms]


def _cheap_sort_key(figure: Figure) -> tuple[Any, ...]:
    """The leading fields of :func:`_figure_sort_key`: provenance and position."""
    src = figure.source
    return (
        _opt(src.published),
        _opt(src.outlet),
        _opt(src.doc_id),
        _opt(src.url),
        figure.span.start,
        figure.span.end,
        figure.surface,
    )


def _ordered(indexes: Iterable[int], figures: Sequence[Figure]) -> list[int]:
    """Indexes in the figures' total order (see ``_figure_sort_key``)."""
    keyed = sorted((_cheap_sort_key(figures[i]), i) for i in indexes)
    if any(a[0] == b[0] for a, b in itertools.pairwise(keyed)):
        return sorted((i for _, i in keyed), key=lambda i: _figure_sort_key(figures[i]))
    return [i for _, i in keyed]


def _make_claim(
    key: ClaimKey,
    indexes: Iterable[int],
    figures: Sequence[Figure],
    claimants: Sequence[ClaimantName | None],
    dates: tuple[dt.date, ...] = (),
) -> Claim:
    order = _ordered(indexes, figures)
    ordered = [figures[i] for i in order]
    names = [claimants[i] for i in order]
    low, high, consistent = _consensus(f.count for f in ordered)
    return Claim(
        key=key,
        figures=tuple(ordered),
        claimants=tuple(None if c is None else c.label for c in names),
        independents=tuple(
            f"outlet:{outlet_key(f.source)}" if c is None else c.independent
            for f, c in zip(ordered, names, strict=True)
        ),
        dates=dates,
        low=low,
        high=high,
        consistent=consistent,
    )


def _build_claims(held: Mapping[Figure, _Norm]) -> list[Claim]:
    figures = list(held)
    norms = list(held.values())
    sides = _document_sides(norms)
    index = _Index(norms, sides, [f.count for f in figures])
    claimants = _claimants_by_doc(norms)
    incidents: dict[tuple[Any, ...], dict[dt.date, list[int]]] = defaultdict(
        lambda: defaultdict(list)
    )
    totals: dict[tuple[Any, ...], dict[dt.date | None, list[int]]] = defaultdict(
        lambda: defaultdict(list)
    )
    for i, n in enumerate(norms):
        side, group, place, start = _resolve(n, sides[i], index, figures[i].count)
        if n.incident and n.date is not None:
            incidents[(n.cat, side, group, place)][n.date].append(i)
        else:
            totals[(n.cat, side, group, place, n.date)][start].append(i)
    claims: list[Claim] = []
    for (cat, side, group, place), by_date in incidents.items():
        docs = {d: {norms[i].doc for i in idx} for d, idx in by_date.items()}
        for window in _windows(docs):
            key = ClaimKey(
                category=Category(cat),
                kind=ClaimKind.INCIDENT,
                side=side,
                group=group,
                place=place,
                date=window[0],
            )
            idx = [i for d in window for i in by_date[d]]
            claims.append(_make_claim(key, idx, figures, claimants, tuple(window)))
    incident_index = _incident_index(claims)
    total_groups: dict[ClaimKey, list[int]] = defaultdict(list)
    for (cat, side, group, place, as_of), by_start in totals.items():
        starts = [s for s in by_start if s is not None]
        groups: dict[dt.date | None, list[int]] = {s: list(by_start[s]) for s in starts}
        if None in by_start:
            # A total without a period start joins the one period reported
            # for its (known) place, where it fits that period's reports.
            target = starts[0] if len(starts) == 1 and place is not None else None
            dated = [figures[i].count for i in by_start[target]] if target is not None else []
            for i in by_start[None]:
                fits = _fits_period(figures[i].count, dated)
                groups.setdefault(target if fits else None, []).append(i)
        for start, idx in groups.items():
            key = ClaimKey(
                category=Category(cat),
                kind=ClaimKind.TOTAL,
                side=side,
                group=group,
                place=place,
                date=as_of,
                period_start=start,
            )
            for k, part in _earlier_states(key, idx, figures, incident_index):
                total_groups[k].extend(part)
    claims.extend(_make_claim(k, idx, figures, claimants) for k, idx in total_groups.items())
    claims.sort(key=lambda c: c.key.sort_key())
    return claims


class _Timeline(NamedTuple):
    """Incident claims in order of their last date, and those dates (for bisection)."""

    claims: list[Claim]
    last: list[dt.date]


_IncidentIndex = dict[tuple[Any, ...], _Timeline]


def _incident_index(claims: Iterable[Claim]) -> _IncidentIndex:
    """Incident claims by category, side, group and every prefix of their place, by date."""
    lists: dict[tuple[Any, ...], list[Claim]] = defaultdict(list)
    for claim in claims:
        k = claim.key
        if k.kind is not ClaimKind.INCIDENT:
            continue
        for place in _prefixes(k.place, hierarchy=True)[:-1] or [None]:
            lists[(k.category, k.side, k.group, place)].append(claim)
    index: _IncidentIndex = {}
    for key, found in lists.items():
        found.sort(key=lambda c: (c.dates[-1], c.key.sort_key()))
        index[key] = _Timeline(found, [c.dates[-1] for c in found])
    return index


def _covered(key: ClaimKey, index: _IncidentIndex, since: dt.date | None) -> list[Claim]:
    """
    The incident claims a total's scope covers, after ``since`` up to its
    as-of date, in order of their last date.
    """
    timeline = index.get((key.category, key.side, key.group, key.place))
    if timeline is None:
        return []
    lo = 0 if since is None else bisect.bisect_right(timeline.last, since)
    hi = len(timeline.last) if key.date is None else bisect.bisect_right(timeline.last, key.date)
    start = key.period_start
    return [c for c in timeline.claims[lo:hi] if start is None or c.dates[0] >= start]


def _earlier_states(
    key: ClaimKey,
    indexes: list[int],
    figures: Sequence[Figure],
    index: _IncidentIndex,
) -> list[tuple[ClaimKey, list[int]]]:
    """
    Split out totals that describe the state before the day's incidents.

    Rule: when the totals reported for one date disagree, a lower total
    that, plus the incidents reported within a day of that date, matches a
    higher total reported for the same date is the total *before* those
    incidents ("earlier this month, 13 were killed" beside "bringing the
    toll to 15"): it moves to a claim dated the day before the first of
    those incidents, a point in the time series rather than a side of a
    contradiction.
    """
    counts = sorted({figures[i].count for i in indexes}, key=_count_key)
    if key.date is None or len(counts) < 2 or _consensus(counts)[2]:
        return [(key, indexes)]
    recent = _covered(key, index, key.date - DATE_TOLERANCE - _ONE_DAY)
    if not recent:
        return [(key, indexes)]
    add_low = sum(c.low for c in recent)
    add_high: int | None = 0
    for c in recent:
        add_high = _add(add_high, c.high)
    earlier = {
        u
        for u in counts
        if u.high is not None
        and any(
            v.low > u.high and _overlaps(v, u.low + add_low, _add(u.high, add_high)) for v in counts
        )
    }
    if not earlier:
        return [(key, indexes)]
    before = min(c.dates[0] for c in recent) - _ONE_DAY
    return [
        (attrs.evolve(key, date=before), [i for i in indexes if figures[i].count in earlier]),
        (key, [i for i in indexes if figures[i].count not in earlier]),
    ]


# ---------------------------------------------------------------------------
# Contradictions
# ---------------------------------------------------------------------------


def _sides(claim: Claim) -> list[ContradictionSide]:
    by_count: dict[Count, list[int]] = defaultdict(list)
    for i, fig in enumerate(claim.figures):
        by_count[fig.count].append(i)
    return [
        ContradictionSide(
            count=count,
            place=claim.key.place,
            figures=tuple(claim.figures[i] for i in by_count[count]),
            claimants=tuple(claim.claimants[i] for i in by_count[count]),
            independents=tuple(claim.independents[i] for i in by_count[count]),
        )
        for count in sorted(by_count, key=_count_key)
    ]


def _kind(
    sides: Sequence[ContradictionSide], conflicts: Iterable[tuple[int, int]]
) -> Literal["revision", "conflict"]:
    for i, j in conflicts:
        if not set(sides[i].independents) & set(sides[j].independents):
            return "conflict"
    return "revision"


def _same_claim_contradiction(claim: Claim) -> Contradiction | None:
    if claim.consistent:
        return None
    sides = _sides(claim)
    conflicts = tuple(
        (i, j)
        for i in range(len(sides))
        for j in range(i + 1, len(sides))
        if not sides[i].count.compatible(sides[j].count)
    )
    return Contradiction(
        claims=(claim,), sides=tuple(sides), conflicts=conflicts, kind=_kind(sides, conflicts)
    )


def _nested_contradictions(claims: Sequence[Claim]) -> list[Contradiction]:
    """
    Totals for a place that exceed the total reported for a wider place on
    the same date: a total for Tripoli of at least 16 cannot sit inside a
    total for Libya of 2.
    """
    slots: dict[tuple[Any, ...], dict[PlacePath, list[Claim]]] = defaultdict(
        lambda: defaultdict(list)
    )
    for claim in claims:
        k = claim.key
        if k.kind is ClaimKind.TOTAL and k.place is not None and k.date is not None:
            slots[(k.category, k.side, k.group, k.date)][k.place].append(claim)
    found: list[Contradiction] = []
    for by_place in slots.values():
        for place, inner_claims in by_place.items():
            for cut in range(len(place) - 1, 0, -1):
                for outer in by_place.get(place[:cut], ()):
                    for inner in inner_claims:
                        starts = {inner.key.period_start, outer.key.period_start} - {None}
                        if len(starts) > 1:
                            continue
                        contradiction = _nested_pair(inner, outer)
                        if contradiction is not None:
                            found.append(contradiction)
    return found


def _nested_pair(inner: Claim, outer: Claim) -> Contradiction | None:
    inner_sides, outer_sides = _sides(inner), _sides(outer)
    sides = (*inner_sides, *outer_sides)
    offset = len(inner_sides)
    conflicts = tuple(
        (i, offset + j)
        for i, a in enumerate(inner_sides)
        for j, b in enumerate(outer_sides)
        if b.count.high is not None and a.count.low > b.count.high
    )
    if not conflicts:
        return None
    return Contradiction(
        claims=(inner, outer),
        sides=sides,
        conflicts=conflicts,
        kind=_kind(sides, conflicts),
        relation="within",
    )


def _contradiction_sort_key(c: Contradiction) -> tuple[Any, ...]:
    return (c.key.sort_key(), c.relation, tuple(cl.key.sort_key() for cl in c.claims))


# ---------------------------------------------------------------------------
# Running totals
# ---------------------------------------------------------------------------


def _overlaps(count: Count, low: int, high: int | None) -> bool:
    """Whether a count's range meets ``[low, high]`` (``None``: no ceiling)."""
    return (high is None or count.low <= high) and (count.high is None or low <= count.high)


def _add(a: int | None, b: int | None) -> int | None:
    return None if a is None or b is None else a + b


def _running_totals(claims: Sequence[Claim]) -> list[RunningTotal]:
    series: dict[tuple[Any, ...], list[Claim]] = defaultdict(list)
    for claim in claims:
        k = claim.key
        if k.kind is ClaimKind.TOTAL and k.date is not None:
            series[(k.category, k.side, k.group, k.place, k.period_start)].append(claim)
    index = _incident_index(claims)
    result: list[RunningTotal] = []
    for (category, side, group, place, start), points in series.items():
        points.sort(key=lambda c: c.key.sort_key())
        scope = points[-1].key
        in_order = _covered(scope, index, None)
        result.append(
            RunningTotal(
                category=category,
                side=side,
                group=group,
                place=place,
                period_start=start,
                points=tuple(_points(points, in_order, start)),
                incidents=tuple(sorted(in_order, key=lambda c: c.key.sort_key())),
            )
        )
    result.sort(
        key=lambda r: (
            r.category.value,
            r.side or "",
            r.group or "",
            "\x00".join(r.place or ()),
            _iso(r.period_start),
        )
    )
    return result


def _sum_range(
    claims: Iterable[Claim], low: int = 0, high: int | None = 0
) -> tuple[int, int | None]:
    for c in claims:
        low += c.low
        high = _add(high, c.high)
    return low, high


def _points(
    points: Sequence[Claim], incidents: Sequence[Claim], start: dt.date | None
) -> Iterator[TotalPoint]:
    """The points of a series; ``incidents`` are in order of their last date."""
    previous: Claim | None = None
    taken = 0  # incidents up to the previous point
    inc_low, inc_high = 0, cast("int | None", 0)
    for claim in points:
        as_of = claim.key.date
        assert as_of is not None  # noqa: S101 - series only hold dated totals
        since = previous.key.date if previous is not None else None
        upto = taken
        while upto < len(incidents) and incidents[upto].dates[-1] <= as_of:
            upto += 1
        added = tuple(incidents[taken:upto])
        taken = upto
        inc_low, inc_high = _sum_range(added, inc_low, inc_high)
        derived_low: int | None
        derived_high: int | None
        if previous is not None:
            derived_low, derived_high = _sum_range(added, previous.low, previous.high)
        elif start is not None and added:
            derived_low, derived_high = _sum_range(added)
        else:
            derived_low = derived_high = None
        counts = claim.counts
        if derived_low is None:
            reconciles: tuple[bool | None, ...] = tuple(None for _ in counts)
        else:
            reconciles = tuple(_overlaps(c, derived_low, derived_high) for c in counts)
        yield TotalPoint(
            as_of=as_of,
            claim=claim,
            derived_low=derived_low,
            derived_high=derived_high,
            base=since,
            incidents=added,
            incident_low=inc_low,
            incident_high=inc_high,
            reconciles=reconciles,
            revised_down=previous is not None
            and claim.high is not None
            and claim.high < previous.low,
        )
        previous = claim


# ---------------------------------------------------------------------------
# The ledger
# ---------------------------------------------------------------------------


@contextlib.contextmanager
def _no_cyclic_gc() -> Iterator[None]:
    """
    Pause the cyclic garbage collector (reference counting still frees
    memory). The analysis allocates millions of small acyclic objects, and
    the collector's repeated full passes over them would nearly double its
    time on large ledgers. The previous state is restored.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class _Analysis(NamedTuple):
    claims: list[Claim]
    contradictions: list[Contradiction]
    running_totals: list[RunningTotal]


class Ledger:
    """
    A set of figures from any number of documents, and what they say together.

    Args:
        figures: the figures to start with.
        policy: how estimates are made: an :class:`EstimatePolicy` (default
            :data:`DEFAULT_ESTIMATE`) or any callable ``(claim) -> (low, best,
            high)``.

    A ledger is a set: adding a figure it holds changes nothing, and every
    answer depends only on which figures it holds, never on their order.
    Answers are computed when asked for and kept until a figure is added.
    Iterating yields the figures in the order they were first added.

    >>> Ledger().claims()
    []

    .. versionadded:: 0.1.0
    """

    __slots__ = ("_analysis", "_estimates", "_norms", "_policy")

    def __init__(
        self,
        figures: Iterable[Figure] = (),
        *,
        policy: EstimatePolicy | EstimateRule | None = None,
    ) -> None:
        if policy is not None and not callable(policy):
            raise InvalidPolicy(f"'policy' must be an EstimatePolicy or a callable, got {policy!r}")
        self._policy: EstimatePolicy | EstimateRule = DEFAULT_ESTIMATE if policy is None else policy
        self._norms: dict[Figure, _Norm] = {}
        self._analysis: _Analysis | None = None
        self._estimates: list[Estimate] | None = None
        self.extend(figures)

    @property
    def policy(self) -> EstimatePolicy | EstimateRule:
        """The estimate policy."""
        return self._policy

    def add(self, figure: Figure) -> None:
        """
        Add one figure (a figure already held is ignored).

        Raises:
            InvalidFigure: ``figure`` is not a :class:`Figure`.
        """
        if not isinstance(figure, Figure):
            raise InvalidFigure(f"a ledger holds Figure objects, got {type(figure).__name__}")
        if figure not in self._norms:
            self._norms[figure] = _normalise(figure)
            self._analysis = None
            self._estimates = None

    def extend(self, figures: Iterable[Figure]) -> None:
        """
        Add figures (those already held are ignored).

        Raises:
            InvalidFigure: an item is not a :class:`Figure`.
        """
        with _no_cyclic_gc():
            for figure in figures:
                self.add(figure)

    def __len__(self) -> int:
        """Return the number of distinct figures held."""
        return len(self._norms)

    def __iter__(self) -> Iterator[Figure]:
        """Iterate over the figures, in the order first added."""
        return iter(self._norms)

    def __contains__(self, figure: object) -> bool:
        """Whether the ledger holds this figure."""
        return figure in self._norms

    def __eq__(self, other: object) -> bool:
        """Ledgers are equal when they hold the same figures under the same policy."""
        if not isinstance(other, Ledger):
            return NotImplemented
        return self._policy == other._policy and self._norms.keys() == other._norms.keys()

    __hash__ = None  # type: ignore[assignment]  # mutable

    def __repr__(self) -> str:
        """Return ``Ledger(<n> figures, policy=<name>)``."""
        return f"Ledger({len(self)} figures, policy={_policy_name(self._policy)})"

    def merge(self, other: Ledger) -> Ledger:
        """
        Return a new ledger holding the figures of both.

        ``a.merge(b) == b.merge(a)``, merging is associative, and the result
        equals a ledger built from all the figures at once, so ledgers built
        over parts of a corpus (in parallel) merge into the ledger of the whole.
        Figures are not normalised again.

        Raises:
            InvalidPolicy: the two ledgers have different estimate policies.
        """
        if not isinstance(other, Ledger):
            raise InvalidFigure(f"merge() takes a Ledger, got {type(other).__name__}")
        if self._policy != other._policy:
            raise InvalidPolicy(
                f"cannot merge ledgers with different estimate policies: "
                f"{_policy_name(self._policy)!r} and {_policy_name(other._policy)!r}"
            )
        merged = Ledger(policy=self._policy)
        merged._norms = {**self._norms, **other._norms}
        return merged

    @classmethod
    def from_records(
        cls,
        records: Iterable[Mapping[str, Any]],
        *,
        policy: EstimatePolicy | EstimateRule | None = None,
    ) -> Ledger:
        """
        Build a ledger from figure records (as written by :func:`conflictfigures.to_record`).

        Raises:
            InvalidRecord: a record is not a figure record.
        """
        from conflictfigures.serialize import from_record  # noqa: PLC0415 - import cycle

        return cls((from_record(r) for r in records), policy=policy)

    def _analyse(self) -> _Analysis:
        if self._analysis is None:
            with _no_cyclic_gc():
                self._analysis = self._compute()
        return self._analysis

    def _compute(self) -> _Analysis:
        claims = _build_claims(self._norms)
        contradictions = [
            c for c in (_same_claim_contradiction(claim) for claim in claims) if c is not None
        ]
        contradictions.extend(_nested_contradictions(claims))
        contradictions.sort(key=_contradiction_sort_key)
        return _Analysis(claims, contradictions, _running_totals(claims))

    def claims(self) -> list[Claim]:
        """
        Return the claims: every figure is in exactly one, ordered by key.

        See docs/aggregation.md for the matching rules.
        """
        return list(self._analyse().claims)

    def contradictions(self) -> list[Contradiction]:
        """
        Return the claims whose reports cannot all be true, and totals that
        do not fit inside the total of a wider place.
        """
        return list(self._analyse().contradictions)

    def running_totals(self) -> list[RunningTotal]:
        """
        Return one timeline per category, side, group, place and period
        start that has reported totals, each point beside the incidents.
        """
        return list(self._analyse().running_totals)

    def estimates(self) -> list[Estimate]:
        """Return one estimate per claim, in the order of :meth:`claims`."""
        if self._estimates is None:
            claims = self._analyse().claims
            with _no_cyclic_gc():
                self._estimates = [_estimate(c, self._policy) for c in claims]
        return list(self._estimates)


# ---------------------------------------------------------------------------
# Tally
# ---------------------------------------------------------------------------


class _Unit:
    """Claims a tally counts once (a repeated mention joins the first)."""

    __slots__ = ("claims", "estimate", "total")

    def __init__(self, claim: Claim, estimate: Estimate) -> None:
        self.claims = [claim]
        self.estimate = estimate
        self.total = claim.key.kind is ClaimKind.TOTAL and any(f.cumulative for f in claim.figures)


def _compatible_keys(a: ClaimKey, b: ClaimKey) -> bool:
    """Whether two claims may speak of the same people, place and time."""
    if a.side is not None and b.side is not None and a.side != b.side:
        return False
    if a.group is not None and b.group is not None and a.group != b.group:
        return False
    if (
        a.place is not None
        and b.place is not None
        and not (is_within(a.place, b.place) or is_within(b.place, a.place))
    ):
        return False
    return a.date is None or b.date is None or abs(a.date - b.date) <= DATE_TOLERANCE


def _covers(total: ClaimKey, incident: Claim) -> bool:
    """Whether a running total's scope includes an incident."""
    k = incident.key
    if total.side is not None and k.side is not None and total.side != k.side:
        return False
    if total.group is not None and k.group is not None and total.group != k.group:
        return False
    if total.place is not None and k.place is not None and not is_within(k.place, total.place):
        return False
    if not incident.dates:
        return True
    if total.date is not None and incident.dates[0] > total.date:
        return False
    return total.period_start is None or incident.dates[-1] >= total.period_start


def tally(
    figures: Iterable[Figure], *, policy: EstimatePolicy | EstimateRule | None = None
) -> dict[Category, Estimate]:
    """
    Return what a set of figures (one article, or any set) says the toll is,
    per category.

    Rules, in order:

    1. Figures are grouped into claims as in :class:`Ledger` (a figure
       repeated, or repeated by another outlet, is one claim).
    2. Repeated mentions: claims of one category with the same estimate whose
       group, side, place and date are compatible (one of them unknown, one
       place inside the other, dates a day apart) are counted once ("killing
       four insurgents" ... "four insurgents were also killed").
    3. A running total (a cumulative figure) replaces the incidents it covers
       (same group and side, inside its place and period) rather than adding
       to them; the larger of the total and the incidents it covers is kept.
       Of several totals for one group, only the latest and widest counts.
    4. Everything left is summed: low with low, best with best, high with
       high (``None`` if any has no ceiling).

    Args:
        figures: the figures.
        policy: the estimate policy for each claim (default
            :data:`DEFAULT_ESTIMATE`).

    Returns:
        A mapping from each category present to its :class:`Estimate`.

    >>> from conflictfigures import Category, Count, Figure, Span
    >>> fig = lambda n, subject: Figure(category=Category.KILLED, count=Count.exact(n),
    ...     span=Span(start=0, end=1), surface="x", subject=subject)
    >>> est = tally([fig(4, "insurgents"), fig(4, "insurgents"), fig(1, "civilian")])
    >>> est[Category.KILLED].best
    5
    """
    figures = list(figures)
    parts: dict[str, list[Figure]] = defaultdict(list)
    for f in figures:
        parts[_tally_part(f)].append(f)
    if len(parts) <= 1:
        return _tally_core(figures, policy)
    results = [_tally_core(part, policy) for _, part in sorted(parts.items())]
    out: dict[Category, Estimate] = {}
    for result in results:
        for category, est in result.items():
            seen = out.get(category)
            out[category] = est if seen is None else _sum_estimates(seen, est)
    return dict(sorted(out.items(), key=lambda kv: kv[0].value))


#: Words that make a figure a further group, added to the others ("two
#: additional suspects", "several other insurgents", "another militant").
_ADDITIVE = frozenset({"additional", "other", "others", "another", "further", "more"})


def _tally_part(figure: Figure) -> str:
    """
    Rule 0 of :func:`tally`: which part of an article a figure counts in.

    A further group ("two additional suspects") is added to the rest, so it
    may not be merged with the rest as a rival report of the same people.
    """
    words = set((figure.subject or "").lower().replace("-", " ").split())
    if words & _ADDITIVE or " other" in figure.surface.lower() or _also_before(figure):
        return "additional"
    return "rest"


def _one_document_parts(
    claim: Claim, estimate: Estimate, policy: EstimatePolicy | EstimateRule
) -> list[tuple[Claim, Estimate]]:
    """
    Rule 1a of :func:`tally`: within one document, different numbers for one
    group are different people ("captured a Taliban facilitator ... multiple
    suspected insurgents were detained"), not rival reports; each number is a
    part of its own.  Across documents they stay one claim.
    """
    if (
        len({(f.source, f.span.start) for f in claim.figures}) < 2
        or len({f.source for f in claim.figures}) > 1
    ):
        return [(claim, estimate)]
    # Vague and open-ended mentions ("numerous ... several") restate one group.
    by_count: dict[Count | None, list[int]] = defaultdict(list)
    for i, f in enumerate(claim.figures):
        exact = f.count.qualifier in (Qualifier.EXACT, Qualifier.RANGE)
        by_count[f.count if exact else None].append(i)
    if len(by_count) < 2:
        return [(claim, estimate)]
    parts: list[tuple[Claim, Estimate]] = []
    for count, idx in by_count.items():
        counts = [claim.figures[i].count for i in idx]
        highs = [c.high for c in counts]
        part = attrs.evolve(
            claim,
            figures=tuple(claim.figures[i] for i in idx),
            claimants=tuple(claim.claimants[i] for i in idx),
            independents=tuple(claim.independents[i] for i in idx),
            low=max(c.low for c in counts) if count is None else count.low,
            high=None if None in highs else max(h for h in highs if h is not None),
            consistent=True,
        )
        parts.append((part, _estimate(part, policy)))
    return parts


def _also_before(figure: Figure) -> bool:
    """Whether "also" stands just before the figure's words ("also detained one")."""
    if figure.sentence is None or figure.sentence_span is None:
        return False
    offset = figure.span.start - figure.sentence_span.start
    return figure.sentence[max(0, offset - 6) : offset].strip().lower().endswith("also")


def _sum_estimates(a: Estimate, b: Estimate) -> Estimate:
    return attrs.evolve(
        a,
        low=a.low + b.low,
        best=a.best + b.best,
        high=_add(a.high, b.high),
        key=None,
        claims=a.claims + b.claims,
    )


def _tally_core(
    figures: list[Figure], policy: EstimatePolicy | EstimateRule | None
) -> dict[Category, Estimate]:
    """:func:`tally` over one part of the figures."""
    ledger = Ledger(figures, policy=policy)
    by_category: dict[Category, list[_Unit]] = defaultdict(list)
    for claim, est in zip(ledger.claims(), ledger.estimates(), strict=True):
        for part, part_est in _one_document_parts(claim, est, ledger.policy):
            by_category[claim.key.category].append(_Unit(part, part_est))
    pol = ledger.policy
    return {
        category: _tally_category(category, units, pol)
        for category, units in sorted(by_category.items(), key=lambda kv: kv[0].value)
    }


def _tally_category(
    category: Category, units: list[_Unit], policy: EstimatePolicy | EstimateRule
) -> Estimate:
    # Rule 2: repeated mentions, bucketed by their numbers.
    buckets: dict[tuple[Any, ...], list[_Unit]] = defaultdict(list)
    for unit in units:
        e = unit.estimate
        buckets[(unit.total, e.low, e.best, e.high)].append(unit)
    kept: list[_Unit] = []
    for bucket in buckets.values():
        merged: list[_Unit] = []
        for unit in bucket:
            for other in merged:
                if all(_compatible_keys(a.key, unit.claims[0].key) for a in other.claims):
                    other.claims.extend(unit.claims)
                    break
            else:
                merged.append(unit)
        kept.extend(merged)
    totals = [u for u in kept if u.total]
    incidents = _summaries_dropped(_anaphora_dropped([u for u in kept if not u.total]))
    # Rule 3: the latest, widest totals; each takes the incidents it covers.
    totals.sort(key=lambda u: (_iso(u.claims[0].key.date), -len(u.claims[0].key.place or ())))
    live: list[_Unit] = []
    for unit in reversed(totals):
        key = unit.claims[0].key
        if any(_supersedes(other.claims[0].key, key) for other in live):
            continue
        live.append(unit)
    low = best = 0
    high: int | None = 0
    used: set[int] = set()
    for unit in live:
        key = unit.claims[0].key
        covered = [
            i
            for i, inc in enumerate(incidents)
            if i not in used and all(_covers(key, c) for c in inc.claims)
        ]
        used.update(covered)
        e = unit.estimate
        c_low = sum(incidents[i].estimate.low for i in covered)
        c_best = sum(incidents[i].estimate.best for i in covered)
        low += max(e.low, c_low)
        best += max(e.best, c_best, e.low, c_low)
        high = _add(high, e.high if e.high is None else max(e.high, c_best))
    for i, inc in enumerate(incidents):
        if i not in used:
            low += inc.estimate.low
            best += inc.estimate.best
            high = _add(high, inc.estimate.high)
    best = max(best, low)
    if high is not None:
        high = max(high, best)
    claims = tuple(c for u in _sorted_units(kept) for c in u.claims)
    return Estimate(
        category=category, low=low, best=best, high=high, policy=_policy_name(policy), claims=claims
    )


_DEFINITE = re.compile(r"\bthe\b", re.IGNORECASE)
_INDEFINITE = re.compile(r"\b(?:a|an|one|another)\b", re.IGNORECASE)


def _is_definite_one(unit: _Unit) -> bool:
    """
    A unit of one person named as someone already known: with "the"
    ("detained the commander"), or bare ("detained Haqqani leader"), but not
    introduced with "a", "an", "one" or "another".
    """
    return all(
        f.count.qualifier is Qualifier.EXACT
        and f.count.stated == 1
        and (_DEFINITE.search(f.surface) is not None or _INDEFINITE.search(f.surface) is None)
        for c in unit.claims
        for f in c.figures
    )


def _anaphora_dropped(incidents: list[_Unit]) -> list[_Unit]:
    """
    Rule 2a: "captured a Taliban leader ... detained the commander": a single
    person named with "the" refers back to a single person already counted
    in the category, and is not counted again.
    """
    definite = [u for u in incidents if _is_definite_one(u)]
    if not definite:
        return incidents
    singles = [
        u for u in incidents if u.estimate.high == 1 and u.estimate.low == 1 and u not in definite
    ]
    if singles:
        return [u for u in incidents if u not in definite]
    return [u for u in incidents if u not in definite[1:]]


def _is_loose(unit: _Unit) -> bool:
    """A unit stated only in vague or open-ended words ("several", "more than 10")."""
    return all(
        f.count.qualifier not in (Qualifier.EXACT, Qualifier.RANGE)
        for c in unit.claims
        for f in c.figures
    )


def _summaries_dropped(incidents: list[_Unit]) -> list[_Unit]:
    """
    Rule 2b: "detained several insurgents ... detained the commander and two
    of his associates": a vague or open-ended mention whose range holds the
    sum of the exact mentions summarises them, and is not counted again.
    """
    exact = [u for u in incidents if not _is_loose(u)]
    if not exact:
        return incidents
    total = sum(u.estimate.best for u in exact)
    return [
        u
        for u in incidents
        if not _is_loose(u)
        or not (u.estimate.low <= total and (u.estimate.high is None or total <= u.estimate.high))
    ]


def _sorted_units(units: Iterable[_Unit]) -> list[_Unit]:
    """Units in key order (for stable records)."""
    return sorted(units, key=lambda u: u.claims[0].key.sort_key())


def _supersedes(later: ClaimKey, earlier: ClaimKey) -> bool:
    """
    Whether a total makes another redundant: same group and side (or one
    unknown), the other's place inside its own, not later, and a period that
    does not start after the other's.
    """
    for x, y in ((later.side, earlier.side), (later.group, earlier.group)):
        if x is not None and y is not None and x != y:
            return False
    if later.place is None:
        if earlier.place is not None:
            return False
    elif earlier.place is not None and not is_within(earlier.place, later.place):
        return False
    if later.date is not None and earlier.date is not None and earlier.date > later.date:
        return False
    return (
        later.period_start is None
        or earlier.period_start is None
        or earlier.period_start >= later.period_start
    )


# ---------------------------------------------------------------------------
# Records
# ---------------------------------------------------------------------------


def _count_record(count: Count) -> dict[str, Any]:
    return {
        "stated": count.stated,
        "stated_high": count.stated_high,
        "qualifier": count.qualifier.value,
        "vague": count.vague,
        "low": count.low,
        "high": count.high,
        "rounding": count.rounding,
        "text": str(count),
    }


def _figure_records(figures: Iterable[Figure]) -> list[dict[str, Any]]:
    from conflictfigures.serialize import to_record  # noqa: PLC0415 - import cycle

    return [to_record(f) for f in figures]


def _key_record(key: ClaimKey) -> dict[str, Any]:
    return {
        "claim": key.id,
        "category": key.category.value,
        "kind": key.kind.value,
        "side": key.side,
        "group": key.group,
        "location": _place_label(key.place),
        "place": None if key.place is None else list(key.place),
        "date": None if key.date is None else key.date.isoformat(),
        "period": None
        if key.period_start is None and key.kind is ClaimKind.INCIDENT
        else [_iso(key.period_start) or None, _iso(key.date) or None],
    }


def _claim_record(claim: Claim) -> dict[str, Any]:
    return {
        **_key_record(claim.key),
        "subject": claim.subject,
        "dates": [d.isoformat() for d in claim.dates],
        "possibly_same_incident": claim.possibly_same_incident,
        "low": claim.low,
        "high": claim.high,
        "consistent": claim.consistent,
        "outlets": list(claim.outlets),
        "n_outlets": len(claim.outlets),
        "claimants": sorted({c for c in claim.claimants if c is not None}),
        "independent_claimants": list(claim.independent_claimants),
        "n_independent_claimants": len(claim.independent_claimants),
        "reports": _figure_records(claim.figures),
    }


def _contradiction_record(c: Contradiction) -> dict[str, Any]:
    key = _key_record(c.key)
    return {
        "category": key["category"],
        "subject": c.claims[-1].subject,
        "location": key["location"],
        "date": key["date"],
        "period": key["period"],
        "kind": c.kind,
        "relation": c.relation,
        "claims": [cl.key.id for cl in c.claims],
        "conflicts": [list(pair) for pair in c.conflicts],
        "sides": [
            {
                "count": _count_record(side.count),
                "location": _place_label(side.place),
                "outlets": list(side.outlets),
                "claimants": sorted({x for x in side.claimants if x is not None}),
                "reports": _figure_records(side.figures),
            }
            for side in c.sides
        ],
    }


def _running_total_record(r: RunningTotal) -> dict[str, Any]:
    return {
        "category": r.category.value,
        "subject": r.subject,
        "side": r.side,
        "group": r.group,
        "location": _place_label(r.place),
        "place": None if r.place is None else list(r.place),
        "period_start": _iso(r.period_start) or None,
        "reconciled": r.reconciled,
        "points": [
            {
                "as_of": p.as_of.isoformat(),
                "claim": p.claim.key.id,
                "counts": [
                    {**_count_record(count), "reconciles": ok}
                    for count, ok in zip(p.claim.counts, p.reconciles, strict=True)
                ],
                "derived": None
                if p.derived_low is None
                else {
                    "low": p.derived_low,
                    "high": p.derived_high,
                    "base": _iso(p.base) or None,
                    "incidents": [c.key.id for c in p.incidents],
                },
                "incident_sum": {"low": p.incident_low, "high": p.incident_high},
                "revised_down": p.revised_down,
                "reconciled": p.reconciled,
                "reports": _figure_records(p.claim.figures),
            }
            for p in r.points
        ],
        "incidents": [_claim_record(c) for c in r.incidents],
    }


def _estimate_record(e: Estimate) -> dict[str, Any]:
    return {
        "category": e.category.value,
        "low": e.low,
        "best": e.best,
        "high": e.high,
        "policy": e.policy,
        "claim": None if e.key is None else e.key.id,
        "claims": [_claim_record(c) for c in e.claims],
    }


def result_record(result: object) -> dict[str, Any] | None:
    """
    Return the JSON-ready record of an aggregation result, or ``None`` if
    ``result`` is not one; :func:`conflictfigures.to_record` calls this.

    Every record keeps the full figure record (with provenance) of every
    figure behind it, under ``reports``.
    """
    if isinstance(result, Claim):
        return _claim_record(result)
    if isinstance(result, Contradiction):
        return _contradiction_record(result)
    if isinstance(result, RunningTotal):
        return _running_total_record(result)
    if isinstance(result, Estimate):
        return _estimate_record(result)
    return None
