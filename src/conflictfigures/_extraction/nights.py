"""
Which day an "overnight" names, read by :mod:`.dates`: the day after it
("overnight on Sunday", "overnight, in the early hours of Saturday"), or
the day its clause names for an overnight event ("during an overnight
operation in Khost province Thursday").  Moved out of :mod:`.dates` in
session 42.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._lexicon import MONTHS, WEEKDAYS

if TYPE_CHECKING:
    from conflictfigures._extraction.text import Token

__all__ = ["night_named", "night_of_a_named_day"]


#: How many words after "overnight" the day it names may stand, and the
#: words that may stand between ("overnight, in the early hours of Saturday").
_NIGHT_NAMED_REACH = 7


_NIGHT_NAMED_WORDS = frozenset(
    {",", "on", "into", "to", "from", "in", "the", "early", "small", "hours", "of", "late"}
)


def night_named(tokens: list[Token], i: int) -> bool:
    """
    Whether the "overnight" at ``i`` is followed by the day it names, past
    words of a phrase of time only ("overnight into Tuesday", "overnight on
    Sunday", "overnight, in the early hours of Saturday"; not "overnight,
    days after a Monday attack", "overnight in its biggest attack since
    January").
    """
    for t in tokens[i + 1 : i + 1 + _NIGHT_NAMED_REACH]:
        if t.low in WEEKDAYS or (t.low in MONTHS and t.is_capitalized):
            return True
        if t.low not in _NIGHT_NAMED_WORDS:
            return False
    return False


#: How far after "an overnight operation" the day it names may stand.
_NIGHT_DAY_REACH = 12


def night_of_a_named_day(tokens: list[Token], first: int, last: int, following: int | None) -> bool:
    """
    Whether the date at ``tokens[first:last]`` is "overnight" before a noun
    ("an overnight operation") with the next date of the sentence (at
    ``following``) a few words after it in its clause, perhaps past a
    place's commas ("during an overnight operation in Khost province
    Thursday", "during an overnight security operation in Sholgarah
    district, Balkh province, yesterday"): that date is the operation's day
    (not "an overnight raid, a week after 12 died on Monday").
    """
    if (
        following is None
        or tokens[first].low != "overnight"
        or last != first + 1
        or not first
        or tokens[first - 1].low not in ("an", "the", "a")
    ):
        return False
    return following - last <= _NIGHT_DAY_REACH and all(
        (t.is_word or t.is_digits or t.text == ",") and t.low not in lx.CLAUSE_BREAKS
        for t in tokens[last:following]
    )
