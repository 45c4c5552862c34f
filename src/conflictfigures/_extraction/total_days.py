"""
The day a running total with no period of its own takes, read once per
sentence by :mod:`.assembly`: the day inside its own words ("the death toll
from Tuesday's air strike rose to 19"), the day of the death that brings it
("A third victim succumbed on Wednesday"), the day of the toll its clause
names ("The toll from Saturday's attack ..., with sources putting the number
of dead at around 200") or of the event an "after" clause tells ("had
reached 78, two days after a trawler capsized ... on Wednesday").  Moved out
of :mod:`.assembly` in session 42.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from conflictfigures._extraction.story_days import (
    event_day_after,
    event_day_before,
    toll_day_of,
    toll_days,
)
from conflictfigures._extraction.when import ordinal_toll

if TYPE_CHECKING:
    import datetime as dt

    from conflictfigures._extraction.dates import DateMention
    from conflictfigures._extraction.reading import Reading
    from conflictfigures._extraction.text import Token

__all__ = ["TotalDays"]


class TotalDays:
    """
    The days of one sentence's running totals: its dates (``dates``, with
    ``date_firsts`` where each starts) and what the look-ups need, each
    read once however many totals the sentence holds.
    """

    __slots__ = (
        "_after",
        "_date_firsts",
        "_dates",
        "_lows",
        "_published",
        "_tokens",
        "_toll_firsts",
        "_tolls",
    )

    def __init__(
        self,
        tokens: list[Token],
        lows: list[str],
        dates: list[DateMention],
        date_firsts: list[int],
        published: dt.date | None,
    ) -> None:
        self._tokens, self._lows, self._published = tokens, lows, published
        self._dates, self._date_firsts = dates, date_firsts
        self._tolls: list[DateMention] | None = None if "toll" in lows else []
        self._toll_firsts: list[int] = []
        self._after = "after" in lows

    def day_of(self, r: Reading, date_m: DateMention | None) -> dt.date | None:
        """
        The day of the running total ``r`` with no period of its own, whose
        nearest date is ``date_m``; ``None`` when it tells none.
        """
        lows, dates = self._lows, self._dates
        if date_m is not None and (
            r.first <= date_m.first < r.last
            # the day the death came: "succumbed to wounds on Wednesday";
            # not the incident's ("died following Thursday night's shooting")
            or (ordinal_toll(self._tokens, r) and date_m.first and lows[date_m.first - 1] == "on")
        ):
            # "the death toll from Tuesday's air strike rose to 19": a total
            # for one dated incident keeps the incident's date; so does the
            # toll a death brings ("A third victim succumbed on Wednesday").
            return date_m.date
        if not dates:
            return None
        # the day inside its own words, though another is nearer ("pulled
        # more bodies on Thursday as the death toll from Tuesday's
        # landslides climbed to 256")
        j = bisect.bisect_left(self._date_firsts, r.first)
        if j < len(dates) and self._date_firsts[j] < r.last:
            return dates[j].date
        date = None
        if self._tolls is None:
            self._tolls = toll_days(lows, dates)
            self._toll_firsts = [d.first for d in self._tolls]
        if self._tolls:
            # "The toll from Saturday's attack ..., with sources putting"
            date = toll_day_of(lows, self._tolls, self._toll_firsts, r.first)
        if date is None and self._after and self._published is not None:
            # "had reached 78, two days after a trawler capsized ... on Wednesday"
            date = event_day_after(lows, r.last, dates, self._date_firsts, self._published)
        if date is None and self._published is not None:
            # "... a migrant boat that caught fire and sank off Lampedusa on
            # Thursday, as the confirmed death toll rose to 111"
            date = event_day_before(
                self._tokens,
                lows,
                r.first,
                dates,
                date_firsts=self._date_firsts,
                published=self._published,
            )
        return date
