"""
People "lost" in one loss report are one kind of count. A sentence that
tells the past day's losses, or people lost beside equipment, makes them
the report's casualties, killed and wounded together
(``reading.lost_as_casualties``); when that report counts over a period
(the past day), its other counts of the same side's people "lost", told with
no day or equipment of their own ("Over the past 24
hours, the enemy lost up to 350 servicemen. Since August 6, the enemy has
lost more than 4,100 servicemen"), are its casualties too, not its dead
(session 63: before, the total was read as killed, another category than the
day's, and escaped the rule that sets a long total apart from the day's
losses). A document with no such report keeps "lost 20 service members"
as dead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from conflictfigures import _lexicon as lx
from conflictfigures.models import Category

if TYPE_CHECKING:
    from conflictfigures.models import Figure

__all__ = ["lost_alike"]


def _lost_count(figure: Figure) -> bool:
    """
    Whether a figure's words tell people lost by a verb of loss before
    their count, and no death of their own ("lost up to 350 servicemen";
    not "lost 40 soldiers killed", nor "lost their lives").
    """
    words = [w.strip(".,;:!?\"'()") for w in figure.surface.lower().split()]
    verb = next((k for k, w in enumerate(words) if w in lx.LOSE_VERBS), None)
    return (
        verb is not None
        and verb + 1 < len(words)
        and not any(stem in w for w in words for stem in lx.DEATH_STEMS)
        and not {"life", "lives"} & set(words)
    )


def lost_alike(figures: list[Figure]) -> list[Figure]:
    """
    The figures with each count of people lost read as killed made the
    report's casualties when another count of the same side's people lost
    over a period in the same document (the side named alike, or named by
    neither: a report's "over the past 24 hours") is read as casualties; the
    figures as they are otherwise ("Turkey has lost 20 service members this
    month" stays dead beside "the PKK lost 12 fighters and two trucks", no
    report over a period, and beside another side's).
    """
    sides = {
        f.side
        for f in figures
        if f.category is Category.CASUALTIES and f.period is not None and _lost_count(f)
    }
    if not sides:
        return figures
    return [
        attrs.evolve(f, category=Category.CASUALTIES)
        if f.category is Category.KILLED
        and f.part_of is None
        and f.side in sides
        and _lost_count(f)
        else f
        for f in figures
    ]
