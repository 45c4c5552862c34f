"""
What may hang off one member of a list before the next member: a named
place ("a chemist in Srinagar and a taxi driver in Bandipora"), a place of
the member's own ("a farmer in his compound, a woman ..."), a relative
clause ("a woman who was fetching water and her teenage son"); and whether
the words after a list word are a clause of their own ("and 3 people
died").  Read by :mod:`.lists`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.text import past_form

if TYPE_CHECKING:
    from conflictfigures._extraction.text import Token

__all__ = ["own_verb_after", "past_member_phrase"]


#: Prepositions of a named place that may hang off one person in a list
#: ("a chemist in Srinagar and a taxi driver in Bandipora", "a vendor from Bihar").
_NAMED_PLACE_PREPS = frozenset({"in", "from", "near", "at"})


#: How many words such a place's name may take.
_PLACE_NAME_WORDS = 4


def past_member_phrase(tokens: list[Token], k: int, end: int) -> int:
    """
    What hangs off one member at ``k``, before the list word of the next
    member (before ``end``): the index of that list word, else ``k``.

    - ``("in" | "from" | "near" | "at") NAME{1,4}``: a named place ("shot
      dead a chemist in Srinagar and a taxi driver in Bandipora"), names
      only, each capitalized (not "in front of his wife and two children",
      "in the attack and two others");
    - ``PLACE_PREP POSSESSIVE WORD{1,2}``: a place of the member's own ("a
      farmer in his compound, a woman and her son");
    - ``SPOT_PREP "the" SPOT`` or ``"on" ("guard" | "duty" | ...)``: where the
      member stood ("two police officers at the gate and a customer", "on
      guard and a customer");
    - ``"who" WORD{1,6}``: a relative clause with no mark in it ("a woman
      who was fetching water and her teenage son").

    The next member must open on its own: a number, an article or a
    possessive (not "a man in Leeds and a woman remains at large", a clause
    of its own).
    """
    if k >= end:
        return k
    low = tokens[k].low
    m = k + 1
    if low in _NAMED_PLACE_PREPS and m + 1 < end and tokens[m].low == "the":
        m += tokens[m + 1].is_capitalized  # "a tourist from the Philippines and"
    if low in _NAMED_PLACE_PREPS and m < end and tokens[m].is_capitalized:
        while (
            m < end
            and m - k <= _PLACE_NAME_WORDS
            and tokens[m].is_word
            and tokens[m].is_capitalized
        ):
            m += 1
        if m < end and tokens[m].low in lx.PLACE_NOUNS:
            m += 1  # "a man from Guangdong province and"
    elif (
        low in _SPOT_PREPS
        and m + 1 < end
        and tokens[m].low == "the"
        and tokens[m + 1].low in _SPOTS
    ):
        m += 2  # the spot where the member stood: "two police officers at the gate and"
    elif low == "on" and m < end and tokens[m].low in _ON_POSTS:
        m += 1  # "two police officers on guard and a customer"
    elif low in _OWN_PLACE_PREPS and m < end and tokens[m].low in lx.POSSESSIVES:
        m += 1
        while m < end and m - k <= _OWN_PLACE_WORDS and tokens[m].is_word:
            if tokens[m].low in ("and", "or") or tokens[m].low in lx.PEOPLE_NOUNS:
                return k  # (no place: "in front of his wife and two children")
            m += 1
    elif low == "who":
        while m < end and m - k <= _CLAUSE_WORDS and tokens[m].is_word and tokens[m].low != "and":
            m += 1
    else:
        return k
    if m == k + 1 or m >= end or tokens[m].low not in ("and", ","):
        return k
    if own_verb_after(tokens, m, member=True):
        return k  # (a clause of its own: "arrested a man in Leeds and a woman remains at large")
    return m


#: Prepositions of the spot where a member stood ("at the gate", "outside the bank").
_SPOT_PREPS = frozenset({"at", "outside", "inside", "near", "in"})
#: Spots a member may stand at, no event ("at the gate"; not "in the attack").
_SPOTS = (
    lx.SITE_NOUNS
    | lx.POSITION_NOUNS
    | frozenset(
        [
            "gate",
            "door",
            "entrance",
            "market",
            "scene",
            "bank",
            "station",
            "counter",
            "bar",
            "road",
            "roadside",
            "junction",
            "stall",
            "wheel",
            "desk",
            "till",
        ]
    )
)
#: What a member is "on" at his post ("on guard", "on duty").
_ON_POSTS = frozenset({"guard", "duty", "patrol", "watch"})
#: Prepositions of a place of a member's own ("in his compound", "outside their home").
_OWN_PLACE_PREPS = frozenset({"in", "at", "outside", "inside", "near"})
#: How many words such a place may take with its possessive.
_OWN_PLACE_WORDS = 3
#: How many words a member's relative clause may take.
_CLAUSE_WORDS = 6


#: How far after a list's "and" the last member's own verb may stand.
_OWN_VERB_AFTER = 7


def own_verb_after(tokens: list[Token], k: int, *, member: bool = False) -> bool:
    """
    Whether the member after the "and" at ``k`` has a verb of its own ("and
    3 people died", "and 5,000 residents fled", "and 7 villagers remain
    missing", "and 40 militants surrendered"): a clause, no member.  With
    ``member``, only up to the next list word (a member's own words: "and
    her teenage son, and an unarmed man"), and no verb of a relative clause
    on the member ("in his compound, a woman who was fetching water and").
    """
    for tok in tokens[k + 1 : k + 1 + _OWN_VERB_AFTER]:
        low = tok.low
        if member and (low in (",", "and") or low in lx.RELATIVE_PRONOUNS):
            return False
        if (
            low in lx.INTRANSITIVE_TRIGGERS
            or low in lx.FLIGHT_VERBS
            or low in lx.FINITE_AUXILIARIES
            or low in ("remain", "remains", "remained")
            or past_form(low)
        ):
            return True
    return False
