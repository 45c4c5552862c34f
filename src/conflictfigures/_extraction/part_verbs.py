"""
The verb a counted group's part leads to: a part named inside the group
("including two soldiers", "almost all of them civilians", "32 of them
journalists" set off by commas) before the group's own verb
(:func:`part_verb`), which :mod:`.modifiers` steps over (moved out of
:mod:`.modifiers` in session 60, when that module passed 800 lines).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.chunks import NUMBER_WORDS
from conflictfigures._extraction.verbs import GROUP_VERB_STARTS, group_verb_at, verb_follows

if TYPE_CHECKING:
    from conflictfigures._extraction.text import Token

__all__ = ["ASIDE_REACH", "CLAUSE_ENDS", "part_verb"]

#: How far an aside or a part may run before the group's verb.
ASIDE_REACH = 30
#: Marks that end a clause.
CLAUSE_ENDS = frozenset({".", ";", ":", "!", "?"})


def _bare_end(tokens: list[Token], m: int) -> bool:
    """Whether a participle at ``m`` takes no object: a preposition, a stop or nothing after it."""
    return m + 1 >= len(tokens) or not tokens[m + 1].is_word or tokens[m + 1].low in lx.PREPOSITIONS


def _clause_comma(tokens: list[Token], v: int) -> bool:
    """
    Whether a comma at ``v`` inside a part opens a clause or a count of its
    own ("including 12 foreigners, of whom three died"), not the next member
    of the part's list ("mostly women, children and the elderly, died").
    """
    if tokens[v].text != ",":
        return False
    nxt = tokens[v + 1] if v + 1 < len(tokens) else None
    return (
        nxt is None
        or not nxt.is_word
        or nxt.low in lx.RELATIVE_PRONOUNS
        or nxt.low in ("of", "and", "but", "while")
        or nxt.low in NUMBER_WORDS
    )


def _share_aside_verb(tokens: list[Token], k: int) -> int | None:
    """
    ``NUMBER "of" "them" WORD* ","`` at ``k`` before the group's verb: a
    counted share of the group set off by commas ("The 58 people in the
    convoy, 32 of them journalists, were shot"), the group's verb right
    after its closing comma; a state inside the aside is the share's own
    ("264 soldiers, 53 of them seriously wounded, had left the plant").
    Returns the index of that verb, or ``None``.
    """
    n = len(tokens)
    if not (
        (tokens[k].is_digits or tokens[k].low in lx.UNITS)
        and k + 2 < n
        and tokens[k + 1].low == "of"
        and tokens[k + 2].low == "them"
    ):
        return None
    for m in range(k + 3, min(n - 1, k + ASIDE_REACH)):
        if tokens[m].text == ",":
            return m + 1 if group_verb_at(tokens, m + 1) or verb_follows(tokens, m + 1) else None
        if tokens[m].low in CLAUSE_ENDS or tokens[m].low in lx.RELATIVE_PRONOUNS:
            return None
    return None


def part_verb(tokens: list[Token], k: int) -> int | None:
    """
    ``PART = ("including" | "among" | QUANTIFIER "of") WORD{0,29}`` before the
    group's verb: a part named inside the group ("including two soldiers",
    "almost all of them civilians"), which may hold numbers and "and".

    Returns the index of the group's verb after the part, or ``None``.
    """
    n = len(tokens)
    if k >= n:
        return None
    low = tokens[k].low
    if low not in lx.PART_OPENERS and not (
        low in lx.PART_QUANTIFIERS
        and any(tokens[j].low == "of" for j in range(k + 1, min(n, k + 4)))
    ):
        return _share_aside_verb(tokens, k)
    for m in range(k + 1, min(n, k + ASIDE_REACH)):
        t = tokens[m]
        if (
            t.low in CLAUSE_ENDS
            or t.low in lx.RELATIVE_PRONOUNS
            or (t.low in lx.MODIFIER_STOPS and t.low not in ("and", "or"))
        ):
            return None
        if (t.low in GROUP_VERB_STARTS and group_verb_at(tokens, m)) or (
            # a verb that takes no auxiliary: "At least 12 Rohingyas including
            # five children drowned"; a headline's bare participle: "At least
            # 326 people including 43 children killed in ..."
            (
                t.low in lx.INTRANSITIVE_VERBS
                or (t.low in lx.PASSIVE_TRIGGERS and t.low.endswith("ed") and _bare_end(tokens, m))
            )
            and m > k + 1
            # (only past the part's own words: not "45 pilgrims including 10
            # children overturned and 12 died", "including 12 foreigners, of
            # whom three died")
            and not any(
                _clause_comma(tokens, v) or _other_clause_verb(tokens, v) for v in range(k + 1, m)
            )
        ):
            return m
    return None


def _other_clause_verb(tokens: list[Token], v: int) -> bool:
    """
    Whether the word at ``v`` is a verb of a clause of its own ("overturned
    and", "sank off"), not a word of a group ("unaccompanied minors",
    "internally displaced persons"): a trigger or a past form with no noun
    after it.
    """
    low = tokens[v].low
    if not (low in lx.ACTIVE_TRIGGERS or low in lx.PASSIVE_TRIGGERS or low.endswith("ed")):
        return False
    nxt = tokens[v + 1] if v + 1 < len(tokens) else None
    return (
        nxt is None
        or not nxt.is_word
        or nxt.low in lx.NP_STOP
        or nxt.low in lx.PREPOSITIONS
        or nxt.low in ("off", "down", "up", "out")
    )
