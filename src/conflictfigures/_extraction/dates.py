"""
Dates in a sentence, resolved against the publication date (periods are
read by :mod:`~conflictfigures._extraction.periods`, with the helpers here).

"on Thursday" is the Thursday on or before publication; "yesterday" the day
before; "February 27" and "04 February 2020" are what they say (a date without
a year takes the publication year, or the year before when that would put it
after publication).
Periods for running totals: "so far this month", "this month", "earlier this
month", "this year", "last month", "since (early) December", "since 2011",
"in nine years", "over the past three days".
Resolution uses python-dateutil's ``relativedelta``; nothing is read from the
clock, so without a publication date relative words stay unresolved.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
from typing import TYPE_CHECKING

from dateutil.relativedelta import FR, MO, SA, SU, TH, TU, WE, relativedelta, weekday

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.nights import night_named, night_of_a_named_day
from conflictfigures._extraction.text import GLUED, TokenFlags
from conflictfigures._lexicon import MONTHS, PARTS_OF_DAY, TENS, UNITS, WEEKDAYS

if TYPE_CHECKING:
    from collections.abc import Callable

    from conflictfigures._extraction.text import Token
    from conflictfigures.models import Period

__all__ = [
    "DATE_STARTERS",
    "DAY_BACK",
    "WEEKDAY_OBJECTS",
    "DateMention",
    "PeriodMention",
    "at",
    "covering",
    "date_word",
    "day_of",
    "find_dates",
    "in_date",
    "may_date",
    "month_date",
    "optional_year",
    "safe_date",
    "shift",
    "small_number",
    "year_of",
]

WEEKDAY_OBJECTS: tuple[weekday, ...] = (MO, TU, WE, TH, FR, SA, SU)


class DateMention:
    """A date expression: its token range and the date it resolves to."""

    __slots__ = ("date", "first", "last")

    def __init__(self, first: int, last: int, date: dt.date) -> None:
        self.first = first
        self.last = last
        self.date = date


class PeriodMention:
    """
    A period expression: its token range and the period it resolves to;
    ``vague`` when the text gives its reach only by a span of events or a
    vague word ("in recent years", "the three-year insurgency"), which dates
    no figure that has a day of its own.
    """

    __slots__ = ("first", "last", "period", "vague")

    def __init__(self, first: int, last: int, period: Period, *, vague: bool = False) -> None:
        self.first = first
        self.last = last
        self.period = period
        self.vague = vague


def covering(periods: list[PeriodMention]) -> Callable[[int], bool]:
    """
    Whether a token index stands inside one of ``periods`` (in order of
    their first token): each index finds the furthest reach of the periods
    starting at or before it by bisection, so many of both stay linear.
    """
    firsts = [p.first for p in periods]
    reach = list(itertools.accumulate((p.last for p in periods), max))

    def inside(k: int) -> bool:
        j = bisect.bisect_right(firsts, k) - 1
        return j >= 0 and k < reach[j]

    return inside


def year_of(tok: Token | None) -> int | None:
    if tok is None or not tok.is_digits or len(tok.text) != 4 or not tok.text.isdecimal():
        return None
    year = int(tok.text)
    return year if 1900 <= year <= 2100 else None


def in_date(tokens: list[Token], m: int) -> bool:
    """
    Whether the digits at ``m`` are a day or a year beside a month ("on 9
    September 2023", "on Oct. 13"), or a year after an article ("who signed
    the 2016 peace accord"): a date, no count.
    """
    before = tokens[m - 1].low if m > 0 else ""  # (each token looked up once)
    return (
        before in MONTHS
        or (before == "." and m > 1 and tokens[m - 2].low in MONTHS)
        or (m + 1 < len(tokens) and tokens[m + 1].low in MONTHS)
        or (before == "the" and year_of(tokens[m]) is not None)
    )


def date_word(tokens: list[Token], m: int) -> bool:
    """
    Whether the token at ``m`` is a date's, which a clause steps over as no
    count: digits :func:`in_date`, or the stop of a month cut short ("Oct.").
    """
    tok = tokens[m]  # (looked up once)
    if tok.is_digits:
        return in_date(tokens, m)
    return tok.text == "." and m > 0 and tokens[m - 1].low in MONTHS


def day_of(tok: Token | None) -> int | None:
    if tok is None or not tok.text.isdecimal() or len(tok.text) > 2:
        return None
    day = int(tok.text)
    return day if 1 <= day <= 31 else None


#: Words that can start a date expression (digits can too).  Every date holds
#: one of them (a day number needs its month).
DATE_STARTERS = frozenset(
    set(WEEKDAYS)
    | {f"{day}'s" for day in WEEKDAYS}  # "Tuesday's air strike"
    | set(MONTHS)
    | {"yesterday", "today", "tonight", "last", "overnight", "morning", "afternoon", "evening"}
    | {"night"}  # "the night of Saturday to Sunday"
    | {"yesterday's", "today's", "tonight's"}  # "Yesterday's drone attack"
    | {"previous", "earlier"}  # "the previous day", "a day earlier"
    | {"ago"}
    | {"st", "nd", "rd", "th", "-", "/"}  # "the 11th", "2024-03-12", "14/03/2025"
    | {words[0] for words in lx.HOLIDAYS}  # "on New Year's Day"
)


#: Whether a token is a date with dots ("24.02.22"), judged once per token.
_DOTTED = TokenFlags(lambda t: t.is_digits and t.text.count(".") == 2)
#: Whether a token may be a day and month with one dot ("07.04"), read only
#: where it opens an entry (see :func:`_numbers_of`).
_DAY_DOT_MONTH = TokenFlags(
    lambda t: t.is_digits and t.text.count(".") == 1 and all(len(p) <= 2 for p in t.text.split("."))
)
#: What may follow a date that opens an entry ("07.04, Sumy:", "09/03/2025 -").
_ENTRY_DATE_ENDS = frozenset({",", ":"}) | lx.DASHES


def may_date(tokens: list[Token], lows: list[str]) -> bool:
    """
    Whether a sentence may hold a date: a starter among its words, "24.02.22",
    a day and month opening an entry ("07.04, Sumy: ...") or after "from".
    """
    return (
        not DATE_STARTERS.isdisjoint(lows)
        or any(map(_DOTTED.__getitem__, tokens))
        or (bool(tokens) and _DAY_DOT_MONTH[tokens[0]])
        # (a range of days in digits: "from 24.02 to 29.03")
        or ("from" in lows and any(map(_DAY_DOT_MONTH.__getitem__, tokens)))
    )


def opens_entry(tokens: list[Token], end: int) -> bool:
    """
    Whether a date ending at ``end`` opens its sentence's entry ("07.04,
    Sumy:"); a hyphen joining it to a word makes a compound, no entry
    ("6.1-magnitude quake").
    """
    if end >= len(tokens) or tokens[end].text not in _ENTRY_DATE_ENDS:
        return False
    return not (
        tokens[end].text in lx.DASHES
        and tokens[end].gap == GLUED
        and end + 1 < len(tokens)
        and tokens[end + 1].gap == GLUED
    )


DAY_BACK = relativedelta(days=-1)
_WEEK = relativedelta(days=-7)


def shift(date: dt.date, delta: relativedelta | dt.timedelta) -> dt.date | None:
    """``date + delta``, or ``None`` past the ends of the calendar."""
    try:
        shifted: dt.date = date + delta
    except (OverflowError, ValueError):
        return None
    return shifted


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


#: How many days after publication a date written without its year may fall.
_AHEAD_DAYS = 7


def month_date(year: int | None, month: int, day: int, published: dt.date | None) -> dt.date | None:
    if year is None:
        if published is None:
            return None
        # The year that puts the date nearest the publication date: "Dec. 28"
        # in a January article is last December, "Sept. 12" in an article
        # dated Sept. 11 is the next day; but never more than a week after
        # it ("Sept. 7" in a March article is last September, not next).
        candidates = [
            d
            for d in (
                safe_date(published.year - 1, month, day),
                safe_date(published.year, month, day),
            )
            if d is not None and (d - published).days <= _AHEAD_DAYS
        ]
        if not candidates:
            return None
        return min(candidates, key=lambda d: (abs((d - published).days), d > published))
    return safe_date(year, month, day)


#: Whether a token can start a date: a number, or a word of DATE_STARTERS.
_DATE_START = TokenFlags(lambda t: t.is_digits or t.low in DATE_STARTERS)


def at(tokens: list[Token], i: int) -> Token | None:
    return tokens[i] if 0 <= i < len(tokens) else None


def of_last_week(tokens: list[Token], k: int) -> bool:
    """Whether ``("of")? "last" "week"`` starts at ``k``, after a weekday ("Tuesday last week")."""
    if at(tokens, k) is not None and tokens[k].low == "of":
        k += 1
    return (
        (nxt := at(tokens, k)) is not None
        and nxt.low == "last"
        and (week := at(tokens, k + 1)) is not None
        and week.low == "week"
    )


def find_dates(tokens: list[Token], published: dt.date | None) -> list[DateMention]:
    """
    Return the dates a sentence fixes, in order (the year of the story's
    last full date is carried by :func:`.story_years.dates_in_story`).
    """
    return _dates_of(tokens, published)


def _dates_of(tokens: list[Token], published: dt.date | None) -> list[DateMention]:
    """The dates a sentence fixes, in order, reckoned from publication."""
    found: list[DateMention] = []
    skip_to = 0
    for i in _DATE_START.indices(tokens):
        if i < skip_to:
            continue
        low = tokens[i].low.removesuffix("'s")
        if (
            low in _NIGHT_STARTS
            and published is not None
            and (one_night := _night_of_two_days(tokens, i, published)) is not None
        ):
            found.append(one_night)
            skip_to = one_night.last
        elif low in WEEKDAYS and published is not None:
            prev = at(tokens, i - 1)
            if prev is not None and prev.low == "next":
                continue
            back = 1 if prev is not None and prev.low == "last" else 0
            when = shift(published, relativedelta(weekday=WEEKDAY_OBJECTS[WEEKDAYS[low]](-1)))
            if back and when == published:
                when = shift(published, _WEEK)
            if of_last_week(tokens, i + 1):
                # "on Tuesday last week", "Tuesday of last week": that day of the week before
                monday = shift(published, relativedelta(days=-(published.weekday() + 7)))
                when = None if monday is None else shift(monday, relativedelta(days=WEEKDAYS[low]))
            # "Thursday, February 27" names the date itself.
            j = i + 1
            if at(tokens, j) is not None and tokens[j].text == ",":
                j += 1
            explicit = _month_day(tokens, j, published)
            if explicit is not None:
                found.append(DateMention(i, explicit[1], explicit[0]))
                skip_to = explicit[1]
                continue
            if when is not None:
                found.append(DateMention(i, i + 1, when))
        elif low == "yesterday" and published is not None:
            day_before = shift(published, DAY_BACK)
            if day_before is not None:
                found.append(DateMention(i, i + 1, day_before))
        elif (
            low == "previous"
            and published is not None
            and i > 0
            and tokens[i - 1].low == "the"
            and at(tokens, i + 1) is not None
            and tokens[i + 1].low in ("day", "night")
        ):
            day_before = shift(published, DAY_BACK)  # "the previous day"
            if day_before is not None:
                found.append(DateMention(i - 1, i + 2, day_before))
        elif (
            low == "earlier"
            and published is not None
            and i >= 2
            and tokens[i - 1].low == "day"
            and tokens[i - 2].low in ("a", "one")
        ):
            day_before = shift(published, DAY_BACK)  # "a day earlier"
            if day_before is not None:
                found.append(DateMention(i - 2, i + 1, day_before))
        elif low in ("today", "tonight") and published is not None:
            found.append(DateMention(i, i + 1, published))
        elif (
            low == "overnight"
            and published is not None
            # "overnight into Tuesday", "overnight on Sunday", "overnight, in
            # the early hours of Saturday": the day it names
            and not night_named(tokens, i)
        ):
            # the night that began the evening before the story was filed,
            # dated by its first day, as "last night" is
            found.append(DateMention(i, i + 1, published))
        elif (
            low in PARTS_OF_DAY
            and published is not None
            and i > 0
            and tokens[i - 1].low == "this"
            and not (found and found[-1].last > i - 1)
        ):
            found.append(DateMention(i - 1, i + 1, published))  # "this morning"
        elif low == "ago" and published is not None:
            ago = _days_ago(tokens, i, published)  # "two days ago"
            if ago is not None and not (found and found[-1].last > ago.first):
                found.append(ago)
        elif (
            tokens[i].is_digits
            and published is not None
            and (
                (numeric := _numeric_or_ordinal_day(tokens, i, published)) is not None
                or (numeric := _day_month_numbers(tokens, i, published)) is not None
            )
        ):
            found.append(numeric)  # "on the 11th", "2024-03-12"
            skip_to = numeric.last
        elif low in _HOLIDAY_FIRSTS and (holiday := _holiday_at(tokens, i, published)):
            found.append(holiday)  # "on New Year's Day"
            skip_to = holiday.last
        elif low == "last" and at(tokens, i + 1) is not None and tokens[i + 1].low == "night":
            night = None if published is None else shift(published, DAY_BACK)
            if night is not None:
                found.append(DateMention(i, i + 2, night))
            skip_to = i + 2
        else:
            explicit = _month_day(tokens, i, published)
            if explicit is not None:
                found.append(DateMention(i, explicit[1], explicit[0]))
                skip_to = explicit[1]
    if len(found) > 1:
        _range_in_one_year(tokens, found)
        # "during an overnight operation in Khost province Thursday": the
        # operation's night is the day its clause names
        found = [
            m
            for k, m in enumerate(found)
            if not night_of_a_named_day(
                tokens, m.first, m.last, found[k + 1].first if k + 1 < len(found) else None
            )
        ]
    return found


#: The times of a day "of" which a holiday's day may be told ("the early hours of").
_HOLIDAY_HOURS = frozenset(PARTS_OF_DAY) | {"hours"}
#: The first words of the holidays that name a day of the year.
_HOLIDAY_FIRSTS = frozenset(words[0] for words in lx.HOLIDAYS)


def _holiday_at(tokens: list[Token], i: int, published: dt.date | None) -> DateMention | None:
    """
    ``("on" | "during" | DAY_TIME "of") HOLIDAY YEAR?`` with the holiday at
    ``i`` ("on New Year's Day", "on Christmas Day 2011", "during Christmas
    Eve mass", "in the early hours of New Year's Day"; a capital on its
    first word): that year's day, else the day nearest publication, as a
    month and day without a year is (see :func:`month_date`). A holiday as
    a name's word ("the Boxing Day tsunami", "the Christmas Eve attacks")
    or after "since", "ahead of" dates nothing.
    """
    if not tokens[i].is_capitalized or i == 0:
        return None
    before = tokens[i - 1].low
    if not (
        before in ("on", "during")
        # "in the early hours of New Year's Day"
        or (before == "of" and i > 1 and tokens[i - 2].low in _HOLIDAY_HOURS)
    ):
        return None
    for words, (month, day) in lx.HOLIDAYS.items():
        end = i + len(words)
        if end <= len(tokens) and all(tokens[i + m].low == word for m, word in enumerate(words)):
            year, end = optional_year(tokens, end)
            when = month_date(year, month, day, published)
            return DateMention(i, end, when) if when is not None else None
    return None


#: Where one night told by the two days it joins may start (see :func:`_night_of_two_days`).
_NIGHT_STARTS = frozenset({"overnight", "night"} | set(WEEKDAYS))


def _night_of_two_days(tokens: list[Token], i: int, published: dt.date) -> DateMention | None:
    """
    Read one night told by the two days it joins at ``i``: "overnight from
    Saturday to Sunday", "the night of Tuesday to Wednesday", "overnight
    between Friday and Saturday", "overnight Tuesday into Wednesday" (``i``
    at the word of the night), "Saturday
    night to Sunday", "between Saturday night and Sunday morning" (``i`` at
    the first day).  One night, no period, dated by the day it ran into, as
    "overnight into Sunday" is.
    """
    k = i
    night = tokens[i].low in ("overnight", "night")
    if night and tokens[i].low == "night" and i > 0 and tokens[i - 1].low == "and":
        return None  # ("fighting raged day and night from Monday to Tuesday": a span)
    if night:
        if k + 1 < len(tokens) and tokens[k + 1].low in ("from", "of", "between"):
            k += 2
        elif k + 1 < len(tokens) and tokens[i].low == "overnight" and tokens[k + 1].low in WEEKDAYS:
            k += 1  # "overnight Tuesday into Wednesday"
        else:
            return None
    first = at(tokens, k)
    if first is None or first.low not in WEEKDAYS or not first.is_capitalized:
        return None
    k += 1
    if night and day_of(at(tokens, k)) is not None:
        k += 1  # its day of the month: "the night of Friday 4 to Saturday 5 June 2021"
    if not night:
        if at(tokens, k) is None or tokens[k].low != "night":
            return None
        k += 1
    joiner, second = at(tokens, k), at(tokens, k + 1)
    if (
        joiner is None
        or second is None
        or joiner.low not in ("to", "into", "and", "until", "through")
        or second.low not in WEEKDAYS
        or not second.is_capitalized
        or (WEEKDAYS[second.low] - WEEKDAYS[first.low]) % 7 != 1
    ):
        return None
    k += 2
    if (told := _month_day(tokens, k, published)) is not None:
        return DateMention(i, told[1], told[0])  # "... to Saturday 5 June 2021": that day
    if at(tokens, k) is not None and tokens[k].low == "morning":
        k += 1
    when = shift(published, relativedelta(weekday=WEEKDAY_OBJECTS[WEEKDAYS[second.low]](-1)))
    return DateMention(i, k, when) if when is not None else None


#: Words after which a day and a month in digits alone are a date ("on 28/09").
_BEFORE_NUMERIC_DATE = frozenset({"on", "since", "from", "until", "till", "to", "dated", "of"})


def _range_in_one_year(tokens: list[Token], found: list[DateMention]) -> None:
    """
    Date in place the first day of each range in digits with one dot ("from
    24.02 to 29.03") in the year of its last day, or in the year before when
    it would fall after the last: the range runs forward (each day was read
    on its own, nearest publication, and the range could run backwards).
    """
    for a, b in itertools.pairwise(found):
        if not (
            b.first == a.last + 1
            and a.last == a.first + 1
            and _DAY_DOT_MONTH[tokens[a.first]]
            and _DAY_DOT_MONTH[tokens[b.first]]
            and tokens[a.last].low in _RANGE_JOINS
        ):
            continue
        start = safe_date(b.date.year, a.date.month, a.date.day)
        if start is not None and start > b.date:
            start = (
                safe_date(b.date.year - 1, a.date.month, a.date.day) if b.date.year > 1 else None
            )
        if start is not None:
            a.date = start


#: The words that join the two days of a range in digits ("from 24.02 to 29.03").
_RANGE_JOINS = frozenset({"to", "until", "till"})


def _dotted_range(tokens: list[Token], i: int) -> bool:
    """
    ``"from" DD.MM ("to" | "until") DD.MM``, the token at ``i`` one of its two
    days, both with a month of two digits, after no verb of a change ("the
    total combat losses of the enemy from 24.02 to 29.03"; not "rose from
    12.05 to 13.10", a number's change).
    """
    if not _DAY_DOT_MONTH[tokens[i]] or i < 1:
        return False
    if tokens[i - 1].low == "from":
        k = i
    elif tokens[i - 1].low in _RANGE_JOINS and i >= 3 and tokens[i - 3].low == "from":
        k = i - 2
    else:
        return False
    if k + 2 >= len(tokens) or tokens[k + 1].low not in _RANGE_JOINS:
        return False
    days = (tokens[k], tokens[k + 2])
    before = tokens[k - 2].low if k >= 2 else ""
    after = tokens[k + 3].low if k + 3 < len(tokens) else ""
    return (
        all(_DAY_DOT_MONTH[t] and len(t.text.split(".")[1]) == 2 for t in days)
        # (a change of a number: "rose from 12.05 to 13.10", "went up from",
        # "weakened from"; a unit after it: "to 11.10 lira a litre")
        and before not in _CHANGE_BEFORE_RANGE
        and before not in lx.TOTAL_VERBS
        and after not in lx.NOT_COUNTED_NOUNS
    )


#: Words before "from" that make a range in digits a change of a number
#: ("went up from 10.05 to 11.10", "weakened from"), besides verbs of a total.
_CHANGE_BEFORE_RANGE = frozenset({"up", "down", "weakened", "strengthened", "gained"})


def _numbers_of(tokens: list[Token], i: int) -> tuple[list[str], int] | None:
    """
    ``DIGITS ("/" DIGITS){1,2}`` glued, or one token ``D.M.Y`` ("24.02.22"),
    at ``i``: the numbers' texts and the index after them, else ``None``.
    """
    tok = tokens[i]
    if (
        tok.text.count(".") == 2
        or (i == 0 and _DAY_DOT_MONTH[tok] and opens_entry(tokens, 1))
        or _dotted_range(tokens, i)
    ):
        parts = tok.text.split(".")
        return (parts, i + 1) if all(p.isdecimal() for p in parts) else None
    parts, k = [tok.text], i + 1
    while (
        len(parts) < 3
        and _glued(tokens, k, "/")
        and (nxt := at(tokens, k + 1)) is not None
        and nxt.gap == GLUED
        and nxt.text.isdecimal()
    ):
        parts.append(nxt.text)
        k += 2
    return (parts, k) if len(parts) > 1 else None


def _day_month_numbers(tokens: list[Token], i: int, published: dt.date) -> DateMention | None:
    """
    A date in digits, day and month in either order ("14/03/2025", "24.02.22",
    "on 28/09"): the day first when the first number cannot be a month, the
    month first when the second cannot; else the reading nearer the
    publication date.  Without a year it must follow a word that introduces
    a date ("on 28/09"), so that "2/3 of the homes" stays a fraction.
    """
    found = _numbers_of(tokens, i)
    if found is None:
        return None
    parts, end = found
    if any(len(p) > 2 for p in parts[:2]) or (len(parts) == 3 and len(parts[2]) not in (2, 4)):
        return None
    if len(parts) == 2 and not (
        (i > 0 and tokens[i - 1].low in _BEFORE_NUMERIC_DATE)
        or (i == 0 and opens_entry(tokens, end))  # a log's entry: "07.04, Sumy: ..."
    ):
        return None
    a, b = int(parts[0]), int(parts[1])
    year: int | None = None
    if len(parts) == 3:
        year = int(parts[2])
        if year < 100:
            year += 2000 if year <= published.year % 100 + 1 else 1900
    readings = [(a, b)] if a > 12 else [(b, a)] if b > 12 else [(a, b), (b, a)]
    dates = [
        d for day, month in readings if (d := month_date(year, month, day, published)) is not None
    ]
    if not dates:
        return None
    date = min(dates, key=lambda d: (d > published, abs((d - published).days)))
    return DateMention(i, end, date)


def _days_ago(tokens: list[Token], i: int, published: dt.date) -> DateMention | None:
    """Read "two days ago", "a week ago" ending at the "ago" at ``i``."""
    unit = at(tokens, i - 1)
    amount_tok = at(tokens, i - 2)
    if unit is None or amount_tok is None or unit.low not in lx.AGO_UNITS:
        return None
    amount = 1 if amount_tok.low in ("a", "one") else small_number(amount_tok)
    if amount is None or amount > 60:
        return None
    when = shift(published, relativedelta(days=-amount * lx.AGO_UNITS[unit.low]))
    return DateMention(i - 2, i + 1, when) if when is not None else None


def _glued(tokens: list[Token], i: int, text: str) -> bool:
    tok = at(tokens, i)
    return tok is not None and tok.gap == GLUED and tok.text == text


def _numeric_or_ordinal_day(tokens: list[Token], i: int, published: dt.date) -> DateMention | None:
    """
    Read an ISO date ("2024-03-12") or "the 11th" (a day of the publication
    month, or of the month before when that day is still to come) at ``i``.
    """
    tok = tokens[i]
    if (
        len(tok.text) == 4
        and _glued(tokens, i + 1, "-")
        and at(tokens, i + 2) is not None
        and tokens[i + 2].is_digits
        and _glued(tokens, i + 3, "-")
        and at(tokens, i + 4) is not None
        and tokens[i + 4].is_digits
        and tokens[i + 2].gap == GLUED
        and tokens[i + 4].gap == GLUED
    ):
        date = safe_date(int(tok.text), int(tokens[i + 2].text), int(tokens[i + 4].text))
        return DateMention(i, i + 5, date) if date is not None else None
    after = at(tokens, i + 1)
    if (
        after is None
        or after.gap != GLUED
        or after.low not in lx.ORDINAL_ENDINGS
        or len(tok.text) > 2
        or at(tokens, i - 1) is None
        or tokens[i - 1].low != "the"
        or at(tokens, i - 2) is None
        or tokens[i - 2].low not in lx.BEFORE_ORDINAL_DAY
    ):
        return None
    day = int(tok.text)
    nxt = at(tokens, i + 2)
    month = at(tokens, i + 3)
    if nxt is not None and nxt.low == "of" and month is not None and month.low in MONTHS:
        # "on the 11th of March"
        year, end = optional_year(tokens, i + 4)
        of_month = month_date(year, MONTHS[month.low], day, published)
        return DateMention(i - 1, end, of_month) if of_month is not None else None
    if nxt is not None and nxt.is_word and nxt.low not in ("and", "or"):
        return None  # "on the 2nd floor"
    month_start = published.replace(day=1)
    start = month_start if day <= published.day else shift(month_start, relativedelta(months=-1))
    date = None if start is None else safe_date(start.year, start.month, day)
    return DateMention(i - 1, i + 2, date) if date is not None else None


def _month_day(
    tokens: list[Token], i: int, published: dt.date | None
) -> tuple[dt.date, int] | None:
    """Read "February 27(, 2020)" or "27 February( 2020)" at ``i``."""
    tok = at(tokens, i)
    if tok is None:
        return None
    low = tok.low
    if low in MONTHS and tok.is_capitalized:
        j = i + 1
        if at(tokens, j) is not None and tokens[j].text == "." and low != "may":
            j += 1
        day = day_of(at(tokens, j))
        if day is None:
            return None
        year, end = _year_after_day(tokens, j + 1, published)
        date = month_date(year, MONTHS[low], day, published)
        return (date, end) if date is not None else None
    day = day_of(tok)
    if day is not None:
        month_tok = at(tokens, i + 1)
        if month_tok is None or month_tok.low not in MONTHS or not month_tok.is_capitalized:
            return None
        year, end = _year_after_day(tokens, i + 2, published)
        date = month_date(year, MONTHS[month_tok.low], day, published)
        return (date, end) if date is not None else None
    return None


def _year_after_day(
    tokens: list[Token], k: int, published: dt.date | None
) -> tuple[int | None, int]:
    """
    The year told after a day and its month at ``k``: in digits (see
    :func:`optional_year`), or "last year" or "this year" against
    ``published`` ("on 31 August last year"); the year and the index after it.
    """
    year, end = optional_year(tokens, k)
    if year is None and published is not None and (nxt := at(tokens, k)) is not None:
        following = at(tokens, k + 1)
        if following is not None and following.low == "year" and nxt.low in ("last", "this"):
            return published.year - (nxt.low == "last"), k + 2
    return year, end


def optional_year(tokens: list[Token], k: int) -> tuple[int | None, int]:
    """Read ", 2020" or " 2020" at ``k``: the year (or ``None``) and the index after it."""
    if at(tokens, k) is not None and tokens[k].text == ",":
        year = year_of(at(tokens, k + 1))
        return year, (k + 2 if year is not None else k)
    year = year_of(at(tokens, k))
    return year, (k + 1 if year is not None else k)


def small_number(tok: Token | None) -> int | None:
    if tok is None:
        return None
    if tok.text.isdecimal() and len(tok.text) <= 3:
        return int(tok.text)
    if tok.low in UNITS:
        return UNITS[tok.low]
    if tok.low in TENS:
        return TENS[tok.low]
    return None
