"""
Periods told by their two ends, read after "between" or "from": "between
January and March (2024)", "from 2015 to 2020", "between 1 and 7 March",
"from Friday to Sunday".  :mod:`~conflictfigures._extraction.periods` tries
them where such a word stands; the days are read by
:mod:`~conflictfigures._extraction.dates`.  :func:`between_dates` joins two
dates a sentence's reader found into a span ("Between 7 October 2023 and 14
March 2024"; moved here from :mod:`.context` in session 56, when context was
849 lines).
"""

from __future__ import annotations

import calendar
import datetime as dt
import itertools
from typing import TYPE_CHECKING

from dateutil.relativedelta import relativedelta

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.dates import (
    DateMention,
    PeriodMention,
    at,
    day_of,
    month_date,
    optional_year,
    safe_date,
    shift,
    year_of,
)
from conflictfigures._extraction.spans import YEAR_DIGITS
from conflictfigures._lexicon import MONTHS, WEEKDAYS
from conflictfigures.models import Period

if TYPE_CHECKING:
    from conflictfigures._extraction.text import Token

__all__ = [
    "DAYS_JOINED",
    "SPAN_ENDS",
    "SPAN_JOINERS",
    "SPAN_OPENERS",
    "between_dates",
    "between_period",
    "month_end",
]


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


#: The words that open a span between two dates, and those that join its
#: ends (a span's joiners, and "till").
SPAN_OPENERS = frozenset({"between", "from"})
SPAN_ENDS = SPAN_JOINERS | {"till"}


def between_dates(
    lows: list[str], periods: list[PeriodMention], mentions: list[DateMention], end: dt.date
) -> list[PeriodMention]:
    """
    ``("between" | "from") WRAP? DATE ASIDE? ("and" | "to" | "until") WRAP?
    DATE``: the period from the first date to the second (up to ``end``):
    "Between 7 October 2023 and 14 March 2024, at least 31,341 were
    killed"; a time of day may wrap either date ("between the early hours
    of February 24 and midnight on March 5") and an aside set off by commas
    may follow the first ("From 24 February 2022, which marked the start of
    the ... attack, to 13 August 2023"; session 56). The periods stay in
    order.
    """
    found = list(periods)
    for m1, m2 in itertools.pairwise(mentions):
        first_day = _in_year_of(m1, m2, lows)
        opener = _opener_before(lows, m1.first)
        joiner = _span_joiner(lows, m1, m2, None if opener is None else lows[opener])
        if joiner is None or not (first_day < m2.date and first_day <= end):
            continue
        if opener is not None and lows[joiner] in SPAN_ENDS:
            first = opener
        elif (
            # "on Friday and Saturday": two days next to each other
            m1.first > 0
            and lows[m1.first - 1] == "on"
            and joiner == m1.last
            and m2.first == joiner + 1
            and lows[joiner] == "and"
            and (m2.date - m1.date).days <= DAYS_JOINED
        ):
            first = m1.first - 1
        else:
            continue
        found.append(PeriodMention(first, m2.last, Period(start=first_day, end=min(m2.date, end))))
    return sorted(found, key=lambda p: p.first) if len(found) > len(periods) else periods


#: The nouns of a time of day that may wrap a span's date ("the early
#: hours of", "midnight on", "the morning of"), and the words around them;
#: a wrap holds one of the nouns (not "and on 10 March": a day of its own).
_TIME_OF_DAY_NOUNS = frozenset({"hours", "night"}) | lx.DAY_TIMES | lx.PARTS_OF_DAY
_TIME_OF_DAY_WRAP = _TIME_OF_DAY_NOUNS | {"the", "early", "late", "of", "on", "at"}
#: How many such words may wrap a date.
_WRAP_WORDS = 4
#: How many words an aside after a span's first date may hold.
_SPAN_ASIDE_WORDS = 20


def _opener_before(lows: list[str], k: int) -> int | None:
    """
    Where "between" or "from" stands before the date at ``k``, past a time
    of day wrapping it ("between the early hours of February 24"), else
    ``None``.
    """
    j = k - 1
    while j >= 0 and k - 1 - j < _WRAP_WORDS and lows[j] in _TIME_OF_DAY_WRAP:
        j -= 1
    if j + 1 < k and not _a_time_of_day(lows[j + 1 : k]):
        return None
    return j if j >= 0 and lows[j] in SPAN_OPENERS else None


def _a_time_of_day(words: list[str]) -> bool:
    """Whether the words wrapping a date name a time of day ("the early hours of")."""
    return not _TIME_OF_DAY_NOUNS.isdisjoint(words)


def _span_joiner(
    lows: list[str], m1: DateMention, m2: DateMention, opener: str | None
) -> int | None:
    """
    Where the word joining two dates stands (``m1.last`` when right after
    the first), past a comma closing the first date's year or an aside set
    off by commas after a span's ``opener`` ("between Aug. 15, 2021, and
    May 30"; not "on Monday, and Tuesday's ..."), with only a time of day
    between it and the second date; else ``None``. An aside holds no count
    and no speaker ("from 1 March, the UN said, and on 10 March 40 people
    died": a day of its own), and the span goes on after it "to" its end, or
    "and" after "between".
    """
    j = m1.last
    if j < len(lows) and lows[j] == "," and opener is not None:
        close = next(
            (
                k
                for k in range(j + 1, min(m2.first, j + 2 + _SPAN_ASIDE_WORDS))
                if lows[k] in (",", ";", ".")
            ),
            None,
        )
        if close is not None and lows[close] == ",":
            aside = lows[j + 1 : close]
            if close + 1 < m2.first and not (
                any(w[:1].isdigit() for w in aside)
                or not lx.REPORTING_VERBS.isdisjoint(aside)
                or (lows[close + 1] == "and" and opener != "between")
            ):
                j = close + 1
        else:
            j = j + 1 if j + 1 < m2.first else j
    if j >= m2.first or m2.first - j - 1 > _WRAP_WORDS:
        return None
    wrap = lows[j + 1 : m2.first]
    if wrap and not (all(w in _TIME_OF_DAY_WRAP for w in wrap) and _a_time_of_day(wrap)):
        return None
    return j


def _in_year_of(m1: DateMention, m2: DateMention, lows: list[str]) -> dt.date:
    """
    The first date of a span in the year of the second when its own words
    tell none and it would fall after the second ("Between 1 March and 30
    June 2022", "From 1 January to 31 August last year": the first day in
    that year); else its own date.
    """
    if m1.date <= m2.date or any(
        w.isdigit() and len(w) == YEAR_DIGITS for w in lows[m1.first : m1.last]
    ):
        return m1.date
    for year in (m2.date.year, m2.date.year - 1):
        day = safe_date(year, m1.date.month, m1.date.day)
        if day is not None and day <= m2.date:
            return day
    return m1.date


#: How far apart two days joined by "and" may be to make one period ("on
#: Friday and Saturday"; not "on 2 March and 20 April", two incidents).
DAYS_JOINED = 6
