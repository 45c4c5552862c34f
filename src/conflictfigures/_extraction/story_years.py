"""
The year of the story's last full date, which a later date of that month
told without its year takes ("between 27 and 31 March 2022 ... opened fire
on the village on 27 March": 2022).  Moved out of :mod:`.dates` in session
55 (which had passed 800 lines).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from conflictfigures._extraction.dates import DateMention, find_dates, safe_date, year_of
from conflictfigures._lexicon import MONTHS, WEEKDAYS

if TYPE_CHECKING:
    from conflictfigures._extraction.text import Token

__all__ = ["carry_year", "dates_in_story", "full_date_told"]


def dates_in_story(
    tokens: list[Token], published: dt.date | None, *, full_date: dt.date | None = None
) -> list[DateMention]:
    """
    The dates a sentence fixes (:func:`.dates.find_dates`); with
    ``full_date``, the last full date its text told, a date of that month
    with no year takes that date's year (see :func:`carry_year`).
    """
    found = find_dates(tokens, published)
    return carry_year(tokens, found, full_date, published) if found and full_date else found


def carry_year(
    tokens: list[Token],
    mentions: list[DateMention],
    dated: dt.date | None,
    published: dt.date | None,
) -> list[DateMention]:
    """
    The sentence's dates with a day and month but no year (and no weekday)
    in the month of the last full date a sentence with figures told
    (``dated``: see :func:`full_date_told`) set in that date's year
    ("between 27 and 31 March 2022 ... opened fire on the village on 27
    March": 2022, not the March before publication), when reckoned from
    publication they would fall a month or more before it (a date of the
    last few weeks is the story's own: "On October 17, strikes killed 45"
    after "The conflict erupted on October 7, 2023" in an October 2024
    story) and in that date's year no later than publication.
    """
    if dated is None or published is None:
        return mentions
    out: list[DateMention] = []
    for m in mentions:
        words = tokens[m.first : m.last]
        if (
            m.date.month == dated.month
            and m.date.year != dated.year
            and published - m.date >= _CARRY_AFTER
            and _month_and_year(words) == (True, False)
            and not any(t.low in WEEKDAYS for t in words)
            and (day := safe_date(dated.year, m.date.month, m.date.day)) is not None
            and day <= published
        ):
            out.append(DateMention(m.first, m.last, day))
        else:
            out.append(m)
    return out


def _month_and_year(words: list[Token]) -> tuple[bool, bool]:
    """Whether a date's words name its month, and whether they name its year."""
    return any(t.low in MONTHS for t in words), any(year_of(t) is not None for t in words)


#: How long before publication a date reckoned from it must fall for an
#: earlier year told in its month to take it.
_CARRY_AFTER = dt.timedelta(days=30)


def full_date_told(tokens: list[Token], mentions: list[DateMention]) -> dt.date | None:
    """
    The last full date (day, month and year) among a sentence's dates that
    dates the story's own events: not the start of a period or a time ago
    within a few words before it ("since the invasion on February 24, 2022",
    "A year ago, on 12 March 2023").
    """
    found: dt.date | None = None
    for m in mentions:
        if _month_and_year(tokens[m.first : m.last]) == (True, True) and not any(
            t.low in ("ago", "since") for t in tokens[max(0, m.first - _AGO_REACH) : m.first]
        ):
            found = m.date
    return found


#: How many words before a date "ago" or "since" may stand ("A year ago, on
#: 12 March 2023", "since the full-scale invasion on February 24, 2022").
_AGO_REACH = 8
