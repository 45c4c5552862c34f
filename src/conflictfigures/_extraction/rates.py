"""
Rates: words after a figure, in its own clause, that make it a rate ("kill
more than 2,000 people in Nepal every year", "cross into Chad each day"), no
count of one incident.  Moved out of :mod:`.context` in session 49 so the
readers of flight (:mod:`.crossers`) may ask it too.
"""

from __future__ import annotations

__all__ = ["rate_after", "rate_phrase"]


#: Units of time a rate counts per ("every year", "each month", "per day").
_RATE_UNITS = frozenset({"year", "month", "week", "day", "hour"})
#: How many words after a figure its rate may stand ("kill more than 2,000
#: people in Nepal every year").
_RATE_REACH = 8


#: Words that open a rate's unit ("a day", "per week", "every day", "each month").
_RATE_OPENERS = frozenset({"a", "per", "every", "each"})


def rate_phrase(first: str, second: str) -> bool:
    """Whether two lower-case words are a rate's: ``("a" | "per" | "every" | "each") UNIT``."""
    return first in _RATE_OPENERS and second in _RATE_UNITS


def rate_after(lows: list[str], last: int, end: int) -> bool:
    """
    Whether words after a figure, in its own clause, make it a rate, no
    count of one incident: ``("every" | "each" | "per") UNIT``, ``"a"
    "year"`` not after a preposition, "annually", "yearly", "daily",
    "hourly" ("Road accidents
    kill more than 2,000 people in Nepal every year"; not "a day after the
    crash", "the first deaths in a year", nor "Two soldiers were killed and
    each day the fighting grows worse").
    """
    stop = min(end, last + _RATE_REACH)
    for k in range(last, stop):
        low = lows[k]
        if low in _RATE_CLAUSE_ENDS or not low[:1].isalnum():
            return False
        if low in ("annually", "yearly"):
            return True
        if low in ("daily", "hourly") and not (
            k + 1 < len(lows) and lows[k + 1][:1].isalpha() and lows[k + 1] not in _AFTER_ADVERB
        ):
            return True  # "cross into Chad daily" (not "in Russia's daily shelling")
        nxt = lows[k + 1] if k + 1 < len(lows) else ""
        if low in ("every", "each", "per") and nxt in _RATE_UNITS:
            return True
        if (
            low == "a"
            and nxt == "year"
            and (
                k + 2 >= len(lows) or not lows[k + 2][:1].isalpha() or lows[k + 2] in _AFTER_A_RATE
            )
            and (k == 0 or lows[k - 1] not in _BEFORE_A_SPAN)
        ):
            return True
    return False


#: Words after "daily" or "hourly" that leave it an adverb ("arrive daily in Chad").
_AFTER_ADVERB = frozenset(
    {"in", "on", "at", "to", "from", "since", "for", "across", "through", "and", "as", "while"}
)
#: Words that end a figure's clause before a rate could be its own.
_RATE_CLAUSE_ENDS = frozenset(
    {"and", "but", "or", "where", "when", "while", "which", "who", "that", "as", "because"}
)
#: Words after "a year" that keep it a rate ("400 children a year in the district").
_AFTER_A_RATE = frozenset({"in", "on", "at", "across", "from", "worldwide", "nationwide"})
#: Words before "a year" that make it a span, no rate ("in a year", "for a year").
_BEFORE_A_SPAN = frozenset({"in", "for", "within", "than", "over", "about", "almost", "nearly"})
