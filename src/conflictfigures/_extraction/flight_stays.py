"""
Where a flight's people stay, told in a sentence of its own after the
flight: "About 160,000 are living in the 21 camps", "Some 135,000 are
staying in or around the registered camps", "About 60,000 have found space
with host communities", "The rest -- more than 1.2 million -- are with
relatives or friends", "A further 20,000 are living in makeshift shelters".
The sentence opens on its count (after a word or two: "Another", "Of
them,", "The rest --") and goes on to a verb of staying or a form of "be"
and a place where people stay.  :mod:`.openings` makes the figures: parts
of the flight told before, or more of its people after "another" or "a
further".  New in session 56 (session 55 read "About 3.5 million are in
West Bengal" only).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.numbers import NumberReading, read_number

if TYPE_CHECKING:
    from conflictfigures._extraction.text import Token

__all__ = ["STAY_AUX", "STAY_OPENING_BYTES", "StayOpening", "stay_opening"]


class StayOpening(NamedTuple):
    """A sentence's opening count of people staying somewhere."""

    #: the count
    num: NumberReading
    #: where the group after the count starts, or ``None`` (no group)
    group: int | None
    #: where the stay's words end
    end: int
    #: whether the count is of more people ("Another", "A further"), no part
    more: bool
    #: whether the stay is a form of "be" and a place, no verb of staying
    bare: bool


#: Words that may open the sentence before its count ("Another 300,000",
#: "A further 20,000", "Of them, 38,000", "The rest -- more than 1.2 million").
_STAY_OPENERS = frozenset(
    {"another", "a", "further", "of", "them", "these", "those", "the", "rest", ",", "-"}
    | set(lx.DASHES)
)
#: The openers that tell more people, not a part of those told.
_MORE_OPENERS = frozenset({"another", "further"})
#: How many words "Of" and a whole named again may take before their comma.
_NAMED_WHOLE_WORDS = 6
#: How many opening words may stand before the count.
_OPENER_WORDS = 4
#: How many words the group after the count may hold ("or so", "more
#: people", "Rohingyas").
_GROUP_WORDS = 3
#: Auxiliaries and adverbs between the group and the stay.
STAY_AUX = (
    frozenset(
        {"are", "were", "is", "was", "have", "has", "had", "been", "remain", "remained", "remains"}
    )
    | lx.STAY_ADVERBS
    | {"also", "reportedly", "mostly", "mainly"}
)
#: Verbs and participles of staying, which any place after them completes.
_STAY_VERBS = lx.STAY_PARTICIPLES | {
    *("sheltered", "housed", "hosted", "accommodated", "camped", "settled"),
    *("live", "stay", "shelter", "lodged", "squatting"),
}
#: "found" and what it finds ("have found space with host communities").
_FOUND = frozenset({"found"})
_FOUND_NOUNS = frozenset({"space", "shelter", "refuge", "accommodation", "homes", "room"})
#: "provided with" and what ("have been provided with accommodation").
_PROVIDED = frozenset({"provided", "given"})
_PROVIDED_NOUNS = frozenset({"accommodation", "shelter", "housing", "tents"})
#: Prepositions of a place of stay.
_STAY_PREPOSITIONS = frozenset(
    {"in", "at", "with", "around", "inside", "outside", "near", "among", "across"}
)
#: Words after a bare form of "be" and its preposition that name where
#: people stay (besides a capitalized place): camps and shelters, hosts.
_STAY_PLACES = (
    lx.SHELTER_NOUNS
    | lx.SHELTER_SITES
    | lx.SHELTER_SITE_WORDS
    | lx.HOST_PEOPLE
    | {"host", "makeshift", "temporary", "informal", "district", "region", "area"}
)
#: How many words a preposition's place may take before its noun of stay
#: ("in or around the registered camps", "with host communities").
_PLACE_WORDS = 5

#: The folded words any stay's opening sentence holds one of (a cheap screen).
STAY_OPENING_BYTES = frozenset(
    w.encode() for w in (STAY_AUX | _STAY_VERBS | _FOUND | _PROVIDED) if w.isascii()
)


def stay_opening(tokens: list[Token]) -> StayOpening | None:
    """
    ``OPENER{0,4} NUMBER GROUP{0,3} AUX* STAY``, ``STAY`` one of
    ``STAY_VERB PREPOSITION``, ``"found" NOUN PREPOSITION``, ``"provided"
    "with" NOUN``, or ``PREPOSITION PLACE`` right after a form of "be" (a
    capitalized place, or a camp, a shelter or hosts within a few words;
    never a place of care: "About 40 remain in hospital").
    """
    n = len(tokens)
    k = 0
    if n and tokens[0].low == "of":
        # past a whole named again: "Of the new arrivals, some 135,000 are staying"
        k = next((m + 1 for m in range(1, min(n, _NAMED_WHOLE_WORDS)) if tokens[m].text == ","), 0)
    opened = k
    while k < n and k - opened < _OPENER_WORDS and tokens[k].low in _STAY_OPENERS:
        k += 1
    num = read_number(tokens, k) if k < n else None
    if num is None or num.article:
        return None
    more = any(t.low in _MORE_OPENERS for t in tokens[:k])
    m = num.last
    group = None
    while (
        m < n
        and m - num.last < _GROUP_WORDS
        and tokens[m].is_word
        and tokens[m].low not in STAY_AUX
        and tokens[m].low not in _STAY_VERBS
        and tokens[m].low not in _STAY_PREPOSITIONS
    ):
        if group is None and tokens[m].low not in ("or", "so", "more"):
            group = m
        m += 1
    if m < n and (tokens[m].text in lx.DASHES or tokens[m].text == ","):
        m += 1  # (the count set off: "The rest -- more than 1.2 million -- are with")
    be = False
    aux_start = m
    while m < n and m - aux_start < len(STAY_AUX) and tokens[m].low in STAY_AUX:
        be = be or tokens[m].low in lx.BE_FORMS or tokens[m].low.startswith("remain")
        m += 1
    if m == aux_start and (m >= n or tokens[m].low not in _STAY_VERBS):
        return None  # (no verb: "20,000 in Chad" is a list's, not a stay's)
    end = _stay_end(tokens, m, be=be)
    if end is None:
        return None
    bare = tokens[m].low in _STAY_PREPOSITIONS
    if bare and group is not None and tokens[end - 1].is_capitalized:
        return None  # (a people in a named place: "Some 900,000 Chadians are in Chad")
    return StayOpening(num, group, end, more, bare)


def _stay_end(tokens: list[Token], m: int, *, be: bool) -> int | None:
    """Where the stay that starts at ``m`` ends, else ``None`` (see :func:`stay_opening`)."""
    n = len(tokens)
    if m >= n:
        return None
    low = tokens[m].low
    if low in _FOUND and m + 2 < n and tokens[m + 1].low in _FOUND_NOUNS:
        m += 2  # "found space with"
        return m + 1 if tokens[m].low in _STAY_PREPOSITIONS and not _cared(tokens, m) else None
    if low in _PROVIDED and m + 2 < n and tokens[m + 1].low == "with":
        return m + 3 if tokens[m + 2].low in _PROVIDED_NOUNS else None
    if low in _STAY_VERBS:
        m += 1
        if m < n and tokens[m].low in _STAY_PREPOSITIONS and not _cared(tokens, m):
            return m + 1
        return None
    if not be or low not in _STAY_PREPOSITIONS or _cared(tokens, m):
        return None
    # (a place named or a noun of stay a few words on: "are in or around
    # the registered camps", "are with relatives")
    for j in range(m + 1, min(n, m + 1 + _PLACE_WORDS)):
        tok = tokens[j]
        if tok.low in _STAY_PLACES or (tok.is_capitalized and tok.is_word and tok.low != "the"):
            return j + 1
        if not tok.is_word or tok.low in _STAY_BREAKS:
            return None
    return None


#: Words that end a place's phrase before its noun of stay ("are in need of").
_STAY_BREAKS = (
    frozenset({"need", "danger", "risk", "way", "move", "run", "custody", "stable"})
    | lx.INJURY_GRADES
)


def _cared(tokens: list[Token], m: int) -> bool:
    """Whether a place of care follows the preposition at ``m`` ("remain in hospital")."""
    return any(
        t.low in lx.CARE_PLACE_WORDS or t.low in _STAY_BREAKS
        for t in tokens[m + 1 : m + 1 + _PLACE_WORDS]
    )
