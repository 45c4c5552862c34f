"""
Parts listed after a figure that the linking cannot give it, read once the
figure is: the parts in an aside between its group and its verb ("Five
persons, including two women and a child, were killed") and the parts
after its words in its own clause ("... were being housed at a warehouse,
including 61 women and 65 children").  Each part is a group of the whole's
state (:func:`~conflictfigures._extraction.parts.part_group`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.numbers import NUMBER_STARTERS, read_number
from conflictfigures._extraction.parts import part_group
from conflictfigures._extraction.phrases import PHRASE_REACH, phrase_between

if TYPE_CHECKING:
    from collections.abc import Set as AbstractSet

    from conflictfigures._extraction.reading import Reading
    from conflictfigures._extraction.text import Token


#: The words between a group and a part in an aside before its verb.
_ASIDE_PART_OPENINGS = (
    (",", "including"),
    ("including",),
    (",", "among", "them"),
    (",", "incl", "."),
    ("(",),
    (",",),
    # "At least 20 civilians - among them seven children - were killed"
    *(
        (dash, *words)
        for dash in sorted(lx.DASHES)
        for words in (("among", "them"), ("including",))
    ),
    # "Seven people — four police reservists and three civilians — were killed"
    *((dash,) for dash in sorted(lx.DASHES)),
)


#: The first words of those openings.
_ASIDE_PART_FIRSTS = frozenset(o[0] for o in _ASIDE_PART_OPENINGS)


def aside_parts(tokens: list[Token], whole: Reading) -> list[Reading]:
    """
    The parts in an aside between a figure's group and its verb ("Five
    persons, including two women and a child, were killed"; "Six people,
    five of them children, have drowned"), read once the figure is: the
    linking goes on after the figure's words, so it never reaches them.
    """
    n, start = len(tokens), whole.np[1]
    if start < n and tokens[start].low not in _ASIDE_PART_FIRSTS:
        # past the group's phrase: "Nine villagers from Kunduz, including
        # three women, were killed"
        comma = next(
            (
                j
                for j in range(start + 1, min(n, start + PHRASE_REACH + 1))
                if tokens[j].text == ","
            ),
            None,
        )
        if comma is not None and phrase_between(tokens, start, comma):
            start = comma
    if start >= n or tokens[start].low not in _ASIDE_PART_FIRSTS:
        return []  # (the usual case: the group's verb or its own aside follows)
    opening = next(
        (
            o
            for o in _ASIDE_PART_OPENINGS
            if tuple(t.low for t in tokens[start : start + len(o)]) == o
        ),
        None,
    )
    if opening is None:
        return []
    parts: list[Reading] = []
    k = _past_the(tokens, start + len(opening))
    while (
        k < whole.last
        and (tokens[k].is_digits or tokens[k].low in NUMBER_STARTERS)
        and (num := read_number(tokens, k)) is not None
    ):
        j = num.last
        if opening == (",",):
            if not (j + 2 < n and tokens[j].low == "of" and tokens[j + 1].low == "them"):
                break  # (only "five of them children" opens with a bare comma)
            j += 2
        part = part_group(tokens, whole, num, j)
        if part is None or part.last > whole.last:
            break
        parts.append(part)
        following = _next_member(tokens, part)
        if following is None:
            break
        k = _past_the(tokens, following)
    return parts


def _past_the(tokens: list[Token], k: int) -> int:
    """
    Past a "the" before a part's number ("including the four attackers"):
    the part is some of the whole all the same.
    """
    if (
        k + 1 < len(tokens)
        and tokens[k].low == "the"
        and (tokens[k + 1].is_digits or tokens[k + 1].low in lx.UNITS)
    ):
        return k + 1
    return k


def _next_member(tokens: list[Token], part: Reading) -> int | None:
    """
    Where the next member of a list of parts starts after ``part``, joined
    by "and", a comma or both ("including two women and a child", "two
    soldiers, a policeman, and three civilians"); else ``None``.
    """
    n, last = len(tokens), part.last
    if last >= n or tokens[last].low not in ("and", ","):
        return None
    k = last + 1
    if tokens[last].low == "," and k < n and tokens[k].low == "and":
        k += 1
    return k


#: How far after a figure's words a later reader's figure may keep its parts.
_TRAILING_PART_REACH = 24


#: Staff who receive people in flight, no part of them.
_CARERS = frozenset(
    {"doctors", "nurses", "medics", "paramedics", "staff", "personnel", "volunteers", "officials"}
)


#: Words that end the clause a trailing part must share with its whole.
_TRAILING_STOPS = frozenset({".", ";", ":", "while", "but", "whereas", "although", "said", "says"})


def trailing_parts(tokens: list[Token], whole: Reading, read: AbstractSet[int]) -> list[Reading]:
    """
    ``WHOLE ... ("," "including" | "," "among" "them") PART ("," PART)* ("and" PART)?``
    or ``WHOLE ... "," NUMBER "of" "them" NP ("and" PART)?`` in the whole's
    own clause: the parts of a figure a reader after the linking rules found
    ("677 people had been brought ashore and were being housed at a
    warehouse, including 61 women and 65 children"; "We received 315 people
    this morning, 135 of them women and 123 children"), which the linking,
    done before, could not give it.  ``read``: the first tokens of the
    numbers other figures hold (no part is one).
    """
    n = len(tokens)
    k, end = whole.last, min(n - 1, whole.last + _TRAILING_PART_REACH)
    while k < end:
        tok = tokens[k]
        if tok.text == "," and tokens[k + 1].low in ("including", "among"):
            k += 2 if tokens[k + 1].low == "including" else 3  # past ", among them"
            if tokens[k - 1].low not in ("including", "them"):
                return []
            break
        if tok.is_digits or tok.low in lx.UNITS or tok.low in lx.TENS:
            if tokens[k - 1].text != ",":
                return []  # another count between
            break  # ", 135 of them women": the number itself
        if tok.low in _TRAILING_STOPS:
            return []
        k += 1
    else:
        return []
    parts: list[Reading] = []
    k = _past_the(tokens, k)
    while k < n and (num := read_number(tokens, k)) is not None and num.first not in read:
        j = num.last
        if not parts and tokens[num.first - 1].text == ",":
            if not (j + 2 < n and tokens[j].low == "of" and tokens[j + 1].low == "them"):
                return []  # (only "135 of them women" opens with a bare comma)
            j += 2
        part = part_group(tokens, whole, num, j)
        if (
            part is None
            or (part.number.stated or 0) > (whole.number.stated or float("inf"))
            # (those who receive them: "received 5,000 people, including 20 doctors from MSF")
            or part.head in _CARERS
        ):
            break
        parts.append(part)
        following = _next_member(tokens, part)
        if following is None:
            break
        k = _past_the(tokens, following)
    return parts
