"""
Spans of time counted back from publication: "in the past 48 hours", "over
the last decade", vague spans ("in recent years") and spans of events
("nearly a year of protests", "the three-year insurgency"); and the test of
a superlative's comparison ("the deadliest attack since 2015"), whose time
is no running total's period. Used by :mod:`.periods`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateutil.relativedelta import relativedelta

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.dates import PeriodMention, at, find_dates, shift, small_number
from conflictfigures._extraction.numbers import count_word, ordinal_value
from conflictfigures._extraction.text import GLUED, possessive
from conflictfigures.models import Period

if TYPE_CHECKING:
    import datetime as dt

    from conflictfigures._extraction.text import Token

__all__ = [
    "PERIOD_UNITS",
    "YEAR_DIGITS",
    "back_by",
    "compares",
    "span_back",
    "spans_of_events",
    "vague_span",
]

#: The digits of a year.
YEAR_DIGITS = 4

#: The units a span of time is counted in, to their plural.
PERIOD_UNITS = {
    "hour": "hours",
    "hours": "hours",
    "day": "days",
    "days": "days",
    "week": "weeks",
    "weeks": "weeks",
    "month": "months",
    "months": "months",
    "year": "years",
    "years": "years",
    "fortnight": "fortnights",
    "fortnights": "fortnights",
    "decade": "decades",
    "decades": "decades",
}


def spans_of_events(
    tokens: list[Token], published: dt.date, found: list[PeriodMention]
) -> list[PeriodMention]:
    """
    ``("a" | "an" | NUMBER) UNIT "of" EVENT_NOUN``, ``NUMBER "-" UNIT WORD?
    EVENT_NOUN`` ("the three-year insurgency") or ``"in its" ORDINAL UNIT``
    ("the war, now in its fifth month": four units): a span of events back from
    publication ("nearly a year of protests in Oromia, in which rights groups
    say more than 500 people have been killed", "two weeks of clashes"),
    read as that much time up to publication; ``found`` are the sentence's
    other periods, kept in order.
    """
    taken = {k for m in found for k in range(m.first, m.last)}
    spans = []
    n = len(tokens)
    for k in range(1, n - 1):
        unit = PERIOD_UNITS.get(tokens[k].low)
        if unit is None or unit == "hours" or k in taken:
            continue  # (hours are an incident's length: "a 30-hour siege")
        if k + 2 < n and tokens[k + 1].low == "of" and tokens[k + 2].low in lx.SPAN_EVENT_NOUNS:
            before = tokens[k - 1].low
            amount = 1 if before in ("a", "an") else small_number(tokens[k - 1])
            first, last = k - 1, k + 3
        elif (
            k >= 3
            and unit in _LONG_UNITS
            and tokens[k - 3].low == "in"
            and tokens[k - 2].low == "its"
            and (place := ordinal_value(tokens[k - 1])) is not None
        ):
            # "The war ..., now in its fifth month, has killed at least 3,900
            # people": at least four months back
            amount = place - 1
            first, last = k - 3, k + 1
        elif (
            k >= 2
            and unit in _LONG_UNITS  # (not "a three-day siege": an incident's length)
            and tokens[k - 1].text == "-"
            and tokens[k].gap == GLUED
            and _event_after(tokens, k + 1)
        ):
            # "the three-year insurgency", "a 12-year war"
            amount = small_number(tokens[k - 2])
            first, last = k - 2, k + 2
        else:
            continue
        if amount is None or amount == 0 or amount > _MOST_UNITS or compares(tokens, first):
            # (nor a comparison's: "one of the deadliest attacks of the
            # seven-year war")
            continue
        if _dated_after(tokens, last):
            continue  # "six months of fighting in 2016", "the eight-year war ... in the 1980s"
        start = shift(published, -back_by(amount, unit))
        if start is not None:
            spans.append(PeriodMention(first, last, Period(start=start, end=published), vague=True))
    return sorted(found + spans, key=lambda m: m.first) if spans else found


#: How far after a span of events a year may date it in the past.
_DATED_REACH = 8


def _dated_after(tokens: list[Token], k: int) -> bool:
    """Whether "in", "during" or "the" and a year ("in 2016", "the 1980s") follow ``k`` closely."""
    for j in range(k, min(len(tokens), k + _DATED_REACH)):
        tok = tokens[j]
        if tok.text in (".", ";"):
            return False
        text = tok.text.removesuffix("s")
        if (
            len(text) == YEAR_DIGITS
            and text.isdecimal()
            and tokens[j - 1].low in ("in", "during", "the")
        ):
            return True  # (not "according to a 2020 report")
    return False


def _event_after(tokens: list[Token], k: int) -> bool:
    """Whether a noun of ``lx.SPAN_EVENT_NOUNS`` stands at ``k``, or one word later."""
    return any(j < len(tokens) and tokens[j].low in lx.SPAN_EVENT_NOUNS for j in (k, k + 1))


#: The units a span of events counts back in.
_LONG_UNITS = frozenset({"weeks", "fortnights", "months", "years", "decades"})
#: The most units a span of events is read over.
_MOST_UNITS = 200


#: How far before "since" a superlative may stand ("the deadliest single day of fighting since").
_SUPERLATIVE_REACH = 10


def compares(tokens: list[Token], i: int) -> bool:
    """
    ``("the" | POSSESSIVE) SUPERLATIVE ... ("since" | "in")``: the word at
    ``i`` ends a comparison ("one of the deepest strikes since hostilities
    began", "the deadliest attack since 2015", "the first major attack in
    the city in three years", "the country's worst drought in four
    decades"), not a running total's period; so does an ordinal before an
    incident ("the third mass shooting in the townships this month").
    """
    for k in range(i - 1, max(0, i - 1 - _SUPERLATIVE_REACH), -1):
        low = tokens[k].low
        if low == "." and tokens[k].gap == GLUED:
            continue  # an abbreviation's stop: "to strike the U.S. mainland since"
        if not tokens[k].is_word or low == "since" or _span_after(tokens, k):
            # (a comparison ends once: "the worst drought in four decades
            # since January 2021" is displaced since January 2021)
            return False
        if low in lx.SUPERLATIVES and k > 0 and _determines(tokens[k - 1].low):
            return True
        if (
            low in lx.COUNTING_ORDINALS
            and k > 0
            and _determines(tokens[k - 1].low)
            and any(t.low in lx.INCIDENT_NOUNS for t in tokens[k + 1 : min(i, k + 4)])
        ):
            return True  # "the third mass shooting in Cape Town's townships this month"
    return False


def _span_after(tokens: list[Token], k: int) -> bool:
    """``"in" NUMBER? SPAN_UNIT`` at ``k``: "in four decades", "in years"."""
    if tokens[k].low != "in" or k + 1 >= len(tokens):
        return False
    count = tokens[k + 1]
    counted = count_word(count)
    unit = tokens[k + 2] if counted and k + 2 < len(tokens) else count
    return unit.low in lx.SPAN_UNITS


def _determines(low: str) -> bool:
    """Whether a word may open a superlative's phrase: "the" or a possessive ("Nigeria's")."""
    return low in ("the", "its", "their", "his", "her", "our") or possessive(low)


def span_back(tokens: list[Token], i: int, published: dt.date) -> PeriodMention | None:
    """
    Read "in nine years", "over the past three days", "in the past week",
    "over the previous 24 hours".
    """
    j = i + 1
    if at(tokens, j) is not None and tokens[j].low == "the":
        j += 1
    # ("over the previous 24 hours", "the preceding week", as "past")
    back = at(tokens, j) is not None and tokens[j].low in ("past", "last", "previous", "preceding")
    if back:
        j += 1
    amount = small_number(at(tokens, j))
    if amount is None:
        amount = 1
        unit_tok = at(tokens, j)
        if j == i + 1 or unit_tok is None:
            return None
        if not back and (
            unit_tok.low.endswith("s") or (i > 0 and tokens[i - 1].low in ("later", "earlier"))
        ):
            # "in the hours that followed", "in the days after", "later in the
            # day": an event's time, no span back
            return None
    else:
        j += 1
        unit_tok = at(tokens, j)
    if unit_tok is None or unit_tok.low not in PERIOD_UNITS or amount == 0 or amount > 200:
        return None
    if not back and (after := at(tokens, j + 1)) is not None and after.low in lx.AFTER_WORDS:
        # "in the month after violence broke out ... on August 25": that
        # month from the event's day, no span back
        return _span_from_event(
            tokens, (i, j), back_by(amount, PERIOD_UNITS[unit_tok.low]), published
        )
    if not back and _anchored_after(tokens, j + 1):
        return None  # "over three days in January 2010": those days, not the last three
    start = shift(published, -back_by(amount, PERIOD_UNITS[unit_tok.low]))
    if start is None:
        return None
    return PeriodMention(i, j + 1, Period(start=start, end=published))


#: How many words after "after" the event's day may stand ("after violence
#: broke out in Myanmar's Rakhine State on August 25").
_EVENT_DAY_REACH = 14


def _span_from_event(
    tokens: list[Token], at_unit: tuple[int, int], reach: relativedelta, published: dt.date
) -> PeriodMention | None:
    """
    The span of ``reach`` from the day of the event its "after" clause
    tells (``at_unit``: where the span's phrase starts and its unit
    stands), up to publication at most; ``None`` when the clause tells no
    day.
    """
    i, j = at_unit
    first = j + 2
    end = first
    while end < min(len(tokens), first + _EVENT_DAY_REACH) and tokens[end].text not in (".", ";"):
        end += 1
    day = next(iter(find_dates(tokens[first:end], published)), None)
    if day is None:
        return None
    last = shift(day.date, reach - relativedelta(days=1))
    if last is None or day.date > published:
        return None
    return PeriodMention(i, first + day.last, Period(start=day.date, end=min(last, published)))


#: How many words after a span's unit a month or a year may anchor it.
_ANCHOR_REACH = 6


def _anchored_after(tokens: list[Token], k: int) -> bool:
    """
    Whether a month's name or a year stands within a few words from ``k``,
    in the span's own phrase (no comma, no full stop between): the span's
    days are then in that month or year ("over three days in January 2010",
    "during four days of rioting in late August"), not the last days
    before publication.
    """
    for j in range(k, min(len(tokens), k + _ANCHOR_REACH)):
        tok = tokens[j]
        if tok.text in (",", ".", ";"):
            return False
        if tok.low in lx.MONTHS and tok.is_capitalized:
            return True
        if (
            tok.text.isdecimal()
            and len(tok.text) == YEAR_DIGITS
            # (a year "in" or "of" it or after a month: not "since 2019",
            # nor a count, "1200 migrants")
            and (tokens[j - 1].low in ("in", "of") or tokens[j - 1].low in lx.MONTHS)
        ):
            return True
    return False


#: The plural units a vague span back counts in ("in recent years").
#: (not "in recent days": a few days may be one incident's)
_VAGUE_UNITS = frozenset({"weeks", "months", "years", "decades"})


def vague_span(tokens: list[Token], i: int, published: dt.date) -> PeriodMention | None:
    """
    ``("in" | "over" | "during" | "within") ("recent" | "the" ("past" | "last")
    ("few" | "several"))
    UNITS`` or ``"over the years"`` at ``i``: a span back to publication the
    text leaves vague ("has claimed hundreds of lives in recent years", "over
    the past few weeks"), read as its least reach: two units back for
    "recent" and "over the years", three for "few" and "several".
    """
    j = i + 1
    word = at(tokens, j)
    if word is None:
        return None
    amount = 2
    if word.low == "recent":
        j += 1
    elif word.low == "the":
        j += 1
        nxt = at(tokens, j)
        if nxt is not None and nxt.low in ("past", "last"):
            few = at(tokens, j + 1)
            if few is None or few.low not in ("few", "several"):
                return None
            amount = 3
            j += 2
        elif not (tokens[i].low == "over" and nxt is not None and nxt.low == "years"):
            return None
    else:
        return None
    unit = at(tokens, j)
    if unit is None or unit.low not in _VAGUE_UNITS:
        return None
    start = shift(published, -back_by(amount, PERIOD_UNITS[unit.low]))
    if start is None:
        return None
    return PeriodMention(i, j + 1, Period(start=start, end=published), vague=True)


def back_by(amount: int, unit: str) -> relativedelta:
    """How far back ``amount`` of a unit of :data:`PERIOD_UNITS` reaches (hours as whole days)."""
    return {
        "hours": relativedelta(days=max(1, -(-amount // 24))),
        "days": relativedelta(days=amount),
        "weeks": relativedelta(weeks=amount),
        "months": relativedelta(months=amount),
        "years": relativedelta(years=amount),
        "fortnights": relativedelta(weeks=2 * amount),
        "decades": relativedelta(years=10 * amount),
    }[unit]
