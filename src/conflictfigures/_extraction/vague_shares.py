"""
Vague shares, once a document is read: "many of them children" after "At
least 40 people were killed" is a part with no count of its own, and
"several were taken to trauma centres" after "Twelve people were hurt" tells
again people counted by number, so neither is a figure a reader records.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from conflictfigures import _lexicon as lx
from conflictfigures.models import Qualifier

if TYPE_CHECKING:
    from collections.abc import Set as AbstractSet

    from conflictfigures.models import Category, Figure, Span

__all__ = ["vague_shares_dropped"]


#: How far into a part's words its "of" may stand ("many of", "a number of").
_SHARE_REACH = 3


def _vague_again(f: Figure, counted: AbstractSet[Category]) -> bool:
    """
    Whether a vague count of anyone tells again people of a category its
    sentence counted before by number ("20 people were wounded, many with
    machete injuries"; "Twelve people were hurt and several were taken to
    trauma centres"): no figure of its own. A vague group of its own stays
    ("Dozens of soldiers were killed").
    """
    if f.count.qualifier is not Qualifier.VAGUE or f.cumulative or f.category not in counted:
        return False
    head = (f.subject or "").lower().split()[-1:] or [""]
    return head[0] in lx.ANYONE_HEADS or not head[0]


def vague_shares_dropped(figures: list[Figure]) -> list[Figure]:
    """
    The figures without the vague shares of a figure told before ("At least
    40 people were killed, many of them children"; "Many of the wounded were
    in critical condition"; "several of them in a serious condition"): a
    part with no count of its own, no figure a reader records; nor a vague
    count of anyone after a count by number of its category
    (:func:`_vague_again`). A vague part of its own group stays ("including
    dozens of children").
    """
    out = []
    # (the categories its sentence counted by number so far)
    counted: set[Category] = set()
    sentence: Span | None = None
    # (the wholes dropped, whose parts go to the count they told again)
    dropped: dict[Span, Span | None] = {}
    last: dict[Category, Span] = {}  # its sentence's last count by number of each category
    for f in figures:
        if f.sentence_span != sentence:
            sentence, counted, last = f.sentence_span, set(), {}
        if f.part_of is None and _vague_again(f, counted):
            dropped[f.span] = last.get(f.category)
            continue
        if f.part_of is not None and f.part_of in dropped:
            # ("Five killed, dozens died. Of the dead, 12 were women": of the five)
            f = attrs.evolve(f, part_of=dropped[f.part_of])  # noqa: PLW2901
        if f.count.qualifier is not Qualifier.VAGUE and f.part_of is None:
            last[f.category] = f.span
        if f.count.qualifier is not Qualifier.VAGUE:
            counted.add(f.category)
        if f.part_of is not None and f.count.qualifier is Qualifier.VAGUE:
            words = f.surface.lower().split()[: _SHARE_REACH + 2]
            if any(
                a == "of"
                and (b in lx.SHARE_OF_WORDS or (b == "the" and c.strip(",.") in lx.STATE_GROUPS))
                for a, b, c in zip(words, words[1:], [*words[2:], ""], strict=False)
            ):
                continue
        out.append(f)
    return out
