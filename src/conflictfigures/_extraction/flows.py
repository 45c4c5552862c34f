"""
Totals of a flow of people: arrivals and an influx counted as a total
("Rohingya boat arrivals top 1,500", "Rohingya influx crosses 4 lakh"),
whose people say whether they are in flight abroad, displaced at home or
no one in flight (travellers, troops, the wounded, people going home); and
a total's group whose flight went on abroad ("who have fled violence in
Rakhine State and entered Bangladesh").  Moved out of :mod:`.totals` in
session 48.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.crossers import fleeing_noun
from conflictfigures._extraction.flight import arrival_phrase, crossing_phrase
from conflictfigures._extraction.gazetteer import country_end
from conflictfigures._extraction.numbers import count_word
from conflictfigures.models import Category

if TYPE_CHECKING:
    from conflictfigures._extraction.text import Token

__all__ = ["FLOW_NOUNS", "flow_category", "then_abroad"]


#: The nouns of a flow of arrivals, whose people say what it counts.
FLOW_NOUNS = frozenset({"arrivals", "influx", "exodus"})
#: Words of a flow's people that make it no flight: travel, armed men, the
#: hurt in care, people going home or sent back.
_NOT_IN_FLIGHT = (
    lx.NOT_IN_FLIGHT_NOUNS
    | lx.ARMED_WORDS
    | frozenset({"tourist", "visitor", "visitors", "passenger", "passengers", "air", "airport"})
    | frozenset({"patients", "wounded", "injured", "casualties", "mercenaries", "returnees"})
    | frozenset({"returning", "returned", "deportees", "deported", "repatriated"})
)
#: Words of a flow's people that make them displaced at home.
_DISPLACED_WORDS = frozenset({"displaced", "idps", "idp", "evacuees"})
#: Nouns of people at large, whom an exodus may keep at home.
_ANY_PEOPLE = lx.PEOPLE_AT_LARGE | {"families", "civilians", "children", "women"}
#: The words of a count's qualifiers ("some", "more", "than"), passed in an "of" phrase.
_QUALIFYING = frozenset(word for words, _ in lx.QUALIFIERS for word in words)
#: How many words before the flow's noun, and in its "of" phrase, name its people.
_PEOPLE_BEFORE = 3
_PEOPLE_OF = 5


def flow_category(tokens: list[Token], at: int) -> Category | None:
    """
    The category of a total of a flow whose noun is at ``at`` (``FLOW_NOUNS``),
    by the words that name its people before it and in its "of" phrase
    after it: displaced people at home (``_DISPLACED_WORDS``: "the influx of
    displaced people into Goma"), no one in flight (``_NOT_IN_FLIGHT``:
    "Tourist arrivals", "the influx of returnees", "of Russian troops", "of
    wounded into Khan Younis hospitals"), else refugees; an influx only when
    its people are named as people who flee or a people's name ("Rohingya
    influx", "the influx of Ukrainians"; not "the influx of patients"), an
    exodus too, or after "from" a country ("the exodus from Sudan").
    """
    words = [t for t in tokens[max(0, at - _PEOPLE_BEFORE) : at] if t.is_word]
    n = len(tokens)
    if at + 1 < n and tokens[at + 1].low == "of":
        for tok in tokens[at + 2 : at + 2 + _PEOPLE_OF]:
            if tok.is_digits or count_word(tok) or tok.low in _QUALIFYING:
                continue  # (past a count: "an influx of some 400,000 Rohingya")
            if not tok.is_word or tok.low in lx.MODIFIER_STOPS or tok.low in ("into", "to"):
                break
            words.append(tok)
    if tokens[at].low == "exodus" and at + 2 < n and tokens[at + 1].low == "from":
        # "The exodus from Sudan has passed 2 million": a country left, abroad
        # (session 56; not "the exodus from Gaza City", a flight at home told
        # by no country's name)
        whence = at + 3 if tokens[at + 2].low == "the" else at + 2
        if whence < n and (
            country_end(tokens, whence) is not None or tokens[whence].low == "country"
        ):
            return Category.REFUGEES
    if tokens[at].low == "influx" and at + 2 < n and tokens[at + 1].low == "into":
        # "The influx into Poland has passed 1.5 million": abroad, by the country
        into = at + 3 if tokens[at + 2].low == "the" else at + 2
        if into < n and country_end(tokens, into) is not None:
            return Category.REFUGEES
    lows = {t.low for t in words}
    if not lows.isdisjoint(_NOT_IN_FLIGHT):
        return None
    if not lows.isdisjoint(_DISPLACED_WORDS):
        return Category.DISPLACED
    if tokens[at].low == "arrivals":
        return Category.REFUGEES
    if tokens[at].low == "exodus":
        # (only a people's name: "The Rohingya exodus"; not "an exodus of
        # 20,000 people", which may stay at home)
        named = any(fleeing_noun(t) and t.low not in _ANY_PEOPLE for t in words)
        return Category.REFUGEES if named else None
    named = any(fleeing_noun(t) or t.low in ("refugee", "migrant", "asylum") for t in words)
    return Category.REFUGEES if named else None


#: How far a second verb of a total's clause may stand after its first.
_THEN_REACH = 12


def then_abroad(tokens: list[Token], k: int, stop: int) -> bool:
    """
    Whether ``"and" CROSSING_OR_ARRIVAL`` into another country follows
    within the clause from ``k`` (before ``stop``): the group's flight
    went on abroad ("fled violence in Rakhine State and entered Bangladesh").
    """
    for m in range(k, min(stop - 1, k + _THEN_REACH)):
        low = tokens[m].low
        if low in lx.MODIFIER_STOPS and low != "and":
            return False
        if low == "and" and (
            (found := arrival_phrase(tokens, m + 1) or crossing_phrase(tokens, m + 1)) is not None
        ):
            return found[1] is Category.REFUGEES
    return False
