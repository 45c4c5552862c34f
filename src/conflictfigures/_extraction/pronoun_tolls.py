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

    from conflictfigures._extraction.discourse import Doc
    from conflictfigures._extraction.text import Sentence, Token
    from conflictfigures.models import Category

__all__ = ["it_tolls", "tolls_again"]

#: Words before "toll" that make it no toll of the dead ("the economic toll
#: on", "a toll road").
_OTHER_TOLLS = frozenset({"economic", "financial", "human", "psychological", "emotional"})
#: Words that may follow the number of such a toll: its end, or a word of
#: the dead ("put it at 300 dead").
_TOLL_ENDS = frozenset({",", ".", ";", ")", "dead", "deaths", "killed", "people", "bodies"})


#: Words that give "it" something else to stand for: another "it", or a
#: noun of a measure ("the crowd", "the damage", "the cost").
_OTHER_REFERENTS = frozenset({"it", "its", "crowd", "crowds", "turnout", "number", "figure"}) | {
    "cost", "costs", "damage", "damages", "bill", "speed", "size", "amount", "sum",
    "price", "value", "distance", "height", "depth", "area", "loss", "losses",
}  # fmt: skip


def _toll_at(lows: Sequence[str], k: int) -> bool:
    """Whether word ``k`` names a toll of the dead ("the death toll"; not "the economic toll")."""
    return lows[k] in lx.TOLL_HEADS and not (k and lows[k - 1] in _OTHER_TOLLS)


def _toll_named(lows: Sequence[str]) -> bool:
    """Whether words name a toll of the dead anywhere."""
    return any(_toll_at(lows, k) for k in range(len(lows)))


def it_tolls(
    tokens: list[Token],
    lows: list[str],
    readings: Sequence[Reading],
    lows_before: Sequence[str],
    last: Category | None,
) -> list[Reading]:
    """
    The tolls set again by "it" in a sentence (``PUT_VERB "it" "at"
    NUMBER`` then the clause's end or a word of the dead), when a toll of
    the dead is named before "it" in the sentence or in the sentence right
    before (``lows_before``, empty when another stands between): each of
    the category of the figure told last before it (in the sentence, else
    ``last``, the document's), a running total; none where a reading
    already holds the number, or with no figure before it to name the
    category ("police put it at 20,000" of a crowd, "put it at 4 million
    dollars" of damage, "one put it at 60 gunmen" are none).
    """
    found: list[Reading] = []
    n = len(lows)
    # (the first toll of the sentence, found once: a linear pass)
    named_at = next(
        (
            k
            for k, w in enumerate(lows)
            if w in lx.TOLL_HEADS and not (k and lows[k - 1] in _OTHER_TOLLS)
        ),
        n,
    )
    toll_before = _toll_named(lows_before)
    read = {r.number.first for r in readings}
    told = 0  # how many readings end before the "it" at hand
    for k in range(1, n - 2):
        if lows[k] != "it" or lows[k + 1] != "at" or lows[k - 1] not in lx.PUT_VERBS:
            continue
        if not (toll_before or named_at < k):
            continue
        # (nothing else "it" may stand for between the toll and "it": "The
        # bus, ... when it overturned, was speeding; police put it at 110",
        # "crowds were thin; one put it at 200")
        since = named_at + 1 if named_at < k else 0
        if not _OTHER_REFERENTS.isdisjoint(lows[since : k - 1]):
            continue
        num = read_number(tokens, k + 2)
        if num is None or num.stated is None or num.article:
            continue
        if num.last < n and lows[num.last] not in _TOLL_ENDS:
            continue  # ("60 gunmen", "4 million dollars", "12 points")
        while told < len(readings) and readings[told].last <= k:
            told += 1
        if num.first in read:
            continue  # (read already)
        category = readings[told - 1].category if told else last
        if category is None:
            continue
        r = Reading(num, category)
        r.first = k - 1
        r.cumulative = True
        found.append(r)
    return found


def tolls_again(
    doc: Doc, sent: Sentence, lows: list[str], readings: list[Reading]
) -> list[Reading]:
    """
    A sentence's readings with the tolls it sets again by "it"
    (:func:`it_tolls`), in order: the toll named in the sentence, or in the
    one right before it (the document's sentence read last, with nothing
    unread between).
    """
    if "it" not in lows or "at" not in lows:
        return readings
    before = doc.previous_sentence
    right_before = before is not None and not doc.text[before.end : sent.start].strip()
    again = it_tolls(
        sent.tokens, lows, readings, doc.previous if right_before else (), doc.last_category
    )
    return sorted([*readings, *again], key=lambda r: r.first) if again else readings
