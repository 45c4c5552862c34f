"""
What befell the objects of an active verb, told after them: "them" for a
group counted before (:func:`.persons.fates_of_them`), and "to death" after
a list of people ("shot his estranged wife and her mother to death",
"stabbed his wife and two children to death"), which kills every member.
Read once a sentence, after the linking rules; linear in its tokens.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.heads import plural
from conflictfigures._extraction.numbers import NUMBER_STARTERS, NumberReading, read_number
from conflictfigures._extraction.persons import fates_of_them
from conflictfigures._extraction.reading import Reading
from conflictfigures.models import Category, Qualifier

if TYPE_CHECKING:
    from collections.abc import Set as AbstractSet

    from conflictfigures._extraction.text import Token

__all__ = ["object_fates"]

#: How many tokens the list of objects between a verb and "to death" may take.
_OBJECTS_REACH = 16
#: The verbs that kill "to death" (a set, looked up by word).
_TO_DEATH_VERBS = frozenset(lx.TO_DEATH_VERBS)
#: What opens one person of such a list ("his wife", "a farmer", "the owner").
_ONE_OPENERS = lx.POSSESSIVES | {"a", "an", "the"}


def object_fates(
    tokens: list[Token], lows: list[str], words: AbstractSet[str], readings: list[Reading]
) -> list[Reading]:
    """
    The sentence's readings with the fates told after their objects added
    (``words``: the sentence's words, a set, to skip the usual sentence at
    once).
    """
    if "them" in words and ("and" in words or "," in words):
        readings = fates_of_them(tokens, lows, readings)
    if "death" in words and "to" in words:
        for k in range(1, len(tokens) - 1):
            if lows[k] == "to" and lows[k + 1] == "death":
                readings = _listed_to_death(tokens, lows, k, readings)
    return readings


def _listed_to_death(
    tokens: list[Token], lows: list[str], k: int, readings: list[Reading]
) -> list[Reading]:
    """
    ``TO_DEATH_VERB MEMBER (("," | "and") MEMBER)+ "to" "death"`` with "to" at
    ``k``, the verb active (no form of "be" before it): every member, one
    person or a number of people, is dead (the readings of a harm inside
    the list give way to one death of them all).
    """
    verb = next(
        (
            j
            for j in range(k - 2, max(-1, k - 1 - _OBJECTS_REACH), -1)
            if lows[j] in _TO_DEATH_VERBS or not (tokens[j].is_word or lows[j] == ",")
        ),
        None,
    )
    if verb is None or lows[verb] not in _TO_DEATH_VERBS:
        return readings
    if verb > 0 and lows[verb - 1] in lx.BE_FORMS:
        return readings  # ("were hacked to death": the passive rules read it)
    members = _members(tokens, lows, verb + 1, k)
    if members is None or len(members) < 2:
        return readings
    total = sum(members)
    r = Reading(NumberReading(verb + 1, k, total, Qualifier.EXACT), Category.KILLED)
    r.np, r.head, r.active = (verb + 1, k), lows[k - 1], True
    r.first, r.last = verb, k + 2
    kept = [x for x in readings if not verb < x.number.first < k]
    return sorted([*kept, r], key=lambda x: x.first)


def _members(tokens: list[Token], lows: list[str], start: int, end: int) -> list[int] | None:
    """
    The count of each member of a list of people from ``start`` to ``end``
    ("his estranged wife", "her mother", "two children"), split at commas and
    "and"; ``None`` when a member counts no one it can tell.
    """
    counts: list[int] = []
    j = start
    while j < end:
        stop = next((m for m in range(j, end) if lows[m] in (",", "and")), end)
        count = _member(tokens, lows, j, stop)
        if count is None:
            return None
        counts.append(count)
        j = stop + 1
        if j < end and lows[j] == "and":
            j += 1  # ", and"
    return counts


def _member(tokens: list[Token], lows: list[str], start: int, stop: int) -> int | None:
    """
    One member's count: a number before its people (after an opener or
    not), or one person after an opener.
    """
    if start >= stop:
        return None
    people = [m for m in range(start, stop) if lows[m] in lx.PEOPLE_NOUNS]
    if not people:
        return None
    noun = lows[people[-1]]
    # a number first, or after its opener ("two children", "her two sons")
    for at in (start, start + 1) if lows[start] in _ONE_OPENERS else (start,):
        if at < people[-1] and (tokens[at].is_digits or lows[at] in NUMBER_STARTERS):
            num = read_number(tokens, at)
            if num is not None and num.stated is not None and num.last <= people[-1]:
                return num.stated
    if lows[start] in _ONE_OPENERS and not plural(noun):
        return 1
    return None
