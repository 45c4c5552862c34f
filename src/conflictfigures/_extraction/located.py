"""
A people counted in another country than its own, in a story that has
counted people in flight: refugees ("There are now 1.2 million Sudanese in
Chad", "Some 600,000 Sudanese are now in Chad", "Lebanon, home to 1.5
million Syrians").  With no flight counted before in the story, such a
count is no figure: expatriates and workers live abroad too ("There are 3.5
million Indians in the UAE").  New in session 49.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.chunks import read_np
from conflictfigures._extraction.gazetteer import country_end
from conflictfigures._extraction.reading import Reading
from conflictfigures.models import Category

if TYPE_CHECKING:
    from collections.abc import Set as AbstractSet

    from conflictfigures._extraction.numbers import NumberReading
    from conflictfigures._extraction.text import Token

__all__ = ["located_abroad"]

#: Words between a people and "in" its host: a form of "be" and an adverb of now.
_STANDING = lx.BE_FORMS | {"now", "currently", "still", "already"}
#: The nouns of a host before "to" and the count ("home to", "host to").
_HOST_NOUNS = frozenset({"home", "host"})
#: How far before "home to" or "host to" the host country may stand.
_HOST_REACH = 4


def located_abroad(
    tokens: list[Token], num: NumberReading, known: AbstractSet[Category]
) -> Reading | None:
    """
    ``NUMBER DEMONYM BE? NOW? "in" COUNTRY`` (also after "there are") or
    ``COUNTRY ","? BE? ("home" | "host") "to" NUMBER DEMONYM``: a people
    named by its demonym counted in another country than its own, in a story
    that has counted refugees before (``known``): refugees; else ``None``.
    """
    if Category.REFUGEES not in known or num.stated is None:
        return None
    start, end, _ = read_np(tokens, num.last)
    if end != start + 1 or not tokens[start].is_capitalized:
        return None
    home = lx.COUNTRY_DEMONYMS.get(tokens[start].low)
    if home is None:
        return None
    host = _host_after(tokens, end) or _host_before(tokens, num.first)
    if host is None or host == home.lower():
        return None
    r = Reading(num, Category.REFUGEES)
    r.np = (start, end)
    r.head = tokens[start].low
    r.last = end
    r.cumulative = True
    return r


def _host_after(tokens: list[Token], end: int) -> str | None:
    """The country named after a group ending at ``end``: ``BE? NOW? "in" COUNTRY``."""
    n = len(tokens)
    j = end
    while j < n and tokens[j].low in _STANDING:
        j += 1
    if j + 1 >= n or tokens[j].low != "in":
        return None
    m = j + 2 if tokens[j + 1].low == "the" else j + 1
    stop = country_end(tokens, m) if m < n else None
    return None if stop is None else " ".join(t.low for t in tokens[m:stop])


def _host_before(tokens: list[Token], first: int) -> str | None:
    """The country before ``(home | host) "to"`` and the count at ``first``."""
    if first < 3 or tokens[first - 1].low != "to" or tokens[first - 2].low not in _HOST_NOUNS:
        return None
    for m in range(first - 3, max(-1, first - 3 - _HOST_REACH), -1):
        stop = country_end(tokens, m)
        if stop is not None and all(
            t.text == "," or t.low in lx.BE_FORMS for t in tokens[stop : first - 2]
        ):
            return " ".join(t.low for t in tokens[m:stop])
    return None
