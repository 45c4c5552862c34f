"""
The period in a figure's own stretch of its sentence: the first period the
stretch holds, unless it opens another clause after the figure, is the
time of an aside or of a reporting verb, sits past a semicolon, or frames a
running total the figure's event is told after; one inside the figure's own
words comes first.  Moved out of :func:`.assembly.sentence_figures` in
session 55 (which had passed 800 lines).
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.context import (
    anothers_period,
    aside_before,
    better_period,
    clause_between,
    dated_before_comma,
)
from conflictfigures._extraction.framed import event_clause_between
from conflictfigures._extraction.groups import own_total_noun
from conflictfigures._extraction.numbers import ordinal_at
from conflictfigures._extraction.periods import last_day
from conflictfigures._extraction.spans import compares
from conflictfigures._extraction.when import past_semicolon

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Sequence

    from conflictfigures._extraction.dates import PeriodMention
    from conflictfigures._extraction.reading import Reading
    from conflictfigures._extraction.text import Token
    from conflictfigures.models import Period

__all__ = ["displaced_period", "part_period", "stretch_period"]


def stretch_period(
    tokens: list[Token],
    lows: list[str],
    r: Reading,
    found: tuple[list[PeriodMention], list[int], list[int]],
    stretch: tuple[int, int],
    *,
    published: dt.date | None,
    others: Sequence[Reading] = (),
) -> PeriodMention | None:
    """
    The period of the figure ``r`` among the sentence's periods (``found``:
    the periods, their first indices and the first indices of its dates) in
    its stretch ``(lo, hi)`` of the sentence, else ``None`` (``others``: the
    sentence's readings).
    """
    periods, period_firsts, date_firsts = found
    lo, hi = stretch
    period_m: PeriodMention | None = None
    j = bisect.bisect_left(period_firsts, lo)
    while (
        j + 1 < len(periods)
        and 0 < period_firsts[j] < r.first
        and lows[period_firsts[j] - 1] in lx.REPORTING_VERBS
    ):
        j += 1  # "the UN said last week that 183 had died since July": when it said so
    if j < len(periods) and period_firsts[j] < hi:
        period_m = periods[j]
        if period_m.first > r.last and (
            clause_between(lows, r.last, period_m.first)
            or anothers_period(tokens, lows, r.last, period_m.first)
            # an old event a comparison after the figure names ("killed
            # 9, the deadliest since the 2023 attack, when 46 died")
            or (lows[period_m.first - 1] == "since" and compares(tokens, period_m.first - 1))
            # the figure's own day, then a comma before the period ("killed
            # 12 people on Friday, the latest attack in a wave that began
            # in May")
            or dated_before_comma(lows, date_firsts, r.last, period_m.first)
            # the count a comparison sets beside the figure, right before
            # the period ("is at 40,000, up from 30,000 last week")
            or _compared_before(lows, r.last, period_m.first)
        ):
            # "buried 12 people on Saturday, and since then 40 have been
            # arrested": the period opens the next clause
            period_m = None
        elif (
            period_m.last <= r.first
            # (a span up to now is the count's too: "Hezbollah, which has
            # traded fire with Israel since October 8, said 250 ...")
            and period_m.period.end != published
            and aside_before(lows, period_m.first, period_m.last, r.first)
        ):
            period_m = None  # "A former officer, dismissed in June, killed 36"
        elif (
            period_m.last <= r.first
            and not (r.perfect or r.cumulative)
            # (a span up to now whose count the event adds to: not a past
            # span's, "in November 2014, when 10 people were killed")
            and period_m.period.end == published
            and event_clause_between(lows, period_m.last, r.first)
            # (the span's own count a killing numbered by an ordinal, told
            # before it, as in "the city's 41st homicide this year"; not a
            # case told "in March, when 16 ...", nor a total the event adds
            # to, as in "Floods have killed 60 people this month after 25 ...")
            and any(
                o is not r
                and o.last <= period_m.last
                and (
                    ordinal_at(tokens, o.first) is not None
                    # (or a count the span follows right after, with no
                    # perfect: "Indianapolis reached 153 homicides for the
                    # year on Sunday after two brothers were found shot")
                    or (not o.perfect and 0 <= period_m.first - o.last <= 1)
                )
                for o in others
            )
            # (a span since a day goes on to the count after: "... since
            # June 14, the NDMA said, after 75 more deaths were reported")
            and "since" not in lows[max(0, period_m.first - 1) : period_m.last]
        ):
            period_m = None  # "the city's 41st homicide this year after a man was found dead"
        elif (
            period_m.last <= r.first
            and own_total_noun(lows, r)
            and clause_between(lows, period_m.last - 1, r.first)
        ):
            # "11 more died in the last 24 hours, while the number of
            # injured has reached 158": a total of its own clause, no day's
            period_m = None
        elif period_m.last <= r.first and ";" in lows[period_m.last : r.first]:
            period_m = past_semicolon(
                tokens,
                lows,
                r,
                period_m,
                (periods, period_firsts, j),
                hi=hi,
                date_firsts=date_firsts,
                published=published,
            )
        if period_m is not None:
            period_m = better_period(tokens, (periods, period_firsts, j), r, hi, period_m)
        # One inside the figure's own words comes first ("bringing the
        # death toll since October 7 to 31,341").
        own = bisect.bisect_left(period_firsts, r.first, j)
        if own < len(periods) and period_firsts[own] < min(r.last, hi):
            period_m = periods[own]
            if not r.cumulative and r.first < period_m.first and lows[r.first] not in lx.LOSS_WORDS:
                # "Six engineers who were abducted last week were found
                # dead": a clause inside the group has its own time.
                after = bisect.bisect_left(period_firsts, r.last, own)
                period_m = (
                    periods[after] if after < len(periods) and period_firsts[after] < hi else None
                )
        elif "since" in lows[r.first : min(r.last, hi)]:
            # a "since" in its own words that no day or event the story
            # dated resolves: its start untold, no other clause's ("killed
            # 11 fighters since Thursday, raising to 31 the number of
            # people killed since the campaign began")
            period_m = None
    return period_m


def _compared_before(lows: list[str], last: int, first: int) -> bool:
    """
    Whether a comparison's "up from" or "compared with" stands between a
    figure ending at ``last`` and a period at ``first``, a few words before
    the period: the period is the compared count's (see
    :func:`.when.compared_period`).
    """
    lo = max(last, first - _COMPARED_REACH)
    return any((lows[k], lows[k + 1]) in lx.COMPARED_FROM for k in range(lo, first - 1))


#: How many words before a period a comparison whose count it dates may open
#: ("up from 30,000 people last week").
_COMPARED_REACH = 6


def displaced_period(
    tokens: list[Token], lows: list[str], r: Reading, found: tuple[list[PeriodMention], list[int]]
) -> PeriodMention | None:
    """
    The period of a displacement its stretch gave none: the first from its
    words on, not one of a part after it ("displaced, including 4,000 in the
    past week": the part's) nor of a count compared with it ("up from 30,000
    last week").
    """
    periods, period_firsts = found
    j = bisect.bisect_left(period_firsts, r.first)
    if j >= len(periods):
        return None
    if period_firsts[j] - r.last <= _ANOTHERS_REACH and (
        anothers_period(tokens, lows, r.last, period_firsts[j])
        or _compared_before(lows, r.last, period_firsts[j])
    ):
        return None
    return periods[j]


#: How far past a displacement its period is asked whether it is another's
#: (a bounded look: each figure costs a constant).
_ANOTHERS_REACH = 24


def part_period(
    part: Reading,
    whole: Period | None,
    found: tuple[list[PeriodMention], list[int]],
    published: dt.date | None,
) -> Period | None:
    """
    The period of a part of a figure whose period is ``whole``: the last day
    for the change a running total made ("including 1,310 over the past
    day"), else one told right after the part's words, its own ("including
    4,000 in the past week", "25,000 of them in the past 24 hours"), else
    its whole's.
    """
    if part.change:
        return last_day(whole, published)
    periods, period_firsts = found
    j = bisect.bisect_left(period_firsts, part.last)
    if j < len(periods) and period_firsts[j] <= part.last + 1 and not periods[j].vague:
        return periods[j].period
    return whole
