"""
Counts: a number as read ("more than 50", "dozens", "10 to 15") made a
:class:`~conflictfigures.models.Count` under a bounds policy, each distinct
one built once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from conflictfigures.models import Count, Qualifier, trusted_figure, trusted_span

if TYPE_CHECKING:
    from conflictfigures._extraction.numbers import NumberReading
    from conflictfigures.models import Category, Figure, Period, Source
    from conflictfigures.policy import BoundsPolicy

__all__ = ["count", "new_count", "running_total"]


#: Counts already built, by policy and reading: a count is immutable and the
#: same few ("two", "several", "a") recur in every article.  The policies are
#: held here too, so an ``id`` in a key is never reused while it is cached.
COUNTS: dict[tuple[object, ...], Count] = {}


COUNT_POLICIES: dict[int, BoundsPolicy] = {}


COUNTS_HELD = 4096


def count(num: NumberReading, policy: BoundsPolicy) -> Count:
    """The count a number as read states under a bounds policy, built once for each."""
    key = (
        id(policy),
        num.stated,
        num.qualifier,
        num.stated_high,
        num.vague,
        num.scaled_unit,
        num.written_digits,
    )
    count = COUNTS.get(key)
    if count is None:
        count = new_count(num, policy)
        if len(COUNTS) >= COUNTS_HELD:
            COUNTS.clear()
            COUNT_POLICIES.clear()
        COUNT_POLICIES[id(policy)] = policy
        COUNTS[key] = count
    return count


def new_count(num: NumberReading, policy: BoundsPolicy) -> Count:
    """Build the count of a number as read, its rounding told by the policy."""
    if num.qualifier is Qualifier.VAGUE:
        return Count.read(None, Qualifier.VAGUE, vague=num.vague, policy=policy)
    assert num.stated is not None  # noqa: S101 - readings other than vague carry a number
    rounding = policy.rounding_of(
        num.stated, scaled_unit=num.scaled_unit, written_digits=num.written_digits
    )
    if num.qualifier is Qualifier.RANGE:
        rounding = 1
    return Count.read(
        num.stated,
        num.qualifier,
        stated_high=num.stated_high,
        rounding=rounding,
        policy=policy,
    )


def running_total(
    text: str,
    source: Source,
    category: Category,
    told: Count,
    words: tuple[int, int],
    *,
    subject: str | None = None,
    line: tuple[int, int] | None = None,
    period: Period | None = None,
    claimed_by: str | None = None,
) -> Figure:
    """
    A running total read outside the sentence reader (storm codes, a
    ministry's listed losses): its ``words`` in ``text``, and the ``line`` it
    stands on, if it is told on one; no side, place or date of its own, and
    the ``period`` and source its heading gives, if any.
    """
    start, end = words
    return trusted_figure(
        category=category,
        count=told,
        span=trusted_span(start, end),
        surface=text[start:end],
        source=source,
        subject=subject,
        side=None,
        location=None,
        date=None,
        period=period,
        cumulative=True,
        claimed_by=claimed_by,
        sentence=None if line is None else text[line[0] : line[1]],
        sentence_span=None if line is None else trusted_span(*line),
    )
