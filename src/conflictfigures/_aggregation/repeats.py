"""
Repeated mentions merged within one bucket of a tally: units that could
tell the same people (the same number, near in date, inside one country)
are merged, unless each document introduces its person as a new one ("A
woman was killed" in two stories a week apart). Used by :mod:`.tally`.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import TYPE_CHECKING, Any

from conflictfigures import _lexicon as lx
from conflictfigures._aggregation.results import DATE_TOLERANCE, Claim, ClaimKey, scopes_agree
from conflictfigures.models import Figure, Qualifier, Source

if TYPE_CHECKING:
    from collections.abc import Iterable

    from conflictfigures._aggregation.documents import Unit


def _near(a: ClaimKey, b: ClaimKey) -> bool:
    """Whether two claims may speak of the same people, place and time."""
    if not scopes_agree(a, b):
        return False
    return a.date is None or b.date is None or abs(a.date - b.date) <= DATE_TOLERANCE


class _Repeats:
    """
    Where the merged units of one bucket may be found by a unit they could
    take in: by their earliest incident date and their country. A unit fits
    only a merged unit whose dates all lie within ``DATE_TOLERANCE`` of its
    own and whose places all lie within its country (places nest only
    inside one country), so a dated unit looks only at the merged units of
    its country, or of none, whose earliest date is near its own: the cost
    grows with the mentions of one number near one day and country, not
    with the square of all of them.
    """

    __slots__ = ("_at", "_by_day")

    def __init__(self) -> None:
        self._by_day: dict[dt.date | None, dict[object, set[int]]] = {}
        #: Each merged unit's earliest date and country (``_MANY``: several).
        self._at: dict[int, tuple[dt.date | None, object]] = {}

    def file(self, j: int, claims: Iterable[Claim]) -> None:
        """File merged unit ``j`` again after it took in ``claims``."""
        was = self._at.get(j)
        day, country = was if was is not None else (None, None)
        for c in claims:
            k = c.key
            if k.date is not None and (day is None or k.date < day):
                day = k.date
            if k.place:
                if country is None:
                    country = k.place[0]
                elif country != k.place[0]:
                    country = _MANY
        if (day, country) == was:
            return
        if was is not None:
            self._by_day[was[0]][was[1]].discard(j)
        self._at[j] = (day, country)
        self._by_day.setdefault(day, {}).setdefault(country, set()).add(j)

    def candidates(self, key: ClaimKey, merged: int) -> Iterable[int]:
        """The merged units (of the first ``merged``) ``key`` may fit, in order."""
        if key.date is None:
            return range(merged)
        days: list[dt.date | None] = [None]
        for shift in range(-DATE_TOLERANCE.days, DATE_TOLERANCE.days + 1):
            try:
                days.append(key.date + dt.timedelta(days=shift))
            except OverflowError:  # past either end of the calendar: nothing there
                continue
        found: set[int] = set()
        for day in days:
            by_country = self._by_day.get(day)
            if by_country is None:
                continue
            if not key.place:
                found.update(*by_country.values())
            else:
                found.update(by_country.get(key.place[0], ()), by_country.get(None, ()))
        return sorted(found)


#: The country of a merged unit whose places lie in several.
_MANY = object()


def _introduced_in(unit: Unit) -> set[tuple[Source, str]]:
    """
    The documents in which a unit's single person is introduced with "a",
    "an" or "another" ("A woman was killed"), each with what the person is:
    two people of different kinds a document introduces are two people ("A
    woman was killed. A man was killed."), never repeats of each other; a
    headline's bare "Man killed" is no introduction.
    """
    return {kind for c in unit.claims for f in c.figures if (kind := introduced_kind(f))}


def _introduced_apart(a: set[tuple[Source, str]], b: set[tuple[Source, str]]) -> bool:
    """Whether one document introduces people of two kinds in ``a`` and ``b``."""
    return any(src == other and kind != other_kind for src, kind in a for other, other_kind in b)


def introduced_kind(f: Figure) -> tuple[Source, str] | None:
    """
    The document and kind of the one new person a figure introduces ("a
    woman", "another man"), else ``None``; a bare "another" of people at
    large is none ("Two people are dead and another is in the hospital":
    no kind of its own, so perhaps the woman told later).
    """
    opening = f.surface[: f.surface.find(" ")].lower()
    if (
        f.count.stated == 1
        and f.count.qualifier is Qualifier.EXACT
        and opening in lx.INDEFINITE_ARTICLES
    ):
        kind = (f.subject or "").lower()
        if opening == "another" and kind.rsplit(" ", 1)[-1] in lx.NO_KIND_HEADS:
            return None
        return (f.source, kind)
    return None


def _days_apart(a: Unit, b: Unit) -> bool:
    """
    Whether two units are one document's counts of two days ("Six soldiers
    were killed on Friday ... and another six were martyred on Saturday"):
    two days are two incidents in the text that tells both, however near;
    the tolerance of a day is for sources that date one incident apart.
    """
    da, db = a.key.date, b.key.date
    # (each unit's first figure stands for it: a constant cost per pair)
    return (
        da is not None
        and db is not None
        and da != db
        and a.claims[0].figures[0].source == b.claims[0].figures[0].source
    )


def merged_repeats(units: list[Unit]) -> list[Unit]:
    """
    Rule 2: repeated mentions (same numbers, agreeing scopes) are one unit;
    two members of one list are two parts, never a repeat, nor are two
    people one document introduces (:func:`_introduced_in`). A unit joins the
    first merged unit it fits (see :class:`_Repeats` for the cost).
    """
    buckets: dict[tuple[Any, ...], list[Unit]] = defaultdict(list)
    for unit in units:
        e = unit.estimate
        buckets[(unit.total, e.low, e.best, e.high)].append(unit)
    kept: list[Unit] = []
    for bucket in buckets.values():
        merged: list[Unit] = []
        index = _Repeats()
        # How many merged units hold each list: a unit of a list that every
        # merged unit holds can join none of them ("killed 8 and 8 and ...":
        # one list, no repeat), and is filed at once.
        in_list: dict[tuple[Any, ...], int] = defaultdict(int)
        # The people each merged unit introduces, kept as units merge (each
        # figure is read once).
        introduced_by: list[set[tuple[Source, str]]] = []
        for unit in bucket:
            apart = any(in_list[lst] == len(merged) for lst in unit.lists)
            introduced = _introduced_in(unit)
            for j in () if apart else index.candidates(unit.key, len(merged)):
                other = merged[j]
                if (
                    other.lists.isdisjoint(unit.lists)
                    and not _introduced_apart(introduced, introduced_by[j])
                    and all(_near(c.key, unit.key) for c in other.claims)
                    and not _days_apart(other, unit)
                ):
                    for lst in unit.lists - other.lists:
                        in_list[lst] += 1
                    other.claims.extend(unit.claims)
                    other.lists |= unit.lists
                    introduced_by[j] |= introduced
                    index.file(j, unit.claims)
                    break
            else:
                index.file(len(merged), unit.claims)
                merged.append(unit)
                introduced_by.append(introduced)
                for lst in unit.lists:
                    in_list[lst] += 1
        kept.extend(merged)
    return kept
