"""
Results made by the hundred thousand, made quicker than attrs' ``__init__``.

attrs' ``__init__`` of a frozen class sets each field through a bound
``object.__setattr__``, which looks the name up on the class each time. The
analysis makes a key, a claim and an estimate per claim (and a side per
count of a contradiction), so these set the slots through their
descriptors instead: the same fields and values, from positional arguments,
with the derivations of ``__attrs_post_init__`` made by the same functions
(:func:`~conflictfigures._aggregation.results.claim_range`,
:func:`~conflictfigures._aggregation.results.check_estimate`).
``tests/test_aggregate.py`` checks that each equals the object attrs builds.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from conflictfigures._aggregation.results import (
    Claim,
    ClaimKey,
    Contradiction,
    ContradictionSide,
    Estimate,
    RunningTotal,
    TotalPoint,
    check_estimate,
    claim_range,
)

if TYPE_CHECKING:
    import datetime as dt
    from typing import Literal

    from conflictfigures._aggregation.results import ClaimKind
    from conflictfigures._places import PlacePath
    from conflictfigures.models import Category, Count, Figure

__all__ = [
    "new_claim",
    "new_contradiction",
    "new_estimate",
    "new_key",
    "new_point",
    "new_running_total",
    "new_side",
]

_make = object.__new__


def _setters(cls: type, names: str) -> tuple[Any, ...]:
    """The ``__set__`` of each named slot of an attrs class (in the order named)."""
    return tuple(cls.__dict__[name].__set__ for name in names.split())


(_k_cat, _k_kind, _k_side, _k_group, _k_place, _k_date, _k_start) = _setters(
    ClaimKey, "category kind side group place date period_start"
)


def new_key(  # noqa: PLR0917 - the fields of a key, in order
    category: Category,
    kind: ClaimKind,
    side: str | None,
    group: str | None,
    place: PlacePath | None,
    date: dt.date | None,
    period_start: dt.date | None = None,
) -> ClaimKey:
    """``ClaimKey(category=category, kind=kind, ...)``, made quicker."""
    key: ClaimKey = _make(ClaimKey)
    _k_cat(key, category)
    _k_kind(key, kind)
    _k_side(key, side)
    _k_group(key, group)
    _k_place(key, place)
    _k_date(key, date)
    _k_start(key, period_start)
    return key


(_c_key, _c_figures, _c_claimants, _c_inds, _c_dates, _c_low, _c_high, _c_consistent) = _setters(
    Claim, "key figures claimants independents dates _low _high _consistent"
)


def new_claim(
    key: ClaimKey,
    figures: tuple[Figure, ...],
    claimants: tuple[str | None, ...],
    independents: tuple[str, ...],
    dates: tuple[dt.date, ...] = (),
) -> Claim:
    """``Claim(key=key, figures=figures, ...)``, made quicker."""
    claim: Claim = _make(Claim)
    _c_key(claim, key)
    _c_figures(claim, figures)
    _c_claimants(claim, claimants)
    _c_inds(claim, independents)
    _c_dates(claim, dates)
    low, high, consistent = claim_range(figures)
    _c_low(claim, low)
    _c_high(claim, high)
    _c_consistent(claim, consistent)
    return claim


(_e_cat, _e_low, _e_best, _e_high, _e_policy, _e_key, _e_claims) = _setters(
    Estimate, "category low best high policy key claims"
)


def new_estimate(  # noqa: PLR0917 - the fields of an estimate, in order
    category: Category,
    low: int,
    best: int,
    high: int | None,
    policy: str,
    key: ClaimKey | None,
    claims: tuple[Claim, ...],
    *,
    check: bool = True,
) -> Estimate:
    """
    ``Estimate(category=category, low=low, ...)``, made quicker; ``check``:
    whether to check the numbers (``False`` only for numbers already checked).

    Raises:
        InvalidPolicy: the numbers are out of order (:func:`check_estimate`).
    """
    if check:
        check_estimate(low, best, high)
    found: Estimate = _make(Estimate)
    _e_cat(found, category)
    _e_low(found, low)
    _e_best(found, best)
    _e_high(found, high)
    _e_policy(found, policy)
    _e_key(found, key)
    _e_claims(found, claims)
    return found


(_s_count, _s_place, _s_figures, _s_claimants, _s_inds) = _setters(
    ContradictionSide, "count place figures claimants independents"
)


def new_side(
    count: Count,
    place: PlacePath | None,
    figures: tuple[Figure, ...],
    claimants: tuple[str | None, ...],
    independents: tuple[str, ...],
) -> ContradictionSide:
    """``ContradictionSide(count=count, place=place, ...)``, made quicker."""
    side: ContradictionSide = _make(ContradictionSide)
    _s_count(side, count)
    _s_place(side, place)
    _s_figures(side, figures)
    _s_claimants(side, claimants)
    _s_inds(side, independents)
    return side


(_x_claims, _x_sides, _x_kind, _x_relation) = _setters(Contradiction, "claims sides kind relation")


def new_contradiction(
    claims: tuple[Claim, ...],
    sides: tuple[ContradictionSide, ...],
    kind: Literal["revision", "conflict"],
    relation: Literal["same", "within"],
) -> Contradiction:
    """``Contradiction(claims=claims, sides=sides, ...)``, made quicker."""
    found: Contradiction = _make(Contradiction)
    _x_claims(found, claims)
    _x_sides(found, sides)
    _x_kind(found, kind)
    _x_relation(found, relation)
    return found


(
    _p_as_of,
    _p_claim,
    _p_derived_low,
    _p_derived_high,
    _p_base,
    _p_incidents,
    _p_incident_low,
    _p_incident_high,
    _p_reconciles,
    _p_revised_down,
) = _setters(
    TotalPoint,
    "as_of claim derived_low derived_high base incidents incident_low incident_high "
    "reconciles revised_down",
)


def new_point(  # noqa: PLR0917 - the fields of a point, in order
    as_of: dt.date,
    claim: Claim,
    derived_low: int | None,
    derived_high: int | None,
    base: dt.date | None,
    incidents: tuple[Claim, ...],
    incident_low: int,
    incident_high: int | None,
    reconciles: tuple[bool | None, ...],
    revised_down: bool,
) -> TotalPoint:
    """``TotalPoint(as_of=as_of, claim=claim, ...)``, made quicker."""
    point: TotalPoint = _make(TotalPoint)
    _p_as_of(point, as_of)
    _p_claim(point, claim)
    _p_derived_low(point, derived_low)
    _p_derived_high(point, derived_high)
    _p_base(point, base)
    _p_incidents(point, incidents)
    _p_incident_low(point, incident_low)
    _p_incident_high(point, incident_high)
    _p_reconciles(point, reconciles)
    _p_revised_down(point, revised_down)
    return point


(_r_cat, _r_side, _r_group, _r_place, _r_start, _r_points, _r_incidents) = _setters(
    RunningTotal, "category side group place period_start points incidents"
)


def new_running_total(  # noqa: PLR0917 - the fields of a running total, in order
    category: Category,
    side: str | None,
    group: str | None,
    place: PlacePath | None,
    period_start: dt.date | None,
    points: tuple[TotalPoint, ...],
    incidents: tuple[Claim, ...],
) -> RunningTotal:
    """``RunningTotal(category=category, side=side, ...)``, made quicker."""
    found: RunningTotal = _make(RunningTotal)
    _r_cat(found, category)
    _r_side(found, side)
    _r_group(found, group)
    _r_place(found, place)
    _r_start(found, period_start)
    _r_points(found, points)
    _r_incidents(found, incidents)
    return found
