"""
Rule 0m: a running total of an earlier span told beside one that runs up to
publication is a comparison, not counted with it ("At least 48 migrants
have died crossing the Channel this year ... In 2021, the figure stood at
12"; "At the same point last year, the city had recorded 38 homicides").
New in session 55.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import datetime as dt

    from conflictfigures.models import Category, Figure, Source

__all__ = ["past_totals_dropped"]

#: The words that tell a count of another span is told to compare: a year
#: before ("last year", "a year earlier", "the previous year"), the same
#: point or span then, "compared with", or a year opening the sentence ("In
#: 2021, the figure stood at 12").
_COMPARED_RE = re.compile(
    r"\b(?:last year|a year (?:earlier|ago|before)|(?:the )?previous year|the year before"
    r"|(?:at )?the same (?:point|time|period|stage)|compared (?:with|to))\b"
    r"|^\W*in (?:1[89]|20)\d\d\b"
)


def past_totals_dropped(figures: list[Figure]) -> list[Figure]:
    """
    The figures without the running totals whose span ended before the span
    of a running total of their category in their document began, that one
    up to its publication, and whose sentence tells a comparison
    (:data:`_COMPARED_RE`): the earlier span's count is told to compare,
    and the document's count is the current one ("a second attack in
    April" of the year before is an incident of its own, and stays).  A
    document with no total up to publication keeps all its totals.
    """
    starts: dict[tuple[Source, Category], dt.date] = {}
    for f in figures:
        period = f.period
        if (
            f.cumulative
            and period is not None
            and period.start is not None
            and period.end == f.source.published
        ):
            key = (f.source, f.category)
            starts[key] = min(period.start, starts.get(key, period.start))
    if not starts:
        return figures
    return [
        f
        for f in figures
        if not (
            f.cumulative
            and f.period is not None
            and f.period.end is not None
            and (start := starts.get((f.source, f.category))) is not None
            and f.period.end < start
            and _COMPARED_RE.search((f.sentence or "").lower()) is not None
        )
    ]
