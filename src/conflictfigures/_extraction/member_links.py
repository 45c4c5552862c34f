"""
The linking rules for lists: a member waiting for the verb its list ends
with ("Two hostages and three kidnappers were killed"), the members of an
inverted list ("Among the dead were a nurse and two paramedics"), and the
members left when the list's last member counts nothing a figure counts.
:mod:`.links` holds the table that tries them in order.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.ages import past_aged
from conflictfigures._extraction.candidates import Candidate, own_first
from conflictfigures._extraction.chunks import aged, read_np
from conflictfigures._extraction.heads import choose, group_class, noun_class
from conflictfigures._extraction.inverted import inverted_list
from conflictfigures._extraction.lists import (
    in_part_list,
    past_bracket_aside,
    past_of_phrase,
)
from conflictfigures._extraction.numbers import NumberReading, read_number
from conflictfigures._extraction.reading import Reading, finish
from conflictfigures._extraction.rules import read_passive
from conflictfigures._extraction.trailing import companion_link
from conflictfigures.models import Category

if TYPE_CHECKING:
    from collections.abc import Iterable

    from conflictfigures._extraction.text import Token


def of_them(tokens: list[Token], num: NumberReading) -> bool:
    """Whether a number is followed by "of them" or "of whom": a part of the group before."""
    return (
        num.last + 1 < len(tokens)
        and tokens[num.last].low == "of"
        and tokens[num.last + 1].low in ("them", "whom")
    )


#: How far before a member "the victims" of an inverted list may stand.
_VICTIMS_REACH = 26


def link_inverted(c: Candidate) -> list[Reading] | None:
    """
    ``inverted = "among"? ("the" | "those") STATE VERB MEMBER+``: the members
    of a list that names who were in a state, each a figure of the state's
    category (see :func:`.inverted.inverted_list`): "Among the dead were a
    nurse, two paramedics and a journalist"; "the victims" (the dead when
    the story counted any, else the hurt); equipment after a participle
    ("Recovered from the scene were one AK-47 rifle, two pistols ...").
    """
    if c.zero or c.cls not in ("people", "unknown", "equipment", "agent"):
        return None  # (a noun the lexicon does not know is one of the dead: "two waitresses")
    victims = None
    if any(
        t.low == "victims" for t in c.tokens[max(0, c.num.first - _VICTIMS_REACH) : c.num.first]
    ):
        # (the categories counted so far are gathered only then: linear work)
        seen = {category for category, _ in c.counted} | {r.category for r in c.readings}
        victims = next((k for k in (Category.KILLED, Category.WOUNDED) if k in seen), None)
    found = inverted_list(c.tokens, c.num, victims)
    if found is None:
        return None
    cats, start = found
    category = cats[1] if c.cls == "equipment" else cats[0]
    if category is None:
        return None
    r = finish(Reading(c.num, category), c.tokens, c.np)
    # The opening phrase is the first member's; the others keep their own
    # words, members of its list (summed as a reader sums them, see
    # :func:`.sums.list_sums`).
    r.first = own_first(c, start)
    r.last = max(c.np[1], c.num.last)
    k = c.num.first - 1
    if k > 0 and c.tokens[k].low in lx.POSSESSIVES:
        k -= 1  # "Among those killed were the village head, his two wives and ..."
    r.listed = k >= 0 and c.tokens[k].low in (",", "and")
    return [r]


#: How far before a member the "as were" of its list may stand.
_AS_WERE_REACH = 24


def link_as_were(c: Candidate) -> list[Reading] | None:
    """
    ``FIGURE ","? "as" BE MEMBER (("," | "and") MEMBER)*``: who or what a
    clause after a figure's own says shared its fate take the figure's
    category ("Twelve soldiers were killed, as were three civilians"; "118
    armoured personnel carriers were destroyed, as were 52 self-propelled
    artillery pieces and 11 multiple rocket launchers"): people after people,
    equipment after equipment, and only after a figure told by its passive
    or state (the one "as were" repeats).
    """
    if c.zero or not c.readings or c.cls not in ("people", "unknown", "equipment"):
        return None
    if c.subset and _of_a_state(c.tokens, c.num.last):
        return None  # "as were 12 of the dead": who they were
    at = _as_be_before(c.tokens, c.num.first)
    if at is None:
        return None
    before = next((r for r in reversed(c.readings) if r.last <= at), None)
    if before is None or before.active or before.category.is_equipment != (c.cls == "equipment"):
        return None
    r = finish(Reading(c.num, before.category), c.tokens, c.np)
    r.last = max(c.np[1], c.num.last)
    r.perfect = before.perfect
    return [r]


def _as_be_before(tokens: list[Token], first: int) -> int | None:
    """Where the "as" of an "as were" before a list member at ``first`` stands, or ``None``."""
    for k in range(first - 1, max(0, first - 1 - _AS_WERE_REACH), -1):
        tok = tokens[k]
        if tok.low in lx.PLAIN_BE:
            return k - 1 if tokens[k - 1].low == "as" else None
        if (
            not (tok.is_word or tok.is_digits or tok.text in (",", "-"))
            or (tok.low in lx.NP_STOP and tok.low not in ("and", "or"))
            # a share of a whole, or a participle's object: "as were dozens of
            # the 1,000 police", "as was a convoy carrying 30 troops"
            or tok.low == "of"
            or tok.low.endswith("ing")
        ):
            return None
    return None


def _of_a_state(tokens: list[Token], k: int) -> bool:
    """Whether ``"of" "the" STATE`` stands at ``k`` ("12 of the dead")."""
    return (
        k + 2 < len(tokens)
        and tokens[k].low == "of"
        and tokens[k + 1].low in ("the", "those")
        and (tokens[k + 2].low in lx.STATE_GROUPS or tokens[k + 2].low in lx.DEATH_WHOLES)
    )


def link_list_member(c: Candidate) -> list[Reading] | None:
    """
    ``member = NUMBER NP LIST_JOINER``: a list member waiting for the trigger
    of its last member (read by :func:`link_passive`); the object of a
    preposition is no member ("the whereabouts of the leader and two ..."),
    and a part of a figure before is read and kept from the list.
    """
    tokens, num, np = c.tokens, c.num, c.np
    if (
        c.zero
        or (
            c.cls not in ("people", "equipment", "agent", "unknown")
            # a noun that counts itself as people is a member too: "Two
            # hostages and three kidnappers were killed"
            and not (c.cls == "self" and c.head in lx.PEOPLE_NOUNS)
            # an age names a person: "A 19-year-old and a 22-year-old were killed"
            and not (c.cls == "none" and aged(tokens, num))
        )
        or (
            num.first
            and tokens[num.first - 1].low in lx.PREPOSITIONS
            # (but "a total of 847 militants, 163 soldiers and ...": the
            # list's own count)
            and not (num.first > 1 and tokens[num.first - 2].low == "total")
        )
        # "Of the 300 passengers, 200 were killed": the whole the part is of
        or (
            num.first > 1
            and tokens[num.first - 1].low in ("the", "its", "their")
            and tokens[num.first - 2].low in lx.PREPOSITIONS
        )
        or (end := past_aged(tokens, past_of_phrase(tokens, past_bracket_aside(tokens, np[1]))))
        >= len(tokens)
        # (or a companion's words: "a HIG leader along with two suspected
        # insurgents was detained")
        or (tokens[end].low not in lx.LIST_JOINERS and not companion_link(tokens, end))
        # "injured, two of them critically; one ... died": a part of the
        # figure before, no member of a list a later verb ends
        or of_them(tokens, num)
    ):
        return None
    if not in_part_list(tokens, num.first):
        # A part ("including a woman and a child, and two others were
        # injured") is no member of a list the next verb ends.
        if end > past_bracket_aside(tokens, np[1]):
            np = (np[0], end, end)  # (the list goes on after the group's phrase: "of", "from")
        c.pending.append((num, np))
        if (
            tokens[end].low == "and"
            and end + 1 < len(tokens)
            and (tokens[end + 1].low in lx.POSSESSIVES or read_number(tokens, end + 1) is None)
            and (listed := uncounted_list_end(tokens, c.pending))
        ):
            # the list ends on a group with no number before its verb ("About
            # 20 social leaders and members of their families have been
            # kidnapped, she said, and five ..."): read at once
            return listed
    return []


def uncounted_list_end(
    tokens: list[Token], pending: list[tuple[NumberReading, tuple[int, int, int]]]
) -> list[Reading]:
    """
    ``MEMBER ("," MEMBER)* "and" NUMBER UNCOUNTED AUX* TRIGGER``: the members
    of a list whose last member counts nothing a figure counts take its verb
    ("100 guns, 25 grenades and 3,000 rounds of ammunition were seized":
    100 and 25 captured, the rounds no figure); so do members before a
    plural group of people with no number ("About 20 social leaders and
    members of their families have been kidnapped": 20).
    """
    n = len(tokens)
    k = pending[-1][1][2]
    if k + 1 >= n or tokens[k].low != "and":
        return []
    num = read_number(tokens, k + 1)
    bare = (
        _bare_group(tokens, k + 1)
        if num is None or (num.article and tokens[k + 1].low in lx.POSSESSIVES)
        else None
    )
    if bare is not None:
        np = bare
    elif num is None:
        return []
    else:
        # a group counting nothing, as "their livestock" in "About 50 people
        # and their livestock have been displaced"
        np = read_np(tokens, num.last)
        if np[1] == np[0] or noun_class(tokens[np[1] - 1].low) != "not":
            return []
    passive = read_passive(tokens, np)
    if passive is None:
        return []
    cats, _, _, perfect = passive
    return members_read(tokens, pending, cats, perfect)


def _bare_group(tokens: list[Token], k: int) -> tuple[int, int, int] | None:
    """
    ``POSSESSIVE? PEOPLE`` at ``k`` with no number, plural: a group of no
    told size beside counted ones ("About 20 social leaders and members of
    their families have been kidnapped": the 20, as the active "kidnapped
    about 20 leaders and their relatives" reads them); its chunk, or ``None``.
    """
    np = read_np(tokens, k)
    if np[1] == np[0] or noun_class(tokens[np[1] - 1].low) != "people":
        return None
    head = tokens[np[1] - 1].low
    return np if head.endswith("s") or head in lx.PLURAL_PEOPLE else None


def members_read(
    tokens: list[Token],
    members: Iterable[tuple[NumberReading, tuple[int, int, int]]],
    cats: tuple[Category | None, Category | None],
    perfect: bool,
) -> list[Reading]:
    """
    The list members waiting for a verb, read with the verb's categories
    (each by its own group's class) and tense; a member the verb cannot
    count is left out.
    """
    out: list[Reading] = []
    for p_num, p_np in members:
        p_cat = choose(cats, group_class(tokens, p_np))
        if p_cat is None:
            continue
        r = finish(Reading(p_num, p_cat), tokens, p_np)
        r.last, r.perfect, r.listed = p_np[1], perfect, bool(out)
        out.append(r)
    return out


#: How many tokens may part a figure of equipment from a bare count of it.
_BARE_COUNTS_REACH = 12


def bare_counts_after(tokens: list[Token], start: int, end: int) -> bool:
    """
    Whether only joiners and other bare counts with their states stand from
    ``start`` to ``end`` ("destroyed, along with 48 damaged, 21 abandoned
    and"): the count at ``end`` goes on with the figure before.
    """
    if not 0 < end - start <= _BARE_COUNTS_REACH or tokens[end - 1].low not in ("and", ",", "with"):
        return False
    return all(
        t.text == ","
        or t.is_digits
        or t.low in ("and", "along", "with", "plus")
        or t.low in lx.UNITS
        or t.low in lx.PASSIVE_TRIGGERS
        for t in tokens[start:end]
    )
