"""
Periods told by their two ends, read after "between" or "from": "between
January and March (2024)", "from 2015 to 2020", "between 1 and 7 March",
"from Friday to Sunday".  :mod:`~conflictfigures._extraction.periods` tries
them where such a word stands; the days are read by
:mod:`~conflictfigures._extraction.dates`.
"""

from __future__ import annotations

import calendar
import datetime as dt
from typing import TYPE_CHECKING

from dateutil.relativedelta import relativedelta

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.dates import (
    PeriodMention,
    at,
    day_of,
    month_date,
    optional_year,
    safe_date,
    shift,
    year_of,
)
from conflictfigures._lexicon import MONTHS, WEEKDAYS
from conflictfigures.models import Period

if TYPE_CHECKING:
    from conflictfigures._extraction.text import Token

__all__ = ["SPAN_JOINERS", "between_period", "month_end"]


def month_end(year: int, month: int) -> dt.date:
    """The last day of a month."""
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def between_period(tokens: list[Token], i: int, published: dt.date) -> PeriodMention | None:
    """
    The period whose two ends follow "between" or "from" at ``i``: months,
    days of one month, weekdays or years, in that order of trial.
    """
    return (
        _between_months(tokens, i, published)
        or _between_days(tokens, i, published)
        or _between_weekdays(tokens, i, published)
        or _between_years(tokens, i, published)
    )


#: The words between the two ends of a span of time ("between January and March").
SPAN_JOINERS = frozenset({"and", "to", "until", "through"})


def _between_months(tokens: list[Token], i: int, published: dt.date) -> PeriodMention | None:
    """Read "between January and March (2024)" or "from January to March" at ``i``."""
    n = len(tokens)
    if i + 3 >= n:
        return None
    first, joiner, second = tokens[i + 1], tokens[i + 2], tokens[i + 3]
    if not (
        first.low in MONTHS
        and second.low in MONTHS
        and first.is_capitalized
        and second.is_capitalized
        and joiner.low in SPAN_JOINERS
    ):
        return None
    year, end_index = optional_year(tokens, i + 4)
    m1, m2 = MONTHS[first.low], MONTHS[second.low]
    if year is None:
        year = published.year if m2 <= published.month else published.year - 1
    if m1 > m2:
        return None
    start = safe_date(year, m1, 1)  # (None before the calendar's first year)
    if start is None or start > published:
        return None
    end = min(month_end(year, m2), published)
    return PeriodMention(i, end_index, Period(start=start, end=end))


def _between_years(tokens: list[Token], i: int, published: dt.date) -> PeriodMention | None:
    """Read "from 2015 to 2020" or "between 2015 and 2020" at ``i``: whole years."""
    y1, y2 = year_of(at(tokens, i + 1)), year_of(at(tokens, i + 3))
    joiner = at(tokens, i + 2)
    if y1 is None or y2 is None or joiner is None or joiner.low not in SPAN_JOINERS:
        return None
    if y1 >= y2 or y1 > published.year:
        return None
    end = min(dt.date(y2, 12, 31), published)
    return PeriodMention(i, i + 4, Period(start=dt.date(y1, 1, 1), end=end))


def _between_days(tokens: list[Token], i: int, published: dt.date) -> PeriodMention | None:
    """
    Read "between 1 and 7 March (2024)" or "from 1 to 7 March" at ``i``: the
    days of one month, the latest such days up to publication.
    """
    if i + 4 >= len(tokens):
        return None
    first, joiner, second, month_tok = tokens[i + 1 : i + 5]
    d1, d2 = day_of(first), day_of(second)
    if (
        d1 is None
        or d2 is None
        or d1 >= d2
        or joiner.low not in SPAN_JOINERS
        or month_tok.low not in MONTHS
        or not month_tok.is_capitalized
    ):
        return None
    year, end_index = optional_year(tokens, i + 5)
    end = month_date(year, MONTHS[month_tok.low], d2, published)
    if end is None:
        return None
    start = safe_date(end.year, end.month, d1)
    if start is None or start > published:
        return None
    return PeriodMention(i, end_index, Period(start=start, end=min(end, published)))


def _weekday_end(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """``WEEKDAY PART_OF_DAY?`` at ``k``: the weekday's number and the index after it."""
    tok = at(tokens, k)
    if tok is None or tok.low not in WEEKDAYS or not tok.is_capitalized:
        return None
    nxt = at(tokens, k + 1)
    part = nxt is not None and (nxt.low in lx.PARTS_OF_DAY or nxt.low == "night")
    return WEEKDAYS[tok.low], (k + 2 if part else k + 1)


def _between_weekdays(tokens: list[Token], i: int, published: dt.date) -> PeriodMention | None:
    """
    Read "between Tuesday evening and Thursday morning" or "from Friday to
    Sunday" at ``i``: the latest such days up to publication; not one night
    told by the two days it joins ("overnight from Saturday to Sunday",
    "between Saturday night and Sunday morning"), a day (see
    ``dates._night_of_two_days``).
    """
    first = _weekday_end(tokens, i + 1)
    if first is None:
        return None
    joiner = at(tokens, first[1])
    second = _weekday_end(tokens, first[1] + 1)
    if joiner is None or joiner.low not in SPAN_JOINERS or second is None:
        return None
    before, part = at(tokens, i - 1), at(tokens, first[1] - 1)
    article = at(tokens, i - 2)
    if (second[0] - first[0]) % 7 == 1 and (
        (before is not None and before.low == "overnight")
        # ("the night of", "late at night from": not "day and night from
        # Monday to Tuesday")
        or (
            before is not None
            and before.low == "night"
            and not (article is not None and article.low == "and")
        )
        or (part is not None and part.low == "night")
    ):
        return None  # one night, a day (see ``dates._night_of_two_days``)
    end = shift(published, relativedelta(days=-((published.weekday() - second[0]) % 7)))
    start = shift(end, relativedelta(days=-((second[0] - first[0]) % 7))) if end else None
    if end is None or start is None:
        return None  # (days before the calendar's first)
    return PeriodMention(i, second[1], Period(start=start, end=end))
