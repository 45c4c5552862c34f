"""
Rule 0o: a death told by an ordinal of a list member's own noun ("Four
drivers and a volunteer died at the scene. A fifth driver ... died two days
later") numbers that member's people, not the list's: the toll it brings is
the list's count and one more (6, not 5). New in session 63. And one person an
ordinal tells by a plain noun ("A third man died", read as one: see
``lx.SCENE_PERSON_NOUNS``) after the dead of that noun one fewer than its
place brings the toll to its place ("Two men were killed ... A third man
died in hospital": 3; after "Two men were arrested" it stays one).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from conflictfigures import _lexicon as lx
from conflictfigures._groups import singular_noun
from conflictfigures.models import Category, Count, Qualifier

if TYPE_CHECKING:
    from conflictfigures.models import Figure, Source, Span

__all__ = ["ordinal_members_counted"]


def _ordinal_place(f: Figure) -> int | None:
    """
    The place an ordinal toll's words open with ("A fifth driver ... died":
    5), when its count is that place; else ``None``.
    """
    words = f.surface.lower().split(maxsplit=2)
    if len(words) < 3 or words[0] not in ("a", "an"):
        return None
    place = lx.COUNTING_PLACES.get(words[1])
    return place if place is not None and f.count.stated == place else None


def _scene_place(f: Figure) -> int | None:
    """
    The place of one person an ordinal tells by a plain noun ("A third man
    died": 3), whose count is one (``lx.SCENE_PERSON_NOUNS``), else ``None``.
    """
    words = f.surface.lower().split(maxsplit=3)
    if len(words) < 3 or words[0] not in ("a", "an") or f.count.stated != 1:
        return None
    if words[2] not in lx.SCENE_PERSON_NOUNS:
        return None
    return lx.COUNTING_PLACES.get(words[1])


def _scene_ordinal_of_dead(f: Figure, dead: dict[tuple[Source, str], int]) -> Figure:
    """
    ``f``, or, when one person told by an ordinal of a plain noun dies after
    the dead of that noun one fewer than its place ("Two men were killed ...
    A third man died in hospital"), the toll it brings: its place.
    """
    place = _scene_place(f)
    if place is None or dead.get((f.source, _head(f))) != place - 1:
        return f
    return attrs.evolve(f, count=Count.read(place, Qualifier.EXACT), cumulative=True)


def _head(f: Figure) -> str:
    """A figure's group's last word, lower-cased and singular ("" without a group)."""
    return singular_noun((f.subject or "").lower().rsplit(" ", 1)[-1])


def ordinal_members_counted(figures: list[Figure]) -> list[Figure]:
    """
    The figures (in each document's order, parts beside their wholes), each
    ordinal death of a member's noun told after that member's list made the
    list's count plus one: a member (a part) of the same noun whose count is
    the place before, inside a larger whole of the dead told before it.
    """
    wholes: dict[tuple[Source, Span], Figure] = {}
    # (document, singular head) -> where the last member of that noun's whole
    # is, and the member's count (a part may come before its whole)
    members: dict[tuple[Source, str], tuple[Span, int]] = {}
    # (document, singular head) -> the count of the last whole of the dead of that noun
    dead: dict[tuple[Source, str], int] = {}
    out = []
    for f in figures:
        if f.category is Category.KILLED and f.part_of is not None and f.count.stated:
            members[f.source, _head(f)] = (f.part_of, f.count.stated)
        elif f.category is Category.KILLED and f.part_of is None:
            wholes[f.source, f.span] = f
            told = _scene_ordinal_of_dead(_ordinal_of_member(f, members, wholes), dead)
            if told.count.stated:
                dead[told.source, _head(told)] = told.count.stated
            out.append(told)
            continue
        out.append(f)
    return out


def _ordinal_of_member(
    f: Figure,
    members: dict[tuple[Source, str], tuple[Span, int]],
    wholes: dict[tuple[Source, Span], Figure],
) -> Figure:
    """
    ``f``, or, when it is an ordinal death of a member's noun whose count is
    the place before ("Four drivers and a volunteer ... A fifth driver"),
    the toll it brings: its whole's count and one more, of its whole's group.
    """
    place = _ordinal_place(f) if f.cumulative else None
    member = members.get((f.source, _head(f))) if place is not None else None
    whole = wholes.get((f.source, member[0])) if member is not None else None
    if (
        place is None
        or member is None
        or whole is None
        or member[1] != place - 1
        or whole.count.stated is None
        or whole.count.stated <= member[1]
    ):
        return f
    return attrs.evolve(
        f,
        count=Count.read(whole.count.stated + 1, Qualifier.EXACT),
        subject=whole.subject,
        side=whole.side,
    )
