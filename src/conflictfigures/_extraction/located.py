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
from conflictfigures._extraction.text import GLUED
from conflictfigures.models import Category

if TYPE_CHECKING:
    from collections.abc import Set as AbstractSet

    from conflictfigures._extraction.numbers import NumberReading
    from conflictfigures._extraction.text import Token

__all__ = ["located_abroad"]

#: Words between a people and "in" its host: a form of "be" and an adverb of now.
_STANDING = lx.BE_FORMS | lx.STAY_ADVERBS
#: The nouns of a host before "to" and the count ("home to", "host to").
_HOST_NOUNS = frozenset({"home", "host"})
#: How far before "home to" or "host to" the host country may stand.
_HOST_REACH = 4


def located_abroad(
    tokens: list[Token], num: NumberReading, known: AbstractSet[Category]
) -> Reading | None:
    """
    ``NUMBER DEMONYM BE? NOW? "in" COUNTRY`` (also after "there are", and
    "living in the country", "on its soil": the country before the count) or
    ``COUNTRY ","? BE? ("home" | "host") "to" NUMBER DEMONYM``: a people
    named by its demonym (or a people with no country of its own,
    ``lx.STATELESS_PEOPLES``), after at most one adjective of standing
    ("registered Syrians"), counted in another country than its own, in a
    story that has counted refugees before (``known``) or a sentence with a
    word of flight (:data:`_FLIGHT_WORDS`): refugees; else ``None``.
    """
    if (
        num.stated is None
        or num.article
        or _people_end(tokens, num.last, num.last + 2) is None
        or (num.first > 0 and tokens[num.first - 1].low in _SHARE_OPENERS)
    ):
        return None  # (the people's name right after the count: looked at before the group is read)
    start, group_end, _ = read_np(tokens, num.last)
    end = _people_end(tokens, start, group_end)
    if end is None:
        return None
    people = " ".join(t.low for t in tokens[end - 2 : end]) if end - start >= 2 else ""
    if people not in lx.COUNTRY_DEMONYMS:
        people = tokens[end - 1].low
    home = lx.COUNTRY_DEMONYMS.get(people) or lx.STATELESS_PEOPLES.get(people)
    if home is None:
        return None
    host = _host_after(tokens, end, num.first) or _host_before(
        tokens, num.first, places=Category.REFUGEES in known
    )
    if host is None or host == home.lower():
        return None
    if Category.REFUGEES not in known and not any(
        t.low in _FLIGHT_WORDS
        for t in tokens[max(0, num.first - _FLIGHT_REACH) : end + _FLIGHT_REACH]
    ):
        return None  # (a bounded window: many counts of a long sentence stay linear)
    r = Reading(num, Category.REFUGEES)
    r.np = (start, end)
    r.head = people
    r.last = end
    r.cumulative = True
    return r


#: Words of flight in a sentence that make a people counted abroad refugees
#: even before the story has counted any ("Turkey hosts the world's largest
#: refugee population, with more than 3 million Syrians living in the country").
_FLIGHT_WORDS = frozenset({"refugee", "refugees", "asylum", "fled", "fleeing", "exodus"})
#: How far around a count its words of flight and its host may stand.
_FLIGHT_REACH = 16
#: Lower-case words that may follow a people's name counted abroad: its verb
#: of being or living, a preposition of its host, a relative pronoun.
_AFTER_PEOPLE = (
    lx.BE_FORMS
    | lx.STAY_ADVERBS
    | lx.STAY_PARTICIPLES
    | {"residing"}
    | {"registered", "in", "on", "at", "who", "and", "have", "has", "had", "are", "were"}
)
#: Words before a count that make it a part of a count told before
#: ("including 800,000 South Sudanese living in the country"), no stock.
_SHARE_OPENERS = frozenset({"including", "among", "of"})
#: Lower-case words a people's name may take before it ("registered Syrians").
_PEOPLE_ADJECTIVES = frozenset({"registered", "undocumented", "unregistered", "displaced"})


def _people_end(tokens: list[Token], start: int, end: int) -> int | None:
    """
    Where a group of a people's name ends: its name (one capitalized word,
    or two: "South Sudanese"), after at most one adjective of standing
    ("registered Syrians"), as the group's head: no lower-case noun after it
    ("12 Palestinian refugee camps", "Indian workers" are no people counted;
    a review found them read so); else ``None``.
    """
    n = len(tokens)
    end = min(end, n)
    k = start + 1 if start < end and tokens[start].low in _PEOPLE_ADJECTIVES else start
    if k >= end or not tokens[k].is_capitalized:
        return None
    stop = k + 1
    if (
        stop < n
        and tokens[stop].is_capitalized
        and f"{tokens[k].low} {tokens[stop].low}" in lx.COUNTRY_DEMONYMS
    ):
        stop += 1  # "South Sudanese"
    after = tokens[stop] if stop < n else None
    if after is not None and (
        (after.is_word and not after.is_capitalized and after.low not in _AFTER_PEOPLE)
        or (after.text in lx.DASHES and after.gap == GLUED)  # "Syrian-born", "Syrian-owned"
    ):
        return None
    return stop


def _host_after(tokens: list[Token], end: int, first: int) -> str | None:
    """
    The country named after a group ending at ``end``: ``(BE | NOW |
    LIVING)* "in" COUNTRY``, or "in the country" or "on its soil" (or
    territory) for the country named before the count at ``first`` (not a
    city: "Some 3,000 Americans in Khartoum have asked to be evacuated",
    "About 1,200 Ukrainians in Columbus attended a vigil"; a review found
    such people read as refugees).
    """
    n = len(tokens)
    j = end
    while j < n and (tokens[j].low in _STANDING or tokens[j].low in _LIVING):
        j += 1
    if j + 2 < n and tokens[j].low == "on" and tokens[j + 1].low in ("its", "their"):
        return _country_before(tokens, first) if tokens[j + 2].low in _LAND else None
    if j + 1 >= n or tokens[j].low != "in":
        return None
    m = j + 2 if tokens[j + 1].low == "the" else j + 1
    if m > j + 1 and m < n and tokens[m].low == "country":
        return _country_before(tokens, first)  # "with 3.6 million Syrians living in the country"
    stop = country_end(tokens, m) if m < n else None
    return None if stop is None else " ".join(t.low for t in tokens[m:stop])


#: Verbs of living somewhere between a people and "in" its host.
_LIVING = frozenset({"living", "staying", "residing", "sheltering", "registered"})
#: A country's land after "on its" ("on its soil").
_LAND = frozenset({"soil", "territory"})


def _country_before(tokens: list[Token], first: int) -> str | None:
    """The country named nearest before ``first`` in a few words (the host), else ``None``."""
    for m in range(first - 1, max(-1, first - 1 - _FLIGHT_REACH), -1):
        stop = country_end(tokens, m)
        if stop is not None and stop <= first:
            # (the nearest: "Sudan's war has sent 500,000 people into Chad, which now has")
            return " ".join(t.low.removesuffix("'s") for t in tokens[m:stop])
    return None


def _host_before(tokens: list[Token], first: int, *, places: bool) -> str | None:
    """
    The country before ``(home | host) "to"`` and the count at ``first``
    (past a form of "be" and an adverb: "Lebanon, home to", "Turkey is now
    home to", "Istanbul alone is home to"); with ``places``, a city the
    lexicon knows that opens the sentence or follows a comma serves too, for
    its country ("Istanbul alone is home to around 475,000 registered
    Syrians").
    """
    if first < 3 or tokens[first - 1].low != "to" or tokens[first - 2].low not in _HOST_NOUNS:
        return None
    for m in range(first - 3, max(-1, first - 3 - _HOST_REACH), -1):
        if not all(
            t.text == "," or t.low in lx.BE_FORMS or t.low in _HOST_ADVERBS
            for t in tokens[m + 1 : first - 2]
        ):
            return None
        stop = country_end(tokens, m)
        if stop is not None and stop <= first - 2:
            return " ".join(t.low for t in tokens[m:stop])
        if (
            places
            and tokens[m].is_capitalized
            and tokens[m].is_word
            and (m == 0 or tokens[m - 1].text == ",")
            and tokens[m].low not in lx.BE_FORMS
            and tokens[m].is_capitalized
            and tokens[m].low not in lx.NP_STOP
            and tokens[m].low not in _NOT_PLACES
        ):
            # (only a city the lexicon knows, for its country: "Damascus is
            # home to 2 million Syrians", "Gaza, home to 2.3 million
            # Palestinians", "Darfur is home to 9 million Sudanese" count no
            # one abroad; a review found a region's own people read so)
            return lx.CITY_COUNTRIES.get(tokens[m].low)
    return None


#: Capitalized words at a sentence's start that name no place ("It is home to").
_NOT_PLACES = lx.PRONOUNS | lx.DETERMINERS | {"this", "a", "an", "each", "every"}
#: Adverbs between a host and "home to" ("Istanbul alone is home to").
_HOST_ADVERBS = lx.STAY_ADVERBS | {"alone", "also"}
