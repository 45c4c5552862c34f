"""
The members after "including" of an active verb's object that no figure
counts: "Russian forces lost two battalions' worth of equipment, including 36
tanks and 44 infantry fighting vehicles" (36 and 44 destroyed); "has
destroyed a third of the fleet, including 15 warships". Tried by the
sentence loop only after the linking rules read nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.chunks import read_np
from conflictfigures._extraction.heads import (
    choose,
    group_class,
    head_word,
    loser_side,
    plural,
    side_of,
)
from conflictfigures._extraction.reading import Reading, finish
from conflictfigures._extraction.triggers import perfect_adverb

if TYPE_CHECKING:
    from conflictfigures._extraction.numbers import NumberReading
    from conflictfigures._extraction.text import Token
    from conflictfigures.models import Category

__all__ = ["AMONG_WHICH", "first_object_including", "link_included"]


#: The words after "among" that open members as "including" does ("among them").
AMONG_WHICH = frozenset({"them", "which", "these", "those"})

#: How far before "including" the active verb of an uncounted object may stand.
_INCLUDING_OBJECT_TOKENS = 20


def first_object_including(
    tokens: list[Token], num: NumberReading
) -> tuple[tuple[Category | None, Category | None], int] | None:
    """
    ``ACTIVE_TRIGGER OBJECT "," ("including" | "among them") NUMBER NP``, where ``OBJECT`` is
    no count a figure reads, a few words with no clause break: the members
    the verb's object includes are its objects ("lost two battalions' worth
    of equipment, including 36 tanks", "has destroyed a third of the fleet,
    including 15 warships"). Returns the trigger's categories and token.
    """
    k = num.first - 1
    among = k >= 4 and tokens[k].low in AMONG_WHICH and tokens[k - 1].low == "among"
    if among:
        k -= 1  # ", among them 30 armoured vehicles": as "including"
    elif k < 3 or tokens[k].low != "including":
        return None
    if tokens[k - 1].text != ",":
        return None
    for m in range(k - 2, max(0, k - 2 - _INCLUDING_OBJECT_TOKENS), -1):
        tok = tokens[m]
        if tok.low in lx.ACTIVE_TRIGGERS:
            # an active verb with its object after it (not "were killed or
            # injured in the strike, including a commander": a passive's
            # subject, whose part the member is), finite after its subject
            # (not "Relatives of killed soldiers, including 5 women", an
            # adjective, nor "Militants who captured the town, including 30
            # foreign fighters", the relative clause's own subject)
            nxt = tokens[m + 1].low
            b = m - 1
            while b > 0 and perfect_adverb(tokens[b].low) and tokens[b - 1].low in lx.AUXILIARIES:
                b -= 1  # "had also seized": the auxiliary past its adverb
            before = tokens[b].low
            if (
                (before in lx.AUXILIARIES and before not in lx.PERFECT_AUXILIARIES)
                or before in lx.PREPOSITIONS
                or before in lx.DETERMINERS
                or before in lx.RELATIVE_PRONOUNS
                or nxt in lx.PREPOSITIONS
                or nxt in lx.LIST_JOINERS
                or not (tokens[m + 1].is_word or tokens[m + 1].is_digits)
            ):
                return None
            return lx.ACTIVE_TRIGGERS[tok.low], m
        if (
            tok.text in (",", ".", ";", ":")
            or tok.low in lx.FINITE_AUXILIARIES
            # (after "among them", no other clause between: "arrested the men
            # after a shootout ... that left residents in shock, among them 12
            # shopkeepers")
            or (among and tok.low in lx.CLAUSE_BREAKS)
        ):
            return None
    return None


def link_included(
    tokens: list[Token], num: NumberReading, readings: list[Reading]
) -> Reading | None:
    """
    A member after "including" of an active verb's object no figure counts
    (see :func:`first_object_including`): "lost two battalions' worth
    of equipment, including 36 tanks" is 36 destroyed; its further members
    go on as the verb's list does. Tried only after the rules read nothing.
    """
    found = first_object_including(tokens, num)
    if found is None or (readings and readings[-1].last > found[1]):
        return None
    np = read_np(tokens, num.last)
    if num.article and np[1] > np[0] and plural(head_word(tokens, np) or ""):
        return None  # "including the women": an article before a plural counts no one
    chosen = choose(found[0], group_class(tokens, np))
    if chosen is None:
        return None
    r = finish(Reading(num, chosen), tokens, np)
    r.last = max(np[1], num.last)
    verb = found[1]
    r.active, r.trigger, r.verb = True, found[0], verb
    # "has destroyed a third of the fleet, including 15 warships": up to now
    r.perfect = tokens[verb - 1].low in ("has", "have")
    if r.side is None:
        # the loser the object names ("destroyed Russian positions, including 4 tanks")
        r.side = side_of(tokens, verb + 1, num.first) or loser_side(tokens, verb)
    return r
