"""
Countries listed with their counts after colons, as agencies' portals are
quoted: "After Poland, the largest numbers were in Hungary: 180,163;
Slovakia: 128,169; and Moldova: 82,762".  In a story of refugees each is
the count a country hosts: refugees.  New in session 56 (from the blind
set s98, odd half); brackets are read by :func:`.stocks.bracket_stocks`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.gazetteer import country_start
from conflictfigures._extraction.numbers import read_number
from conflictfigures._extraction.reading import Reading
from conflictfigures.models import Category

if TYPE_CHECKING:
    from conflictfigures._extraction.text import Token

__all__ = ["colon_stocks"]

#: The fewest members a list of countries after colons needs.
_MEMBERS = 2
#: What may end a member before the next ("Hungary: 180,163; Slovakia: ...").
_MEMBER_ENDS = frozenset({";", ",", "and", ".", ")"}) | lx.DASHES


def colon_stocks(tokens: list[Token], readings: list[Reading]) -> list[Reading]:
    """
    ``COUNTRY ":" NUMBER ((";" | "," | "and")+ COUNTRY ":" NUMBER)+``: the
    counts of at least two countries joined so, each a figure of refugees,
    added to the readings in order. A member is a bare count no other figure
    read (not "Syria: 40 killed"); a list in a sentence of harm or of
    nationalities is none ("Of the 120 refugees who drowned, the
    nationalities were Syria: 40; Afghanistan: 30").
    """
    if any(r.category in lx.HARM_CATEGORIES for r in readings) or any(
        t.low in _NATIONALITY_WORDS for t in tokens
    ):
        return readings
    found: list[Reading] = []
    run: list[Reading] = []
    read = {r.number.first for r in readings}
    n = len(tokens)
    for k, tok in enumerate(tokens):
        if tok.text != ":" or k == 0:
            continue
        start = country_start(tokens, k)
        num = read_number(tokens, k + 1) if start is not None else None
        if (
            start is None
            or num is None
            or num.article
            or num.stated is None
            or num.first in read
            or (num.last < n and tokens[num.last].low not in _MEMBER_ENDS)
        ):
            continue
        if run and not all(t.low in _MEMBER_ENDS for t in tokens[run[-1].last : start]):
            found.extend(run if len(run) >= _MEMBERS else ())
            run = []
        r = Reading(num, Category.REFUGEES)
        r.first = start  # (the country's name with its count: "Hungary: 180,163")
        run.append(r)
    found.extend(run if len(run) >= _MEMBERS else ())
    if not found:
        return readings
    return sorted(readings + found, key=lambda r: r.first)


#: Words of a list by nationality, whose members count no country's hosts.
_NATIONALITY_WORDS = frozenset({"nationality", "nationalities", "citizenship"})
