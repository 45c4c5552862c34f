"""
Rule 0n: a stock of the displaced, told as people who stay displaced
("Overall, over 900,000 people remain internally displaced", "Some 400,000
people are still living in camps"), is the background of a story's own
displacement, whichever sentence comes first; alone, it is the document's
count. New in session 63.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._aggregation.documents import kept_beside_own, words_in
from conflictfigures.models import Category

if TYPE_CHECKING:
    from conflictfigures.models import Figure

__all__ = ["stocks_dropped"]

#: Words of a sentence that ties a stock to an event ("remain displaced
#: after Monday's floods", "since the attack"): that event's own people.
_TIED_WORDS = lx.AFTER_WORDS | {"since"}


def _staying_stock(f: Figure) -> bool:
    """
    Whether a figure counts the displaced who stay so, in its own words
    (:data:`lx.STAYING_WORDS`), with no period and no event its sentence
    ties it to.
    """
    return (
        f.category is Category.DISPLACED
        and f.cumulative
        and f.period is None
        and f.part_of is None
        and not lx.STAYING_WORDS.isdisjoint(words_in(f.surface))
        and _TIED_WORDS.isdisjoint(words_in(f.sentence))
    )


def stocks_dropped(figures: list[Figure]) -> list[Figure]:
    """
    The figures less the stocks of the displaced beside a displacement of
    their document; not where the document counts further displaced ("300
    more were displaced"), whom the stock is the base of.
    """
    further = {
        f.source
        for f in figures
        if f.category is Category.DISPLACED
        and not lx.FURTHER_WORDS.isdisjoint((f.subject or "").lower().split())
    }
    return kept_beside_own(
        figures, [f.source not in further and _staying_stock(f) for f in figures]
    )
