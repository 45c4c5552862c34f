"""
Periods for running totals in a sentence, resolved against the publication
date: "so far this month", "this month", "earlier this month", "this year",
"last month", "since (early) December", "since 2011", "in nine years",
"over the past three days", "between January and March", "in the first week
of May".  Days are read by :mod:`~conflictfigures._extraction.dates`.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from dateutil.relativedelta import relativedelta

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.between import SPAN_JOINERS, between_period, month_end
from conflictfigures._extraction.dates import (
    DAY_BACK,
    PeriodMention,
    at,
    day_of,
    of_last_week,
    optional_year,
    safe_date,
    shift,
    small_number,
    year_of,
)
from conflictfigures._extraction.numbers import count_word
from conflictfigures._extraction.since import SINCE_REACH, since_period
from conflictfigures._extraction.spans import (
    YEAR_DIGITS,
    compares,
    span_back,
    spans_of_events,
    vague_span,
)
from conflictfigures._extraction.text import GLUED, words_at
from conflictfigures._lexicon import MONTHS
from conflictfigures.models import Period

if TYPE_CHECKING:
    from conflictfigures._extraction.text import Token

__all__ = ["find_periods"]

#: Words a running-total period starts with.
_PERIOD_STARTERS = frozenset(
    {"this", "last", "since", "in", "over", "during", "within", "between", "from", "for"}
    | {"of", "at", "by"}
)
#: Parts of a year: "the first half of 2023" is January to June.
_YEAR_PARTS = {
    ("first", "half"): (1, 6),
    ("second", "half"): (7, 12),
    ("first", "quarter"): (1, 3),
    ("second", "quarter"): (4, 6),
    ("third", "quarter"): (7, 9),
    ("fourth", "quarter"): (10, 12),
    ("last", "quarter"): (10, 12),
}


def _year_period(tokens: list[Token], i: int, published: dt.date) -> PeriodMention | None:
    """
    Read "in 2022", "in the first half of 2023", "during the first quarter of
    2024", "in the same period of 2023" at ``i``: a whole year or a part of
    one, up to publication (the same period: up to the publication's day of
    that year).
    """
    j = i + 1
    months = (1, 12)
    if words_at(tokens, j, ("all", "of")) and year_of(at(tokens, j + 2)) is not None:
        j += 2  # "135 homicides in all of 2015": the whole year
        return _whole_year_at(tokens, i, j, published)
    if words_at(tokens, j, ("the", "whole", "of")) and year_of(at(tokens, j + 3)) is not None:
        return _whole_year_at(tokens, i, j + 3, published)  # "11 deaths in the whole of 2022"
    if at(tokens, j) is not None and tokens[j].low == "the":
        j += 1
    part = (tokens[j].low, tokens[j + 1].low) if j + 1 < len(tokens) else None
    this_year = same = False
    first_months = (
        small_number(at(tokens, j + 1))
        if part is not None and part[0] == "first" and words_at(tokens, j + 2, ("months", "of"))
        else None
    )
    if first_months is not None and 0 < first_months <= 12:
        # "in the first three months of the year"
        part, j = ("first", "months"), j + 4
        months = (1, first_months)
        if words_at(tokens, j, ("the", "year")) or words_at(tokens, j, ("this", "year")):
            this_year, j = True, j + 1
    elif part == ("same", "period") and j + 2 < len(tokens) and tokens[j + 2].low in ("of", "in"):
        # "in the same period of 2023": that year up to the day of the year
        # the story is published on
        same, j = True, j + 3
    elif part in _YEAR_PARTS and j + 2 < len(tokens) and tokens[j + 2].low == "of":
        months = _YEAR_PARTS[part]
        j += 3
        if words_at(tokens, j, ("the", "year")) or words_at(tokens, j, ("this", "year")):
            this_year, j = True, j + 1  # "in the first half of the year"
    elif part in _YEAR_PARTS:
        months, this_year, j = _YEAR_PARTS[part], True, j + 1  # "in the first quarter"
    elif j != i + 1:
        return None
    year = published.year if this_year else year_of(at(tokens, j))
    if year is None or year > published.year:
        return None
    start = dt.date(year, months[0], 1)
    if start > published:
        return None
    end = min(month_end(year, months[1]), published)
    if same:
        end = min(_same_day_in(year, published), published)
    return PeriodMention(i, j + 1, Period(start=start, end=end))


def _same_day_in(year: int, published: dt.date) -> dt.date:
    """The publication's day of the year in ``year`` (the month's last, past its end)."""
    day = min(published.day, month_end(year, published.month).day)
    return dt.date(year, published.month, day)


def _whole_year_at(tokens: list[Token], i: int, j: int, published: dt.date) -> PeriodMention | None:
    """The year named at ``j`` as a period from ``i``, up to publication."""
    year = year_of(at(tokens, j))
    if year is None or year > published.year:
        return None
    return PeriodMention(
        i, j + 1, Period(start=dt.date(year, 1, 1), end=min(dt.date(year, 12, 31), published))
    )


#: The nouns of "at the same point in 2023": a point of the year.
_YEAR_POINTS = frozenset({"point", "stage"})


def _same_point(tokens: list[Token], i: int, published: dt.date) -> PeriodMention | None:
    """
    ``("at" | "by") ("the" "same" | "this") ("point" | "stage")
    ("in" YEAR | "last" "year")`` at ``i``: a city's count to date in
    another year ("up from 33 at the same point in 2023", "seven at this
    point last year"), from that year's start to the publication's day of
    it, as "in the same period of 2023" reads ("at the same time last
    year" is as often one incident's time, and is read only right after a
    count set beside another: "57 murders since the start of the year, up
    from 49 at the same time last year").
    """
    j = i + 1
    if words_at(tokens, j, ("the", "same")):
        j += 2
    elif words_at(tokens, j, ("this",)):
        j += 1
    else:
        return None
    if (
        at(tokens, j) is None
        or not (
            tokens[j].low in _YEAR_POINTS
            # (a year's count to date before it: "since the start of the year")
            or (
                tokens[j].low == "time"
                and _compared_before(tokens, i)
                and any(t.low == "year" for t in tokens[:i])
            )
        )
    ):
        return None
    j += 1
    if words_at(tokens, j, ("last", "year")):
        year: int | None = published.year - 1
        j += 1
    elif words_at(tokens, j, ("in",)):
        j += 1
        year = year_of(at(tokens, j))
    else:
        return None
    if year is None or not 1 <= year < published.year:
        return None
    return PeriodMention(
        i, j + 1, Period(start=dt.date(year, 1, 1), end=_same_day_in(year, published))
    )


#: How many tokens a compared count ("up from 1.2 million") may take before its period.
_COMPARED_REACH = 4


def _compared_before(tokens: list[Token], i: int) -> bool:
    """
    Whether ``("up" | "down") "from" NUMBER`` ends right before ``i``: a
    count set beside another, whose period follows it.
    """
    for j in range(i - 2, max(i - 2 - _COMPARED_REACH, 0), -1):
        if tokens[j].low == "from":
            return tokens[j - 1].low in ("up", "down") and all(
                count_word(t) or t.low in lx.SCALES for t in tokens[j + 1 : i]
            )
    return False


#: The weeks of a month by their ordinal ("the first week of November").
_WEEKS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": 0}
#: The units of a stretch at a month's start or end, in days.
_STRETCH_DAYS = {"week": 7, "weeks": 7, "day": 1, "days": 1}


def _week_of_month(tokens: list[Token], i: int, published: dt.date) -> PeriodMention | None:
    """
    ``"the" ORDINAL COUNT? ("week" | "weeks" | "days") "of" MONTH YEAR?`` at
    ``i``'s next word: a stretch of days at a month's start or end, or one
    of its weeks ("in the first week of November", "during the last week
    of March 2024", "in the first ten days of March", "over the last two
    weeks of June"), of the latest month of that name up to publication
    when no year is told, up to publication.  A count is read only after
    "first" or "last" ("the second ten days" is no stretch).
    """
    if not (
        words_at(tokens, i + 1, ("the",))
        and at(tokens, i + 2) is not None
        and tokens[i + 2].low in _WEEKS
    ):
        return None
    ordinal = tokens[i + 2].low
    j, count = i + 3, 1
    told = at(tokens, j)
    value = None
    if told is not None and ordinal in ("first", "last"):
        value = int(told.text) if told.is_digits and len(told.text) <= 2 else lx.UNITS.get(told.low)
    if value:  # (no stretch of none: "the first 0 days")
        j, count = j + 1, value
    unit = at(tokens, j)
    if (
        unit is None
        or unit.low not in _STRETCH_DAYS
        or (count > 1) != unit.low.endswith("s")
        or (unit.low == "day" or (count > 1 and ordinal not in ("first", "last")))
        or not words_at(tokens, j + 1, ("of",))
    ):
        return None
    month_tok = at(tokens, j + 2)
    if month_tok is None or month_tok.low not in MONTHS or not month_tok.is_capitalized:
        return None
    month = MONTHS[month_tok.low]
    year, end_index = optional_year(tokens, j + 3)
    if year is None:
        year = published.year if month <= published.month else published.year - 1
    last_day = month_end(year, month)
    days = min(count * _STRETCH_DAYS[unit.low], last_day.day)
    week = (
        _WEEKS[ordinal] if count == 1 and unit.low == "week" else (1 if ordinal == "first" else 0)
    )
    first_day = last_day.day - days + 1 if week == 0 else (week - 1) * 7 + 1
    start = safe_date(year, month, first_day)
    if start is None or start > published:
        return None
    end = min(start + dt.timedelta(days=days - 1), last_day, published)
    return PeriodMention(i, end_index, Period(start=start, end=end))


#: Words of a part of a month before its name ("in late August").
_PARTS_OF_MONTH = frozenset({"early", "mid", "late"})


def _month_period(tokens: list[Token], i: int, published: dt.date) -> PeriodMention | None:
    """
    Read "in February", "during March 2023" at ``i``: a whole month (the
    latest one of that name up to publication, without a year), up to
    publication; not "in March 12" (a day), nor "in may" (not a name).
    """
    month_tok = at(tokens, i + 1)
    if month_tok is None or month_tok.low not in MONTHS or not month_tok.is_capitalized:
        return None
    if day_of(at(tokens, i + 2)) is not None and year_of(at(tokens, i + 2)) is None:
        return None  # "in March 12"
    month = MONTHS[month_tok.low]
    year, end_index = optional_year(tokens, i + 2)
    if year is None and words_at(tokens, end_index + 1, ("year",)):
        # "in April last year", "in January this year"
        if tokens[end_index].low == "last":
            year, end_index = published.year - 1, end_index + 2
        elif tokens[end_index].low == "this":
            year, end_index = published.year, end_index + 2
    last_month = month
    # "in January and February", "in March and April 2023": both months
    joiner, second = at(tokens, end_index), at(tokens, end_index + 1)
    if (
        joiner is not None
        and second is not None
        and joiner.low in _MONTH_JOINERS
        and second.low in MONTHS
        and second.is_capitalized
        # (next months for "and": "in January and March" leaves out February)
        and (
            MONTHS[second.low] == month + 1 or (joiner.low != "and" and MONTHS[second.low] > month)
        )
        and day_of(at(tokens, end_index + 2)) is None
        # (not the subject of the next clause: "in January and February saw")
        and not (
            (verb := at(tokens, end_index + 2)) is not None and verb.low.endswith(("ed", "saw"))
        )
    ):
        second_year, after = optional_year(tokens, end_index + 2)
        later = MONTHS[second.low]
        if (year is None or second_year is None or second_year == year) and not (
            year is None and second_year is None and month <= published.month < later
        ):
            # (not a month still to come: "in March and April", published in March)
            last_month, end_index = later, after
            year = year if year is not None else second_year
    if year is None:
        year = published.year if last_month <= published.month else published.year - 1
    start = safe_date(year, month, 1)
    if start is None or start > published:
        return None
    return PeriodMention(
        i, end_index, Period(start=start, end=min(month_end(year, last_month), published))
    )


#: The words that join two months of one span ("in January and February"):
#: those of a span but "until".
_MONTH_JOINERS = SPAN_JOINERS - {"until"}


def _year_so_far(first: int, last: int, published: dt.date) -> PeriodMention:
    """The publication's year up to its day, told by the tokens ``[first, last)``."""
    return PeriodMention(
        first, last, Period(start=published.replace(month=1, day=1), end=published)
    )


def _numbered(tokens: list[Token], k: int) -> bool:
    """Whether an ordinal ends at ``k`` ("tenth", "23" "rd"): a killing counted so far."""
    low = tokens[k].low
    return low in lx.COUNTING_ORDINALS or (
        low in lx.ORDINAL_ENDINGS and k > 0 and tokens[k - 1].is_digits
    )


def _year_word_at(tokens: list[Token], k: int) -> bool:
    """Whether "year" stands at ``k`` as a word of its own (not "year-long", "year-old")."""
    return words_at(tokens, k, ("year",)) and not (
        k + 1 < len(tokens) and tokens[k + 1].gap == GLUED and tokens[k + 1].text in lx.DASHES
    )


def _unpossessive(low: str) -> str:
    """A word without its possessive ending ("week's" is "week")."""
    return low.removesuffix("'s").removesuffix("\u2019s")


#: How many words may stand between "this year's" and its event's noun
#: ("this year's annual Hajj pilgrimage").
_EDITION_REACH = 3


def _edition_named(tokens: list[Token], k: int) -> bool:
    """
    Whether the possessive "year's" at ``k`` names one edition of a yearly
    event, its noun (``lx.YEARLY_EVENT_NOUNS``) within a few words after it
    ("this year's Hajj", "this year's monsoon floods"; not "this year's
    fighting", "this year's death toll", a span up to publication).
    """
    if _unpossessive(tokens[k].low) == tokens[k].low:
        return False
    for tok in tokens[k + 1 : k + 1 + _EDITION_REACH]:
        if not tok.is_word:
            return False
        if tok.low in lx.YEARLY_EVENT_NOUNS:
            return True
    return False


def _whole_year(year: int) -> Period:
    """The whole of a year ("last year", "the 2015 heatwave")."""
    return Period(start=dt.date(year, 1, 1), end=dt.date(year, 12, 31))


def _season_end(tokens: list[Token], k: int) -> int | None:
    """
    ``"this" (SEASON | SEASON_KIND? "season")`` at ``k`` ("this winter", "this
    monsoon season", "this season"): the index after it, or ``None``.
    """
    nxt = at(tokens, k + 1)
    if nxt is None:
        return None
    if nxt.low in lx.SEASON_STARTS or nxt.low == "season":
        return k + 2
    after = at(tokens, k + 2)
    if nxt.low in lx.SEASON_KINDS and after is not None and after.low == "season":
        return k + 3
    return None


def _season_start(word: str, published: dt.date) -> dt.date | None:
    """
    The first day of the season a word names, the latest on or before
    publication ("this winter" in February is the December before); none
    for a season of unknown start ("this monsoon season").
    """
    month = lx.SEASON_STARTS.get(word)
    if month is None:
        return None
    year = published.year if published.month >= month else published.year - 1
    return dt.date(year, month, 1) if year >= 1 else None


def _day_before(tokens: list[Token], i: int) -> bool:
    """Whether a day and its month, in either order, end right before ``i``."""
    if i < 2:
        return False
    a, b = tokens[i - 2], tokens[i - 1]
    return (a.low in MONTHS and a.is_capitalized and day_of(b) is not None) or (
        day_of(a) is not None and b.low in MONTHS and b.is_capitalized
    )


def _weekday_of_last_week(tokens: list[Token], i: int) -> bool:
    """
    Whether "last" at ``i`` ends a weekday of last week (:func:`.dates.of_last_week`
    from the weekday before it, or before "of": "Tuesday of last week").
    """
    j = i - 2 if i > 1 and tokens[i - 1].low == "of" else i - 1
    return (
        j >= 0 and tokens[j].low.removesuffix("'s") in lx.WEEKDAYS and of_last_week(tokens, j + 1)
    )


def find_periods(tokens: list[Token], published: dt.date | None) -> list[PeriodMention]:
    """
    Return the periods a sentence states, in order: a running total's ("so
    far this month", "since April 15"), and the year of a past event named by
    it ("the 2015 heatwave").
    """
    found: list[PeriodMention] = []
    if published is None:
        return found
    month_start = published.replace(day=1)
    skip_to = 0
    for i in [k for k, t in enumerate(tokens) if t.low in _PERIOD_STARTERS]:
        if i < skip_to:
            continue
        low = tokens[i].low
        nxt = at(tokens, i + 1)
        # "last week's floods": the possessive names the same period
        nxt_low = _unpossessive(nxt.low) if nxt is not None else ""
        season = _season_end(tokens, i) if low == "this" else None
        if nxt_low == "year" and low in ("this", "last") and _day_before(tokens, i):
            skip_to = i + 2  # "on 31 August last year": a day (see ``dates.find_dates``)
            continue
        if low == "this" and nxt_low == "year" and _edition_named(tokens, i + 1):
            skip_to = i + 2  # "during this year's Hajj": that event's toll, no year so far
            continue
        if low == "this" and (nxt_low in ("month", "year", "week") or season is not None):
            start: dt.date | None
            if season is not None:
                start = _season_start(nxt_low, published)
            elif nxt_low == "week":
                start = published - dt.timedelta(days=published.weekday())
            elif nxt_low == "month":
                start = month_start
            else:
                start = published.replace(month=1, day=1)
            first = i - 1 if i > 0 and tokens[i - 1].low in ("earlier", "far") else i
            if first == i - 1 and tokens[i - 1].low == "far" and i > 1:
                first = i - 2
            if compares(tokens, first):
                # "one of the deadliest attacks in the region this year": a
                # comparison's time, not a running total's period
                skip_to = i + 2
                continue
            end = published
            if tokens[first].low == "earlier" and start is not None and published > start:
                # "earlier this month" is before the day the article reports.
                end = shift(published, DAY_BACK) or published
            last = season if season is not None else i + 2
            found.append(PeriodMention(first, last, Period(start=start, end=end)))
            skip_to = last
            continue
        if low == "last" and nxt_low == "year" and published.year > 1:
            found.append(PeriodMention(i, i + 2, _whole_year(published.year - 1)))
            skip_to = i + 2
            continue
        if (
            low == "of"
            and i > 1
            and tokens[i - 1].low in lx.KILLING_NOUNS
            and _numbered(tokens, i - 2)
        ):
            # "the city's 23rd homicide of 2016", "its 12th murder of the year"
            if nxt_low in ("the", "this") and _year_word_at(tokens, i + 2):
                found.append(_year_so_far(i, i + 3, published))
                skip_to = i + 3
            elif (named := _whole_year_at(tokens, i, i + 1, published)) is not None:
                found.append(named)
                skip_to = named.last
            continue
        if (
            low == "for"
            and nxt_low == "the"
            and _year_word_at(tokens, i + 2)
            and not (i + 3 < len(tokens) and tokens[i + 3].is_digits)
            and not compares(tokens, i)
        ):
            # "pushing Memphis to 200 homicides for the year": this year so
            # far (not "for the year 2015", a year it names)
            found.append(_year_so_far(i, i + 3, published))
            skip_to = i + 3
            continue
        if low in ("between", "from"):
            mention = between_period(tokens, i, published)
            if mention is not None:
                found.append(mention)
                skip_to = mention.last
            continue
        if low in ("at", "by") and nxt is not None and nxt.low in ("the", "this"):
            mention = _same_point(tokens, i, published)
            if mention is not None:
                found.append(mention)
                skip_to = mention.last
                continue
        if (
            low in ("over", "this", "at")
            and nxt is not None
            and (nxt.low == "weekend" or (low != "this" and nxt.low == "the"))
        ):
            # "over the weekend", "at the weekend", "this weekend": the latest
            # Saturday and Sunday up to publication
            k = i + 1 if nxt.low == "weekend" else i + 2
            if k < len(tokens) and tokens[k].low == "weekend":
                days_back = (published.weekday() - 5) % 7
                saturday = shift(published, relativedelta(days=-days_back))
                if saturday is not None:
                    end = published if saturday == published else saturday + dt.timedelta(days=1)
                    found.append(PeriodMention(i, k + 1, Period(start=saturday, end=end)))
                skip_to = k + 1
                continue
        if low == "last" and _weekday_of_last_week(tokens, i):
            skip_to = i + 2  # "on Tuesday last week": a day (see ``dates.find_dates``)
            continue
        if low == "last" and nxt_low in ("week", "weekend"):
            # "last week": Monday to Sunday of the week before; "last
            # weekend": its Saturday and Sunday.
            sunday = shift(published, relativedelta(days=-(published.weekday() + 1)))
            back = relativedelta(days=-6 if nxt_low == "week" else -1)
            first_day = shift(sunday, back) if sunday is not None else None
            if sunday is not None and first_day is not None:
                found.append(PeriodMention(i, i + 2, Period(start=first_day, end=sunday)))
            skip_to = i + 2
            continue
        if low == "last" and nxt_low == "month":
            last_day = shift(month_start, DAY_BACK)
            if last_day is not None:
                found.append(
                    PeriodMention(i, i + 2, Period(start=last_day.replace(day=1), end=last_day))
                )
            skip_to = i + 2
            continue
        if low == "since" and compares(tokens, i):
            # "the deadliest strike since October", "one of the deadliest
            # raids since Washington stepped up its campaign in March": a
            # comparison, no period, nor any time in its clause; but its
            # month or year is the time of a "when" clause after it
            if (when := _compared_time(tokens, i, published)) is not None:
                found.append(when)
                skip_to = when.last
                continue
            skip_to = next(
                (
                    k
                    for k in range(i + 1, min(len(tokens), i + 1 + SINCE_REACH))
                    if tokens[k].text in (",", ";", ".")
                ),
                i + 1 + SINCE_REACH,
            )
            continue
        if low == "since":
            mention = since_period(tokens, i, published)
            if mention is not None:
                found.append(mention)
                skip_to = mention.last
                continue
        if (
            low in ("in", "during")
            and nxt is not None
            and (nxt.low in ("the", "all") or nxt.is_digits)
        ):
            mention = _week_of_month(tokens, i, published) or _year_period(tokens, i, published)
            if mention is not None:
                found.append(mention)
                skip_to = mention.last
                continue
        if low in ("in", "during") and nxt is not None and nxt.low in _PARTS_OF_MONTH:
            # "in late August", "in mid-March": the month (no more of it is told)
            k = i + 3 if i + 2 < len(tokens) and tokens[i + 2].text == "-" else i + 2
            month = _month_period(tokens, k - 1, published)
            if month is not None and not _of_earlier_event(tokens, i):
                found.append(PeriodMention(i, month.last, month.period))
                skip_to = month.last
                continue
        if low in ("in", "during") and nxt is not None and nxt.low in MONTHS:
            if _of_earlier_event(tokens, i):
                continue  # "close to the site of an earlier bombing in January": that bombing's
            mention = _month_period(tokens, i, published)
            if mention is not None:
                found.append(mention)
                skip_to = mention.last
                continue
        if low in ("in", "over", "during", "within") and not compares(tokens, i):
            # (no comparison's span: "the first major attack in the city in three years")
            mention = span_back(tokens, i, published) or vague_span(tokens, i, published)
            if mention is not None:
                found.append(mention)
                skip_to = mention.last
                continue
    return _past_events(tokens, published, spans_of_events(tokens, published, found))


def _of_earlier_event(tokens: list[Token], i: int) -> bool:
    """
    Whether the "in" at ``i`` follows an earlier event's incident noun inside
    a phrase of its own ("the site of an earlier bombing in January", "after
    a previous attack in March"): its month dates that event, no figure of
    the story (the figure of "Earlier, a bombing in March killed 10" takes it).
    """
    if i < 3 or tokens[i - 1].low not in lx.INCIDENT_NOUNS:
        return False
    # (inside a phrase of its own, after a preposition: not the figure's
    # subject, "Earlier, a bombing in March killed 10 people")
    for k in range(i - 2, max(0, i - 5), -1):
        if tokens[k].low in lx.EARLIER_EVENT_WORDS:
            return (
                k >= 2
                and tokens[k - 2].low in lx.PREPOSITIONS
                and tokens[k - 1].low in lx.ARTICLE_WORDS
            )
    return False


def _past_events(
    tokens: list[Token], published: dt.date, found: list[PeriodMention]
) -> list[PeriodMention]:
    """
    ``"the" YEAR WORD`` with a year before publication's: an event named by
    its year ("the 1918 Cloquet fire in Minnesota, killed 453 people", "the
    2004 tsunami"), whose figures count that year; ``found`` are the
    sentence's other periods, kept in order.
    """
    taken = {k for m in found for k in range(m.first, m.last)}
    events = [
        _event_time(tokens, k, year)
        for k in range(1, len(tokens) - 1)
        if len(tokens[k].text) == YEAR_DIGITS
        and tokens[k].text.isdecimal()
        and (
            tokens[k - 1].low in lx.ARTICLE_WORDS  # (also "a 2017 incident")
            # "the May 2022 shooting"
            or (
                k >= 2
                and tokens[k - 1].low in MONTHS
                and tokens[k - 1].is_capitalized
                and tokens[k - 2].low in lx.ARTICLE_WORDS
            )
        )
        and tokens[k + 1].is_word
        # (a count is no year: "the 1850 people killed", "a 1900 families";
        # but after "a" a vehicle names the event: "a 2017 truck bombing")
        and tokens[k + 1].low not in lx.PEOPLE_NOUNS
        and (tokens[k - 1].low in ("a", "an") or tokens[k + 1].low not in lx.EQUIPMENT_NOUNS)
        # (a pact is no event: "combatants who had signed the 2016 peace accord")
        and not _names_a_pact(tokens, k + 1)
        and k not in taken
        and k - 1 not in taken
        and _FIRST_YEAR <= (year := int(tokens[k].text)) < published.year
    ]
    return sorted(found + events, key=lambda m: m.first) if events else found


def _event_time(tokens: list[Token], k: int, year: int) -> PeriodMention:
    """
    The time of an event named by its year at ``k`` after an article: the
    whole year, or its month when a month stands between ("the May 2022
    shooting at Robb Elementary School in Uvalde, where 19 children ... were
    killed": May 2022).
    """
    month = tokens[k - 1]
    if month.low in MONTHS and month.is_capitalized and k >= 2:
        number = MONTHS[month.low]
        start, end = dt.date(year, number, 1), month_end(year, number)
        return PeriodMention(k - 2, k + 1, Period(start=start, end=end))
    return PeriodMention(k - 1, k + 1, _whole_year(year))


#: How many words after its year may name an event ("the 2016 peace accord").
_EVENT_NAME_WORDS = 3
#: Words that may follow the noun ending a name (no further noun of it).
_NAME_ENDS = frozenset({"and", "or", "that", "which", "was", "is", "were", "had", "has"})


def _names_a_pact(tokens: list[Token], k: int) -> bool:
    """
    Whether the words after a year from ``k`` name a pact or a document, its
    noun ending the name ("the 2016 peace accord,", "the 2015 constitution");
    not an event named after one ("the 2020 citizenship law riots", "the 1981
    martial law crackdown").
    """
    for m in range(k, min(len(tokens), k + _EVENT_NAME_WORDS)):
        if tokens[m].low in lx.PACT_NOUNS:
            after = tokens[m + 1] if m + 1 < len(tokens) else None
            return (
                after is None
                or not after.is_word
                or after.low in lx.PREPOSITIONS
                or after.low in _NAME_ENDS
            )
        if not tokens[m].is_word:
            return False
    return False


#: The digits of a year, and the first year an event is named by.
_FIRST_YEAR = 1800


def _compared_time(tokens: list[Token], i: int, published: dt.date) -> PeriodMention | None:
    """
    ``"since" (MONTH YEAR? | YEAR) "," "when"`` after a comparison: the
    whole month or year the "when" clause tells of ("the deadliest attack
    since March, when five soldiers were killed": March), else ``None``.
    """
    since = since_period(tokens, i, published)
    if since is None or since.last + 1 >= len(tokens):
        return None
    if tokens[since.last].text != "," or tokens[since.last + 1].low != "when":
        return None
    words = tokens[i + 1 : since.last]
    start = since.period.start
    if start is None or start.day != 1 or any(day_of(t) is not None for t in words):
        return None  # (a day: "since October 7, when": no month's time)
    if any(t.low in MONTHS for t in words):
        end = month_end(start.year, start.month)
    elif len(words) == 1 and year_of(words[0]) is not None:
        end = dt.date(start.year, 12, 31)
    else:
        return None
    return PeriodMention(i + 1, since.last, Period(start=start, end=min(end, published)))


#: One day.
_ONE_DAY = dt.timedelta(days=1)


def last_day(period: Period | None, published: dt.date | None) -> Period | None:
    """
    The day a running total's change since the report before covers: the
    last of the total's period, or the day before publication ("tanks -
    6,827 (+12)" in a daily report: the 12).
    """
    end = period.end if period is not None else published
    start = None if end is None else shift(end, relativedelta(days=-1))
    return None if end is None or start is None else Period(start=start, end=end)
