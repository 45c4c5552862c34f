"""
Rates and flows: words after a figure, in its own clause, that make it a
rate ("kill more than 2,000 people in Nepal every year", "cross into Chad
each day"), no count of one incident; a flow's rate between its group and
its verb ("About 2,000 people a day are crossing"), and a dated flight, no
stock (:func:`dated_crossing`).  Moved out of :mod:`.context` in session 49
so the readers of flight (:mod:`.crossers`) may ask it too; the flows moved
in from :mod:`.modifiers` and :mod:`.when` in session 50.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.numbers import read_number
from conflictfigures.models import Qualifier

if TYPE_CHECKING:
    from conflictfigures._extraction.numbers import NumberReading
    from conflictfigures._extraction.text import Token

__all__ = ["dated_crossing", "flow_rate_at", "one_in_n", "rate_after", "rate_phrase"]


#: Units of time a rate counts per ("every year", "each month", "per day").
_EVERY_UNITS = frozenset({"year", "month", "week", "day", "hour"})
#: How many words after a figure its rate may stand ("kill more than 2,000
#: people in Nepal every year").
_RATE_REACH = 8


#: Words that open a rate's unit ("a day", "per week", "every day", "each month").
_RATE_OPENERS = frozenset({"a", "per", "every", "each"})


def rate_phrase(first: str, second: str) -> bool:
    """Whether two lower-case words are a rate's: ``("a" | "per" | "every" | "each") UNIT``."""
    return first in _RATE_OPENERS and second in _EVERY_UNITS


#: The verbs of people moving that a rate before them leaves a flow's count.
_FLOW_VERBS = (frozenset(lx.FLOW_VERBS) | frozenset(lx.ARRIVAL_VERBS) | lx.COMING_IN_VERBS) - {
    "found",
    "taken",
    "taking",
    "left",
    "gone",
}
#: How many auxiliaries and adverbs may stand before a verb of flow after a rate.
_FLOW_AUX_REACH = 3


def flow_rate_at(tokens: list[Token], k: int) -> bool:
    """
    Whether a rate's phrase stands at ``k`` before a verb of people moving,
    past a few auxiliaries or adverbs ("About 2,000 people a day are still
    crossing"; session 50): a flow's count, which the group's verb follows.
    Not a rate of deaths or arrests ("About 1,000 Gazans a day are being
    killed" is no count).
    """
    if k + 2 >= len(tokens) or not rate_phrase(tokens[k].low, tokens[k + 1].low):
        return False
    for j in range(k + 2, min(len(tokens), k + 3 + _FLOW_AUX_REACH)):
        low = tokens[j].low
        if low in _FLOW_VERBS:
            return True
        if not (low in lx.AUXILIARIES or low in ("still", "now", "reportedly", "also")):
            return False
    return False


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
        if low in ("every", "each", "per") and nxt in _EVERY_UNITS:
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


#: The verbs of a flight abroad that a day may date: refugees on the move,
#: no stock.
_CROSSING_WORDS = lx.FLOW_VERBS | lx.SEA_RESCUE_VERBS | lx.COMING_IN_VERBS | lx.ASHORE_WORDS


def dated_crossing(
    lows: list[str], span: tuple[int, int], perfect: bool, qualifier: Qualifier
) -> bool:
    """
    Whether refugees counted at ``span`` of a dated sentence are a dated
    flight, no stock: a verb of flight, arrival or crossing in their words
    or as the verb their group takes, not in the perfect, and a count not
    vague ("Some 4,200 people crossed the Moei River into Thailand on
    Thursday"; "More than 300 Rohingya refugees, many of them women, landed
    on a beach on Sunday").
    """
    first, last = span
    return (
        not perfect
        and qualifier is not Qualifier.VAGUE
        and (
            not _CROSSING_WORDS.isdisjoint(lows[first:last])
            # (or a host's verb before the count: "received 2,650 Syrians ... on Tuesday night")
            or (first > 0 and lows[first - 1] in lx.HOUSING_VERBS)
            or _crossing_verb_after(lows, last)
        )
    )


#: How far after a group its verb of flight may stand (past an aside).
_GROUP_VERB_REACH = 12
#: Words that end the search for a group's verb: a clause's or another count's.
_NOT_TO_THE_VERB = frozenset({".", ";", ":", "who", "which", "that", "while", "and", "but"})


def _crossing_verb_after(lows: list[str], last: int) -> bool:
    """
    Whether the verb the group ending at ``last`` takes is one of flight in
    the simple past or present, past an aside set off by commas or dashes
    ("refugees, many of them women and children, landed"): the first word
    no aside holds that is an auxiliary or a verb of flight.
    """
    aside = False
    for j in range(last, min(len(lows), last + _GROUP_VERB_REACH)):
        low = lows[j]
        if low == "," or low in lx.DASHES:
            aside = not aside
        elif low in (".", ";", ":") or (
            not aside and (low in _NOT_TO_THE_VERB or low[:1].isdigit())
        ):
            return False  # (an aside may hold "and": "many of them women and children")
        elif not aside:
            return low in _CROSSING_WORDS and low not in _NOT_PAST_VERBS
    return False


#: Crossing words that are no simple past or present of a group's verb.
_NOT_PAST_VERBS = frozenset({"found", "gone", "taken", "left", "leaving", "taking", "seeking"})


#: The largest share's count a rate "X in N" may open with ("one in five",
#: "two in three").
_MOST_SHARED = 10


def one_in_n(tokens: list[Token], num: NumberReading) -> bool:
    """
    Whether ``num`` is either count of a rate ``SHARE ("in" | "out" "of")
    WHOLE`` of people ("Roughly one in five children in the camps is
    malnourished", "1 in 4 displaced people", "one out of three residents"):
    a share of a population, no count (not "killed 12 in 3 villages", nor
    "killed 2 in 5 villages": no people's rate).
    """
    n = len(tokens)
    k, last = num.first, num.last
    share: NumberReading | None
    whole: NumberReading | None
    if k >= 2 and tokens[k - 1].low == "in":
        share, whole = _share_before(tokens, k - 1), num
    elif k >= 3 and tokens[k - 1].low == "of" and tokens[k - 2].low == "out":
        share, whole = _share_before(tokens, k - 2), num
    elif last + 1 < n and tokens[last].low == "in":
        share, whole = num, read_number(tokens, last + 1)
    elif last + 2 < n and tokens[last].low == "out" and tokens[last + 1].low == "of":
        share, whole = num, read_number(tokens, last + 2)
    else:
        return False
    if share is None or whole is None or share.stated is None or whole.stated is None:
        return False
    if share.article or not 0 < share.stated <= _MOST_SHARED or share.stated >= whole.stated:
        return False
    after = whole.last
    return (
        after >= n
        or not tokens[after].is_word
        or tokens[after].low in lx.PEOPLE_NOUNS
        or (after + 1 < n and tokens[after + 1].low in lx.PEOPLE_NOUNS)
    )


def _share_before(tokens: list[Token], k: int) -> NumberReading | None:
    """The count that ends right before ``k`` ("one" before "in five"), else ``None``."""
    for i in range(k - 1, max(-1, k - 3), -1):
        share = read_number(tokens, i)
        if share is not None and share.last == k:
            return share
    return None
