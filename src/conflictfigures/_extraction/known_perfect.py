"""
A perfect infinitive after a passive of knowing, told of one incident: "the
shipwreck in which at least 78 people are confirmed to have lost their
lives", "At least 40 people are believed to have died in the ferry
sinking", "In the fire, 12 people are known to have been killed". The
perfect tells a past fact the speaker knows, not a count up to now, so with
one incident's noun it is that incident's figure (``cumulative=False``), as
a perfect with an incident word after it is ("have been killed in the
attack"). With no such noun, or a war's ("are believed to have died in the
war"), the perfect stays a running total.
"""

from __future__ import annotations

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.context import claimed_perfect_infinitive

#: How many words before a figure's first word "to have" may stand ("The
#: militants are believed to have killed 40 villagers").
_BEFORE = 4
#: How many words may stand between the passive's "be" and its participle
#: ("are now confirmed to have", "were officially believed to have").
_BE_REACH = 2
#: How many words before the figure a relative "in which" may stand ("in
#: which at least 78 people are ...").
_RELATIVE_REACH = 4
#: How many words before the relative its incident's noun may stand ("the
#: tragic shipwreck off the coast of Pylos in which").
_ANTECEDENT_REACH = 8
#: How many words after the figure an incident's noun may stand ("to have
#: died in the ferry sinking off Lampedusa").
_AFTER = 8
#: How many words may stand between a determiner and the incident's noun
#: ("the tragic shipwreck", "a Russian missile strike").
_NOUN_WORDS = 3
#: Determiners of one incident.
_ONE_INCIDENT = frozenset({"a", "an", "the", "this", "that"})


def _known_infinitive(lows: list[str], first: int, last: int) -> bool:
    """``BE WORD{0,2} KNOWING "to" "have"`` at or just before a figure's words."""
    for k in range(max(2, first - _BEFORE), min(last, len(lows) - 1)):
        if lows[k] != "to" or lows[k + 1] != "have" or lows[k - 1] not in lx.KNOWING_PASSIVES:
            continue
        if any(w in lx.BE_FORMS for w in lows[max(0, k - 2 - _BE_REACH) : k - 1]):
            return True
    return False


def _one_event(lows: list[str], k: int) -> bool:
    """Whether the word at ``k`` is one incident's noun with its determiner before it."""
    return lows[k] in lx.SINGLE_EVENT_NOUNS and any(
        w in _ONE_INCIDENT or w.endswith("'s") for w in lows[max(0, k - _NOUN_WORDS) : k]
    )


def _relative_antecedent(lows: list[str], first: int) -> bool:
    """``EVENT ... PREP "which"`` right before the figure ("the shipwreck ... in which 78")."""
    for j in range(max(1, first - _RELATIVE_REACH), first):
        if lows[j] == "which" and lows[j - 1] in lx.PREPOSITIONS:
            return any(_one_event(lows, k) for k in range(max(0, j - 1 - _ANTECEDENT_REACH), j - 1))
    return False


def known_incident(lows: list[str], first: int, last: int) -> bool:
    """
    Whether the figure over ``first``..``last`` is a perfect infinitive after a
    passive of knowing (`lx.KNOWING_PASSIVES`) told of one incident: the
    antecedent of a relative "in which" before it, or a noun after it (up to
    ``_AFTER`` words, not past a war's noun), singular with its determiner.
    """
    if not _known_infinitive(lows, first, last):
        return False
    if _relative_antecedent(lows, first):
        return True
    for k in range(last, min(len(lows), last + _AFTER)):
        if lows[k] in lx.WAR_NOUNS or lows[k] in (".", ";"):
            return False
        if _one_event(lows, k):
            return True
    return False


def one_act_infinitive(lows: list[str], first: int, last: int) -> bool:
    """
    Whether a perfect infinitive tells one act or incident, no count up to
    now: a claim's ("JNIM claimed to have killed 107 soldiers",
    ``context.claimed_perfect_infinitive``) or a known incident's (`known_incident`).
    """
    return claimed_perfect_infinitive(lows, first) or known_incident(lows, first, last)
