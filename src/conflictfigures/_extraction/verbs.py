"""
Verb groups: the adverbs that stand among auxiliaries and a group's second,
coordinated verb.  Chunks and rules both read them, so they live below both.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.numbers import ARTICLES, NUMBER_STARTERS, read_number

if TYPE_CHECKING:
    from conflictfigures._extraction.text import Token


def is_adverb(tok: Token) -> bool:
    """Whether a word is an adverb that may stand among auxiliaries ("mistakenly")."""
    low = tok.low
    return (
        len(low) > 4
        and low.endswith("ly")
        and tok.is_word
        and not tok.is_capitalized
        and low not in lx.NOT_ADVERBS
    )


#: How far a coordinated verb phrase may run before its "and TRIGGER".
_COORDINATED_REACH = 14


def coordinated_trigger(tokens: list[Token], k: int) -> int | None:
    """
    ``VERB WORD* "and" AUX* TRIGGER``: the group's second verb, after a first
    verb phrase that is no trigger ("was washed into the ocean by a sneaker
    wave and drowned").  The first phrase holds no count, comma or clause
    word; a measure ("thrown 40 yards") is not a count.  Returns the trigger's index.
    """
    n = len(tokens)
    if not tokens[k].is_word or tokens[k].is_capitalized:
        return None
    m = k + 1
    while m < min(n, k + _COORDINATED_REACH):
        t = tokens[m]
        if m + 1 < n and tokens[m + 1].low in lx.MEASURE_UNITS and read_number(tokens, m):
            m += 2  # a measure, not a count: "was thrown 40 yards and injured"
            continue
        if t.low == "and":
            j = m + 1
            while j < n and j < m + 4 and (tokens[j].low in lx.AUXILIARIES or is_adverb(tokens[j])):
                j += 1
            if j < n and tokens[j].low in lx.PASSIVE_TRIGGERS:
                return j
            return None
        if (
            t.is_digits
            or not t.is_word
            or t.low in lx.MODIFIER_STOPS
            or t.low in lx.PASSIVE_TRIGGERS
            # a count ("and two ..."), not a word that may start one ("in the head")
            or (
                t.low in NUMBER_STARTERS
                and t.low not in ARTICLES
                and read_number(tokens, m) is not None
            )
        ):
            return None
        m += 1
    return None
