"""
A count told as the one before it: "killed 3 people and injured a similar
number", "wounded an equal number".  The article before "number" is no count
of one: the figure takes the number of the figure before it in its
sentence, exactly after "equal", "same" or "identical", about after
"similar" or "comparable"; with no figure before it, or one of no stated
number, it is no figure.  One pass over a sentence's readings.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.numbers import NumberReading
from conflictfigures.models import Qualifier

if TYPE_CHECKING:
    from conflictfigures._extraction.reading import Reading
    from conflictfigures._extraction.text import Token

__all__ = ["numbers_told_again"]


def numbers_told_again(tokens: list[Token], readings: list[Reading]) -> list[Reading]:
    """
    The sentence's readings, each ``("a" | "an") AGAIN_WORD "number"`` taking
    the number of the reading before it (see the module), or dropped.
    """
    out: list[Reading] = []
    for r in readings:
        again = _again(tokens, r)
        if again is not None:
            before = out[-1].number if out else None
            if before is None or before.stated is None:
                continue  # "injured a similar number" with no count before: none
            r.number = NumberReading(
                r.number.first,
                r.number.last,
                before.stated,
                again if before.qualifier is Qualifier.EXACT else before.qualifier,
                stated_high=before.stated_high,
            )
        out.append(r)
    return out


def _again(tokens: list[Token], r: Reading) -> Qualifier | None:
    """
    The qualifier of a reading counted by an article and ``AGAIN_WORD
    "number"``, else ``None``.
    """
    start, end = r.np
    if not r.number.article or end - start != 2 or tokens[end - 1].low != "number":
        return None
    return lx.TOLD_AGAIN.get(tokens[start].low)
