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
    ContradictionSide,
    Estimate,
    check_estimate,
    claim_range,
)

if TYPE_CHECKING:
    import datetime as dt

    from conflictfigures._aggregation.results import ClaimKind
    from conflictfigures._places import PlacePath
    from conflictfigures.models import Category, Count, Figure

__all__ = ["new_claim", "new_estimate", "new_key", "new_side"]

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
) -> Estimate:
    """
    ``Estimate(category=category, low=low, ...)``, made quicker.

    Raises:
        InvalidPolicy: the numbers are out of order (:func:`check_estimate`).
    """
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
