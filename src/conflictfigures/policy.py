"""
Bounds policies: what range of true numbers a stated count implies.

A policy turns ``(stated, qualifier, rounding, vague word)`` into ``low`` and
``high`` (``None`` when the words set no upper bound), and gives the single
``best`` number an estimate uses.
The rules of :data:`DEFAULT_POLICY`, one per qualifier:

========== ====================== ==========================================
qualifier  example                bounds
========== ====================== ==========================================
exact      "two", "3.6 million"   the numbers that round to it:
                                  3.6 million is 3,550,000 to 3,649,999
at_least   "at least 19"          19 up, no ceiling
more_than  "more than 50"         51 up, no ceiling
nearly     "nearly a million"     90% of it up to it (reporters round up):
                                  900,000 to 1,000,000
about      "about 200"            a band of 10% (at least 1 either side):
                                  180 to 220
up_to      "up to 15"             0 to 15
fewer_than "fewer than 10"        0 to 9
range      "10 to 15"             10 to 15 (each end with its rounding)
vague      "dozens"               the word's row in :data:`VAGUE_BOUNDS`
========== ====================== ==========================================

Rounding: a number written with a scale word carries the rounding of its last
digit ("3.6 million" is rounded to 100,000; "2 million" to 1,000,000).
A number written out in digits is exact below 10,000; from 10,000 up, its
trailing zeros are rounding ("520,000" is 515,000 to 524,999), because outlets
round large figures and rarely say so.
The ``best`` number of an open floor is the number stated: "more than 50" is
50, as event coders (UCDP, ACLED) record it, while its ``low`` stays 51.
This is why 3.6 million and 3.7 million are two different claims while
"more than 3.6 million" and 3.7 million can both be true.

Vague words: floors follow the coding of the ISAF press-release dataset
(Strick van Linschoten 2011: "several", "multiple" and "a few" are 3,
"numerous" and "a number of" are 4), which reads small vague words at the
lowest count a careful coder would defend.
Words for orders of magnitude ("dozens", "hundreds", "thousands") start at two
of the unit, because one dozen or one hundred would be written as such.
:data:`ACLED_POLICY` instead uses the fixed readings of the ACLED codebook for
``best`` and ``low`` ("dozens" 12, "hundreds" 100, "several" and "many" 10).
Pass either, or your own, as ``policy=`` to :func:`conflictfigures.extract`
or :meth:`conflictfigures.Count.rebound`.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import math
from fractions import Fraction
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Protocol

import attrs

from conflictfigures._qualifiers import Qualifier
from conflictfigures.errors import InvalidCount, InvalidPolicy

if TYPE_CHECKING:
    from collections.abc import Mapping

__all__ = [
    "ACLED_POLICY",
    "DEFAULT_POLICY",
    "VAGUE_BOUNDS",
    "BoundsPolicy",
    "VagueBounds",
]


class _Stated(Protocol):
    """
    What :meth:`BoundsPolicy.best` reads from a count: a
    :class:`~conflictfigures.Count` has it all. Policies sit below the data
    model (``models`` builds counts from a policy), so they name only the
    parts they read.
    """

    @property
    def stated(self) -> int | None: ...
    @property
    def stated_high(self) -> int | None: ...
    @property
    def qualifier(self) -> Qualifier: ...
    @property
    def vague(self) -> str | None: ...
    @property
    def high(self) -> int | None: ...


@attrs.frozen(kw_only=True)
class VagueBounds:
    """
    What a vague word implies: ``low`` to ``high`` (``None``: no ceiling),
    with ``best`` the single number an estimate uses.

    .. versionadded:: 0.1.0
    """

    low: int
    best: int
    high: int | None

    def __attrs_post_init__(self) -> None:
        """Reject rows that cannot hold: ``low <= best <= high``."""
        if (
            self.low < 0
            or self.best < self.low
            or (self.high is not None and self.high < self.best)
        ):
            raise InvalidPolicy(
                f"vague bounds must satisfy 0 <= low <= best <= high, got "
                f"low={self.low}, best={self.best}, high={self.high}"
            )


def _table(rows: dict[str, tuple[int, int, int | None]]) -> Mapping[str, VagueBounds]:
    return MappingProxyType(
        {word: VagueBounds(low=lo, best=best, high=hi) for word, (lo, best, hi) in rows.items()}
    )


#: The default reading of each vague word (lower-case, as
#: :func:`conflictfigures.extract` normalises it): ``(low, best, high)``.
VAGUE_BOUNDS: Mapping[str, VagueBounds] = _table(
    {
        "a couple": (2, 2, 3),
        "a few": (3, 3, 9),
        "a handful": (3, 4, 9),
        "several": (3, 4, 9),
        "multiple": (3, 3, None),
        "a number": (4, 5, None),
        "numerous": (4, 10, None),
        "many": (4, 10, None),
        "some": (2, 3, None),
        "dozens": (24, 36, 99),
        "scores": (40, 60, 199),
        "hundreds": (200, 300, 999),
        "thousands": (2_000, 3_000, 9_999),
        "tens of thousands": (20_000, 30_000, 99_999),
        "hundreds of thousands": (200_000, 300_000, 999_999),
        "millions": (2_000_000, 3_000_000, 9_999_999),
    }
)

_ACLED_VAGUE: Mapping[str, VagueBounds] = _table(
    {
        **{w: (b.low, b.best, b.high) for w, b in VAGUE_BOUNDS.items()},
        "several": (10, 10, None),
        "many": (10, 10, None),
        "dozens": (12, 12, 99),
        "hundreds": (100, 100, 999),
    }
)


def _vague_table(value: Mapping[str, VagueBounds]) -> Mapping[str, VagueBounds]:
    return MappingProxyType({str(k).lower(): v for k, v in value.items()})


@attrs.frozen(kw_only=True)
class BoundsPolicy:
    """
    The rules that turn a stated count into bounds, as a frozen object you
    can copy and change with :func:`attrs.evolve`.

    >>> import attrs
    >>> wide = attrs.evolve(DEFAULT_POLICY, about_band=0.25)
    >>> wide.bounds(stated=200, qualifier=Qualifier.ABOUT, stated_high=None,
    ...             vague=None, rounding=1)
    (150, 250)

    Attributes:
        name: a label for records and reports.
        about_band: half-width of the "about" band, as a fraction of the number.
        nearly_floor: "nearly N" starts at this fraction of N.
        round_scaled: whether numbers written with a scale word carry their
            rounding ("3.6 million").
        round_digits_from: digit strings at or above this carry the rounding of
            their trailing zeros; ``None`` reads every digit string as exact.
        vague: the reading of each vague word.

    .. versionadded:: 0.1.0
    """

    name: str = "default"
    about_band: float = attrs.field(default=0.10)
    nearly_floor: float = attrs.field(default=0.90)
    round_scaled: bool = True
    round_digits_from: int | None = 10_000
    vague: Mapping[str, VagueBounds] = attrs.field(default=VAGUE_BOUNDS, converter=_vague_table)

    @about_band.validator
    def _band(self, _a: attrs.Attribute[Any], value: float) -> None:
        if not 0 <= value < 1:
            raise InvalidPolicy(f"'about_band' must be in [0, 1), got {value!r}")

    @nearly_floor.validator
    def _floor(self, _a: attrs.Attribute[Any], value: float) -> None:
        if not 0 <= value <= 1:
            raise InvalidPolicy(f"'nearly_floor' must be in [0, 1], got {value!r}")

    def rounding_of(self, value: int, *, scaled_unit: int | None, written_digits: bool) -> int:
        """
        Return the rounding unit of a number as written.

        Args:
            value: the number.
            scaled_unit: for a number written with a scale word, the place
                value of its last digit ("3.6 million": 100,000), else ``None``.
            written_digits: whether the number was written in digits.

        >>> DEFAULT_POLICY.rounding_of(520_000, scaled_unit=None, written_digits=True)
        10000
        >>> DEFAULT_POLICY.rounding_of(1_500, scaled_unit=None, written_digits=True)
        1
        """
        if scaled_unit is not None:
            return scaled_unit if self.round_scaled else 1
        if (
            written_digits
            and self.round_digits_from is not None
            and value >= self.round_digits_from
        ):
            unit = 1
            while value and value % (unit * 10) == 0:
                unit *= 10
            return unit
        return 1

    def vague_bounds(self, word: str) -> VagueBounds:
        """
        Return the reading of a vague word.

        Raises:
            InvalidCount: the word is not in this policy's table.
        """
        try:
            return self.vague[word.lower()]
        except KeyError:
            known = ", ".join(sorted(self.vague))
            raise InvalidCount(f"no reading for the vague word {word!r}; known: {known}") from None

    def bounds(
        self,
        *,
        stated: int | None,
        qualifier: Qualifier,
        stated_high: int | None,
        vague: str | None,
        rounding: int,
    ) -> tuple[int, int | None]:
        """
        Return ``(low, high)`` for a count; ``high`` is ``None`` for no ceiling.

        Raises:
            InvalidCount: the count has no number to bound, or an unknown
                vague word.
        """
        if qualifier is Qualifier.VAGUE:
            row = self.vague_bounds(vague or "")
            return row.low, row.high
        if stated is None:
            raise InvalidCount(f"a {qualifier.value} count needs 'stated', got None")
        if stated < 0:
            raise InvalidCount(f"'stated' must be >= 0: {stated}")
        half = rounding // 2
        lo_exact = max(0, stated - half)
        hi_exact = stated + max(rounding - half - 1, 0)
        if qualifier is Qualifier.EXACT:
            return lo_exact, hi_exact
        if qualifier is Qualifier.AT_LEAST:
            return lo_exact, None
        if qualifier is Qualifier.MORE_THAN:
            return stated + 1, None
        if qualifier is Qualifier.NEARLY:
            # Up to the stated number itself: reporters round up to it ("nearly
            # 50" for 48 or 49, and for a count they will not vouch for).
            return min(math.ceil(stated * _exact(self.nearly_floor)), stated), stated
        if qualifier is Qualifier.ABOUT:
            band = max(math.ceil(stated * _exact(self.about_band)), half, 1)
            return max(0, stated - band), stated + band
        if qualifier is Qualifier.UP_TO:
            return 0, stated
        if qualifier is Qualifier.FEWER_THAN:
            return 0, max(stated - 1, 0)
        # RANGE
        if stated_high is None:
            raise InvalidCount(f"a range needs 'stated_high', got None (stated={stated})")
        return lo_exact, stated_high + max(rounding - half - 1, 0)

    def best(self, count: _Stated) -> int:
        """
        Return the single best number for a count: the stated number, the
        number event coders record ("more than 50" is 50 while its ``low``
        stays 51; "nearly 50" is 50), except "fewer than 50" (49, its
        ``high``); the middle of a range; the word's ``best`` for a vague
        count.

        >>> from conflictfigures import Count
        >>> DEFAULT_POLICY.best(Count.read(50, "more_than"))
        50
        >>> DEFAULT_POLICY.best(Count.read(50, "nearly"))
        50
        >>> DEFAULT_POLICY.best(Count.read(10, "range", stated_high=15))
        12
        """
        q = count.qualifier
        if q is Qualifier.VAGUE:
            return self.vague_bounds(count.vague or "").best
        assert count.stated is not None  # noqa: S101 - Count guarantees it
        if q is Qualifier.RANGE:
            assert count.stated_high is not None  # noqa: S101
            return (count.stated + count.stated_high) // 2
        if q is Qualifier.FEWER_THAN:
            return count.high if count.high is not None else count.stated
        return count.stated


def _exact(fraction: float) -> Fraction:
    """A policy's fraction as the decimal it was written as, for exact bounds."""
    return Fraction(repr(fraction))


#: The library's default reading: see the module docs for every rule.
DEFAULT_POLICY = BoundsPolicy()

#: ACLED's fixed readings of vague words ("dozens" 12, "hundreds" 100,
#: "several" and "many" 10) on top of the default rules.
ACLED_POLICY = BoundsPolicy(name="acled", vague=_ACLED_VAGUE)
