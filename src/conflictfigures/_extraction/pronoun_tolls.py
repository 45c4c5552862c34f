"""
A toll named again by "it": "The government initially put the death toll
at 121. Later counts by local officials ... put it at more than 300."  A
source that sets "it" at a number, right after a sentence (or earlier words
of its own) that named a toll, sets that toll again: a running total of the
category of the figure told last.  Read once a sentence, on the words
``PUT_VERB "it" "at" NUMBER``; linear in the sentence's tokens.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.numbers import read_number
from conflictfigures._extraction.reading import Reading

if TYPE_CHECKING:
    from collections.abc import Sequence

    from conflictfigures._extraction.text import Token
    from conflictfigures.models import Category

__all__ = ["it_tolls"]

#: The nouns of a toll "it" may stand for ("the death toll", "the tally").
_TOLL_NOUNS = frozenset({"toll", "tolls", "tally"})


def it_tolls(
    tokens: list[Token],
    lows: list[str],
    readings: Sequence[Reading],
    lows_before: Sequence[str],
    last: Category | None,
) -> list[Reading]:
    """
    The tolls set again by "it" in a sentence (``PUT_VERB "it" "at"
    NUMBER``), when a noun of a toll stands before "it" in the sentence or
    in the sentence before (``lows_before``): each of the category of the
    figure told last before it (in the sentence, else ``last``, the
    document's), a running total; none where a reading already holds the
    number, or with no figure before it to name the category.
    """
    found: list[Reading] = []
    toll_before = not _TOLL_NOUNS.isdisjoint(lows_before)
    n = len(lows)
    for k in range(1, n - 2):
        if lows[k] != "it" or lows[k + 1] != "at" or lows[k - 1] not in lx.PUT_VERBS:
            continue
        if not (toll_before or not _TOLL_NOUNS.isdisjoint(lows[:k])):
            continue
        num = read_number(tokens, k + 2)
        if num is None or num.stated is None or num.article:
            continue
        if any(r.number.first <= num.first < r.last for r in readings):
            continue  # (read already)
        told = [r for r in readings if r.last <= k]
        category = told[-1].category if told else last
        if category is None:
            continue
        r = Reading(num, category)
        r.first = k - 1
        r.cumulative = True
        found.append(r)
    return found
