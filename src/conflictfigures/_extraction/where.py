"""
Places: the place phrase a figure applies to, and a refugee stock's host.
"""

from __future__ import annotations

import bisect
from itertools import compress
from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.gazetteer import country_end, country_start
from conflictfigures._extraction.text import GLUED, Token, possessive
from conflictfigures.models import Category

if TYPE_CHECKING:
    from collections.abc import Sequence, Set as AbstractSet

    from conflictfigures._extraction.reading import Reading

NOT_PLACES = frozenset(set(lx.WEEKDAYS) | set(lx.MONTHS) | {"the", "a", "an"})


def part_places(
    tokens: list[Token], parts: Sequence[Reading], hi: int, preps: list[int]
) -> list[tuple[int, int] | None]:
    """
    For each part of a figure, the place its reader found in its own words
    ("444,600 are in Albania", "some 71,000 to Burundi"), else the place
    phrase right after its words, up to the next part in the text or ``hi``
    ("92 died in Jajarkot and 40 in Rukum West"; not "a commander who
    carried out attacks in ...", whose place is not right after him).
    """
    firsts = sorted(p.first for p in parts)
    out: list[tuple[int, int] | None] = []
    for p in parts:
        last = p.last
        i = bisect.bisect_left(firsts, last)
        bound = firsts[i] if i < len(firsts) else hi
        j = bisect.bisect_left(preps, last)  # (a preposition right after it: in log time)
        out.append(
            p.place
            # (where refugees went: "including 600,000 into Chad")
            or (find_destination(tokens, p.first, bound) if p.category.is_stock else None)
            or (
                find_place(tokens, last, bound, preps)
                if j < len(preps) and preps[j] == last
                else None
            )
        )
    return out


#: How many place prepositions one search for a place looks at.
_PLACE_PREPS_REACH = 12


def find_place(tokens: list[Token], lo: int, hi: int, preps: list[int]) -> tuple[int, int] | None:
    """
    Find the first place phrase ("in northwest Syria", "near Idlib") in
    ``tokens[lo:hi]``; ``preps`` are the sentence's indices of place
    prepositions, in order.
    """
    after = lo
    first = bisect.bisect_left(preps, lo)
    # (a few prepositions from ``lo`` at most: a place is told near its
    # figure, and a long list of figures whose places name none, "5 died in
    # hospital and ...", stays linear)
    for p in range(first, min(len(preps), first + _PLACE_PREPS_REACH)):
        k = preps[p]
        if k >= hi:
            break
        if k < after:
            continue
        j = k + 1
        # "in and around Tripoli"
        if j + 1 < hi and tokens[j].low in ("and", "or") and tokens[j + 1].low in lx.PLACE_PREPS:
            j += 2
        if j < hi and tokens[j].low == "the":
            j += 1
        start = j
        saw_name = False
        while j < hi:
            tok = tokens[j]
            if (
                tok.is_word
                and tok.is_capitalized
                and tok.low not in NOT_PLACES
                and tok.low not in lx.INCIDENT_NOUNS
            ):
                saw_name = True
                j += 1
            elif (
                (
                    tok.is_word
                    and (
                        tok.low in lx.DIRECTIONS
                        or tok.low in lx.PLACE_NOUNS
                        # "in neighbouring Rukum West district", "in nearby Amite County"
                        or (j == start and tok.low in lx.NEAR_WORDS)
                    )
                )
                or (
                    (tok.low == "of" and saw_name)
                    or (tok.low == "of" and j > start and tokens[j - 1].low in lx.PLACE_NOUNS)
                )
                or (
                    # "across northern and central Iraq"
                    tok.low in ("and", "or")
                    and j > start
                    and tokens[j - 1].low in lx.DIRECTIONS
                    and j + 1 < hi
                    and tokens[j + 1].low in lx.DIRECTIONS
                )
                or (
                    tok.text in lx.DASHES
                    and j > start
                    and j + 1 < hi
                    and tokens[j + 1].gap == GLUED
                )
            ):
                j += 1
            elif tok.low == "and" and saw_name and (both := _second_country(tokens, j, hi)):
                j = both  # "the combined death toll in Turkey and Syria"
            else:
                break
        # "in Dangam district, Kunar province", "near Idlib, Syria": the
        # wider place after a comma belongs to the same phrase.
        while (
            saw_name
            and j + 1 < hi
            and tokens[j].text == ","
            and tokens[j + 1].is_capitalized
            and tokens[j + 1].low not in NOT_PLACES
        ):
            m = j + 1
            while m < hi and m < j + 5 and tokens[m].is_word and tokens[m].is_capitalized:
                m += 1
            wider = m < hi and tokens[m].low in lx.PLACE_NOUNS
            if wider:
                m += 1
            elif not (m == j + 2 and tokens[j + 1].low in lx.COUNTRIES):
                break
            j = m
        end = j
        while end > start and tokens[end - 1].low == "of":
            end -= 1
        nxt = tokens[end] if end < len(tokens) else None
        demonym_only = all(
            # a side's word that names no country: "in Afghan villages"
            tokens[m].low in lx.SIDES and tokens[m].low.removesuffix("'s") not in lx.COUNTRY_NAMES
            for m in range(start, end)
            if tokens[m].is_capitalized
        )
        # "in Afghan villages" names no place; "attacks across Iraq left 75
        # dead" does: a verb after the name ends the phrase.
        adjective_use = (
            nxt is not None
            and nxt.is_word
            and not nxt.is_capitalized
            and nxt.low not in lx.NP_STOP
            and nxt.low not in lx.PLACE_NOUNS
            and not _verb(nxt.low)
        )
        if saw_name and not demonym_only and not adjective_use:
            return start, end
        after = max(k + 1, end)
    return None


def _second_country(tokens: list[Token], j: int, hi: int) -> int | None:
    """
    ``COUNTRY "and" COUNTRY`` around the "and" at ``j``, before ``hi``: the
    index after the second country (no possessive: "in Turkey and Syria's
    north" names one), else ``None``.
    """
    end = country_end(tokens, j + 1)
    if end is None or end > hi or country_start(tokens, j) is None:
        return None
    return None if possessive(tokens[end - 1].low) else end


#: Words before "in" that make its country a destination ("sought refuge in Uganda").
_REFUGE_BEFORE_IN = frozenset({"refuge", "asylum", "arrived", "shelter", "safety"})
#: How far after a figure's first word its destination may be named.
_DESTINATION_REACH = 16


def find_destination(tokens: list[Token], first: int, hi: int) -> tuple[int, int] | None:
    """
    The country refugees went to, named after the figure's first word in its
    stretch: ``("into" | "to" | REFUGE "in") "the"? COUNTRY`` ("crossed into
    Chad", "fled to Bangladesh", "sought refuge in neighbouring Uganda").
    """
    for k in range(first, min(hi, len(tokens) - 1, first + _DESTINATION_REACH)):
        low = tokens[k].low
        if low in ("into", "to") or (low == "in" and k and tokens[k - 1].low in _REFUGE_BEFORE_IN):
            m = k + 1
            while m < len(tokens) and m < k + 3 and not tokens[m].is_capitalized:
                m += 1  # "the", "neighbouring"
            end = country_end(tokens, m)
            if end is not None:
                return m, end
    return None


def find_host(tokens: list[Token], before: int) -> tuple[int, int] | None:
    """The host country of a refugee stock: the nearest country name before it."""
    for k in range(before - 1, max(-1, before - 30), -1):
        tok = tokens[k]
        if (
            tok.is_capitalized
            and tok.is_word
            and (start := country_start(tokens, k + 1)) is not None
        ):
            return start, k + 1
    return None


def _verb(low: str) -> bool:
    """Whether a word after a place name is a verb of the clause ("left", "killed")."""
    return (
        low in lx.VERB_LIKE
        or low in lx.ACTIVE_TRIGGERS
        or low in lx.PASSIVE_TRIGGERS
        or low in lx.RESULT_VERBS
        or low in lx.TOTAL_VERBS
        or low in lx.REPORTING_VERBS
        or low.endswith("ed")
    )


#: The words a place phrase can start with: a place preposition, or "on"
#: after an incident.
_PREP_WORDS = lx.PLACE_PREPS | {"on"}


def place_preps(lows: list[str], said_at: AbstractSet[int]) -> list[int]:
    """
    The indices of a sentence's words that may open a place phrase (``lows``:
    its words, lower-case): a place preposition, or "on" after an incident
    ("a missile strike on Odesa"); not where the hurt were cared for ("died
    in hospital in Tamu"), nor inside a claim's trailing words (``said_at``).
    """
    # (the candidates' indices are picked out in C)
    return [
        k
        for k in compress(range(len(lows)), map(_PREP_WORDS.__contains__, lows))
        if (lows[k] in lx.PLACE_PREPS or (k > 0 and lows[k - 1] in lx.INCIDENT_NOUNS))
        and not (k > 0 and lows[k - 1] in lx.CARE_PLACE_WORDS)
        and k not in said_at
    ]


def _toll_place(tokens: list[Token], r: Reading, preps: list[int]) -> tuple[int, int] | None:
    """The place right after a toll's noun inside a reading's words ("toll in Bihar")."""
    j = bisect.bisect_left(preps, r.first + 1)
    if j < len(preps) and preps[j] < r.last and tokens[preps[j] - 1].low in lx.TOLL_WORDS:
        return find_place(tokens, preps[j], r.last, preps)
    return None


def figure_place(
    tokens: list[Token],
    r: Reading,
    region: tuple[int, int],
    preps: list[int],
    sentence_place: list[tuple[int, int] | None],
) -> tuple[int, int] | None:
    """
    Where a reading's people were: a place phrase right after a toll's noun
    in its own words ("the toll in Bihar rose to 78"), else after it in its region,
    else before it, else the sentence's first (found once: ``sentence_place``
    holds it when asked); refugees' destination or host comes first.  A
    place of care is where the dead were only right beside their figure,
    and never where the wounded were hurt.
    """
    if r.place is not None:
        return r.place  # (found by its reader: a ranked place's)
    lo, hi = region
    if r.parts:
        hi = min(hi, r.parts[0].first)  # (its parts' places are theirs)
    place = (
        # (inside a toll's own words: "Heatwave toll in Bihar climbs to 78;
        # Section 144 clamped in Gaya"; not a group's own place, "soldiers
        # of the mission in Mali")
        _toll_place(tokens, r, preps)
        or find_place(tokens, r.last, hi, preps)
        or find_place(tokens, lo, r.first, preps)
    )
    if place is None:
        if not sentence_place:
            sentence_place.append(find_place(tokens, 0, len(tokens), preps))
        place = sentence_place[0]
        if place is not None and r.parts and _a_part_at(r, place[0]):
            place = None  # a part's own: "died in the heatwave, 41 in Sindh"
    if r.category is Category.REFUGEES:
        place = find_destination(tokens, r.first, hi) or find_host(tokens, r.first) or place
    if (
        place is not None
        and tokens[place[1] - 1].low in lx.CARE_PLACE_WORDS
        and (
            r.category is Category.WOUNDED
            or not (
                0 <= place[0] - r.last <= _CARE_PLACE_REACH
                or 0 <= r.first - place[1] <= _CARE_PLACE_REACH
            )
        )
    ):
        # "10 were in Wazir Akbar Khan Hospital": cared for there, not hurt;
        # the dead only "killed in Al-Ahli Hospital" or "a strike on Kamal
        # Adwan Hospital killed", right beside their figure (not "Four
        # soldiers were killed; eight wounded soldiers remain in the
        # Combined Military Hospital")
        return None
    return place


#: How far past a part's words its place's name may start ("41 in Sindh", "5 in the Bekaa").
_PART_PLACE_REACH = 2


def _a_part_at(r: Reading, start: int) -> bool:
    """
    Whether a place whose name starts at ``start`` follows a part told after
    the words of ``r`` right after its own (not a member of its list: "arrested
    12 men and 3 women in Lagos" is the whole's place).
    """
    return any(p.first >= r.last and 0 < start - p.last <= _PART_PLACE_REACH for p in r.parts or ())


#: How far from a figure of the dead a hospital may stand as where they died.
_CARE_PLACE_REACH = 3
