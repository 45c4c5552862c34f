"""
Where a source carried to a sentence that names none stops.

A sentence with no source of its own goes on with the one its paragraph
named last (``attribution.paragraph_source``: "The army said ...
Twelve soldiers were wounded"), but a reader takes some figures for the
writer's own background, whoever spoke before:

- another incident the sentence sets the story against: an event the story's
  "came two weeks after" ("The ambush came two weeks after the killing of
  40 people in a nearby town"), or the one a comparison's "when" tells ("the
  worst attack since 2009, when a car bomb killed 60");
- a count of a time closed long before the story's incident, in an earlier
  year (a past year's count, a past month's incident), unless the source
  itself counted over so long a time (a ministry's totals of 2022, then its
  totals of 2021), and a running total up to now that starts years before
  it ("have killed more than 900 people since 2019"). A body's running
  total up to the story's incident or later that starts within two years of
  it keeps the source, even in an earlier calendar year: the ministry that
  gave the day's dead gives its total since the war began as well (not an
  officer who told of one ambush: the total after it is the writer's).

Also: a source told of in a sentence with no figure, who reported what
they heard or saw ("after a neighbour reported hearing shots"), spoke of
no count, and is no source of the sentences after it.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.story_days import came_after

if TYPE_CHECKING:
    from conflictfigures._extraction.discourse import Doc
    from conflictfigures.models import Period

__all__ = ["carried_claim", "compared_when", "told_experience"]

#: How long before the story's incident a count's time may start and still be
#: the incident's statement's ("since Monday", "over the past week").
_LONG_BEFORE = dt.timedelta(days=7)
#: How long before the story's incident a running total up to now may start
#: and still be its source's ("since October 7", "since the fighting began in
#: April 2023"; not the writer's years of background, "since 2019").
_RUNNING_SINCE = dt.timedelta(days=730)
#: How far before a figure a comparison's ", when" may stand, and how far
#: before that its "since", and before the "since" its superlative ("the
#: deadliest attack on the capital since February 1994, when a shell
#: killed 68"): bounded looks, so a long sentence stays linear.
_WHEN_REACH = 12
_SINCE_REACH = 6
_SUPERLATIVE_REACH = 6


def compared_when(lows: list[str], first: int) -> bool:
    """
    Whether ``lows[first]`` stands in the "when" clause of a comparison
    ("the deadliest since 1990, when an arson fire killed 87 people"): the
    earlier incident the story is measured against.
    """
    for w in range(first - 1, max(0, first - _WHEN_REACH), -1):
        if lows[w] != "when" or lows[w - 1] != ",":
            continue
        for s in range(w - 2, max(-1, w - 2 - _SINCE_REACH), -1):
            if lows[s] == "since":
                reach = range(max(0, s - _SUPERLATIVE_REACH), s)
                return any(lows[k] in lx.SUPERLATIVES for k in reach)
        return False
    return False


def _long_before(start: dt.date, anchor: dt.date) -> bool:
    """
    Whether a count's time starting on ``start`` began long before the
    story's incident on ``anchor``: in an earlier year, more than a week
    before (not "since Monday", nor "this year", "since March", whose counts
    a source of the story's incident gives as well).
    """
    return start.year < anchor.year and start < anchor - _LONG_BEFORE


def _starts(period: Period | None, date: dt.date | None) -> dt.date | None:
    """When a figure's time starts: its period's first day, else its day."""
    if period is not None:
        return period.start
    return date


def carried_claim(
    doc: Doc,
    lows: list[str],
    at: int,
    when: tuple[Period | None, dt.date | None],
    claimed_by: str | None,
    *,
    carried: bool,
) -> str | None:
    """
    The source of a figure (ending at ``lows[at]``, over ``when``: its
    period and day) that its sentence's claim names, or that is ``carried``
    from the sentences before (see the module's notes): ``None`` for the
    writer's background. A figure of its own source's sentence notes how
    far back that source counted; the first day a figure's sentence dated
    is kept as the story's incident's.
    """
    start = _starts(*when)
    kept = _kept(doc, lows, at, when, claimed_by) if carried else claimed_by
    if doc.incident_day is None and when[0] is None and when[1] is not None:
        doc.incident_day = when[1]
    if not carried and claimed_by is not None and start is not None:
        before = doc.counted_since.get(claimed_by)
        doc.counted_since[claimed_by] = start if before is None else min(before, start)
    return kept


def _kept(
    doc: Doc,
    lows: list[str],
    at: int,
    when: tuple[Period | None, dt.date | None],
    claimed_by: str | None,
) -> str | None:
    """The source carried to a figure, or ``None`` for the writer's background."""
    if claimed_by is None:
        return None
    if came_after(lows, at, event=False) or compared_when(lows, at):
        return None  # "The ambush came two weeks after the killing of 40 people"
    anchor = doc.incident_day or doc.published
    start = _starts(*when)
    if start is None or anchor is None or not _long_before(start, anchor):
        return claimed_by
    end = when[0].end if when[0] is not None else None
    if end is not None and end >= anchor and start >= anchor - _RUNNING_SINCE and _body(claimed_by):
        return claimed_by  # a body's running total up to now ("since October 7")
    own = doc.counted_since.get(claimed_by)
    if own is not None and _long_before(own, anchor):
        return claimed_by  # (the source's own totals over a long time, then others)
    return None


def _body(claimed_by: str) -> bool:
    """Whether a source is a body that keeps counts ("The health ministry", "the army")."""
    words = claimed_by.lower().split()
    return bool(words) and words[-1] in lx.BODY_HEADS


def told_experience(lows: list[str]) -> bool:
    """
    Whether a sentence's source reports what it perceived ("a neighbour
    reported hearing screams", "residents said seeing smoke"): no statement
    of counts, so none the sentences after it go on with.
    """
    return any(
        low in lx.PERCEIVING_GERUNDS and lows[k - 1] in lx.REPORTING_VERBS
        for k, low in enumerate(lows)
        if k
    )
