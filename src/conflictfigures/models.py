"""
Typed value objects for reported figures.

Every class here is an attrs class that is frozen, slotted, hashable and
validated at construction: an impossible value raises a typed error
(a subclass of :class:`ValueError`) that names the field and the value.

>>> count = Count.read(50, Qualifier.MORE_THAN)
>>> count.low, count.high
(51, None)
>>> Span(start=5, end=4)
Traceback (most recent call last):
...
conflictfigures.errors.InvalidSpan: 'end' must be >= 'start' (5), got 4
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import sys
from typing import Any

import attrs

from conflictfigures._qualifiers import Qualifier, parse_member
from conflictfigures.errors import (
    InvalidCount,
    InvalidFigure,
    InvalidPeriod,
    InvalidSpan,
    InvalidType,
    UnknownCategory,
    type_name,
)
from conflictfigures.policy import DEFAULT_POLICY, BoundsPolicy

__all__ = [
    "MAX_COUNT",
    "Category",
    "Count",
    "Figure",
    "Period",
    "Qualifier",
    "Source",
    "Span",
    "iso_date",
]


def iso_date(text: str) -> dt.date:
    """
    Read a calendar date written exactly ``YYYY-MM-DD`` (ASCII digits).

    Python's :meth:`datetime.date.fromisoformat` also reads ``"20200227"``
    and ``"2020-W09-4"``; records, manifests and the command line promise
    ``YYYY-MM-DD`` only, so this is the one rule they all follow.

    Raises:
        ValueError: ``text`` is not ``YYYY-MM-DD``, or names a day that does
            not exist; the message says which.

    >>> iso_date("2020-02-29")
    datetime.date(2020, 2, 29)
    >>> iso_date("20200229")
    Traceback (most recent call last):
    ...
    ValueError: not a date as YYYY-MM-DD: '20200229'
    """
    digits = text[:4] + text[5:7] + text[8:]
    # ``isdigit`` on ASCII text is exactly 0-9; other scripts' digits are refused.
    if not (
        len(text) == 10 and text[4] == text[7] == "-" and digits.isascii() and digits.isdigit()
    ):
        raise ValueError(f"not a date as YYYY-MM-DD: {text!r}")
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise ValueError(f"impossible date {text!r} ({exc})") from None


class Category(enum.Enum):
    """
    What a figure counts.

    The value is the name used in records (``"killed"``).
    People: killed, wounded, missing, detained, displaced, refugees, and
    casualties (killed and wounded together, as loss reports use the word;
    never folded into either).
    Equipment: destroyed, captured, damaged, abandoned (the four outcomes that
    open-source equipment-loss trackers record).

    >>> Category.parse("killed")
    <Category.KILLED: 'killed'>

    .. versionadded:: 0.1.0
    """

    KILLED = "killed"
    WOUNDED = "wounded"
    MISSING = "missing"
    DETAINED = "detained"
    DISPLACED = "displaced"
    REFUGEES = "refugees"
    CASUALTIES = "casualties"
    EQUIPMENT_DESTROYED = "equipment_destroyed"
    EQUIPMENT_CAPTURED = "equipment_captured"
    EQUIPMENT_DAMAGED = "equipment_damaged"
    EQUIPMENT_ABANDONED = "equipment_abandoned"

    #: Members are singletons compared by identity, so they hash by identity
    #: too: a C slot instead of ``Enum.__hash__`` (a Python call hashing the
    #: name), which every hash of a figure, count or claim key pays.
    __hash__ = object.__hash__

    @classmethod
    def parse(cls, name: Category | str) -> Category:
        """
        Return the category for a record name such as ``"killed"``.

        Args:
            name: a :class:`Category` or its value, any case.

        Raises:
            UnknownCategory: ``name`` is not a category.

        >>> Category.parse("Equipment_Destroyed")
        <Category.EQUIPMENT_DESTROYED: 'equipment_destroyed'>
        """
        return parse_member(cls, name, UnknownCategory, "category")

    @property
    def is_equipment(self) -> bool:
        """Whether the category counts equipment rather than people."""
        return self.value.startswith("equipment_")

    @property
    def is_stock(self) -> bool:
        """
        Whether figures of this category are stocks (standing numbers such as
        refugees hosted), running totals by nature rather than incidents.
        """
        return self is Category.REFUGEES


def _to_category(value: Category | str) -> Category:
    return Category.parse(value)


def _to_qualifier(value: Qualifier | str) -> Qualifier:
    return Qualifier.parse(value)


#: The largest number a count holds (a quintillion). No count of people or
#: equipment comes near it, and every bound a policy derives from it still
#: fits a signed 64-bit integer (SQLite, pandas ``Int64``) and a float.
MAX_COUNT = 10**18


def _too_large(value: int) -> str:
    return f"at most {MAX_COUNT:,} (10**18), got a number of {len(str(value)):,} digits"


def _non_negative_int(error: type[ValueError], *, optional: bool = False) -> Any:  # noqa: ANN401
    """
    Build a validator that accepts ints (not bools) from 0 to
    :data:`MAX_COUNT` and raises ``error``.
    """

    def check(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is None and optional:
            return
        if isinstance(value, bool) or not isinstance(value, int):
            raise error(f"{attribute.name!r} must be an int, got {value!r}")
        if value < 0:
            raise error(f"{attribute.name!r} must be >= 0: {value!r}")
        if value > MAX_COUNT:
            raise error(f"{attribute.name!r} must be {_too_large(value)}")

    return check


def _check_number(name: str, value: object, *, optional: bool, minimum: int = 0) -> None:
    """Check one number argument of :meth:`Count.read` before any policy sees it."""
    if value is None and optional:
        return
    if isinstance(value, bool) or not isinstance(value, int):
        want = "an int or None" if optional else "an int"
        raise InvalidType(f"{name!r} must be {want}, got {type_name(value)}: {value!r}")
    if value < minimum:
        raise InvalidCount(f"{name!r} must be >= {minimum}, got {value!r}")
    if value > MAX_COUNT:
        raise InvalidCount(f"{name!r} must be {_too_large(value)}")


def instance_of(cls: type, *, optional: bool = False) -> Any:  # noqa: ANN401
    """
    Build a validator that accepts instances of ``cls`` (or ``None`` when
    ``optional``) and raises :class:`~conflictfigures.errors.InvalidType`
    naming the field, e.g. ``'count' must be a Count, got int: 5``.
    """
    want = f"a {cls.__name__}" + (" or None" if optional else "")

    def check(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is None and optional:
            return
        if not isinstance(value, cls):
            shown_value = repr(value)
            if len(shown_value) > 60:
                shown_value = shown_value[:57] + "..."
            raise InvalidType(
                f"{attribute.name!r} must be {want}, got {type_name(value)}: {shown_value}"
            )

    return check


def _optional_str(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and not isinstance(value, str):
        raise InvalidFigure(f"{attribute.name!r} must be a str or None, got {value!r}")


def _optional_date(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None:
        return
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
        raise InvalidFigure(f"{attribute.name!r} must be a datetime.date or None, got {value!r}")


@attrs.frozen(kw_only=True)
class Span:
    """
    A half-open range of character offsets ``[start, end)`` into the text
    passed to extraction (not into a normalised copy).

    >>> text = "Two Turkish soldiers were killed"
    >>> span = Span(start=4, end=20)
    >>> span.slice(text)
    'Turkish soldiers'

    .. versionadded:: 0.1.0
    """

    start: int = attrs.field(validator=_non_negative_int(InvalidSpan))
    end: int = attrs.field(validator=_non_negative_int(InvalidSpan))

    def __attrs_post_init__(self) -> None:
        """Reject a reversed span."""
        if self.end < self.start:
            raise InvalidSpan(f"'end' must be >= 'start' ({self.start}), got {self.end}")

    def __len__(self) -> int:
        """Return the number of characters covered."""
        return self.end - self.start

    def slice(self, text: str) -> str:
        """Return the characters of ``text`` this span covers."""
        return text[self.start : self.end]

    def contains(self, other: Span) -> bool:
        """Whether ``other`` lies entirely within this span."""
        return self.start <= other.start and other.end <= self.end


@attrs.frozen(kw_only=True)
class Period:
    """
    The stretch of time a running total covers, as ``start`` and ``end``
    dates, either of which may be open (``None``) but not both.

    ``"so far this month"`` in an article published 2020-02-27 is
    ``Period(start=date(2020, 2, 1), end=date(2020, 2, 27))``.

    >>> from conflictfigures.errors import InvalidPeriod
    >>> try:
    ...     Period(start=dt.date(2020, 2, 27), end=dt.date(2020, 2, 1))
    ... except InvalidPeriod as e:
    ...     print(e)
    'end' must be on or after 'start' (2020-02-27), got 2020-02-01

    .. versionadded:: 0.1.0
    """

    start: dt.date | None = attrs.field(default=None)
    end: dt.date | None = attrs.field(default=None)

    def __attrs_post_init__(self) -> None:
        """Reject a period that ends before it starts or has no end at all."""
        for name in ("start", "end"):
            value = getattr(self, name)
            if value is not None and (
                isinstance(value, dt.datetime) or not isinstance(value, dt.date)
            ):
                raise InvalidPeriod(f"{name!r} must be a datetime.date or None, got {value!r}")
        if self.start is None and self.end is None:
            raise InvalidPeriod("a period needs a 'start' or an 'end', got neither")
        if self.start is not None and self.end is not None and self.end < self.start:
            raise InvalidPeriod(
                f"'end' must be on or after 'start' ({self.start.isoformat()}), "
                f"got {self.end.isoformat()}"
            )

    def overlaps(self, other: Period) -> bool:
        """Whether the two periods share at least one day (open ends reach forever)."""
        lo = max(self.start or dt.date.min, other.start or dt.date.min)
        hi = min(self.end or dt.date.max, other.end or dt.date.max)
        return lo <= hi


@attrs.frozen(kw_only=True)
class Source:
    """
    Where a figure was published: the provenance every figure carries.

    .. versionadded:: 0.1.0
    """

    outlet: str | None = attrs.field(default=None, validator=_optional_str)
    url: str | None = attrs.field(default=None, validator=_optional_str)
    published: dt.date | None = attrs.field(default=None, validator=_optional_date)
    doc_id: str | None = attrs.field(default=None, validator=_optional_str)


# Qualifiers whose implied range must contain the stated number.
_CONTAINS_STATED = frozenset({Qualifier.EXACT, Qualifier.AT_LEAST, Qualifier.ABOUT})


@attrs.frozen(kw_only=True)
class Count:
    """
    A number as the text states it, and the bounds it implies.

    ``stated`` is the number as written (``"more than 50"`` is 50,
    ``"3.6 million"`` is 3,600,000); ``None`` for a vague count such as
    ``"dozens"``, whose word is kept in ``vague``.
    ``stated_high`` is the upper number of an explicit range.
    ``rounding`` is the place value of the last digit written
    (``"3.6 million"`` is rounded to 100,000; ``"two"`` to 1).
    ``low`` and ``high`` are the bounds the words imply under a
    :class:`~conflictfigures.BoundsPolicy`; ``high`` is ``None`` when the
    words set no upper bound (``"at least 19"``).

    Build counts with :meth:`read` (bounds from a policy) or give every field.

    >>> str(Count.read(50, Qualifier.MORE_THAN))
    'more than 50'
    >>> Count.read(3_600_000, Qualifier.EXACT, rounding=100_000).high
    3649999

    .. versionadded:: 0.1.0
    """

    stated: int | None = attrs.field(validator=_non_negative_int(InvalidCount, optional=True))
    qualifier: Qualifier = attrs.field(converter=_to_qualifier)
    low: int = attrs.field(validator=_non_negative_int(InvalidCount))
    high: int | None = attrs.field(validator=_non_negative_int(InvalidCount, optional=True))
    stated_high: int | None = attrs.field(
        default=None, validator=_non_negative_int(InvalidCount, optional=True)
    )
    vague: str | None = attrs.field(default=None)
    rounding: int = attrs.field(default=1)

    @high.validator
    def _high_at_least_low(self, _attribute: attrs.Attribute[Any], value: int | None) -> None:
        if value is not None and value < self.low:
            raise InvalidCount(f"'high' must be >= 'low' ({self.low}), got {value}")

    @rounding.validator
    def _rounding_positive(self, _attribute: attrs.Attribute[Any], value: int) -> None:
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise InvalidCount(f"'rounding' must be an int >= 1, got {value!r}")
        if value > MAX_COUNT:
            raise InvalidCount(f"'rounding' must be {_too_large(value)}")

    def __attrs_post_init__(self) -> None:
        """Check that the fields describe one possible count."""
        q = self.qualifier
        if q is Qualifier.VAGUE:
            if self.stated is not None or self.stated_high is not None:
                raise InvalidCount(f"a vague count states no number, got stated={self.stated!r}")
            if not isinstance(self.vague, str) or not self.vague.strip():
                raise InvalidCount(f"a vague count needs its word in 'vague', got {self.vague!r}")
            return
        if self.vague is not None:
            raise InvalidCount(
                f"'vague' is only for vague counts, got {self.vague!r} with {q.value}"
            )
        if self.stated is None:
            raise InvalidCount(f"a {q.value} count needs 'stated', got None")
        if q is Qualifier.RANGE:
            if self.stated_high is None or self.stated_high < self.stated:
                raise InvalidCount(
                    f"'stated_high' must be >= 'stated' ({self.stated}) for a range, "
                    f"got {self.stated_high!r}"
                )
        elif self.stated_high is not None:
            raise InvalidCount(f"'stated_high' is only for ranges, got {self.stated_high!r}")
        inside = self.low <= self.stated and (self.high is None or self.stated <= self.high)
        if q in _CONTAINS_STATED and not inside:
            raise InvalidCount(
                f"a {q.value} count's bounds must contain its stated number {self.stated}, "
                f"got [{self.low}, {self.high}]"
            )
        if q is Qualifier.RANGE and not (
            self.low <= self.stated
            and (self.high is None or self.stated_high is None or self.stated_high <= self.high)
        ):
            raise InvalidCount(
                f"a range's bounds must contain {self.stated} to {self.stated_high}, "
                f"got [{self.low}, {self.high}]"
            )
        if q is Qualifier.MORE_THAN and self.high is not None and self.high <= self.stated:
            raise InvalidCount(
                f"'more than {self.stated}' cannot have 'high' {self.high} <= {self.stated}"
            )
        if q is Qualifier.MORE_THAN and self.low <= self.stated:
            raise InvalidCount(
                f"'more than {self.stated}' cannot have 'low' {self.low} <= {self.stated}"
            )
        floor = self.stated - self.rounding // 2
        if q is Qualifier.AT_LEAST and self.low < floor:
            raise InvalidCount(
                f"'at least {self.stated}' cannot have 'low' {self.low} below {max(floor, 0)} "
                f"(the stated number less half its rounding {self.rounding})"
            )
        if q in (Qualifier.NEARLY, Qualifier.FEWER_THAN, Qualifier.UP_TO) and (
            self.low > self.stated
        ):
            raise InvalidCount(
                f"a {q.value} count cannot have 'low' {self.low} above its stated "
                f"number {self.stated}"
            )

    @classmethod
    def read(
        cls,
        stated: int | None,
        qualifier: Qualifier | str,
        *,
        stated_high: int | None = None,
        vague: str | None = None,
        rounding: int = 1,
        policy: BoundsPolicy | None = None,
    ) -> Count:
        """
        Build a count whose bounds come from ``policy`` (default:
        :data:`conflictfigures.DEFAULT_POLICY`).

        Raises:
            InvalidCount: the numbers cannot describe a count (negative,
                above :data:`MAX_COUNT`, a rounding below 1, ...).
            UnknownQualifier: ``qualifier`` is not a qualifier name.
            InvalidType: a number that is not an ``int``, a ``vague`` word
                that is not a ``str``, a ``policy`` that is not a
                :class:`~conflictfigures.BoundsPolicy`.

        >>> Count.read(None, "vague", vague="dozens").low
        24
        """
        q = Qualifier.parse(qualifier)
        _check_number("stated", stated, optional=True)
        _check_number("stated_high", stated_high, optional=True)
        _check_number("rounding", rounding, optional=False, minimum=1)
        if vague is not None and not isinstance(vague, str):
            raise InvalidType(f"'vague' must be a str or None, got {type_name(vague)}: {vague!r}")
        if policy is not None and not isinstance(policy, BoundsPolicy):
            raise InvalidType(f"'policy' must be a BoundsPolicy or None, got {type_name(policy)}")
        if cls is Count and (policy is None or policy is DEFAULT_POLICY):
            return _read_default(stated, q, stated_high, vague, rounding)
        return _read(
            cls,
            stated=stated,
            qualifier=q,
            stated_high=stated_high,
            vague=vague,
            rounding=rounding,
            policy=DEFAULT_POLICY if policy is None else policy,
        )

    @classmethod
    def exact(cls, n: int) -> Count:
        """
        Return the exact count ``n``: ``low == high == n``.

        >>> Count.exact(5).high
        5

        Raises:
            InvalidCount: ``n`` is negative or above :data:`MAX_COUNT`.
            InvalidType: ``n`` is not an ``int``.
        """
        _check_number("n", n, optional=False)
        if cls is Count:
            return _read_default(n, Qualifier.EXACT, None, None, 1)
        return cls(stated=n, qualifier=Qualifier.EXACT, low=n, high=n)

    def rebound(self, policy: BoundsPolicy) -> Count:
        """
        Return the same count with bounds recomputed under another policy.

        >>> from conflictfigures import ACLED_POLICY
        >>> Count.read(None, "vague", vague="dozens").rebound(ACLED_POLICY).low
        12
        """
        return Count.read(
            self.stated,
            self.qualifier,
            stated_high=self.stated_high,
            vague=self.vague,
            rounding=self.rounding,
            policy=policy,
        )

    def compatible(self, other: Count) -> bool:
        """
        Whether both counts can be true at once: their implied ranges overlap.

        >>> Count.read(19, "at_least").compatible(Count.exact(20))
        True
        >>> Count.read(3_600_000, "exact", rounding=100_000).compatible(
        ...     Count.read(3_700_000, "exact", rounding=100_000))
        False

        Raises:
            InvalidType: ``other`` is not a :class:`Count`.
        """
        if not isinstance(other, Count):
            raise InvalidType(f"'other' must be a Count, got {type_name(other)}: {other!r}")
        lo = max(self.low, other.low)
        hi_candidates = [h for h in (self.high, other.high) if h is not None]
        return not hi_candidates or lo <= min(hi_candidates)

    def __str__(self) -> str:
        """Return the count as a person would say it: ``more than 50``, ``dozens``."""
        if self.qualifier is Qualifier.VAGUE:
            return str(self.vague)
        words = {
            Qualifier.EXACT: "",
            Qualifier.AT_LEAST: "at least ",
            Qualifier.MORE_THAN: "more than ",
            Qualifier.UP_TO: "up to ",
            Qualifier.FEWER_THAN: "fewer than ",
            Qualifier.ABOUT: "about ",
            Qualifier.NEARLY: "nearly ",
        }
        if self.qualifier is Qualifier.RANGE:
            return f"{self.stated:,} to {self.stated_high:,}"
        return f"{words[self.qualifier]}{self.stated:,}"


def _read(
    cls: type[Count],
    *,
    stated: int | None,
    qualifier: Qualifier,
    stated_high: int | None,
    vague: str | None,
    rounding: int,
    policy: BoundsPolicy,
) -> Count:
    """Build a count whose bounds come from ``policy`` (arguments already checked)."""
    low, high = policy.bounds(
        stated=stated, qualifier=qualifier, stated_high=stated_high, vague=vague, rounding=rounding
    )
    return cls(
        stated=stated,
        qualifier=qualifier,
        low=low,
        high=high,
        stated_high=stated_high,
        vague=vague,
        rounding=rounding,
    )


@functools.lru_cache(maxsize=4_096)
def _read_default(
    stated: int | None,
    qualifier: Qualifier,
    stated_high: int | None,
    vague: str | None,
    rounding: int,
) -> Count:
    """
    A count under the default policy, one object per distinct count: counts
    are immutable and most are small numbers stated again and again ("two",
    "three"), so a corpus shares them instead of holding one per figure.
    """
    return _read(
        Count,
        stated=stated,
        qualifier=qualifier,
        stated_high=stated_high,
        vague=vague,
        rounding=rounding,
        policy=DEFAULT_POLICY,
    )


def _interned(value: str | None) -> str | None:
    """
    The one shared copy of a short text (``sys.intern``): subjects, sides,
    places and claimants repeat across a corpus ("civilians", "Idlib").
    Anything but a ``str`` is left as it is, for the validator to judge.
    """
    return sys.intern(value) if type(value) is str else value


@attrs.frozen(kw_only=True)
class Figure:
    """
    One reported figure with everything needed to defend it.

    Attributes:
        category: what is counted.
        count: the number as stated and the bounds it implies.
        subject: who or what is counted, as written (``"Turkish soldiers"``).
        side: the country or party the text ties the counted group to
            (``"Turkey"``), or ``None``.
        location: the place the figure applies to, as written, or ``None``.
        date: the incident date when the text fixes it.
        period: the stretch a running total covers, when the text fixes it.
        cumulative: ``True`` for a running total or a stock, ``False`` for
            one incident.
        claimed_by: who the text says made the claim, as written.
        source: outlet, URL, publication date and document id.
        span: where the figure's words sit in the text passed in.
        surface: those words, exactly: ``text[span.start:span.end]``.
        sentence: the sentence the figure is in.
        sentence_span: where that sentence sits in the text; it contains
            ``span``.
        part_of: for a part of a figure told just before it ("killed 12
            people, including five children": the five children), the span
            of that figure, else ``None``. A part says what the figure is
            made of and is never added to it: aggregation leaves parts out.

    .. versionadded:: 0.1.0
    """

    category: Category = attrs.field(converter=_to_category)
    count: Count = attrs.field(validator=instance_of(Count))
    span: Span = attrs.field(validator=instance_of(Span))
    surface: str = attrs.field(validator=instance_of(str))
    source: Source = attrs.field(factory=Source, validator=instance_of(Source))
    subject: str | None = attrs.field(default=None, converter=_interned, validator=_optional_str)
    side: str | None = attrs.field(default=None, converter=_interned, validator=_optional_str)
    location: str | None = attrs.field(default=None, converter=_interned, validator=_optional_str)
    date: dt.date | None = attrs.field(default=None, validator=_optional_date)
    period: Period | None = attrs.field(default=None, validator=instance_of(Period, optional=True))
    cumulative: bool = attrs.field(default=False, validator=instance_of(bool))
    claimed_by: str | None = attrs.field(default=None, converter=_interned, validator=_optional_str)
    sentence: str | None = attrs.field(default=None, validator=_optional_str)
    sentence_span: Span | None = attrs.field(
        default=None, validator=instance_of(Span, optional=True)
    )
    part_of: Span | None = attrs.field(default=None, validator=instance_of(Span, optional=True))

    def __attrs_post_init__(self) -> None:
        """Check that the words, their span and their sentence agree."""
        if len(self.surface) != len(self.span):
            raise InvalidSpan(
                f"'surface' must be as long as 'span' ({len(self.span)} characters), "
                f"got {len(self.surface)} characters: {self.surface!r}"
            )
        if (self.sentence is None) != (self.sentence_span is None):
            raise InvalidSpan("'sentence' and 'sentence_span' must be given together")
        if self.sentence is not None and self.sentence_span is not None:
            if len(self.sentence) != len(self.sentence_span):
                raise InvalidSpan(
                    f"'sentence' must be as long as 'sentence_span' "
                    f"({len(self.sentence_span)} characters), got {len(self.sentence)}"
                )
            if not self.sentence_span.contains(self.span):
                raise InvalidSpan(
                    f"'sentence_span' {self.sentence_span.start}-{self.sentence_span.end} "
                    f"must contain 'span' {self.span.start}-{self.span.end}"
                )
            offset = self.span.start - self.sentence_span.start
            if self.sentence[offset : offset + len(self.span)] != self.surface:
                raise InvalidSpan(
                    f"'surface' {self.surface!r} is not the sentence's text at its span"
                )

    @property
    def as_of(self) -> dt.date | None:
        """
        The date the figure speaks for: a running total's period end, else the
        incident date, else the publication date.
        """
        if self.period is not None and self.period.end is not None:
            return self.period.end
        if self.date is not None:
            return self.date
        return self.source.published


#: Sets a field of a frozen instance, as attrs' own ``__init__`` does.
_set_field = object.__setattr__


def trusted_span(start: int, end: int) -> Span:
    """
    A :class:`Span` built without its checks, for the extractor only: its
    offsets come from its own tokens, ``0 <= start <= end`` by construction.
    """
    span = object.__new__(Span)
    _set_field(span, "start", start)
    _set_field(span, "end", end)
    return span


def trusted_source(
    *, outlet: str | None, url: str | None, published: dt.date | None, doc_id: str | None
) -> Source:
    """
    A :class:`Source` built without its checks, for ``extract`` only, which
    has checked each value itself (one source a document: its checks cost
    as much as a short document's screening).
    """
    source = object.__new__(Source)
    _set_field(source, "outlet", outlet)
    _set_field(source, "url", url)
    _set_field(source, "published", published)
    _set_field(source, "doc_id", doc_id)
    return source


def trusted_figure(
    *,
    category: Category,
    count: Count,
    span: Span,
    surface: str,
    source: Source,
    subject: str | None,
    side: str | None,
    location: str | None,
    date: dt.date | None,
    period: Period | None,
    cumulative: bool,
    claimed_by: str | None,
    sentence: str | None,
    sentence_span: Span | None,
    part_of: Span | None = None,
) -> Figure:
    """
    A :class:`Figure` built without its checks, for the extractor only, which
    builds every value itself (its words sliced from the text at their own
    span, inside their sentence): the checks would cost a sixth of
    extraction and could never fail.  The texts are interned as
    :class:`Figure` does.  Tests hold it equal to the checked constructor.
    """
    figure = object.__new__(Figure)
    _set_field(figure, "category", category)
    _set_field(figure, "count", count)
    _set_field(figure, "span", span)
    _set_field(figure, "surface", surface)
    _set_field(figure, "source", source)
    _set_field(figure, "subject", _interned(subject))
    _set_field(figure, "side", _interned(side))
    _set_field(figure, "location", _interned(location))
    _set_field(figure, "date", date)
    _set_field(figure, "period", period)
    _set_field(figure, "cumulative", cumulative)
    _set_field(figure, "claimed_by", _interned(claimed_by))
    _set_field(figure, "sentence", sentence)
    _set_field(figure, "sentence_span", sentence_span)
    _set_field(figure, "part_of", part_of)
    return figure
