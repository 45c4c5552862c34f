"""
Phrases set off by commas inside a counted group's modifier that hold no
verb of the group: a place (", near the Tanzanian border,"), a distance
(", 10 kilometres away,") and a date after a day's name (", Sept. 13,
2022,").  :mod:`.modifiers` steps over them to the group's verb. And a
time or a source set off between a verb and its count ("We have lost, as
of this morning, 23 lives"), which :mod:`.rules` steps over back to the verb.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.chunks import NUMBER_WORDS
from conflictfigures._extraction.dates import year_of

if TYPE_CHECKING:
    from conflictfigures._extraction.text import Token

__all__ = [
    "date_aside_end",
    "distance_aside_end",
    "place_aside_end",
    "region_aside_end",
    "verb_aside_start",
]


#: How many words may follow a distance's unit inside its aside ("10 km from the border").
_DISTANCE_WORDS = 5


def distance_aside_end(tokens: list[Token], k: int) -> int | None:
    """
    ``"," NUMBER DISTANCE_UNIT WORD{0,5} ","`` at ``k``: a distance set off by
    commas (", 10 kilometres away,", ", some 40 km from the border,"); the
    index of its closing comma, else ``None``.
    """
    n = len(tokens)
    j = k + 1
    if j < n and tokens[j].low in ("some", "about", "around", "nearly"):
        j += 1
    if j + 1 >= n or not (tokens[j].is_digits or tokens[j].low in NUMBER_WORDS):
        return None
    if tokens[j + 1].low not in lx.MEASURE_UNITS or tokens[j + 1].low in ("times", "mph"):
        return None
    for m in range(j + 2, min(n, j + 3 + _DISTANCE_WORDS)):
        if tokens[m].text == ",":
            return m
        if not tokens[m].is_word or tokens[m].low in lx.AUXILIARIES:
            return None
    return None


def date_aside_end(tokens: list[Token], k: int) -> int | None:
    """
    ``"," MONTH "."? DAY ("," YEAR)? ","`` or ``"," DAY MONTH YEAR? ","`` at
    ``k``: a date set off by commas after a day's name ("shot outside a
    high school on Tuesday, Sept. 13, 2022, died"); the index of its
    closing comma, else ``None``.
    """
    n = len(tokens)
    j = k + 1
    if j + 1 >= n:
        return None
    if tokens[j].low in lx.MONTHS and tokens[j].is_capitalized:
        j += 1
        if j < n and tokens[j].text == ".":
            j += 1  # "Sept. 13"
        if not (j < n and tokens[j].is_digits and len(tokens[j].text) <= 2):
            return None
        j += 1
    elif tokens[j].is_digits and len(tokens[j].text) <= 2 and tokens[j + 1].low in lx.MONTHS:
        j += 2
    else:
        return None
    if j + 1 < n and tokens[j].text == "," and year_of(tokens[j + 1]) is not None:
        j += 2  # ", 2022"
    elif j < n and year_of(tokens[j]) is not None:
        j += 1  # "13 September 2022"
    return j if j < n and tokens[j].text == "," else None


def place_aside_end(tokens: list[Token], k: int) -> int | None:
    """
    The closing comma of a place set off by commas at ``k`` inside a relative
    clause (", near the Tanzanian border,"): a preposition of place, then
    words (up to the reach) with no auxiliary, mark, number or clause's
    stop; else ``None``.
    """
    n = len(tokens)
    if k + 2 >= n or tokens[k + 1].low not in lx.PLACE_PREPS:
        return None
    for m in range(k + 2, min(n, k + 2 + _PLACE_ASIDE_WORDS)):
        t = tokens[m]
        if t.text == ",":
            return m if m > k + 2 else None
        if not t.is_word or t.low in lx.MODIFIER_STOPS or t.low in lx.AUXILIARIES:
            return None
    return None


#: How many words a place set off by commas inside a relative clause may hold.
_PLACE_ASIDE_WORDS = 7


def region_aside_end(tokens: list[Token], k: int) -> int | None:
    """
    ``CAPITALIZED "," DIRECTION? CAPITALIZED{1,3} ","`` at the comma ``k``:
    the region or country of the place named right before it, set off by
    commas ("at Qana, southern Lebanon,", "in Rakhine State, Myanmar,"); the
    index of its closing comma, else ``None`` (not "since the fall of Kabul,
    Taliban fighters have ...": no comma closes the names).
    """
    n = len(tokens)
    if k == 0 or not tokens[k - 1].is_capitalized:
        return None
    j = k + 1
    if j < n and tokens[j].low in lx.DIRECTIONS and not tokens[j].is_capitalized:
        j += 1  # "southern Lebanon"
    m = j
    while (
        m < n
        and m < j + _REGION_WORDS
        and tokens[m].is_word
        and tokens[m].is_capitalized
        and tokens[m].low not in lx.WEEKDAYS
        and tokens[m].low not in lx.MONTHS
    ):
        m += 1
    return m if j < m < n and tokens[m].text == "," else None


#: How many capitalized words a place's region set off by commas may hold ("North Kivu Province").
_REGION_WORDS = 3


#: How many words a time or a source set off between a verb and its count may hold.
_VERB_ASIDE_WORDS = 7
#: Words that open a time set off between a verb and its count ("lost, as of
#: this morning, 23 lives", "have displaced, so far, 4,000 people").
_TIME_ASIDE_OPENERS = frozenset(
    {"as", "since", "so", "by", "over", "during", "in", "on", "until", "within", "to", "among"}
)


def verb_aside_start(tokens: list[Token], k: int) -> int | None:
    """
    ``"," ASIDE ","`` closing at the comma ``k`` right before a count: a
    time or a source set off between a verb and the count it takes ("We
    have lost, as of this morning, 23 lives", "killed, according to police,
    23 militants"); the index of its opening comma, else ``None``. The aside
    holds words and digits alone and no verb of harm. A speaker's "X said"
    set off so is left alone: tried in s63k, it read the count of a clause
    of its own after it and lost a match on a blind set.
    """
    if k < 2 or tokens[k].text != ",":
        return None
    for m in range(k - 1, max(0, k - 2 - _VERB_ASIDE_WORDS), -1):
        tok = tokens[m]
        if tok.text == ",":
            aside = tokens[m + 1 : k]
            return (
                m
                if aside and (aside[0].low in _TIME_ASIDE_OPENERS or aside[0].low == "according")
                else None
            )
        if not tok.is_word or tok.low in lx.PASSIVE_TRIGGERS or tok.low in lx.ACTIVE_TRIGGERS:
            return None
    return None
