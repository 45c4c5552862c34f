"""
Households counted in their people: one group told in homes and in
people ("8,560 households (approximately 51,360 individuals)", "5,200
households — roughly 31,000 people —", "70,000 families, or about 215,000
people"), whose figure counts the people.  Moved out of :mod:`.stocks` in
session 64, when the dashed aside and a participle before the household
noun ("9,850 newly displaced households (...)") were added.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.numbers import NumberReading, read_number
from conflictfigures._extraction.reading import Reading

if TYPE_CHECKING:
    from conflictfigures._extraction.text import Token

__all__ = ["households_as_people"]

#: Fields a household reading hands on to its people.
_KEPT = ("cumulative", "perfect", "active", "listed", "trigger", "verb", "side")


def _persons_before_or(tokens: list[Token], j: int) -> NumberReading | None:
    """``NUMBER PERSON_UNIT "or"`` ending right before ``j``: the number, else ``None``."""
    if j < 3 or tokens[j - 1].low != "or" or tokens[j - 2].low not in lx.PERSON_UNITS:
        return None
    for m in range(max(0, j - 7), j - 2):  # (the longest reading first: "more than 960,000")
        num = read_number(tokens, m)
        if num is not None and num.last == j - 2 and num.stated is not None:
            return num
    return None


def _household_end(tokens: list[Token], r: Reading) -> int | None:
    """
    One past the household noun that ``r`` counts, else ``None``: its head
    ("5,200 households"), or the noun right after the words read with it
    when it has no head of its own ("9,850 newly displaced households").
    """
    if r.head in lx.HOUSEHOLD_NOUNS:
        return r.np[1]
    if (
        r.head is None
        and r.number.last < r.last < len(tokens)
        and tokens[r.last].low in lx.HOUSEHOLD_NOUNS
    ):
        return r.last + 1
    return None


def _people_after(tokens: list[Token], k: int) -> NumberReading | None:
    """
    ``("(" | DASH | "," "or") QUALIFIER? NUMBER PERSON_UNIT`` at ``k``,
    closed by ")" after a bracket and by a dash or the sentence's end after
    a dash: the number, else ``None``.
    """
    n = len(tokens)
    if k + 1 >= n:
        return None
    opener = tokens[k].text
    if opener == "," and tokens[k + 1].low == "or":
        start, closers = k + 2, None  # "70,000 families, or about 215,000 people, were ..."
    elif opener == "(":
        start, closers = k + 1, frozenset(")")
    elif opener in lx.DASHES:
        start, closers = k + 1, lx.DASHES | {".", ";"}
    else:
        return None
    num = read_number(tokens, start)
    if num is None or num.stated is None or num.last >= n:
        return None
    if tokens[num.last].low not in lx.PERSON_UNITS:
        return None
    after = num.last + 1
    if closers is not None and after < n and tokens[after].text not in closers:
        return None
    if closers == frozenset(")") and after >= n:
        return None
    return num


def households_as_people(tokens: list[Token], r: Reading) -> Reading:
    """
    ``NUMBER HOUSEHOLDS ("(" | DASH | "," "or") QUALIFIER? NUMBER
    PERSON_UNIT`` or ``NUMBER PERSON_UNIT "or" QUALIFIER? NUMBER
    HOUSEHOLDS``: one group counted in homes and in people ("8,560
    households (approximately 51,360 individuals) were displaced", "5,200
    households — roughly 31,000 people — in three districts", "70,000
    families, or about 215,000 people", "960,000 persons or around 240,000
    families"); the figure counts the people.  A participle may stand
    between the number and the household noun ("9,850 newly displaced
    households (about 59,100 individuals)").
    """
    k = _household_end(tokens, r)
    if k is None:
        return r
    people = _people_after(tokens, k)
    start = r.number.first
    if people is None and r.head in lx.HOUSEHOLD_NOUNS:
        people = _persons_before_or(tokens, start)
        start = people.first if people is not None else start
    if people is None:
        return r
    out = Reading(people, r.category)
    for name in _KEPT:
        setattr(out, name, getattr(r, name))
    out.np = (people.last, people.last + 1)
    out.head = tokens[people.last].low
    out.first, out.last = min(r.first, start), max(r.last, people.last + 1)
    return out
