"""
Counts a source lists as in a state: ``RECORD_VERB NUMBER NP "as" STATE``
("The site lists 286 Ukrainian tanks as destroyed", "Officials listed 40
people as dead", "The army confirmed 12 soldiers as killed").  The state
is the figure's category, the group's noun says whether people or
equipment; the verb only records it.  Tried after the linking rules, on the
numbers no figure holds.  New in session 51.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.chunks import read_np
from conflictfigures._extraction.heads import head_word, noun_class
from conflictfigures._extraction.numbers import read_number
from conflictfigures._extraction.reading import Reading, finish

if TYPE_CHECKING:
    from collections.abc import Set as AbstractSet

    from conflictfigures._extraction.text import Token
    from conflictfigures.models import Category

__all__ = ["listed_as"]

#: Verbs by which a source records a count in a state ("lists 286 tanks as destroyed").
_RECORD_VERBS = lx.COUNT_ATTESTERS | frozenset(
    {"list", "lists", "listed", "listing", "record", "records", "count", "counts", "counted"}
    | {"confirm", "confirms", "register", "registers", "registered", "classify", "classifies"}
    | {"classified", "document", "documents", "verify", "verifies", "report", "reports"}
)
#: How many words the group between the count and "as" may hold.
_GROUP_WORDS = 8


def listed_as(
    tokens: list[Token], lows: list[str], readings: list[Reading], words: AbstractSet[str]
) -> list[Reading]:
    """
    ``RECORD_VERB NUMBER NP "as" STATE``, the number right after the verb
    and held by no figure, the state a word of harm, loss or capture
    (:data:`lx.PASSIVE_TRIGGERS`): a figure of the state's category for the
    group's kind (people or equipment; "captured" tanks are captured
    equipment, "captured" soldiers detained).  The readings, with these
    added in order of their numbers (``words``: the sentence's, which
    must hold "as").
    """
    if "as" not in words or _RECORD_VERBS.isdisjoint(words):
        return readings
    read = {r.number.first for r in readings}
    found: list[Reading] = []
    n = len(tokens)
    for k in range(n - 3):
        if lows[k] not in _RECORD_VERBS or k + 1 in read:
            continue
        num = read_number(tokens, k + 1)
        if num is None or num.stated is None or num.article:
            continue
        np = read_np(tokens, num.last)
        end = np[1]
        if end - num.last > _GROUP_WORDS or end + 1 >= n or lows[end] != "as" or np[1] <= np[0]:
            continue
        trig = lx.PASSIVE_TRIGGERS.get(lows[end + 1])
        if trig is None:
            continue
        kind = noun_class(head_word(tokens, np))
        category: Category | None = trig[1] if kind == "equipment" else trig[0]
        if category is None or kind not in ("people", "equipment", "unknown"):
            continue
        r = finish(Reading(num, category), tokens, np)
        r.last = end + 2
        found.append(r)
    if not found:
        return readings
    return sorted(readings + found, key=lambda r: r.first)
