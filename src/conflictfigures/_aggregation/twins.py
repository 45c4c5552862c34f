"""
Rule 0i: a headline's count is the same report as its body's twin.  Moved
out of :mod:`.alone` in session 55 (which had passed 800 lines).
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from conflictfigures._aggregation.documents import head_word
from conflictfigures._headlines import in_headline
from conflictfigures.models import Category, Period

if TYPE_CHECKING:
    import datetime as dt

    from conflictfigures.models import Figure, Source

__all__ = ["headline_twins_dropped"]


def _holds_day(period: Period | None, day: dt.date | None) -> bool:
    """Whether a figure's period, if it has one, holds a day (any day, if unknown)."""
    return period is None or day is None or period.overlaps(Period(start=day, end=day))


def _size(figure: Figure) -> int:
    """A count's number as written, else its floor ("dozens")."""
    stated = figure.count.stated
    return figure.count.low if stated is None else stated


#: How many of a body's totals with a period a headline's count is held against.
_TWIN_TOTALS = 8


def headline_twins_dropped(figures: list[Figure]) -> list[Figure]:
    """
    Rule 0i: a headline's count is the same report as its body's ("Teen
    dies" ... "A 19-year-old man was pronounced dead"; "Bystander killed"
    ... "A 62-year-old woman waiting at a bus stop was killed"), however
    the two name the people: it is not counted beside a count of its
    category in the body, of its side or none, that holds at least as many
    (the body's own reading stands), and whose period, if it has one, holds
    the headline's day ("Mob burns two men to death" is no part of "At least
    20 people were lynched in the state last year"). Alone, or above every
    count of the body ("3 killed in weekend shootings" over three single
    deaths), it counts.
    """
    plain: dict[tuple[Source, Category, str | None], int] = {}  # the largest count of no period
    # (and of no side, by its group's head word)
    unsided: dict[tuple[Source, Category, str], int] = {}
    timed: dict[tuple[Source, Category, str | None], list[Figure]] = defaultdict(list)
    sides: dict[tuple[Source, Category], set[str | None]] = defaultdict(set)
    heads: list[Figure] = []
    for f in figures:
        if in_headline(f):
            heads.append(f)
        elif f.part_of is None:
            key = (f.source, f.category, f.side)
            sides[key[:2]].add(f.side)
            if f.period is None:
                plain[key] = max(plain.get(key, 0), _size(f))
                if f.side is None:
                    named = (f.source, f.category, head_word(f))
                    unsided[named] = max(unsided.get(named, 0), _size(f))
            else:
                timed[key].append(f)
    if not heads:
        return figures
    for found in timed.values():
        found.sort(key=_size, reverse=True)
    twins = set()
    for f in heads:
        day = f.date or f.source.published
        # (a body's count of no side that names the same people may be its
        # twin: "Five ISIS Terrorists Killed" ... "killing five terrorists of
        # the ISIS gangs"; not "three civilians" beside "Two Ukrainian
        # soldiers killed", nor a war's total)
        if f.side is not None and unsided.get((f.source, f.category, head_word(f)), -1) >= _size(f):
            twins.add(id(f))
            continue
        for side in [f.side] if f.side is not None else sides[(f.source, f.category)]:
            key = (f.source, f.category, side)
            # (the largest few totals with a period: a bounded look)
            if plain.get(key, -1) >= _size(f) or any(
                _size(b) >= _size(f) and _holds_day(b.period, day)
                for b in timed.get(key, ())[:_TWIN_TOTALS]
            ):
                twins.add(id(f))
                break
    return [f for f in figures if id(f) not in twins] if twins else figures
