"""
A total of things lost split by what befell them, as equipment trackers
tell it ("has documented the loss of 2,981 Russian tanks: 2,012 destroyed,
149 damaged, 338 abandoned and 482 captured", "lost at least 4,100 tanks,
of which 2,950 were destroyed and 160 damaged").  The total counts losses
of every outcome, no destruction of its own: the library has no category
for things lost whatever befell them, so the total gives way to its parts
(session 64; before, it was read as destroyed beside its destroyed share,
and the tally could add the two).  Read on a sentence's figures, once
each part has taken the total's group and side.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures.models import Category

if TYPE_CHECKING:
    from conflictfigures.models import Figure

__all__ = ["LOSS_BYTES", "split_by_outcome"]

#: The words that tell things lost, as the bytes of a sentence's words.
LOSS_BYTES = frozenset(w.encode() for w in lx.LOSS_TELLING)


def _opens_breakdown(between: str) -> bool:
    """Whether the words between a total and its first part open a breakdown (":", "of which")."""
    if ":" in between:
        return True
    words = between.lower().split()
    return any(a == "of" and b == "which" for a, b in itertools.pairwise(words))


def _told_as_lost(surface: str) -> bool:
    """Whether a figure's words tell things lost ("lost 310 tanks", "the loss of 2,981 tanks")."""
    return not lx.LOSS_TELLING.isdisjoint(surface.lower().split())


def split_by_outcome(text: str, figures: list[Figure], before: int) -> list[int]:
    """
    The indices, from ``before`` on (one sentence's figures), of each total
    of things lost that a colon or "of which" right after it splits into
    figures of two or more outcomes (destroyed, damaged, abandoned,
    captured) up to the sentence's end, last first; the caller drops them.
    """
    drop: list[int] = []
    after: set[Category] = set()  # the categories of the figures after the one at k
    for k in range(len(figures) - 1, before - 1, -1):
        whole = figures[k]
        if (
            len(after) > 1
            and all(c.is_equipment for c in after)
            and whole.category is Category.EQUIPMENT_DESTROYED
            and _told_as_lost(whole.surface)
            and _opens_breakdown(text[whole.span.end : figures[k + 1].span.start])
        ):
            drop.append(k)
        after.add(whole.category)
    return drop
