"""
Periods that start at a point and run to publication: "since March",
"since the war began in 2011", "since Monday", "since last year", "since
April 15". Read by :mod:`.periods`.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from dateutil.relativedelta import relativedelta

from conflictfigures._extraction.dates import (
    DAY_BACK,
    WEEKDAY_OBJECTS,
    PeriodMention,
    at,
    day_of,
    month_date,
    optional_year,
    safe_date,
    shift,
    small_number,
    year_of,
)
from conflictfigures._extraction.spans import PERIOD_UNITS, back_by
from conflictfigures._lexicon import MONTHS, WEEKDAYS
from conflictfigures.models import Period

if TYPE_CHECKING:
    from conflictfigures._extraction.text import Token


#: How many words after "since" its date may stand ("since the full-scale
#: invasion began in February 2022").
SINCE_REACH = 12


def since_period(tokens: list[Token], i: int, published: dt.date) -> PeriodMention | None:
    """
    Read "since (early|late)? MONTH (YEAR)?", "since YEAR", "since Monday"
    within a few words.
    """
    nxt = at(tokens, i + 1)
    if nxt is not None and nxt.low in WEEKDAYS:
        # "since Monday": from the Monday on or before publication
        start = shift(published, relativedelta(weekday=WEEKDAY_OBJECTS[WEEKDAYS[nxt.low]](-1)))
        if start is not None:
            return PeriodMention(i, i + 2, Period(start=start, end=published))
    for j in range(i + 1, min(i + SINCE_REACH, len(tokens))):
        tok = tokens[j]
        if tok.text in (".", ";", ","):
            return None
        relative = _since_relative(tokens, j, published)
        if relative is not None:
            last = j + 2 if tok.low == "last" else j + 1
            return PeriodMention(i, last, Period(start=relative, end=published))
        year = year_of(tok)
        if year is not None and year <= published.year:
            return PeriodMention(i, j + 1, Period(start=dt.date(year, 1, 1), end=published))
        if tok.low in ("year", "month") and j > i + 1 and tokens[j - 1].low == "the":
            # "since the start of the year", "since the beginning of the month"
            start = published.replace(day=1)
            if tok.low == "year":
                start = start.replace(month=1)
            return PeriodMention(i, j + 1, Period(start=start, end=published))
        day_first = day_of(tok)
        if day_first is not None and at(tokens, j + 1) is not None:
            # "since 7 October"
            month_tok = tokens[j + 1]
            if month_tok.low in MONTHS and month_tok.is_capitalized:
                return _since_day(tokens, (i, j + 2), MONTHS[month_tok.low], day_first, published)
        if (
            tok.low in MONTHS
            and tok.is_capitalized
            # ("May" only where no modal stands: right after "since" or its
            # "early", or before a day or a year: "since May 3")
            and (
                tok.low != "may"
                or j == i + 1
                or tokens[j - 1].low in ("early", "late", "mid")
                or day_of(at(tokens, j + 1)) is not None
                or year_of(at(tokens, j + 1)) is not None
            )
        ):
            month = MONTHS[tok.low]
            m = j + 1
            if at(tokens, m) is not None and tokens[m].text == ".":
                m += 1  # "since Oct. 7"
            day = day_of(at(tokens, m))
            if day is not None:  # "since April 15"
                return _since_day(tokens, (i, m + 1), month, day, published)
            year = year_of(at(tokens, m))
            last = m + 1 if year is not None else j + 1
            if year is None and (named := _named_year(tokens, m, published)) is not None:
                year, last = named  # "since October last year"
            if year is None:
                year = published.year if month <= published.month else published.year - 1
            first_day = safe_date(year, month, 1)
            if first_day is None or first_day > published:
                return None
            return PeriodMention(i, last, Period(start=first_day, end=published))
    return None


def _named_year(tokens: list[Token], k: int, published: dt.date) -> tuple[int, int] | None:
    """``("last" | "this") "year"`` at ``k``: the year it names and the index after it."""
    first, second = at(tokens, k), at(tokens, k + 1)
    if first is None or second is None or second.low != "year":
        return None
    if first.low == "last":
        return published.year - 1, k + 2
    return (published.year, k + 2) if first.low == "this" else None


def _since_day(
    tokens: list[Token], span: tuple[int, int], month: int, day: int, published: dt.date
) -> PeriodMention | None:
    """
    The period of "since April 15" up to publication; ``span`` is where
    "since" stands and where an optional year may follow the day.
    """
    i, k = span
    year, last = optional_year(tokens, k)
    if year is None and (named := _named_year(tokens, k, published)) is not None:
        year, last = named  # "since October 7 last year"
    start = month_date(year, month, day, published)
    if start is not None and start > published and year is None:
        start = safe_date(published.year - 1, month, day)
    if start is None or start > published:
        return None
    return PeriodMention(i, last, Period(start=start, end=published))


def _since_relative(tokens: list[Token], j: int, published: dt.date) -> dt.date | None:
    """
    The start a relative date at ``tokens[j]`` inside a since-clause gives:
    "N UNITS ago" ("since the protests erupted three weeks ago"), "last
    week|month|year" (its first day), or a weekday ("since fighting broke
    out on Saturday": the latest such day up to publication).
    """
    tok = tokens[j]
    if tok.low == "ago" and j >= 2:
        amount = small_number(tokens[j - 2])
        unit = PERIOD_UNITS.get(tokens[j - 1].low)
        if unit is None:
            return None
        return shift(published, -back_by(1 if amount is None else amount, unit))
    nxt = at(tokens, j + 1)
    if tok.low == "last" and nxt is not None:
        if nxt.low == "week":
            return shift(published, relativedelta(days=-(published.weekday() + 7)))
        if nxt.low == "month":
            last_day = shift(published.replace(day=1), DAY_BACK)
            return None if last_day is None else last_day.replace(day=1)
        if nxt.low == "year" and published.year > 1:
            return dt.date(published.year - 1, 1, 1)
    if tok.low in WEEKDAYS:
        return shift(published, relativedelta(weekday=WEEKDAY_OBJECTS[WEEKDAYS[tok.low]](-1)))
    return None
