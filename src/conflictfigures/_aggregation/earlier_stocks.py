"""
Rule 0c, a stock added to: a count told after a phrase that adds the
news to it ("adding to", "on top of", "in addition to") and told as there
"already" or "previously" is the stock before the news, its background
("has displaced an estimated 317,000 people ..., adding to 162,000 people
already displaced by earlier conflict": 317,000, the news; session 63, the
162,000 was the tally's and the news a long total set apart beside it);
alone, it is the document's count.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from conflictfigures._aggregation.documents import kept_beside_own, said_before

if TYPE_CHECKING:
    from conflictfigures.models import Figure

__all__ = ["earlier_stocks_dropped"]

#: The phrases that add the news to a stock told right after them.
_ADDERS: tuple[tuple[str, ...], ...] = (
    ("adding", "to"),
    ("adds", "to"),
    ("added", "to"),
    ("on", "top", "of"),
    ("in", "addition", "to"),
)
#: Words in a count's own words that tell it was there before the news.
_THERE_BEFORE_WORDS = frozenset({"already", "previously"})
#: How many characters before a figure its adder is looked for.
_ADDER_REACH = 24


def _added_to(figure: Figure) -> bool:
    """Whether a figure's words follow an adder and tell it there before (:data:`_ADDERS`)."""
    if _THERE_BEFORE_WORDS.isdisjoint(figure.surface.lower().split()):
        return False
    words = said_before(figure, _ADDER_REACH, words=False).split()
    return any(tuple(words[-len(adder) :]) == adder for adder in _ADDERS)


def earlier_stocks_dropped(figures: list[Figure]) -> list[Figure]:
    """The figures less the stocks added to (see the module) beside a count of their category."""
    return kept_beside_own(figures, [_added_to(f) for f in figures])
