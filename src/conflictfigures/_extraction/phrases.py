"""
Phrases between a figure and what hangs on it: a phrase of place, time or
cause (no number, no verb of harm, no clause break) that may stand between
a figure and the opener of its part ("killed 14 civilians with machetes, 5
of them women") or a member added after it ("were killed in the fighting
around the city, along with three Malawian peacekeepers").  Moved out of
:mod:`.parts` in session 48.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.gazetteer import country_end
from conflictfigures._extraction.text import GLUED

if TYPE_CHECKING:
    from conflictfigures._extraction.text import Token

__all__ = [
    "PHRASE_PREPS",
    "PHRASE_REACH",
    "REFUGE_PREPS",
    "STAY_PREPS",
    "flight_place",
    "phrase_between",
    "relative_between",
]


#: The prepositions of where a part of displaced people is, and of refugees also
#: where they went.
STAY_PREPS = frozenset({"in", "to"})
REFUGE_PREPS = STAY_PREPS | {"into"}


#: How long a phrase of place or time may stand between a figure and its
#: part's opener ("killed in a series of attacks across northern and central
#: Iraq, including ...").
PHRASE_REACH = 16


def phrase_between(tokens: list[Token], start: int, end: int, *, flight: bool = False) -> bool:
    """
    ``FIGURE PREP WORD* ","? OPENER``: only a prepositional phrase (of place,
    time or cause: no number, no verb of harm, no clause break) or a phrase
    of time with no preposition (:func:`_time_phrase_end`: "died that night,
    three of them students") stands
    between the figure and the opener of its part; after a verb of flight
    (``flight``), also where they went or what they fled ("have fled to
    neighbouring countries, including 149,000 to Chad"; "have fled Sudan,
    including ...").
    """
    if end - start > PHRASE_REACH:
        return False
    if not (flight and (tokens[start].low in REFUGE_PREPS or tokens[start].is_capitalized)) and (
        tokens[start].low not in PHRASE_PREPS
        and tokens[start].low not in _PHRASE_TIMES
        and _time_phrase_end(tokens, start, end) == start
        # "remain refugees abroad, including nearly 2.8 million in Turkey"
        and tokens[start].low not in lx.ABROAD_WORDS
    ):
        # a source's aside: "killed 212 people, the Disaster Management
        # Centre said on Sunday, 61 of them in Kandy district"; or a noun's
        # appositive set off by commas: "hosts 1.8 million refugees, the
        # largest number in Africa, including over 600,000 from Congo"
        aside = (
            tokens[start].text == ","
            and (
                any(t.low in lx.REPORTING_VERBS for t in tokens[start:end])
                or (
                    start + 1 < end - 1
                    and tokens[start + 1].low in ("the", "a", "an")
                    and tokens[end - 1].text == ","
                    # (an aside on the noun, not on the event: "killed 40 people,
                    # the latest in a string of raids, including one in May")
                    and not any(
                        t.low in lx.INCIDENT_NOUNS or t.low in _EVENT_ASIDES
                        for t in tokens[start:end]
                    )
                )
            )
        )
        if not aside:
            return False
    past = start  # (the end of the last phrase of time read whole)
    for k in range(start, end):
        if k < past:
            continue
        if (past := _time_phrase_end(tokens, k, end)) > k:
            continue  # "that night", "as of", "mid-June"
        tok = tokens[k]
        low = tok.low
        if (
            low == "since"
            and k + 1 < end
            and (
                _time_phrase_end(tokens, k + 1, end) > k + 1  # "since mid-June"
                or tokens[k + 1].low in _PHRASE_TIMES
                or tokens[k + 1].low in lx.MONTHS
                or (tokens[k + 1].is_digits and k + 2 < end and tokens[k + 2].low in lx.MONTHS)
                or tokens[k + 1].low == "the"  # "since the start of the monsoon season"
                or tokens[k + 1].low == "then"  # "had been killed since then, including ..."
            )
        ):
            continue  # "since late June", "since 1 October": a phrase of time, no clause
        if low == "then" and k > start and tokens[k - 1].low == "since":
            continue
        if low == "." and k > start and tokens[k - 1].low in lx.MONTHS and tok.gap == GLUED:
            continue  # an abbreviated month: "between Sept. 23 and Oct. 3"
        if tok.is_digits and (
            (k + 1 < end and tokens[k + 1].low in lx.MONTHS)
            or (k > start and tokens[k - 1].low in lx.MONTHS)
            or (k > start + 1 and tokens[k - 1].text == "." and tokens[k - 2].low in lx.MONTHS)
        ):
            continue  # a day of a date: "since 1 October", "on July 1", "Sept. 23"
        if (
            (tok.is_digits or low in lx.UNITS)
            and k + 1 < end
            and (tokens[k + 1].low in lx.SPAN_UNITS or _places(tokens[k + 1].low))
        ):
            # "received 60 wounded within three hours, 17 of whom ...",
            # "destroyed 214 drones over nine regions, including 58 over ..."
            continue
        if (
            tok.is_digits
            or low in lx.UNITS
            or low in _PHRASE_BREAKS
            or low in lx.ACTIVE_TRIGGERS
            or low in lx.PASSIVE_TRIGGERS
        ):
            return False
    return True


#: The prepositions that open a phrase of place, time or cause after a figure.
PHRASE_PREPS = (
    lx.PLACE_PREPS
    | {"on", "at", "during", "by", "from", "since", "with", "within", "through", "via"}
    | {
        "over",  # "destroyed 214 drones over nine regions, including 58 over ..."
        "along",  # "Six people died along the coast of Florida, four in Miami"
    }
)
#: Words of time that may open such a phrase ("killed at least 27 people
#: early Tuesday, 9 of them children").
_PHRASE_TIMES = frozenset({"early", "late", "overnight", "yesterday", "today", "last"}) | frozenset(
    lx.WEEKDAYS
)


#: Words that point at a time the story told, and the words of its order,
#: before a noun of time ("that night", "this week", "the next morning",
#: "the same day"; "the" only with an order).
_TIME_POINTERS = frozenset({"that", "this", "the"})
_TIME_ORDERS = frozenset({"next", "following", "same", "previous"})
_TIME_NOUNS = lx.SPAN_UNITS | lx.PARTS_OF_DAY | {"night", "weekend"}


def _time_phrase_end(tokens: list[Token], k: int, end: int) -> int:
    """
    Where a phrase of time with no preposition that opens at ``k`` (before
    ``end``) ends: ``("that" | "this" | "the") ORDER? TIME_NOUN`` ("that
    night", "the following day"), ``"as" "of"`` (its date read on: "as of
    November 14"), or ``"mid" "-" MONTH`` ("mid-June"); ``k`` itself when
    none opens there.
    """
    low = tokens[k].low
    if low == "as":
        return k + 2 if k + 1 < end and tokens[k + 1].low == "of" else k
    if low == "mid":
        glued = k + 2 < end and tokens[k + 1].text in lx.DASHES and tokens[k + 1].gap == GLUED
        return k + 3 if glued and tokens[k + 2].low in lx.MONTHS else k
    if low not in _TIME_POINTERS:
        return k
    j = k + 1
    if j < end and tokens[j].low in _TIME_ORDERS:
        j += 1
    if j < end and tokens[j].low in _TIME_NOUNS and (j > k + 1 or low != "the"):
        return j + 1
    return k


#: Words of an aside that ranks the event, not the noun ("the latest", "the deadliest").
_EVENT_ASIDES = frozenset({"latest", "deadliest", "worst", "bloodiest", "string", "series"})


def _places(low: str) -> bool:
    """Whether ``low`` is the plural of a noun of place ("regions", "cities", "countries")."""
    return low in lx.PLACES_COUNTED


#: Words that end such a phrase: a new clause or list starts there.
_PHRASE_BREAKS = (lx.MODIFIER_STOPS - {"and", "or"}) | lx.RELATIVE_PRONOUNS | {"(", ")"}


def relative_between(tokens: list[Token], start: int, end: int, *, flight: bool = False) -> bool:
    """
    ``PHRASE? RELATIVE_PRONOUN WORD+ ","`` from ``start`` to the opener of a
    part at ``end``: a relative clause on the figure's group or on the noun
    of its phrase, with no number, no verb of harm and no clause break
    ("killed at least 448 people in the crackdown on protests that erupted
    in mid-September, including 60 children"); after a count of flight
    (``flight``), its own verb of flight may stand there ("hosts 1.5 million
    Syrians who fled the war, of whom 785,000 are registered").
    """
    if end - start > PHRASE_REACH or tokens[end - 1].text != ",":
        return False
    rel = next((k for k in range(start, end - 1) if tokens[k].low in lx.RELATIVE_PRONOUNS), None)
    if (
        rel is None
        or rel + 1 == end - 1
        or not (rel == start or phrase_between(tokens, start, rel))
    ):
        return False
    return all(_clause_word(tok, flight=flight) for tok in tokens[rel + 1 : end - 1])


def _clause_word(tok: Token, *, flight: bool) -> bool:
    """Whether a word may stand inside such a relative clause (a glued hyphen too: "mid-June")."""
    if not tok.is_word:
        return tok.text in lx.DASHES and tok.gap == GLUED
    low = tok.low
    if flight and low in lx.FLIGHT_VERBS:
        return True
    return (
        not tok.is_digits
        and low not in lx.UNITS
        and low not in _PHRASE_BREAKS
        and low not in lx.ACTIVE_TRIGGERS
        and low not in lx.PASSIVE_TRIGGERS
        and low not in lx.REPORTING_VERBS
    )


#: How many words a place's name may hold after a flight's preposition.
_NAME_WORDS = 4


def flight_place(tokens: list[Token], j: int) -> tuple[int, int] | None:
    """
    ``("to" | "in" | "into") "the"? (COUNTRY | NAME)`` at ``j``: where some
    of a flight's people went or are ("into Poland", "in Kabul"), the
    place's first token and the index after its last (a country, or a name
    in capitals that is no month or day: not "in March"); else ``None``.
    """
    n = len(tokens)
    if not (j + 1 < n and tokens[j].low in REFUGE_PREPS):
        return None
    start = j + 2 if tokens[j + 1].low == "the" else j + 1
    end = country_end(tokens, start) if start < n else None
    if end is not None:
        return start, end
    k = start
    while (
        k < n
        and k - start < _NAME_WORDS
        and tokens[k].is_word
        and tokens[k].is_capitalized
        and tokens[k].low not in lx.MONTHS
        and tokens[k].low not in lx.WEEKDAYS
    ):
        k += 1
    return (start, k) if k > start else None
