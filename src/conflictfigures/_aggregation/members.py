"""
The figures a tally reads: every figure that is no part of another, except a
list's sum, which is read through its members (a ledger's claims hold the
sum itself).

A list of groups that one verb counts ("two soldiers, 4 civilians and a police
officer were killed") is one figure of all its people, its members the parts
it is made of. Counting compares each member with what the story told before
("captured a sub-commander ... detained the commander and two of his
associates": the commander once), so a whole whose words hold its parts and
whose count is exactly theirs is counted as those members, each a figure of
its own; its number is the same. A running total stays one count.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

if TYPE_CHECKING:
    from collections.abc import Sequence

    from conflictfigures.models import Figure, Source, Span

__all__ = ["counted_figures"]


def _sum_of(whole: Figure, parts: list[Figure]) -> bool:
    """Whether ``parts`` are the members of the list ``whole`` sums."""
    span = whole.span
    return (
        # (a running total is one count of all its people)
        not whole.cumulative
        and len(parts) > 1
        and all(
            p.category is whole.category
            and p.count.stated is not None
            and span.start <= p.span.start
            and p.span.end <= span.end
            for p in parts
        )
        and whole.count.stated is not None
        and sum(p.count.stated or 0 for p in parts) == whole.count.stated
    )


def counted_figures(figures: Sequence[Figure]) -> list[Figure]:
    """
    The figures a count reads, in order: those that are no part (a part,
    "including five children", is inside its whole), a list's sum replaced
    by its members (a part of a part stays out).
    """
    parts: dict[tuple[Source, Span], list[Figure]] = {}
    for f in figures:
        if f.part_of is not None:
            parts.setdefault((f.source, f.part_of), []).append(f)
    if not parts:
        return list(figures)
    out: list[Figure] = []
    for f in figures:
        if f.part_of is not None:
            continue
        members = parts.get((f.source, f.span))
        if members is not None and _sum_of(f, members):
            out.extend(attrs.evolve(m, part_of=None) for m in members)
        else:
            out.append(f)
    return out
