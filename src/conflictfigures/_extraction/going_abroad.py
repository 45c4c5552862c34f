"""
Going abroad: people who flee landed from the sea at a named place ("more
than 1,500 Rohingya have landed in Aceh"), gone or who made it to another
country ("Roughly 60,000 people have gone to Egypt"), and a border crossed
across ("streamed across the border").  Moved out of :mod:`.flight` in
session 49.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.crossers import fleeing_people, no_flight
from conflictfigures._extraction.gazetteer import country_end
from conflictfigures.models import Category

if TYPE_CHECKING:
    from conflictfigures._extraction.text import Token
    from conflictfigures._lexicon.verbs import Phrase

__all__ = [
    "PLACE_FOLLOWERS",
    "border_crossed_end",
    "gone_abroad",
    "landed_by_sea",
    "landing_end",
]

#: Words after a place left that end its phrase (no noun it modifies).
PLACE_FOLLOWERS = frozenset(
    {"after", "as", "since", "when", "and", "or", "following", "amid", "before", "in", "on"}
    | {"at", "by", "during", "over", "with", "without", "fearing", "overnight", "earlier"}
)


#: The means of a landing from the sea ("arrived by boat on Lesvos").
_BY_SEA = frozenset({"boat", "boats", "sea", "dinghy", "dinghies", "raft", "rafts"})
_LANDING_VERBS = frozenset({"landed", "landing"})


#: How far around a landing its words of the sea or of a flight may stand.
_LANDING_REACH = 12
#: Words of a landing by air: no landing from the sea.
_BY_AIR = frozenset({"flight", "flights", "plane", "planes", "aircraft", "airport", "charter"})


def _from_the_sea(tokens: list[Token], k: int) -> bool:
    """
    Whether a landing at ``k`` is from the sea: people who flee by boat
    (``lx.FLEEING_NOUNS``: "Rohingya", "refugees") or a word of the sea
    near it, and no word of a flight ("landed in Kabul on a flight from
    Istanbul").
    """
    words = {t.low for t in tokens[max(0, k - _LANDING_REACH) : k + _LANDING_REACH]}
    if not words.isdisjoint(_BY_AIR):
        return False
    return not words.isdisjoint(lx.AT_SEA_WORDS) or any(
        t.low in lx.FLEEING_NOUNS and t.low not in ("people", "persons", "families")
        for t in tokens[max(0, k - 4) : k]
    )


def landed_by_sea(tokens: list[Token], k: int) -> Phrase | None:
    """
    ``ARRIVAL_VERB "by" SEA_MEANS ("on" | "in" | "at") NAME`` or ``("landed" |
    "landing") ("on" | "in" | "at") NAME`` at ``k``, its group people who
    flee (:func:`.crossers.fleeing_people`): people landed from the sea at a
    named place, refugees ("more than 1,000 people arrived by boat on
    Lesvos, Chios and Samos", "more than 1,500 Rohingya have landed in
    Aceh"); not soldiers, tourists or a plane's passengers.
    """
    n = len(tokens)
    m = k + 1
    if m + 1 < n and tokens[m].low == "by" and tokens[m + 1].low in _BY_SEA:
        m += 2
    elif tokens[k].low not in _LANDING_VERBS or not _from_the_sea(tokens, k):
        return None
    if m + 1 >= n or tokens[m].low not in ("on", "in", "at") or not fleeing_people(tokens, k):
        return None
    end = landing_end(tokens, m + 1)
    if end is None or no_flight(tokens, k, end):
        return None
    return tuple(t.low for t in tokens[k:end]), Category.REFUGEES, None


def landing_end(tokens: list[Token], m: int) -> int | None:
    """
    One past the capitalised name of where migrants landed, from ``m``
    ("Lampedusa", "the Italian island of Lampedusa": past "Italian"); None
    for a time ("arrived at dawn", "arrived on Sunday") or any other word.
    """
    end = m
    while (
        end < len(tokens)
        and tokens[end].is_word
        and tokens[end].text[:1].isupper()
        and tokens[end].low not in lx.WEEKDAYS
        and tokens[end].low not in lx.MONTHS
    ):
        end += 1
    return end if end > m else None


def gone_abroad(tokens: list[Token], k: int) -> Phrase | None:
    """
    ``GOING_VERB ("it")? ("to" | "into") "the"? COUNTRY`` at ``k``, its group
    people who flee (:func:`.crossers.fleeing_people`): people gone abroad,
    refugees ("Roughly 60,000 people have gone to Egypt", "20,000 Afghans
    have made it to Iran"; not "300 soldiers went to Syria", "2 million
    tourists went to Spain", "made 40 arrests").
    """
    n = len(tokens)
    m = k + 1
    if tokens[k].low == "made":
        if m >= n or tokens[m].low != "it":
            return None
        m += 1
    if m + 1 >= n or tokens[m].low not in ("to", "into"):
        return None
    m += 2 if tokens[m + 1].low == "the" else 1
    end = country_end(tokens, m) if m < n else None
    if end is None or not fleeing_people(tokens, k) or no_flight(tokens, k, end):
        return None  # "went to Saudi Arabia for the hajj", "Pakistanis have gone to Pakistan"
    if not _migrants_before(tokens, k) and lx.FLIGHT_CONTEXT_WORDS.isdisjoint(
        t.low for t in tokens[max(0, k - _CONTEXT_REACH) : k + _CONTEXT_REACH]
    ):
        # people go abroad in flight only where their sentence tells of
        # flight ("Some 12,000 Pakistanis went to Saudi Arabia": workers;
        # "About 5,000 people headed to France for the Olympics"), unless
        # named migrants or refugees
        return None
    return tuple(t.low for t in tokens[k:end]), Category.REFUGEES, None


#: How far around a verb of going its words of flight may stand.
_CONTEXT_REACH = 40


def _migrants_before(tokens: list[Token], k: int) -> bool:
    """Whether the group before the verb at ``k`` (past its auxiliaries) ends in migrants' noun."""
    j = k - 1
    while j >= 0 and tokens[j].low in lx.AUXILIARIES:
        j -= 1
    return j >= 0 and tokens[j].low in lx.MIGRANT_NOUNS


def border_crossed_end(tokens: list[Token], m: int) -> int | None:
    """
    ``("the" | "its" | "their")? "border"`` at ``m``, after a verb of motion
    and "across", before no noun it modifies: a border crossed ("streamed
    across the border into Poland"; not "across the border region"); the
    index after "border", else ``None``.
    """
    if m < len(tokens) and tokens[m].low in ("border", "borders"):
        m -= 1  # a headline's, with no article: "8,000 migrants swim across border"
    elif (
        m + 1 >= len(tokens)
        or tokens[m].low not in ("the", "its", "their")
        or tokens[m + 1].low not in ("border", "borders")
    ):
        return None
    after = tokens[m + 2] if m + 2 < len(tokens) else None
    if (
        after is not None
        and after.is_word
        and after.low not in PLACE_FOLLOWERS
        and after.low != "into"
    ):
        return None
    return m + 2
